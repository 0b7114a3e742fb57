"""Background work outlives the window that started it: quitting mid-export raises nothing and saves."""

import sys
import threading

import pytest
import shiboken6
from PySide6.QtCore import QObject, QThreadPool

from cds_desktop.gui.tasks import Operation, finish_background_work


def test_work_still_running_when_its_window_is_deleted_ends_without_an_error(qtbot, monkeypatch, tmp_path):
    raised = []
    monkeypatch.setattr(sys, "excepthook", lambda *info: raised.append(info[1]))
    monkeypatch.setattr(threading, "excepthook", lambda args: raised.append(args.exc_value))
    release, target = threading.Event(), tmp_path / "report.pdf"

    def work():
        release.wait(10)
        target.write_bytes(b"%PDF-")
        return target

    pool = QThreadPool()
    window = QObject()
    outcomes = []
    operation = Operation(work, parent=window, pool=pool)
    operation.finished.connect(outcomes.append)
    operation.start()
    shiboken6.delete(window)  # the user quits: the window and its operation are gone
    release.set()
    finish_background_work(pool)
    qtbot.wait(50)  # deliver whatever the worker posted
    assert raised == [] and outcomes == []
    assert target.read_bytes() == b"%PDF-"


def test_a_finished_operation_reports_its_result_on_the_gui_thread(qtbot):
    threads = []
    operation = Operation(lambda: threading.current_thread().name)
    operation.finished.connect(lambda name: threads.append((name, threading.current_thread())))
    with qtbot.waitSignal(operation.ended, timeout=10_000):
        operation.start()
    (worker, gui), = threads
    assert gui is threading.main_thread() and worker != gui.name


def test_every_one_of_many_quick_operations_reports_its_result(qtbot):
    results = []
    operations = [Operation(lambda i=i: i) for i in range(30)]
    for operation in operations:
        operation.finished.connect(results.append)
        operation.start()
    qtbot.waitUntil(lambda: len(results) == 30, timeout=20_000)
    assert sorted(results) == list(range(30)) and not any(o.running for o in operations)


def test_work_that_outlives_the_whole_application_ends_in_silence(qtbot, monkeypatch, capfd):
    """At the very end of a process (tests, an interpreter shutting down) the carrier itself can be gone
    before the worker reports: nobody is left to tell, and nothing may be printed or raised."""
    raised = []
    monkeypatch.setattr(sys, "excepthook", lambda *info: raised.append(info[1]))
    monkeypatch.setattr(threading, "excepthook", lambda args: raised.append(args.exc_value))
    release = threading.Event()
    pool = QThreadPool()
    operation = Operation(lambda: release.wait(10), pool=pool)
    operation.start()
    shiboken6.delete(operation._carrier)  # as the interpreter's teardown does with the module's carriers
    release.set()
    finish_background_work(pool)
    qtbot.wait(20)
    assert raised == [] and "Signal source" not in capfd.readouterr().err


# What a test leaves behind in Qt is over before the next test (tests/conftest.py). A closed main window kept its
# warm-up timer, which fired while the next test was set up (pytest-qt processes events there) and loaded the
# policy catalog on a worker while tests/test_vocabulary.py's `app_data` swapped the data files and emptied the
# caches: the worker cached the vocabulary it read there. Each pair below runs in this order.
_LEFT_BEHIND: list = []


def test_work_a_test_leaves_running_is_over_before_the_next_test_1_of_2(qtbot, request):
    import time

    release = threading.Event()

    def work():
        release.wait()  # until this test is over (no timed wait: libfaketime never ends those)
        time.sleep(0.2)  # and a moment more
        _LEFT_BEHIND.append("ended")

    Operation(work).start()
    request.addfinalizer(release.set)  # runs before the fixtures' own teardown
    _LEFT_BEHIND.append("started")


def test_work_a_test_leaves_running_is_over_before_the_next_test_2_of_2():
    if not _LEFT_BEHIND:
        pytest.skip("follows the test before it")
    assert _LEFT_BEHIND == ["started", "ended"]
    assert QThreadPool.globalInstance().activeThreadCount() == 0


_CLOSED: list = []


def test_a_window_a_test_closed_goes_with_the_timers_it_set_1_of_2(qtbot):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QWidget

    window = QWidget()
    qtbot.addWidget(window)  # closed by pytest-qt after the test, with deleteLater()
    QTimer.singleShot(60_000, window, lambda: None)  # as the main window sets its warm-up once loaded
    _CLOSED.append(window)


def test_a_window_a_test_closed_goes_with_the_timers_it_set_2_of_2():
    if not _CLOSED:
        pytest.skip("follows the test before it")
    assert not shiboken6.isValid(_CLOSED[0])
