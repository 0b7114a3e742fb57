"""The owner summary, the report's first two pages: what the level means, where the business is strong
and weak, the five first steps with who pays for them, the support it may get, what to do this week,
and where to find the rest (page references into the annexes)."""

from __future__ import annotations

from ..domain import strengths
from ..domain.roadmap import TAG_NAMES
from ..domain.scoring import LEVEL_MEANINGS, METHOD_NOTE, QuestionScore, level_label
from .blocks import drawn_last, grid, p, rich, spacer, table
from .context import ReportContext
from .document import CONTENT_HEIGHT, CONTENT_WIDTH, MM, RULE, TINT
from .markup import para, truncate
from .sections import completeness_note, previous_label, profile_rows, radar, report_title

FIRST_STEPS = 5


# -- what the summary says (also used by tests) -------------------------------------------------------


def topic(ctx: ReportContext, q) -> str:
    return truncate(strengths.topic(q, ctx.lang), 60)


def strengths_and_gaps(ctx: ReportContext, count: int = 3) -> tuple[list[QuestionScore], list[QuestionScore]]:
    """The window's Results view names the same (one rule: `domain.strengths`)."""
    return strengths.strengths_and_gaps(ctx.result, ctx.instrument, ctx.plan.roadmap, count)


def first_steps(ctx: ReportContext) -> list:
    return list(ctx.plan.roadmap.steps[:FIRST_STEPS])


def ranked_supports(step) -> list:
    """A step's supports best first: eligible before to-check, in force before proposed, verified first
    (the order the roadmap gives, kept among equals)."""
    return sorted(step.policies, key=lambda m: (m.eligibility != "eligible", m.policy.status == "proposed",
                                                not m.policy.verified))


def best_support(step):
    """The one support to name for a step."""
    ranked = ranked_supports(step)
    return ranked[0] if ranked else None


def supports(ctx: ReportContext) -> list:
    return [m for m in ctx.plan.policies if m.policy.kind == "support" and m.eligibility in ("eligible", "check")]


def support_totals(ctx: ReportContext) -> dict[str, tuple[int, int, int]]:
    """{group: (policies, sum of estimated maxima, policies without an amount)} for the groups
    eligible (in force), check (in force, to confirm) and proposed (not issued: never counted as available)."""
    groups: dict[str, list] = {"eligible": [], "check": [], "proposed": []}
    for m in supports(ctx):
        groups["proposed" if m.policy.status == "proposed" else m.eligibility].append(m)
    return {key: (len(ms), sum(m.estimated_max_vnd or 0 for m in ms), sum(1 for m in ms if m.estimated_max_vnd is None))
            for key, ms in groups.items()}


def status_words(ctx: ReportContext, match) -> str:
    words = ctx.say("có thể nhận", "eligible") if match.eligibility == "eligible" else ctx.say("cần kiểm tra", "to check")
    if match.policy.status == "proposed":
        words += ctx.say(" · đề xuất, chưa ban hành", " · proposed, not issued")
    elif not match.policy.verified:
        words += ctx.say(" · chưa xác minh", " · not verified")
    return words


# -- layout -------------------------------------------------------------------------------------------


def _level_box(ctx: ReportContext) -> list:
    score = ctx.result.overall.score
    level = ctx.level
    if level is None:
        box = [p(ctx.say("Mức độ chuyển đổi số chung", "Overall digital maturity"), "muted"),
               rich(ctx.say("Tạm tính", "Provisional"), "big"),
               p(ctx.say("Chưa có mức chung: còn câu hỏi chưa trả lời. Điểm dưới đây chỉ tính trên các câu đã trả "
                         "lời và sẽ thay đổi khi trả lời đủ.",
                         "No overall level yet: some questions are unanswered. The score below counts only the "
                         "answered questions and will change once all are answered.")),
               spacer(2),
               rich(f"{ctx.say('Điểm tạm tính', 'Provisional score')}: <b>{ctx.number(score)}</b> / 100")]
    else:
        box = [p(ctx.say("Mức độ chuyển đổi số chung", "Overall digital maturity"), "muted"),
               rich(f"{ctx.say('Mức', 'Level')} {para(level_label(level, ctx.lang))}", "big_level"),
               p(ctx.tr(LEVEL_MEANINGS[level])),
               spacer(2),
               rich(f"{ctx.say('Điểm chung', 'Overall score')}: <b>{ctx.number(score)}</b> / 100")]
    if ctx.previous_result is not None:
        before = ctx.previous_result
        level_before = "" if before.overall_level is None else ctx.say(f"mức {before.overall_level}, ",
                                                                         f"level {before.overall_level}, ")
        number, trend = ctx.number(before.overall.score), ctx.trend(score, before.overall.score)
        if before.provisional:  # a draft left unfinished: no level, a score that counts the answered questions only
            said = ctx.say(f"điểm tạm tính {number}", f"provisional score {number}")
        else:
            said = ctx.say(f"{level_before}{number} điểm", f"{level_before}score {number}")
        box.append(p(ctx.say(f"Lần trước ({previous_label(ctx)}): ", f"Previous ({previous_label(ctx)}): ")
                     + f"{said} {trend}", "small"))
    box.append(p(ctx.tr(METHOD_NOTE), "muted"))
    if ctx.result.pillar_counts_scaled:
        box.append(p(ctx.say(
            f"Chỉ {ctx.result.pillars_assessed}/6 trụ cột có câu trả lời; số trụ cột cần đạt được tính theo tỷ lệ.",
            f"Only {ctx.result.pillars_assessed}/6 pillars have answers; pillar counts were scaled."), "muted"))
    return box


