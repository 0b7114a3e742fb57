"""Charts for the report: matplotlib `Figure` objects on the Agg canvas (never pyplot), returned as
PNG bytes at print resolution. Series differ by line style, marker and hatch, not by colour alone,
so they read in grayscale."""

from __future__ import annotations

import io
import math
import textwrap
from dataclasses import dataclass
from typing import Sequence

from ..mpl_setup import configure_matplotlib_cache
from .fonts import chart_font
from .markup import plain

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
    configure_matplotlib_cache()  # before the first matplotlib import: a kept font cache
    from matplotlib.figure import Figure

    font = chart_font()
    inch = size_mm / 25.4
    figure = Figure(figsize=(inch, inch))
    ax = figure.add_axes((0.2, 0.17, 0.6, 0.6), projection="polar")
    count = len(labels)
    angles = [2 * math.pi * i / count for i in range(count)]
    closed = angles + angles[:1]

    def plot(series: Series, colour: str, style: str, marker: str, fill: bool) -> None:
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


def bars(labels: Sequence[str], current: Series, previous: Series | None = None,
         benchmark: Series | None = None, *, number=lambda v: f"{v:.1f}", width_mm: float = 160,
         row_mm: float = 6.5) -> bytes:
    """Horizontal bars, 0-100: the current score solid, the previous one hatched, the benchmark a ◇ marker."""
    configure_matplotlib_cache()
    from matplotlib.figure import Figure

    font = chart_font()
    rows = len(labels)
    height_mm = rows * row_mm * (1.45 if previous else 1) + 16
    figure = Figure(figsize=(width_mm / 25.4, height_mm / 25.4))
    label_share = 0.30
    ax = figure.add_axes((label_share, 12 / height_mm, 0.62, 1 - 16 / height_mm))
    step = 1.45 if previous else 1.0
    ys = [i * step for i in range(rows)]
    thick = 0.55

    def draw(series: Series, offset: float, **style) -> None:
        values = [v or 0 for v in series.values]
        positions = [y + offset for y in ys]
        ax.barh(positions, values, height=thick, label=plain(series.label), **style)
        for y, v in zip(positions, series.values):
            shown = "—" if v is None else number(v)
            ax.text((v or 0) + 1.2, y, shown, va="center", fontproperties=_sized(font, 6.5))

    if previous is not None:
        draw(current, -0.3, color=CURRENT_COLOUR, edgecolor=CURRENT_COLOUR)
        draw(previous, 0.3, color="#ffffff", edgecolor=PREVIOUS_COLOUR, hatch="////", linewidth=0.6)
    else:
        draw(current, 0, color=CURRENT_COLOUR, edgecolor=CURRENT_COLOUR)
    if benchmark is not None:
        points = [(v, y) for v, y in zip(benchmark.values, ys) if v is not None]
        ax.plot([v for v, _ in points], [y for _, y in points], linestyle="none", marker="D", markersize=4,
                color="#000000", markerfacecolor="#ffffff", markeredgewidth=1, label=plain(benchmark.label),
                zorder=4)
    ax.set_xlim(0, 108)
    ax.set_ylim(ys[-1] + step * 0.6, -step * 0.6)
    ax.set_yticks(ys)
    ax.set_yticklabels([_wrap(label, 30) for label in labels], fontproperties=_sized(font, 7))
    ax.set_xticks([0, 20, 40, 60, 80, 100])
    ax.set_xticklabels(["0", "20", "40", "60", "80", "100"], fontproperties=_sized(font, 6.5))
    ax.grid(axis="x", color="#cccccc", linewidth=0.5)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    if previous is not None or benchmark is not None:
        ax.legend(loc="lower right", bbox_to_anchor=(1.0, 1.0), ncol=3, frameon=False, prop=_sized(font, 6.5),
                  borderaxespad=0.2)
    return _png(figure)
