"""The parser behind `cds-cli` and the run of one command: loaded only when a command (or --help) is given."""

from __future__ import annotations

import argparse
import contextlib
import importlib
import os
import sys
from collections.abc import Container, Iterator, Sequence

from .. import __version__
from ..i18n import DEFAULT_LANGUAGE, LANGUAGES, nfc, text, tr
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


def language(argv: Sequence[str]) -> str:
    """The language of the help and the messages, known before the parser is built and as the parser will
    decide it: the last `--lang` (or `--lang=`) before any `--`, else $CDS_LANG, else Vietnamese. A language
    the CLI does not speak counts as none: the parser then says so in the language found without it."""
    chosen = None
    args = iter(argv)
    for arg in args:
        if arg == "--":
            break
        name, equals, value = arg.partition("=")
        if len(name) >= len("--lan") and "--lang".startswith(name):  # argparse also takes a prefix
            value = value if equals else next(args, "")
            chosen = value if value in LANGUAGES else chosen
    environment = os.environ.get("CDS_LANG")
    return chosen or (environment if environment in LANGUAGES else DEFAULT_LANGUAGE)


@contextlib.contextmanager
def argparse_speaking(lang: str) -> Iterator[None]:
    """argparse's own texts (usage, headings, usage errors) in `lang` within this block. argparse looks each
    one up through gettext's `_` and `ngettext`, which it keeps as its own names; for Vietnamese they are
    pointed at the catalog that ships with the CLI (`argparse_vi.py`), and put back after."""
    if lang != "vi":
        yield
        return
    from .argparse_vi import CATALOG

    saved = argparse._, argparse.ngettext  # type: ignore[attr-defined]
    argparse._, argparse.ngettext = CATALOG.gettext, CATALOG.ngettext  # type: ignore[attr-defined]
    try:
        yield
    finally:
        argparse._, argparse.ngettext = saved  # type: ignore[attr-defined]


class _Say:
    """`say(vi, en)`: of a help text written in both languages, the one in the user's language (NFC)."""

    def __init__(self, lang: str):
        self.lang = lang

    def __call__(self, vi: str, en: str) -> str:
        return nfc(vi if self.lang == "vi" else en)


def _common_options(suppress: bool, lang: str) -> argparse.ArgumentParser:
    """--lang and --data-dir work before or after the command name."""
    default = argparse.SUPPRESS if suppress else None
    say = _Say(lang)
    parent = _Parser(add_help=False)
    parent.add_argument("--lang", choices=LANGUAGES, default=default if suppress else
                        os.environ.get("CDS_LANG", DEFAULT_LANGUAGE),
                        help=say("ngôn ngữ của tên và thông báo: vi tiếng Việt (mặc định), en tiếng Anh",
                                 "language of names and messages: vi Vietnamese (default), en English"))
    parent.add_argument("--data-dir", default=default, metavar=say("THƯ_MỤC", "DIR"),
                        help=say("thư mục chứa dữ liệu (mặc định: $CDS_DESKTOP_DATA_DIR, nếu không có thì "
                                 "thư mục dữ liệu của người dùng)",
                                 "database folder (default: $CDS_DESKTOP_DATA_DIR or the user data folder)"))
    return parent


# Every command: the module that registers its options and runs it, and its line in `cds-cli --help` (vi, en).
# The help is built from this table alone; a run imports only its command's module and builds only that
# command's options (tests/test_cli.py checks the table against what the modules register).
COMMANDS: dict[str, tuple[str, dict[str, str]]] = {
    "instrument": ("core_commands", text("in bộ câu hỏi đang dùng", "print the current questionnaire")),
    "sample": ("core_commands", text("ghi một tệp đánh giá mẫu, đã trả lời đủ mọi câu",
                                     "write a complete sample assessment file")),
    "validate": ("core_commands", text("kiểm tra một tệp đánh giá hoặc tệp gộp", "check an assessment file or bundle")),
    "score": ("core_commands", text("tính điểm một tệp đánh giá", "score an assessment file")),
    "classify": ("core_commands", text("xếp loại quy mô: siêu nhỏ, nhỏ, vừa (NĐ 80/2021, Điều 5)",
                                       "SME size class (Decree 80/2021, Art. 5)")),
    "policies": ("policy_commands", text("các chính sách hỗ trợ và nghĩa vụ ứng với một tệp đánh giá",
                                         "support policies and obligations matched to an assessment file")),
    "roadmap": ("policy_commands", text("lộ trình cải thiện của một tệp đánh giá",
                                        "the improvement roadmap of an assessment file")),
    "import": ("store_commands", text("nhập tệp đánh giá hoặc tệp gộp (kiểm tra hết rồi mới lưu)",
                                      "import assessment files or bundles (all checked before anything is saved)")),
    "list": ("store_commands", text("các cơ sở kinh doanh và những lần đánh giá của từng cơ sở",
                                    "businesses with their assessments")),
    "show": ("store_commands", text("xem một lần đánh giá (hoặc một cơ sở) cùng điểm số",
                                    "one assessment (or one business) with its scores")),
    "export": ("store_commands", text("ghi một lần đánh giá cùng cơ sở của nó ra tệp đánh giá",
                                      "write one assessment with its business as an assessment file")),
    "export-bundle": ("store_commands", text("ghi nhiều lần đánh giá vào một tệp gộp",
                                             "write several assessments in one file")),
    "export-table": ("store_commands", text("bảng gửi tỉnh, mỗi lần đánh giá một dòng (CSV hoặc XLSX)",
                                            "one row per assessment, for the province (CSV or XLSX)")),
    "benchmark": ("store_commands", text("so sánh một lần đánh giá với các cơ sở tương tự đã lưu",
                                         "compare an assessment with similar businesses in the store")),
    "check": ("store_commands", text("kiểm tra dữ liệu và cơ sở có thông tin sai; mã thoát 0 khi dữ liệu tốt",
                                     "check the database and businesses with wrong details; exit 0 when healthy")),
    "restore": ("store_commands", text("khôi phục một bản sao lưu (mặc định: bản tốt mới nhất)",
                                       "restore a backup (the newest good one by default)")),
    "delete": ("store_commands", text("xóa một lần đánh giá, hoặc một cơ sở cùng mọi lần đánh giá của nó",
                                      "delete an assessment, or a business with all its assessments")),
    "merge": ("store_commands", text("gộp hai mục của cùng một cơ sở: giữ mục thứ nhất, chuyển mọi lần đánh giá "
                                     "của mục thứ hai sang rồi xóa nó",
                                     "merge two entries of one business: keep the first, move every assessment of "
                                     "the second to it, remove the second")),
    "report": ("report_commands", text("ghi báo cáo PDF của một tệp đánh giá",
                                       "write the PDF report of an assessment file")),
    "catalog": ("catalog_commands", text("cập nhật danh mục chính sách có chữ ký số (xem 'catalog -h')",
                                         "signed policy-catalog updates (see 'catalog -h')")),
    "province": ("province_commands", text("dữ liệu của tỉnh: gộp các bảng đã ẩn danh, tổng hợp, báo cáo",
                                           "the province workspace: ingest anonymised tables, summarise, report")),
    "blank-form": ("paper_commands", text("ghi phiếu hỏi để in (PDF); đọc lại bằng read-form",
                                          "write the printable questionnaire (PDF), readable back with read-form")),
    "read-form": ("paper_commands", text("đọc bản quét hoặc ảnh chụp phiếu đã điền thành tệp đánh giá nháp",
                                         "read scans or photos of a filled questionnaire into a draft assessment file")),
}
_VALUED_OPTIONS = ("--lang", "--data-dir")  # the common options that take a value


