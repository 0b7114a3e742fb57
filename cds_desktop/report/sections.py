"""Report sections 1, 2 and 7: the summary page, results by area and pillar, the signature block."""

from __future__ import annotations

from ..domain.scoring import LEVEL_MEANINGS, LEVEL_NAMES, METHOD_NOTE, QuestionScore
from ..domain.business import ENTITY_TYPE_NAMES, SECTOR_NAMES
from . import charts
from .bars import bars
from .blocks import grid, image, p, rich, spacer, table
from .context import ReportContext
from .document import CONTENT_HEIGHT, CONTENT_WIDTH, MM, RULE, TINT
from .markup import para


def report_title(ctx: ReportContext) -> str:
    return ctx.say("Báo cáo đánh giá mức độ chuyển đổi số", "Digital transformation assessment report")


def _area_names(ctx: ReportContext) -> list[str]:
    return [ctx.tr(a.name) for a in ctx.result.areas]


def _previous_label(ctx: ReportContext) -> str:
    before = ctx.previous.assessment
    return f"{before.stage} · {ctx.date(before.assessed_on)}"


def _current_label(ctx: ReportContext) -> str:
    return f"{ctx.assessment.stage} · {ctx.date(ctx.assessment.assessed_on)}"


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


def _level_words(ctx: ReportContext, level: int | None) -> str:
    return ctx.say("tạm tính", "provisional") if level is None else f"{level} · {ctx.tr(LEVEL_NAMES[level])}"


def _profile_rows(ctx: ReportContext) -> list[list]:
    b = ctx.business
    size = ctx.tr(b.size_class.label)
    kind = ctx.tr(ENTITY_TYPE_NAMES.get(b.entity_type)) or b.entity_type
    sector = ctx.tr(SECTOR_NAMES.get(b.sector)) or b.sector
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


def _assessor_line(ctx: ReportContext) -> str:
    assessor = ctx.assessment.assessor
    if assessor and assessor.name.strip():
        return ", ".join(part for part in (assessor.name, assessor.organization) if part.strip())
    return ctx.say("Tự đánh giá (chủ cơ sở tự trả lời)", "Self-assessment (answered by the owner)")


def _level_box(ctx: ReportContext) -> list:
    level = ctx.result.overall_level
    score = ctx.result.overall.score
    box = [p(ctx.say("Mức độ chuyển đổi số chung", "Overall digital maturity"), "muted")]
    if level is None:  # a provisional score has no headline level
        box += [rich(ctx.say("Tạm tính", "Provisional"), "big"),
                p(ctx.say("Chưa có mức chung: còn câu hỏi chưa trả lời.",
                          "No overall level yet: some questions are unanswered.")),
                spacer(2),
                rich(f"{ctx.say('Điểm tạm tính', 'Provisional score')}: <b>{ctx.number(score)}</b> / 100")]
    else:
        box += [rich(f"{ctx.say('Mức', 'Level')} {level}", "big"),
                p(ctx.tr(LEVEL_NAMES[level]), "h2"),
                p(ctx.tr(LEVEL_MEANINGS[level])),
                spacer(2),
                rich(f"{ctx.say('Điểm chung', 'Overall score')}: <b>{ctx.number(score)}</b> / 100")]
    if ctx.previous_result is not None:
        before = ctx.previous_result
        was = _level_words(ctx, before.overall_level)
        box.append(p(ctx.say(
            f"Lần trước ({_previous_label(ctx)}): mức {was}, {ctx.number(before.overall.score)} điểm "
            f"{ctx.trend(score, before.overall.score)}",
            f"Previous ({_previous_label(ctx)}): level {was}, score {ctx.number(before.overall.score)} "
            f"{ctx.trend(score, before.overall.score)}"), "small"))
    box.append(p(ctx.tr(METHOD_NOTE), "small"))
    if ctx.result.pillar_counts_scaled and level is not None:  # the scaling only matters for a level
        box.append(p(ctx.say(
            f"Chỉ {ctx.result.pillars_assessed}/6 trụ cột có câu trả lời; số trụ cột cần đạt được tính theo tỷ lệ.",
            f"Only {ctx.result.pillars_assessed}/6 pillars have answers; pillar counts were scaled."), "muted"))
    return box


def _radar(ctx: ReportContext, size_mm: float):
    current = charts.Series(_current_label(ctx), [a.score for a in ctx.result.areas])
    previous = None
    if ctx.previous_result is not None:
        by_id = {a.id: a.score for a in ctx.previous_result.areas}
        previous = charts.Series(_previous_label(ctx), [by_id.get(a.id) for a in ctx.result.areas])
    return image(charts.radar(_area_names(ctx), current, previous, size_mm=size_mm), size_mm)


def _share(qs: QuestionScore):
    return qs.points / qs.max_points


