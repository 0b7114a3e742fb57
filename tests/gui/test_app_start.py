"""Start-up: the welcome view first, heavy libraries not loaded before the window shows, one writer."""

import json
import subprocess
import sys
import textwrap

from cds_desktop.gui.welcome import WelcomeView
from cds_desktop.storage import Repository
from conftest import REPO


def test_first_start_shows_the_welcome_view_with_three_ways_to_begin(start_window):
    window = start_window()
    assert window.current_view() == "businesses"
    assert isinstance(window.business_stack.currentWidget(), WelcomeView)
    welcome = window.welcome
    assert welcome.isVisible()
    assert [b.text() for b in (welcome.new_button, welcome.sample_button, welcome.import_button)] == [
        "Cơ sở mới", "Mở cơ sở mẫu", "Nhập từ tệp…"]


def test_opening_the_sample_business_lists_it_with_its_completed_assessment(start_window):
    window = start_window()
    window.welcome.sample_button.click()
    assert window.businesses.isVisible()
    assert len(window.businesses.visible_names()) == 1
    table = window.businesses.table
    assert table.rowCount() == 1
    assert table.item(0, 3).text() == "Đã hoàn thành"


def first_frame(tmp_path) -> dict:
    """A fresh interpreter runs the app as `run()` does; at `MainWindow.shown` (the first frame painted, the
    data not opened yet) it records what is loaded, then lets the data load."""
    script = textwrap.dedent(f"""
        import json, sys
        from PySide6.QtCore import QSettings, QTimer
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, {str(tmp_path)!r})
        import PySide6.QtCore
        from cds_desktop.gui import app as gui_app
        from cds_desktop.gui.crash import ExceptionHook
        seen = {{}}
        def shown():
            heavy = ("matplotlib", "reportlab", "babel", "jsonschema", "fastjsonschema", "tinydb", "filelock")
            seen["heavy"] = sorted(m for m in heavy if m in sys.modules)
            seen["modules"] = sorted(m for m in sys.modules if m.startswith("cds_desktop") or m == "dataclasses")
            seen["qt_namespace_built"] = "Qt" in vars(PySide6.QtCore)  # PySide6 builds it on first use
            seen["crash_hook"] = isinstance(sys.excepthook, ExceptionHook)
        real_start = gui_app.start
        def start(*args, **kwargs):
            window = real_start(*args, **kwargs)
            window.shown.connect(shown)
            window.loaded.connect(lambda: (seen.setdefault("loaded", True), gui_app.QApplication.quit()))
            QTimer.singleShot(20000, gui_app.QApplication.quit)
            return window
        gui_app.start = start
        gui_app.run([])
        print(json.dumps(seen))
    """)
    env = {"QT_QPA_PLATFORM": "offscreen", "CDS_DESKTOP_DATA_DIR": str(tmp_path / "data"),
           "HOME": str(tmp_path), "XDG_CONFIG_HOME": str(tmp_path / "config"), "XDG_CACHE_HOME": str(tmp_path / "cache"),
           "XDG_STATE_HOME": str(tmp_path / "state"), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_window_shows_before_any_heavy_library_is_imported(tmp_path):
    seen = first_frame(tmp_path)
    assert seen["heavy"] == [] and seen["loaded"]


def test_the_first_frame_builds_only_what_it_shows_with_crash_handling_already_installed(tmp_path):
    """The first frame is the navigation and "Opening your data…": the other sections' pages, the errors
    (dataclasses), the message boxes and PySide6's `Qt` namespace (~45 ms of Python enums) wait for load()."""
    seen = first_frame(tmp_path)
    assert seen["crash_hook"]
    assert not seen["qt_namespace_built"]
    not_yet = {"dataclasses", "cds_desktop.errors", "cds_desktop.formats", "cds_desktop.gui.dialogs",
               "cds_desktop.gui.empty_state", "cds_desktop.gui.outcomes", "cds_desktop.gui.widgets"}
    assert not_yet.isdisjoint(seen["modules"]), sorted(not_yet & set(seen["modules"]))
    assert not any(m.startswith(("cds_desktop.domain", "cds_desktop.storage")) for m in seen["modules"])
    assert seen["loaded"]


def test_a_second_instance_is_told_plainly_and_does_not_open_the_data(app_settings, messages, qtbot):
    from cds_desktop.gui.main_window import MainWindow
    from cds_desktop.paths import user_data_dir

    with Repository(user_data_dir()):  # the first instance holds the writer lock
        window = MainWindow(app_settings, user_data_dir())
        qtbot.addWidget(window)
        assert window.load() is False
    kind, title, message, details = messages[-1]
    assert kind == "warn"
    assert "đang mở" in title and "cửa sổ khác" in message
    assert window.repo is None


def test_the_first_frame_says_the_data_is_opening_and_the_data_opens_only_after_it(app_settings, messages, qtbot):
    from cds_desktop.gui.app import start

    seen = {}
    window = start(app_settings)
    qtbot.addWidget(window)
    window.shown.connect(lambda: seen.setdefault("at_shown", (
        window.windowHandle().isExposed(), window.repo is None, window.business_stack.currentWidget().text())))
    with qtbot.waitSignal(window.loaded, timeout=10_000):
        pass
    assert seen["at_shown"] == (True, True, "Đang mở dữ liệu…")
    assert window.repo is not None
    window.close()