class _Skipped:
    """Stands in for the parser of a command that is not being run: whatever its module adds is dropped."""

    def __getattr__(self, name: str):
        return lambda *args, **kwargs: self


class _Commands:
    """What a module's `register()` adds its commands to: the wanted ones get a parser (with their help
    from COMMANDS), the others are skipped. `say(vi, en)` gives its help texts in the user's language."""

    def __init__(self, subparsers, wanted: Container[str], lang: str):
        self._subparsers, self._wanted, self.say = subparsers, wanted, _Say(lang)

    def add_parser(self, name: str, **kwargs):
        if name not in self._wanted:
            return _Skipped()
        return self._subparsers.add_parser(name, help=tr(COMMANDS[name][1], self.say.lang), **kwargs)


def _top_parser(lang: str) -> tuple[argparse.ArgumentParser, argparse._SubParsersAction]:
    say = _Say(lang)
    parser = _Parser(prog="cds-cli", parents=[_common_options(suppress=False, lang=lang)],
                     description=say("CĐS Desktop: đánh giá mức độ chuyển đổi số của doanh nghiệp nhỏ và vừa, "
                                     "hợp tác xã và hộ kinh doanh.",
                                     "CĐS Desktop: digital-maturity assessment for Vietnamese small businesses."))
    parser.add_argument("--version", action="version", version=f"cds-cli {__version__}",
                        help=say("in số phiên bản rồi thoát", "show program's version number and exit"))
    return parser, parser.add_subparsers(dest="command", metavar=say("LỆNH", "COMMAND"), parser_class=_Parser)


def build_parser(command: str | None = None, lang: str | None = None) -> argparse.ArgumentParser:
    """The parser of `cds-cli` with every command's options, or only with those of `command` (a run), its help
    in `lang` (by default as `language()` finds it without arguments). argparse's own texts are in `lang` for
    what is made here (headings, -h); for its usage errors, parse within `argparse_speaking(lang)`."""
    lang = language(()) if lang is None else lang
    with argparse_speaking(lang):
        parser, commands = _top_parser(lang)
        wanted = COMMANDS if command is None else (command,)
        common = _common_options(suppress=True, lang=lang)
        for module in dict.fromkeys(COMMANDS[name][0] for name in wanted):
            importlib.import_module(f"{__package__}.{module}").register(_Commands(commands, wanted, lang), common)
    return parser


def _listing_parser(lang: str) -> argparse.ArgumentParser:
    """For `--help`, no command or an unknown one: every command listed, none built, no command module imported."""
    parser, commands = _top_parser(lang)
    for name, (_, help_text) in COMMANDS.items():
        commands.add_parser(name, help=tr(help_text, lang), add_help=False)
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
    argv = sys.argv[1:] if argv is None else list(argv)
    lang = language(argv)
    try:
        with escaped_output(), argparse_speaking(lang):  # a command may print its usage too (catalog, province)
            return _run(argv, lang)
    except BrokenPipeError:  # output piped into `head` and the like: not an error of ours
        sys.stderr = None
        return EXIT_OK


def _run(argv: list[str], lang: str) -> int:
    command = _command(argv)
    parser = _listing_parser(lang) if command is None else build_parser(command, lang)
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


