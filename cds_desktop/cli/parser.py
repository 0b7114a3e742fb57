"""The parser behind `cds-cli` and the run of one command: loaded only when a command (or --help) is given."""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Container, Sequence

from .. import __version__
from ..i18n import DEFAULT_LANGUAGE, LANGUAGES
from . import EXIT_BAD_INPUT, EXIT_OK
from .output import escaped_output


def _columns() -> int:
    """The terminal's width as shutil.get_terminal_size() finds it ($COLUMNS, then the terminal, else 80)."""
    try:
        columns = int(os.environ.get("COLUMNS", 0))
    except ValueError:
        columns = 0
    if columns <= 0:
        try:
            columns = os.get_terminal_size(sys.__stdout__.fileno()).columns  # type: ignore[union-attr]
        except (AttributeError, ValueError, OSError):
            columns = 0
    return columns or 80


class _Formatter(argparse.HelpFormatter):
    """argparse's help layout, given the width: left to itself, every parser made imports shutil (~3 ms)."""

    def __init__(self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width: int | None = None):
        super().__init__(prog, indent_increment, max_help_position, _columns() - 2 if width is None else width)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str):  # usage errors exit 2, like every other bad input
        self.print_usage(sys.stderr)
        self.exit(EXIT_BAD_INPUT, f"{self.prog}: {message}\n")


def _common_options(suppress: bool) -> argparse.ArgumentParser:
    """--lang and --data-dir work before or after the command name."""
    default = argparse.SUPPRESS if suppress else None
    parent = _Parser(add_help=False)
    parent.add_argument("--lang", choices=LANGUAGES, default=default if suppress else
                        os.environ.get("CDS_LANG", DEFAULT_LANGUAGE),
                        help="language of names and messages (default vi)")
    parent.add_argument("--data-dir", default=default, metavar="DIR",
                        help="database folder (default: $CDS_DESKTOP_DATA_DIR or the user data folder)")
    return parent


# Every command: the module that registers its options and runs it, and its line in `cds-cli --help`.
# The help is built from this table alone; a run imports only its command's module and builds only that
# command's options (tests/test_cli.py checks the table against what the modules register).
COMMANDS: dict[str, tuple[str, str]] = {
    "instrument": ("core_commands", "print the current questionnaire"),
    "sample": ("core_commands", "write a complete sample assessment file"),
    "validate": ("core_commands", "check an assessment file"),
    "score": ("core_commands", "score an assessment file"),
    "classify": ("core_commands", "SME size class (NĐ 80/2021, Art. 5)"),
    "policies": ("policy_commands", "support policies and obligations matched to an assessment file"),
    "roadmap": ("policy_commands", "the improvement roadmap of an assessment file"),
    "import": ("store_commands", "import assessment files or bundles (all checked before anything is saved)"),
    "list": ("store_commands", "businesses with their assessments"),
    "show": ("store_commands", "one assessment (or one business) with its scores"),
    "export": ("store_commands", "write one assessment with its business as an assessment file"),
    "export-bundle": ("store_commands", "write several assessments in one file"),
    "export-table": ("store_commands", "one row per assessment, for the province (CSV or XLSX)"),
    "benchmark": ("store_commands", "compare an assessment with similar businesses in the store"),
    "check": ("store_commands", "check the database; exit 0 when healthy"),
    "restore": ("store_commands", "restore a backup (the newest good one by default)"),
    "delete": ("store_commands", "delete an assessment, or a business with all its assessments"),
    "report": ("report_commands", "write the PDF report of an assessment file"),
    "catalog": ("catalog_commands", "signed policy-catalog updates (see 'catalog -h')"),
    "province": ("province_commands", "the province workspace: ingest anonymised tables, summarise, report"),
    "blank-form": ("paper_commands", "write the printable questionnaire (PDF), readable back with read-form"),
    "read-form": ("paper_commands", "read scans or photos of a filled questionnaire into a draft assessment file"),
}
_VALUED_OPTIONS = ("--lang", "--data-dir")  # the common options that take a value