def ranked_questions(ctx: ReportContext) -> tuple[list[QuestionScore], list[QuestionScore]]:
    """Three strongest and three weakest counted questions (ties: heavier question first, then order)."""
    order = {q.id: i for i, q in enumerate(ctx.instrument.questions)}
    counted = [qs for qs in ctx.result.questions.values() if qs.counted and qs.max_points]
    strongest = sorted(counted, key=lambda qs: (-_share(qs), -qs.question.weight, order[qs.question.id]))[:3]
    rest = [qs for qs in counted if qs not in strongest]
    weakest = sorted(rest, key=lambda qs: (_share(qs), -qs.question.weight, order[qs.question.id]))[:3]
    return strongest, weakest


def _question_line(ctx: ReportContext, qs: QuestionScore) -> list:
    return [p(ctx.tr(qs.question.text), "cell"),
            p(f"{ctx.say('Mức', 'Level')} {qs.level}/5", "cell_center")]


def _strengths(ctx: ReportContext) -> list:
    strongest, weakest = ranked_questions(ctx)
    if not strongest:
        return []
    rows = []
    for index in range(max(len(strongest), len(weakest))):
        left = _question_line(ctx, strongest[index]) if index < len(strongest) else ["", ""]
        right = _question_line(ctx, weakest[index]) if index < len(weakest) else ["", ""]
        rows.append(left + right)
    return [p(ctx.say("Điểm mạnh và điểm cần cải thiện", "Strengths and weaknesses"), "h2"),
            table([ctx.say("Mạnh nhất", "Strongest"), "", ctx.say("Yếu nhất", "Weakest"), ""], rows,
                  [68, 17, 68, 17], zebra=False)]


def _top_steps(ctx: ReportContext) -> list:
    from .plan_sections import eligible_count, first_steps

    steps = first_steps(ctx, 5)
    out = []
    if steps:
        out.append(p(ctx.say("Năm bước nên làm trước", "First five steps"), "h2"))
        out += [rich(f"{index}. {para(ctx.tr(step.text))}", "compact") for index, step in enumerate(steps, 1)]
    count = eligible_count(ctx)
    out.append(rich(ctx.say(
        f"<b>{count}</b> chính sách hỗ trợ cơ sở có thể nhận (chi tiết ở mục Chính sách hỗ trợ).",
        f"<b>{count}</b> support policies the business appears eligible for (see Support policies).")))
    return out


def summary(ctx: ReportContext) -> list:
    out = [p(report_title(ctx), "title"),
           p(f"{ctx.tr(ctx.instrument.name)} · {ctx.instrument.id} {ctx.instrument.version}", "subtitle")]
    if ctx.is_draft:
        out.append(p(completeness_note(ctx), "banner"))
    out.append(table(None, _profile_rows(ctx), [48, 122]))
    out.append(spacer(4))
    out.append(grid([[_level_box(ctx), _radar(ctx, 72)]], [92 * MM, 78 * MM], [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("BACKGROUND", (0, 0), (0, 0), TINT),
        ("BOX", (0, 0), (0, 0), 0.6, RULE), ("LEFTPADDING", (0, 0), (0, 0), 10),
        ("RIGHTPADDING", (0, 0), (0, 0), 10), ("TOPPADDING", (0, 0), (0, 0), 8), ("BOTTOMPADDING", (0, 0), (0, 0), 8)]))
    out += _strengths(ctx)
    out += _top_steps(ctx)
    # The summary is one page by design: long names or a draft banner shrink it slightly rather than
    # leaving a last line alone on page 2.
    from reportlab.platypus import KeepInFrame

    return [KeepInFrame(CONTENT_WIDTH, CONTENT_HEIGHT, out, mode="shrink")]


def _benchmark(ctx: ReportContext, kind: str) -> tuple[dict, int] | None:
    """Peer mean scores {area id or "overall": mean} and the sample size; areas only (storage.benchmark)."""
    bench = ctx.benchmark
    if bench is None or kind != "areas" or bench.hidden:
        return None
    means = {c.id: None if c.hidden else c.mean for c in bench.areas}
    means["overall"] = None if bench.overall.hidden else bench.overall.mean
    return means, bench.sample_size


