"""One question as a card: topic, text, help and example, every choice spelled out, N/A and a note."""

from __future__ import annotations


from html import escape

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QFont, QFontMetrics, QTextCursor
from PySide6.QtWidgets import (
    QAbstractButton, QButtonGroup, QCheckBox, QFrame, QHBoxLayout, QLabel, QPlainTextEdit, QPushButton,
    QRadioButton, QVBoxLayout, QWidget,
)

from ...domain import question_types
from ...domain.assessment import Answer
from ...domain.instrument import Question
from ...domain.limits import NOTE
from ...i18n import tr
from .. import dialogs
from ..language import current
from ..results.figures import number

NA = 99  # button-group id of the "not applicable" choice


def repolish(widget: QWidget) -> None:
    """Re-apply the style sheet after a dynamic property used by it changed."""
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def scaled_font(base: QFont, factor: float, bold: bool = False) -> QFont:
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * factor)
    font.setBold(bold)
    return font


class ChoiceRow(QFrame):
    """A radio button or check box with its full descriptor beside it, word-wrapped (Qt buttons do not
    wrap). Clicking anywhere on the row chooses it; Enter chooses it like Space."""

    def __init__(self, button: QAbstractButton, tag_width: int = 0, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("choice")
        self.setProperty("checked", False)
        self.setProperty("focused", False)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.button = button
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 7, 10, 7)
        layout.setSpacing(10)
        button.setMinimumHeight(self.fontMetrics().lineSpacing())  # indicator centred on the first line
        layout.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        self.tag = None
        if tag_width:  # "Level 3" in its own column, so wrapped descriptor lines align
            self.tag = QLabel()
            self.tag.setObjectName("levelTag")
            self.tag.setFixedWidth(tag_width)
            layout.addWidget(self.tag, 0, Qt.AlignmentFlag.AlignTop)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.label, 1)
        button.toggled.connect(self._mark_checked)
        button.installEventFilter(self)

    def add_aside(self, widget: QWidget) -> None:
        """A second control at the row's end (a checklist option's "not relevant to us")."""
        self.layout().addWidget(widget, 0, Qt.AlignmentFlag.AlignTop)

    def set_text(self, text: str, accessible_name: str, tag: str = "") -> None:
        if self.tag is not None:
            self.tag.setText(tag)
        self.label.setText(text)
        self.button.setAccessibleName(accessible_name)

    def _mark_checked(self, checked: bool) -> None:
        self.setProperty("checked", checked)
        repolish(self)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.button.setFocus(Qt.FocusReason.MouseFocusReason)
            self.button.click()
        super().mouseReleaseEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.FocusIn, QEvent.Type.FocusOut):
            self.setProperty("focused", kind == QEvent.Type.FocusIn)
            repolish(self)
        elif kind == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if not (isinstance(self.button, QRadioButton) and self.button.isChecked()):
                self.button.click()
            return True
        return False


