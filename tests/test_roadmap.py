"""The roadmap: what to do next, in which order, and which policies can pay for each step."""

from datetime import date
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cds_desktop.domain.assessment import Answer, Assessment
from cds_desktop.domain.business import Business
from cds_desktop.domain.conditions import applies
from cds_desktop.domain.instrument import current_instrument, load_instrument
from cds_desktop.domain.plan import make_plan
from cds_desktop.domain.eligibility import NOT_ELIGIBLE
from cds_desktop.domain.policies import shipped_catalog
from cds_desktop.domain.roadmap import PHASES
from cds_desktop.domain.scoring import score

from conftest import instrument_doc, ladder, mini_questions, ticks_for_level

ON = date(2026, 2, 1)


def answered(instrument, business, level, overrides=None, targets=None, status="completed"):
    """Every applicable question answered at `level` (a checklist ticks the matching share of its tools)."""
    a = Assessment.new(instrument, on=ON)
    for q in instrument.questions:
        if not applies(q, business, a.answers):
            continue
        if q.type == "ladder":
            answer = Answer.ladder(level)
        else:
            answer = ticks_for_level(q, level)
        a = a.with_answer(q.id, answer)
    for qid, answer in (overrides or {}).items():
        a = a.with_answer(qid, answer)
    return a._replace(targets=targets or {}, status=status)


def plan_for(instrument, business, assessment, on=ON):
    return make_plan(instrument, business, assessment, on=on)


@pytest.fixture
def real():
    return current_instrument()


def firm(**extra):
    profile = {"sector": "trade_services", "employees": 20, "annual_revenue_vnd": 20_000_000_000, **extra}
    return Business(name="Công ty Gió Lào", entity_type="enterprise", **profile)


def shop(revenue=900_000_000):
    return Business(name="Tạp hóa Đông Hà", entity_type="household", sector="trade_services", employees=2,
                    annual_revenue_vnd=revenue, sells_to_consumers=True)


# ------------------------------------------------------------ which steps


def test_a_business_at_level_5_everywhere_gets_an_empty_roadmap(real):
    for business in (firm(), shop(), firm(sector="agriculture_forestry_fishery", annual_revenue_vnd=None,
                                          total_capital_vnd=2_000_000_000)):
        plan = plan_for(real, business, answered(real, business, 5))
        assert plan.roadmap.is_empty and plan.roadmap.steps == ()
        assert [p["steps"] for p in plan.roadmap.to_json()["phases"]] == [[], [], []]


def test_level_5_everywhere_on_the_mini_instrument_is_also_empty(mini_instrument, workshop):
    assert plan_for(mini_instrument, workshop, answered(mini_instrument, workshop, 5)).roadmap.is_empty


def test_every_answer_below_5_gets_one_step_to_the_next_level(mini_instrument, workshop):
    plan = plan_for(mini_instrument, workshop, answered(mini_instrument, workshop, 2))
    steps = {s.question_id: s for s in plan.roadmap.steps}
    assert set(steps) == {q.id for q in mini_instrument.questions}
    step = steps["q_customer"]
    assert (step.from_level, step.to_level, step.text["vi"]) == (2, 3, "Bước 2")
    assert (step.area, step.pillar, step.effort, step.cost, step.funding) == (
        "business", "customer", "low", "low", ("consulting",))
    # a checklist at level 2 has 1 of 4 tools (25 %); the next tool makes 50 %, level 3
    assert steps["q_tools"].text["vi"] == "Dùng b." and steps["q_tools"].adds_options == ("b",)


def test_na_hidden_and_unanswered_questions_get_no_step(mini_instrument, shop):
    a = answered(mini_instrument, shop, 1, overrides={"q_payroll": Answer.ladder(None)}, status="draft")
    a = a.with_answer("q_data", None).with_answer("q_factory", Answer.ladder(0))  # q_factory is hidden for a shop
    ids = {s.question_id for s in plan_for(mini_instrument, shop, a).roadmap.steps}
    assert {"q_payroll", "q_data", "q_factory"}.isdisjoint(ids) and "q_customer" in ids


def test_consultant_targets_set_the_level_to_reach(mini_instrument, workshop):
    a = answered(mini_instrument, workshop, 2, targets={"q_customer": 4, "q_strategy": 2, "q_culture": 1})
    steps = {s.question_id: s for s in plan_for(mini_instrument, workshop, a).roadmap.steps}
    assert steps["q_customer"].to_level == 4
    assert "q_strategy" not in steps and "q_culture" not in steps  # already at or above the target


# ------------------------------------------------------------ ranking and phases


def _instrument(write_instrument, questions):
    return load_instrument(write_instrument(instrument_doc(questions)))


