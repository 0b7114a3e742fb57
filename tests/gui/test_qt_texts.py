"""Qt's own texts in Vietnamese: standard buttons, message boxes and the file dialog Qt draws where the
system has none (Linux) speak the user's language; Qt's own catalogue is used when Qt ships one; the file
dialogs on Windows stay the system's own."""

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (QAbstractButton, QAbstractItemView, QDialogButtonBox, QFileDialog, QLabel,
                               QMessageBox)

from cds_desktop.gui import language as language_module
from cds_desktop.gui.language import language
from conftest import REPO

GUI = REPO / "cds_desktop" / "gui"


def file_dialog(qtbot) -> QFileDialog:
    dialog = QFileDialog(None, "", str(REPO))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)  # what Linux shows: the dialog Qt draws itself
    qtbot.addWidget(dialog)
    return dialog


@pytest.mark.parametrize("lang, expected", [
    ("vi", {"buttons": ["Đồng ý", "Hủy", "Lưu"], "yes_no": ["&Có", "&Không"], "look_in": "&Tìm trong:",
            "file_name": "&Tên tệp:", "open": "&Mở", "copy": "Sao &chép"}),
    ("en", {"buttons": ["OK", "Cancel", "Save"], "yes_no": ["&Yes", "&No"], "look_in": "&Look in:",
            "file_name": "File &name:", "open": "&Open", "copy": "&Copy"}),
])
def test_qt_own_buttons_and_file_dialog_speak_the_users_language(qtbot, lang, expected):
    language().set(lang)
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                           | QDialogButtonBox.StandardButton.Save)
    qtbot.addWidget(box)
    standard = (QDialogButtonBox.StandardButton.Ok, QDialogButtonBox.StandardButton.Cancel,
                QDialogButtonBox.StandardButton.Save)
    assert [box.button(b).text() for b in standard] == expected["buttons"]
    question = QMessageBox(QMessageBox.Icon.Question, "", "", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    qtbot.addWidget(question)
    assert [question.button(b).text() for b in (QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No)] == \
        expected["yes_no"]
    dialog = file_dialog(qtbot)
    labels = {label.objectName(): label.text() for label in dialog.findChildren(QLabel)}
    assert labels["lookInLabel"] == expected["look_in"] and labels["fileNameLabel"] == expected["file_name"]
    accept = dialog.findChild(QDialogButtonBox, "buttonBox").button(QDialogButtonBox.StandardButton.Open)
    assert accept.text() == expected["open"]
    assert QCoreApplication.translate("QLineEdit", "&Copy") == expected["copy"]  # a text field's right-click menu


def shown_texts(dialog: QFileDialog) -> dict[str, str]:
    """Every text the file dialog shows: labels, buttons and their tooltips, menu entries, column headers."""
    texts = {f"label {w.objectName()}": w.text() for w in dialog.findChildren(QLabel)}
    for i, button in enumerate(dialog.findChildren(QAbstractButton)):
        texts[f"button {button.objectName() or i}"] = button.text()
        texts[f"tooltip {button.objectName() or i}"] = button.toolTip()
    texts.update({f"menu {i}": a.text() for i, a in enumerate(dialog.findChildren(QAction))})
    model = dialog.findChild(QAbstractItemView, "treeView").model()
    texts.update({f"column {c}": model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())})
    folder = model.index(str(REPO / "tests"))  # a folder's type, as the list shows it
    texts["folder type"] = model.data(folder.siblingAtColumn(2))
    texts["title"] = dialog.windowTitle()
    return {key: text for key, text in texts.items() if text}


@pytest.mark.parametrize("mode", ["open", "save", "folder"])
def test_the_file_dialog_qt_draws_has_no_english_left_in_vietnamese(qtbot, mode):
    """Our entries must carry the source texts of the Qt in use exactly, or they never apply."""
    def opened():
        dialog = file_dialog(qtbot)
        if mode == "save":
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        elif mode == "folder":
            dialog.setFileMode(QFileDialog.FileMode.Directory)
        return shown_texts(dialog)

    language().set("en")
    english = opened()
    language().set("vi")
    vietnamese = opened()
    assert len(english) > 15 and english.keys() == vietnamese.keys()
    left = {key: text for key, text in vietnamese.items() if text == english[key]}
    assert left == {}


def test_qt_own_catalogue_is_used_where_qt_ships_one(qtbot, tmp_path, monkeypatch):
    """A text of Qt's that our catalogue does not carry comes from Qt's qtbase_vi.qm when the folder has one."""
    (tmp_path / "qtbase_vi.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="vi">\n<context>\n'
        '<name>QFileDialog</name>\n<message>\n<source>Alias</source>\n<translation>Bí danh</translation>\n'
        '</message>\n</context>\n</TS>\n', encoding="utf-8")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    subprocess.run([str(lrelease), str(tmp_path / "qtbase_vi.ts"), "-qm", str(tmp_path / "qtbase_vi.qm")],
                   check=True, capture_output=True)
    monkeypatch.setattr(language_module, "qt_translations_dir", lambda: str(tmp_path))
    language().set("en")
    language().set("vi")
    assert QCoreApplication.translate("QFileDialog", "Alias") == "Bí danh"
    assert QCoreApplication.translate("QFileDialog", "&Look in:") == "&Tìm trong:"  # ours still there
    language().set("en")
    assert QCoreApplication.translate("QFileDialog", "Alias") == "Alias"


def test_file_dialogs_are_the_systems_own_on_windows(qapp):
    """Nothing makes Qt draw its own file dialog where the system has one (Windows, macOS): the system's
    dialog is in the system's language and looks as the user knows it."""
    assert not qapp.testAttribute(Qt.ApplicationAttribute.AA_DontUseNativeDialogs)
    forcing = [str(path.relative_to(REPO)) for path in GUI.rglob("*.py")
               if "DontUseNativeDialog" in path.read_text(encoding="utf-8")]
    assert forcing == []


def test_a_tab_bars_scroll_buttons_are_named_in_the_language_in_use(start_window, qtbot):
    """Screen readers read them out; Qt names them when a tab bar is made and not again on a switch."""
    from PySide6.QtWidgets import QTabBar, QToolButton

    window = start_window()
    window.actions.add_sample()
    for key in ("results", "policies"):  # their tab bars are made on the first visit
        window.show_view(key)

    def names():
        return {button.accessibleName() for bar in window.findChildren(QTabBar)
                for button in bar.findChildren(QToolButton) if button.objectName().startswith("Scroll")}

    assert names() == {"Cuộn sang trái", "Cuộn sang phải"}
    window.set_language("en")
    qtbot.waitUntil(lambda: names() == {"Scroll Left", "Scroll Right"})
    window.set_language("vi")
    qtbot.waitUntil(lambda: names() == {"Cuộn sang trái", "Cuộn sang phải"})
