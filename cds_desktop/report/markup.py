"""User text made safe for reportlab Paragraph markup.

Paragraph text is markup: `a<b` raises and `AT&T` turns into `AT&T;`. Every user string goes
through `para()`: NFC, control characters removed, markup escaped, newlines as <br/> (a run of empty lines as
one).

Characters DejaVu lacks (emoji typed on a phone: 👍 ✅ 📞) are drawn in the bundled Noto Emoji font
(`runs()`); a character neither font has is written as its name in brackets, not as an empty box.

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


# Invisible characters that shape an emoji sequence (joiner, variation selectors, tags): they stay in the run of
# the character before them, zero-width in both fonts, so copying the text out of the PDF keeps the sequence.
_JOINING = frozenset("\u200d\ufe0e\ufe0f" + "".join(map(chr, range(0xE0020, 0xE0080))))
_AS_EMOJI, _AS_TEXT = "\ufe0f", "\ufe0e"
# Skin tones and the keycap frame: a phone draws them into the character before them; drawn after it (text is
# not shaped here) they are a swatch or a frame that looks like an empty box, so they are left out there.
_JOINED_ONLY = frozenset([*map(chr, range(0x1F3FB, 0x1F400)), "\u20e3"])
# Characters below U+1F000 that a phone shows as emoji without a selector (Unicode's Emoji_Presentation=Yes);
# from U+1F000 on the emoji font is used whenever it has the character.
_EMOJI_BY_DEFAULT = frozenset("⌚⌛⏩⏪⏫⏬⏰⏳◽◾☔☕♈♉♊♋♌♍♎♏♐♑♒♓♿⚓⚡⚪⚫⚽⚾⛄⛅⛎⛔⛪⛲⛳⛵⛺⛽✅✊✋✨❌❎❓❔❕❗➕➖➗"
                              "➰➿⬛⬜⭐⭕")


# Latin with Vietnamese letters, combining marks and punctuation: all in DejaVu and none an emoji (tested), so
# most text is one run without looking at each character.
_PLAIN_TEXT = re.compile("[\x20-\x7e\xa0-\u024f\u0300-\u034f\u1e00-\u1efb\u2010-\u2027\u2030-\u205e]*")


def placeholder(char: str) -> str:
    """What is printed for a character no bundled font has: a symbol's Unicode name, a letter's code point."""
    name = unicodedata.name(char, "")
    if name and unicodedata.category(char)[0] not in "LM":
        return f"[{name.lower()}]"
    return f"[U+{ord(char):04X}]"


def runs(text: str) -> list[tuple[bool, str]]:
    """`text` cut where the font changes: (True, run) for a run drawn in the emoji font, (False, run) for the
    report's own font. A character the text font has stays in it (a ☎ or ★ typed as text);
    one that neither font has becomes its placeholder(). Emoji that a phone shows as emoji (by default or with
    the selector U+FE0F) are taken from the emoji font even where the text font has a glyph of its own."""
    if _PLAIN_TEXT.fullmatch(text):
        return [(False, text)] if text else []
    from .fonts import EMOJI, covered_chars

    text_font = covered_chars()
    if text_font.issuperset(text) and _AS_EMOJI not in text and max(text, default=" ") < "\U0001f000" \
            and _EMOJI_BY_DEFAULT.isdisjoint(text):
        return [(False, text)] if text else []
    emoji_font = covered_chars(EMOJI)
    out: list[tuple[bool, str]] = []

    def add(emoji: bool, chunk: str) -> None:
        if out and out[-1][0] == emoji:
            out[-1] = (emoji, out[-1][1] + chunk)
        else:
            out.append((emoji, chunk))

    for i, char in enumerate(text):
        after = text[i + 1: i + 2]
        if char in _JOINING and out:
            if char in (emoji_font if out[-1][0] else text_font):
                add(out[-1][0], char)
        elif char in _JOINED_ONLY and out and not out[-1][1][-1].isspace():
            continue
        elif char in emoji_font and after != _AS_TEXT and (
                after == _AS_EMOJI or char not in text_font or char >= "\U0001f000" or char in _EMOJI_BY_DEFAULT):
            add(True, char)
        elif char in text_font:
            add(False, char)
        else:
            add(False, placeholder(char))
    return out


def clean(value: object) -> str:
    """NFC text without control characters; each line break (CR LF, CR, LF, U+2028 and the others
    str.splitlines knows) becomes \\n, a tab a space."""
    raw = nfc("" if value is None else str(value)).replace("\t", " ")
    return _DROPPED.sub("", "\n".join(raw.splitlines()))


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
    """Cleaned text in drawing order, for canvas strings and chart labels (draw_text() draws its emoji)."""
    return "\n".join("".join(run for _, run in runs(visual_order(line))) for line in clean(value).split("\n"))


def _marked(line: str) -> str:
    from .fonts import EMOJI

    return "".join(f'<font name="{EMOJI}">{escape(run)}</font>' if emoji else escape(run) for emoji, run in runs(line))


def para(value: object) -> str:
    """User text as Paragraph markup: drawn as typed, never interpreted, but for its empty lines: a run of them is
    drawn as one, and none before the first line or after the last (a note pasted with 50 empty lines took half a
    page of the report; one of 2,000 took twenty)."""
    return "<br/>".join(_marked(visual_order(line)) for line in _printed_lines(clean(value)))


def _printed_lines(text: str) -> list[str]:
    lines: list[str] = []
    for line in text.split("\n"):
        if line.strip() or (lines and lines[-1].strip()):
            lines.append(line)
    while lines and not lines[-1].strip():
        lines.pop()
    return lines


def text_width(text: str, font: str, size: float) -> float:
    """The width draw_text() gives `text` (plain text: placeholders already in)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from .fonts import EMOJI

    return sum(stringWidth(run, EMOJI if emoji else font, size) for emoji, run in runs(text))


def draw_text(canvas, x: float, y: float, text: str, font: str, size: float, *, right: bool = False) -> None:
    """A canvas string (plain text) in `font`, its emoji runs in the emoji font; `right`: x is where it ends."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from .fonts import EMOJI

    if right:
        x -= text_width(text, font, size)
    for emoji, run in runs(text):
        face = EMOJI if emoji else font
        canvas.setFont(face, size)
        canvas.drawString(x, y, run)
        x += stringWidth(run, face, size)
    canvas.setFont(font, size)


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
