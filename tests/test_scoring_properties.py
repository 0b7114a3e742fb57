"""Invariants of the scoring rule on the shipped questionnaire, over random assessments."""

from fractions import Fraction

from hypothesis import given, settings, strategies as st

from cds_desktop.domain.assessment import Answer, Assessment
from cds_desktop.domain.business import Business
from cds_desktop.domain.vocabulary import entity_types, sectors
from cds_desktop.domain.instrument import current_instrument
from cds_desktop.domain.conditions import applies
from cds_desktop.domain.scoring import answer_level, level_of_share, score

from conftest import ticks_for_level

INSTRUMENT = current_instrument()

businesses = st.builds(
    Business, name=st.just("Cơ sở thử"), entity_type=st.sampled_from(tuple(entity_types())),
    sector=st.sampled_from(tuple(sectors())), employees=st.none() | st.integers(0, 300),
    annual_revenue_vnd=st.none() | st.integers(0, 400 * 10**9), produces_goods=st.none() | st.booleans())


@st.composite
def answer_for(draw, question):
    if question.type == "ladder":
        choices = st.integers(0, 5) | (st.none() if question.na_allowed else st.integers(0, 5))
        return Answer.ladder(draw(choices))
    optional = [o.id for o in question.scored_options if o.not_relevant_allowed]
    not_relevant = draw(st.lists(st.sampled_from(optional), unique=True)) if optional else []
    scored = [o.id for o in question.scored_options if o.id not in not_relevant]
    if draw(st.booleans()) or not scored:
        return Answer.checklist(["none"], not_relevant=not_relevant)
    picked = draw(st.lists(st.sampled_from(scored), min_size=1, unique=True))
    return Answer.checklist(picked, not_relevant=not_relevant)


@st.composite
def assessments(draw):
    answers = {}
    for q in INSTRUMENT.questions:
        if draw(st.integers(0, 9)) > 0:  # most answered, some left open as in a draft
            answers[q.id] = draw(answer_for(q))
    return Assessment(
        id="a", stage="T0", assessed_on="2026-01-01", instrument_id=INSTRUMENT.id,
        instrument_version=INSTRUMENT.version, answers=answers)


def raised(question, answer):
    """The same answer one step better, or None when it cannot go higher."""
    if answer.na:
        return None
    if question.type == "ladder":
        return Answer.ladder(answer.level + 1) if answer.level < 5 else None
    missing = [o.id for o in question.scored_options if o.id not in answer.selected + answer.not_relevant]
    if not missing:
        return None
    kept = [s for s in answer.selected if s != "none"]
    return Answer.checklist(kept + [missing[0]], not_relevant=answer.not_relevant)


def all_scores(result):
    return [result.overall, *result.areas, *result.pillars]


@settings(max_examples=150, deadline=None)
@given(businesses, assessments(), st.data())
def test_raising_one_answer_never_lowers_any_score(business, assessment, data):
    answered = sorted(assessment.answers)
    if not answered:
        return
    qid = data.draw(st.sampled_from(answered))
    better = raised(INSTRUMENT.question(qid), assessment.answers[qid])
    if better is None:
        return
    before = score(INSTRUMENT, business, assessment)
    after = score(INSTRUMENT, business, assessment.with_answer(qid, better))
    for old, new in zip(all_scores(before), all_scores(after)):
        if old.share is not None:
            assert new.share >= old.share, (old.id, qid)
            if old.level is not None:
                assert new.level >= old.level, (old.id, qid)
    if before.overall_level is not None:
        assert after.overall_level >= before.overall_level


@settings(max_examples=100, deadline=None)
@given(businesses, assessments())
def test_scores_stay_within_0_and_100_and_levels_follow_the_bands(business, assessment):
    result = score(INSTRUMENT, business, assessment)
    for item in all_scores(result):
        if item.share is not None:
            assert 0 <= item.share <= 100
            assert item.level in (level_of_share(item.share), None)
            assert (item.level is None) == (2 * item.answered < item.asked)
    assert 0 <= result.completeness <= 1
    # provisional until every applicable question is answered: then, and only then, an overall level
    assert (result.overall_level is None) == (result.completeness < 1)
    if result.overall_level is not None:
        assert 0 <= result.overall_level <= 5


