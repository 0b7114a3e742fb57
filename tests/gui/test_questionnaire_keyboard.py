"""The whole questionnaire can be completed with the keyboard alone."""


import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cds_desktop.domain.assessment import Assessment, answer_problems
from cds_desktop.domain.business import Business
from cds_desktop.domain.conditions import applies
from cds_desktop.domain.instrument import current_instrument
from cds_desktop.gui.language import language
from cds_desktop.gui.questionnaire import QuestionnaireView

MAX_TABS = 40  # between two questions: the other check boxes, the note, "clear answer"


@pytest.fixture
def view(qtbot):
    language().set("vi")
    v = QuestionnaireView()
    qtbot.addWidget(v)
    v.resize(1280, 720)
    v.show()
    qtbot.waitExposed(v)
    v.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is v)
    return v


@pytest.fixture
def farm():
    return Business(name="HTX nông nghiệp Hải Lăng", entity_type="cooperative", sector="agriculture_forestry_fishery",
                    employees=12, annual_revenue_vnd=4_000_000_000, commune="Hải Lăng")


def press(qtbot, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, modifier)


def tab_to(qtbot, widget):
    for _ in range(MAX_TABS):
        if QApplication.focusWidget() is widget:
            return
        press(qtbot, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget}")


def answer_page_by_keyboard(qtbot, view):
    page = view.stack.currentWidget()
    while (card := page.first_open_card()) is not None and not card.is_answered():
        tab_to(qtbot, card.focus_target())
        press(qtbot, Qt.Key.Key_Space)  # the first level (or option) is chosen
        if card.question.type == "ladder":
            press(qtbot, Qt.Key.Key_Down)  # arrows move the choice between levels
            press(qtbot, Qt.Key.Key_Down)
            assert card.answer().level == 2
        else:
            assert card.answer().selected == (card.question.options[0].id,)


@pytest.mark.parametrize("instrument_name, business_name", [
    ("mini", "shop"), ("real", "shop"), ("real", "farm")])
def test_every_applicable_question_is_answered_and_completed_by_keyboard(
        view, qtbot, request, instrument_name, business_name):
    instrument = request.getfixturevalue("mini_instrument") if instrument_name == "mini" else current_instrument()
    business = request.getfixturevalue(business_name)
    view.set_assessment(instrument, business, Assessment.new(instrument))
    for i, area in enumerate(instrument.areas):
        assert view.current_area() == area.id
        answer_page_by_keyboard(qtbot, view)
        if i < len(instrument.areas) - 1:
            press(qtbot, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(view.completeRequested, timeout=1000):
        tab_to(qtbot, view.complete_button)
        press(qtbot, Qt.Key.Key_Space)
    done = view.assessment()
    asked = [q for q in instrument.questions if applies(q, business, done.answers)]
    assert set(done.answers) == {q.id for q in asked}
    assert answer_problems(instrument, business, done._replace(status="completed")) == []


def test_enter_chooses_a_level_like_space(view, qtbot, mini_instrument, shop):
    view.set_assessment(mini_instrument, shop, Assessment.new(mini_instrument))
    card = view.stack.currentWidget().cards["q_customer"]
    assert QApplication.focusWidget() is card.rows[0].button
    press(qtbot, Qt.Key.Key_Down)  # nothing chosen yet: arrows only move the focus
    assert "q_customer" not in view.assessment().answers
    press(qtbot, Qt.Key.Key_Return)
    assert view.assessment().answers["q_customer"].level == 1


def test_enter_on_clear_answer_clears_it(view, qtbot, mini_instrument, shop):
    view.set_assessment(mini_instrument, shop, Assessment.new(mini_instrument))
    card = view.stack.currentWidget().cards["q_customer"]
    press(qtbot, Qt.Key.Key_Return)
    assert "q_customer" in view.assessment().answers
    card.clear.setFocus()
    press(qtbot, Qt.Key.Key_Return)
    assert "q_customer" not in view.assessment().answers


@pytest.mark.parametrize("forward, back", [
    ((Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier), (Qt.Key.Key_PageUp, Qt.KeyboardModifier.ControlModifier)),
    ((Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier), (Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)),
])
def test_shortcuts_move_to_the_next_and_previous_area(view, qtbot, mini_instrument, shop, forward, back):
    view.set_assessment(mini_instrument, shop, Assessment.new(mini_instrument))
    press(qtbot, *forward)
    assert view.current_area() == "management"
    view.stack.currentWidget().cards["q_strategy"].rows[1].button.click()
    view.stack.currentWidget().cards["q_strategy"].note.setFocus()  # also from inside a note
    press(qtbot, *forward)
    assert view.current_area() == "production"
    press(qtbot, *back)
    press(qtbot, *back)
    press(qtbot, *back)  # no area before the first
    assert view.current_area() == "business"
    assert "Alt" in view.next_button.toolTip() and "Ctrl" in view.next_button.toolTip()


def test_a_missing_question_link_opens_with_enter(view, qtbot, mini_instrument, shop):
    view.set_assessment(mini_instrument, shop, Assessment.new(mini_instrument))
    tab_to(qtbot, view.complete_button)
    press(qtbot, Qt.Key.Key_Space)
    assert QApplication.focusWidget() is view.missing.list
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    assert view.current_area() == "management"
    assert QApplication.focusWidget() is view.stack.currentWidget().cards["q_strategy"].focus_target()


def test_arrows_in_the_area_list_browse_pages_and_enter_goes_into_the_page(view, qtbot, mini_instrument, shop):
    view.set_assessment(mini_instrument, shop, Assessment.new(mini_instrument))
    view.areas.setFocus()
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    assert view.current_area() == "production"
    assert QApplication.focusWidget() is view.areas
    press(qtbot, Qt.Key.Key_Return)
    assert QApplication.focusWidget() is view.stack.currentWidget().cards["q_operations"].focus_target()
