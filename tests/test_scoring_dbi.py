"""The DBI 2021 method where the app claims it: pillar maxima of 320 points, the question-to-pillar
mapping of docs/scoring.md, and provisional scores without a headline level."""

import json
import re
from fractions import Fraction

from cds_desktop.cli import main
from cds_desktop.domain.assessment import Answer, Assessment, load_assessment_file
from cds_desktop.domain.instrument import current_instrument
from cds_desktop.domain.scoring import DBI_PILLAR_POINTS, METHOD_NOTE, score

from conftest import REPO

INSTRUMENT = current_instrument()
SAMPLE = REPO / "assessments" / "samples" / "sample-assessment.json"


def assess(instrument, answers):
    a = Assessment.new(instrument)
    for qid, answer in answers.items():
        a = a.with_answer(qid, answer)
    return a


def test_pillar_maxima_are_the_dbi_2021_points():
    assert DBI_PILLAR_POINTS == {"customer": 65, "strategy": 25, "technology": 80, "operations": 65,
                                 "culture": 50, "data": 35}
    assert sum(DBI_PILLAR_POINTS.values()) == 320


def test_overall_weighs_each_pillar_share_by_its_dbi_maximum(mini_instrument, workshop):
    levels = {"customer": 5, "strategy": 0, "technology": 1, "operations": 2, "culture": 3, "data": 4}
    answers = {f"q_{p}": Answer.ladder(level) for p, level in levels.items()}
    answers |= {"q_tools": Answer.checklist(["a", "b", "c", "d"]), "q_payroll": Answer.ladder(2),
                "q_factory": Answer.ladder(1)}
    result = score(mini_instrument, workshop, assess(mini_instrument, answers))
    shares = {p.id: p.share for p in result.pillars}
    # technology: levels 1 (weight 1) and 1 (weight 2) = 20 %; customer: 5 and the full checklist = 100 %
    assert shares == {"customer": 100, "strategy": 0, "technology": 20, "operations": 40, "culture": 60, "data": 80}
    expected = sum(Fraction(shares[p]) * points for p, points in DBI_PILLAR_POINTS.items()) / 320
    assert result.overall.share == expected
    assert result.overall.points == expected * Fraction(320, 100) and result.overall.max_points == 320
    # not the share of all points: the question weights alone would give another figure
    all_points = sum(qs.points for qs in result.questions.values())
    all_max = sum(qs.max_points for qs in result.questions.values())
    assert 100 * all_points / all_max != expected


def test_einvoices_erp_crm_are_infrastructure_and_policies_people_budget_are_operations():
    pillar = {q.id: q.pillar for q in INSTRUMENT.questions}
    assert pillar["biz_einvoice"] == pillar["mgt_software"] == "technology"  # ERP and CRM are options there
    for qid in ("mgt_security", "fnd_it_support", "mgt_dx_leadership", "fnd_training"):
        assert pillar[qid] == "operations", qid
    assert [q.id for q in INSTRUMENT.questions if q.pillar == "strategy"] == ["mgt_dx_strategy"]


def test_docs_mapping_table_is_the_instrument():
    rows = re.findall(r"^\| `(\w+)` \| (\w+) \| (\w+) \| [^|]+ \| [^|]+ \|$",
                      (REPO / "docs" / "scoring.md").read_text(encoding="utf-8"), re.MULTILINE)
    assert {qid: (pillar, area) for qid, pillar, area in rows} == {
        q.id: (q.pillar, q.area) for q in INSTRUMENT.questions}
    assert len(rows) == len(INSTRUMENT.questions)


