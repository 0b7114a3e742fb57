"""What a business is told on 2026-12-01: the e-invoice decrees of 1/7/2026, the full NĐ 80 supports,
cooperatives, household businesses, former Quảng Bình, and a catalog that says when it may be stale."""

import json
from datetime import date, timedelta

import pytest

from cds_desktop.cli import main
from cds_desktop.domain.business import Business
from cds_desktop.domain.edition import edition_notices, shipped_edition
from cds_desktop.domain.eligibility import CHECK, ELIGIBLE, MET, NOT_ELIGIBLE, NOT_MET, NOTE, UNKNOWN, match_policies
from cds_desktop.domain.policies import shipped_catalog

DAY = date(2026, 12, 1)
QT_SUPPORTS = ("qt-dx-consulting-training", "qt-digital-platforms", "qt-ecommerce-international", "qt-smart-farming")


def found(business, on=DAY):
    return {m.policy.id: m for m in match_policies(shipped_catalog(), business, on)}


def reason(match, criterion):
    return next(r for r in match.reasons if r.criterion == criterion)


def enterprise(**extra):
    profile = {"sector": "trade_services", "employees": 20, "annual_revenue_vnd": 20_000_000_000, **extra}
    return Business(name="Công ty TNHH Gió Lào", entity_type="enterprise", **profile)


def cooperative(**extra):
    return Business(name="HTX cà phê Khe Sanh", entity_type="cooperative", sector="agriculture_forestry_fishery",
                    employees=12, annual_revenue_vnd=4_000_000_000, commune="Khe Sanh", **extra)


def coffee_shop(**extra):
    profile = {"annual_revenue_vnd": 1_500_000_000, "sells_to_consumers": True, **extra}
    return Business(name="Cà phê Đông Hà", entity_type="household", sector="trade_services", employees=3, **profile)


# ------------------------------------------------------------ the e-invoice decrees


def test_enterprise_einvoice_duty_applies_since_2022_under_decree_254_today():
    m = found(enterprise())["nd254-einvoice-organisations"]
    assert m.eligibility == ELIGIBLE and m.eligibility_name("vi") == "Áp dụng cho cơ sở"
    dates = reason(m, "effective_dates")
    assert dates.result == MET and "01/07/2022" in dates.text["vi"] and "01/07/2026" in dates.text["vi"]
    assert "Chưa rõ" not in " ".join(r.text["vi"] for r in m.reasons)
    # the new decree is [S]: never shown as verified, said so in a note that does not turn the duty into a doubt
    assert not m.policy.verified and reason(m, "verified").result == NOTE
    assert "chưa được đối chiếu" in reason(m, "verified").text["vi"]
    assert m.policy.legal_numbers == "254/2026/NĐ-CP + 91/2026/TT-BTC"


@pytest.mark.parametrize("pid, successor", [("nd123-einvoice-organisations", "254/2026/NĐ-CP"),
                                            ("nd70-cash-register", "254/2026/NĐ-CP")])
def test_decrees_123_and_70_show_as_replaced_on_1_july_2026(pid, successor):
    p = shipped_catalog().policy(pid)
    assert p.status == "replaced" and p.effective_to == date(2026, 6, 30) and p.successor_number == successor
    status = reason(found(enterprise())[pid], "status")
    assert status.result == NOT_MET and status.text["vi"].startswith(f"Đã được thay thế từ 01/07/2026 bởi {successor}")
    assert status.text["en"].startswith(f"Replaced from 1 Jul 2026 by {successor}")
    # the replacement is [S] in the shared reference: said so, even beside NĐ 123, which is itself verified
    assert not shipped_catalog().policy(p.replaced_by).verified
    assert "nguồn thứ cấp" in status.text["vi"] and "secondary sources" in status.text["en"]
    # the day it ended is the last day in force, not the day the business asks
    ended = reason(found(enterprise())[pid], "effective_dates")
    assert ended.result == NOT_MET and ended.text["vi"] == (
        "Không còn hiệu lực vào 01/12/2026 (chỉ có hiệu lực đến hết 30/06/2026)")
    assert ended.text["en"] == "No longer in force on 1 Dec 2026 (ended 30 Jun 2026)"
    # before the replacement the older decree was the one in force
    assert reason(found(enterprise(), date(2026, 6, 30))[pid], "status").result == MET


def test_no_einvoice_text_is_in_force_twice_on_any_day():
    for on in (date(2022, 7, 1), date(2025, 6, 1), date(2026, 6, 30), date(2026, 7, 1), DAY):
        live = [m.policy.id for m in found(enterprise(sells_to_consumers=True), on).values()
                if m.policy.obligation and m.policy.obligation.question_id == "biz_einvoice"
                and m.eligibility != NOT_ELIGIBLE]
        assert len([pid for pid in live if "cash-register" not in pid]) == 1, (on, live)


def test_cooperative_is_bound_as_an_economic_organisation():
    m = found(cooperative())["nd254-einvoice-organisations"]
    assert m.eligibility == ELIGIBLE and reason(m, "entity_type").result == MET


