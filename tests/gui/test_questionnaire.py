"""The questionnaire view: answering, N/A, notes, skip logic, progress, completion, language."""

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from cds_desktop.domain.assessment import Answer, Assessment, Assessor
from cds_desktop.domain.business import Business
from cds_desktop.domain.instrument import load_instrument
from cds_desktop.gui.language import language
from cds_desktop.gui.questionnaire import QuestionnaireView
from cds_desktop.gui.questionnaire.question import NA
from conftest import instrument_doc, ladder


@pytest.fixture
def vi():
    language().set("vi")
    yield
    language().set("vi")


@pytest.fixture
def farm():
    return Business(name="HTX nông nghiệp Hải Lăng", entity_type="cooperative", sector="agriculture_forestry_fishery",
                    employees=12, annual_revenue_vnd=4_000_000_000, commune="Hải Lăng")


@pytest.fixture
def open_view(qtbot, vi):
    def open_(instrument, business, assessment=None):
        view = QuestionnaireView()
        qtbot.addWidget(view)
        view.resize(1280, 720)
        view.show()
        qtbot.waitExposed(view)
        view.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is view)
        view.set_assessment(instrument, business, assessment or Assessment.new(instrument))
        return view
    return open_


def card(view, qid):
    return view._page(view._instrument.question(qid).area).cards[qid]


def test_choosing_a_level_changes_the_assessment_once(open_view, mini_instrument, shop, qtbot):
    view = open_view(mini_instrument, shop)
    seen = []
    view.assessmentChanged.connect(seen.append)
    card(view, "q_customer").rows[3].button.click()
    assert len(seen) == 1
    assert seen[0].answers["q_customer"] == Answer.ladder(3)
    assert view.assessment() is seen[0]


def test_not_applicable_and_notes_are_stored_with_the_answer(open_view, mini_instrument, shop, qtbot):
    view = open_view(mini_instrument, shop)
    payroll = card(view, "q_payroll")
    assert NA in payroll.rows and NA not in card(view, "q_customer").rows  # only where na_allowed
    payroll.rows[NA].button.click()
    assert view.assessment().answers["q_payroll"].na
    payroll.note.setFocus()
    qtbot.keyClicks(payroll.note, "No staff")  # QTest types ASCII only
    assert view.assessment().answers["q_payroll"] == Answer.ladder(None, "No staff")
    payroll.rows[1].button.click()
    assert view.assessment().answers["q_payroll"] == Answer.ladder(1, "No staff")


def test_a_note_can_come_before_the_answer(open_view, mini_instrument, shop, qtbot):
    view = open_view(mini_instrument, shop)
    c = card(view, "q_customer")
    c.note.setFocus()
    qtbot.keyClicks(c.note, "Ask the accountant")
    assert view.assessment().answers["q_customer"] == Answer(note="Ask the accountant")
    assert "q_customer" in view.missing_question_ids()  # a note alone does not answer it
    c.rows[3].button.click()
    assert view.assessment().answers["q_customer"] == Answer.ladder(3, "Ask the accountant")


def test_clearing_an_answer_removes_it(open_view, mini_instrument, shop):
    view = open_view(mini_instrument, shop)
    c = card(view, "q_customer")
    c.rows[2].button.click()
    c.clear.click()
    assert "q_customer" not in view.assessment().answers
    assert not any(row.button.isChecked() for row in c.rows.values())


def test_ticking_none_asks_then_unticks_the_other_options_and_vice_versa(open_view, mini_instrument, shop, messages):
    view = open_view(mini_instrument, shop)
    tools = card(view, "q_tools")
    tools.rows["a"].button.click()
    tools.rows["c"].button.click()
    assert view.assessment().answers["q_tools"].selected == ("a", "c")
    messages.answer = False  # "none" would clear two ticks: the user is asked and says no
    tools.rows["none"].button.click()
    assert messages[-1][0] == "confirm" and "2" in messages[-1][2]
    assert view.assessment().answers["q_tools"].selected == ("a", "c") and not tools.rows["none"].button.isChecked()
    messages.answer = True
    tools.rows["none"].button.click()
    assert view.assessment().answers["q_tools"].selected == ("none",)
    assert not tools.rows["a"].button.isChecked() and not tools.rows["c"].button.isChecked()
    tools.rows["b"].button.click()
    assert view.assessment().answers["q_tools"].selected == ("b",)
    assert not tools.rows["none"].button.isChecked()
    tools.rows["b"].button.click()  # nothing ticked: no answer
    assert "q_tools" not in view.assessment().answers


