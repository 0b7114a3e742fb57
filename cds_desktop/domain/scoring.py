"""Scores and levels per area, per pillar and overall, modelled on the DBI 2021 method (QĐ 1970/QĐ-BTTTT).

Rules (also in docs/scoring.md and shown in the app):
- Ladder: level 0-5 as answered. Checklist: the level of the share of relevant options ticked (options
  marked "not relevant to us" and the exclusive "none" leave the count), by the bands below.
  Points = level x weight, max = 5 x weight, so a question's share always sits on a band edge.
- N/A answers, checklists with no relevant option and questions hidden by skip logic leave both
  numerator and denominator. Unanswered questions lower completeness, not the score.
- Area and pillar score = 100 x points / max points over applicable answered questions.
- Overall score = sum over assessed pillars of (pillar share x the DBI pillar maximum) / sum of those
  maxima; with all six pillars: customer 65, strategy 25, technology 80, operations 65, culture 50,
  data 35 of 320 points.
- Level of a share s: s < 10 -> 0; 10..20 -> 1; (20, 40] -> 2; (40, 60] -> 3; (60, 80] -> 4; > 80 -> 5.
- Overall level (the DBI rule): 5 if overall > 80 and all pillars at 5; 4 if > 60 and >= 5 pillars at
  >= 4; 3 if > 40 and >= 4 pillars at >= 3; 2 if > 20 and >= 4 pillars at >= 2; 1 if > 6.25 and >= 4
  pillars at >= 1; else 0. With fewer than six pillars assessed the pillar counts are scaled
  proportionally and rounded up.
- Provisional: until every applicable question is answered there is no overall level, and an area or
  pillar with fewer than half of its applicable questions answered has no level.
Arithmetic is exact (fractions), so a share of exactly 20 % is level 1, never 2 by rounding.
"""

from __future__ import annotations

import math
from fractions import Fraction
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

from ..formats import format_figure, format_score
from ..i18n import Text, text, tr
from .assessment import Answer, Assessment
from .business import Business, SizeClass
from .conditions import applies
from .instrument import Instrument, Option, Question

if TYPE_CHECKING:
    from collections.abc import Mapping

LEVEL_NAMES: dict[int, Text] = {
    0: text("Chưa khởi động", "Not started"),
    1: text("Khởi động", "Initiating"),
    2: text("Bắt đầu", "Beginning"),
    3: text("Hình thành", "Forming"),
    4: text("Nâng cao", "Advanced"),
    5: text("Dẫn dắt", "Leading"),
}


def level_label(level: int, lang: str, before: int | None = None) -> str:
    """A level with its name as the window and the report both write it, "2 · Bắt đầu"; "2 → 3 · Hình thành"
    when it changed from `before`."""
    moved = f"{before} → " if before is not None and before != level else ""
    return f"{moved}{level} · {tr(LEVEL_NAMES[level], lang)}"


LEVEL_MEANINGS: dict[int, Text] = {
    0: text("Hoạt động gần như chưa dùng công cụ số.", "The business runs almost without digital tools."),
    1: text("Đã có những công cụ số đầu tiên, dùng rời rạc.", "First digital tools are in use, one at a time."),
    2: text("Công cụ số được dùng thường xuyên ở một số khâu.", "Digital tools are used regularly in some parts of the business."),
    3: text("Công cụ số dùng thống nhất trong toàn cơ sở: đã là doanh nghiệp số.",
            "Digital tools are used the same way across the business: a digital business."),
    4: text("Hệ thống được liên kết, dữ liệu dùng để ra quyết định.", "Systems are linked and data drives decisions."),
    5: text("Vận hành số tối ưu, tự động, dẫn dắt trong ngành.", "Digital operations are optimised, automated and leading."),
}

METHOD_NOTE = text(
    "Mô phỏng theo phương pháp DBI 2021 (QĐ 1970/QĐ-BTTTT); không phải mức chính thức. Mức chính thức do "
    "đánh giá quốc gia theo QĐ 1567/QĐ-BKHCN xác định.",
    "Modelled on the DBI 2021 method (Decision 1970/QĐ-BTTTT); not the official level, which comes from the "
    "national assessment under Decision 1567/QĐ-BKHCN.")
PROVISIONAL_NOTE = text(
    "Tạm tính: còn câu hỏi chưa trả lời, nên chưa có mức tổng thể; điểm có thể thay đổi.",
    "Provisional: some questions are unanswered, so there is no overall level yet and the scores may change.")

# The DBI 2021 SME method: the most points each pillar can give, of 320.
DBI_PILLAR_POINTS: dict[str, int] = {"customer": 65, "strategy": 25, "technology": 80, "operations": 65,
                                     "culture": 50, "data": 35}

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


