"""Results of one assessment: the overall level (badge, name, meaning) and score, a radar of the areas,
scores and levels by area and by DBI pillar, and the strongest and weakest answers.

`update_live` is called on every answer while the questionnaire is open: it re-scores and refreshes
the figures at once (a few milliseconds) and redraws the chart only after the answers settle.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from ...domain.assessment import Assessment
from ...domain.business import Business
from ...domain.instrument import Instrument
from ...domain.plan import Plan
from ...domain.scoring import LEVEL_MEANINGS, METHOD_NOTE, QuestionScore, Result, level_label, score
from ...domain.strengths import descriptor, strengths_and_gaps, topic
from ...formats import format_percent
from ...i18n import tr
from ...storage import Repository
from ..benchmark_view import BenchmarkView
from ..businesses.stages import stage_name
from ..language import current
from ..plans import plan_for
from ..style import scaled
from ..widgets import fill_with_scrolling, heading
from .chart import ChartArea
from .figures import LEVEL_COLOURS, LevelBadge, number
from .level_rule import LevelRuleNote
from .plots import Line, radar
from .tables import FittedTable

RESULTS_STYLE = """
#results, #resultsContent { background: #f3f5f8; }
#results #card { background: #ffffff; border: 1px solid #d8dee6; border-radius: 8px; }
#results #meaning, #results #note { color: #3a4756; }
#results #draftNote { color: #8a5a00; background: #fff4dc; border-radius: 4px; padding: 4px 8px; }
#results #score { color: #17222e; }
"""


def card() -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 14, 16, 14)
    layout.setSpacing(8)
    return frame, layout


def level_text(level: int | None, lang: str) -> str:
    return "—" if level is None else level_label(level, lang)


FIRST_STEPS = 3


class ResultsView(QWidget):
    """Signals: `planRequested()` (the whole plan), `reportRequested()` (the PDF report)."""

    planRequested = Signal()
    reportRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("results")
        self.setStyleSheet(RESULTS_STYLE)
        self.instrument: Instrument | None = None
        self.business: Business | None = None
        self.assessment: Assessment | None = None
        self.result: Result | None = None
        self.plan: Plan | None = None
        self.strongest: list[QuestionScore] = []  # the topics shown as strengths and gaps (as in the PDF)
        self.weakest: list[QuestionScore] = []

        self.title = heading()
        self.badge = LevelBadge(72)
        self.level_label = QLabel()
        self.level_label.setFont(scaled(self.font(), 1.35, bold=True))
        self.level_label.setWordWrap(True)
        self.meaning = QLabel()
        self.meaning.setObjectName("meaning")
        self.meaning.setWordWrap(True)
        self.score_label = QLabel()
        self.score_label.setObjectName("score")
        self.score_label.setFont(scaled(self.font(), 1.15, bold=True))
        self.rule = LevelRuleNote()  # why the level is what it is, beside the level
        self.draft_note = QLabel()
        self.draft_note.setObjectName("draftNote")
        self.draft_note.setWordWrap(True)
        self.note = QLabel()
        self.note.setObjectName("note")
        self.note.setWordWrap(True)
        self.method_note = QLabel()
        self.method_note.setObjectName("note")
        self.method_note.setWordWrap(True)
        summary, summary_layout = card()
        row = QHBoxLayout()
        row.setSpacing(16)
        row.addWidget(self.badge, 0, Qt.AlignmentFlag.AlignTop)
        words = QVBoxLayout()
        words.setSpacing(4)
        words.addWidget(self.level_label)
        words.addWidget(self.meaning)
        words.addWidget(self.score_label)
        row.addLayout(words, 1)
        summary_layout.addLayout(row)
        summary_layout.addWidget(self.rule)
        summary_layout.addWidget(self.draft_note)
        summary_layout.addWidget(self.note)
        summary_layout.addWidget(self.method_note)

        self.steps_title = heading(level=2)
        self.steps = QLabel()
        self.steps.setWordWrap(True)
        self.steps.setTextFormat(Qt.TextFormat.RichText)
        self.plan_button = QPushButton()
        self.plan_button.setObjectName("primary")
        self.plan_button.clicked.connect(self.planRequested)
        self.report_button = QPushButton()
        self.report_button.clicked.connect(self.reportRequested)
        self.steps_card, steps_layout = card()
        steps_layout.addWidget(self.steps_title)
        steps_layout.addWidget(self.steps)
        buttons = QHBoxLayout()
        buttons.addWidget(self.plan_button)
        buttons.addWidget(self.report_button)
        buttons.addStretch(1)
        steps_layout.addLayout(buttons)

        self.chart_title = heading(level=2)
        self.chart = ChartArea(minimum_height=330)
        chart_card, chart_layout = card()
        chart_layout.addWidget(self.chart_title)
        chart_layout.addWidget(self.chart, 1)

        self.areas_title = heading(level=2)
        self.areas = FittedTable(3)
        self.pillars_title = heading(level=2)
        self.pillars = FittedTable(3)
        tables_card, tables_layout = card()
        for widget in (self.areas_title, self.areas, self.pillars_title, self.pillars):
            tables_layout.addWidget(widget)
        tables_layout.addStretch(1)

        self.strengths_title = heading(level=2)
        self.strengths = QLabel()
        self.weaknesses_title = heading(level=2)
        self.weaknesses = QLabel()
        strong_card, strong_layout = card()
        grid = QGridLayout()
        grid.setHorizontalSpacing(24)
        for column, (title, label) in enumerate(((self.strengths_title, self.strengths),
                                                 (self.weaknesses_title, self.weaknesses))):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            grid.addWidget(title, 0, column)
            grid.addWidget(label, 1, column)
            grid.setColumnStretch(column, 1)
        strong_layout.addLayout(grid)

        self.benchmark = BenchmarkView()
        self.benchmark_card, benchmark_layout = card()
        benchmark_layout.addWidget(self.benchmark)
        self.benchmark_card.setVisible(False)

        middle = QHBoxLayout()
        middle.setSpacing(16)
        middle.addWidget(chart_card, 5)
        middle.addWidget(tables_card, 6)

        content = QWidget()
        content.setObjectName("resultsContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 20, 24, 24)
        layout.setSpacing(16)
        layout.addWidget(self.title)
        layout.addWidget(summary)
        layout.addWidget(self.steps_card)
        layout.addLayout(middle)
        layout.addWidget(strong_card)
        layout.addWidget(self.benchmark_card)
        layout.addStretch(1)
        fill_with_scrolling(self, content)
        self._retranslate()

    # -- the public interface -------------------------------------------------------------------

    def show_assessment(self, instrument: Instrument, business: Business, assessment: Assessment) -> Result:
        """Show an assessment's results and the first steps of its plan (one computation, `make_plan`);
        returns the results (the view keeps them as `result`, the plan as `plan`)."""
        self.plan = plan_for(instrument, business, assessment)
        self.instrument, self.business, self.assessment = instrument, business, assessment
        self.result = self.plan.result
        self._show_figures()
        self._show_steps()
        self._plot()
        return self.result

    def update_live(self, instrument: Instrument, business: Business, assessment: Assessment) -> Result:
        """Re-score and refresh the figures now; the chart follows once the answers settle."""
        self.instrument, self.business, self.assessment = instrument, business, assessment
        self.result = score(instrument, business, assessment)
        self._show_figures()
        self._plot()
        return self.result

    def show_benchmark(self, repo: Repository, assessment_id: str) -> None:
        """The stored assessment against its peers on this computer (or why there are too few)."""
        self.benchmark.show_benchmark(repo, assessment_id, self.instrument)
        self.benchmark_card.setVisible(True)

    # -- drawing --------------------------------------------------------------------------------

    def _show_figures(self) -> None:
        result, lang = self.result, current()
        if result is None:
            return
        level = result.overall_level  # None while provisional: no headline level
        self.title.setText(self.tr("Results: {business}, {stage}").format(
            business=self.business.name, stage=stage_name(self.assessment.stage)))
        if level is None:
            self.badge.set_level(None, self.tr("Provisional: no overall level yet"))
            self.level_label.setText(self.tr("Provisional: no overall level yet"))
            self.level_label.setStyleSheet("")
            self.meaning.setText(self.tr("The level is given once every applicable question is answered."))
            self.score_label.setText(self.tr("Provisional score: {score} / 100").format(
                score=number(result.overall.score or 0.0, lang)))
        else:
            self.badge.set_level(level, self.tr("Overall level {level}").format(level=level_text(level, lang)))
            self.level_label.setText(self.tr("Level {level}").format(level=level_label(level, lang)))
            self.level_label.setStyleSheet(f"color: {LEVEL_COLOURS[level]};")
            self.meaning.setText(tr(LEVEL_MEANINGS[level], lang))
            self.score_label.setText(self.tr("Overall score: {score} / 100").format(
                score=number(result.overall.score or 0.0, lang)))
        self.rule.setVisible(level is not None)
        self.rule.show_result(result)
        self.draft_note.setVisible(result.provisional)
        if result.provisional:
            self.draft_note.setText(self.tr(
                "Provisional: {percent} of the applicable questions answered. The figures so far count the answered "
                "ones only; an area or pillar with fewer than half of its questions answered has no level.").format(
                percent=format_percent(float(result.completeness), lang)))
        self.method_note.setText(tr(METHOD_NOTE, lang))
        scaled_note = result.to_json(lang)["note"] if result.pillar_counts_scaled and level is not None else None
        self.note.setVisible(bool(scaled_note))
        self.note.setText(scaled_note or "")
        for table, items in ((self.areas, result.areas), (self.pillars, result.pillars)):
            table.set_rows([[tr(s.name, lang), (number(s.score, lang), s.score), (level_text(s.level, lang), s.level)]
                            for s in items])
        plan = self.plan if self.plan is not None and self.plan.result is result else None  # not while live
        roadmap = plan.roadmap if plan is not None else None
        self.strongest, self.weakest = strengths_and_gaps(result, self.instrument, roadmap)
        none = "<i>" + escape(self.tr("Nothing to show yet: answer some questions first.")) + "</i>"
        self.strengths.setText(self._topic_list(self.strongest) or none)
        self.weaknesses.setText(self._topic_list(self.weakest, roadmap) or none)

    def _show_steps(self) -> None:
        """The first steps of the plan, each with the support that can pay for it: what to do on Monday."""
        lang = current()
        steps = self.plan.roadmap.steps[:FIRST_STEPS] if self.plan is not None else ()
        self.steps_title.setText(self.tr("Start with these {count} steps").format(count=len(steps))
                                 if steps else self.tr("Your plan"))
        if not steps:
            self.steps.setText(escape(self.tr("No step to propose: every answer is at the level the plan aims for.")))
            return
        rows = []
        for n, step in enumerate(steps, start=1):
            support = step.support_lines(lang)
            paid = (self.tr("Support that can pay for it: {policy}").format(policy=support[0]) if support
                    else self.tr("No public support found for this step: the business pays for it."))
            rows.append(f"<p style='margin:0 0 8px 0'><b>{n}. {escape(tr(step.text, lang))}</b><br>"
                        f"<span style='color:#3a4756'>{escape(paid)}</span></p>")
        self.steps.setText("".join(rows))

    def _topic_list(self, items: list[QuestionScore], roadmap=None) -> str:
        """Each as the capability, its level and what the business does there (as the PDF summary says it);
        a gap also names the step of the plan that works on it."""
        lang = current()
        steps = [step.question_id for step in roadmap.steps] if roadmap is not None else []
        rows = []
        for qs in items:
            lines = [f"<b>{escape(topic(qs.question, lang))}</b> — "
                     + escape(self.tr("level {level}/5").format(level=qs.level)),
                     f"<span style='color:#3a4756'>{escape(descriptor(qs, lang))}</span>"]
            if qs.question.id in steps:
                lines.append("<span style='color:#5a6878'>→ " + escape(self.tr("step {step} of the plan").format(
                    step=steps.index(qs.question.id) + 1)) + "</span>")
            rows.append(f"<p style='margin:0 0 8px 0'>{'<br>'.join(lines)}</p>")
        return "".join(rows)

    def _plot(self) -> None:
        result, lang = self.result, current()
        labels = [tr(a.name, lang) for a in result.areas]
        values = [a.score for a in result.areas]
        self.chart.plot(lambda figure: radar(figure, labels, [Line(self.assessment.stage, values)]))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.chart_title.setText(self.tr("Scores by area"))
        self.areas_title.setText(self.tr("By area"))
        self.pillars_title.setText(self.tr("By DBI pillar"))
        self.areas.setAccessibleName(self.tr("Scores by area"))
        self.pillars.setAccessibleName(self.tr("Scores by DBI pillar"))
        self.strengths_title.setText(self.tr("What the business does best"))
        self.weaknesses_title.setText(self.tr("Where to improve first"))
        self.areas.set_headers([self.tr("Area"), self.tr("Score"), self.tr("Level")])
        self.pillars.set_headers([self.tr("DBI pillar"), self.tr("Score"), self.tr("Level")])
        self.chart.setAccessibleName(self.tr("Radar chart of the scores by area"))
        self.plan_button.setText(self.tr("See the whole plan"))
        self.report_button.setText(self.tr("Make the PDF report"))
        self.steps.setAccessibleName(self.tr("First steps of the plan"))
        if self.result is not None:
            self._show_steps()
            self._show_figures()
            self._plot()

