"""The province summary: per group of businesses, counts, mean and median score, level distribution,
pillar and area means; and the uplift of businesses with a T0 and a later stage in the same export.

Only completed assessments count (a draft's score is provisional). Without --stage each business
counts once, with its latest stage. A business is an export's business key: exports cannot be linked
to each other (that is what makes them anonymous), so a business sent in two exports counts twice.
Every cell that stands for fewer than MIN_CELL businesses (or pairs) shows no figure, only that it
was suppressed; and so is every further cell (the smallest first) needed so that the hidden cells of a
row or column stand for at least MIN_CELL businesses together: else the total minus the cells shown
would give a small one away. A filtered view hides what the same cells hide in the unfiltered view."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any, Callable, Sequence

from ..domain.business import SIZE_CLASS_NAMES
from ..domain.instrument import AREA_IDS, PILLAR_IDS
from ..domain.vocabulary import entity_type_names, sector_names
from ..errors import InputError, Problem
from ..formats import format_number, format_score
from ..i18n import Text, text, tr
from .fields import MIN_CELL

DIMENSIONS = {"commune": "commune", "sector": "sector", "size": "size_class", "entity_type": "entity_type",
              "stage": "stage"}
# What a suppressed cell shows instead of its figures: "<5", or this for a cell hidden only so that a
# small cell cannot be worked out by subtraction.
HIDDEN = text("ẩn", "hidden")
HIDDEN_NOTE = text(f"“ẩn”: ô từ {MIN_CELL} cơ sở trở lên cũng bị ẩn, để không ai lấy tổng trừ các ô còn lại mà "
                   f"tính ra một ô dưới {MIN_CELL} cơ sở.",
                   f"“hidden”: a cell of {MIN_CELL} or more businesses hidden as well, so that no one can subtract "
                   f"the other cells from the total to work out a cell of fewer than {MIN_CELL}.")
WHOLE_PROVINCE = text("(cả tỉnh, xã đã ẩn)", "(whole province, commune hidden)")
LEVELS = range(6)


def pillar_names() -> dict[str, Text]:
    """Pillar and area names as the current instrument gives them (ids when none is installed)."""
    from ..domain.instrument import current_instrument
    from ..errors import InstrumentError

    names: dict[str, Text] = {i: text(i, i) for i in (*PILLAR_IDS, *AREA_IDS)}
    try:
        instrument = current_instrument()
    except InstrumentError:
        return names
    return names | {n.id: n.name for n in (*instrument.pillars, *instrument.areas)}


def label(dimension: str, value: str | None, lang: str) -> str:
    if dimension == "commune":
        return value or tr(WHOLE_PROVINCE, lang)
    names = {"sector": sector_names(), "entity_type": entity_type_names(),
             "size": {k.value: v for k, v in SIZE_CLASS_NAMES.items()}}.get(dimension)
    if names is None:  # stage
        return str(value)
    return tr(names.get(value or ""), lang) or str(value)


@dataclass(frozen=True)
class Cell:
    group: dict[str, str]
    businesses: int
    assessments: int
    mean_score: float | None
    median_score: float | None
    levels: dict[int, int]
    pillars: dict[str, float | None]
    areas: dict[str, float | None]
    hidden: bool = False  # large enough, but hidden so that a small cell cannot be worked out

    @property
    def suppressed(self) -> bool:
        return self.businesses < MIN_CELL or self.hidden

    def mark(self, lang: str) -> str:
        """What a suppressed cell shows instead of its figures."""
        return f"<{MIN_CELL}" if self.businesses < MIN_CELL else tr(HIDDEN, lang)

    def to_json(self, lang: str) -> dict[str, Any]:
        out: dict[str, Any] = {"group": self.group,
                               "labels": {d: label(d, v, lang) for d, v in self.group.items()},
                               "suppressed": self.suppressed}
        if self.suppressed:
            return out | {"businesses": self.mark("en")}
        return out | {"businesses": self.businesses, "assessments": self.assessments,
                      "mean_score": self.mean_score, "median_score": self.median_score,
                      "levels": {str(k): v for k, v in self.levels.items()},
                      "pillars": self.pillars, "areas": self.areas}


@dataclass(frozen=True)
class Uplift:
    group: dict[str, str]
    pairs: int
    mean_change: float | None
    median_change: float | None
    level_rose: int
    hidden: bool = False  # as Cell.hidden

    @property
    def suppressed(self) -> bool:
        return self.pairs < MIN_CELL or self.hidden

    def mark(self, lang: str) -> str:
        return f"<{MIN_CELL}" if self.pairs < MIN_CELL else tr(HIDDEN, lang)

    def to_json(self, lang: str) -> dict[str, Any]:
        out: dict[str, Any] = {"group": self.group,
                               "labels": {d: label(d, v, lang) for d, v in self.group.items()},
                               "suppressed": self.suppressed}
        if self.suppressed:
            return out | {"pairs": self.mark("en")}
        return out | {"pairs": self.pairs, "mean_change": self.mean_change, "median_change": self.median_change,
                      "level_rose": self.level_rose}


@dataclass(frozen=True)
class Summary:
    by: tuple[str, ...]
    stage: str | None
    total: Cell
    cells: list[Cell]
    uplift_total: Uplift
    uplift: list[Uplift]
    drafts: int = 0
    filters: dict[str, str] = field(default_factory=dict)

    @property
    def any_hidden(self) -> bool:
        """Whether a cell of MIN_CELL or more is hidden (the note that explains "hidden" is then due)."""
        shown: tuple[Cell | Uplift, ...] = (self.total, *self.cells, self.uplift_total, *self.uplift)
        return any(x.hidden for x in shown)

    def to_json(self, lang: str = "vi") -> dict[str, Any]:
        return {"by": list(self.by), "stage": self.stage, "filters": self.filters, "min_cell": MIN_CELL,
                "counted": "completed assessments; without --stage each business's latest stage",
                "drafts_not_counted": self.drafts, "total": self.total.to_json(lang),
                "cells": [c.to_json(lang) for c in self.cells],
                "uplift": {"total": self.uplift_total.to_json(lang), "cells": [u.to_json(lang) for u in self.uplift]}}


_NO_CELL = Cell({}, 0, 0, None, None, {lv: 0 for lv in LEVELS}, {}, {})  # nothing selected
_NO_UPLIFT = Uplift({}, 0, None, None, 0)


def _check(by: Sequence[str], stage: str | None) -> None:
    import re

    for d in by:
        if d not in DIMENSIONS:
            raise InputError(Problem("--by", text(f"'{d}' không hợp lệ; chọn {', '.join(DIMENSIONS)}",
                                                  f"'{d}' is not valid; choose {', '.join(DIMENSIONS)}")))
    if stage is not None and not re.fullmatch(r"T[0-9]{1,2}", stage):
        raise InputError(Problem("--stage", text("đợt phải là T0, T1, T2…", "the stage must be T0, T1, T2…")))


def _where(filters: dict[str, str]) -> tuple[str, list[Any]]:
    clauses, params = [], []
    for dimension, value in filters.items():
        clauses.append(f'"{DIMENSIONS[dimension]}" = ?')
        params.append(value)
    return "".join(f" AND {c}" for c in clauses), params


def summarise(workspace, by: Sequence[str] = (), stage: str | None = None,
              filters: dict[str, str] | None = None, memo: dict | None = None) -> Summary:
    """`filters`: dimension -> value (e.g. {"sector": "trade_services"}), as the window's filters set them.
    `memo`: a dict kept by a caller whose workspace cannot change (opened read-only) between calls: the unfiltered
    summaries a call reads are kept in it, and a later call that needs one again takes it from there."""
    filters = {k: v for k, v in (filters or {}).items() if v is not None}
    _check([*by, *filters], stage)
    memo = {} if memo is None else memo

    def unfiltered(dimensions: Sequence[str]) -> tuple[Summary, Summary]:
        """The summary as read, and as shown (protected); the dimensions' order matters to the protection."""
        key = ("unfiltered", tuple(dimensions), stage)
        if key not in memo:
            read = _summarise(workspace, dimensions, stage, {})
            memo[key] = (read, _protected(read))
        return memo[key]

    if not filters:
        return unfiltered(by)[1]
    # The filtered view is a slice of the unfiltered view grouped by the filters as well: it hides what that
    # view hides, or the unfiltered figures minus the filtered ones would give a small group away. Its figures are
    # that view's too (the same rows), so they are read once for every value of the filters.
    margin_read, margin = unfiltered(list(filters))
    whole_read, whole = unfiltered(list(dict.fromkeys([*filters, *by])))
    summary = _slice(margin_read, whole_read, by, stage, filters, _drafts(workspace, filters, memo))

    def hidden(items: list) -> Callable[[dict[str, str]], bool]:
        """Whether a cell of `items` suppressed is the cell of the filters and `group` (its dimensions are the
        filters' and the group's: looked up, not searched for)."""
        suppressed = {frozenset(x.group.items()) for x in items if x.suppressed}
        return lambda group: frozenset((filters | group).items()) in suppressed

    in_margin, in_whole = hidden(margin.cells), hidden(whole.cells)
    uplift_in_margin, uplift_in_whole = hidden(margin.uplift), hidden(whole.uplift)
    return replace(summary, total=replace(summary.total, hidden=in_margin({})),
                   cells=[replace(c, hidden=in_whole(c.group)) for c in summary.cells],
                   uplift_total=replace(summary.uplift_total, hidden=uplift_in_margin({})),
                   uplift=[replace(u, hidden=uplift_in_whole(u.group)) for u in summary.uplift])


