"""A consultant moves clients from the window: one business with all its assessments, or every business,
in one bundle file that another copy of the app imports as the same records; and the sample business can
be opened at any time, once."""

import errno
import os
from datetime import date

import pytest
from PySide6.QtWidgets import QFileDialog

from cds_desktop.domain.business import Business
from cds_desktop.storage import Repository
from cds_desktop.storage.exchange import export_bundle, import_files, read_exchange_file


@pytest.fixture
def save_as(monkeypatch):
    """The save dialog answers with the path a test sets."""
    chosen = {}
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(chosen["path"]), ""))
    return chosen


def sample_with_t1(window):
    window.actions.add_sample()
    business = window.business
    t0 = window.repo.get_assessment(window.repo.assessments_of(business.id)[0].id)
    window.repo.copy_for_reassessment(t0.id)
    window.refresh(business.id)
    return business


def wait_export(qtbot, window):
    qtbot.waitUntil(lambda: window.actions.export is not None and not window.actions.export.running, timeout=10_000)


def test_a_business_with_t0_and_t1_saved_from_the_window_imports_elsewhere_as_the_same_records(
        start_window, qtbot, messages, save_as, tmp_path):
    window = start_window()
    business = sample_with_t1(window)
    assert [s.stage for s in window.repo.assessments_of(business.id)] == ["T0", "T1"]
    save_as["path"] = tmp_path / "client.json"
    assert window.businesses.export_button.isEnabled()
    window.businesses.export_button.click()
    wait_export(qtbot, window)
    assert messages[-1][0] == "inform" and str(save_as["path"]) in messages[-1][2]

    with Repository(tmp_path / "elsewhere") as other:
        import_files(other, [save_as["path"]])
        assert other.businesses() == window.repo.businesses()
        for summary in window.repo.assessments_of(business.id):
            assert other.get_assessment(summary.id) == window.repo.get_assessment(summary.id)
        assert len(other.assessments_of(business.id)) == 2


def test_every_business_is_saved_in_one_file_and_the_message_names_what_was_left_out(
        start_window, qtbot, messages, save_as, tmp_path):
    window = start_window()
    sample = sample_with_t1(window)
    shop = window.repo.add_business(Business(name="Tạp hóa Cam Lộ", entity_type="household", sector="trade_services",
                                             employees=2, annual_revenue_vnd=800_000_000, commune="Cam Lộ"))
    cafe = window.repo.add_business(Business(name="Quán cà phê Gió", entity_type="household", sector="trade_services",
                                             employees=3, annual_revenue_vnd=900_000_000, commune="Cam Lộ"))
    from cds_desktop.domain.assessment import Assessment

    window.repo.save_assessment(cafe.id, Assessment.new(window.instrument))
    window.refresh(shop.id)
    save_as["path"] = tmp_path / "all.json"
    window.businesses.export_all_button.click()
    wait_export(qtbot, window)
    files = read_exchange_file(save_as["path"])
    assert len(files) == 3 and {f.business.id for f in files} == {sample.id, cafe.id}
    kind, _title, message, _details = messages[-1]
    assert kind == "inform" and "3" in message and "1" in message.splitlines()[-1]  # the shop has no assessment


def test_a_business_with_no_assessment_cannot_be_saved_to_a_file(start_window, qtbot, messages):
    window = start_window()
    shop = window.repo.add_business(Business(name="Tạp hóa Cam Lộ", entity_type="household", sector="trade_services",
                                             employees=2, annual_revenue_vnd=800_000_000, commune="Cam Lộ"))
    window.refresh(shop.id)
    assert not window.businesses.export_button.isEnabled()


def test_saving_all_with_no_assessment_yet_says_so_before_asking_where(start_window, messages, monkeypatch):
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: asked.append(args) or ("", ""))
    window = start_window()
    shop = window.repo.add_business(Business(name="Tạp hóa Cam Lộ", entity_type="household", sector="trade_services",
                                             employees=2, annual_revenue_vnd=800_000_000, commune="Cam Lộ"))
    window.refresh(shop.id)
    window.businesses.export_all_button.click()
    [(kind, title, message, _)] = messages
    assert (kind, title) == ("inform", "Chưa có gì để lưu") and "bắt đầu một lần đánh giá" in message.lower()
    assert not asked and window.actions.export is None


def test_a_full_disk_leaves_the_earlier_file_whole_and_says_so_in_the_users_language(
        start_window, qtbot, messages, save_as, tmp_path, monkeypatch):
    window = start_window()
    sample_with_t1(window)
    target = tmp_path / "client.json"
    target.write_text("the earlier file", encoding="utf-8")
    save_as["path"] = target

    def full(_fd):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr("cds_desktop.fileio.os.fsync", full)
    window.businesses.export_button.click()
    wait_export(qtbot, window)
    kind, title, message, details = messages[-1]
    assert kind == "warn" and title == "Chưa lưu được tệp" and "không thay đổi" in message
    assert "không ghi được tệp" in details and str(target) in details
    assert target.read_text(encoding="utf-8") == "the earlier file"
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".client.json")] == []  # no temporary left


def test_a_folder_that_does_not_exist_is_refused_with_a_message(start_window, qtbot, messages, save_as, tmp_path):
    window = start_window()
    sample_with_t1(window)
    save_as["path"] = tmp_path / "gone" / "client.json"
    window.businesses.export_button.click()
    wait_export(qtbot, window)
    assert messages[-1][0] == "warn" and not save_as["path"].parent.exists()


