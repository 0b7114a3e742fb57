"""Bilingual text for the Qt-free core: every user-visible string exists in Vietnamese and English."""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Mapping
from itertools import combinations

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"

Text = Mapping[str, str]  # {"vi": ..., "en": ...}


def nfc(value: str) -> str:
    return unicodedata.normalize("NFC", value)


# Where str.splitlines() breaks a line, and many a terminal, editor or reader of the output too: the line feed,
# the carriage return, the vertical tab, the form feed, the file, group and record separators, NEL (U+0085), the
# line and the paragraph separators.
LINE_BREAKS = "\n\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
_SHOWN_BREAKS = str.maketrans({c: f"\\u{ord(c):04x}" for c in LINE_BREAKS})


def one_line(value: str) -> str:
    """User text (a business name, a tax code) put within a line of a list or a message: each line break in it shown
    as its code ('Cà phê\\u000aKhe Sanh'), as the command line shows the other control characters, so one business
    stays one line and no name forges a line of its own. The data keeps it; JSON output shows it as JSON does."""
    return value.translate(_SHOWN_BREAKS)


def text(vi: str, en: str) -> dict[str, str]:
    return {"vi": nfc(vi), "en": nfc(en)}


def tr(value: Text | None, lang: str = DEFAULT_LANGUAGE) -> str:
    """The text in `lang`, falling back to Vietnamese (the language everything is authored in)."""
    if not value:
        return ""
    return value.get(lang) or value.get(DEFAULT_LANGUAGE) or next(iter(value.values()), "")


def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; use one of {', '.join(LANGUAGES)}")
    return lang


def fold_diacritics(value: str) -> str:
    """Lower-case text without Vietnamese diacritics, so "quang tri" finds "Quảng Trị"."""
    decomposed = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()


MAX_BALANCED_WORDS = 12  # a label's words searched for the most even lines (2^11 ways at most); beyond, lines fill in turn


def balanced_lines(label: str, width: int | None = None, fits: Callable[[str], bool] | None = None) -> list[str]:
    """A chart's label on as few lines of at most `width` characters (and that `fits` accepts) as it can take,
    split where the lines come out most even: "Thương mại / điện tử", "Quy trình / kinh doanh", where filling each
    line in turn split a word of two syllables ("Thương mại điện / tử"). A word longer than a line keeps a line
    of its own; on a tie the first line is the fuller."""
    words = label.split()
    if not words:
        return [" "]  # a label with no words still takes its line

    def ok(line: str) -> bool:
        return " " not in line or ((width is None or len(line) <= width) and (fits is None or fits(line)))

    if len(words) > MAX_BALANCED_WORDS:
        filled = [words[0]]
        for word in words[1:]:
            if ok(joined := f"{filled[-1]} {word}"):
                filled[-1] = joined
            else:
                filled.append(word)
        return filled
    for count in range(1, len(words)):  # the fewest lines first
        splits = ([" ".join(words[start:end]) for start, end in zip((0, *cuts), (*cuts, len(words)))]
                  for cuts in combinations(range(1, len(words)), count - 1))
        fitting = [lines for lines in splits if all(map(ok, lines))]
        if fitting:  # the last of a tie has the fuller first line (its cuts come later)
            return min(reversed(fitting), key=lambda lines: max(map(len, lines)))
    return words  # one word a line always fits
