"""Autosave: every change to the assessment is saved shortly after it is made, without stalling the UI.

Changes are coalesced by a short single-shot timer (a burst of clicks is one save); `flush()` saves at
once and is called on navigation, on close and on quit, so at most the last fraction of a second can be
lost in a crash. A save that fails (a full disk, a folder made read-only) keeps the change in memory and
is tried again every RETRY_MS; `failed` is emitted once per run of failures, `recovered` when one succeeds.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Callable

from PySide6.QtCore import QObject, QTimer, Signal

if TYPE_CHECKING:  # the domain and the errors load after the first frame (see app.py)
    from ..domain.assessment import Assessment
    from ..errors import InputError

log = logging.getLogger(__name__)
DELAY_MS = 300
RETRY_MS = 5000


class Autosave(QObject):
    saved = Signal(object)  # the Assessment as stored
    failed = Signal(str)  # a message for the user, in the current language (once until a save succeeds)
    recovered = Signal()  # a save succeeded after failures

    def __init__(self, save: Callable[[Assessment], Assessment | None], render_error: Callable[[InputError], str],
                 parent: QObject | None = None):
        super().__init__(parent)
        self._save = save
        self._render_error = render_error
        self._pending: Assessment | None = None
        self._failing = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.flush)
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.setInterval(RETRY_MS)
        self._retry.timeout.connect(self.flush)

    @property
    def pending(self) -> bool:
        return self._pending is not None

    def changed(self, assessment: Assessment) -> None:
        self._pending = assessment
        self._timer.start()

    @property
    def failing(self) -> bool:
        return self._failing

    def discard(self) -> None:
        """Forget a change that can no longer be saved (its business was deleted, or a backup replaced the
        data); a failure streak ends with it."""
        self._timer.stop()
        self._retry.stop()
        self._pending = None
        if self._failing:
            self._failing = False
            self.recovered.emit()

    def flush(self) -> None:
        self._timer.stop()
        self._retry.stop()
        assessment, self._pending = self._pending, None
        if assessment is None:
            return
        from ..errors import InputError

        try:
            stored = self._save(assessment)
        except InputError as error:
            self._pending = self._pending or assessment  # keep it: the next change, flush or retry saves it
            self._retry.start()
            log.warning("autosave failed: %s", error.render("en"))
            if not self._failing:
                self._failing = True
                self.failed.emit(self._render_error(error))
            return
        if self._failing:
            self._failing = False
            self.recovered.emit()
        self.saved.emit(stored if stored is not None else assessment)
