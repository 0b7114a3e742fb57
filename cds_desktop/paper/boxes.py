"""Reading one box of a straightened page: how much of its inside is ink, whether a line strikes through it,
and how sure that reading is.

Ink is measured against the paper around the box (so shadows and uneven light do not count), after
the box is found within a millimetre of where the layout puts it (a photo is never perfectly flat).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ..report.form_layout import Rect
from .locate import PX_PER_POINT

EMPTY_BELOW = 0.045  # share of the inside that is ink: below, the box is empty
MARKED_ABOVE = 0.10  # above, it is marked; between, a person looks
INK = 0.2  # a pixel this much darker than the paper is ink
SHIFT = 8  # pixels (1 mm) the box may sit away from where the layout says
INSET = 0.2  # the inside measured: the box less this share of its side on each edge (the printed border)
MARGIN = 14  # pixels of paper read around the box


@dataclass(frozen=True)
class BoxReading:
    fill: float  # share of the inside that is ink
    struck: bool  # a line runs through the box and out on both sides: the writer cancelled it
    state: str  # "marked" | "empty" | "unclear"
    confidence: float  # 0..1: how far the reading is from the thresholds
    crop: tuple[int, int, int, int]  # the box with some paper around it, in canonical pixels (x0, y0, x1, y1)


def canonical_rect(rect: Rect, page_height: float) -> tuple[float, float, float, float]:
    x0, y0, x1, y1 = rect
    return x0 * PX_PER_POINT, (page_height - y1) * PX_PER_POINT, x1 * PX_PER_POINT, (page_height - y0) * PX_PER_POINT


@cache
def _outline(side: int):
    import numpy as np

    template = np.zeros((side, side), np.float32)
    template[:2, :] = template[-2:, :] = template[:, :2] = template[:, -2:] = 1
    return template


def read_box(page, rect: Rect, page_height: float) -> BoxReading:
    import cv2
    import numpy as np

    u0, v0, u1, v1 = canonical_rect(rect, page_height)
    side = int(round(u1 - u0))
    h, w = page.shape
    left, top = int(round(u0)) - MARGIN, int(round(v0)) - MARGIN
    window = page[max(0, top):min(h, top + side + 2 * MARGIN), max(0, left):min(w, left + side + 2 * MARGIN)]
    crop = (max(0, left), max(0, top), min(w, left + side + 2 * MARGIN), min(h, top + side + 2 * MARGIN))
    if window.shape != (side + 2 * MARGIN, side + 2 * MARGIN):
        return BoxReading(0.0, False, "unclear", 0.0, crop)
    paper = float(np.percentile(window, 90))
    if paper < 60:  # a black patch: a shadow, a finger, a fold
        return BoxReading(1.0, False, "unclear", 0.0, crop)
    smooth = cv2.GaussianBlur(window, (3, 3), 0).astype(np.float32)
    ink = np.clip((paper - smooth) / paper, 0, 1)
    # Where is the printed border? The outline that catches the most ink within SHIFT pixels.
    reach = MARGIN - SHIFT
    search = ink[reach:reach + side + 2 * SHIFT, reach:reach + side + 2 * SHIFT]
    scores = cv2.matchTemplate(search, _outline(side), cv2.TM_CCORR)
    dy, dx = np.unravel_index(int(np.argmax(scores)), scores.shape)
    x, y = reach + int(dx), reach + int(dy)
    inset = int(round(side * INSET))
    inside = ink[y + inset:y + side - inset, x + inset:x + side - inset]
    fill = float(np.mean(inside > INK))
    struck = fill > EMPTY_BELOW and _struck(ink, x, y, side, inset)
    if fill >= MARKED_ABOVE:
        state, confidence = "marked", min(1.0, (fill - MARKED_ABOVE) / 0.1 + 0.5)
    elif fill <= EMPTY_BELOW:
        state, confidence = "empty", min(1.0, (EMPTY_BELOW - fill) / 0.04 + 0.5)
    else:
        state = "unclear"
        confidence = 0.5 * min(fill - EMPTY_BELOW, MARKED_ABOVE - fill) / ((MARKED_ABOVE - EMPTY_BELOW) / 2)
    return BoxReading(round(fill, 3), struck, state, round(confidence, 3), crop)


def _struck(ink, x: int, y: int, side: int, inset: int) -> bool:
    """Ink in the narrow gaps left and right of the box on a common row band: a line drawn through it."""
    import numpy as np

    rows = slice(y + inset, y + side - inset)
    gap = slice(3, 9)  # 0.4 to 1.1 mm outside the border: nothing is printed there
    left = ink[rows, max(0, x - gap.stop):max(0, x - gap.start)]
    right = ink[rows, x + side + gap.start:x + side + gap.stop]
    if left.size == 0 or right.size == 0:
        return False
    left_rows, right_rows = (left > INK).mean(axis=1) > 0.5, (right > INK).mean(axis=1) > 0.5
    return bool(np.any(left_rows) and np.any(right_rows))