def test_importing_the_same_file_again_says_only_that_nothing_changed(start_window, qtbot, messages, save_as,
                                                                      tmp_path):
    window = start_window()
    sample_with_t1(window)
    save_as["path"] = tmp_path / "client.json"
    window.businesses.export_button.click()
    wait_export(qtbot, window)
    window.actions.import_paths([save_as["path"]])
    kind, _title, message, _details = messages[-1]
    assert kind == "inform" and "giống hệt" in message
    assert ": 0" not in message and "thay bản đã lưu" not in message and "giữ cả hai" not in message


def test_the_sample_opens_on_a_store_with_businesses_and_only_once(start_window, messages):
    window = start_window()
    own = window.repo.add_business(Business(name="Tạp hóa Cam Lộ", entity_type="household", sector="trade_services",
                                            employees=2, annual_revenue_vnd=800_000_000, commune="Cam Lộ"))
    window.refresh(own.id)
    assert window.business_stack.currentWidget() is window.businesses
    button = window.businesses.sample_button
    assert button.isVisible() and button.text() == "Mở cơ sở mẫu" and button.accessibleName() == button.text()
    button.click()
    sample = window.business
    assert sample is not None and sample.id != own.id
    button.click()
    assert len(window.repo.businesses()) == 2 and len(window.repo.assessments_of(sample.id)) == 1
    assert window.business.id == sample.id  # opening it again shows it


def test_the_earliest_reassessment_date_is_the_last_assessments_and_the_latest_today():
    from cds_desktop.domain.assessment import date_bounds

    assert date_bounds(date(2026, 3, 1), date(2026, 12, 2)) == (date(2026, 3, 1), date(2026, 12, 2))


@pytest.fixture
def merged_elsewhere(tmp_path):
    """This laptop holds the sample business and 'Cà phê Khe Sanh', entered again; the other laptop merged the
    second into the first and saved everything to a bundle. Returns the two files to import here and the bundle."""
    import json
    import shutil

    from cds_desktop.domain.sample import sample_file

    sample = sample_file()
    dup = sample._replace(business=sample.business._replace(id="dup-business-0001", name="Cà phê Khe Sanh", tax_code=""),
                  assessment=sample.assessment._replace(id="dup-assess-0001", assessed_on="2026-11-20"))
    files = [tmp_path / "s.json", tmp_path / "dup.json"]
    for path, f in zip(files, (sample, dup)):
        path.write_text(json.dumps(f.to_json(), ensure_ascii=False), encoding="utf-8")
    with Repository(tmp_path / "other") as other:
        import_files(other, files)
        keep = next(b.stored_id for b in other.businesses() if b.stored_id != "dup-business-0001")
        other.merge_businesses(keep, "dup-business-0001")
        export_bundle(other, tmp_path / "bundle.json")
    shutil.rmtree(tmp_path / "other")
    return files, tmp_path / "bundle.json"


@pytest.mark.parametrize("merge", [True, False])
def test_an_import_carrying_a_merge_offers_the_same_merge_and_stores_no_copy(start_window, messages, merged_elsewhere,
                                                                            merge):
    files, bundle = merged_elsewhere
    window = start_window()
    import_files(window.repo, files)
    window.refresh(None)
    messages.answer = merge
    window.actions.import_paths([bundle])
    kinds = [m[0] for m in messages]
    assert kinds[:2] == ["inform", "confirm"]
    _, _, result, _ = messages[0]
    assert "không lưu thêm bản sao" in result and "«Gộp với cơ sở khác…»" in result
    _, title, question, details = messages[1]
    assert title == "Gộp cơ sở kinh doanh"
    assert question == ("Trên máy kia, các lần đánh giá của «Cà phê Khe Sanh» thuộc «Công ty TNHH Cà phê Khe Sanh "
                        "(mẫu)»: có lẽ hai mục này đã được gộp ở máy đó. Gộp chúng ở máy này luôn?")
    assert "T0 → T1" in details
    ids = sorted(s.id for s in window.repo.summaries())
    assert ids == ["dup-assess-0001", "sample-khe-sanh-t0"]  # never a copy
    names = [b.name for b in window.repo.businesses()]
    if merge:
        assert names == ["Công ty TNHH Cà phê Khe Sanh (mẫu)"] and kinds[2] == "inform"
        assert [s.stage for s in window.repo.assessments_of(window.repo.businesses()[0].stored_id)] == ["T0", "T1"]
    else:
        assert sorted(names) == ["Cà phê Khe Sanh", "Công ty TNHH Cà phê Khe Sanh (mẫu)"] and len(messages) == 2


def test_the_question_after_such_an_import_leaves_the_data_as_it_is_by_default(qtbot, monkeypatch):
    """The question's default button is 'Not now': Enter merges nothing."""
    from PySide6.QtWidgets import QMessageBox

    from cds_desktop.gui import dialogs

    seen = {}

    def exec_(box):
        seen["default"] = box.defaultButton().text()
        return 0
    monkeypatch.setattr(QMessageBox, "exec", exec_)
    assert not dialogs.confirm(None, "Gộp cơ sở kinh doanh", "?", "Gộp", no="Để sau")
    assert seen["default"] == "Để sau"
