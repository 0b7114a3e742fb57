"""Building blocks the sections share: paragraphs of user text, tables, chart images."""

from __future__ import annotations

import io
from functools import cache
from typing import Sequence

from .document import ACCENT, CONTENT_HEIGHT, CONTENT_WIDTH, MM, RULE, TINT, styles
from .fonts import REGULAR
from .markup import para, text_width

CELL_PADDING = 4  # points, left and right of every table cell

SPLIT_IN_ROW = 3 * 11  # points: a row split inside keeps at least three lines of a cell on each side
TALL_ROW = CONTENT_HEIGHT / 3  # a row this tall splits inside rather than leave a third of a page empty
PARSED_KEPT = 5000  # paragraphs whose parsed markup is kept (a report has ~600, most of them short)


@cache
def _paragraph_class():
    from reportlab.platypus import Paragraph

    parsed: dict = {}  # (markup, style) -> (cleaned text, style, fragments), for this process

    class WrapOnce(Paragraph):
        """A Paragraph that breaks its lines once per width: tables, KeepTogether and drawing wrap each cell
        again and again at the same width, and line breaking is most of the report's layout time.
        The cache is kept only while the broken lines are: splitting a paragraph across pages drops them.
        Its markup is parsed once per text and style: many cells repeat ("—", level names, table heads),
        and exporting again repeats them all."""

        _wrapped = None

        def _setup(self, text, style, bulletText, frags, cleaner):
            plain = frags is None and bulletText is None
            kept = parsed.get((text, style)) if plain else None
            if kept is None:
                super()._setup(text, style, bulletText, frags, cleaner)
                if plain:
                    if len(parsed) >= PARSED_KEPT:
                        parsed.clear()
                    parsed[(text, style)] = (self.text, self.style, [f.clone() for f in self.frags])
                return
            self.text, self.style, fragments = kept
            self.frags = [f.clone() for f in fragments]  # each paragraph's own: splitting one may change them
            self.bulletText = None
            self.debug = 0

        def wrap(self, availWidth, availHeight):
            if self._wrapped is not None and self._wrapped[0] == availWidth and "blPara" in self.__dict__:
                return self._wrapped[1]
            size = super().wrap(availWidth, availHeight)
            self._wrapped = (availWidth, size)
            return size

    return WrapOnce


def p(value: object, style: str = "body"):
    """A paragraph of user (or any) text, escaped: shown exactly as typed."""
    return _paragraph_class()(para(value), styles()[style])


def rich(markup: str, style: str = "body"):
    """A paragraph of the app's own markup (user parts must already be escaped with para())."""
    return _paragraph_class()(markup, styles()[style])


def cell(value: object, style: str = "cell"):
    return p(value, style)


def one_line_mm(value: str, style: str = "head") -> float:
    """The width, in mm on the page, a table cell needs to hold `value` on one line in `style`."""
    chosen = styles()[style]
    return (text_width(value, chosen.fontName, chosen.fontSize) + 2 * CELL_PADDING + 1) / MM


def table(header: Sequence[str] | None, rows: Sequence[Sequence], widths_mm: Sequence[float], *,
          zebra: bool = True, bold_rows: Sequence[int] = (), title=None, dense: bool = False):
    """A full-width table; str cells become escaped paragraphs. The header, or a `title` flowable spanning
    the first row, repeats on each page the table runs on to."""
    scale = CONTENT_WIDTH / (sum(widths_mm) * MM)
    widths = [w * MM * scale for w in widths_mm]
    data = []
    if title is not None:
        data.append([title] + [""] * (len(widths) - 1))
    if header:
        data.append([cell(h, "head") for h in header])
    top = len(data)
    for index, row in enumerate(rows):
        style = "cell_bold" if index in bold_rows else "cell"
        data.append([cell(value, style) if isinstance(value, str) else value for value in row])
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PADDING), ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PADDING),
        ("TOPPADDING", (0, 0), (-1, -1), 2 if dense else 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 2 if dense else 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if title is not None:
        commands += [("SPAN", (0, 0), (-1, 0)), ("LEFTPADDING", (0, 0), (0, 0), 0), ("TOPPADDING", (0, 0), (-1, 0), 6)]
    if header:
        commands += [("BACKGROUND", (0, top - 1), (-1, top - 1), ACCENT),
                     ("LINEBELOW", (0, top - 1), (-1, top - 1), 0.8, ACCENT)]
    if zebra:
        commands += [("BACKGROUND", (0, r), (-1, r), TINT) for r in range(top + 1, len(data), 2)]
    return grid(data, widths, commands, repeat_rows=top)


@cache
def _table_class():
    from reportlab.platypus import Table

    class SpanParts(tuple):
        """The two parts of a split cell that spans columns, with the width they were split at."""

        span_width: float

    class TallRowsSplit(Table):
        """A table whose rows move whole to the next page, except a row too tall to look good moved
        (a long note), which splits inside (a row taller than a page would otherwise fail the layout).
        A tall row that does not fit starts where it is, under the rows before it: split between rows first,
        it would go on this page as a second piece of the table, under the header repeated mid-page."""

        def split(self, availWidth, availHeight):
            self._calc(availWidth, availHeight)
            heights = self._rowHeights
            self.splitInRow = SPLIT_IN_ROW if max(heights, default=0) > TALL_ROW else 0
            if self.splitInRow:
                first_out = self._getFirstPossibleSplitRowPosition(availHeight, ignoreSpans=1)
                if first_out < len(heights) and heights[first_out] > TALL_ROW:
                    parts = self._splitRows(availHeight, doInRowSplit=1)
                    if parts:
                        return parts
            return super().split(availWidth, availHeight)

        # reportlab splits a cell at its own column's width, and measures the parts so, even when the cell
        # spans columns (a note under its question): half as much text goes in each part as its width holds,
        # and the rest of the row is left empty. These two give a spanning cell its whole width.
        def _splitCell(self, value, style, oldHeight, newHeight, width):
            wide = self._span_width(value)
            parts = super()._splitCell(value, style, oldHeight, newHeight, wide or width)
            if not wide or not parts or isinstance(value, str):
                return parts
            marked = [SpanParts(part) for part in parts]
            for part in marked:
                part.span_width = wide
            return tuple(marked)

        def _listCellGeom(self, V, w, s, W=None, H=None, aH=72000):
            return super()._listCellGeom(V, getattr(V, "span_width", w), s, W=W, H=H, aH=aH)

        def _span_width(self, value) -> float | None:
            for (column, row), span in (self._spanRanges or {}).items():
                if span and span[2] > span[0] and self._cellvalues[row][column] is value:
                    return self._colpositions[span[2] + 1] - self._colpositions[span[0]]
            return None

    return TallRowsSplit


def grid(data: list, widths: Sequence[float], commands: Sequence = (), *, repeat_rows: int = 0,
         heights: Sequence[float] | None = None):
    """A reportlab Table on the embedded font (a Table otherwise sets Helvetica, which is not embedded)."""
    from reportlab.platypus import TableStyle

    result = _table_class()(data, colWidths=list(widths), rowHeights=heights, repeatRows=repeat_rows, hAlign="LEFT")
    result.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands]))
    return result


