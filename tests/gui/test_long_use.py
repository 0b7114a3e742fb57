"""What a long day repeats must not pile up: each regression found by the endurance driver (`day.py`), with the
one action repeated until the growth shows."""

import gc
import weakref

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTranslator

from cds_desktop.gui.language import language
from cds_desktop.gui.tasks import Operation


def deleted_later() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def test_an_ended_operation_lets_go_of_its_work_and_of_itself(qtbot):
    """A PDF export's work holds a snapshot of the store (every assessment the report compares with): kept after
    the export, each PDF of the day stayed in memory with its Operation."""
    class Snapshot:
        pass

    snapshot, owner = Snapshot(), QObject()
    kept = weakref.ref(snapshot)
    operation = Operation(lambda snapshot=snapshot: None, parent=owner)
    del snapshot
    with qtbot.waitSignal(operation.ended, timeout=10_000):
        operation.start()
    deleted_later()
    assert kept() is None
    assert owner.findChildren(Operation) == []
    assert not operation.running  # the owner may still ask


def test_switching_the_language_back_and_forth_keeps_one_set_of_translators(qapp):
    for _ in range(10):
        language().set("en")
        language().set("vi")
    deleted_later()
    assert len(language().findChildren(QTranslator)) <= 2  # ours, and Qt's own where Qt ships one
