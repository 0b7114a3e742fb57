"""The radar chart of the report, drawn natively with reportlab.graphics like the bars (bars.py): vector
(crisp in print), its labels text in the embedded font (searchable), and no matplotlib work, which made
most of an export's time. Series differ by line style and marker, not by colour alone, so they read in
grayscale: the current one solid with round markers over a light fill, the previous one dashed with
square markers."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

from ..i18n import balanced_lines
from .document import MM
from .fonts import REGULAR, register_fonts
from .markup import plain

CURRENT_COLOUR = "#1f3b63"
PREVIOUS_COLOUR = "#6b6b6b"
GRID = "#bbbbbb"
RINGS = (20, 40, 60, 80, 100)
LABEL_SIZE, RING_LABEL_SIZE = 6.5, 5.5
LINE_WIDTH = 1.6
STYLES = {"current": (CURRENT_COLOUR, None), "previous": (PREVIOUS_COLOUR, [6.4, 3.2])}  # colour, dashes


def _marker(kind: str, x: float, y: float, hollow: bool = False):
    """The current series' round marker or the previous one's square, centred on (x, y); hollow for an area
    not assessed (drawn at the centre, but not a score of 0)."""
    from reportlab.graphics.shapes import Circle, Rect

    colour = STYLES[kind][0]
    fill, stroke = ("#ffffff", colour) if hollow else (colour, None)
    if kind == "current":
        return Circle(x, y, 2.25, fillColor=fill, strokeColor=stroke, strokeWidth=1)
    return Rect(x - 2, y - 2, 4, 4, fillColor=fill, strokeColor=stroke, strokeWidth=1)


@dataclass(frozen=True)
class Series:
    label: str
    values: Sequence[float | None]  # 0-100; None = not assessed


def _wrap(label: str, width: int, room: float | None = None) -> list[str]:
    """Lines of at most `width` characters and, when `room` is given, at most `room` points wide, as even as
    can be (`balanced_lines`; a word wider than the room keeps a line of its own)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    fits = None if room is None else (lambda line: stringWidth(line, REGULAR, LABEL_SIZE) <= room)
    return balanced_lines(plain(label), width, fits)


def radar(labels: Sequence[str], current: Series, previous: Series | None = None, *, size_mm: float = 80):
    """Scores of the areas on a 0-100 spider web, the first area at the top, then clockwise; a Drawing
    (a platypus flowable) size_mm square."""
    from reportlab.graphics.shapes import Circle, Drawing, Line, PolyLine, Polygon, Rect, String
    from reportlab.pdfbase.pdfmetrics import stringWidth

    register_fonts()
    side = size_mm * MM
    drawing = Drawing(side, side, initialFontName=REGULAR, initialFontSize=LABEL_SIZE)  # else Helvetica
    legend = 14 if previous is not None else 0
    centre_x, centre_y = side / 2, legend + (side - legend) / 2
    radius = 0.28 * side  # leaves a side label ~14 mm on an 80 mm chart: "Management" fits inside it
    count = len(labels)
    angles = [math.pi / 2 - 2 * math.pi * i / count for i in range(count)]

    def point(angle: float, value: float) -> tuple[float, float]:
        return centre_x + radius * value / 100 * math.cos(angle), centre_y + radius * value / 100 * math.sin(angle)

    for ring in RINGS:
        drawing.add(Circle(centre_x, centre_y, radius * ring / 100, fillColor=None,
                           strokeColor="#999999" if ring == 100 else GRID, strokeWidth=0.6 if ring == 100 else 0.5))
    for angle in angles:
        drawing.add(Line(centre_x, centre_y, *point(angle, 100), strokeColor=GRID, strokeWidth=0.5))

    def corners(series: Series) -> list[float]:
        return [c for angle, v in zip(angles, series.values) for c in point(angle, v or 0)]

    def plot(series: Series, kind: str) -> None:
        points = corners(series)
        colour, dashes = STYLES[kind]
        drawing.add(PolyLine(points + points[:2], strokeColor=colour, strokeWidth=LINE_WIDTH, strokeDashArray=dashes))
        for x, y, value in zip(points[::2], points[1::2], series.values):
            drawing.add(_marker(kind, x, y, hollow=value is None))

    drawing.add(Polygon(corners(current), fillColor=CURRENT_COLOUR, fillOpacity=0.12, strokeColor=None))
    if previous is not None:  # over the fill, under the current line
        plot(previous, "previous")
    plot(current, "current")
    shown = [current] if previous is None else [current, previous]
    for x, y, label in _ring_labels(angles, point, [corners(series) for series in shown]):
        width = stringWidth(label, REGULAR, RING_LABEL_SIZE)  # on a light patch, so a line under it still reads
        drawing.add(Rect(x - 0.5, y - 1.2, width + 1, RING_LABEL_SIZE + 0.4, fillColor="#ffffff", fillOpacity=0.75,
                         strokeColor=None))
        drawing.add(String(x, y, label, fontName=REGULAR, fontSize=RING_LABEL_SIZE, fillColor="#666666"))

    leading = LABEL_SIZE + 1
    for angle, label in zip(angles, labels):
        x, y = point(angle, 100 + 9 * 100 / radius)  # 9 pt beyond the outer ring
        across, up = math.cos(angle), math.sin(angle)
        anchor = "start" if across > 0.2 else "end" if across < -0.2 else "middle"
        # a side label wraps within the drawing: the chart sits against the page's margin
        lines = _wrap(label, 16, {"start": side - x, "end": x}.get(anchor))
        block, width = len(lines) * leading, max(stringWidth(text, REGULAR, LABEL_SIZE) for text in lines)
        top = y + block / 2 if abs(up) < 0.5 else (y + block if up > 0 else y)  # above the top, below the bottom
        middle = x + {"start": width / 2, "end": -width / 2, "middle": 0}[anchor]  # lines centred on each other
        for n, text in enumerate(lines):
            drawing.add(String(middle, top - (n + 1) * leading + 1.5, text, fontName=REGULAR, fontSize=LABEL_SIZE,
                               textAnchor="middle", fillColor="#000000"))

    if previous is not None:
        _legend(drawing, side, [(current, "current"), (previous, "previous")])
    drawing.hAlign = "CENTER"
    return drawing


