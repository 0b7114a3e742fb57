"""Assessments, their answers, and the assessment file (the exchange format, UTF-8 JSON)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import date, datetime, timezone
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NamedTuple, Protocol, TypeVar

from ..errors import InputError, Problem
from ..fileio import read_json
from ..i18n import Text, nfc, text
from .business import Business, business_problems
from .conditions import applies
from .instrument import Instrument, Question, find_instrument
from .schema import schema_problems

if TYPE_CHECKING:
    from collections.abc import Iterable

    from .edition import Edition

    class Staged(Protocol):
        """An assessment, or what a list shows of one (storage's AssessmentSummary)."""

        @property
        def id(self) -> str: ...
        @property
        def stage(self) -> str: ...
        @property
        def assessed_on(self) -> str: ...

    S = TypeVar("S", bound=Staged)

    class Finished(Staged, Protocol):
        """An assessment, or its summary, with its status ("draft" | "completed")."""

        @property
        def status(self) -> str: ...

FORMAT = "cds-assessment"
FORMAT_VERSION = 1


class Answer(NamedTuple):
    """A ladder answer has `level`; a checklist answer has `selected` and the options the business marked
    "not relevant to us" (`not_relevant`); another question type keeps its `value` (question_types)."""

    level: int | None = None
    selected: tuple[str, ...] | None = None
    note: str = ""
    na: bool = False
    not_relevant: tuple[str, ...] = ()
    value: Any = None

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
        from . import question_types

        return self.na or question_types.of(question).value(self) is not None

    def to_json(self, question_type: str) -> dict[str, Any]:
        """N/A is an explicit null; a note kept on an unanswered question carries no level at all."""
        from . import question_types

        kind = question_types.named(question_type)
        out: dict[str, Any] = {}
        value = None if self.na else kind.value(self)
        if self.na or value is not None:
            out[kind.answer_key] = value
        if self.not_relevant:
            out["not_relevant"] = list(self.not_relevant)
        if self.note:
            out["note"] = self.note
        return out

    @classmethod
    def from_json(cls, data: Mapping[str, Any], question_type: str) -> "Answer":
        from . import question_types

        kind = question_types.named(question_type)
        note = nfc(data.get("note") or "")
        not_relevant = tuple(data.get("not_relevant") or ())
        if kind.answer_key not in data:  # a note or "not relevant" marks given before the question was answered
            return cls(note=note, not_relevant=not_relevant)
        if data[kind.answer_key] is None:
            return cls(note=note, na=True, not_relevant=not_relevant)
        return kind.make_answer(data[kind.answer_key], note, not_relevant)


class Assessor(NamedTuple):
    """Who took the assessment (a consultant, or the owner)."""

    name: str
    organization: str = ""


class Assessment(NamedTuple):
    """One assessment of a business (T0, T1, ...): its answers, against the instrument version it was taken with."""

    id: str
    stage: str
    assessed_on: str  # YYYY-MM-DD
    instrument_id: str
    instrument_version: str
    answers: Mapping[str, Answer] = MappingProxyType({})
    assessor: Assessor | None = None
    status: str = "draft"  # "draft" | "completed"
    targets: Mapping[str, int] = MappingProxyType({})  # consultant-set target level per question
    updated_at: str = ""
    amended_at: str = ""  # when a completed assessment was last reopened for changes (ISO time, UTC)

    @classmethod
    def new(cls, instrument: Instrument, stage: str = "T0", on: date | None = None,
            assessor: Assessor | None = None) -> "Assessment":
        import uuid  # it imports `platform`: loaded when an assessment is made, not when one is read

        return cls(id=str(uuid.uuid4()), stage=stage, assessed_on=(on or assessment_day()).isoformat(),
                   instrument_id=instrument.id, instrument_version=instrument.version, assessor=assessor)

    def with_answer(self, question_id: str, answer: Answer | None) -> "Assessment":
        answers = dict(self.answers)
        if answer is None:
            answers.pop(question_id, None)
        else:
            answers[question_id] = answer
        return self._replace(answers=answers)

    def to_json(self, instrument: Instrument) -> dict[str, Any]:
        from . import question_types

        def qtype(qid: str) -> str:
            q = instrument.question(qid)
            return q.type if q else question_types.holding(self.answers[qid]).name

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
        return self._replace(amended_at=at.astimezone(timezone.utc).isoformat(timespec="seconds"))


class AssessmentFile(NamedTuple):
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
    from . import question_types

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
        kind = question_types.of(q)
        for other in question_types.REGISTRY.values():
            if other is not kind and other.holds(answer):
                problems.append(Problem(where, text(
                    f"câu hỏi dạng {kind.label['vi']} dùng '{kind.answer_key}', không dùng '{other.answer_key}'",
                    f"a {kind.label['en']} question takes '{kind.answer_key}', not '{other.answer_key}'")))
        problems += kind.answer_problems(q, answer, where)
    for qid, level in assessment.targets.items():
        if instrument.question(qid) is None:
            problems.append(Problem(f"assessment.targets.{qid}", text(f"không có câu hỏi '{qid}'", f"there is no question '{qid}'")))
    if assessment.status == "completed":
        missing = [q.id for q in instrument.questions if applies(q, business, assessment.answers)
                   and not (q.id in assessment.answers and assessment.answers[q.id].is_answered(q))]
        if missing:
            from ..formats import format_count, in_both

            count = in_both(format_count, len(missing), "câu chưa trả lời", "unanswered question",
                            "unanswered questions")
            problems.append(Problem("assessment.answers", text(
                f"đánh giá đã hoàn thành nhưng còn {count['vi']}: {', '.join(missing)}; "
                "hãy trả lời hoặc đặt status là 'draft'",
                f"the assessment is completed but has {count['en']}: {', '.join(missing)}; "
                "answer them or set status to 'draft'")))
    return problems


WRONG_CLOCK_YEARS = 2  # how far past the catalog's day an assessment may be dated while the clock is wrong


def latest_day(clock: date | None = None, edition: Edition | None = None) -> date:
    """The last day an assessment may be dated: today by the computer's clock (`clock`, by default today). A
    clock behind the day the policy catalog was checked is surely wrong (a dead clock battery says 1/1/2000;
    edition.policy_day): the real day is that day or later, but how much later the app cannot tell, so any
    day to the end of the year WRONG_CLOCK_YEARS after the catalog's is taken. Bounding at the catalog's day
    itself would refuse the real day of every visit made after the catalog was checked."""
    from .edition import active_edition, clock_day

    clock = clock_day() if clock is None else clock
    as_of = (edition or active_edition()).as_of
    return clock if clock >= as_of else date(as_of.year + WRONG_CLOCK_YEARS, 12, 31)


def assessment_day(clock: date | None = None, edition: Edition | None = None) -> date:
    """The day a new assessment (or a paper form's draft) is dated when none is chosen: today, or, on a
    computer whose clock is behind the policy catalog's day, that day (edition.policy_day), the earliest the
    visit can have been; the window says the clock is wrong, and the day is set on the assessor card."""
    from .edition import policy_day

    return policy_day(clock, edition)


def paper_day(previous: date | None = None, today: date | None = None, edition: Edition | None = None) -> date:
    """The day a paper form's draft is dated until the form's own is given: `assessment_day`, or, for a business
    whose last assessment (`previous`) is dated later (another laptop's clock, a visit recorded ahead), that day:
    the draft follows it and may not be dated before it (paper_date_problems). Never past `latest_day`."""
    day = assessment_day(today, edition)
    if previous is not None and previous > day:
        day = min(previous, latest_day(today, edition))
    return day


def date_bounds(previous: date, today: date | None = None, edition: Edition | None = None) -> tuple[date, date]:
    """When a later assessment may be dated: not before the one it follows (it measures a later state), not
    after the last day that has come (`latest_day` of the clock's `today`; it records what was seen, not what
    is planned)."""
    latest = latest_day(today, edition)
    return min(previous, latest), latest


def stage_number(stage: str) -> int:
    """'T2' -> 2; a stage outside the T0, T1… pattern -> -1 (it sorts first), 'T²' and 'T٣' too (digits
    other than 0-9: a store edited by hand may hold them)."""
    digits = stage[1:]
    return int(digits) if stage[:1] == "T" and digits.isascii() and digits.isdigit() and len(digits) <= 2 else -1


def readable_day(on: object) -> date | None:
    """The day an assessment is dated, or None when its stored text is not a real day written YYYY-MM-DD ('',
    '15/11/2026', 30 February): the store took any text from earlier versions and from hand edits. Such a day
    bounds no other stage; the check names it (date_note)."""
    if not isinstance(on, str) or len(on) != 10 or not on.isascii() or on[4] != "-" or on[7] != "-":
        return None
    try:
        return date.fromisoformat(on)
    except ValueError:
        return None


LAST_STAGE = 99  # two digits, as an assessment file writes a stage ("T0"…"T99")


def stage_problems(stage: str) -> list[Problem]:
    """A stage the order of the stages does not know ("T100", past the last one a file may carry): none is
    stored, for it would sort before T0 and be taken again at the next re-assessment."""
    if stage_number(stage) >= 0:
        return []
    return [Problem("assessment.stage", text(
        f"không có lần đánh giá '{stage}': các lần đánh giá của một cơ sở được đánh số từ T0 đến T{LAST_STAGE}; "
        f"cơ sở đã có T{LAST_STAGE} thì hãy tạo một mục cơ sở mới để đánh giá tiếp",
        f"there is no stage '{stage}': a business's assessments are numbered T0 to T{LAST_STAGE}; for a business "
        f"that has T{LAST_STAGE}, add a new business entry to assess it again"))]


def stage_order(assessment: Staged) -> tuple[int, str, str]:
    """Where an assessment stands among its business's: by stage (T2 before T10, and before a T1 made the same
    day or imported with a wrong day), then by day, then by id (two of a stage made the same day keep one order).
    The order of the list of assessments, of the report's previous assessment and of the window's comparison."""
    return stage_number(assessment.stage), str(assessment.assessed_on), assessment.id


def next_stage(stages: Iterable[str]) -> str:
    """The stage a new assessment of a business takes: T0 for its first, then one past the highest it has (a
    deleted T1 between T0 and T2 is not taken again: the stages keep the order they were made in)."""
    return f"T{max((stage_number(s) for s in stages), default=-1) + 1}"


def earlier_stages(current: Staged, others: Iterable[S]) -> list[S]:
    """The other assessments before `current` in `stage_order`, the first one first; one given twice (the same
    id: a file named twice, or a copy of it) is one of them, taken as first given."""
    place = stage_order(current)
    earlier: dict[str, S] = {}
    for other in others:
        if other.id != current.id and stage_order(other) < place:
            earlier.setdefault(other.id, other)
    return sorted(earlier.values(), key=stage_order)


def previous_stage(current: Staged, others: Iterable[S]) -> S | None:
    """The assessment just before `current` in `stage_order`: the one its report and the window's comparison
    set it against ("since last time"); None for the first one."""
    earlier = earlier_stages(current, others)
    return earlier[-1] if earlier else None


def last_assessment(assessments: Iterable[S]) -> S | None:
    """A business's last assessment: the latest in `stage_order` (T2 after T1 whatever their days, and not the
    last one stored or listed); None for a business not yet assessed."""
    return max(assessments, key=stage_order, default=None)


def next_stage_problems(assessments: Iterable[Finished]) -> list[Problem]:
    """Why the business's next stage may not start, blank or from a copy: its last assessment
    (`last_assessment`) is still a draft. A T3 begun while T2 is unfinished leaves two stages open and T2 with
    nothing to follow on from. The first stage, T0, starts whenever the business has no assessment. None when
    it may start."""
    assessments = list(assessments)
    last = last_assessment(assessments)
    if last is None or last.status == "completed":
        return []
    later, name = next_stage(a.stage for a in assessments), _stage_name(last, assessments)
    return [Problem("assessment.status", text(
        f"{name['vi']} vẫn là bản nháp: {later} chỉ bắt đầu khi lần đánh giá gần nhất đã hoàn thành; "
        f"hãy mở {name['vi']}, hoàn thành rồi mới bắt đầu {later}",
        f"{name['en']} is still a draft: {later} starts only once the last assessment is completed; "
        f"open {name['en']} and complete it, then start {later}"))]


def reassessment_problems(source: Finished, assessments: Iterable[Finished]) -> list[Problem]:
    """Why a re-assessment may not start from a copy of `source` among its business's `assessments`: it starts
    from the last assessment (`last_assessment`) once it is completed (`next_stage_problems`, as a blank one).
    A copy of a draft would carry its unfinished answers into the next stage; a copy of an earlier one would
    pass over the last. None when it may start."""
    assessments = [source, *assessments]
    last = last_assessment(assessments)
    if last is not None and last.id != source.id:
        copied, name = _stage_name(source, assessments), _stage_name(last, assessments)
        return [Problem("assessment.stage", text(
            f"không đánh giá lại từ {copied['vi']}: đánh giá lại bắt đầu từ bản sao của lần đánh giá gần nhất "
            f"({name['vi']})",
            f"no re-assessment from {copied['en']}: a re-assessment starts from a copy of the last assessment "
            f"({name['en']})"))]
    return next_stage_problems(assessments)


def _stage_name(assessment: Staged, assessments: Iterable[Staged]) -> Text:
    """'T2'; while another of the business's assessments has that stage too (two laptops each made a T2), 'T2 of
    1 Nov 2026', and its id as well when that one has the same day: the reader must tell which one is meant."""
    same = {a.id: a for a in assessments if a.stage == assessment.stage and a.id != assessment.id}
    if not same:
        return text(assessment.stage, assessment.stage)
    from ..formats import format_date, in_both

    day = in_both(format_date, str(assessment.assessed_on))
    if any(str(a.assessed_on) == str(assessment.assessed_on) for a in same.values()):
        return text(f"{assessment.stage} ngày {day['vi']}, mã {assessment.id}",
                    f"{assessment.stage} of {day['en']}, id {assessment.id}")
    return text(f"{assessment.stage} ngày {day['vi']}", f"{assessment.stage} of {day['en']}")


def date_range(stage: str, others: list[tuple[str, str]], today: date | None = None,
               edition: Edition | None = None) -> tuple[date | None, date]:
    """When an assessment at `stage` may be dated, among the business's other assessments as (stage,
    assessed_on): not before an earlier stage's day, not after a later stage's day (T0, T1… stay in the order
    they were made), and not after the last day that has come (`latest_day` of the clock's `today`). (None, …)
    when no earlier stage bounds it; never empty."""
    number = stage_number(stage)  # a stage the order does not know ('T100': -1) bounds nothing and is bounded by none
    before = [day for s, on in others if 0 <= stage_number(s) < number and (day := readable_day(on)) is not None]
    after = [day for s, on in others if 0 <= number < stage_number(s) and (day := readable_day(on)) is not None]
    latest = min([latest_day(today, edition), *after])
    return (min(max(before), latest) if before else None), latest


def date_note(stage: str, on: str, others: list[tuple[str, str]], today: date | None = None,
              edition: Edition | None = None) -> Text | None:
    """Why an assessment's day does not fit `date_range` (after today, or out of its stage's order among the
    business's other assessments), and where to set it; None when it fits. For an assessment that came from
    another computer, whose clock may have been wrong: it is stored as it is, and the reader told."""
    from ..formats import format_date, in_both
    from .edition import clock_day

    today = clock_day() if today is None else today
    where = text("Hãy sửa ngày ở thẻ người đánh giá, trang Đánh giá.",
                 "Set the date on the assessor card, Assessment page.")
    day, number = readable_day(on), stage_number(stage)
    if day is None:
        return text(f"ngày đánh giá '{on}' không phải một ngày có thật viết theo dạng NĂM-THÁNG-NGÀY (ví dụ "
                    f"2026-11-03): có thể một phiên bản trước đã ghi như vậy. {where['vi']}",
                    f"the assessment date '{on}' is not a real day written as YEAR-MONTH-DAY (e.g. 2026-11-03): "
                    f"an earlier version may have stored it so. {where['en']}")
    low, high = date_range(stage, others, today, edition)
    if day <= high and (low is None or day >= low):
        return None
    shown = in_both(format_date, day)
    latest = latest_day(today, edition)
    if day > latest:
        after = _after_latest(today, latest, edition)
        return text(f"ngày đánh giá {shown['vi']} {after['vi']}: máy ghi ra tệp có thể đặt sai đồng hồ. {where['vi']}",
                    f"the assessment date {shown['en']} is {after['en']}: the computer that wrote the file may have "
                    f"had a wrong clock. {where['en']}")
    too_early = low is not None and day < low
    readable = [(s, d) for s, on in others if (d := readable_day(on)) is not None]
    if too_early:  # before the latest earlier stage
        other, other_day = max(((s, d) for s, d in readable if 0 <= stage_number(s) < number), key=lambda e: e[1])
    else:  # after the earliest later stage
        other, other_day = min(((s, d) for s, d in readable if 0 <= number < stage_number(s)), key=lambda e: e[1])
    theirs = in_both(format_date, other_day)
    order = text("trước", "before") if too_early else text("sau", "after")
    return text(f"{stage} đề ngày {shown['vi']}, {order['vi']} ngày của {other} ({theirs['vi']}): các lần đánh giá "
                f"T0, T1… phải theo thứ tự ngày. {where['vi']}",
                f"{stage} is dated {shown['en']}, {order['en']} {other} ({theirs['en']}): assessments T0, T1… go in "
                f"the order of their dates. {where['en']}")


def stage_date_notes(assessments: Iterable[S], today: date | None = None,
                     edition: Edition | None = None) -> list[tuple[S, Text]]:
    """A business's assessments whose day does not fit (`date_note`), each with its note: dated after the last day
    that has come, or before an earlier stage's day. Two stages out of order are said once, by the later one (T2
    dated before T1), for either day may be the wrong one. For a store that holds them already: the check."""
    held = list(assessments)
    days = [(a.stage, str(a.assessed_on)) for a in held]
    notes = []
    for assessment in held:
        number = stage_number(assessment.stage)
        earlier = [(stage, on) for stage, on in days if stage_number(stage) < number]
        note = date_note(assessment.stage, str(assessment.assessed_on), earlier, today, edition)
        if note is not None:
            notes.append((assessment, note))
    return notes


def later_date_problems(on: date, previous: date) -> list[Problem]:
    if on < previous:
        from ..formats import format_date

        vi, en = (format_date(on, "vi"), format_date(previous, "vi")), (format_date(on, "en"), format_date(previous, "en"))
        return [Problem("assessed_on", text(
            f"ngày đánh giá {vi[0]} trước ngày của lần đánh giá trước ({vi[1]}); chọn ngày từ đó trở đi",
            f"the assessment date {en[0]} is before the previous assessment's ({en[1]}); choose that day or later"))]
    return []


def _after_latest(today: date, latest: date, edition: Edition | None) -> Text:
    """'after today (03/12/2026)', or, while the clock is behind the catalog, after which day and why."""
    from ..formats import format_date, in_both
    from .edition import active_edition

    last = in_both(format_date, latest)
    if latest == today:
        return text(f"sau hôm nay ({last['vi']})", f"after today ({last['en']})")
    now, checked = in_both(format_date, today), in_both(format_date, (edition or active_edition()).as_of)
    return text(f"sau ngày {last['vi']}, ngày muộn nhất được nhận khi đồng hồ máy tính này sai (đồng hồ chỉ "
                f"{now['vi']}, trước ngày danh mục chính sách được đối chiếu, {checked['vi']})",
                f"after {last['en']}, the latest day taken while this computer's clock is wrong (it says "
                f"{now['en']}, before the day the policy catalog was checked, {checked['en']})")


def paper_date_problems(on: date, today: date | None = None, previous: date | None = None,
                        where: str = "assessed_on", edition: Edition | None = None) -> list[Problem]:
    """The day written on a paper form, which its draft is dated: one that has come (the form records what was
    seen; `latest_day` of the clock's `today`) and, for a business already assessed, not before its last
    assessment (`previous`), whose stage the draft follows."""
    from .edition import clock_day

    today = clock_day() if today is None else today
    latest = latest_day(today, edition)
    if on > latest:
        from ..formats import format_date

        vi, en = format_date(on, "vi"), format_date(on, "en")
        if latest == today:
            now = format_date(today, "vi"), format_date(today, "en")
            said = text(f"ngày {vi} chưa đến (hôm nay là {now[0]})", f"{en} has not come yet (today is {now[1]})")
        else:
            after = _after_latest(today, latest, edition)
            said = text(f"ngày {vi} {after['vi']}", f"{en} is {after['en']}")
        return [Problem(where, text(f"{said['vi']}; ghi ngày đã điền phiếu, ở mục Xác nhận của phiếu",
                                    f"{said['en']}; give the day the form was filled in, from its Signatures section"))]
    problems = later_date_problems(on, previous) if previous is not None else []
    return [Problem(where, p.message) for p in problems]


class Incomplete(InputError):
    """An assessment cannot be completed yet: the problems name the questions left open."""


def completed(instrument: Instrument, business: Business, assessment: Assessment) -> Assessment:
    """The assessment marked completed, once every applicable question is answered (else `Incomplete`)."""
    done = assessment._replace(status="completed")
    problems = answer_problems(instrument, business, done)
    if problems:
        raise Incomplete(problems)
    return done


def status_to_save(instrument: Instrument, business: Business, assessment: Assessment) -> Assessment:
    """Amending a completed assessment: it stays completed while every applicable question is answered and
    is saved as a draft while a question is left open (it is completed again from the questionnaire)."""
    if assessment.status == "completed" and answer_problems(instrument, business, assessment):
        return assessment._replace(status="draft")
    return assessment


def _whole(value: Any) -> Any:
    """The document with every whole number written as a decimal (2.0, 6.2e9) made an int. JSON Schema
    counts them as integers, so they pass the checks, but scoring adds levels as fractions and the store
    would keep 18.0 workers; the file format has no decimal field."""
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, dict):
        return {k: _whole(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_whole(v) for v in value]
    return value


def id_problems(doc: dict[str, Any]) -> list[Problem]:
    """Ids are keys in the store and are shown in lists, the report and the table: bounded, printable
    (no control, zero-width or direction characters) and, for an assessment, not blank."""
    from ..formats import format_number, in_both
    from .limits import ID

    problems = []
    for where, value in (("assessment.id", doc["assessment"]["id"]), ("business.id", doc["business"].get("id"))):
        if not value:
            continue
        if len(value) > ID:
            size = in_both(format_number, len(value))
            why = text(f"dài {size['vi']} ký tự, tối đa {ID}", f"is {size['en']} characters long, at most {ID}")
        elif not value.isprintable():
            why = text("chứa ký tự điều khiển hoặc ký tự ẩn", "holds a control or invisible character")
        elif not value.strip():
            why = text("chỉ có khoảng trắng", "is only spaces")
        else:
            continue
        shown = value[:40].encode("unicode_escape").decode("ascii") + ("…" if len(value) > 40 else "")  # here: the codec loads
        problems.append(Problem(where, text(
            f"mã '{shown}' {why['vi']}; tệp này không do CĐS Desktop ghi ra hoặc đã bị sửa, hãy xuất lại từ máy gốc",
            f"the id '{shown}' {why['en']}; this file was not written by CĐS Desktop or was edited: export it "
            "again on the computer it came from")))
    return problems


def parse_assessment_file(doc: Any, source: str | None = None) -> AssessmentFile:
    """Validate everything first; raise InputError listing every problem, naming each field."""
    doc = _whole(doc)
    problems = schema_problems(doc, "assessment.schema.json") or id_problems(doc)
    if problems:
        raise InputError(problems, source)
    ref = doc["instrument"]
    instrument = find_instrument(ref["id"], ref["version"])
    if instrument is None:
        raise InputError(Problem("instrument", text(
            f"bộ câu hỏi {ref['id']} phiên bản {ref['version']} không có trong ứng dụng này; hãy cập nhật ứng dụng",
            f"instrument {ref['id']} version {ref['version']} is not installed; update the app")), source)
    from . import question_types

    data = doc["assessment"]
    answers = {}
    for qid, raw in data["answers"].items():
        q = instrument.question(qid)
        answers[qid] = Answer.from_json(raw, q.type if q else question_types.answered_in(raw).name)
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


def import_problems(loaded: AssessmentFile) -> list[Problem]:
    """Why an import would refuse the file of a stored assessment (an earlier version stored a day such as
    '15/11/2026', or a stage past T99), each named with the assessment's stage and id; none when it takes it.
    Its business's details are left to business_problems, which names them for the business form."""
    try:
        parse_assessment_file(loaded.to_json())
    except InputError as refused:
        named = f"{loaded.assessment.stage} ({loaded.assessment.id})"
        return [p._replace(where=named + (f" {p.where}" if p.where else ""))
                for p in refused.problems if not p.where.startswith("business")]
    return []


def load_assessment_file(path: str | Path) -> AssessmentFile:
    _, doc = read_json(Path(path))
    return parse_assessment_file(doc, str(path))
