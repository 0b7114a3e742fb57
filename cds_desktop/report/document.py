"""The A4 page: styles, header and footer on every page ("Trang x / y"), metadata, deterministic output.

Total pages are known only at the end, so the canvas keeps each page's state and draws the header
and footer when the document is saved; so too a page that refers to later pages (`blocks.drawn_last`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from ..formats import format_date
from .fonts import BOLD, BOLD_ITALIC, ITALIC, REGULAR, register_fonts
from .markup import draw_text, plain, text_width, truncate

MM = 72 / 25.4
PAGE_WIDTH, PAGE_HEIGHT = 210 * MM, 297 * MM  # A4
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 20 * MM, 24 * MM, 20 * MM
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
CONTENT_HEIGHT = PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM

INK = "#1a1a1a"
ACCENT = "#1f3b63"  # dark navy: prints as a dark grey
MUTED = "#5c6670"
RULE = "#b8c0c8"
TINT = "#eef2f6"


@dataclass(frozen=True)
class Chrome:
    """What every page shows, and the document's metadata."""

    title: str  # PDF title
    business: str  # business name, truncated in the header
    page_label: str  # "Trang {page} / {pages}"
    author: str
    subject: str
    lang: str  # "vi" | "en"
    on: date
    watermark: str = ""  # e.g. "BẢN NHÁP" on a draft's every page
    header_title: str = ""  # defaults to the PDF title


@cache
def styles() -> dict:
    from reportlab.lib.colors import HexColor
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle

    register_fonts()
    # Colours parsed once: a "#rrggbb" string in a style is parsed again (slowly) for every line drawn.
    ink, accent, muted, tint, white = (HexColor(c) for c in (INK, ACCENT, MUTED, TINT, "#ffffff"))
    base = ParagraphStyle("body", fontName=REGULAR, fontSize=9.5, leading=13, textColor=ink, alignment=TA_LEFT,
                          splitLongWords=1, spaceAfter=3)
    return {
        "body": base,
        "small": ParagraphStyle("small", base, fontSize=8, leading=10.5),
        "muted": ParagraphStyle("muted", base, fontSize=8, leading=10.5, textColor=muted),
        "italic": ParagraphStyle("italic", base, fontName=ITALIC),
        "title": ParagraphStyle("title", base, fontName=BOLD, fontSize=18, leading=22, textColor=accent, spaceAfter=2),
        "subtitle": ParagraphStyle("subtitle", base, fontSize=9.5, leading=12.5, textColor=muted, spaceAfter=6),
        "h1": ParagraphStyle("h1", base, fontName=BOLD, fontSize=14, leading=18, textColor=accent,
                             spaceBefore=4, spaceAfter=8, keepWithNext=1),
        "h2": ParagraphStyle("h2", base, fontName=BOLD, fontSize=11, leading=14, textColor=accent,
                             spaceBefore=10, spaceAfter=5, keepWithNext=1),  # a heading never ends a page
        "h3": ParagraphStyle("h3", base, fontName=BOLD, fontSize=9.5, leading=13, spaceBefore=6, spaceAfter=2,
                             keepWithNext=1),
        "compact": ParagraphStyle("compact", base, fontSize=8.5, leading=11, spaceAfter=2),
        "cell": ParagraphStyle("cell", base, fontSize=8.5, leading=11, spaceAfter=0),
        "dense": ParagraphStyle("dense", base, fontSize=7.8, leading=9.6, spaceAfter=0),  # long annex tables
        "cell_bold": ParagraphStyle("cell_bold", base, fontName=BOLD, fontSize=8.5, leading=11, spaceAfter=0),
        "cell_right": ParagraphStyle("cell_right", base, fontSize=8.5, leading=11, spaceAfter=0, alignment=TA_RIGHT),
        "cell_center": ParagraphStyle("cell_center", base, fontSize=8.5, leading=11, spaceAfter=0,
                                      alignment=TA_CENTER),
        "head": ParagraphStyle("head", base, fontName=BOLD, fontSize=8.5, leading=11, spaceAfter=0,
                               textColor=white),
        "big": ParagraphStyle("big", base, fontName=BOLD, fontSize=26, leading=30, textColor=accent, spaceAfter=0),
        "big_level": ParagraphStyle("big_level", base, fontName=BOLD, fontSize=19, leading=23, textColor=accent,
                                    spaceAfter=3),
        "banner": ParagraphStyle("banner", base, fontName=BOLD_ITALIC, fontSize=10, leading=13, textColor=ink,
                                 borderColor=ink, borderWidth=0.8, borderPadding=6, backColor=tint,
                                 spaceBefore=4, spaceAfter=12),
    }


