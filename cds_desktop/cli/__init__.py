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


def program() -> int:
    """The `cds-cli` program (its console script, `python -m cds_desktop.cli` and the bundle): main() on the
    command line, then an exit without the interpreter's last garbage collections. Those walk every object
    still alive (the questionnaire, the domain's classes, Babel's data), some 20 ms of a 0.2 s `cds-cli score`,
    to free what the process gives back whole anyway. Nothing of ours waits on them: files are written and
    closed by the commands themselves; module teardown and atexit handlers still run."""
    import gc

    code = main()
    gc.freeze()  # every object alive now is left out of the collections still to come
    return code


def build_parser() -> argparse.ArgumentParser:
    from .parser import build_parser as build

    return build()
