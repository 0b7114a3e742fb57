"""Which questions are asked and how far the user is: plain data, recomputed after every change."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from ...domain.assessment import Answer
from ...domain.business import Business
from ...domain.conditions import applies
from ...domain.instrument import Instrument, Question


@dataclass(frozen=True)
class Progress:
    answered: int
    applicable: int

    @property
    def done(self) -> bool:
        return self.answered == self.applicable


def is_answered(question: Question, answers: Mapping[str, Answer]) -> bool:
    answer = answers.get(question.id)
    return answer is not None and answer.is_answered(question)


def applicable_ids(instrument: Instrument, business: Business, answers: Mapping[str, Answer]) -> frozenset[str]:
    return frozenset(q.id for q in instrument.questions if applies(q, business, answers))


def area_progress(instrument: Instrument, applicable: frozenset[str],
                  answers: Mapping[str, Answer]) -> dict[str, Progress]:
    progress = {}
    for area in instrument.areas:
        asked = [q for q in instrument.questions_in(area.id) if q.id in applicable]
        progress[area.id] = Progress(sum(is_answered(q, answers) for q in asked), len(asked))
    return progress


def overall(progress: Mapping[str, Progress]) -> Progress:
    return Progress(sum(p.answered for p in progress.values()), sum(p.applicable for p in progress.values()))


def missing_questions(instrument: Instrument, applicable: frozenset[str],
                      answers: Mapping[str, Answer]) -> list[Question]:
    """Applicable questions still unanswered, in questionnaire order (N/A counts as answered)."""
    return [q for q in instrument.questions if q.id in applicable and not is_answered(q, answers)]
