"""Support policies and legal obligations: the catalog, loaded from versioned data files.

Eligibility rules are data: each catalog entry lists which entity types, size classes, sectors and
provinces it covers (values that only *may* qualify are listed under `confirm`), a minimum revenue,
its dates and status, and conditions the app cannot check. `eligibility.py` interprets them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, Iterable, Mapping

from ..errors import InstrumentError, Problem
from ..i18n import Text, text
from .business import SizeClass
from .schema import load_data_file
from .vocabulary import entity_types, province_names, sectors, unknown_entity_types, unknown_funding, unknown_provinces

FORMAT = "cds-policies"

STATUS_NAMES: dict[str, Text] = {
    "in_force": text("Đang có hiệu lực", "In force"),
    "proposed": text("Đang đề xuất (chưa ban hành)", "Proposed (not enacted)"),
    "replaced": text("Đã được thay thế", "Replaced"),
    "expired": text("Đã hết hiệu lực", "Expired"),
}

_ARTICLE = re.compile(r"Điều ([0-9]+(?:–[0-9]+)?)(?: khoản ([0-9]+)(?: điểm ([a-zđ]))?)?")  # as in the schema
_CRITERIA = ("entity_types", "size_classes", "sectors", "provinces")
# Yes/no profile facts a policy may require (beneficiaries.<flag>: true).
PROFILE_FLAGS = ("sells_to_consumers", "produces_goods")


def _criterion_values() -> dict[str, tuple[str, ...]]:
    """The values each beneficiary criterion may list: the vocabulary's, and the size classes."""
    return {"entity_types": tuple(entity_types()),
            "size_classes": tuple(s.value for s in SizeClass if s is not SizeClass.UNKNOWN),
            "sectors": tuple(sectors()), "provinces": province_names()}


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
    higher_cap_vnd: Mapping[str, int] | None = None  # for the groups named in higher_cap_for
    higher_cap_for: Text | None = None

    def cap_for(self, size_class: SizeClass) -> int | None:
        if isinstance(self.cap_vnd, Mapping):
            return self.cap_vnd.get(size_class.value)
        return self.cap_vnd

    def higher_cap_for_size(self, size_class: SizeClass) -> int | None:
        return (self.higher_cap_vnd or {}).get(size_class.value)


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

    @property
    def agency_in_sentence(self) -> Text:
        """The agency inside a sentence ("confirm with the tax office"): the catalog writes it to stand
        alone, as in a table ("The tax office that manages the business")."""
        en = self.agency.get("en", "")
        return {**self.agency, "en": "the " + en[4:] if en.startswith("The ") else en}


