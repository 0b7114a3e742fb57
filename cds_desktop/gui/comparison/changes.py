"""What changed between two assessments of a business (Qt-free, so it is tested on its own).

Areas and questions are matched by id, so two stages answered on different instrument versions still
compare on what they share. A question "moved" when its counted level differs, or when it is counted
in one assessment only (answered later, or N/A now).
"""

from __future__ import annotations

from dataclasses import dataclass

from ...domain.assessment import Assessment
from ...domain.business import Business
from ...domain.instrument import Instrument, Question
from ...domain.scoring import Result, Score, score
from ...i18n import Text


@dataclass(frozen=True)
class ScoreChange:
    id: str
    name: Text
    before: float | None
    after: float | None
    level_before: int | None
    level_after: int | None

    @property
    def delta(self) -> float | None:
        return None if self.before is None or self.after is None else round(self.after - self.before, 1)


@dataclass(frozen=True)
class QuestionMove:
    question: Question
    before: int | None  # level; None = not counted (unanswered, N/A or hidden)
    after: int | None

    @property
    def delta(self) -> int | None:
        return None if self.before is None or self.after is None else self.after - self.before


@dataclass(frozen=True)
class Changes:
    before: Result
    after: Result
    overall: ScoreChange
    areas: tuple[ScoreChange, ...]
    pillars: tuple[ScoreChange, ...]
    moved: tuple[QuestionMove, ...]  # biggest moves first, then instrument order

    @property
    def improved(self) -> tuple[QuestionMove, ...]:
        return tuple(m for m in self.moved if m.delta is not None and m.delta > 0)

    @property
    def declined(self) -> tuple[QuestionMove, ...]:
        return tuple(m for m in self.moved if m.delta is not None and m.delta < 0)


def _pair(before: tuple[Score, ...], after: tuple[Score, ...]) -> tuple[ScoreChange, ...]:
    earlier = {s.id: s for s in before}
    return tuple(ScoreChange(s.id, s.name, earlier[s.id].score if s.id in earlier else None, s.score,
                             earlier[s.id].level if s.id in earlier else None, s.level) for s in after)


def compare(business: Business, before: tuple[Instrument, Assessment], after: tuple[Instrument, Assessment]) -> Changes:
    """`before` and `after` are (instrument, assessment) of the same business."""
    old = score(before[0], business, before[1])
    new = score(after[0], business, after[1])
    moved = []
    for index, q in enumerate(after[0].questions):
        was = old.questions[q.id].level if q.id in old.questions else None
        now = new.questions[q.id].level
        if was != now:
            moved.append((index, QuestionMove(q, was, now)))
    moved.sort(key=lambda item: (-(abs(item[1].delta) if item[1].delta is not None else 0), item[0]))
    overall = ScoreChange("overall", new.overall.name, old.overall.score, new.overall.score,
                          old.overall_level, new.overall_level)
    return Changes(old, new, overall, _pair(old.areas, new.areas),
                   _pair(old.pillars, new.pillars), tuple(m for _, m in moved))