def _slice(margin: Summary, whole: Summary, by: Sequence[str], stage: str | None, filters: dict[str, str],
           drafts: int) -> Summary:
    """The summary of the rows the filters select, grouped by `by`, taken from the unfiltered summaries (as read, not
    protected) grouped by the filters (`margin`) and by the filters and `by` (`whole`): a cell there whose group has
    the filters' values stands for the same rows as the filtered cell, so its figures are the same."""
    def selected(item: Cell | Uplift) -> bool:
        return all(item.group.get(d) == v for d, v in filters.items())

    total = next((replace(c, group={}) for c in margin.cells if selected(c)), _NO_CELL)
    uplift_total = next((replace(u, group={}) for u in margin.uplift if selected(u)), _NO_UPLIFT)
    # with `by`, the whole view's rows are in the order of the filters' columns and then `by`'s: the filters' values
    # fixed, in the order of `by`'s, as the filtered query gives them
    cells = [replace(c, group={d: c.group[d] for d in by}) for c in whole.cells if selected(c)] if by else []
    uplift = [replace(u, group={d: u.group[d] for d in by}) for u in whole.uplift if selected(u)] if by else []
    return Summary(tuple(by), stage, total, cells, uplift_total, uplift, drafts, filters)


def _drafts(workspace, filters: dict[str, str], memo: dict) -> int:
    key = ("drafts", tuple(filters.items()))
    if key not in memo:
        extra, params = _where(filters)
        memo[key] = workspace.con.execute(
            "SELECT count(*) FROM assessments WHERE status <> 'completed'" + extra, params).fetchone()[0]
    return memo[key]


