"""The paper review dates the draft by the day written on the form (its Signatures section), today until the
consultant gives it; a day to come, or one before the stored business's last assessment, is refused with a
message. Both ways of saving a paper draft (one printout, a batch) store that day, and the window's comparison
and the report show it."""

from datetime import date, timedelta

import cv2
import numpy as np
import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog

from cds_desktop.domain.assessment import Assessment
from cds_desktop.domain.business import Business
from cds_desktop.domain.instrument import current_instrument
from cds_desktop.paper import read_batch, read_forms
from cds_desktop.report import build_blank_form
from cds_desktop.storage import Repository
from paper_filling import answers_for, filled_pages, filled_printouts

PRINTED = date(2026, 3, 2)
TODAY = date(2026, 12, 1)


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    """Page 3 of two printouts, filled: one farm's form, and a pile of two."""
    folder = tmp_path_factory.mktemp("paper-review-date")
    return filled_printouts(folder, 2, PRINTED)[1]


@pytest.fixture
def repo(tmp_path):
    with Repository(tmp_path / "data") as repo:
        yield repo


def _review(qtbot, reading, repo, today=TODAY):
    from cds_desktop.gui.paper_review import PaperReview

    review = PaperReview(reading, repo, today=today)
    qtbot.addWidget(review)
    return review


def _review_for_stored(qtbot, repo, pages, t0_on, today=TODAY):
    """A cooperative stored with its T0 on `t0_on`, and the review of a filled form chosen for it."""
    business = repo.add_business(Business(name="HTX Cà phê Khe Sanh", entity_type="cooperative",
                                          sector="agriculture_forestry_fishery"))
    repo.save_assessment(business.id, Assessment.new(current_instrument(), "T0", t0_on))
    review = _review(qtbot, read_forms(pages[:1]), repo, today=today)
    review.existing_business.setChecked(True)
    review.business_combo.setCurrentIndex(review.business_combo.findData(business.id))
    return review


def test_the_date_field_says_today_in_the_local_format_and_names_the_form_s_date(qtbot, repo, pages):
    review = _review(qtbot, read_forms(pages[:1]), repo)
    assert review.assessed_on() == TODAY and review.date_edit.text() == "01/12/2026"
    assert review.date_label.text() == "Ngày ghi trên phiếu:" and "Xác nhận" in review.date_hint.text()
    assert review.date_label.buddy() is review.date_edit and review.date_edit.accessibleName()


def test_the_draft_is_stored_with_the_date_written_on_the_form(qtbot, repo, pages, messages):
    review = _review(qtbot, read_forms(pages[:1]), repo)
    review.name_edit.setText("Trang trại Hướng Hóa")
    review.date_edit.setDate(QDate(2026, 11, 3))
    review.accept()
    assert review.result() == QDialog.DialogCode.Accepted and not messages
    business, assessment = review.save(repo)
    assert repo.get_assessment(assessment.id).assessed_on == "2026-11-03"
    assert [s.assessed_on for s in repo.assessments_of(business.id)] == ["2026-11-03"]


def test_a_day_to_come_is_refused_with_a_message_and_nothing_is_stored(qtbot, repo, pages, messages):
    from cds_desktop.errors import InputError

    review = _review(qtbot, read_forms(pages[:1]), repo)
    review.name_edit.setText("Trang trại Hướng Hóa")
    review.date_edit.setDate(QDate(TODAY + timedelta(days=1)))
    review.accept()
    assert review.result() != QDialog.DialogCode.Accepted
    assert [(m[0], m[1]) for m in messages] == [("warn", "Kiểm tra ngày")] and "chưa đến" in messages[0][2]
    with pytest.raises(InputError):
        review.save(repo)
    assert list(repo.summaries()) == []


def test_a_stored_business_s_next_stage_cannot_be_dated_before_its_last_assessment(qtbot, repo, pages, messages):
    """T0 on 1 April; a paper form dated 5 March cannot be its T1: the timeline would run backwards."""
    review = _review_for_stored(qtbot, repo, pages, date(2026, 4, 1))
    review.date_edit.setDate(QDate(2026, 3, 5))
    assert not review.ready()
    assert messages[-1][1] == "Kiểm tra ngày" and "01/04/2026" in messages[-1][2]
    review.date_edit.setDate(QDate(2026, 11, 3))
    assert review.ready()
    _, assessment = review.save(repo)
    assert [(s.stage, s.assessed_on) for s in repo.assessments_of(review.business_combo.currentData())] == [
        ("T0", "2026-04-01"), ("T1", "2026-11-03")]


def test_each_draft_of_a_batch_is_stored_with_its_own_date(qtbot, repo, pages, messages):
    from cds_desktop.gui.paper_review import BatchReview

    review = BatchReview(read_batch(pages), repo)
    qtbot.addWidget(review)
    tomorrow = date.today() + timedelta(days=1)
    for index, (day, name) in enumerate([(date(2026, 3, 5), "Trang trại A"), (date(2026, 3, 9), "Trang trại B")]):
        review.show_draft(index)
        review.reviews[index].name_edit.setText(name)
        review.reviews[index].date_edit.setDate(QDate(tomorrow))
        assert not review.save_current() and messages[-1][1] == "Kiểm tra ngày"  # a day to come: not saved
        review.reviews[index].date_edit.setDate(QDate(day))
        assert review.save_current()
    stored = {repo.get_business(s.business_id).name: s.assessed_on for s in repo.summaries()}
    assert stored == {"Trang trại A": "2026-03-05", "Trang trại B": "2026-03-09"}


