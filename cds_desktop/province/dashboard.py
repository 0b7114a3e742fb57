"""The province dashboard, as a PDF in the business report's visual language (same fonts, page chrome,
tables and grey-printable charts) and as an XLSX workbook: level distribution, pillar means by
sector, communes ranked, T0→later uplift. Every figure comes from `summary.summarise`, so suppressed
cells stay suppressed here too."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from ..domain.instrument import PILLAR_IDS
from ..fileio import atomic_output
from ..formats import format_change, format_date, format_number, format_percent, format_score
from ..i18n import balanced_lines, text, tr
from .fields import MIN_CELL
from .summary import HIDDEN_NOTE, LEVELS, Cell, Summary, label, pillar_names, summarise

NAVY, GREY = "#1f3b63", "#6b6b6b"
HATCHES = ("", "////", "....", "xx")
SECTOR_COLOURS = (NAVY, "#8a949e", "#ffffff")


@dataclass(frozen=True)
class Dashboard:
    latest: Summary
    first: Summary  # T0 only
    sectors: Summary
    communes: Summary
    on: date

    def ranked_communes(self) -> list[Cell]:
        shown = [c for c in self.communes.cells if not c.suppressed]
        hidden = [c for c in self.communes.cells if c.suppressed]
        return sorted(shown, key=lambda c: (-(c.mean_score or 0), c.group["commune"] or "")) + hidden


def gather(workspace, filters: dict[str, str] | None = None, memo: dict | None = None) -> Dashboard:
    """Dated today: the policy catalog's day while the computer's clock is behind it, as a report is. `memo`: as
    `summarise` takes it (one dict for the four summaries, which share what they read)."""
    from ..domain.edition import policy_day

    memo = {} if memo is None else memo
    return Dashboard(latest=summarise(workspace, filters=filters, memo=memo),
                     first=summarise(workspace, stage="T0", filters=filters, memo=memo),
                     sectors=summarise(workspace, ["sector"], filters=filters, memo=memo),
                     communes=summarise(workspace, ["commune"], filters=filters, memo=memo), on=policy_day())


def _share_at_least(cell: Cell, level: int) -> float | None:
    total = sum(cell.levels.values())
    return None if cell.suppressed or not total else sum(v for k, v in cell.levels.items() if k >= level) / total


# -- charts (matplotlib Figure, never pyplot; series differ by hatch as well as shade) -----------

PRINT_DPI = 220

def _figure(width_mm: float, height_mm: float):
    from ..mpl_setup import configure_matplotlib_cache

    configure_matplotlib_cache()
    from matplotlib.figure import Figure

    return Figure(figsize=(width_mm / 25.4, height_mm / 25.4))


def _png(figure, dpi: float = PRINT_DPI) -> bytes:
    """The chart as PNG bytes, at print resolution unless `dpi` says (the window's: its screen's)."""
    import io

    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(figure)
    out = io.BytesIO()
    figure.savefig(out, format="png", dpi=dpi, metadata={"Software": None}, pil_kwargs={"compress_level": 1})
    return out.getvalue()


def level_chart(dash: Dashboard, lang: str, width_mm: float = 165, height_mm: float = 62,
                dpi: float = PRINT_DPI) -> bytes:
    """Share of businesses at each level: T0 (hatched) and each business's latest stage (solid)."""
    from ..domain.scoring import LEVEL_NAMES
    from ..report.fonts import chart_font

    font = chart_font()
    font.set_size(7)
    figure = _figure(width_mm, height_mm)
    ax = figure.add_axes((0.09, 0.3, 0.88, 0.56))
    series = [(dash.first.total, tr(text("T0 (lần đầu)", "T0 (first)"), lang), "#ffffff", "////"),
              (dash.latest.total, tr(text("Đợt mới nhất", "Latest stage"), lang), NAVY, "")]
    series = [s for s in series if not s[0].suppressed]
    width = 0.8 / max(1, len(series))
    for i, (cell, name, colour, hatch) in enumerate(series):
        total = sum(cell.levels.values()) or 1
        xs = [lv + (i - (len(series) - 1) / 2) * width for lv in LEVELS]
        ax.bar(xs, [100 * cell.levels[lv] / total for lv in LEVELS], width, color=colour, hatch=hatch,
               edgecolor=GREY if colour == "#ffffff" else NAVY, linewidth=0.6,
               label=f"{name} (n = {format_number(cell.businesses, lang)})")
    ax.set_xticks(list(LEVELS))
    ax.set_xticklabels([f"{lv}\n{tr(LEVEL_NAMES[lv], lang)}" for lv in LEVELS], fontproperties=font)
    ax.set_ylabel("%", fontproperties=font)
    for tick in ax.get_yticklabels():
        tick.set_fontproperties(font)
    ax.grid(axis="y", color="#dddddd", linewidth=0.5)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    if series:
        ax.legend(prop=font, frameon=False, loc="lower right", bbox_to_anchor=(1, 1.02), ncol=len(series))
    return _png(figure, dpi)


