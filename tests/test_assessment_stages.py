"""The order of a business's assessments and the stage a new one takes: one rule in the domain, shared by the
store, the report, the comparison and the Businesses list."""

from types import SimpleNamespace

from hypothesis import given
from hypothesis import strategies as st

from cds_desktop.domain.assessment import next_stage, previous_stage, stage_number, stage_order


def staged(stage: str, on: str, ident: str):
    return SimpleNamespace(stage=stage, assessed_on=on, id=ident)


def test_stages_keep_their_order_whatever_their_day():
    t0, t1, t2 = staged("T0", "2026-01-10", "a"), staged("T1", "2026-06-01", "b"), staged("T2", "2026-03-01", "c")
    assert sorted([t2, t1, t0], key=stage_order) == [t0, t1, t2]
    assert previous_stage(t2, [t0, t1, t2]) is t1 and previous_stage(t0, [t0, t1, t2]) is None


def test_t10_comes_after_t2():
    assert sorted(["T10", "T2", "T1"], key=stage_number) == ["T1", "T2", "T10"]
    assert next_stage(["T0", "T10", "T2"]) == "T11"


@given(st.lists(st.integers(0, 98).map(lambda n: f"T{n}"), max_size=12))  # a stage has two digits at most
def test_the_next_stage_is_one_past_the_highest_and_never_one_taken(stages):
    stage = next_stage(stages)
    assert stage not in stages and stage_number(stage) == max(map(stage_number, stages), default=-1) + 1