class _Skipped:
    """Stands in for the parser of a command that is not being run: whatever its module adds is dropped."""

    def __getattr__(self, name: str):
        return lambda *args, **kwargs: self


class _Commands:
    """What a module's `register()` adds its commands to: the wanted ones get a parser (with their help
    from COMMANDS), the others are skipped."""

    def __init__(self, subparsers, wanted: Container[str]):
        self._subparsers, self._wanted = subparsers, wanted

    def add_parser(self, name: str, **kwargs):
        if name not in self._wanted:
            return _Skipped()
        return self._subparsers.add_parser(name, help=COMMANDS[name][1], **kwargs)


def _top_parser() -> tuple[argparse.ArgumentParser, argparse._SubParsersAction]:
    parser = _Parser(prog="cds-cli", parents=[_common_options(suppress=False)],
                     description="CĐS Desktop: digital-maturity assessment for Vietnamese small businesses.")
    parser.add_argument("--version", action="version", version=f"cds-cli {__version__}")
    return parser, parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The parser of `cds-cli` with every command's options, or only with those of `command` (a run)."""
    parser, commands = _top_parser()
    wanted = COMMANDS if command is None else (command,)
    common = _common_options(suppress=True)
    for module in dict.fromkeys(COMMANDS[name][0] for name in wanted):
        importlib.import_module(f"{__package__}.{module}").register(_Commands(commands, wanted), common)
    return parser


def _listing_parser() -> argparse.ArgumentParser:
    """For `--help`, no command or an unknown one: every command listed, none built, no command module imported."""
    parser, commands = _top_parser()
    for name, (_, help_text) in COMMANDS.items():
        commands.add_parser(name, help=help_text, add_help=False)
    return parser


def _command(argv: Sequence[str]) -> str | None:
    """The command named in `argv` after any common options; None when there is none or -h comes first."""
    args = iter(argv)
    for arg in args:
        if arg in ("-h", "--help", "--"):
            return None
        if arg.startswith("--") and "=" not in arg and any(o.startswith(arg) for o in _VALUED_OPTIONS):
            next(args, None)  # its value (argparse also takes an unambiguous prefix, such as --data)
        elif not arg.startswith("-"):
            return arg if arg in COMMANDS else None
    return None


def _utf8_streams() -> None:
    # Windows consoles default to a legacy code page that cannot show Vietnamese.
    for stream in (sys.stdout, sys.stderr):
        if stream is not None and hasattr(stream, "reconfigure"):
            try:
                stream.reconfigure(encoding="utf-8", errors="replace")
            except (ValueError, OSError):
                pass


def run(argv: Sequence[str] | None = None) -> int:
    _utf8_streams()
    try:
        with escaped_output():
            return _run(argv)
    except BrokenPipeError:  # output piped into `head` and the like: not an error of ours
        sys.stderr = None
        return EXIT_OK


def _run(argv: Sequence[str] | None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    command = _command(argv)
    parser = _listing_parser() if command is None else build_parser(command)
    args = parser.parse_args(argv)
    if not getattr(args, "handler", None):
        parser.print_help(sys.stderr)
        return EXIT_BAD_INPUT
    from ..errors import InputError  # here, not at the top: --help and usage errors need only argparse

    previous = _use_installed_catalogs(args.data_dir)
    try:
        return args.handler(args)
    except InputError as exc:
        print(exc.render(args.lang), file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    finally:
        from ..domain.catalog_source import use_resolver

        use_resolver(previous)


def _use_installed_catalogs(data_dir: str | None):
    """Policies come from the catalog edition active in the data folder (a signed update, or the shipped one)."""
    from ..domain.catalog_source import use_resolver  # not edition.py: a command may read no policies

    def installed():  # the catalog package (hashing, keys, manifests) loads only for a command that asks
        from ..catalog.store import CatalogStore
        from ..paths import user_data_dir

        return CatalogStore(user_data_dir(data_dir)).resolve()

    return use_resolver(installed)


