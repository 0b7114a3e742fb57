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
    command line, with the garbage collector set for one short process:
    - it runs after 50,000 new containers, not 700 (CPython's default): a command's start makes some 20,000
      that live to the end (modules, classes, the questionnaire), and each collection walked them again,
      ~10 ms of a 0.2 s `cds-cli score`; garbage stays bounded (peak memory of `report`, and of `export-table`
      of 2,000 assessments, within 3 MB of the default);
    - at exit, what is still alive is left out of the interpreter's last collections (~20 ms more), which
      would only free what the process gives back whole. Module teardown and atexit handlers still run;
      files are written and closed by the commands themselves.
    main() itself changes nothing of this, for the tests and other in-process callers."""
    import gc

    gc.set_threshold(50_000, *gc.get_threshold()[1:])
    code = main()
    gc.freeze()  # every object alive now is left out of the collections still to come
    return code


def build_parser(lang: str | None = None) -> argparse.ArgumentParser:
    """Every command's parser, its help in `lang` (default: $CDS_LANG, else Vietnamese)."""
    from .parser import build_parser as build

    return build(lang=lang)
