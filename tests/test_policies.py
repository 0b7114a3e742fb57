"""Support policies: the shipped catalog follows the shared facts, and matching is data-driven and date-aware."""

import json
import re
import unicodedata
from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cds_desktop.domain.business import Business
from cds_desktop.domain.vocabulary import entity_types, sectors
from cds_desktop.domain.instrument import current_instrument
from cds_desktop.domain.eligibility import (CHECK, ELIGIBLE, NOT_ELIGIBLE, NOT_MET, NOTE, UNKNOWN, match_policies,
                                            match_policy)
from cds_desktop.domain.policies import load_catalog, load_catalog_file, shipped_catalog
from cds_desktop.errors import InstrumentError
from cds_desktop.paths import policies_dir

TODAY = date(2026, 2, 1)
ND80_SUPPORTS = ("nd80-art11-dx-consulting", "nd80-art11-dx-solutions", "nd80-art11-ip-technology-transfer",
                 "nd80-art13-advisor-network", "nd80-art14-k1a-courses", "nd80-art14-k1b-free-tuition",
                 "nd80-art14-k2-online-courses", "nd80-art14-k3-onsite-training", "nd80-art14-k4-vocational")
NOT_STEP_COSTS = {"business_formalisation", "tax_incentive"}  # supports that pay for no roadmap step
QT_SUPPORTS = ("qt-dx-consulting-training", "qt-digital-platforms", "qt-ecommerce-international", "qt-smart-farming")
# (status, verified) as the shared reference tags them: [V] -> verified; [V/S], [S], [U] -> not.
EXPECTED_STATUS = {
    "nd80-art11-dx-consulting": ("in_force", True, "V"),
    "nd80-art11-dx-solutions": ("in_force", True, "V"),
    "nd80-art11-ip-technology-transfer": ("in_force", True, "V"),
    **{pid: ("in_force", True, "V") for pid in ND80_SUPPORTS[3:]},
    "nd80-art15-19-household-conversion": ("in_force", True, "V"),
    "nq198-free-platforms": ("in_force", True, "V"),
    "nq198-dx-fund": ("in_force", True, "V"),
    "coop-law-2023-dx": ("in_force", False, "S"),
    "nd123-einvoice-organisations": ("replaced", True, "V"),
    "nd70-cash-register": ("replaced", False, "S"),
    "nd254-einvoice-organisations": ("in_force", False, "S"),
    "nd254-cash-register": ("in_force", False, "S"),
    "pdpl-91-2025": ("in_force", False, "S"),
    **{pid: ("proposed", False, "U") for pid in QT_SUPPORTS},
}


def enterprise(employees=20, revenue=20_000_000_000, sector="trade_services", **extra):
    return Business(name="Công ty TNHH Gió Lào", entity_type="enterprise", sector=sector, employees=employees,
                    annual_revenue_vnd=revenue, **extra)


def household(revenue=900_000_000, **extra):
    return Business(name="Tạp hóa Đông Hà", entity_type="household", sector="trade_services", employees=2,
                    annual_revenue_vnd=revenue, **extra)


def matches_by_id(business, on=TODAY, catalog=None):
    return {m.policy.id: m for m in match_policies(catalog or shipped_catalog(), business, on)}


def reason(match, criterion):
    return next(r for r in match.reasons if r.criterion == criterion)


# ------------------------------------------------------------ synthetic catalogs (rules are data)

def policy_entry(pid="test-support", **overrides):
    entry = {
        "id": pid, "kind": "support",
        "title": {"vi": "Hỗ trợ thử", "en": "Test support"}, "summary": {"vi": "Tóm tắt", "en": "Summary"},
        "issuer": {"vi": "Chính phủ", "en": "The Government"},
        "legal_reference": {"number": "1/2024/NĐ-CP", "date": "2024-01-01"},
        "scope": "national", "status": "in_force", "verified": True,
        "effective_from": "2024-01-01", "effective_to": "2025-12-31", "dates_verified": True,
        "beneficiaries": {"entity_types": {"in": ["enterprise"]}, "size_classes": {"in": ["micro", "small", "medium"]}},
        "funds": ["consulting"],
        "benefit": {"description": {"vi": "50 %", "en": "50 %"}, "percent": 50,
                    "cap_vnd": {"micro": 10_000_000, "small": 20_000_000, "medium": 30_000_000}},
        "conditions": [],
        "how_to_apply": {"agency": {"vi": "Sở Tài chính", "en": "Department of Finance"}, "prepare": [],
                         "verified": True},
        "source": {"document": "Nghị định 1/2024/NĐ-CP", "reported_in": "Công báo", "reference_tag": "V"},
    }
    entry.update(overrides)
    return entry


