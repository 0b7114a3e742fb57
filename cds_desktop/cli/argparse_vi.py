"""argparse's own texts in Vietnamese: the usage line, the headings of the help, -h, and the usage errors.

argparse passes each of them, in English, to gettext (`_()` and `ngettext()`); this catalog answers those
calls for a Vietnamese run (`parser.argparse_speaking`). Keys are argparse's messages exactly as the
Python versions the app supports write them (3.11 to 3.13); tests/test_cli.py checks that every message of
the running argparse a user can see is here, with the same placeholders, so a Python whose argparse says
something new fails the tests instead of printing English.
"""

from __future__ import annotations

import gettext

MESSAGES = {
    # the help
    "usage: ": "cách dùng: ",
    "positional arguments": "tham số",
    "options": "tùy chọn",
    "subcommands": "lệnh con",
    "%(heading)s:": "%(heading)s:",
    " (default: %(default)s)": " (mặc định: %(default)s)",
    "show this help message and exit": "xem hướng dẫn này rồi thoát",
    "show program's version number and exit": "in số phiên bản rồi thoát",
    # the usage errors, printed after the usage line as "cds-cli …: <message>"
    "the following arguments are required: %s": "còn thiếu tham số bắt buộc: %s",
    "one of the arguments %s is required": "cần một trong các tham số: %s",
    "argument %(argument_name)s: %(message)s": "tham số %(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": "không có lựa chọn %(value)r; hãy chọn một trong: %(choices)s",
    "invalid %(type)s value: %(value)r": "giá trị %(type)s không hợp lệ: %(value)r",
    "unrecognized arguments: %s": "không nhận ra các tham số: %s",
    "ambiguous option: %(option)s could match %(matches)s":
        "tùy chọn %(option)s chưa rõ, có thể là %(matches)s; hãy gõ đủ tên tùy chọn",
    "expected one argument": "cần một giá trị ngay sau tùy chọn này",
    "expected at most one argument": "chỉ nhận nhiều nhất một giá trị",
    "expected at least one argument": "cần ít nhất một giá trị",
    "expected %s argument": "cần %s giá trị",
    "expected %s arguments": "cần %s giá trị",
    "not allowed with argument %s": "không dùng cùng lúc với %s được",
    "ignored explicit argument %r": "tùy chọn này không nhận giá trị; hãy bỏ %r",
    "unexpected option string: %s": "tùy chọn không đúng chỗ: %s",
    "unknown parser %(parser_name)r (choices: %(choices)s)": "không có lệnh %(parser_name)r (có các lệnh: %(choices)s)",
    "can't open '%(filename)s': %(error)s": "không mở được '%(filename)s': %(error)s",
    "%(prog)s: error: %(message)s\n": "%(prog)s: lỗi: %(message)s\n",
    "%(prog)s: warning: %(message)s\n": "%(prog)s: cảnh báo: %(message)s\n",
    "argument '%(argument_name)s' is deprecated": "tham số '%(argument_name)s' không còn được dùng",
    "option '%(option)s' is deprecated": "tùy chọn '%(option)s' không còn được dùng",
    "command '%(parser_name)s' is deprecated": "lệnh '%(parser_name)s' không còn được dùng",
}


class _Catalog(gettext.NullTranslations):
    """The catalog as a gettext translation; a message it does not know stays as argparse wrote it."""

    def gettext(self, message: str) -> str:
        return MESSAGES.get(message, message)

    def ngettext(self, singular: str, plural: str, n: int) -> str:  # Vietnamese has one form for any number
        message = singular if n == 1 else plural
        return MESSAGES.get(message, message)


CATALOG = _Catalog()
