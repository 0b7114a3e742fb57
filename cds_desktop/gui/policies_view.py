"""Support policies and legal obligations matched to the business: eligible, to check, not eligible.

Each entry gives the estimated support and its status, proposed (not enacted) ones marked; its reasons (met ✓,
not met ✗, unknown ?) and how to apply are behind a "Details" toggle, laid out when first opened (a card costs
half as much on the first visit). A category filter narrows the list to what pays for one kind of work. The
figures are the plan's (`domain.plan.make_plan`), so they agree with `cds-cli policies` and the PDF report.
"""

from __future__ import annotations

from datetime import date
from html import escape
from typing import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QTabWidget,
                               QToolButton, QVBoxLayout, QWidget)

from ..domain.assessment import Assessment
from ..domain.business import Business
from ..domain.instrument import Instrument
from ..domain.plan import Plan
from ..domain.eligibility import CHECK, ELIGIBLE, MET, NOT_ELIGIBLE, NOT_MET, NOTE, PolicyMatch
from ..domain.policies import STATUS_NAMES
from ..domain.vocabulary import funding_names
from ..i18n import tr
from .language import current
from ..formats import format_date, format_money
from .plans import plan_for
from .roadmap_view import RoadmapView
from .widgets import clear_layout, fill_with_scrolling, heading

OBLIGATIONS = "obligations"  # the filter entry for legal obligations (they fund nothing)
MARKS = {MET: ("✓", "#1e6b34"), NOT_MET: ("✗", "#b3261e"), NOTE: ("i", "#3a4756")}
UNKNOWN_MARK = ("?", "#8a5a00")
GROUP_COLOURS = {ELIGIBLE: "#1e6b34", CHECK: "#8a5a00", NOT_ELIGIBLE: "#5f6b78"}

POLICIES_STYLE = """
#policies, #policiesContent { background: #f3f5f8; }
#policies #card { background: #ffffff; border: 1px solid #d8dee6; border-radius: 8px; }
#policies #note { color: #3a4756; }
"""


def matches_category(match: PolicyMatch, category: str) -> bool:
    if not category:
        return True
    if category == OBLIGATIONS:
        return match.policy.kind == "obligation"
    return category in match.policy.funds


