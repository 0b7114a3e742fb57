"""Message boxes with our own button texts: PySide6 ships no Vietnamese catalogue for OK, Cancel, Yes, No."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget


def ok_text() -> str:
    return QCoreApplication.translate("Dialogs", "OK")


def cancel_text() -> str:
    return QCoreApplication.translate("Dialogs", "Cancel")


def save_text() -> str:
    return QCoreApplication.translate("Dialogs", "Save")


def fitted(message: str, most: int | None = None) -> str:
    """At most SHOWN_PROBLEMS lines (or `most`) of at most MAX_LINE characters: a box must fit on the screen."""
    from ..errors import SHOWN_PROBLEMS, shortened
    from .language import current

    lines = [line if len(line) <= MAX_LINE else line[:MAX_LINE - 1] + "…" for line in message.splitlines()]
    return "\n".join(shortened(lines, most or SHOWN_PROBLEMS, current()))


MAX_LINE = 400
SHOWN_ROWS = 12  # about this many rows of text shown in a box; more go under "Show Details...", which scrolls
ROW = 70  # characters in a row of a box's text, about, as Qt wraps it
DETAILED_LINES = 500  # lines under "Show Details..." (what a message lists is bounded before, mostly to 20)


def _rows(text: str) -> int:
    return sum(max(1, -(-len(line) // ROW)) for line in text.splitlines())


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, message: str, details: str = "") -> QMessageBox:
    """A box that fits a laptop screen: a long message (an import of 200 businesses lists 20 of them, an
    invalid file 20 problems) keeps its first line in sight and the rest under "Show Details...", where it
    scrolls, so the buttons never go below the screen's edge."""
    hidden = ""
    if _rows(message) + _rows(details) > SHOWN_ROWS:  # the details scroll: they may hold more lines
        first, _, rest = message.partition("\n")
        message, hidden = first, fitted("\n\n".join(part for part in (rest, details) if part), DETAILED_LINES)
        details = ""
    message, details = fitted(message), fitted(details) if details else ""
    box = QMessageBox(icon, title, message, QMessageBox.StandardButton.NoButton, parent)
    box.setAccessibleName(title)
    if details:
        box.setInformativeText(details)
    if hidden:
        box.setDetailedText(hidden)
    return box


def confirm(parent: QWidget | None, title: str, message: str, yes: str, details: str = "", no: str = "") -> bool:
    """Ask before something that cannot be taken back in one click; the safe answer (`no`, Cancel unless
    named) is the default."""
    box = _box(parent, QMessageBox.Icon.Warning, title, message, details)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(no or cancel_text(), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no_button)
    box.setEscapeButton(no_button)
    box.exec()
    return box.clickedButton() is yes_button


def inform(parent: QWidget | None, title: str, message: str, details: str = "") -> None:
    box = _box(parent, QMessageBox.Icon.Information, title, message, details)
    box.addButton(ok_text(), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def warn(parent: QWidget | None, title: str, message: str, details: str = "") -> None:
    box = _box(parent, QMessageBox.Icon.Warning, title, message, details)
    box.addButton(ok_text(), QMessageBox.ButtonRole.AcceptRole)
    box.exec()
