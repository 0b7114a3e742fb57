"""The questionnaire (instrument): areas, DBI pillars and questions, loaded from versioned data files."""

from __future__ import annotations

import re
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple

from ..errors import InstrumentError, Problem
from ..i18n import Text, text
from ..paths import instruments_dir
from .schema import schema_problems
from .vocabulary import unknown_entity_types, unknown_funding, unknown_provinces, unknown_sectors


AREA_IDS = ("business", "management", "production", "ecommerce", "foundation")
PILLAR_IDS = ("customer", "strategy", "technology", "operations", "culture", "data")
LEVELS = range(6)


class Level(NamedTuple):
    """One step of a ladder question: what it looks like in practice, and the next step up."""

    level: int
    text: Text
    next_step: Text | None
    funding: tuple[str, ...] | None = None  # what the next step costs that a support could pay for; None: the question's


class Option(NamedTuple):
    """One practice a checklist question lists."""

    id: str
    text: Text
    exclusive: bool = False
    not_relevant_allowed: bool = False  # the business may say "not relevant to us": it leaves the denominator
    step: Text | None = None  # the roadmap action that adds this option
    funding: tuple[str, ...] | None = None  # what that action costs that a support could pay for; None: the question's


class Question(NamedTuple):
    """A question as the instrument file writes it; its type adds the fields of that type."""

    id: str
    area: str
    pillar: str
    type: str  # a name in question_types.REGISTRY
    weight: float
    text: Text
    help: Text
    example: Text
    topic: Text | None
    na_allowed: bool
    applies_if: Mapping[str, Any] | None
    skip_reason: Text | None
    effort: str
    cost: str
    funding: tuple[str, ...]
    levels: tuple[Level, ...] = ()  # a ladder's
    options: tuple[Option, ...] = ()  # a checklist's
    details: Mapping[str, Any] = MappingProxyType({})  # what another type keeps (question_types)

    @property
    def scored_options(self) -> tuple[Option, ...]:
        return tuple(o for o in self.options if not o.exclusive)

    def option(self, option_id: str) -> Option | None:
        return next((o for o in self.options if o.id == option_id), None)


class Named(NamedTuple):
    """An area or a DBI pillar of the instrument."""

    id: str
    name: Text
    description: Text | None = None


class Instrument(NamedTuple):
    """One released version of a questionnaire, resolved and checked: what answers are scored against."""

    id: str
    version: str
    released: str
    name: Text
    description: Text | None
    areas: tuple[Named, ...]
    pillars: tuple[Named, ...]
    questions: tuple[Question, ...]
    source: str = ""
    by_id: Mapping[str, Question] = MappingProxyType({})  # the questions by id, as the loader builds it

    def question(self, question_id: str) -> Question | None:
        return self.by_id.get(question_id)

    def area(self, area_id: str) -> Named:
        return next(a for a in self.areas if a.id == area_id)

    def pillar(self, pillar_id: str) -> Named:
        return next(p for p in self.pillars if p.id == pillar_id)

    def questions_in(self, area_id: str) -> tuple[Question, ...]:
        return tuple(q for q in self.questions if q.area == area_id)

    @property
    def key(self) -> tuple[str, str]:
        return (self.id, self.version)

    def to_json(self) -> dict[str, Any]:
        """The instrument as `cds-cli instrument --json` prints it (a stable interface)."""

        from . import question_types

        def named(items):
            return [{"id": n.id, "name": dict(n.name)} for n in items]

        def question(q: Question) -> dict[str, Any]:
            out: dict[str, Any] = {
                "id": q.id, "area": q.area, "pillar": q.pillar, "type": q.type, "weight": q.weight,
                "topic": dict(q.topic) if q.topic else None,
                "text": dict(q.text), "help": dict(q.help), "example": dict(q.example),
                "na_allowed": q.na_allowed, "applies_if": q.applies_if,
                "skip_reason": dict(q.skip_reason) if q.skip_reason else None,
                "effort": q.effort, "cost": q.cost, "funding": list(q.funding),
            }
            return out | question_types.of(q).to_json(q)

        return {
            "id": self.id, "version": self.version, "released": self.released,
            "name": dict(self.name), "areas": named(self.areas), "pillars": named(self.pillars),
            "questions": [question(q) for q in self.questions],
        }


