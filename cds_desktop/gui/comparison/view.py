"""Two assessments of one business side by side (by default the open one and the one before it in the order of
the stages, as its report compares them): both radars overlaid, the change per area and pillar with arrows, the
questions that moved, and the overall score at every stage."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from ...domain.assessment import previous_stage
from ...domain.business import Business
from ...errors import InputError
from ...formats import DOWN, UP, format_date, score_trend
from ...i18n import tr
from ...storage import AssessmentSummary, Repository
from ..businesses.stages import stage_name
from ..language import current
from ..results.chart import PREVIOUS, ChartArea
from ..results.figures import number
from ..results.plots import Line, radar, trend
from ..results.tables import FittedTable
from ..results.view import RESULTS_STYLE, card, level_text
from ..widgets import fill_with_scrolling, heading
from .changes import Changes, ScoreChange, compare

GAIN, LOSS = "#1e6b34", "#b3261e"


def _colour(delta: float | None) -> str | None:
    if not delta:
        return None
    return GAIN if delta > 0 else LOSS


class ComparisonView(QWidget):
    """Signal `failed(message)` when an assessment cannot be read (the view then shows nothing stale)."""

    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("results")
        self.setStyleSheet(RESULTS_STYLE)
        self.repo: Repository | None = None
        self.business: Business | None = None
        self.summaries: list[AssessmentSummary] = []
        self.changes: Changes | None = None
        self.open_id: str | None = None  # the assessment open in the window

        self.title = heading()
        self.before_label, self.after_label = QLabel(), QLabel()
        self.before_combo, self.after_combo = QComboBox(), QComboBox()
        choose = QGridLayout()  # one chooser a row: an entry ("First assessment (T0) · date · status · score") is long
        choose.setHorizontalSpacing(8)
        for row, (label, combo) in enumerate(((self.before_label, self.before_combo),
                                              (self.after_label, self.after_combo))):
            label.setBuddy(combo)
            combo.setMinimumContentsLength(22)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)  # as wide as its longest entry
            combo.currentIndexChanged.connect(self._chosen)
            choose.addWidget(label, row, 0)
            choose.addWidget(combo, row, 1)
        choose.setColumnStretch(2, 1)
        self.compared = QLabel()  # which two are compared, and why these two
        self.compared.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("note")
        self.message.setWordWrap(True)

        self.overall_label = QLabel()
        self.overall_label.setWordWrap(True)
        self.overall_label.setTextFormat(Qt.TextFormat.RichText)
        self.radar_title = heading(level=2)
        self.radar = ChartArea(minimum_height=320)
        radar_card, radar_layout = card()
        radar_layout.addWidget(self.radar_title)
        radar_layout.addWidget(self.radar, 1)
        self.areas_title = heading(level=2)
        self.areas = FittedTable(5)
        self.pillars_title = heading(level=2)
        self.pillars = FittedTable(5)
        tables_card, tables_layout = card()
        for widget in (self.overall_label, self.areas_title, self.areas, self.pillars_title, self.pillars):
            tables_layout.addWidget(widget)
        tables_layout.addStretch(1)
        middle = QHBoxLayout()
        middle.setSpacing(16)
        middle.addWidget(radar_card, 5)
        middle.addWidget(tables_card, 6)

        self.moved_title = heading(level=2)
        self.moved = FittedTable(4)
        self.trend = ChartArea(minimum_height=220)
        bottom_card, bottom_layout = card()
        bottom_layout.addWidget(self.moved_title)
        bottom_layout.addWidget(self.moved)
        trend_card, trend_layout = card()
        trend_layout.addWidget(self.trend)

        self.body = QWidget()
        body_layout = QVBoxLayout(self.body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(16)
        body_layout.addLayout(middle)
        body_layout.addWidget(bottom_card)
        content = QWidget()
        content.setObjectName("resultsContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 20, 24, 24)
        layout.setSpacing(14)
        layout.addWidget(self.title)
        layout.addLayout(choose)
        layout.addWidget(self.compared)
        layout.addWidget(self.message)
        layout.addWidget(self.body)
        layout.addWidget(trend_card)
        layout.addStretch(1)
        fill_with_scrolling(self, content)
        self.trend_card = trend_card
        self._retranslate()

    # -- the public interface -------------------------------------------------------------------

    def show_business(self, repo: Repository, business: Business, before_id: str | None = None,
                      after_id: str | None = None, open_id: str | None = None) -> None:
        """Every assessment of the business to choose from; compares `before_id` with `after_id`. By default
        the open assessment (`open_id`) with the one before it in the order of the stages, as its report does
        (the first one with the one after it, as there is none before); without one open, the last two."""
        self.repo, self.business, self.open_id = repo, business, open_id
        self.summaries = repo.assessments_of(business.id)  # in the order of the stages
        ids = [s.id for s in self.summaries]
        if after_id is None and before_id is None and open_id in ids:
            opened = self.summaries[ids.index(open_id)]
            previous = previous_stage(opened, self.summaries)
            if previous is not None:
                before_id, after_id = previous.id, open_id
            else:
                before_id, after_id = open_id, ids[min(ids.index(open_id) + 1, len(ids) - 1)]
        after = ids.index(after_id) if after_id in ids else len(ids) - 1
        before = ids.index(before_id) if before_id in ids else max(after - 1, 0)
        for combo, index in ((self.before_combo, before), (self.after_combo, after)):
            combo.blockSignals(True)
            combo.clear()
            for s in self.summaries:
                combo.addItem("", s.id)
            combo.setCurrentIndex(index)
            combo.blockSignals(False)
        self._label_choices()
        self._chosen()

    def _chosen(self) -> None:
        self.changes = None
        if self.repo is None:
            return
        enough = len(self.summaries) >= 2
        before_id, after_id = self.before_combo.currentData(), self.after_combo.currentData()
        if enough and before_id != after_id:
            try:
                files = [self.repo.assessment_file(i) for i in (before_id, after_id)]
            except InputError as error:
                self.failed.emit(error.render(current()))
            else:
                self.changes = compare(self.business, *[(f.instrument, f.assessment) for f in files])
        self._show()

    # -- drawing --------------------------------------------------------------------------------

    def _label_choices(self) -> None:
        lang = current()
        for combo in (self.before_combo, self.after_combo):
            for i, s in enumerate(self.summaries):
                status = self.tr("completed") if s.status == "completed" else self.tr("draft")
                combo.setItemText(i, f"{stage_name(s.stage)} · {format_date(s.assessed_on, lang)} · {status} · "
                                     f"{number(s.overall_score, lang)}")

    def _stage(self, combo: QComboBox) -> str:
        index = combo.currentIndex()
        return self.summaries[index].stage if 0 <= index < len(self.summaries) else ""

    def _show(self) -> None:
        overall_word = self.tr("Overall")
        lang = current()
        if self.business is not None:
            self.title.setText(self.tr("Progress: {business}").format(business=self.business.name))
        few = len(self.summaries) < 2
        same = not few and self.before_combo.currentData() == self.after_combo.currentData()
        self.message.setVisible(few or same)
        self.message.setText(self.tr(
            "There is only one assessment of this business. Start a re-assessment (T1, T2…) later to see "
            "what changed.") if few else self.tr("Choose two different assessments to compare."))
        self.compared.setText(self._compared_text())
        self.compared.setVisible(self.changes is not None)
        self.body.setVisible(self.changes is not None)
        self._plot_trend()
        if self.changes is None:
            return
        c = self.changes
        before, after = self._stage(self.before_combo), self._stage(self.after_combo)
        arrow, delta = score_trend(c.overall.after, c.overall.before, lang)
        self.overall_label.setText(
            f"<b>{escape(overall_word)}</b>: {number(c.overall.before, lang)} → {number(c.overall.after, lang)}"
            f" <span style='color:{_colour(delta) or '#17222e'}'><b>{arrow}</b></span><br>"
            + escape(self.tr("Level {before} → {after}").format(
                before=level_text(c.overall.level_before, lang), after=level_text(c.overall.level_after, lang))
                if c.overall.level_before != c.overall.level_after else  # as the report: a level said twice reads odd
                self.tr("Level {level}, unchanged").format(level=level_text(c.overall.level_after, lang))))
        headers = [before, after, self.tr("Change"), self.tr("Level")]
        self.areas.set_headers([self.tr("Area")] + headers)
        self.pillars.set_headers([self.tr("DBI pillar")] + headers)
        for table, items in ((self.areas, c.areas), (self.pillars, c.pillars)):
            rows, colours = zip(*[self._row(item, lang) for item in items]) if items else ((), ())
            table.set_rows(rows, colours)
        moves = [[tr(m.question.text, lang), (str(_level(m.before)), m.before), (str(_level(m.after)), m.after),
                  self._move_text(m.before, m.after)] for m in c.moved]
        self.moved.set_headers([self.tr("Question"), before, after, self.tr("Change")])
        self.moved_title.setText(self.tr("Questions that moved ({up} up, {down} down)").format(
            up=len(c.improved), down=len(c.declined)))
        self.moved.set_rows(moves, [_colour(m.delta) for m in c.moved])
        self.moved.setVisible(bool(moves))
        labels = [tr(a.name, lang) for a in c.areas]
        lines = [Line(before, [a.before for a in c.areas], PREVIOUS, dashed=True), Line(after, [a.after for a in c.areas])]
        self.radar.plot(lambda figure: radar(figure, labels, lines))

    def _compared_text(self) -> str:
        """Which two are compared (by stage: the choosers above name their days), and how they stand to the
        open assessment."""
        before, after = self.before_combo.currentIndex(), self.after_combo.currentIndex()
        if not (0 <= before < len(self.summaries) and 0 <= after < len(self.summaries)):
            return ""
        earlier, later = self.summaries[before], self.summaries[after]
        stages = {"earlier": earlier.stage, "later": later.stage}
        if later.id == self.open_id and previous_stage(later, self.summaries) is earlier:
            return self.tr("Compares the open assessment ({later}) with the one before it ({earlier}), as the "
                           "report of {later} does.").format(**stages)
        if earlier.id == self.open_id and previous_stage(earlier, self.summaries) is None and after > before:
            return self.tr("The open assessment ({earlier}) is the first one: it is compared with a later one "
                           "({later}).").format(**stages)
        return self.tr("Compares {later} with {earlier}.").format(**stages)

    def _row(self, item: ScoreChange, lang: str) -> tuple[list, str | None]:
        arrow, delta = score_trend(item.after, item.before, lang)
        levels = _level(item.level_after)  # "2 → 3" where it changed, as in the report's tables
        if item.level_before != item.level_after:
            levels = f"{_level(item.level_before)} → {levels}"
        return ([tr(item.name, lang), (number(item.before, lang), item.before), (number(item.after, lang), item.after),
                 (arrow, delta), levels], _colour(delta))

    def _move_text(self, before: int | None, after: int | None) -> tuple[str, int | None]:
        if before is None:
            return self.tr("newly answered"), None
        if after is None:
            return self.tr("no longer counted"), None
        delta = after - before
        return (f"{UP} +{delta}" if delta > 0 else f"{DOWN} −{-delta}"), delta

    def _plot_trend(self) -> None:
        self.trend_card.setVisible(bool(self.summaries))
        stages = [s.stage for s in self.summaries]
        scores = [s.overall_score for s in self.summaries]
        marked = [i for i, s in enumerate(self.summaries) if s.id in (self.before_combo.currentData(),
                                                                      self.after_combo.currentData())]
        title, lang = self.tr("Overall score at every stage"), current()
        self.trend.plot(lambda figure: trend(figure, stages, scores, title, marked, lang))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.before_label.setText(self.tr("Earlier:"))
        self.after_label.setText(self.tr("Later:"))
        self.before_combo.setAccessibleName(self.tr("Earlier assessment"))
        self.after_combo.setAccessibleName(self.tr("Later assessment"))
        self.radar_title.setText(self.tr("Scores by area"))
        self.areas_title.setText(self.tr("By area"))
        self.pillars_title.setText(self.tr("By DBI pillar"))
        self.areas.setAccessibleName(self.tr("Change by area"))
        self.pillars.setAccessibleName(self.tr("Change by DBI pillar"))
        self.moved.setAccessibleName(self.tr("Questions that moved"))
        self.radar.setAccessibleName(self.tr("Radar chart of both assessments"))
        self.trend.setAccessibleName(self.tr("Chart of the overall score at every stage"))
        self._label_choices()
        self._show()


def _level(level: int | None) -> str:
    return "—" if level is None else str(level)
