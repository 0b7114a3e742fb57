"""Numbers, money and dates as a reader of each language writes them, in one place (Babel's CLDR data).

Vietnamese: 1.234,5 · 1.000.000 đồng · 01/12/2026; English: 1,234.5 · 1,000,000 VND · 1 Dec 2026 (the
day before the month in words, so neither reader mistakes 01/12 for 12 January). Machine-readable
output (JSON, spreadsheet cells, file names) keeps ISO dates and plain numbers: these are for people.
Babel is imported inside the functions, so start-up does not pay for it; its data ships in the package.
A plain number and a day are written from `cldr.py`, CLDR's signs and month names generated from Babel
(tools/build_cldr.py), without loading Babel (~25 ms of a `cds-cli score`); tests/test_formats.py checks
that they come out exactly as Babel writes them, and anything else goes to Babel.
"""

from __future__ import annotations

from . import cldr
from .i18n import Text, text

TYPE_CHECKING = False  # nothing beyond i18n is imported until something is formatted
if TYPE_CHECKING:
    from collections.abc import Callable
    from datetime import date, datetime

MISSING = "—"
UP, DOWN, SAME = "▲", "▼", "="  # all three have glyphs in the report's font (DejaVu Sans)
_DATE = {"vi": "dd/MM/y", "en": "d MMM y"}  # what format_date writes out (tests check it against Babel)
_TIME = {"vi": "dd/MM/y HH:mm", "en": "d MMM y, HH:mm"}
_CURRENCY = {"vi": "đồng", "en": "VND"}


def _locale(lang: str) -> str:
    return "en" if lang == "en" else "vi"  # Vietnamese is the default language


def format_number(value: float | int | None, lang: str, digits: int = 0) -> str:
    """1234.56 -> '1.234,6' (vi) / '1,234.6' (en) with digits=1; None -> '—'."""
    if value is None:
        return MISSING
    written = _plain_number(value, _locale(lang), digits)
    if written is not None:
        return written
    from babel.numbers import format_decimal

    pattern = "#,##0" + ("." + "0" * digits if digits > 0 else "")
    return format_decimal(value, format=pattern, locale=_locale(lang), decimal_quantization=True)


def _plain_number(value: float | int, locale: str, digits: int) -> str | None:
    """The pattern "#,##0.0…" as Babel applies it (the value as Python prints it, rounded half to even,
    groups of three), for a number from 0 up to 10^15; None for any other (Babel writes those)."""
    from decimal import ROUND_HALF_EVEN, Decimal

    if type(value) not in (int, float):
        return None
    exact = Decimal(str(value))  # as Babel reads a float: 0.15 is 0.15, not 0.1499…
    if not exact.is_finite() or exact.is_signed() or exact.adjusted() >= 15:
        return None
    places = Decimal(1).scaleb(-max(digits, 0))  # digits below 0: the pattern "#,##0", as Babel is given it
    whole, _, fraction = f"{exact.quantize(places, ROUND_HALF_EVEN):f}".partition(".")
    signs = cldr.SYMBOLS[locale]
    groups = [whole[max(end - 3, 0):end] for end in range(len(whole), 0, -3)]
    return signs["group"].join(reversed(groups)) + (signs["decimal"] + fraction if fraction else "")


def format_figure(value: float | int, lang: str) -> str:
    """A figure with only the decimals it has, up to two: 20 -> '20', 6.25 -> '6,25' (vi) / '6.25' (en)."""
    from babel.numbers import format_decimal

    return format_decimal(value, format="#,##0.##", locale=_locale(lang))


def format_score(value: float | None, lang: str) -> str:
    """A score out of 100 with one decimal: '45,0' / '45.0'."""
    return format_number(value, lang, 1)


def format_change(delta: float | None, lang: str) -> str:
    """A change of score with its sign always shown: '+2,5' / '−1,0' (a true minus sign)."""
    if delta is None:
        return MISSING
    return ("+" if delta >= 0 else "\N{MINUS SIGN}") + format_score(abs(delta), lang)


