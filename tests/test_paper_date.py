"""A paper form is dated by the day written on it, not the day it is read: filled on a farm on 3 November and
scanned on 1 December, its draft says 3 November, so the T0 -> T1 timeline, the comparison and the report are
right. `cds-cli read-form --date` gives that day; without it the draft carries the day it was read, and says so."""

import json
import unicodedata
from datetime import date, timedelta

import pytest

from cds_desktop.cli import main
from cds_desktop.domain.assessment import load_assessment_file, paper_date_problems
from cds_desktop.errors import InputError
from cds_desktop.paper import read_forms
from paper_filling import filled_printouts

PRINTED = date(2026, 3, 2)
FILLED = date(2026, 3, 5)


@pytest.fixture(scope="module")
def farms(tmp_path_factory):
    """Page 3 of two printouts of one PDF, filled: two farms of one round of visits."""
    folder = tmp_path_factory.mktemp("paper-date")
    return filled_printouts(folder, 2, PRINTED)


def test_a_draft_is_dated_the_day_written_on_the_form_and_a_day_to_come_is_refused(farms):
    reading = read_forms(farms[1][:1])
    assert reading.draft(on=FILLED).assessment.assessed_on == "2026-03-05"
    assert reading.draft().assessment.assessed_on == date.today().isoformat()  # none given: the day it is read
    with pytest.raises(InputError) as raised:
        reading.draft(on=date.today() + timedelta(days=1))
    assert "chưa đến" in raised.value.render("vi") and "has not come yet" in raised.value.render("en")


def test_a_paper_date_before_the_last_assessment_is_refused_in_both_languages():
    problems = paper_date_problems(date(2026, 3, 5), date(2026, 12, 1), previous=date(2026, 4, 1))
    assert [p.where for p in problems] == ["assessed_on"]
    assert "05/03/2026" in problems[0].render("vi") and "01/04/2026" in problems[0].render("vi")
    assert "before the previous assessment" in problems[0].render("en")
    assert paper_date_problems(date(2026, 4, 1), date(2026, 12, 1), previous=date(2026, 4, 1)) == []
    assert paper_date_problems(date(2026, 12, 1), date(2026, 12, 1)) == []