def catalog_doc(*entries, scope="national", province=None, cid="test"):
    doc = {"format": "cds-policies", "format_version": 1, "id": cid, "version": "1.0", "updated": "2026-01-01",
           "scope": scope, "name": {"vi": "Danh mục thử", "en": "Test catalog"}, "policies": list(entries)}
    if province:
        doc["province"] = province
    return doc


@pytest.fixture
def write_catalog(tmp_path):
    def write(doc, name="catalog.json"):
        path = tmp_path / name
        path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        return path
    return write


def provincial_entry(pid="hue-support"):
    return policy_entry(pid, scope="province", province="Huế", effective_to=None,
                        beneficiaries={"entity_types": {"in": tuple(entity_types())}, "provinces": {"in": ["Huế"]}})


# ------------------------------------------------------------ the shipped catalog


def test_shipped_catalog_has_a_national_and_a_quang_tri_file_with_headers():
    files = {f.id: f for f in shipped_catalog().files}
    assert set(files) == {"national", "quang-tri"}
    assert files["national"].scope == "national" and files["quang-tri"].province == "Quảng Trị"
    assert all(date.fromisoformat(f.updated) and f.version for f in files.values())


def test_catalog_files_are_nfc_indented_and_keep_vietnamese_readable():
    for path in sorted(policies_dir().glob("*.json")):
        raw = path.read_text(encoding="utf-8")
        assert raw == unicodedata.normalize("NFC", raw), path
        assert raw == json.dumps(json.loads(raw), ensure_ascii=False, indent=2) + "\n", path


def test_catalog_holds_the_required_supports_and_obligations():
    ids = {p.id for p in shipped_catalog().policies}
    assert set(EXPECTED_STATUS) <= ids


def test_statuses_and_verified_flags_follow_the_shared_reference():
    catalog = shipped_catalog()
    for pid, (status, verified, tag) in EXPECTED_STATUS.items():
        p = catalog.policy(pid)
        assert (p.status, p.verified, p.source.reference_tag) == (status, verified, tag), pid
    for p in catalog.policies:
        assert p.verified == (p.source.reference_tag == "V"), p.id


# The texts the shared reference tags [V] (seen in the official text). A verified entry shows its legal
# numbers beside "đã xác minh", so every number it cites, related texts included, must be one of these:
# NĐ 20/2026 (implementing NQ 198), NĐ 254/2026, TT 91/2026 and the rest are [S] or [U] there.
VERIFIED_TEXTS = {"80/2021/NĐ-CP", "198/2025/QH15", "123/2020/NĐ-CP"}


def test_a_verified_entry_cites_only_texts_the_reference_tags_verified():
    for p in shipped_catalog().policies:
        if p.verified:
            assert {p.legal_number, *p.related_texts} <= VERIFIED_TEXTS, (p.id, p.legal_numbers)


# "1/7/2026" is 1 July to a Vietnamese reader and 7 January to an English one: English catalog texts spell the
# month ("1 July 2026"). Any d/m/yyyy in an English text, anywhere in a shipped catalog file or its manifest.
_NUMERIC_DATE = re.compile(r"(?<![\d/])\d{1,2}/\d{1,2}/\d{2,4}(?![\d/])")


def _english_texts(node, where=""):
    if isinstance(node, dict):
        for key, value in node.items():
            if key == "en" and isinstance(value, str):
                yield f"{where}.en", value
            else:
                yield from _english_texts(value, f"{where}.{key}")
    elif isinstance(node, list):
        for i, value in enumerate(node):
            yield from _english_texts(value, f"{where}[{i}]")


def test_no_english_catalog_text_writes_a_date_as_day_slash_month():
    files = sorted(policies_dir().glob("*.json")) + [policies_dir().parent / "catalog-manifest.json"]
    assert len(files) >= 3
    found = [(f.name, where, _NUMERIC_DATE.findall(value))
             for f in files for where, value in _english_texts(json.loads(f.read_text(encoding="utf-8")))
             if _NUMERIC_DATE.search(value)]
    assert found == []
    # the Vietnamese keeps its own order
    vi = json.loads((policies_dir() / "national.json").read_text(encoding="utf-8"))
    assert "1/7/2026" in json.dumps(vi, ensure_ascii=False)
    assert _NUMERIC_DATE.search("From 1/7/2026") and not _NUMERIC_DATE.search("Decree 80/2021/NĐ-CP")