def _ring_labels(angles: list[float], point, series_corners: list[list[float]]) -> list[tuple[float, float, str]]:
    """Where the ring values 20…80 are written (each label's baseline start): half-way between two neighbouring
    areas, in the gap where they keep farthest from the series' lines and markers (in the first gap with the
    same room), so a score near a ring value does not sit on its label."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def placed(between: float) -> list[tuple[float, float, str]]:
        return [(x + 1, y - RING_LABEL_SIZE * 0.35, str(ring))
                for ring in RINGS[:-1] for x, y in [point(between, ring)]]

    # the series as dots along its lines (the corners are its markers): a label's distance to the nearest one
    dots = [(xs[i] + (xs[i + 1] - xs[i]) * t / 8, ys[i] + (ys[i + 1] - ys[i]) * t / 8)
            for corners in series_corners for xs, ys in [(corners[::2] + corners[:1], corners[1::2] + corners[1:2])]
            for i in range(len(xs) - 1) for t in range(8)]

    def room(labels: list[tuple[float, float, str]]) -> float:
        def apart(x: float, y: float, label: str, dot: tuple[float, float]) -> float:
            right, top = x + stringWidth(label, REGULAR, RING_LABEL_SIZE), y + RING_LABEL_SIZE * 0.7
            return math.hypot(max(x - dot[0], 0, dot[0] - right), max(y - dot[1], 0, dot[1] - top))
        return min((apart(*label, dot) for label in labels for dot in dots), default=math.inf)

    gaps = [angles[i] - math.pi / len(angles) for i in range(len(angles))]
    return placed(max(gaps, key=lambda between: (round(room(placed(between)), 1), -gaps.index(between))))


def _legend(drawing, side: float, keys: list[tuple[Series, str]]) -> None:
    """Each series' line and marker, then its name, centred along the bottom."""
    from reportlab.graphics.shapes import Line, String
    from reportlab.pdfbase.pdfmetrics import stringWidth

    sample, gap = 18, 10
    widths = [sample + 3 + stringWidth(plain(s.label), REGULAR, LABEL_SIZE) for s, _ in keys]
    x, y = (side - sum(widths) - gap * (len(keys) - 1)) / 2, 4
    for (series, kind), width in zip(keys, widths):
        colour, dashes = STYLES[kind]
        drawing.add(Line(x, y + 2.5, x + sample, y + 2.5, strokeColor=colour, strokeWidth=LINE_WIDTH,
                         strokeDashArray=dashes))
        drawing.add(_marker(kind, x + sample / 2, y + 2.5))
        drawing.add(String(x + sample + 3, y, plain(series.label), fontName=REGULAR, fontSize=LABEL_SIZE,
                           fillColor="#000000"))
        x += width + gap
