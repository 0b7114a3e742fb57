"""Files written whole or not at all: a temporary file in the same folder, fsync, atomic replace.

A crash, a full disk or an unwritable folder leaves the old file (or no file) in place, never a
partial one.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import re
import stat
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from .errors import InputError, Problem
from .formats import format_number, in_both
from .i18n import Text, text
from .paths import in_a_data_folder

_REPLACE_RETRIES = 10  # Windows: antivirus or a viewer may hold the target open for a moment (2 s in all)
_SHARING_ERRORS = (5, 32, 33)  # Windows: access denied, sharing violation, lock violation


class FileHeld(InputError):
    """Another program kept the file open through every retry."""


def _held_by_another_program(exc: PermissionError) -> bool:
    return os.name == "nt" or getattr(exc, "winerror", None) in _SHARING_ERRORS


def replace_with_retry(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
    """os.replace, retried briefly while another program holds the target; FileHeld if it never lets go."""
    for attempt in range(_REPLACE_RETRIES):
        try:
            os.replace(source, target)
            return
        except PermissionError as exc:
            if not _held_by_another_program(exc):
                raise
            if attempt == _REPLACE_RETRIES - 1:
                raise FileHeld(Problem("", text(
                    "một chương trình khác (phần mềm diệt virus, sao lưu, đồng bộ hay lập chỉ mục) đang giữ tệp này; "
                    "đã thử lại trong 2 giây. Hãy đợi một lát rồi thử lại, hoặc đóng chương trình đó",
                    "another program (antivirus, backup, sync or indexing) is holding this file; retried for "
                    "2 seconds. Wait a moment and try again, or close that program")), str(target)) from None
            time.sleep(0.05 * (attempt + 1))


def fsync_directory(folder: Path) -> None:
    if os.name == "nt":
        return  # Windows has no directory handles to fsync; the replace itself is durable there
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


# The system's own words (strerror) are English on most computers: the reasons people meet, in both languages.
_OS_REASONS = {
    errno.ENOENT: ("không có tệp hay thư mục này", "no such file or folder"),
    errno.EACCES: ("không có quyền truy cập", "permission denied"),
    errno.EPERM: ("thao tác không được phép", "operation not permitted"),
    errno.EISDIR: ("đây là một thư mục", "it is a folder"),
    errno.ENOTDIR: ("một phần của đường dẫn không phải thư mục", "part of the path is not a folder"),
    errno.ENOSPC: ("ổ đĩa đã đầy", "the disk is full"),
    errno.EROFS: ("ổ đĩa chỉ cho đọc", "the disk is read-only"),
    errno.ENAMETOOLONG: ("tên tệp quá dài", "the file name is too long"),
    errno.EBUSY: ("tệp đang được dùng", "the file is in use"),
    errno.EIO: ("lỗi đọc ghi của ổ đĩa", "the disk reported an input/output error"),
}


def os_reason(exc: OSError) -> Text:
    """Why the system refused, in both languages; a reason not listed keeps the system's own words."""
    known = _OS_REASONS.get(exc.errno) if exc.errno is not None else None
    if known:
        return text(*known)
    reason = exc.strerror or str(exc)
    return text(reason, reason)


def cannot_write(path: Path, exc: OSError) -> InputError:
    reason = os_reason(exc)
    return InputError(Problem("", text(
        f"không ghi được tệp ({reason['vi']}); chọn thư mục khác hoặc kiểm tra quyền ghi và dung lượng ổ đĩa",
        f"cannot write the file ({reason['en']}); choose another folder or check permissions and free disk space")),
        str(path))