def test_every_quang_tri_support_is_proposed_unverified_and_points_to_the_department():
    for pid in QT_SUPPORTS:
        p = shipped_catalog().policy(pid)
        assert p.scope == "province" and p.province == "Quảng Trị"
        assert p.status == "proposed" and not p.verified
        assert "Sở Khoa học và Công nghệ" in p.how_to_apply.agency["vi"]


def test_every_entry_cites_its_source_and_is_bilingual():
    for p in shipped_catalog().policies:
        assert p.source.document.strip() and p.source.reported_in.strip(), p.id
        for t in (p.title, p.summary, p.issuer, p.benefit.description, p.how_to_apply.agency,
                  *p.how_to_apply.prepare, *(c.text for c in p.conditions)):
            assert t["vi"].strip() and t["en"].strip(), p.id


def test_funding_categories_are_those_of_the_instrument():
    used = {f for q in current_instrument().questions for f in q.funding}
    assert not used & NOT_STEP_COSTS
    for p in shipped_catalog().policies:
        assert set(p.funds) <= used | NOT_STEP_COSTS, p.id


def test_obligations_point_to_instrument_questions_and_their_minimum_level():
    instrument = current_instrument()
    obligations = {p.id: p for p in shipped_catalog().policies if p.kind == "obligation"}
    einvoices = {"nd123-einvoice-organisations", "nd70-cash-register", "nd254-einvoice-organisations",
                 "nd254-cash-register"}
    assert set(obligations) == einvoices | {"pdpl-91-2025"}
    for pid in einvoices:
        assert (obligations[pid].obligation.question_id, obligations[pid].obligation.min_level) == ("biz_einvoice", 2)
    for p in obligations.values():
        assert not p.funds
        for qid in (p.obligation.question_id, *p.obligation.reminds_at):
            assert instrument.question(qid) is not None, (p.id, qid)


def test_nd80_art11_is_split_into_consulting_and_solutions():
    catalog = shipped_catalog()
    assert catalog.policy("nd80-art11-dx-consulting").funds == ("consulting",)
    assert "digital_platform" in catalog.policy("nd80-art11-dx-solutions").funds


# ------------------------------------------------------------ matching


def test_household_business_is_not_eligible_for_any_nd80_support():
    found = matches_by_id(household())
    for pid in ND80_SUPPORTS:
        m = found[pid]
        assert m.eligibility == NOT_ELIGIBLE, pid
        assert reason(m, "entity_type").result == NOT_MET
        assert reason(m, "entity_type").text["vi"].startswith("Hộ kinh doanh không phải doanh nghiệp theo NĐ 80/2021")
        assert m.estimated_max_vnd is None


def test_household_business_can_use_the_nq198_free_platforms():
    m = matches_by_id(household())["nq198-free-platforms"]
    assert m.eligibility in (ELIGIBLE, CHECK)
    assert reason(m, "entity_type").result == reason(m, "size_class").result == "met"


def test_small_enterprise_is_eligible_for_verified_nd80_supports():
    found = matches_by_id(enterprise())
    assert found["nd80-art11-dx-solutions"].eligibility == ELIGIBLE
    assert found["nd80-art11-dx-consulting"].eligibility == ELIGIBLE
    assert found["nd80-art14-k1a-courses"].eligibility == ELIGIBLE
    # a group the app cannot see (women-owned, difficult area) must be confirmed
    assert found["nd80-art14-k1b-free-tuition"].eligibility == CHECK


def test_medium_enterprise_is_not_offered_the_nq198_platforms():
    m = matches_by_id(enterprise(employees=80, revenue=200_000_000_000))["nq198-free-platforms"]
    assert m.eligibility == NOT_ELIGIBLE


def test_proposed_provincial_support_is_at_best_to_check():
    found = matches_by_id(enterprise())
    for pid in QT_SUPPORTS[:3]:
        assert found[pid].eligibility == CHECK
        status = reason(found[pid], "status")
        assert status.result == UNKNOWN and "Sở Khoa học và Công nghệ" in status.text["vi"]


