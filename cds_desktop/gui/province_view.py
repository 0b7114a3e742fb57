"""The province view ("Tỉnh / Province"): a workspace folder opened read-only from the File menu, with
the dashboard's charts and the summary table under filters (stage, sector, entity type, size, group by).
The personal store is not touched; figures come from `province.summary`, so small cells stay hidden.

The figures are worked out off the GUI thread (`_Reader`), one set at a time: a filter changed while they are
worked out waits, and only the filters chosen last are worked out next and shown. The workspace, opened
read-only, cannot change while the window holds it (DuckDB lets no other program write it meanwhile), so what was
read once (`summarise`'s memo) and the charts of a set of filters are kept and reused."""

from __future__ import annotations

import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QImage, QPixmap, QResizeEvent
from PySide6.QtWidgets import (QBoxLayout, QComboBox, QFormLayout, QHBoxLayout, QHeaderView, QLabel, QProgressBar,
                               QStyle, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget)

from ..domain.business import SIZE_CLASS_NAMES
from ..domain.vocabulary import entity_type_names, sector_names
from ..formats import format_change, format_number, format_score
from ..i18n import tr
from .language import current, language
from .widgets import fill_with_scrolling, heading, reflow_columns, resize_within_screen

if TYPE_CHECKING:
    from ..province.summary import Summary

STAGES = ("", "T0", "T1", "T2")
FILTERS = ("sector", "entity_type", "size")  # in the order `ProvinceView.filters` gives them
GROUPS = ("commune", "sector", "size", "entity_type", "stage")  # the choices of "Group by", in order
CHART_MM = 140  # the charts' width on screen
BUSY_AFTER_MS = 200  # figures that take longer than this show the busy bar meanwhile
CHARTS = ("level", "pillar")  # level distribution, pillar means by sector
CHARTS_KEPT = 64  # the charts of the filters used last (PNG, about 0.1 MB a pair)


@dataclass(frozen=True)
class Request:
    """What the figures shown depend on."""

    group: str
    stage: str | None
    filters: tuple[tuple[str, str], ...]
    lang: str
    ratio: float  # the screen's device pixel ratio: the charts are drawn for it


@dataclass(frozen=True)
class Figures:
    request: Request
    summary: Summary
    charts: tuple[QImage, QImage]  # level distribution, pillar means by sector


class _Reader:
    """The workspace as the worker reads it: one request at a time, on a cursor of its own; what it read before
    is kept (the workspace cannot change while it is open read-only). Closed when the window closes, or, if a
    request is being worked out then, as soon as it ends."""

    def __init__(self, workspace):
        self.workspace = workspace
        self.con = workspace.con.cursor()  # the worker's connection; the GUI thread reads nothing meanwhile
        self.con.execute("SET threads TO 1")  # a query on every core would hold up the GUI thread
        self.memo: dict = {}
        self.charts: dict[tuple, dict[str, bytes]] = {}  # (filters, lang, ratio) -> chart -> PNG, used last at the end
        self.lock = threading.Lock()
        self.closed = False

    def figures(self, request: Request) -> Figures | None:
        from ..province.summary import summarise

        with self.lock:
            try:
                if self.closed:
                    return None
                summary = summarise(self, [request.group], request.stage, dict(request.filters), memo=self.memo)
                level, pillar = (self._image(self._chart(request.filters, request.lang, request.ratio, chart),
                                             request.ratio) for chart in CHARTS)
                return Figures(request, summary, (level, pillar))
            finally:
                if self.closed:
                    self._close()

    def ahead(self, request: Request, near_filters: list[tuple[tuple[str, str], ...]]) -> list[tuple]:
        """What the figures one click away from `request` need and is not there yet, the likelier first: the
        summaries (`summarise`'s memo keys) of a filter set or cleared, another grouping or another stage; then the
        charts of `near_filters` (each filter set to another of its values). Called while nothing is worked out."""
        dimensions = tuple(d for d, _ in request.filters)
        near = [(request.group, request.stage, dimensions)]
        near += [(request.group, request.stage, tuple(f for f in FILTERS if (f in dimensions) != (f == d)))
                 for d in FILTERS]
        near += [(g, request.stage, dimensions) for g in GROUPS]
        near += [(request.group, s or None, dimensions) for s in STAGES]
        keys: list[tuple] = []
        for group, stage, filters in near:
            needed = [(filters, stage), (tuple(dict.fromkeys([*filters, group])), stage)] if filters else [
                ((group,), stage)]
            needed += [(filters, None), (filters, "T0"), (tuple(dict.fromkeys([*filters, "sector"])), None),
                       (tuple(dict.fromkeys([*filters, "commune"])), None)]  # the charts'
            keys += [key for key in (("unfiltered", d, s) for d, s in needed) if key not in self.memo and key not in keys]
        for filters in [request.filters, *near_filters]:
            drawn = self.charts.get((filters, request.lang, request.ratio), {})
            keys += [("chart", filters, request.lang, request.ratio, c) for c in CHARTS if c not in drawn]
        return keys

    def read(self, key: tuple) -> None:
        """Read one of the summaries, or draw one of the charts, that `ahead` gives."""
        from ..province.summary import summarise

        with self.lock:
            try:
                if self.closed:
                    return
                if key[0] == "chart":
                    self._chart(*key[1:])
                else:
                    summarise(self, list(key[1]), key[2], memo=self.memo)
            finally:
                if self.closed:
                    self._close()

    def _chart(self, filters: tuple[tuple[str, str], ...], lang: str, ratio: float, chart: str) -> bytes:
        """The chart as PNG, drawn at the screen's resolution (sharp at any scale, no bigger than shown); drawn once
        for a set of filters: the charts do not depend on the stage or the grouping."""
        from ..province import dashboard

        key = (filters, lang, ratio)
        drawn = self.charts.pop(key, {})
        self.charts[key] = drawn  # used last
        while len(self.charts) > CHARTS_KEPT:
            del self.charts[next(iter(self.charts))]  # those used longest ago
        if chart not in drawn:
            dash = dashboard.gather(self, dict(filters), self.memo)
            if chart == "level":
                drawn[chart] = dashboard.level_chart(dash, lang, CHART_MM, 62, 96 * ratio)
            else:
                drawn[chart] = dashboard.pillar_chart(dash, lang, CHART_MM, 80, 96 * ratio)
        return drawn[chart]

    @staticmethod
    def _image(png: bytes, ratio: float) -> QImage:
        image = QImage.fromData(png)
        width = int(CHART_MM / 25.4 * 96 * ratio)
        if image.width() != width:
            image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        return image

    def close(self) -> None:
        """Now if no request is being worked out, else when it ends."""
        self.closed = True
        if self.lock.acquire(blocking=False):
            try:
                self._close()
            finally:
                self.lock.release()

    def _close(self) -> None:
        if self.con is not None:
            self.con.close()
            self.workspace.close()
            self.con = None


