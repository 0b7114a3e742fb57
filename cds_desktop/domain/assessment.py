"""Assessments, their answers, and the assessment file (the exchange format, UTF-8 JSON)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, replace
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Mapping

from ..errors import InputError, Problem
from ..fileio import read_json
from ..i18n import nfc, text
from .business import Business, business_problems
from .conditions import applies
from .instrument import Instrument, Question, find_instrument
from .schema import schema_problems

FORMAT = "cds-assessment"
FORMAT_VERSION = 1


@dataclass(frozen=True)
class Answer:
    """A ladder answer has `level` (None = N/A); a checklist answer has `selected` (None = N/A) and the
    options the business marked "not relevant to us" (`not_relevant`)."""

    level: int | None = None
    selected: tuple[str, ...] | None = None
    note: str = ""
    na: bool = False
    not_relevant: tuple[str, ...] = ()

    @classmethod
    def ladder(cls, level: int | None, note: str = "") -> "Answer":
        return cls(level=level, note=note, na=level is None)

    @classmethod
    def checklist(cls, selected: list[str] | tuple[str, ...] | None, note: str = "",
                  not_relevant: list[str] | tuple[str, ...] = ()) -> "Answer":
        return cls(selected=None if selected is None else tuple(selected), note=note, na=selected is None,
                   not_relevant=() if selected is None else tuple(not_relevant))

    def is_answered(self, question: Question) -> bool:
        """N/A counts as an answer; a checklist with nothing ticked does not (tick 'none' instead)."""
        if self.na:
            return True
        return self.level is not None if question.type == "ladder" else bool(self.selected)

    def to_json(self, question_type: str) -> dict[str, Any]:
        """N/A is an explicit null; a note kept on an unanswered question carries no level at all."""
        out: dict[str, Any] = {}
        if question_type == "ladder":
            if self.na or self.level is not None:
                out["level"] = self.level
        elif self.na or self.selected:
            out["selected"] = None if self.selected is None else list(self.selected)
        if self.not_relevant:
            out["not_relevant"] = list(self.not_relevant)
        if self.note:
            out["note"] = self.note
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, Any], question_type: str) -> "Answer":
        note = nfc(data.get("note") or "")
        not_relevant = tuple(data.get("not_relevant") or ())
        key = "level" if question_type == "ladder" else "selected"
        if key not in data:  # a note or "not relevant" marks given before the question was answered
            return cls(note=note, not_relevant=not_relevant)
        if question_type == "ladder":
            return cls(level=data["level"], note=note, na=data["level"] is None, not_relevant=not_relevant)
        return cls(selected=None if data["selected"] is None else tuple(data["selected"]), note=note,
                   na=data["selected"] is None, not_relevant=not_relevant)


@dataclass(frozen=True)
class Assessor:
    name: str
    organization: str = ""


@dataclass(frozen=True)
class Assessment:
    id: str
    stage: str
    assessed_on: str  # YYYY-MM-DD
    instrument_id: str
    instrument_version: str
    answers: Mapping[str, Answer] = field(default_factory=dict)
    assessor: Assessor | None = None
    status: str = "draft"  # "draft" | "completed"
    targets: Mapping[str, int] = field(default_factory=dict)  # consultant-set target level per question
    updated_at: str = ""
    amended_at: str = ""  # when a completed assessment was last reopened for changes (ISO time, UTC)

    @classmethod
    def new(cls, instrument: Instrument, stage: str = "T0", on: date | None = None,
            assessor: Assessor | None = None) -> "Assessment":
        import uuid  # it imports `platform`: loaded when an assessment is made, not when one is read

        return cls(id=str(uuid.uuid4()), stage=stage, assessed_on=(on or date.today()).isoformat(),
                   instrument_id=instrument.id, instrument_version=instrument.version, assessor=assessor)

    def with_answer(self, question_id: str, answer: Answer | None) -> "Assessment":
        answers = dict(self.answers)
        if answer is None:
            answers.pop(question_id, None)
        else:
            answers[question_id] = answer
        return replace(self, answers=answers)

    def to_json(self, instrument: Instrument) -> dict[str, Any]:
        def qtype(qid: str) -> str:
            q = instrument.question(qid)
            return q.type if q else "ladder"

        out: dict[str, Any] = {
            "id": self.id, "stage": self.stage, "assessed_on": self.assessed_on, "status": self.status,
            "assessor": None if self.assessor is None else {
                "name": self.assessor.name, "organization": self.assessor.organization},
            "answers": {qid: a.to_json(qtype(qid)) for qid, a in self.answers.items()},
        }
        if self.targets:
            out["targets"] = dict(self.targets)
        if self.updated_at:
            out["updated_at"] = self.updated_at
        if self.amended_at:
            out["amended_at"] = self.amended_at
        return out

    def amend(self, at: datetime | None = None) -> "Assessment":
        """A completed assessment is reopened for changes on purpose, and the time is recorded: it may be the
        baseline of a comparison, so a change to it must never pass unnoticed."""
        at = at or datetime.now(timezone.utc)
        return replace(self, amended_at=at.astimezone(timezone.utc).isoformat(timespec="seconds"))


@dataclass(frozen=True)
class AssessmentFile:
    """One business with one assessment, as carried between machines."""

    business: Business
    assessment: Assessment
    instrument: Instrument

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT, "format_version": FORMAT_VERSION,
            "instrument": {"id": self.instrument.id, "version": self.instrument.version},
            "business": self.business.to_json(),
            "assessment": self.assessment.to_json(self.instrument),
        }

    def dumps(self) -> str:
        return json.dumps(self.to_json(), ensure_ascii=False, indent=2) + "\n"


def answer_problems(instrument: Instrument, business: Business, assessment: Assessment) -> list[Problem]:
    """Answers that do not fit the instrument; for a completed assessment, applicable questions unanswered."""
    problems = []
    for qid, answer in assessment.answers.items():
        where = f"assessment.answers.{qid}"
        q = instrument.question(qid)
        if q is None:
            problems.append(Problem(where, text(
                f"không có câu hỏi '{qid}' trong bộ câu hỏi {instrument.id} {instrument.version}",
                f"there is no question '{qid}' in instrument {instrument.id} {instrument.version}")))
            continue
        if answer.na and not q.na_allowed:
            problems.append(Problem(where, text(
                "câu hỏi này không cho chọn 'Không áp dụng'; hãy chọn một mức",
                "this question does not allow 'not applicable'; choose a level")))
        if q.type == "ladder" and answer.selected is not None:
            problems.append(Problem(where, text("câu hỏi dạng thang mức dùng 'level', không dùng 'selected'",
                                                "a ladder question takes 'level', not 'selected'")))
        if q.type == "checklist":
            if answer.level is not None:
                problems.append(Problem(where, text("câu hỏi dạng danh sách dùng 'selected', không dùng 'level'",
                                                    "a checklist question takes 'selected', not 'level'")))
            for option_id in answer.selected or ():
                if q.option(option_id) is None:
                    known = ", ".join(o.id for o in q.options)
                    problems.append(Problem(f"{where}.selected", text(
                        f"không có lựa chọn '{option_id}'; các lựa chọn: {known}",
                        f"there is no option '{option_id}'; the options are: {known}")))
            exclusive = [o for o in q.options if o.exclusive and o.id in (answer.selected or ())]
            if exclusive and len(answer.selected or ()) > 1:
                problems.append(Problem(f"{where}.selected", text(
                    f"'{exclusive[0].id}' không đi cùng lựa chọn khác", f"'{exclusive[0].id}' cannot be combined with other options")))
        problems += _not_relevant_problems(q, answer, where)
    for qid, level in assessment.targets.items():
        if instrument.question(qid) is None:
            problems.append(Problem(f"assessment.targets.{qid}", text(f"không có câu hỏi '{qid}'", f"there is no question '{qid}'")))
    if assessment.status == "completed":
        missing = [q.id for q in instrument.questions if applies(q, business, assessment.answers)
                   and not (q.id in assessment.answers and assessment.answers[q.id].is_answered(q))]
        if missing:
            problems.append(Problem("assessment.answers", text(
                f"đánh giá đã hoàn thành nhưng còn {len(missing)} câu chưa trả lời: {', '.join(missing)}; "
                "hãy trả lời hoặc đặt status là 'draft'",
                f"the assessment is completed but {len(missing)} questions are unanswered: {', '.join(missing)}; "
                "answer them or set status to 'draft'")))
    return problems


def status_to_save(instrument: Instrument, business: Business, assessment: Assessment) -> Assessment:
    """Amending a completed assessment: it stays completed while every applicable question is answered and
    is saved as a draft while a question is left open (it is completed again from the questionnaire)."""
    if assessment.status == "completed" and answer_problems(instrument, business, assessment):
        return replace(assessment, status="draft")
    return assessment


def _not_relevant_problems(q: Question, answer: Answer, where: str) -> list[Problem]:
    if not answer.not_relevant:
        return []
    where = f"{where}.not_relevant"
    if q.type != "checklist" or answer.na:
        return [Problem(where, text("chỉ câu hỏi dạng danh sách (đã trả lời, không phải 'Không áp dụng') mới có "
                                    "lựa chọn 'không liên quan'",
                                    "only an answered checklist question (not 'not applicable') has options marked "
                                    "'not relevant'"))]
    problems = []
    allowed = [o.id for o in q.options if o.not_relevant_allowed]
    for option_id in answer.not_relevant:
        if option_id not in allowed:
            problems.append(Problem(where, text(
                f"lựa chọn '{option_id}' không thể đánh dấu 'không liên quan'; chỉ có: {', '.join(allowed) or '(không có)'}",
                f"option '{option_id}' cannot be marked 'not relevant'; only these can: {', '.join(allowed) or '(none)'}")))
        elif option_id in (answer.selected or ()):
            problems.append(Problem(where, text(
                f"'{option_id}' vừa được chọn vừa bị đánh dấu 'không liên quan'; hãy bỏ một trong hai",
                f"'{option_id}' is both ticked and marked 'not relevant'; remove one of the two")))
    return problems


def parse_assessment_file(doc: Any, source: str | None = None) -> AssessmentFile:
    """Validate everything first; raise InputError listing every problem, naming each field."""
    problems = schema_problems(doc, "assessment.schema.json")
    if problems:
        raise InputError(problems, source)
    ref = doc["instrument"]
    instrument = find_instrument(ref["id"], ref["version"])
    if instrument is None:
        raise InputError(Problem("instrument", text(
            f"bộ câu hỏi {ref['id']} phiên bản {ref['version']} không có trong ứng dụng này; hãy cập nhật ứng dụng",
            f"instrument {ref['id']} version {ref['version']} is not installed; update the app")), source)
    data = doc["assessment"]
    answers = {}
    for qid, raw in data["answers"].items():
        q = instrument.question(qid)
        answers[qid] = Answer.from_json(raw, q.type if q else ("checklist" if "selected" in raw else "ladder"))
    assessor = data.get("assessor")
    assessment = Assessment(
        id=data["id"], stage=data["stage"], assessed_on=data["assessed_on"],
        instrument_id=instrument.id, instrument_version=instrument.version, answers=answers,
        assessor=None if not assessor else Assessor(nfc(assessor["name"]), nfc(assessor.get("organization") or "")),
        status=data.get("status", "completed"), targets=dict(data.get("targets") or {}),
        updated_at=data.get("updated_at", ""), amended_at=data.get("amended_at", ""),
    )
    business = Business.from_json(doc["business"])
    problems = business_problems(business) + answer_problems(instrument, business, assessment)
    if problems:
        raise InputError(problems, source)
    return AssessmentFile(business, assessment, instrument)


def load_assessment_file(path: str | Path) -> AssessmentFile:
    _, doc = read_json(Path(path))
    return parse_assessment_file(doc, str(path))
