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


def fitted(message: str) -> str:
    """At most SHOWN_PROBLEMS lines of at most MAX_LINE characters: a box must fit on the screen."""
    from ..errors import SHOWN_PROBLEMS, shortened
    from .language import current

    lines = [line if len(line) <= MAX_LINE else line[:MAX_LINE - 1] + "…" for line in message.splitlines()]
    return "\n".join(shortened(lines, SHOWN_PROBLEMS, current()))


MAX_LINE = 400


def _box(parent: QWidget | None, icon: QMessageBox.Icon, title: str, message: str, details: str = "") -> QMessageBox:
    box = QMessageBox(icon, title, fitted(message), QMessageBox.StandardButton.NoButton, parent)
    box.setAccessibleName(title)
    if details:
        box.setInformativeText(fitted(details))
    return box


def confirm(parent: QWidget | None, title: str, message: str, yes: str, details: str = "") -> bool:
    """Ask before something that cannot be taken back in one click; the safe answer is the default."""
    box = _box(parent, QMessageBox.Icon.Warning, title, message, details)
    yes_button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    no_button = box.addButton(cancel_text(), QMessageBox.ButtonRole.RejectRole)
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
