"""Numbers, money and dates look the same wherever they are shown, as each language writes them."""

import importlib.util
import re
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from cds_desktop.domain.figures import MAX_VND, read_vnd
from cds_desktop.formats import (format_change, format_count, format_date, format_datetime, format_figure, format_money,
                                 format_number, format_percent, format_score, format_size, in_both, score_trend)

REPO = Path(__file__).resolve().parents[1]


def test_vietnamese_groups_with_dots_and_writes_a_decimal_comma():
    assert format_number(1234567.891, "vi", 1) == "1.234.567,9"
    assert format_number(1234567.891, "en", 1) == "1,234,567.9"
    assert format_score(45, "vi") == "45,0"
    assert format_score(None, "en") == "—"
    assert (format_figure(6.25, "vi"), format_figure(6.25, "en"), format_figure(20, "vi")) == ("6,25", "6.25", "20")


def test_money_is_dong_in_vietnamese_and_vnd_in_english():
    assert format_money(50_000_000, "vi") == "50.000.000 đồng"
    assert format_money(50_000_000, "en") == "50,000,000 VND"
    assert in_both(format_money, 1000) == {"vi": "1.000 đồng", "en": "1,000 VND"}


def test_one_date_format_per_language_whatever_the_input():
    for value in (date(2025, 7, 1), "2025-07-01", "2025-07-01T09:30:00", datetime(2025, 7, 1, 9, 30)):
        assert format_date(value, "vi") == "01/07/2025"
        assert format_date(value, "en") == "1 Jul 2025"  # day before month, in words: no 7/1 vs 1/7
    assert format_date(None, "vi") == format_date("", "en") == "—"
    assert format_datetime(datetime(2026, 11, 27, 14, 3), "vi") == "27/11/2026 14:03"
    assert format_datetime(datetime(2026, 11, 27, 14, 3), "en") == "27 Nov 2026, 14:03"


def test_a_change_always_shows_its_sign():
    assert format_change(2.5, "vi") == "+2,5" and format_change(-1, "en") == "\N{MINUS SIGN}1.0"
    assert format_change(0, "vi") == "+0,0" and format_change(None, "vi") == "—"


def test_a_score_against_an_earlier_one_is_marked_as_its_shown_change_reads():
    assert score_trend(55.9, 40.0, "vi") == ("▲ +15,9", 15.9)
    assert score_trend(37.1, 40.3, "en") == ("▼ \N{MINUS SIGN}3.2", -3.2)
    assert score_trend(40.04, 40.0, "vi") == ("=", 0.0)  # shown as +0,0: no rise is claimed
    assert score_trend(None, 40.0, "vi") == score_trend(40.0, None, "en") == ("", None)


@given(st.floats(0, 100), st.floats(0, 100), st.sampled_from(["vi", "en"]))
def test_the_trend_mark_never_disagrees_with_the_figure_beside_it(now, before, lang):
    """One rule for the window's tables and the report's: the figure is the change rounded to the tenth shown, the
    mark its sign."""
    shown, delta = score_trend(now, before, lang)
    assert delta == round(now - before, 1)
    if delta == 0:
        assert shown == "="
    else:
        assert shown == ("▲ " if delta > 0 else "▼ ") + format_change(delta, lang)


def test_the_report_marks_a_change_as_the_window_does():
    from cds_desktop.domain.sample import sample_file
    from cds_desktop.domain.scoring import score
    from cds_desktop.report.context import ReportContext

    sample = sample_file()
    result = score(sample.instrument, sample.business, sample.assessment)
    for lang in ("vi", "en"):
        ctx = ReportContext(lang, date(2026, 12, 1), sample, result)
        assert ctx.trend(55.94, 40.0) == score_trend(55.94, 40.0, lang)[0] == ("▲ +15,9", "▲ +15.9")[lang == "en"]


def test_percent_follows_cldr():
    assert format_percent(0.456, "vi") == "46%"
    assert format_percent(0.4567, "en", 1) == "45.7%"


