"""The Report view: the PDF is the CLI's report, exports run off the GUI thread, failures are said plainly."""

import csv
import subprocess
import sys
import threading
from datetime import date

import pytest
from PySide6.QtCore import QTimer

from cds_desktop.domain.assessment import load_assessment_file
from cds_desktop.paths import assessments_dir
from cds_desktop.report.form_layout import links_to
from cds_desktop.storage import Repository
from cds_desktop.storage.exchange import add_sample

SAMPLE = assessments_dir() / "samples" / "sample-assessment.json"
ON = date(2026, 11, 27)


@pytest.fixture
def repo(tmp_path):
    with Repository(tmp_path / "data") as repo:
        yield repo


@pytest.fixture
def view(qtbot, repo, messages):
    from cds_desktop.gui.report_view import ReportView

    summary = add_sample(repo)
    view = ReportView()
    qtbot.addWidget(view)
    view.show_assessment(repo, repo.get_business(summary.business_id), summary.id)
    view.on = ON
    return view


def export(qtbot, start):
    operation = start()
    assert operation is not None
    with qtbot.waitSignal(operation.ended, timeout=60_000):
        pass
    return operation


def test_the_gui_pdf_is_byte_for_byte_the_cli_report(qtbot, view, tmp_path):
    gui_pdf, cli_pdf = tmp_path / "gui.pdf", tmp_path / "cli.pdf"
    export(qtbot, lambda: view.export_pdf(gui_pdf))
    subprocess.run([sys.executable, "-m", "cds_desktop.cli", "report", str(SAMPLE), "-o", str(cli_pdf),
                    "--on", ON.isoformat(), "--lang", "vi"], check=True, capture_output=True)
    assert gui_pdf.read_bytes()[:5] == b"%PDF-"
    assert gui_pdf.read_bytes() == cli_pdf.read_bytes()
    assert view.last_pdf == gui_pdf and view.open_button.isEnabled()


def test_the_event_loop_keeps_running_while_the_pdf_is_made(qtbot, view, tmp_path):
    ticks = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(view.busy))
    timer.start()
    operation = view.export_pdf(tmp_path / "report.pdf")
    assert view.busy and view.progress.isVisibleTo(view) and not view.export_button.isEnabled()
    with qtbot.waitSignal(operation.ended, timeout=60_000):
        pass
    timer.stop()
    assert sum(ticks) >= 5  # the timer ticked many times while the export was running
    assert not view.busy and not view.progress.isVisibleTo(view) and view.export_button.isEnabled()


def test_a_failed_export_is_reported_in_words_and_leaves_no_file(qtbot, view, tmp_path, messages):
    target = tmp_path / "missing-folder" / "report.pdf"
    failures = []
    operation = view.export_pdf(target)
    operation.failed.connect(failures.append)
    with qtbot.waitSignal(operation.ended, timeout=60_000):
        pass
    assert failures and "Traceback" not in failures[0]
    assert messages and messages[-1][0] == "warn"
    assert view.status.property("failed") is True
    assert not target.exists()


def test_the_exported_assessment_file_loads_back_the_same(qtbot, view, tmp_path):
    path = tmp_path / "t0.json"
    export(qtbot, lambda: view.export_assessment_file(path))
    loaded, sample = load_assessment_file(path), load_assessment_file(SAMPLE)
    assert loaded.assessment.answers == sample.assessment.answers
    assert loaded.business.name == sample.business.name


def test_the_anonymised_province_table_has_no_names(qtbot, view, tmp_path):
    path = tmp_path / "table.csv"
    export(qtbot, lambda: view.export_table(path, "csv", anonymize=True))
    rows = list(csv.reader(path.read_text(encoding="utf-8-sig").splitlines()))
    assert len(rows) == 1  # one business alone is fewer than 5: its row is left out, and the view says so
    assert "1 dòng bị loại" in view.status.text()
    assert "Công ty TNHH Cà phê Khe Sanh" not in path.read_text(encoding="utf-8-sig")
    named = tmp_path / "named.xlsx"
    export(qtbot, lambda: view.export_table(named, "xlsx", anonymize=False))
    assert named.read_bytes()[:2] == b"PK"


def test_the_status_line_follows_a_language_switch(qtbot, view, tmp_path):
    from cds_desktop.gui.language import language

    path = tmp_path / "table.csv"
    export(qtbot, lambda: view.export_table(path, "csv", anonymize=True))
    assert view.status.text().startswith("Đã lưu bảng") and "1 dòng bị loại" in view.status.text()
    language().set("en")
    qtbot.waitUntil(lambda: view.title.text() == "Report and files")  # the LanguageChange event is posted
    assert view.status.text().startswith("The table is saved") and str(path) in view.status.text()
    assert "1 row suppressed" in view.status.text() and "dòng" not in view.status.text()
    language().set("vi")
    qtbot.waitUntil(lambda: view.status.text().startswith("Đã lưu bảng"))


def test_a_failure_in_the_status_line_follows_a_language_switch(qtbot, view, tmp_path, messages):
    from cds_desktop.gui.language import language

    operation = view.export_pdf(tmp_path / "missing-folder" / "report.pdf")
    with qtbot.waitSignal(operation.ended, timeout=60_000):
        pass
    said = view.status.text()
    language().set("en")
    qtbot.waitUntil(lambda: view.title.text() == "Report and files")
    assert view.status.text().startswith("That did not work") and not said.startswith("That did not work")
    assert view.status.property("failed") is True


