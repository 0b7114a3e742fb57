"""Report parts the summary and the annexes share (profile, radar), the results by area and pillar, and the
signature page."""

from __future__ import annotations

from ..domain.scoring import level_label
from ..domain.vocabulary import entity_type_names, sector_names
from . import charts
from .bars import bars
from .blocks import anchor, grid, one_line_mm, p, spacer, table
from .context import ReportContext
from .document import CONTENT_WIDTH, INK, MM

NBSP = "\u00a0"  # a space a line does not break at


def report_title(ctx: ReportContext) -> str:
    return ctx.say("Báo cáo đánh giá mức độ chuyển đổi số", "Digital transformation assessment report")


def _area_names(ctx: ReportContext) -> list[str]:
    return [ctx.tr(a.name) for a in ctx.result.areas]


def previous_label(ctx: ReportContext) -> str:
    if ctx.previous is None:
        return ""
    before = ctx.previous.assessment
    label = f"{before.stage} · {ctx.date(before.assessed_on)}"
    # a draft left unfinished (a third answered) is no finished assessment to measure progress by: say so
    return label if before.status == "completed" else label + ctx.say(", bản nháp", ", draft")


def current_label(ctx: ReportContext) -> str:
    return f"{ctx.assessment.stage} · {ctx.date(ctx.assessment.assessed_on)}"


def level_words(ctx: ReportContext) -> str:
    """"2 · Bắt đầu", or "tạm tính" while the score is provisional."""
    if ctx.level is None:
        return ctx.say("tạm tính", "provisional")
    return level_label(ctx.level, ctx.lang)


def completeness_note(ctx: ReportContext) -> str:
    applicable = [qs for qs in ctx.result.questions.values() if qs.applicable]
    answered = sum(1 for qs in applicable if qs.answered)
    return ctx.say(
        f"BẢN NHÁP — đánh giá chưa hoàn thành: đã trả lời {answered}/{len(applicable)} câu "
        f"({ctx.percent(float(ctx.result.completeness))}). Điểm là tạm tính, chỉ tính trên các câu đã trả lời và có "
        "thể thay đổi; chưa có mức chung.",
        f"DRAFT — the assessment is not finished: {answered} of {len(applicable)} questions answered "
        f"({ctx.percent(float(ctx.result.completeness))}). Scores are provisional, count only the answered questions "
        "and may change; there is no overall level yet.")


def profile_rows(ctx: ReportContext) -> list[list]:
    b = ctx.business
    size = ctx.tr(b.size_class_label)  # a cooperative's is an estimate, and says so
    kind = ctx.tr(entity_type_names().get(b.entity_type)) or b.entity_type
    sector = ctx.tr(sector_names().get(b.sector)) or b.sector
    place = ", ".join(part for part in (b.commune, b.province) if part)
    return [
        [ctx.say("Cơ sở kinh doanh", "Business"), p(b.name, "cell_bold")],
        [ctx.say("Mã số thuế", "Tax code"), b.tax_code or "—"],
        [ctx.say("Xã/phường, tỉnh", "Commune, province"), place or "—"],
        [ctx.say("Loại hình · lĩnh vực · quy mô", "Type · sector · size"), f"{kind} · {sector} · {size}"],
        [ctx.say("Ngày đánh giá · giai đoạn", "Assessed on · stage"),
         f"{ctx.date(ctx.assessment.assessed_on)} · {ctx.assessment.stage}"],
        [ctx.say("Người đánh giá", "Assessor"), _assessor_line(ctx)],
    ]


def _catalog_signed(ctx: ReportContext) -> str:
    """The catalog edition as the window and the policies annex name it (its id, version and day), then the files
    it holds: "cds-policies 2.3, thông tin tính đến 01/12/2026 (national 2.2, quang-tri 2.2)"."""
    from ..domain.edition import SHIPPED, active_edition

    edition = active_edition()
    files = ", ".join(f"{f.id} {f.version}" for f in ctx.plan.catalog.files)
    installed = "" if edition.source == SHIPPED else ctx.say(", bản cập nhật đã cài", ", installed update")
    return (f"{edition.id} {edition.version}, {ctx.say('thông tin tính đến', 'information as of')} "
            f"{ctx.date(edition.as_of)}{installed}" + (f" ({files})" if files else ""))


