"""A laptop whose clock battery died says 1/1/2000: the window says so once it has opened the data, because new
assessments would take that date (they take the catalog's day, to be set to the visit's; backups are dated on from
the newest one; the supports themselves are judged on the catalog's day)."""

from datetime import date

import pytest



def test_a_clock_behind_the_catalog_is_told_once_the_data_is_open(clock_behind, start_window, messages):
    window = start_window()
    warned = [m for m in messages if m[0] == "warn"]
    assert [m[1] for m in warned] == ["Đồng hồ của máy tính bị sai"]
    text = warned[0][2]
    assert "01/01/2000" in text and "chỉnh lại ngày giờ" in text and "bản sao lưu được đề ngày tiếp sau bản mới nhất" in text
    assert window.repo is not None  # told, and the data is open behind it


def test_a_right_clock_is_not_mentioned(start_window, messages):
    start_window()
    assert not [m for m in messages if "Đồng hồ" in m[1]]


def test_with_the_clock_behind_a_new_assessment_is_dated_the_catalog_s_day_and_the_visit_s_day_can_be_set(
        clock_behind, start_window, messages, qtbot):
    from datetime import timedelta

    from PySide6.QtCore import QDate

    from cds_desktop.domain.edition import shipped_edition

    window = start_window()
    window.actions.add_sample()
    t0 = window.repo.get_assessment(window.repo.assessments_of(window.business.id)[0].id)
    as_of = shipped_edition().as_of
    draft = window.repo.copy_for_reassessment(t0.id)  # no day chosen: not 2000, the earliest the visit can be
    assert draft.assessed_on == as_of.isoformat()
    window.open_assessment(window.business, draft)
    box = window.questionnaire.assessor_box
    visit = as_of + timedelta(days=2)
    assert box.day.minimumDate().toPython() == date(2026, 10, 15)  # T0's day
    assert box.day.maximumDate().toPython() >= visit
    assert "01/01/2000" in box.day_bounds.text() and "Đồng hồ của máy tính bị sai" in box.day_bounds.text()
    # the day only a wrong decade is kept past is no bound to tell: from T0's day, and the clock is wrong
    assert box.day_bounds.text().startswith("Từ ngày 15/10/2026.") and "đến" not in box.day_bounds.text()
    box.day.setDate(QDate(visit))
    assert window.assessment.assessed_on == visit.isoformat()
    window.autosave.flush()
    assert window.repo.get_assessment(draft.id).assessed_on == visit.isoformat()


def test_with_the_clock_behind_the_next_assessment_s_date_may_be_the_visit_s(clock_behind, start_window, qtbot):
    from datetime import timedelta

    from PySide6.QtCore import QDate

    from cds_desktop.domain.edition import shipped_edition
    from cds_desktop.gui.businesses.new_assessment import NewAssessmentDialog

    window = start_window()
    window.actions.add_sample()
    t0 = window.repo.get_assessment(window.repo.assessments_of(window.business.id)[0].id)
    dialog = NewAssessmentDialog("T1", t0, True, window)
    qtbot.addWidget(dialog)
    as_of = shipped_edition().as_of
    assert dialog.chosen_date() == as_of
    dialog.date.setDate(QDate(as_of + timedelta(days=2)))
    assert dialog.chosen_date() == as_of + timedelta(days=2)
    assert "01/01/2000" in dialog.bounds.text()


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_wrong_clock_hint_on_the_assessor_card_takes_only_its_lines(clock_behind, start_window, qtbot, lang):
    """The hint under the assessment date wraps over two lines: it sat under a blank line of its own (the form
    gave it the height of its text wrapped narrow, 3 lines in English, 4 in Vietnamese)."""
    window = start_window()
    window.set_language(lang)
    window.resize(1093, 614)  # a 1366 x 768 screen at 125 %
    window.actions.add_sample()
    t0 = window.repo.assessments_of(window.business.id)[0].id
    window.open_assessment(window.business, window.repo.copy_for_reassessment(t0))  # a draft: its day may move
    window.show_view("assessment")
    bounds = window.questionnaire.assessor_box.day_bounds
    qtbot.waitUntil(lambda: bounds.isVisible() and bounds.width() > 300)
    qtbot.wait(50)
    assert "2000" in bounds.text()
    lines = bounds.heightForWidth(bounds.width())
    assert lines >= 2 * bounds.fontMetrics().lineSpacing() - 1  # it does wrap
    assert bounds.height() <= lines + 1
    box = window.questionnaire.assessor_box  # and the day's label stays level with the day
    assert abs(box.day_label.geometry().center().y() - box.day.geometry().center().y()) <= 1


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_new_assessment_dialog_keeps_no_blank_line_above_its_hint(clock_behind, start_window, qtbot, lang):
    """The dialog is as tall as its texts wrapped at its first, narrower width: the spare height went to the texts,
    a blank line over the hint under the day (the wrong-clock one included). It goes above the buttons."""
    from cds_desktop.gui.businesses.new_assessment import NewAssessmentDialog

    window = start_window()
    window.set_language(lang)
    window.actions.add_sample()
    t0 = window.repo.get_assessment(window.repo.assessments_of(window.business.id)[0].id)
    dialog = NewAssessmentDialog("T1", t0, True, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for label in (dialog.explanation, dialog.bounds):
        assert label.height() <= label.heightForWidth(label.width()) + 1, label.text()
    assert dialog.bounds.geometry().top() - dialog.date.geometry().bottom() <= 2 * dialog.layout().spacing() + 2


def test_with_the_clock_behind_the_report_s_file_name_carries_the_day_the_report_does(clock_behind, start_window):
    """The report is dated the catalog's day while the clock is behind it (policy_day); the name offered for its
    file took the day from the clock itself ('…-T0-2000-01-01.pdf', or today's where only the rules read the
    clock)."""
    from cds_desktop.domain.edition import shipped_edition

    window = start_window()
    window.actions.add_sample()
    t0 = window.repo.get_assessment(window.repo.assessments_of(window.business.id)[0].id)
    window.open_assessment(window.business, t0)
    window.show_view("report")
    view = window.outcomes.views["report"]
    assert view._stem().endswith(f"-T0-{shipped_edition().as_of.isoformat()}")


def test_a_completed_assessment_says_nothing_of_setting_its_day(clock_behind, start_window):
    window = start_window()
    window.actions.add_sample()
    t0 = window.repo.get_assessment(window.repo.assessments_of(window.business.id)[0].id)
    window.open_assessment(window.business, t0)  # completed: opens locked
    box = window.questionnaire.assessor_box
    assert box.day.isReadOnly() and not box.day_bounds.isVisibleTo(box)
    window.questionnaire.unlock(t0)  # amended: its day may move again, and the card says how
    assert not box.day.isReadOnly() and box.day_bounds.isVisibleTo(box)
    assert "Đồng hồ của máy tính bị sai" in box.day_bounds.text()
