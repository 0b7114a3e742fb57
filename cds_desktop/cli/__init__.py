"""`cds-cli`: the command line. Stable: other tools depend on its commands and JSON.

Each feature registers its commands from its own module; every bad input exits 2 with a clear
message naming the field, never a traceback.
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Callable, Sequence

from .. import __version__
from ..errors import InputError
from ..i18n import DEFAULT_LANGUAGE, LANGUAGES
from .output import escaped_output

EXIT_OK, EXIT_FAILED, EXIT_BAD_INPUT = 0, 1, 2

Handler = Callable[[argparse.Namespace], int]


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # usage errors exit 2, like every other bad input
        self.print_usage(sys.stderr)
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message}\n")


def _common_options(suppress: bool) -> argparse.ArgumentParser:
    """--lang and --data-dir work before or after the command name."""
    default = argparse.SUPPRESS if suppress else None
    parent = argparse.ArgumentParser(add_help=False)
    parent.add_argument("--lang", choices=LANGUAGES, default=default if suppress else
                        os.environ.get("CDS_LANG", DEFAULT_LANGUAGE),
                        help="language of names and messages (default vi)")
    parent.add_argument("--data-dir", default=default, metavar="DIR",
                        help="database folder (default: $CDS_DESKTOP_DATA_DIR or the user data folder)")
    return parent


def build_parser() -> argparse.ArgumentParser:
    from . import core_commands

    parser = _Parser(prog="cds-cli", parents=[_common_options(suppress=False)],
                     description="CĐS Desktop: digital-maturity assessment for Vietnamese small businesses.")
    parser.add_argument("--version", action="version", version=f"cds-cli {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    common = _common_options(suppress=True)
    for module in (core_commands, *_feature_modules()):
        module.register(commands, common)
    return parser


def _feature_modules():
    """Command modules of features that may be absent in a partial build."""
    import importlib

    for name in ("policy_commands", "store_commands", "report_commands", "catalog_commands",
                 "province_commands"):
        try:
            yield importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{name}":
                raise


def _utf8_streams() -> None:
    # Windows consoles default to a legacy code page that cannot show Vietnamese.
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(encoding="utf-8", errors="replace")
            except (ValueError, OSError):
                pass


def main(argv: Sequence[str] | None = None) -> int:
    _utf8_streams()
    try:
        with escaped_output():
            return _run(argv)
    except BrokenPipeError:  # output piped into `head` and the like: not an error of ours
        sys.stderr = None
        return EXIT_OK


def _run(argv: Sequence[str] | None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help(sys.stderr)
        return EXIT_BAD_INPUT
    previous = _use_installed_catalogs(args.data_dir)
    try:
        return args.handler(args)
    except InputError as exc:
        print(exc.render(args.lang), file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    finally:
        from ..domain.edition import use_resolver

        use_resolver(previous)


def _use_installed_catalogs(data_dir: str | None):
    """Policies come from the catalog edition active in the data folder (a signed update, or the shipped one)."""
    from ..catalog.store import CatalogStore
    from ..domain.edition import use_resolver
    from ..paths import user_data_dir

    return use_resolver(lambda: CatalogStore(user_data_dir(data_dir)).resolve())


