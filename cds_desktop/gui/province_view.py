"""The province view ("Tỉnh / Province"): a workspace folder opened read-only from the File menu, with
the dashboard's charts and the summary table under filters (stage, sector, entity type, size, group by).
The personal store is not touched; figures come from `province.summary`, so small cells stay hidden."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import (QBoxLayout, QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QStyle,
                               QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ..domain.business import SIZE_CLASS_NAMES
from ..domain.vocabulary import entity_type_names, sector_names
from ..formats import format_change, format_score
from ..i18n import tr
from .language import current, language
from .widgets import fill_with_scrolling, heading, reflow_columns, resize_within_screen

STAGES = ("", "T0", "T1", "T2")


class ProvinceView(QWidget):
    """Open with `ProvinceView(workspace_folder)`; raises InputError when the folder holds no workspace."""

    def __init__(self, folder: str | Path, parent: QWidget | None = None):
        super().__init__(parent)
        from ..province.workspace import Workspace

        self.setWindowFlag(Qt.WindowType.Window)
        self.setObjectName("province")
        self.workspace = Workspace(folder)  # read-only: the window only reads
        self.folder = Path(folder)
        content = QWidget()
        layout = QVBoxLayout(content)
        self.title = heading()
        self.scope = QLabel()
        self.scope.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.scope)

        filters = QFormLayout()
        self.stage, self.sector, self.entity, self.size, self.group = (QComboBox() for _ in range(5))
        self.labels = [QLabel() for _ in range(5)]
        for label, box in zip(self.labels, (self.stage, self.sector, self.entity, self.size, self.group)):
            label.setBuddy(box)
            filters.addRow(label, box)
            box.currentIndexChanged.connect(self.refresh)
        row = QHBoxLayout()
        row.addLayout(filters)
        row.addStretch(1)
        layout.addLayout(row)

        self.table = QTableWidget()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.table)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.charts = QBoxLayout(QBoxLayout.Direction.LeftToRight)  # one above the other on a narrow window
        self.level_chart, self.pillar_chart = QLabel(), QLabel()
        for chart in (self.level_chart, self.pillar_chart):
            chart.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            self.charts.addWidget(chart)
        layout.addLayout(self.charts)
        layout.addStretch(1)
        fill_with_scrolling(self, content)
        resize_within_screen(self, 1280, 720)
        language().changed.connect(self._retranslate)  # after the translator and the data language changed
        self._retranslate()

    # -- filters -----------------------------------------------------------------------------------
    def _fill(self, box: QComboBox, items: list[tuple[str, str]]) -> None:
        chosen = box.currentData()
        box.blockSignals(True)
        box.clear()
        for data, shown in items:
            box.addItem(shown, data)
        index = box.findData(chosen)
        box.setCurrentIndex(max(0, index))
        box.blockSignals(False)

    def _retranslate(self, *_) -> None:
        lang = current()
        self.setWindowTitle(self.tr("Province — {folder}").format(folder=self.folder))
        self.title.setText(self.tr("Province"))
        every = self.tr("All")
        self._fill(self.stage, [(s, s or self.tr("Latest stage of each business")) for s in STAGES])
        self._fill(self.sector, [("", every)] + [(k, tr(v, lang)) for k, v in sector_names().items()])
        self._fill(self.entity, [("", every)] + [(k, tr(v, lang)) for k, v in entity_type_names().items()])
        self._fill(self.size, [("", every)] + [(k.value, tr(v, lang)) for k, v in SIZE_CLASS_NAMES.items()])
        self._fill(self.group, [("commune", self.tr("Commune")), ("sector", self.tr("Sector")),
                                ("size", self.tr("Size class")), ("entity_type", self.tr("Entity type")),
                                ("stage", self.tr("Stage"))])
        for label, text in zip(self.labels, (self.tr("Stage"), self.tr("Sector"), self.tr("Entity type"),
                                             self.tr("Size class"), self.tr("Group by"))):
            label.setText(text)
        for box, label in zip((self.stage, self.sector, self.entity, self.size, self.group), self.labels):
            box.setAccessibleName(label.text())
        self.table.setAccessibleName(self.tr("Summary by group"))
        self.level_chart.setAccessibleName(self.tr("Level distribution"))
        self.pillar_chart.setAccessibleName(self.tr("Pillar means by sector"))
        self.refresh()

    def filters(self) -> dict[str, str]:
        chosen = {"sector": self.sector.currentData(), "entity_type": self.entity.currentData(),
                  "size": self.size.currentData()}
        return {k: v for k, v in chosen.items() if v}

    # -- figures -----------------------------------------------------------------------------------
    def refresh(self) -> None:
        from ..province.dashboard import gather, level_chart, pillar_chart
        from ..province.fields import MIN_CELL
        from ..province.summary import HIDDEN_NOTE, label, summarise

        lang = current()
        stage = self.stage.currentData() or None
        group = self.group.currentData() or "commune"
        summary = summarise(self.workspace, [group], stage, self.filters())
        self.scope.setText(self.tr("{rows} rows in the workspace. Completed assessments only; cells with fewer than "
                                   "{minimum} businesses are hidden (<{minimum}).").format(
            rows=self.workspace.count(), minimum=MIN_CELL))
        headers = [self.group.currentText(), self.tr("Businesses"), self.tr("Mean score"), self.tr("Median"),
                   *(self.tr("Level {level}").format(level=lv) for lv in range(6)),
                   self.tr("T0 → later pairs"), self.tr("Mean uplift")]
        uplift = {tuple(u.group.items()): u for u in summary.uplift}
        rows = [(self.tr("All"), summary.total, summary.uplift_total)] + [
            (label(group, c.group[group], lang), c, uplift.get(tuple(c.group.items()))) for c in summary.cells]
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for r, (name, cell, up) in enumerate(rows):
            values = [name] + ([cell.mark(lang)] + [""] * 8 if cell.suppressed else
                               [str(cell.businesses), _fmt(cell.mean_score), _fmt(cell.median_score),
                                *(str(cell.levels[lv]) for lv in range(6))])
            if up is None:
                values += ["", ""]
            else:
                values += [up.mark(lang), ""] if up.suppressed else [str(up.pairs), format_change(up.mean_change, current())]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(header + sum(self.table.rowHeight(r) for r in range(len(rows)))
                                  + 2 * self.table.frameWidth() + 2)
        notes = [tr(HIDDEN_NOTE, lang)] if summary.any_hidden else []
        if summary.drafts:
            notes.append(self.tr("{count} drafts not counted.").format(count=summary.drafts))
        self.note.setText(" ".join(notes))
        dash = gather(self.workspace, self.filters())
        ratio = self.devicePixelRatioF()
        for target, png in ((self.level_chart, level_chart(dash, lang, 140, 62)),
                            (self.pillar_chart, pillar_chart(dash, lang, 140, 80))):
            pixmap = QPixmap()
            pixmap.loadFromData(png)
            pixmap = pixmap.scaledToWidth(int(140 / 25.4 * 96 * ratio), Qt.TransformationMode.SmoothTransformation)
            pixmap.setDevicePixelRatio(ratio)  # sharp at any scale, same size on screen
            target.setPixmap(pixmap)
        self._reflow()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow()

    def _reflow(self) -> None:  # 24: the page's margins
        reflow_columns(self.charts, self.width(), 24 + self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent))

    def closeEvent(self, event) -> None:
        self.workspace.close()
        super().closeEvent(event)


def _fmt(value: float | None) -> str:
    return format_score(value, current())
