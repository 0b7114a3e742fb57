"""A ladder: the business picks the one level 0-5 whose descriptor fits it; each level names its next step."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ...errors import Problem
from ...i18n import text
from ..assessment import Answer
from ..instrument import LEVELS, Level, Question
from ..vocabulary import unknown_funding
from .base import QuestionType

if TYPE_CHECKING:
    from .choices import Choices, Step

LEVEL_SCHEMA = {
    "type": "object", "additionalProperties": False,
    "required": ["level", "text"],
    "properties": {
        "level": {"type": "integer", "minimum": 0, "maximum": 5},
        "text": {"$ref": "#/$defs/text"},
        "next_step": {"$ref": "#/$defs/text"},
        "funding": {"type": "array", "items": {"$ref": "#/$defs/funding_category"}, "uniqueItems": True,
                    "description": "What the next step costs that a support could pay for; [] when nothing (a habit, "
                                   "a rule, a free tool). Default: the question's funding."},
    },
}


class Ladder(QuestionType):
    name = "ladder"
    label = text("thang mức", "ladder")
    fields = {"levels": {"type": "array", "minItems": 6, "maxItems": 6, "items": {"$ref": "#/$defs/level"}}}
    required = ("levels",)
    defs = {"level": LEVEL_SCHEMA}
    answer_key = "level"
    answer_schema = {"type": ["integer", "null"], "minimum": 0, "maximum": 5}

    def problems(self, q: Mapping[str, Any], where: str) -> list[Problem]:
        problems = []
        if [lv["level"] for lv in q["levels"]] != list(LEVELS):
            problems.append(Problem(f"{where}.levels", text("phải có đủ 6 mức 0, 1, 2, 3, 4, 5 theo thứ tự",
                                                             "must list the six levels 0, 1, 2, 3, 4, 5 in order")))
        for lv in q["levels"][:5]:
            if "next_step" not in lv:
                problems.append(Problem(f"{where}.levels[{lv['level']}].next_step", text(
                    "thiếu bước tiếp theo để lên mức trên", "the next step to the level above is missing")))
        for lv in q["levels"]:
            problems += unknown_funding(f"{where}.levels[{lv['level']}].funding", lv.get("funding", []))
        return problems

    def build(self, q: Mapping[str, Any]) -> dict[str, Any]:
        return {"levels": tuple(Level(lv["level"], lv["text"], lv.get("next_step"),
                                      None if "funding" not in lv else tuple(lv["funding"])) for lv in q["levels"])}

    def to_json(self, question: Question) -> dict[str, Any]:
        return {"levels": [{"level": lv.level, "text": dict(lv.text),
                            "next_step": dict(lv.next_step) if lv.next_step else None} for lv in question.levels]}

    def value(self, answer: Answer) -> Any:
        return answer.level

    def make_answer(self, value: Any, note: str = "", not_relevant: Sequence[str] = ()) -> Answer:
        return Answer(level=value, note=note, not_relevant=tuple(not_relevant))

    def level(self, question: Question, answer: Answer) -> int | None:
        return answer.level

    def step(self, question: Question, answer: Answer, current: int, target: int) -> Step | None:
        level = question.levels[current] if 0 <= current < len(question.levels) else None
        if target <= current or level is None or not level.next_step:
            return None
        from .choices import Step  # here, like Choices: checking a file makes neither

        return Step(level.next_step, target, question.funding if level.funding is None else level.funding)

    def choices(self, question: Question) -> Choices:
        from .choices import Choice, Choices

        return Choices(tuple(Choice(lv.level, lv.text, level=lv.level) for lv in question.levels), many=False,
                       box="level")


LADDER = Ladder()