def test_cash_register_rule_reaches_a_household_selling_to_consumers_from_1_billion():
    shop = found(coffee_shop())
    duty = shop["nd254-cash-register"]
    assert duty.eligibility != NOT_ELIGIBLE
    assert reason(duty, "annual_revenue").result == MET and reason(duty, "sells_to_consumers").result == MET
    assert "người tiêu dùng" in duty.policy.summary["vi"] and "1 tỷ" in duty.policy.summary["vi"]
    assert shop["nd254-einvoice-organisations"].eligibility == NOT_ELIGIBLE  # not an economic organisation
    wholesaler = found(coffee_shop(sells_to_consumers=False))["nd254-cash-register"]
    assert wholesaler.eligibility == NOT_ELIGIBLE and reason(wholesaler, "sells_to_consumers").result == NOT_MET
    unknown = found(coffee_shop(sells_to_consumers=None))["nd254-cash-register"]
    assert unknown.eligibility == CHECK and reason(unknown, "sells_to_consumers").result == UNKNOWN
    small = found(coffee_shop(annual_revenue_vnd=900_000_000))["nd254-cash-register"]
    assert small.eligibility == NOT_ELIGIBLE


def test_an_enterprise_selling_to_consumers_has_the_cash_register_duty_at_any_revenue():
    m = found(enterprise(annual_revenue_vnd=500_000_000, sells_to_consumers=True))["nd254-cash-register"]
    assert m.eligibility != NOT_ELIGIBLE
    assert all(r.criterion != "annual_revenue" for r in m.reasons)


def test_personal_data_law_is_an_obligation_where_customer_or_staff_data_is_asked_about():
    p = shipped_catalog().policy("pdpl-91-2025")
    assert p.kind == "obligation" and p.legal_number == "91/2025/QH15" and "356/2025/NĐ-CP" in p.related_texts
    assert p.effective_from == date(2026, 1, 1) and not p.verified
    assert {p.obligation.question_id, *p.obligation.reminds_at} >= {"biz_customer_data", "mgt_hr_payroll"}
    assert found(coffee_shop())["pdpl-91-2025"].eligibility == CHECK
    assert found(coffee_shop(), date(2025, 12, 31))["pdpl-91-2025"].eligibility == NOT_ELIGIBLE


# ------------------------------------------------------------ national supports


def test_advisor_network_has_the_higher_caps_for_women_owned_and_social_enterprises():
    b = shipped_catalog().policy("nd80-art13-advisor-network").benefit
    assert b.cap_vnd == {"micro": 50_000_000, "small": 100_000_000, "medium": 150_000_000}
    assert b.higher_cap_vnd == {"micro": 70_000_000, "small": 150_000_000, "medium": 200_000_000}
    assert "phụ nữ" in b.higher_cap_for["vi"] and "xã hội" in b.higher_cap_for["vi"]


def test_article_14_is_complete_and_says_quan_tri_doanh_nghiep():
    catalog = shipped_catalog()
    articles = {p.legal_article for p in catalog.policies if p.id.startswith("nd80-art14")}
    assert articles == {"Điều 14 khoản 1 điểm a", "Điều 14 khoản 1 điểm b", "Điều 14 khoản 2", "Điều 14 khoản 3",
                        "Điều 14 khoản 4"}
    assert "quản trị doanh nghiệp" in catalog.policy("nd80-art14-k1a-courses").benefit.description["vi"]
    assert not any("quản trị kinh doanh" in json.dumps(p.title, ensure_ascii=False) + p.summary["vi"]
                   + p.benefit.description["vi"] for p in catalog.policies)
    onsite = catalog.policy("nd80-art14-k3-onsite-training")
    assert onsite.flags == ("produces_goods",) and onsite.benefit.percent == 70
    farm = found(enterprise(sector="agriculture_forestry_fishery", annual_revenue_vnd=2_000_000_000))
    assert farm["nd80-art14-k3-onsite-training"].eligibility == ELIGIBLE
    assert found(enterprise(produces_goods=False))["nd80-art14-k3-onsite-training"].eligibility == NOT_ELIGIBLE


def test_household_business_is_told_what_it_gets_by_becoming_an_enterprise():
    m = found(coffee_shop())["nd80-art15-19-household-conversion"]
    assert m.eligibility == CHECK and m.policy.verified and m.policy.legal_article == "Điều 15–19"
    assert "3 năm" in m.policy.benefit.description["vi"]
    assert found(enterprise())["nd80-art15-19-household-conversion"].eligibility == NOT_ELIGIBLE


def test_resolution_198_fund_of_20_percent_of_taxable_income():
    p = shipped_catalog().policy("nq198-dx-fund")
    assert p.benefit.percent == 20 and p.verified and p.funds == ("tax_incentive",)
    assert found(enterprise())["nq198-dx-fund"].eligibility != NOT_ELIGIBLE
    assert found(coffee_shop())["nq198-dx-fund"].eligibility == NOT_ELIGIBLE
    assert found(coffee_shop())["nq198-free-platforms"].eligibility != NOT_ELIGIBLE