def _semantic_problems(doc: Mapping[str, Any]) -> list[Problem]:
    """What the schema cannot say: unique ids, references, and each question type's own rules."""
    from . import question_types

    problems: list[Problem] = []
    questions = doc["questions"]
    ids = [q["id"] for q in questions]
    seen: set[str] = set()
    for qid in ids:
        if qid in seen:
            problems.append(Problem(f"questions[{qid}].id", text("mã câu hỏi bị trùng", "duplicate question id")))
        seen.add(qid)
    for kind, listed in (("areas", [a["id"] for a in doc["areas"]]), ("pillars", [p["id"] for p in doc["pillars"]])):
        if len(set(listed)) != len(listed):
            problems.append(Problem(kind, text("có mã bị trùng", "has a duplicate id")))
    area_ids = {a["id"] for a in doc["areas"]}
    pillar_ids = {p["id"] for p in doc["pillars"]}
    for q in questions:
        where = f"questions[{q['id']}]"
        if q["area"] not in area_ids:
            problems.append(Problem(f"{where}.area", text(f"lĩnh vực '{q['area']}' chưa được khai báo trong areas",
                                                          f"area '{q['area']}' is not declared in areas")))
        if q["pillar"] not in pillar_ids:
            problems.append(Problem(f"{where}.pillar", text(f"trụ cột '{q['pillar']}' chưa được khai báo trong pillars",
                                                            f"pillar '{q['pillar']}' is not declared in pillars")))
        problems += question_types.named(q["type"]).problems(q, where)
        if "applies_if" in q:
            problems += _condition_problems(q["applies_if"], f"{where}.applies_if", ids, q["id"])
        problems += unknown_funding(f"{where}.funding", q["funding"])
    return problems


def _condition_problems(cond: Mapping[str, Any], where: str, ids: list[str], own_id: str) -> list[Problem]:
    if "all" in cond or "any" in cond:
        return [p for sub in cond.get("all", cond.get("any")) for p in _condition_problems(sub, where, ids, own_id)]
    if "not" in cond:
        return _condition_problems(cond["not"], where, ids, own_id)
    if "profile" in cond:
        return _profile_problems(cond["profile"], cond["in"], f"{where}.in")
    if "answer" in cond:
        ref = cond["answer"]
        if ref not in ids or ids.index(ref) >= ids.index(own_id):
            return [Problem(f"{where}.answer", text(f"'{ref}' phải là một câu hỏi đứng trước câu này",
                                                    f"'{ref}' must be a question placed before this one"))]
    return []


def _profile_problems(field: str, values: list[Any], where: str) -> list[Problem]:
    """A skip condition on the profile lists only values the vocabulary (or the size classes) has."""
    from .business import SizeClass

    if field == "entity_type":
        return unknown_entity_types(where, values)
    if field == "sector":
        return unknown_sectors(where, values)
    if field == "province":
        return unknown_provinces(where, values)
    if field == "size_class":
        known = [s.value for s in SizeClass]
        return [Problem(where, text(f"quy mô '{v}' không hợp lệ; dùng: {', '.join(known)}",
                                    f"size class '{v}' is not valid; use: {', '.join(known)}"))
                for v in values if v not in known]
    return []


def _build(doc: Mapping[str, Any], source: str) -> Instrument:
    from . import question_types

    def named(items) -> tuple[Named, ...]:
        return tuple(Named(i["id"], i["name"], i.get("description")) for i in items)

    questions = tuple(
        Question(
            id=q["id"], area=q["area"], pillar=q["pillar"], type=q["type"], weight=q["weight"],
            text=q["text"], help=q["help"], example=q["example"], topic=q.get("topic"),
            na_allowed=q.get("na_allowed", False), applies_if=q.get("applies_if"),
            skip_reason=q.get("skip_reason"), effort=q["effort"], cost=q["cost"],
            funding=tuple(q["funding"]), **question_types.named(q["type"]).build(q),
        )
        for q in doc["questions"]
    )
    return Instrument(
        id=doc["id"], version=doc["version"], released=doc["released"], name=doc["name"],
        description=doc.get("description"), areas=named(doc["areas"]), pillars=named(doc["pillars"]),
        questions=questions, source=source, by_id={q.id: q for q in questions},
    )


def load_instrument(path: str | Path) -> Instrument:
    """A full instrument file, or a version written as changes to another (instrument_changes.py),
    resolved and then checked as a whole."""
    from .instrument_changes import resolve

    doc, base = resolve(Path(path))
    problems = schema_problems(doc, "instrument.schema.json") or _semantic_problems(doc)
    if problems and base is not None:  # a base that fails by itself is named itself
        load_instrument(Path(path).parent / ("-".join(base.rsplit(" ", 1)) + ".json"))
    if problems:  # else, in a changes file, the problem is in what the changes made of the base
        raise InstrumentError(problems, str(path) if base is None else f"{path} ({base} + changes)")
    return _build(doc, str(path))