@settings(max_examples=100, deadline=None)
@given(businesses, assessments())
def test_each_question_counts_its_answer_as_the_question_type_reads_it(business, assessment):
    """The level and the answered state are read once per question; every total is built from them."""
    result = score(INSTRUMENT, business, assessment)
    for q in INSTRUMENT.questions:
        qs, answer = result.questions[q.id], assessment.answers.get(q.id)
        answered = answer is not None and answer.is_answered(q)
        applicable = applies(q, business, assessment.answers)
        assert qs.answered == answered, q.id
        assert qs.level == (answer_level(q, answer) if applicable and answered else None), q.id
        assert qs.points == (qs.level or 0) * q.weight and qs.max_points == (5 * q.weight if qs.counted else 0)
    counted = [qs for qs in result.questions.values() if qs.counted]
    assert result.overall.questions == len(counted)
    assert sum(a.questions for a in result.areas) == len(counted)  # each question is in one area


@settings(max_examples=100, deadline=None)
@given(businesses, assessments())
def test_every_area_and_pillar_total_is_exactly_the_sum_of_its_questions(business, assessment):
    """Totals are summed per weight in one pass (the live score does it at each click): the same exact
    fractions as adding every counted question's points one by one."""
    result = score(INSTRUMENT, business, assessment)
    groups = [(area, lambda q, a=area: q.area == a.id) for area in result.areas]
    groups += [(pillar, lambda q, p=pillar: q.pillar == p.id) for pillar in result.pillars]
    for total, belongs in groups:
        asked = [qs for qs in result.questions.values() if qs.applicable and belongs(qs.question)]
        counted = [qs for qs in asked if qs.counted]
        assert total.points == sum((qs.points for qs in counted), Fraction(0)), total.id
        assert total.max_points == sum((qs.max_points for qs in counted), Fraction(0)), total.id
        assert (total.questions, total.asked, total.answered) == (
            len(counted), len(asked), sum(qs.answered for qs in asked)), total.id


@st.composite
def uniform(draw, business, level):
    """Every applicable question at `level`: ladders directly, checklists by a share of their relevant
    options (some marked not relevant where allowed) that lands in that level's band."""
    answers = {}
    for q in INSTRUMENT.questions:
        if q.type == "ladder":
            answers[q.id] = Answer.ladder(level)
            continue
        optional = [o.id for o in q.scored_options if o.not_relevant_allowed]
        not_relevant = draw(st.lists(st.sampled_from(optional), unique=True)) if optional else []
        answer = ticks_for_level(q, level, not_relevant) or ticks_for_level(q, level)
        assert answer is not None, (q.id, level)  # the full option list reaches every level
        answers[q.id] = answer
    return Assessment(id="a", stage="T0", assessed_on="2026-01-01", instrument_id=INSTRUMENT.id,
                      instrument_version=INSTRUMENT.version, answers=answers)


@settings(max_examples=60, deadline=None)
@given(st.integers(0, 5), businesses, st.data())
def test_uniform_answers_give_that_level_overall_and_on_every_pillar(level, business, data):
    result = score(INSTRUMENT, business, data.draw(uniform(business, level)))
    assert not result.provisional
    assert result.overall_level == level
    assert result.overall.share == 20 * level
    for item in (*result.pillars, *result.areas):
        assert item.share is None or item.level == level, (item.id, item.share)


def _all_at(level):
    answers = {}
    for q in INSTRUMENT.questions:
        if q.type == "ladder":
            answers[q.id] = Answer.ladder(level)
        else:
            answers[q.id] = Answer.checklist([o.id for o in q.scored_options] if level == 5 else ["none"])
    return Assessment(id="a", stage="T0", assessed_on="2026-01-01", instrument_id=INSTRUMENT.id,
                      instrument_version=INSTRUMENT.version, answers=answers)


def test_shipped_questionnaire_all_zero_is_level_0_and_all_maximum_is_level_5():
    farm = Business(name="HTX", entity_type="cooperative", sector="agriculture_forestry_fishery", employees=20,
                    annual_revenue_vnd=5 * 10**9)
    low, high = score(INSTRUMENT, farm, _all_at(0)), score(INSTRUMENT, farm, _all_at(5))
    assert (low.overall.score, low.overall_level) == (0.0, 0)
    assert (high.overall.score, high.overall_level) == (100.0, 5)
    assert high.pillars_assessed == 6
