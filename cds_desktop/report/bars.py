"""Horizontal bar charts drawn natively with reportlab.graphics: vector (crisp in print), text in the
embedded font (searchable), and no matplotlib work. The current score is a solid bar, the previous one
a hatched outline and the benchmark a ◇ marker, so the series differ in grayscale too."""

from __future__ import annotations

from typing import Callable, Sequence

from ..i18n import balanced_lines
from .charts import CURRENT_COLOUR, PREVIOUS_COLOUR, Series
from .document import MM
from .fonts import REGULAR, register_fonts
from .markup import plain

LABEL_SIZE, SMALL_SIZE = 7.5, 6.5
GRID = "#cccccc"
TICKS = (0, 20, 40, 60, 80, 100)
DIAMOND = 2.6  # the benchmark marker's half-width (points)


def _lines(label: str, width: float) -> list[str]:
    """The label on lines `width` points wide, split as the radar's are (`balanced_lines`)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    return balanced_lines(plain(label), fits=lambda line: stringWidth(line, REGULAR, LABEL_SIZE) <= width)


def _hatched(x: float, y: float, w: float, h: float, group) -> None:
    """A white bar with a grey outline and 45° hatching clipped to it by hand (no fill patterns in PDF graphics)."""
    from reportlab.graphics.shapes import Line, Rect

    group.add(Rect(x, y, w, h, fillColor="#ffffff", strokeColor=PREVIOUS_COLOUR, strokeWidth=0.6))
    step = 2.4
    c = -h
    while c < w:  # lines x - x0 = (y - y0) + c, clipped to the rectangle
        x_start, x_end = max(0.0, c), min(w, h + c)
        if x_end > x_start:
            group.add(Line(x + x_start, y + x_start - c, x + x_end, y + x_end - c,
                           strokeColor=PREVIOUS_COLOUR, strokeWidth=0.45))
        c += step


def _diamond(x: float, y: float, size: float, group) -> None:
    from reportlab.graphics.shapes import Polygon

    group.add(Polygon([x - size, y, x, y + size, x + size, y, x, y - size], fillColor="#ffffff",
                      strokeColor="#000000", strokeWidth=0.8))


def bars(labels: Sequence[str], current: Series, previous: Series | None = None, benchmark: Series | None = None,
         *, number: Callable[[float], str], width_mm: float = 170, row_mm: float = 6.0):
    """A Drawing (a platypus flowable) of 0-100 scores, one row per label, sized to its content; `number` writes a
    score as the reader's language does (the report's `ctx.number`)."""
    from reportlab.graphics.shapes import Drawing, Group, Line, Rect, String
    from reportlab.pdfbase.pdfmetrics import stringWidth

    register_fonts()
    width = width_mm * MM
    label_width = 0.30 * width
    x0, x1 = label_width + 6, width - 22  # room right of a full bar for its value
    scale = (x1 - x0) / 100
    wrapped = [_lines(label, label_width) for label in labels]
    bar = (2.2 if previous is not None else 3.0) * MM
    row = max(row_mm * MM, 2 * bar + 3 if previous is not None else 0)
    heights = [max(row, len(lines) * (LABEL_SIZE + 1.5) + 3) for lines in wrapped]
    legend = 11 if previous is not None or benchmark is not None else 0
    axis = 11
    height = legend + sum(heights) + axis
    chart = Group()

    for tick in TICKS:
        x = x0 + tick * scale
        chart.add(Line(x, axis, x, axis + sum(heights), strokeColor=GRID, strokeWidth=0.5))
        chart.add(String(x, axis - SMALL_SIZE - 2, str(tick), fontName=REGULAR, fontSize=SMALL_SIZE,
                         textAnchor="middle", fillColor="#444444"))
    chart.add(Line(x0, axis, x0, axis + sum(heights), strokeColor="#666666", strokeWidth=0.6))

    def value_label(v: float | None, y: float, mark: float | None) -> None:
        """The value right of its bar; right of the benchmark's diamond when the diamond would cover it."""
        text = "—" if v is None else number(v)
        x = x0 + (v or 0) * scale + 2.5
        if mark is not None:
            left, right = x0 + mark * scale - DIAMOND, x0 + mark * scale + DIAMOND
            if left < x + stringWidth(text, REGULAR, SMALL_SIZE) and x < right:
                x = right + 1.5
        chart.add(String(x, y - SMALL_SIZE * 0.35, text, fontName=REGULAR, fontSize=SMALL_SIZE, fillColor="#000000"))

    top = axis + sum(heights)
    for index, lines in enumerate(wrapped):
        middle = top - sum(heights[:index]) - heights[index] / 2
        first = middle + (len(lines) - 1) * (LABEL_SIZE + 1.5) / 2 - LABEL_SIZE * 0.35
        for line_index, line in enumerate(lines):
            chart.add(String(label_width, first - line_index * (LABEL_SIZE + 1.5), line, fontName=REGULAR,
                             fontSize=LABEL_SIZE, textAnchor="end", fillColor="#000000"))
        now = current.values[index]
        mark = benchmark.values[index] if benchmark is not None else None
        y_now = middle + (bar / 2 + 0.5 if previous is not None else 0)
        chart.add(Rect(x0, y_now - bar / 2, (now or 0) * scale, bar, fillColor=CURRENT_COLOUR,
                       strokeColor=CURRENT_COLOUR, strokeWidth=0.4))
        value_label(now, y_now, mark)
        if previous is not None:
            before = previous.values[index]
            y_before = middle - bar / 2 - 0.5
            _hatched(x0, y_before - bar / 2, (before or 0) * scale, bar, chart)
            value_label(before, y_before, mark)
        if mark is not None:
            _diamond(x0 + mark * scale, middle, DIAMOND, chart)

    if legend:
        keys = [(current, "solid")] + ([(previous, "hatched")] if previous is not None else []) + \
               ([(benchmark, "diamond")] if benchmark is not None else [])
        x = x1
        y = height - legend + 3
        for series, kind in reversed(keys):
            text = plain(series.label)
            x -= stringWidth(text, REGULAR, SMALL_SIZE)
            chart.add(String(x, y, text, fontName=REGULAR, fontSize=SMALL_SIZE, fillColor="#000000"))
            x -= 12
            if kind == "solid":
                chart.add(Rect(x, y - 0.5, 9, 6, fillColor=CURRENT_COLOUR, strokeColor=CURRENT_COLOUR))
            elif kind == "hatched":
                _hatched(x, y - 0.5, 9, 6, chart)
            else:
                _diamond(x + 4.5, y + 2.5, DIAMOND, chart)
            x -= 10

    drawing = Drawing(width, height, initialFontName=REGULAR, initialFontSize=SMALL_SIZE)  # else Helvetica, not embedded
    drawing.add(chart)
    drawing.hAlign = "LEFT"
    return drawing
