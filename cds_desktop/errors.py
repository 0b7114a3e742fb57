"""Errors the user can act on: each names what is wrong, where, and how to fix it, in vi and en."""

from __future__ import annotations

from typing import NamedTuple

from .formats import format_number
from .i18n import Text, text, tr

SHOWN_PROBLEMS = 20  # a message box or a terminal lists this many, then "… and N more"


class Problem(NamedTuple):
    """What is wrong with one input, where: shown to the user in their language."""

    where: str  # a file, field or question id, e.g. "answers.biz_einvoice.level"
    message: Text

    def render(self, lang: str = "vi") -> str:
        return f"{self.where}: {tr(self.message, lang)}" if self.where else tr(self.message, lang)


class InputError(Exception):
    """Bad input (a file, a figure, a command-line value). Never shown as a traceback."""

    def __init__(self, problems: list[Problem] | Problem, source: str | None = None):
        self.problems = [problems] if isinstance(problems, Problem) else list(problems)
        self.source = source
        super().__init__(self.render("en"))

    def render(self, lang: str = "vi") -> str:
        """One line per problem, each prefixed with the file it comes from."""
        prefix = f"{self.source}: " if self.source else ""
        return "\n".join(shortened([prefix + p.render(lang) for p in self.problems], SHOWN_PROBLEMS, lang))


def shortened(lines: list[str], limit: int, lang: str) -> list[str]:
    """The first `limit` lines, then "… and 4,980 more" (a list of thousands fits no screen)."""
    if len(lines) <= limit + 1:
        return lines
    rest = len(lines) - limit
    shown = format_number(rest, lang)
    return lines[:limit] + [tr(text(f"… và {shown} mục nữa", f"… and {shown} more"), lang)]


class InstrumentError(InputError):
    """An instrument or catalog file that cannot be used; names the file, the entry and the field."""
