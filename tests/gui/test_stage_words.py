"""Stages in words an owner understands ("Lần đánh giá đầu (T0)"), the same wherever a stage is shown."""


import pytest

from cds_desktop.gui.businesses.stages import stage_name
from cds_desktop.gui.language import language

WORDS = {
    "vi": {"T0": "Lần đánh giá đầu (T0)", "T1": "Đánh giá lại lần 1 (T1)", "T2": "Đánh giá lại lần 2 (T2)"},
    "en": {"T0": "First assessment (T0)", "T1": "Re-assessment 1 (T1)", "T2": "Re-assessment 2 (T2)"},
}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_stages_are_named_in_the_owners_words(lang):
    language().set(lang)
    assert {stage: stage_name(stage) for stage in WORDS[lang]} == WORDS[lang]
    assert stage_name("pilot") == "pilot"  # a stage not of the T-number kind is shown as it is


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_questionnaire_heading_and_the_business_list_name_the_stage(lang, start_window, qtbot):
    window = start_window()
    window.actions.add_sample()
    window.set_language(lang)
    business = window.business
    stored = [window.repo.get_assessment(s.id) for s in window.repo.assessments_of(business.id)]
    table = window.businesses.table
    expected = {WORDS[lang][a.stage] for a in stored}
    qtbot.waitUntil(lambda: {table.item(row, 0).text() for row in range(table.rowCount())} == expected)  # posted events
    t1 = stored[-1]._replace(id="t1-words", stage="T1", status="draft")
    window.open_assessment(business, window.repo.save_assessment(business.id, t1))
    heading = window.questionnaire.heading.text()
    assert heading.startswith(WORDS[lang]["T1"]) and business.name in heading
    assert WORDS[lang]["T1"] in window.ui.currentBusiness.text()
