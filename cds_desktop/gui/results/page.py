"""The Results section of the window: the results of one assessment, and the business's progress."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QTabWidget, QWidget

from ...domain.assessment import Assessment
from ...domain.business import Business
from ...domain.instrument import Instrument
from ...storage import Repository
from ..comparison import ComparisonView
from .view import ResultsView


class ResultsPage(QTabWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDocumentMode(True)
        self.results = ResultsView()
        self.comparison = ComparisonView()
        self.addTab(self.results, "")
        self.addTab(self.comparison, "")
        self._retranslate()

    def show_assessment(self, repo: Repository, instrument: Instrument, business: Business,
                        assessment: Assessment) -> None:
        """Its results and benchmark, and its comparison with the assessment before it (as in its report)."""
        self.results.show_assessment(instrument, business, assessment)
        self.results.show_benchmark(repo, assessment.id)
        self.comparison.show_business(repo, business, open_id=assessment.id)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setTabText(0, self.tr("Results"))
        self.setTabText(1, self.tr("Progress over time"))
