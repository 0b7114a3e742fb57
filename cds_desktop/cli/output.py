"""Command output: JSON to stdout, and asking the user to confirm."""

from __future__ import annotations

import json
import sys
from typing import Any

from ..errors import InputError, Problem
from ..i18n import Text, text, tr


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def confirm(args, question: Text) -> bool:
    """True with --yes, else the answer typed at the terminal; without a terminal, say to add --yes."""
    if args.yes:
        return True
    if sys.stdin is None or not sys.stdin.isatty():
        raise InputError(Problem("--yes", text(
            "cần xác nhận nhưng không có bàn phím để hỏi; thêm --yes để đồng ý",
            "confirmation needed but there is no terminal to ask; add --yes to confirm")))
    answer = input(tr(question, args.lang) + " [y/N] ").strip().casefold()
    return answer in ("y", "yes", "c", "co", "có")
