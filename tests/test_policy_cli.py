"""`cds-cli policies` and `cds-cli roadmap`: stable JSON other tools depend on, readable text, clear errors."""

import json

import pytest

from cds_desktop.cli import main
from cds_desktop.domain.assessment import Answer, Assessment, AssessmentFile
from cds_desktop.domain.business import Business
from cds_desktop.domain.conditions import applies
from cds_desktop.domain.instrument import current_instrument

POLICY_KEYS = {"id", "title", "legal_reference", "scope", "province", "status", "verified", "eligibility",
               "reasons", "funds", "estimated_max_vnd", "relevant_steps", "kind", "how_to_apply", "source"}
STEP_KEYS = {"question_id", "area", "pillar", "from_level", "to_level", "text", "effort", "obligation", "policies"}


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def write_file(path, business, level, einvoice=None):
    instrument = current_instrument()
    a = Assessment.new(instrument)
    for q in instrument.questions:
        if not applies(q, business, a.answers):
            continue
        if q.type == "ladder":
            a = a.with_answer(q.id, Answer.ladder(level))
        else:
            scored = [o.id for o in q.scored_options]
            none = next(o.id for o in q.options if o.exclusive)
            a = a.with_answer(q.id, Answer.checklist(scored if level == 5 else scored[:1] if level else [none]))
    if einvoice is not None:
        a = a.with_answer("biz_einvoice", Answer.ladder(einvoice))
    path.write_text(AssessmentFile(business, a, instrument).dumps(), encoding="utf-8")
    return path


@pytest.fixture
def firm_file(tmp_path):
    business = Business(name="Công ty Gió Lào", entity_type="enterprise", sector="trade_services",
                        tax_code="3200123456", employees=20, annual_revenue_vnd=20_000_000_000)
    return write_file(tmp_path / "firm.json", business, 1, einvoice=0)


@pytest.fixture
def shop_file(tmp_path):
    business = Business(name="Tạp hóa Đông Hà", entity_type="household", sector="trade_services", employees=2,
                        annual_revenue_vnd=900_000_000, commune="Đông Hà")
    return write_file(tmp_path / "shop.json", business, 1)


def test_policies_json_lists_every_policy_with_the_stable_fields(capsys, firm_file):
    code, out, _ = run(capsys, "policies", str(firm_file), "--json", "--on", "2026-02-01")
    data = json.loads(out)
    assert code == 0 and len(data) >= 12
    for item in data:
        assert POLICY_KEYS <= set(item)
        assert set(item["legal_reference"]) == {"number", "article", "date", "related"}
        assert item["eligibility"] in ("eligible", "check", "not_eligible")
        assert all(set(r) == {"criterion", "result", "text"} for r in item["reasons"])
    ranks = [("eligible", "check", "not_eligible").index(i["eligibility"]) for i in data]
    assert ranks == sorted(ranks)
    solutions = next(i for i in data if i["id"] == "nd80-art11-dx-solutions")
    assert solutions["eligibility"] == "eligible" and solutions["estimated_max_vnd"] == 50_000_000
    assert solutions["legal_reference"]["number"] == "80/2021/NĐ-CP" and solutions["relevant_steps"]


def test_policies_for_a_household_exclude_decree_80(capsys, shop_file):
    data = json.loads(run(capsys, "policies", str(shop_file), "--json")[1])
    by_id = {i["id"]: i for i in data}
    conversion = "nd80-art15-19-household-conversion"  # what a household gets by becoming an enterprise
    assert all(by_id[pid]["eligibility"] == "not_eligible" for pid in by_id if pid.startswith("nd80") and pid != conversion)
    assert by_id[conversion]["eligibility"] == "check"
    assert by_id["nq198-free-platforms"]["eligibility"] in ("eligible", "check")
    reasons = {r["criterion"]: r for r in by_id["nd80-art11-dx-consulting"]["reasons"]}
    assert reasons["entity_type"]["text"].startswith("Hộ kinh doanh không phải doanh nghiệp theo NĐ 80/2021")


def test_policies_before_decree_80_came_into_force_are_not_eligible(capsys, firm_file):
    data = json.loads(run(capsys, "policies", str(firm_file), "--json", "--on", "2021-10-14")[1])
    assert all(i["eligibility"] != "eligible" for i in data)


def test_policies_speak_english_on_request(capsys, shop_file):
    data = json.loads(run(capsys, "policies", str(shop_file), "--json", "--lang", "en")[1])
    consulting = next(i for i in data if i["id"] == "nd80-art11-dx-consulting")
    assert consulting["title"].startswith("Support for digital-transformation consulting")
    assert any(r["text"].startswith("A household business is not an enterprise under Decree 80/2021")
               for r in consulting["reasons"])


def test_policies_text_output_is_readable(capsys, firm_file):
    code, out, _ = run(capsys, "policies", str(firm_file), "--on", "2026-02-01")
    assert code == 0 and "[Đủ điều kiện]" in out and "80/2021/NĐ-CP" in out and "50.000.000 đồng" in out
    assert "[Cần kiểm tra] Quảng Trị" in out


