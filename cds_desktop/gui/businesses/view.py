"""The businesses view: a searchable list on the left, the chosen business and its assessments on the right."""

from __future__ import annotations

from itertools import islice

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (QAbstractItemView, QBoxLayout, QFormLayout, QFrame, QHBoxLayout, QLabel, QLineEdit,
                               QListWidget, QListWidgetItem, QPushButton, QScrollArea, QSizePolicy, QStackedWidget,
                               QStyle, QTableWidgetItem, QVBoxLayout, QWidget)

from ...domain.assessment import Assessment, last_assessment, next_stage, next_stage_problems, stage_order
from ...domain.business import Business, business_problems
from ...domain.vocabulary import entity_type_names, sector_names
from ...domain.scoring import LEVEL_NAMES, level_label
from ...formats import format_date, format_percent
from ...storage.records import AssessmentSummary
from ...i18n import fold_diacritics, tr
from ..language import current
from ..results.tables import PAD_X, FittedTable
from ..widgets import heading
from .fields import LABELS, field_label
from .stages import stage_name

BUSINESS_ID = Qt.ItemDataRole.UserRole
PLACE = "place"  # the facts' row of commune and province; the other rows are fields named as the form names them
LIST_WIDTH = 220  # the business list's least width beside the details
QWIDGETSIZE_MAX = (1 << 24) - 1  # Qt's "no maximum", not exported by PySide6


def searched_text(business: Business) -> str:
    """What the search looks in: name, tax code, commune and line of business, folded (no diacritics, no
    case) once per business, not on every keystroke."""
    return fold_diacritics(" ".join((business.name, business.tax_code, business.commune, business.industry)))


