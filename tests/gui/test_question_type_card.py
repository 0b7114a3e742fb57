"""The questionnaire shows and answers a question type it has never heard of (tests/question_type_yes_no.py),
from the choices the type gives."""

import pytest

from cds_desktop.domain import question_types
from cds_desktop.domain.assessment import Answer, Assessment
from cds_desktop.domain.instrument import load_instrument
from cds_desktop.gui.questionnaire.question import NA
from cds_desktop.gui.questionnaire.view import QuestionnaireView

from conftest import instrument_doc, ladder
from question_type_yes_no import YES_NO


@pytest.fixture
def instrument(monkeypatch, write_instrument):
    monkeypatch.setitem(question_types.REGISTRY, YES_NO.name, YES_NO)  # the one registry line
    text = {"vi": "Có sao lưu dữ liệu hằng tuần không?", "en": "Is data backed up every week?"}
    backup = {**ladder("q_backup", "foundation", "data"), "type": "yes_no", "text": text, "na_allowed": True,
              "step": {"vi": "Sao lưu mỗi tuần.", "en": "Back up every week."}}
    del backup["levels"]
    return load_instrument(write_instrument(instrument_doc([ladder("q_strategy", "management", "strategy"), backup])))


def test_the_questionnaire_shows_and_answers_a_new_question_type(qtbot, vietnamese, instrument, shop):
    view = QuestionnaireView()
    qtbot.addWidget(view)
    view.set_assessment(instrument, shop, Assessment.new(instrument))
    card = view._page("foundation").cards["q_backup"]
    assert card.prompt.text() == "Chọn có hoặc không:"
    assert [card.rows[key].label.text() for key in (True, False, NA)] == ["Có", "Không", "Không áp dụng với cơ sở này"]
    assert card.rows[False].button.accessibleName() == "Có sao lưu dữ liệu hằng tuần không?: Không"
    seen = []
    view.assessmentChanged.connect(seen.append)
    card.rows[False].button.click()
    assert seen[-1].answers["q_backup"] == Answer(value=False) and card.is_answered()
    card.rows[True].button.click()  # one choice: the other is unticked
    assert seen[-1].answers["q_backup"] == Answer(value=True) and not card.rows[False].button.isChecked()
    card.show_answer(Answer(na=True))
    assert card.rows[NA].button.isChecked() and not card.rows[True].button.isChecked()