@cache
def _keeper_class():
    from reportlab.platypus import KeepTogether

    class HeadsWithFirstRows(KeepTogether):
        def __init__(self, heads: Sequence, body, rows: int):
            super().__init__([*heads, body])
            self._body, self._rows = body, rows

        def wrap(self, aW, aH):
            size = super().wrap(aW, aH)
            heights = self._body._rowHeights
            self._H -= sum(heights[min(len(heights), self._body.repeatRows + self._rows):])  # what must fit here
            return size

    return HeadsWithFirstRows


def keep_with_rows(heads: Sequence, body, rows: int = 2):
    """Headings kept with the first `rows` rows of the table below them; the rest of the table may run on
    to the next page (a whole-table KeepTogether pushes every table longer than the space left to a new page)."""
    for head in heads:  # inside, headings need no keepWithNext of their own (it would re-group them)
        head.__dict__["keepWithNext"] = 0
    return _keeper_class()(heads, body, rows)


def image(png: bytes, width_mm: float):
    """A chart PNG at its print size (the PNG's aspect ratio is kept)."""
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image

    source = io.BytesIO(png)
    pixels_w, pixels_h = ImageReader(io.BytesIO(png)).getSize()
    width = width_mm * MM
    return Image(source, width=width, height=width * pixels_h / pixels_w)


def section_break():
    """A section starts on a new page, unless more than 40 % of the current one is still empty."""
    from reportlab.platypus import CondPageBreak

    return CondPageBreak(0.4 * CONTENT_HEIGHT)


def spacer(mm: float):
    from reportlab.platypus import Spacer

    return Spacer(1, mm * MM)


@cache
def _anchor_class():
    from reportlab.platypus import Flowable

    class Anchor(Flowable):
        """Takes no room; records the page it lands on, for the page references of the summary."""

        def __init__(self, key: str, drawn: dict):
            super().__init__()
            self.key, self.drawn = key, drawn
            self.width = self.height = 0
            self.keepWithNext = 1  # on the page of what follows it

        def wrap(self, availWidth, availHeight):
            return 0, 0

        def draw(self):
            self.drawn.setdefault(self.key, self.canv.getPageNumber())

    return Anchor


def anchor(key: str, drawn: dict):
    """Put before a section's heading (with the heading's keepWithNext it lands on the heading's page)."""
    return _anchor_class()(key, drawn)


@cache
def _drawn_last_class():
    from reportlab.platypus import Flowable

    class DrawnLast(Flowable):
        """Takes no room while the document is laid out; its content is made and drawn in the same place
        when the document is saved, once every other page is drawn (document.PagedCanvas.draw_later)."""

        def __init__(self, make):
            super().__init__()
            self.make = make
            self.width = self.height = 0
            self._room = (0.0, 0.0)

        def wrap(self, availWidth, availHeight):
            self._room = (availWidth, availHeight)
            return 0, 0

        def drawOn(self, canvas, x, y, _sW=0):
            width, height = self._room

            def draw():
                content = self.make()
                w, h = content.wrapOn(canvas, width, height)
                content.drawOn(canvas, x, y - h, _sW=width - w)  # as the frame would have placed it

            canvas.draw_later(draw)

    return DrawnLast


def drawn_last(make):
    """A page made by `make()` (one flowable that fits the page: a KeepInFrame) only after the rest of the
    document is drawn, so it can name the pages the anchors landed on: one layout pass instead of a pass
    per change of a page reference. It must be alone on its page (page breaks before and after it):
    what follows it is laid out as if the page were empty."""
    return _drawn_last_class()(make)
