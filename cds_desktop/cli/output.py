"""Command output: JSON to stdout, asking the user to confirm, and user text made harmless.

Names, notes and addresses come from files anyone can hand over: an escape sequence in a business name
must not recolour, retitle or clear the user's terminal, and a bidi override must not reorder a line.
`escaped_output` shows such characters as `\\u001b` or `\\u202e` in everything a command prints. It keeps the
newline, the output's own line break; a line break in a business name would split its line and could forge one, so
user text put within a line goes through `i18n.one_line`, which shows its line breaks as `\\u000a` too.
"""

from __future__ import annotations

import contextlib
import re
import sys
from collections.abc import Iterator

from ..i18n import Text, one_line, text, tr

TYPE_CHECKING = False  # `cds-cli --help` runs this module: typing, like the errors' records, waits for a command
if TYPE_CHECKING:
    from typing import Any, TextIO

# C0 controls except the newline, DEL, C1 controls (U+009B starts a sequence too), the line and paragraph
# separators, bidi embeddings, overrides and isolates.
_CONTROL = "[\x00-\x09\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069]"


def escape_controls(value: str) -> str:
    # None of them is printable: most output needs no pattern, nor compiling it (~0.7 ms of every command).
    if value.replace("\n", "").isprintable():
        return value
    return re.sub(_CONTROL, lambda m: f"\\u{ord(m[0]):04x}", value)  # also a valid escape inside JSON strings


class _Escaping:
    """A text stream that escapes control characters on their way to `stream`."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, chunk: str) -> int:
        self._stream.write(escape_controls(chunk))
        return len(chunk)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextlib.contextmanager
def escaped_output() -> Iterator[None]:
    """Within this block, whatever goes to stdout and stderr has its control characters escaped."""
    with contextlib.ExitStack() as stack:
        if sys.stdout is not None:
            stack.enter_context(contextlib.redirect_stdout(_Escaping(sys.stdout)))
        if sys.stderr is not None:
            stack.enter_context(contextlib.redirect_stderr(_Escaping(sys.stderr)))
        yield


def print_json(data: Any) -> None:
    import json

    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def file_size(path) -> Text:
    """The size of a file just written, as the reader writes it ('48,2 KB' / '48.2 KB')."""
    import os

    from ..formats import format_size, in_both

    return in_both(format_size, os.path.getsize(path))


def assessment_words(business: str, stage: str, assessed_on) -> Text:
    """Which assessment, as a confirmation names it: 'Cà phê Khe Sanh, T0 ngày 02/03/2026' / '…, T0 of 2 Mar 2026'."""
    from ..formats import format_date

    business = one_line(business)
    return text(f"{business}, {stage} ngày {format_date(assessed_on, 'vi')}",
                f"{business}, {stage} of {format_date(assessed_on, 'en')}")


def confirm(args, question: Text) -> bool:
    """True with --yes, else the answer typed at the terminal; without a terminal, say to add --yes."""
    if args.yes:
        return True
    if sys.stdin is None or not sys.stdin.isatty():
        from ..errors import InputError, Problem

        raise InputError(Problem("--yes", text(
            "cần xác nhận nhưng không có bàn phím để hỏi; thêm --yes để đồng ý",
            "confirmation needed but there is no terminal to ask; add --yes to confirm")))
    # input() may write its prompt straight to the terminal, past escaped_output
    answer = input(escape_controls(tr(question, args.lang)) + " [y/N] ").strip().casefold()
    return answer in ("y", "yes", "c", "co", "có")
