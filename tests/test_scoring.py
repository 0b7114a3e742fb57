"""Scores and DBI levels: N/A and skip logic, level bands, the overall rule, extremes."""

from fractions import Fraction

import pytest

from cds_desktop.domain.assessment import Answer, Assessment
from cds_desktop.domain.scoring import level_of_share, overall_level, score


def assess(instrument, answers, status="draft"):
    a = Assessment.new(instrument)
    for qid, answer in answers.items():
        a = a.with_answer(qid, answer)
    return a


def all_at(instrument, level):
    """Every question at 0 or 5 (checklists: nothing or everything)."""
    answers = {}
    for q in instrument.questions:
        if q.type == "ladder":
            answers[q.id] = Answer.ladder(level)
        else:
            answers[q.id] = Answer.checklist([o.id for o in q.scored_options] if level == 5 else ["none"])
    return answers


def test_na_answer_leaves_the_denominator(mini_instrument, workshop):
    answers = {"q_strategy": Answer.ladder(4), "q_payroll": Answer.ladder(None)}
    result = score(mini_instrument, workshop, assess(mini_instrument, answers))
    management = result.area("management")
    assert management.max_points == 5 and management.points == 4
    assert management.score == 80.0


def test_skipped_question_leaves_the_denominator(mini_instrument, shop, workshop):
    answers = {"q_operations": Answer.ladder(5), "q_factory": Answer.ladder(0)}
    # the shop makes no goods: the factory question is hidden, its stored answer ignored
    assert score(mini_instrument, shop, assess(mini_instrument, answers)).area("production").score == 100.0
    # the workshop makes goods: 5 of 5 plus 0 of 10 points
    assert score(mini_instrument, workshop, assess(mini_instrument, answers)).area("production").points == 5
    assert score(mini_instrument, workshop, assess(mini_instrument, answers)).area("production").max_points == 15


def test_unanswered_question_lowers_completeness_not_the_score(mini_instrument, shop):
    result = score(mini_instrument, shop, assess(mini_instrument, {"q_customer": Answer.ladder(3)}))
    assert result.area("business").score == 60.0
    # the shop has 8 applicable questions (the factory one is hidden), one answered
    assert result.completeness == Fraction(1, 8)


def test_na_counts_as_answered_for_completeness(mini_instrument, shop):
    result = score(mini_instrument, shop, assess(mini_instrument, {"q_payroll": Answer.ladder(None)}))
    assert result.completeness == Fraction(1, 8)
    assert result.area("management").score is None  # nothing counted: not assessed, not zero


def test_checklist_level_is_the_band_of_the_share_of_options_ticked(mini_instrument, shop):
    half = score(mini_instrument, shop, assess(mini_instrument, {"q_tools": Answer.checklist(["a", "b"])}))
    assert half.questions["q_tools"].level == 3  # 2 of 4 = 50 %: level 3, on the band edge
    assert half.area("ecommerce").points == 3
    one = score(mini_instrument, shop, assess(mini_instrument, {"q_tools": Answer.checklist(["a"])}))
    assert one.questions["q_tools"].level == 2 and one.area("ecommerce").score == 40.0  # 25 %: level 2
    none = score(mini_instrument, shop, assess(mini_instrument, {"q_tools": Answer.checklist(["none"])}))
    assert none.area("ecommerce").points == 0 and none.area("ecommerce").max_points == 5


@pytest.mark.parametrize("share,level", [
    (0, 0), (Fraction(999, 100), 0), (10, 1), (20, 1), (Fraction(2001, 100), 2), (40, 2),
    (Fraction(4001, 100), 3), (60, 3), (Fraction(6001, 100), 4), (80, 4), (Fraction(8001, 100), 5), (100, 5)])
def test_level_bands_at_their_boundaries(share, level):
    assert level_of_share(share) == level


@pytest.mark.parametrize("share,pillars,level", [
    (Fraction(8001, 100), [5] * 6, 5),
    (80, [5] * 6, 4),                      # exactly 80 is not above 80
    (Fraction(8001, 100), [5] * 5 + [4], 4),  # one pillar below 5 blocks level 5
    (Fraction(6001, 100), [4] * 5 + [0], 4),
    (Fraction(6001, 100), [4] * 4 + [3, 3], 3),  # only four pillars at 4
    (60, [5] * 6, 3),
    (Fraction(4001, 100), [3] * 4 + [0, 0], 3),
    (Fraction(4001, 100), [3] * 3 + [2] * 3, 2),
    (Fraction(2001, 100), [2] * 4 + [0, 0], 2),
    (20, [2] * 6, 1),
    (Fraction(626, 100), [1] * 4 + [0, 0], 1),
    (Fraction(625, 100), [1] * 6, 0),         # 6.25 is not above 6.25
    (Fraction(626, 100), [1] * 3 + [0] * 3, 0),
])
def test_overall_rule_at_its_boundaries(share, pillars, level):
    assert overall_level(Fraction(share), pillars) == level


def test_fewer_pillars_scale_the_counts_rounding_up():
    # three pillars assessed: level 3 needs ceil(4 x 3 / 6) = 2 of them at >= 3
    assert overall_level(Fraction(50), [3, 3, 0]) == 3
    assert overall_level(Fraction(50), [3, 2, 2]) == 2
    # level 5 still needs every assessed pillar at 5
    assert overall_level(Fraction(90), [5, 5, 4]) == 4


def test_all_zero_is_level_zero(mini_instrument, workshop):
    result = score(mini_instrument, workshop, assess(mini_instrument, all_at(mini_instrument, 0)))
    assert result.overall.score == 0.0 and result.overall_level == 0
    assert all(a.level == 0 for a in result.areas)


def test_all_maximum_is_level_five_and_score_100(mini_instrument, workshop):
    result = score(mini_instrument, workshop, assess(mini_instrument, all_at(mini_instrument, 5)))
    assert result.overall.score == 100.0 and result.overall_level == 5
    assert all(p.level == 5 for p in result.pillars)


def test_result_says_when_pillar_counts_were_scaled(mini_instrument, workshop):
    result = score(mini_instrument, workshop, assess(mini_instrument, {"q_customer": Answer.ladder(5)}))
    assert result.pillars_assessed == 1 and result.pillar_counts_scaled
    assert "1/6" in result.to_json("vi")["note"] and "1/6" in result.to_json("en")["note"]
