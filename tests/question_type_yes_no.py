"""A question type that exists only in the tests: a practice the business has or has not. It proves that a
type is one module and one registry line (tests/test_question_types.py)."""

from typing import Any, Mapping, Sequence

from cds_desktop.domain.assessment import Answer
from cds_desktop.domain.instrument import Question
from cds_desktop.domain.question_types import Choice, Choices, QuestionType, Step
from cds_desktop.i18n import text


class YesNo(QuestionType):
    """Yes is level 5; no is level 0, and its roadmap step is the question's `step`."""

    name = "yes_no"
    label = text("có/không", "yes/no")
    fields = {"step": {"$ref": "#/$defs/text"}}
    required = ("step",)
    answer_key = "yes"
    answer_schema = {"type": ["boolean", "null"]}

    def build(self, q: Mapping[str, Any]) -> dict[str, Any]:
        return {"details": {"step": q["step"]}}

    def to_json(self, question: Question) -> dict[str, Any]:
        return {"step": dict(question.details["step"])}

    def value(self, answer: Answer) -> Any:
        return answer.value

    def make_answer(self, value: Any, note: str = "", not_relevant: Sequence[str] = ()) -> Answer:
        return Answer(value=bool(value), note=note, not_relevant=tuple(not_relevant))

    def level(self, question: Question, answer: Answer) -> int | None:
        return 5 if answer.value else 0

    def step(self, question: Question, answer: Answer, current: int, target: int) -> Step | None:
        return None if answer.value or target <= current else Step(question.details["step"], 5, question.funding)

    def choices(self, question: Question) -> Choices:
        return Choices((Choice(True, text("Có", "Yes")), Choice(False, text("Không", "No"))), many=False,
                       box="option", prompt=text("Chọn có hoặc không:", "Choose yes or no:"))


YES_NO = YesNo()
