"""Every control a user can reach has a name assistive technology can read, in every view of the
window with the sample business open, in both languages."""

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QHeaderView,
                               QLineEdit, QPlainTextEdit, QTabBar, QTabWidget, QTextEdit, QWidget)

CONTROLS = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit,
            QAbstractItemView, QTabBar)
VIEWS = ("businesses", "assessment", "results", "roadmap", "policies", "report", "settings")


def unnamed_controls(root):
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, CONTROLS) or not widget.isVisibleTo(root) or not widget.isEnabled():
            continue
        if isinstance(widget, QHeaderView):  # read out as part of its table
            continue
        if widget.objectName().startswith("qt_"):  # Qt's own internals (scroll bar buttons...)
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        if not (interface and interface.text(QAccessible.Text.Name).strip()):
            missing.append(f"{type(widget).__name__} {widget.objectName()!r} {widget.toolTip()!r}")
    return missing


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_visible_control_has_an_accessible_name(start_window, qtbot, lang):
    from cds_desktop.gui.language import language

    window = start_window()
    window.actions.add_sample()
    business = window.business
    summary = window.repo.assessments_of(business.id)[-1]
    window.open_assessment(business, window.repo.get_assessment(summary.id))
    language().set(lang)
    missing = {}
    for view in VIEWS:
        window.show_view(view)
        qtbot.wait(20)
        tabs = [t for t in window.findChildren(QTabWidget) if t.isVisibleTo(window)]
        for tab_widget in tabs or [None]:
            for index in range(tab_widget.count() if tab_widget else 1):
                if tab_widget:
                    tab_widget.setCurrentIndex(index)
                    qtbot.wait(20)
                found = unnamed_controls(window)
                if found:
                    missing[f"{view} {index}"] = found
    assert not missing