def test_cooperative_gets_its_own_supports_to_check_with_the_text_to_confirm():
    m = found(cooperative())["coop-law-2023-dx"]
    assert m.eligibility == CHECK and not m.policy.verified
    assert m.policy.legal_number == "17/2023/QH15" and "113/2024/NĐ-CP" in m.policy.related_texts
    confirm = reason(m, "condition.text_to_confirm")
    assert confirm.result == UNKNOWN and "17/2023/QH15" in confirm.text["vi"] and "113/2024" in confirm.text["vi"]
    assert found(enterprise())["coop-law-2023-dx"].eligibility == NOT_ELIGIBLE


def test_nd80_supports_never_name_one_agency_as_certain():
    for p in shipped_catalog().policies:
        if p.id.startswith("nd80"):
            agency = p.how_to_apply.agency["vi"]
            assert "Sở Tài chính" in agency and "Sở KH&CN" in agency and "chưa xác minh" in agency, p.id
            assert not p.how_to_apply.verified


# ------------------------------------------------------------ Quảng Trị proposals


def test_quang_tri_proposals_say_early_2025_before_the_merger_and_no_adopted_resolution():
    for pid in QT_SUPPORTS:
        p = shipped_catalog().policy(pid)
        assert p.status == "proposed" and not p.verified
        assert "đầu năm 2025, trước khi sáp nhập" in p.status_note["vi"]
        assert "early 2025, before" in p.status_note["en"] and "no adopted" in p.status_note["en"]
        status = reason(found(enterprise())[pid], "status")
        assert status.result == UNKNOWN and "trước khi sáp nhập" in status.text["vi"]


def test_former_quang_binh_business_gets_quang_tri_supports():
    phong_nha = Business(name="Homestay Phong Nha", entity_type="household", sector="trade_services", employees=2,
                         province="Quảng Bình", commune="Phong Nha")
    assert phong_nha.province == "Quảng Trị" and phong_nha.place_note is not None
    matched = found(phong_nha)
    for pid in QT_SUPPORTS[:3]:
        assert matched[pid].eligibility == CHECK and reason(matched[pid], "province").result == MET


# ------------------------------------------------------------ a catalog that says when it may be stale


def test_catalog_states_its_baseline_and_warns_six_months_later():
    edition = shipped_edition()
    assert edition.as_of == DAY and edition.review_by == date(2027, 6, 1)
    assert not edition_notices(edition, date(2027, 6, 1))
    notice = edition_notices(edition, date(2027, 6, 2))
    assert notice and "có thể đã cũ" in notice[0]["vi"] and "out of date" in notice[0]["en"]


def test_policies_command_says_the_catalog_may_be_out_of_date(capsys, tmp_path):
    path = tmp_path / "sample.json"
    main(["sample", "-o", str(path)])
    capsys.readouterr()
    assert main(["policies", str(path), "--on", "2027-07-01"]) == 0
    out = capsys.readouterr().out
    assert "có thể đã cũ" in out and "1/12/2026" in out
    main(["policies", str(path), "--on", "2026-12-01"])
    assert "có thể đã cũ" not in capsys.readouterr().out


@pytest.mark.parametrize("lang, stale", [("vi", "có thể đã cũ"), ("en", "may be out of date")])
def test_roadmap_command_says_the_catalog_may_be_out_of_date_beside_the_supports_it_names(capsys, tmp_path, lang,
                                                                                          stale):
    """The roadmap names supports for its steps ("Hỗ trợ: …"): past the catalog's review date it says, as the
    policies command does, that they may have changed; up to that date it says nothing more."""
    path = tmp_path / "sample.json"
    main(["sample", "-o", str(path)])
    capsys.readouterr()
    edition = shipped_edition()
    late = edition.review_by + timedelta(days=1)
    assert main(["roadmap", str(path), "--on", late.isoformat(), "--lang", lang]) == 0
    out = capsys.readouterr().out
    assert ("Hỗ trợ: " if lang == "vi" else "Support: ") in out and stale in out
    assert out.index(stale) < out.index("Hỗ trợ: " if lang == "vi" else "Support: ")  # read before the supports
    main(["roadmap", str(path), "--on", edition.review_by.isoformat(), "--lang", lang])
    assert stale not in capsys.readouterr().out


@pytest.mark.parametrize("command", ["policies", "roadmap"])
def test_the_json_outputs_say_the_catalog_may_be_out_of_date_as_the_text_views_do(capsys, tmp_path, command):
    """A program reading `--json` names supports too: past the catalog's review date it gets the flag and the
    notice the text views print; up to that date the flag is false and there is no notice."""
    path = tmp_path / "sample.json"
    main(["sample", "-o", str(path)])
    capsys.readouterr()
    edition = shipped_edition()

    def state(on: date) -> list[tuple[bool, list[str]]]:
        assert main([command, str(path), "--json", "--lang", "en", "--on", on.isoformat()]) == 0
        data = json.loads(capsys.readouterr().out)
        return [(item["catalog_out_of_date"], item["catalog_notices"]) for item in
                (data if command == "policies" else [data])]

    late = state(edition.review_by + timedelta(days=1))
    assert late and all(flag and any("may be out of date" in n for n in notices) for flag, notices in late)
    assert all(not flag and notices == [] for flag, notices in state(edition.review_by))
