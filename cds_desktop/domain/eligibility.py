"""Matching a business against the policy catalog: eligible, to check or not eligible, with reasons.

There is no code per policy: the criteria are data in the catalog (see policies.py). Every criterion
gives one Reason (met / not_met / unknown, in vi and en):
  any not_met -> not_eligible; else any unknown -> check; else eligible.
A `note` informs without deciding (the current text of a duty whose earlier, verified text already
made it binding is not yet checked: the duty applies, the new details are to confirm).
A policy not in force on the date asked about is never eligible; a proposed one is `check` at best.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any, Iterable

from ..formats import format_date, format_money, in_both
from ..i18n import Text, fold_diacritics, text, tr
from .business import SIZE_CLASS_NAMES, Business, SizeClass, size_class_is_estimate
from .policies import STATUS_NAMES, Catalog, Criterion, Policy
from .vocabulary import entity_type_names, sector_names

ELIGIBLE, CHECK, NOT_ELIGIBLE = "eligible", "check", "not_eligible"
MET, NOT_MET, UNKNOWN, NOTE = "met", "not_met", "unknown", "note"
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
    size_class: Any = None  # the SizeClass NĐ 80/2021 gives the business (never a cooperative's estimate)

    @property
    def is_proposed(self) -> bool:
        return self.policy.status == "proposed"

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
            "status_note": tr(p.status_note, lang) if p.status_note else None,
            "verified": p.verified,
            "effective_from": p.effective_from.isoformat() if p.effective_from else None,
            "effective_to": p.effective_to.isoformat() if p.effective_to else None,
            "replaced_by": p.replaced_by, "continues": p.continues,
            "eligibility": self.eligibility, "eligibility_name": self.eligibility_name(lang),
            "reasons": [r.to_json(lang) for r in self.reasons],
            "to_confirm": [tr(t, lang) for t in self.to_confirm],
            "funds": list(p.funds), "benefit": tr(p.benefit.description, lang),
            "higher_cap_vnd": p.benefit.higher_cap_for_size(self.size_class) if self.size_class else None,
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


def _status_reason(p: Policy, on: date) -> Reason:
    """The catalog's status is as of its baseline; a text replaced or expired since was in force before its end."""
    if p.status == "in_force":
        return Reason("status", MET, STATUS_NAMES["in_force"])
    if p.status in ("replaced", "expired"):
        end = p.effective_to
        if end is not None and on <= end:
            return Reason("status", MET, text(f"Có hiệu lực vào {format_date(on, 'vi')} (đến hết {format_date(end, 'vi')})",
                                              f"In force on {format_date(on, 'en')} (until {format_date(end, 'en')})"))
        if p.status == "replaced" and end is not None:  # loading refuses a replaced entry without its end
            since = in_both(format_date, end + timedelta(days=1))
            # The replacement is a fact about the new text: an unverified successor makes it unverified too,
            # even beside an old text that was itself verified.
            hedge = text("", "") if p.successor_verified else text(
                " (theo nguồn thứ cấp; văn bản mới chưa được đối chiếu với bản chính thức)",
                " (per secondary sources; the new text has not been checked against the official text)")
            return Reason("status", NOT_MET, text(f"Đã được thay thế từ {since['vi']} bởi {p.successor_number}{hedge['vi']}",
                                                  f"Replaced from {since['en']} by {p.successor_number}{hedge['en']}"))
        return Reason("status", NOT_MET, STATUS_NAMES["expired"])
    agency = p.how_to_apply.agency_in_sentence
    note = {lang: f" ({tr(p.status_note, lang)})" if p.status_note else "" for lang in ("vi", "en")}
    return Reason("status", UNKNOWN, text(f"Đề xuất, chưa ban hành{note['vi']}: hãy xác nhận với {agency['vi']}",
                                          f"Proposed, not enacted{note['en']}: confirm with {agency['en']}"))


