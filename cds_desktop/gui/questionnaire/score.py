"""The live score beside the questionnaire: overall score and level, and the current area's score.

It shows a `domain.scoring.Result` the view recomputes after every answer (a few milliseconds); no chart
is drawn here, so it keeps up with typing and clicking.
"""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QLabel, QVBoxLayout, QWidget

from ...domain.instrument import Instrument
from ...domain.scoring import Result, level_label
from ...i18n import tr
from .question import scaled_font


class ScorePanel(QFrame):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("scorePanel")
        self.title = QLabel()
        self.title.setObjectName("scoreTitle")
        self.title.setWordWrap(True)
        self.overall = QLabel()
        self.overall.setFont(scaled_font(self.font(), 1.5, bold=True))
        self.level = QLabel()
        self.level.setWordWrap(True)
        self.level.setFont(scaled_font(self.font(), 1.0, bold=True))
        self.area = QLabel()
        self.area.setWordWrap(True)
        self.note = QLabel()
        self.note.setObjectName("help")
        self.note.setWordWrap(True)
        self.rule = None  # why the overall level is what it is: built with the first level shown
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(2)
        for label in (self.title, self.overall, self.level, self.area, self.note):
            layout.addWidget(label)
        layout.insertSpacing(4, 6)

    def show_result(self, result: Result | None, instrument: Instrument | None, area_id: str | None,
                    lang: str) -> None:
        complete = result is not None and not result.provisional
        self.title.setText(self.tr("Score") if complete else self.tr("Provisional score"))
        self.note.setText(self.tr("Counts the questions answered so far; the level comes once every question "
                                  "is answered."))
        self.note.setVisible(not complete)
        if result is None or instrument is None:
            self._show_rule(None)
            self.overall.setText("—")
            self.level.clear()
            self.area.clear()
            return
        from ..results.figures import LEVEL_COLOURS, number  # loaded with the first assessment, not at start

        overall = result.overall.score
        self.overall.setText("—" if overall is None else self.tr("{score} / 100").format(score=number(overall, lang)))
        level = result.overall_level if overall is not None else None
        if level is not None:
            self.level.setText(self.tr("Level {level}").format(level=level_label(level, lang)))
        else:
            self.level.setText(self.tr("No level yet") if overall is not None else self.tr("No answer yet"))
        colour = f"color: {LEVEL_COLOURS[level]};" if level is not None else ""
        if self.level.styleSheet() != colour:  # setting a style sheet re-polishes the label even when unchanged
            self.level.setStyleSheet(colour)
        self._show_rule(result if level is not None else None)
        if area_id is not None:
            area = result.area(area_id)
            if area.score is None:
                shown = self.tr("no answer yet")
            elif area.level is None:
                shown = self.tr("{score} / 100, no level yet").format(score=number(area.score, lang))
            else:
                shown = self.tr("{score} / 100, level {level}").format(
                    score=number(area.score, lang), level=area.level)
            self.area.setText(self.tr("{area}: {score}").format(
                area=tr(instrument.area(area_id).name, lang), score=shown))
        else:
            self.area.clear()
        self.setAccessibleName(self.title.text())
        self.setAccessibleDescription(" ".join((self.overall.text(), self.level.text(), self.area.text())))

    def _show_rule(self, result: Result | None) -> None:
        """Beside a level (never while provisional): one line on the DBI rule, and "Why?" for the whole of it."""
        if result is None:
            if self.rule is not None:
                self.rule.hide()
            return
        if self.rule is None:
            from ..results.level_rule import LevelRuleNote

            self.rule = LevelRuleNote(inline=False)
            self.layout().insertWidget(self.layout().indexOf(self.area) + 1, self.rule)
        self.rule.show_result(result)
        self.rule.show()
