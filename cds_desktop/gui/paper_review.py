"""Đọc phiếu giấy: scans or photos of a filled questionnaire become a draft assessment, after a person has
looked at every answer the reader was unsure of (with the picture of its boxes beside the choices).

`read_paper_forms(parent, repo)` runs the whole flow from a view: choose files, read them in the
background, review, save. The review dialog (`PaperReview`) is usable on its own (tests build it
from a `FormReading`); pages of several printouts read in one go open `BatchReview`, one draft per
printout, each reviewed and saved on its own.
"""

from __future__ import annotations

from datetime import date
from typing import Any, Callable

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, Qt
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (QButtonGroup, QCheckBox, QComboBox, QDateEdit, QDialog, QDialogButtonBox, QFileDialog,
                               QFrame, QGridLayout, QHBoxLayout, QLabel, QLineEdit, QListWidget, QListWidgetItem,
                               QRadioButton, QScrollArea, QStackedWidget, QVBoxLayout, QWidget)

from ..domain import question_types
from ..domain.assessment import Assessment, paper_date_problems, paper_day
from ..domain.business import Business
from ..domain.vocabulary import entity_type_names, sector_names
from ..errors import InputError
from ..formats import format_date
from ..i18n import tr
from ..report.form_layout import links_to
from ..storage import Repository
from . import dialogs
from .language import current
from .tasks import Operation
from .widgets import resize_within_screen

LEAVE = object()  # "leave it unanswered"


def _pixmap(gray) -> QPixmap:
    """A numpy grey picture as a pixmap (copied: the array may go away)."""
    import numpy as np

    data = np.ascontiguousarray(gray)
    image = QImage(data.data, data.shape[1], data.shape[0], data.strides[0], QImage.Format.Format_Grayscale8)
    return QPixmap.fromImage(image.copy())


