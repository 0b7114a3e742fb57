"""Building blocks the sections share: paragraphs of user text, tables, chart images."""

from __future__ import annotations

import io
from typing import Sequence

from .document import ACCENT, CONTENT_WIDTH, MM, RULE, TINT, styles
from .fonts import REGULAR
from .markup import para


def p(value: object, style: str = "body"):
    """A paragraph of user (or any) text, escaped: shown exactly as typed."""
    from reportlab.platypus import Paragraph

    return Paragraph(para(value), styles()[style])


def rich(markup: str, style: str = "body"):
    """A paragraph of the app's own markup (user parts must already be escaped with para())."""
    from reportlab.platypus import Paragraph

    return Paragraph(markup, styles()[style])


def cell(value: object, style: str = "cell"):
    return p(value, style)


def table(header: Sequence[str] | None, rows: Sequence[Sequence], widths_mm: Sequence[float], *,
          zebra: bool = True, bold_rows: Sequence[int] = ()):
    """A full-width table; str cells become escaped paragraphs, the header repeats on each page."""
    scale = CONTENT_WIDTH / (sum(widths_mm) * MM)
    widths = [w * MM * scale for w in widths_mm]
    data = []
    if header:
        data.append([cell(h, "head") for h in header])
    for index, row in enumerate(rows):
        style = "cell_bold" if index in bold_rows else "cell"
        data.append([cell(value, style) if isinstance(value, str) else value for value in row])
    commands = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
    ]
    if header:
        commands += [("BACKGROUND", (0, 0), (-1, 0), ACCENT), ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT)]
    if zebra:
        first = 1 if header else 0
        commands += [("BACKGROUND", (0, r), (-1, r), TINT) for r in range(first + 1, len(data), 2)]
    return grid(data, widths, commands, repeat_rows=1 if header else 0)


def grid(data: list, widths: Sequence[float], commands: Sequence = (), *, repeat_rows: int = 0):
    """A reportlab Table on the embedded font (a Table otherwise sets Helvetica, which is not embedded)."""
    from reportlab.platypus import Table, TableStyle

    result = Table(data, colWidths=list(widths), repeatRows=repeat_rows, hAlign="LEFT")
    result.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands]))
    return result


def image(png: bytes, width_mm: float):
    """A chart PNG at its print size (the PNG's aspect ratio is kept)."""
    from reportlab.lib.utils import ImageReader
    from reportlab.platypus import Image

    source = io.BytesIO(png)
    pixels_w, pixels_h = ImageReader(io.BytesIO(png)).getSize()
    width = width_mm * MM
    return Image(source, width=width, height=width * pixels_h / pixels_w)


def spacer(mm: float):
    from reportlab.platypus import Spacer

    return Spacer(1, mm * MM)
