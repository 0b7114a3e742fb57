"""The window in English with the sample business, as a user walks it: the businesses list and the business
form, a new assessment's dialog, the questionnaire (completed and draft), results and progress, the roadmap
and the policies with every card and its details open, the report page and the settings, and the menus. No
text, tooltip, placeholder, list entry, table cell or accessible name has a Vietnamese word that is not a name
(the business and what its people typed, places, legal numbers: tests/vietnamese_left.py). And the other way:
what the Vietnamese window shows word for word as the English one does is a name, never English left in it."""

import html
import re

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QMenu, QTabBar, QToolButton, QWidget

from vietnamese_left import typed_words, vietnamese_left

_TEXTS = ("text", "toolTip", "placeholderText", "windowTitle", "accessibleName", "accessibleDescription",
          "statusTip", "whatsThis", "title", "toPlainText")


def _model_texts(model, parent=QModelIndex(), depth=0):
    try:
        rows, columns = model.rowCount(parent), model.columnCount(parent)
    except TypeError:  # a list model keeps columnCount to itself
        rows, columns = model.rowCount(), 1
    for column in range(columns if depth == 0 else 0):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            yield str(model.headerData(column, Qt.Orientation.Horizontal, role) or "")
    for row in range(rows):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                yield str(model.data(index, role) or "")
            if columns > 1 and depth < 3 and model.rowCount(index):
                yield from _model_texts(model, index, depth + 1)


def texts_of(widget: QWidget):
    for name in _TEXTS:
        getter = getattr(widget, name, None)
        if callable(getter):
            try:
                value = getter()
            except TypeError:  # a method of that name needing arguments
                continue
            if isinstance(value, str):
                yield name, value
    if isinstance(widget, QComboBox):
        yield from (("item", widget.itemText(i)) for i in range(widget.count()))
    if isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield from (("tab", widget.tabText(i)), ("tab tooltip", widget.tabToolTip(i)))
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from (("cell", value) for value in _model_texts(widget.model()))
    for action in QWidget.actions(widget):
        yield from (("action", action.text()), ("action tooltip", action.toolTip()))
        if action.menu() is not None:
            for sub in action.menu().actions():
                yield "menu", sub.text()


def leaks(root: QWidget, typed: set[str], seen: set[str]) -> dict[str, set[str]]:
    found = {}
    for widget in [root, *root.findChildren(QWidget)]:
        for what, value in texts_of(widget):
            seen.add(html.unescape(value))
            left = vietnamese_left(value, typed)
            if left:
                found[f"{type(widget).__name__} #{widget.objectName()} {what}: {value[:80]!r}"] = left
    return found


@pytest.fixture
def window(start_window):
    window = start_window()
    window.set_language("en")
    window.actions.add_sample()
    return window


def open_everything(view: QWidget) -> None:
    """Every folded part of a page unfolded: roadmap phases, policy details."""
    for toggle in view.findChildren(QToolButton):
        if toggle.isCheckable() and not toggle.isChecked():
            toggle.setChecked(True)