class QuestionCard(QFrame):
    """Emits `answerChanged(question_id, Answer | None)` on every user change (None: answer cleared)."""

    answerChanged = Signal(str, object)

    def __init__(self, question: Question, number: int, answer: Answer | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("card")
        self.question = question
        self.number = number
        self._answer = answer
        self._locked = False
        self._note_full = False  # the last thing typed or pasted went past the limit and was cut
        base = self.font()

        self.topic = QLabel()
        self.topic.setObjectName("topic")
        self.topic.setWordWrap(True)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.text = QLabel()
        self.text.setObjectName("questionText")
        self.text.setWordWrap(True)
        self.text.setFont(scaled_font(base, 1.2, bold=True))
        self.help = QLabel()
        self.help.setObjectName("help")
        self.help.setWordWrap(True)
        self.example = QLabel()
        self.example.setObjectName("example")
        self.example.setWordWrap(True)
        self.example.setTextFormat(Qt.TextFormat.RichText)
        self.prompt = QLabel()
        self.prompt.setObjectName("prompt")
        self.prompt.setWordWrap(True)  # "Chọn mức mô tả đúng nhất…" is wider than a page at 150 %

        header = QHBoxLayout()
        header.addWidget(self.topic, 1)
        header.addWidget(self.status, 0, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(22, 18, 22, 18)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addWidget(self.text)
        layout.addWidget(self.help)
        layout.addWidget(self.example)
        layout.addSpacing(4)
        layout.addWidget(self.prompt)

        bold = scaled_font(base, 1.0, bold=True)
        metrics = QFontMetrics(bold)  # wide enough for the tag in either language
        self._tag_width = max(metrics.horizontalAdvance(t.format(level=5))
                              for t in ("Level {level}", self.tr("Level {level}"))) + 6
        choices = QVBoxLayout()
        choices.setSpacing(3)
        # The question's type says what to show: one choice (radio buttons) or several (check boxes).
        self.kind = question_types.of(question)
        self.choices = self.kind.choices(question)
        self.rows: dict[int | str, ChoiceRow] = {}  # choice key (a level, an option id); NA for N/A
        self.not_relevant: dict[str, QCheckBox] = {}  # choice key -> its "not relevant to us" box
        if not self.choices.many:
            self.group = QButtonGroup(self)
            for item in self.choices.items:
                self._add_row(choices, item.key, QRadioButton(), tagged=item.level is not None)
                self.group.addButton(self.rows[item.key].button)
            if question.na_allowed:
                self._add_row(choices, NA, QRadioButton())
                self.group.addButton(self.rows[NA].button)
            for key, row in self.rows.items():
                row.button.clicked.connect(lambda checked, key=key: self._one_clicked(key))
        else:
            for item in self.choices.items:
                self._add_row(choices, item.key, QCheckBox(), tagged=item.level is not None)
                if item.may_be_irrelevant:  # "not relevant to us" takes the option out of the count
                    box = QCheckBox()
                    box.setObjectName("notRelevant")
                    box.clicked.connect(lambda checked, key=item.key: self._not_relevant_clicked(key, checked))
                    self.rows[item.key].add_aside(box)
                    self.not_relevant[item.key] = box
            if question.na_allowed:
                self._add_row(choices, NA, QCheckBox())
            for key, row in self.rows.items():
                row.button.clicked.connect(lambda checked, key=key: self._option_clicked(key, checked))
        layout.addLayout(choices)

        self.note_label = QLabel()
        self.note_label.setObjectName("noteLabel")
        self.note = QPlainTextEdit()
        self.note.setObjectName("note")
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(self.note.fontMetrics().lineSpacing() * 3 + 16)
        self.note_label.setBuddy(self.note)
        self.note.textChanged.connect(self._note_changed)
        self.note_count = QLabel()  # "120 / 2.000 ký tự": the note stops at the limit
        self.note_count.setObjectName("noteCount")
        self.clear = QPushButton()
        self.clear.setObjectName("clear")
        self.clear.setFlat(True)
        self.clear.setCursor(Qt.CursorShape.PointingHandCursor)
        self.clear.clicked.connect(self._clear)
        self.clear.installEventFilter(self)  # Enter clears, like Space, as on every other choice here
        note_header = QHBoxLayout()
        note_header.addWidget(self.note_label, 1)
        note_header.addWidget(self.note_count)
        note_header.addWidget(self.clear)
        layout.addSpacing(6)
        layout.addLayout(note_header)
        layout.addWidget(self.note)

        self.show_answer(answer)

    def _add_row(self, layout: QVBoxLayout, key: int | str, button: QAbstractButton, tagged: bool = False) -> None:
        tag_width = self._tag_width if tagged else 0
        row = ChoiceRow(button, tag_width, self)
        if key == NA:
            font = row.label.font()
            font.setItalic(True)
            row.label.setFont(font)
        self.rows[key] = row
        layout.addWidget(row)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (watched is self.clear and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):
            self.clear.click()
            return True
        return super().eventFilter(watched, event)

    # -- the answer -----------------------------------------------------------------------------

    def answer(self) -> Answer | None:
        return self._answer

    def show_answer(self, answer: Answer | None) -> None:
        """Show an answer without emitting anything (loading an assessment)."""
        self._answer = answer
        ticked = set() if answer is None else {NA} if answer.na else self.kind.ticked(self.question, answer)
        if not self.choices.many:
            self.group.setExclusive(False)
            for key, row in self.rows.items():
                row.button.setChecked(key in ticked)
            self.group.setExclusive(True)
        else:
            for key, row in self.rows.items():
                row.button.setChecked(key in ticked)
            marked = set(answer.not_relevant) if answer is not None else set()
            for key, box in self.not_relevant.items():
                box.setChecked(key in marked)
                self._show_not_relevant(key, key in marked)
        self.note.blockSignals(True)
        self.note.setPlainText(answer.note if answer else "")
        self.note.blockSignals(False)
        self._note_full = False
        self._update_state()

    def set_locked(self, locked: bool) -> None:
        """A completed assessment is shown as it is: choices and note can be read, not changed."""
        self._locked = locked
        cursor = Qt.CursorShape.ArrowCursor if locked else Qt.CursorShape.PointingHandCursor
        for row in self.rows.values():
            row.setCursor(cursor)
        self.note.setReadOnly(locked)
        self._update_state()

    def _refused(self) -> bool:
        """Locked: put back what the click changed."""
        if self._locked:
            self.show_answer(self._answer)
        return self._locked

    def _one_clicked(self, key: int | str) -> None:
        if self._refused():
            return
        note = self._answer.note if self._answer else ""
        self._set(Answer(na=True, note=note) if key == NA else self.kind.from_choices(self.question, [key], note=note))

    def _option_clicked(self, key: int | str, checked: bool) -> None:
        if self._refused():
            return
        exclusive = {c.key for c in self.choices.items if c.exclusive} | {NA}
        ticked = [k for k, row in self.rows.items() if k != key and row.button.isChecked()]
        if checked and key in exclusive and ticked and not dialogs.confirm(
                self, self.tr("Clear the other ticks?"), self.tr(
                    "\"{option}\" cannot be combined with other options: choosing it clears the {count} options "
                    "ticked now.").format(
                    option=self.rows[key].label.text(), count=len(ticked)), self.tr("Clear them")):
            self.rows[key].button.setChecked(False)
            return
        if checked:  # "none" and N/A untick everything else; any other option unticks them
            for other, row in self.rows.items():
                if other != key and (key in exclusive or other in exclusive):
                    row.button.setChecked(False)
        self._ticks_changed()

    def _not_relevant_clicked(self, key: str, checked: bool) -> None:
        if self._refused():
            return
        if checked:  # an option that does not concern the business is neither ticked nor "not applicable"
            self.rows[key].button.setChecked(False)
            if NA in self.rows:
                self.rows[NA].button.setChecked(False)
        self._show_not_relevant(key, checked)
        self._ticks_changed()

    def _show_not_relevant(self, key: str, marked: bool) -> None:
        row = self.rows[key]
        row.button.setEnabled(not marked)
        row.label.setEnabled(not marked)

    def _ticks_changed(self) -> None:
        note = self._answer.note if self._answer else ""
        if self.rows.get(NA) and self.rows[NA].button.isChecked():
            for key, box in self.not_relevant.items():
                box.setChecked(False)
                self._show_not_relevant(key, False)
            self._set(Answer(na=True, note=note))
            return
        keys = [c.key for c in self.choices.items]
        selected = [k for k in keys if self.rows[k].button.isChecked()]
        marked = [k for k in keys if k in self.not_relevant and self.not_relevant[k].isChecked()]
        self._set(self.kind.from_choices(self.question, selected, marked, note) if selected or note or marked else None)

    def _note_changed(self) -> None:
        if self._locked:
            return
        note = self.note.toPlainText()
        self._note_full = len(note) > NOTE
        if self._note_full:  # typed or pasted past the limit: keep what fits of what was just put in
            self._cut_note(len(note) - NOTE)
            note = self.note.toPlainText()
        if self._answer is None:
            self._set(Answer(note=note) if note else None)  # a note may come before the answer
        elif not note and not self._answer.is_answered(self.question):
            self._set(None)
        else:
            self._set(self._answer._replace(note=note))

    def _cut_note(self, excess: int) -> None:
        """Drop the characters that went past the limit where they went in (before the cursor), so the rest
        of the note and the cursor stay where they were, and one undo takes back the whole paste; text put
        in some other way is cut at its end."""
        self.note.blockSignals(True)
        cursor = self.note.textCursor()
        end = cursor.position()
        if end >= excess:
            cursor.joinPreviousEditBlock()
            cursor.setPosition(end - excess)
            cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
            cursor.removeSelectedText()
            cursor.endEditBlock()
            self.note.setTextCursor(cursor)
        note = self.note.toPlainText()
        if len(note) > NOTE:  # characters outside the basic plane count twice for the cursor
            self.note.setPlainText(note[:NOTE])
            self.note.moveCursor(QTextCursor.MoveOperation.End)
        self.note.blockSignals(False)

    def _clear(self) -> None:
        self.show_answer(None)
        self.answerChanged.emit(self.question.id, None)
        self.focus_target().setFocus(Qt.FocusReason.OtherFocusReason)

    def _set(self, answer: Answer | None) -> None:
        self._answer = answer
        self._update_state()
        self.answerChanged.emit(self.question.id, answer)

    def is_answered(self) -> bool:
        return self._answer is not None and self._answer.is_answered(self.question)

    def _update_state(self) -> None:
        self.clear.setVisible(self._answer is not None and not self._locked)
        if self.status.property("answered") != self.is_answered():  # re-polishing costs a relayout of the card
            self.status.setProperty("answered", self.is_answered())
            repolish(self.status)
        self._translate_state()

    # -- focus and language ---------------------------------------------------------------------

    def focus_target(self) -> QAbstractButton:
        """The control Tab lands on: the chosen level, else the first choice."""
        checked = [row.button for row in self.rows.values() if row.button.isChecked()]
        return checked[0] if checked else next(iter(self.rows.values())).button

    def _translate_state(self) -> None:
        self.status.setText(self.tr("✓ Answered") if self.is_answered() else self.tr("Not answered yet"))
        self.note.setPlaceholderText(self.tr("Add a note: evidence, what is planned…"))
        lang = current()
        used, limit = number(len(self.note.toPlainText()), lang, 0), number(NOTE, lang, 0)
        self.note_count.setText(
            self.tr("Full: {used} / {limit} characters").format(used=used, limit=limit)
            if self._note_full else self.tr("{used} / {limit} characters").format(used=used, limit=limit))

    def topic_text(self, lang: str) -> str:
        return tr(self.question.topic, lang) or tr(self.question.text, lang)

    def retranslate(self, lang: str) -> None:
        q = self.question
        topic = self.topic_text(lang)
        self.topic.setText(self.tr("Question {number} · {topic}").format(number=self.number, topic=topic))
        self.text.setText(tr(q.text, lang))
        self.help.setText(tr(q.help, lang))
        self.help.setVisible(bool(q.help))
        example = tr(q.example, lang)
        label = self.tr("Example:")
        self.example.setText(f"<b>{escape(label)}</b> {escape(example)}")
        self.example.setVisible(bool(example))
        if any(item.level is not None for item in self.choices.items):
            self.prompt.setText(self.tr("Choose the level that best describes the business now:"))
        else:
            self.prompt.setText(self.tr("Tick every option that applies:") if not self.not_relevant else self.tr(
                "Tick every option that applies; mark an option \"not relevant to us\" if the business has no use "
                "for it (it is then left out of the score):"))
        if self.choices.prompt:
            self.prompt.setText(tr(self.choices.prompt, lang))
        for item in self.choices.items:
            label = tr(item.text, lang)
            if item.level is not None:
                name = self.tr("Level {level}").format(level=item.level)
                self.rows[item.key].set_text(label, f"{topic}: {name}. {label}", name)
            else:
                self.rows[item.key].set_text(label, f"{topic}: {label}")
            if item.key in self.not_relevant:
                box = self.not_relevant[item.key]
                box.setText(self.tr("Not relevant to us"))
                box.setAccessibleName(self.tr("{topic}: {option}: not relevant to us").format(topic=topic, option=label))
        if NA in self.rows:
            na = self.tr("Not applicable to this business")
            self.rows[NA].set_text(na, f"{topic}: {na}")
        self.note_label.setText(self.tr("Notes"))
        self.note.setAccessibleName(self.tr("{topic}: notes").format(topic=topic))
        self.clear.setText(self.tr("Clear answer"))
        self.clear.setAccessibleName(self.tr("{topic}: clear answer").format(topic=topic))
        self._translate_state()
