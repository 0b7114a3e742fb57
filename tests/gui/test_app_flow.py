"""The whole flow through the main window: a business, an assessment answered by keyboard and saved as it
goes, the window closed and reopened on the draft, completion, the level in the list, a re-assessment."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cds_desktop.domain.business import Business
from cds_desktop.gui.autosave import DELAY_MS

MAX_TABS = 40


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def answer_current_page(qtbot, view):
    page = view.stack.currentWidget()
    while (card := page.first_open_card()) is not None and not card.is_answered():
        for _ in range(MAX_TABS):
            if QApplication.focusWidget() is card.focus_target():
                break
            press(qtbot, Qt.Key.Key_Tab)
        press(qtbot, Qt.Key.Key_Space)
        if card.question.type == "ladder":
            press(qtbot, Qt.Key.Key_Down)


def activate(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_answer_leave_reopen_complete_and_see_the_level(start_window, qtbot, messages, when_modal):
    window = start_window()
    activate(qtbot, window)
    window.repo.add_business(Business(name="Hợp tác xã Hải Lăng", entity_type="cooperative",
                                      sector="agriculture_forestry_fishery", employees=12,
                                      annual_revenue_vnd=4_000_000_000, commune="Hải Lăng"))
    window.refresh()
    business = window.repo.businesses()[0]
    window.businesses.select(business.id)
    assert window.businesses.start_button.text() == "Bắt đầu: Lần đánh giá đầu (T0)"
    window.businesses.start_button.click()
    assert window.current_view() == "assessment"
    view = window.questionnaire
    first_area = view.current_area()
    answer_current_page(qtbot, view)
    press(qtbot, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    second_area = view.current_area()
    assert second_area != first_area
    answered = dict(view.assessment().answers)
    qtbot.waitUntil(lambda: not window.autosave.pending, timeout=DELAY_MS * 10)  # saved without any explicit step
    draft_id = view.assessment().id
    assert dict(window.repo.get_assessment(draft_id).answers) == answered
    window.close()

    window = start_window()  # reopening continues where the user was
    activate(qtbot, window)
    assert window.current_view() == "assessment"
    view = window.questionnaire
    assert view.assessment().id == draft_id and dict(view.assessment().answers) == answered
    assert view.current_area() == second_area
    for i in range(len(window.instrument.areas)):
        answer_current_page(qtbot, view)
        press(qtbot, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    view.complete_button.click()
    assert window.current_view() == "results"  # finishing lands on the results, not on a list
    results = window.outcomes.views["results"].results
    stored = window.repo.get_assessment(draft_id)
    assert stored.status == "completed" and view.is_locked()
    level = window.repo.summary(draft_id).overall_level
    assert results.level_label.text().startswith(f"Mức {level}") and results.meaning.text()
    assert "(T0)" in results.title.text()
    first = results.plan.roadmap.steps[:3]
    assert len(first) == 3 and all(f"{n}. " in results.steps.text() for n in (1, 2, 3))
    assert results.steps_title.text() == "Bắt đầu với 3 bước này"
    results.plan_button.click()
    assert window.current_view() == "roadmap"
    window.show_view("results")
    results.report_button.click()
    assert window.current_view() == "report"
    window.show_view("businesses")
    table = window.businesses.table
    assert table.item(0, 0).text() == "Lần đánh giá đầu (T0)" and table.item(0, 3).text() == "Đã hoàn thành"
    assert table.item(0, 4).text().startswith(f"{level} · ")  # as the report writes a level

    reassess = window.businesses.reassess_button
    assert reassess.text() == "Đánh giá lại (T1) từ bản sao lần trước"
    when_modal(lambda dialog: dialog.accept())  # the date it is made: today by default
    reassess.click()
    copy = window.questionnaire.assessment()
    assert copy.stage == "T1" and copy.status == "draft" and copy.id != draft_id
    assert dict(copy.answers) == dict(stored.answers)


def test_changes_are_saved_on_navigation_without_waiting(start_window, qtbot):
    window = start_window()
    window.repo.add_business(Business(name="Tạp hóa Đông Hà", entity_type="household", sector="trade_services"))
    window.refresh()
    window.businesses.select(window.repo.businesses()[0].id)
    window.businesses.start_button.click()
    view = window.questionnaire
    card = view.stack.currentWidget().first_open_card()
    next(iter(card.rows.values())).button.click()
    assert window.autosave.pending
    window.show_view("businesses")
    assert not window.autosave.pending
    assert card.question.id in window.repo.get_assessment(view.assessment().id).answers


def test_a_completed_assessment_can_be_amended_and_goes_back_to_draft_when_a_gap_opens(start_window, messages):
    window = start_window()
    window.actions.add_sample()
    business = window.business
    stored = window.repo.get_assessment(window.repo.assessments_of(business.id)[0].id)
    assert stored.status == "completed"
    window.open_assessment(business, stored)
    view = window.questionnaire
    qid = "biz_sales_orders"  # a ladder question of the first page
    card = view.stack.currentWidget().cards[qid]
    other = next(key for key, row in card.rows.items() if not row.button.isChecked() and isinstance(key, int))
    assert view.is_locked() and view.lock_bar.isVisible() and not view.complete_button.isVisible()
    card.rows[other].button.click()  # opened locked: a misclick changes nothing
    window.autosave.flush()
    assert card.answer() == stored.answers[qid] and window.repo.get_assessment(stored.id) == stored

    messages.answer = False
    view.amend_button.click()  # "Edit assessment" asks first
    assert messages[-1][0] == "confirm" and view.is_locked()
    messages.answer = True
    view.amend_button.click()
    assert not view.is_locked() and not view.lock_bar.isVisible()
    card.rows[other].button.click()  # amend: still every question answered
    window.autosave.flush()
    amended = window.repo.get_assessment(stored.id)
    assert amended.status == "completed" and amended.answers[qid] != stored.answers[qid]
    assert amended.amended_at and not stored.amended_at  # when it was amended is kept
    card.clear.click()  # a gap: the assessment is a draft again until it is answered
    window.autosave.flush()
    assert window.repo.get_assessment(stored.id).status == "draft"
    assert not [m for m in messages if m[0] == "warn"]  # no error for the user to dismiss


def test_an_amended_assessment_opens_locked_again(start_window, messages):
    window = start_window()
    window.actions.add_sample()
    summary = window.repo.assessments_of(window.business.id)[0]
    window.open_assessment(window.business, window.repo.get_assessment(summary.id))
    window.questionnaire.amend_button.click()
    window.close_assessment()
    reopened = window.repo.get_assessment(summary.id)
    assert reopened.amended_at
    window.open_assessment(window.business, reopened)
    assert window.questionnaire.is_locked()


def answered_then_back_to_the_list(start_window):
    """A draft started from the list, one question answered, and the user back on Businesses."""
    window = start_window()
    window.repo.add_business(Business(name="Tạp hóa Đông Hà", entity_type="household", sector="trade_services"))
    window.refresh()
    window.businesses.select(window.repo.businesses()[0].id)
    window.businesses.start_button.click()
    card = window.questionnaire.stack.currentWidget().first_open_card()
    next(iter(card.rows.values())).button.click()
    window.show_view("businesses")
    return window, card.question.id


def test_continue_the_draft_from_the_list_opens_the_answers_given_since_and_keeps_them(start_window):
    """The list had read the draft when the business was chosen; continuing opened that copy without the answers
    given since, and the next change saved it over them."""
    window, qid = answered_then_back_to_the_list(start_window)
    window.businesses.continue_button.click()
    view = window.questionnaire
    assert qid in view.assessment().answers and view.stack.currentWidget().cards[qid].is_answered()
    other = next(c for c in view.stack.currentWidget().cards.values() if c.question.id != qid and not c.isHidden())
    next(iter(other.rows.values())).button.click()
    window.autosave.flush()
    assert {qid, other.question.id} <= set(window.repo.get_assessment(view.assessment().id).answers)


def test_the_list_shows_how_far_the_draft_is_when_the_user_comes_back(start_window):
    window, _ = answered_then_back_to_the_list(start_window)
    assert window.businesses.table.item(0, 4).text() != "0 % đã trả lời"
    assert window.businesses.selected_assessment().answers == window.questionnaire.assessment().answers


def test_opening_the_assessment_already_open_keeps_the_readers_place(start_window, qtbot, messages):
    """Reading a completed assessment far down a page, a look at the list, then "Open" on the same one: it came
    back rebuilt, at the top of the page."""
    window = start_window()
    window.actions.add_sample()
    window.businesses.continue_button.click()  # the sample's completed assessment, opened locked
    view = window.questionnaire
    view.go_to_area(window.instrument.areas[1].id)
    qtbot.wait(10)
    bar = view.stack.currentWidget().verticalScrollBar()
    bar.setValue(bar.maximum() // 2)
    place = (view.current_area(), bar.value())
    window.show_view("businesses")
    window.businesses.continue_button.click()
    assert view.is_locked()
    assert (view.current_area(), view.stack.currentWidget().verticalScrollBar().value()) == place
    view.amend_button.click()  # the test says yes
    window.show_view("businesses")
    window.businesses.continue_button.click()  # an amended one opens locked again, still in place
    assert view.is_locked()
    assert (view.current_area(), view.stack.currentWidget().verticalScrollBar().value()) == place


def test_the_questionnaire_follows_an_edit_of_its_business(start_window):
    """The business's sector or size was edited with its assessment open: the questionnaire kept asking and
    scoring for the business as it was, and disagreed with Results."""

    from cds_desktop.domain.scoring import score

    window = start_window()
    window.actions.add_sample()
    window.businesses.continue_button.click()
    view, before = window.questionnaire, window.business
    edited = window.repo.update_business(before._replace(name="Cà phê Khe Sanh (đã sửa)",
                                                 sector="trade_services", employees=3))
    window.session.businesses_changed(edited.id)  # what "Edit" does once the dialog is accepted
    assert view.score() == score(window.instrument, edited, view.assessment())
    assert view.score() != score(window.instrument, before, view.assessment())
    assert "Cà phê Khe Sanh (đã sửa)" in view.heading.text()
