"""One writing process per database: a lock file the operating system releases if the process dies."""

from __future__ import annotations

from pathlib import Path

from ..errors import InputError, Problem
from ..fileio import os_reason
from ..i18n import text


class StoreBusy(InputError):
    """Another CĐS Desktop window or cds-cli command is writing to this database."""


class Unwritable(InputError):
    """The data folder, its lock file or its backups cannot be written: the data can only be read."""


def unwritable(place: Path, exc: OSError) -> Unwritable:
    reason = os_reason(exc)
    return Unwritable(Problem("", text(
        f"Không ghi được vào {place} ({reason['vi']}). Dữ liệu chỉ xem được, không lưu được. Hãy cho phép ghi vào "
        "thư mục này (thuộc tính của thư mục, hoặc hỏi người quản trị máy), hoặc chọn thư mục dữ liệu khác "
        "(--data-dir hoặc biến CDS_DESKTOP_DATA_DIR).",
        f"Cannot write to {place} ({reason['en']}). The data can be viewed but not saved. Allow writing to this "
        "folder (the folder's properties, or ask whoever manages the computer), or choose another data folder "
        "(--data-dir or the CDS_DESKTOP_DATA_DIR variable).")))


class Unreadable(InputError):
    """The database exists but this user may not read it: not damage; it is left as it is."""


def unreadable(path: Path, exc: OSError) -> Unreadable:
    reason = os_reason(exc)
    return Unreadable(Problem("", text(
        f"Không đọc được tệp dữ liệu {path} ({reason['vi']}); tệp không bị thay đổi. Hãy cho phép đọc tệp này (thuộc "
        "tính của tệp, hoặc hỏi người quản trị máy), hoặc chọn thư mục dữ liệu khác (--data-dir hoặc biến "
        "CDS_DESKTOP_DATA_DIR).",
        f"Cannot read the data file {path} ({reason['en']}); the file was not changed. Allow reading this file (the "
        "file's properties, or ask whoever manages the computer), or choose another data folder (--data-dir or "
        "the CDS_DESKTOP_DATA_DIR variable).")))


class WriterLock:
    def __init__(self, path: Path):
        import filelock

        self.path = path
        # filelock uses flock/LockFileEx: the lock dies with the process, no stale lock file to clean up.
        self._lock = filelock.FileLock(str(path), timeout=0, is_singleton=False, mode=0o600)

    def acquire(self) -> None:
        import filelock

        try:
            self._lock.acquire()
        except filelock.Timeout:
            raise StoreBusy(Problem("", text(
                "Dữ liệu đang được mở ở một cửa sổ CĐS Desktop khác (hoặc một lệnh cds-cli đang chạy). "
                "Hãy đóng cửa sổ đó rồi thử lại; chỉ một nơi được ghi dữ liệu tại một thời điểm.",
                "The data is open in another CĐS Desktop window (or a cds-cli command is running). "
                "Close that window and try again; only one program can write the data at a time.")),
                str(self.path.parent)) from None
        except OSError as exc:  # the folder or the lock file is read-only (Timeout is an OSError too)
            raise unwritable(self.path, exc) from None

    def release(self) -> None:
        self._lock.release()

    @property
    def held(self) -> bool:
        return self._lock.is_locked
