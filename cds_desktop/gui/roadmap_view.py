"""The roadmap: steps in three phases (0–3 months, 3–12 months, over 12), each with the supports that can
pay for it; and, for consultants, the target level of every question.

A target changes the plan at once (re-planned here with the same date and catalog) and is emitted as
a changed Assessment (`assessmentChanged`) for the window to save: targets live in `assessment.targets`.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QComboBox, QFrame, QHBoxLayout, QHeaderView, QLabel, QPushButton, QToolButton,
                               QVBoxLayout, QWidget)

from ..domain.assessment import Assessment
from ..domain.business import Business
from ..domain.instrument import Instrument
from ..domain.plan import Plan, make_plan
from ..domain.roadmap import TAG_NAMES, RoadmapStep
from ..i18n import tr
from .language import current
from .results.tables import FittedTable
from .widgets import clear_layout, fill_with_scrolling, heading

START_MIN, START_MAX = 3, 5  # the steps to start with: the first phase's, three to five of them

ROADMAP_STYLE = """
#roadmap, #roadmapContent { background: #f3f5f8; }
#roadmap #card { background: #ffffff; border: 1px solid #d8dee6; border-radius: 8px; }
#roadmap #note { color: #3a4756; }
"""


class RoadmapView(QWidget):
    assessmentChanged = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("roadmap")
        self.setStyleSheet(ROADMAP_STYLE)
        self.instrument: Instrument | None = None
        self.business: Business | None = None
        self.assessment: Assessment | None = None
        self.plan: Plan | None = None
        self.target_combos: dict[str, QComboBox] = {}
        self._targets_stale = False

        self.title = heading()
        self.explanation = QLabel()
        self.explanation.setObjectName("note")
        self.explanation.setWordWrap(True)
        self.steps_box = QVBoxLayout()
        self.steps_box.setSpacing(10)
        self.targets_button = QPushButton()
        self.targets_button.setCheckable(True)
        self.targets_button.toggled.connect(self._toggle_targets)
        self.targets_title = heading(level=2)
        self.targets_note = QLabel()
        self.targets_note.setObjectName("note")
        self.targets_note.setWordWrap(True)
        self.targets = FittedTable(4)
        self.targets_card = QFrame()
        self.targets_card.setObjectName("card")
        targets_layout = QVBoxLayout(self.targets_card)
        targets_layout.setContentsMargins(16, 12, 16, 12)
        targets_layout.addWidget(self.targets_title)
        targets_layout.addWidget(self.targets_note)
        targets_layout.addWidget(self.targets)
        self.targets_card.setVisible(False)

        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.targets_button, 0, Qt.AlignmentFlag.AlignTop)
        content = QWidget()
        content.setObjectName("roadmapContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 20, 24, 24)
        layout.setSpacing(12)
        layout.addLayout(top)
        layout.addWidget(self.explanation)
        layout.addWidget(self.targets_card)
        layout.addLayout(self.steps_box)
        layout.addStretch(1)
        self.scroll = fill_with_scrolling(self, content)
        self._retranslate()

    # -- the public interface -------------------------------------------------------------------

    def show_plan(self, instrument: Instrument, business: Business, assessment: Assessment, plan: Plan) -> None:
        self.instrument, self.business, self.assessment, self.plan = instrument, business, assessment, plan
        self._render()

    def set_target(self, question_id: str, level: int | None) -> None:
        """The consultant's target for a question (None: the next level); re-plans and emits the change."""
        targets = dict(self.assessment.targets)
        if level is None:
            targets.pop(question_id, None)
        else:
            targets[question_id] = level
        if targets == dict(self.assessment.targets):
            return
        self.assessment = self.assessment._replace(targets=targets)
        self.plan = make_plan(self.instrument, self.business, self.assessment, on=self.plan.on,
                              catalog=self.plan.catalog)
        self._render_steps()
        self.assessmentChanged.emit(self.assessment)

    # -- drawing --------------------------------------------------------------------------------

    def _render(self) -> None:
        self._render_steps()
        self._targets_stale = True  # a chooser per question: built when the consultant opens them
        if self.targets_card.isVisibleTo(self):
            self._render_targets()

    def _render_steps(self) -> None:
        clear_layout(self.steps_box)
        if self.plan is None:
            return
        lang = current()
        if self.plan.roadmap.is_empty:
            done = QLabel(self.tr("No steps: every answer has reached its target."))
            done.setObjectName("note")
            self.steps_box.addWidget(done)
            return
        if any(step.policies for step in self.plan.roadmap.steps):  # supports named below: say if they may have changed
            self._add_catalog_notices(lang)
        first = self.plan.roadmap.phases[0].steps
        start = self.plan.roadmap.steps[:max(START_MIN, min(START_MAX, len(first)))]
        self.steps_box.addWidget(heading(self.tr("Start with these {count} steps").format(count=len(start)), level=2))
        for number, step in enumerate(start, start=1):
            self.steps_box.addWidget(self._card(number, step, lang))
        number = len(start)
        for phase in self.plan.roadmap.phases:  # the rest, folded by phase until asked for
            rest = [step for step in phase.steps if step not in start]
            if not rest:
                continue
            toggle = QToolButton()
            toggle.setCheckable(True)
            toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            toggle.setArrowType(Qt.ArrowType.RightArrow)
            toggle.setText(self.tr("{phase}: {count} more steps").format(
                phase=tr(phase.name, lang), count=len(rest)))
            toggle.setAccessibleName(toggle.text())
            toggle.setProperty("phase", phase.id)
            folded = QWidget()
            folded_layout = QVBoxLayout(folded)
            folded_layout.setContentsMargins(0, 0, 0, 0)
            folded_layout.setSpacing(10)
            for step in rest:
                number += 1
                folded_layout.addWidget(self._card(number, step, lang))
            folded.setVisible(False)
            toggle.toggled.connect(folded.setVisible)
            toggle.toggled.connect(lambda shown, t=toggle: t.setArrowType(
                Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow))
            self.steps_box.addWidget(toggle)
            self.steps_box.addWidget(folded)
        if self.isVisible():  # at once, not after the event loop: the tab may be filled as it shows
            for widget in (self.steps_box.itemAt(i).widget() for i in range(self.steps_box.count())):
                if widget is not None and not widget.testAttribute(Qt.WidgetAttribute.WA_WState_ExplicitShowHide):
                    widget.show()

    def _add_catalog_notices(self, lang: str) -> None:
        """What a reader of the supports must know about the catalog on the plan's date (nothing, on most days):
        it may be out of date, or an installed update is not used. The Policies tab says the same."""
        from ..domain.edition import active_edition, edition_notices

        notices = edition_notices(active_edition(), self.plan.on)
        if notices:
            note = QLabel("\n".join("⚠ " + tr(notice, lang) for notice in notices))
            note.setObjectName("note")
            note.setWordWrap(True)
            note.setTextFormat(Qt.TextFormat.PlainText)
            note.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.steps_box.addWidget(note)

    def _card(self, number: int, step: RoadmapStep, lang: str) -> QFrame:
        obligation = self.tr("LEGAL OBLIGATION")
        question_word = self.tr("Question")
        funded_by = self.tr("Can be funded by")
        no_support = self.tr("No matching support found.")
        badge = (f" <span style='background:#fde7e4; color:#b3261e'>&nbsp;{escape(obligation)}&nbsp;</span>"
                 if step.obligation else "")
        meta = [tr(step.area_name, lang), tr(step.pillar_name, lang),
                self.tr("level {level} → {target}").format(level=step.from_level, target=step.to_level),
                self.tr("effort {effort}").format(effort=tr(TAG_NAMES[step.effort], lang)),
                self.tr("cost {cost}").format(cost=tr(TAG_NAMES[step.cost], lang))]
        question = self.instrument.question(step.question_id)
        html = [f"<p style='margin:0'><b>{number}. {escape(tr(step.text, lang))}</b>{badge}<br>"
                f"<span style='color:#5a6878'>{escape(' · '.join(meta))}</span><br>"
                f"<span style='color:#5a6878'>{escape(question_word)}: "
                f"{escape(tr(question.text, lang) if question else step.question_id)}</span></p>"]
        if step.policies:
            funders = "".join(f"<br>• {escape(line)}" for line in step.support_lines(lang))
            html.append(f"<p style='margin:6px 0 0 0'><b>{escape(funded_by)}:</b>{funders}</p>")
        else:
            if not step.funding:
                no_support = self.tr("No support pays for this kind of step.")
            html.append(f"<p style='margin:6px 0 0 0; color:#5a6878'>{escape(no_support)}</p>")
        frame = QFrame()
        frame.setObjectName("card")
        frame.setProperty("question_id", step.question_id)
        label = QLabel("".join(html))
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(16, 10, 16, 10)
        layout.addWidget(label)
        return frame

    def _render_targets(self) -> None:
        """One row per counted question: its level now and a target chooser."""
        self._targets_stale = False
        self.target_combos.clear()
        if self.plan is None:
            self.targets.setRowCount(0)
            return
        lang = current()
        rows, counted = [], []
        for q in self.instrument.questions:
            level = self.plan.result.questions[q.id].level
            if level is None:
                continue
            counted.append((q.id, level))
            rows.append([tr(q.text, lang), tr(self.instrument.area(q.area).name, lang), (str(level), level), ""])
        self.targets.set_rows(rows)
        for row, (qid, level) in enumerate(counted):
            combo = QComboBox()
            combo.addItem(self.tr("Next level (automatic)"), None)
            combo.addItem(self.tr("Keep level {level} (no step)").format(level=level), level)
            for target in range(level + 1, 6):
                combo.addItem(self.tr("Level {level}").format(level=target), target)
            chosen = self.assessment.targets.get(qid)
            combo.setCurrentIndex(max(0, combo.findData(chosen)) if chosen is not None else 0)
            combo.setAccessibleName(self.tr("Target level for: {area}").format(area=rows[row][0]))
            combo.currentIndexChanged.connect(lambda _, qid=qid, combo=combo: self.set_target(qid, combo.currentData()))
            self.targets.setCellWidget(row, 3, combo)
            self.target_combos[qid] = combo
        if self.target_combos:  # the header sizes text columns only; make room for the choosers
            width = max(c.sizeHint().width() for c in self.target_combos.values()) + 28
            self.targets.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Fixed)
            self.targets.horizontalHeader().resizeSection(3, width)
        self.targets.fit()

    def _toggle_targets(self, shown: bool) -> None:
        if shown and self._targets_stale:
            self._render_targets()
        self.targets_card.setVisible(shown)
        self.targets_button.setText(self.tr("Hide targets") if shown else self.tr("Set targets…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Roadmap"))
        self.explanation.setText(self.tr(
            "One step for each answer below its target, most useful first. Legal obligations and quick wins come "
            "in the first three months. Each step lists the supports that can pay for it."))
        self.targets_title.setText(self.tr("Target level per question"))
        self.targets.setAccessibleName(self.targets_title.text())
        self.targets_note.setText(self.tr(
            "For consultants: by default each answer aims one level higher. Choose a higher target, or keep a "
            "level to leave it out of the roadmap. Targets are saved with the assessment."))
        self.targets.set_headers([self.tr("Question"), self.tr("Area"), self.tr("Now"), self.tr("Target")])
        self._toggle_targets(self.targets_button.isChecked())
        self._render()
