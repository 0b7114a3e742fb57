"""A message box fits the smallest laptop screen (911x512 logical pixels: 1366x768 at 150 %) however long its
message: an import of many businesses or a file with many problems keeps its first line in sight and the rest
under "Show Details...", which scrolls."""

from PySide6.QtWidgets import QMessageBox, QPushButton, QTextEdit

from cds_desktop.gui import dialogs

RECORDS = "\n".join(f"all.json: Công ty Cổ phần Đầu tư Xây dựng và Phát triển Hạ tầng An Khang {n} — T0 14/09/2026 "
                    f"(337dab77-5d8f-4e39-9487-91553c6067{n:02d}): đánh giá mới" for n in range(20))


def shown(qtbot, message, details=""):
    box = dialogs._box(None, QMessageBox.Icon.Information, "Đã nhập xong", message, details)
    box.addButton(dialogs.ok_text(), QMessageBox.ButtonRole.AcceptRole)
    qtbot.addWidget(box)
    box.show()
    qtbot.wait(10)
    return box


def test_a_long_message_keeps_its_first_line_and_the_buttons_on_the_screen(qtbot):
    box = shown(qtbot, "Nhập xong: đánh giá mới: 200; cơ sở mới: 200.\n" + RECORDS + "\n… và 181 mục nữa")
    assert box.height() <= 512, f"the box is {box.height()} pixels high: its buttons are below a laptop's screen"
    assert box.text() == "Nhập xong: đánh giá mới: 200; cơ sở mới: 200."
    assert box.detailedText() == RECORDS + "\n… và 181 mục nữa"
    assert "Xem chi tiết..." in [b.text() for b in box.findChildren(QPushButton)]
    assert box.findChild(QTextEdit) is not None  # where the records scroll


def test_a_short_message_is_shown_whole(qtbot):
    box = shown(qtbot, "Đã lưu tệp.", "Mở tệp để kiểm tra.")
    assert (box.text(), box.informativeText(), box.detailedText()) == ("Đã lưu tệp.", "Mở tệp để kiểm tra.", "")
