"""A later assessment from the window: the day it is made is chosen (from the last assessment's day up to
today), and a copy brings the answers as a starting point but not the notes written under the old ones."""

from datetime import date, timedelta

from PySide6.QtCore import QDate


def sample(window):
    window.actions.add_sample()
    business = window.business
    return business, window.repo.get_assessment(window.repo.assessments_of(business.id)[0].id)


def completed(window, business, assessment):
    """A copy of the completed sample answers every question: stored as completed, as the questionnaire does."""

    return window.repo.save_assessment(business.id, assessment._replace(status="completed"))


def test_a_copy_is_dated_on_the_day_chosen_and_starts_without_the_old_notes(start_window, when_modal):
    window = start_window()
    business, t0 = sample(window)
    assert any(a.note for a in t0.answers.values())  # the sample's T0 has notes
    chosen = {}

    def pick(dialog):
        picker = dialog.date
        chosen["range"] = (picker.minimumDate().toPython(), picker.maximumDate().toPython())
        chosen["explained"] = dialog.explanation.text()
        picker.setDate(QDate(date.fromisoformat(t0.assessed_on)).addDays(1))
        dialog.start.click()

    when_modal(pick)
    window.businesses.reassess_button.click()
    copy = window.questionnaire.assessment()
    assert copy.stage == "T1" and copy.id != t0.id
    assert chosen["range"] == (date.fromisoformat(t0.assessed_on), date.today())
    assert "không được chép" in chosen["explained"]
    assert copy.assessed_on == (date.fromisoformat(t0.assessed_on) + timedelta(days=1)).isoformat()
    assert {q: a.level for q, a in copy.answers.items()} == {q: a.level for q, a in t0.answers.items()}
    assert all(a.note == "" for a in copy.answers.values())
    assert window.repo.get_assessment(copy.id).assessed_on == copy.assessed_on
    assert window.current_view() == "assessment"


def test_the_picker_refuses_a_day_before_the_last_assessment_and_after_today(start_window, when_modal):
    window = start_window()
    _business, t0 = sample(window)
    seen = {}

    def try_dates(dialog):
        picker = dialog.date
        picker.setDate(QDate(2000, 1, 1))
        seen["early"] = picker.date().toPython()
        picker.setDate(QDate.currentDate().addYears(1))
        seen["late"] = picker.date().toPython()
        dialog.cancel.click()

    when_modal(try_dates)
    window.businesses.reassess_button.click()
    assert seen == {"early": date.fromisoformat(t0.assessed_on), "late": date.today()}
    assert len(window.repo.assessments_of(window.business.id)) == 1  # cancelled: nothing started


def answer_every_question(window) -> None:
    """Each question the open assessment asks, answered with its first choice, area by area."""
    view = window.questionnaire
    for area in window.instrument.areas:
        view.go_to_area(area.id)
        for card in view._page(area.id).cards.values():
            if not card.isHidden():
                row = next(iter(card.rows.values()))
                if not row.button.isChecked():
                    row.button.click()
    assert view.missing_question_ids() == []


def test_a_blank_later_assessment_also_asks_its_date_and_the_first_one_does_not(start_window, when_modal):
    from cds_desktop.domain.business import Business

    window = start_window()
    own = window.repo.add_business(Business(name="Tạp hóa Cam Lộ", entity_type="household", sector="trade_services",
                                            employees=2, annual_revenue_vnd=800_000_000, commune="Cam Lộ"))
    window.refresh(own.id)
    window.businesses.start_button.click()  # T0: no dialog, today
    t0 = window.questionnaire.assessment()
    assert t0.stage == "T0" and t0.assessed_on == date.today().isoformat()
    answer_every_question(window)  # T0 completed: the next stage waits for it
    window.questionnaire.complete_button.click()
    assert window.repo.get_assessment(t0.id).status == "completed"
    window.show_view("businesses")
    assert window.businesses.start_button.text() == "Bắt đầu T1 với phiếu trống"  # beside the copy of the last
    assert window.businesses.reassess_button.text() == "Đánh giá lại (T1) từ bản sao lần trước"
    when_modal(lambda dialog: dialog.start.click())
    window.businesses.start_button.click()
    t1 = window.questionnaire.assessment()
    assert t1.stage == "T1" and not t1.answers and t1.assessed_on == date.today().isoformat()


def test_the_list_follows_the_stages_and_a_re_assessment_copies_the_last_stage_whatever_its_day(
        start_window, when_modal):
    """Another laptop's clock can date a T2 before its T1 (an import keeps the day and says so): the list still
    reads T0, T1, T2, as the report and the comparison do, and the copy is made from T2, as T3."""

    window = start_window()
    business, t0 = sample(window)
    day = date.fromisoformat(t0.assessed_on)
    t1 = completed(window, business, window.repo.copy_for_reassessment(t0.id, on=day + timedelta(days=20)))
    t2 = window.repo.copy_for_reassessment(t1.id, on=day + timedelta(days=20))
    changed = next(q for q, a in t2.answers.items() if a.level == 0)  # T2 answered one question better than T1
    t2 = t2._replace(assessed_on=(day + timedelta(days=10)).isoformat(), status="completed",
                 answers={**t2.answers, changed: t2.answers[changed]._replace(level=1)})
    window.repo.save_assessment(business.id, t2)
    window.refresh(business.id)
    view = window.businesses
    assert [view.table.item(row, 0).text() for row in range(view.table.rowCount())] == [
        "Lần đánh giá đầu (T0)", "Đánh giá lại lần 1 (T1)", "Đánh giá lại lần 2 (T2)"]
    assert "(T3)" in view.reassess_button.text()
    when_modal(lambda dialog: dialog.start.click())
    view.reassess_button.click()
    copy = window.questionnaire.assessment()
    assert copy.stage == "T3" and copy.assessed_on >= (day + timedelta(days=20)).isoformat()
    assert copy.answers[changed].level == 1
    assert {q: a.level for q, a in copy.answers.items()} == {q: a.level for q, a in t2.answers.items()}