def _protected(summary: Summary) -> Summary:
    """The summary with the cells hidden that would let a small cell be worked out by subtraction."""
    return replace(summary, cells=_hide(summary.cells, [c.businesses for c in summary.cells], summary.by),
                   uplift=_hide(summary.uplift, [u.pairs for u in summary.uplift], summary.by))


def _hide(items: list, sizes: list[int], by: Sequence[str]) -> list:
    """Every small cell, and more: each set of cells that together make a cell of a coarser summary (or the
    total: the cells alike but in some dimensions) whose hidden cells stand for fewer than MIN_CELL
    businesses together loses its smallest cell shown as well, until no such set does.

    The sets ("lines") are found once; each pass looks only at the lines one of whose cells was hidden since that
    line was last looked at (any other would be found as it was), in the order of a full pass: the same cells
    are hidden as by passes over every line."""
    import heapq
    from itertools import combinations
    from operator import itemgetter

    hidden = {i for i, size in enumerate(sizes) if size < MIN_CELL}
    values = [tuple(item.group[d] for d in by) for item in items]
    lines: list[list[int]] = []
    index: list[tuple[Any, dict[Any, int]]] = []  # per coarser summary: a cell's key there -> its line's number
    for n in range(1, len(by) + 1):
        for dimensions in combinations(range(len(by)), n):
            kept = [j for j in range(len(by)) if j not in dimensions]
            key = itemgetter(*kept) if kept else (lambda v: ())
            numbers: dict[Any, int] = {}
            for i, v in enumerate(values):
                k = key(v)
                if k not in numbers:
                    numbers[k] = len(lines)
                    lines.append([])
                lines[numbers[k]].append(i)
            index.append((key, numbers))

    def lines_of(i: int) -> list[int]:
        return [numbers[key(values[i])] for key, numbers in index]

    # a line none of whose cells is hidden has nothing to give away: only lines with a hidden cell are looked at
    # A pass goes through the lines to look at in order; a line that a hidden cell makes worth looking at again is
    # looked at later in the same pass if it comes later, else in the next pass (as a full pass would).
    pending = sorted({number for i in hidden for number in lines_of(i)})
    while pending:
        queued, again = set(pending), set()
        while pending:
            number = heapq.heappop(pending)
            members = lines[number]
            if 0 < sum(sizes[i] for i in members if i in hidden) < MIN_CELL:
                shown = [i for i in members if i not in hidden]
                if shown:
                    smallest = min(shown, key=lambda i: (sizes[i], i))
                    hidden.add(smallest)
                    for line in lines_of(smallest):
                        if line <= number:
                            again.add(line)
                        elif line not in queued:
                            queued.add(line)
                            heapq.heappush(pending, line)
        pending = sorted(again)
    return [replace(item, hidden=True) if i in hidden and sizes[i] >= MIN_CELL else item
            for i, item in enumerate(items)]