def test_smart_farming_support_needs_a_farm_and_a_confirmed_rural_location():
    farm = enterprise(sector="agriculture_forestry_fishery", revenue=2_000_000_000)
    m = matches_by_id(farm)["qt-smart-farming"]
    assert m.eligibility == CHECK
    assert reason(m, "condition.rural_mountainous").result == UNKNOWN
    assert reason(matches_by_id(enterprise(sector="industry_construction"))["qt-smart-farming"], "sector").result == UNKNOWN
    assert matches_by_id(enterprise())["qt-smart-farming"].eligibility == NOT_ELIGIBLE


def test_business_outside_quang_tri_gets_no_provincial_support():
    found = matches_by_id(enterprise(province="Đà Nẵng"))
    for pid in QT_SUPPORTS:
        assert found[pid].eligibility == NOT_ELIGIBLE
        assert reason(found[pid], "province").result == NOT_MET


def test_province_match_ignores_diacritics_and_case():
    m = matches_by_id(enterprise(province="quang tri"))["qt-digital-platforms"]
    assert reason(m, "province").result == "met"


@settings(max_examples=60, deadline=None)
@given(province=st.sampled_from(["Huế", "Đà Nẵng", "Quảng Trị", "Hà Nội", "Nghệ An"]),
       entity_type=st.sampled_from(tuple(entity_types())))
def test_an_enacted_provincial_policy_is_eligible_only_inside_its_province(tmp_path_factory, province, entity_type):
    path = tmp_path_factory.mktemp("cat") / "hue.json"
    path.write_text(json.dumps(catalog_doc(provincial_entry(), scope="province", province="Huế")), encoding="utf-8")
    business = Business(name="Cơ sở", entity_type=entity_type, sector="trade_services", employees=3,
                        annual_revenue_vnd=1_000_000_000, province=province)
    m = match_policy(load_catalog([path]).policies[0], business, date(2025, 6, 1))
    assert (m.eligibility == ELIGIBLE) == (province == "Huế")


def test_missing_figures_make_the_size_class_a_thing_to_check():
    m = matches_by_id(enterprise(revenue=None))["nd80-art11-dx-solutions"]
    assert m.eligibility == CHECK and reason(m, "size_class").result == UNKNOWN


@pytest.mark.parametrize("employees, revenue, expected", [
    (5, 2_000_000_000, 20_000_000),       # micro
    (30, 20_000_000_000, 50_000_000),     # small
    (80, 200_000_000_000, 100_000_000),   # medium
])
def test_caps_follow_the_size_class(employees, revenue, expected):
    m = matches_by_id(enterprise(employees=employees, revenue=revenue))["nd80-art11-dx-solutions"]
    assert m.eligibility == ELIGIBLE and m.estimated_max_vnd == expected


def test_advisor_network_caps_follow_the_size_class():
    found = {size: matches_by_id(enterprise(employees=e, revenue=r))["nd80-art13-advisor-network"]
             for size, e, r in (("micro", 5, 2_000_000_000), ("small", 30, 20_000_000_000),
                                ("medium", 80, 200_000_000_000))}
    assert {s: m.estimated_max_vnd for s, m in found.items()} == {
        "micro": 50_000_000, "small": 100_000_000, "medium": 150_000_000}


def test_large_enterprise_gets_no_nd80_support_and_no_estimate():
    found = matches_by_id(enterprise(employees=500, revenue=1_000_000_000_000))
    for pid in ND80_SUPPORTS:
        assert found[pid].eligibility == NOT_ELIGIBLE and found[pid].estimated_max_vnd is None


def test_micro_enterprise_must_confirm_the_consulting_cap_missing_from_the_sources():
    m = matches_by_id(enterprise(employees=5, revenue=2_000_000_000))["nd80-art11-dx-consulting"]
    assert m.eligibility == CHECK and m.estimated_max_vnd is None
    assert reason(m, "size_class").result == UNKNOWN


def test_household_with_revenue_of_one_billion_must_issue_einvoices():
    on = date(2026, 12, 1)
    shop = household(revenue=1_000_000_000, sells_to_consumers=True)
    assert matches_by_id(shop, on)["nd254-cash-register"].eligibility != NOT_ELIGIBLE
    small = matches_by_id(household(revenue=900_000_000, sells_to_consumers=True), on)["nd254-cash-register"]
    assert small.eligibility == NOT_ELIGIBLE and reason(small, "annual_revenue").result == NOT_MET
    unknown = matches_by_id(household(revenue=None, sells_to_consumers=True), on)["nd254-cash-register"]
    assert reason(unknown, "annual_revenue").result == UNKNOWN


