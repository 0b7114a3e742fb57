"""Scores and DBI levels per area, per pillar and overall.

Rules (also in docs/scoring.md and shown in the app):
- Ladder: points = level x weight, max = 5 x weight.
- Checklist: points = 5 x (options ticked, not counting the exclusive "none") / (options, not counting
  "none") x weight; ticking "none" gives 0 points. Max = 5 x weight.
- N/A answers and questions hidden by skip logic leave both numerator and denominator. In a draft,
  unanswered questions lower completeness, not the score.
- Area, pillar and overall score = 100 x points / max points over applicable answered questions.
- Level of a share s: s < 10 -> 0; 10..20 -> 1; (20, 40] -> 2; (40, 60] -> 3; (60, 80] -> 4; > 80 -> 5.
- Overall level (the DBI rule): 5 if overall > 80 and all pillars at 5; 4 if > 60 and >= 5 pillars at
  >= 4; 3 if > 40 and >= 4 pillars at >= 3; 2 if > 20 and >= 4 pillars at >= 2; 1 if > 6.25 and >= 4
  pillars at >= 1; else 0. With fewer than six pillars assessed the pillar counts are scaled
  proportionally and rounded up.
Arithmetic is exact (fractions), so a share of exactly 20 % is level 1, never 2 by rounding.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from fractions import Fraction
from typing import Any, Mapping

from ..i18n import Text, text, tr
from .assessment import Answer, Assessment
from .business import Business, SizeClass
from .conditions import applies
from .instrument import Instrument, Question

LEVEL_NAMES: dict[int, Text] = {
    0: text("Chưa khởi động", "Not started"),
    1: text("Khởi động", "Initiating"),
    2: text("Bắt đầu", "Beginning"),
    3: text("Hình thành", "Forming"),
    4: text("Nâng cao", "Advanced"),
    5: text("Dẫn dắt", "Leading"),
}
LEVEL_MEANINGS: dict[int, Text] = {
    0: text("Hoạt động gần như chưa dùng công cụ số.", "The business runs almost without digital tools."),
    1: text("Đã có những công cụ số đầu tiên, dùng rời rạc.", "First digital tools are in use, one at a time."),
    2: text("Công cụ số được dùng thường xuyên ở một số khâu.", "Digital tools are used regularly in some parts of the business."),
    3: text("Công cụ số dùng thống nhất trong toàn cơ sở: đã là doanh nghiệp số.",
            "Digital tools are used the same way across the business: a digital business."),
    4: text("Hệ thống được liên kết, dữ liệu dùng để ra quyết định.", "Systems are linked and data drives decisions."),
    5: text("Vận hành số tối ưu, tự động, dẫn dắt trong ngành.", "Digital operations are optimised, automated and leading."),
}

# (level, overall share must exceed, pillars needed at >= level out of six)
_OVERALL_RULE = ((5, Fraction(80), 6), (4, Fraction(60), 5), (3, Fraction(40), 4), (2, Fraction(20), 4),
                 (1, Fraction(25, 4), 4))


def level_of_share(share: Fraction | float) -> int:
    if share < 10:
        return 0
    if share <= 20:
        return 1
    if share <= 40:
        return 2
    if share <= 60:
        return 3
    if share <= 80:
        return 4
    return 5


@dataclass(frozen=True)
class QuestionScore:
    question: Question
    applicable: bool
    answer: Answer | None
    points: Fraction
    max_points: Fraction

    @property
    def answered(self) -> bool:
        return self.answer is not None and self.answer.is_answered(self.question)

    @property
    def counted(self) -> bool:
        """In numerator and denominator: applicable, answered and not N/A."""
        return self.applicable and self.answered and not self.answer.na

    @property
    def level(self) -> int | None:
        """The answer's level 0-5 (a checklist's points per weight, rounded down); None if not counted."""
        if not self.counted:
            return None
        if self.question.type == "ladder":
            return self.answer.level
        return math.floor(self.points / Fraction(self.question.weight))


@dataclass(frozen=True)
class Score:
    id: str
    name: Text
    points: Fraction
    max_points: Fraction
    questions: int  # counted questions

    @property
    def share(self) -> Fraction | None:
        return None if self.max_points == 0 else 100 * self.points / self.max_points

    @property
    def score(self) -> float | None:
        return None if self.share is None else round(float(self.share), 1)

    @property
    def level(self) -> int | None:
        return None if self.share is None else level_of_share(self.share)

    def to_json(self, lang: str) -> dict[str, Any]:
        return {"id": self.id, "name": tr(self.name, lang), "score": self.score, "level": self.level,
                "level_name": tr(LEVEL_NAMES[self.level], lang) if self.level is not None else None,
                "points": round(float(self.points), 2), "max_points": round(float(self.max_points), 2),
                "questions": self.questions}


@dataclass(frozen=True)
class Result:
    overall: Score
    overall_level: int
    areas: tuple[Score, ...]
    pillars: tuple[Score, ...]
    questions: Mapping[str, QuestionScore]
    completeness: Fraction
    size_class: SizeClass
    pillars_assessed: int

    @property
    def pillar_counts_scaled(self) -> bool:
        return self.pillars_assessed < 6

    def area(self, area_id: str) -> Score:
        return next(a for a in self.areas if a.id == area_id)

    def pillar(self, pillar_id: str) -> Score:
        return next(p for p in self.pillars if p.id == pillar_id)

    def ranked_areas(self) -> list[Score]:
        """Assessed areas, strongest first."""
        return sorted((a for a in self.areas if a.share is not None), key=lambda a: (-a.share, a.id))

    def to_json(self, lang: str = "vi") -> dict[str, Any]:
        note = None
        if self.pillar_counts_scaled:
            note = tr(text(
                f"Chỉ {self.pillars_assessed}/6 trụ cột có câu trả lời; số trụ cột cần đạt được tính theo tỷ lệ (làm tròn lên).",
                f"Only {self.pillars_assessed}/6 pillars have answers; the pillar counts were scaled proportionally (rounded up)."),
                lang)
        return {
            "overall": {"score": self.overall.score if self.overall.score is not None else 0.0,
                        "level": self.overall_level, "level_name": tr(LEVEL_NAMES[self.overall_level], lang),
                        "level_meaning": tr(LEVEL_MEANINGS[self.overall_level], lang),
                        "points": round(float(self.overall.points), 2),
                        "max_points": round(float(self.overall.max_points), 2)},
            "areas": [a.to_json(lang) for a in self.areas],
            "pillars": [p.to_json(lang) for p in self.pillars],
            "size_class": self.size_class.value,
            "size_class_name": tr(self.size_class.label, lang),
            "completeness": round(float(self.completeness), 4),
            "pillars_assessed": self.pillars_assessed,
            "note": note,
        }


def question_points(question: Question, answer: Answer) -> Fraction:
    weight = Fraction(question.weight)
    if answer.na:
        return Fraction(0)
    if question.type == "ladder":
        return (answer.level or 0) * weight
    scored = question.scored_options
    ticked = sum(1 for o in scored if o.id in (answer.selected or ()))
    return 5 * weight * Fraction(ticked, len(scored))


def overall_level(share: Fraction, pillar_levels: list[int]) -> int:
    assessed = len(pillar_levels)
    if assessed == 0:
        return 0
    for level, threshold, needed_of_six in _OVERALL_RULE:
        needed = math.ceil(Fraction(needed_of_six * assessed, 6))
        if share > threshold and sum(1 for pl in pillar_levels if pl >= level) >= needed:
            return level
    return 0


def score(instrument: Instrument, business: Business, assessment: Assessment) -> Result:
    per_question: dict[str, QuestionScore] = {}
    for q in instrument.questions:
        answer = assessment.answers.get(q.id)
        is_applicable = applies(q, business, assessment.answers)
        qs = QuestionScore(q, is_applicable, answer, Fraction(0), Fraction(0))
        if qs.counted:
            qs = QuestionScore(q, True, answer, question_points(q, answer), 5 * Fraction(q.weight))
        per_question[q.id] = qs

    def total(item_id: str, name: Text, key) -> Score:
        counted = [qs for qs in per_question.values() if qs.counted and key(qs.question)]
        return Score(item_id, name, sum((qs.points for qs in counted), Fraction(0)),
                     sum((qs.max_points for qs in counted), Fraction(0)), len(counted))

    areas = tuple(total(a.id, a.name, lambda q, a=a: q.area == a.id) for a in instrument.areas)
    pillars = tuple(total(p.id, p.name, lambda q, p=p: q.pillar == p.id) for p in instrument.pillars)
    overall = total("overall", text("Tổng thể", "Overall"), lambda q: True)
    applicable = [qs for qs in per_question.values() if qs.applicable]
    answered = sum(1 for qs in applicable if qs.answered)
    pillar_levels = [p.level for p in pillars if p.level is not None]
    return Result(
        overall=overall,
        overall_level=overall_level(overall.share, pillar_levels) if overall.share is not None else 0,
        areas=areas, pillars=pillars, questions=per_question,
        completeness=Fraction(answered, len(applicable)) if applicable else Fraction(1),
        size_class=business.size_class, pillars_assessed=len(pillar_levels),
    )