def test_the_blank_questionnaire_is_exported(qtbot, view, tmp_path):
    path = tmp_path / "blank.pdf"
    export(qtbot, lambda: view.export_blank(path))
    assert path.read_bytes()[:5] == b"%PDF-"


def test_without_an_assessment_only_the_blank_form_table_and_import_are_offered(qtbot, repo):
    from cds_desktop.gui.report_view import ReportView

    view = ReportView()
    qtbot.addWidget(view)
    view.show_assessment(repo, None, None)
    assert not view.export_button.isEnabled() and not view.export_file_button.isEnabled()
    assert view.blank_button.isEnabled() and view.table_button.isEnabled() and view.import_button.isEnabled()


def test_the_province_table_is_read_from_the_store_on_the_gui_thread(qtbot, view, tmp_path):
    readers = []
    repo = view.repo
    for name in ("list_businesses", "assessment_file"):
        def reading(*args, _live=getattr(repo, name), **kwargs):
            readers.append(threading.current_thread())
            return _live(*args, **kwargs)
        setattr(repo, name, reading)
    path = tmp_path / "table.csv"
    export(qtbot, lambda: view.export_table(path, "csv", anonymize=False))
    assert readers and set(readers) == {threading.main_thread()}
    assert len(list(csv.reader(path.open(encoding="utf-8-sig")))) == 2


def test_a_report_dated_before_the_assessment_is_refused_in_words(qtbot, view, tmp_path, messages):
    target = tmp_path / "report.pdf"
    view.on = date(2026, 3, 2)  # the sample was assessed on 15/10/2026
    failures = []
    operation = view.export_pdf(target)
    operation.failed.connect(failures.append)
    with qtbot.waitSignal(operation.ended, timeout=60_000):
        pass
    assert failures and "15/10/2026" in failures[0] and "Traceback" not in failures[0]
    assert messages and messages[-1][0] == "warn"
    assert not target.exists()


def _printouts(text: str) -> list[str]:
    import re

    return re.findall(r"\b[2-9A-Z]{4}-[2-9A-Z]{4}\b", text)


def test_the_blank_questionnaire_says_where_it_is_and_its_printout(qtbot, view, tmp_path):
    from pypdf import PdfReader

    path = tmp_path / "blank.pdf"
    export(qtbot, lambda: view.export_blank(path))
    status = view.status.text()
    assert str(path) in status and len(_printouts(status)) == 1 and "bản in" in status, status
    assert f"Bản in {_printouts(status)[0]}" in PdfReader(path).pages[0].extract_text()


def test_copies_of_the_blank_questionnaire_are_printouts_of_their_own_in_one_file(qtbot, view, tmp_path):
    from pypdf import PdfReader

    from cds_desktop.gui.language import language

    assert (view.copies.minimum(), view.copies.maximum(), view.copies.value()) == (1, 50, 1)
    view.copies.setValue(3)
    path = tmp_path / "three.pdf"
    export(qtbot, lambda: view.export_blank(path))
    status = view.status.text()
    labels = _printouts(status)
    assert str(path) in status and len(set(labels)) == 3 and "3 bản in" in status, status
    pages = [page.extract_text() for page in PdfReader(path).pages]
    per = len(pages) // 3
    assert [label for label in labels if f"Bản in {label}" in pages[0]] == [labels[0]]
    assert f"Bản in {labels[1]}" in pages[per] and f"Bản in {labels[2]}" in pages[-1]
    language().set("en")
    qtbot.waitUntil(lambda: view.title.text() == "Report and files")
    assert "3 printouts" in view.status.text() and _printouts(view.status.text()) == labels
    assert "bản in" not in view.status.text()
    language().set("vi")
    qtbot.waitUntil(lambda: view.title.text() != "Report and files")


def test_the_questionnaire_for_the_chosen_business_has_its_name_tax_code_and_ids(qtbot, view, tmp_path):
    import cv2
    from pypdf import PdfReader

    from cds_desktop.paper import read_forms
    from paper_filling import render

    business = view.business
    assert view.business_blank_button.isVisibleTo(view) and view.business_blank_button.isEnabled()
    assert business.name in view.business_note.text() and view.business_note.isVisibleTo(view)
    path = tmp_path / "for-the-business.pdf"
    export(qtbot, lambda: view.export_business_form(path))
    first = PdfReader(path).pages[0].extract_text()
    assert business.name in first and business.tax_code in first
    status = view.status.text()
    assert str(path) in status and business.name in status and len(_printouts(status)) == 1, status

    page = tmp_path / "page-1.png"
    cv2.imwrite(str(page), render(path, 1, 150))
    reading = read_forms([str(page)])  # the QR code names the business: read back, it lands on that business
    assert links_to(business.id, reading.form.business_id) and reading.form.printout == _printouts(status)[0].replace("-", "")
    assert reading.form.assessment_id and not links_to(view.assessment_id, reading.form.assessment_id)  # T0 is completed


def test_without_a_business_there_is_no_questionnaire_for_one(qtbot, repo):
    from cds_desktop.gui.report_view import ReportView

    view = ReportView()
    qtbot.addWidget(view)
    view.show()
    view.show_assessment(repo, None, None)
    assert not view.business_blank_button.isVisibleTo(view) and view.export_business_form("x.pdf") is None
    assert not view.business_note.isVisibleTo(view)
    assert view.blank_button.isEnabled() and view.copies.isEnabled()
