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


# A laptop whose clock battery died says 1/1/2000. The day the policy catalog was checked has surely come, and the
# visit is on a day after it that the app cannot know: the date is taken up to WRONG_CLOCK_YEARS past the catalog's.

DEAD_BATTERY = date(2000, 1, 1)


def _edition(as_of):
    from dataclasses import replace

    from cds_desktop.domain.edition import shipped_edition

    return replace(shipped_edition(), as_of=as_of, review_by=as_of + timedelta(days=182))


def test_with_a_clock_behind_the_catalog_the_real_day_of_the_visit_can_be_given():
    from cds_desktop.domain.assessment import assessment_day, date_bounds, latest_day

    edition = _edition(date(2026, 12, 1))
    visit = date(2026, 12, 3)
    assert latest_day(DEAD_BATTERY, edition) == date(2028, 12, 31)
    low, high = date_range("T0", [], DEAD_BATTERY, edition)
    assert low is None and high >= visit
    assert date_note("T0", visit.isoformat(), [], DEAD_BATTERY, edition) is None
    assert date_range("T1", [("T0", "2026-10-15")], DEAD_BATTERY, edition)[1] >= visit
    assert date_bounds(date(2026, 10, 15), DEAD_BATTERY, edition) == (date(2026, 10, 15), date(2028, 12, 31))
    assert assessment_day(DEAD_BATTERY, edition) == date(2026, 12, 1)  # not 2000: the earliest the visit can be
    # a right clock bounds the day as before, at today
    assert latest_day(TODAY, edition) == TODAY == assessment_day(TODAY, edition)


def test_a_day_past_the_wrong_clock_s_bound_says_which_day_and_why():
    edition = _edition(date(2026, 12, 1))
    note = date_note("T0", "2029-03-01", [], DEAD_BATTERY, edition)
    assert "sau ngày 31/12/2028" in note["vi"] and "đồng hồ chỉ 01/01/2000" in note["vi"] and "01/12/2026" in note["vi"]
    assert "after 31 Dec 2028" in note["en"] and "it says 1 Jan 2000" in note["en"] and "1 Dec 2026" in note["en"]
    assert "today" not in note["en"] and "hôm nay" not in note["vi"]
    right = date_note("T0", "2026-12-04", [], TODAY, edition)
    assert "sau hôm nay (03/12/2026)" in right["vi"] and "after today (3 Dec 2026)" in right["en"]


def test_a_paper_form_dated_the_real_day_is_taken_with_a_clock_behind():
    from cds_desktop.domain.assessment import paper_date_problems

    edition = _edition(date(2026, 12, 1))
    assert paper_date_problems(date(2026, 12, 3), DEAD_BATTERY, edition=edition) == []
    problem, = paper_date_problems(date(2029, 1, 1), DEAD_BATTERY, edition=edition)
    assert "31/12/2028" in problem.render("vi") and "01/01/2000" in problem.render("vi")
    assert "has not come yet" not in problem.render("en") and "clock is wrong" in problem.render("en")
    assert "has not come yet (today is 3 Dec 2026)" in paper_date_problems(date(2026, 12, 4), TODAY)[0].render("en")


@given(st.one_of(st.just(DEAD_BATTERY), days), st.dates(min_value=date(2024, 1, 1), max_value=date(2028, 12, 31)),
       st.integers(0, 5), days,
       st.lists(st.tuples(st.integers(0, 5), days), max_size=5))
def test_the_range_is_never_empty_and_reaches_the_catalog_s_day_whatever_the_clock(clock, as_of, number, day, others):
    from cds_desktop.domain.assessment import assessment_day, latest_day

    edition = _edition(as_of)
    stage, rest = f"T{number}", [(f"T{n}", d.isoformat()) for n, d in others if n != number]
    low, high = date_range(stage, rest, clock, edition)
    later = [d for n, d in others if n > number]
    assert low is None or low <= high  # never empty
    assert high == min([latest_day(clock, edition), *later])
    assert latest_day(clock, edition) >= max(clock, as_of)  # the clock's day, and the catalog's, have come
    assert as_of <= assessment_day(clock, edition) <= latest_day(clock, edition)  # a new assessment's day is taken
    note = date_note(stage, day.isoformat(), rest, clock, edition)
    assert (note is None) == (day <= high and (low is None or day >= low))
    if note is not None and day > latest_day(clock, edition):
        said = "after today" if clock >= as_of else "clock is wrong"
        assert said in note["en"]