class _Shipped:
    """Every instrument version shipped with the app, keyed by (id, version): old assessments keep
    scoring with the version they were taken with. A file is named `<id>-<version>.json` (the naming
    `extends` relies on), so one version, or which version is newest, is found without loading the
    others; a folder where a name does not say its version is loaded whole."""

    def __init__(self) -> None:
        self.cache_clear()

    def cache_clear(self) -> None:
        self._files: dict[Path, Instrument] = {}
        self._every: dict[tuple[str, str], Instrument] | None = None

    def __call__(self) -> dict[tuple[str, str], Instrument]:
        if self._every is None:
            every = {}
            for path in sorted(instruments_dir().glob("*.json")):
                instrument = self._load(path)
                every[instrument.key] = instrument
            self._every = every
        return self._every

    def _load(self, path: Path) -> Instrument:
        if path not in self._files:
            self._files[path] = load_instrument(path)
        return self._files[path]

    def _named(self) -> dict[tuple[str, str], Path] | None:
        """(id, version) by file name, or None where a name does not say them."""
        named = {}
        for path in instruments_dir().glob("*.json"):
            instrument_id, _, version = path.stem.rpartition("-")
            if not instrument_id or not _VERSION.fullmatch(version):
                return None
            named[(instrument_id, version)] = path
        return named

    def find(self, instrument_id: str, version: str) -> Instrument | None:
        if self._every is None and (named := self._named()) is not None:
            path = named.get((instrument_id, version))
            instrument = None if path is None else self._load(path)
            if instrument is not None and instrument.key == (instrument_id, version):
                return instrument
        return self().get((instrument_id, version))  # not found by name: every file says what it holds

    def newest(self, instrument_id: str) -> str | None:
        if self._every is None and (named := self._named()) is not None:
            versions = [v for iid, v in named if iid == instrument_id]
        else:
            versions = [v for iid, v in self() if iid == instrument_id]
        return max(versions, key=_version_key, default=None)


_VERSION = re.compile(r"\d+(?:\.\d+)*", re.ASCII)
shipped_instruments = _Shipped()
_instrument_files = shipped_instruments  # the files themselves, even where a test stands in for the above


def shipped_question_ids() -> frozenset[str]:
    """The question ids of every shipped instrument version: what the policy catalog may refer to."""
    return frozenset(q.id for instrument in _instrument_files().values() for q in instrument.questions)


def _version_key(version: str) -> tuple[int, ...]:
    return tuple(int(part) for part in version.split("."))


def _newest(instrument_id: str) -> str | None:
    if isinstance(shipped_instruments, _Shipped):
        return shipped_instruments.newest(instrument_id)
    return max((v for iid, v in shipped_instruments() if iid == instrument_id), key=_version_key, default=None)


def current_instrument(instrument_id: str = "cds-sme") -> Instrument:
    """The newest shipped version of an instrument: the one new assessments use."""
    newest = _newest(instrument_id)
    instrument = None if newest is None else find_instrument(instrument_id, newest)
    if instrument is None:  # a file name that does not say what it holds: what the files hold decides
        versions = [i for (iid, _), i in shipped_instruments().items() if iid == instrument_id]
        instrument = max(versions, key=lambda i: _version_key(i.version), default=None)
    if instrument is None:
        raise InstrumentError(Problem("", text(f"không có bộ câu hỏi '{instrument_id}'",
                                               f"no instrument '{instrument_id}' is installed")))
    return instrument


def find_instrument(instrument_id: str, version: str) -> Instrument | None:
    if isinstance(shipped_instruments, _Shipped):
        return shipped_instruments.find(instrument_id, version)
    return shipped_instruments().get((instrument_id, version))  # a test's stand-in


def older_version_note(instrument: Instrument) -> Text | None:
    """For answers taken with an older version: that they keep it, and which version new ones use."""
    newest = _newest(instrument.id)
    if newest is None or _version_key(instrument.version) >= _version_key(newest):
        return None
    return text(f"Phiên bản {instrument.version} là bản cũ: đánh giá này giữ phiên bản đã trả lời; "
                f"đánh giá mới dùng phiên bản {newest}.",
                f"Version {instrument.version} is an older version: this assessment keeps the version it was "
                f"answered with; new assessments use version {newest}.")
