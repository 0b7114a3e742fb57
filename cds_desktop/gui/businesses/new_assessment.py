"""Starting a later assessment (T1, T2…): on which day it is made and, from a copy, what is carried over."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale
from PySide6.QtWidgets import (QDateEdit, QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget)

from ...domain.assessment import Assessment, assessment_day, date_range
from ...formats import format_date
from .. import dialogs
from ..language import current
from .stages import stage_name


class NewAssessmentDialog(QDialog):
    """`last`: the assessment it follows; `copy`: it starts from the last one's answers (notes left empty);
    `others`: the business's assessments as (stage, assessed_on), `last` among them or not."""

    def __init__(self, stage: str, last: Assessment, copy: bool, parent: QWidget | None = None,
                 today: date | None = None, others: Sequence[tuple[str, str]] = ()):
        super().__init__(parent)
        self._stage, self._last, self._copy = stage, last, copy
        # not before any earlier stage's day (date_range, as the assessor card bounds it once it is open): the
        # last stage may be dated before the one it follows (a file from a laptop whose clock was wrong)
        stages = {(last.stage, last.assessed_on), *others}
        earlier_or_none, latest = date_range(stage, sorted(stages), today)
        earliest = earlier_or_none if earlier_or_none is not None else min(date.fromisoformat(last.assessed_on), latest)
        # today, or the policy catalog's day while the clock is behind it (latest is then years past it)
        suggested = min(max(assessment_day(today), earliest), latest)
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        self.date_label = QLabel()
        self.date = QDateEdit()
        self.date.setCalendarPopup(True)
        self.date.setDateRange(QDate(earliest), QDate(latest))
        self.date.setDate(QDate(suggested))
        self.date_label.setBuddy(self.date)
        self.bounds = QLabel()
        self.bounds.setObjectName("hint")
        self.bounds.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.date_label, self.date)
        self.buttons = QDialogButtonBox()
        self.start = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.start.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.bounds)
        layout.addStretch()  # the height its texts took wrapped narrow, before the width below: not over the hint
        layout.addWidget(self.buttons)
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 32)
        self._retranslate()

    def chosen_date(self) -> date:
        return self.date.date().toPython()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setWindowTitle(stage_name(self._stage))
        stage, on = stage_name(self._last.stage), format_date(self._last.assessed_on, current())
        if self._copy:
            text = self.tr("Starts from a copy of the answers of the last assessment ({stage}, {day}): change only what is "
                           "different now. Its notes are not copied: write what you see today.")
        else:
            text = self.tr("A new assessment with no answers yet. The last one: {stage}, {day}.")
        self.explanation.setText(text.format(stage=stage, day=on))
        english = current() == "en"  # the picker writes the day as formats.format_date does
        self.date.setLocale(QLocale(QLocale.Language.English if english else QLocale.Language.Vietnamese))
        self.date.setDisplayFormat("d MMM yyyy" if english else "dd/MM/yyyy")
        self.date_label.setText(self.tr("Assessment date"))
        self.date.setAccessibleName(self.tr("Assessment date"))
        from ...domain.edition import active_edition, clock_day

        if clock_day() < active_edition().as_of:  # the clock is wrong: "today" would be its wrong day
            self.bounds.setText(self.tr("From the date of the last assessment. The computer's clock is wrong (it says "
                                        "{day}): choose the day of the visit.").format(
                                            day=format_date(clock_day(), current())))
        else:
            self.bounds.setText(self.tr("From the date of the last assessment up to today."))
        self.start.setText(self.tr("Start"))
        self.cancel.setText(dialogs.cancel_text())
        for button in (self.start, self.cancel):
            button.setAccessibleName(button.text())