@dataclass(frozen=True)
class Obligation:
    question_id: str
    min_level: int  # the answer level from which the obligation is met
    reminds_at: tuple[str, ...] = ()  # other questions whose steps recall it


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
    status: str  # "in_force" | "proposed" | "replaced" | "expired", as of the catalog edition's as_of
    verified: bool
    effective_from: date | None
    effective_to: date | None
    dates_verified: bool
    beneficiaries: Mapping[str, Criterion]  # keys: entity_types, size_classes, sectors, provinces
    min_annual_revenue_vnd: int | Mapping[str, int] | None  # one floor, or one per entity type
    funds: tuple[str, ...]
    benefit: Benefit
    conditions: tuple[Condition, ...]
    how_to_apply: HowToApply
    source: Source
    obligation: Obligation | None = None
    catalog_id: str = ""
    status_note: Text | None = None
    related_texts: tuple[str, ...] = ()  # circulars and decrees issued with it
    replaced_by: str | None = None  # policy id
    continues: str | None = None  # policy id of the earlier text of the same duty or support
    flags: tuple[str, ...] = ()  # PROFILE_FLAGS the business must have
    predecessor: "Policy | None" = None  # resolved `continues`
    successor_number: str | None = None  # legal number of `replaced_by`
    successor_verified: bool | None = None  # whether `replaced_by` was checked against the official text

    @property
    def legal_numbers(self) -> str:
        return " + ".join((self.legal_number, *self.related_texts))

    def min_revenue_for(self, entity_type: str) -> int | None:
        floor = self.min_annual_revenue_vnd
        return floor.get(entity_type) if isinstance(floor, Mapping) else floor

    @property
    def duty_origin(self) -> "Policy":
        """The first text of a duty or support carried on through `continues`."""
        return self.predecessor.duty_origin if self.predecessor else self

    def article_name(self, lang: str) -> str:
        """The article cited, in `lang`: "Điều 14 khoản 1 điểm a" is "Art. 14(1)(a)" in English, "Điều 15–19"
        "Art. 15–19" (the schema allows no other form)."""
        if not self.legal_article or lang == "vi":
            return self.legal_article or ""
        found = _ARTICLE.fullmatch(self.legal_article)
        if found is None:
            raise ValueError(f"policy {self.id}: legal_reference.article {self.legal_article!r} is not cited as "
                             "'Điều N[–N] [khoản N [điểm x]]'")
        article, clause, point = found.groups()
        return f"Art. {article}" + (f"({clause})" if clause else "") + (f"({point})" if point else "")

    def legal_reference_json(self) -> dict[str, Any]:
        return {"number": self.legal_number, "article": self.legal_article,
                "date": self.legal_date.isoformat() if self.legal_date else None, "related": list(self.related_texts)}


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
    """What the schema cannot say: unique ids, scope matching the file, known values and question ids, rules
    that follow the facts."""
    from .instrument import shipped_question_ids

    questions = shipped_question_ids()
    problems: list[Problem] = unknown_provinces("province", [doc["province"]] if "province" in doc else [])
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
        if p["status"] == "replaced" and not (p.get("replaced_by") and end):
            add("replaced_by", "văn bản đã được thay thế phải nêu replaced_by và effective_to",
                "a replaced entry needs replaced_by and effective_to")
        if p.get("replaced_by") and p["status"] != "replaced":
            add("status", "có replaced_by thì status phải là 'replaced'", "with replaced_by the status must be 'replaced'")
        if p["status"] == "proposed" and "status_note" not in p:
            add("status_note", "đề xuất phải nói được đưa ra khi nào và đã được thông qua chưa",
                "a proposal must say when it was made and whether it was adopted")
        benefit = p["benefit"]
        if ("higher_cap_vnd" in benefit) != ("higher_cap_for" in benefit):
            add("benefit.higher_cap_for", "higher_cap_vnd và higher_cap_for phải đi cùng nhau",
                "higher_cap_vnd and higher_cap_for go together")
        if p["kind"] == "support" and not p["funds"]:
            add("funds", "hỗ trợ phải nêu ít nhất một hạng mục được chi trả", "a support must fund at least one category")
        if p["kind"] == "obligation" and p["funds"]:
            add("funds", "nghĩa vụ không chi trả hạng mục nào; để trống", "an obligation funds nothing; leave it empty")
        problems += unknown_funding(f"{where}.funds", p["funds"])
        duty = p.get("obligation")
        if duty is not None:
            for fld, qids in (("question_id", [duty["question_id"]]), ("reminds_at", duty.get("reminds_at", []))):
                for qid in qids:
                    if qid not in questions:
                        add(f"obligation.{fld}", f"'{qid}' không phải mã câu hỏi của bộ câu hỏi",
                            f"'{qid}' is not a question id of the instrument")
        floors = p["beneficiaries"].get("min_annual_revenue_vnd")
        if isinstance(floors, dict):
            problems += unknown_entity_types(f"{where}.beneficiaries.min_annual_revenue_vnd", list(floors))
        for name, allowed in _criterion_values().items():
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
    duty = p.get("obligation")
    return Policy(
        id=p["id"], kind=p["kind"], title=p["title"], summary=p["summary"], issuer=p["issuer"],
        legal_number=ref["number"], legal_article=ref.get("article"), legal_date=_date(ref["date"]),
        scope=p["scope"], province=p.get("province"), status=p["status"], verified=p["verified"],
        effective_from=_date(p["effective_from"]), effective_to=_date(p["effective_to"]),
        dates_verified=p["dates_verified"],
        beneficiaries={k: _criterion(v) for k, v in p["beneficiaries"].items() if k in _CRITERIA},
        min_annual_revenue_vnd=p["beneficiaries"].get("min_annual_revenue_vnd"),
        funds=tuple(p["funds"]),
        benefit=Benefit(b["description"], b.get("percent"), b.get("cap_vnd"), b.get("cap_per"), b.get("duration"),
                        b.get("higher_cap_vnd"), b.get("higher_cap_for")),
        conditions=tuple(Condition(c["id"], c["text"], c["decides_eligibility"]) for c in p["conditions"]),
        how_to_apply=HowToApply(how["agency"], tuple(how["prepare"]), how["verified"]),
        source=Source(src["document"], src["reported_in"], src["reference_tag"], src.get("note")),
        obligation=None if duty is None else Obligation(duty["question_id"], duty["min_level"],
                                                        tuple(duty.get("reminds_at", ()))),
        catalog_id=catalog_id, status_note=p.get("status_note"), related_texts=tuple(ref.get("related", ())),
        replaced_by=p.get("replaced_by"), continues=p.get("continues"),
        flags=tuple(f for f in PROFILE_FLAGS if p["beneficiaries"].get(f) is True),
    )


def load_catalog_file(path: str | Path) -> tuple[CatalogInfo, tuple[Policy, ...]]:
    """One catalog file, validated; errors name the file, the entry id and the field."""
    path = Path(path)
    doc = load_data_file(path, "policies.schema.json", _semantic_problems)
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
    return Catalog(tuple(info for info, _ in loaded), _linked(tuple(p for _, policies in loaded for p in policies), owner))


def _linked(policies: tuple[Policy, ...], owner: Mapping[str, str]) -> tuple[Policy, ...]:
    """Resolve `continues` and `replaced_by` across files; a link to a missing entry names the file and field."""
    by_id = {p.id: p for p in policies}
    for p in policies:
        for fld in ("replaced_by", "continues"):
            target = getattr(p, fld)
            if target is not None and (target not in by_id or target == p.id):
                raise InstrumentError(Problem(f"policies[{p.id}].{fld}", text(
                    f"'{target}' không phải một mục khác trong danh mục", f"'{target}' is not another catalog entry")),
                    owner[p.id])

    def resolved(p: Policy, seen: frozenset[str] = frozenset()) -> Policy:
        if p.id in seen:
            raise InstrumentError(Problem(f"policies[{p.id}].continues", text(
                "chuỗi 'continues' quay vòng", "the 'continues' links form a loop")), owner[p.id])
        predecessor = resolved(by_id[p.continues], seen | {p.id}) if p.continues else None
        successor = by_id[p.replaced_by] if p.replaced_by else None
        return replace(p, predecessor=predecessor, successor_number=successor.legal_number if successor else None,
                       successor_verified=successor.verified if successor else None)

    return tuple(resolved(p) for p in policies)


@cache
def shipped_catalog() -> Catalog:
    """The active catalog: a signed update the user installed, else the files shipped with the app
    (assessments/policies/*.json). `edition.active_catalog()` says which files are active."""
    from .edition import active_catalog

    return active_catalog()[1]
