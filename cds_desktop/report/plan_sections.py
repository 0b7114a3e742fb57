"""Report sections 3 and 4: the roadmap by phase with the policies that can fund each step, and the
support policies (eligible first, then to check), from domain.plan."""

from __future__ import annotations

from .blocks import p, rich, table
from .context import ReportContext
from .markup import para


def _phases(ctx: ReportContext) -> list:
    return list(ctx.plan.roadmap.phases) if ctx.plan is not None else []


def first_steps(ctx: ReportContext, count: int) -> list:
    return [step for phase in _phases(ctx) for step in phase.steps][:count]


def _matches(ctx: ReportContext, eligibility: str) -> list:
    return [m for m in ctx.plan.policies if m.eligibility == eligibility] if ctx.plan is not None else []


def eligible_count(ctx: ReportContext) -> int:
    return len(_matches(ctx, "eligible"))


def _policy_titles(ctx: ReportContext) -> dict[str, str]:
    return {m.policy.id: ctx.tr(m.policy.title) for m in ctx.plan.policies} if ctx.plan is not None else {}


def roadmap(ctx: ReportContext) -> list:
    from reportlab.platypus import PageBreak

    phases = [phase for phase in _phases(ctx) if phase.steps]
    out = [PageBreak(), p(ctx.say("Lộ trình chuyển đổi số", "Digital transformation roadmap"), "h1")]
    if not phases:
        return out + [p(ctx.say("Không có bước nào cần làm thêm theo các câu trả lời hiện tại.",
                                "No further steps follow from the current answers."))]
    titles = _policy_titles(ctx)
    for phase in phases:
        rows = []
        for step in phase.steps:
            area = ctx.tr(ctx.instrument.area(step.area).name)
            funding = "; ".join(titles.get(pid, pid) for pid in step.policies) or "—"
            rows.append([[p(ctx.tr(step.text), "cell"),
                          p(f"{area} · {ctx.say('mức', 'level')} {step.from_level} → {step.to_level}", "muted")],
                         funding])
        out += [p(ctx.tr(phase.name), "h2"),
                table([ctx.say("Việc cần làm", "Step"), ctx.say("Chính sách có thể hỗ trợ", "Policies that can fund it")],
                      rows, [105, 65])]
    return out


def policies(ctx: ReportContext) -> list:
    from reportlab.platypus import PageBreak

    out = [PageBreak(), p(ctx.say("Chính sách hỗ trợ", "Support policies"), "h1")]
    groups = ((ctx.say("Cơ sở có thể nhận", "Eligible"), _matches(ctx, "eligible")),
              (ctx.say("Cần kiểm tra thêm", "To check"), _matches(ctx, "check")))
    if not any(matches for _, matches in groups):
        return out + [p(ctx.say("Chưa tìm thấy chính sách phù hợp trong danh mục.",
                                "No matching policy was found in the catalog."))]
    for heading, matches in groups:
        if matches:
            out.append(p(heading, "h2"))
            out += [block for match in matches for block in _policy(ctx, match)]
    return out


def _policy(ctx: ReportContext, match) -> list:
    from reportlab.platypus import KeepTogether

    policy = match.policy
    title = para(ctx.tr(policy.title))
    if policy.status == "proposed" or not policy.verified:
        title += f' <font color="#8a1c1c">[{ctx.say("Đề xuất — chưa xác minh", "Proposed — not verified")}]</font>'
    marks = {"met": "✓", "not_met": "✗", "unknown": "?"}
    reasons = [rich(f"{marks.get(r.result, '•')} {para(ctx.tr(r.text))}", "small") for r in match.reasons]
    ref = policy.legal_reference
    rows = [[ctx.say("Căn cứ", "Legal basis"), " ".join(part for part in (ref.number, ref.article or "") if part)],
            [ctx.say("Hỗ trợ tối đa (ước tính)", "Estimated maximum support"), ctx.money(match.estimated_max_vnd)],
            [ctx.say("Điều kiện", "Conditions"), reasons or "—"],
            [ctx.say("Cách đăng ký", "How to apply"), ctx.tr(policy.how_to_apply)]]
    return [KeepTogether([rich(f"<b>{title}</b>", "h3"), table(None, rows, [40, 130], zebra=False)])]