def checklist_level(ticked: int, relevant: int) -> int | None:
    """The level of a checklist with `ticked` of its `relevant` options ticked; None if none is relevant."""
    return None if relevant <= 0 else level_of_share(Fraction(100 * ticked, relevant))


def relevant_options(question: Question, answer: Answer) -> tuple[Option, ...]:
    """The options a checklist answer is measured against: not "none", not marked not relevant."""
    return tuple(o for o in question.scored_options if o.id not in answer.not_relevant)


def answer_level(question: Question, answer: Answer) -> int | None:
    """The level 0-5 an answer shows; None for N/A or a checklist with no relevant option."""
    from . import question_types

    return None if answer.na else question_types.of(question).level(question, answer)


class QuestionScore(NamedTuple):
    """One question's part in the score. Its answer's state is read once, here, by `score()`: the totals
    of every area, pillar and the whole ask it again for each question, and a live score redoes it all at
    every click."""
    question: Question
    applicable: bool
    answer: Answer | None
    points: Fraction
    max_points: Fraction
    answered: bool = False  # N/A counts as an answer
    level: int | None = None  # the answer's level 0-5; None if not counted

    @property
    def counted(self) -> bool:
        """In numerator and denominator: applicable, answered, not N/A, and (a checklist) some option relevant."""
        return self.level is not None


class Score(NamedTuple):
    """Points of one area, pillar or the whole, and how many of its questions were asked and answered."""

    id: str
    name: Text
    points: Fraction
    max_points: Fraction
    questions: int  # counted questions
    asked: int = 0  # applicable questions
    answered: int = 0  # applicable questions answered (N/A included)

    @property
    def share(self) -> Fraction | None:
        return None if self.max_points == 0 else 100 * self.points / self.max_points

    @property
    def score(self) -> float | None:
        return None if self.share is None else round(float(self.share), 1)

    @property
    def too_few_answers(self) -> bool:
        """Fewer than half of the applicable questions answered: the share is shown, no level."""
        return 2 * self.answered < self.asked

    @property
    def provisional(self) -> bool:
        return self.answered < self.asked

    @property
    def level(self) -> int | None:
        return None if self.share is None or self.too_few_answers else level_of_share(self.share)

    def to_json(self, lang: str) -> dict[str, Any]:
        out = {"id": self.id, "name": tr(self.name, lang), "score": self.score, "level": self.level,
               "level_name": tr(LEVEL_NAMES[self.level], lang) if self.level is not None else None,
               "points": round(float(self.points), 2), "max_points": round(float(self.max_points), 2),
               "questions": self.questions, "answered": self.answered, "applicable": self.asked,
               "provisional": self.provisional}
        if self.id in DBI_PILLAR_POINTS:
            out["dbi_max_points"] = DBI_PILLAR_POINTS[self.id]
        return out


class Result(NamedTuple):
    """What scoring an assessment gives: the overall level, every area and pillar, and each question."""

    overall: Score  # points and max_points in DBI points (of 320 when all six pillars are assessed)
    overall_level: int | None  # None while provisional
    areas: tuple[Score, ...]
    pillars: tuple[Score, ...]
    questions: Mapping[str, QuestionScore]
    completeness: Fraction
    size_class: SizeClass
    pillars_assessed: int
    size_class_label: Text | None = None  # as shown: a cooperative's class is an estimate and says so


    @property
    def provisional(self) -> bool:
        """Some applicable question is unanswered: the scores may change and there is no overall level."""
        return self.completeness < 1

    @property
    def pillar_counts_scaled(self) -> bool:
        return self.pillars_assessed < 6

    def area(self, area_id: str) -> Score:
        return next(a for a in self.areas if a.id == area_id)

    def pillar(self, pillar_id: str) -> Score:
        return next(p for p in self.pillars if p.id == pillar_id)

    def headline(self, lang: str = "vi") -> str:
        """"36,5/100, mức 2 · Bắt đầu" / "36.5/100, level 2 · Beginning", the level as `level_label` writes it; a
        draft's says "provisional: no level yet"."""
        score_text = format_score(self.overall.score or 0.0, lang) + "/100"
        if self.overall_level is None:
            return score_text + tr(text(", tạm tính: chưa có mức", ", provisional: no level yet"), lang)
        return score_text + tr(text(", mức ", ", level "), lang) + level_label(self.overall_level, lang)

    def to_json(self, lang: str = "vi") -> dict[str, Any]:
        note = None
        if self.pillar_counts_scaled:
            note = tr(text(
                f"Chỉ {self.pillars_assessed}/6 trụ cột có câu trả lời; số trụ cột cần đạt được tính theo tỷ lệ (làm tròn lên).",
                f"Only {self.pillars_assessed}/6 pillars have answers; the pillar counts were scaled proportionally (rounded up)."),
                lang)
        level = self.overall_level
        return {
            "provisional": self.provisional,
            "overall": {"score": self.overall.score if self.overall.score is not None else 0.0,
                        "level": level, "level_name": tr(LEVEL_NAMES[level], lang) if level is not None else None,
                        "level_meaning": tr(LEVEL_MEANINGS[level], lang) if level is not None else None,
                        "points": round(float(self.overall.points), 2),
                        "max_points": round(float(self.overall.max_points), 2)},
            "method": tr(METHOD_NOTE, lang),
            "areas": [a.to_json(lang) for a in self.areas],
            "pillars": [p.to_json(lang) for p in self.pillars],
            "size_class": self.size_class.value,
            "size_class_name": tr(self.size_class_label or self.size_class.label, lang),
            "completeness": round(float(self.completeness), 4),
            "pillars_assessed": self.pillars_assessed,
            "note": note,
        }


