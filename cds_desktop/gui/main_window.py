"""The main window: left navigation, one view per section, and the flow between them.

The window shows before anything heavy loads: it emits `shown` once its first frame is painted and the
event loop is idle, and only then does `load()` (see app.py) open the database and the questionnaire and
build the views that need them. The domain, the storage and those views are therefore imported inside
the methods that run after `load()`, not at the top of this module.

The first frame is the form (sidebar and navigation) and "Opening your data…", nothing more: the sections
the user cannot see yet (empty states, result pages, the shortcuts), the errors and the message boxes are
built or imported by `load()`. Nothing on the first frame's path touches PySide6's `Qt`
namespace (building its 1,800 Python enum members takes ~45 ms, longer than the rest of the frame): the
loading text is centred and the navigation's scroll bar turned off by the style sheet.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QRect, QSize, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMainWindow, QStackedWidget, QVBoxLayout, QWidget

from .forms.ui_main_window import Ui_MainWindow
from .language import current, language, retranslate_qt_names
from .session import Session
from .style import STYLE_SHEET, WINDOW_FRAME as FRAME, scaled

if TYPE_CHECKING:
    from PySide6.QtGui import QAction, QCloseEvent  # QCloseEvent alone costs ~4 ms to set up at import

    from ..domain.assessment import Assessment, Assessor
    from ..domain.business import Business
    from ..domain.instrument import Instrument
    from ..errors import InputError
    from ..storage import Repository
    from .actions import BusinessActions
    from .businesses.view import BusinessesView
    from .empty_state import EmptyState
    from .outcomes import Outcomes
    from .settings import AppSettings
    from .settings_view import SettingsView
    from .welcome import WelcomeView

log = logging.getLogger(__name__)

SHOWN_ANYWAY_MS = 500  # a window shown minimised or off-screen may never be painted: go on all the same


def first_geometry(available: QRect) -> QRect:
    """Where the window first opens: 1280x720 centred on the screen's free area (taskbar excluded), or all
    of that area on a smaller screen, such as a 1366x768 laptop at 150 % (911x512 logical pixels)."""
    size = QSize(1280, 720).boundedTo(available.size() - FRAME)
    geometry = QRect(0, 0, size.width(), size.height())
    geometry.moveCenter(available.center())
    geometry.moveTop(max(geometry.top(), available.top() + FRAME.height()))
    return geometry


VIEWS = ("businesses", "assessment", "results", "roadmap", "policies", "report", "settings")
EMPTY_STATES = {  # (title, explanation, button), translated in context EmptyState where shown
    "assessment": (QT_TRANSLATE_NOOP("EmptyState", "No assessment open"),
                   QT_TRANSLATE_NOOP("EmptyState", "Choose a business under Businesses, then start a new assessment "
                                                   "or continue a draft. Your answers are saved as you go."),
                   QT_TRANSLATE_NOOP("EmptyState", "Go to businesses")),
    "results": (QT_TRANSLATE_NOOP("EmptyState", "Results"),
                QT_TRANSLATE_NOOP("EmptyState", "Choose or complete an assessment first: its level and its scores "
                                                "by area and by pillar appear here once every applicable question "
                                                "is answered."),
                QT_TRANSLATE_NOOP("EmptyState", "Go to businesses")),
    # Roadmap and Policies share one page (one plan), so its empty state is reached from both and names both.
    "policies": (QT_TRANSLATE_NOOP("EmptyState", "Roadmap and support policies"),
                 QT_TRANSLATE_NOOP("EmptyState", "Choose or complete an assessment first: the steps to take next and "
                                                 "the public support programmes the business may use are worked out "
                                                 "from its profile and answers."),
                 QT_TRANSLATE_NOOP("EmptyState", "Go to businesses")),
    "report": (QT_TRANSLATE_NOOP("EmptyState", "Report"),
               QT_TRANSLATE_NOOP("EmptyState", "Choose or complete an assessment first: the printable PDF report "
                                               "and the files to carry to another computer are made from it."),
               QT_TRANSLATE_NOOP("EmptyState", "Go to businesses")),
}


class MainWindow(QMainWindow):
    shown = Signal()  # once: the first frame is painted and the event loop has gone idle
    loaded = Signal()

    def __init__(self, settings: AppSettings, data_dir: Path | None = None, parent: QWidget | None = None):
        """`data_dir` None: the user's data folder, looked up in load()."""
        super().__init__(parent)
        self.settings = settings
        self.data_dir = data_dir
        self.repo: Repository | None = None
        self.instrument: Instrument | None = None
        self.session = Session(settings, self)  # the business and assessment in hand: views observe it
        self.questionnaire = None  # built in load(): it is the heaviest view
        self.actions: BusinessActions | None = None  # built in load(), with the views that need the data
        self.welcome: WelcomeView | None = None
        self.businesses: BusinessesView | None = None
        self.settings_view: SettingsView | None = None
        self._first_frame_seen = False
        self._read_only_text = ""
        self._read_only_error: InputError | None = None  # why the data opened read-only
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.setStyleSheet(STYLE_SHEET)
        self.ui.appTitle.setFont(scaled(self.font(), 1.35, bold=True))
        self.ui.sidebar.setFixedWidth(max(230, self.fontMetrics().horizontalAdvance("M") * 16))

        self.loading = QLabel()  # the first frame: "Opening your data…" until load() has run
        self.loading.setObjectName("loading")
        self.business_stack = QStackedWidget()
        self.business_stack.addWidget(self.loading)
        self.ui.pages.addWidget(self.business_stack)
        self.pages: dict[str, QWidget] = {"businesses": self.business_stack}  # the others: _build_sections()
        self.no_assessment: EmptyState | None = None
        self.assessment_stack: QStackedWidget | None = None
        self.settings_stack: QStackedWidget | None = None
        self.outcomes: Outcomes | None = None
        self.ui.navigation.currentRowChanged.connect(self._navigated)

        self.file_menu = self.menuBar().addMenu("")  # texts set in _retranslate(); its entries in _build_sections()
        self.open_province_action: QAction | None = None
        self.province_view = None

        self._saves_language = language().changed.connect(self._language_changed)
        self.autosave = self.session.autosave
        self.autosave.failed.connect(self._save_failed)
        self.autosave.recovered.connect(self.hide_banner)

        if settings.geometry is not None:
            self.restoreGeometry(settings.geometry)
        else:
            self.setGeometry(first_geometry(self.screen().availableGeometry()))
        self._build_banner()
        self.ui.navigation.setCurrentRow(0)
        self._retranslate()
        self.installEventFilter(self)  # until the first paint, for `shown`

    def _build_sections(self) -> None:
        """Everything the first frame does not show: the sections' pages (empty until there is something to
        show), the banner's selectable text, the Ctrl+1…7 shortcuts and the File menu's entries. Once, at the
        start of load() (or at a click before it)."""
        if self.outcomes is not None:
            return
        from PySide6.QtCore import Qt
        from PySide6.QtGui import QKeySequence, QShortcut

        from .empty_state import EmptyState
        from .outcomes import Outcomes

        self.banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.no_assessment = EmptyState(*EMPTY_STATES["assessment"])
        self.assessment_stack = QStackedWidget()
        self.assessment_stack.addWidget(self.no_assessment)
        self.settings_stack = QStackedWidget()  # the settings view goes in at load()
        self.outcomes = Outcomes(self, EMPTY_STATES)
        self.pages.update({"assessment": self.assessment_stack, **self.outcomes.pages,
                           "settings": self.settings_stack})
        for key in VIEWS:
            page = self.pages[key]
            if self.ui.pages.indexOf(page) < 0:  # the roadmap and the policies share one page (one plan)
                self.ui.pages.addWidget(page)
            if isinstance(page, EmptyState) and page is not self.no_assessment:
                page.actionRequested.connect(lambda: self.show_view("businesses"))
        self.no_assessment.actionRequested.connect(self._open_latest)
        for row in range(len(VIEWS)):
            QShortcut(QKeySequence(f"Ctrl+{row + 1}"), self, lambda row=row: self.ui.navigation.setCurrentRow(row))
        self.open_province_action = self.file_menu.addAction("", lambda: self.open_province())
        self._retranslate()

    @property
    def business(self) -> Business | None:
        return self.session.business

    @property
    def assessment(self) -> Assessment | None:
        return self.session.assessment

    # -- messages that stay until resolved -------------------------------------------------------
    def _build_banner(self) -> None:
        """A strip above the views for a state the user must know about (read-only data, unsaved change);
        hidden until then (its text becomes selectable in _build_sections())."""
        self.banner = QLabel()
        self.banner.setObjectName("banner")
        self.banner.setWordWrap(True)
        self.banner.hide()
        content = QWidget()
        layout = QVBoxLayout(content)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        self.ui.centralLayout.replaceWidget(self.ui.pages, content)
        layout.addWidget(self.banner)
        layout.addWidget(self.ui.pages)

    def show_banner(self, message: str) -> None:
        if self.session.read_only:
            self._read_only_text = self._read_only_text or message
        self.banner.setText(message)
        self.banner.show()

    def _read_only_message(self) -> str:
        return self.tr("Read-only: changes cannot be saved.") + " " + self._read_only_error.render(current())

    def hide_banner(self) -> None:
        """After a save went through: only a read-only state keeps its strip."""
        if self._read_only_text:
            self.banner.setText(self._read_only_text)
        else:
            self.banner.hide()

    def _save_failed(self, message: str) -> None:
        """Told once per failure streak: the change stays in memory and is saved again every few seconds."""
        from . import dialogs

        self.show_banner(self.tr("Your last change is not saved yet; trying again every few seconds. "
                                 "Do not close the app until this message goes away.") + " " + message)
        if not self._read_only_text:
            dialogs.warn(self, self.tr("Could not save"), self.tr(
                "Your last change could not be saved. It is kept and saving is tried again every few seconds."),
                message)

    # -- start-up ------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self and event.type() == QEvent.Type.Paint:
            self.removeEventFilter(self)
            QTimer.singleShot(0, self, self._first_frame)  # runs once the events queued with the paint are handled
        return super().eventFilter(watched, event)

    def showEvent(self, event: QEvent) -> None:
        super().showEvent(event)
        if not self._first_frame_seen:
            QTimer.singleShot(SHOWN_ANYWAY_MS, self, self._first_frame)

    def _first_frame(self) -> None:
        if not self._first_frame_seen:
            self._first_frame_seen = True
            self.shown.emit()

    def load(self) -> bool:
        """Open the database and the questionnaire; False (after telling the user) when the app cannot go on."""
        from ..domain.instrument import current_instrument
        from ..errors import InputError
        from ..storage import Repository, StoreBusy, Unwritable
        from . import dialogs
        from .actions import BusinessActions

        self._build_sections()
        try:
            if self.data_dir is None:
                from ..paths import user_data_dir  # local: platformdirs

                self.data_dir = user_data_dir()
            from ..catalog.store import use_installed_catalogs

            use_installed_catalogs(self.data_dir)  # policies come from the catalog edition active there
            try:
                self.repo = Repository(self.data_dir)
            except Unwritable as unwritable:  # the data can still be shown: open it read-only, and say so
                self.repo = Repository(self.data_dir, read_only=True)
                self._read_only_error = unwritable
                self.show_banner(self._read_only_message())
        except StoreBusy as busy:
            dialogs.warn(self, self.tr("CĐS Desktop is already open"), self.tr(
                "CĐS Desktop is already open in another window. Use that window, or close it and start again."),
                busy.render(current()))
            return False
        except InputError as error:
            dialogs.warn(self, self.tr("The data cannot be opened"), error.render(current()))
            return False
        except Exception as error:  # never leave the window on "Opening your data…"
            log.exception("opening the data failed")
            dialogs.warn(self, self.tr("The data cannot be opened"), f"{self.data_dir}: {error!r}")
            return False
        self.session.attach(self.repo)
        self.session.businessesChanged.connect(self.refresh)
        self.session.businessChanged.connect(self._business_in_hand)
        self.session.assessmentChanged.connect(self._assessment_in_hand)
        self.actions = BusinessActions(self.session, self)
        self.actions.viewRequested.connect(self.show_view)
        self._build_business_views()
        self._build_settings_view()
        if self.repo.damage is not None:
            self.actions.recover(self.repo.damage)
        self.settings_view.set_repository(self.repo)
        self.settings_view.restoreRequested.connect(self.actions.restore_backup)
        self.settings_view.catalog_updates.catalogChanged.connect(self.outcomes.forget)
        try:
            self.instrument = current_instrument()
        except InputError as error:
            dialogs.warn(self, self.tr("The questionnaire cannot be loaded"), error.render(current()))
        from .questionnaire.view import QuestionnaireView

        self.questionnaire = QuestionnaireView()
        self.questionnaire.assessmentChanged.connect(self.session.edited)
        self.questionnaire.completeRequested.connect(self.complete)
        self.questionnaire.amendRequested.connect(self.amend)
        self.assessment_stack.addWidget(self.questionnaire)
        self.refresh(self.settings.last_business or None)
        self._resume()
        self.loaded.emit()
        self._check_clock()
        return True

    def _check_clock(self) -> None:
        """A clock behind the day the shipped catalog was checked is surely wrong (a dead clock battery says
        1/1/2000): new assessments take the catalog's day (assessment.assessment_day), to be set to the day of the
        visit, and backups are dated on from the newest one (Backups.moment). Said once, with the data on screen."""
        from ..domain.edition import clock_notice, shipped_edition  # the manifest only: no catalog is loaded
        from ..i18n import tr
        from . import dialogs

        notice = clock_notice(shipped_edition())
        if notice is not None:
            dialogs.warn(self, self.tr("The computer's clock is wrong"), tr(notice, current()) + "\n\n" + self.tr(
                "Until the clock is set, a new assessment is dated the day the policy catalog was checked (set the day "
                "of the visit on the assessor card), and backups are dated on from the newest one kept, as the clock "
                "cannot say when they are made."))

    def _build_business_views(self) -> None:
        from .businesses.view import BusinessesView
        from .welcome import WelcomeView

        self.welcome = WelcomeView()
        self.businesses = BusinessesView()
        self.business_stack.addWidget(self.welcome)
        self.business_stack.addWidget(self.businesses)
        self.welcome.newBusinessRequested.connect(self.actions.new_business)
        self.welcome.sampleRequested.connect(self.actions.add_sample)
        self.welcome.importRequested.connect(self.actions.import_files)
        self.businesses.newBusinessRequested.connect(self.actions.new_business)
        self.businesses.importRequested.connect(self.actions.import_files)
        self.businesses.sampleRequested.connect(self.actions.add_sample)
        self.businesses.exportRequested.connect(self.actions.export_business)
        self.businesses.exportAllRequested.connect(self.actions.export_all)
        self.businesses.editRequested.connect(self.actions.edit_business)
        self.businesses.deleteRequested.connect(self.actions.delete_business)
        self.businesses.mergeRequested.connect(self.actions.merge_business)
        self.businesses.businessChosen.connect(self.session.choose_business)
        self.businesses.newAssessmentRequested.connect(self.start_assessment)
        self.businesses.continueRequested.connect(self.continue_assessment)
        self.businesses.reassessRequested.connect(self.reassess)

    def _build_settings_view(self) -> None:
        from .settings_view import SettingsView

        self.settings_view = SettingsView(self.settings, self.data_dir)
        self.settings_view.languageChosen.connect(self.set_language)
        self.settings_stack.addWidget(self.settings_view)

    def _resume(self) -> None:
        """Continue where the user was: the last business, and the draft they were answering."""
        from ..errors import InputError

        if self.business is None or self.settings.last_view != "assessment" or not self.settings.last_assessment:
            return
        try:
            assessment = self.repo.get_assessment(self.settings.last_assessment)
        except InputError:
            return
        if assessment.status == "draft" and self.repo.summary(assessment.id).business_id == self.business.id:
            self.open_assessment(self.business, assessment, self.settings.last_area)

    # -- businesses ----------------------------------------------------------------------------
    def refresh(self, select_id: str | None = None) -> None:
        """Read the businesses again (the store changed) and show `select_id`, else the one in hand."""
        businesses = self.repo.businesses()
        self.business_stack.setCurrentWidget(self.businesses if businesses else self.welcome)
        self.businesses.set_businesses(businesses, select_id or None)
        if not businesses:
            self.session.choose_business(None)

    def choose_business(self, business: Business | None) -> None:
        self.session.choose_business(business)

    def _business_in_hand(self, business: Business | None) -> None:
        if business is not None:
            summaries = self.repo.assessments_of(business.id)
            self.businesses.set_assessments(business, [self.repo.get_assessment(s.id) for s in summaries], summaries)
            shown = self.questionnaire.assessment()
            if shown is not None and self.assessment is not None and shown.id == self.assessment.id:
                self.questionnaire.set_business(business)  # it may have been edited: asked and scored as it is now
        self._update_context()

    def consultant_assessor(self) -> Assessor | None:
        from ..domain.assessment import Assessor

        profile = self.settings.consultant
        return Assessor(profile.name, profile.organization) if profile.name else None

    def start_assessment(self, business: Business, stage: str) -> None:
        """The first assessment starts at once, today (assessment_day: the policy catalog's day while the clock is
        behind it); a later one asks for its date first."""
        instrument = self.instrument
        if instrument is None:
            return
        on = None
        summaries = self.repo.assessments_of(business.id)
        if summaries:
            last = self.actions.guarded(lambda: self.repo.get_assessment(summaries[-1].id))
            if last is None or (on := self._ask_date(business, stage, last, copy=False)) is None:
                return
        assessor = self.consultant_assessor()
        stored = self.actions.guarded(lambda: self.repo.start_assessment(business.id, instrument, on, assessor))
        if stored is not None:
            self.open_assessment(business, stored)

    def reassess(self, business: Business, last: Assessment, stage: str) -> None:
        """A later assessment from a copy of the last one's answers (not its notes), on the day chosen."""
        on = self._ask_date(business, stage, last, copy=True)
        if on is None:
            return
        assessor = self.consultant_assessor()
        copy = self.actions.guarded(lambda: self.repo.copy_for_reassessment(last.id, on, assessor=assessor))
        if copy is not None:
            self.open_assessment(business, copy)

    def _ask_date(self, business: Business, stage: str, last: Assessment, copy: bool):
        from .businesses.new_assessment import NewAssessmentDialog

        others = [(s.stage, s.assessed_on) for s in self.repo.assessments_of(business.id)]  # not before any of them
        dialog = NewAssessmentDialog(stage, last, copy, self, others=others)
        return dialog.chosen_date() if dialog.exec() else None

    # -- the assessment ------------------------------------------------------------------------
    def open_assessment(self, business: Business, assessment: Assessment, area: str = "") -> None:
        from ..domain.instrument import find_instrument
        from . import dialogs

        instrument = find_instrument(assessment.instrument_id, assessment.instrument_version)
        if instrument is None or self.questionnaire is None:
            dialogs.warn(self, self.tr("This assessment cannot be opened"), self.tr(
                "It was made with a questionnaire version this copy of the app does not have. Update the app."))
            return
        self.session.open(business, assessment)
        if area:
            self.questionnaire.go_to_area(area)
        self.show_view("assessment")

    def continue_assessment(self, business: Business, assessment: Assessment) -> None:
        """"Continue the draft" or "Open" in the list: the assessment as stored now, not the list's copy, which
        was read when the business was chosen (opening that copy lost the answers given since, and the next
        change saved it over them)."""
        self.autosave.flush()
        stored = self.actions.guarded(lambda: self.repo.get_assessment(assessment.id))
        if stored is not None:
            self.open_assessment(business, stored)

    def close_assessment(self) -> None:
        self.session.close_assessment()

    def _assessment_in_hand(self, assessment: Assessment | None) -> None:
        """Show what the session holds: a new assessment is laid out afresh; the same one with the same
        answers (amended, saved elsewhere, or opened again from the list) only changes its lock, keeping the
        user's place."""
        from ..domain.instrument import find_instrument

        if assessment is None:
            self.assessment_stack.setCurrentWidget(self.no_assessment)
            self._update_context()
            return
        shown = self.questionnaire.assessment()
        same = shown is not None and shown.id == assessment.id
        if same and shown.answers == assessment.answers and shown.targets == assessment.targets:
            self.questionnaire.keep(assessment, locked=self.session.locked)
        else:
            area = self.questionnaire.current_area() if same else None
            instrument = find_instrument(assessment.instrument_id, assessment.instrument_version)
            self.questionnaire.set_assessment(instrument, self.session.business, assessment)
            if not self.session.locked and self.questionnaire.is_locked():
                self.questionnaire.unlock(assessment)
            if area:
                self.questionnaire.go_to_area(area)
        self._bound_date(assessment)
        self.assessment_stack.setCurrentWidget(self.questionnaire)
        self._update_context()

    def _bound_date(self, assessment: Assessment) -> None:
        """The days the open assessment may be moved to, among its business's other assessments."""
        from ..domain.assessment import date_range

        if self.repo is None or self.business is None:
            return
        others = [(s.stage, s.assessed_on) for s in self.repo.assessments_of(self.business.id) if s.id != assessment.id]
        self.questionnaire.set_date_range(date_range(assessment.stage, others))

    def amend(self) -> None:
        """A completed assessment opens locked; changing it is a choice the user confirms, and is recorded."""
        from . import dialogs

        if self.session.assessment is None or not dialogs.confirm(self, self.tr("Edit a completed assessment?"), self.tr(
                "This assessment is completed. Changing it changes its level, its plan and any comparison "
                "made with it. The date of the change is recorded."), self.tr("Edit assessment")):
            return
        self.actions.guarded(self.session.amend)

    def complete(self) -> None:
        from ..domain.assessment import Incomplete
        from ..errors import InputError
        from . import dialogs

        try:
            self.session.complete()
        except Incomplete as incomplete:
            dialogs.warn(self, self.tr("Not complete yet"), "\n".join(p.render(current()) for p in incomplete.problems))
            return
        except InputError as error:
            dialogs.warn(self, self.tr("That did not work"), error.render(current()))
            return
        self.show_view("results")  # the level, what it means and the first steps of the plan

    # -- the province workspace (a window of its own; the personal store is not touched) -------
    def open_province(self, folder: str | Path | None = None) -> None:
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QFileDialog

        from ..errors import InputError
        from . import dialogs
        from .province_view import ProvinceView

        if folder is None:
            folder = QFileDialog.getExistingDirectory(self, self.tr("Open province workspace"), str(Path.home()))
            if not folder:
                return
        try:
            view = ProvinceView(folder, self)
        except InputError as error:
            dialogs.warn(self, self.tr("That did not work"), error.render(current()))
            return
        view.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        view.show()
        self.province_view = view

    # -- navigation, language, closing ---------------------------------------------------------
    def show_view(self, key: str) -> None:
        self.ui.navigation.setCurrentRow(VIEWS.index(key))

    def current_view(self) -> str:
        return VIEWS[self.ui.navigation.currentRow()]

    def _navigated(self, row: int) -> None:
        if row < 0:
            return
        if VIEWS[row] not in self.pages:  # a click before load()
            self._build_sections()
        self.autosave.flush()
        if VIEWS[row] == "businesses" and self.business is not None and self.repo is not None:
            self._business_in_hand(self.business)  # its assessments as answered since it was chosen
        if self.outcomes is not None:
            self.outcomes.refresh(VIEWS[row])
        self.ui.pages.setCurrentWidget(self.pages[VIEWS[row]])

    def set_language(self, code: str) -> None:
        """Switch the app to `code`. The language in use is `language()`'s alone: the window's texts, the Settings
        page's box and the saved setting follow its `changed` signal, however it was switched."""
        language().set(code)

    def _language_changed(self, code: str) -> None:
        self.settings.language = code  # the next start opens in it

    def _update_context(self) -> None:
        parts = []
        if self.business is not None:
            parts.append(self.business.name)
        if self.assessment is not None and self.assessment_stack.currentWidget() is self.questionnaire:
            from .businesses.stages import stage_name

            name = stage_name(self.assessment.stage)
            parts.append(self.tr("{stage} (draft)").format(stage=name) if self.assessment.status == "draft" else name)
        self._offer_latest()
        self.ui.currentBusiness.setText("\n".join(parts))
        self.ui.currentBusiness.setAccessibleName(self.tr("Current business") if parts else "")
        self.setWindowTitle(" — ".join(["CĐS Desktop", *parts[:1]]))

    def _latest(self):
        """The summary of the business's latest assessment while none is open: the one Results, Roadmap,
        Policies and Report then show (Outcomes.assessment_in_hand)."""
        if self.business is None or self.assessment is not None or self.repo is None:
            return None
        summaries = self.repo.assessments_of(self.business.id)
        return summaries[-1] if summaries else None

    def _offer_latest(self) -> None:
        """With a business chosen and no assessment open, the Assessment page offers the assessment the other
        pages show, instead of asking to choose a business already chosen."""
        if self.no_assessment is None:
            return
        latest = self._latest()
        if latest is None:
            self.no_assessment.offer(None)
            return

        def words() -> tuple[str, str]:
            from ..formats import format_date
            from .businesses.stages import stage_name

            values = dict(business=self.business.name, stage=stage_name(latest.stage),
                          date=format_date(latest.assessed_on, current()))
            if latest.status == "draft":
                return (self.tr("{business}: its latest assessment is the draft “{stage}” of {date}. Continue it "
                                "here, or choose another assessment under Businesses.").format(**values),
                        self.tr("Continue this draft"))
            return (self.tr("{business}: its latest assessment is “{stage}” of {date}, completed. Open it to see "
                            "its answers and notes, or start a new one under Businesses.").format(**values),
                    self.tr("Open this assessment"))

        self.no_assessment.offer(words)

    def _open_latest(self) -> None:
        latest = self._latest()
        if latest is None:
            self.show_view("businesses")
            return
        stored = self.actions.guarded(lambda: self.repo.get_assessment(latest.id))
        if stored is not None:
            self.open_assessment(self.business, stored)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        retranslate_qt_names(self)
        if self._read_only_error is not None:
            showing = self.banner.text() == self._read_only_text
            self._read_only_text = self._read_only_message()
            if showing:
                self.banner.setText(self._read_only_text)
        row = self.ui.navigation.currentRow()
        self.ui.retranslateUi(self)
        self.ui.navigation.setCurrentRow(row)
        self.loading.setText(self.tr("Opening your data…"))
        self.file_menu.setTitle(self.tr("&File"))
        if self.open_province_action is not None:
            self.open_province_action.setText(self.tr("Open province workspace…"))
        self.ui.navigation.setAccessibleName(self.tr("Sections"))
        for i in range(self.ui.navigation.count()):
            item = self.ui.navigation.item(i)
            item.setToolTip(self.tr("{view} (Ctrl+{key})").format(view=item.text(), key=i + 1))
        self._update_context()

    def closeEvent(self, event: QCloseEvent) -> None:
        from . import dialogs

        self.autosave.flush()
        if self.autosave.pending and not self._read_only_text and not dialogs.confirm(
                self, self.tr("Could not save"), self.tr("Your last change is still not saved. Close and lose it?"),
                self.tr("Close without saving")):
            event.ignore()
            return
        QObject.disconnect(self._saves_language)  # saved as it is now: a closed window saves no later switch
        self.settings.geometry = self.saveGeometry()
        self.settings.last_view = self.current_view()
        if self.questionnaire is not None and self.assessment is not None:
            self.settings.last_area = self.questionnaire.current_area() or ""
        self.settings.sync()
        if self.repo is not None:
            self.repo.close()
        super().closeEvent(event)
