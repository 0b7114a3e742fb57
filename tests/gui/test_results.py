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
    from cds_desktop.gui.results.view import ResultsView

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
    # a level with its name written as the report writes it ("Mức 2 · Bắt đầu"), not "2 – Bắt đầu" nor "2: Bắt đầu"
    assert view.level_label.text() == f"{'Mức' if lang == 'vi' else 'Level'} {overall['level']} · {overall['level_name']}"
    assert view.meaning.text() == overall["level_meaning"]
    shown_score = f"{overall['score']:.1f}".replace(".", "," if lang == "vi" else ".")
    assert shown_score in view.score_label.text()
    for table, key in ((view.areas, "areas"), (view.pillars, "pillars")):
        assert column(table, 0) == [a["name"] for a in expected[key]]
        assert column(table, 1, RAW) == [a["score"] for a in expected[key]]
        assert column(table, 2, RAW) == [a["level"] for a in expected[key]]
        assert column(table, 2) == [f"{a['level']} · {a['level_name']}" for a in expected[key]]


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

    from cds_desktop.gui.language import language

    language().set(lang)
    one = {"mgt_dx_strategy": Answer.ladder(5)}  # one of 40 questions at level 5
    view.show()
    view.show_assessment(sample.instrument, sample.business, sample.assessment._replace(answers=one, status="draft"))
    assert view.badge.text() == "–"
    assert view.level_label.text().startswith(words) and "5" not in view.level_label.text()
    assert words in view.score_label.text() or words.lower() in view.score_label.text().lower()
    assert "Dẫn dắt" not in view.level_label.text() and "Leading" not in view.level_label.text()
    assert "1970/QĐ-BTTTT" in view.method_note.text() and "1567/QĐ-BKHCN" in view.method_note.text()
    language().set("vi")


def test_a_draft_says_how_much_is_answered(view, sample):

    half = dict(list(sample.assessment.answers.items())[:20])
    draft = sample.assessment._replace(answers=half, status="draft")
    view.show()
    view.show_assessment(sample.instrument, sample.business, draft)
    assert view.draft_note.isVisible()
    assert "%" in view.draft_note.text()


def test_matplotlib_loads_only_when_the_chart_is_first_shown(qtbot, sample):
    code = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from cds_desktop.gui.results.view import ResultsView\n"
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


def held_back(sample):
    """Every answer at level 1 except the customer and technology pillars at 5: a score of 56, and yet only
    two pillars at level 2 or higher, so the DBI rule gives level 1 while areas are at level 3 and 4."""

    from conftest import ticks_for_level

    answers = {}
    for q in sample.instrument.questions:
        level = 5 if q.pillar in ("customer", "technology") else 1
        answers[q.id] = Answer.ladder(level) if q.type == "ladder" else ticks_for_level(q, level)
    return sample.assessment._replace(answers=answers)


@pytest.mark.parametrize("lang,why,words", [
    ("vi", "Vì sao?", ("Mức chung là 1, chưa phải 2", "ít nhất 4/6 trụ cột đạt mức 2", "hiện có 2")),
    ("en", "Why?", ("The overall level is 1, not yet 2", "at least 4 of 6 pillars at level 2", "(2 are)"))])
def test_a_level_below_what_its_score_gives_says_why_in_one_line_with_a_why_link(view, sample, lang, why, words):
    from cds_desktop.gui.language import language

    language().set(lang)
    view.show()
    view.show_assessment(sample.instrument, sample.business, held_back(sample))
    assert view.result.overall_level == 1 and view.result.overall.score > 40
    assert any(area.level > 1 for area in view.result.areas)  # an area above the overall level: the puzzle
    line = view.rule.line.text()
    assert view.rule.isVisible() and all(w in line for w in words) and f">{why}</a>" in line
    assert not view.rule.details.isVisible()
    view.rule.line.linkActivated.emit("why")
    details = view.rule.details.text()
    assert view.rule.details.isVisible()
    assert ("Mức 2: tổng điểm trên 20 và ít nhất 4/6 trụ cột" if lang == "vi"
            else "Level 2: a total score above 20 and at least 4 of 6 pillars") in details
    view.rule.line.linkActivated.emit("why")
    assert not view.rule.details.isVisible()
    language().set("vi")


def test_unfolded_rule_details_follow_the_next_assessment_shown(view, sample):

    from conftest import ticks_for_level

    view.show()
    view.show_assessment(sample.instrument, sample.business, held_back(sample))
    view.rule.line.linkActivated.emit("why")
    customer = sample.instrument.pillar("customer").name["vi"]
    assert f"{customer}: mức 5" in view.rule.details.text()
    all_level_one = sample.assessment._replace(answers={
        q.id: Answer.ladder(1) if q.type == "ladder" else ticks_for_level(q, 1) for q in sample.instrument.questions})
    view.show_assessment(sample.instrument, sample.business, all_level_one)
    assert view.rule.details.isVisible() and f"{customer}: mức 1" in view.rule.details.text()  # written anew


