"""What the on-screen charts draw, as functions of a matplotlib Figure (no import of matplotlib here:
the figure comes from ChartArea). Series differ by line style and marker as well as colour."""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

from ...formats import format_score
from ...i18n import balanced_lines
from .chart import CURRENT, FONT, GRID, INK


@dataclass(frozen=True)
class Line:
    label: str
    values: Sequence[float | None]  # 0-100; None = not assessed (drawn at 0, marked hollow)
    colour: str = CURRENT
    dashed: bool = False


def _wrap(label: str, width: int = 16) -> str:
    return "\n".join(balanced_lines(label, width))  # "Thương mại / điện tử", as the report's radar


def radar(figure, labels: Sequence[str], lines: Sequence[Line]) -> None:
    axes = figure.add_subplot(projection="polar")
    n = len(labels)
    axes.set_theta_offset(math.pi / 2)  # the first area at the top, the others clockwise
    axes.set_theta_direction(-1)
    angles = [2 * math.pi * i / n for i in range(n)]
    closed = angles + angles[:1]
    for line in lines:
        values = [v or 0.0 for v in line.values]
        axes.plot(closed, values + values[:1], color=line.colour, linewidth=2,
                  linestyle="--" if line.dashed else "-", marker="s" if line.dashed else "o", markersize=5,
                  label=line.label)
        axes.fill(closed, values + values[:1], color=line.colour, alpha=0.08 if line.dashed else 0.18)
    axes.set_ylim(0, 100)
    axes.set_yticks([20, 40, 60, 80, 100])
    axes.set_yticklabels(["20", "40", "60", "80", "100"], fontsize=7, color="#5a6878", fontfamily=FONT)
    axes.set_xticks(angles)
    axes.set_xticklabels([_wrap(label) for label in labels], fontsize=8.5, color=INK, fontfamily=FONT)
    axes.tick_params(axis="x", pad=6)
    axes.grid(color=GRID, linewidth=0.8)
    axes.spines["polar"].set_color(GRID)
    axes.set_facecolor("#ffffff")
    if len(lines) > 1:
        axes.legend(loc="upper left", bbox_to_anchor=(-0.05, 1.12), fontsize=8, frameon=False,
                    prop={"family": FONT, "size": 8})


def trend(figure, stages: Sequence[str], scores: Sequence[float | None], title: str, highlight: Sequence[int] = (),
          lang: str = "vi") -> None:
    """The overall score at every stage; the two compared stages drawn larger."""
    axes = figure.add_subplot()
    xs = list(range(len(stages)))
    shown = [(x, s) for x, s in zip(xs, scores) if s is not None]
    if shown:
        axes.plot([x for x, _ in shown], [s for _, s in shown], color=CURRENT, linewidth=2, marker="o", markersize=5)
        for x, s in shown:
            axes.annotate(format_score(s, lang), (x, s), textcoords="offset points", xytext=(0, 7), ha="center",
                          fontsize=8, color=INK, fontfamily=FONT)
    for x in highlight:
        if 0 <= x < len(scores) and scores[x] is not None:
            axes.plot([x], [scores[x]], marker="o", markersize=10, markerfacecolor="none", markeredgecolor=INK)
    axes.set_xticks(xs)
    axes.set_xticklabels(stages, fontsize=8.5, color=INK, fontfamily=FONT)
    axes.set_xlim(-0.5, max(len(stages) - 0.5, 0.5))
    axes.set_ylim(0, 105)
    axes.set_yticks([0, 20, 40, 60, 80, 100])
    axes.tick_params(axis="y", labelsize=7, colors="#5a6878")
    axes.grid(axis="y", color=GRID, linewidth=0.8)
    for side in ("top", "right"):
        axes.spines[side].set_visible(False)
    axes.set_title(title, fontsize=9.5, color=INK, fontfamily=FONT, loc="left")
    axes.set_facecolor("#ffffff")