class ProvinceView(QWidget):
    """Open with `ProvinceView(workspace_folder)`; raises InputError when the folder holds no workspace.
    `updated` is emitted once the figures shown are those of the filters chosen."""

    updated = Signal()

    def __init__(self, folder: str | Path, parent: QWidget | None = None):
        super().__init__(parent)
        from ..province.workspace import Workspace

        self.setWindowFlag(Qt.WindowType.Window)
        self.setObjectName("province")
        self.workspace = Workspace(folder)  # read-only: the window only reads
        self.rows = self.workspace.count()  # the workspace cannot change while it is open
        self._reader = _Reader(self.workspace)
        self._running = None  # the Operation working out figures
        self._wanted: Request | None = None  # the figures to show: the filters chosen last
        self._read_ahead = True  # until reading ahead fails once
        self.shown: Request | None = None  # the figures shown
        self._charts_shown: tuple | None = None  # the filters, language and pixel ratio of the charts shown
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
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: no steps to report
        self.progress.setTextVisible(False)
        self.progress.setFixedWidth(200)
        self.progress.setVisible(False)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(BUSY_AFTER_MS)
        self._busy_timer.timeout.connect(lambda: self.progress.setVisible(self.busy))
        layout.addWidget(self.progress)

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
        self.progress.setAccessibleName(self.tr("Working out the figures"))
        self.refresh()

    def filters(self) -> dict[str, str]:
        chosen = {"sector": self.sector.currentData(), "entity_type": self.entity.currentData(),
                  "size": self.size.currentData()}
        return {k: v for k, v in chosen.items() if v}

    # -- figures -----------------------------------------------------------------------------------
    @property
    def busy(self) -> bool:
        """Whether figures are wanted that are not shown yet (being worked out, or next)."""
        return self._wanted is not None and self._wanted != self.shown

    def settled(self) -> bool:
        """Whether the figures shown are those of the filters chosen now."""
        return not self.busy and self.shown == self.request()

    def request(self) -> Request:
        return Request(self.group.currentData() or "commune", self.stage.currentData() or None,
                       tuple(self.filters().items()), current(), self.devicePixelRatioF())

    def refresh(self) -> None:
        """Work out the figures of the filters chosen, in the background; shown when ready, unless the filters
        were changed meanwhile (then the latest filters' are worked out next)."""
        self._wanted = self.request()
        if self.busy and not self._busy_timer.isActive() and not self.progress.isVisible():
            self._busy_timer.start()
        if self._running is None:
            self._start()

    def _start(self) -> None:
        """The next piece of work: the figures wanted, else a summary or a chart one click away (read ahead, one
        at a time, so that figures wanted wait for one summary or chart at most), else none."""
        from .tasks import Operation

        request, reader = self._wanted, self._reader
        if request is None:
            return
        if request != self.shown:
            self._running = Operation(lambda: reader.figures(request), "province figures", self)
            self._running.finished.connect(self._done)
            self._running.failed.connect(self._failed)
        else:
            ahead = reader.ahead(request, self._near_filters()) if self._read_ahead else []
            if not ahead:
                return
            self._running = Operation(lambda: reader.read(ahead[0]), "province figures ahead", self)
            self._running.finished.connect(self._read)
            self._running.failed.connect(self._read_failed)
        self._running.start()

    def _near_filters(self) -> list[tuple[tuple[str, str], ...]]:
        """The filters one click away: one of them set to another of its values (or to all)."""
        boxes = (self.sector, self.entity, self.size)
        near = []
        for box, key in zip(boxes, FILTERS):
            for i in range(box.count()):
                if i != box.currentIndex():
                    chosen = {k: b.currentData() for k, b in zip(FILTERS, boxes)} | {key: box.itemData(i)}
                    near.append(tuple((k, v) for k, v in chosen.items() if v))  # in the order `filters` gives
        return near

    def _done(self, figures: Figures | None) -> None:
        self._running = None
        if figures is not None and figures.request == self._wanted:
            first = self.shown is None
            self._show(figures)
            if first:
                _leave_out_of_collections()
            self._busy_timer.stop()
            self.progress.setVisible(False)
            self.updated.emit()
        self._start()

    def _failed(self, message: str) -> None:
        self._running = None
        self._wanted = None
        self._busy_timer.stop()
        self.progress.setVisible(False)
        self.note.setText(message)

    def _read(self, _) -> None:
        self._running = None
        self._start()

    def _read_failed(self, _) -> None:  # said in the log; the figures are read when wanted, and fail then if they do
        self._read_ahead = False
        self._read(None)

    def _show(self, figures: Figures) -> None:
        from ..province.fields import MIN_CELL
        from ..province.summary import HIDDEN_NOTE, label

        lang, summary, group = figures.request.lang, figures.summary, figures.request.group
        self.shown = figures.request
        self.scope.setText(self.tr("{rows} rows in the workspace. Completed assessments only; cells with fewer than "
                                   "{minimum} businesses are hidden (<{minimum}).").format(
            rows=format_number(self.rows, lang), minimum=MIN_CELL))
        headers = [self.group.itemText(max(0, self.group.findData(group))), self.tr("Businesses"),
                   self.tr("Mean score"), self.tr("Median"),
                   *(self.tr("Level {level}").format(level=lv) for lv in range(6)),
                   self.tr("T0 → later pairs"), self.tr("Mean uplift")]
        uplift = {tuple(u.group.items()): u for u in summary.uplift}
        rows = [(self.tr("All"), summary.total, summary.uplift_total)] + [
            (label(group, c.group[group], lang), c, uplift.get(tuple(c.group.items()))) for c in summary.cells]
        self.table.setUpdatesEnabled(False)
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(rows))
        for r, (name, cell, up) in enumerate(rows):
            values = [name] + ([cell.mark(lang)] + [""] * 8 if cell.suppressed else
                               [format_number(cell.businesses, lang), _fmt(cell.mean_score, lang),
                                _fmt(cell.median_score, lang),
                                *(format_number(cell.levels[lv], lang) for lv in range(6))])
            if up is None:
                values += ["", ""]
            else:
                values += [up.mark(lang), ""] if up.suppressed else [format_number(up.pairs, lang),
                                                                       format_change(up.mean_change, lang)]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(r, c, item)
        self.table.setUpdatesEnabled(True)
        header = self.table.horizontalHeader().sizeHint().height()
        self.table.setFixedHeight(header + sum(self.table.rowHeight(r) for r in range(len(rows)))
                                  + 2 * self.table.frameWidth() + 2)
        notes = [tr(HIDDEN_NOTE, lang)] if summary.any_hidden else []
        if summary.drafts:
            notes.append(self.tr("{count} drafts not counted.").format(count=format_number(summary.drafts, lang)))
        self.note.setText(" ".join(notes))
        charts = (figures.request.filters, figures.request.lang, figures.request.ratio)
        if charts != self._charts_shown:  # the same charts when only the stage or the grouping changed
            for target, image in zip((self.level_chart, self.pillar_chart), figures.charts):
                pixmap = QPixmap.fromImage(image)
                pixmap.setDevicePixelRatio(figures.request.ratio)  # sharp at any scale, same size on screen
                target.setPixmap(pixmap)
            self._charts_shown = charts
        self._reflow()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow()

    def _reflow(self) -> None:  # 24: the page's margins
        reflow_columns(self.charts, self.width(), 24 + self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent))

    def closeEvent(self, event) -> None:
        self._wanted = None  # nothing more is worked out
        self._reader.close()
        super().closeEvent(event)


def _leave_out_of_collections() -> None:
    """Once the first figures show: what is alive then (the charts' and the window's modules, the summaries read)
    lives as long as the window and is left out of the cycle collector's later runs. Each of those walked it all
    again, a fifth of a second at times, on whichever thread set it off: the GUI thread, or the worker holding
    the interpreter. Garbage is collected first, so none of it is kept; reference counting still frees the rest."""
    import gc

    gc.collect()
    gc.freeze()


def _fmt(value: float | None, lang: str) -> str:
    return format_score(value, lang)