class PaperReview(QDialog):
    """Every uncertain answer with its boxes' pictures and the choices; where to store the draft."""

    def __init__(self, reading, repo: Repository | None, parent: QWidget | None = None, *, embedded: bool = False,
                 today: date | None = None):
        super().__init__(parent)
        self.reading, self.repo, self.embedded = reading, repo, embedded
        self.today = today  # the computer's clock when not given
        self.setObjectName("paperReview")
        if embedded:  # one draft of a batch, inside `BatchReview`: a page of it, its buttons are the batch's
            self.setWindowFlags(Qt.WindowType.Widget)
        else:
            resize_within_screen(self, 900, 640)
        self._choices: dict[str, Callable[[], Any]] = {}  # question id -> what the person chose (LEAVE: nothing)
        lang = current()

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.new_business = QRadioButton()
        self.existing_business = QRadioButton()
        self.name_edit = QLineEdit()
        self.business_combo = QComboBox()
        stored = repo.businesses() if repo is not None else []
        for business in stored:
            self.business_combo.addItem(business.name, business.id)
        known = reading.form.business_id if reading.form else ""
        index = next((i for i in range(self.business_combo.count())
                      if links_to(self.business_combo.itemData(i), known)), -1)
        (self.existing_business if index >= 0 else self.new_business).setChecked(True)
        if index >= 0:
            self.business_combo.setCurrentIndex(index)
        self.existing_business.setEnabled(bool(stored))
        self.existing_business.toggled.connect(self._follow_business)
        self.business_combo.currentIndexChanged.connect(self._follow_business)
        where = QGridLayout()
        where.addWidget(self.new_business, 0, 0)
        where.addWidget(self.name_edit, 0, 1)
        where.addWidget(self.existing_business, 1, 0)
        where.addWidget(self.business_combo, 1, 1)
        # The day the form was filled in, as written in its Signatures section: the reader does not read
        # handwriting, and the form says nothing else of that day (the footer's is the day it was printed, in
        # words the reader does not read either). Today until the consultant gives it; the T0 -> T1 timeline,
        # the comparison and the report all go by it.
        self.date_label = QLabel()
        self.date_edit = QDateEdit()
        self.date_edit.setCalendarPopup(True)
        self._default_day = paper_day(self._previous_day(), today)  # or the catalog's day while the clock is behind
        self.date_edit.setDate(QDate(self._default_day))
        self.date_label.setBuddy(self.date_edit)
        self.date_hint = QLabel()
        self.date_hint.setObjectName("hint")
        self.date_hint.setWordWrap(True)
        dated = QHBoxLayout()
        dated.addWidget(self.date_edit)
        dated.addWidget(self.date_hint, 1)
        where.addWidget(self.date_label, 2, 0)
        where.addLayout(dated, 2, 1)

        items = QWidget()
        self.items_layout = QVBoxLayout(items)
        self.items_layout.setSpacing(10)
        self.item_frames = []
        for item in reading.uncertain:
            self.items_layout.addWidget(self._item(item, lang))
        self.items_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(items)

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addLayout(where)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        if embedded:
            self.buttons.hide()
            layout.setContentsMargins(0, 0, 0, 0)
        self._retranslate()

    # -- one uncertain answer --------------------------------------------------------------------

    def _item(self, item, lang: str) -> QFrame:
        frame = QFrame()
        frame.setObjectName("card")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        box = QVBoxLayout(frame)
        title = QLabel(f"<b>{self._question_text(item.question_id, lang)}</b>")
        title.setWordWrap(True)
        box.addWidget(title)
        reason = QLabel()
        reason.setObjectName("note")
        reason.setProperty("reason", item.reason)
        box.addWidget(reason)
        frame.reason_label = reason  # type: ignore[attr-defined]
        self.item_frames.append(frame)
        name = item.question_id[len("profile."):] if item.question_id.startswith("profile.") else None
        if name in ("employees", "annual_revenue_vnd", "total_capital_vnd"):
            self._number_item(item, box, frame)
        else:
            question = None if name else self.reading.instrument.question(item.question_id)
            many = question is not None and question_types.of(question).choices(question).many
            self._choice_item(item, box, frame, many, lang)
        return frame

    def _crop_label(self, choice) -> QLabel:
        label = QLabel()
        label.setPixmap(_pixmap(self.reading.crop(choice)))
        label.setFixedSize(label.pixmap().size())
        label.setFrameShape(QFrame.Shape.Box)
        return label

    def _choice_item(self, item, box: QVBoxLayout, frame: QFrame, many: bool, lang: str) -> None:
        grid = QGridLayout()
        group = QButtonGroup(frame)
        group.setExclusive(not many)
        buttons = []
        for row, choice in enumerate(item.choices):
            button = QCheckBox() if many else QRadioButton()
            short, full = self._choice_text(item.question_id, choice, lang)
            button.setText(short)
            button.setAccessibleName(full)
            description = QLabel(full if full != short else "")
            description.setWordWrap(True)
            grid.addWidget(description, row, 2)
            group.addButton(button)
            suggested = item.suggestion
            if many:
                button.setChecked(choice.kind == "option" and suggested is not None and choice.value in suggested
                                  or choice.kind == "na" and choice.value is not None and choice.marked)
            else:
                button.setChecked(suggested is not None and choice.value == suggested and choice.kind != "na")
            grid.addWidget(self._crop_label(choice), row, 0)
            grid.addWidget(button, row, 1)
            buttons.append((choice, button))
        leave = QRadioButton() if not many else None
        if leave is not None:
            group.addButton(leave)
            leave.setChecked(item.suggestion is None)
            grid.addWidget(leave, len(item.choices), 1)
            frame.leave_button = leave  # type: ignore[attr-defined]
        grid.setColumnStretch(2, 1)
        box.addLayout(grid)

        def chosen() -> Any:
            picked = [c for c, b in buttons if b.isChecked()]
            if not many:
                return LEAVE if not picked else picked[0].value
            options = tuple(c.value for c in picked if c.kind == "option")
            irrelevant = tuple(c.value for c in picked if c.kind == "na" and c.value is not None)
            if any(c.kind == "na" and c.value is None for c in picked):
                return {"selected": None} if len(picked) == 1 else LEAVE
            return {"selected": options, "not_relevant": irrelevant} if options else LEAVE

        self._choices[item.question_id] = chosen

    def _number_item(self, item, box: QVBoxLayout, frame: QFrame) -> None:
        pages = {c.page for c in item.choices}
        page = min(pages)
        crops = [c.box.crop for c in item.choices if c.page == page]
        x0, y0 = min(c[0] for c in crops), min(c[1] for c in crops)
        x1, y1 = max(c[2] for c in crops), max(c[3] for c in crops)
        picture = QLabel()
        picture.setPixmap(_pixmap(self.reading.pages[page].picture((x0, y0, x1, y1))))
        edit = QLineEdit()
        edit.setMaxLength(15)
        frame.number_edit = edit  # type: ignore[attr-defined]
        row = QHBoxLayout()
        row.addWidget(picture)
        row.addWidget(edit, 1)
        box.addLayout(row)

        def chosen() -> Any:
            digits = "".join(ch for ch in edit.text() if ch.isdigit())
            return int(digits) if digits else LEAVE

        self._choices[item.question_id] = chosen

    def _question_text(self, question_id: str, lang: str) -> str:
        if question_id.startswith("profile."):
            names = {"entity_type": self.tr("Type of business"), "sector": self.tr("Main sector"),
                     "produces_goods": self.tr("Makes or processes goods"), "commune": self.tr("Commune"),
                     "employees": self.tr("Workers"), "annual_revenue_vnd": self.tr("Revenue (đồng)"),
                     "total_capital_vnd": self.tr("Total capital (đồng)")}
            return names[question_id[len("profile."):]]
        q = self.reading.instrument.question(question_id)
        return tr(q.text, lang) if q else question_id

    def _choice_text(self, question_id: str, choice, lang: str) -> tuple[str, str]:
        """A short label for the button and the full text beside it (long texts wrap there)."""
        if choice.kind == "na" and choice.value is None:
            return self.tr("Not applicable"), self.tr("Not applicable")
        q = None if question_id.startswith("profile.") else self.reading.instrument.question(question_id)
        if q is not None:  # a box of the question's choices, or its "not relevant to us" box
            item = next(c for c in question_types.of(q).choices(q).items if c.key == choice.value)
            if choice.kind == "na":
                return self.tr("Not relevant to us"), tr(item.text, lang)
            if item.level is not None:
                return self.tr("Level {level}").format(level=item.level), tr(item.text, lang)
            return "", tr(item.text, lang)
        names = {"entity_type": entity_type_names(), "sector": sector_names()}.get(question_id[len("profile."):])
        if names:
            label = tr(names[choice.value], lang)
        elif isinstance(choice.value, bool):
            label = self.tr("Yes") if choice.value else self.tr("No")
        else:
            label = str(choice.value)
        return label, label

    # -- the result ------------------------------------------------------------------------------

    def chosen(self) -> dict[str, Any]:
        """Question id (or "profile.<field>") -> the value the person chose; unanswered ones left out."""
        out = {}
        for qid, read in self._choices.items():
            value = read()
            if value is not LEAVE:
                out[qid] = value
        return out

    def assessed_on(self) -> date:
        """The day the draft is dated: the date field's."""
        return self.date_edit.date().toPython()

    def _previous_day(self) -> date | None:
        """The day of the chosen stored business's last assessment, which the draft follows; None for a new one."""
        if self.repo is not None and self.existing_business.isChecked() and self.business_combo.currentData():
            days = [s.assessed_on for s in self.repo.assessments_of(self.business_combo.currentData())]
            return date.fromisoformat(max(days)) if days else None
        return None

    def _follow_business(self) -> None:
        """Another business chosen: the day given until the form's is typed is one its draft may take (not before
        its last assessment, paper_day); a day the consultant typed stays."""
        typed = self.assessed_on() != self._default_day
        self._default_day = paper_day(self._previous_day(), self.today)
        if not typed:
            self.date_edit.setDate(QDate(self._default_day))
        self._show_date_hint()

    def date_problems(self) -> list:
        """Why the date cannot be the draft's: a day still to come, or (for a stored business) a day before its
        last assessment, which the draft follows."""
        return paper_date_problems(self.assessed_on(), self.today, self._previous_day())

    def draft(self):
        return self.reading.draft(self.chosen(), on=self.assessed_on())

    def save(self, repo: Repository) -> tuple[Business, Assessment]:
        """Store the draft under a new business (its name typed here) or the chosen stored one, dated as the date
        field says (InputError when that day cannot be the draft's)."""
        if problems := self.date_problems():
            raise InputError(problems)
        draft = self.draft()
        if self.existing_business.isChecked() and self.business_combo.currentData():
            business = repo.get_business(self.business_combo.currentData())
        else:
            name = self.name_edit.text().strip() or draft.business.name
            business = repo.add_business(draft.business._replace(name=name))
        assessment = draft.assessment
        taken = {s.id for s in repo.summaries()}
        if assessment.id in taken:  # never overwrite a stored assessment with what paper says
            import uuid

            assessment = assessment._replace(id=str(uuid.uuid4()))
        assessment = assessment._replace(stage=repo.next_stage(business.id))
        return business, repo.save_assessment(business.id, assessment)

    def ready(self) -> bool:
        """Whether the draft can be stored as chosen (a new business needs its name); says why not."""
        if self.new_business.isChecked() and not self.name_edit.text().strip():
            dialogs.warn(self, self.tr("A name is needed"), self.tr("Type the business name written on the form, "
                                                                     "or choose a stored business."))
            self.name_edit.setFocus()
            return False
        if problems := self.date_problems():
            dialogs.warn(self, self.tr("Check the date"), "\n".join(tr(p.message, current()) for p in problems))
            self.date_edit.setFocus()
            return False
        return True

    def accept(self) -> None:
        if self.ready():
            super().accept()

    def keyPressEvent(self, event) -> None:
        if self.embedded and event.key() == Qt.Key.Key_Escape:
            event.ignore()  # the batch's window decides what Escape does, this draft must not hide itself
            return
        super().keyPressEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _show_date_hint(self) -> None:
        """What the date field is for, and, when the day it starts at is the chosen business's last assessment's
        (dated after today), why."""
        previous = self._previous_day()
        if previous is not None and previous > self._default_day:  # after the last day that has come: none fits
            self.date_hint.setText(self.tr(
                "This business's last assessment is dated {day}, a day that has not come: the computer that wrote it "
                "may have had a wrong clock, and the draft, which follows it, cannot be dated. Set that assessment's "
                "date on the assessor card (Assessment page) first.").format(day=format_date(previous, current())))
        elif previous is not None and self._default_day == previous and previous > paper_day(None, self.today):
            self.date_hint.setText(self.tr(
                "The date in the form's Signatures section, the day it was filled in: the assessment is dated by it. "
                "If none is written: {day}, the day of this business's last assessment, which the draft follows and "
                "cannot be dated before.").format(day=format_date(previous, current())))
        else:
            self.date_hint.setText(self.tr("The date in the form's Signatures section, the day it was filled in: the "
                                           "assessment is dated by it. Today if none is written."))

    def _retranslate(self) -> None:
        reading = self.reading
        self.setWindowTitle(self.tr("Read paper forms: check and save"))
        answers = sum(r.status == "answered" for r in reading.questions.values())
        lines = [self.tr("{pages} read; {answers} read with certainty; {uncertain} to check below.").format(
            pages=self.tr("1 page") if len(reading.pages) == 1 else self.tr("{count} pages").format(
                count=len(reading.pages)),
            answers=self.tr("1 answer") if answers == 1 else self.tr("{count} answers").format(count=answers),
            uncertain=len(reading.uncertain))]
        if reading.missing_pages:
            lines.append(self.tr("Missing pages: {pages} (their questions stay unanswered).").format(
                pages=", ".join(map(str, reading.missing_pages))))
        lines += [p.render(current()) for p in reading.problems]
        if any(p.kind == "photocopy" for p in reading.problems):  # pages of another business's copy: what to do
            from ..paper.copies import ADVICE

            lines.append(tr(ADVICE, current()))
        self.summary.setText("\n".join(lines))
        self.new_business.setText(self.tr("New business, named:"))
        self.name_edit.setPlaceholderText(self.tr("the name written on the form"))
        self.name_edit.setAccessibleName(self.tr("Name of the new business"))
        self.existing_business.setText(self.tr("A stored business:"))
        self.business_combo.setAccessibleName(self.tr("Stored business"))
        english = current() == "en"  # the field writes the day as formats.format_date does
        self.date_edit.setLocale(QLocale(QLocale.Language.English if english else QLocale.Language.Vietnamese))
        self.date_edit.setDisplayFormat("d MMM yyyy" if english else "dd/MM/yyyy")
        self.date_label.setText(self.tr("Date written on the form:"))
        self.date_edit.setAccessibleName(self.tr("Date written on the form"))
        self._show_date_hint()
        reasons = {"none": self.tr("No box is marked."), "several": self.tr("Several boxes are marked."),
                   "struck": self.tr("A mark is struck out."), "unclear": self.tr("A mark is faint or unclear."),
                   "gap": self.tr("A digit column inside the number is empty: type the number.")}
        for frame in self.item_frames:
            frame.reason_label.setText(reasons.get(frame.reason_label.property("reason"), ""))
            if hasattr(frame, "leave_button"):
                frame.leave_button.setText(self.tr("Leave it unanswered"))
            if hasattr(frame, "number_edit"):
                frame.number_edit.setPlaceholderText(self.tr("type the number (empty: unknown)"))
                frame.number_edit.setAccessibleName(self.tr("Number"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Save as a draft assessment"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))


class BatchReview(QDialog):
    """The pages of several printouts read in one go: one draft per printout, reviewed and saved one at a time
    (saving one leaves the others as they are), and the pages that belong to no draft with what to do."""

    def __init__(self, batch, repo: Repository | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.batch, self.repo = batch, repo
        self.setObjectName("paperBatchReview")
        resize_within_screen(self, 1000, 680)
        names = {b.id: b.name for b in repo.businesses()} if repo is not None else {}
        self.business_names = {i: next((name for key, name in names.items() if links_to(key, r.form.business_id)), "")
                               if r.form else "" for i, r in enumerate(batch.drafts)}
        self.saved: list[tuple[Business, Assessment] | None] = [None] * len(batch.drafts)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.unattributed = QLabel()  # pages in no draft, and printouts that could not be read
        self.unattributed.setWordWrap(True)
        self.unattributed.setObjectName("note")
        self.unattributed.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.drafts = QListWidget()
        self.drafts.setMaximumWidth(260)
        self.drafts.setWordWrap(True)
        self.drafts.setSpacing(3)  # one printout from the next: each item is three lines
        self.drafts.setAlternatingRowColors(True)
        self.pages = QStackedWidget()
        self.reviews: list[PaperReview] = []
        self.saved_notes: list[QLabel] = []
        for reading in batch.drafts:
            page = QWidget()
            box = QVBoxLayout(page)
            box.setContentsMargins(0, 0, 0, 0)
            review = PaperReview(reading, repo, page, embedded=True)
            note = QLabel()
            note.setWordWrap(True)
            note.setObjectName("note")
            note.hide()
            box.addWidget(note)
            box.addWidget(review, 1)
            self.reviews.append(review)
            self.saved_notes.append(note)
            self.pages.addWidget(page)
            self.drafts.addItem(QListWidgetItem())
        self.drafts.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.drafts.currentRowChanged.connect(lambda _: self._retranslate_buttons())
        middle = QHBoxLayout()
        middle.addWidget(self.drafts)
        middle.addWidget(self.pages, 1)

        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self.save_current)
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.clicked.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.unattributed)
        layout.addLayout(middle, 1)
        layout.addWidget(self.buttons)
        self.drafts.setCurrentRow(0)
        self._retranslate()

    def current(self) -> int:
        return self.drafts.currentRow()

    def show_draft(self, index: int) -> None:
        self.drafts.setCurrentRow(index)

    def save_current(self) -> bool:
        """Store the draft on screen (as its review says) and go on to the next one not saved; the others are
        left as they are. False when it was not stored (a name missing, or the store refused it)."""
        index = self.current()
        review = self.reviews[index]
        if self.repo is None or self.saved[index] is not None or not review.ready():
            return False
        try:
            self.saved[index] = review.save(self.repo)
        except InputError as error:
            dialogs.warn(self, self.tr("The draft was not saved"), error.render(current()))
            return False
        review.setEnabled(False)  # stored: a second save would store it twice
        self._retranslate()
        following = [i for i in [*range(index + 1, len(self.saved)), *range(index)] if self.saved[i] is None]
        if following:
            self.show_draft(following[0])
        return True

    def unsaved(self) -> int:
        return sum(entry is None for entry in self.saved)

    def stored(self) -> list[tuple[Business, Assessment]]:
        """The drafts saved, in the list's order: the first opens when the window closes."""
        return [entry for entry in self.saved if entry is not None]

    def stored_text(self) -> tuple[str, str]:
        """What is said once the window closes with more than one draft saved, and the list of them: the first
        is open, where the others wait (each under its business in Businesses, its draft chosen there)."""
        stored = self.stored()
        message = self.tr("{count} drafts were saved, one for each business listed. {first}'s is open now; to open "
                          "another, choose its business under Businesses, then “Continue the draft”.").format(
            count=len(stored), first=stored[0][0].name)
        return message, "\n".join(f"• {business.name} ({assessment.stage})" for business, assessment in stored)

    def reject(self) -> None:
        left = self.unsaved()
        if left and not dialogs.confirm(
                self, self.tr("Drafts not saved"),
                self.tr("{count} of the {total} drafts read are not saved: their answers are lost when this window "
                        "closes (the paper pages can be read again).").format(count=left, total=len(self.saved)),
                self.tr("Close without saving them")):
            return
        super().reject()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _label(self, index: int) -> str:
        reading = self.batch.drafts[index]
        from ..report.form_layout import printout_label

        qr = reading.form
        label = printout_label(qr.printout) if qr and qr.printout else ""
        lines = [self.tr("Printout {printout}").format(printout=label) if label
                 else self.tr("Form printed by an earlier version")]
        if reading.copy_name is not None:  # a printout photocopied for several businesses: this copy's file
            lines.append(tr(reading.copy_name, current()))
        if self.business_names[index]:
            lines.append(self.business_names[index])
        saved = self.saved[index]
        if saved is not None:
            lines.append(self.tr("Saved: {business}").format(business=saved[0].name))
        else:
            lines.append(self.tr("{pages}, {uncertain} to check").format(
                pages=self.tr("1 page") if len(reading.pages) == 1 else self.tr("{count} pages").format(
                    count=len(reading.pages)), uncertain=len(reading.uncertain)))
        return "\n".join(lines)

    def _retranslate_buttons(self) -> None:
        index = self.current()
        done = index < 0 or self.saved[index] is not None
        self.save_button.setText(self.tr("Save this draft"))
        self.save_button.setEnabled(not done and self.repo is not None)
        self.close_button.setText(self.tr("Close") if self.unsaved() else self.tr("Done"))

    def _retranslate(self) -> None:
        lang = current()
        self.setWindowTitle(self.tr("Read paper forms: one draft per printout"))
        if any(r.copy for r in self.batch.drafts):  # a printout photocopied for several businesses
            self.summary.setText(self.tr(
                "The pages make {count} drafts, never merged: one per printout, and one per scanned file for a "
                "printout photocopied for several businesses. Check each one and save it; saving one leaves the "
                "others as they are.").format(count=len(self.batch.drafts)))
        else:
            self.summary.setText(self.tr(
                "The pages belong to {count} printouts: each is its own draft, never merged. Check each one and "
                "save it; saving one leaves the others as they are.").format(count=len(self.batch.drafts)))
        failed = [r for r in self.batch.printouts if not r.readable]
        lines = []
        if self.batch.problems:
            lines.append(self.tr("Pages in no draft:"))
            lines += [p.render(lang) for p in self.batch.problems]
            lines.append(self.batch.advice(lang))
        for reading in failed:
            lines += [p.render(lang) for p in reading.problems]
        self.unattributed.setText("\n".join(lines))
        self.unattributed.setVisible(bool(lines))
        for index in range(len(self.reviews)):
            self.drafts.item(index).setText(self._label(index))
            saved = self.saved[index]
            self.saved_notes[index].setVisible(saved is not None)
            if saved is not None:
                self.saved_notes[index].setText(self.tr("Saved as a draft assessment of {business}.").format(
                    business=saved[0].name))
        self.drafts.setAccessibleName(self.tr("Drafts read, one per printout"))
        self._retranslate_buttons()


def read_paper_forms(parent: QWidget, repo: Repository, saved: Callable[[Business, Assessment], None],
                     files: list[str] | None = None) -> Operation | None:
    """Choose files (unless given); the returned Operation (start it) reads them in the background, then
    the review dialog opens and the draft is stored; `saved` runs after."""
    if files is None:
        files, _ = QFileDialog.getOpenFileNames(parent, QCoreApplication.translate("PaperReview", "Read paper forms"),
                                                "", QCoreApplication.translate(
                                                    "PaperReview", "Scans and photos (*.pdf *.jpg *.jpeg *.png)"))
    if not files:
        return None

    def work():
        from ..paper import read_batch

        def lookup(carried: str):
            return None  # the review offers the stored business the code names; nothing is read from the store here

        return read_batch(files, business_lookup=lookup)

    operation = Operation(work, what="read paper forms", parent=parent)

    def finished(batch) -> None:
        if len(batch.printouts) > 1:  # a pile of several printouts: one draft each
            several(batch)
            return
        from ..paper.reading import FormReading

        reading = batch.printouts[0] if batch.printouts else FormReading()
        reading.problems[:0] = batch.problems  # one printout: read as it always was
        if not reading.readable:
            advice = batch.photocopy_advice(current())  # a photocopied printout whose pages cannot be told apart
            dialogs.warn(parent, QCoreApplication.translate("PaperReview", "No page could be read"),
                         "\n".join([*(p.render(current()) for p in reading.problems), *([advice] if advice else [])]))
            return
        review = PaperReview(reading, repo, parent)
        if review.exec() != QDialog.DialogCode.Accepted:
            return
        try:
            business, assessment = review.save(repo)
        except InputError as error:
            dialogs.warn(parent, QCoreApplication.translate("PaperReview", "The draft was not saved"),
                         error.render(current()))
            return
        saved(business, assessment)

    def several(batch) -> None:
        if not batch.drafts:
            problems = [*batch.problems, *(p for r in batch.printouts for p in r.problems)]
            dialogs.warn(parent, QCoreApplication.translate("PaperReview", "No page could be read"),
                         "\n".join(p.render(current()) for p in problems))
            return
        review = BatchReview(batch, repo, parent)
        review.exec()
        stored = review.stored()
        if stored:  # the list shows every business stored; the first draft opens, the message names the others
            saved(*stored[0])
        if len(stored) > 1:
            dialogs.inform(parent, QCoreApplication.translate("BatchReview", "Drafts saved"), *review.stored_text())

    operation.finished.connect(finished)
    operation.failed.connect(lambda message: dialogs.warn(
        parent, QCoreApplication.translate("PaperReview", "The forms could not be read"), message))
    return operation