def pillar_labels(lang: str) -> list[str]:
    """The pillars' names, on lines of at most 28 characters as even as can be (`balanced_lines`)."""
    names = pillar_names()
    return ["\n".join(balanced_lines(tr(names[p], lang), 28)) for p in PILLAR_IDS]


def pillar_chart(dash: Dashboard, lang: str, width_mm: float = 165, height_mm: float = 80,
                 dpi: float = PRINT_DPI) -> bytes:
    """Mean pillar score (0–100) per sector; a sector under MIN_CELL businesses is left out."""
    from ..report.fonts import chart_font

    font = chart_font()
    font.set_size(7)
    sectors = [c for c in dash.sectors.cells if not c.suppressed]
    figure = _figure(width_mm, height_mm)
    ax = figure.add_axes((0.3, 0.25, 0.66, 0.73))
    height = 0.8 / max(1, len(sectors))
    for i, cell in enumerate(sectors):
        ys = [p + (i - (len(sectors) - 1) / 2) * height for p in range(len(PILLAR_IDS))]
        ax.barh(ys, [cell.pillars.get(p) or 0 for p in PILLAR_IDS], height,
                color=SECTOR_COLOURS[i % 3], hatch=HATCHES[i % 4], edgecolor=NAVY, linewidth=0.6,
                label=f"{label('sector', cell.group['sector'], lang)} (n = {format_number(cell.businesses, lang)})")
    ax.set_yticks(range(len(PILLAR_IDS)))
    ax.set_yticklabels(pillar_labels(lang), fontproperties=font)
    ax.invert_yaxis()
    ax.set_xlim(0, 100)
    for tick in ax.get_xticklabels():
        tick.set_fontproperties(font)
    ax.grid(axis="x", color="#dddddd", linewidth=0.5)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    if sectors:
        figure.legend(prop=font, frameon=False, loc="lower center", bbox_to_anchor=(0.5, 0.0), ncol=min(2, len(sectors)))
    return _png(figure, dpi)


# -- PDF -----------------------------------------------------------------------------------------

