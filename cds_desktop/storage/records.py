"""How businesses and assessments are kept in the database, and the score summary stored with each
assessment so that listing 10,000 of them needs no re-scoring."""

from __future__ import annotations

import math
from typing import Any, Container, Mapping, NamedTuple

from ..domain import question_types
from ..domain.assessment import Answer, Assessment, Assessor
from ..domain.business import Business
from ..domain.instrument import Instrument
from ..domain.scoring import LEVEL_NAMES, score
from ..i18n import tr


class AreaFigure(NamedTuple):
    score: float | None  # None: no question of the area counted
    level: int | None


class AssessmentSummary(NamedTuple):
    """What a list shows of an assessment (a tuple: 10,000 of them are built fast at first listing)."""

    id: str
    business_id: str
    stage: str
    assessed_on: str
    status: str
    updated_at: str
    instrument_id: str
    instrument_version: str
    overall_score: float | None  # None only when the instrument is not installed
    overall_level: int | None
    completeness: float | None
    size_class: str
    areas: Mapping[str, AreaFigure] = {}

    def to_json(self, lang: str = "vi") -> dict[str, Any]:
        return {
            "id": self.id, "business_id": self.business_id, "stage": self.stage, "assessed_on": self.assessed_on,
            "status": self.status, "updated_at": self.updated_at,
            "instrument": {"id": self.instrument_id, "version": self.instrument_version},
            "overall_score": self.overall_score, "overall_level": self.overall_level,
            "overall_level_name": None if self.overall_level is None else tr(LEVEL_NAMES[self.overall_level], lang),
            "completeness": self.completeness, "size_class": self.size_class,
            "areas": {a: {"score": f.score, "level": f.level} for a, f in self.areas.items()},
        }


def business_record(business: Business) -> dict[str, Any]:
    return {k: v for k, v in business.to_json().items() if k != "id"}


def business_from_record(business_id: str, record: Mapping[str, Any]) -> Business:
    return Business.from_json({**record, "id": business_id})


def assessment_record(assessment: Assessment, business_id: str, instrument: Instrument | None) -> dict[str, Any]:
    if instrument is not None:
        body = assessment.to_json(instrument)
    else:  # keep what we were given; answer types follow their fields
        body = {"answers": {qid: a.to_json(question_types.holding(a).name) for qid, a in assessment.answers.items()}}
    record = {k: v for k, v in body.items() if k != "id"}
    record.update({"business_id": business_id, "stage": assessment.stage, "assessed_on": assessment.assessed_on,
                   "status": assessment.status, "updated_at": assessment.updated_at,
                   "instrument": {"id": assessment.instrument_id, "version": assessment.instrument_version}})
    if assessment.amended_at:
        record["amended_at"] = assessment.amended_at
    if assessment.assessor is not None:
        record["assessor"] = {"name": assessment.assessor.name, "organization": assessment.assessor.organization}
    return record


def assessment_from_record(assessment_id: str, record: Mapping[str, Any],
                           instrument: Instrument | None) -> Assessment:
    def qtype(qid: str, raw: Mapping[str, Any]) -> str:
        q = instrument.question(qid) if instrument else None
        return q.type if q else question_types.answered_in(raw).name

    assessor = record.get("assessor")
    return Assessment(
        id=assessment_id, stage=record["stage"], assessed_on=record["assessed_on"],
        instrument_id=record["instrument"]["id"], instrument_version=record["instrument"]["version"],
        answers={qid: Answer.from_json(raw, qtype(qid, raw)) for qid, raw in record.get("answers", {}).items()},
        assessor=Assessor(assessor["name"], assessor.get("organization") or "") if assessor else None,
        status=record.get("status") or "draft", targets=dict(record.get("targets") or {}),
        updated_at=record.get("updated_at") or "", amended_at=record.get("amended_at") or "",
    )


def summary_record(instrument: Instrument | None, business: Business, assessment: Assessment) -> dict[str, Any]:
    if instrument is None:
        return {"overall_score": None, "overall_level": None, "completeness": None,
                "size_class": business.size_class.value, "areas": {}}
    result = score(instrument, business, assessment)
    return {
        "overall_score": result.overall.score if result.overall.score is not None else 0.0,
        "overall_level": result.overall_level, "completeness": round(float(result.completeness), 4),
        "size_class": result.size_class.value,
        "areas": {a.id: [a.score, a.level] for a in result.areas},
    }


