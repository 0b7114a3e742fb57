"""A business an earlier release stored with details an import refuses: the Businesses page says so beside it,
in the window's language: the fields to correct (each problem in full in the tooltip) and the button that fixes
them; the window's exports of it are refused, say why and write nothing, but saving all offers to save the others
without it; nothing stored changes."""

import os
from pathlib import Path

import pytest
from PySide6.QtWidgets import QFileDialog

from cds_desktop.storage import Repository
from cds_desktop.storage.exchange import add_sample
from legacy_store_support import as_an_earlier_release_stored, folder_bytes

PROVINCE = {"vi": "'Atlantis' không phải một trong 34 tỉnh", "en": "'Atlantis' is not one of the 34 provinces"}
LINE = {"vi": "Tệp lưu ra có cơ sở này sẽ bị máy khác từ chối. Cần sửa: Tỉnh/thành phố. Bấm “Sửa”.",
        "en": "A file saved with this business is refused on another computer. To correct: Province. Click “Edit”."}


def store_atlantis(data: Path) -> None:
    """The sample business stored, then its province written as an earlier release could store it."""
    with Repository(data) as repo:
        add_sample(repo)
    as_an_earlier_release_stored(data, province="Atlantis")


@pytest.fixture
def data():
    folder = Path(os.environ["CDS_DESKTOP_DATA_DIR"])
    store_atlantis(folder)
    return folder


def test_the_detail_pane_names_the_problem_and_the_edit_button_in_both_languages(start_window, data, qtbot):
    window = start_window()
    view = window.businesses
    [business] = window.repo.businesses()
    assert view.select(business.stored_id)
    label = view.problems_label
    assert label.isVisibleTo(view) and label.text() == LINE["vi"] and PROVINCE["vi"] in label.toolTip()
    window.set_language("en")
    qtbot.waitUntil(lambda: label.text() == LINE["en"])
    assert label.isVisibleTo(view) and PROVINCE["en"] in label.toolTip() and view.edit_button.text() == "Edit"


def test_a_good_business_shows_no_such_line(start_window):
    window = start_window()
    window.actions.add_sample()
    view = window.businesses
    assert view.select(window.repo.businesses()[0].stored_id)
    assert not view.problems_label.isVisibleTo(view) and view.problems_label.text() == ""


def test_saving_it_to_a_file_from_the_window_is_refused_and_writes_nothing(start_window, data, messages, tmp_path,
                                                                          monkeypatch):
    target, asked = tmp_path / "client.json", []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: asked.append(args) or (str(target), ""))
    window = start_window()
    before = folder_bytes(data)
    [business] = window.repo.businesses()
    window.businesses.select(business.stored_id)
    for click in (window.businesses.export_button.click, window.businesses.export_all_button.click):
        messages.clear()
        click()
        assert window.actions.export is None  # nothing was started
        assert not asked  # told before choosing where to save, not after
        [(kind, _, message, _)] = messages
        assert kind == "warn" and PROVINCE["vi"] in message and "bấm «Sửa»" in message
        assert not target.exists()
    assert folder_bytes(data) == before


def test_the_report_page_refuses_its_assessment_file(qtbot, data, messages, tmp_path):
    from cds_desktop.gui.report_view import ReportView

    with Repository(data) as repo:
        [business] = repo.businesses()
        view = ReportView()
        qtbot.addWidget(view)
        view.show_assessment(repo, business, repo.assessments_of(business.stored_id)[0].id)
        before = folder_bytes(data)
        assert view.export_assessment_file(tmp_path / "t0.json") is None
        assert messages[-1][0] == "warn" and PROVINCE["vi"] in messages[-1][2]
        assert not (tmp_path / "t0.json").exists() and folder_bytes(data) == before


def test_a_refused_export_s_reason_follows_a_language_switch(qtbot, data, messages, tmp_path):
    """The status line says again why the export was refused in the new language: the reason was read from the
    error after its `except` block had ended, and the switch raised NameError instead."""
    from cds_desktop.gui.language import language
    from cds_desktop.gui.report_view import ReportView

    with Repository(data) as repo:
        [business] = repo.businesses()
        view = ReportView()
        qtbot.addWidget(view)
        view.show_assessment(repo, business, repo.assessments_of(business.stored_id)[0].id)
        assert view.export_assessment_file(tmp_path / "t0.json") is None
        assert PROVINCE["vi"] in view.status.text()
        try:
            language().set("en")
            qtbot.waitUntil(lambda: view.title.text() == "Report and files")  # the LanguageChange event is posted
            assert PROVINCE["en"] in view.status.text() and view.status.text().startswith("That did not work")
        finally:
            language().set("vi")


