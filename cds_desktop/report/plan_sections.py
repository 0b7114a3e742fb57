"""Report sections 3 and 4 from domain.plan: the roadmap by phase with the policies that can fund each
step, and the support policies (eligible first, then to check) with their reasons, estimated maximum
support and how to apply; proposed or unverified policies are marked as such."""

from __future__ import annotations

from ..domain.policies import STATUS_NAMES
from .blocks import keep_with_rows, p, rich, section_break, spacer, table
from .context import ReportContext
from .markup import para

_MARKS = {"met": "✓", "not_met": "✗", "unknown": "?"}


def first_steps(ctx: ReportContext, count: int) -> list:
    return list(ctx.plan.roadmap.steps[:count])


def _supports(ctx: ReportContext, eligibility: str) -> list:
    return [m for m in ctx.plan.policies if m.policy.kind == "support" and m.eligibility == eligibility]


def eligible_count(ctx: ReportContext) -> int:
    return len(_supports(ctx, "eligible"))


def _unverified(policy) -> bool:
    return policy.status == "proposed" or not policy.verified


def _flag(ctx: ReportContext, policy) -> str:
    """Markup flag for a proposed or unverified policy (in words, so it prints without colour)."""
    if policy.status == "proposed":
        label = ctx.say("Đề xuất — chưa xác minh", "Proposed — not verified")
    elif not policy.verified:
        label = ctx.say("Chưa xác minh với văn bản gốc", "Not verified against the original text")
    else:
        return ""
    return f' <font color="#8a1c1c"><b>[{label}]</b></font>'


def policy_numbers(ctx: ReportContext) -> dict[str, int]:
    """P1, P2, ... in the order the policies section lists them (eligible first, then to check)."""
    listed = _supports(ctx, "eligible") + _supports(ctx, "check")
    return {m.policy.id: number for number, m in enumerate(listed, 1)}


def _step_funding(ctx: ReportContext, step, numbers: dict[str, int]) -> str:
    """"P1 ✓ · P4 ?*": the policies that can fund a step, by their number in the policies section."""
    marks = [f"P{numbers[m.policy.id]} {'✓' if m.eligibility == 'eligible' else '?'}"
             f"{'*' if _unverified(m.policy) else ''}" for m in step.policies if m.policy.id in numbers]
    return " · ".join(marks) or "—"


def roadmap(ctx: ReportContext) -> list:
    out = [section_break(), p(ctx.say("Lộ trình chuyển đổi số", "Digital transformation roadmap"), "h1")]
    if ctx.plan.roadmap.is_empty:
        return out + [p(ctx.say("Không có bước nào cần làm thêm theo các câu trả lời hiện tại.",
                                "No further steps follow from the current answers."))]
    out.append(p(ctx.say(
        "Mỗi bước đưa một câu hỏi lên mức tiếp theo (hoặc mức mục tiêu). Việc bắt buộc theo quy định và việc dễ làm, "
        "ít tốn kém được xếp trước.",
        "Each step raises one question to its next (or target) level. Legal obligations and quick, low-cost wins "
        "come first."), "muted"))
    numbers = policy_numbers(ctx)
    if numbers:
        out.append(p(ctx.say(
            "Cột Hỗ trợ: P1, P2… là số thứ tự chính sách ở mục Chính sách hỗ trợ; ✓ cơ sở có thể nhận, ? cần kiểm tra, "
            "* đề xuất hoặc chưa xác minh.",
            "Support column: P1, P2… number the policies in the Support policies section; ✓ eligible, ? to check, "
            "* proposed or not verified."), "muted"))
    number = 0
    for phase in ctx.plan.roadmap.phases:
        if not phase.steps:
            continue
        rows = []
        for step in phase.steps:
            number += 1
            detail = f"{ctx.tr(step.area_name)} · {ctx.say('mức', 'level')} {step.from_level} → {step.to_level}"
            what = [rich(f"<b>{number}.</b> {para(ctx.tr(step.text))}", "cell"), p(detail, "muted")]
            if step.obligation:
                what.append(rich(f"<b>{ctx.say('Bắt buộc theo quy định', 'Required by law')}</b>", "small"))
            rows.append([what, _step_funding(ctx, step, numbers)])
        header = [ctx.say("Việc cần làm", "Step"), ctx.say("Hỗ trợ", "Support")]
        out.append(keep_with_rows([p(ctx.tr(phase.name), "h2")], table(header, rows, [135, 35]), rows=3))
    return out