def summary_from_record(assessment_id: str, record: Mapping[str, Any]) -> AssessmentSummary:
    s = record.get("summary") or {}
    areas = {a: AreaFigure(score, level) for a, (score, level) in s.get("areas", {}).items()}
    return AssessmentSummary(
        id=assessment_id, business_id=record["business_id"], stage=record["stage"],
        assessed_on=record["assessed_on"], status=record.get("status") or "draft",
        updated_at=record.get("updated_at") or "", instrument_id=record["instrument"]["id"],
        instrument_version=record["instrument"]["version"], overall_score=s.get("overall_score"),
        overall_level=s.get("overall_level"), completeness=s.get("completeness"),
        size_class=s.get("size_class", "unknown"), areas=areas)


# -- checking stored records -----------------------------------------------------------------------
# A file that parses can still be wrong inside (edited by hand, written by a broken tool, damaged on
# disk). Every record is checked when the database is opened and before a backup is restored, so that
# no later listing, scoring or save meets a value of the wrong kind.

def _text(v: Any) -> bool:
    return isinstance(v, str)


def _opt_text(v: Any) -> bool:
    return v is None or isinstance(v, str)


def _opt_number(v: Any) -> bool:
    """None or a finite number: Python's json reads NaN, Infinity and 1e309 (infinite) without complaint."""
    return v is None or (isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v))


def _opt_int(v: Any) -> bool:
    return v is None or (isinstance(v, int) and not isinstance(v, bool))


def _aliases(v: Any) -> bool:
    return isinstance(v, list) and all(isinstance(a, str) for a in v)


_BUSINESS_FIELDS = {
    "name": _text, "entity_type": _text, "sector": _text, "tax_code": _opt_text, "industry": _opt_text,
    "province": _opt_text, "commune": _opt_text, "address": _opt_text, "updated_at": _opt_text,
    "employees": _opt_number, "annual_revenue_vnd": _opt_number, "total_capital_vnd": _opt_number,
    "produces_goods": lambda v: v is None or isinstance(v, bool),
    "contact": lambda v: v is None or (isinstance(v, dict) and all(_opt_text(x) for x in v.values())),
}
_REQUIRED_BUSINESS = ("name", "entity_type", "sector")


def _answer_ok(raw: Any) -> bool:
    if not isinstance(raw, dict) or not _opt_text(raw.get("note")):
        return False
    if "level" in raw and not _opt_int(raw["level"]):
        return False
    selected = raw.get("selected")
    return selected is None or (isinstance(selected, list) and all(isinstance(s, str) for s in selected))


def _summary_ok(s: Any) -> bool:
    if not isinstance(s, dict):
        return False
    if not (_opt_number(s.get("overall_score")) and _opt_int(s.get("overall_level"))
            and _opt_number(s.get("completeness")) and _opt_text(s.get("size_class"))):
        return False
    areas = s.get("areas", {})
    return isinstance(areas, dict) and all(
        isinstance(f, list) and len(f) == 2 and _opt_number(f[0]) and _opt_int(f[1]) for f in areas.values())


_ASSESSMENT_FIELDS = {
    "business_id": _text, "stage": _text, "assessed_on": _text, "status": _opt_text, "updated_at": _opt_text,
    "amended_at": _opt_text,
    "instrument": lambda v: isinstance(v, dict) and _text(v.get("id")) and _text(v.get("version")),
    "answers": lambda v: isinstance(v, dict) and all(_answer_ok(a) for a in v.values()),
    "targets": lambda v: v is None or (isinstance(v, dict) and all(_opt_int(t) for t in v.values())),
    "assessor": lambda v: v is None or (isinstance(v, dict) and _text(v.get("name"))
                                       and _opt_text(v.get("organization"))),
    "summary": _summary_ok,
}
_REQUIRED_ASSESSMENT = ("business_id", "stage", "assessed_on", "instrument")


def _record_problem(record: Any, fields: Mapping[str, Any], required: tuple[str, ...]) -> str | None:
    """The first field that is missing or of the wrong kind, or None."""
    if not isinstance(record, dict):
        return ""
    for name in required:
        if name not in record:
            return name
    for name, ok in fields.items():
        if name in record and not ok(record[name]):
            return name
    for extra in ("imported_as", "merged_from"):
        if extra in record and not _aliases(record[extra]):
            return extra
    return None


def business_record_problem(record: Any) -> str | None:
    return _record_problem(record, _BUSINESS_FIELDS, _REQUIRED_BUSINESS)


def assessment_record_problem(record: Any, business_ids: Container[str]) -> str | None:
    problem = _record_problem(record, _ASSESSMENT_FIELDS, _REQUIRED_ASSESSMENT)
    if problem is None and record["business_id"] not in business_ids:
        return "business_id"
    return problem
