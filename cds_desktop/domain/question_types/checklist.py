"""A checklist: the business ticks the options it uses (one exclusive "none of these"); its level is the band of
the share of relevant options ticked, and its step adds the first options missing."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ...errors import Problem
from ...i18n import Text, text
from ..assessment import Answer
from ..instrument import Option, Question
from ..vocabulary import unknown_funding
from .base import NOT_RELEVANT_ONLY_IN_CHECKLISTS, QuestionType

if TYPE_CHECKING:
    from .choices import Choices, Step

OPTION_SCHEMA = {
    "type": "object", "additionalProperties": False,
    "required": ["id", "text"],
    "properties": {
        "id": {"$ref": "#/$defs/identifier"},
        "text": {"$ref": "#/$defs/text"},
        "exclusive": {"type": "boolean", "default": False},
        "not_relevant_allowed": {"type": "boolean", "default": False, "description":
                                 "The business may mark the option 'not relevant to us'; it then leaves the denominator."},
        "step": {"$ref": "#/$defs/text", "description": "The roadmap action that adds this option."},
        "funding": {"type": "array", "items": {"$ref": "#/$defs/funding_category"}, "uniqueItems": True,
                    "description": "What that action costs that a support could pay for; [] when nothing. Default: "
                                   "the question's funding."},
    },
}


def checklist_step(question: Question, answer: Answer, target: int) -> tuple[tuple[Option, ...], int]:
    """The fewest options to add, in instrument order, to reach `target` (or as near as the options allow),
    and the level they reach. Ticked and not-relevant options are never proposed."""
    from ..scoring import checklist_level, relevant_options  # here: checking a file needs no scoring (fractions)

    relevant = relevant_options(question, answer)
    ticked = sum(1 for o in relevant if o.id in (answer.selected or ()))
    missing = [o for o in relevant if o.id not in (answer.selected or ())]
    for count in range(1, len(missing) + 1):
        reached = checklist_level(ticked + count, len(relevant)) or 0
        if reached >= target or count == len(missing):
            return tuple(missing[:count]), reached
    return (), checklist_level(ticked, len(relevant)) or 0


def _joined(steps: Sequence[Text]) -> Text:
    return {lang: " ".join(s[lang] for s in steps) for lang in ("vi", "en")}


class Checklist(QuestionType):
    name = "checklist"
    label = text("danh sách", "checklist")
    fields = {"options": {"type": "array", "minItems": 2, "items": {"$ref": "#/$defs/option"}}}
    required = ("options",)
    defs = {"option": OPTION_SCHEMA}
    answer_key = "selected"
    answer_schema = {"type": ["array", "null"], "items": {"type": "string"}, "uniqueItems": True}

    def problems(self, q: Mapping[str, Any], where: str) -> list[Problem]:
        problems = []
        option_ids = [o["id"] for o in q["options"]]
        if len(set(option_ids)) != len(option_ids):
            problems.append(Problem(f"{where}.options", text("mã lựa chọn bị trùng", "duplicate option id")))
        if len([o for o in q["options"] if o.get("exclusive")]) != 1:
            problems.append(Problem(f"{where}.options", text(
                "cần đúng một lựa chọn loại trừ (ví dụ 'Chưa dùng')", "needs exactly one exclusive option (such as 'none')")))
        for o in q["options"]:
            if o.get("exclusive") and (o.get("step") or o.get("not_relevant_allowed")):
                problems.append(Problem(f"{where}.options[{o['id']}]", text(
                    "lựa chọn loại trừ không có 'step' và không có 'not_relevant_allowed'",
                    "the exclusive option takes neither 'step' nor 'not_relevant_allowed'")))
            elif not o.get("exclusive") and "step" not in o:
                problems.append(Problem(f"{where}.options[{o['id']}].step", text(
                    "thiếu bước lộ trình để bắt đầu dùng lựa chọn này", "the roadmap step that adds this option is missing")))
        for o in q["options"]:
            problems += unknown_funding(f"{where}.options[{o['id']}].funding", o.get("funding", []))
        return problems

    def build(self, q: Mapping[str, Any]) -> dict[str, Any]:
        return {"options": tuple(Option(o["id"], o["text"], o.get("exclusive", False), o.get("not_relevant_allowed", False),
                                        o.get("step"), None if "funding" not in o else tuple(o["funding"]))
                                 for o in q["options"])}

    def to_json(self, question: Question) -> dict[str, Any]:
        return {"options": [{"id": o.id, "text": dict(o.text), "exclusive": o.exclusive,
                             "not_relevant_allowed": o.not_relevant_allowed,
                             "step": dict(o.step) if o.step else None} for o in question.options]}

    def value(self, answer: Answer) -> Any:
        return list(answer.selected) if answer.selected else None

    def holds(self, answer: Answer) -> bool:
        return answer.selected is not None

    def make_answer(self, value: Any, note: str = "", not_relevant: Sequence[str] = ()) -> Answer:
        return Answer.checklist(value, note, tuple(not_relevant))

    def answer_problems(self, question: Question, answer: Answer, where: str) -> list[Problem]:
        problems = []
        for option_id in answer.selected or ():
            if question.option(option_id) is None:
                known = ", ".join(o.id for o in question.options)
                problems.append(Problem(f"{where}.selected", text(
                    f"không có lựa chọn '{option_id}'; các lựa chọn: {known}",
                    f"there is no option '{option_id}'; the options are: {known}")))
        exclusive = [o for o in question.options if o.exclusive and o.id in (answer.selected or ())]
        if exclusive and len(answer.selected or ()) > 1:
            problems.append(Problem(f"{where}.selected", text(
                f"'{exclusive[0].id}' không đi cùng lựa chọn khác", f"'{exclusive[0].id}' cannot be combined with other options")))
        return problems + self._not_relevant_problems(question, answer, f"{where}.not_relevant")

    @staticmethod
    def _not_relevant_problems(question: Question, answer: Answer, where: str) -> list[Problem]:
        if not answer.not_relevant:
            return []
        if answer.na:
            return [Problem(where, NOT_RELEVANT_ONLY_IN_CHECKLISTS)]
        problems = []
        allowed = [o.id for o in question.options if o.not_relevant_allowed]
        for option_id in answer.not_relevant:
            if option_id not in allowed:
                problems.append(Problem(where, text(
                    f"lựa chọn '{option_id}' không thể đánh dấu 'không liên quan'; chỉ có: {', '.join(allowed) or '(không có)'}",
                    f"option '{option_id}' cannot be marked 'not relevant'; only these can: {', '.join(allowed) or '(none)'}")))
            elif option_id in (answer.selected or ()):
                problems.append(Problem(where, text(
                    f"'{option_id}' vừa được chọn vừa bị đánh dấu 'không liên quan'; hãy bỏ một trong hai",
                    f"'{option_id}' is both ticked and marked 'not relevant'; remove one of the two")))
        return problems

    def level(self, question: Question, answer: Answer) -> int | None:
        from ..scoring import checklist_level, relevant_options  # here: checking a file needs no scoring

        relevant = relevant_options(question, answer)
        return checklist_level(sum(1 for o in relevant if o.id in (answer.selected or ())), len(relevant))

    def step(self, question: Question, answer: Answer, current: int, target: int) -> Step | None:
        if target <= current:
            return None
        adds, reached = checklist_step(question, answer, target)
        if not adds or reached <= current:
            return None
        kinds = [f for o in adds for f in (question.funding if o.funding is None else o.funding)]
        from .choices import Step  # here, like Choices: checking a file makes neither

        return Step(_joined([o.step for o in adds if o.step]), reached, tuple(dict.fromkeys(kinds)),
                    tuple(o.id for o in adds))

    def choices(self, question: Question) -> Choices:
        from .choices import Choice, Choices

        return Choices(tuple(Choice(o.id, o.text, exclusive=o.exclusive, may_be_irrelevant=o.not_relevant_allowed)
                             for o in question.options), many=True, box="option")


CHECKLIST = Checklist()
