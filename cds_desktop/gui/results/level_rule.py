"""Why the overall level is what it is: one plain sentence on the DBI rule and a "Why?" link to the fuller
explanation, unfolded in place (the Results view) or in a message box where there is no room (the live score
beside the questionnaire)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...domain.scoring import Result, level_rule_details, level_rule_line
from .. import dialogs
from ..language import current

LINKS = Qt.TextInteractionFlag.LinksAccessibleByMouse | Qt.TextInteractionFlag.LinksAccessibleByKeyboard


class LevelRuleNote(QWidget):
    def __init__(self, inline: bool = True, parent: QWidget | None = None):
        super().__init__(parent)
        self.inline = inline
        self.result: Result | None = None
        self.line = QLabel()
        self.line.setObjectName("levelRule")
        self.line.setWordWrap(True)
        self.line.setTextFormat(Qt.TextFormat.RichText)
        self.line.setTextInteractionFlags(LINKS)
        self.line.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.line.linkActivated.connect(lambda _: self.explain())
        self.details = QLabel()
        self.details.setObjectName("levelRuleDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setStyleSheet("#levelRuleDetails { background: #f3f5f8; border-radius: 4px; padding: 6px 8px; }")
        self.details.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.line)
        layout.addWidget(self.details)

    def show_result(self, result: Result | None) -> None:
        self.result = result
        self._render()

    def explain(self) -> None:
        """The fuller explanation: unfolded or folded again in place (the link says which), or in a box."""
        if self.inline:
            self.details.setVisible(self.details.isHidden())
            self._render()
        else:
            dialogs.inform(self, self.tr("How the overall level is set"),
                           "\n".join(level_rule_details(self.result, current())))

    def _render(self) -> None:
        lang = current()
        link = self.tr("Hide") if self.details.isVisible() else self.tr("Why?")
        line = level_rule_line(self.result, lang)
        self.line.setText(f"{escape(line)} <a href='why'>{escape(link)}</a>")
        self.line.setAccessibleName(line)
        if not self.details.isHidden():  # folded, it is written when unfolded (the live score redoes this per click)
            self.details.setText("<br>".join(escape(text) for text in level_rule_details(self.result, lang)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._render()
        super().changeEvent(event)
