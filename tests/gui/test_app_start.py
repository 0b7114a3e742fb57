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


def test_the_window_shows_before_any_heavy_library_is_imported(tmp_path):
    """A fresh interpreter: records sys.modules at the main window's first show event."""
    script = textwrap.dedent(f"""
        import json, sys
        from PySide6.QtCore import QSettings, QTimer
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, {str(tmp_path)!r})
        from cds_desktop.gui import app as gui_app
        from cds_desktop.gui.main_window import MainWindow
        seen = {{}}
        original = MainWindow.showEvent
        def show_event(self, event):
            heavy = ("matplotlib", "reportlab", "babel", "jsonschema", "fastjsonschema", "tinydb", "filelock")
            seen.setdefault("at_show", sorted(m for m in heavy if m in sys.modules))
            original(self, event)
        MainWindow.showEvent = show_event
        qt_app = gui_app.create_app([])
        window = gui_app.start()
        window.loaded.connect(lambda: (seen.setdefault("loaded", True), qt_app.quit()))
        QTimer.singleShot(20000, qt_app.quit)
        qt_app.exec()
        window.close()
        print(json.dumps(seen))
    """)
    env = {"QT_QPA_PLATFORM": "offscreen", "CDS_DESKTOP_DATA_DIR": str(tmp_path / "data"),
           "HOME": str(tmp_path), "PATH": "/usr/bin:/bin"}
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, env=env, capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen == {"at_show": [], "loaded": True}


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