def test_a_paper_t1_dated_from_the_form_shows_its_day_in_the_comparison_and_the_report(qtbot, repo, pages, tmp_path,
                                                                                      messages):
    """The whole way: a form printed for a stored business (T0 in September), filled, read back, dated 3 November
    in the review, saved; the comparison lists T1 on 03/11/2026 and the report says that day."""
    from cds_desktop.gui.comparison import ComparisonView
    from cds_desktop.report import build_report

    business = repo.add_business(Business(name="HTX Cà phê Khe Sanh", entity_type="cooperative",
                                          sector="agriculture_forestry_fishery"))
    repo.save_assessment(business.id, Assessment.new(current_instrument(), "T0", date(2026, 9, 1)))
    printed = tmp_path / "for.pdf"
    layout = build_blank_form(printed, lang="vi", on=date(2026, 10, 30), business=business,
                              assessment_id=repo.paper_assessment_id(business.id))
    truth = answers_for(layout, current_instrument(), np.random.default_rng(3))
    image = filled_pages(layout, printed, truth, 200, np.random.default_rng(3), style="cross", pages=[3])[3]
    cv2.imwrite(str(tmp_path / "p3.png"), image)
    review = _review(qtbot, read_forms([str(tmp_path / "p3.png")]), repo)
    assert review.existing_business.isChecked()  # printed for it: the stored business is offered
    review.date_edit.setDate(QDate(2026, 11, 3))
    assert review.ready()
    _, assessment = review.save(repo)
    assert (assessment.stage, assessment.assessed_on) == ("T1", "2026-11-03")

    view = ComparisonView()
    qtbot.addWidget(view)
    view.show_business(repo, business)
    items = [view.after_combo.itemText(i) for i in range(view.after_combo.count())]
    assert any("(T1) · 03/11/2026" in t for t in items), items
    assert any("(T0) · 01/09/2026" in t for t in items), items

    import pypdfium2

    file = repo.assessment_file(assessment.id)
    earlier = repo.assessment_file(repo.assessments_of(business.id)[0].id)
    out = tmp_path / "report.pdf"
    build_report(file, out, lang="vi", history=[earlier])
    pdf = pypdfium2.PdfDocument(str(out))
    try:
        first_page = pdf[0].get_textpage().get_text_range()
    finally:
        pdf.close()
    assert "03/11/2026" in first_page, first_page[:400]


def test_with_the_clock_behind_the_form_s_date_starts_at_the_catalog_s_day_and_takes_a_later_one(
        qtbot, repo, pages, clock_behind):
    from cds_desktop.domain.edition import shipped_edition

    review = _review(qtbot, read_forms(pages[:1]), repo, today=None)
    as_of = shipped_edition().as_of
    assert review.assessed_on() == as_of  # not 1/1/2000: the earliest day the form can have been filled
    last = date(as_of.year + 2, 12, 31)
    review.date_edit.setDate(QDate(last))
    assert review.date_problems() == []
    review.date_edit.setDate(QDate(last + timedelta(days=1)))
    assert "01/01/2000" in review.date_problems()[0].render("vi")


def test_with_the_clock_behind_a_business_assessed_after_the_catalog_s_day_gets_a_day_its_draft_may_take(
        qtbot, repo, pages, messages, clock_behind):
    """T0 dated on its visit, ten days after the catalog's day, on a laptop whose clock battery died: the catalog's
    day would be refused (before T0), so the field starts at T0's day and says why; a new business gets the catalog's
    day again; a day the consultant typed is kept."""
    from cds_desktop.domain.edition import shipped_edition

    as_of = shipped_edition().as_of
    visit = as_of + timedelta(days=10)
    review = _review_for_stored(qtbot, repo, pages, visit, today=None)
    assert review.assessed_on() == visit and review.date_problems() == []
    shown = visit.strftime("%d/%m/%Y")
    assert f"{shown}, ngày của lần đánh giá gần nhất" in review.date_hint.text()
    review.new_business.setChecked(True)
    assert review.assessed_on() == as_of and shown not in review.date_hint.text()
    review.existing_business.setChecked(True)
    review.date_edit.setDate(QDate(visit + timedelta(days=3)))
    review.new_business.setChecked(True)
    assert review.assessed_on() == visit + timedelta(days=3)  # typed: kept
    review.existing_business.setChecked(True)
    assert review.ready() and not messages
    _, assessment = review.save(repo)
    assert (assessment.stage, assessment.assessed_on) == ("T1", (visit + timedelta(days=3)).isoformat())


def test_a_business_whose_last_assessment_is_dated_ahead_is_said_to_need_its_date_set(qtbot, repo, pages, messages):
    """T0 dated next year by another laptop's clock: no day fits a draft that follows it; the hint says why and
    what to do before saving, and saving says the same problem."""
    review = _review_for_stored(qtbot, repo, pages, date(2027, 5, 1))
    assert review.assessed_on() == TODAY and "01/05/2027" in review.date_hint.text()
    assert "thẻ người đánh giá" in review.date_hint.text()
    assert not review.ready() and messages[-1][1] == "Kiểm tra ngày"
