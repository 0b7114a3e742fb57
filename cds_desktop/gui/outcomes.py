"""The Results, Policies and Report sections of the main window: each shows the assessment in hand
(the one open in the questionnaire, else the business's latest), or says what to do first.

Pages are built on first visit, so start-up stays light; they are refreshed when the user goes to
them (after the window has saved the draft) if anything they show may have changed since.
"""

from __future__ import annotations

import os
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QStackedWidget, QWidget

from ..errors import InputError
from .empty_state import EmptyState

if TYPE_CHECKING:  # the domain loads after the first frame (see app.py)
    from ..domain.assessment import Assessment
    from .main_window import MainWindow

KEYS = ("results", "policies", "report")


class Outcomes(QObject):
    def __init__(self, window: "MainWindow", empty_states: dict[str, tuple[str, str, str]]):
        super().__init__(window)
        self.window = window
        self.pages: dict[str, QStackedWidget] = {}
        self.views: dict[str, QWidget] = {}
        self._shown: dict[str, tuple] = {}  # what each page was last filled from
        for key in KEYS:
            stack = QStackedWidget()
            empty = EmptyState(*empty_states[key])
            empty.actionRequested.connect(lambda: window.show_view("businesses"))
            stack.addWidget(empty)
            self.pages[key] = stack

    def _view(self, key: str) -> QWidget:
        if key not in self.views:
            if key == "results":
                from .results import ResultsPage

                view = ResultsPage()
            elif key == "policies":
                from .policies_view import PlanPage

                view = PlanPage()
                view.roadmap.assessmentChanged.connect(self._targets_changed)
            else:
                from .report_view import ReportView

                view = ReportView()
                view.importRequested.connect(self.window.actions.import_files)
            self.views[key] = view
            self.pages[key].addWidget(view)
        return self.views[key]

    def assessment_in_hand(self) -> Assessment | None:
        window = self.window
        if window.repo is None or window.business is None:
            return None
        if window.assessment is not None:
            return window.assessment
        summaries = window.repo.assessments_of(window.business.id)
        if not summaries:
            return None
        try:
            return window.repo.get_assessment(summaries[-1].id)
        except InputError:
            return None

    def refresh(self, key: str) -> None:
        if key not in self.pages:
            return
        from ..domain.instrument import find_instrument  # local: the domain loads after the first frame

        window, stack = self.window, self.pages[key]
        assessment = self.assessment_in_hand()
        instrument = None if assessment is None else find_instrument(assessment.instrument_id,
                                                                     assessment.instrument_version)
        if key == "report" and window.repo is not None:  # the blank form, import and the table need no assessment
            view = self._view(key)
            view.show_assessment(window.repo, window.business, assessment.id if instrument else None,
                                 window.consultant_assessor())
            stack.setCurrentWidget(view)
            return
        if instrument is None:
            stack.setCurrentIndex(0)
            return
        view = self._view(key)
        inputs = (window.business, assessment, instrument, date.today(), self._store_stamp())
        if self._shown.get(key) != inputs:  # coming back to an unchanged page costs nothing
            if key == "results":
                view.show_assessment(window.repo, instrument, window.business, assessment)
            else:
                view.show_assessment(instrument, window.business, assessment)
            self._shown[key] = inputs
        stack.setCurrentWidget(view)

    def _store_stamp(self) -> tuple[int, int, int] | None:
        """Changes with every write of the store (comparisons and benchmarks read other assessments)."""
        try:
            stat = os.stat(self.window.repo.db_path)
        except OSError:
            return None
        return stat.st_ino, stat.st_mtime_ns, stat.st_size  # every save replaces the file

    def forget(self) -> None:
        """Fill every page again on its next visit (the policy catalog changed)."""
        self._shown.clear()

    def _targets_changed(self, assessment: Assessment) -> None:
        """Save the consultant's targets; the questionnaire, if it has this assessment open, takes them too."""
        from ..domain.instrument import find_instrument  # local: the domain loads after the first frame

        window = self.window
        stored = window.actions.guarded(lambda: window.repo.save_assessment(window.business.id, assessment))
        if stored is None:
            return
        if window.assessment is not None and window.assessment.id == stored.id:
            window.assessment = stored
            if window.questionnaire is not None and window.questionnaire.assessment() is not None:
                area = window.questionnaire.current_area()
                window.questionnaire.set_assessment(find_instrument(stored.instrument_id, stored.instrument_version),
                                                    window.business, stored)
                if area:
                    window.questionnaire.go_to_area(area)