def _binding_origin(p: Policy) -> Policy | None:
    """For a duty carried on from an earlier text that was verified with its dates, that earlier text."""
    origin = p.duty_origin
    if p.kind != "obligation" or origin is p or not (origin.verified and origin.dates_verified):
        return None
    return origin


def _dates_reason(p: Policy, on: date) -> Reason:
    start, end = p.effective_from, p.effective_to
    origin = _binding_origin(p)
    if (origin is not None and origin.effective_from is not None and start is not None and on >= start
            and (end is None or on <= end)):
        return Reason("effective_dates", MET, text(
            f"Bắt buộc từ {format_date(origin.effective_from, 'vi')} ({origin.legal_number}); "
            f"từ {format_date(start, 'vi')} theo {p.legal_numbers}",
            f"Mandatory since {format_date(origin.effective_from, 'en')} ({origin.legal_number}); "
            f"from {format_date(start, 'en')} under {p.legal_numbers}"))
    if start is None and p.status == "proposed":
        return Reason("effective_dates", UNKNOWN, text("Chưa ban hành nên chưa có ngày hiệu lực",
                                                       "Not enacted, so it has no start date"))
    if start is None:
        return Reason("effective_dates", UNKNOWN, text("Chưa rõ ngày có hiệu lực", "The start date is not known"))
    if on < start:
        return Reason("effective_dates", NOT_MET, text(f"Chưa có hiệu lực vào {format_date(on, 'vi')} (từ {format_date(start, 'vi')})",
                                                       f"Not in force on {format_date(on, 'en')} (starts {format_date(start, 'en')})"))
    if end is not None and on > end:
        return Reason("effective_dates", NOT_MET, text(f"Không còn hiệu lực vào {format_date(on, 'vi')} (chỉ có hiệu lực đến hết {format_date(end, 'vi')})",
                                                       f"No longer in force on {format_date(on, 'en')} (ended {format_date(end, 'en')})"))
    if not p.dates_verified:
        return Reason("effective_dates", UNKNOWN, text(
            f"Ngày áp dụng chưa được xác minh (không sớm hơn {format_date(start, 'vi')})",
            f"When it applies is unverified (not before {format_date(start, 'en')})"))
    until = text(f" đến {format_date(end, 'vi')}", f" until {format_date(end, 'en')}") if end else text("", "")
    return Reason("effective_dates", MET, text(f"Có hiệu lực từ {format_date(start, 'vi')}{until['vi']}",
                                               f"In force from {format_date(start, 'en')}{until['en']}"))


def _verified_reason(p: Policy) -> Reason:
    if p.verified:
        return Reason("verified", MET, text("Đã đối chiếu với văn bản chính thức", "Checked against the official text"))
    origin = _binding_origin(p)
    if origin is not None:
        return Reason("verified", NOTE, text(
            f"Nghĩa vụ đã được xác minh theo {origin.legal_number}; văn bản hiện hành {p.legal_numbers} chưa được "
            f"đối chiếu với bản chính thức: hỏi {p.how_to_apply.agency['vi']} về các điểm mới",
            f"The duty is verified under {origin.legal_number}; the current text {p.legal_numbers} has not been "
            f"checked against the official text: ask {p.how_to_apply.agency_in_sentence['en']} about what changed"))
    return Reason("verified", UNKNOWN, text(
        f"Thông tin chưa được đối chiếu với văn bản chính thức; hãy xác nhận với {p.how_to_apply.agency['vi']}",
        f"Not yet checked against the official text; confirm with {p.how_to_apply.agency_in_sentence['en']}"))


_PROFILE_FIELDS = {"entity_types": "entity_type", "size_classes": "size_class", "sectors": "sector",
                   "provinces": "province"}
_TOPICS: dict[str, Text] = {
    "entity_types": text("Loại hình", "Entity type"), "size_classes": text("Quy mô", "Size class"),
    "sectors": text("Ngành", "Sector"), "provinces": text("Tỉnh", "Province"),
}


