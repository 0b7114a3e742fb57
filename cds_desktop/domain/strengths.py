"""Where a business is strongest and where it should improve first, named as capabilities (the question's
topic) with what the business does at its level. The results page and the PDF report both use this, so they
name the same strengths and gaps."""

from __future__ import annotations

from fractions import Fraction

from ..i18n import text, tr
from . import question_types
from .instrument import Instrument, Question
from .roadmap import Roadmap
from .scoring import QuestionScore, Result

NO_TOOLS = text("chưa dùng công cụ nào trong danh sách", "none of the listed tools yet")


def topic(question: Question, lang: str) -> str:
    """The capability a question measures ("Ngân hàng và thanh toán"), or its text if it names none."""
    return tr(question.topic, lang) or tr(question.text, lang)


def descriptor(qs: QuestionScore, lang: str) -> str:
    """What the business does at its level: the ladder level's text, or the tools it ticked (the choices ticked)."""
    q = qs.question
    kind = question_types.of(q)
    choices, keys = kind.choices(q), kind.ticked(q, qs.answer) if qs.answer is not None else set()
    ticked = [tr(c.text, lang) for c in choices.items if c.key in keys and not c.exclusive]
    if not choices.many:  # one choice: its text (a ladder's level descriptor)
        return ticked[0] if ticked and qs.level is not None else ""
    return "; ".join(ticked) or tr(NO_TOOLS, lang)


def _share(qs: QuestionScore) -> Fraction:
    return qs.points / qs.max_points


def strengths_and_gaps(result: Result, instrument: Instrument, roadmap: Roadmap | None = None,
                       count: int = 3) -> tuple[list[QuestionScore], list[QuestionScore]]:
    """The strongest and the weakest counted topics, `count` of each. Nothing at level 0 is a strength.
    Among equally weak topics, those the roadmap takes on first come first, so the gaps and the first steps
    tell one story; then heavier questions, then the instrument's order."""
    order = {q.id: i for i, q in enumerate(instrument.questions)}
    steps = roadmap.steps if roadmap is not None else ()
    step_of: dict[str, int] = {}
    for n, step in enumerate(steps):
        step_of.setdefault(step.question_id, n)
    counted = [qs for qs in result.questions.values() if qs.counted and qs.max_points]
    strongest = sorted(counted, key=lambda qs: (-_share(qs), -qs.question.weight, order[qs.question.id]))[:count]
    strongest = [qs for qs in strongest if qs.points > 0]
    rest = [qs for qs in counted if qs not in strongest]
    weakest = sorted(rest, key=lambda qs: (_share(qs), step_of.get(qs.question.id, len(steps)),
                                           -qs.question.weight, order[qs.question.id]))[:count]
    return strongest, weakest
