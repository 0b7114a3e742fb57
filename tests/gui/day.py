"""A consultant's day in the real window, as a driver for the endurance tests (test_endurance.py).

`Day` performs random but realistic user actions, seeded so a failure repeats: search, open a business and
an assessment, answer and change answers, write notes (long ones, Vietnamese typed with combining marks,
undo), switch sections, re-assess from a copy, complete and amend, switch the language, export the PDF
report in the background, delete a business and bring it back from its backup. `check()` compares what the
window shows with what is stored; `Watch` records uncaught exceptions and Qt's warnings; `census()` counts
what is alive (Qt objects and widgets, Python objects, resident memory).
"""

from __future__ import annotations

import gc
import os
import random
import sys
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QtMsgType, qInstallMessageHandler
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QWidget

from cds_desktop.domain.limits import NOTE
from cds_desktop.gui.main_window import VIEWS
from cds_desktop.gui.settings_view import BACKUP_NAME
from cds_desktop.i18n import nfc

# Vietnamese as a Mac or some keyboards type it: base letters followed by combining marks (NFD).
NOTES = (
    "Đã có website, chưa bán hàng trực tuyến.",
    unicodedata.normalize("NFD", "Kế toán dùng phần mềm MISA từ năm 2024; hoá đơn điện tử đã triển khai."),
    unicodedata.normalize("NFD", "Chủ cơ sở muốn thử Zalo OA để chăm sóc khách hàng ở Khe Sanh, Hướng Hoá."),
    "Tiếng Việt có dấu: ả ã ạ ặ ẫ ở ỡ ự ữ ỹ ỵ Đ đ",
)
SEARCHES = ("so 1", "quang tri", "Quảng Trị", "3200000", "cơ sở kinh doanh số 4", "khong co ai", "thuong mai")
RARE_WARNINGS = ("deleted", "destroyed", "Internal C++", "already deleted", "QObject::", "QThread")


