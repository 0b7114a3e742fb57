"""A view with nothing to show yet: says why, and what to do first. Never fake content."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .widgets import heading


class EmptyState(QWidget):
    """Title, an explanation and one button; the texts are English sources translated in context "EmptyState".
    `offer` replaces the explanation and the button with what the window knows now (e.g. the assessment it could
    open), given as a function so that a language switch words it again."""

    actionRequested = Signal()

    def __init__(self, title: str, message: str, action: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self._sources = (title, message, action)
        self._offer: Callable[[], tuple[str, str]] | None = None
        self.title = heading()
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName("explanation")
        self.button = QPushButton()
        self.button.clicked.connect(self.actionRequested)
        row = QHBoxLayout()
        row.addWidget(self.button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 32, 32, 32)
        layout.setSpacing(16)
        layout.addWidget(self.title)
        layout.addWidget(self.message)
        layout.addLayout(row)
        layout.addStretch(1)
        self.message.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self._retranslate()

    def offer(self, words: Callable[[], tuple[str, str]] | None) -> None:
        """(explanation, button) in the current language instead of the sources', or None for the sources'."""
        self._offer = words
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        title, message, action = (QCoreApplication.translate("EmptyState", s) if s else "" for s in self._sources)
        if self._offer is not None:
            message, action = self._offer()
        self.title.setText(title)
        self.title.setAccessibleName(title)
        self.message.setText(message)
        self.message.setAccessibleName(message)
        self.button.setText(action)
        self.button.setAccessibleName(action)
        self.button.setVisible(bool(action))