@given(st.integers(min_value=0, max_value=MAX_VND), st.sampled_from(["vi", "en"]))
def test_an_amount_shown_reads_back_as_the_same_amount(amount, lang):
    """The business form shows a stored figure formatted; saving it again must not change it."""
    assert read_vnd(format_money(amount, lang)) == (amount, None)
    assert read_vnd(format_number(amount, lang)) == (amount, None)


def test_formatting_loads_babel_only_when_something_needs_it():
    script = ("import sys, cds_desktop.formats as f, cds_desktop.domain.plan, cds_desktop.report.builder, cds_desktop.cli; "
              "assert 'babel' not in sys.modules, 'imported at start'; "
              "f.format_date('2026-12-01', 'en'), f.format_score(36.5, 'vi'), f.format_percent(0.85, 'en'); "
              "assert 'babel' not in sys.modules, 'imported for a plain number or a day'; "
              "f.format_datetime(__import__('datetime').datetime(2026, 12, 1, 9, 5), 'vi'); "
              "assert 'babel' in sys.modules")
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


# -- the plain number and the day written from cldr.py are what Babel writes --------------------------------

def _babel_number(value, lang, digits):
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "0" * digits if digits > 0 else "")
    return format_decimal(value, format=pattern, locale=lang, decimal_quantization=True)


@given(st.one_of(st.integers(min_value=-10**18, max_value=10**18),
                 st.floats(min_value=-1e20, max_value=1e20),  # Babel itself raises from 1e28 up
                 st.sampled_from([float("nan"), float("inf"), float("-inf")]),
                 st.floats(min_value=0, max_value=1e16),
                 st.decimals(min_value=0, max_value=10**6, places=4).map(float),
                 st.integers(min_value=0, max_value=10**6).map(lambda n: n / 1000)),  # halves: 0.125, 2.5
       st.integers(min_value=0, max_value=3), st.sampled_from(["vi", "en"]))
def test_a_plain_number_is_written_exactly_as_babel_writes_it(value, digits, lang):
    assert format_number(value, lang, digits) == _babel_number(value, lang, digits)


@given(st.one_of(st.floats(min_value=0, max_value=1e-3), st.floats(min_value=0, max_value=1e15),
                 st.integers(min_value=0, max_value=10**15 - 1)),
       st.integers(min_value=-3, max_value=10), st.sampled_from(["vi", "en"]))
def test_tiny_values_and_other_digits_are_written_as_babel_writes_them(value, digits, lang):
    """1e-10, 5e-324 and 12 digits after the sign (a share of a share) as well; a digits below 0 is 0 digits, as the
    pattern Babel is given ("#,##0") has it, not a rounding to tens."""
    assert format_number(value, lang, digits) == _babel_number(value, lang, digits)


@pytest.mark.parametrize("value, digits, vi", [(0.05, 1, "0,0"), (0.15, 1, "0,2"), (2.5, 0, "2"), (3.5, 0, "4"),
                                               (999_999.95, 1, "1.000.000,0"), (-0.0, 1, "-0,0"), (1e15, 0, None)])
def test_rounding_is_half_to_even_on_the_number_as_printed(value, digits, vi):
    """Babel reads a float as Python prints it (0.15, not 0.1499…) and rounds half to even: so do we."""
    assert format_number(value, "vi", digits) == (vi or _babel_number(value, "vi", digits))


@given(st.dates(), st.sampled_from(["vi", "en"]))
def test_a_day_is_written_exactly_as_babel_writes_it(day, lang):
    from babel.dates import format_date as babel_date

    from cds_desktop.formats import _DATE

    assert format_date(day, lang) == babel_date(day, _DATE[lang], locale=lang)


def test_the_cldr_module_is_up_to_date_with_the_installed_babel():
    spec = importlib.util.spec_from_file_location("build_cldr", REPO / "tools" / "build_cldr.py")
    build = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(build)
    assert (REPO / "cds_desktop" / "cldr.py").read_text(encoding="utf-8") == build.conventions(), (
        "cds_desktop/cldr.py is out of date with Babel: run `python tools/build_cldr.py`")


