"""Declarative skip conditions (`applies_if`), evaluated by interpretation, never as code.

Three-valued: a condition on an answer not given yet is unknown, and a question whose condition is
unknown is shown (asked) rather than hidden.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .assessment import Answer
    from .business import Business
    from .instrument import Question


def evaluate(cond: Mapping[str, Any], business: "Business", answers: Mapping[str, "Answer"]) -> bool | None:
    if "all" in cond:
        results = [evaluate(c, business, answers) for c in cond["all"]]
        return False if False in results else (None if None in results else True)
    if "any" in cond:
        results = [evaluate(c, business, answers) for c in cond["any"]]
        return True if True in results else (None if None in results else False)
    if "not" in cond:
        inner = evaluate(cond["not"], business, answers)
        return None if inner is None else not inner
    if "profile" in cond:
        return business.profile_value(cond["profile"]) in cond["in"]
    answer = answers.get(cond["answer"])
    if answer is None or answer.na:
        return None
    if "min_level" in cond:
        return answer.level is not None and answer.level >= cond["min_level"]
    return bool(set(answer.selected or ()) & set(cond["selected_any"]))


def applies(question: "Question", business: "Business", answers: Mapping[str, "Answer"]) -> bool:
    if question.applies_if is None:
        return True
    return evaluate(question.applies_if, business, answers) is not False
