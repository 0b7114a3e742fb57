"""What a question type hands to the rest of the app: its choices, from which the window, the blank form, the
report and the paper reader draw and read it, and its next roadmap step. The types import this module where
they make them: checking and scoring a file need neither, and each frozen dataclass costs a start about
a millisecond."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ...i18n import Text


@dataclass(frozen=True)
class Choice:
    """One box the business may tick: a level, an option, yes or no."""

    key: Any  # what the answer keeps (a level, an option id, ...); also the blank form box's value
    text: Text
    level: int | None = None  # shown as "Level n" before the text (a ladder's descriptors)
    exclusive: bool = False  # ticking it unticks the others ("none of these")
    may_be_irrelevant: bool = False  # has a second box, "not relevant to us" (it leaves the score)


@dataclass(frozen=True)
class Choices:
    items: tuple[Choice, ...]
    many: bool  # several boxes may be ticked (check boxes) or exactly one (radio buttons)
    box: str  # the blank form's kind of box for them (report/form_layout.py KINDS)
    prompt: Text | None = None  # what to do, where the wording drawn from the shape ("tick one level") does not fit


@dataclass(frozen=True)
class Step:
    """A question's next roadmap step."""

    text: Text
    to_level: int
    funding: tuple[str, ...]  # what it costs that a support could pay for
    adds: tuple[str, ...] = ()  # the options it proposes to start using (a checklist)
