"""Support policies and legal obligations: the catalog (data files) and matching a business against it.

Eligibility rules are data: each catalog entry lists which entity types, size classes, sectors and
provinces it covers (values that only *may* qualify are listed under `confirm`), a minimum revenue,
its dates and status, and conditions the app cannot check. Matching interprets those lists; there
is no code per policy. Every criterion gives one Reason (met / not_met / unknown, in vi and en):
  any not_met -> not_eligible; else any unknown -> check; else eligible.
A policy not in force on the date asked about is never eligible; a proposed one is `check` at best.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, Iterable, Mapping

from ..errors import InstrumentError, Problem
from ..i18n import Text, fold_diacritics, text, tr
from ..paths import policies_dir
from .business import ENTITY_TYPE_NAMES, ENTITY_TYPES, SECTOR_NAMES, SECTORS, SIZE_CLASS_NAMES, Business, SizeClass
from .schema import read_json_document, schema_problems

FORMAT = "cds-policies"
ELIGIBLE, CHECK, NOT_ELIGIBLE = "eligible", "check", "not_eligible"
MET, NOT_MET, UNKNOWN = "met", "not_met", "unknown"
_ELIGIBILITY_ORDER = {ELIGIBLE: 0, CHECK: 1, NOT_ELIGIBLE: 2}

ELIGIBILITY_NAMES: dict[str, dict[str, Text]] = {
    "support": {
        ELIGIBLE: text("Đủ điều kiện", "Eligible"),
        CHECK: text("Cần kiểm tra", "To check"),
        NOT_ELIGIBLE: text("Không đủ điều kiện", "Not eligible"),
    },
    "obligation": {
        ELIGIBLE: text("Áp dụng cho cơ sở", "Applies to this business"),
        CHECK: text("Có thể áp dụng: cần kiểm tra", "May apply: to check"),
        NOT_ELIGIBLE: text("Không áp dụng", "Does not apply"),
    },
}
STATUS_NAMES: dict[str, Text] = {
    "in_force": text("Đang có hiệu lực", "In force"),
    "proposed": text("Đang đề xuất (chưa ban hành)", "Proposed (not enacted)"),
    "expired": text("Đã hết hiệu lực", "Expired"),
}
FUNDING_NAMES: dict[str, Text] = {
    "consulting": text("Tư vấn", "Consulting"),
    "training": text("Đào tạo", "Training"),
    "digital_platform": text("Mua, thuê nền tảng số", "Buying or renting digital platforms"),
    "accounting_software": text("Phần mềm kế toán", "Accounting software"),
    "ecommerce_international": text("Sàn TMĐT quốc tế", "International e-commerce accounts"),
    "automation_smart_farming": text("Tự động hóa, nông nghiệp thông minh", "Automation and smart farming"),
    "ip_technology_transfer": text("Sở hữu trí tuệ, chuyển giao công nghệ", "IP and technology transfer"),
}
_CRITERION_VALUES: dict[str, tuple[str, ...]] = {
    "entity_types": ENTITY_TYPES,
    "size_classes": tuple(s.value for s in SizeClass if s is not SizeClass.UNKNOWN),
    "sectors": SECTORS,
}


def vnd(amount: int, lang: str) -> str:
    return f"{amount:,}".replace(",", ".") + " đồng" if lang == "vi" else f"{amount:,} VND"


def _vnd_text(amount: int) -> Text:
    return text(vnd(amount, "vi"), vnd(amount, "en"))


def _day(value: date) -> str:
    return f"{value.day}/{value.month}/{value.year}"


@dataclass(frozen=True)
class Criterion:
    """Profile values that meet it (`values`), that may but must be confirmed (`confirm`), and why a value fails."""

    values: tuple[str, ...]
    confirm: tuple[str, ...] = ()
    why: Mapping[str, Text] = field(default_factory=dict)


@dataclass(frozen=True)
class Benefit:
    description: Text
    percent: float | Mapping[str, float] | None = None
    cap_vnd: int | Mapping[str, int] | None = None
    cap_per: Text | None = None
    duration: Text | None = None

    def cap_for(self, size_class: SizeClass) -> int | None:
        if isinstance(self.cap_vnd, Mapping):
            return self.cap_vnd.get(size_class.value)
        return self.cap_vnd

    def percent_for(self, size_class: SizeClass) -> float | None:
        if isinstance(self.percent, Mapping):
            return self.percent.get(size_class.value)
        return self.percent


@dataclass(frozen=True)
class Condition:
    id: str
    text: Text
    decides_eligibility: bool


@dataclass(frozen=True)
class HowToApply:
    agency: Text
    prepare: tuple[Text, ...]
    verified: bool


@dataclass(frozen=True)
class Obligation:
    question_id: str
    min_level: int  # the answer level from which the obligation is met


@dataclass(frozen=True)
class Source:
    document: str
    reported_in: str
    reference_tag: str  # V, V/S, S, U as in the shared reference
    note: Text | None = None


@dataclass(frozen=True)
class Policy:
    id: str
    kind: str  # "support" | "obligation"
    title: Text
    summary: Text
    issuer: Text
    legal_number: str
    legal_article: str | None
    legal_date: date | None
    scope: str  # "national" | "province"
    province: str | None
    status: str  # "in_force" | "proposed" | "expired"
    verified: bool
    effective_from: date | None
    effective_to: date | None
    dates_verified: bool
    beneficiaries: Mapping[str, Criterion]  # keys: entity_types, size_classes, sectors, provinces
    min_annual_revenue_vnd: int | None
    funds: tuple[str, ...]
    benefit: Benefit
    conditions: tuple[Condition, ...]
    how_to_apply: HowToApply
    source: Source
    obligation: Obligation | None = None
    catalog_id: str = ""

    def legal_reference_json(self) -> dict[str, Any]:
        return {"number": self.legal_number, "article": self.legal_article,
                "date": self.legal_date.isoformat() if self.legal_date else None}


@dataclass(frozen=True)
class CatalogInfo:
    id: str
    version: str
    updated: str
    scope: str
    province: str | None
    name: Text
    path: str


@dataclass(frozen=True)
class Catalog:
    files: tuple[CatalogInfo, ...]
    policies: tuple[Policy, ...]

    def policy(self, policy_id: str) -> Policy | None:
        return next((p for p in self.policies if p.id == policy_id), None)

    def to_json(self) -> list[dict[str, Any]]:
        return [{"id": f.id, "version": f.version, "updated": f.updated, "scope": f.scope, "province": f.province}
                for f in self.files]


# ---------------------------------------------------------------- loading


def _semantic_problems(doc: Mapping[str, Any]) -> list[Problem]:
    """What the schema cannot say: unique ids, scope matching the file, known values, rules that follow the facts."""
    problems: list[Problem] = []
    seen: set[str] = set()
    for p in doc["policies"]:
        where = f"policies[{p['id']}]"

        def add(fld: str, vi: str, en: str) -> None:
            problems.append(Problem(f"{where}.{fld}", text(vi, en)))

        if p["id"] in seen:
            add("id", "mã chính sách bị trùng", "duplicate policy id")
        seen.add(p["id"])
        if p["scope"] != doc["scope"] or p.get("province") != doc.get("province"):
            add("scope", f"phạm vi phải giống tệp ({doc['scope']} {doc.get('province') or ''})".strip(),
                f"scope must match the file ({doc['scope']} {doc.get('province') or ''})".strip())
        if p["scope"] == "province" and p["beneficiaries"].get("provinces", {}).get("in") != [p.get("province")]:
            add("beneficiaries.provinces", f"chính sách cấp tỉnh phải liệt kê đúng tỉnh {p.get('province')}",
                f"a provincial policy must list exactly its province {p.get('province')}")
        if p["verified"] and p["source"]["reference_tag"] != "V":
            add("verified", "chỉ được true khi nguồn đã xác minh (reference_tag 'V')",
                "may be true only for a verified source (reference_tag 'V')")
        if p["status"] == "proposed" and p["verified"]:
            add("verified", "chính sách đề xuất chưa thể là đã xác minh", "a proposed policy cannot be verified")
        start, end = p["effective_from"], p["effective_to"]
        if start and end and end < start:
            add("effective_to", "ngày hết hiệu lực trước ngày có hiệu lực", "ends before it starts")
        if p["kind"] == "support" and not p["funds"]:
            add("funds", "hỗ trợ phải nêu ít nhất một hạng mục được chi trả", "a support must fund at least one category")
        if p["kind"] == "obligation" and p["funds"]:
            add("funds", "nghĩa vụ không chi trả hạng mục nào; để trống", "an obligation funds nothing; leave it empty")
        for name, allowed in _CRITERION_VALUES.items():
            crit = p["beneficiaries"].get(name)
            if not crit:
                continue
            listed = crit["in"] + crit.get("confirm", []) + list(crit.get("why", {}))
            unknown = sorted(set(listed) - set(allowed))
            if unknown:
                add(f"beneficiaries.{name}", f"giá trị không hợp lệ {', '.join(unknown)}; dùng: {', '.join(allowed)}",
                    f"unknown values {', '.join(unknown)}; use: {', '.join(allowed)}")
            if set(crit["in"]) & set(crit.get("confirm", [])):
                add(f"beneficiaries.{name}", "một giá trị không thể vừa ở 'in' vừa ở 'confirm'",
                    "a value cannot be in both 'in' and 'confirm'")
    return problems


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _criterion(raw: Mapping[str, Any]) -> Criterion:
    return Criterion(tuple(raw["in"]), tuple(raw.get("confirm", ())), dict(raw.get("why", {})))


def _policy(p: Mapping[str, Any], catalog_id: str) -> Policy:
    b = p["benefit"]
    how = p["how_to_apply"]
    src = p["source"]
    ref = p["legal_reference"]
    return Policy(
        id=p["id"], kind=p["kind"], title=p["title"], summary=p["summary"], issuer=p["issuer"],
        legal_number=ref["number"], legal_article=ref.get("article"), legal_date=_date(ref["date"]),
        scope=p["scope"], province=p.get("province"), status=p["status"], verified=p["verified"],
        effective_from=_date(p["effective_from"]), effective_to=_date(p["effective_to"]),
        dates_verified=p["dates_verified"],
        beneficiaries={k: _criterion(v) for k, v in p["beneficiaries"].items() if isinstance(v, Mapping)},
        min_annual_revenue_vnd=p["beneficiaries"].get("min_annual_revenue_vnd"),
        funds=tuple(p["funds"]),
        benefit=Benefit(b["description"], b.get("percent"), b.get("cap_vnd"), b.get("cap_per"), b.get("duration")),
        conditions=tuple(Condition(c["id"], c["text"], c["decides_eligibility"]) for c in p["conditions"]),
        how_to_apply=HowToApply(how["agency"], tuple(how["prepare"]), how["verified"]),
        source=Source(src["document"], src["reported_in"], src["reference_tag"], src.get("note")),
        obligation=Obligation(**p["obligation"]) if "obligation" in p else None,
        catalog_id=catalog_id,
    )


def load_catalog_file(path: str | Path) -> tuple[CatalogInfo, tuple[Policy, ...]]:
    """One catalog file, validated; errors name the file, the entry id and the field."""
    path = Path(path)
    raw, doc = read_json_document(path)
    problems = schema_problems(doc, "policies.schema.json", source=raw)
    if not problems:
        problems = _semantic_problems(doc)
    if problems:
        raise InstrumentError(problems, str(path))
    info = CatalogInfo(doc["id"], doc["version"], doc["updated"], doc["scope"], doc.get("province"), doc["name"],
                       str(path))
    return info, tuple(_policy(p, doc["id"]) for p in doc["policies"])


def load_catalog(paths: Iterable[str | Path]) -> Catalog:
    """Several catalog files as one; national files first. A policy id may appear in one file only."""
    loaded = sorted((load_catalog_file(p) for p in paths), key=lambda item: (item[0].scope != "national", item[0].id))
    owner: dict[str, str] = {}
    for info, policies in loaded:
        for policy in policies:
            if policy.id in owner:
                raise InstrumentError(Problem(f"policies[{policy.id}].id", text(
                    f"mã chính sách đã có trong tệp {owner[policy.id]}",
                    f"the policy id is already used in {owner[policy.id]}")), info.path)
            owner[policy.id] = info.path
    return Catalog(tuple(info for info, _ in loaded), tuple(p for _, policies in loaded for p in policies))


@cache
def shipped_catalog() -> Catalog:
    """Every catalog file shipped with the app (assessments/policies/*.json)."""
    return load_catalog(sorted(policies_dir().glob("*.json")))


# ---------------------------------------------------------------- matching


@dataclass(frozen=True)
class Reason:
    criterion: str
    result: str  # met | not_met | unknown
    text: Text

    def to_json(self, lang: str) -> dict[str, str]:
        return {"criterion": self.criterion, "result": self.result, "text": tr(self.text, lang)}


@dataclass(frozen=True)
class PolicyMatch:
    policy: Policy
    eligibility: str
    reasons: tuple[Reason, ...]
    estimated_max_vnd: int | None
    relevant_steps: tuple[str, ...] = ()  # question ids of roadmap steps the policy can fund (or enforces)

    @property
    def to_confirm(self) -> tuple[Text, ...]:
        """Everything the user should confirm: unknown criteria, then the catalog's conditions."""
        return tuple(r.text for r in self.reasons if r.result == UNKNOWN and not r.criterion.startswith("condition.")) \
            + tuple(c.text for c in self.policy.conditions)

    def eligibility_name(self, lang: str) -> str:
        return tr(ELIGIBILITY_NAMES[self.policy.kind][self.eligibility], lang)

    def to_json(self, lang: str = "vi") -> dict[str, Any]:
        p = self.policy
        return {
            "id": p.id, "kind": p.kind, "title": tr(p.title, lang), "summary": tr(p.summary, lang),
            "issuer": tr(p.issuer, lang), "legal_reference": p.legal_reference_json(),
            "scope": p.scope, "province": p.province, "status": p.status, "status_name": tr(STATUS_NAMES[p.status], lang),
            "verified": p.verified,
            "effective_from": p.effective_from.isoformat() if p.effective_from else None,
            "effective_to": p.effective_to.isoformat() if p.effective_to else None,
            "eligibility": self.eligibility, "eligibility_name": self.eligibility_name(lang),
            "reasons": [r.to_json(lang) for r in self.reasons],
            "to_confirm": [tr(t, lang) for t in self.to_confirm],
            "funds": list(p.funds), "benefit": tr(p.benefit.description, lang),
            "estimated_max_vnd": self.estimated_max_vnd, "relevant_steps": list(self.relevant_steps),
            "obligation": None if p.obligation is None else {
                "question_id": p.obligation.question_id, "min_level": p.obligation.min_level},
            "how_to_apply": {"agency": tr(p.how_to_apply.agency, lang),
                             "prepare": [tr(t, lang) for t in p.how_to_apply.prepare],
                             "verified": p.how_to_apply.verified},
            "source": {"document": p.source.document, "reported_in": p.source.reported_in,
                       "reference_tag": p.source.reference_tag,
                       "note": tr(p.source.note, lang) if p.source.note else None},
        }


def _status_reason(p: Policy) -> Reason:
    if p.status == "in_force":
        return Reason("status", MET, STATUS_NAMES["in_force"])
    if p.status == "expired":
        return Reason("status", NOT_MET, STATUS_NAMES["expired"])
    agency = p.how_to_apply.agency
    return Reason("status", UNKNOWN, text(f"Đang đề xuất, chưa ban hành: hãy xác nhận với {agency['vi']}",
                                          f"Proposed, not enacted: confirm with {agency['en']}"))


def _dates_reason(p: Policy, on: date) -> Reason:
    start, end = p.effective_from, p.effective_to
    if start is None:
        return Reason("effective_dates", UNKNOWN, text("Chưa rõ ngày có hiệu lực", "The start date is not known"))
    if on < start:
        return Reason("effective_dates", NOT_MET, text(f"Chưa có hiệu lực vào {_day(on)} (từ {_day(start)})",
                                                       f"Not in force on {_day(on)} (starts {_day(start)})"))
    if end is not None and on > end:
        return Reason("effective_dates", NOT_MET, text(f"Đã hết hiệu lực vào {_day(on)} (đến {_day(end)})",
                                                       f"No longer in force on {_day(on)} (ended {_day(end)})"))
    if not p.dates_verified:
        return Reason("effective_dates", UNKNOWN, text(
            f"Ngày áp dụng chưa được xác minh (không sớm hơn {_day(start)})",
            f"When it applies is unverified (not before {_day(start)})"))
    until = text(f" đến {_day(end)}", f" until {_day(end)}") if end else text("", "")
    return Reason("effective_dates", MET, text(f"Có hiệu lực từ {_day(start)}{until['vi']}",
                                               f"In force from {_day(start)}{until['en']}"))


def _verified_reason(p: Policy) -> Reason:
    if p.verified:
        return Reason("verified", MET, text("Đã đối chiếu với văn bản chính thức", "Checked against the official text"))
    return Reason("verified", UNKNOWN, text(
        f"Thông tin chưa được đối chiếu với văn bản chính thức; hãy xác nhận với {p.how_to_apply.agency['vi']}",
        f"Not yet checked against the official text; confirm with {p.how_to_apply.agency['en']}"))


_PROFILE_FIELDS = {"entity_types": "entity_type", "size_classes": "size_class", "sectors": "sector",
                   "provinces": "province"}
_TOPICS: dict[str, Text] = {
    "entity_types": text("Loại hình", "Entity type"), "size_classes": text("Quy mô", "Size class"),
    "sectors": text("Ngành", "Sector"), "provinces": text("Tỉnh", "Province"),
}


def _label(kind: str, value: str) -> Text:
    names = {"entity_types": ENTITY_TYPE_NAMES, "sectors": SECTOR_NAMES,
             "size_classes": {s.value: n for s, n in SIZE_CLASS_NAMES.items()}}.get(kind, {})
    return names.get(value) or text(value, value)


def _criterion_reason(kind: str, crit: Criterion, business: Business) -> Reason:
    criterion = _PROFILE_FIELDS[kind]
    value = business.profile_value(criterion)
    if kind == "size_classes" and value == SizeClass.UNKNOWN.value:
        return Reason(criterion, UNKNOWN, text(
            "Chưa xác định được quy mô (thiếu số lao động, doanh thu hoặc vốn): hãy nhập đủ trong hồ sơ",
            "The size class is unknown (workers, revenue or capital missing): complete the profile"))
    if kind == "provinces":
        if not value:
            return Reason(criterion, UNKNOWN, text("Chưa nhập tỉnh của cơ sở", "The business's province is not entered"))
        value = next((v for v in crit.values + crit.confirm if fold_diacritics(v) == fold_diacritics(value)), value)
    label, topic = _label(kind, value), _TOPICS[kind]
    what = text(f"{topic['vi']}: {label['vi']}", f"{topic['en']}: {label['en']}")
    if value in crit.values:
        return Reason(criterion, MET, text(f"{what['vi']} — thuộc đối tượng", f"{what['en']} — covered"))
    covered = [_label(kind, v) for v in crit.values]
    if value in crit.confirm:
        return Reason(criterion, UNKNOWN, crit.why.get(value) or text(
            f"{what['vi']} — chưa rõ có thuộc đối tượng không; hãy hỏi cơ quan tiếp nhận",
            f"{what['en']} — may be covered; ask the agency"))
    return Reason(criterion, NOT_MET, crit.why.get(value) or text(
        f"{what['vi']} — không thuộc đối tượng (dành cho: {', '.join(c['vi'] for c in covered)})",
        f"{what['en']} — not covered (for: {', '.join(c['en'] for c in covered)})"))


def _revenue_reason(minimum: int, business: Business) -> Reason:
    revenue = business.annual_revenue_vnd
    floor = _vnd_text(minimum)
    if revenue is None:
        return Reason("annual_revenue", UNKNOWN, text(
            f"Chưa có doanh thu năm (ngưỡng {floor['vi']}): hãy nhập trong hồ sơ",
            f"Annual revenue not entered (threshold {floor['en']}): complete the profile"))
    shown = _vnd_text(revenue)
    if revenue >= minimum:
        return Reason("annual_revenue", MET, text(f"Doanh thu {shown['vi']} từ ngưỡng {floor['vi']} trở lên",
                                                  f"Revenue {shown['en']} is at or above {floor['en']}"))
    return Reason("annual_revenue", NOT_MET, text(f"Doanh thu {shown['vi']} dưới ngưỡng {floor['vi']}",
                                                  f"Revenue {shown['en']} is below {floor['en']}"))


def match_policy(policy: Policy, business: Business, on: date) -> PolicyMatch:
    reasons = [_status_reason(policy), _dates_reason(policy, on), _verified_reason(policy)]
    for kind in ("entity_types", "size_classes", "sectors", "provinces"):
        if kind in policy.beneficiaries:
            reasons.append(_criterion_reason(kind, policy.beneficiaries[kind], business))
    if policy.min_annual_revenue_vnd is not None:
        reasons.append(_revenue_reason(policy.min_annual_revenue_vnd, business))
    for condition in policy.conditions:
        if condition.decides_eligibility:
            reasons.append(Reason(f"condition.{condition.id}", UNKNOWN, text(
                f"Cần xác nhận: {condition.text['vi']}", f"To confirm: {condition.text['en']}")))
    results = {r.result for r in reasons}
    eligibility = NOT_ELIGIBLE if NOT_MET in results else CHECK if UNKNOWN in results else ELIGIBLE
    estimate = None
    if policy.kind == "support" and eligibility != NOT_ELIGIBLE:
        estimate = policy.benefit.cap_for(business.size_class)
    return PolicyMatch(policy, eligibility, tuple(reasons), estimate)


def match_policies(catalog: Catalog, business: Business, on: date) -> tuple[PolicyMatch, ...]:
    """Every catalog entry matched; eligible first, then check, then not_eligible, catalog order within."""
    matches = [match_policy(p, business, on) for p in catalog.policies]
    order = {p.id: i for i, p in enumerate(catalog.policies)}
    return tuple(sorted(matches, key=lambda m: (_ELIGIBILITY_ORDER[m.eligibility], order[m.policy.id])))


def with_relevant_steps(match: PolicyMatch, steps: Iterable[Any]) -> PolicyMatch:
    """The roadmap steps (RoadmapStep) this policy can pay for, or, for an obligation, the step it enforces."""
    funds = set(match.policy.funds)
    relevant = tuple(s.question_id for s in steps
                     if funds & set(s.funding) or match.policy.id in s.obligated_by)
    return replace(match, relevant_steps=relevant)


def with_compliance(match: PolicyMatch, result: Any, instrument: Any) -> PolicyMatch:
    """For an obligation that applies, one more reason: whether the answers show it met.

    It informs, it does not decide: whether the duty applies is the matching's business, and an unmet
    duty becomes the first roadmap step. `result` is the scoring Result of the same assessment.
    """
    duty = match.policy.obligation
    if match.policy.kind != "obligation" or duty is None or match.eligibility == "not_eligible":
        return match
    question = instrument.question(duty.question_id)
    if question is None:  # an instrument without the question cannot tell
        return match
    scored = result.questions.get(duty.question_id)
    topic = question.topic or question.text
    if scored is None or not scored.applicable or scored.level is None:
        reason = Reason("answers", UNKNOWN, text(
            f"Chưa có câu trả lời cho «{topic['vi']}», nên chưa biết cơ sở đã đáp ứng chưa",
            f"'{topic['en']}' is not answered yet, so whether the business complies is not known"))
    elif scored.level >= duty.min_level:
        reason = Reason("answers", MET, text(
            f"Câu trả lời cho thấy đã đáp ứng: «{topic['vi']}» ở mức {scored.level} (cần từ mức {duty.min_level})",
            f"The answers show it is met: '{topic['en']}' at level {scored.level} (level {duty.min_level} needed)"))
    else:
        reason = Reason("answers", NOT_MET, text(
            f"Câu trả lời cho thấy chưa đáp ứng: «{topic['vi']}» ở mức {scored.level}, cần từ mức {duty.min_level}; "
            "đây là bước đầu tiên của lộ trình",
            f"The answers show it is not met: '{topic['en']}' at level {scored.level}, level {duty.min_level} "
            "needed; it is the first roadmap step"))
    return replace(match, reasons=match.reasons + (reason,))
