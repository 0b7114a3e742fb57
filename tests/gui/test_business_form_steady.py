"""The business form does not move: every field's message has a space kept for it beside the field, so no
field shifts when messages appear or go (the next click lands where the user aimed); a message longer than
its space is cut with "…" and is whole in the tooltip and the accessible description."""

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit

from cds_desktop.gui.businesses.form import BusinessDialog
from cds_desktop.gui.language import language

FIELDS_WITH_MESSAGES = ("name", "tax_code", "employees", "annual_revenue_vnd", "total_capital_vnd", "commune",
                        "province", "contact.email")


def field_geometries(dialog):
    """Where every input of the form is, in the form's own coordinates, and how big."""
    fields = dialog.ui.fields
    inputs = [w for w in fields.findChildren(QLineEdit) + fields.findChildren(QComboBox) + fields.findChildren(QCheckBox)
              if w.isVisibleTo(fields)]
    assert len(inputs) >= 14
    return {w: (w.mapTo(fields, QPoint(0, 0)), w.size()) for w in inputs}


def settle(qtbot):
    QApplication.processEvents()
    qtbot.wait(20)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_fields_stay_put_when_every_message_appears_and_goes(qtbot, lang):
    language().set(lang)
    dialog = BusinessDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    ui = dialog.ui
    wrong = {ui.nameEdit: "", ui.taxCodeEdit: "12ab", ui.employeesEdit: "-3", ui.revenueEdit: "nhieu lam",
             ui.capitalEdit: "khong biet", ui.communeEdit: "Xã Không Có Trong Danh Sách Nào Của Tỉnh",
             ui.emailEdit: "huong@gmail"}
    for edit, typed in wrong.items():
        edit.setText(typed)
    settle(qtbot)
    assert all(dialog.problem_text(f) == "" for f in FIELDS_WITH_MESSAGES)  # nothing shown before Save
    before = field_geometries(dialog)

    dialog.save_button.click()  # refused: the messages show
    settle(qtbot)
    assert field_geometries(dialog) == before
    commune = dialog.problem_text("commune")  # communes are checked in Quảng Trị only: province next
    ui.provinceCombo.setCurrentText("Tỉnh Có Cái Tên Rất Dài Không Nằm Trong Ba Mươi Bốn Tỉnh Thành")
    ui.provinceCombo.lineEdit().textEdited.emit(ui.provinceCombo.currentText())
    settle(qtbot)
    shown = {f: dialog.problem_text(f) for f in FIELDS_WITH_MESSAGES if f != "commune"}
    assert commune and [f for f, m in shown.items() if not m] == [], shown
    assert field_geometries(dialog) == before
    for field, message in shown.items():
        label = dialog._messages[field].label
        assert label.toolTip() == message and label.accessibleDescription() == message
        assert label.text() == message or label.text().endswith("…"), field
    province = dialog._messages["province"].label
    assert province.text() != shown["province"]  # this long one does not fit its two lines: cut, whole in the tooltip

    ui.provinceCombo.setCurrentText("Quang Binh")  # an old name: a note appears beside address and contact
    ui.communeEdit.setText("Xuân Trạch")
    ui.communeEdit.editingFinished.emit()
    settle(qtbot)
    assert ui.placeNote.isVisible() and ("01/07/2025" if lang == "vi" else "1 Jul 2025") in ui.placeNote.toolTip()
    assert field_geometries(dialog) == before

    for edit, right in {ui.nameEdit: "Tạp hóa Đông Hà", ui.taxCodeEdit: "3200123456", ui.employeesEdit: "3",
                        ui.revenueEdit: "900 triệu", ui.capitalEdit: "200 triệu",
                        ui.emailEdit: "huong@gmail.com"}.items():
        edit.setText(right)
        edit.textEdited.emit(right)
    settle(qtbot)
    assert all(dialog.problem_text(f) == "" for f in FIELDS_WITH_MESSAGES)
    assert field_geometries(dialog) == before
    language().set("vi")