def overall_level(share: Fraction, pillar_levels: list[int]) -> int:
    assessed = len(pillar_levels)
    if assessed == 0:
        return 0
    for level, threshold, needed_of_six in _OVERALL_RULE:
        needed = math.ceil(Fraction(needed_of_six * assessed, 6))
        if share > threshold and sum(1 for pl in pillar_levels if pl >= level) >= needed:
            return level
    return 0


@lru_cache(maxsize=256)
def _question_points(level: int, weight: float) -> Fraction:
    """A question's points: a few levels and weights, each product made once (fractions are slow to make)."""
    return level * Fraction(weight)


def _weighted_sum(counts: Mapping[float, int]) -> Fraction:
    """Exactly the sum of weight x count: whole numbers over the weights' common denominator, one fraction."""
    weights = [(_question_points(1, w), count) for w, count in counts.items()]
    denominator = math.lcm(*(w.denominator for w, _ in weights)) if weights else 1
    return Fraction(sum(w.numerator * (denominator // w.denominator) * count for w, count in weights), denominator)


class _Tally:
    """One area's, pillar's or the whole's counted questions: their levels summed per weight in one pass, as
    whole numbers (the live score redoes this at every click)."""

    __slots__ = ("levels", "counted", "asked", "answered")

    def __init__(self) -> None:
        self.levels: dict[float, int] = {}  # weight -> sum of the levels of the questions counted
        self.counted: dict[float, int] = {}  # weight -> questions counted
        self.asked = 0
        self.answered = 0

    def add(self, qs: QuestionScore) -> None:
        if not qs.applicable:
            return
        self.asked += 1
        self.answered += qs.answered
        if qs.level is not None:
            weight = qs.question.weight
            self.levels[weight] = self.levels.get(weight, 0) + qs.level
            self.counted[weight] = self.counted.get(weight, 0) + 1

    def score(self, item_id: str, name: Text) -> Score:
        return Score(item_id, name, _weighted_sum(self.levels), 5 * _weighted_sum(self.counted),
                     sum(self.counted.values()), asked=self.asked, answered=self.answered)


def score(instrument: Instrument, business: Business, assessment: Assessment) -> Result:
    per_question: dict[str, QuestionScore] = {}
    area_tallies = {a.id: _Tally() for a in instrument.areas}
    pillar_tallies = {p.id: _Tally() for p in instrument.pillars}
    everything_tally = _Tally()
    for q in instrument.questions:
        answer = assessment.answers.get(q.id)
        is_applicable = applies(q, business, assessment.answers)
        answered = answer is not None and answer.is_answered(q)
        level = answer_level(q, answer) if is_applicable and answered and answer is not None else None
        if level is None:
            qs = QuestionScore(q, is_applicable, answer, Fraction(0), Fraction(0), answered)
        else:
            qs = QuestionScore(q, True, answer, _question_points(level, q.weight), _question_points(5, q.weight),
                               answered, level)
        per_question[q.id] = qs
        for tally in (area_tallies.get(q.area), pillar_tallies.get(q.pillar), everything_tally):
            if tally is not None:
                tally.add(qs)

    areas = tuple(area_tallies[a.id].score(a.id, a.name) for a in instrument.areas)
    pillars = tuple(pillar_tallies[p.id].score(p.id, p.name) for p in instrument.pillars)
    everything = everything_tally.score("overall", text("Tổng thể", "Overall"))
    shares = {p.id: p.share for p in pillars if p.share is not None}
    overall = everything._replace(  # in DBI points: each pillar's share of its DBI maximum
        points=sum((share / 100 * DBI_PILLAR_POINTS[pid] for pid, share in shares.items()), Fraction(0)),
        max_points=Fraction(sum(DBI_PILLAR_POINTS[pid] for pid in shares)))
    completeness = Fraction(everything.answered, everything.asked) if everything.asked else Fraction(1)
    level = None
    if completeness == 1:  # every pillar fully answered, so each assessed pillar's level is that of its share
        level = (overall_level(overall.share, [level_of_share(share) for share in shares.values()])
                 if overall.share is not None else 0)
    return Result(
        overall=overall, overall_level=level, areas=areas, pillars=pillars, questions=per_question,
        completeness=completeness, size_class=business.size_class, pillars_assessed=len(shares),
        size_class_label=business.size_class_label,
    )


# -- why the overall level is what it is (the results page and the live score say it in one line) ----------

LEVEL_RULE = text(
    "Mức chung theo cách tính DBI: cần cả tổng điểm lẫn đủ số trụ cột đạt mức đó.",
    "The overall level follows the DBI rule: the total score and enough pillars must both reach it.")


def _points(value: Fraction, lang: str) -> str:
    return format_figure(float(value), lang)


def level_held_back(result: Result) -> tuple[int, Fraction, int, int, int] | None:
    """When the overall score clears the next level's threshold but too few pillars reach that level:
    (next level, its score threshold, pillars needed, pillars there, pillars assessed); else None."""
    level, share = result.overall_level, result.overall.share
    if level is None or level >= 5 or share is None:
        return None
    _, threshold, needed_of_six = next(rule for rule in _OVERALL_RULE if rule[0] == level + 1)
    levels = [p.level for p in result.pillars if p.share is not None]
    needed = math.ceil(Fraction(needed_of_six * len(levels), 6))
    there = sum(1 for pl in levels if pl is not None and pl > level)
    return (level + 1, threshold, needed, there, len(levels)) if share > threshold and there < needed else None


def level_rule_line(result: Result | None, lang: str) -> str:
    """One plain sentence: why the level is below what the score alone would give, or the rule in short."""
    held = level_held_back(result) if result is not None else None
    if result is None or held is None:
        return tr(LEVEL_RULE, lang)
    next_level, threshold, needed, there, assessed = held
    t = _points(threshold, lang)
    return tr(text(
        f"Mức chung là {result.overall_level}, chưa phải {next_level} dù điểm đã trên {t}: theo cách tính DBI, "
        f"mức {next_level} còn cần ít nhất {needed}/{assessed} trụ cột đạt mức {next_level} trở lên (hiện có {there}).",
        f"The overall level is {result.overall_level}, not yet {next_level}, although the score is above {t}: under "
        f"the DBI rule, level {next_level} also needs at least {needed} of {assessed} pillars at level {next_level} "
        f"or higher ({there} are)."), lang)


def level_rule_details(result: Result | None, lang: str) -> list[str]:
    """The fuller explanation behind "Why?": the DBI table in words, how areas and pillars get their own
    levels, and (with a result) where each pillar stands."""
    lines = [tr(text("Theo phương pháp DBI 2021, mức chung là mức cao nhất mà cơ sở đạt cả hai điều kiện:",
                     "Under the DBI 2021 method, the overall level is the highest one for which both hold:"), lang)]
    for level, threshold, needed in _OVERALL_RULE:
        t = _points(threshold, lang)
        pillars = (text("cả 6 trụ cột ở mức 5", "all 6 pillars at level 5") if needed == 6 else
                   text(f"ít nhất {needed}/6 trụ cột ở mức {level} trở lên",
                        f"at least {needed} of 6 pillars at level {level} or higher"))
        lines.append(tr(text(f"Mức {level}: tổng điểm trên {t} và {pillars['vi']}.",
                             f"Level {level}: a total score above {t} and {pillars['en']}."), lang))
    lines.append(tr(text(
        "Mỗi lĩnh vực và mỗi trụ cột chỉ xét điểm của riêng nó (trên 20 là mức 2, trên 40 là mức 3, …), nên có thể "
        "ở mức cao hơn mức chung dù cùng điểm.",
        "Each area and each pillar is levelled by its own score alone (above 20 is level 2, above 40 level 3, …), "
        "so it can be at a higher level than the overall one with the same score."), lang))
    if result is not None and result.pillars_assessed < 6:
        lines.append(tr(text(f"Chỉ {result.pillars_assessed}/6 trụ cột có câu trả lời: số trụ cột cần đạt được "
                             "tính theo tỷ lệ (làm tròn lên).",
                             f"Only {result.pillars_assessed} of 6 pillars have answers: the pillar counts are "
                             "scaled to them (rounded up)."), lang))
    if result is not None:
        word = tr(text("mức", "level"), lang)
        levels = "; ".join(f"{tr(p.name, lang)}: {word} {'—' if p.level is None else p.level}"
                           for p in result.pillars if p.share is not None)
        if levels:
            lines.append(tr(text(f"Các trụ cột hiện nay: {levels}.", f"The pillars now: {levels}."), lang))
    return lines
