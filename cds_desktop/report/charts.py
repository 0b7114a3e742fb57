"""The radar chart of the report: a matplotlib `Figure` on the Agg canvas (never pyplot), returned as
PNG bytes at print resolution. Series differ by line style and marker, not by colour alone, so they
read in grayscale. (The bar charts are drawn natively by reportlab: bars.py.)"""

from __future__ import annotations

import io
import math
import textwrap
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Sequence, cast

from ..mpl_setup import configure_matplotlib_cache
from .fonts import chart_font
from .markup import plain

if TYPE_CHECKING:
    from matplotlib.projections.polar import PolarAxes

DPI = 220
CURRENT_COLOUR = "#1f3b63"
PREVIOUS_COLOUR = "#6b6b6b"


@dataclass(frozen=True)
class Series:
    label: str
    values: Sequence[float | None]  # 0-100; None = not assessed


def _png(figure) -> bytes:
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(figure)
    out = io.BytesIO()
    figure.savefig(out, format="png", dpi=DPI, metadata={"Software": None}, pil_kwargs={"compress_level": 1})
    return out.getvalue()


def _wrap(label: str, width: int) -> str:
    return "\n".join(textwrap.wrap(plain(label), width)) or " "


def radar(labels: Sequence[str], current: Series, previous: Series | None = None, *, size_mm: float = 80) -> bytes:
    """Scores of the areas on a 0-100 spider web; the previous assessment dashed with square markers."""
    def frozen(series: Series) -> Series:  # hashable, for the cache
        return Series(series.label, tuple(series.values))

    return _radar(tuple(labels), frozen(current), None if previous is None else frozen(previous), size_mm)


@lru_cache(maxsize=4)  # exporting the same scores again (to another file, on another date) reuses the image
def _radar(labels: tuple[str, ...], current: Series, previous: Series | None, size_mm: float) -> bytes:
    configure_matplotlib_cache()  # before the first matplotlib import: a kept font cache
    from matplotlib.figure import Figure

    font = chart_font()
    inch = size_mm / 25.4
    figure = Figure(figsize=(inch, inch))
    ax = cast("PolarAxes", figure.add_axes((0.2, 0.17, 0.6, 0.6), projection="polar"))
    count = len(labels)
    angles = [2 * math.pi * i / count for i in range(count)]
    closed = angles + angles[:1]

    def plot(series: Series, colour: str, style: str | tuple[int, tuple[int, int]], marker: str, fill: bool) -> None:
        values = [v or 0 for v in series.values]
        ax.plot(closed, values + values[:1], linestyle=style, marker=marker, color=colour, linewidth=1.6,
                markersize=4.5, label=plain(series.label), zorder=3 if fill else 2)
        if fill:
            ax.fill(closed, values + values[:1], color=colour, alpha=0.12)

    plot(current, CURRENT_COLOUR, "-", "o", True)
    if previous is not None:
        plot(previous, PREVIOUS_COLOUR, (0, (4, 2)), "s", False)
    ax.set_theta_offset(math.pi / 2)  # first area at the top, then clockwise
    ax.set_theta_direction(-1)
    ax.set_xlim(0, 2 * math.pi)
    ax.set_ylim(0, 100)
    ax.set_yticks([20, 40, 60, 80, 100])
    ax.set_yticklabels(["20", "40", "60", "80", ""], fontproperties=_sized(font, 5.5), color="#666666")
    ax.set_rlabel_position(360 / count / 2)
    ax.set_xticks(angles)
    ax.set_xticklabels([_wrap(label, 16) for label in labels], fontproperties=_sized(font, 6.5))
    ax.tick_params(axis="x", pad=7)
    ax.grid(color="#bbbbbb", linewidth=0.5)
    ax.spines["polar"].set_color("#999999")
    if previous is not None:
        figure.legend(loc="lower center", ncol=2, frameon=False, prop=_sized(font, 6.5),
                      handlelength=2.6, borderaxespad=0.2)
    return _png(figure)


def _sized(font, size: float):
    font = font.copy()
    font.set_size(size)
    return font
