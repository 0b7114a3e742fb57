"""Files written whole or not at all: a temporary file in the same folder, fsync, atomic replace.

A crash, a full disk or an unwritable folder leaves the old file (or no file) in place, never a
partial one.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any, Iterator

from .errors import InputError, Problem
from .i18n import text

_REPLACE_RETRIES = 10  # Windows: antivirus or a viewer may hold the target open for a moment


def replace_with_retry(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
    for attempt in range(_REPLACE_RETRIES):
        try:
            os.replace(source, target)
            return
        except PermissionError:
            if attempt == _REPLACE_RETRIES - 1:
                raise
            time.sleep(0.05 * (attempt + 1))


def fsync_directory(folder: Path) -> None:
    if os.name == "nt":
        return  # Windows has no directory handles to fsync; the replace itself is durable there
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def cannot_write(path: Path, exc: OSError) -> InputError:
    reason = exc.strerror or str(exc)
    return InputError(Problem("", text(
        f"không ghi được tệp ({reason}); chọn thư mục khác hoặc kiểm tra quyền ghi và dung lượng ổ đĩa",
        f"cannot write the file ({reason}); choose another folder or check permissions and free disk space")),
        str(path))


@contextlib.contextmanager
def atomic_output(path: str | os.PathLike[str]) -> Iterator[Path]:
    """Yield a temporary path beside `path`; on success it replaces `path`, on any error it is removed."""
    path = Path(path)
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent or ".")
        os.close(fd)
        if os.name != "nt":
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


def write_atomically(path: str | os.PathLike[str], data: bytes) -> None:
    with atomic_output(path) as tmp:
        tmp.write_bytes(data)


def read_json(path: Path, error: type[InputError] = InputError) -> tuple[bytes, Any]:
    """A JSON file's bytes and content (a BOM is allowed: Windows editors add one); a missing, unreadable
    or malformed file raises `error`, naming the file and saying what is wrong."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise error(Problem("", text("không tìm thấy tệp; kiểm tra đường dẫn", "file not found; check the path")),
                    str(path)) from None
    except OSError as exc:
        raise error(Problem("", text(f"không đọc được tệp ({exc.strerror})",
                                     f"cannot read the file ({exc.strerror})")), str(path)) from None
    try:
        return raw, json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise error(Problem("", text(f"không phải tệp JSON hợp lệ ({exc})", f"not a valid JSON file ({exc})")),
                    str(path)) from None