class BusinessesView(QWidget):
    newBusinessRequested = Signal()
    importRequested = Signal()
    sampleRequested = Signal()
    exportRequested = Signal(object)  # Business: it and all its assessments to one file
    exportAllRequested = Signal()  # every business to one file
    editRequested = Signal(object)  # Business
    deleteRequested = Signal(object)  # Business
    mergeRequested = Signal(object)  # Business: the entry kept; another entry of the same business merges into it
    businessChosen = Signal(object)  # Business | None
    newAssessmentRequested = Signal(object, str)  # Business, stage
    continueRequested = Signal(object, object)  # Business, Assessment
    reassessRequested = Signal(object, object, str)  # Business, last Assessment, stage

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._businesses: list[Business] = []
        self._searched: list[str] = []  # searched_text of each business, in list order
        self._hidden: list[bool] = []  # each list row's state, so a keystroke only touches rows that change
        self._assessments: list[Assessment] = []
        self._summaries: dict[str, AssessmentSummary] = {}
        self._business: Business | None = None
        self._typical: tuple[tuple, dict[int, int]] | None = None  # (language and font, widths) of _typical_widths

        self.title = heading()
        self.new_button = QPushButton(self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon), "")
        self.new_button.setObjectName("primary")
        self.import_button = QPushButton(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogOpenButton), "")
        self.export_all_button = QPushButton(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton), "")
        self.new_button.clicked.connect(self.newBusinessRequested)
        self.import_button.clicked.connect(self.importRequested)
        self.export_all_button.clicked.connect(self.exportAllRequested)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.import_button)
        top.addWidget(self.export_all_button)

        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.search.returnPressed.connect(self._to_first_match)  # Enter or Down: on to what was found
        self.search.installEventFilter(self)
        self.list = QListWidget()
        self.list.setObjectName("businessList")
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.currentItemChanged.connect(self._chosen)
        self.no_match = QLabel()
        self.no_match.setWordWrap(True)
        self.no_match.setObjectName("hint")
        self.sample_button = QPushButton(self.style().standardIcon(QStyle.StandardPixmap.SP_DirOpenIcon), "")
        self.sample_button.clicked.connect(self.sampleRequested)  # once stored, it is shown, never added twice
        self.search_row = QHBoxLayout()  # the sample button goes here when the list is above the details
        self.search_row.addWidget(self.search, 1)
        left = QVBoxLayout()
        left.addLayout(self.search_row)
        left.addWidget(self.list, 1)
        left.addWidget(self.no_match)
        left.addWidget(self.sample_button, 0, Qt.AlignmentFlag.AlignLeft)  # under the list while side by side
        self.left = left
        left_panel = QWidget()
        left_panel.setLayout(left)
        left_panel.setMinimumWidth(LIST_WIDTH)
        left_panel.setMaximumWidth(380)
        left.setContentsMargins(0, 0, 0, 0)

        self.detail_page = self._build_detail()
        self.choose_hint = QLabel()
        self.choose_hint.setWordWrap(True)
        self.choose_hint.setObjectName("explanation")
        self.choose_hint.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.right = QStackedWidget()
        self.right.addWidget(self.choose_hint)
        self.right.addWidget(self.detail_page)

        self.body = QBoxLayout(QBoxLayout.Direction.LeftToRight)  # top to bottom on a narrow window
        self.body.setSpacing(24)
        self.body.addWidget(left_panel, 1)
        self.body.addWidget(self.right, 2)
        self.left_panel = left_panel
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 20)
        layout.setSpacing(16)
        layout.addLayout(top)
        layout.addLayout(self.body, 1)
        self._retranslate()

    def _build_detail(self) -> QWidget:
        """The card of the business chosen: its details scroll, the actions on its assessments stay under them."""
        self.name_label = heading(level=2)
        self.edit_button = QPushButton()
        self.delete_button = QPushButton(self.style().standardIcon(QStyle.StandardPixmap.SP_TrashIcon), "")
        self.export_button = QPushButton(self.style().standardIcon(QStyle.StandardPixmap.SP_DialogSaveButton), "")
        self.merge_button = QPushButton()
        self.merge_button.clicked.connect(lambda: self.mergeRequested.emit(self._business))
        self.edit_button.clicked.connect(lambda: self.editRequested.emit(self._business))
        self.delete_button.clicked.connect(lambda: self.deleteRequested.emit(self._business))
        self.export_button.clicked.connect(lambda: self.exportRequested.emit(self._business))
        business_row = QHBoxLayout()  # under the name, so a long name keeps the width
        business_row.addWidget(self.edit_button)
        business_row.addWidget(self.export_button)
        business_row.addWidget(self.merge_button)
        business_row.addWidget(self.delete_button)
        business_row.addStretch(1)
        # A business an earlier release stored with details an import refuses: said here, before a file is
        # saved and refused on the other laptop (the form marks each field).
        self.problems_label = QLabel()
        self.problems_label.setObjectName("businessProblems")
        self.problems_label.setProperty("role", "error")
        self.problems_label.setWordWrap(True)
        self.problems_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems_label.setVisible(False)
        self.facts = QFormLayout()
        self.facts.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.fact_labels: dict[str, tuple[QLabel, QLabel]] = {}
        for key in ("entity_type", "sector", "size_class", "tax_code", PLACE):
            name, value = QLabel(), QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fact_labels[key] = (name, value)
            self.facts.addRow(name, value)
        self.assessments_title = heading(level=2)
        self.table = FittedTable(5, stretch=2)  # the assessor's name and organisation wrap; nothing is elided
        self.table.setObjectName("assessments")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)  # only if a word cannot wrap
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _item: self._open_selected())
        self.no_assessments = QLabel()
        self.no_assessments.setWordWrap(True)
        self.no_assessments.setObjectName("hint")
        self.start_button = QPushButton()
        self.start_button.setObjectName("primary")
        self.continue_button = QPushButton()
        self.reassess_button = QPushButton()
        self._main = self.start_button  # first in line (_put_first): the copy of the last once there is one
        self.start_button.clicked.connect(
            lambda: self.newAssessmentRequested.emit(self._business, self._next_stage()))
        self.continue_button.clicked.connect(self._open_selected)
        self.reassess_button.clicked.connect(
            lambda: self.reassessRequested.emit(self._business, self._last(), self._next_stage()))
        # Why neither the copy nor a blank form is offered while the last assessment is a draft: said under the
        # buttons, as a disabled button's tooltip is easily missed.
        self.reassess_hint = QLabel()
        self.reassess_hint.setObjectName("hint")
        self.reassess_hint.setWordWrap(True)
        self.reassess_hint.setVisible(False)
        # The three buttons on one row when the card has the width, the third on a row below when not (150 %):
        # _flow_actions.
        self._first_row, self._second_row = QHBoxLayout(), QHBoxLayout()
        self._first_row.addWidget(self.start_button)
        self._first_row.addWidget(self.continue_button)
        self._first_row.addStretch(1)
        self._second_row.addWidget(self.reassess_button)
        self._second_row.addStretch(1)
        # Under the details, not at their end: on a 1366x768 laptop at 125 % the table of a few assessments fills
        # the card, and the buttons and the reason below it were out of sight until the user scrolled.
        self.actions_bar = QFrame()
        self.actions_bar.setObjectName("cardActions")
        # Its width is the card's; the buttons go on two rows when one does not hold them (_flow_actions).
        self.actions_bar.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.actions_bar.installEventFilter(self)
        actions = QVBoxLayout(self.actions_bar)
        actions.setContentsMargins(20, 10, 20, 14)
        actions.setSpacing(8)
        actions.addLayout(self._first_row)
        actions.addLayout(self._second_row)
        actions.addWidget(self.reassess_hint)

        details = QWidget()
        details.setObjectName("cardDetailsContent")
        layout = QVBoxLayout(details)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.setSpacing(12)
        layout.addWidget(self.name_label)
        layout.addLayout(business_row)
        layout.addWidget(self.problems_label)
        layout.addSpacing(8)
        layout.addWidget(self.assessments_title)  # what is done here comes first: the facts are scrolled to
        layout.addWidget(self.table)
        layout.addWidget(self.no_assessments)
        layout.addSpacing(8)
        layout.addLayout(self.facts)
        layout.addStretch(1)
        self.detail_scroll = QScrollArea()  # scrolls rather than push the window past a small screen
        self.detail_scroll.setObjectName("cardDetails")
        self.detail_scroll.setWidget(details)
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        page = QFrame()
        page.setObjectName("card")
        # Its actions' height is not the stack's least height while no business is chosen: the list takes it then.
        page.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)
        card = QVBoxLayout(page)
        card.setContentsMargins(1, 1, 1, 1)  # inside the card's border
        card.setSpacing(0)
        card.addWidget(self.detail_scroll, 1)
        card.addWidget(self.actions_bar)
        return page

    # -- data --------------------------------------------------------------------------------
    def set_businesses(self, businesses: list[Business], select_id: str | None = None) -> None:
        self._businesses = sorted(businesses, key=lambda b: fold_diacritics(b.name))
        self._searched = [searched_text(b) for b in self._businesses]
        self._hidden = [False] * len(self._businesses)
        keep = select_id or (self._business.id if self._business else None)
        self.list.blockSignals(True)
        self.list.clear()
        for b in self._businesses:
            item = QListWidgetItem(self._item_text(b))
            item.setData(BUSINESS_ID, b.id)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, b.name)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self._filter()
        if keep and self.select(keep):
            return
        self._show_business(None, [])

    def select(self, business_id: str) -> bool:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(BUSINESS_ID) == business_id and not item.isHidden():
                self.list.setCurrentItem(item)
                self._chosen(item)
                return True
        return False

    def _item_text(self, b: Business) -> str:
        """The name over the place beside the details; on one line when the list stands above them, where
        it is wide and a few rows high."""
        place = ", ".join(p for p in (b.commune, b.province) if p)
        above = self.body.direction() == QBoxLayout.Direction.TopToBottom
        return f"{b.name}{' · ' if above else chr(10)}{place}" if place else b.name

    def set_assessments(self, business: Business, assessments: list[Assessment],
                        summaries: list[AssessmentSummary]) -> None:
        """Shown for the chosen business (the main window loads them from the store)."""
        self._summaries = {s.id: s for s in summaries}
        self._show_business(business, assessments)

    def visible_names(self) -> list[str]:
        return [self.list.item(r).data(Qt.ItemDataRole.AccessibleTextRole) for r in range(self.list.count())
                if not self.list.item(r).isHidden()]

    def _filter(self) -> None:
        """Search by name, tax code, commune or line of business, with or without diacritics."""
        query = self.search.text()
        hits = range(len(self._searched))
        for word in fold_diacritics(query).split():
            hits = [row for row in hits if word in self._searched[row]]
        hits = set(hits)
        for row, hidden in enumerate(self._hidden):
            if hidden == (row in hits):
                self._hidden[row] = not hidden
                self.list.item(row).setHidden(not hidden)
        self.no_match.setVisible(bool(query.strip()) and not hits)
        self._fit_list()  # fewer rows shown: more height for the business chosen

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Down:
            self._to_first_match()
            return True
        if watched is not self.search and event.type() == QEvent.Type.Resize:  # the bar of the card's actions
            self._flow_actions()
        return super().eventFilter(watched, event)

    def _to_first_match(self) -> None:
        """From the search to the first business it found, chosen, and the list in hand for the arrow keys."""
        row = next((r for r in range(self.list.count()) if not self.list.item(r).isHidden()), None)
        if row is not None:
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)
            self.list.setCurrentRow(row)

    def _chosen(self, item: QListWidgetItem | None, _previous=None) -> None:
        business = None
        if item is not None:
            business = next((b for b in self._businesses if b.id == item.data(BUSINESS_ID)), None)
        self._business = business
        self.businessChosen.emit(business)

    def _show_business(self, business: Business | None, assessments: list[Assessment]) -> None:
        self._business = business
        self._assessments = sorted(assessments, key=stage_order)
        self.right.setCurrentWidget(self.detail_page if business else self.choose_hint)
        self._fit_list()
        if business is not None:
            self._fill_detail()
        else:  # the rows of the business shown before go with it: the buttons read the selected row
            self.table.setRowCount(0)
            self._update_buttons()

    def _fill_detail(self) -> None:
        b, lang = self._business, current()
        self.name_label.setText(b.name)
        self.name_label.setAccessibleName(b.name)
        values = {"entity_type": tr(entity_type_names().get(b.entity_type), lang),
                  "sector": tr(sector_names().get(b.sector), lang), "size_class": tr(b.size_class_label, lang),
                  "tax_code": b.tax_code or "—", PLACE: ", ".join(p for p in (b.commune, b.province) if p)}
        for key, (_, value) in self.fact_labels.items():
            value.setText(values[key])
        self._show_problems(b, lang)
        self.table.setRowCount(len(self._assessments))
        for row, a in enumerate(self._assessments):
            cells = (stage_name(a.stage), format_date(a.assessed_on, lang), self._assessor_text(a), self._status_text(a),
                     self._level_text(a))
            for col, cell in enumerate(cells):
                item = QTableWidgetItem(cell)
                item.setToolTip(cell)
                self.table.setItem(row, col, item)
        self.table.fit()
        self._reflow()
        self.table.setVisible(bool(self._assessments))
        self.no_assessments.setVisible(not self._assessments)
        if self._assessments:
            drafts = [r for r, a in enumerate(self._assessments) if a.status == "draft"]
            self.table.selectRow(drafts[-1] if drafts else len(self._assessments) - 1)
        self._update_buttons()

    def _show_problems(self, b: Business, lang: str) -> None:
        """One short line naming the fields to correct (each problem in full in its tooltip), and the button."""
        problems = business_problems(b)
        fields = {f"business.{field}": field_label(field) for field in LABELS}
        named = ", ".join(dict.fromkeys(fields.get(p.where) or tr(p.message, lang) for p in problems))
        self.problems_label.setText(self.tr("A file saved with this business is refused on another computer. To "
                                            "correct: {fields}. Click “Edit”.").format(fields=named) if problems else "")
        self.problems_label.setToolTip("\n".join(tr(p.message, lang) for p in problems))
        self.problems_label.setAccessibleName(self.problems_label.text())
        self.problems_label.setAccessibleDescription(self.problems_label.toolTip())
        self.problems_label.setVisible(bool(problems))

    def _assessor_text(self, a: Assessment) -> str:
        if a.assessor is None or not a.assessor.name:
            return self.tr("Self-assessment")
        return ", ".join(p for p in (a.assessor.name, a.assessor.organization) if p)

    def _status_text(self, a: Assessment) -> str:
        return self.tr("Completed") if a.status == "completed" else self.tr("Draft")

    def _level_text(self, a: Assessment) -> str:
        summary = self._summaries.get(a.id)
        if summary is None or summary.completeness is None:  # not scored: its questionnaire is not here
            return self.tr("(questionnaire version not installed)")
        if a.status != "completed" or summary.overall_level is None:  # a level once every question is answered
            return self.tr("{percent} answered").format(percent=format_percent(summary.completeness or 0, current()))
        return level_label(summary.overall_level, current())

    def selected_assessment(self) -> Assessment | None:
        rows = self.table.selectionModel().selectedRows()
        return self._assessments[rows[0].row()] if rows else None

    def _open_selected(self) -> None:
        assessment = self.selected_assessment()
        if assessment is not None:
            self.continueRequested.emit(self._business, assessment)

    def _next_stage(self) -> str:
        return next_stage(a.stage for a in self._assessments)

    def _last(self) -> Assessment | None:
        return last_assessment(self._assessments)

    def _draft_first(self) -> Assessment | None:
        """The last assessment while it is a draft (the next stage then waits for it, from a copy or on a blank
        form: next_stage_problems, the rule the store applies), else None."""
        return self._last() if next_stage_problems(self._assessments) else None

    def _update_buttons(self) -> None:
        stage = self._next_stage()
        selected = self.selected_assessment()
        self.start_button.setText(  # beside the copy of the last one, a later assessment says it starts blank
            self.tr("Start {stage} on a blank form").format(stage=stage) if self._assessments
            else self.tr("Start: {stage}").format(stage=stage_name(stage)))
        self.reassess_button.setText(self.tr("Re-assess ({stage}) from a copy of the last").format(stage=stage))
        self.reassess_button.setVisible(bool(self._assessments))
        draft = self._draft_first()
        why = self.tr("{stage} is still a draft: open it with “Continue the draft” and complete it, then start "
                      "{next}.").format(stage=draft.stage, next=stage) if draft is not None else ""
        for button in (self.reassess_button, self.start_button):
            button.setEnabled(draft is None)
            button.setToolTip(why)
            button.setAccessibleDescription(why)
        self.reassess_hint.setText(why)
        self.reassess_hint.setVisible(draft is not None)
        self._put_first(self.reassess_button if self._assessments else self.start_button)
        self._mark_primary(self.continue_button if draft is not None else
                           self.reassess_button if self._assessments else self.start_button)
        self.continue_button.setEnabled(selected is not None)
        self.export_button.setEnabled(bool(self._assessments))  # a file carries assessments with their business
        self.merge_button.setEnabled(len(self._businesses) > 1)  # another entry to merge in
        self.continue_button.setText(self.tr("Continue the draft") if selected is not None and selected.status == "draft"
                                     else self.tr("Open"))
        for button in (self.start_button, self.continue_button, self.reassess_button):
            button.setAccessibleName(button.text())
        self._flow_actions()  # "Open" or "Continue the draft", "T3" or "T10": the row's width changes with them

    def _put_first(self, main: QPushButton) -> None:
        """The main action first beside Open, the other after them. A later assessment is best made from a copy
        of the last (only what changed is answered again, as the README says): the copy leads then."""
        self._main = main
        QWidget.setTabOrder(main, self.continue_button)
        QWidget.setTabOrder(self.continue_button, self._other())
        self._flow_actions()

    def _other(self) -> QPushButton:
        return self.start_button if self._main is self.reassess_button else self.reassess_button

    def _flow_actions(self) -> None:
        """The three buttons on one row when the card has the width for them (a 1366x768 laptop at 125 %), the
        third on a row below when not (at 150 %): a second row is height the details give up."""
        main, other = self._main, self._other()
        shown = [button for button in (main, self.continue_button, other) if not button.isHidden()]
        margins = self.actions_bar.layout().contentsMargins()
        room = self.actions_bar.width() - margins.left() - margins.right()
        need = sum(button.sizeHint().width() for button in shown) + self._first_row.spacing() * (len(shown) - 1)
        first = [main, self.continue_button] + ([other] if need <= room else [])
        if [self._first_row.itemAt(i).widget() for i in range(self._first_row.count())][:len(first)] == first \
                and (other in first or self._second_row.indexOf(other) == 0):
            return
        for row in (self._first_row, self._second_row):
            for button in (main, self.continue_button, other):
                row.removeWidget(button)
        for index, button in enumerate(first):
            self._first_row.insertWidget(index, button)
        if other not in first:
            self._second_row.insertWidget(0, other)

    def _mark_primary(self, main: QPushButton) -> None:
        """The one blue button: the copy of the last assessment, or the first one; "Continue the draft" while
        the last assessment is a draft, to be completed before the next stage starts."""
        for button in (self.start_button, self.continue_button, self.reassess_button):
            name = "primary" if button is main else ""
            if button.objectName() != name:
                button.setObjectName(name)
                button.style().unpolish(button)
                button.style().polish(button)

    # -- language ----------------------------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow()

    def _reflow(self) -> None:
        """Side by side while the assessments table has room for every column; else the list above the
        details (a 1366x768 laptop at 150 % leaves this view about 660 pixels)."""
        em = self.fontMetrics().horizontalAdvance("M")
        header = self.table.horizontalHeader()
        typical = self._typical_widths()
        columns = sum(max(header.sectionSizeHint(c), typical[c]) for c in range(5) if c != 2)
        detail = columns + max(header.sectionSizeHint(2), em * 10) + 80  # the card's margins and a scroll bar
        narrow = self.width() < LIST_WIDTH + self.body.spacing() + detail
        if narrow != (self.body.direction() == QBoxLayout.Direction.TopToBottom):
            self.body.setDirection(QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight)
            self.left_panel.setMinimumWidth(0 if narrow else LIST_WIDTH)
            self._fit_list()
            for layout in (self.search_row, self.left):  # beside the search, to leave the short list its rows
                layout.removeWidget(self.sample_button)
            if narrow:
                self.search_row.addWidget(self.sample_button)
            else:
                self.left.addWidget(self.sample_button, 0, Qt.AlignmentFlag.AlignLeft)
            for row, business in enumerate(self._businesses):
                self.list.item(row).setText(self._item_text(business))

    def _fit_list(self) -> None:
        """Above the details the list keeps a few rows, no more than it has, and leaves the height to the
        business chosen (an owner with one business sees its assessments, not an empty list); with none chosen
        it takes the height, so a consultant with hundreds of businesses sees a page of them to pick from, not
        three rows over an empty space."""
        narrow = self.body.direction() == QBoxLayout.Direction.TopToBottom
        chosen = self.right.currentWidget() is self.detail_page
        em = self.fontMetrics().horizontalAdvance("M")
        self.left_panel.setMaximumSize(QWIDGETSIZE_MAX if narrow else 380,
                                       min(em * 12, self._rows_height()) if narrow and chosen else QWIDGETSIZE_MAX)
        self.body.setStretchFactor(self.right, 2 if chosen or not narrow else 0)
        if self.list.currentItem() is not None:
            self.list.scrollToItem(self.list.currentItem())

    def _rows_height(self) -> int:
        """The height the search and the businesses shown take above the details, each on its line."""
        shown = list(islice((row for row, hidden in enumerate(self._hidden[:self.list.count()]) if not hidden), 12))
        rows = sum(self.list.sizeHintForRow(row) + 2 * self.list.spacing() for row in shown)
        below = self.no_match.sizeHint().height() + self.left.spacing() if not self.no_match.isHidden() else 0
        return (self.search_row.sizeHint().height() + self.left.spacing() + rows + 2 * self.list.frameWidth()
                + below)

    def _typical_widths(self) -> dict[int, int]:
        """What the table's columns other than the assessor's need for any assessment (the longest stage
        name, date, status and level in this language), not for the business shown: the layout must not
        turn round when a business is chosen, or when the next one has a longer cell."""
        lang, metrics = current(), self.table.fontMetrics()
        key = (lang, metrics.height(), metrics.averageCharWidth())
        if self._typical is None or self._typical[0] != key:
            texts = {0: [stage_name(f"T{n}") for n in range(10)],
                     1: [format_date(f"2026-{month:02d}-28", lang) for month in range(1, 13)],
                     3: [self.tr("Completed"), self.tr("Draft")],
                     4: [level_label(level, lang) for level in LEVEL_NAMES]
                     + [self.tr("{percent} answered").format(percent=format_percent(1, lang))]}
            widths = {c: max(metrics.horizontalAdvance(t) for t in column) + 2 * PAD_X + 6
                      for c, column in texts.items()}
            self._typical = (key, {**widths, 2: 0})
        return self._typical[1]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Businesses"))
        for button, text in ((self.new_button, self.tr("New business")), (self.import_button, self.tr("Import a file…")),
                             (self.export_all_button, self.tr("Save all to a file…")),
                             (self.sample_button, self.tr("Open the sample business")),
                             (self.export_button, self.tr("Save to a file…")),
                             (self.edit_button, self.tr("Edit")), (self.delete_button, self.tr("Delete")),
                             (self.merge_button, self.tr("Merge with another business…"))):
            button.setText(text)
            button.setAccessibleName(text)
        self.search.setPlaceholderText(self.tr("Search by name, tax code or commune"))
        self.search.setAccessibleName(self.tr("Search businesses"))
        self.list.setAccessibleName(self.tr("Businesses"))
        self.no_match.setText(self.tr("No business matches your search."))
        self.export_button.setToolTip(self.tr("This business and all its assessments in one file, for a consultant "
                                              "or another computer"))
        self.export_all_button.setToolTip(self.tr("Every business and all their assessments in one file"))
        self.merge_button.setToolTip(self.tr("The same business entered twice: keep this entry and move every "
                                             "assessment of the other one here"))
        self.choose_hint.setText(self.tr("Choose a business in the list to see its assessments."))
        names = {**{field: field_label(field) for field in self.fact_labels if field in LABELS},
                 PLACE: self.tr("Location")}  # the commune and the province on one row: the form has a label each
        for key, (label, value) in self.fact_labels.items():
            label.setText(names[key])
            value.setAccessibleName(names[key])
        self.assessments_title.setText(self.tr("Assessments"))
        self.table.setHorizontalHeaderLabels([self.tr("Stage"), self.tr("Date"), self.tr("Assessor"), self.tr("Status"),
                                              self.tr("Overall level")])
        self.table.setAccessibleName(self.tr("Assessments of this business"))
        self.no_assessments.setText(self.tr("No assessment yet. Start the first one (T0) to measure where the "
                                            "business stands today."))
        if self._business is not None:
            self._fill_detail()
        else:
            self._update_buttons()
            self._reflow()