def rss_mb() -> float:
    """Resident memory of this process in MB (Linux; 0 elsewhere)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return 0.0


def type_text(qtbot, widget: QWidget, text: str) -> None:
    """Typed one character at a time: ASCII as key presses, the rest as an input method (Unikey, a phone's
    keyboard) commits it, combining marks included (QTest's key clicks take ASCII only)."""
    for ch in text:
        if " " <= ch < "\x7f":
            qtbot.keyClicks(widget, ch)
        else:
            event = QInputMethodEvent()
            event.setCommitString(ch)
            QApplication.sendEvent(widget.focusProxy() or widget, event)


@dataclass
class Census:
    actions: int
    rss_mb: float
    widgets: int
    qobjects: int
    python_objects: int
    none_refs: int  # a Qt binding that drops a reference to None per call lowers it until Python aborts (3.11)

    def row(self) -> str:
        return (f"{self.actions:>6} actions: RSS {self.rss_mb:7.1f} MB, {self.widgets:6} widgets, "
                f"{self.qobjects:6} QObjects, {self.python_objects:8} Python objects, {self.none_refs} refs to None")


def census(actions: int) -> Census:
    """Everything alive once what was scheduled for deletion is deleted and Python has collected."""
    app = QApplication.instance()
    for _ in range(3):
        app.processEvents()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    tops = QApplication.topLevelWidgets()
    qobjects = len(app.findChildren(QObject)) + sum(1 + len(w.findChildren(QObject)) for w in tops)
    return Census(actions, rss_mb(), len(QApplication.allWidgets()), qobjects, len(gc.get_objects()),
                  sys.getrefcount(None))


class Watch:
    """Uncaught exceptions (sys.excepthook) and Qt's messages while installed."""

    def __init__(self):
        self.exceptions: list[str] = []
        self.messages: list[str] = []
        self._hook = None
        self._handler = None

    def __enter__(self) -> "Watch":
        self._hook = sys.excepthook

        def hook(kind, value, tb):
            import traceback

            self.exceptions.append("".join(traceback.format_exception(kind, value, tb)))
            self._hook(kind, value, tb)

        sys.excepthook = hook

        def handler(mode, context, message):
            if mode != QtMsgType.QtDebugMsg:
                self.messages.append(message)
            if self._handler is not None:
                self._handler(mode, context, message)

        self._handler = qInstallMessageHandler(handler)
        return self

    def __exit__(self, *exc) -> None:
        sys.excepthook = self._hook
        qInstallMessageHandler(self._handler)

    def problems(self) -> list[str]:
        """Exceptions, and Qt warnings about deleted or wrongly owned objects."""
        return self.exceptions + [m for m in self.messages if any(w in m for w in RARE_WARNINGS)]


class Day:
    """Drives `window` (the app as started, data loaded) through random user actions."""

    def __init__(self, window, qtbot, when_modal, messages, out: Path, seed: int = 20261202):
        self.window, self.qtbot, self.when_modal, self.messages = window, qtbot, when_modal, messages
        self.out = out
        self.rng = random.Random(seed)
        self.done = 0
        self.counts: dict[str, int] = {}
        self.exports = 0
        self.history: list[str] = []  # the actions done, the last one last

    # -- the actions -------------------------------------------------------------------------------
    ACTIONS = {  # name: weight
        "search": 8, "open_business": 10, "open_assessment": 8, "answer": 30, "note": 10, "switch": 20,
        "reassess": 2, "complete": 3, "language": 2, "export_pdf": 0.4, "delete_and_restore": 0.3,
    }

    def warm_up(self) -> None:
        """Every action once (the language both ways): what is built or imported on first use is not growth."""
        for name in (*self.ACTIONS, "language", "open_assessment", "answer", "complete", "export_pdf"):
            getattr(self, name)()
            self.qtbot.wait(1)

    def run(self, count: int, every: int, checkpoint) -> None:
        names, weights = zip(*self.ACTIONS.items())
        for _ in range(count):
            name = self.rng.choices(names, weights)[0]
            self.history.append(name)
            getattr(self, name)()
            self.qtbot.wait(1)  # the event loop turns, as between two clicks: what was deleted later goes
            self.done += 1
            self.counts[name] = self.counts.get(name, 0) + 1
            if self.done % every == 0:
                checkpoint(self.done)

    @property
    def view(self):
        return self.window.businesses

    @property
    def questionnaire(self):
        return self.window.questionnaire

    def search(self) -> None:
        self.window.show_view("businesses")
        self.view.search.clear()
        self.view.search.setFocus()
        type_text(self.qtbot, self.view.search, self.rng.choice(SEARCHES))
        if self.rng.random() < 0.5:
            self.view.search.clear()

    def open_business(self) -> None:
        self.window.show_view("businesses")
        self.view.search.clear()
        businesses = self.window.repo.businesses()
        if businesses:
            self.view.select(self.rng.choice(businesses).id)

    def open_assessment(self) -> None:
        if self.window.business is None:
            self.open_business()
        self.window.show_view("businesses")
        if self.view.continue_button.isEnabled():
            self.view.continue_button.click()

    def _card(self):
        """A question card the user can see, on an area page chosen at random; None without an assessment."""
        q = self.questionnaire
        if q.assessment() is None or self.window.assessment is None:
            return None
        self.window.show_view("assessment")
        area = self.rng.choice(self.window.instrument.areas).id if q._instrument is None else \
            self.rng.choice(q._instrument.areas).id
        q.go_to_area(area)
        cards = [c for c in q._page(area).cards.values() if not c.isHidden()]
        return self.rng.choice(cards) if cards else None

    def _unlocked(self) -> bool:
        if self.questionnaire.is_locked():
            self.messages.answer = True
            self.questionnaire.amend_button.click()  # the window asks; the test says yes
        return not self.questionnaire.is_locked()

    def answer(self) -> None:
        card = self._card()
        if card is None or not self._unlocked():
            return
        row = self.rng.choice(list(card.rows.values()))
        row.button.click()

    def note(self) -> None:
        card = self._card()
        if card is None or not self._unlocked():
            return
        roll = self.rng.random()
        card.note.setFocus()
        if roll < 0.4:
            card.note.moveCursor(card.note.textCursor().MoveOperation.End)
            type_text(self.qtbot, card.note, " " + self.rng.choice(NOTES))
        elif roll < 0.6:  # a long note pasted, past the limit
            text = (self.rng.choice(NOTES) + " ") * 60
            card.note.selectAll()
            card.note.insertPlainText(text[:NOTE + self.rng.choice((-5, 0, 30))])
        elif roll < 0.8:
            self.qtbot.keyClick(card.note, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo
        else:
            card.note.clear()

    def switch(self) -> None:
        self.window.show_view(self.rng.choice(VIEWS))

    def reassess(self) -> None:
        if self.window.business is None:
            self.open_business()
        self.window.show_view("businesses")
        copy = self.view.reassess_button
        if copy.isVisible() and copy.isEnabled():  # not while the last assessment is a draft
            self.when_modal(lambda dialog: dialog.accept())  # its date: today
            copy.click()

    def complete(self) -> None:
        q = self.questionnaire
        if q.assessment() is None or self.window.assessment is None or q.is_locked():
            return
        self.window.show_view("assessment")
        if not q.missing_question_ids():
            q.complete_button.click()

    def language(self) -> None:
        """In Settings, the other language."""
        self.window.show_view("settings")
        combo = self.window.settings_view.ui.languageCombo
        combo.setCurrentIndex(1 - combo.currentIndex())

    def export_pdf(self) -> None:
        if self.window.business is None:
            return
        self.window.show_view("report")
        report = self.window.outcomes.views.get("report")
        if report is None or report.assessment_id is None:
            return
        self.exports += 1
        operation = report.export_pdf(self.out / f"report-{self.exports}.pdf")
        if operation is not None:
            with self.qtbot.waitSignal(operation.ended, timeout=60_000):
                pass

    def delete_and_restore(self) -> None:
        """Delete the business in hand (the test confirms), then bring the data back from the backup the deletion
        kept, in Settings."""
        business = self.window.business
        if business is None:
            return
        repo = self.window.repo
        self.messages.answer = True
        self.window.show_view("businesses")
        self.view.delete_button.click()
        assert all(b.id != business.id for b in repo.businesses())
        self.window.show_view("settings")
        settings = self.window.settings_view
        settings.refresh_backups()
        table = settings.ui.backupsTable
        row = next(r for r in range(table.rowCount()) if table.item(r, 0).data(BACKUP_NAME).kind == "before-delete")
        table.selectRow(row)
        settings.ui.restoreButton.click()
        assert any(b.id == business.id for b in repo.businesses())

    # -- the checks --------------------------------------------------------------------------------
    def check(self) -> None:
        """What the window shows is what is stored, and shows the business and assessment in hand."""
        window, repo = self.window, self.window.repo
        window.autosave.flush()
        assert not window.autosave.pending
        business = window.business
        if business is not None:
            assert window.windowTitle().endswith(business.name)
            if self.view.right.currentWidget() is self.view.detail_page:
                assert self.view.name_label.text() == business.name
                assert self.view.table.rowCount() == len(repo.assessments_of(business.id))
        shown = self.questionnaire.assessment()
        if shown is None or window.assessment is None:
            return
        assert shown.id == window.assessment.id
        stored = repo.get_assessment(shown.id)
        assert set(stored.answers) == set(shown.answers), shown.id
        for qid, answer in shown.answers.items():
            assert stored.answers[qid] == answer._replace(note=nfc(answer.note)), (qid, stored.answers[qid], answer, self.history[-5:])
            assert len(answer.note) <= NOTE
        for page in self.questionnaire._pages.values():
            for qid, card in page.cards.items():
                assert card.answer() == shown.answers.get(qid), qid
                assert card.note.toPlainText() == (card.answer().note if card.answer() else ""), qid
