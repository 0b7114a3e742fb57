"""First start: what the app does in two sentences, and the three ways to begin."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QStyle, QVBoxLayout, QWidget

from .widgets import heading


class WelcomeView(QWidget):
    newBusinessRequested = Signal()
    sampleRequested = Signal()
    importRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("welcome")
        self.title = heading()
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.explanation.setObjectName("explanation")
        style = self.style()
        self.new_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_FileIcon), "")
        self.sample_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_DirOpenIcon), "")
        self.import_button = QPushButton(style.standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton), "")
        self.new_button.setObjectName("primary")
        self.new_button.setDefault(True)
        self.new_button.clicked.connect(self.newBusinessRequested)
        self.sample_button.clicked.connect(self.sampleRequested)
        self.import_button.clicked.connect(self.importRequested)
        buttons = QHBoxLayout()
        buttons.setSpacing(12)
        for button in (self.new_button, self.sample_button, self.import_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        self.privacy = QLabel()
        self.privacy.setWordWrap(True)
        self.privacy.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(48, 48, 48, 48)
        layout.setSpacing(20)
        layout.addWidget(self.title)
        layout.addWidget(self.explanation)
        layout.addLayout(buttons)
        layout.addWidget(self.privacy)
        layout.addStretch(1)
        self._retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Welcome to CĐS Desktop"))
        self.title.setAccessibleName(self.title.text())
        self.explanation.setText(self.tr(
            "Answer about forty questions on how your business uses digital tools, and the app tells you its "
            "digital maturity level, what to improve first, and which public support programmes can help pay "
            "for it. Everything stays on this computer; a printable report sums it up."))
        self.explanation.setAccessibleName(self.explanation.text())
        self.privacy.setText(self.tr("Start by adding your business, or open the sample business to look around first."))
        for button, text in ((self.new_button, self.tr("New business")),
                             (self.sample_button, self.tr("Open the sample business")),
                             (self.import_button, self.tr("Import a file…"))):
            button.setText(text)
            button.setAccessibleName(text)
