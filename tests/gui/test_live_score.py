"""The score panel beside the questionnaire follows every answer: overall score and level, and the
score of the area on screen, exactly as `domain.scoring` computes them."""

import pytest

from cds_desktop.domain.assessment import Assessment
from cds_desktop.domain.scoring import LEVEL_NAMES, score
from cds_desktop.gui.language import language
from cds_desktop.gui.questionnaire import QuestionnaireView
from cds_desktop.gui.results.figures import number
from cds_desktop.storage.exchange import add_sample


@pytest.fixture
def view(qtbot, mini_instrument, shop):
    view = QuestionnaireView()
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    qtbot.waitExposed(view)
    view.set_assessment(mini_instrument, shop, Assessment.new(mini_instrument))
    return view


def click(view, qid, level):
    area = view._instrument.question(qid).area
    view._page(area).cards[qid].rows[level].button.click()


def test_before_any_answer_the_panel_says_there_is_none(view):
    assert view.score_panel.overall.text() == "—"
    assert view.score_panel.level.text() == "Chưa có câu trả lời"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_each_answer_updates_the_overall_score_at_once_and_the_level_comes_with_the_last(
        view, mini_instrument, shop, lang):
    language().set(lang)
    answers = (("q_customer", 4), ("q_strategy", 1), ("q_culture", 3), ("q_data", 0), ("q_technology", 2),
               ("q_operations", 2), ("q_payroll", 3))
    for qid, level in answers:
        click(view, qid, level)
        expected = score(mini_instrument, shop, view.assessment())
        assert view.score() == expected and expected.provisional
        assert view.score_panel.overall.text().startswith(number(expected.overall.score, lang) + (
            "/100" if lang == "vi" else " / 100"))
        assert view.score_panel.title.text() == {"vi": "Điểm tạm tính", "en": "Provisional score"}[lang]
        assert view.score_panel.level.text() == {"vi": "Chưa có mức", "en": "No level yet"}[lang]
    tools = view._page("ecommerce").cards["q_tools"]
    tools.rows["a"].button.click()  # the last applicable question (the factory one is hidden for a shop)
    expected = score(mini_instrument, shop, view.assessment())
    assert not expected.provisional
    assert view.score_panel.title.text() == {"vi": "Điểm", "en": "Score"}[lang]
    assert LEVEL_NAMES[expected.overall_level][lang] in view.score_panel.level.text()
    assert view.score_panel.level.text().split()[1] == str(expected.overall_level)


def test_the_area_line_shows_the_area_on_screen(view, mini_instrument, shop):
    click(view, "q_customer", 4)  # business area: 4 of 5
    name = mini_instrument.area("business").name["vi"]
    assert view.score_panel.area.text() == f"{name}: 80,0/100, mức 4"
    view.go_to_area("management")
    assert view.score_panel.area.text().endswith("chưa có câu trả lời")
    click(view, "q_strategy", 2)  # one of the three management questions: a score, no level yet
    assert view.score_panel.area.text().endswith("40,0/100, chưa có mức")
    click(view, "q_culture", 3)
    management = score(mini_instrument, shop, view.assessment()).area("management")
    assert view.score_panel.area.text().endswith(f"{number(management.score, 'vi')}/100, mức {management.level}")


def test_in_the_window_the_panel_follows_a_changed_answer_of_the_sample(start_window):
    window = start_window()
    summary = add_sample(window.repo)
    window.refresh(summary.business_id)
    business = window.repo.businesses()[0]
    window.open_assessment(business, window.repo.get_assessment(summary.id))
    q = window.questionnaire
    assert q.score_panel.title.text() == "Điểm"  # every question answered: no longer "so far"
    first = next(question for question in window.instrument.questions if question.type == "ladder")
    card = q._page(first.area).cards[first.id]
    row = next(k for k, r in card.rows.items() if isinstance(k, int) and not r.button.isChecked())
    card.rows[row].button.click()
    expected = score(window.instrument, business, window.assessment)
    assert q.score_panel.overall.text() == f"{number(expected.overall.score, 'vi')}/100"
    assert LEVEL_NAMES[expected.overall_level]["vi"] in q.score_panel.level.text()


def test_a_burst_of_clicks_leaves_the_score_of_the_answers_as_they_end_up(view, mini_instrument, shop):
    """Clicks with nothing repainted in between (a double click, a fast hand): what the panel shows is the score
    of the last answers, never one from the middle of the burst."""
    for qid, level in (("q_customer", 1), ("q_customer", 5), ("q_strategy", 0), ("q_customer", 3), ("q_strategy", 4)):
        click(view, qid, level)
    view._page("business").cards["q_customer"].clear.click()
    click(view, "q_customer", 2)
    answers = view.assessment().answers
    assert (answers["q_customer"].level, answers["q_strategy"].level) == (2, 4)
    expected = score(mini_instrument, shop, view.assessment())
    assert view.score() == expected
    assert view.score_panel.overall.text() == f"{number(expected.overall.score, 'vi')}/100"
    assert f"{number(expected.area('business').score, 'vi')}/100" in view.score_panel.area.text()


ALL_ANSWERED = (("q_customer", 4), ("q_strategy", 1), ("q_culture", 3), ("q_data", 0), ("q_technology", 2),
                ("q_operations", 2), ("q_payroll", 3))


def test_the_level_is_shown_in_its_colour_and_loses_it_when_the_level_goes(view, mini_instrument, shop):
    from cds_desktop.gui.results.figures import LEVEL_COLOURS

    for qid, level in ALL_ANSWERED:
        click(view, qid, level)
    view._page("ecommerce").cards["q_tools"].rows["a"].button.click()
    for level in (5, 0):  # the overall level moves with the answer, and its colour with it
        click(view, "q_customer", level)
        expected = score(mini_instrument, shop, view.assessment()).overall_level
        assert view.score_panel.level.palette().color(view.score_panel.level.foregroundRole()).name() == \
            LEVEL_COLOURS[expected]
    view._page("business").cards["q_customer"].clear.click()  # provisional again: no level, no level colour
    assert view.score_panel.level.text() == "Chưa có mức" and view.score_panel.level.styleSheet() == ""


def test_a_cards_answered_mark_changes_colour_with_its_answer(view):
    card = view._page("business").cards["q_customer"]

    def colour():
        return card.status.palette().color(card.status.foregroundRole()).name()

    unanswered = colour()
    click(view, "q_customer", 3)
    answered = colour()
    click(view, "q_customer", 1)  # answered still: the same mark
    assert answered != unanswered and colour() == answered and card.status.text() == "✓ Đã trả lời"
    card.clear.click()
    assert colour() == unanswered and card.status.text() == "Chưa trả lời"
    click(view, "q_customer", 0)
    assert colour() == answered