def test_every_view_and_dialog_in_english_shows_no_vietnamese_but_names(window, qtbot):
    from cds_desktop.domain.assessment import AssessmentFile
    from cds_desktop.domain.policies import shipped_catalog
    from cds_desktop.gui.businesses.form import BusinessDialog
    from cds_desktop.gui.businesses.new_assessment import NewAssessmentDialog
    from cds_desktop.gui.main_window import VIEWS

    business = window.business
    last = window.repo.get_assessment(window.repo.assessments_of(business.id)[-1].id)
    typed = typed_words(AssessmentFile(business, last, window.instrument).to_json())
    found, seen = {}, set()
    window.show_view("businesses")
    found["businesses"] = leaks(window, typed, seen)
    for name, dialog in (("business form", BusinessDialog(business, window)), ("new business", BusinessDialog(None, window)),
                         ("new assessment", NewAssessmentDialog("T1", last, True, window))):
        dialog.show()
        found[name] = leaks(dialog, typed, seen)
        dialog.reject()
    window.open_assessment(business, last)
    for key in VIEWS[1:]:
        window.show_view(key)
        if key in window.outcomes.views:
            view = window.outcomes.views[key]
            if key == "policies":
                view.policies.show_not_eligible.setChecked(True)
            open_everything(view)
        found[key] = leaks(window, typed, seen)
    results = window.outcomes.views["results"]
    window.show_view("results")
    results.setCurrentWidget(results.comparison)
    found["progress"] = leaks(window, typed, seen)
    found["menus"] = {f"menu {menu.title()}: {action.text()!r}": vietnamese_left(action.text(), typed)
                      for menu in window.menuBar().findChildren(QMenu) for action in menu.actions()
                      if vietnamese_left(action.text(), typed)}
    window.open_assessment(business, window.repo.copy_for_reassessment(last.id))
    window.show_view("assessment")
    found["draft"] = leaks(window, typed, seen)
    assert not {view: where for view, where in found.items() if where}
    walked = "\n".join(seen)  # every policy card and every roadmap step was read
    plan = window.outcomes.views["policies"].policies.shown
    missing = [m.policy.title["en"] for ms in plan.values() for m in ms if m.policy.title["en"] not in walked]
    assert not missing
    assert sum(len(matches) for matches in plan.values()) == len(shipped_catalog().policies)
    assert not [q.text["en"] for q in window.instrument.questions if q.text["en"] not in walked]


# Shown alike in both languages on purpose.
SAME_IN_BOTH = {"English": "the language's own name in the language chooser", "Email": "Vietnamese says email too",
                "Excel (XLSX)": "a file format"}


def _walk(window, business, last) -> set[str]:
    """Every line of text the walk above reads, tags taken out."""
    from cds_desktop.gui.businesses.form import BusinessDialog
    from cds_desktop.gui.businesses.new_assessment import NewAssessmentDialog
    from cds_desktop.gui.main_window import VIEWS

    seen: set[str] = set()

    def read(root):
        for widget in [root, *root.findChildren(QWidget)]:
            for _, value in texts_of(widget):
                for line in re.split(r"\n|<br/?>|</p>", value):
                    seen.add(html.unescape(re.sub(r"<[^>]+>", " ", line)).strip())

    window.show_view("businesses")
    read(window)
    for dialog in (BusinessDialog(business, window), NewAssessmentDialog("T1", last, True, window)):
        dialog.show()
        read(dialog)
        dialog.reject()
    window.open_assessment(business, last)
    for key in VIEWS[1:]:
        window.show_view(key)
        if key in window.outcomes.views:
            open_everything(window.outcomes.views[key])
        read(window)
    results = window.outcomes.views["results"]
    window.show_view("results")
    results.setCurrentWidget(results.comparison)
    read(window)
    results.setCurrentWidget(results.results)
    return seen


def test_the_vietnamese_window_shows_no_english_but_names(start_window, qtbot):
    from cds_desktop.domain.assessment import AssessmentFile
    from vietnamese_left import has_vietnamese, names_shown_as_they_are

    window = start_window()  # in Vietnamese
    window.actions.add_sample()
    business = window.business
    last = window.repo.get_assessment(window.repo.assessments_of(business.id)[-1].id)
    allowed = typed_words(AssessmentFile(business, last, window.instrument).to_json()) | names_shown_as_they_are()
    vietnamese = _walk(window, business, last)
    window.set_language("en")
    qtbot.waitUntil(lambda: window.outcomes.views["results"].tabText(0) == "Results")
    alike = vietnamese & _walk(window, business, last)

    def english(line: str) -> bool:
        words = set(re.findall(r"[A-Za-z]{4,}", line))
        return (bool(words) and not has_vietnamese(line) and line not in SAME_IN_BOTH and "/" not in line
                and not line.startswith("Python ") and not re.fullmatch(r"[0-9a-f ]+", line)
                and not words <= allowed)
    assert {line for line in alike if english(line)} == set()
