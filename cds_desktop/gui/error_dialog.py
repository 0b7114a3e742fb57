"""The dialog an unexpected error shows: what happened in plain words, the details to copy, where the log is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QPushButton, QVBoxLayout, QWidget


class ErrorDialog(QDialog):
    def __init__(self, details: str, log_path: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Something went wrong"))
        self.setAccessibleName(self.tr("Something went wrong"))
        self.setMinimumWidth(560)
        message = self.tr("CĐS Desktop hit an unexpected error. Your answers are saved automatically, so you can "
                          "usually carry on. If it happens again, send the details below to your consultant or "
                          "the developers.")
        if log_path is not None:
            message += "\n\n" + self.tr("The error was also written to the log file: {path}").format(path=log_path)
        intro = QLabel(message)
        intro.setWordWrap(True)
        intro.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setAccessibleName(self.tr("Error details"))
        copy = QPushButton(self.tr("Copy details"))
        copy.setAccessibleName(self.tr("Copy details"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(self.details.toPlainText()))
        buttons = QDialogButtonBox()
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QCoreApplication.translate("Dialogs", "Close"), QDialogButtonBox.ButtonRole.AcceptRole)
        close.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.details, 1)
        layout.addWidget(buttons)