def test_one_question_at_level_5_is_provisional_without_a_level(workshop):
    result = score(INSTRUMENT, workshop, assess(INSTRUMENT, {"mgt_dx_strategy": Answer.ladder(5)}))
    assert result.provisional and result.overall_level is None
    data = result.to_json("vi")
    assert data["provisional"] is True and data["overall"]["level"] is None and data["overall"]["level_name"] is None
    strategy = result.pillar("strategy")
    assert strategy.score == 100.0 and strategy.level == 5  # its only question is answered
    assert all(p.level is None for p in result.pillars if p.id != "strategy")  # fewer than half answered
    assert "tạm tính" in result.headline("vi") and "provisional" in result.headline("en")


def test_a_pillar_with_half_of_its_questions_answered_has_a_level(workshop):
    data_questions = [q.id for q in INSTRUMENT.questions if q.pillar == "data"]
    half = {qid: Answer.ladder(3) if INSTRUMENT.question(qid).type == "ladder" else Answer.checklist(["none"])
            for qid in data_questions[: (len(data_questions) + 1) // 2]}
    fewer = dict(list(half.items())[:-1])
    assert score(INSTRUMENT, workshop, assess(INSTRUMENT, half)).pillar("data").level is not None
    assert score(INSTRUMENT, workshop, assess(INSTRUMENT, fewer)).pillar("data").level is None


def test_every_question_answered_gives_the_level_and_drops_provisional():
    loaded = load_assessment_file(SAMPLE)
    result = score(loaded.instrument, loaded.business, loaded.assessment)
    assert not result.provisional and result.overall_level == 2
    one_less = loaded.assessment.with_answer("fnd_backup", None)
    assert score(loaded.instrument, loaded.business, one_less).overall_level is None


def test_cli_score_json_says_provisional_for_a_draft(tmp_path, capsys):
    doc = json.loads(SAMPLE.read_text(encoding="utf-8"))
    doc["assessment"]["status"] = "draft"
    doc["assessment"]["answers"] = {"mgt_dx_strategy": {"level": 5}}
    path = tmp_path / "draft.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    assert main(["score", str(path), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["provisional"] is True and data["overall"]["level"] is None
    assert main(["score", str(path), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "provisional" in out and "level 5" not in out and METHOD_NOTE["en"] in out


def test_method_words_name_the_2021_method_and_the_official_assessment():
    for lang, decision in (("vi", "QĐ"), ("en", "Decision")):  # QĐ is the Vietnamese for Decision
        assert f"{decision} 1970/QĐ-BTTTT" in METHOD_NOTE[lang] and f"{decision} 1567/QĐ-BKHCN" in METHOD_NOTE[lang]
    assert METHOD_NOTE["en"] in (REPO / "README.md").read_text(encoding="utf-8").replace("\n", " ")


def test_a_level_held_back_by_too_few_pillars_says_which_level_and_how_many_pillars():

    from conftest import ticks_for_level
    from cds_desktop.domain.scoring import LEVEL_RULE, level_held_back, level_rule_details, level_rule_line

    sample = load_assessment_file(REPO / "assessments" / "samples" / "sample-assessment.json")
    answers = {}
    for q in sample.instrument.questions:
        level = 5 if q.pillar in ("customer", "technology") else 1
        answers[q.id] = Answer.ladder(level) if q.type == "ladder" else ticks_for_level(q, level)
    result = score(sample.instrument, sample.business, sample.assessment._replace(answers=answers))
    assert result.overall_level == 1 and result.overall.score > 40
    assert level_held_back(result) == (2, Fraction(20), 4, 2, 6)
    assert "mức 2 còn cần ít nhất 4/6 trụ cột đạt mức 2 trở lên (hiện có 2)" in level_rule_line(result, "vi")
    plain = score(sample.instrument, sample.business, sample.assessment)
    assert level_held_back(plain) is None and level_rule_line(plain, "en") == LEVEL_RULE["en"]
    details = level_rule_details(result, "en")
    assert "Level 1: a total score above 6.25 and at least 4 of 6 pillars at level 1 or higher." in details
    assert "Mức 1: tổng điểm trên 6,25" in level_rule_details(None, "vi")[5]
