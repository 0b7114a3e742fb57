"""The business against its peers on this computer (same sector group, same size when there are enough):
mean and median per area. Below the minimum sample the figures are hidden and the view says why."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..domain.instrument import Instrument
from ..formats import score_trend
from ..i18n import tr
from ..storage import Repository
from ..storage.benchmark import MIN_SAMPLE, Benchmark, Comparison, benchmark
from .language import current
from .results.figures import number
from .results.tables import FittedTable
from .widgets import heading


class BenchmarkView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.benchmark: Benchmark | None = None
        self.instrument: Instrument | None = None
        self.title = heading(level=2)
        self.description = QLabel()
        self.description.setWordWrap(True)
        self.description.setObjectName("note")
        self.table = FittedTable(5)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(8)
        layout.addWidget(self.title)
        layout.addWidget(self.description)
        layout.addWidget(self.table)
        self._retranslate()

    def show_benchmark(self, repo: Repository, assessment_id: str, instrument: Instrument) -> Benchmark:
        self.benchmark, self.instrument = benchmark(repo, assessment_id), instrument
        self._render()
        return self.benchmark

    def _render(self) -> None:
        b, lang = self.benchmark, current()
        if b is None:
            return
        description = b.describe(lang)
        if b.hidden:
            description += ". " + self.tr("Figures from fewer than {minimum} businesses are not shown: they would "
                                          "point to the businesses and mean little.").format(minimum=MIN_SAMPLE)
        self.description.setText(description)
        self.table.setVisible(not b.hidden)
        if b.hidden:
            return
        names = {a.id: tr(a.name, lang) for a in self.instrument.areas}
        rows = [self._row(self.tr("Overall"), b.overall, lang)]
        rows += [self._row(names.get(c.id, c.id), c, lang) for c in b.areas]
        self.table.set_rows(rows)

    def _row(self, name: str, c: Comparison, lang: str) -> list:
        difference, delta = score_trend(c.own_score, c.mean, lang)
        return [name, (number(c.own_score, lang), c.own_score), (number(c.mean, lang), c.mean),
                (number(c.median, lang), c.median), (difference, delta)]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Compared with similar businesses"))
        self.table.setAccessibleName(self.title.text())
        self.table.set_headers([self.tr("Area"), self.tr("This business"), self.tr("Mean of peers"),
                                self.tr("Median of peers"), self.tr("Difference from the mean")])
        self._render()