def data_folder_file(path: Path) -> InputError:
    return InputError(Problem("", text(
        "đây là tệp dữ liệu của chính ứng dụng (cơ sở dữ liệu, bản sao lưu hay danh mục); ghi vào đó sẽ xóa dữ liệu "
        "đã lưu. Hãy chọn tên tệp hoặc thư mục khác, ví dụ thư mục Tài liệu hay USB",
        "this is one of the app's own data files (the database, a backup or the catalog); writing it would wipe "
        "the stored data. Choose another file name or folder, for example Documents or a USB stick")), str(path))


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike[str], private: bool = False, own: bool = False) -> Iterator[Path]:
    """Yield a temporary path beside `path`; on success it replaces `path`, on any error it is removed.
    `private`: only the user can read it (the database: tax codes, phone numbers). `own`: the app writes one of
    its data folder's files (the database, the catalog state); any other write there (an export, a report, a
    file name typed by the user) is refused before anything is written."""
    import tempfile  # with shutil and random: loaded by the commands that write, not by those that read

    path = Path(path)
    if not own and in_a_data_folder(path):
        raise data_folder_file(path)
    with contextlib.suppress(OSError):  # a device or a pipe would be replaced by a file (by an administrator)
        if not stat.S_ISREG(mode := os.stat(path).st_mode) and not stat.S_ISDIR(mode):
            raise InputError(Problem("", text(
                "đây không phải một tệp thông thường (một thiết bị hay ống dẫn); chọn tên tệp khác",
                "this is not an ordinary file (a device or a pipe); choose another file name")), str(path))
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
        os.close(fd)
        if os.name != "nt" and not private:
            os.chmod(tmp_name, 0o644)  # mkstemp makes it private; an exported file is an ordinary file
    except OSError as exc:
        raise cannot_write(path, exc) from None
    tmp = Path(tmp_name)
    try:
        yield tmp
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        replace_with_retry(tmp, path)
        fsync_directory(path.parent)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise cannot_write(path, exc) from None
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def write_atomically(path: str | os.PathLike[str], data: bytes, private: bool = False, own: bool = False) -> None:
    with atomic_output(path, private, own) as tmp:
        tmp.write_bytes(data)


MAX_FILE_BYTES = 50 * 1024 * 1024  # a bundle of 50,000 assessments is about 40 MB
MAX_DEPTH = 32  # our documents are 6 levels deep; catalogs and schemas under 20


def _problem(path: Path, error: type[InputError], vi: str, en: str, where: str = "") -> InputError:
    return error(Problem(where, text(vi, en)), str(path))