def test_einvoice_obligations_are_not_in_force_before_decree_70():
    shop = household(revenue=2_000_000_000, sells_to_consumers=True)
    assert matches_by_id(shop, on=date(2025, 5, 31))["nd70-cash-register"].eligibility == NOT_ELIGIBLE
    assert matches_by_id(shop, on=date(2025, 6, 1))["nd70-cash-register"].eligibility == CHECK


def test_matches_are_listed_eligible_first_then_check_then_not_eligible():
    order = [m.eligibility for m in match_policies(shipped_catalog(), enterprise(), TODAY)]
    rank = {ELIGIBLE: 0, CHECK: 1, NOT_ELIGIBLE: 2}
    assert order == sorted(order, key=rank.get) and ELIGIBLE in order and NOT_ELIGIBLE in order


profiles = st.builds(
    Business, name=st.just("Cơ sở"), entity_type=st.sampled_from(tuple(entity_types())), sector=st.sampled_from(tuple(sectors())),
    employees=st.none() | st.integers(0, 400), annual_revenue_vnd=st.none() | st.integers(0, 400_000_000_000),
    total_capital_vnd=st.none() | st.integers(0, 200_000_000_000),
    province=st.sampled_from(["Quảng Trị", "Đà Nẵng", ""]))
dates = st.dates(date(2015, 1, 1), date(2035, 12, 31))


@settings(max_examples=200, deadline=None)
@given(business=profiles, on=dates)
def test_no_policy_is_eligible_outside_its_dates_or_when_proposed(business, on):
    for m in match_policies(shipped_catalog(), business, on):
        p = m.policy
        if m.eligibility == ELIGIBLE:
            assert p.status in ("in_force", "replaced") and p.effective_from is not None and p.effective_from <= on
            assert p.effective_to is None or on <= p.effective_to
        if p.effective_from and on < p.effective_from:
            assert m.eligibility == NOT_ELIGIBLE


@settings(max_examples=100, deadline=None)
@given(offset=st.integers(-2000, 2000))
def test_a_policy_with_an_end_date_is_eligible_only_between_its_dates(tmp_path_factory, offset):
    path = tmp_path_factory.mktemp("cat") / "dated.json"
    path.write_text(json.dumps(catalog_doc(policy_entry())), encoding="utf-8")
    policy = load_catalog([path]).policies[0]
    on = date(2024, 1, 1) + timedelta(days=offset)
    m = match_policy(policy, enterprise(), on)
    inside = date(2024, 1, 1) <= on <= date(2025, 12, 31)
    assert m.eligibility == (ELIGIBLE if inside else NOT_ELIGIBLE)
    assert reason(m, "effective_dates").result == ("met" if inside else NOT_MET)


def test_an_expired_policy_is_never_eligible(write_catalog):
    catalog = load_catalog([write_catalog(catalog_doc(policy_entry(status="expired", effective_to=None)))])
    assert match_policy(catalog.policies[0], enterprise(), date(2024, 6, 1)).eligibility == NOT_ELIGIBLE


@settings(max_examples=200, deadline=None)
@given(business=profiles, on=dates)
def test_every_reason_exists_in_vietnamese_and_english(business, on):
    for m in match_policies(shipped_catalog(), business, on):
        assert m.reasons
        for r in m.reasons:
            assert r.result in ("met", NOT_MET, UNKNOWN, NOTE)
            assert set(r.text) == {"vi", "en"} and r.text["vi"].strip() and r.text["en"].strip()
            assert r.text["vi"] == unicodedata.normalize("NFC", r.text["vi"])
        assert (m.eligibility == NOT_ELIGIBLE) == any(r.result == NOT_MET for r in m.reasons)


def test_matching_is_deterministic():
    a = [m.to_json("en") for m in match_policies(shipped_catalog(), enterprise(), TODAY)]
    b = [m.to_json("en") for m in match_policies(shipped_catalog(), enterprise(), TODAY)]
    assert a == b


# ------------------------------------------------------------ catalog errors


def test_catalog_error_names_the_file_the_entry_and_the_field(write_catalog):
    entry = policy_entry("broken-support")
    del entry["source"]
    path = write_catalog(catalog_doc(entry), "broken.json")
    with pytest.raises(InstrumentError) as err:
        load_catalog_file(path)
    message = err.value.render("en")
    assert str(path) in message and "policies[broken-support]" in message and "source" in message


def test_catalog_error_for_a_bad_value_names_the_field(write_catalog):
    path = write_catalog(catalog_doc(policy_entry("bad-status", status="draft")), "bad.json")
    with pytest.raises(InstrumentError) as err:
        load_catalog_file(path)
    assert "policies[bad-status].status" in err.value.render("vi") and str(path) in err.value.render("vi")


