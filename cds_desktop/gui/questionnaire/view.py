"""The questionnaire view: one page per area, progress, the live score, the assessor, and completion.

It only edits an immutable Assessment and announces each new one with `assessmentChanged`; saving is
the shell's job. Pages are built once, on first show, and updated in place afterwards.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QDateEdit, QFormLayout, QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem, QProgressBar,
    QPushButton, QStackedWidget, QVBoxLayout, QWidget,
)

from ...domain.assessment import Answer, Assessment, Assessor, assessment_day, latest_day, readable_day
from ...domain.business import Business
from ...domain.instrument import Instrument
from ...domain.limits import TEXT_LIMITS
from ...domain.scoring import Result, score
from ...i18n import tr
from ..businesses.stages import stage_name
from ..language import current, language
from .page import AreaPage
from .progress import applicable_ids, area_progress, missing_questions, overall
from .question import scaled_font
from .score import ScorePanel
from .style import STYLE_SHEET

NEXT_KEYS = (QKeySequence("Ctrl+PgDown"), QKeySequence("Alt+Right"))
PREVIOUS_KEYS = (QKeySequence("Ctrl+PgUp"), QKeySequence("Alt+Left"))
QUESTION_ID = Qt.ItemDataRole.UserRole
EARLIEST_DAY = date(2000, 1, 1)  # a first assessment has no earlier one to follow: only a slip of the year is stopped


def key_names(keys: tuple[QKeySequence, ...]) -> str:
    return " / ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)


def _shown_day(assessment: Assessment) -> date:
    """The day the assessor card shows: the stored one, or, for a stored text that is no day (an earlier
    version's '15/11/2026'; `cds-cli check` names it), the day a new assessment takes, for the user to correct.
    The stored text stays until a day is chosen."""
    return readable_day(assessment.assessed_on) or assessment_day()

class AssessorBox(QFrame):
    """Who carried out the assessment (filled in by consultants, left empty by owners) and on which day: a form
    filled on a farm is often typed in days later, and the day orders T0, T1… and is printed on the report."""

    changed = Signal()
    dayChanged = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("assessor")
        self.title = QLabel()
        self.title.setFont(scaled_font(self.font(), 1.05, bold=True))
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setObjectName("help")
        self.name = QLineEdit()
        self.name.setMaxLength(TEXT_LIMITS["assessment.assessor.name"])
        self.organization = QLineEdit()
        self.organization.setMaxLength(TEXT_LIMITS["assessment.assessor.organization"])
        self.name_label = QLabel()
        self.name_label.setBuddy(self.name)
        self.organization_label = QLabel()
        self.organization_label.setBuddy(self.organization)
        self.day = QDateEdit()
        self.day.setCalendarPopup(True)
        self.day_label = QLabel()
        self.day_label.setBuddy(self.day)
        self.day_bounds = QLabel()
        self.day_bounds.setObjectName("help")
        self.day_bounds.setWordWrap(True)
        self._range: tuple[date | None, date] | None = None
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.name_label, self.name)
        form.addRow(self.organization_label, self.organization)
        # the bounds under the day, in the day's cell: a row of their own got the height of their text wrapped
        # narrow (a blank line above the two lines of the wrong-clock hint)
        day = QVBoxLayout()
        day.setSpacing(4)
        day.addWidget(self.day)
        day.addWidget(self.day_bounds)
        form.addRow(self.day_label, day)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 16, 22, 16)
        layout.addWidget(self.title)
        layout.addWidget(self.hint)
        layout.addLayout(form)
        self.name.textEdited.connect(self.changed)
        self.organization.textEdited.connect(self.changed)
        self.day.dateChanged.connect(lambda _: None if self.day.signalsBlocked() else self.dayChanged.emit())
        self.retranslate()

    def showEvent(self, event: QShowEvent) -> None:
        # beside the day and its bounds the form lets the label grow to 7/4 of its text's height and centres the
        # text in it, a little below the day's; as tall as the day, it stays level with it
        self.day_label.setMaximumHeight(self.day.sizeHint().height())
        super().showEvent(event)

    def assessor(self) -> Assessor | None:
        name, organization = self.name.text().strip(), self.organization.text().strip()
        return Assessor(name, organization) if name or organization else None

    def show_assessor(self, assessor: Assessor | None) -> None:
        self.name.setText(assessor.name if assessor else "")
        self.organization.setText(assessor.organization if assessor else "")

    @property
    def allowed(self) -> tuple[date | None, date] | None:
        return self._range

    def chosen_day(self) -> date:
        return self.day.date().toPython()

    def show_day(self, on: date, allowed: tuple[date | None, date]) -> None:
        """The stored day, and the days it may move to (domain.assessment.date_range). A stored day outside them
        (a file from a laptop whose clock was wrong) is shown as it is, never silently moved."""
        self._range = allowed
        earliest, latest = allowed
        self.day.blockSignals(True)
        self.day.setDateRange(QDate(min(earliest or EARLIEST_DAY, on)), QDate(max(latest, on)))
        self.day.setDate(QDate(on))
        self.day.blockSignals(False)
        self._say_bounds()

    def _say_bounds(self) -> None:
        if self._range is None:
            self.day_bounds.clear()
            return
        from ...formats import format_date

        from ...domain.edition import active_edition, clock_day

        from ...domain.assessment import latest_day

        lang = current()
        wrong_clock = clock_day() < active_edition().as_of  # its day says nothing of the visit's
        # with a wrong clock the last day allowed is only a guard against a wrong decade (latest_day): not a
        # bound to tell the user, unless a later stage's day makes it one
        bounded = not wrong_clock or self._range[1] < latest_day()
        earliest, latest = (format_date(d, lang) if d else "" for d in self._range)
        if earliest:
            said = (self.tr("From {earliest} to {latest}.") if bounded else self.tr("From {earliest}.")).format(
                earliest=earliest, latest=latest)
        else:
            said = self.tr("Not after {latest}.").format(latest=latest) if bounded else ""
        if wrong_clock:
            said = " ".join(filter(None, [said, self.tr(
                "The computer's clock is wrong (it says {day}): set the day of the visit.").format(
                day=format_date(clock_day(), lang))]))
        self.day_bounds.setText(said)
        self.day_bounds.setVisible(bool(said) and not self.day.isReadOnly())  # a locked assessment's day stays

    def set_read_only(self, locked: bool) -> None:
        for field in (self.name, self.organization, self.day):
            field.setReadOnly(locked)
        self._say_bounds()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Assessor and date"))
        self.hint.setText(self.tr("For consultants: your name and organisation appear on the report. "
                                  "Business owners assessing themselves can leave them empty. The date is the day "
                                  "the answers describe (the visit, or the day the paper form was filled)."))
        self.name_label.setText(self.tr("Assessor &name"))
        self.organization_label.setText(self.tr("&Organisation"))
        self.name.setAccessibleName(self.tr("Assessor name"))
        self.organization.setAccessibleName(self.tr("Assessor organisation"))
        english = current() == "en"  # the picker writes the day as formats.format_date does
        self.day.setLocale(QLocale(QLocale.Language.English if english else QLocale.Language.Vietnamese))
        self.day.setDisplayFormat("d MMM yyyy" if english else "dd/MM/yyyy")
        self.day_label.setText(self.tr("Assessment &date"))
        self.day.setAccessibleName(self.tr("Assessment date"))
        self._say_bounds()


class MissingPanel(QFrame):
    """The applicable questions still unanswered, each a link that jumps to the question."""

    questionChosen = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("missing")
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setFont(scaled_font(self.font(), 1.0, bold=True))
        self.list = QListWidget()
        self.list.setObjectName("missingList")
        self.list.setCursor(Qt.CursorShape.PointingHandCursor)
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.itemClicked.connect(self._chosen)
        self.list.itemActivated.connect(self._chosen)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.hide)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.addLayout(top)
        layout.addWidget(self.list)
        self._entries: list[tuple[str, str]] = []

    def show_missing(self, entries: list[tuple[str, str]]) -> None:
        """entries: (question id, link text)."""
        self._entries = entries
        self.list.clear()
        for qid, label in entries:
            item = QListWidgetItem(label)
            item.setData(QUESTION_ID, qid)
            self.list.addItem(item)
        rows = min(len(entries), 4)  # the rest scrolls; the questions must stay in view
        self.list.setFixedHeight(sum(self.list.sizeHintForRow(r) for r in range(rows)) + 2 * self.list.frameWidth())
        self.retranslate()

    def _chosen(self, item: QListWidgetItem) -> None:
        self.questionChosen.emit(item.data(QUESTION_ID))

    def retranslate(self) -> None:
        count = len(self._entries)
        self.title.setText(self.tr("Questions still unanswered: {count}. Every question that applies needs an answer "
                                   "before the assessment can be completed. Choose one to go there:").format(
            count=count))
        self.list.setAccessibleName(self.tr("Unanswered questions"))
        self.close_button.setText(self.tr("Close"))


class QuestionnaireView(QWidget):
    """Signals: `assessmentChanged(Assessment)` after every change; `completeRequested()` when the user
    completes with every applicable question answered."""

    assessmentChanged = Signal(object)
    completeRequested = Signal()
    amendRequested = Signal()  # "Edit assessment" on a completed one; the shell asks and calls unlock()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("questionnaire")
        self.setStyleSheet(STYLE_SHEET)
        self._instrument: Instrument | None = None
        self._business: Business | None = None
        self._assessment: Assessment | None = None
        self._applicable: frozenset[str] = frozenset()
        self._pages: dict[str, AreaPage] = {}
        self._numbers: dict[str, int] = {}
        self._result: Result | None = None
        self._locked = False

        self.heading = QLabel()
        self.heading.setFont(scaled_font(self.font(), 1.15, bold=True))
        self.heading.setWordWrap(True)
        self.overall_label = QLabel()
        self.overall_bar = QProgressBar()
        self.overall_bar.setTextVisible(False)
        self.overall_bar.setMinimumWidth(60)
        self.overall_bar.setMaximumWidth(180)
        self.complete_button = QPushButton()
        self.complete_button.setObjectName("complete")
        self.complete_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.complete_button.clicked.connect(self.request_complete)
        header = QFrame()  # the progress goes under the heading: in one row they need more than a small laptop gives
        header.setObjectName("header")
        progress = QHBoxLayout()
        progress.setSpacing(10)
        progress.addWidget(self.overall_label)
        progress.addWidget(self.overall_bar, 1)
        progress.addStretch(0)
        header_layout = QGridLayout(header)
        header_layout.setContentsMargins(20, 8, 20, 8)
        header_layout.setHorizontalSpacing(14)
        header_layout.setVerticalSpacing(4)
        header_layout.addWidget(self.heading, 0, 0)
        header_layout.addLayout(progress, 1, 0)
        header_layout.addWidget(self.complete_button, 0, 1, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        header_layout.setColumnStretch(0, 1)

        self.lock_bar = QFrame()  # a completed assessment opens locked: one misclick must not change a baseline
        self.lock_bar.setObjectName("lockBar")
        self.lock_bar.setStyleSheet("#lockBar { background: #e8f1fb; border-bottom: 1px solid #b9d3ee; }")
        self.lock_text = QLabel()
        self.lock_text.setWordWrap(True)
        self.amend_button = QPushButton()
        self.amend_button.setObjectName("amend")
        self.amend_button.clicked.connect(self.amendRequested)
        lock_layout = QHBoxLayout(self.lock_bar)
        lock_layout.setContentsMargins(20, 8, 20, 8)
        lock_layout.addWidget(self.lock_text, 1)
        lock_layout.addWidget(self.amend_button)
        self.lock_bar.hide()

        self.missing = MissingPanel()
        self.missing.hide()
        self.missing.questionChosen.connect(self.go_to_question)

        self.areas = QListWidget()
        self.areas.setObjectName("areas")
        self.areas.setWordWrap(True)
        self.areas.setFixedWidth(max(220, self.fontMetrics().horizontalAdvance("M") * 17))
        self.areas.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.areas.currentRowChanged.connect(self._show_row)
        self.areas.itemActivated.connect(self._focus_page)
        self.stack = QStackedWidget()
        self.score_panel = ScorePanel()
        self.score_panel.setFixedWidth(self.areas.width())

        self.previous_button = QPushButton()
        self.previous_button.clicked.connect(self.previous_area)
        self.next_button = QPushButton()
        self.next_button.clicked.connect(self.next_area)
        footer = QFrame()
        footer.setObjectName("footer")
        footer_layout = QHBoxLayout(footer)
        footer_layout.setContentsMargins(20, 8, 20, 8)
        footer_layout.addWidget(self.previous_button)
        footer_layout.addStretch(1)
        footer_layout.addWidget(self.next_button)

        body = QHBoxLayout()
        body.setSpacing(0)
        left = QVBoxLayout()
        left.setSpacing(0)
        left.addWidget(self.areas, 1)
        left.addWidget(self.score_panel)
        body.addLayout(left)
        right = QVBoxLayout()
        right.setSpacing(0)
        right.addWidget(self.stack, 1)
        right.addWidget(footer)
        body.addLayout(right, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(header)
        layout.addWidget(self.lock_bar)
        layout.addWidget(self.missing)
        layout.addLayout(body, 1)

        for keys, slot in ((NEXT_KEYS, self.next_area), (PREVIOUS_KEYS, self.previous_area)):
            for key in keys:
                QShortcut(key, self, slot, context=Qt.ShortcutContext.WidgetWithChildrenShortcut)

        # The other pages are built in idle moments, one per timer tick, so that switching is instant.
        self._prebuild = QTimer(self)
        self._prebuild.setInterval(30)
        self._prebuild.timeout.connect(self._build_next_page)

        self.assessor_box = AssessorBox()
        self.assessor_box.changed.connect(self._assessor_edited)
        self.assessor_box.dayChanged.connect(self._day_edited)
        language().changed.connect(self._retranslate)
        self._retranslate()

    # -- the public interface -------------------------------------------------------------------

    def set_assessment(self, instrument: Instrument, business: Business, assessment: Assessment) -> None:
        for page in self._pages.values():
            if page.isAncestorOf(self.assessor_box):  # it outlives the page
                self.assessor_box.setParent(None)
            self.stack.removeWidget(page)
            page.deleteLater()
        self._pages.clear()
        self._instrument, self._business, self._assessment = instrument, business, assessment
        self._numbers = {q.id: n for n, q in enumerate(instrument.questions, start=1)}
        self._set_locked(assessment.status == "completed")
        self._applicable = applicable_ids(instrument, business, assessment.answers)
        self.assessor_box.show_assessor(assessment.assessor)
        on = _shown_day(assessment)
        self.assessor_box.show_day(on, (None, max(on, latest_day())))  # until the shell says more (set_date_range)
        self.missing.hide()
        self.areas.blockSignals(True)
        self.areas.clear()
        for area in instrument.areas:
            self.areas.addItem(QListWidgetItem())
        self.areas.blockSignals(False)
        self._update_progress()
        self._rescore()
        self._translate_heading()
        self.go_to_area(instrument.areas[0].id)
        self._prebuild.start()

    def assessment(self) -> Assessment | None:
        return self._assessment

    def set_business(self, business: Business) -> None:
        """The business was edited (its sector, size, name): what applies, the progress and the score follow it;
        the pages and the user's place stay."""
        if self._assessment is None or business == self._business:
            return
        self._business = business
        self._follow_answers()
        self._translate_heading()

    def set_date_range(self, allowed: tuple[date | None, date]) -> None:
        """The days the assessment may move to, among the business's other assessments (date_range)."""
        if self._assessment is not None:
            self.assessor_box.show_day(_shown_day(self._assessment), allowed)

    def is_locked(self) -> bool:
        return self._locked

    def unlock(self, assessment: Assessment) -> None:
        """After the user confirmed amending: `assessment` carries the time of the amendment."""
        self.keep(assessment, locked=False)

    def keep(self, assessment: Assessment, locked: bool) -> None:
        """The assessment shown, stored again or opened again with the same answers: take its new record and
        lock, keeping the pages and the reader's place."""
        self._assessment = assessment
        if self.assessor_box.assessor() != assessment.assessor:
            self.assessor_box.show_assessor(assessment.assessor)
        if self.assessor_box.chosen_day().isoformat() != assessment.assessed_on and self.assessor_box.allowed:
            self.assessor_box.show_day(_shown_day(assessment), self.assessor_box.allowed)
        self._set_locked(locked)

    def _set_locked(self, locked: bool) -> None:
        self._locked = locked
        self.lock_bar.setVisible(locked)
        self.complete_button.setVisible(not locked)
        self.assessor_box.set_read_only(locked)
        for page in self._pages.values():
            page.set_locked(locked)
        self._translate_lock()

    def set_assessor(self, name: str, organization: str = "") -> None:
        assessor = Assessor(name.strip(), organization.strip()) if name.strip() or organization.strip() else None
        self.assessor_box.show_assessor(assessor)
        self._assessor_edited()

    def current_area(self) -> str | None:
        if self._instrument is None or self.areas.currentRow() < 0:
            return None
        return self._instrument.areas[self.areas.currentRow()].id

    def go_to_area(self, area_id: str) -> bool:
        """Show an area's page and put the keyboard focus on its first open question."""
        ids = [a.id for a in self._instrument.areas] if self._instrument else []
        if area_id not in ids:
            return False
        if self.areas.currentRow() == ids.index(area_id):
            self._show_row(ids.index(area_id))
        else:
            self.areas.setCurrentRow(ids.index(area_id))
        return True

    def go_to_question(self, question_id: str) -> bool:
        """Show a question's page, scroll to it and focus it; a question that does not apply is shown
        in its page's list of skipped questions."""
        question = self._instrument.question(question_id) if self._instrument else None
        if question is None:
            return False
        self.go_to_area(question.area)
        page = self._pages[question.area]
        card = page.cards[question_id]
        if card.isHidden():
            page.show_skipped()
            page.ensureWidgetVisible(page.skipped_list)
            return True
        page.widget().layout().activate()
        page.ensureWidgetVisible(card, 0, 40)
        card.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def next_area(self) -> None:
        if self.areas.currentRow() < self.areas.count() - 1:
            self.areas.setCurrentRow(self.areas.currentRow() + 1)

    def previous_area(self) -> None:
        if self.areas.currentRow() > 0:
            self.areas.setCurrentRow(self.areas.currentRow() - 1)

    def request_complete(self) -> None:
        missing = self.missing_question_ids()
        if missing:
            self._show_missing()
            self.missing.list.setFocus(Qt.FocusReason.OtherFocusReason)
            self.missing.list.setCurrentRow(0)
            return
        self.missing.hide()
        self.completeRequested.emit()

    def missing_question_ids(self) -> list[str]:
        if self._assessment is None:
            return []
        return [q.id for q in missing_questions(self._instrument, self._applicable, self._assessment.answers)]

    # -- changes --------------------------------------------------------------------------------

    def _page(self, area_id: str) -> AreaPage:
        page = self._pages.get(area_id)
        if page is None:
            top = self.assessor_box if area_id == self._instrument.areas[0].id else None
            page = AreaPage(self._instrument, self._instrument.area(area_id), self._assessment.answers,
                            self._numbers, top)
            page.answerChanged.connect(self._answer_changed)
            page.set_applicable(self._applicable)
            page.set_locked(self._locked)
            page.retranslate(current())
            self._pages[area_id] = page
            self.stack.addWidget(page)
            page.fill_viewport()
        return page

    def _build_next_page(self) -> None:
        unbuilt = [a.id for a in self._instrument.areas if a.id not in self._pages] if self._instrument else []
        if not unbuilt:
            self._prebuild.stop()
            return
        self._page(unbuilt[0])

    def _show_row(self, row: int) -> None:
        if self._instrument is None or row < 0:
            return
        page = self._page(self._instrument.areas[row].id)
        self.stack.setCurrentWidget(page)
        self._update_buttons()
        self._show_score()
        if not self.areas.hasFocus():  # someone browsing the area list keeps their place in it
            self._focus_page()

    def _focus_page(self) -> None:
        page = self.stack.currentWidget()
        card = page.first_open_card() if page is not None else None
        if card is not None:
            card.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)

    def _answer_changed(self, question_id: str, answer: Answer | None) -> None:
        self._assessment = self._assessment.with_answer(question_id, answer)
        self._follow_answers()
        self.assessmentChanged.emit(self._assessment)

    def _follow_answers(self) -> None:
        """After an answer or a profile edit: which questions apply (skip logic reads both), the progress, the
        score and the list of what is missing."""
        applicable = applicable_ids(self._instrument, self._business, self._assessment.answers)
        if applicable != self._applicable:
            self._applicable = applicable
            for page in self._pages.values():
                page.set_applicable(applicable)
        self._update_progress()
        self._rescore()
        if self.missing.isVisible():
            self._show_missing()

    def _assessor_edited(self) -> None:
        if self._assessment is None:
            return
        self._assessment = self._assessment._replace(assessor=self.assessor_box.assessor())
        self.assessmentChanged.emit(self._assessment)

    def _day_edited(self) -> None:
        if self._assessment is None or self._locked:
            return
        self._assessment = self._assessment._replace(assessed_on=self.assessor_box.chosen_day().isoformat())
        self.assessmentChanged.emit(self._assessment)

    def _show_missing(self) -> None:
        lang = current()
        entries = []
        for qid in self.missing_question_ids():
            q = self._instrument.question(qid)
            label = self.tr("{area} · Question {number}: {topic}").format(
                area=tr(self._instrument.area(q.area).name, lang),
                number=self._numbers[qid],
                topic=tr(q.topic, lang) or tr(q.text, lang))
            entries.append((qid, label))
        if not entries:
            self.missing.hide()
            return
        self.missing.show_missing(entries)
        self.missing.show()

    def _update_progress(self) -> None:
        if self._instrument is None:
            return
        progress = area_progress(self._instrument, self._applicable, self._assessment.answers)
        lang = current()
        for row, area in enumerate(self._instrument.areas):
            p = progress[area.id]
            mark = "✓ " if p.done and p.applicable else ""
            counts = self.tr("{answered} of {total} answered").format(answered=p.answered, total=p.applicable)
            item = self.areas.item(row)
            item.setText(f"{mark}{tr(area.name, lang)}\n{counts}")
            item.setData(Qt.ItemDataRole.AccessibleTextRole, f"{tr(area.name, lang)}: {counts}")
        total = overall(progress)
        self.overall_bar.setRange(0, max(total.applicable, 1))
        self.overall_bar.setValue(total.answered)
        self.overall_label.setText(self.tr("{answered} of {total} questions answered").format(
            answered=total.answered, total=total.applicable))
        self.overall_bar.setAccessibleName(self.overall_label.text())

    def _rescore(self) -> None:
        self._result = score(self._instrument, self._business, self._assessment)
        self._show_score()

    def _show_score(self) -> None:
        self.score_panel.show_result(self._result, self._instrument, self.current_area(), current())

    def score(self) -> Result | None:
        """The score of the answers as they are now, as the panel shows it."""
        return self._result

    def progress(self) -> dict[str, tuple[int, int]]:
        """(answered, applicable) per area, as shown in the page list."""
        p = area_progress(self._instrument, self._applicable, self._assessment.answers)
        return {area: (x.answered, x.applicable) for area, x in p.items()}

    def _update_buttons(self) -> None:
        row = self.areas.currentRow()
        self.previous_button.setEnabled(row > 0)
        self.next_button.setEnabled(0 <= row < self.areas.count() - 1)

    # -- language -------------------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _translate_heading(self) -> None:
        if self._assessment is None:
            self.heading.setText(self.tr("Digital transformation assessment"))
            return
        name = self._business.name if self._business else ""
        self.heading.setText(self.tr("{stage} · {business}").format(
            stage=stage_name(self._assessment.stage), business=name))

    def _translate_lock(self) -> None:
        self.lock_text.setText(self.tr("This assessment is completed. It is shown as it was answered and cannot "
                                       "be changed by accident."))
        self.amend_button.setText(self.tr("Edit assessment"))
        self.amend_button.setAccessibleName(self.amend_button.text())
        self.amend_button.setToolTip(self.tr("Asks first; the date of the change is recorded"))

    def _retranslate(self, *_):
        lang = current()
        self._translate_heading()
        self._translate_lock()
        self.complete_button.setText(self.tr("Complete assessment"))
        self.complete_button.setToolTip(self.tr("Checks that every question that applies has an answer"))
        self.previous_button.setText(self.tr("← Previous area"))  # the keys in the tooltip: with them both
        self.previous_button.setToolTip(self.tr("Previous area: {keys}").format(keys=key_names(PREVIOUS_KEYS)))
        self.next_button.setText(self.tr("Next area →"))  # buttons need more than a 1366x768 laptop at 150 % gives
        self.next_button.setToolTip(self.tr("Next area: {keys}").format(keys=key_names(NEXT_KEYS)))
        for button in (self.previous_button, self.next_button):
            button.setAccessibleDescription(button.toolTip())
        self.areas.setAccessibleName(self.tr("Areas of the questionnaire"))
        self.assessor_box.retranslate()
        self.missing.retranslate()
        for page in self._pages.values():
            page.retranslate(lang)
        self._update_progress()
        self._show_score()
        if self.missing.isVisible():
            self._show_missing()
