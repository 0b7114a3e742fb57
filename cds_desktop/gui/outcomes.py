"""The Results, Policies and Report sections of the main window: each shows the assessment in hand
(the one open in the questionnaire, else the business's latest), or says what to do first.

Pages are built on first visit, so start-up stays light; they are refreshed when the user goes to
them (after the window has saved the draft) if anything they show may have changed since. What is in
hand is read from the window's session, and changed only through it.
"""

from __future__ import annotations

import os
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QScrollArea, QStackedWidget, QWidget

from ..errors import InputError
from .empty_state import EmptyState

if TYPE_CHECKING:  # the domain loads after the first frame (see app.py)
    from ..domain.assessment import Assessment
    from .main_window import MainWindow

KEYS = ("results", "policies", "report")
PREWARM_AFTER_MS = 1500  # after the data is loaded and the window has been idle that long
PREWARM_STEP_MS = 300  # between the steps of the warm-up on the GUI thread, so input is never held up long
TABS = {"roadmap": 0, "policies": 1}  # the roadmap and the policies are two tabs of one plan page


class Outcomes(QObject):
    def __init__(self, window: "MainWindow", empty_states: dict[str, tuple[str, str, str]]):
        super().__init__(window)
        self.window = window
        self.session = window.session
        self.pages: dict[str, QStackedWidget] = {}
        self.views: dict[str, QWidget] = {}
        self._shown: dict[str, tuple] = {}  # what each page was last filled from
        self._plan_tab = TABS["policies"]  # the tab of the plan page asked for last
        for key in KEYS:
            stack = QStackedWidget()
            empty = EmptyState(*empty_states[key])
            empty.actionRequested.connect(lambda: window.show_view("businesses"))
            stack.addWidget(empty)
            self.pages[key] = stack
        self.pages["roadmap"] = self.pages["policies"]
        window.loaded.connect(lambda: QTimer.singleShot(PREWARM_AFTER_MS, self, self.prewarm))

    def prewarm(self) -> None:
        """What a first visit to Results or Policies would wait for, done while the user is still elsewhere:
        matplotlib, the policy catalog and Babel's data of both languages load on worker threads; the two
        pages are built (not filled) one at a time on the GUI thread."""
        if self.session.repo is None:
            return
        from ..domain.policies import shipped_catalog
        from ..formats import load_locale_data
        from .results.chart import preload_matplotlib
        from .tasks import Operation

        preload_matplotlib()
        Operation(shipped_catalog, what="loading the policy catalog", parent=self).start()
        Operation(load_locale_data, what="reading the formats of numbers and dates", parent=self).start()
        for n, key in enumerate(("results", "policies"), start=1):
            QTimer.singleShot(n * PREWARM_STEP_MS, self, lambda key=key: self._view(key))
        QTimer.singleShot(3 * PREWARM_STEP_MS, self, self._plan_in_hand)

    def _plan_in_hand(self) -> None:
        """The plan of the assessment either page would show, computed now and kept (`plans.plan_for`)."""
        from ..domain.instrument import find_instrument
        from .plans import plan_for

        assessment = self.assessment_in_hand()
        instrument = None if assessment is None else find_instrument(assessment.instrument_id,
                                                                     assessment.instrument_version)
        if instrument is not None:
            try:
                plan_for(instrument, self.session.business, assessment)
            except InputError:
                pass  # the page that needs it says why when it is visited

    def _view(self, key: str) -> QWidget:
        if key not in self.views:
            if key == "results":
                from .results.page import ResultsPage

                view = ResultsPage()
                view.results.planRequested.connect(lambda: self.window.show_view("roadmap"))
                view.results.reportRequested.connect(lambda: self.window.show_view("report"))
            elif key == "policies":
                from .policies_view import PlanPage

                view = PlanPage()
                view.setCurrentIndex(self._plan_tab)  # before it is filled: only the tab on screen is
                view.roadmap.assessmentChanged.connect(self._targets_changed)
                view.currentChanged.connect(self._tab_chosen)
            else:
                from .report_view import ReportView

                view = ReportView()
                view.importRequested.connect(self.window.actions.import_files)
                view.paperSaved.connect(self._paper_saved)
            self.views[key] = view
            self.pages[key].addWidget(view)
        return self.views[key]

    def assessment_in_hand(self) -> Assessment | None:
        session = self.session
        if session.repo is None or session.business is None:
            return None
        if session.assessment is not None:
            return session.assessment
        summaries = session.repo.assessments_of(session.business.id)
        if not summaries:
            return None
        try:
            return session.repo.get_assessment(summaries[-1].id)
        except InputError:
            return None

    def _tab_chosen(self, tab: int) -> None:
        """Choosing the other tab moves the navigation with it, quietly: the page is already up to date."""
        navigation = self.window.ui.navigation
        if self.window.current_view() in TABS:
            from .main_window import VIEWS

            navigation.blockSignals(True)
            navigation.setCurrentRow(VIEWS.index(next(k for k, t in TABS.items() if t == tab)))
            navigation.blockSignals(False)

    def refresh(self, key: str) -> None:
        if key not in self.pages:
            return
        if key in TABS:
            self.refresh_plan(TABS[key])
            return
        self._refresh(key)

    def _refresh(self, key: str) -> None:
        from ..domain.instrument import find_instrument  # local: the domain loads after the first frame

        window, session, stack = self.window, self.session, self.pages[key]
        assessment = self.assessment_in_hand()
        instrument = None if assessment is None else find_instrument(assessment.instrument_id,
                                                                     assessment.instrument_version)
        if key == "report" and session.repo is not None:  # the blank form, import and the table need no assessment
            view = self._view(key)
            view.show_assessment(session.repo, session.business, assessment.id if instrument else None,
                                 window.consultant_assessor())
            stack.setCurrentWidget(view)
            return
        if instrument is None:
            stack.setCurrentIndex(0)
            return
        view = self._view(key)
        inputs = (session.business, assessment, instrument, date.today(), self._store_stamp())
        shown = self._shown.get(key)
        if shown != inputs:  # coming back to an unchanged page costs nothing
            if key == "results":
                view.show_assessment(session.repo, instrument, session.business, assessment)
            else:
                view.show_assessment(instrument, session.business, assessment)
            self._shown[key] = inputs
            if shown is not None and shown[1].id != assessment.id:  # another assessment reads from its top
                for scroll in view.findChildren(QScrollArea):
                    scroll.verticalScrollBar().setValue(0)
        stack.setCurrentWidget(view)

    def refresh_plan(self, tab: int) -> None:
        """The tab first, then the plan: the page fills the tab on screen now and the other one when shown."""
        self._plan_tab = tab
        view = self.views.get("policies")
        if view is not None:
            view.blockSignals(True)
            view.setCurrentIndex(tab)
            view.blockSignals(False)
        self._refresh("policies")

    def _store_stamp(self) -> tuple[int, int, int] | None:
        """Changes with every write of the store (comparisons and benchmarks read other assessments)."""
        try:
            stat = os.stat(self.session.repo.db_path)
        except OSError:
            return None
        return stat.st_ino, stat.st_mtime_ns, stat.st_size  # every save replaces the file

    def forget(self) -> None:
        """Fill every page again on its next visit (the policy catalog changed)."""
        self._shown.clear()

    def _paper_saved(self, business, assessment: Assessment) -> None:
        """A paper form read back: show its business and open the draft to finish it."""
        self.session.businesses_changed(business.id)
        self.window.open_assessment(business, assessment)

    def _targets_changed(self, assessment: Assessment) -> None:
        """Save the consultant's targets; the questionnaire, if it has this assessment open, takes them too
        (it observes the session)."""
        self.window.actions.guarded(lambda: self.session.store(assessment))
