"""The question types, by the name instrument files give them. A new type is one module beside these (a
`QuestionType`, see base.py) and one line here; the schemas take its fields from here."""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from .base import QuestionType
from .checklist import CHECKLIST
from .ladder import LADDER

if TYPE_CHECKING:
    from ..assessment import Answer
    from ..instrument import Question
    from .choices import Choice, Choices, Step

__all__ = ["Choice", "Choices", "QuestionType", "Step", "REGISTRY", "of", "named", "schema_with_types"]

REGISTRY: dict[str, QuestionType] = {
    LADDER.name: LADDER,
    CHECKLIST.name: CHECKLIST,
}


def __getattr__(name: str) -> Any:
    """Choice, Choices and Step, from choices.py, loaded when first asked for (checking a file needs none)."""
    if name in ("Choice", "Choices", "Step"):
        from . import choices

        return getattr(choices, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def named(name: str) -> QuestionType:
    return REGISTRY[name]


def of(question: Question) -> QuestionType:
    return REGISTRY[question.type]


def holding(answer: Answer) -> QuestionType:
    """The type whose value an answer carries, for answers kept without their instrument (N/A: the first)."""
    return next((t for t in REGISTRY.values() if t.holds(answer)), next(iter(REGISTRY.values())))


def answered_in(raw: Mapping[str, Any]) -> QuestionType:
    """The type whose field a stored answer has, for answers read without their instrument."""
    return next((t for t in REGISTRY.values() if t.answer_key in raw), next(iter(REGISTRY.values())))


def schema_with_types(schema_name: str, schema: Mapping[str, Any]) -> dict[str, Any]:
    """A shipped schema with what the registered types add: a question's `type` and each type's fields (the
    instrument), an answer's value fields (assessments). Data and code cannot disagree on them."""
    out = copy.deepcopy(dict(schema))
    types = list(REGISTRY.values())
    if schema_name == "instrument.schema.json":
        question = out["$defs"]["question"]
        question["properties"]["type"] = {"enum": [t.name for t in types]}
        rules = []
        for t in types:
            out["$defs"].update(t.defs)
            question["properties"].update(t.fields)
            others = sorted({f for o in types for f in o.fields} - set(t.fields))
            then: dict[str, Any] = {"required": list(t.required)}
            if others:
                then["not"] = {"required": others} if len(others) == 1 else {"anyOf": [{"required": [f]} for f in others]}
            rules.append({"if": {"properties": {"type": {"const": t.name}}}, "then": then})
        question["allOf"] = rules + question.get("allOf", [])
    elif schema_name == "assessment.schema.json":
        out["$defs"]["answer"]["properties"].update({t.answer_key: t.answer_schema for t in types})
    return out