def _topic_cell(ctx: ReportContext, qs: QuestionScore, gap: bool = False) -> list:
    cell = [rich(f"<b>{para(topic(ctx, qs.question))}</b> — {ctx.say('mức', 'level')} {qs.level}/5", "cell"),
            p(truncate(strengths.descriptor(qs, ctx.lang), 180), "small")]
    number = next((n for n, s in enumerate(ctx.plan.roadmap.steps, 1) if s.question_id == qs.question.id), None)
    if gap and number is not None:  # where the roadmap takes this gap on
        cell.append(p(ctx.say(f"→ bước {number} của lộ trình (trang {ctx.page('roadmap')})",
                              f"→ roadmap step {number} (page {ctx.page('roadmap')})"), "muted"))
    return cell


def _strengths(ctx: ReportContext) -> list:
    strongest, weakest = strengths_and_gaps(ctx)
    if not (strongest or weakest):
        return []
    rows = [[_topic_cell(ctx, strongest[i]) if i < len(strongest) else "",
             _topic_cell(ctx, weakest[i], gap=True) if i < len(weakest) else ""]
            for i in range(max(len(strongest), len(weakest)))]
    return [p(ctx.say("Điểm mạnh và điểm cần cải thiện", "Strengths and gaps"), "h2"),
            table([ctx.say("Làm tốt nhất", "Strongest"), ctx.say("Cần cải thiện nhất", "Weakest")], rows, [85, 85],
                  zebra=False)]


def _amount(ctx: ReportContext, match) -> str:
    if match.estimated_max_vnd:
        return ctx.say("tối đa ", "up to ") + ctx.money(match.estimated_max_vnd)
    return ctx.say("mức chưa rõ", "amount not known")


def _support_cell(ctx: ReportContext, step, numbers: dict[str, int]) -> list | str:
    match = best_support(step)
    if match is None:
        return ctx.say("Tự làm: không có hỗ trợ phù hợp", "Own cost: no matching support")
    number = numbers.get(match.policy.id)
    label = f"P{number}. " if number else ""
    return [rich(f"<b>{label}</b>{para(truncate(ctx.tr(match.policy.title), 90))}", "cell"),
            rich(f"<i>{para(status_words(ctx, match))}</i> · <b>{para(_amount(ctx, match))}</b>", "small")]


def _steps(ctx: ReportContext) -> list:
    from .plan_sections import policy_numbers

    steps = first_steps(ctx)
    if not steps:
        return [p(ctx.say("Năm bước nên làm trước", "First five steps"), "h2"),
                p(ctx.say("Không có bước nào cần làm thêm theo các câu trả lời hiện tại.",
                          "No further steps follow from the current answers."))]
    numbers = policy_numbers(ctx)
    rows = []
    for index, step in enumerate(steps, 1):
        what = [rich(f"<b>{index}.</b> {para(ctx.tr(step.text))}", "cell"),
                p(f"{topic(ctx, ctx.instrument.question(step.question_id))} · "
                  f"{ctx.say('mức', 'level')} {step.from_level} → {step.to_level}", "muted")]
        if step.obligation:
            what.append(rich(f"<b>{ctx.say('Bắt buộc theo quy định', 'Required by law')}</b>", "small"))
        effort = [p(f"{ctx.say('Công sức', 'Effort')}: {ctx.tr(TAG_NAMES.get(step.effort))}", "small"),
                  p(f"{ctx.say('Chi phí', 'Cost')}: {ctx.tr(TAG_NAMES.get(step.cost))}", "small")]
        rows.append([what, effort, _support_cell(ctx, step, numbers)])
    return [p(ctx.say("Năm bước nên làm trước", "First five steps"), "h2"),
            table([ctx.say("Việc cần làm", "Step"), ctx.say("Công sức · chi phí", "Effort · cost"),
                   ctx.say("Hỗ trợ chi trả", "Support that pays for it")], rows, [84, 26, 60])]