class PoliciesView(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("policies")
        self.setStyleSheet(POLICIES_STYLE)
        self.plan: Plan | None = None
        self.shown: dict[str, list[PolicyMatch]] = {ELIGIBLE: [], CHECK: [], NOT_ELIGIBLE: []}

        self.title = heading()
        self.catalog_note = QLabel()
        self.catalog_note.setObjectName("note")
        self.catalog_note.setWordWrap(True)
        self.counts = QLabel()  # "3 eligible, 4 to check": the two are never folded into one bare number
        self.counts.setWordWrap(True)
        self.counts.setObjectName("counts")
        self.filter_label = QLabel()
        self.filter = QComboBox()
        self.filter.setMinimumContentsLength(28)
        self.filter_label.setBuddy(self.filter)
        self.filter.currentIndexChanged.connect(self._render)
        filter_row = QHBoxLayout()
        filter_row.addWidget(self.filter_label)
        filter_row.addWidget(self.filter)
        filter_row.addStretch(1)

        self.group_titles: dict[str, QLabel] = {}
        self.group_boxes: dict[str, QVBoxLayout] = {}
        self.show_not_eligible = QPushButton()
        self.show_not_eligible.setCheckable(True)
        self.show_not_eligible.toggled.connect(self._render)
        content = QWidget()
        content.setObjectName("policiesContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(24, 20, 24, 24)
        layout.setSpacing(12)
        layout.addWidget(self.title)
        layout.addWidget(self.catalog_note)
        layout.addWidget(self.counts)
        layout.addLayout(filter_row)
        for group in (ELIGIBLE, CHECK, NOT_ELIGIBLE):
            title = heading(level=2)
            self.group_titles[group] = title
            title.setStyleSheet(f"color: {GROUP_COLOURS[group]};")
            row = QHBoxLayout()
            row.addWidget(title, 1)
            if group == NOT_ELIGIBLE:
                row.addWidget(self.show_not_eligible)
            layout.addLayout(row)
            box = QVBoxLayout()
            box.setSpacing(10)
            self.group_boxes[group] = box
            layout.addLayout(box)
        layout.addStretch(1)
        fill_with_scrolling(self, content)
        self._retranslate()

    def show_plan(self, plan: Plan) -> None:
        self.plan = plan
        self._render()

    def set_category(self, category: str) -> None:
        """'' for all, a funding category id, or 'obligations'."""
        self.filter.setCurrentIndex(max(0, self.filter.findData(category)))

    # -- drawing --------------------------------------------------------------------------------

    def _fill_filter(self) -> None:
        chosen = self.filter.currentData() or ""
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(self.tr("All categories"), "")
        for key, name in funding_names().items():
            self.filter.addItem(tr(name, current()), key)
        self.filter.addItem(self.tr("Legal obligations"), OBLIGATIONS)
        self.filter.setCurrentIndex(max(0, self.filter.findData(chosen)))
        self.filter.blockSignals(False)

    def _render(self) -> None:
        for box in self.group_boxes.values():
            clear_layout(box)
        if self.plan is None:
            return
        lang = current()
        from ..domain.edition import active_edition, edition_line, edition_notices

        edition = active_edition()
        catalogs = "; ".join(self.tr("{catalog} (updated {updated})").format(
            catalog=tr(f.name, lang), updated=format_date(f.updated, lang)) for f in self.plan.catalog.files)
        matched = self.tr("Matched on {date} against: {catalogs}. Check with the agency before you apply: policies "
                          "change.").format(date=format_date(self.plan.on, lang), catalogs=catalogs)
        notices = ["⚠ " + tr(notice, lang) for notice in edition_notices(edition, self.plan.on)]
        self.catalog_note.setText("\n".join([tr(edition_line(edition), lang) + ". " + matched, *notices]))
        category = self.filter.currentData() or ""
        self.shown = {group: [m for m in self.plan.policies if m.eligibility == group and matches_category(m, category)]
                      for group in self.shown}
        self.counts.setText(self._counts_text(category))
        names = {ELIGIBLE: self.tr("Eligible ({count})"), CHECK: self.tr("To check ({count})"),
                 NOT_ELIGIBLE: self.tr("Not eligible ({count})")}
        none = {ELIGIBLE: self.tr("Eligible: none yet"), CHECK: self.tr("To check: none"),
                NOT_ELIGIBLE: self.tr("Not eligible: none")}
        cards: list[tuple[str, PolicyMatch]] = []
        for group, matches in self.shown.items():
            self.group_titles[group].setText(names[group].format(count=self._kinds(matches)) if matches
                                             else none[group])
            if group == NOT_ELIGIBLE and not self.show_not_eligible.isChecked():
                continue
            if not matches:
                empty = QLabel(self.tr("None in this category."))
                empty.setObjectName("note")
                self.group_boxes[group].addWidget(empty)
            cards += [(group, match) for match in matches]
        self.show_not_eligible.setText(self.tr("Hide") if self.show_not_eligible.isChecked() else self.tr("Show"))
        self.show_not_eligible.setVisible(bool(self.shown[NOT_ELIGIBLE]))
        for group, match in cards:
            card = self._card(match, lang)
            self.group_boxes[group].addWidget(card)
            card.show()  # at once, not after the event loop: the page may be on screen (its own tab)

    def _kinds(self, matches: list[PolicyMatch]) -> str:
        """'8 supports, 1 legal obligation': a group's count in the words the count line uses."""
        supports = sum(m.policy.kind == "support" for m in matches)
        obligations = len(matches) - supports
        parts = []
        if supports:
            parts.append(self.tr("1 support") if supports == 1 else self.tr("{count} supports").format(
                count=supports))
        if obligations:
            parts.append(self.tr("1 legal obligation") if obligations == 1
                         else self.tr("{count} legal obligations").format(count=obligations))
        return ", ".join(parts)

    def _counts_text(self, category: str) -> str:
        """What the groups below hold, as an owner counts it: supports that are sure and those worth checking,
        then the legal obligations, each number the one in its group's heading."""
        def count(group: str, kind: str) -> int:
            return sum(m.policy.kind == kind for m in self.shown[group])

        eligible, check = count(ELIGIBLE, "support"), count(CHECK, "support")
        sentences = []
        if category != OBLIGATIONS:
            if eligible and check:
                text = self.tr("Supports: {eligible} eligible, and {check} more that may apply after checking.")
            elif eligible:
                text = self.tr("Supports: {eligible} eligible.")
            elif check:
                text = self.tr("Supports: none certain yet; {check} may apply after checking their conditions.")
            elif category:
                text = self.tr("No support in this category matches this business today.")
            else:
                text = self.tr("No support matches this business today.")
            sentences.append(text.format(eligible=eligible, check=check))
        applies, to_check = count(ELIGIBLE, "obligation"), count(CHECK, "obligation")
        if applies and to_check:
            text = self.tr("Legal obligations that apply to this business: {applies}; to check: {to_check}.")
        elif applies:
            text = self.tr("Legal obligations that apply to this business: {applies}.")
        elif to_check:
            text = self.tr("Legal obligations to check: {to_check}.")
        else:
            text = self.tr("No legal obligation in the list applies.") if category == OBLIGATIONS else ""
        if text:
            sentences.append(text.format(applies=applies, to_check=to_check))
        return " ".join(sentences)

    def _card(self, match: PolicyMatch, lang: str) -> QFrame:
        proposed = self.tr("PROPOSED")
        unverified = self.tr("NOT VERIFIED")
        estimated = self.tr("Estimated support")
        pays_for = self.tr("Pays for")
        p = match.policy
        parts = [f"<p style='margin:0'><span style='font-size:large'><b>{escape(tr(p.title, lang))}</b></span>"]
        if p.status == "proposed":
            parts.append(f" <span style='background:#fff4dc; color:#8a5a00'>&nbsp;{escape(proposed)}&nbsp;</span>")
        elif not p.verified:  # [S]/[U] in the reference: said on the card, as the CLI and the report say it
            parts.append(f" <span style='background:#eef1f5; color:#5a6878'>&nbsp;{escape(unverified)}&nbsp;</span>")
        kind = self.tr("Legal obligation") if p.kind == "obligation" else self.tr("Support")
        status = tr(STATUS_NAMES[p.status], lang) + (f" ({tr(p.status_note, lang)})" if p.status_note else "")
        facts = [kind, escape(match.eligibility_name(lang)), escape(p.legal_numbers), escape(status),
                 escape(tr(p.issuer, lang))]
        parts.append(f"<br><span style='color:#5a6878'>{' · '.join(facts)}</span></p>")
        parts.append(f"<p style='margin:6px 0 0 0'>{escape(tr(p.summary, lang))}</p>")
        if p.kind == "support":
            estimate = (self.tr("up to {amount}").format(amount=format_money(match.estimated_max_vnd, lang))
                        if match.estimated_max_vnd is not None else self.tr("not determined for this business"))
            higher = p.benefit.higher_cap_for_size(match.size_class) if match.estimated_max_vnd is not None else None
            if higher:
                estimate += f" ({format_money(higher, lang)}: {tr(p.benefit.higher_cap_for, lang)})"
            parts.append(f"<p style='margin:6px 0 0 0'><b>{escape(estimated)}:</b> {escape(estimate)}"
                         f"<br>{escape(tr(p.benefit.description, lang))}</p>")
            parts.append(f"<p style='margin:4px 0 0 0'><b>{escape(pays_for)}:</b> "
                         + escape(", ".join(tr(funding_names()[f], lang) for f in p.funds)) + "</p>")
        frame = QFrame()
        frame.setObjectName("card")
        label = QLabel("".join(parts))
        label.setTextFormat(Qt.TextFormat.RichText)
        label.setWordWrap(True)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setAccessibleName(tr(p.title, lang))
        details = QToolButton()  # reasons and "how to apply" are laid out when asked: a card costs ~half as much
        details.setObjectName("details")
        details.setCheckable(True)
        details.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        details.setArrowType(Qt.ArrowType.RightArrow)
        details.setText(self.tr("Details: why, how to apply"))
        details.setAccessibleName(self.tr("Details of {policy}").format(policy=tr(p.title, lang)))
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addWidget(label)
        layout.addWidget(details, 0, Qt.AlignmentFlag.AlignLeft)
        frame.setProperty("policy_id", p.id)
        details.toggled.connect(lambda shown: self._toggle_details(frame, details, match, lang, shown))
        return frame

    def _toggle_details(self, frame: QFrame, button: QToolButton, match: PolicyMatch, lang: str,
                        shown: bool) -> None:
        button.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        label = frame.findChild(QLabel, "detailsText")
        if label is None:
            label = QLabel(self._details_html(match, lang))
            label.setObjectName("detailsText")
            label.setTextFormat(Qt.TextFormat.RichText)
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setAccessibleName(button.accessibleName())
            frame.layout().addWidget(label)
        label.setVisible(shown)

    def _details_html(self, match: PolicyMatch, lang: str) -> str:
        to_confirm = self.tr("To confirm")
        why = self.tr("Why")
        unverified_text = self.tr("not yet verified")
        how_to_apply = self.tr("How to apply")
        p = match.policy
        reasons = []
        for r in match.reasons:
            if r.criterion.startswith("condition."):
                continue  # listed below with every other condition to confirm
            mark, colour = MARKS.get(r.result, UNKNOWN_MARK)
            reasons.append(f"<span style='color:{colour}'><b>{mark}</b></span> {escape(tr(r.text, lang))}")
        for condition in p.conditions:
            mark, colour = UNKNOWN_MARK
            reasons.append(f"<span style='color:{colour}'><b>{mark}</b></span> "
                           f"{escape(to_confirm)}: {escape(tr(condition.text, lang))}")
        parts = [f"<p style='margin:0'><b>{escape(why)}:</b><br>" + "<br>".join(reasons) + "</p>"]
        how = p.how_to_apply
        prepare = "".join(f"<br>• {escape(tr(t, lang))}" for t in how.prepare)
        unverified = "" if how.verified else f" <i>({escape(unverified_text)})</i>"
        parts.append(f"<p style='margin:6px 0 0 0'><b>{escape(how_to_apply)}:</b> "
                     f"{escape(tr(how.agency, lang))}{unverified}{prepare}</p>")
        return "".join(parts)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Support policies and obligations"))
        self.filter_label.setText(self.tr("Pays for:"))
        self.filter.setAccessibleName(self.tr("Filter by category"))
        self._fill_filter()
        self._render()


class PlanPage(QTabWidget):
    """The Policies section of the window: the roadmap and the support policies of one plan. Each tab is filled
    when it is first shown with that plan, so a visit pays for the tab it opens only."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setDocumentMode(True)
        self.roadmap = RoadmapView()
        self.policies = PoliciesView()
        self.addTab(self.roadmap, "")
        self.addTab(self.policies, "")
        self._pending: dict[QWidget, Callable[[], None]] = {}
        for view in (self.roadmap, self.policies):
            view.installEventFilter(self)
        self.roadmap.assessmentChanged.connect(lambda _: self._fill(self.policies, lambda: self.policies.show_plan(
            self.roadmap.plan)))
        self._retranslate()

    def show_assessment(self, instrument: Instrument, business: Business, assessment: Assessment,
                        on: date | None = None) -> Plan:
        plan = plan_for(instrument, business, assessment, on=on)
        self._fill(self.roadmap, lambda: self.roadmap.show_plan(instrument, business, assessment, plan))
        self._fill(self.policies, lambda: self.policies.show_plan(plan))
        return plan

    def _fill(self, view: QWidget, fill: Callable[[], None]) -> None:
        """Now for the current tab, else when that tab is shown."""
        if view is self.currentWidget():
            self._pending.pop(view, None)
            fill()
        else:
            self._pending[view] = fill

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Show and watched in self._pending:
            self._pending.pop(watched)()
        return super().eventFilter(watched, event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.setTabText(0, self.tr("Roadmap"))
        self.setTabText(1, self.tr("Support policies"))