def score_trend(now: float | None, before: float | None, lang: str) -> tuple[str, float | None]:
    """A score against an earlier one, as the window and the report show it: '▲ +5,0' / '▼ −3,2' / '=', and the
    change rounded to the tenth shown (the mark follows the figure: a rise of 0.04 is '='); ('', None) when
    either score is missing."""
    if now is None or before is None:
        return "", None
    delta = round(now - before, 1)
    if delta == 0:
        return SAME, 0.0
    return f"{UP if delta > 0 else DOWN} {format_change(delta, lang)}", delta


def format_percent(share: float | None, lang: str, digits: int = 0) -> str:
    """0.456 -> '46%' in both languages (CLDR writes no space in either)."""
    if share is None:
        return MISSING
    return format_number(100 * share, lang, digits) + "%"


def format_count(count: int, lang: str, vi: str, en_one: str, en_other: str) -> str:
    """'1 đánh giá', '3 đánh giá' / '1 assessment', '3 assessments': the count as the reader writes it, with the
    English noun in the form CLDR's plural rules give that count (Vietnamese nouns do not change)."""
    if _locale(lang) == "vi":
        return f"{format_number(count, lang)} {vi}"
    from babel import Locale

    return f"{format_number(count, lang)} {en_one if Locale.parse('en').plural_form(count) == 'one' else en_other}"


def format_size(size: int, lang: str) -> str:
    """A file's size in bytes as a reader sees it: '0,5 KB', '48,2 KB', '1,3 MB' (vi) / '48.2 KB' (en)."""
    if size < 1024 * 1024:
        return f"{format_number(size / 1024, lang, 1)} KB"
    return f"{format_number(size / (1024 * 1024), lang, 1)} MB"


def format_money(vnd: int | None, lang: str) -> str:
    """An amount in đồng: '1.000.000 đồng' / '1,000,000 VND'."""
    if vnd is None:
        return MISSING
    return f"{format_number(vnd, lang)} {_CURRENCY[_locale(lang)]}"


def _day(value: date | str) -> date:
    from datetime import date, datetime

    if isinstance(value, datetime):
        return value.date()
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


def format_date(value: date | str | None, lang: str) -> str:
    """A day (a date or an ISO string): '01/12/2026' / '1 Dec 2026'; None or '' -> '—'."""
    if not value:
        return MISSING
    try:
        day = _day(value)
    except ValueError:  # a stored text that is no day ('15/11/2026', 30 February): shown as it is, for `check` names it
        return str(value)
    if _locale(lang) == "vi":  # _DATE["vi"], "dd/MM/y", as Babel writes it
        return f"{day.day:02d}/{day.month:02d}/{day.year}"
    return f"{day.day} {cldr.MONTHS_ABBREVIATED['en'][day.month - 1]} {day.year}"  # _DATE["en"], "d MMM y"


def format_datetime(value: datetime, lang: str) -> str:
    """A moment to the minute: '01/12/2026 14:03' / '1 Dec 2026, 14:03'."""
    from babel.dates import format_datetime as babel_datetime

    return babel_datetime(value, _TIME[_locale(lang)], locale=_locale(lang))


def format_time(value: datetime, lang: str) -> str:
    """The clock time: '14:03' in both languages."""
    from babel.dates import format_time as babel_time

    return babel_time(value, "HH:mm", locale=_locale(lang))


def load_locale_data() -> None:
    """Read Babel's data of both languages now: the first date or number written in a language waits for it
    (~50 ms), and pages write reasons in both. For a worker thread while the user is still elsewhere."""
    from babel import Locale

    for lang in ("vi", "en"):
        Locale.parse(_locale(lang)).number_symbols  # any of a locale's data loads all of it


def in_both(format_one: Callable[..., str], value: object, *args: object) -> Text:
    """The value formatted for each language, as a data text: in_both(format_money, 5_000_000)."""
    return text(format_one(value, "vi", *args), format_one(value, "en", *args))
