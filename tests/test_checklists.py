"""Checklists that fit the business: options "not relevant to us", and next steps built from what is missing."""

import json
from datetime import date

import pytest

from cds_desktop.domain.assessment import Answer, Assessment, load_assessment_file, parse_assessment_file
from cds_desktop.domain.instrument import load_instrument
from cds_desktop.domain.plan import make_plan
from cds_desktop.domain.scoring import score
from cds_desktop.errors import InputError

from conftest import REPO, checklist, instrument_doc, ladder

SAMPLE = REPO / "assessments" / "samples" / "sample-assessment.json"
CHANNELS = ("chat", "page", "shop", "livestream", "b2b")


@pytest.fixture
def channels(write_instrument):
    """A sales-channel checklist where live-streams and dealer ordering may not be relevant."""
    return load_instrument(write_instrument(instrument_doc([
        checklist("channels", "business", "customer", options=CHANNELS, not_relevant=("livestream", "b2b")),
        ladder("q_strategy", "management", "strategy"),
    ])))


def assess(instrument, answer):
    return Assessment.new(instrument).with_answer("channels", answer)


def test_not_relevant_option_leaves_the_denominator(channels, shop):
    homestay = Answer.checklist(["chat", "page", "shop"], not_relevant=("livestream", "b2b"))
    result = score(channels, shop, assess(channels, homestay))
    assert result.questions["channels"].level == 5 and result.area("business").score == 100.0
    # without the marks, three of five channels is 60 %: level 3
    plain = score(channels, shop, assess(channels, Answer.checklist(["chat", "page", "shop"])))
    assert plain.questions["channels"].level == 3


def test_every_option_not_relevant_counts_like_not_applicable(write_instrument, shop):
    only_optional = load_instrument(write_instrument(instrument_doc([
        checklist("channels", "business", "customer", options=("a", "b"), not_relevant=("a", "b"))])))
    result = score(only_optional, shop, assess(only_optional, Answer.checklist(["none"], not_relevant=("a", "b"))))
    assert result.questions["channels"].answered and result.area("business").score is None


def test_checklist_step_adds_options_neither_ticked_nor_not_relevant(channels, workshop):
    answer = Answer.checklist(["page"], not_relevant=("livestream",))
    plan = make_plan(channels, workshop, assess(channels, answer), on=date(2026, 12, 1))
    step = next(s for s in plan.roadmap.steps if s.question_id == "channels")
    # 1 of 4 relevant = 25 % (level 2); "chat" makes 50 % (level 3); "page" is ticked, "livestream" not relevant
    assert (step.from_level, step.to_level, step.adds_options) == (2, 3, ("chat",))
    assert step.text["vi"] == "Dùng chat." and step.to_json("en")["adds_options"] == ["chat"]


def test_checklist_step_to_a_target_adds_as_few_options_as_reach_it(channels, workshop):
    a = assess(channels, Answer.checklist(["none"]))
    a = a._replace(targets={"channels": 4})
    step = next(s for s in make_plan(channels, workshop, a).roadmap.steps if s.question_id == "channels")
    assert step.adds_options == ("chat", "page", "shop", "livestream")[:4] and step.to_level == 4  # 4/5 = 80 %


def test_all_relevant_options_ticked_gives_no_step(channels, workshop):
    answer = Answer.checklist(["chat", "page", "shop", "b2b"], not_relevant=("livestream",))
    plan = make_plan(channels, workshop, assess(channels, answer))
    assert all(s.question_id != "channels" for s in plan.roadmap.steps)


def test_sample_is_never_told_to_do_what_it_ticked():
    loaded = load_assessment_file(SAMPLE)
    plan = make_plan(loaded.instrument, loaded.business, loaded.assessment, on=date(2026, 12, 1))
    checklist_steps = [s for s in plan.roadmap.steps if loaded.instrument.question(s.question_id).type == "checklist"]
    assert checklist_steps
    for step in checklist_steps:
        ticked = set(loaded.assessment.answers[step.question_id].selected)
        assert step.adds_options and ticked.isdisjoint(step.adds_options), step.question_id
    texts = {s.question_id: s.text["en"] for s in checklist_steps}
    assert "VietQR" not in texts["ecm_online_payments"] and "fibre" not in texts["fnd_internet_devices"]
    assert "VNeID" not in texts["biz_public_services"]
    steps_json = [s for p in plan.roadmap.to_json("en")["phases"] for s in p["steps"]]
    assert all("adds_options" in s for s in steps_json)


def _sample_with(mutate):
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    mutate(doc["assessment"]["answers"])
    return doc


def test_not_relevant_marks_survive_the_assessment_file():
    doc = _sample_with(lambda a: a["ecm_online_payments"].update(not_relevant=["card"]))
    loaded = parse_assessment_file(doc)
    assert loaded.assessment.answers["ecm_online_payments"].not_relevant == ("card",)
    again = parse_assessment_file(json.loads(loaded.dumps()))
    assert again.assessment.answers["ecm_online_payments"].not_relevant == ("card",)


@pytest.mark.parametrize("mutate,words", [
    (lambda a: a["ecm_online_payments"].update(not_relevant=["vietqr"]), "cannot be marked 'not relevant'"),
    (lambda a: a["fnd_internet_devices"].update(not_relevant=["pos_scanner"], selected=["fiber", "pos_scanner"]),
     "both ticked and marked"),
    (lambda a: a["biz_marketing"].update(not_relevant=["x"]), "only an answered checklist"),
])
def test_wrong_not_relevant_marks_are_refused_with_the_reason(mutate, words):
    with pytest.raises(InputError) as raised:
        parse_assessment_file(_sample_with(mutate))
    message = raised.value.render("en")
    assert words in message and "not_relevant" in message


def test_shipped_options_that_may_be_not_relevant_are_the_ones_real_businesses_can_lack():
    loaded = load_assessment_file(SAMPLE)
    allowed = {(q.id, o.id) for q in loaded.instrument.questions for o in q.options if o.not_relevant_allowed}
    assert {("biz_sales_channels", "livestream"), ("biz_sales_channels", "b2b_ordering"),
            ("biz_public_services", "social_insurance"), ("mgt_software", "hr_payroll")} <= allowed
    assert ("biz_public_services", "etax") not in allowed and ("fnd_internet_devices", "fiber") not in allowed
    assert all(o.step for q in loaded.instrument.questions for o in q.scored_options)