def test_a_completed_assessment_opens_locked_until_unlocked(open_view, mini_instrument, shop):

    done = Assessment.new(mini_instrument)._replace(status="completed").with_answer("q_tools", Answer.checklist(["a"]))
    view = open_view(mini_instrument, shop, done)
    tools = card(view, "q_tools")
    changes = []
    view.assessmentChanged.connect(changes.append)
    tools.rows["b"].button.click()
    tools.note.setPlainText("đổi")
    assert not changes and not tools.rows["b"].button.isChecked() and tools.rows["a"].button.isChecked()
    assert view.amend_button.accessibleName() and not tools.clear.isVisible()
    view.unlock(done.amend())
    tools.rows["b"].button.click()
    assert changes[-1].answers["q_tools"].selected == ("a", "b") and changes[-1].amended_at


def test_a_loaded_assessment_shows_its_answers(open_view, mini_instrument, shop):
    assessment = Assessment.new(mini_instrument).with_answer("q_customer", Answer.ladder(4, "Có website")) \
        .with_answer("q_tools", Answer.checklist(["b", "d"])).with_answer("q_payroll", Answer.ladder(None))
    view = open_view(mini_instrument, shop, assessment)
    assert card(view, "q_customer").rows[4].button.isChecked()
    assert card(view, "q_customer").note.toPlainText() == "Có website"
    assert [k for k, r in card(view, "q_tools").rows.items() if r.button.isChecked()] == ["b", "d"]
    assert card(view, "q_payroll").rows[NA].button.isChecked()
    assert view.assessment() is assessment


def test_questions_for_producers_are_hidden_for_a_shop_with_the_reason(open_view, mini_instrument, shop):
    view = open_view(mini_instrument, shop)
    view.go_to_area("production")
    page = view._pages["production"]
    assert page.cards["q_factory"].isHidden()
    assert not page.skipped_toggle.isHidden()
    assert "1" in page.skipped_toggle.text()
    assert page.skipped_list.isHidden()  # collapsed until asked for
    page.skipped_toggle.click()
    assert not page.skipped_list.isHidden()
    assert "Chỉ cho cơ sở sản xuất" in page.skipped_list.text()
    assert view.progress()["production"] == (0, 1)


def test_questions_for_producers_are_shown_for_a_farm(open_view, mini_instrument, farm):
    view = open_view(mini_instrument, farm)
    view.go_to_area("production")
    page = view._pages["production"]
    assert not page.cards["q_factory"].isHidden()
    assert page.skipped_toggle.isHidden()
    page.show_skipped()
    assert page.skipped_list.isHidden()  # no empty box
    assert view.progress()["production"] == (0, 2)


def test_a_question_appears_when_an_earlier_answer_makes_it_apply(open_view, write_instrument, shop):
    questions = [ladder("q_web", "ecommerce", "customer"),
                 ladder("q_seo", "ecommerce", "customer", applies_if={"answer": "q_web", "min_level": 2},
                        skip_reason={"vi": "Chỉ khi đã có website", "en": "Only with a website"})]
    instrument = load_instrument(write_instrument(instrument_doc(questions)))
    view = open_view(instrument, shop)
    seo = card(view, "q_seo")
    assert not seo.isHidden()  # unknown until q_web is answered: asked
    card(view, "q_web").rows[0].button.click()
    assert seo.isHidden()
    assert view.missing_question_ids() == []
    card(view, "q_web").rows[3].button.click()
    assert not seo.isHidden()
    assert view.missing_question_ids() == ["q_seo"]


def test_progress_counts_answered_of_applicable_per_area_and_overall(open_view, mini_instrument, shop):
    view = open_view(mini_instrument, shop)
    assert view.progress() == {"business": (0, 1), "management": (0, 3), "production": (0, 1),
                               "ecommerce": (0, 1), "foundation": (0, 2)}
    card(view, "q_strategy").rows[2].button.click()
    card(view, "q_payroll").rows[NA].button.click()  # N/A counts as answered
    card(view, "q_tools").rows["none"].button.click()
    assert view.progress()["management"] == (2, 3)
    assert view.progress()["ecommerce"] == (1, 1)
    assert re.search(r"\b2\D+3\b", view.areas.item(1).text()) and "✓" in view.areas.item(3).text()
    assert re.search(r"\b3\D+8\b", view.overall_label.text())
    assert view.overall_bar.value() == 3 and view.overall_bar.maximum() == 8


