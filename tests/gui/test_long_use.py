"""What a long day of use found (the endurance driver, `day.py`), each brought down to the few actions that show it:
what a day repeats must not pile up, and no sequence of ordinary actions may raise."""

import gc
import threading
import weakref

from PySide6.QtCore import QCoreApplication, QEvent, QObject, QTranslator

from cds_desktop.domain.sample import sample_file
from cds_desktop.gui.businesses.view import BusinessesView
from cds_desktop.gui.language import language
from cds_desktop.gui import tasks
from cds_desktop.gui.tasks import Operation


def deleted_later() -> None:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()


def test_an_ended_operation_lets_go_of_its_work_and_of_itself(qtbot, monkeypatch):
    """A PDF export's work holds a snapshot of the store (every assessment the report compares with): kept after
    the export, each PDF of the day stayed in memory with its Operation. The worker is held back after it has
    told the end, as a busy machine may: the snapshot must be let go by then."""
    class Snapshot:
        pass

    told, release = tasks._Runnable._report, threading.Event()

    def told_then_held(runnable, *args):
        told(runnable, *args)
        release.wait(5)

    monkeypatch.setattr(tasks._Runnable, "_report", told_then_held)
    snapshot, owner = Snapshot(), QObject()
    kept = weakref.ref(snapshot)
    operation = Operation(lambda snapshot=snapshot: None, parent=owner)
    del snapshot
    try:
        with qtbot.waitSignal(operation.ended, timeout=10_000):
            operation.start()
        deleted_later()
        assert kept() is None
        assert owner.findChildren(Operation) == []
        assert not operation.running  # the owner may still ask
    finally:
        release.set()
        tasks.finish_background_work()


def test_switching_the_language_back_and_forth_keeps_one_set_of_translators(qapp):
    for _ in range(10):
        language().set("en")
        language().set("vi")
    deleted_later()
    assert len(language().findChildren(QTranslator)) <= 2  # ours, and Qt's own where Qt ships one


def test_the_language_switched_after_the_business_shown_is_deleted_raises_nothing(qtbot):
    """The list no longer has the business (deleted, or a backup restored without it): the assessments table it
    showed must go with it, or re-translating the buttons reads a row of a list that is empty now."""
    sample = sample_file()
    view = BusinessesView()
    qtbot.addWidget(view)
    view.set_businesses([sample.business])
    view.set_assessments(sample.business, [sample.assessment], [])
    view.set_businesses([])
    language().set("en")
    assert view.table.rowCount() == 0 and view.selected_assessment() is None
    assert not view.continue_button.isEnabled()