def _summarise(workspace, by: Sequence[str], stage: str | None, filters: dict[str, str]) -> Summary:
    con = workspace.con
    extra, params = _where(filters)
    # `latest` and `t0_score` are set at ingest (fields.py): no window function at query time.
    if stage is None:
        where, where_params = "latest" + extra, params
    else:
        where, where_params = "status = 'completed' AND stage = ?" + extra, [stage, *params]
    columns = [DIMENSIONS[d] for d in by]
    aggregates = [
        "count(DISTINCT business)", "count(*)", "avg(overall_score)", "median(overall_score)",
        *(f"count(*) FILTER (WHERE overall_level = {lv})" for lv in LEVELS),
        *(f'avg("pillar_{p}_score")' for p in PILLAR_IDS), *(f'avg("area_{a}_score")' for a in AREA_IDS)]
    cells = [Cell(group=group, businesses=v[0], assessments=v[1], mean_score=_round(v[2]), median_score=_round(v[3]),
                  levels={lv: v[4 + lv] for lv in LEVELS},
                  pillars={p: _round(x) for p, x in zip(PILLAR_IDS, v[10:16])},
                  areas={a: _round(x) for a, x in zip(AREA_IDS, v[16:21])})
             for group, v in _grouped(con, by, columns, aggregates, where, where_params)]
    total = next((c for c in cells if not c.group), _NO_CELL)
    drafts = _drafts(workspace, filters, {})
    uplifts: list[Uplift] = []
    if stage != "T0":  # T0 against the latest later stage (or --stage) of the same business in the same export
        later = ("latest" if stage is None else "status = 'completed' AND stage = ?") + " AND stage_number > 0"
        uplifts = [Uplift(group, v[0], _round(v[1]), _round(v[2]), v[3]) for group, v in _grouped(
            con, by, columns, ["count(*)", "avg(overall_score - t0_score)", "median(overall_score - t0_score)",
                               "count(*) FILTER (WHERE overall_level > t0_level)"],
            later + " AND t0_score IS NOT NULL" + extra, where_params)]
    uplift_total = next((u for u in uplifts if not u.group), _NO_UPLIFT)
    return Summary(tuple(by), stage, total, [c for c in cells if c.group], uplift_total,
                   [u for u in uplifts if u.group], drafts, filters)


def _grouped(con, by: Sequence[str], columns: list[str], aggregates: list[str], where: str,
             params: list[Any]) -> list[tuple[dict[str, str], tuple]]:
    """(group, aggregates) for the whole selection (group {}) and, with `by`, for each group; one scan."""
    keys = ", ".join(f'"{c}"' for c in columns)
    if columns:
        sql = (f"SELECT {keys}, GROUPING({keys}) AS total, {', '.join(aggregates)} FROM assessments WHERE {where} "
               f"GROUP BY GROUPING SETS ((), ({keys})) ORDER BY total DESC, {keys}")
    else:
        sql = f"SELECT 0 AS total, {', '.join(aggregates)} FROM assessments WHERE {where}"
    n = len(columns)
    out = []
    for row in con.execute(sql, params).fetchall():
        whole = row[n] != 0 if columns else True
        if whole and not row[n + 1]:
            continue  # nothing selected at all: the caller's empty figures stand
        out.append(({} if whole else dict(zip(by, row[:n])), row[n + 1:]))
    return out


