"""The DejaVu Sans family (covers Vietnamese) for the PDF and its charts, shipped in resources/fonts/.

Base-14 PDF fonts have no Vietnamese glyphs, so every string in the report uses this family,
embedded as subsets. Charts use the same files, so a chart and the text around it match.
DejaVu has no emoji beyond a few symbols: the characters it lacks are drawn in Noto Emoji
(monochrome), shipped beside it (see markup.runs()).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from ..paths import fonts_dir

FAMILY = "DejaVuSans"
FACES = {
    "regular": ("DejaVuSans", "DejaVuSans.ttf"),
    "bold": ("DejaVuSans-Bold", "DejaVuSans-Bold.ttf"),
    "italic": ("DejaVuSans-Oblique", "DejaVuSans-Oblique.ttf"),
    "bold_italic": ("DejaVuSans-BoldOblique", "DejaVuSans-BoldOblique.ttf"),
}
REGULAR, BOLD, ITALIC, BOLD_ITALIC = (FACES[f][0] for f in ("regular", "bold", "italic", "bold_italic"))
EMOJI, EMOJI_FILE = "NotoEmoji", "NotoEmoji-Regular.ttf"  # one face: bold and italic text draw emoji upright


def font_path(face: str = "regular") -> Path:
    return fonts_dir() / FACES[face][1]


def _utf16_hex(code_point: int) -> str:
    return chr(code_point).encode("utf-16-be", "surrogatepass").hex().upper()


def _to_unicode_cmap(fontname: str, subset) -> str:
    """reportlab's ToUnicode map writes code points above U+FFFF (emoji) as bare hex, which PDF readers
    reject, so copying such text fails; the PDF spec wants UTF-16BE (a surrogate pair)."""
    return "\n".join([
        "/CIDInit /ProcSet findresource begin", "12 dict begin", "begincmap", "/CIDSystemInfo",
        f"<< /Registry ({fontname})", f"/Ordering ({fontname})", "/Supplement 0", ">> def",
        f"/CMapName /{fontname} def", "/CMapType 2 def", "1 begincodespacerange",
        f"<00> <{len(subset) - 1:02X}>", "endcodespacerange", f"{len(subset)} beginbfchar",
        *(f"<{i:02X}> <{_utf16_hex(v)}>" for i, v in enumerate(subset)),
        "endbfchar", "endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"])


WIDTHS_KEPT = 20_000  # strings kept per face (words, mostly: a report measures ~25,000, ~2,500 different)
KEPT_LENGTH = 120  # longer strings (a long unbroken word) are measured each time: memory stays small


@cache
def _measured_font_class():
    from reportlab.pdfbase.ttfonts import TTFont

    class MeasuredFont(TTFont):
        """A TrueType font that measures each string once: breaking lines measures every word of every
        paragraph, the same words again and again, and measuring in Python was a fifth of the layout."""

        def __init__(self, name: str, filename: str) -> None:
            super().__init__(name, filename)
            self._widths: dict[str, float] = {}

        def stringWidth(self, text, size, encoding="utf8"):
            total = self._widths.get(text)
            if total is None:
                if not isinstance(text, str):
                    text = text.decode(encoding or "utf8")
                width, default = self.face.charWidths.get, self.face.defaultWidth
                total = sum(width(ord(char), default) for char in text)  # as reportlab's own TTFont.stringWidth
                if len(text) <= KEPT_LENGTH:
                    if len(self._widths) >= WIDTHS_KEPT:
                        self._widths.clear()
                    self._widths[text] = total
            return 0.001 * size * total

    return MeasuredFont


@cache
def register_fonts() -> str:
    """Register the four faces as one reportlab family (so <b> and <i> work); returns the family name."""
    from reportlab.pdfbase import pdfmetrics, ttfonts

    ttfonts.makeToUnicodeCMap = _to_unicode_cmap
    for face, (name, _file) in FACES.items():
        pdfmetrics.registerFont(_measured_font_class()(name, str(font_path(face))))
    pdfmetrics.registerFontFamily(FAMILY, normal=REGULAR, bold=BOLD, italic=ITALIC, boldItalic=BOLD_ITALIC)
    return FAMILY


@cache
def register_emoji_font() -> str:
    """Register the emoji face when a text first needs it (markup.runs() asks): text without emoji pays nothing."""
    from reportlab.pdfbase import pdfmetrics

    register_fonts()
    pdfmetrics.registerFont(_measured_font_class()(EMOJI, str(fonts_dir() / EMOJI_FILE)))
    # a family of one face, so that an emoji run inside <b> or <i> markup still finds its font
    pdfmetrics.registerFontFamily(EMOJI, normal=EMOJI, bold=EMOJI, italic=EMOJI, boldItalic=EMOJI)
    return EMOJI


@cache
def covered(name: str = REGULAR) -> frozenset[int]:
    """The code points a face has a glyph for (registering it)."""
    from reportlab.pdfbase import pdfmetrics

    if name == EMOJI:
        register_emoji_font()
    else:
        register_fonts()
    return frozenset(pdfmetrics.getFont(name).face.charToGlyph)


@cache
def covered_chars(name: str = REGULAR) -> frozenset[str]:
    return frozenset(map(chr, covered(name)))


def has_glyph(char: str, name: str = REGULAR) -> bool:
    return ord(char) in covered(name)


def chart_font(face: str = "regular"):
    """A matplotlib FontProperties on the same file, so the province dashboard's charts render Vietnamese."""
    from matplotlib.font_manager import FontProperties

    return FontProperties(fname=str(font_path(face)))
