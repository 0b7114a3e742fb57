"""A cooperative is not an enterprise: NĐ 80/2021 Art. 5 gives it no size class (it falls under the Law on
Cooperatives 17/2023/QH15). Its size by the enterprise thresholds is an estimate: shown as one, and never the
reason a support written for enterprises of some size is refused."""

import json
from datetime import date

import pytest

from cds_desktop.cli import main
from cds_desktop.domain.assessment import Assessment, AssessmentFile
from cds_desktop.domain.business import Business, SizeClass
from cds_desktop.domain.eligibility import CHECK, MET, NOT_ELIGIBLE, NOT_MET, UNKNOWN, match_policies
from cds_desktop.domain.instrument import current_instrument
from cds_desktop.domain.policies import shipped_catalog
from cds_desktop.domain.scoring import score

DAY = date(2026, 12, 1)
B = 1_000_000_000
QT_SUPPORTS = ("qt-dx-consulting-training", "qt-digital-platforms", "qt-ecommerce-international", "qt-smart-farming")
NQ198 = "nq198-free-platforms"

# Farming: micro <= 10 workers and 3 bn; small <= 100 and 50 bn; medium <= 200 and 200 bn; above is large.
SIZES = {"small": (40, 20 * B), "medium": (150, 150 * B), "large": (300, 400 * B)}


def business(entity_type, size, **extra):
    employees, revenue = SIZES[size]
    profile = {"employees": employees, "annual_revenue_vnd": revenue, **extra}
    return Business(name="HTX nông nghiệp Cam Lộ", entity_type=entity_type, sector="agriculture_forestry_fishery",
                    commune="Cam Lộ", **profile)


def found(b, on=DAY):
    return {m.policy.id: m for m in match_policies(shipped_catalog(), b, on)}


def size_reason(match):
    return next(r for r in match.reasons if r.criterion == "size_class")


@pytest.mark.parametrize("size", ["small", "medium", "large"])
def test_nq198_size_rule_for_enterprises_is_to_confirm_for_a_cooperative(size):
    coop = business("cooperative", size)
    assert coop.size_class == SizeClass(size)  # the estimate by the enterprise thresholds is kept
    m = found(coop)[NQ198]
    assert m.eligibility == CHECK
    reason = size_reason(m)
    assert reason.result == UNKNOWN
    vi, en = reason.text["vi"], reason.text["en"]
    assert "hợp tác xã" in vi and "không phải doanh nghiệp" in vi and "ước tính" in vi
    assert "cooperative" in en and "not an enterprise" in en and "estimate" in en
    assert "names small and micro enterprises only" not in en


def test_a_medium_cooperative_is_not_told_resolution_198_does_not_apply():
    m = found(business("cooperative", "medium"))[NQ198]
    assert m.eligibility != NOT_ELIGIBLE
    assert not [r for r in m.reasons if r.result == NOT_MET]


@pytest.mark.parametrize("size", ["small", "medium", "large"])
def test_quang_tri_proposals_name_cooperatives_without_a_size(size):
    matches = found(business("cooperative", size))
    for pid in QT_SUPPORTS:
        m = matches[pid]
        assert m.eligibility == CHECK, pid  # proposed: at best to check
        reason = size_reason(m)
        assert reason.result == MET, (pid, reason)
        assert "hợp tác xã" in reason.text["vi"] and "cooperative" in reason.text["en"]


def test_nd80_supports_still_exclude_a_cooperative_by_its_type_not_its_size():
    matches = found(business("cooperative", "large"))
    for pid in ("nd80-art11-dx-solutions", "nd80-art13-advisor-network"):
        m = matches[pid]
        assert m.eligibility == NOT_ELIGIBLE
        assert next(r for r in m.reasons if r.criterion == "entity_type").result == NOT_MET
        # "large" is no reason for a cooperative, nor is a size to confirm for a support its type rules out
        assert [r for r in m.reasons if r.criterion == "size_class"] == []


def test_no_support_is_estimated_with_a_cooperatives_estimated_size():
    for m in found(business("cooperative", "small")).values():
        caps = m.policy.benefit.cap_vnd
        if isinstance(caps, dict):
            assert m.estimated_max_vnd is None, m.policy.id


# ------------------------------------------------------------ enterprises and households unchanged


def test_a_medium_enterprise_is_still_outside_resolution_198():
    m = found(business("enterprise", "medium"))[NQ198]
    assert m.eligibility == NOT_ELIGIBLE
    assert size_reason(m).result == NOT_MET
    assert size_reason(m).text["en"] == "Resolution 198 names small and micro enterprises only"


def test_a_small_enterprise_still_meets_the_size_rule():
    m = found(business("enterprise", "small"))[NQ198]
    assert size_reason(m).result == MET and size_reason(m).text["en"] == "Size class: Small — covered"
    assert found(business("enterprise", "small"))["nd80-art11-dx-solutions"].estimated_max_vnd == 50_000_000