def test_a_level_the_score_explains_still_says_the_rule_in_short(view, sample):
    view.show()
    view.show_assessment(sample.instrument, sample.business, sample.assessment)
    assert view.rule.isVisible() and "cần cả tổng điểm lẫn đủ số trụ cột" in view.rule.line.text()
    assert "Vì sao?" in view.rule.line.text()


def test_the_live_score_says_why_beside_a_held_back_level_and_explains_in_a_box(qtbot, sample, messages):
    from cds_desktop.domain.scoring import score
    from cds_desktop.gui.questionnaire.score import ScorePanel

    panel = ScorePanel()
    qtbot.addWidget(panel)
    panel.show()
    panel.show_result(None, sample.instrument, None, "vi")
    assert panel.rule is None  # no level, nothing to explain
    result = score(sample.instrument, sample.business, held_back(sample))
    panel.show_result(result, sample.instrument, "business", "vi")
    assert "Mức 1" in panel.level.text() and "mức 5" in panel.area.text()  # what looked odd …
    assert "chưa phải 2" in panel.rule.line.text() and panel.rule.isVisible()  # … now said
    panel.rule.line.linkActivated.emit("why")
    kind, title, message, _ = messages[-1]
    assert kind == "inform" and title == "Mức chung được tính thế nào" and "Mức 5: tổng điểm trên 80" in message


def test_the_chart_says_it_is_being_drawn_until_the_figure_is_ready(qtbot, view, sample):
    view.show()
    view.show_assessment(sample.instrument, sample.business, sample.assessment)
    qtbot.waitExposed(view)
    chart = view.chart
    if chart.canvas is None:  # matplotlib may already be loaded by an earlier test of this process
        assert chart.placeholder.isVisible() and chart.placeholder.text() == "Đang vẽ biểu đồ…"
    qtbot.waitUntil(lambda: chart.draws == 1, timeout=20_000)
    assert chart.canvas.isVisible() and not chart.placeholder.isVisible()


def test_matplotlib_loads_off_the_gui_thread_while_the_placeholder_shows(qtbot, sample):
    code = (
        "import sys, threading, time\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "import builtins\n"
        "threads = set()\n"
        "real_import = builtins.__import__\n"
        "def spy(name, *args, **kwargs):\n"
        "    if name.startswith('matplotlib') and 'matplotlib' not in sys.modules:\n"
        "        threads.add(threading.current_thread() is threading.main_thread())\n"
        "    return real_import(name, *args, **kwargs)\n"
        "builtins.__import__ = spy\n"
        "from cds_desktop.gui.results.view import ResultsView\n"
        "from cds_desktop.domain.sample import sample_file\n"
        "f = sample_file()\n"
        "v = ResultsView(); v.show(); v.show_assessment(f.instrument, f.business, f.assessment)\n"
        "ticks = 0\n"
        "end = time.time() + 30\n"
        "while v.chart.draws == 0 and time.time() < end:\n"
        "    app.processEvents(); ticks += 1; time.sleep(0.005)\n"
        "    assert v.chart.draws or v.chart.placeholder.isVisible()\n"
        "assert v.chart.draws == 1 and not v.chart.placeholder.isVisible()\n"
        "assert threads == {False}, threads  # imported on a worker thread only\n"
        "assert ticks > 10  # the event loop kept running while it loaded\n"
    )
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, "-c", code], check=True, env=env)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_peer_comparison_shows_the_benchmark_and_marks_each_difference_as_the_report_does(view, sample, tmp_path,
                                                                                                lang):
    """Five similar businesses stored beside the sample, three scoring above it and two below: the card lists the
    business's own score, the peers' mean and median per area, and the difference from the mean marked ▲/▼ as the
    report's tables mark a change."""

    from cds_desktop.formats import format_score, score_trend
    from cds_desktop.gui.language import language
    from cds_desktop.storage import Repository
    from cds_desktop.storage.benchmark import benchmark

    language().set(lang)
    with Repository(tmp_path / "store") as repo:
        own_business = repo.add_business(sample.business)
        own = repo.save_assessment(own_business.id, sample.assessment)
        for i, step in enumerate((1, 1, 1, -1, -1)):
            answers = {qid: Answer.ladder(min(5, max(0, a.level + step))) if a.level is not None else a
                       for qid, a in sample.assessment.answers.items()}
            peer = repo.add_business(sample.business._replace(id=None, name=f"Cơ sở {i}", tax_code=""))
            repo.save_assessment(peer.id, sample.assessment._replace(id=f"peer-{i}", answers=answers))
        view.show_assessment(sample.instrument, sample.business, sample.assessment)
        view.show_benchmark(repo, own.id)
        expected = benchmark(repo, own.id)
    table = view.benchmark.table
    assert not expected.hidden and view.benchmark.table.isVisibleTo(view)
    comparisons = [expected.overall, *expected.areas]
    assert column(table, 1) == [format_score(c.own_score, lang) for c in comparisons]
    assert column(table, 2) == [format_score(c.mean, lang) for c in comparisons]
    assert column(table, 3) == [format_score(c.median, lang) for c in comparisons]
    assert column(table, 4) == [score_trend(c.own_score, c.mean, lang)[0] for c in comparisons]
    assert any(mark.startswith("▼") for mark in column(table, 4))  # three of five peers above it: below the mean
