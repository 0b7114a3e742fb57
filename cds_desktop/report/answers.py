"""Report section 5: every question with the answer given, N/A, notes, and why hidden questions were skipped."""

from __future__ import annotations

from ..domain import question_types
from ..domain.scoring import QuestionScore
from .blocks import anchor, keep_with_rows, p, rich, section_break, table
from .document import MUTED, TINT
from .context import ReportContext
from .markup import para


def answer_text(ctx: ReportContext, qs: QuestionScore) -> list:
    """The chosen level with its descriptor, the ticked choices, N/A, or why the question was not asked."""
    q = qs.question
    if not qs.applicable:
        reason = ctx.tr(q.skip_reason) or ctx.say("không áp dụng cho cơ sở này", "does not apply to this business")
        return [rich(f"<i>{ctx.say('Không hỏi', 'Not asked')}: {para(reason)}</i>", "dense")]
    answer = qs.answer
    if answer is None or not qs.answered:
        return [rich(f"<i>{ctx.say('Chưa trả lời', 'Not answered')}</i>", "dense")]
    if answer.na:
        return [rich(f"<b>{ctx.say('Không áp dụng', 'Not applicable')}</b>", "dense")]
    kind = question_types.of(q)
    choices, keys = kind.choices(q), kind.ticked(q, answer)
    ticked = [c for c in choices.items if c.key in keys]
    if any(c.level is not None for c in ticked):  # a level: its number and descriptor
        return [rich(f"<b>{ctx.say('Mức', 'Level')} {c.level}</b> — {para(ctx.tr(c.text))}", "dense") for c in ticked]
    lines = [rich("☑ " + para(ctx.tr(c.text)), "dense") for c in ticked]
    lines += [rich(f"<i>{ctx.say('Không liên quan', 'Not relevant')}: {para(ctx.tr(c.text))}</i>", "dense")
              for c in choices.items if c.key in answer.not_relevant]
    count = len([c for c in ticked if not c.exclusive])
    relevant = len([c for c in choices.items if not c.exclusive]) - len(answer.not_relevant)
    if choices.many and qs.level is not None:
        lines.append(p(ctx.say(f"({count}/{relevant} lựa chọn liên quan, mức {qs.level})",
                               f"({count} of {relevant} relevant options, level {qs.level})"), "muted"))
    return lines


def answers(ctx: ReportContext) -> list:
    """One table per area: question and answer side by side; a note, when there is one, on a full-width
    row below them (a 2,000-character note is a few lines there, not a page-long narrow column)."""
    heads = [p(ctx.say("Toàn bộ câu trả lời", "All answers"), "h1")]  # the title stays with the first area
    out = []
    numbers = {q.id: i for i, q in enumerate(ctx.instrument.questions, 1)}
    for area in ctx.instrument.areas:
        questions = ctx.instrument.questions_in(area.id)
        if not questions:
            continue
        rows: list[list] = []
        notes: list[int] = []
        shaded: list[tuple[int, int]] = []
        for index, q in enumerate(questions):
            qs = ctx.result.questions[q.id]
            pillar = ctx.tr(ctx.instrument.pillar(q.pillar).name)
            question_cell = [rich(f"<b>{numbers[q.id]}.</b> {para(ctx.tr(q.text))} "
                                  f"<font color=\"{MUTED}\">({para(pillar)})</font>", "dense")]
            start = len(rows)
            rows.append([question_cell, answer_text(ctx, qs)])
            note = qs.answer.note if qs.answer is not None else ""
            if note.strip():
                notes.append(len(rows))
                rows.append([rich(f"<i>{ctx.say('Ghi chú', 'Note')}:</i> {para(note)}", "dense"), ""])
            if index % 2:
                shaded.append((start, len(rows) - 1))
        body = table([ctx.say("Câu hỏi", "Question"), ctx.say("Câu trả lời", "Answer")], rows, [85, 85],
                     zebra=False, dense=True)
        body.setStyle(_answer_rows_style(notes, shaded))
        out.append(keep_with_rows([*heads, p(ctx.tr(area.name), "h2")], body))
        heads = []
    return [section_break(), anchor("answers", ctx.drawn), *heads, *out]


def _answer_rows_style(notes: list[int], shaded: list[tuple[int, int]]):
    """Notes span both columns and sit with their question (no rule between); every other question shaded."""
    from reportlab.platypus import TableStyle

    commands = []
    for row in notes:
        commands += [("SPAN", (0, row + 1), (-1, row + 1)), ("LINEBELOW", (0, row), (-1, row), 0, "#ffffff"),
                     ("TOPPADDING", (0, row + 1), (-1, row + 1), 0)]
    commands += [("BACKGROUND", (0, first + 1), (-1, last + 1), TINT) for first, last in shaded]
    return TableStyle(commands)
