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
    assert card.note_count.text() == "2.000 / 2.000 ký tự"
    language().set("en")
    assert card.note_count.text() == "2,000 / 2,000 characters"


def test_business_and_assessor_fields_stop_at_their_limits(qtbot, view):
    dialog = BusinessDialog()
    qtbot.addWidget(dialog)
    dialog.ui.nameEdit.setText("Công ty " + "A" * 400)
    assert len(dialog.ui.nameEdit.text()) == NAME
    assert (dialog.ui.addressEdit.maxLength(), dialog.ui.emailEdit.maxLength()) == (
        TEXT_LIMITS["business.address"], TEXT_LIMITS["business.contact.email"])
    assert (view.assessor_box.name.maxLength(), view.assessor_box.organization.maxLength()) == (
        TEXT_LIMITS["assessment.assessor.name"], TEXT_LIMITS["assessment.assessor.organization"])