def _score_table(ctx: ReportContext, kind: str) -> list:
    items = ctx.result.areas if kind == "areas" else ctx.result.pillars
    before = {}
    if ctx.previous_result is not None:
        before = {s.id: s.score for s in getattr(ctx.previous_result, kind)}
    bench = _benchmark(ctx, kind)
    header = [ctx.say("Lĩnh vực" if kind == "areas" else "Trụ cột DBI", "Area" if kind == "areas" else "DBI pillar"),
              ctx.say("Điểm", "Score"), ctx.say("Mức", "Level"), ctx.say("Số câu", "Questions")]
    widths = [62, 18, 36, 16]
    if ctx.previous_result is not None:
        header += [ctx.say("Lần trước", "Previous"), ctx.say("Thay đổi", "Change")]
        widths += [20, 20]
    if bench:
        header.append(ctx.say(f"Bình quân (n={bench[1]})", f"Benchmark (n={bench[1]})"))
        widths.append(24)
    rows = []
    for s in items:
        level = "—" if s.level is None else f"{s.level} · {ctx.tr(LEVEL_NAMES[s.level])}"
        row = [ctx.tr(s.name), ctx.number(s.score), level, str(s.questions)]
        if ctx.previous_result is not None:
            row += [ctx.number(before.get(s.id)), ctx.trend(s.score, before.get(s.id))]
        if bench:
            row.append(ctx.number(bench[0].get(s.id)))
        rows.append(row)
    if kind == "areas":
        overall = ctx.result.overall
        row = [ctx.say("Tổng thể", "Overall"), ctx.number(overall.score),
               _level_words(ctx, ctx.result.overall_level), str(overall.questions)]
        if ctx.previous_result is not None:
            prev = ctx.previous_result.overall.score
            row += [ctx.number(prev), ctx.trend(overall.score, prev)]
        if bench:
            row.append(ctx.number(bench[0].get("overall")))
        rows.append(row)
    chart_labels = [ctx.tr(s.name) for s in items]
    current = charts.Series(_current_label(ctx), [s.score for s in items])
    previous = (charts.Series(_previous_label(ctx), [before.get(s.id) for s in items])
                if ctx.previous_result is not None else None)
    benchmark = (charts.Series(ctx.say(f"Bình quân (n={bench[1]})", f"Benchmark (n={bench[1]})"),
                               [bench[0].get(s.id) for s in items]) if bench else None)
    note = []
    if ctx.benchmark is not None and kind == "areas":
        note = [p(ctx.say("So sánh với các cơ sở cùng nhóm: ", "Compared with peers: ") + ctx.benchmark.describe(ctx.lang)
                  + ".", "muted")]
    return [table(header, rows, widths, bold_rows=[len(rows) - 1] if kind == "areas" else ()), *note,
            spacer(2), bars(chart_labels, current, previous, benchmark, number=ctx.number)]


def results(ctx: ReportContext) -> list:
    """Areas and pillars on one page: each a table with a compact bar chart below it."""
    from reportlab.platypus import KeepTogether, PageBreak

    intro = ctx.say(
        "Điểm từ 0 đến 100 trên các câu đã trả lời; mức từ 0 (chưa khởi động) đến 5 (dẫn dắt) theo Bộ chỉ số DBI.",
        "Scores run from 0 to 100 over the answered questions; levels from 0 (not started) to 5 (leading), "
        "as in the DBI index.")
    if ctx.previous_result is not None:
        intro += " " + ctx.say(f"▲ tăng, ▼ giảm, = không đổi so với lần trước ({_previous_label(ctx)}).",
                               f"▲ up, ▼ down, = unchanged against the previous assessment ({_previous_label(ctx)}).")
    out = [PageBreak(), p(ctx.say("Kết quả theo lĩnh vực và trụ cột", "Results by area and pillar"), "h1"),
           p(intro, "muted"),
           KeepTogether([p(ctx.say("Theo lĩnh vực", "By area"), "h2"), *_score_table(ctx, "areas")]),
           KeepTogether([p(ctx.say("Theo trụ cột DBI", "By DBI pillar"), "h2"), p(ctx.say(
               "Sáu trụ cột của Bộ chỉ số DBI: mức chung được xác định từ điểm chung và số trụ cột đạt mức (xem Phương pháp).",
               "The six pillars of the DBI index: the overall level follows from the overall score and how many pillars "
               "reach each level (see Method)."), "muted"), *_score_table(ctx, "pillars")])]
    return out


def signatures(ctx: ReportContext) -> list:
    from reportlab.platypus import KeepTogether

    b = ctx.business
    assessor = ctx.assessment.assessor
    consultant = ctx.consultant
    assessor_name = assessor.name if assessor and assessor.name.strip() else (
        getattr(consultant, "name", consultant) if consultant else "")

    def column(role: str, name: str) -> list:
        return [p(role, "h3"),
                p(f"{ctx.say('Họ và tên', 'Name')}: {name}" if name.strip() else
                  f"{ctx.say('Họ và tên', 'Name')}: ....................................", "body"),
                p(f"{ctx.say('Ngày', 'Date')}: ......../......../............", "body"),
                p(f"{ctx.say('Chữ ký', 'Signature')}:", "body"), spacer(22),
                p("...................................................", "muted")]

    boxes = grid([[column(ctx.say("Đại diện cơ sở kinh doanh", "Business representative"), b.contact.name),
                   column(ctx.say("Người đánh giá", "Assessor"), str(assessor_name or ""))]],
                 [85 * MM, 85 * MM], [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    return [KeepTogether([p(ctx.say("Xác nhận", "Signatures"), "h1"), p(ctx.say(
        "Hai bên xác nhận các câu trả lời trong báo cáo này phản ánh đúng hoạt động của cơ sở tại ngày đánh giá.",
        "Both parties confirm that the answers in this report reflect the business as it was on the assessment date."),
        "body"), spacer(4), boxes])]