def test_a_later_assessment_may_not_be_dated_before_an_earlier_stage_dated_after_the_last_one(
        start_window, when_modal):
    """T1 on day 20 and T2 on day 10 (another laptop's clock): T3 may not be dated before day 20, as the assessor
    card and the import's date check (date_range) have it; the dialog went by T2's day alone and offered day 10."""

    window = start_window()
    business, t0 = sample(window)
    day = date.fromisoformat(t0.assessed_on)
    t1 = completed(window, business, window.repo.copy_for_reassessment(t0.id, on=day + timedelta(days=20)))
    t2 = window.repo.copy_for_reassessment(t1.id, on=day + timedelta(days=20))
    window.repo.save_assessment(business.id, t2._replace(assessed_on=(day + timedelta(days=10)).isoformat(),
                                                     status="completed"))
    window.refresh(business.id)
    seen = []

    def earliest(dialog):
        dialog.date.setDate(QDate(day + timedelta(days=10)))
        seen.append((dialog.date.minimumDate().toPython(), dialog.date.date().toPython()))
        dialog.cancel.click()

    for button in (window.businesses.reassess_button, window.businesses.start_button):
        when_modal(earliest)
        button.click()
    assert seen == [(day + timedelta(days=20), day + timedelta(days=20))] * 2  # the copy's and the blank one's
    assert len(window.repo.assessments_of(business.id)) == 3


def t2_left_a_draft(window):
    """The sample's T0 and a completed T1, then a T2 started and left a draft, dated before T1 by another laptop's
    clock (it is still the last: the stages go in order whatever their days)."""
    business, t0 = sample(window)
    day = date.fromisoformat(t0.assessed_on)
    t1 = completed(window, business, window.repo.copy_for_reassessment(t0.id, on=day + timedelta(days=20)))
    t2 = window.repo.copy_for_reassessment(t1.id, on=day + timedelta(days=20))

    t2 = window.repo.save_assessment(business.id, t2._replace(assessed_on=(day + timedelta(days=10)).isoformat()))
    window.refresh(business.id)
    return business, t2


def test_while_the_last_assessment_is_a_draft_the_pane_offers_to_continue_it_not_a_copy(start_window, qtbot):
    """A T3 copied from a T2 not yet completed would carry its unfinished answers into the next stage: the copy
    waits, says why, and the draft is the one thing in blue, selected and opened by "Continue the draft"."""
    window = start_window()
    business, t2 = t2_left_a_draft(window)
    view = window.businesses
    assert not view.reassess_button.isEnabled() and "(T3)" in view.reassess_button.text()
    why = "T2 vẫn là bản nháp: hãy mở nó bằng “Tiếp tục bản nháp” và hoàn thành, rồi mới bắt đầu T3."
    assert view.reassess_hint.isVisible() and view.reassess_hint.text() == why
    for button in (view.reassess_button, view.start_button):  # nor a T3 on a blank form
        assert not button.isEnabled() and button.objectName() != "primary"
        assert button.toolTip() == why and button.accessibleDescription() == why
    assert "T3" in view.start_button.text()
    assert view.continue_button.objectName() == "primary"
    assert view.selected_assessment().id == t2.id and view.continue_button.text() == "Tiếp tục bản nháp"
    view.reassess_button.click()  # nothing starts
    view.start_button.click()
    assert [s.stage for s in window.repo.assessments_of(business.id)] == ["T0", "T1", "T2"]
    window.set_language("en")
    qtbot.waitUntil(lambda: view.reassess_hint.text() == (
        "T2 is still a draft: open it with “Continue the draft” and complete it, then start T3."))
    view.continue_button.click()
    assert window.current_view() == "assessment" and window.questionnaire.assessment().id == t2.id


def test_once_the_draft_is_completed_the_copy_of_it_is_offered_again(start_window):

    window = start_window()
    business, t2 = t2_left_a_draft(window)
    window.repo.save_assessment(business.id, window.repo.get_assessment(t2.id)._replace(status="completed"))
    window.refresh(business.id)
    view = window.businesses
    assert view.reassess_button.isEnabled() and view.reassess_button.objectName() == "primary"
    assert view.start_button.isEnabled() and view.start_button.toolTip() == ""
    assert not view.reassess_hint.isVisible() and view.reassess_button.toolTip() == ""


def test_the_last_assessment_is_the_latest_stage_whatever_the_order_it_is_given_in(qtbot):
    """The list is given in any order, the draft T2 dated before the completed T1: T2 is still the last."""

    from cds_desktop.domain.sample import sample_file
    from cds_desktop.gui.businesses.view import BusinessesView

    sample = sample_file()
    t0 = sample.assessment._replace(status="completed", assessed_on="2026-01-10")
    t1 = t0._replace(id="t1", stage="T1", assessed_on="2026-06-01")
    t2 = t0._replace(id="t2", stage="T2", assessed_on="2026-03-01", status="draft")
    view = BusinessesView()
    qtbot.addWidget(view)
    view.set_businesses([sample.business])
    view.set_assessments(sample.business, [t2, t0, t1], [])
    assert not view.reassess_button.isEnabled() and not view.reassess_hint.isHidden()
    view.set_assessments(sample.business, [t2, t1, t0], [])
    assert not view.reassess_button.isEnabled()
    view.set_assessments(sample.business, [t1._replace(status="draft"), t2._replace(status="completed"), t0], [])
    assert view.reassess_button.isEnabled()  # a T1 reopened and left a draft holds no copy of T2 back