def test_verified_true_needs_a_verified_source(write_catalog):
    entry = policy_entry("overclaimed", source={"document": "Báo", "reported_in": "Báo", "reference_tag": "S"})
    with pytest.raises(InstrumentError) as err:
        load_catalog_file(write_catalog(catalog_doc(entry)))
    assert "policies[overclaimed].verified" in err.value.render("en")


def test_unknown_profile_values_in_rules_are_reported(write_catalog):
    entry = policy_entry("typo", beneficiaries={"entity_types": {"in": ["enterprize"]}})
    with pytest.raises(InstrumentError) as err:
        load_catalog_file(write_catalog(catalog_doc(entry)))
    assert "policies[typo].beneficiaries.entity_types" in err.value.render("en") and "enterprize" in err.value.render("en")


def test_a_policy_id_used_in_two_files_names_both(write_catalog):
    first = write_catalog(catalog_doc(policy_entry("twice")), "a.json")
    second = write_catalog(catalog_doc(policy_entry("twice"), cid="other"), "b.json")
    with pytest.raises(InstrumentError) as err:
        load_catalog([first, second])
    message = err.value.render("en")
    assert str(first) in message and str(second) in message and "policies[twice]" in message


def test_a_provincial_policy_must_name_its_province(write_catalog):
    entry = provincial_entry()
    entry["beneficiaries"] = {"entity_types": {"in": ["enterprise"]}}
    with pytest.raises(InstrumentError) as err:
        load_catalog_file(write_catalog(catalog_doc(entry, scope="province", province="Huế")))
    assert "policies[hue-support].beneficiaries.provinces" in err.value.render("en")


def test_a_catalog_that_is_not_json_names_the_file(tmp_path):
    path = tmp_path / "garbled.json"
    path.write_text("{not json", encoding="utf-8")
    with pytest.raises(InstrumentError) as err:
        load_catalog_file(path)
    assert str(path) in err.value.render("vi")



def _einvoice_reason(level):
    from datetime import date

    from cds_desktop.domain.assessment import Answer
    from cds_desktop.domain.plan import make_plan
    from cds_desktop.domain.sample import sample_file

    sample = sample_file()
    assessment = sample.assessment.with_answer("biz_einvoice", None if level is None else Answer.ladder(level))
    plan = make_plan(sample.instrument, sample.business, assessment, on=date(2026, 12, 1))
    duty = next(m for m in plan.policies if m.policy.id == "nd254-einvoice-organisations")
    return next(r for r in duty.reasons if r.criterion == "answers"), plan


def test_an_obligation_says_whether_the_answers_meet_it():
    met, _ = _einvoice_reason(3)
    unmet, plan = _einvoice_reason(0)
    unknown, _ = _einvoice_reason(None)
    assert (met.result, unmet.result, unknown.result) == ("met", "not_met", "unknown")
    assert all(r.text["vi"] and r.text["en"] for r in (met, unmet, unknown))
    first = plan.roadmap.phases[0].steps[0]
    assert first.question_id == "biz_einvoice" and first.obligation  # unmet duty leads the roadmap


def test_every_cited_article_is_art_in_english_and_dieu_in_vietnamese():
    """The report cites "80/2021/NĐ-CP, Art. 14(1)(a)" in English: the article is no name to keep as it is."""
    from vietnamese_left import has_vietnamese

    cited = [p for p in shipped_catalog().policies if p.legal_article]
    assert {p.article_name("en") for p in cited} >= {"Art. 11", "Art. 14(1)(a)", "Art. 14(2)", "Art. 15–19"}
    for policy in cited:
        assert policy.article_name("vi") == policy.legal_article
        assert policy.article_name("en").startswith("Art. ") and not has_vietnamese(policy.article_name("en"))


def test_every_legal_reference_is_a_document_number_or_a_name_quoted_on_purpose():
    """Shown as it is in both languages, a legal reference holds nothing to translate: a draft's status
    ("dự thảo, chưa ban hành") is the entry's status to say, in the reader's language."""
    from vietnamese_left import _DOCUMENT_NUMBER, QUOTED

    cited = {name for p in shipped_catalog().policies for name in (p.legal_number, *p.related_texts)}
    assert {name for name in cited if not _DOCUMENT_NUMBER.fullmatch(name) and name not in QUOTED} == set()
