"""Desktop-shell fixtures: settings redirected to a temporary INI file, modal dialogs recorded instead of
shown, and a started main window on an isolated data folder."""

import importlib.util
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

# This file takes the module name `conftest` for tests in this folder; the helpers of tests/conftest.py
# stay importable from it (`from conftest import instrument_doc`).
_spec = importlib.util.spec_from_file_location("_tests_conftest", Path(__file__).parent.parent / "conftest.py")
_root = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_root)
REPO, AREAS, PILLARS = _root.REPO, _root.AREAS, _root.PILLARS
ladder, checklist, instrument_doc, mini_questions = _root.ladder, _root.checklist, _root.instrument_doc, _root.mini_questions
ticks_for_level = _root.ticks_for_level


@pytest.fixture(autouse=True)
def _isolated_settings(tmp_path_factory):
    """No test reads or writes the real user's QSettings."""
    folder = tmp_path_factory.mktemp("settings")
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    yield folder


@pytest.fixture
def app_settings(_isolated_settings):
    from cds_desktop.gui.settings import AppSettings

    return AppSettings(QSettings(str(_isolated_settings / "cds.ini"), QSettings.Format.IniFormat))


@pytest.fixture(autouse=True)
def vietnamese(qapp):
    """Every test starts in the default language and leaves it so."""
    from cds_desktop.gui.language import language

    language().set("vi")
    yield
    language().set("vi")


class Messages(list):
    """Message boxes the app showed: (kind, title, message, details); `confirm` answers with `answer`."""

    answer = True


@pytest.fixture
def messages(monkeypatch):
    from cds_desktop.gui import dialogs

    shown = Messages()

    def record(kind):
        def show(parent, title, message, *rest, details="", **_):
            shown.append((kind, title, message, rest[-1] if rest and kind != "confirm" else details))
            return shown.answer if kind == "confirm" else None
        return show

    for kind in ("warn", "inform", "confirm"):
        monkeypatch.setattr(dialogs, kind, record(kind))
    return shown


@pytest.fixture
def start_window(qtbot, app_settings, messages):
    """The app as `run()` starts it (window shown, data loaded from the event loop), without exec()."""
    from cds_desktop.gui.app import start

    windows = []

    def start_():
        window = start(app_settings)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.loaded, timeout=10_000):
            pass
        windows.append(window)
        return window

    yield start_
    for window in windows:
        window.close()


@pytest.fixture
def when_modal():
    """when_modal(callback): run `callback(dialog)` once a modal dialog is open (exec() blocks the test
    until the dialog closes, so the test drives it from the event loop)."""
    def schedule(callback, tries=300):
        def poll(left=tries):
            dialog = QApplication.activeModalWidget()
            if dialog is not None:
                callback(dialog)
            elif left:
                QTimer.singleShot(10, lambda: poll(left - 1))
        QTimer.singleShot(0, poll)
    return schedule