def _story(dash: Dashboard, lang: str) -> list:
    from ..report.blocks import image, p, section_break, spacer, table

    def t(vi: str, en: str) -> str:
        return tr(text(vi, en), lang)

    total, pairs = dash.latest.total, dash.latest.uplift_total
    story = [p(t("Mức độ chuyển đổi số của doanh nghiệp — toàn\u00a0tỉnh",  # not "tỉnh" alone on a line
                 "Digital maturity of businesses — province"),
               "title"),
             p(t(f"Tổng hợp ngày {format_date(dash.on, 'vi')} từ các bảng ẩn danh đã nhập",
                 f"Compiled on {format_date(dash.on, 'en')} from the anonymised tables ingested"), "subtitle")]
    if total.hidden:
        story.append(p(tr(HIDDEN_NOTE, lang), "banner"))
    elif total.suppressed:
        story.append(p(t(f"Chưa đủ {MIN_CELL} cơ sở có đánh giá hoàn thành: không có số liệu nào được hiện.",
                         f"Fewer than {MIN_CELL} businesses with a completed assessment: no figure is shown."),
                       "banner"))
    key = [[t("Cơ sở", "Businesses"), t("Điểm trung bình", "Mean score"), t("Trung vị", "Median"),
            t("Từ mức 3 trở lên", "Level 3 or above"), t("Cặp T0 → sau", "T0 → later pairs"),
            t("Tăng điểm TB", "Mean uplift")]]
    at3 = _share_at_least(total, 3)
    shown = not total.suppressed  # a suppressed total's mean or median is one business's score when it stands for one
    key.append([format_number(total.businesses, lang) if shown else total.mark(lang),
                format_score(total.mean_score if shown else None, lang),
                format_score(total.median_score if shown else None, lang),
                "—" if at3 is None else format_percent(at3, lang),
                pairs.mark(lang) if pairs.suppressed else format_number(pairs.pairs, lang),
                "—" if pairs.suppressed else format_change(pairs.mean_change, lang)])
    story += [table(key[0], key[1:], [23, 32, 19, 33, 31, 30], zebra=False), spacer(4),  # a heading a line, vi and en
              p(t("Phân bố mức (% cơ sở)", "Level distribution (% of businesses)"), "h2"),
              image(level_chart(dash, lang), 165),
              p(t(f"Chỉ tính đánh giá đã hoàn thành; mỗi cơ sở tính một lần với đợt mới nhất. Ô có dưới {MIN_CELL} "
                  "cơ sở không hiện số liệu. Mỗi lần xuất có mã cơ sở riêng, nên một cơ sở gửi trong hai lần xuất "
                  "được tính hai lần.",
                  f"Completed assessments only; each business counts once, with its latest stage. Cells with fewer "
                  f"than {MIN_CELL} businesses show no figure. Each export has its own business keys, so a business "
                  "sent in two exports counts twice."), "muted")]
    if dash.latest.drafts:
        story.append(p(t(f"{dash.latest.drafts} bản nháp không được tính.",
                         f"{dash.latest.drafts} drafts not counted."), "muted"))

    names = pillar_names()
    story += [section_break(), p(t("Trụ cột theo khu vực ngành", "Pillars by sector"), "h1"),
              image(pillar_chart(dash, lang), 165)]
    header = [t("Trụ cột", "Pillar")] + [f"{label('sector', c.group['sector'], lang)}" for c in dash.sectors.cells]
    rows = [[tr(names[pid], lang)] + [f"{c.mark(lang)} *" if c.suppressed else format_score(c.pillars.get(pid), lang)
                                      for c in dash.sectors.cells] for pid in PILLAR_IDS]
    if dash.sectors.cells:
        story.append(table(header, rows, [50] + [38] * len(dash.sectors.cells)))

    story += [section_break(), p(t("Xã/phường xếp theo điểm trung bình", "Communes ranked by mean score"), "h1")]
    uplift = {tuple(u.group.items()): u for u in dash.communes.uplift}
    rows = []
    for rank, c in enumerate(dash.ranked_communes(), start=1):
        name = label("commune", c.group["commune"], lang)
        if c.suppressed:
            rows.append(["", name, f"{c.mark(lang)} *", "", "", "", ""])
            continue
        u = uplift.get(tuple(c.group.items()))
        at3 = _share_at_least(c, 3)
        rows.append([str(rank), name, format_number(c.businesses, lang), format_score(c.mean_score, lang),
                     format_score(c.median_score, lang),
                     "—" if at3 is None else format_percent(at3, lang),
                     "—" if u is None or u.suppressed else f"{format_change(u.mean_change, lang)} (n = {format_number(u.pairs, lang)})"])
    story.append(table(["#", t("Xã/phường", "Commune"), t("Cơ sở", "Businesses"), t("TB", "Mean"),
                        t("Trung vị", "Median"), t("Mức ≥\u00a03", "Level ≥\u00a03"), t("Tăng điểm T0 → sau", "Uplift T0 → later")],
                       rows or [["", t("Chưa có dữ liệu", "No data yet"), "", "", "", "", ""]],
                       # each heading on one line in both languages ("Level ≥" above "3", "Trung" above "vị")
                       [10, 40, 24, 14, 18, 20, 36]))
    story.append(p(t(f"* dưới {MIN_CELL} cơ sở: ẩn. Dòng “cả tỉnh” gồm các cơ sở mà bảng ẩn danh đã bỏ xã.",
                     f"* fewer than {MIN_CELL} businesses: suppressed. The “whole province” row holds businesses "
                     "whose commune the anonymised table removed."), "muted"))
    if dash.communes.any_hidden:
        story.append(p(tr(HIDDEN_NOTE, lang), "muted"))

    story += [section_break(), p(t("Tiến bộ T0 → đợt sau", "Uplift T0 → later stage"), "h1"),
              p(t("Chỉ những cơ sở có T0 và một đợt sau trong cùng một lần xuất (cùng mã cơ sở); so với đợt sau "
                  "mới nhất.", "Only businesses with a T0 and a later stage in the same export (same business key); "
                  "compared with the latest later stage."), "body")]
    rows = []
    for u in [dash.sectors.uplift_total, *dash.sectors.uplift]:
        name = label("sector", u.group["sector"], lang) if u.group else t("Tất cả", "All")
        rows.append([name, f"{u.mark(lang)} *" if u.suppressed else format_number(u.pairs, lang),
                     "" if u.suppressed else format_change(u.mean_change, lang),
                     "" if u.suppressed else format_change(u.median_change, lang),
                     "" if u.suppressed else format_percent(u.level_rose / u.pairs, lang)])
    story.append(table([t("Khu vực ngành", "Sector"), t("Cặp", "Pairs"), t("Tăng TB (điểm)", "Mean (points)"),
                        t("Trung vị", "Median"), t("Lên ít nhất một mức", "Rose a level")], rows,
                       [60, 20, 28, 24, 32], bold_rows=[0]))
    if dash.sectors.any_hidden:
        story.append(p(tr(HIDDEN_NOTE, lang), "muted"))
    return story


