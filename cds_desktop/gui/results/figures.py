"""Numbers and levels as the user reads them (Vietnamese decimal comma), and the badge of a DBI level."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from ...formats import format_number

# Level 0-5: from grey through amber to deep blue; white text on each is readable (contrast >= 4.5).
LEVEL_COLOURS = {0: "#5f6b78", 1: "#a4431c", 2: "#8a5a00", 3: "#2f6b2f", 4: "#1f6a5a", 5: "#1d4f91"}


def number(value: float | None, lang: str, digits: int = 1) -> str:
    """A score or figure with one decimal by default: '45,0' / '45.0' (cds_desktop.formats)."""
    return format_number(value, lang, digits)


class LevelBadge(QLabel):
    """The level number in a coloured disc; its accessible name says the level in words."""

    def __init__(self, diameter: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.diameter = diameter
        self.setFixedSize(diameter, diameter)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        font = self.font()
        font.setPixelSize(max(12, int(diameter * 0.5)))
        font.setBold(True)
        self.setFont(font)

    def set_level(self, level: int | None, name: str) -> None:
        self.setText("–" if level is None else str(level))
        colour = LEVEL_COLOURS.get(level, "#8a96a3")
        self.setStyleSheet(f"background: {colour}; color: #ffffff; border-radius: {self.diameter // 2}px;")
        self.setAccessibleName(name)
        self.setToolTip(name)