@pytest.mark.parametrize("bad", ["2026-13-01", "31/12/2025", "tomorrow"])
def test_bad_date_exits_2_with_a_clear_message(capsys, firm_file, bad):
    code, out, err = run(capsys, "policies", str(firm_file), "--on", bad)
    assert code == 2 and out == ""
    assert f"'{bad}' không phải ngày hợp lệ" in err and "2026-03-31" in err and "Traceback" not in err


def test_bad_date_message_in_english(capsys, firm_file):
    code, _, err = run(capsys, "roadmap", str(firm_file), "--on", "2026-02-30", "--lang", "en")
    assert code == 2 and "is not a valid date" in err


def test_missing_file_exits_2(capsys, tmp_path):
    code, _, err = run(capsys, "policies", str(tmp_path / "none.json"))
    assert code == 2 and "none.json" in err


def test_roadmap_json_has_three_phases_with_obligations_first(capsys, firm_file):
    code, out, _ = run(capsys, "roadmap", str(firm_file), "--json")
    data = json.loads(out)
    assert code == 0 and set(data) == {"phases", "catalog_out_of_date", "catalog_notices"}
    assert [p["id"] for p in data["phases"]] == ["months_0_3", "months_3_12", "months_12_plus"]
    assert [p["name"] for p in data["phases"]] == ["0–3 tháng", "3–12 tháng", "Trên 12 tháng"]
    steps = [s for p in data["phases"] for s in p["steps"]]
    assert steps and all(STEP_KEYS <= set(s) for s in steps)
    first = data["phases"][0]["steps"][0]
    assert first["question_id"] == "biz_einvoice" and first["obligation"] is True and first["to_level"] == 2
    assert all({"id", "title", "eligibility"} <= set(p) for s in steps for p in s["policies"])


def test_roadmap_text_output_marks_obligations(capsys, firm_file):
    code, out, _ = run(capsys, "roadmap", str(firm_file), "--lang", "en")
    assert code == 0 and "0–3 months" in out and "[Obligation]" in out and "E-invoices · " in out and "biz_einvoice" not in out


def test_roadmap_of_a_business_at_level_5_is_empty(capsys, tmp_path):
    business = Business(name="Công ty Số", entity_type="enterprise", sector="trade_services", employees=20,
                        annual_revenue_vnd=20_000_000_000)
    path = write_file(tmp_path / "top.json", business, 5)
    data = json.loads(run(capsys, "roadmap", str(path), "--json")[1])
    assert [p["steps"] for p in data["phases"]] == [[], [], []]
    assert "No steps" in run(capsys, "roadmap", str(path), "--lang", "en")[1]


def test_the_shipped_sample_gets_decree_80_supports_and_proposed_provincial_ones(capsys, tmp_path):
    path = tmp_path / "sample.json"
    assert run(capsys, "sample", "-o", str(path))[0] == 0
    data = {i["id"]: i for i in json.loads(run(capsys, "policies", str(path), "--json", "--on", "2026-02-01")[1])}
    assert data["nd80-art11-dx-solutions"]["eligibility"] == "eligible"  # a small enterprise in Quảng Trị
    assert data["nd80-art11-dx-solutions"]["estimated_max_vnd"] == 50_000_000
    assert all(data[pid]["eligibility"] == "check" and data[pid]["status"] == "proposed"
               for pid in data if pid.startswith("qt-"))
    assert data["nd80-art15-19-household-conversion"]["eligibility"] == "not_eligible"  # already an enterprise
    assert data["nd123-einvoice-organisations"]["eligibility"] == "eligible"  # in force until 30/6/2026
    roadmap = json.loads(run(capsys, "roadmap", str(path), "--json")[1])
    assert sum(len(p["steps"]) for p in roadmap["phases"]) > 0


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_policies_text_names_the_roadmap_steps_as_a_reader_knows_them(capsys, firm_file, lang):
    """The steps a support pays for are named by what they improve ("Sales records"), not by the ids the
    data files use (biz_sales_orders), which mean nothing to an owner; the JSON keeps the ids for tools."""
    instrument = current_instrument()
    code, out, _ = run(capsys, "--lang", lang, "policies", str(firm_file), "--on", "2026-02-01")
    lines = [line for line in out.splitlines() if line.strip().startswith(("Bước lộ trình", "Roadmap steps"))]
    assert code == 0 and lines
    for line in lines:
        assert not any(q.id in line for q in instrument.questions), line
    topics = {q.topic[lang] for q in instrument.questions}
    assert any(name in topics for line in lines for name in line.split(": ", 1)[1].rstrip(" …").split("; "))


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_roadmap_text_names_each_step_by_what_it_improves(capsys, firm_file, lang):
    instrument = current_instrument()
    code, out, _ = run(capsys, "--lang", lang, "roadmap", str(firm_file), "--on", "2026-02-01")
    facts = [line for line in out.splitlines() if line.startswith("     ") and " → " in line]
    assert code == 0 and facts
    assert not [line for line in facts if any(q.id in line for q in instrument.questions)]
    topics = {q.topic[lang] for q in instrument.questions}
    assert all(line.strip().split(" · ")[0] in topics for line in facts)
