"""Unexpected errors: a friendly dialog with copyable details, and a line in the rotating log file."""

import logging
import sys

from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QPushButton

from cds_desktop.gui.crash import LOG_FILE, ExceptionHook, log, setup_logging


def test_an_unexpected_error_shows_a_dialog_with_copyable_details_and_is_logged(tmp_path, qtbot):
    log_path = setup_logging(tmp_path / "logs")
    hook = ExceptionHook(log_path, modal=False).install()
    try:
        assert sys.excepthook is hook
        try:
            raise ZeroDivisionError("division by zero in a slot")
        except ZeroDivisionError:
            sys.excepthook(*sys.exc_info())
    finally:
        hook.uninstall()
        for handler in list(log.handlers):
            if isinstance(handler, logging.FileHandler):
                handler.close()
                log.removeHandler(handler)
    dialog = hook.dialog
    qtbot.addWidget(dialog)
    assert dialog.isVisible()
    assert dialog.windowTitle() == "Đã xảy ra lỗi"
    details = dialog.details.toPlainText()
    assert "ZeroDivisionError: division by zero in a slot" in details
    copy = next(b for b in dialog.findChildren(QPushButton) if b.text() == "Sao chép chi tiết")
    copy.click()
    assert "ZeroDivisionError" in QGuiApplication.clipboard().text()
    logged = (tmp_path / "logs" / LOG_FILE).read_text(encoding="utf-8")
    assert "ZeroDivisionError: division by zero in a slot" in logged
    assert sys.excepthook is not hook


def test_logging_never_writes_to_a_console_stream(tmp_path):
    setup_logging(tmp_path / "logs")
    try:
        assert all(isinstance(h, logging.FileHandler) for h in log.handlers)
    finally:
        for handler in list(log.handlers):
            handler.close()
            log.removeHandler(handler)