def _assessor_line(ctx: ReportContext) -> str:
    assessor = ctx.assessment.assessor
    if assessor and assessor.name.strip():
        return ", ".join(part for part in (assessor.name, assessor.organization) if part.strip())
    return ctx.say("Tự đánh giá (chủ cơ sở tự trả lời)", "Self-assessment (answered by the owner)")


def radar(ctx: ReportContext, size_mm: float):
    current = charts.Series(current_label(ctx), [a.score for a in ctx.result.areas])
    previous = None
    if ctx.previous_result is not None:
        by_id = {a.id: a.score for a in ctx.previous_result.areas}
        previous = charts.Series(previous_label(ctx), [by_id.get(a.id) for a in ctx.result.areas])
    not_assessed = ctx.say("chưa đánh giá", "not assessed")  # drawn at the centre: say it is not a 0
    labels = [name if a.score is not None else f"{name} ({not_assessed})"
              for name, a in zip(_area_names(ctx), ctx.result.areas)]
    return charts.radar(labels, current, previous, size_mm=size_mm)


def _benchmark(ctx: ReportContext, kind: str) -> tuple[dict, int] | None:
    """Peer mean scores {area id or "overall": mean} and the sample size; areas only (storage.benchmark)."""
    bench = ctx.benchmark
    if bench is None or kind != "areas" or bench.hidden:
        return None
    means = {c.id: None if c.hidden else c.mean for c in bench.areas}
    means["overall"] = None if bench.overall.hidden else bench.overall.mean
    return means, bench.sample_size


_CHANGE_WIDTHS: dict[tuple[str, bool], tuple[float, ...]] = {  # (language, with a benchmark): name … change, mm
    ("vi", False): (59, 12.5, 41.5, 14.5, 19, 18), ("en", False): (59, 12.5, 34.5, 20, 18, 17),
    ("vi", True): (36, 12.5, 41.5, 14.5, 19, 17.5), ("en", True): (43, 12.5, 34.5, 20, 18, 16.5),
}


def _benchmark_fitted(widths: list[float], header: list[str], rows: list[list[str]]) -> list[float]:
    """The columns' widths (mm, before `table` scales them to the page) with a last one, the benchmark's, holding
    its heading on one line ("Bình quân (n=12)" broke before its sample size, under one-line headings). The
    room it needs comes from what the names leave unused, then from what the columns between leave unused on
    this page (the level column is wide enough for the longest level any business can have), and last from the
    names, a long name then breaking between its words as a cell does."""
    widths = [*widths, 23.0]
    scale = CONTENT_WIDTH / MM / sum(widths)  # the sum stays: room only moves between columns

    def used(column: int) -> float:
        return max(one_line_mm(header[column]), *(one_line_mm(row[column], "cell_bold") for row in rows)) / scale

    missing = max(0.0, one_line_mm(header[-1]) / scale - widths[-1])
    for column in (0, *range(1, len(widths) - 1)):
        taken = min(missing, max(0.0, widths[column] - used(column)))
        widths[column] -= taken
        missing -= taken
    widths[0] -= missing
    widths[-1] = CONTENT_WIDTH / MM / scale - sum(widths[:-1])
    return widths


