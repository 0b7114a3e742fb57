"""Question types are a registry: a new type is one module and one registry line, and it then works end to end
(instrument file, answers, score, roadmap, storage, PDF report, blank form, paper reading). The window's side
is in tests/gui/test_question_type_card.py."""

import json
from datetime import date

import jsonschema
import pytest
from pypdf import PdfReader

from cds_desktop.domain import question_types
from cds_desktop.domain.assessment import Answer, Assessment, AssessmentFile, answer_problems, parse_assessment_file
from cds_desktop.domain.instrument import load_instrument
from cds_desktop.domain.plan import make_plan
from cds_desktop.domain.schema import schema
from cds_desktop.errors import InstrumentError
from cds_desktop.paths import schemas_dir
from cds_desktop.report import build_blank_form, build_report
from cds_desktop.storage.repository import Repository

from conftest import checklist, instrument_doc, ladder
from question_type_yes_no import YES_NO

ON = date(2026, 12, 1)


def _text(vi, en=None):
    return {"vi": vi, "en": en or vi + " (en)"}


@pytest.fixture
def yes_no(monkeypatch):
    monkeypatch.setitem(question_types.REGISTRY, YES_NO.name, YES_NO)  # the one registry line


def backup_question(**extra):
    q = {"id": "q_backup", "area": "foundation", "pillar": "data", "type": "yes_no", "weight": 2,
         "text": _text("Có sao lưu dữ liệu hằng tuần không?", "Is data backed up every week?"),
         "help": _text("Giải thích"), "example": _text("Ví dụ"), "effort": "low", "cost": "low",
         "funding": ["consulting"], "step": _text("Sao lưu dữ liệu mỗi tuần.", "Back up data every week."),
         "na_allowed": True}
    q.update(extra)
    return q


@pytest.fixture
def instrument(yes_no, write_instrument):
    return load_instrument(write_instrument(instrument_doc([
        ladder("q_strategy", "management", "strategy"), checklist("q_tools", "ecommerce", "customer"),
        backup_question()])))


def with_backup(instrument, answer):
    answers = {"q_strategy": Answer.ladder(2), "q_tools": Answer.checklist(["a"]), "q_backup": answer}
    return Assessment.new(instrument, on=ON)._replace(answers=answers, status="completed")


def test_a_new_question_type_loads_answers_scores_and_steps(instrument, workshop):
    q = instrument.question("q_backup")
    assert q.type == "yes_no" and q.details["step"]["en"] == "Back up data every week."
    assert instrument.to_json()["questions"][2]["step"]["en"] == "Back up data every week."

    no = with_backup(instrument, Answer(value=False))
    assert answer_problems(instrument, workshop, no) == []
    plan = make_plan(instrument, workshop, no, on=ON)
    assert plan.result.questions["q_backup"].level == 0 and plan.result.area("foundation").score == 0.0
    step = next(s for s in plan.roadmap.steps if s.question_id == "q_backup")
    assert (step.from_level, step.to_level, step.text["en"], step.funding) == (0, 5, "Back up data every week.",
                                                                               ("consulting",))

    yes = make_plan(instrument, workshop, with_backup(instrument, Answer(value=True)), on=ON)
    assert yes.result.area("foundation").score == 100.0
    assert all(s.question_id != "q_backup" for s in yes.roadmap.steps)
    na = make_plan(instrument, workshop, with_backup(instrument, Answer(na=True)), on=ON)
    assert na.result.questions["q_backup"].answered and not na.result.questions["q_backup"].counted


def test_a_new_question_type_is_checked_by_the_schema_it_adds(yes_no, write_instrument):
    for broken, field in ((backup_question(step=None), "required field 'step' is missing"),
                          (backup_question(levels=[]), "has a field not allowed for this kind")):
        broken = {k: v for k, v in broken.items() if v is not None}
        with pytest.raises(InstrumentError) as raised:
            load_instrument(write_instrument(instrument_doc([broken])))
        assert field in raised.value.render("en")
    with pytest.raises(InstrumentError, match="yes_no"):  # without its registry line the type is unknown
        question_types.REGISTRY.pop("yes_no")
        load_instrument(write_instrument(instrument_doc([backup_question()])))


