"""`cds-cli`: the command line. Stable: other tools depend on its commands and JSON.

Each feature registers its commands from its own module; every bad input exits 2 with a clear
message naming the field, never a traceback. `--version` is answered here, before the parser and
the domain are imported, so asking for it costs about as much as starting Python.
"""

from __future__ import annotations

import sys

from .. import __version__

TYPE_CHECKING = False  # not `typing.TYPE_CHECKING`: importing typing alone costs more than the answer
if TYPE_CHECKING:
    import argparse
    from collections.abc import Sequence

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2


def main(argv: Sequence[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else list(argv)
    if args == ["--version"]:
        print(f"cds-cli {__version__}")  # exactly what the parser's --version prints
        return EXIT_OK
    from .parser import run

    return run(args)


def build_parser() -> argparse.ArgumentParser:
    from .parser import build_parser as build

    return build()
