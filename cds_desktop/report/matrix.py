"""The priority matrix of the roadmap (in the manner of SIRI's prioritisation matrix): every step by its
number, placed by impact (high, medium, low) and effort (low, medium, high). Shades of grey and words,
not colours, so it reads in grey print; steps required by law are in bold."""

from __future__ import annotations

import math

from ..domain.roadmap import TAG_NAMES
from .blocks import grid, p, rich
from .context import ReportContext
from .document import INK, MM, RULE

IMPACTS = ("high", "medium", "low")
EFFORTS = ("low", "medium", "high")
# (impact row, effort column) -> grey: darker is more worth doing first; the text stays black on all of them
_SHADES = {0: "#c8c8c8", 1: "#dcdcdc", 2: "#ececec", 3: "#f6f6f6", 4: "#ffffff"}


def impact_bands(steps) -> dict[str, str]:
    """{question id: "high" | "medium" | "low"}: the roadmap's priority (gap × weight × weakness of the
    area) split in thirds by rank; equal priorities share a band."""
    ranked = sorted((s.priority for s in steps), reverse=True)
    if not ranked:
        return {}
    high = ranked[math.ceil(len(ranked) / 3) - 1]
    medium = ranked[math.ceil(2 * len(ranked) / 3) - 1]
    return {s.question_id: "high" if s.priority >= high else "medium" if s.priority >= medium else "low"
            for s in steps}


def placement(ctx: ReportContext) -> dict[tuple[str, str], list[tuple[int, bool]]]:
    """{(impact, effort): [(step number, required by law), ...]} with steps numbered as in the roadmap."""
    steps = ctx.plan.roadmap.steps
    bands = impact_bands(steps)
    cells: dict[tuple[str, str], list[tuple[int, bool]]] = {(i, e): [] for i in IMPACTS for e in EFFORTS}
    for number, step in enumerate(steps, 1):
        effort = step.effort if step.effort in EFFORTS else "medium"
        cells[(bands[step.question_id], effort)].append((number, step.obligation))
    return cells


def priority_matrix(ctx: ReportContext) -> list:
    from reportlab.platypus import KeepTogether

    cells = placement(ctx)
    names = {"high": ctx.say("cao", "high"), "medium": ctx.say("vừa", "medium"), "low": ctx.say("thấp", "low")}
    corner = {("high", "low"): ctx.say("Làm ngay", "Quick wins"),
              ("high", "high"): ctx.say("Dự án lớn", "Major projects"),
              ("low", "low"): ctx.say("Khi rảnh", "Fill-ins"),
              ("low", "high"): ctx.say("Cân nhắc", "Think twice")}

    def content(impact: str, effort: str) -> list:
        numbers = " ".join(f"<b><u>{n}</u></b>" if law else str(n) for n, law in cells[(impact, effort)])
        out = []
        if (impact, effort) in corner:
            out.append(rich(f"<i>{corner[(impact, effort)]}</i>", "muted"))
        out.append(rich(numbers or "—", "cell"))
        return out

    # no-break spaces: an arrow stays with its word when the narrow corner cell wraps
    data = [[p(ctx.say("Tác động\u00a0↓ / Công sức\u00a0→", "Impact\u00a0↓ / Effort\u00a0→"), "cell_bold")]
            + [p(f"{ctx.say('Công sức', 'Effort')} {ctx.tr(TAG_NAMES[e])}", "cell_bold") for e in EFFORTS]]
    commands = [("GRID", (0, 0), (-1, -1), 0.6, RULE), ("BOX", (1, 1), (-1, -1), 1, INK),
                ("VALIGN", (0, 0), (-1, -1), "TOP"), ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]
    for row, impact in enumerate(IMPACTS, 1):
        data.append([p(f"{ctx.say('Tác động', 'Impact')} {names[impact]}", "cell_bold")]
                    + [content(impact, effort) for effort in EFFORTS])
        commands += [("BACKGROUND", (col, row), (col, row), _SHADES[row - 1 + col - 1]) for col in range(1, 4)]
    legend = p(ctx.say(
        "Số là số thứ tự bước trong lộ trình bên dưới; số đậm, gạch chân: bắt buộc theo quy định. Tác động: mức ưu "
        "tiên của bước (số mức cần tăng × trọng số câu hỏi × độ yếu của lĩnh vực), chia ba theo thứ hạng. Ô càng đậm "
        "càng nên làm trước.",
        "Numbers are the steps of the roadmap below; bold and underlined: required by law. Impact: the step's "
        "priority (levels to gain × question weight × weakness of the area), split in thirds by rank. The darker "
        "the cell, the sooner the step."), "muted")
    matrix = grid(data, [34 * MM, 45 * MM, 45 * MM, 46 * MM], commands)
    return [KeepTogether([p(ctx.say("Ma trận ưu tiên", "Priority matrix"), "h2"), matrix, legend])]