def write_pdf(workspace, path: str | Path, lang: str = "vi", filters: dict[str, str] | None = None) -> None:
    from ..report.document import Chrome, write_pdf as layout

    dash = gather(workspace, filters)
    title = tr(text("Chuyển đổi số doanh nghiệp — tổng hợp tỉnh", "Business digital transformation — province"), lang)
    chrome = Chrome(title=title, business=tr(text("Dữ liệu ẩn danh", "Anonymised data"), lang),
                    page_label=tr(text("Trang {page} / {pages}", "Page {page} of {pages}"), lang),
                    author="CĐS Desktop", subject=title, lang=lang, on=dash.on)
    story = _story(dash, lang)
    with atomic_output(path) as tmp:
        layout(tmp, story, chrome)


# -- XLSX ----------------------------------------------------------------------------------------

def write_xlsx(workspace, path: str | Path, lang: str = "vi", filters: dict[str, str] | None = None) -> None:
    from ..domain.scoring import level_label
    from ..storage.spreadsheet import Column, Sheet, write_xlsx as write

    dash = gather(workspace, filters)

    def c(key: str, vi: str, en: str, kind: str = "text", width: float = 14) -> Column:
        return Column(key, text(vi, en), kind, text("", ""), width)

    def figures(cell: Cell) -> dict:
        if cell.suppressed:
            return {"businesses": None, "note": cell.mark(lang)}
        return {"businesses": cell.businesses, "assessments": cell.assessments, "mean": cell.mean_score,
                "median": cell.median_score, "at3": _share_at_least(cell, 3),
                **{f"level_{lv}": cell.levels[lv] for lv in LEVELS}, **{f"p_{k}": v for k, v in cell.pillars.items()}}

    names = pillar_names()
    common = [c("businesses", "Cơ sở", "Businesses", "int"), c("assessments", "Đánh giá", "Assessments", "int"),
              c("mean", "Điểm TB", "Mean score", "score"), c("median", "Trung vị", "Median", "score"),
              c("at3", "Mức ≥ 3", "Level ≥ 3", "share"),
              *(Column(f"level_{lv}", text(f"Mức {level_label(lv, 'vi')}", f"Level {level_label(lv, 'en')}"),
                       "int", text("", ""), 12) for lv in LEVELS),  # as the window and the report write a level
              *(Column(f"p_{pid}", names[pid], "score", text("", ""), 14) for pid in PILLAR_IDS),
              c("note", "Ghi chú", "Note", "text", 10)]
    overview = [{"group": tr(text("Đợt mới nhất", "Latest stage"), lang), **figures(dash.latest.total)},
                {"group": "T0", **figures(dash.first.total)}]
    sectors = [{"group": label("sector", s.group["sector"], lang), **figures(s)} for s in dash.sectors.cells]
    communes = [{"group": label("commune", s.group["commune"], lang), **figures(s)} for s in dash.ranked_communes()]
    uplift_rows = []
    for u in [dash.sectors.uplift_total, *dash.sectors.uplift]:
        name = label("sector", u.group["sector"], lang) if u.group else tr(text("Tất cả", "All"), lang)
        uplift_rows.append({"group": name, "note": u.mark(lang)} if u.suppressed else {
            "group": name, "pairs": u.pairs, "mean": u.mean_change, "median": u.median_change,
            "rose": u.level_rose / u.pairs})
    group = c("group", "Nhóm", "Group", "text", 34)
    uplift_columns = [group, c("pairs", "Cặp T0 → sau", "T0 → later pairs", "int"),
                      c("mean", "Tăng TB (điểm)", "Mean uplift (points)", "score"),
                      c("median", "Trung vị", "Median", "score"), c("rose", "Lên mức", "Rose a level", "share"),
                      c("note", "Ghi chú", "Note", "text", 10)]
    notes = [{"group": tr(text(line_vi, line_en), lang)} for line_vi, line_en in (
        (f"Tổng hợp ngày {format_date(dash.on, 'vi')}.", f"Compiled on {format_date(dash.on, 'en')}."),
        ("Chỉ tính đánh giá đã hoàn thành; mỗi cơ sở một lần với đợt mới nhất (dòng T0: chỉ đợt T0).",
         "Completed assessments only; each business once with its latest stage (the T0 row: stage T0 only)."),
        (f"Ô dưới {MIN_CELL} cơ sở (hoặc cặp) bị ẩn: ghi chú <{MIN_CELL}.",
         f"Cells under {MIN_CELL} businesses (or pairs) are suppressed: note <{MIN_CELL}."),
        (HIDDEN_NOTE["vi"], HIDDEN_NOTE["en"]),
        ("Tiến bộ: cơ sở có T0 và đợt sau trong cùng một lần xuất.",
         "Uplift: businesses with a T0 and a later stage in the same export."))]
    sheets = [Sheet(tr(text("Tổng quan", "Overview"), lang), [group, *common], overview, lang),
              Sheet(tr(text("Theo ngành", "By sector"), lang), [group, *common], sectors, lang),
              Sheet(tr(text("Xã phường", "Communes"), lang), [group, *common], communes, lang),
              Sheet(tr(text("Tiến bộ", "Uplift"), lang), uplift_columns, uplift_rows, lang),
              Sheet(tr(text("Ghi chú", "Notes"), lang), [c("group", "Ghi chú", "Notes", "text", 110)], notes, lang,
                    freeze=False)]
    write(path, sheets)