def _edition(ctx: ReportContext) -> list:
    """Which catalog edition the policies come from; a notice when it may be out of date."""
    from ..domain.edition import active_edition, edition_line, edition_notices

    edition = active_edition()
    return [p(ctx.tr(edition_line(edition)) + ".", "muted")] + [p("⚠ " + ctx.tr(n)) for n in
                                                               edition_notices(edition, ctx.on)]


def policies(ctx: ReportContext) -> list:
    out = [section_break(), p(ctx.say("Chính sách hỗ trợ", "Support policies"), "h1"), p(ctx.say(
        "So khớp hồ sơ cơ sở với danh mục chính sách tại ngày lập báo cáo. ✓ đạt, ✗ không đạt, ? cần xác nhận. "
        "Mức hỗ trợ là mức tối đa ước tính; số tiền thực nhận do cơ quan tiếp nhận quyết định.",
        "The business profile matched against the policy catalog on the report date. ✓ met, ✗ not met, "
        "? to confirm. Amounts are estimated maxima; the receiving agency decides the actual support."), "muted")]
    out += _edition(ctx)
    groups = ((ctx.say("Cơ sở có thể nhận", "Eligible"), _supports(ctx, "eligible")),
              (ctx.say("Cần kiểm tra thêm", "To check"), _supports(ctx, "check")))
    numbers = policy_numbers(ctx)
    if not any(matches for _, matches in groups):
        out.append(p(ctx.say("Chưa tìm thấy chính sách hỗ trợ phù hợp trong danh mục.",
                             "No matching support policy was found in the catalog.")))
    for heading, matches in groups:
        if matches:
            first = [p(f"{heading} ({len(matches)})", "h2")]
            out += [block for index, match in enumerate(matches)
                    for block in _policy(ctx, match, f"P{numbers[match.policy.id]}. ", first if index == 0 else [])]
    obligations = [m for m in ctx.plan.policies if m.policy.kind == "obligation" and m.eligibility != "not_eligible"]
    if obligations:
        first = [p(ctx.say("Nghĩa vụ theo quy định có thể áp dụng", "Legal obligations that may apply"), "h2")]
        out += [block for index, match in enumerate(obligations)
                for block in _policy(ctx, match, "", first if index == 0 else [])]
    return out


def _policy(ctx: ReportContext, match, prefix: str, heading: list) -> list:
    """One policy: its title (and the group heading above the group's first policy) kept with its first rows,
    the title repeated when the policy runs on to the next page."""
    policy = match.policy
    legal = ", ".join(part for part in (policy.legal_number, policy.legal_article or "",
                                        ctx.date(policy.legal_date) if policy.legal_date else "") if part)
    reasons = [rich(f"{_MARKS.get(r.result, '•')} {para(ctx.tr(r.text))}", "small") for r in match.reasons]
    reasons += [rich(f"? {para(ctx.tr(c.text))}", "small") for c in policy.conditions]
    apply = [p(ctx.tr(policy.how_to_apply.agency), "cell")]
    apply += [rich(f"– {para(ctx.tr(item))}", "small") for item in policy.how_to_apply.prepare]
    rows = [[ctx.say("Nội dung", "Summary"), ctx.tr(policy.summary)],
            [ctx.say("Căn cứ · tình trạng", "Legal basis · status"),
             f"{legal} · {ctx.tr(STATUS_NAMES.get(policy.status))}"]]
    if policy.kind == "support":
        rows.append([ctx.say("Hỗ trợ tối đa (ước tính)", "Estimated maximum support"),
                     [p(ctx.money(match.estimated_max_vnd), "cell_bold"), p(ctx.tr(policy.benefit.description), "small")]])
    rows += [[ctx.say("Điều kiện", "Conditions"), reasons or "—"],
             [ctx.say("Cách đăng ký", "How to apply") if policy.kind == "support" else ctx.say("Thực hiện", "How to comply"),
              apply]]
    title = rich(f"<b>{prefix}{para(ctx.tr(policy.title))}</b>{_flag(ctx, policy)}", "h3")
    return [keep_with_rows(heading, table(None, rows, [38, 132], zebra=False, title=title), rows=2), spacer(2)]
