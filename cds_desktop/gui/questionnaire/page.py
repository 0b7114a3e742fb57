"""One area of the questionnaire as a vertically scrolling page of question cards."""

from __future__ import annotations

from html import escape
from typing import Mapping

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QScrollArea, QToolButton, QVBoxLayout, QWidget

from ...domain.assessment import Answer
from ...domain.instrument import Instrument, Named
from ...i18n import tr
from .question import QuestionCard, scaled_font
from .style import PAGE_BACKGROUND

MAX_TEXT_WIDTH = 980  # long lines are hard to read; wider windows get margins instead


class AreaPage(QScrollArea):
    answerChanged = Signal(str, object)

    def __init__(self, instrument: Instrument, area: Named, answers: Mapping[str, Answer],
                 numbers: Mapping[str, int], top: QWidget | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.area = area
        self.setObjectName("areaPage")
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # The background as a palette fill, not a style-sheet rule on the scroll area: such a rule turns off the
        # viewport's own fill, so every repaint of the page also painted what lies under it (~5 ms more at each
        # click of the live score) for the same pixels.
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.Window, QColor(PAGE_BACKGROUND))
        self.setPalette(palette)
        self.setAutoFillBackground(True)

        content = QWidget()
        content.setObjectName("pageContent")
        outer = QHBoxLayout(content)
        outer.setContentsMargins(24, 20, 24, 28)
        column = QWidget()
        column.setMaximumWidth(MAX_TEXT_WIDTH)
        outer.addWidget(column)
        layout = QVBoxLayout(column)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(18)

        self.title = QLabel()
        self.title.setObjectName("areaTitle")
        self.title.setWordWrap(True)
        self.title.setFont(scaled_font(self.font(), 1.5, bold=True))
        self.description = QLabel()
        self.description.setObjectName("areaDescription")
        self.description.setWordWrap(True)
        heading = QVBoxLayout()
        heading.setSpacing(4)
        heading.addWidget(self.title)
        heading.addWidget(self.description)
        layout.addLayout(heading)
        if top is not None:
            layout.addWidget(top)

        self.cards: dict[str, QuestionCard] = {}
        for question in instrument.questions_in(area.id):
            card = QuestionCard(question, numbers[question.id], answers.get(question.id))
            card.answerChanged.connect(self.answerChanged)
            self.cards[question.id] = card
            layout.addWidget(card)

        self.skipped_toggle = QToolButton()
        self.skipped_toggle.setObjectName("skippedToggle")
        self.skipped_toggle.setCheckable(True)
        self.skipped_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.skipped_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.skipped_toggle.toggled.connect(self._show_skipped)
        self.skipped_list = QLabel()
        self.skipped_list.setObjectName("skippedList")
        self.skipped_list.setWordWrap(True)
        self.skipped_list.setTextFormat(Qt.TextFormat.RichText)
        self.skipped_list.setVisible(False)
        layout.addWidget(self.skipped_toggle)
        layout.addWidget(self.skipped_list)
        layout.addStretch(1)
        self.setWidget(content)
        self._hidden: tuple[str, ...] = ()
        self._lang = "vi"

    def set_locked(self, locked: bool) -> None:
        for card in self.cards.values():
            card.set_locked(locked)

    def set_applicable(self, applicable: frozenset[str]) -> None:
        hidden = tuple(qid for qid in self.cards if qid not in applicable)
        for qid, card in self.cards.items():
            card.setVisible(qid in applicable)
        if hidden != self._hidden:
            self._hidden = hidden
            self._translate_skipped()

    def _show_skipped(self, shown: bool) -> None:
        self.skipped_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.skipped_list.setVisible(shown and bool(self._hidden))

    def show_skipped(self) -> None:
        self.skipped_toggle.setChecked(True)

    def _translate_skipped(self) -> None:
        count = len(self._hidden)
        self.skipped_toggle.setVisible(count > 0)
        self.skipped_list.setVisible(count > 0 and self.skipped_toggle.isChecked())
        self.skipped_toggle.setText(self.tr("Questions that do not apply to this business: {count}").format(
            count=count))
        self.skipped_toggle.setAccessibleName(self.skipped_toggle.text())
        fallback = self.tr("Does not apply given the business profile or earlier answers.")
        items = []
        for qid in self._hidden:
            card = self.cards[qid]
            reason = tr(card.question.skip_reason, self._lang) or fallback
            items.append(f"<p><b>{escape(card.topic_text(self._lang))}</b><br>{escape(reason)}</p>")
        self.skipped_list.setText("".join(items))

    def retranslate(self, lang: str) -> None:
        self._lang = lang
        self.title.setText(tr(self.area.name, lang))
        self.description.setText(tr(self.area.description, lang))
        self.description.setVisible(bool(self.area.description))
        for card in self.cards.values():
            card.retranslate(lang)
        self._translate_skipped()

    def first_open_card(self) -> QuestionCard | None:
        """Where keyboard users continue: the first visible unanswered question, else the first visible."""
        visible = [c for c in self.cards.values() if not c.isHidden()]
        return next((c for c in visible if not c.is_answered()), visible[0] if visible else None)