def test_completing_lists_unanswered_questions_and_a_link_jumps_there(open_view, mini_instrument, shop, qtbot):
    view = open_view(mini_instrument, shop)
    card(view, "q_customer").rows[1].button.click()
    with qtbot.assertNotEmitted(view.completeRequested):
        view.complete_button.click()
    assert not view.missing.isHidden()
    listed = [view.missing.list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(view.missing.list.count())]
    assert listed == ["q_strategy", "q_technology", "q_operations", "q_culture", "q_data", "q_tools", "q_payroll"]
    assert "q_factory" not in listed  # does not apply to a shop
    item = view.missing.list.item(listed.index("q_data"))
    rect = view.missing.list.visualItemRect(item)
    qtbot.mouseClick(view.missing.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.current_area() == "foundation"
    target = view._pages["foundation"].cards["q_data"]
    assert QApplication.focusWidget() is target.focus_target()
    target.focus_target().click()
    assert view.missing.list.count() == 6  # the list follows the answers


def test_completing_with_everything_answered_requests_completion(open_view, mini_instrument, shop, qtbot):
    assessment = Assessment.new(mini_instrument)
    for q in mini_instrument.questions:
        if q.id != "q_factory":
            assessment = assessment.with_answer(q.id, Answer.ladder(2) if q.type == "ladder" else Answer.checklist(["a"]))
    view = open_view(mini_instrument, shop, assessment)
    with qtbot.waitSignal(view.completeRequested, timeout=1000):
        view.complete_button.click()
    assert view.missing.isHidden()


def test_assessor_name_and_organisation_change_the_assessment(open_view, mini_instrument, shop, qtbot):
    view = open_view(mini_instrument, shop)
    seen = []
    view.assessmentChanged.connect(seen.append)
    box = view.assessor_box
    assert view._pages["business"].isAncestorOf(box)  # on the first page
    box.name.setFocus()
    qtbot.keyClicks(box.name, "Le Van An")  # QTest types ASCII only
    qtbot.keyClicks(box.organization, "So KHCN")
    assert view.assessment().assessor == Assessor("Le Van An", "So KHCN")
    assert len(seen) == len("Le Van An") + len("So KHCN")
    view.set_assessor("", "")
    assert view.assessment().assessor is None


def test_a_new_assessment_replaces_the_pages_and_keeps_the_assessor_box(open_view, mini_instrument, shop, farm):
    view = open_view(mini_instrument, shop)
    old = Assessment.new(mini_instrument, assessor=Assessor("Chị Hoa", "Trung tâm"))
    view.set_assessment(mini_instrument, farm, old)
    assert view.assessor_box.name.text() == "Chị Hoa"
    assert view._pages["business"].isAncestorOf(view.assessor_box)
    assert view.current_area() == "business"


def test_going_to_an_area_or_question_restores_where_the_user_was(open_view, mini_instrument, shop):
    view = open_view(mini_instrument, shop)
    assert view.current_area() == "business"
    assert view.go_to_area("ecommerce") and view.current_area() == "ecommerce"
    assert not view.go_to_area("nowhere")
    assert view.go_to_question("q_culture") and view.current_area() == "management"
    assert QApplication.focusWidget() is view._pages["management"].cards["q_culture"].focus_target()
    assert view.go_to_question("q_factory")  # hidden for a shop: its reason is shown instead
    assert view._pages["production"].skipped_toggle.isChecked()


def test_switching_language_changes_question_texts_live(open_view, mini_instrument, shop):
    view = open_view(mini_instrument, shop)
    c = card(view, "q_customer")
    assert c.text.text() == "Câu q_customer"
    assert "Mức 3" in c.rows[3].label.text()
    language().set("en")
    assert c.text.text() == "Câu q_customer (en)"
    assert "Mức 3 (en)" in c.rows[3].label.text()
    assert "business (en)" in view.areas.item(0).text()
    language().set("vi")
    assert c.text.text() == "Câu q_customer"


def test_every_choice_has_an_accessible_name_with_its_topic_and_level(open_view, mini_instrument, shop):
    view = open_view(mini_instrument, shop)
    for area in mini_instrument.areas:
        view.go_to_area(area.id)
    for page in view._pages.values():
        for c in page.cards.values():
            topic = c.topic_text("vi")
            for key, row in c.rows.items():
                assert row.button.accessibleName().startswith(topic + ":")
                if c.question.type == "ladder" and key != NA:
                    assert f"Level {key}" in row.button.accessibleName() or f"Mức {key}" in row.button.accessibleName()
            assert c.note.accessibleName()


def test_a_checklist_option_can_be_marked_not_relevant(open_view, write_instrument, shop, qtbot):
    from conftest import checklist

    instrument = load_instrument(write_instrument(instrument_doc([
        checklist("channels", "business", "customer", options=("chat", "page", "livestream"),
                  not_relevant=("livestream",))])))
    view = open_view(instrument, shop)
    c = card(view, "channels")
    assert set(c.not_relevant) == {"livestream"}  # only where the instrument allows it
    c.rows["livestream"].button.click()
    with qtbot.waitSignal(c.answerChanged) as changed:
        c.not_relevant["livestream"].click()
    answer = changed.args[1]
    assert answer.not_relevant == ("livestream",) and "livestream" not in (answer.selected or ())
    assert not c.rows["livestream"].button.isEnabled()
    c.rows["chat"].button.click()
    c.rows["page"].button.click()
    assert view.score().questions["channels"].level == 5  # 2 of the 2 relevant channels
    assert view.assessment().answers["channels"].not_relevant == ("livestream",)
    c.not_relevant["livestream"].click()  # relevant again: 2 of 3
    assert c.rows["livestream"].button.isEnabled() and view.score().questions["channels"].level == 4
    assert c.not_relevant["livestream"].accessibleName().endswith("không liên quan đến cơ sở")