def test_a_large_enterprise_is_still_to_confirm_for_the_quang_tri_proposals():
    m = found(business("enterprise", "large"))["qt-digital-platforms"]
    assert size_reason(m).result == UNKNOWN and "large enterprise" in size_reason(m).text["en"]


def test_a_household_business_still_has_no_size_class_and_meets_size_rules():
    shop = Business(name="Tạp hóa Hương", entity_type="household", sector="trade_services", employees=3,
                    annual_revenue_vnd=2 * B, commune="Cam Lộ")
    assert shop.size_class == SizeClass.NOT_APPLICABLE
    assert shop.size_class_label == SizeClass.NOT_APPLICABLE.label
    m = found(shop)[NQ198]
    assert size_reason(m).result == MET and size_reason(m).text["en"] == \
        "Size class: Not applicable (not an enterprise) — covered"


# ------------------------------------------------------------ where the size is shown


def test_a_cooperatives_size_is_labelled_an_estimate_and_an_enterprises_is_not():
    coop, firm = business("cooperative", "medium"), business("enterprise", "medium")
    assert firm.size_class_label == SizeClass.MEDIUM.label
    label = coop.size_class_label
    assert label["vi"].startswith("Vừa") and "ước tính" in label["vi"] and "hợp tác xã" in label["vi"]
    assert label["en"].startswith("Medium") and "estimate" in label["en"] and "cooperative" in label["en"]
    # figures missing: nothing to estimate, the usual label
    assert business("cooperative", "small", employees=None).size_class_label == SizeClass.UNKNOWN.label


def test_the_score_json_names_a_cooperatives_size_as_an_estimate():
    coop = business("cooperative", "medium")
    instrument = current_instrument()
    result = score(instrument, coop, Assessment.new(instrument))
    out = result.to_json("en")
    assert out["size_class"] == "medium" and "estimate" in out["size_class_name"]


def test_the_report_profile_row_says_the_size_is_an_estimate():
    from cds_desktop.report.builder import context
    from cds_desktop.report.sections import profile_rows

    coop = business("cooperative", "medium")
    instrument = current_instrument()
    current = AssessmentFile(coop, Assessment.new(instrument), instrument)
    for lang, word in (("vi", "ước tính"), ("en", "estimate")):
        ctx = context(current, lang=lang, on=DAY, history=(), benchmark=None, consultant=None)
        label, value = profile_rows(ctx)[3]  # type · sector · size
        assert word in value, (label, value)


@pytest.mark.parametrize("lang, word", [("vi", "ước tính"), ("en", "estimate")])
def test_cli_classify_says_a_cooperatives_size_is_an_estimate(capsys, lang, word):
    code = main(["classify", "--entity-type", "cooperative", "--sector", "agriculture_forestry_fishery",
                 "--employees", "150", "--revenue", "150000000000", "--json", "--lang", lang])
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["size_class"] == "medium" and word in out["name"]
    main(["classify", "--entity-type", "enterprise", "--sector", "agriculture_forestry_fishery",
          "--employees", "150", "--revenue", "150000000000", "--json", "--lang", lang])
    assert word not in json.loads(capsys.readouterr().out)["name"]


def test_cli_policies_for_a_medium_cooperative_never_says_resolution_198_does_not_apply(capsys, tmp_path):
    coop = business("cooperative", "medium")
    instrument = current_instrument()
    path = tmp_path / "htx.json"
    path.write_text(AssessmentFile(coop, Assessment.new(instrument), instrument).dumps(), encoding="utf-8")
    for lang in ("vi", "en"):
        assert main(["policies", str(path), "--on", "2026-12-01", "--lang", lang]) == 0
        out = capsys.readouterr().out
        assert "Nghị quyết 198 chỉ nêu doanh nghiệp nhỏ và siêu nhỏ" not in out
        assert "Resolution 198 names small and micro enterprises only" not in out


def test_the_roadmap_of_a_medium_cooperative_offers_resolution_198_to_check():
    from cds_desktop.domain.assessment import Answer
    from cds_desktop.domain.plan import make_plan

    instrument = current_instrument()
    assessment = Assessment.new(instrument).with_answer("biz_sales_orders", Answer.ladder(2))
    plan = make_plan(instrument, business("cooperative", "medium"), assessment, on=DAY)
    step = next(s for phase in plan.roadmap.phases for s in phase.steps if s.question_id == "biz_sales_orders")
    offered = {m.policy.id: m.eligibility for m in step.policies}
    assert offered.get(NQ198) == CHECK, offered
    # a medium enterprise is still not offered it
    firm = make_plan(instrument, business("enterprise", "medium"), assessment, on=DAY)
    step = next(s for phase in firm.roadmap.phases for s in phase.steps if s.question_id == "biz_sales_orders")
    assert NQ198 not in {m.policy.id for m in step.policies}
