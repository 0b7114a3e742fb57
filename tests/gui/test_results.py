"""The Results view shows what `cds-cli score` computes, updates live cheaply, and loads matplotlib late."""

import json
import subprocess
import sys

import pytest

from cds_desktop.domain.assessment import Answer, load_assessment_file
from cds_desktop.paths import assessments_dir
from cds_desktop.gui.results.tables import RAW

SAMPLE = assessments_dir() / "samples" / "sample-assessment.json"


def cli_score(lang):
    out = subprocess.run([sys.executable, "-m", "cds_desktop.cli", "score", str(SAMPLE), "--json", "--lang", lang],
                         check=True, capture_output=True, text=True).stdout
    return json.loads(out)


def column(table, c, role=None):
    return [table.item(r, c).data(role) if role else table.item(r, c).text() for r in range(table.rowCount())]


@pytest.fixture
def sample():
    return load_assessment_file(SAMPLE)


@pytest.fixture
def view(qtbot):
    from cds_desktop.gui.results import ResultsView

    view = ResultsView()
    qtbot.addWidget(view)
    view.resize(1050, 720)
    return view


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_results_show_the_same_numbers_as_the_cli(view, sample, lang):
    from cds_desktop.gui.language import language

    language().set(lang)
    view.show_assessment(sample.instrument, sample.business, sample.assessment)
    expected = cli_score(lang)
    overall = expected["overall"]
    assert view.badge.text() == str(overall["level"])
    assert overall["level_name"] in view.level_label.text()
    assert view.meaning.text() == overall["level_meaning"]
    shown_score = f"{overall['score']:.1f}".replace(".", "," if lang == "vi" else ".")
    assert shown_score in view.score_label.text()
    for table, key in ((view.areas, "areas"), (view.pillars, "pillars")):
        assert column(table, 0) == [a["name"] for a in expected[key]]
        assert column(table, 1, RAW) == [a["score"] for a in expected[key]]
        assert column(table, 2, RAW) == [a["level"] for a in expected[key]]
        assert [t.split(" – ")[1] for t in column(table, 2)] == [a["level_name"] for a in expected[key]]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_window_and_the_pdf_name_the_same_strengths_and_gaps_as_capabilities(view, sample, tmp_path, lang):
    import unicodedata
    from datetime import date
    from html import escape

    from pypdf import PdfReader

    from cds_desktop.domain.strengths import descriptor, topic
    from cds_desktop.gui.language import language
    from cds_desktop.report import build_report

    def squash(value):
        return "".join(ch for ch in unicodedata.normalize("NFC", value) if not ch.isspace())

    language().set(lang)
    view.show_assessment(sample.instrument, sample.business, sample.assessment)
    pdf = tmp_path / "report.pdf"
    build_report(sample, pdf, lang=lang, on=date.today())
    summary = squash(PdfReader(pdf).pages[0].extract_text())
    level = "mức" if lang == "vi" else "level"
    assert len(view.strongest) == len(view.weakest) == 3
    for shown, label in ((view.strongest, view.strengths), (view.weakest, view.weaknesses)):
        for qs in shown:
            name = topic(qs.question, lang)
            assert squash(f"{name} — {level} {qs.level}/5") in summary  # the PDF names the same topic, same level
            assert f"<b>{escape(name)}</b> — {level} {qs.level}/5" in label.text()
            assert escape(descriptor(qs, lang)) in label.text()
            assert qs.question.text[lang] not in label.text()  # capabilities, not the questions


def test_a_live_update_changes_the_figures_at_once_and_the_chart_once_settled(qtbot, view, sample):
    view.show()
    view.show_assessment(sample.instrument, sample.business, sample.assessment)
    qtbot.waitUntil(lambda: view.chart.draws == 1, timeout=10_000)
    before = view.result.area("management").score
    assessment = sample.assessment
    for level in (3, 4, 5):  # three quick answers: one redraw
        assessment = assessment.with_answer("mgt_accounting", Answer.ladder(level))
        view.update_live(sample.instrument, sample.business, assessment)
    after = view.result.area("management").score
    assert after > before
    row = [a.id for a in view.result.areas].index("management")
    assert view.areas.item(row, 1).data(RAW) == after
    assert view.chart.draws == 1
    qtbot.waitUntil(lambda: view.chart.draws == 2, timeout=5_000)
    qtbot.wait(300)
    assert view.chart.draws == 2


@pytest.mark.parametrize("lang,words", [("vi", "Tạm tính"), ("en", "Provisional")])
def test_a_draft_shows_a_provisional_score_and_no_headline_level(view, sample, lang, words):
    from dataclasses import replace

    from cds_desktop.gui.language import language

    language().set(lang)
    one = {"mgt_dx_strategy": Answer.ladder(5)}  # one of 40 questions at level 5
    view.show()
    view.show_assessment(sample.instrument, sample.business, replace(sample.assessment, answers=one, status="draft"))
    assert view.badge.text() == "–"
    assert view.level_label.text().startswith(words) and "5" not in view.level_label.text()
    assert words in view.score_label.text() or words.lower() in view.score_label.text().lower()
    assert "Dẫn dắt" not in view.level_label.text() and "Leading" not in view.level_label.text()
    assert "QĐ 1970/QĐ-BTTTT" in view.method_note.text() and "QĐ 1567/QĐ-BKHCN" in view.method_note.text()
    language().set("vi")


def test_a_draft_says_how_much_is_answered(view, sample):
    from dataclasses import replace

    half = dict(list(sample.assessment.answers.items())[:20])
    draft = replace(sample.assessment, answers=half, status="draft")
    view.show()
    view.show_assessment(sample.instrument, sample.business, draft)
    assert view.draft_note.isVisible()
    assert "%" in view.draft_note.text()


def test_matplotlib_loads_only_when_the_chart_is_first_shown(qtbot, sample):
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from cds_desktop.gui.results import ResultsView\n"
        "from cds_desktop.gui.comparison import ComparisonView\n"
        "from cds_desktop.domain.sample import sample_file\n"
        "f = sample_file()\n"
        "v = ResultsView(); v.show_assessment(f.instrument, f.business, f.assessment)\n"
        "app.processEvents()\n"
        "assert 'matplotlib' not in sys.modules, 'loaded before the view was shown'\n"
        "v.show()\n"
        "import time\n"
        "end = time.time() + 10\n"
        "while v.chart.draws == 0 and time.time() < end: app.processEvents()\n"
        "assert 'matplotlib.pyplot' not in sys.modules\n"
        "assert 'matplotlib' in sys.modules and v.chart.draws == 1\n"
    )
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, "-c", code], check=True, env=env)