def test_a_new_question_types_answers_go_through_files_and_the_store(instrument, workshop, tmp_path):
    for answer in (Answer(value=False, note="chưa có ổ cứng"), Answer(value=True), Answer(na=True)):
        assessment = with_backup(instrument, answer)
        doc = AssessmentFile(workshop, assessment, instrument).to_json()
        assert doc["assessment"]["answers"]["q_backup"]["yes"] == answer.value
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr("cds_desktop.domain.assessment.find_instrument", lambda i, v: instrument)
            assert parse_assessment_file(json.loads(json.dumps(doc))).assessment.answers["q_backup"] == answer
        repo = Repository(tmp_path / str(answer.value), instruments=lambda i, v: instrument)
        business = repo.add_business(workshop)
        repo.save_assessment(business.id, assessment)
        assert repo.get_assessment(assessment.id).answers["q_backup"] == answer
    wrong = with_backup(instrument, Answer.ladder(3))
    assert answer_problems(instrument, workshop, wrong)[0].render("en") == \
        "assessment.answers.q_backup: a yes/no question takes 'yes', not 'level'"


def test_the_report_and_the_blank_form_show_a_new_question_type(instrument, workshop, tmp_path):
    out = tmp_path / "report.pdf"
    build_report(AssessmentFile(workshop, with_backup(instrument, Answer(value=False)), instrument), out,
                 lang="en", on=ON)
    report = " ".join(page.extract_text() for page in PdfReader(out).pages)
    assert "Is data backed up every week?" in report and "Back up data every week." in report
    assert "☑ No" in report

    form = tmp_path / "form.pdf"
    layout = build_blank_form(form, lang="en", instrument=instrument, on=ON)
    boxes = [(b.kind, b.value) for page in layout.pages for b in page.boxes if b.question_id == "q_backup"]
    assert boxes == [("option", True), ("option", False), ("na", None)]
    text = " ".join(page.extract_text() for page in PdfReader(form).pages)
    assert "Choose yes or no · Pillar" in text and "Is data backed up every week?" in text


def test_paper_reading_turns_the_ticked_box_into_the_answer(instrument):
    from cds_desktop.paper.boxes import BoxReading
    from cds_desktop.paper.reading import Choice, FormReading, _decide

    def box(marked):
        return BoxReading(fill=0.4 if marked else 0.0, state="marked" if marked else "empty", struck=False,
                          confidence=0.9, crop=(0, 0, 1, 1))

    reading = FormReading(instrument=instrument)
    _decide(reading, {"q_backup": [Choice("option", True, 1, box(False)), Choice("option", False, 1, box(True)),
                                   Choice("na", None, 1, box(False))]})
    assert reading.questions["q_backup"].status == "answered"
    assert reading.answers() == {"q_backup": Answer(value=False)}


def test_the_schemas_take_the_types_and_their_fields_from_the_registry(yes_no):
    """The shipped files name no type, so data and code cannot disagree; the schemas in use are valid."""
    shipped = json.loads((schemas_dir() / "instrument.schema.json").read_text(encoding="utf-8"))
    assert "enum" not in shipped["$defs"]["question"]["properties"]["type"]
    used = schema("instrument.schema.json")
    question = used["$defs"]["question"]
    assert question["properties"]["type"]["enum"] == list(question_types.REGISTRY) == ["ladder", "checklist", "yes_no"]
    for kind in question_types.REGISTRY.values():
        assert set(kind.fields) <= set(question["properties"]) and set(kind.defs) <= set(used["$defs"])
        assert kind.answer_key in schema("assessment.schema.json")["$defs"]["answer"]["properties"]
        assert kind.answer_key not in json.loads((schemas_dir() / "assessment.schema.json").read_text(
            encoding="utf-8"))["$defs"]["answer"]["properties"]
    for name in ("instrument.schema.json", "assessment.schema.json"):
        jsonschema.validators.validator_for(schema(name)).check_schema(schema(name))
