"""Where an assessment's day fits among its business's others (`date_range`), and what is said when it does not
(`date_note`): the two agree on every day."""

from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from cds_desktop.domain.assessment import date_note, date_range

TODAY = date(2026, 12, 3)
days = st.dates(min_value=date(2021, 1, 1), max_value=date(2027, 12, 31))


@given(st.integers(0, 5), days, st.lists(st.tuples(st.integers(0, 5), days), max_size=5))
def test_a_day_gets_a_note_exactly_when_it_is_outside_its_range(number, day, others):
    stage, rest = f"T{number}", [(f"T{n}", d.isoformat()) for n, d in others if n != number]
    low, high = date_range(stage, rest, TODAY)
    inside = day <= high and (low is None or day >= low)
    note = date_note(stage, day.isoformat(), rest, TODAY)
    assert (note is None) == inside
    if note is not None:
        assert note["vi"].strip() and note["en"].strip() and "thẻ người đánh giá" in note["vi"]


def test_a_day_after_a_later_stage_names_it():
    note = date_note("T1", "2026-11-20", [("T0", "2026-01-05"), ("T2", "2026-11-01")], TODAY)
    assert "sau ngày của T2 (01/11/2026)" in note["vi"] and "after T2 (1 Nov 2026)" in note["en"]


def test_today_itself_fits():
    assert date_note("T0", TODAY.isoformat(), [], TODAY) is None
    assert date_note("T0", (TODAY + timedelta(days=1)).isoformat(), [], TODAY) is not None