def add_good(window):
    """A good business with an assessment beside the Atlantis one."""
    from cds_desktop.domain.assessment import Assessment
    from cds_desktop.domain.business import Business

    good = window.repo.add_business(Business(name="Quán cà phê Gió", entity_type="household", sector="trade_services",
                                             employees=3, annual_revenue_vnd=900_000_000, commune="Cam Lộ"))
    window.repo.save_assessment(good.id, Assessment.new(window.instrument))
    window.refresh(good.id)
    return good


def _atlantis(window):
    return next(b for b in window.repo.businesses() if b.province == "Atlantis")


@pytest.mark.parametrize("answer", [True, False])
def test_saving_all_offers_the_others_and_names_the_one_left_out(start_window, qtbot, data, messages, tmp_path,
                                                                monkeypatch, answer):
    from cds_desktop.storage.exchange import read_exchange_file

    target = tmp_path / "all.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    window = start_window()
    good, bad = add_good(window), _atlantis(window)
    before = folder_bytes(data)
    messages.answer = answer
    window.businesses.export_all_button.click()
    kind, title, message, details = messages[0]
    assert (kind, title) == ("confirm", "Có cơ sở không lưu ra tệp được")
    assert message == f"Lưu cơ sở còn lại ra tệp? Không có trong tệp: {bad.name} (mọi máy sẽ từ chối khi nhập)."
    assert details.startswith("Cần sửa thông tin của các cơ sở này trước (“Sửa”)") and "Quán cà phê Gió" not in details
    assert bad.stored_id in details and PROVINCE["vi"] in details and "bấm «Sửa»" in details
    if not answer:
        assert len(messages) == 1 and window.actions.export is None and not target.exists()
    else:
        qtbot.waitUntil(lambda: not window.actions.export.running, timeout=10_000)
        assert [f.business.id for f in read_exchange_file(target)] == [good.id]
        kind, _, message, details = messages[-1]
        assert kind == "inform" and "Đã lưu 1 lần đánh giá" in message and bad.name in message.splitlines()[1]
        assert PROVINCE["vi"] in details
    assert folder_bytes(data) == before


def test_the_offer_speaks_english(start_window, data, messages, monkeypatch):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: ("", ""))
    window = start_window()
    add_good(window)
    window.set_language("en")
    window.businesses.export_all_button.click()
    kind, title, message, details = messages[0]
    assert (kind, title) == ("confirm", "Some businesses cannot go in the file")
    assert message == ("Save the other business to the file? Not in it: Công ty TNHH Cà phê Khe Sanh (mẫu) (every "
                       "computer would refuse them on import).")
    assert details.startswith("Their details must be corrected first (“Edit”)")
    assert PROVINCE["en"] in details and "click “Edit”" in details


def test_saving_the_bad_one_alone_is_still_refused_with_the_reason(start_window, data, messages, monkeypatch):
    asked = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: asked.append(args) or ("", ""))
    window = start_window()
    add_good(window)
    window.businesses.select(_atlantis(window).stored_id)
    window.businesses.export_button.click()
    [(kind, _, message, _)] = messages
    assert kind == "warn" and PROVINCE["vi"] in message and not asked and window.actions.export is None


def test_the_offer_for_an_assessment_day_an_import_refuses_does_not_send_the_user_to_the_business_form(
        start_window, messages, monkeypatch, tmp_path):
    """An earlier version stored '15/11/2026' as an assessment's day: the business is left out, and the offer says
    to correct what is named (the day, on the assessor card), not the business's details."""
    import json

    folder = Path(os.environ["CDS_DESKTOP_DATA_DIR"])
    with Repository(folder) as repo:
        add_sample(repo)
    db = folder / "cds-desktop.json"
    tables = json.loads(db.read_text(encoding="utf-8"))
    for record in tables["assessments"].values():
        record["assessed_on"] = "15/11/2026"
    db.write_text(json.dumps(tables, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: ("", ""))
    window = start_window()
    add_good(window)
    window.businesses.export_all_button.click()
    kind, _, message, details = messages[0]
    assert kind == "confirm" and "Công ty TNHH Cà phê Khe Sanh (mẫu)" in message
    assert details.startswith("Cần sửa những điều nêu dưới đây trước") and "'15/11/2026'" in details
    assert "thẻ người đánh giá" in details and "bấm «Sửa»" not in details