HAND_MADE = [
    (re.compile(r"%d/%m"), "strftime('%d/%m/%Y')"),
    (re.compile(r"\.day\}/"), "f'{d.day}/{d.month}'"),
    (re.compile(r":,(\.\d+f)?\}"), "f'{x:,}'"),
    (re.compile(r"""["']\.replace\(["'],["'], ["']\.["']\)"""), "f'{x:,}'.replace(',', '.')"),
    (re.compile(r"""\.replace\(["']\.["'], ["'],["']\)"""), "str(x).replace('.', ',')"),
    (re.compile(r"""\d f?["']? ?\+? ?["'] đ["']|} đ["']"""), "' đ'"),
]


def test_numbers_money_and_dates_are_formatted_only_in_the_formats_module():
    found = []
    for path in sorted((REPO / "cds_desktop").rglob("*.py")):
        if path.name == "formats.py" or "forms" in path.parts:
            continue
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            found += [f"{path.relative_to(REPO)}:{n}: {what}" for pattern, what in HAND_MADE if pattern.search(line)]
    assert not found, "format with cds_desktop.formats instead:\n" + "\n".join(found)


def test_locale_data_read_ahead_serves_both_languages_without_reading_again():
    """What the window's idle warm-up calls: afterwards formatting in either language reads no more data."""
    code = ("import pickle\n"
            "from datetime import date\n"
            "from cds_desktop import formats\n"
            "formats.load_locale_data()\n"
            "def refuse(*args, **kwargs): raise AssertionError('locale data read again')\n"
            "pickle.load = refuse\n"
            "print(formats.format_date(date(2026, 12, 1), 'en'), formats.format_number(1234.5, 'vi', 1),\n"
            "      formats.format_money(1000000, 'en'))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, encoding="utf-8")
    assert run.returncode == 0, run.stderr
    assert run.stdout.split() == ["1", "Dec", "2026", "1.234,5", "1,000,000", "VND"]


@pytest.mark.parametrize("count, vi, en", [(0, "0 cơ sở", "0 businesses"), (1, "1 cơ sở", "1 business"),
                                           (2, "2 cơ sở", "2 businesses"),
                                           (12345, "12.345 cơ sở", "12,345 businesses")])
def test_a_count_reads_as_each_reader_writes_it(count, vi, en):
    assert format_count(count, "vi", "cơ sở", "business", "businesses") == vi
    assert format_count(count, "en", "cơ sở", "business", "businesses") == en


def test_the_store_check_counts_one_business_in_the_singular(tmp_path, capsys):
    from cds_desktop.cli import main
    from cds_desktop.domain.sample import sample_file

    sample = tmp_path / "sample.json"
    sample.write_text(sample_file().dumps(), encoding="utf-8")
    assert main(["--data-dir", str(tmp_path / "data"), "import", str(sample)]) == 0
    capsys.readouterr()
    assert main(["--data-dir", str(tmp_path / "data"), "--lang", "en", "check"]) == 0
    assert "1 business, 1 assessment (1 completed), 0 backups" in capsys.readouterr().out
    assert main(["--data-dir", str(tmp_path / "data"), "check"]) == 0
    assert "1 cơ sở, 1 đánh giá (1 hoàn thành), 0 bản sao lưu" in capsys.readouterr().out


@pytest.mark.parametrize("size, vi, en", [(512, "0,5 KB", "0.5 KB"), (49_357, "48,2 KB", "48.2 KB"),
                                          (1_363_149, "1,3 MB", "1.3 MB")])
def test_a_file_size_reads_in_kilobytes_or_megabytes(size, vi, en):
    assert format_size(size, "vi") == vi and format_size(size, "en") == en


@pytest.mark.parametrize("stored", ["15/11/2026", "2026-02-30", "hôm qua"])
def test_a_stored_day_that_is_no_day_is_shown_as_it_is(stored):
    """An earlier version or a hand edit stored it; the list and the report show it for correcting, not a failure."""
    assert format_date(stored, "vi") == format_date(stored, "en") == stored