def test_phases_put_quick_wins_first_and_big_efforts_last(write_instrument, workshop):
    instrument = _instrument(write_instrument, [
        ladder("quick", "business", "customer", effort="low", cost="low"),
        ladder("middle", "business", "strategy", effort="medium", cost="low"),
        ladder("big", "business", "technology", effort="high", cost="high"),
        ladder("far", "business", "data", effort="low", cost="medium"),
    ])
    a = answered(instrument, workshop, 1, targets={"far": 4})
    phases = {p.id: [s.question_id for s in p.steps] for p in plan_for(instrument, workshop, a).roadmap.phases}
    assert phases == {"months_0_3": ["quick"], "months_3_12": ["middle"], "months_12_plus": ["far", "big"]}
    assert [p.id for p in plan_for(instrument, workshop, a).roadmap.phases] == [pid for pid, _ in PHASES]


def test_bigger_gap_times_weight_ranks_first(write_instrument, workshop):
    instrument = _instrument(write_instrument, [
        ladder("light", "business", "customer", weight=1),
        ladder("heavy", "business", "strategy", weight=3),
        ladder("medium", "business", "technology", weight=2),
    ])
    steps = plan_for(instrument, workshop, answered(instrument, workshop, 2)).roadmap.steps
    assert [s.question_id for s in steps] == ["heavy", "medium", "light"]


def test_weaker_areas_come_first_for_the_same_gap_and_weight(write_instrument, workshop):
    instrument = _instrument(write_instrument, [
        ladder("strong_area", "business", "customer"),
        ladder("weak_area", "management", "strategy"),
    ])
    a = answered(instrument, workshop, 3, overrides={"weak_area": Answer.ladder(1)}, targets={"strong_area": 4,
                                                                                           "weak_area": 2})
    steps = plan_for(instrument, workshop, a).roadmap.steps
    assert [s.question_id for s in steps] == ["weak_area", "strong_area"]
    assert steps[0].priority == 1 * (2 - Fraction(20, 100)) and steps[1].priority == 2 - Fraction(60, 100)


@settings(max_examples=40, deadline=None)
@given(levels=st.lists(st.integers(0, 5), min_size=9, max_size=9))
def test_steps_are_ranked_by_priority_within_each_phase(levels):
    import json
    import tempfile
    from pathlib import Path

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "mini.json"
        path.write_text(json.dumps(instrument_doc(mini_questions()), ensure_ascii=False), encoding="utf-8")
        instrument = load_instrument(path)
    business = Business(name="Xưởng", entity_type="enterprise", sector="industry_construction", employees=25,
                        annual_revenue_vnd=12_000_000_000)
    a = Assessment.new(instrument, on=ON)
    for q, level in zip(instrument.questions, levels):
        scored = [o.id for o in q.scored_options]
        a = a.with_answer(q.id, Answer.ladder(level) if q.type == "ladder" else Answer.checklist(
            scored[:level] if level else ["none"]))
    roadmap = plan_for(instrument, business, a).roadmap
    for phase in roadmap.phases:
        priorities = [s.priority for s in phase.steps]
        assert priorities == sorted(priorities, reverse=True)
    result = score(instrument, business, a)
    assert len(roadmap.steps) == sum(1 for qs in result.questions.values() if qs.level is not None and qs.level < 5)


# ------------------------------------------------------------ obligations and funding


def test_unmet_einvoice_obligation_comes_first_for_an_enterprise(real):
    business = firm(sells_to_consumers=False)
    a = answered(real, business, 1, overrides={"biz_einvoice": Answer.ladder(0)})
    steps = plan_for(real, business, a).roadmap.steps
    first = steps[0]
    assert first.question_id == "biz_einvoice" and first.obligation and first.phase == "months_0_3"
    assert (first.from_level, first.to_level) == (0, 2)  # up to the level that meets the obligation
    assert first.obligated_by == ("nd123-einvoice-organisations",)
    # the other duty: personal data (Law 91/2025) asks for a data-protection policy (security level 3)
    assert {s.question_id for s in steps if s.obligation} == {"biz_einvoice", "mgt_security"}


def test_met_einvoice_obligation_is_not_a_step(real):
    business = firm()
    a = answered(real, business, 1, overrides={"biz_einvoice": Answer.ladder(2)})
    einvoice = [s for s in plan_for(real, business, a).roadmap.steps if s.question_id == "biz_einvoice"]
    assert einvoice and not einvoice[0].obligation and einvoice[0].to_level == 3


def test_small_household_has_no_einvoice_obligation_but_a_large_one_does(real):
    small, big = shop(900_000_000), shop(1_500_000_000)
    for business, expected in ((small, ()), (big, ("nd70-cash-register",))):
        a = answered(real, business, 1, overrides={"biz_einvoice": Answer.ladder(0)})
        step = next(s for s in plan_for(real, business, a).roadmap.steps if s.question_id == "biz_einvoice")
        assert step.obligated_by == expected


