"""The window stops text at the limits the exchange format sets, and shows how much of a note is used."""

import pytest

from cds_desktop.domain.assessment import Assessment
from cds_desktop.domain.limits import NAME, NOTE, TEXT_LIMITS
from cds_desktop.gui.businesses.form import BusinessDialog
from cds_desktop.gui.language import language
from cds_desktop.gui.questionnaire import QuestionnaireView


@pytest.fixture
def view(qtbot, mini_instrument, shop):
    view = QuestionnaireView()
    qtbot.addWidget(view)
    view.set_assessment(mini_instrument, shop, Assessment.new(mini_instrument))
    return view


def test_the_note_box_counts_characters_and_stops_at_the_limit(view, qtbot):
    card = view._page(view._instrument.question("q_customer").area).cards["q_customer"]
    assert not card.note_count.isHidden() and card.note_count.text() == "0 / 2.000 ký tự"
    card.note.setFocus()
    qtbot.keyClicks(card.note, "So sach")
    assert card.note_count.text() == "7 / 2.000 ký tự"
    card.note.setPlainText("Ghi chép bằng tay. " * 200)  # 3,800 characters pasted
    assert card.note.toPlainText() == ("Ghi chép bằng tay. " * 200)[:NOTE]
    assert len(view.assessment().answers["q_customer"].note) == NOTE
    assert card.note_count.text() == "Đã đầy: 2.000 / 2.000 ký tự"  # what did not fit was not added, and it says so
    language().set("en")
    assert card.note_count.text() == "Full: 2,000 / 2,000 characters"


def test_business_and_assessor_fields_stop_at_their_limits(qtbot, view):
    dialog = BusinessDialog()
    qtbot.addWidget(dialog)
    dialog.ui.nameEdit.setText("Công ty " + "A" * 400)
    assert len(dialog.ui.nameEdit.text()) == NAME
    assert (dialog.ui.addressEdit.maxLength(), dialog.ui.emailEdit.maxLength(), dialog.ui.taxCodeEdit.maxLength()) == (
        TEXT_LIMITS["business.address"], TEXT_LIMITS["business.contact.email"], TEXT_LIMITS["business.tax_code"])
    assert (view.assessor_box.name.maxLength(), view.assessor_box.organization.maxLength()) == (
        TEXT_LIMITS["assessment.assessor.name"], TEXT_LIMITS["assessment.assessor.organization"])


def test_typing_into_a_full_note_keeps_its_end_and_the_cursor_and_says_it_is_full(view, qtbot):
    from PySide6.QtGui import QGuiApplication, QTextCursor

    card = view._page(view._instrument.question("q_customer").area).cards["q_customer"]
    full = ("Sổ sách ghi tay, " * 200)[:NOTE - 1] + "!"
    card.note.setPlainText(full)
    card.note.setFocus()
    cursor = card.note.textCursor()
    cursor.setPosition(5)
    card.note.setTextCursor(cursor)
    qtbot.keyClicks(card.note, "xyz")  # the box is full: nothing is added, nothing at the end is lost
    assert card.note.toPlainText() == full and card.note.textCursor().position() == 5
    assert card.note_count.text() == "Đã đầy: 2.000 / 2.000 ký tự"

    card.note.setPlainText("Có website. ")
    card.note.moveCursor(QTextCursor.MoveOperation.End)
    QGuiApplication.clipboard().setText("Bằng chứng: " + "ảnh chụp đơn hàng, " * 160)  # 3,052 characters
    card.note.paste()
    assert len(card.note.toPlainText()) == NOTE and card.note.toPlainText().startswith("Có website. Bằng chứng: ")
    assert view.assessment().answers["q_customer"].note == card.note.toPlainText()
    assert card.note_count.text() == "Đã đầy: 2.000 / 2.000 ký tự"
    card.note.undo()  # one undo takes back the whole paste
    assert card.note.toPlainText() == "Có website. "
    assert card.note_count.text() == "12 / 2.000 ký tự"