HEADER_GAP = 6 * MM  # between the title and the business name in the page header


def _width(text: str, font: str, size: float) -> float:
    return text_width(text, font, size)


def _fitted(value: str, room: float, font: str, size: float) -> str:
    """The name cut short (at most 70 characters) so that it fits `room` points: a long name, or wide
    letters, would otherwise run under the title at the other end of the header."""
    limit = 70
    text = plain(truncate(value, limit))
    while limit > 1 and _width(text, font, size) > room:
        limit -= 1
        text = plain(truncate(value, limit))
    return text


def _canvas_class(chrome: Chrome) -> Any:  # a reportlab Canvas subclass (reportlab is untyped)
    from reportlab.pdfgen.canvas import Canvas

    header_title = plain(truncate(chrome.header_title or chrome.title, 60))
    header_name = _fitted(chrome.business, CONTENT_WIDTH - _width(header_title, BOLD, 8) - HEADER_GAP, REGULAR, 8)
    stamp = f"D:{chrome.on:%Y%m%d}000000+07'00'"

    class PagedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []
            self._later: dict[int, list] = {}  # page number -> what to draw on it when saving
            self.setDateFormatter(lambda *_: stamp)  # creation date = the report date, not the clock
            self.setTitle(chrome.title)
            self.setAuthor(chrome.author)
            self.setSubject(chrome.subject)
            self.setCreator("CĐS Desktop")

        def draw_later(self, draw) -> None:
            """Call `draw()` on this page when the document is saved, after every page is laid out."""
            self._later.setdefault(self.getPageNumber(), []).append(draw)

        def showPage(self):
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for number, state in enumerate(self._pages, 1):
                self.__dict__.update(state)
                for draw in self._later.get(number, ()):
                    draw()
                self._draw_chrome(number, total)
                super().showPage()
                self._after_page(number, total)
            super().save()

        def _after_page(self, number: int, total: int) -> None:
            """Called once page `number` is out: a subclass may add a page of its own there."""

        def _draw_chrome(self, number: int, total: int) -> None:
            self.saveState()
            if chrome.watermark:
                self.setFont(BOLD, 64)
                self.setFillColor("#000000", alpha=0.07)
                self.translate(PAGE_WIDTH / 2, PAGE_HEIGHT / 2)
                self.rotate(35)
                self.drawCentredString(0, 0, chrome.watermark)
                self.rotate(-35)
                self.translate(-PAGE_WIDTH / 2, -PAGE_HEIGHT / 2)
                self.setFillColor("#000000", alpha=1)
            top = PAGE_HEIGHT - 13 * MM
            self.setFillColor(ACCENT)
            self.setFont(BOLD, 8)
            draw_text(self, MARGIN_X, top, header_title, BOLD, 8)
            self.setFillColor(MUTED)
            self.setFont(REGULAR, 8)
            draw_text(self, PAGE_WIDTH - MARGIN_X, top, header_name, REGULAR, 8, right=True)
            self.setStrokeColor(RULE)
            self.setLineWidth(0.6)
            self.line(MARGIN_X, top - 2.5 * MM, PAGE_WIDTH - MARGIN_X, top - 2.5 * MM)
            bottom = 11 * MM
            self.line(MARGIN_X, bottom + 4 * MM, PAGE_WIDTH - MARGIN_X, bottom + 4 * MM)
            self.drawString(MARGIN_X, bottom, f"CĐS Desktop · {format_date(chrome.on, chrome.lang)}")
            self.drawRightString(PAGE_WIDTH - MARGIN_X, bottom, chrome.page_label.format(page=number, pages=total))
            self.restoreState()

    return PagedCanvas


def write_pdf(target: Path, story: list, chrome: Chrome) -> None:
    """Lay out `story` on A4 pages into `target` (a temporary file from fileio.atomic_output)."""
    from reportlab import rl_config
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    register_fonts()
    doc = BaseDocTemplate(
        str(target), pagesize=(PAGE_WIDTH, PAGE_HEIGHT), leftMargin=MARGIN_X, rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM, title=chrome.title, author=chrome.author,
        subject=chrome.subject, creator="CĐS Desktop", lang="vi-VN" if chrome.lang == "vi" else "en",
        invariant=1, initialFontName=REGULAR, initialFontSize=9.5)
    frame = Frame(MARGIN_X, MARGIN_BOTTOM, CONTENT_WIDTH, CONTENT_HEIGHT,
                  leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    ascii85 = rl_config.useA85
    rl_config.useA85 = 0  # binary streams: smaller files, and no pure-Python ASCII85 encoding of fonts and images
    try:
        doc.build(story, canvasmaker=_canvas_class(chrome))
    finally:
        rl_config.useA85 = ascii85