def _score_table(ctx: ReportContext, kind: str) -> list:
    items = ctx.result.areas if kind == "areas" else ctx.result.pillars
    before, level_before = {}, {}
    if ctx.previous_result is not None:
        before = {s.id: s.score for s in getattr(ctx.previous_result, kind)}
        level_before = {s.id: s.level for s in getattr(ctx.previous_result, kind)}
    bench = _benchmark(ctx, kind)
    header = [ctx.say("Lĩnh vực" if kind == "areas" else "Trụ cột DBI", "Area" if kind == "areas" else "DBI pillar"),
              ctx.say("Điểm", "Score"), ctx.say("Mức", "Level"), ctx.say("Số câu", "Questions")]
    # mm, scaled to the page: with all seven columns each heading's longest word still fits its column. With a
    # previous assessment the level column holds the longest level, "2 → 0 · Chưa khởi động", on one line, in bold
    # too (the overall row), and without a benchmark the longest name ("Chuyển đổi số văn hóa doanh nghiệp") still
    # fits on one line: the two languages need different room for it, so each has its widths
    widths: list[float] = [56, 14, 26, 21]
    if ctx.previous_result is not None:
        header += [ctx.say("Lần trước", "Previous"), ctx.say("Thay đổi", "Change")]
        widths = list(_CHANGE_WIDTHS[ctx.lang, bool(bench)])
    if bench:
        header.append(ctx.say(f"Bình quân (n={bench[1]})", f"Benchmark (n={bench[1]})"))
    rows = []
    for s in items:
        level = "—" if s.level is None else _level_change(ctx, level_before.get(s.id), s.level)
        row = [ctx.tr(s.name), ctx.number(s.score), level, str(s.questions)]
        if ctx.previous_result is not None:
            row += [ctx.number(before.get(s.id)), ctx.trend(s.score, before.get(s.id))]
        if bench:
            row.append(ctx.number(bench[0].get(s.id)))
        rows.append(row)
    if kind == "areas":
        overall = ctx.result.overall
        level = level_words(ctx)
        if ctx.level is not None and ctx.previous_result is not None:
            level = _level_change(ctx, ctx.previous_result.overall_level, ctx.level)  # None while provisional
        row = [ctx.say("Tổng thể", "Overall"), ctx.number(overall.score), level, str(overall.questions)]
        if ctx.previous_result is not None:
            prev = ctx.previous_result.overall.score
            row += [ctx.number(prev), ctx.trend(overall.score, prev)]
        if bench:
            row.append(ctx.number(bench[0].get("overall")))
        rows.append(row)
    if bench:
        widths = _benchmark_fitted(widths, header, rows)
    chart_labels = [ctx.tr(s.name) for s in items]
    current = charts.Series(current_label(ctx), [s.score for s in items])
    previous = (charts.Series(previous_label(ctx), [before.get(s.id) for s in items])
                if ctx.previous_result is not None else None)
    benchmark = (charts.Series(ctx.say(f"Bình quân (n={bench[1]})", f"Benchmark (n={bench[1]})"),
                               [bench[0].get(s.id) for s in items]) if bench else None)
    note = []
    if ctx.benchmark is not None and kind == "areas":
        note = [p(ctx.say("So sánh với các cơ sở cùng nhóm: ", "Compared with peers: ") + ctx.benchmark.describe(ctx.lang)
                  + ".", "muted")]
    return [table(header, rows, widths, bold_rows=[len(rows) - 1] if kind == "areas" else ()), *note,
            spacer(2), bars(chart_labels, current, previous, benchmark, number=ctx.number)]


def _level_change(ctx: ReportContext, before: int | None, now: int) -> str:
    """"3 · Hình thành", or "2 → 3 · Hình thành" when the level changed since the previous assessment."""
    return level_label(now, ctx.lang, before)


def results(ctx: ReportContext) -> list:
    """Areas and pillars on one page: each a table with a compact bar chart below it."""
    from reportlab.platypus import KeepTogether, PageBreak

    intro = ctx.say(
        "Điểm từ 0 đến 100 trên các câu đã trả lời; mức từ 0 (chưa khởi động) đến 5 (dẫn dắt) theo Bộ chỉ số DBI.",
        "Scores run from 0 to 100 over the answered questions; levels from 0 (not started) to 5 (leading), "
        "as in the DBI index.")
    if ctx.previous_result is not None:  # a mark keeps its word (no-break spaces): "▲" ended a line, "up" began one
        intro += " " + ctx.say(f"▲{NBSP}tăng, ▼{NBSP}giảm, ={NBSP}không đổi so với lần trước ({previous_label(ctx)}); "
                               f"mức «2{NBSP}→{NBSP}3» khi mức đã đổi.",
                               f"▲{NBSP}up, ▼{NBSP}down, ={NBSP}unchanged against the previous assessment "
                               f"({previous_label(ctx)}); level “2{NBSP}→{NBSP}3” where the level changed.")
    out = [PageBreak(), anchor("results", ctx.drawn),
           p(ctx.say("Kết quả theo lĩnh vực và trụ cột", "Results by area and pillar"), "h1"),
           p(intro, "muted"),
           KeepTogether([p(ctx.say("Theo lĩnh vực", "By area"), "h2"), *_score_table(ctx, "areas")]),
           KeepTogether([p(ctx.say("Theo trụ cột DBI", "By DBI pillar"), "h2"), p(ctx.say(
               "Sáu trụ cột của Bộ chỉ số DBI: mức chung được xác định từ điểm chung và số trụ cột đạt mức (xem Phương pháp).",
               "The six pillars of the DBI index: the overall level follows from the overall score and how many pillars "
               "reach each level (see Method)."), "muted"), *_score_table(ctx, "pillars")])]
    return out