def test_cli_read_form_dates_the_draft_as_the_form_says_and_tells_it(tmp_path, farms, capsys):
    out = tmp_path / "draft.json"
    capsys.readouterr()
    assert main(["--lang", "vi", "read-form", farms[1][0], "-o", str(out), "--date", "2026-03-05"]) == 0
    printed = capsys.readouterr().out
    assert load_assessment_file(out).assessment.assessed_on == "2026-03-05"
    assert "Ngày đánh giá: 05/03/2026 (ngày ghi trên phiếu, --date)" in printed
    assert unicodedata.is_normalized("NFC", printed)
    assert main(["--lang", "en", "read-form", farms[1][0], "-o", str(out), "--json", "--date", "2026-03-05"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["assessed_on"], report["assessed_on_from"]) == ("2026-03-05", "form")


def test_cli_read_form_without_a_date_says_the_draft_carries_today(tmp_path, farms, capsys):
    out = tmp_path / "draft.json"
    capsys.readouterr()
    assert main(["--lang", "en", "read-form", farms[1][0], "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    today = date.today().isoformat()
    assert load_assessment_file(out).assessment.assessed_on == today
    assert "Assessment date:" in printed and "today, the day the form is read" in printed and "--date" in printed
    assert main(["read-form", farms[1][0], "-o", str(out), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["assessed_on"], report["assessed_on_from"]) == (today, "today")


def test_cli_read_form_dates_every_draft_of_a_batch(tmp_path, farms, capsys):
    layouts, files = farms
    out = tmp_path / "draft.json"
    capsys.readouterr()
    assert main(["read-form", *files, "-o", str(out), "--json", "--date", "2026-03-05"]) == 0
    drafts = json.loads(capsys.readouterr().out)["drafts"]
    assert len(drafts) == 2 and {d["assessed_on"] for d in drafts} == {"2026-03-05"}
    assert {load_assessment_file(d["draft"]).assessment.assessed_on for d in drafts} == {"2026-03-05"}
    assert main(["--lang", "en", "read-form", *files, "-o", str(out), "--date", "2026-03-05"]) == 0
    assert capsys.readouterr().out.count("Assessment date: 5 Mar 2026 (the date on the form, --date)") == 2


@pytest.mark.parametrize("given, vi, en", [
    ("05/03/2026", "không phải ngày hợp lệ", "is not a valid date"),
    ("2026-02-30", "NĂM-THÁNG-NGÀY", "YEAR-MONTH-DAY"),
    ("2999-01-01", "chưa đến", "has not come yet"),  # fixed: a date taken at collection went stale at midnight
])
def test_cli_read_form_refuses_a_bad_date_before_reading_any_page(tmp_path, capsys, given, vi, en):
    out = tmp_path / "draft.json"
    for lang, words in (("vi", vi), ("en", en)):
        code = main(["--lang", lang, "read-form", str(tmp_path / "missing.png"), "-o", str(out), "--date", given])
        err = capsys.readouterr().err
        assert code != 0 and "--date" in err and words in err and "missing.png" not in err, err
    assert not out.exists()


def test_cli_read_form_takes_the_real_date_of_a_form_when_the_clock_is_behind(tmp_path, farms, capsys, clock_behind):
    from cds_desktop.domain.edition import shipped_edition

    last = date(shipped_edition().as_of.year + 2, 12, 31)  # how long the catalog may be in use, and past the clock
    out = tmp_path / "draft.json"
    capsys.readouterr()
    assert main(["--lang", "en", "read-form", farms[1][0], "-o", str(out), "--date", last.isoformat()]) == 0, \
        capsys.readouterr().err
    assert load_assessment_file(out).assessment.assessed_on == last.isoformat()
    after = (last + timedelta(days=1)).isoformat()
    assert main(["--lang", "en", "read-form", farms[1][0], "-o", str(tmp_path / "no.json"), "--date", after]) != 0
    err = capsys.readouterr().err
    assert "after 31 Dec" in err and "clock is wrong (it says 1 Jan 2000" in err and "today" not in err, err


def test_cli_read_form_without_a_date_on_a_clock_behind_dates_the_draft_at_the_catalog_s_day(tmp_path, farms, capsys,
                                                                                          clock_behind):
    from cds_desktop.domain.edition import shipped_edition

    out = tmp_path / "draft.json"
    capsys.readouterr()
    assert main(["--lang", "en", "read-form", farms[1][0], "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert load_assessment_file(out).assessment.assessed_on == shipped_edition().as_of.isoformat()
    assert "the day the policy catalog was checked" in printed and "it says 1 Jan 2000" in printed, printed
    assert "today, the day the form is read" not in printed
    assert main(["--lang", "vi", "read-form", farms[1][0], "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "đồng hồ máy tính sai (đang chỉ 01/01/2000)" in printed and unicodedata.is_normalized("NFC", printed)


def test_cli_read_form_json_says_a_draft_dated_on_a_clock_behind_carries_the_catalog_s_day(tmp_path, farms, capsys,
                                                                                             clock_behind):
    """`--json` said `assessed_on_from: today` for a draft dated the catalog's day, as if it were the day read."""
    from cds_desktop.domain.edition import shipped_edition

    out = tmp_path / "draft.json"
    capsys.readouterr()
    assert main(["read-form", farms[1][0], "-o", str(out), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["assessed_on"], report["assessed_on_from"]) == (shipped_edition().as_of.isoformat(), "catalog")
    assert main(["read-form", farms[1][0], "-o", str(out), "--json", "--date", "2026-03-05"]) == 0
    assert json.loads(capsys.readouterr().out)["assessed_on_from"] == "form"


def test_cli_read_form_of_a_business_assessed_after_the_catalog_s_day_dates_the_draft_not_before_it(
        tmp_path, capsys, clock_behind):
    """The clock battery died; the business's T0 was dated on its visit, after the catalog's day. The draft of a
    form printed for it, read without --date, takes T0's day (the catalog's would be before the T0 it follows) and
    says why; a --date before T0 is refused with the reason."""
    import uuid

    import cv2
    import numpy as np

    from cds_desktop.domain.assessment import Assessment
    from cds_desktop.domain.business import Business
    from cds_desktop.domain.edition import shipped_edition
    from cds_desktop.domain.instrument import current_instrument
    from cds_desktop.report import build_blank_form
    from cds_desktop.storage import Repository
    from paper_filling import answers_for, filled_pages

    visit = shipped_edition().as_of + timedelta(days=10)
    data = tmp_path / "data"
    with Repository(data) as repo:
        business = repo.add_business(Business(name="HTX Cà phê Khe Sanh", entity_type="cooperative",
                                              sector="agriculture_forestry_fishery"))
        repo.save_assessment(business.id, Assessment.new(current_instrument(), "T0", visit))
    printed = tmp_path / "for.pdf"
    layout = build_blank_form(printed, lang="vi", on=visit, business=business, assessment_id=str(uuid.uuid4()))
    truth = answers_for(layout, current_instrument(), np.random.default_rng(3))
    page = str(tmp_path / "p3.png")
    cv2.imwrite(page, filled_pages(layout, printed, truth, 200, np.random.default_rng(3), pages=[3])[3])
    out = tmp_path / "draft.json"
    capsys.readouterr()
    assert main(["read-form", page, "-o", str(out), "--data-dir", str(data), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert (report["assessed_on"], report["assessed_on_from"]) == (visit.isoformat(), "last_assessment")
    assert load_assessment_file(out).assessment.assessed_on == visit.isoformat()
    assert main(["--lang", "en", "read-form", page, "-o", str(out), "--data-dir", str(data)]) == 0
    assert "the day of this business's last assessment" in capsys.readouterr().out
    assert main(["--lang", "vi", "read-form", page, "-o", str(out), "--data-dir", str(data)]) == 0
    assert "ngày của lần đánh giá gần nhất của cơ sở này" in capsys.readouterr().out
    before = (visit - timedelta(days=1)).isoformat()
    assert main(["--lang", "en", "read-form", page, "-o", str(tmp_path / "no.json"), "--data-dir", str(data),
                 "--date", before]) != 0
    assert "before the previous assessment's" in capsys.readouterr().err and not (tmp_path / "no.json").exists()


def test_read_form_passes_over_a_stored_day_that_is_no_day(tmp_path, installed_mini, workshop):
    """An earlier version stored 30 February as T1's day: the draft of a form printed for the business follows the
    last day that is one (T0's), rather than failing on it (the check names that day for correcting)."""
    from types import SimpleNamespace

    from cds_desktop.cli.paper_commands import _last_day
    from cds_desktop.storage import Repository
    from storage_support import completed

    data = tmp_path / "data"
    with Repository(data) as repo:
        business = repo.add_business(workshop)
        for stage, on in (("T0", "2026-01-10"), ("T1", "2026-02-30")):
            repo.save_assessment(business.id, completed(installed_mini, workshop, stage=stage)._replace(assessed_on=on))
    reading = SimpleNamespace(base_business=business, draft_id="the-form-s-own-draft")
    assert _last_day(SimpleNamespace(data_dir=str(data)), reading) == date(2026, 1, 10)
