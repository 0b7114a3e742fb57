"""A laptop whose clock battery died says 1/1/2000 (or whatever its firmware starts at). Judged on that day, every
national support was "not yet in force" and every e-invoice duty "does not apply": advice wrong on the day it is
given. The catalog's own day (the day it was checked against the law) has surely come, so supports are judged on
it instead, and every view that names supports says the clock is wrong and how to set it."""

from __future__ import annotations

import json
from datetime import date

import pytest

from cds_desktop.cli import main
from cds_desktop.domain.edition import clock_notice, edition_notices, policy_day, shipped_edition
from cds_desktop.domain.eligibility import ELIGIBLE
from cds_desktop.domain.plan import make_plan
from cds_desktop.domain.sample import sample_file
from cds_desktop.formats import format_date

DEAD_BATTERY = date(2000, 1, 1)  # where the clock_behind fixture (tests/conftest.py) stops the clock


def test_the_day_supports_are_judged_on_is_never_before_the_catalogs_day():
    edition = shipped_edition()
    assert policy_day(DEAD_BATTERY, edition) == edition.as_of
    assert policy_day(edition.as_of, edition) == edition.as_of
    later = date(edition.as_of.year + 1, 3, 1)
    assert policy_day(later, edition) == later  # a right clock is used as it is


def test_a_clock_behind_the_catalog_gives_the_advice_of_the_catalogs_day(clock_behind):
    sample = sample_file()
    plan = make_plan(sample.instrument, sample.business, sample.assessment)
    as_of = shipped_edition().as_of
    assert plan.on == as_of
    on_the_day = make_plan(sample.instrument, sample.business, sample.assessment, on=as_of)
    assert [(m.policy.id, m.eligibility) for m in plan.policies] == [(m.policy.id, m.eligibility)
                                                                    for m in on_the_day.policies]
    assert any(m.eligibility == ELIGIBLE and "80/2021" in m.policy.legal_numbers for m in plan.policies)


def test_the_reader_is_told_the_clock_is_wrong_which_day_is_used_and_how_to_set_it():
    edition = shipped_edition()
    assert clock_notice(edition, edition.as_of) is None
    notice = clock_notice(edition, DEAD_BATTERY)
    checked = edition.as_of.strftime("%d/%m/%Y")
    assert "01/01/2000" in notice["vi"] and checked in notice["vi"] and "chỉnh lại ngày giờ" in notice["vi"]
    assert "1 Jan 2000" in notice["en"] and "Set the date and time" in notice["en"]
    assert edition_notices(edition, edition.as_of, clock=DEAD_BATTERY)[0] == notice
    assert edition_notices(edition, edition.as_of, clock=edition.as_of) == []


@pytest.mark.parametrize("lang, words", [("vi", "Đồng hồ của máy tính đang chỉ ngày 01/01/2000"),
                                         ("en", "This computer's clock says 1 Jan 2000")])
def test_the_policies_command_judges_on_the_catalogs_day_and_says_why(capsys, tmp_path, clock_behind, lang, words):
    path = tmp_path / "sample.json"
    main(["sample", "-o", str(path)])
    capsys.readouterr()
    assert main(["--lang", lang, "policies", str(path)]) == 0
    out = capsys.readouterr().out
    first = out.splitlines()[0]
    assert format_date(shipped_edition().as_of, lang) in first, first
    assert words in out
    assert main(["--lang", lang, "policies", str(path), "--json"]) == 0
    entries = json.loads(capsys.readouterr().out)
    assert all(any(words in notice for notice in e["catalog_notices"]) for e in entries)


def test_a_day_asked_for_is_still_the_day_used(capsys, tmp_path):
    """`--on` asks what applied on a given day: a right clock, an earlier day, no word about the clock."""
    path = tmp_path / "sample.json"
    main(["sample", "-o", str(path)])
    capsys.readouterr()
    assert main(["policies", str(path), "--on", "2021-01-01"]) == 0
    out = capsys.readouterr().out
    assert "01/01/2021" in out.splitlines()[0] and "Đồng hồ" not in out