def read_bounded(path: Path, error: type[InputError] = InputError, limit: int = MAX_FILE_BYTES) -> bytes:
    """The bytes of a regular file of at most `limit` bytes. A FIFO, a device or a link to one is refused
    without waiting or reading; the size is checked before reading."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except FileNotFoundError:
        raise _problem(path, error, "không tìm thấy tệp; kiểm tra đường dẫn", "file not found; check the path") from None
    except OSError as exc:
        raise _problem(path, error, f"không đọc được tệp ({os_reason(exc)['vi']})",
                       f"cannot read the file ({os_reason(exc)['en']})") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise _problem(path, error, "không phải một tệp thông thường (thư mục, thiết bị hay ống dẫn); chọn một tệp .json",
                           "not an ordinary file (a folder, a device or a pipe); choose a .json file")
        if info.st_size > limit:
            raise _too_large(path, error, info.st_size, limit)
        fh = os.fdopen(fd, "rb")
    except BaseException:
        os.close(fd)
        raise
    with fh:
        try:
            raw = fh.read(limit + 1)
        except OSError as exc:
            raise _problem(path, error, f"không đọc được tệp ({os_reason(exc)['vi']})",
                           f"cannot read the file ({os_reason(exc)['en']})") from None
    if len(raw) > limit:  # it grew while we looked
        raise _too_large(path, error, len(raw), limit)
    return raw


def _too_large(path: Path, error: type[InputError], size: int, limit: int) -> InputError:
    mb, cap = in_both(format_number, size / 1_048_576), in_both(format_number, limit / 1_048_576)
    return _problem(path, error, f"tệp quá lớn ({mb['vi']} MB; tối đa {cap['vi']} MB); hãy chia thành nhiều tệp nhỏ hơn",
                    f"the file is too large ({mb['en']} MB; at most {cap['en']} MB); split it into smaller files")


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    doc = dict(pairs)
    if len(doc) != len(pairs):
        seen = set()
        for key, _ in pairs:
            if key in seen:
                raise _DuplicateKey(key)
            seen.add(key)
    return doc


class _DuplicateKey(ValueError):
    def __init__(self, key: str):
        super().__init__(key)
        self.key = key


def _shape_problem(doc: Any, content: str) -> tuple[str, str] | None:
    """("too-deep" | "surrogate", where) for the first value nested deeper than MAX_DEPTH or a text holding
    half of a UTF-16 pair (which no file can store); None when the document is fine.

    Quick when it is fine (a few ms less for the questionnaire): such a half can only come from a
    \\uD800-\\uDFFF escape in the text (UTF-8 decoding refuses the encoded ones), and the depth needs only the
    containers; the walk that names the place runs only when one of them says there may be a problem."""
    if not _ESCAPED_SURROGATE.search(content) and _within_depth(doc):
        return None
    surrogate = re.compile("[\ud800-\udfff]")  # compiled here: ~0.5 ms that a file which is fine never needs
    stack = [(doc, "", 0)]
    while stack:
        value, where, depth = stack.pop()
        if isinstance(value, str):
            if surrogate.search(value):
                return "surrogate", where
        elif isinstance(value, (dict, list)):
            if depth >= MAX_DEPTH:
                return "too-deep", where
            items = value.items() if isinstance(value, dict) else enumerate(value)
            for key, item in items:
                if isinstance(key, str) and surrogate.search(key):
                    return "surrogate", where
                if isinstance(item, (str, dict, list)):
                    stack.append((item, f"{where}.{key}" if isinstance(key, str) else f"{where}[{key}]", depth + 1))
    return None


_ESCAPED_SURROGATE = re.compile(r"\\u[dD][89a-fA-F]")


def _within_depth(doc: Any) -> bool:
    level = [doc] if isinstance(doc, (dict, list)) else []
    for _ in range(MAX_DEPTH):  # level n: the containers nested n deep
        level = [item for value in level for item in (value.values() if isinstance(value, dict) else value)
                 if isinstance(item, (dict, list))]
    return not level


def read_json(path: Path, error: type[InputError] = InputError) -> tuple[bytes, Any]:
    """A user-supplied JSON file's bytes and content, bounded: at most MAX_FILE_BYTES of a regular file,
    UTF-8 (a BOM is allowed: Windows editors add one), no key twice in an object, nested at most
    MAX_DEPTH levels, no half UTF-16 pairs. Anything else raises `error` naming the file (and the field)."""
    raw = read_bounded(path, error)
    return raw, parse_json(raw, path, error)


def parse_json(raw: bytes, path: Path, error: type[InputError] = InputError) -> Any:
    """The content of a JSON file's bytes, with read_json's checks (everything but the size)."""
    for magic, other_kind in _OTHER_KINDS:
        if raw.startswith(magic):
            raise _not_json(path, error, other_kind)
    if raw[:2] in (b"\xff\xfe", b"\xfe\xff") or _utf16_without_bom(raw[:64]):
        raise _not_utf8(path, error, "UTF-16")
    if b"\x00" in raw[:4096]:  # no text file holds a NUL: a program's or a picture's bytes
        raise _not_json(path, error, text("tệp nhị phân", "a binary file"))
    try:  # a BOM dropped by hand: as "utf-8-sig" decodes, less the import of that codec on every cold start
        content = (raw[3:] if raw.startswith(b"\xef\xbb\xbf") else raw).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise _not_utf8(path, error, f"byte {exc.start}") from None
    try:
        doc = json.loads(content, object_pairs_hook=_no_duplicate_keys)
    except _DuplicateKey as dup:
        raise _problem(path, error, f"khóa '{dup.key}' xuất hiện hai lần trong cùng một đối tượng; giữ một",
                       f"the key '{dup.key}' appears twice in the same object; keep one", dup.key) from None
    except RecursionError:
        raise _too_deep(path, error, "") from None
    except ValueError as exc:  # where it breaks, in words; Python's own reason is English only
        raise _invalid_json(path, error, content, exc) from None
    problem = _shape_problem(doc, content)
    if problem is not None:
        kind, where = problem
        where = where.lstrip(".")
        if kind == "too-deep":
            raise _too_deep(path, error, where)
        raise _problem(path, error, "chứa một ký tự không hợp lệ (nửa cặp UTF-16 đơn lẻ); xóa hoặc gõ lại ký tự đó",
                       "contains an invalid character (a lone half of a UTF-16 pair); delete or retype it", where)
    return doc


def _invalid_json(path: Path, error: type[InputError], content: str, exc: ValueError) -> InputError:
    """Where the text stops being JSON, in the reader's language, and what to do: a file that ends early was
    cut off while being copied. (json's own words are English, and for a number of more than 4,300 digits
    they advise a Python setting.)"""
    if not isinstance(exc, json.JSONDecodeError):
        return _problem(path, error, "không phải tệp JSON hợp lệ: có một số dài hơn 4.300 chữ số",
                        "not a valid JSON file: a number has more than 4,300 digits")
    if not content.strip():
        return _problem(path, error, "không phải tệp JSON hợp lệ: tệp rỗng; hãy chép lại tệp hoặc xuất lại",
                        "not a valid JSON file: the file is empty; copy it again or export it again")
    line, column = in_both(format_number, exc.lineno), in_both(format_number, exc.colno)
    if exc.pos >= len(content.rstrip()) or exc.msg.startswith("Unterminated string"):  # a text runs to the end
        line = in_both(format_number, content.rstrip().count("\n") + 1)
        return _problem(path, error,
                        f"không phải tệp JSON hợp lệ: tệp dừng giữa chừng (dòng {line['vi']}), có lẽ bị cắt khi chép; "
                        "hãy chép lại tệp từ máy đã xuất ra, hoặc xuất lại",
                        f"not a valid JSON file: it stops part way (line {line['en']}), probably cut off while "
                        "copying; copy it again from the computer that exported it, or export it again")
    return _problem(path, error, f"không phải tệp JSON hợp lệ (lỗi ở dòng {line['vi']}, cột {column['vi']}); "
                    "nếu đã sửa tệp bằng tay, hãy sửa lại chỗ đó, nếu không hãy xuất lại",
                    f"not a valid JSON file ({exc.msg} at line {line['en']}, column {column['en']}); "
                    "if the file was edited by hand, correct it there, otherwise export it again")


def _too_deep(path: Path, error: type[InputError], where: str) -> InputError:
    return _problem(path, error, f"lồng nhau quá sâu (hơn {MAX_DEPTH} cấp); đây không phải tệp của CĐS Desktop",
                    f"nested too deeply (more than {MAX_DEPTH} levels); this is not a CĐS Desktop file", where)


# What people pick by mistake instead of a .json file: the report, a spreadsheet, a scan (by their first bytes).
_OTHER_KINDS: tuple[tuple[bytes, Text], ...] = (
    (b"%PDF", text("tệp PDF", "a PDF file")),
    (b"PK\x03\x04", text("tệp nén (Excel, Word hay ZIP)", "a compressed file (Excel, Word or ZIP)")),
    (b"\xd0\xcf\x11\xe0", text("tệp Office cũ (Excel hay Word)", "an old Office file (Excel or Word)")),
    (b"\x89PNG", text("ảnh PNG", "a PNG picture")),
    (b"\xff\xd8\xff", text("ảnh JPEG", "a JPEG picture")),
)


def _utf16_without_bom(head: bytes) -> bool:
    """Text saved as UTF-16 with no byte-order mark: most of every other byte is zero (JSON's punctuation and
    Latin letters in UTF-16; Vietnamese letters such as "ạ" are not)."""
    half = len(head) // 2
    return half >= 2 and max(head[0::2].count(0), head[1::2].count(0)) >= 0.75 * half


def _not_json(path: Path, error: type[InputError], kind: Text) -> InputError:
    return _problem(path, error, f"đây là {kind['vi']}, không phải tệp JSON; hãy chọn tệp .json do CĐS Desktop ghi ra",
                    f"this is {kind['en']}, not a JSON file; choose the .json file that CĐS Desktop wrote")


def _not_utf8(path: Path, error: type[InputError], found: str) -> InputError:
    return _problem(path, error,
                    f"tệp không ở mã UTF-8 ({found}); hãy lưu lại tệp dưới dạng UTF-8 (Notepad: Lưu thành… → Mã hóa: UTF-8)",
                    f"the file is not UTF-8 ({found}); save the file as UTF-8 (Notepad: Save as… → Encoding: UTF-8)")