def test_steps_list_only_eligible_or_to_check_supports_that_fund_them(real):
    business = shop()
    plan = plan_for(real, business, answered(real, business, 1))
    assert plan.roadmap.steps
    for step in plan.roadmap.steps:
        for m in step.policies:
            assert m.eligibility != NOT_ELIGIBLE and m.policy.kind == "support"
            assert set(m.policy.funds) & set(step.funding)
            assert not m.policy.id.startswith("nd80")  # a household is not an enterprise
    platform_steps = [s for s in plan.roadmap.steps if "digital_platform" in s.funding]
    assert all("nq198-free-platforms" in {m.policy.id for m in s.policies} for s in platform_steps)


def test_policies_know_which_roadmap_steps_they_can_fund(real):
    business = firm()
    plan = plan_for(real, business, answered(real, business, 1, overrides={"biz_einvoice": Answer.ladder(0)}))
    for m in plan.policies:
        expected = [s.question_id for s in plan.roadmap.steps
                    if m.policy.id in {x.policy.id for x in (*s.policies, *s.reminders)}
                    or m.policy.id in s.obligated_by]
        assert list(m.relevant_steps) == expected
    assert "biz_einvoice" in next(m for m in plan.policies if m.policy.id == "nd123-einvoice-organisations").relevant_steps


# ------------------------------------------------------------ the plan


def test_plan_bundles_score_roadmap_policies_and_catalog(real):
    business = firm()
    a = answered(real, business, 2)
    plan = make_plan(real, business, a)
    assert plan.on == date.today() and plan.catalog == shipped_catalog()
    assert plan.result == score(real, business, a)
    data = plan.to_json("en")
    assert set(data) >= {"on", "catalogs", "score", "roadmap", "policies"}
    assert data == make_plan(real, business, a, on=date.today()).to_json("en")  # deterministic


# ------------------------------------------------------------ the support column


def _sample_plan(on=date(2026, 12, 1)):
    from cds_desktop.domain.sample import sample_file

    sample = sample_file()
    return make_plan(sample.instrument, sample.business, sample.assessment, on=on)


def test_each_step_lists_at_most_three_supports_that_pay_for_its_own_kind_of_cost():
    steps = _sample_plan().roadmap.steps
    assert steps
    for step in steps:
        assert len(step.policies) <= 3
        for m in step.policies:
            assert m.policy.kind == "support" and m.eligibility != NOT_ELIGIBLE
            assert set(m.policy.funds) & set(step.funding), (step.question_id, m.policy.id)
    assert sum(len(s.policies) for s in steps) / len(steps) <= 2


def test_a_step_that_costs_nothing_shows_no_support(real):
    business = firm()
    a = answered(real, business, 1)  # fnd_backup at 1: "set a weekly backup schedule"
    step = next(s for s in plan_for(real, business, a, on=date(2026, 12, 1)).roadmap.steps
                if s.question_id == "fnd_backup")
    assert "weekly backup schedule" in step.text["en"]
    assert step.funding == () and step.policies == ()


def test_supports_are_ranked_eligible_first_and_in_force_before_proposed():
    from cds_desktop.domain.eligibility import ELIGIBLE

    for step in _sample_plan().roadmap.steps:
        ranks = [(m.eligibility != ELIGIBLE, m.policy.status == "proposed") for m in step.policies]
        assert ranks == sorted(ranks), step.question_id


def test_no_support_appears_on_almost_every_step():
    steps = _sample_plan().roadmap.steps
    for pid in {m.policy.id for s in steps for m in s.policies}:
        assert sum(pid in {m.policy.id for m in s.policies} for s in steps) < len(steps) / 2, pid


def test_a_proposed_100_percent_never_appears_in_a_step_line_without_de_xuat():
    for lang, word in (("vi", "đề xuất"), ("en", "proposed")):
        for step in _sample_plan().roadmap.steps:
            for line in step.support_lines(lang):
                if "100 %" in line or "100%" in line:
                    assert word in line.lower(), line
            for item in step.to_json(lang)["policies"]:
                if item["status"] == "proposed":
                    assert word in item["line"].lower()


def test_the_personal_data_duty_is_recalled_where_customer_data_is_asked_about(real):
    business = firm()
    plan = plan_for(real, business, answered(real, business, 1), on=date(2026, 12, 1))
    step = next(s for s in plan.roadmap.steps if s.question_id == "biz_customer_data")
    assert [m.policy.id for m in step.reminders] == ["pdpl-91-2025"]
    assert "pdpl-91-2025" in step.to_json()["reminders"]
