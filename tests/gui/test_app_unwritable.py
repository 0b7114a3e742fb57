"""Data that cannot be written: the window opens read-only with a banner, never hangs; a save that fails
keeps the change in memory, tells the user once and is tried again until it goes through."""

import filelock
import pytest

from cds_desktop.errors import InputError, Problem
from cds_desktop.gui import autosave as autosave_module
from cds_desktop.gui.autosave import Autosave


def test_a_data_folder_that_cannot_be_written_opens_read_only_with_a_banner(
        app_settings, messages, qtbot, monkeypatch, tmp_path):
    from cds_desktop.gui.main_window import MainWindow

    def refused(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr(filelock.FileLock, "acquire", refused)
    window = MainWindow(app_settings, tmp_path / "data")
    qtbot.addWidget(window)
    window.show()
    assert window.load() is True
    assert window.repo.read_only
    assert window.banner.isVisible()
    assert "Chỉ đọc" in window.banner.text() and "cds-desktop.lock" in window.banner.text()
    assert window.business_stack.currentWidget() is not window.loading


def test_a_failure_while_opening_never_leaves_the_window_waiting(app_settings, messages, qtbot, monkeypatch, tmp_path):
    from cds_desktop.gui.main_window import MainWindow
    from cds_desktop.storage import repository

    monkeypatch.setattr(repository.Repository, "_open", lambda self: 1 / 0)
    window = MainWindow(app_settings, tmp_path / "data")
    qtbot.addWidget(window)
    assert window.load() is False
    assert messages[-1][0] == "warn" and "ZeroDivisionError" in messages[-1][2]


def test_a_failed_autosave_keeps_the_change_tells_once_and_retries_until_saved(qtbot, monkeypatch):
    monkeypatch.setattr(autosave_module, "RETRY_MS", 20)
    attempts = []

    def save(change):
        attempts.append(change)
        if len(attempts) < 4:
            raise InputError(Problem("", {"vi": "ổ đĩa đầy", "en": "disk full"}))
        return change
    saver = Autosave(save, lambda error: error.render("vi"))
    failed, recovered, saved = [], [], []
    saver.failed.connect(failed.append)
    saver.recovered.connect(lambda: recovered.append(True))
    saver.saved.connect(saved.append)
    saver.changed("answer 1")
    saver.flush()
    assert saver.pending and failed == ["ổ đĩa đầy"]
    qtbot.waitUntil(lambda: saved == ["answer 1"], timeout=2000)
    assert len(failed) == 1 and recovered == [True] and not saver.pending and len(attempts) == 4


def test_the_read_only_banner_follows_the_language(app_settings, messages, qtbot, monkeypatch, tmp_path):
    from cds_desktop.gui.main_window import MainWindow

    def refused(*_args, **_kwargs):
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr(filelock.FileLock, "acquire", refused)
    window = MainWindow(app_settings, tmp_path / "data")
    qtbot.addWidget(window)
    window.show()
    assert window.load() is True
    window.set_language("en")
    qtbot.waitUntil(lambda: window.banner.text().startswith("Read-only"))
    assert "Cannot write to" in window.banner.text()
