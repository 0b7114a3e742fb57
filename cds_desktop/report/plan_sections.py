"""Report annexes from domain.plan: the roadmap (priority matrix, then every step by phase with the
policies that can fund it) and the support policies (eligible first, then to check), one row each, with
how to apply written once per agency; proposed or unverified policies are marked as such."""

from __future__ import annotations

from ..domain.eligibility import PolicyMatch
from ..domain.policies import STATUS_NAMES
from .blocks import anchor, keep_with_rows, p, rich, section_break, table
from .context import ReportContext
from .markup import para

_MARKS = {"met": "✓", "not_met": "✗", "unknown": "?"}


def _supports(ctx: ReportContext, eligibility: str) -> list:
    return [m for m in ctx.plan.policies if m.policy.kind == "support" and m.eligibility == eligibility]


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
    """P1, P2, ... in the order the policies annex lists them (eligible first, then to check)."""
    listed = _supports(ctx, "eligible") + _supports(ctx, "check")
    return {m.policy.id: number for number, m in enumerate(listed, 1)}


SHOWN_PER_STEP = 3


def _step_funding(ctx: ReportContext, step, numbers: dict[str, int]) -> str:
    """"P1 ✓ · P4 ? đề xuất": the best policies that can fund a step (at most three, eligible and in force
    first), by their number in the policies annex; "+2" says how many more there are."""
    from .summary import ranked_supports

    proposed = ctx.say(" đề xuất", " proposed")
    listed = [m for m in ranked_supports(step) if m.policy.id in numbers]
    marks = [f"P{numbers[m.policy.id]} {'✓' if m.eligibility == 'eligible' else '?'}"
             f"{proposed if m.policy.status == 'proposed' else ('*' if _unverified(m.policy) else '')}"
             for m in listed[:SHOWN_PER_STEP]]
    more = len(listed) - SHOWN_PER_STEP
    return " · ".join(marks) + (f" · +{more}" if more > 0 else "") or "—"


def roadmap(ctx: ReportContext) -> list:
    from .matrix import priority_matrix

    out = [section_break(), anchor("roadmap", ctx.drawn),
           p(ctx.say("Lộ trình chuyển đổi số", "Digital transformation roadmap"), "h1")]
    if ctx.plan.roadmap.is_empty:
        return out + [p(ctx.say("Không có bước nào cần làm thêm theo các câu trả lời hiện tại.",
                                "No further steps follow from the current answers."))]
    out += priority_matrix(ctx)
    out.append(p(ctx.say(
        "Mỗi bước đưa một câu hỏi lên mức tiếp theo (hoặc mức mục tiêu); việc bắt buộc theo quy định và việc dễ làm, "
        "ít tốn kém được xếp trước. Công sức · chi phí: T thấp, V vừa, C cao. Hỗ trợ: P1, P2… là số chính sách ở phụ "
        "lục Chính sách hỗ trợ; ✓ có thể nhận, ? cần kiểm tra, * chưa xác minh.",
        "Each step raises one question to its next (or target) level; legal obligations and quick, low-cost wins "
        "come first. Effort · cost: L low, M medium, H high. Support: P1, P2… number the policies in the Support "
        "policies annex; ✓ eligible, ? to check, * not verified."), "muted"))
    numbers = policy_numbers(ctx)
    short = {"low": ctx.say("T", "L"), "medium": ctx.say("V", "M"), "high": ctx.say("C", "H")}
    number = 0
    for phase in ctx.plan.roadmap.phases:
        if not phase.steps:
            continue
        rows = []
        for step in phase.steps:
            number += 1
            law = f" <b>{ctx.say('Bắt buộc theo quy định.', 'Required by law.')}</b>" if step.obligation else ""
            rows.append([rich(f"<b>{number}.</b> {para(ctx.tr(step.text))}{law} <font color=\"#5c6670\">"
                              f"({para(ctx.tr(step.area_name))} · {step.from_level} → {step.to_level})</font>",
                              "dense"),
                         p(f"{short.get(step.effort, step.effort)} · {short.get(step.cost, step.cost)}", "dense"),
                         p(_step_funding(ctx, step, numbers), "dense")])
        header = [ctx.say("Việc cần làm", "Step"), ctx.say("Công sức · chi phí", "Effort · cost"),
                  ctx.say("Hỗ trợ", "Support")]
        out.append(keep_with_rows([p(ctx.tr(phase.name), "h2")], table(header, rows, [114, 16, 40], dense=True), rows=3))
    return out


def shared_notes(ctx: ReportContext, matches: list) -> dict[str, str]:
    """{text: "a"}: the to-confirm lines that several listed policies share, printed once under the table."""
    seen: dict[str, int] = {}
    for m in matches:
        for line in dict.fromkeys(ctx.tr(r.text) for r in _open_reasons(m)):  # ordered: same bytes
            seen[line] = seen.get(line, 0) + 1
    shared = [line for line, count in seen.items() if count > 1]
    return {line: "abcdefghijklmnopqrstuvwxyz"[i] for i, line in enumerate(shared[:26])}


def _open_reasons(match) -> list:
    """The criteria not met or to confirm, but the policy's conditions: they are listed once, after them (as the
    window and the CLI do), and a condition that decides eligibility is also a reason ("To confirm: …")."""
    return [r for r in match.reasons if r.result != "met" and not r.criterion.startswith("condition.")]


