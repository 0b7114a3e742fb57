"""An invalid instrument file fails to load with a message naming the file, the question and the field."""

import copy
from pathlib import Path

import pytest

from cds_desktop.domain.instrument import current_instrument, load_instrument, shipped_instruments
from cds_desktop.errors import InstrumentError

from conftest import instrument_doc, mini_questions


def broken(mutate):
    doc = instrument_doc(mini_questions())
    mutate(doc)
    return doc


def q(doc, qid):
    return next(x for x in doc["questions"] if x["id"] == qid)


CASES = {
    "missing level text": (lambda d: q(d, "q_data")["levels"][3].pop("text"), "questions[q_data].levels[3]", "text"),
    "unknown pillar": (lambda d: q(d, "q_culture").update(pillar="people"), "questions[q_culture].pillar", "people"),
    "five levels only": (lambda d: q(d, "q_strategy")["levels"].pop(), "questions[q_strategy].levels", "6"),
    "levels out of order": (lambda d: q(d, "q_strategy")["levels"].reverse(), "questions[q_strategy].levels", "0, 1, 2"),
    "missing next step": (lambda d: q(d, "q_data")["levels"][2].pop("next_step"), "questions[q_data].levels[2].next_step", ""),
    "duplicate id": (lambda d: q(d, "q_data").update(id="q_culture"), "questions[q_culture].id", ""),
    "english missing": (lambda d: q(d, "q_tools")["text"].pop("en"), "questions[q_tools].text", "en"),
    "two exclusive options": (lambda d: q(d, "q_tools")["options"][0].update(exclusive=True), "questions[q_tools].options", ""),
    "code in a condition": (lambda d: q(d, "q_factory").update(applies_if={"python": "True"}), "questions[q_factory].applies_if", ""),
    "condition on a later answer": (lambda d: q(d, "q_customer").update(
        applies_if={"answer": "q_data", "min_level": 1}, skip_reason={"vi": "x", "en": "x"}), "questions[q_customer].applies_if.answer", "q_data"),
    "skip without reason": (lambda d: q(d, "q_factory").pop("skip_reason"), "questions[q_factory]", "skip_reason"),
    "weight zero": (lambda d: q(d, "q_data").update(weight=0), "questions[q_data].weight", "0"),
    "checklist option without its step": (lambda d: q(d, "q_tools")["options"][1].pop("step"),
                                          "questions[q_tools].options[b].step", ""),
    "'none' marked as maybe not relevant": (lambda d: q(d, "q_tools")["options"][-1].update(not_relevant_allowed=True),
                                            "questions[q_tools].options[none]", "not_relevant_allowed"),
}


@pytest.mark.parametrize("case", CASES)
def test_invalid_instrument_names_file_question_and_field(case, write_instrument):
    mutate, where, detail = CASES[case]
    path = write_instrument(broken(mutate))
    with pytest.raises(InstrumentError) as raised:
        load_instrument(path)
    for lang in ("vi", "en"):
        message = raised.value.render(lang)
        assert str(path) in message and where in message and detail in message


def test_not_json_names_the_file(tmp_path):
    path = tmp_path / "bad.json"
    path.write_text("{ not json", encoding="utf-8")
    with pytest.raises(InstrumentError, match="bad.json"):
        load_instrument(path)


def test_shipped_instrument_covers_every_area_and_pillar():
    instrument = current_instrument()
    assert {q.area for q in instrument.questions} == {a.id for a in instrument.areas} == {
        "business", "management", "production", "ecommerce", "foundation"}
    assert {q.pillar for q in instrument.questions} == {
        "customer", "strategy", "technology", "operations", "culture", "data"}
    assert 35 <= len(instrument.questions) <= 45


def test_old_versions_stay_available_beside_the_new(write_instrument, monkeypatch, tmp_path):
    import json

    from cds_desktop import paths
    from cds_desktop.domain.instrument_changes import resolve
    current = current_instrument()
    folder = tmp_path / "instruments"
    folder.mkdir()
    old, _ = resolve(Path(current.source))  # the full document, its changes applied
    new = copy.deepcopy(old)
    new["version"] = "1.10"
    (folder / "old.json").write_text(json.dumps(old, ensure_ascii=False), encoding="utf-8")
    (folder / "new.json").write_text(json.dumps(new, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(paths, "instruments_dir", lambda: folder)
    import cds_desktop.domain.instrument as module
    monkeypatch.setattr(module, "instruments_dir", lambda: folder)
    shipped_instruments.cache_clear()
    try:
        assert module.current_instrument().version == "1.10"  # 1.10 is newer than 1.9 or 1.0
        assert module.find_instrument(old["id"], old["version"]) is not None
    finally:
        shipped_instruments.cache_clear()


def test_a_shipped_file_edited_after_a_valid_load_is_checked_again(write_instrument):
    doc = instrument_doc(mini_questions())
    path = write_instrument(doc)
    load_instrument(path)  # valid: remembered by content
    load_instrument(path)
    q(doc, "q_data")["pillar"] = "people"
    path.write_text(__import__("json").dumps(doc), encoding="utf-8")
    with pytest.raises(InstrumentError, match="people"):
        load_instrument(path)
