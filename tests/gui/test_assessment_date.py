"""The day an assessment describes can be set on the open assessment: a farm visit typed in later keeps its own
day, within the days that keep T0, T1… in order and never after today."""

from datetime import date

import pytest
from PySide6.QtCore import QDate

from cds_desktop.domain.assessment import date_range


@pytest.fixture
def window(start_window):
    window = start_window()
    window.actions.add_sample()
    return window


def sample_t0(window):
    return window.repo.get_assessment(window.repo.assessments_of(window.business.id)[0].id)


def test_the_day_of_an_open_draft_is_changed_and_stored(window, qtbot):
    t0 = sample_t0(window)
    draft = window.repo.copy_for_reassessment(t0.id, date(2026, 11, 20))
    window.open_assessment(window.business, draft)
    box = window.questionnaire.assessor_box
    assert box.day.date().toPython() == date(2026, 11, 20) and not box.day.isReadOnly()
    assert box.day.minimumDate().toPython() == date(2026, 10, 15)  # T0's day
    assert box.day.maximumDate().toPython() == date.today()
    assert "15/10/2026" in box.day_bounds.text()

    box.day.setDate(QDate(2026, 11, 3))
    assert window.assessment.assessed_on == "2026-11-03"
    window.autosave.flush()
    assert window.repo.get_assessment(draft.id).assessed_on == "2026-11-03"
    assert [s.assessed_on for s in window.repo.assessments_of(window.business.id)] == ["2026-10-15", "2026-11-03"]

    box.day.setDate(QDate(2026, 9, 1))  # before T0: the picker stops at T0's day
    assert window.assessment.assessed_on == "2026-10-15"


def test_a_completed_assessment_keeps_its_day_until_amended(window):
    t0 = sample_t0(window)
    window.open_assessment(window.business, t0)
    box = window.questionnaire.assessor_box
    assert box.day.isReadOnly() and box.day.date().toPython() == date(2026, 10, 15)


def test_the_first_assessment_may_not_move_past_the_next_one(window):
    t0 = sample_t0(window)
    window.repo.copy_for_reassessment(t0.id, date(2026, 11, 20))
    window.open_assessment(window.business, window.repo.get_assessment(t0.id))
    window.questionnaire.unlock(window.questionnaire.assessment())
    box = window.questionnaire.assessor_box
    assert box.day.maximumDate().toPython() == date(2026, 11, 20)
    assert box.day.minimumDate().toPython() < date(2026, 1, 1)  # nothing before T0: it may move earlier
    box.day.setDate(QDate(2026, 10, 1))
    assert window.assessment.assessed_on == "2026-10-01"
    assert "Không sau ngày 20/11/2026" in box.day_bounds.text()


def test_the_day_is_written_in_the_language_chosen(window, qtbot):
    window.open_assessment(window.business, sample_t0(window))
    box = window.questionnaire.assessor_box
    assert box.day.text() == "15/10/2026"
    window.set_language("en")
    qtbot.waitUntil(lambda: box.day.text() == "15 Oct 2026")
    assert box.day_label.text() == "Assessment &date"


def test_date_range_keeps_the_stages_in_order():
    today = date(2026, 12, 2)
    assert date_range("T0", [], today) == (None, today)
    assert date_range("T1", [("T0", "2026-10-15")], today) == (date(2026, 10, 15), today)
    assert date_range("T0", [("T1", "2026-11-20")], today) == (None, date(2026, 11, 20))
    assert date_range("T1", [("T0", "2026-10-15"), ("T2", "2026-11-25")], today) == (date(2026, 10, 15),
                                                                                     date(2026, 11, 25))
    # an earlier stage dated after today (a laptop with a wrong clock): the range is today alone, never empty
    assert date_range("T1", [("T0", "2027-01-01")], today) == (today, today)


def test_a_stored_day_that_is_no_day_opens_and_is_corrected_on_the_card(window):
    """An earlier version stored '15/11/2026' as a draft's day (`cds-cli check` names it and sends the user here):
    the assessment opens, the card shows a day to correct from, and the stored text stays until one is chosen."""

    t0 = sample_t0(window)
    draft = window.repo.copy_for_reassessment(t0.id, date(2026, 11, 20))
    draft = window.repo.save_assessment(window.business.id, draft._replace(assessed_on="15/11/2026"))
    window.open_assessment(window.business, draft)
    box = window.questionnaire.assessor_box
    assert not box.day.isReadOnly() and box.day.minimumDate().toPython() == date(2026, 10, 15)
    window.autosave.flush()
    assert window.repo.get_assessment(draft.id).assessed_on == "15/11/2026"
    box.day.setDate(QDate(2026, 11, 15))
    window.autosave.flush()
    assert window.repo.get_assessment(draft.id).assessed_on == "2026-11-15"