def _totals(ctx: ReportContext) -> list:
    totals = support_totals(ctx)

    def amount(total: int, unknown: int) -> str:
        shown = ctx.money(total) if total else ""
        if unknown:
            more = ctx.say(f"{unknown} chính sách chưa rõ mức", f"{unknown} without a stated amount")
            shown = f"{shown} + {more}" if shown else more
        return shown or "—"

    labels = {"eligible": ctx.say("Có thể nhận (đang có hiệu lực)", "Eligible (in force)"),
              "check": ctx.say("Cần kiểm tra thêm (đang có hiệu lực)", "To check (in force)"),
              "proposed": ctx.say("Đề xuất của tỉnh, chưa ban hành", "Proposed by the province, not issued")}
    rows = [[labels[key], str(count), amount(total, unknown)]
            for key, (count, total, unknown) in totals.items() if count]
    if not rows:
        return [p(ctx.say("Hỗ trợ có thể nhận", "Support the business may get"), "h2"),
                p(ctx.say("Chưa tìm thấy chính sách hỗ trợ phù hợp trong danh mục.",
                          "No matching support policy was found in the catalog."))]
    return [p(ctx.say("Hỗ trợ có thể nhận", "Support the business may get"), "h2"),
            table([ctx.say("Nhóm", "Group"), ctx.say("Số chính sách", "Policies"),
                   ctx.say("Tổng mức tối đa ước tính", "Estimated maximum in total")], rows, [80, 25, 65],
                  bold_rows=[0] if totals["eligible"][0] else ()),
            p(ctx.say(
                "Cộng các mức tối đa của từng chính sách; một khoản chi chỉ được hỗ trợ một lần và số tiền thực nhận "
                f"do cơ quan tiếp nhận quyết định. Chính sách đề xuất chưa được ban hành. Chi tiết: trang {ctx.page('policies')}.",
                "The maxima of each policy added up; one cost is supported once, and the receiving agency decides the "
                f"actual amount. Proposed policies have not been issued. Details: page {ctx.page('policies')}."),
                "muted")]


def _catalog_notices(ctx: ReportContext) -> list:
    """Beside the supports the summary adds up: what the reader must know about the catalog on the report date
    (nothing, on most days), as the policies annex says it."""
    from ..domain.edition import active_edition, edition_notices

    return [p("⚠ " + ctx.tr(notice), "small") for notice in edition_notices(active_edition(), ctx.on)]


