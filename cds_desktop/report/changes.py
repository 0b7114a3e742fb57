"""Since last time (with an earlier assessment of the business): the answers that rose or fell, and the
steps of the previous roadmap that the current answers show done."""

from __future__ import annotations

from dataclasses import dataclass

from ..formats import DOWN, UP
from .blocks import anchor, keep_with_rows, p, rich, section_break, table
from .context import ReportContext
from .markup import para


@dataclass(frozen=True)
class Change:
    question_id: str
    before: int
    now: int


def answer_changes(ctx: ReportContext) -> tuple[list[Change], list[Change]]:
    """(rose, fell): questions counted in both assessments whose level changed, in instrument order."""
    rose: list[Change] = []
    fell: list[Change] = []
    if ctx.previous_result is None:
        return rose, fell
    for q in ctx.instrument.questions:
        now = ctx.result.questions.get(q.id)
        before = ctx.previous_result.questions.get(q.id)
        if now is None or before is None or not (now.counted and before.counted):
            continue
        if now.level is None or before.level is None or now.level == before.level:
            continue
        (rose if now.level > before.level else fell).append(Change(q.id, before.level, now.level))
    return rose, fell


def steps_done(ctx: ReportContext) -> tuple[list, int]:
    """(steps of the previous roadmap whose question now reaches the step's target, how many steps it had)."""
    steps = ctx.previous_plan.roadmap.steps
    done = [s for s in steps if (qs := ctx.result.questions.get(s.question_id)) is not None
            and qs.level is not None and qs.level >= s.to_level]
    return done, len(steps)


def every_stage(ctx: ReportContext) -> list:
    """From the first assessment to this one (T0 -> T1 -> T2), when there were more than one before it: the
    rest of the section compares with the last one only."""
    if len(ctx.earlier) < 2:
        return []
    from ..domain.scoring import level_label

    def level(result) -> str:
        if result.overall_level is None:
            return ctx.say("tạm tính", "provisional")
        return level_label(result.overall_level, ctx.lang)

    stages = [*ctx.earlier, (ctx.current, ctx.result)]
    rows, before = [], None
    for file, result in stages:
        now = result.overall.score
        rows.append([file.assessment.stage, ctx.date(file.assessment.assessed_on), ctx.number(now), level(result),
                     ctx.trend(now, before)])
        before = now
    header = [ctx.say("Lần", "Stage"), ctx.say("Ngày đánh giá", "Assessed on"), ctx.say("Điểm chung", "Overall score"),
              ctx.say("Mức", "Level"), ctx.say("Thay đổi", "Change")]
    return [keep_with_rows([p(ctx.say(f"Qua {len(stages)} lần đánh giá", f"Over {len(stages)} assessments"), "h2")],
                           table(header, rows, [20, 40, 35, 45, 30], dense=True))]


def _signed(steps: int) -> str:
    """'+2' / '−1' with a true minus sign, as every other change in the report and the window."""
    return f"+{steps}" if steps >= 0 else f"\N{MINUS SIGN}{-steps}"


def _topic(ctx: ReportContext, question_id: str) -> str:
    from .summary import topic

    return topic(ctx, ctx.instrument.question(question_id))


def since_last_time(ctx: ReportContext) -> list:
    if ctx.previous is None or ctx.previous_result is None:
        return []
    from .sections import current_label, previous_label

    rose, fell = answer_changes(ctx)
    out = [section_break(), anchor("changes", ctx.drawn),
           p(ctx.say("Thay đổi so với lần trước", "Since last time"), "h1"),
           p(ctx.say(f"So sánh {current_label(ctx)} với {previous_label(ctx)}: {len(rose)} câu trả lời tăng mức, "
                     f"{len(fell)} câu giảm mức.",
                     f"{current_label(ctx)} against {previous_label(ctx)}: {len(rose)} answers rose, "
                     f"{len(fell)} fell."), "muted")]
    out += every_stage(ctx)
    header = [ctx.say("Chủ đề", "Topic"), ctx.say("Lần trước", "Before"), ctx.say("Lần này", "Now"),
              ctx.say("Thay đổi", "Change")]
    for title, changes, mark in ((ctx.say("Câu trả lời tăng mức", "Answers that rose"), rose, UP),
                                 (ctx.say("Câu trả lời giảm mức", "Answers that fell"), fell, DOWN)):
        if not changes:
            continue
        rows = [[_topic(ctx, c.question_id), f"{ctx.say('Mức', 'Level')} {c.before}", f"{ctx.say('Mức', 'Level')} {c.now}",
                 f"{mark} {_signed(c.now - c.before)}"] for c in changes]
        out.append(keep_with_rows([p(f"{title} ({len(changes)})", "h2")], table(header, rows, [95, 25, 25, 25], dense=True)))
    done, total = steps_done(ctx)
    out.append(p(ctx.say(f"Các bước của lộ trình lần trước đã hoàn thành ({len(done)}/{total})",
                         f"Steps of the previous roadmap now done ({len(done)} of {total})"), "h2"))
    if done:
        rows = [[rich(f"✓ {para(ctx.tr(s.text))}", "cell"), _topic(ctx, s.question_id),
                 f"{s.from_level} → {ctx.result.questions[s.question_id].level}"] for s in done]
        out.append(table([ctx.say("Bước", "Step"), ctx.say("Chủ đề", "Topic"), ctx.say("Mức", "Level")], rows,
                         [110, 40, 20]))
    else:
        out.append(p(ctx.say("Chưa bước nào của lộ trình lần trước được hoàn thành.",
                             "No step of the previous roadmap is done yet.")))
    return out
