"""User text made safe for reportlab Paragraph markup.

Paragraph text is markup: `a<b` raises and `AT&T` turns into `AT&T;`. Every user string goes
through `para()`: NFC, control characters removed, markup escaped, newlines as <br/>.

Right-to-left runs (Hebrew, Arabic) are put in visual order, because reportlab draws characters
in the order given and PDF readers (and copy-paste) expect visual order for RTL runs; explicit
bidi override/embedding characters are removed, as they cannot be honoured.
"""

from __future__ import annotations

import re
import unicodedata

from ..i18n import nfc

_RTL = {"R", "AL"}
_NEUTRAL_IN_RTL = {"WS", "ON", "CS", "ES", "ET", "NSM", "EN", "AN", "BN"}
# Every control character (category Cc) but \n, and the bidi embedding/override/isolate controls.
_DROPPED = re.compile("[\x00-\x09\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
# The blocks holding every strong right-to-left character: text without any needs no reordering.
_MAY_BE_RTL = re.compile("[\u0590-\u08ff\u200f\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff"
                         "\U0001e800-\U0001efff]")


def clean(value: object) -> str:
    """NFC text without control characters; CR/LF become \\n, tabs a space."""
    raw = nfc("" if value is None else str(value)).replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    return _DROPPED.sub("", raw)


def escape(text: str) -> str:
    """&, < and > as entities (xml.sax.saxutils.escape, without importing urllib and http)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _clusters(run: str) -> list[str]:
    """Base characters with their combining marks, and digit groups, as units that keep their order."""
    units: list[str] = []
    for ch in run:
        kind = unicodedata.bidirectional(ch)
        if units and (kind == "NSM" or (kind in ("EN", "AN") and
                                        unicodedata.bidirectional(units[-1][-1]) in ("EN", "AN"))):
            units[-1] += ch
        else:
            units.append(ch)
    return units


def visual_order(line: str) -> str:
    """A left-to-right line with each right-to-left run reversed (a run starts and ends with a
    strong RTL letter; neutrals and numbers between RTL letters belong to it; numbers keep their order)."""
    if not _MAY_BE_RTL.search(line):
        return line
    out: list[str] = []
    i = 0
    while i < len(line):
        if unicodedata.bidirectional(line[i]) not in _RTL:
            out.append(line[i])
            i += 1
            continue
        end = last_strong = i
        while end < len(line) and (kind := unicodedata.bidirectional(line[end])) in _RTL | _NEUTRAL_IN_RTL:
            if kind in _RTL or (kind == "NSM"):
                last_strong = end
            end += 1
        out.extend(reversed(_clusters(line[i:last_strong + 1])))
        i = last_strong + 1
    return "".join(out)


def plain(value: object) -> str:
    """Cleaned text in drawing order, for canvas strings and chart labels."""
    return "\n".join(visual_order(line) for line in clean(value).split("\n"))


def para(value: object) -> str:
    """User text as Paragraph markup: drawn exactly as typed, never interpreted."""
    return "<br/>".join(escape(visual_order(line)) for line in clean(value).split("\n"))


def truncate(value: object, limit: int) -> str:
    """At most `limit` characters, cut at a word boundary when one is near, with an ellipsis."""
    text = " ".join(clean(value).split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return cut.rstrip(" ,;:-") + "…"
