"""Report section 5: every question with the answer given, N/A, notes, and why hidden questions were skipped."""

from __future__ import annotations

from ..domain.scoring import QuestionScore
from .blocks import keep_with_rows, p, rich, section_break, table
from .context import ReportContext
from .markup import para


def answer_text(ctx: ReportContext, qs: QuestionScore) -> list:
    """The chosen level with its descriptor, the ticked options, N/A, or why the question was not asked."""
    q = qs.question
    if not qs.applicable:
        reason = ctx.tr(q.skip_reason) or ctx.say("không áp dụng cho cơ sở này", "does not apply to this business")
        return [rich(f"<i>{ctx.say('Không hỏi', 'Not asked')}: {para(reason)}</i>", "cell")]
    if not qs.answered:
        return [rich(f"<i>{ctx.say('Chưa trả lời', 'Not answered')}</i>", "cell")]
    answer = qs.answer
    if answer.na:
        return [rich(f"<b>{ctx.say('Không áp dụng', 'Not applicable')}</b>", "cell")]
    if q.type == "ladder":
        descriptor = ctx.tr(q.levels[answer.level].text) if answer.level < len(q.levels) else ""
        return [rich(f"<b>{ctx.say('Mức', 'Level')} {answer.level}</b> — {para(descriptor)}", "cell")]
    ticked = [o for o in q.options if o.id in (answer.selected or ())]
    lines = [rich("☑ " + para(ctx.tr(o.text)), "cell") for o in ticked]
    lines += [rich(f"<i>{ctx.say('Không liên quan', 'Not relevant')}: {para(ctx.tr(o.text))}</i>", "cell")
              for o in q.options if o.id in answer.not_relevant]
    count = len([o for o in ticked if not o.exclusive])
    relevant = len(q.scored_options) - len(answer.not_relevant)
    if qs.level is not None:
        lines.append(p(ctx.say(f"({count}/{relevant} lựa chọn liên quan, mức {qs.level})",
                               f"({count} of {relevant} relevant options, level {qs.level})"), "muted"))
    return lines


def answers(ctx: ReportContext) -> list:
    heads = [p(ctx.say("Toàn bộ câu trả lời", "All answers"), "h1")]  # the title stays with the first area
    out = []
    numbers = {q.id: i for i, q in enumerate(ctx.instrument.questions, 1)}
    for area in ctx.instrument.areas:
        questions = ctx.instrument.questions_in(area.id)
        if not questions:
            continue
        rows = []
        for q in questions:
            qs = ctx.result.questions[q.id]
            pillar = ctx.tr(ctx.instrument.pillar(q.pillar).name)
            question_cell = [rich(f"<b>{numbers[q.id]}.</b> {para(ctx.tr(q.text))}", "cell"),
                             p(f"{ctx.say('Trụ cột', 'Pillar')}: {pillar}", "muted")]
            note = qs.answer.note if qs.answer is not None else ""
            rows.append([question_cell, answer_text(ctx, qs), p(note, "cell") if note else ""])
        out.append(keep_with_rows([*heads, p(ctx.tr(area.name), "h2")], table([ctx.say("Câu hỏi", "Question"), ctx.say("Câu trả lời", "Answer"),
                                                 ctx.say("Ghi chú", "Notes")], rows, [68, 72, 30])))
        heads = []
    return [section_break(), *heads, *out]