def _label(kind: str, value: str) -> Text:
    names = {"entity_types": entity_type_names(), "sectors": sector_names(),
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


def _estimated_size_reason(policy: Policy, crit: Criterion, business: Business) -> Reason | None:
    """A size rule for a business whose size class is only an estimate (a cooperative: not an enterprise, outside
    NĐ 80/2021). The rule's classes are the decree's, written for enterprises, so the estimate never decides:
    - the policy names the type itself (its `entity_types.in`) and covers businesses with no NĐ 80 class
      (`not_applicable` in the size rule's `in`): the type is named without a size, the rule is met;
    - the policy does not cover the type at all (NĐ 80's supports for a cooperative): no size reason, the type
      alone decides and the size would only add a line to confirm for nothing;
    - otherwise: to confirm, saying why; never "not eligible" because of a size the law does not give it."""
    kind = entity_type_names().get(business.entity_type) or text(business.entity_type, business.entity_type)
    kind_vi, kind_en = kind["vi"].lower(), kind["en"].lower()
    named = policy.beneficiaries.get("entity_types")
    if named is not None and business.entity_type not in named.values + named.confirm:
        return None
    if named is not None and business.entity_type in named.values and SizeClass.NOT_APPLICABLE.value in crit.values:
        return Reason("size_class", MET, text(
            f"Quy mô: {kind_vi} được nêu đích danh, không kèm giới hạn quy mô — thuộc đối tượng",
            f"Size: a {kind_en} is named as such, with no size limit — covered"))
    sizes = [_label("size_classes", v) for v in crit.values if v != SizeClass.NOT_APPLICABLE.value]
    covered = {lang: _listed([s[lang].lower() for s in sizes], joiner) for lang, joiner in (("vi", "và"), ("en", "and"))}
    if business.size_class in (SizeClass.UNKNOWN, SizeClass.NOT_APPLICABLE):
        estimate = text("", "")
    else:
        label = business.size_class.label
        estimate = text(f" ({label['vi'].lower()})", f" ({label['en'].lower()})")
    return Reason("size_class", UNKNOWN, text(
        f"Quy mô: điều kiện quy mô này dành cho doanh nghiệp {covered['vi']} (theo cách xếp của NĐ 80/2021); "
        f"{kind_vi} không phải doanh nghiệp, nên quy mô ước tính theo ngưỡng doanh nghiệp{estimate['vi']} không "
        "quyết định: hãy hỏi cơ quan tiếp nhận",
        f"Size: this size rule is for {covered['en']} enterprises (as Decree 80/2021 classes them); a {kind_en} is "
        f"not an enterprise, so its size estimated by the enterprise thresholds{estimate['en']} does not decide: "
        "ask the agency"))


def _listed(items: list[str], joiner: str) -> str:
    """'a, b and c'."""
    return items[0] if len(items) == 1 else f"{', '.join(items[:-1])} {joiner} {items[-1]}"


_FLAG_TEXTS: dict[str, tuple[Text, Text, Text]] = {  # (met, not met, unknown)
    "sells_to_consumers": (
        text("Bán trực tiếp cho người tiêu dùng — thuộc phạm vi", "Sells directly to consumers — in scope"),
        text("Không bán trực tiếp cho người tiêu dùng — ngoài phạm vi (chỉ áp dụng khi bán lẻ, ăn uống, lưu trú, "
             "vận tải hành khách… cho người tiêu dùng)",
             "Does not sell directly to consumers — out of scope (it applies to retail, food and drink, "
             "accommodation, passenger transport… sold to consumers)"),
        text("Chưa rõ cơ sở có bán trực tiếp cho người tiêu dùng (bán lẻ, ăn uống, lưu trú, vận tải hành khách…) "
             "không: hãy ghi trong hồ sơ",
             "Whether the business sells directly to consumers (retail, food and drink, accommodation, passenger "
             "transport…) is not known: say so in the profile")),
    "produces_goods": (
        text("Có sản xuất, chế biến — thuộc đối tượng", "Produces or processes goods — covered"),
        text("Không sản xuất, chế biến — chỉ dành cho cơ sở sản xuất, chế biến",
             "Does not produce or process goods — only for production and processing businesses"),
        text("Chưa rõ cơ sở có sản xuất, chế biến không", "Whether the business produces goods is not known")),
}


def _flag_reason(flag: str, business: Business) -> Reason:
    value = business.profile_value(flag)
    met, not_met, unknown = _FLAG_TEXTS[flag]
    if value is None:
        return Reason(flag, UNKNOWN, unknown)
    return Reason(flag, MET, met) if value else Reason(flag, NOT_MET, not_met)


def _revenue_reason(minimum: int, business: Business) -> Reason:
    revenue = business.annual_revenue_vnd
    floor = in_both(format_money, minimum)
    if revenue is None:
        return Reason("annual_revenue", UNKNOWN, text(
            f"Chưa có doanh thu năm (ngưỡng {floor['vi']}): hãy nhập trong hồ sơ",
            f"Annual revenue not entered (threshold {floor['en']}): complete the profile"))
    shown = in_both(format_money, revenue)
    if revenue >= minimum:
        return Reason("annual_revenue", MET, text(f"Doanh thu {shown['vi']} từ ngưỡng {floor['vi']} trở lên",
                                                  f"Revenue {shown['en']} is at or above {floor['en']}"))
    return Reason("annual_revenue", NOT_MET, text(f"Doanh thu {shown['vi']} dưới ngưỡng {floor['vi']}",
                                                  f"Revenue {shown['en']} is below {floor['en']}"))


def match_policy(policy: Policy, business: Business, on: date) -> PolicyMatch:
    reasons = [_status_reason(policy, on), _dates_reason(policy, on), _verified_reason(policy)]
    for kind in ("entity_types", "size_classes", "sectors", "provinces"):
        if kind == "size_classes" and kind in policy.beneficiaries and size_class_is_estimate(business.entity_type):
            estimated = _estimated_size_reason(policy, policy.beneficiaries[kind], business)
            reasons += [estimated] if estimated is not None else []
        elif kind in policy.beneficiaries:
            reasons.append(_criterion_reason(kind, policy.beneficiaries[kind], business))
    minimum = policy.min_revenue_for(business.entity_type)
    if minimum is not None:
        reasons.append(_revenue_reason(minimum, business))
    reasons += [_flag_reason(flag, business) for flag in policy.flags]
    for condition in policy.conditions:
        if condition.decides_eligibility:
            reasons.append(Reason(f"condition.{condition.id}", UNKNOWN, text(
                f"Cần xác nhận: {condition.text['vi']}", f"To confirm: {condition.text['en']}")))
    results = {r.result for r in reasons}
    eligibility = NOT_ELIGIBLE if NOT_MET in results else CHECK if UNKNOWN in results else ELIGIBLE
    estimate = None
    if policy.kind == "support" and eligibility != NOT_ELIGIBLE:
        estimate = policy.benefit.cap_for(business.legal_size_class)  # never by a cooperative's estimated size
    return PolicyMatch(policy, eligibility, tuple(reasons), estimate, size_class=business.legal_size_class)


def match_policies(catalog: Catalog, business: Business, on: date) -> tuple[PolicyMatch, ...]:
    """Every catalog entry matched; eligible first, then check, then not_eligible, catalog order within."""
    matches = [match_policy(p, business, on) for p in catalog.policies]
    order = {p.id: i for i, p in enumerate(catalog.policies)}
    return tuple(sorted(matches, key=lambda m: (_ELIGIBILITY_ORDER[m.eligibility], order[m.policy.id])))


def with_relevant_steps(match: PolicyMatch, steps: Iterable[Any]) -> PolicyMatch:
    """The roadmap steps (RoadmapStep) that list this support, or, for an obligation, the steps it enforces or
    recalls."""
    pid = match.policy.id
    relevant = tuple(s.question_id for s in steps
                     if pid in {m.policy.id for m in (*s.policies, *s.reminders)} or pid in s.obligated_by)
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
