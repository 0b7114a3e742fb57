"""What a question type provides: its part of the instrument schema, how its answers are kept, checked and
scored, its roadmap step, and its choices, from which the window, the blank form, the report and the paper
reader draw and read it (they never ask which type a question has). See docs/architecture.md."""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

from ...errors import Problem
from ...i18n import Text, text

if TYPE_CHECKING:
    from ..assessment import Answer
    from ..instrument import Question
    from .choices import Choices, Step


NOT_RELEVANT_ONLY_IN_CHECKLISTS = text(
    "chỉ câu hỏi dạng danh sách (đã trả lời, không phải 'Không áp dụng') mới có lựa chọn 'không liên quan'",
    "only an answered checklist question (not 'not applicable') has options marked 'not relevant'")


class QuestionType(ABC):
    """A kind of question. Subclasses set the attributes and implement the abstract methods (a type that
    misses one cannot be made, so the registry never holds half a type)."""

    name: str  # the `type` of a question in the instrument files
    label: Text  # as messages name it: "a ladder question takes 'level'"
    fields: Mapping[str, Any]  # the question's own fields in the instrument file: JSON schema of each
    required: tuple[str, ...]  # which of them a question of this type must have
    defs: Mapping[str, Any] = {}  # schema `$defs` those fields refer to
    answer_key: str  # the answer's field in assessment files ...
    answer_schema: Mapping[str, Any]  # ... and its JSON schema (null always means "not applicable")

    # -- the instrument -----------------------------------------------------------------------------

    def problems(self, q: Mapping[str, Any], where: str) -> list[Problem]:
        """What the schema cannot say about a question's own fields (`where` names the question)."""
        return []

    @abstractmethod
    def build(self, q: Mapping[str, Any]) -> dict[str, Any]:
        """The `Question` fields (`levels`, `options`, `details`) made from the file's entry."""
        ...

    @abstractmethod
    def to_json(self, question: Question) -> dict[str, Any]:
        """The question's own fields as `cds-cli instrument --json` prints them."""
        ...

    # -- answers ------------------------------------------------------------------------------------

    @abstractmethod
    def value(self, answer: Answer) -> Any:
        """The answer's value as the file keeps it; None while unanswered."""
        ...

    @abstractmethod
    def make_answer(self, value: Any, note: str = "", not_relevant: Sequence[str] = ()) -> Answer:
        """An answer from a (non-null) value as the file keeps it."""
        ...

    def holds(self, answer: Answer) -> bool:
        """The answer carries this type's value (to keep answers whose instrument is unknown)."""
        return self.value(answer) is not None

    def answer_problems(self, question: Question, answer: Answer, where: str) -> list[Problem]:
        """What does not fit the question in an answer the schema let through."""
        return [Problem(f"{where}.not_relevant", NOT_RELEVANT_ONLY_IN_CHECKLISTS)] if answer.not_relevant else []

    @abstractmethod
    def level(self, question: Question, answer: Answer) -> int | None:
        """The level 0-5 a (not N/A) answer shows; None when it leaves the score."""
        ...

    @abstractmethod
    def step(self, question: Question, answer: Answer, current: int, target: int) -> Step | None:
        """The roadmap step from `current` toward `target`; None when there is none."""
        ...

    # -- choices: how the window, the blank form, the report and the paper reader show it ---------

    @abstractmethod
    def choices(self, question: Question) -> Choices:
        ...

    def ticked(self, question: Question, answer: Answer) -> set[Any]:
        """The keys of the choices an answer ticks."""
        value = self.value(answer)
        if self.choices(question).many:
            return set(value or ())
        return set() if value is None else {value}

    def from_choices(self, question: Question, ticked: Sequence[Any], not_relevant: Sequence[str] = (),
                     note: str = "") -> Answer:
        """The answer the ticked choices give (in the order of `choices`; one of them unless `many`)."""
        return self.make_answer(tuple(ticked) if self.choices(question).many else ticked[0], note, not_relevant)
