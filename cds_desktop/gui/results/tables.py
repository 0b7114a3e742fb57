"""A read-only table sized to its rows (no inner scroll bar: the page scrolls), used by the result views."""

from __future__ import annotations

from typing import Sequence

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QSizePolicy, QStyledItemDelegate, QTableWidget, QTableWidgetItem, QWidget

RAW = Qt.ItemDataRole.UserRole  # the number behind a formatted cell, for tests and sorting

PAD_X, PAD_Y = 8, 4
TABLE_STYLE = """
QTableWidget { background: #ffffff; border: 1px solid #d8dee6; border-radius: 6px; gridline-color: #eef1f5; }
QTableWidget::item { padding: %dpx %dpx; }
QHeaderView::section { background: #f3f5f8; color: #3a4756; border: none; border-bottom: 1px solid #d8dee6;
                       padding: 5px 8px; font-weight: 600; }
""" % (PAD_Y, PAD_X)


class _WrappingDelegate(QStyledItemDelegate):
    """Row heights for wrapped text measured at the width the text really gets (the cell less its padding):
    Qt's own measure ignores the style sheet's padding and then elides the last line."""

    def sizeHint(self, option, index) -> QSize:
        size = super().sizeHint(option, index)
        text = index.data() or ""
        width = self.parent().columnWidth(index.column()) - 2 * PAD_X - 6
        if not text or width <= 0:
            return size
        bounds = option.fontMetrics.boundingRect(QRect(0, 0, width, 100_000), Qt.TextFlag.TextWordWrap, text)
        return QSize(size.width(), max(size.height(), bounds.height() + 2 * PAD_Y + 4))


class FittedTable(QTableWidget):
    def __init__(self, columns: int, stretch: int = 0, parent: QWidget | None = None):
        super().__init__(0, columns, parent)
        self.setStyleSheet(TABLE_STYLE)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.verticalHeader().setVisible(False)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setItemDelegate(_WrappingDelegate(self))
        self.setShowGrid(False)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(0)
        self._refit.timeout.connect(self.fit)
        header = self.horizontalHeader()
        header.sectionResized.connect(self._refit.start)
        for column in range(columns):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch if column == stretch
                                        else QHeaderView.ResizeMode.ResizeToContents)

    def set_headers(self, labels: Sequence[str]) -> None:
        self.setHorizontalHeaderLabels(list(labels))

    def set_rows(self, rows: Sequence[Sequence[tuple[str, object] | str]],
                 colours: Sequence[str | None] = ()) -> None:
        """Each cell is text, or (text, raw value); a row's colour (optional) tints its text."""
        self.setRowCount(len(rows))
        for r, row in enumerate(rows):
            for c, cell in enumerate(row):
                shown, raw = (cell, None) if isinstance(cell, str) else cell
                item = self.item(r, c)
                if item is None:
                    item = QTableWidgetItem()
                    self.setItem(r, c, item)
                item.setText(shown)
                item.setData(RAW, raw)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
                colour = colours[r] if r < len(colours) else None
                item.setForeground(QColor(colour or "#17222e"))
        self.fit()

    def fit(self) -> None:
        self.resizeRowsToContents()
        height = self.horizontalHeader().height() + sum(self.rowHeight(r) for r in range(self.rowCount()))
        self.setFixedHeight(height + 2 * self.frameWidth() + 2)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._refit.start()  # once the header has laid out the new column widths
