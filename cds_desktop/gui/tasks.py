"""Background operations: run slow work (a PDF, a table, an import) off the GUI thread.

`Operation` runs a plain function on Qt's thread pool; `finished(result)` or `failed(message)` is
emitted on the GUI thread (queued signals), so the window keeps repainting and handling input while
the work runs. A problem the user can act on (InputError) becomes its message in the user's
language; anything else becomes a plain sentence, with the details written to the log.

Work survives quitting: the worker reports through a carrier that has no Qt parent and is kept alive
until the GUI thread has taken its report, so a window deleted mid-export cannot pull the signal
source out from under the worker; `finish_background_work()` lets started work end before exit. Work
that outlives even that (a process torn down around it) ends without a word: nobody is left to tell.
"""

from __future__ import annotations

import logging
from typing import Any, Callable

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from ..errors import InputError
from .language import current

log = logging.getLogger(__name__)


class _Carrier(QObject):
    """Lives on the GUI thread; the worker emits through it, so slots run on the GUI thread.

    Parentless and held in `_CARRYING` until its Operation has taken the report (then deleted on the
    GUI thread): deleting the Operation with its window only cuts the connections, never the object
    the worker emits on."""

    done = Signal(object)
    error = Signal(str)


_CARRYING: set[_Carrier] = set()


def finish_background_work(pool: QThreadPool | None = None) -> None:
    """Wait for started work (a PDF being written) to end: called once the event loop has quit."""
    (pool or QThreadPool.globalInstance()).waitForDone()


class _Runnable(QRunnable):
    def __init__(self, work: Callable[[], Any], carrier: _Carrier, lang: str, what: str):
        super().__init__()
        self.setAutoDelete(True)
        self._work, self._carrier, self._lang, self._what = work, carrier, lang, what

    def run(self) -> None:
        work, self._work = self._work, None
        outcome: tuple[str, Any]
        try:
            outcome = ("done", work())
        except InputError as error:
            outcome = ("error", error.render(self._lang))
        except Exception:  # noqa: BLE001 - any failure is reported in words, never as a crash
            log.exception("%s failed", self._what)
            outcome = ("error", QCoreApplication.translate(
                "Operation", "Something went wrong. Nothing was changed. The details are in the log file."))
        del work  # what the work held (a snapshot of the store) goes before its end is told, not when Qt deletes this
        self._report(*outcome)

    def _report(self, signal: str, value: Any) -> None:
        try:
            getattr(self._carrier, signal).emit(value)
        except RuntimeError:  # the carrier went with the process ending around it: nobody is left to tell
            log.info("%s ended after the application", self._what)


class Operation(QObject):
    """One piece of background work, run once. Signals: started(), finished(result), failed(message), ended().
    Once ended it lets go of its work and deletes itself: a day of exports keeps neither the Operations nor the
    store snapshots their work held."""

    started = Signal()
    finished = Signal(object)
    failed = Signal(str)
    ended = Signal()

    def __init__(self, work: Callable[[], Any], what: str = "operation", parent: QObject | None = None,
                 pool: QThreadPool | None = None):
        super().__init__(parent)
        self._work, self._what = work, what
        self._pool = pool or QThreadPool.globalInstance()
        self.running = False
        self._carrier: _Carrier | None = None

    def start(self) -> None:
        if self.running or self._work is None:  # running, or run already: an Operation runs once
            return
        self.running = True
        self.started.emit()
        _CARRYING.difference_update([c for c in _CARRYING if not shiboken6.isValid(c)])  # ones deleted since
        self._carrier = _Carrier()
        self._carrier.done.connect(self._done)
        self._carrier.error.connect(self._error)
        _CARRYING.add(self._carrier)
        self._pool.start(_Runnable(self._work, self._carrier, current(), self._what))

    def _ended(self) -> None:
        self.running = False
        self._work = None  # it may hold a snapshot of the store (a report's inputs): let it go now
        if self._carrier is not None:
            self._carrier.deleteLater()  # after this report is delivered; the worker emits nothing more

    def _done(self, result: Any) -> None:
        self._ended()
        self.finished.emit(result)
        self.ended.emit()
        self.deleteLater()  # runs once; its owner may keep the reference to ask `running`

    def _error(self, message: str) -> None:
        self._ended()
        self.failed.emit(message)
        self.ended.emit()
        self.deleteLater()
