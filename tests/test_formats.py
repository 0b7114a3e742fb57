"""Numbers, money and dates look the same wherever they are shown, as each language writes them."""

import re
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given, strategies as st

from cds_desktop.domain.figures import MAX_VND, read_vnd
from cds_desktop.formats import (format_change, format_count, format_date, format_datetime, format_figure, format_money,
                                 format_number, format_percent, format_score, format_size, in_both)

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


def test_percent_follows_cldr():
    assert format_percent(0.456, "vi") == "46%"
    assert format_percent(0.4567, "en", 1) == "45.7%"


@given(st.integers(min_value=0, max_value=MAX_VND), st.sampled_from(["vi", "en"]))
def test_an_amount_shown_reads_back_as_the_same_amount(amount, lang):
    """The business form shows a stored figure formatted; saving it again must not change it."""
    assert read_vnd(format_money(amount, lang)) == (amount, None)
    assert read_vnd(format_number(amount, lang)) == (amount, None)


def test_formatting_loads_babel_only_when_something_is_formatted():
    script = ("import sys, cds_desktop.formats, cds_desktop.domain.plan, cds_desktop.report.builder, cds_desktop.cli; "
              "assert 'babel' not in sys.modules, 'imported at start'; "
              "cds_desktop.formats.format_date('2026-12-01', 'vi'); assert 'babel' in sys.modules")
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr


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