def this_week(ctx: ReportContext) -> list[str]:
    """Three or four things to do in the next seven days, from the first steps and their supports."""
    todo = []
    steps = first_steps(ctx)
    if ctx.provisional:
        applicable = [qs for qs in ctx.result.questions.values() if qs.applicable]
        missing = sum(1 for qs in applicable if not qs.answered)
        todo.append(ctx.say(f"Trả lời nốt {missing} câu hỏi còn lại để có mức chính thức.",
                            f"Answer the {missing} remaining questions to get a level."))
    if steps:
        todo.append(ctx.say(f"Bắt đầu bước 1: {ctx.tr(steps[0].text)}", f"Start step 1: {ctx.tr(steps[0].text)}"))
    funded = next((m for step in steps if (m := best_support(step)) is not None and m.eligibility == "eligible"),
                  None)
    if funded is not None:
        prepare = "; ".join(ctx.tr(item) for item in funded.policy.how_to_apply.prepare[:2])
        todo.append(ctx.say(
            f"Liên hệ {ctx.tr(funded.policy.how_to_apply.agency)} về «{ctx.tr(funded.policy.title)}»"
            + (f"; chuẩn bị: {prepare}." if prepare else "."),
            f"Contact {ctx.tr(funded.policy.how_to_apply.agency_in_sentence)} about “{ctx.tr(funded.policy.title)}”"
            + (f"; prepare: {prepare}." if prepare else ".")))
    totals = support_totals(ctx)  # the same two groups, and numbers, as the table above it
    check, proposed, page = totals["check"][0], totals["proposed"][0], ctx.page("policies")
    to_check = ctx.count(check, "chính sách cần kiểm tra", "policy to check", "policies to check")
    issued = ctx.count(proposed, "chính sách đề xuất", "proposed policy", "proposed policies") + \
        ctx.say(" đã được ban hành chưa", " has been issued" if proposed == 1 else " have been issued")
    if check and proposed:
        todo.append(ctx.say(f"Hỏi cơ quan tiếp nhận để xác nhận {to_check}, và {issued} (trang {page}).",
                            f"Ask the receiving agency to confirm the {to_check}, and whether the {issued} "
                            f"(page {page})."))
    elif check:
        todo.append(ctx.say(f"Hỏi cơ quan tiếp nhận để xác nhận {to_check} (trang {page}).",
                            f"Ask the receiving agency to confirm the {to_check} (page {page})."))
    elif proposed:
        todo.append(ctx.say(f"Hỏi cơ quan tiếp nhận {issued} (trang {page}).",
                            f"Ask the receiving agency whether the {issued} (page {page})."))
    return todo


def _this_week(ctx: ReportContext) -> list:
    items = this_week(ctx)
    if not items:
        return []
    return [p(ctx.say("Việc làm ngay trong tuần này", "What to do this week"), "h2"),
            *[rich(f"☐ {para(item)}", "compact") for item in items]]


def _contents(ctx: ReportContext) -> list:
    entries = [("results", ctx.say("Kết quả theo lĩnh vực và trụ cột", "Results by area and pillar"))]
    if ctx.previous is not None:
        entries.append(("changes", ctx.say("Thay đổi so với lần trước", "Since last time")))
    entries += [("roadmap", ctx.say("Lộ trình và ma trận ưu tiên", "Roadmap and priority matrix")),
                ("policies", ctx.say("Chính sách hỗ trợ và cách đăng ký", "Support policies and how to apply")),
                ("answers", ctx.say("Toàn bộ câu trả lời", "All answers")),
                ("method", ctx.say("Phương pháp và nguồn", "Method and sources")),
                ("signatures", ctx.say("Xác nhận", "Signatures"))]
    rows = [[title, f"{ctx.say('trang', 'page')} {ctx.page(key)}"] for key, title in entries]
    return [p(ctx.say("Phụ lục trong báo cáo này", "Annexes in this report"), "h2"),
            table(None, rows, [140, 30], zebra=False)]


def _page(flowables: list):
    """At most one page: long names or a draft banner shrink it slightly rather than spill over."""
    from reportlab.platypus import KeepInFrame

    return KeepInFrame(CONTENT_WIDTH, CONTENT_HEIGHT, flowables, mode="shrink")


def _first_page(ctx: ReportContext) -> list:
    first = [p(report_title(ctx), "title"),
             p(f"{ctx.tr(ctx.instrument.name)} · {ctx.instrument.id} {ctx.instrument.version}", "subtitle")]
    if ctx.is_draft:
        first.append(p(completeness_note(ctx), "banner"))
    first.append(table(None, profile_rows(ctx), [48, 122]))
    first.append(spacer(4))
    first.append(grid([[_level_box(ctx), radar(ctx, 80)]], [88 * MM, 82 * MM], [
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("BACKGROUND", (0, 0), (0, 0), TINT),
        ("BOX", (0, 0), (0, 0), 0.6, RULE), ("LEFTPADDING", (0, 0), (0, 0), 10),
        ("RIGHTPADDING", (0, 0), (0, 0), 10), ("TOPPADDING", (0, 0), (0, 0), 8), ("BOTTOMPADDING", (0, 0), (0, 0), 8)]))
    return first + _strengths(ctx)


def summary(ctx: ReportContext) -> list:
    """Two pages, each made when the rest of the report is drawn: they refer to the pages the annexes start on."""
    from reportlab.platypus import PageBreak

    return [drawn_last(lambda: _page(_first_page(ctx))), PageBreak(),
            drawn_last(lambda: _page(_steps(ctx) + _totals(ctx) + _catalog_notices(ctx) + _this_week(ctx)
                                          + _contents(ctx)))]
