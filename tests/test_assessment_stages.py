"""The order of a business's assessments and the stage a new one takes: one rule in the domain, shared by the
store, the report, the comparison and the Businesses list."""

from types import SimpleNamespace

from hypothesis import given
from hypothesis import strategies as st

from cds_desktop.domain.assessment import (last_assessment, next_stage, next_stage_problems, previous_stage,
                                          reassessment_problems, stage_number, stage_order)


def staged(stage: str, on: str, ident: str):
    return SimpleNamespace(stage=stage, assessed_on=on, id=ident)


def test_stages_keep_their_order_whatever_their_day():
    t0, t1, t2 = staged("T0", "2026-01-10", "a"), staged("T1", "2026-06-01", "b"), staged("T2", "2026-03-01", "c")
    assert sorted([t2, t1, t0], key=stage_order) == [t0, t1, t2]
    assert previous_stage(t2, [t0, t1, t2]) is t1 and previous_stage(t0, [t0, t1, t2]) is None


def test_t10_comes_after_t2():
    assert sorted(["T10", "T2", "T1"], key=stage_number) == ["T1", "T2", "T10"]
    assert next_stage(["T0", "T10", "T2"]) == "T11"


def test_a_stage_with_digits_other_than_0_to_9_is_outside_the_order_not_a_failure():
    """A store edited by hand may hold 'T²' (a digit int() refuses) or 'T٣' (one it reads as 3): neither is a stage
    the order knows, as an assessment file may not carry them (T followed by 0-9)."""
    assert [stage_number(s) for s in ("T²", "T٣", "T１", "T3")] == [-1, -1, -1, 3]
    assert next_stage(["T²", "T٣"]) == "T0"


@given(st.lists(st.integers(0, 98).map(lambda n: f"T{n}"), max_size=12))  # a stage has two digits at most
def test_the_next_stage_is_one_past_the_highest_and_never_one_taken(stages):
    stage = next_stage(stages)
    assert stage not in stages and stage_number(stage) == max(map(stage_number, stages), default=-1) + 1


def test_the_last_assessment_is_the_latest_stage_not_the_latest_day_nor_the_last_listed():
    t0, t1, t2 = staged("T0", "2026-01-10", "a"), staged("T1", "2026-06-01", "b"), staged("T2", "2026-03-01", "c")
    assert last_assessment([t2, t1, t0]) is t2 and last_assessment([t0, t2, t1]) is t2
    assert last_assessment([]) is None


def test_a_reassessment_starts_only_from_the_last_assessment_once_completed():
    """From a draft T2, a T3 would carry T2's unfinished answers and leave two stages open."""
    def assessment(stage, on, ident, status):
        return SimpleNamespace(stage=stage, assessed_on=on, id=ident, status=status)

    t0 = assessment("T0", "2026-01-10", "a", "completed")
    t1 = assessment("T1", "2026-06-01", "b", "completed")
    t2 = assessment("T2", "2026-03-01", "c", "draft")  # dated before T1 by another laptop's clock: still the last
    assert reassessment_problems(t1, [t0, t1]) == []
    refused = reassessment_problems(t2, [t0, t1, t2])
    assert [p.where for p in refused] == ["assessment.status"]
    assert "T2" in refused[0].message["vi"] and "bản nháp" in refused[0].message["vi"]
    assert "T2" in refused[0].message["en"] and "draft" in refused[0].message["en"]
    earlier = reassessment_problems(t1, [t0, t1, t2])  # completed, but not the last: T2 would be passed over
    assert [p.where for p in earlier] == ["assessment.stage"] and "(T2)" in earlier[0].message["en"]


def test_the_next_stage_waits_for_a_draft_last_assessment_and_t0_only_for_nothing():
    """Blank or from a copy: a T3 begun while T2 is a draft leaves two stages open. T0 starts whenever the
    business has no assessment, and after a draft T0 the T1 waits like any other stage."""
    def assessment(stage, on, ident, status):
        return SimpleNamespace(stage=stage, assessed_on=on, id=ident, status=status)

    assert next_stage_problems([]) == []
    t0 = assessment("T0", "2026-01-10", "a", "draft")
    refused = next_stage_problems([t0])
    assert [p.where for p in refused] == ["assessment.status"]
    assert "T0 vẫn là bản nháp" in refused[0].message["vi"] and "T1" in refused[0].message["vi"]
    assert "T0 is still a draft" in refused[0].message["en"] and "then start T1" in refused[0].message["en"]
    t0.status = "completed"
    t1 = assessment("T1", "2026-06-01", "b", "completed")
    t2 = assessment("T2", "2026-03-01", "c", "draft")  # dated before T1: still the last
    assert next_stage_problems([t0]) == [] and next_stage_problems([t2, t0, t1]) != []
    assert "T3" in next_stage_problems([t2, t0, t1])[0].message["en"]
    reopened = assessment("T1", "2026-06-01", "b", "draft")  # a T1 reopened holds back no T3 after a completed T2
    assert next_stage_problems([reopened, t0, assessment("T2", "2026-03-01", "c", "completed")]) == []


def test_two_assessments_of_one_stage_are_told_apart_by_day_and_then_id():
    """Two laptops each made a T2 of the business: 'no re-assessment from T2: … the last assessment (T2)' and 'T2 is
    still a draft: open T2' do not say which one; the day does, and the id when the day is the same too."""
    def assessment(stage, on, ident, status="completed"):
        return SimpleNamespace(stage=stage, assessed_on=on, id=ident, status=status)

    t1, first, second = assessment("T1", "2026-06-01", "a"), assessment("T2", "2026-10-15", "b"), assessment(
        "T2", "2026-11-01", "c")
    refused = reassessment_problems(first, [t1, first, second])[0].message
    assert refused["vi"] == ("không đánh giá lại từ T2 ngày 15/10/2026: đánh giá lại bắt đầu từ bản sao của lần "
                             "đánh giá gần nhất (T2 ngày 01/11/2026)")
    assert "from T2 of 15 Oct 2026" in refused["en"] and "(T2 of 1 Nov 2026)" in refused["en"]
    same_day = assessment("T2", "2026-11-01", "d", "draft")
    waits = next_stage_problems([t1, first, second, same_day])[0].message
    assert waits["vi"].startswith("T2 ngày 01/11/2026, mã d vẫn là bản nháp: T3 chỉ bắt đầu")
    assert "open T2 of 1 Nov 2026, id d and complete it" in waits["en"]
    assert "T1 is still a draft" in next_stage_problems([assessment("T1", "2026-06-01", "a", "draft")])[0].message["en"]


def test_a_stage_the_order_does_not_know_neither_bounds_nor_is_bounded_by_another_s_day():
    """An earlier version stored a 'T100' (it sorts before T0): T0 dated before it is not out of order, and T0 may
    still move past its day."""
    from datetime import date

    from cds_desktop.domain.assessment import date_range, stage_date_notes

    t0, t100 = staged("T0", "2026-10-15", "a"), staged("T100", "2026-11-01", "b")
    assert stage_date_notes([t0, t100], today=date(2026, 12, 3)) == []
    assert date_range("T0", [("T100", "2026-11-01")], today=date(2026, 12, 3))[1] == date(2026, 12, 3)
    assert date_range("T100", [("T0", "2026-11-20")], today=date(2026, 12, 3)) == (None, date(2026, 12, 3))
