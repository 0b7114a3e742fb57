"""Report and files: the PDF report (export, open, print), the blank paper questionnaire, assessment
files to carry to another computer, and the province table (CSV or XLSX, optionally anonymised).

Every export runs as a background Operation: the window keeps responding, a busy bar shows while it
runs, and a failure is said in plain words; a failed export leaves no partial file (the writers are
atomic). The PDF is built by the same `build_report` as `cds-cli report`, from the same inputs.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Callable

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QResizeEvent, QShowEvent
from PySide6.QtWidgets import (QBoxLayout, QCheckBox, QComboBox, QFileDialog, QFrame, QHBoxLayout, QLabel,
                               QProgressBar, QPushButton, QSpinBox, QStyle, QVBoxLayout, QWidget)

from ..domain.assessment import AssessmentFile
from ..domain.business import Business
from ..errors import InputError
from ..formats import format_number
from ..i18n import fold_diacritics
from ..paths import user_cache_dir
from ..report.form_layout import MAX_COPIES
from ..storage import Repository
from . import dialogs
from .businesses.stages import stage_name
from .language import current
from .settings_view import LANGUAGE_NAMES
from .tasks import Operation
from .widgets import fill_with_scrolling, heading, reflow_columns

REPORT_STYLE = """
#report, #reportContent { background: #f3f5f8; }
#report #card { background: #ffffff; border: 1px solid #d8dee6; border-radius: 8px; }
#report #note { color: #3a4756; }
#report #status[failed="true"] { color: #b3261e; }
"""


@dataclass(frozen=True)
class ReportInputs:
    """Everything the PDF is made from, read from the store on the GUI thread before the work starts."""

    current: AssessmentFile
    history: tuple[AssessmentFile, ...]
    benchmark: Any  # storage.benchmark.Benchmark, only when the sample is large enough to show
    consultant: Any


def business_slug(business: Business) -> str:
    """The business's name as a safe part of a file name: 'cong-ty-tnhh-ca-phe-khe-sanh'."""
    return re.sub(r"[^a-z0-9]+", "-", fold_diacritics(business.name)).strip("-")[:60] or "cds"


def file_stem(business: Business, stage: str, on: date) -> str:
    """A safe, readable file name: 'cong-ty-tnhh-ca-phe-khe-sanh-T0-2026-10-15'."""
    return f"{business_slug(business)}-{stage}-{on.isoformat()}"


def report_inputs(repo: Repository, assessment_id: str, consultant: Any = None) -> ReportInputs:
    """The assessment, the business's other assessments (the report picks the one before it) and the
    peer benchmark when it may be shown."""
    from ..storage.benchmark import benchmark

    current_file = repo.assessment_file(assessment_id)
    business_id = repo.summary(assessment_id).business_id
    history = tuple(repo.assessment_file(s.id) for s in repo.assessments_of(business_id) if s.id != assessment_id)
    peers = benchmark(repo, assessment_id)
    return ReportInputs(current_file, history, None if peers.hidden else peers, consultant)


def write_report(inputs: ReportInputs, path: Path, lang: str, on: date | None) -> Path:
    from ..report import build_report

    build_report(inputs.current, path, lang=lang, on=on, history=inputs.history, benchmark=inputs.benchmark,
                 consultant=inputs.consultant)
    return path


def card(title: QLabel, note: QLabel) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 12, 16, 14)
    layout.setSpacing(8)
    note.setObjectName("note")
    note.setWordWrap(True)
    layout.addWidget(title)
    layout.addWidget(note)
    return frame, layout


def row(*widgets: QWidget) -> QHBoxLayout:
    layout = QHBoxLayout()
    layout.setSpacing(8)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    return layout