def signatures(ctx: ReportContext) -> list:
    """What is signed (business, level, score, assessment, instrument and catalog versions, assessor, date),
    two signature columns and a box for the stamp, as one block."""
    b = ctx.business
    a = ctx.assessment
    assessor = a.assessor
    consultant = ctx.consultant
    assessor_name = assessor.name if assessor and assessor.name.strip() else (
        str(getattr(consultant, "name", consultant)) if consultant else "")
    catalogs = _catalog_signed(ctx)
    score_words = ctx.number(ctx.result.overall.score) + " / 100"
    if ctx.provisional:
        score_words += ctx.say(" (tạm tính)", " (provisional)")
    facts = [
        [ctx.say("Cơ sở kinh doanh", "Business"), p(b.name, "cell_bold")],
        [ctx.say("Mã số thuế", "Tax code"), b.tax_code or "—"],
        [ctx.say("Mức · điểm chung", "Level · overall score"), f"{level_words(ctx)} · {score_words}"],
        [ctx.say("Mã đánh giá · giai đoạn · ngày", "Assessment id · stage · date"),
         f"{a.id} · {a.stage} · {ctx.date(a.assessed_on)}"],
        [ctx.say("Bộ câu hỏi", "Questionnaire"), f"{ctx.instrument.id} {ctx.instrument.version}"],
        [ctx.say("Danh mục chính sách", "Policy catalog"), catalogs or "—"],
        [ctx.say("Người đánh giá", "Assessor"), _assessor_line(ctx)],
        [ctx.say("Ngày lập báo cáo", "Report date"), ctx.date(ctx.on)],
    ]

    def column(role: str, name: str) -> list:
        return [p(role, "h3"),
                p(f"{ctx.say('Họ và tên', 'Name')}: {name}" if name.strip() else
                  f"{ctx.say('Họ và tên', 'Name')}: ..............................", "body"),
                p(f"{ctx.say('Ngày', 'Date')}: ......../......../............", "body"),
                p(f"{ctx.say('Chữ ký', 'Signature')}:", "body"), spacer(16)]

    stamp = [p(ctx.say("Đóng dấu (nếu có)", "Stamp (if any)"), "muted")]
    boxes = grid([[column(ctx.say("Đại diện cơ sở kinh doanh", "Business representative"), b.contact.name),
                   column(ctx.say("Người đánh giá", "Assessor"), assessor_name), stamp]],
                 [62 * MM, 62 * MM, 46 * MM],
                 [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (1, 0), 0),
                  ("BOX", (2, 0), (2, 0), 0.8, INK), ("ROWBACKGROUNDS", (0, 0), (-1, -1), ["#ffffff"])],
                 heights=[40 * MM])
    return [anchor("signatures", ctx.drawn), p(ctx.say("Xác nhận", "Signatures"), "h1"), p(ctx.say(
        "Hai bên xác nhận các câu trả lời trong báo cáo này phản ánh đúng hoạt động của cơ sở tại ngày đánh giá.",
        "Both parties confirm that the answers in this report reflect the business as it was on the assessment date."),
        "body"), table(None, facts, [52, 118], zebra=False), spacer(4), boxes]
