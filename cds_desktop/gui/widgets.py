"""Small widgets shared by the views."""

from __future__ import annotations

from typing import Callable, Mapping

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QPalette, QStandardItem, QStandardItemModel, QTextLayout
from PySide6.QtWidgets import (QApplication, QBoxLayout, QCompleter, QFrame, QLabel, QLayout, QScrollArea, QSizePolicy, QVBoxLayout,
                               QWidget)

from ..i18n import fold_diacritics
from .style import WINDOW_FRAME, scaled

FOLDED_ROLE = Qt.ItemDataRole.UserRole + 1
NAME_ROLE = Qt.ItemDataRole.UserRole + 2


class FoldingCompleter(QCompleter):
    """Type-ahead that ignores case and Vietnamese diacritics: "cam lo" offers "Cam Lộ", and inserts the
    properly written name."""

    def __init__(self, names: tuple[str, ...], parent: QWidget | None = None,
                 aliases: Mapping[str, tuple[str, ...]] | None = None,
                 unshown: Mapping[str, tuple[str, ...]] | None = None, key: Callable[[str], str] = fold_diacritics):
        """`aliases`: other words that find a name (the former communes a commune was formed from); the list
        shows them beside the name, and choosing inserts the name. `unshown`: words that find a name too but
        are not shown, being only another way to write it ("TP.HCM", "Sài Gòn" for Hồ Chí Minh). `key`: how the
        typed text and the words are compared (by default folded; provinces: as places are, `place_key`, so
        "TP. HCM" and "tp  hcm" find what "TP.HCM" does)."""
        model = QStandardItemModel(parent)
        for name in names:
            also = tuple((aliases or {}).get(name, ()))
            item = QStandardItem(f"{name} ({', '.join(also)})" if also else name)
            item.setData(name, NAME_ROLE)
            words = (name, *also, *(unshown or {}).get(name, ()))
            item.setData(" | ".join(key(n) for n in words), FOLDED_ROLE)
            model.appendRow(item)
        super().__init__(model, parent)
        self.setCompletionRole(FOLDED_ROLE)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.setFilterMode(Qt.MatchFlag.MatchContains)
        self.setMaxVisibleItems(10)
        self._key = key

    def splitPath(self, path: str) -> list[str]:
        return [self._key(path)]

    def pathFromIndex(self, index) -> str:
        return index.data(NAME_ROLE)


def heading(text: str = "", level: int = 1) -> QLabel:
    label = QLabel(text)
    label.setObjectName("heading" if level == 1 else "subheading")
    label.setFont(scaled(QApplication.font(), 1.6 if level == 1 else 1.2, bold=True))
    label.setWordWrap(True)
    label.setAccessibleName(text)
    return label


def error_label(label: QLabel) -> QLabel:
    """Style a label as a field's problem message (shown beside the field, empty when all is well)."""
    label.setObjectName(label.objectName() or "fieldError")
    label.setProperty("role", "error")
    palette = label.palette()
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#b3261e"))
    label.setPalette(palette)
    label.setVisible(False)
    return label


class ReservedMessage(QObject):
    """A field's message in a space kept for it beside the field, `lines` lines high whether a message shows
    or not, so no field moves when one appears, changes or goes (the next click lands where the user aimed).
    A longer message is cut with "…" on its last line and is whole in the tooltip and accessible description."""

    def __init__(self, label: QLabel, lines: int = 2):
        super().__init__(label)
        self.label, self.lines, self.full = label, lines, ""
        label.setTextFormat(Qt.TextFormat.PlainText)  # messages quote what the user typed
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        policy = QSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)  # the text never sizes the column
        policy.setRetainSizeWhenHidden(True)
        label.setSizePolicy(policy)
        label.installEventFilter(self)
        self._reserve()

    def set_text(self, message: str) -> None:
        self.full = message
        self.label.setToolTip(message)
        self.label.setAccessibleDescription(message)
        self.label.setVisible(bool(message))
        self._fit()

    def _reserve(self) -> None:
        margins = self.label.contentsMargins()
        height = self.label.fontMetrics().lineSpacing() * self.lines + margins.top() + margins.bottom()
        self.label.setFixedHeight(height)

    def _fit(self) -> None:
        text, width = self.full, self.label.contentsRect().width()
        if text and self.label.isVisible() and width > 0:  # laid out: its width is the one it is shown at
            layout = QTextLayout(text, self.label.font())
            layout.beginLayout()
            lines = []
            while (line := layout.createLine()).isValid():
                line.setLineWidth(width)
                lines.append((line.textStart(), line.textLength()))
            layout.endLayout()
            if len(lines) > self.lines:
                kept = [text[start:start + length].rstrip() for start, length in lines[:self.lines - 1]]
                rest = text[lines[self.lines - 1][0]:]
                last = self.label.fontMetrics().elidedText(rest, Qt.TextElideMode.ElideRight, width)
                text = "\n".join([*kept, last])
        self.label.setText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self._fit()
        elif event.type() == QEvent.Type.FontChange:
            self._reserve()
            self._fit()
        return False


def clear_layout(layout: QLayout) -> None:
    """Take every widget out of a layout and delete it. Each is hidden first: deleteLater waits for the
    event loop, and until then a removed card would still paint over the new ones below it."""
    while layout.count():
        widget = layout.takeAt(0).widget()
        if widget is not None:
            widget.hide()
            widget.deleteLater()


def resize_within_screen(window: QWidget, width: int, height: int) -> None:
    """Give a dialog or window its preferred size, but no more than the free area of the screen it opens on
    (a 1366x768 laptop at 150 % leaves 911x512 logical pixels, less the taskbar), title bar and border included."""
    parent = window.parentWidget()
    screen = (parent.screen() if parent is not None else window.screen()) or QApplication.primaryScreen()
    room = screen.availableGeometry().size() - WINDOW_FRAME
    window.resize(min(width, room.width()), min(height, room.height()))


def reflow_columns(row: QBoxLayout, width: int, margins: int) -> None:
    """Lay the columns of `row` side by side while their least widths fit in `width` (less `margins`), else
    one above the other: a page scrolls down, never sideways."""
    items = [row.itemAt(i) for i in range(row.count())]
    need = sum(item.minimumSize().width() for item in items) + row.spacing() * (len(items) - 1) + margins
    narrow = width < need
    if narrow != (row.direction() == QBoxLayout.Direction.TopToBottom):
        row.setDirection(QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight)


def fill_with_scrolling(page: QWidget, content: QWidget) -> QScrollArea:
    """Make `content` the whole of `page`, scrolling vertically when the window is small."""
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(content)
    outer = QVBoxLayout(page)
    outer.setContentsMargins(0, 0, 0, 0)
    outer.addWidget(scroll)
    return scroll