class ReportView(QWidget):
    """Signals: `importRequested()` (the window's import flow stores the files), `exported(path)`,
    `paperSaved(business, assessment)` (a paper form read back and stored as a draft)."""

    importRequested = Signal()
    exported = Signal(str)
    paperSaved = Signal(object, object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("report")
        self.setStyleSheet(REPORT_STYLE)
        self.repo: Repository | None = None
        self.business: Business | None = None
        self.assessment_id: str | None = None
        self.consultant: Any = None
        self.on: date | None = None  # the report date; None: the day of the export
        self.last_pdf: Path | None = None
        self.operation: Operation | None = None
        self._message: Callable[[], str] | None = None  # the status line, in the language shown

        self.title = heading()
        self.subtitle = QLabel()
        self.subtitle.setObjectName("note")
        self.subtitle.setWordWrap(True)

        self.report_title, self.report_note = heading(level=2), QLabel()
        self.language_label = QLabel()
        self.language_combo = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language_combo.addItem(name, code)
        self.language_label.setBuddy(self.language_combo)
        self.export_button = QPushButton()
        self.export_button.setObjectName("primary")
        self.export_button.clicked.connect(self._choose_pdf)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_pdf)
        self.print_button = QPushButton()
        self.print_button.clicked.connect(self.print_pdf)
        report_card, report_layout = card(self.report_title, self.report_note)
        report_layout.addLayout(row(self.language_label, self.language_combo))
        report_layout.addLayout(row(self.export_button, self.open_button, self.print_button))

        self.blank_title, self.blank_note = heading(level=2), QLabel()
        self.copies_label = QLabel()  # several printouts at once, each with its own id: one per business visited
        self.copies = QSpinBox()
        self.copies.setRange(1, MAX_COPIES)
        self.copies_label.setBuddy(self.copies)
        self.blank_button = QPushButton()
        self.blank_button.clicked.connect(self._choose_blank)
        self.business_note = QLabel()  # which business, and what its form has
        self.business_note.setObjectName("note")
        self.business_note.setWordWrap(True)
        self.business_blank_button = QPushButton()  # the chosen business's name and tax code printed on the form
        self.business_blank_button.clicked.connect(self._choose_business_form)
        self.paper_button = QPushButton()  # Đọc phiếu giấy: gui/paper_review.py
        self.paper_button.clicked.connect(lambda: self.read_paper())
        blank_card, blank_layout = card(self.blank_title, self.blank_note)
        blank_layout.addLayout(row(self.blank_button, self.copies_label, self.copies))
        blank_layout.addWidget(self.business_note)
        blank_layout.addLayout(row(self.business_blank_button))
        blank_layout.addLayout(row(self.paper_button))

        self.files_title, self.files_note = heading(level=2), QLabel()
        self.export_file_button = QPushButton()
        self.export_file_button.clicked.connect(self._choose_assessment_file)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.importRequested)
        files_card, files_layout = card(self.files_title, self.files_note)
        files_layout.addLayout(row(self.export_file_button, self.import_button))

        self.table_title, self.table_note = heading(level=2), QLabel()
        self.format_label = QLabel()
        self.format_combo = QComboBox()
        self.format_combo.addItem("CSV", "csv")
        self.format_combo.addItem("Excel (XLSX)", "xlsx")
        self.format_label.setBuddy(self.format_combo)
        self.anonymize = QCheckBox()
        self.anonymize.setChecked(True)
        self.table_button = QPushButton()
        self.table_button.clicked.connect(self._choose_table)
        table_card, table_layout = card(self.table_title, self.table_note)
        table_layout.addLayout(row(self.format_label, self.format_combo))
        self.anonymize.setStyleSheet("QCheckBox { spacing: 8px; }")
        table_layout.addWidget(self.anonymize)
        table_layout.addLayout(row(self.table_button))

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # busy: the writers report no steps
        self.progress.setTextVisible(False)
        self.progress.setFixedWidth(200)
        self.progress.setVisible(False)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status_row = QHBoxLayout()
        status_row.addWidget(self.progress)
        status_row.addWidget(self.status, 1)

        content = QWidget()
        content.setObjectName("reportContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 20, 24, 24)
        layout.setSpacing(14)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(status_row)
        self.columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)  # one column on a narrow window
        self.columns.setSpacing(14)
        left, right = QVBoxLayout(), QVBoxLayout()
        left.setSpacing(14)
        right.setSpacing(14)
        left.addWidget(report_card)
        left.addWidget(files_card)
        left.addStretch(1)
        right.addWidget(blank_card)
        right.addWidget(table_card)
        right.addStretch(1)
        self.columns.addLayout(left, 1)
        self.columns.addLayout(right, 1)
        layout.addLayout(self.columns)
        layout.addStretch(1)
        fill_with_scrolling(self, content)
        self._retranslate()
        self._update_buttons()

    # -- the public interface -------------------------------------------------------------------

    def show_assessment(self, repo: Repository, business: Business | None, assessment_id: str | None,
                        consultant: Any = None) -> None:
        """The assessment the report and the file are made from (None: only the blank form, import and
        the province table are offered)."""
        if (business.id if business else None, assessment_id) != (
                self.business.id if self.business else None, self.assessment_id):
            self.last_pdf = None
            self._say(None)
        self.repo, self.business, self.assessment_id, self.consultant = repo, business, assessment_id, consultant
        self.language_combo.setCurrentIndex(self.language_combo.findData(current()))
        self._retranslate()
        self._update_buttons()

    @property
    def busy(self) -> bool:
        return self.operation is not None and self.operation.running

    def export_pdf(self, path: str | Path, then: Callable[[Path], None] | None = None) -> Operation | None:
        """Build the report into `path` in the background; `then(path)` runs on the GUI thread after."""
        inputs = self._read(lambda: report_inputs(self.repo, self.assessment_id, self.consultant))
        if inputs is None:
            return None
        lang, on, target = self.language_combo.currentData(), self.on, Path(path)

        def done(result: Path) -> None:
            self.last_pdf = result
            self._update_buttons()
            if then is not None:
                then(result)

        return self._run(lambda: write_report(inputs, target, lang, on), lambda: self.tr("Making the PDF report…"),
                         lambda path: self.tr("The report is saved: {path}").format(path=path), done)

    def export_blank(self, path: str | Path) -> Operation | None:
        """The blank questionnaire, as many printouts as the copies box says, in one PDF (each its own id)."""
        from ..domain.instrument import current_instrument

        instrument = self._read(current_instrument)
        if instrument is None:
            return None
        lang, on, target, copies = self.language_combo.currentData(), self.on, Path(path), self.copies.value()
        made: list[str] = []  # the printout ids, in order, for the status line

        def work() -> Path:
            from ..report import build_blank_forms

            made.extend(layout.printout_label for layout in build_blank_forms(
                target, copies=copies, lang=lang, instrument=instrument, on=on))
            return target

        def saved(path: str) -> str:
            if len(made) == 1:
                return self.tr("The blank questionnaire is saved: {path} (printout {printout})").format(
                    path=path, printout=made[0])
            return self.tr("{count} printouts of the blank questionnaire are saved in one file, each starting on a "
                           "new sheet: {path}. Printouts: {printouts}").format(
                count=format_number(len(made), current()), path=path, printouts=", ".join(made))

        return self._run(work, lambda: self.tr("Making the blank questionnaire…"), saved)

    def export_business_form(self, path: str | Path) -> Operation | None:
        """The questionnaire for the chosen business: its name and tax code printed on their lines, and its id and
        the assessment the answers will fill (its open draft, else a new one) in the QR codes."""
        from ..domain.instrument import current_instrument

        business = self.business
        if business is None or self.repo is None:
            return None
        read = self._read(lambda: (current_instrument(), self.repo.paper_assessment_id(business.id)))
        if read is None:
            return None
        instrument, assessment_id = read
        lang, on, target = self.language_combo.currentData(), self.on, Path(path)
        made: list[str] = []

        def work() -> Path:
            from ..report import build_blank_form

            made.append(build_blank_form(target, lang=lang, instrument=instrument, on=on, business=business,
                                         assessment_id=assessment_id).printout_label)
            return target

        return self._run(work, lambda: self.tr("Making the questionnaire for {business}…").format(
                             business=business.name),
                         lambda path: self.tr("The questionnaire for {business} is saved: {path} (printout "
                                              "{printout})").format(business=business.name, path=path,
                                                                    printout=made[0]))

    def read_paper(self, files: list[str] | None = None) -> Operation | None:
        """Read filled paper forms back into a draft assessment (choose files, review, store)."""
        if self.busy or self.repo is None:
            return None
        from .paper_review import read_paper_forms

        self.operation = read_paper_forms(self, self.repo, self.paperSaved.emit, files)
        if self.operation is not None:
            self.operation.started.connect(lambda: self._set_busy(True, lambda: self.tr("Reading the paper forms…")))
            self.operation.ended.connect(lambda: self._set_busy(False))
            self.operation.finished.connect(lambda _: self._say(None))
            self.operation.start()
        return self.operation

    def export_assessment_file(self, path: str | Path) -> Operation | None:
        from ..fileio import write_atomically
        from ..storage.exchange import exportable_file  # refuses a business every import would refuse

        loaded = self._read(lambda: exportable_file(self.repo, self.assessment_id))
        if loaded is None:
            return None

        target = Path(path)
        data = loaded.dumps().encode("utf-8")

        def work() -> Path:
            write_atomically(target, data)
            return target

        return self._run(work, lambda: self.tr("Saving the assessment file…"),
                         lambda path: self.tr("The assessment file is saved: {path}").format(path=path))

    def export_table(self, path: str | Path, fmt: str, anonymize: bool) -> Operation | None:
        from ..storage.table import build, write_table

        lang, target = current(), Path(path)
        # The store is read here, on the GUI thread; the worker only writes this snapshot out.
        table = self._read(lambda: build(self.repo, lang, anonymize))
        if table is None:
            return None

        def work() -> Path:
            write_table(table, target, fmt, lang)
            return target

        def then(_: Path) -> None:
            if anonymize:  # how many rows anonymity removed or generalised
                saved = self._message
                self._say(lambda: f"{saved()}\n{table.notes(current())[-1]}")

        return self._run(work, lambda: self.tr("Writing the province table…"),
                         lambda path: self.tr("The table is saved: {path}").format(path=path), then)

    def open_pdf(self) -> None:
        if self.last_pdf is not None and self.last_pdf.exists():
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.last_pdf)))

    def print_pdf(self) -> None:
        """Print through the system: this Qt build cannot render PDF pages itself (no QtPdf), so the
        report goes to the PDF viewer's print command (Windows) or opens there to be printed."""
        if self.last_pdf is None or not self.last_pdf.exists():
            folder = user_cache_dir() / "reports"
            folder.mkdir(parents=True, exist_ok=True)
            path = folder / f"{self._stem()}.pdf"
            self.export_pdf(path, then=lambda _: self.print_pdf())
            return
        if sys.platform == "win32" and hasattr(os, "startfile"):
            try:
                os.startfile(str(self.last_pdf), "print")  # the default PDF app's print command
                return
            except OSError:
                pass  # no app registered for printing PDFs: open it instead
        self.open_pdf()
        self._say(lambda: self.tr("The report is open in your PDF viewer: print it from there (Ctrl+P)."))

    # -- the dialogs behind the buttons ----------------------------------------------------------

    def _ask_path(self, title: str, name: str, filter_text: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / name), filter_text)
        return Path(path) if path else None

    def _choose_pdf(self) -> None:
        path = self._ask_path(self.tr("Save the report"), f"{self._stem()}.pdf", self.tr("PDF files (*.pdf)"))
        if path is not None:
            self.export_pdf(path)

    def _choose_blank(self) -> None:
        copies = self.copies.value()
        name = self.tr("blank-questionnaire") + (f"-x{copies}" if copies > 1 else "") + ".pdf"
        path = self._ask_path(self.tr("Save the blank questionnaire"), name, self.tr("PDF files (*.pdf)"))
        if path is not None:
            self.export_blank(path)

    def _choose_business_form(self) -> None:
        if self.business is None:
            return
        name = f"{self.tr('blank-questionnaire')}-{business_slug(self.business)}.pdf"
        path = self._ask_path(self.tr("Save the questionnaire for this business"), name, self.tr("PDF files (*.pdf)"))
        if path is not None:
            self.export_business_form(path)

    def _choose_assessment_file(self) -> None:
        path = self._ask_path(self.tr("Save the assessment file"), f"{self._stem()}.json",
                              self.tr("Assessment files (*.json)"))
        if path is not None:
            self.export_assessment_file(path)

    def _choose_table(self) -> None:
        fmt = self.format_combo.currentData()
        path = self._ask_path(self.tr("Save the province table"), self.tr("cds-assessments") + f".{fmt}",
                              "CSV (*.csv)" if fmt == "csv" else "Excel (*.xlsx)")
        if path is not None:
            self.export_table(path, fmt, self.anonymize.isChecked())

    # -- running ---------------------------------------------------------------------------------

    def _stem(self) -> str:
        try:
            summary = self.repo.summary(self.assessment_id)
        except InputError:
            return "cds-report"
        from ..domain.edition import policy_day

        return file_stem(self.business, summary.stage, self.on or policy_day())  # the report's day, as it is dated

    def _read(self, read: Callable[[], Any]) -> Any:
        """Read what an export needs from the store, on the GUI thread; None (after saying why) if it fails."""
        if self.busy:
            return None
        try:
            return read()
        except InputError as error:
            refused = error  # `error` is unbound when the block ends; the status line asks again on a language switch
            self._failed(lambda: refused.render(current()))
            return None

    def _run(self, work: Callable[[], Path], running: Callable[[], str], saved: Callable[[str], str],
             then: Callable[[Path], None] | None = None) -> Operation | None:
        """`running()` and `saved(path)` give the status in the language shown when it is shown."""
        if self.busy:
            return None
        operation = Operation(work, what=running(), parent=self)
        operation.started.connect(lambda: self._set_busy(True, running))
        operation.ended.connect(lambda: self._set_busy(False))
        operation.failed.connect(self._failed)

        def finished(result: Path) -> None:
            self._say(lambda: saved(str(result)))
            self.exported.emit(str(result))
            if then is not None:
                then(result)

        operation.finished.connect(finished)
        self.operation = operation
        operation.start()
        return operation

    def _set_busy(self, busy: bool, message: Callable[[], str] | None = None) -> None:
        self.progress.setVisible(busy)
        if busy:
            self._say(message)
        self._update_buttons()

    def _say(self, message: Callable[[], str] | None, failed: bool = False) -> None:
        """The status line; `message()` is asked again when the language changes, so it never stays in the
        language it was first said in."""
        self._message = message
        self.status.setText(message() if message is not None else "")
        self.status.setProperty("failed", failed)
        self.status.style().unpolish(self.status)
        self.status.style().polish(self.status)

    def _failed(self, message: Callable[[], str] | str) -> None:
        """`message`: the reason, as a function of the language, or as the worker said it."""
        reason = message if callable(message) else (lambda: message)
        self._say(lambda: self.tr("That did not work: {reason}").format(reason=reason()), failed=True)
        dialogs.warn(self, self.tr("The export did not work"), reason())

    def _update_buttons(self) -> None:
        has_assessment = self.repo is not None and self.assessment_id is not None
        idle = not self.busy
        for button in (self.export_button, self.print_button, self.export_file_button):
            button.setEnabled(has_assessment and idle)
        self.open_button.setEnabled(idle and self.last_pdf is not None)
        self.blank_button.setEnabled(idle)
        self.copies.setEnabled(idle)
        for widget in (self.business_note, self.business_blank_button):
            widget.setVisible(self.repo is not None and self.business is not None)
        self.business_blank_button.setEnabled(idle)
        self.paper_button.setEnabled(idle and self.repo is not None)
        self.table_button.setEnabled(idle and self.repo is not None)
        self.import_button.setEnabled(idle and self.repo is not None)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Two columns of cards where both fit beside each other, else one (no sideways scrolling)."""
        super().resizeEvent(event)
        self._reflow()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self, self._reflow)  # once the style sheet has given the cards their padding

    def _reflow(self) -> None:  # 48: the page's margins
        reflow_columns(self.columns, self.width(), 48 + self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            QTimer.singleShot(0, self, self._reflow)  # the texts' widths changed
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Report and files"))
        if self.business is not None and self.assessment_id is not None and self.repo is not None:
            try:
                stage = stage_name(self.repo.summary(self.assessment_id).stage)
            except InputError:
                stage = ""
            self.subtitle.setText(self.tr("For {business}: {stage}.").format(business=self.business.name, stage=stage))
        else:
            self.subtitle.setText(self.tr("Choose an assessment under Businesses to make its report. The blank "
                                          "questionnaire and the province table need none."))
        self.report_title.setText(self.tr("PDF report"))
        self.report_note.setText(self.tr("Results, roadmap, support policies and every answer, ready to print and "
                                         "sign. Earlier assessments of the business are compared."))
        self.language_label.setText(self.tr("Language of the report:"))
        self.export_button.setText(self.tr("Save the PDF report…"))
        self.open_button.setText(self.tr("Open"))
        self.print_button.setText(self.tr("Print…"))
        self.blank_title.setText(self.tr("Blank questionnaire"))
        self.blank_note.setText(self.tr("Every question with its six levels and tick boxes, to fill in on paper. "
                                        "Scans or phone photos of a filled form are read back into a draft "
                                        "assessment; you check every unclear mark. Each printout has its own id in "
                                        "the page footer: one printout per business, never a photocopy; for several "
                                        "businesses, print as many printouts."))
        self.business_note.setText(self.tr("For {business}: its name and tax code printed on the form, and the form "
                                           "read back onto it.").format(
            business=self.business.name) if self.business is not None else "")
        self.copies_label.setText(self.tr("Printouts:"))
        self.copies.setAccessibleName(self.tr("Number of printouts of the blank questionnaire"))
        self.blank_button.setText(self.tr("Save the blank questionnaire (PDF)…"))
        self.business_blank_button.setText(self.tr("Save the questionnaire for this business (PDF)…"))
        self.paper_button.setText(self.tr("Read paper forms…"))
        self.files_title.setText(self.tr("Assessment files"))
        self.files_note.setText(self.tr("Carry an assessment to another computer: save it as a file there, then "
                                        "import it. Importing checks every file first and changes nothing if one "
                                        "is wrong."))
        self.export_file_button.setText(self.tr("Save the assessment file…"))
        self.import_button.setText(self.tr("Import files…"))
        self.table_title.setText(self.tr("Province table"))
        self.table_note.setText(self.tr("One row per assessment of every business on this computer, with the "
                                        "scores by area, for the provincial statistics."))
        self.format_label.setText(self.tr("Format:"))
        self.anonymize.setText(self.tr("Anonymise (leave out names, tax codes, contacts and addresses)"))
        self.table_button.setText(self.tr("Save the table…"))
        self.progress.setAccessibleName(self.tr("Working"))
        if self._message is not None:
            self.status.setText(self._message())