def _conditions(ctx: ReportContext, match, notes: dict[str, str]):
    """One paragraph: how many criteria are met, then what is not met or to confirm (a shared line by its letter),
    then the policy's conditions."""
    met = [r for r in match.reasons if r.result == "met"]
    open_ = _open_reasons(match)
    parts = []
    if met:
        parts.append(ctx.say(f"✓ Đạt {len(met)} tiêu chí.", f"✓ {len(met)} criteria met."))
    parts += [f"{_MARKS.get(r.result, '•')} {para(ctx.tr(r.text))}." for r in open_ if ctx.tr(r.text) not in notes]
    letters = sorted({notes[ctx.tr(r.text)] for r in open_ if ctx.tr(r.text) in notes})
    if letters:
        parts.append("? " + ctx.say("ghi chú ", "notes ") + ", ".join(f"({x})" for x in letters) + ".")
    parts += [f"? {para(ctx.tr(c.text))}." for c in match.policy.conditions]
    return rich(" ".join(part.replace("..", ".") for part in parts), "dense")


def _policy_row(ctx: ReportContext, match, label: str, notes: dict[str, str]) -> list:
    """Title (and flag), what it pays (or, for an obligation, what it requires), legal basis and status, in one
    paragraph; the estimated maximum; the conditions."""
    policy = match.policy
    legal = ", ".join(part for part in (policy.legal_number, policy.article_name(ctx.lang),
                                        ctx.date(policy.legal_date) if policy.legal_date else "") if part)
    what = (f"<i>{ctx.say('Mức hỗ trợ', 'Support')}:</i> {para(ctx.tr(policy.benefit.description))}"
            if policy.kind == "support" else para(ctx.tr(policy.summary)))
    first = rich(f"<b>{label}{para(ctx.tr(policy.title))}</b>{_flag(ctx, policy)} — {what} "
                 f"<font color=\"#5c6670\">({para(legal)} · {para(ctx.tr(STATUS_NAMES.get(policy.status)))})</font>",
                 "dense")
    shown = ctx.money(match.estimated_max_vnd) if match.estimated_max_vnd else ctx.say("chưa rõ", "not stated")
    amount = rich(f"<b>{para(shown.replace(chr(0xA0), ' '))}</b>", "dense")  # a narrow cell: the unit may wrap
    return [first, amount, _conditions(ctx, match, notes)]


def _how_to_apply(ctx: ReportContext, listed: list[tuple[str, PolicyMatch]]) -> list:
    """Each agency once, with the policies it receives and what to prepare (each document once, with the
    policies that need it)."""
    agencies: dict[str, dict] = {}
    for label, match in listed:
        how = match.policy.how_to_apply
        entry = agencies.setdefault(ctx.tr(how.agency), {"labels": [], "prepare": {}})
        entry["labels"].append(label)
        for item in how.prepare:
            entry["prepare"].setdefault(ctx.tr(item), []).append(label)
    rows = []
    for agency, entry in agencies.items():
        every = entry["labels"]
        prepare = "; ".join(para(item) + ("" if labels == every else
                                          f" <font color=\"#5c6670\">({', '.join(labels)})</font>")
                            for item, labels in entry["prepare"].items())
        rows.append([[p(agency, "dense"), p(", ".join(every), "muted")], rich(prepare + "." if prepare else "—", "dense")])
    return [keep_with_rows([p(ctx.say("Nộp hồ sơ ở đâu, chuẩn bị gì", "Where to apply and what to prepare"), "h2")],
                           table([ctx.say("Cơ quan tiếp nhận", "Receiving agency"), ctx.say("Chuẩn bị", "Prepare")],
                                 rows, [56, 114], dense=True), rows=1)]


def _edition(ctx: ReportContext) -> list:
    """Which catalog edition the policies come from; a notice when it may be out of date."""
    from ..domain.edition import active_edition, edition_line, edition_notices

    edition = active_edition()
    return [p(ctx.tr(edition_line(edition)) + ".", "muted")] + [p("⚠ " + ctx.tr(n)) for n in
                                                               edition_notices(edition, ctx.on)]


def policies(ctx: ReportContext) -> list:
    out = [section_break(), anchor("policies", ctx.drawn), p(ctx.say("Chính sách hỗ trợ", "Support policies"), "h1"),
           p(ctx.say(
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
    header = [ctx.say("Chính sách", "Policy"), ctx.say("Tối đa (ước tính)", "Estimated maximum"),
              ctx.say("Điều kiện", "Conditions")]
    obligations = [m for m in ctx.plan.policies if m.policy.kind == "obligation" and m.eligibility != "not_eligible"]
    notes = shared_notes(ctx, [m for _, ms in groups for m in ms] + obligations)
    listed = []
    for heading, matches in groups:
        if matches:
            rows = [_policy_row(ctx, m, f"P{numbers[m.policy.id]}. ", notes) for m in matches]
            listed += [(f"P{numbers[m.policy.id]}", m) for m in matches]
            out.append(keep_with_rows([p(f"{heading} ({len(matches)})", "h2")], table(header, rows, [100, 26, 44], dense=True)))
    if obligations:
        labels = [f"{ctx.say('NV', 'O')}{i}" for i in range(1, len(obligations) + 1)]
        rows = [_policy_row(ctx, m, f"{label}. ", notes)[::2] for label, m in zip(labels, obligations)]
        out.append(keep_with_rows([p(ctx.say("Nghĩa vụ theo quy định có thể áp dụng", "Legal obligations that may apply"),
                                     "h2")], table([header[0], header[2]], rows, [116, 54], dense=True)))
        listed += list(zip(labels, obligations))
    if notes:
        out.append(p(ctx.say("Ghi chú chung", "Shared notes"), "h3"))
        out.append(rich(" ".join(f"({letter}) {para(line)}." for line, letter in notes.items()), "small"))
    if listed:
        out += _how_to_apply(ctx, listed)
    return out

