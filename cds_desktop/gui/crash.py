"""Unexpected errors: logged to a rotating file, shown as a friendly dialog with copyable details.

The app keeps running after the dialog where it can: an error in one slot does not end the session.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication

from .. import __version__

if TYPE_CHECKING:
    from .error_dialog import ErrorDialog

log = logging.getLogger("cds_desktop")
LOG_FILE = "cds-desktop.log"


class _Held(logging.Handler):
    """What is logged before the log file opens (the app opens it after its first frame)."""

    def __init__(self):
        super().__init__(logging.INFO)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def hold_logging() -> None:
    """Keep log records in memory until `setup_logging()`, which writes them to the file first."""
    log.addHandler(_Held())
    log.setLevel(logging.INFO)


def setup_logging(log_dir: Path) -> Path | None:
    """A rotating log file (never a console stream: under gui-scripts on Windows sys.stdout may be None)."""
    from logging.handlers import RotatingFileHandler  # local: ~8 ms the first frame does not wait for

    held = [h for h in log.handlers if isinstance(h, _Held)]
    for handler in held:
        log.removeHandler(handler)
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(log_dir / LOG_FILE, maxBytes=1_000_000, backupCount=3, encoding="utf-8")
    except OSError:
        return None  # a read-only profile must not stop the app
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for record in (r for h in held for r in h.records):
        handler.handle(record)
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return log_dir / LOG_FILE


class ExceptionHook:
    """Installed as sys.excepthook; the last dialog is kept so tests can look at it."""

    def __init__(self, log_path: Path | None, modal: bool = True):
        self.log_path = log_path
        self.modal = modal
        self.dialog: ErrorDialog | None = None
        self._previous = sys.excepthook

    def install(self) -> "ExceptionHook":
        sys.excepthook = self
        return self

    def uninstall(self) -> None:
        if sys.excepthook is self:
            sys.excepthook = self._previous

    def __call__(self, kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        details = f"CĐS Desktop {__version__}, Python {sys.version.split()[0]}\n" + "".join(
            traceback.format_exception(kind, error, tb))
        log.error("unexpected error\n%s", details)
        if QApplication.instance() is None:
            self._previous(kind, error, tb)
            return
        from .error_dialog import ErrorDialog  # its widgets are set up when an error comes, not at start-up

        self.dialog = ErrorDialog(details, self.log_path, QApplication.activeWindow())
        if self.modal:
            self.dialog.exec()
        else:
            self.dialog.show()
