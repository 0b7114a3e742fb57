"""The assessment a report compares with ("since last time") is the one just before it in the order of the
stages, as the window's comparison and the list of assessments order them: a later stage dated the same day is
never shown as "the previous one"."""

from dataclasses import replace

import pytest

from cds_desktop.domain.sample import sample_file
from cds_desktop.report.builder import previous_assessment


@pytest.fixture(scope="module")
def sample():
    return sample_file()


def at(sample, stage: str, on: str):
    return replace(sample, assessment=replace(sample.assessment, id=f"id-{stage}", stage=stage, assessed_on=on))


def test_the_report_of_t1_compares_with_t0_not_with_a_t2_made_the_same_day(sample):
    t0, t1, t2 = at(sample, "T0", "2026-10-15"), at(sample, "T1", "2026-11-05"), at(sample, "T2", "2026-11-05")
    assert previous_assessment(t1, [t0, t2]).assessment.stage == "T0"
    assert previous_assessment(t2, [t0, t1]).assessment.stage == "T1"
    assert previous_assessment(t0, [t1, t2]) is None


def test_t10_follows_t9_when_both_are_dated_the_same_day(sample):
    """By number: 'T9' sorts after 'T10' as text."""
    t8, t9, t10, t11 = (at(sample, f"T{n}", "2026-11-05") for n in (8, 9, 10, 11))
    assert previous_assessment(t11, [t8, t9, t10]).assessment.stage == "T10"


def test_a_later_stage_dated_earlier_is_not_the_previous_one(sample):
    """An imported T2 whose day was set wrong on another computer (stored, and flagged) is still after T1."""
    t0, t1, t2 = at(sample, "T0", "2026-10-15"), at(sample, "T1", "2026-11-05"), at(sample, "T2", "2026-11-01")
    assert previous_assessment(t1, [t0, t2]).assessment.stage == "T0"
    assert previous_assessment(t2, [t0, t1]).assessment.stage == "T1"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_an_answer_that_fell_is_written_with_a_minus_sign_as_every_other_change(tmp_path, sample, lang):
    """'▼ −2' with a true minus sign, as the score changes beside it and the window write it ('▼ -2' had a
    hyphen)."""
    from datetime import date

    from pypdf import PdfReader

    from cds_desktop.domain.assessment import Answer
    from cds_desktop.report import build_report

    before = at(sample, "T0", "2026-10-15")
    before = replace(before, assessment=before.assessment.with_answer("mgt_accounting", Answer.ladder(4)))
    now = at(sample, "T1", "2026-11-05")
    assert now.assessment.answers["mgt_accounting"].level == 2
    out = tmp_path / "r.pdf"
    build_report(now, out, lang=lang, on=date(2026, 12, 1), history=[before])
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "▼ \N{MINUS SIGN}2" in text
    assert "▼ -" not in text
