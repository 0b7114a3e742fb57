"""Numbers as people write them: workers are whole people; money in any common Vietnamese or English form;
anything that could be read two ways is refused with a message, never silently misread."""

import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from cds_desktop.cli import main
from cds_desktop.domain.figures import read_vnd, read_workers


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("typed", ["3.000.000.000", "3,000,000,000", "3 tỷ", "3000000000", "3 000 000 000",
                                   "3 ty", "3tỷ", "3.000.000.000 đồng", "3000 triệu"])
def test_three_billion_written_every_usual_way_is_the_same_number(typed):
    assert read_vnd(typed) == (3_000_000_000, None)


@pytest.mark.parametrize("typed, value", [("1,5 tỷ", 1_500_000_000), ("1.5 tỷ", 1_500_000_000),
                                          ("500 triệu", 500_000_000), ("", None)])
def test_fractions_need_a_unit(typed, value):
    assert read_vnd(typed) == (value, None)


@pytest.mark.parametrize("typed", ["3.5", "9,5", "1.500 triệu", "nhiều", "-5", "1.000.000,5", "10000000000000000"])
def test_an_amount_that_could_be_misread_is_refused_with_a_reason(typed):
    value, problem = read_vnd(typed)
    assert value is None and problem["vi"] and problem["en"]


@pytest.mark.parametrize("typed", ["9,5", "9.5", "0,5"])
def test_workers_are_whole_people(typed):
    value, problem = read_workers(typed)
    assert value is None and "số nguyên" in problem["vi"] and "whole number" in problem["en"]


@given(st.integers(0, 10**12))
def test_a_grouped_amount_reads_back_as_itself(amount):
    assert read_vnd(f"{amount:,}".replace(",", ".")) == read_vnd(f"{amount:,}") == read_vnd(str(amount)) == (amount, None)


@pytest.mark.parametrize("employees", ["9.5", "9,5"])
def test_classify_refuses_a_fraction_of_a_worker_instead_of_reading_95(capsys, employees):
    code, out, err = run(capsys, "classify", "--entity-type", "enterprise", "--sector", "trade_services",
                         "--employees", employees, "--revenue", "3 tỷ")
    assert code == 2 and out == "" and "--employees" in err and "số nguyên" in err and "Traceback" not in err


@pytest.mark.parametrize("revenue", ["3.000.000.000", "3,000,000,000", "3 tỷ", "3000000000"])
def test_classify_reads_revenue_as_people_write_it(capsys, revenue):
    code, out, _ = run(capsys, "classify", "--entity-type", "enterprise", "--sector", "industry_construction",
                       "--employees", "9", "--revenue", revenue, "--json")
    assert code == 0 and json.loads(out)["size_class"] == "micro"  # ≤ 10 workers and ≤ 3 bn


def test_classify_says_why_in_english_too(capsys):
    code, _, err = run(capsys, "--lang", "en", "classify", "--entity-type", "enterprise", "--sector",
                       "trade_services", "--employees", "12", "--revenue", "3,5")
    assert code == 2 and "--revenue" in err and "whole number of đồng" in err