def _round(value: float | None) -> float | None:
    return None if value is None else round(float(value), 1)


def render(summary: Summary, lang: str) -> str:
    """The summary as a text table for the terminal: each heading over its column, counts written as the reader
    writes them ("60.080" / "60,080")."""

    def n(value: int) -> str:
        return format_number(value, lang)

    scope = tr(text("Chỉ tính đánh giá đã hoàn thành", "Completed assessments only"), lang)
    if summary.stage:
        scope += f"; {tr(text('đợt', 'stage'), lang)} {summary.stage}"
    else:
        scope += tr(text("; mỗi cơ sở một lần (đợt mới nhất)", "; each business once (its latest stage)"), lang)
    lines = [scope + f" · {tr(text('ô dưới', 'cells under'), lang)} {MIN_CELL} "
             + tr(text("cơ sở bị ẩn (*)", "businesses suppressed (*)"), lang)]

    named = [(tr(text("Tất cả", "All"), lang), summary.total)] + [
        (" · ".join(label(d, v, lang) for d, v in c.group.items())[:44], c) for c in summary.cells]
    head = [tr(text(vi, en), lang) for vi, en in (("Cơ sở", "Firms"), ("Đánh giá", "Assessed"), ("TB điểm", "Mean"),
                                                   ("Trung vị", "Median"))]

    def figures(c: Cell) -> list[str]:
        return [n(c.businesses), n(c.assessments), format_score(c.mean_score, lang), format_score(c.median_score, lang)]

    widths = [max(len(cell) for cell in column)
              for column in zip(head, *(figures(c) for _, c in named if not c.suppressed))]
    lines.append(" ".join([" " * 44, *(h.rjust(w) for h, w in zip(head, widths))]) + "  "
                 + tr(text("Mức 0/1/2/3/4/5", "Level 0/1/2/3/4/5"), lang))
    for name, c in named:
        if c.suppressed:
            lines.append(f"{name:<44} {c.mark(lang)} *")
            continue
        lines.append(" ".join([f"{name:<44}", *(v.rjust(w) for v, w in zip(figures(c), widths))]) + "  "
                     + "/".join(n(c.levels[lv]) for lv in LEVELS))
    if summary.total.pillars and not summary.total.suppressed:
        names = pillar_names()
        pillars = ", ".join(f"{tr(names[p], lang)} {format_score(v, lang)}" for p, v in summary.total.pillars.items())
        lines.append(tr(text("Trụ cột (TB): ", "Pillars (mean): "), lang) + pillars)
    lines.append(tr(text("Tiến bộ T0 → đợt sau (cùng cơ sở, cùng lần xuất):",
                         "Uplift T0 → later stage (same business, same export):"), lang))
    uplifts = [(tr(text("Tất cả", "All"), lang), summary.uplift_total)] + [
        (" · ".join(label(d, v, lang) for d, v in u.group.items())[:42], u) for u in summary.uplift]
    pairs = max((len(n(u.pairs)) for _, u in uplifts if not u.suppressed), default=0)
    for name, u in uplifts:
        if u.suppressed:
            lines.append(f"  {name:<42} {u.mark(lang)} *")
            continue
        lines.append(f"  {name:<42} {n(u.pairs):>{pairs}} " + tr(text("cặp", "pairs"), lang) +
                     f"  {format_score(u.mean_change, lang):>6} " + tr(text("điểm TB", "mean points"), lang) +
                     f"  {n(u.level_rose)} " + tr(text("lên mức", "rose a level"), lang))
    if summary.any_hidden:
        lines.append(tr(HIDDEN_NOTE, lang))
    if summary.drafts:
        drafts = n(summary.drafts)
        lines.append(tr(text(f"{drafts} bản nháp không được tính", f"{drafts} drafts not counted"), lang))
    return "\n".join(lines)
