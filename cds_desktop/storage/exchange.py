"""Files carried between machines: one assessment (the assessment file), or a bundle of several.

Import checks every file and every assessment first and writes nothing if anything is wrong; then
it saves everything in one atomic write. An incoming business is a stored one when the ids match and
so does the identity (tax code, or without one the name), or when the tax codes match, or when the ids
match and it was only corrected on another laptop (tax code added, name's accents fixed); otherwise it is
another business. Importing the same files again changes nothing.

An assessment is the same assessment when the consultant recorded the same things (`Repository.is_same_assessment`):
its stage and time of change may differ, as a merge changes them. Found in its business, it is already stored.
Found under another business here (the two entries were merged on the other laptop), it is not stored again: the
report names the entry holding it and the merge that makes the two laptops agree (`SuggestedMerge`). Only a
different assessment whose id is taken gets a new id.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, Iterable, Sequence

from .. import __version__
from ..domain.assessment import AssessmentFile, date_note, import_problems, parse_assessment_file
from ..domain.business import Business
from ..domain.sample import sample_file
from ..errors import InputError, Problem, shortened
from ..fileio import read_json, write_atomically
from ..formats import format_count, format_date, in_both
from ..i18n import Text, fold_diacritics, nfc, one_line, text, tr
from .records import AssessmentSummary
from .repository import FIX_ASSESSMENT, Repository, StoredProblems

BUNDLE_FORMAT = "cds-bundle"
BUNDLE_VERSION = 1
ON_CONFLICT = ("skip", "replace", "keep-both")


# What happened to one assessment of an imported file.
ADDED = "added"  # stored under the id it has in the file
RENUMBERED = "renumbered"  # its id belongs to another business's assessment: stored under a new id
REPLACED = "replaced"  # the stored version of the same assessment was replaced
SKIPPED = "skipped"  # the stored version of the same assessment was kept
KEPT_BOTH = "kept-both"  # stored beside the stored version, under a new id
UNCHANGED = "unchanged"  # the same assessment is stored already (its stage may differ after a merge): nothing to do
ELSEWHERE = "elsewhere"  # the same assessment is stored already under another business (merged on the other laptop)
# What happened to its business.
MATCHED, NEW_BUSINESS, NEW_BUSINESS_ID = "matched", "added", "renumbered"

_OUTCOMES = {
    ADDED: text("đánh giá mới", "new assessments"),
    RENUMBERED: text("đánh giá mới mang mã mới (mã trong tệp là của một đánh giá thuộc cơ sở khác)",
                     "new assessments given a new id (the file's id is that of another business's assessment)"),
    REPLACED: text("thay bản đã lưu", "replaced the stored version"),
    SKIPPED: text("giữ bản đã lưu, bỏ qua bản trong tệp", "kept the stored version, skipped the file's"),
    KEPT_BOTH: text("giữ cả hai bản (bản trong tệp mang mã mới)", "kept both versions (the file's under a new id)"),
    UNCHANGED: text("đã có, giống hệt: không đổi gì", "already stored, identical: nothing changed"),
    ELSEWHERE: text("đã có ở đây nhưng thuộc một cơ sở khác: không lưu thêm bản sao",
                    "already stored here under another business: no copy stored"),
}
_BUSINESS_OUTCOMES = {
    MATCHED: text("cơ sở đã có", "businesses already stored"),
    NEW_BUSINESS: text("cơ sở mới", "new businesses"),
    NEW_BUSINESS_ID: text("cơ sở mới mang mã mới (mã trong tệp là của một cơ sở khác)",
                          "new businesses given a new id (the file's id is another business's)"),
}
SHOWN_RECORDS = 20  # a dialog or a terminal lists this many records, then "… and N more"


@dataclass(frozen=True)
class ImportedRecord:
    source: str  # the file it came from
    business_name: str
    business_id: str  # as stored
    business_outcome: str  # MATCHED, NEW_BUSINESS or NEW_BUSINESS_ID
    stage: str
    assessed_on: str  # ISO, as in the file and the JSON output; shown as the reader writes dates
    file_id: str  # the assessment's id in the file
    stored_id: str  # its id in the store (for SKIPPED: the stored version that was kept)
    outcome: str  # one of _OUTCOMES
    held_by_id: str = ""  # ELSEWHERE: the business here that holds the stored version
    held_by_name: str = ""
    date_note: Text | None = None  # stored, but its day is after today or out of its stages' order (date_note)

    def render(self, lang: str) -> str:
        where = f"{self.source}: " if self.source else ""
        moved = "" if self.stored_id == self.file_id else f" → {self.stored_id}"
        if self.outcome == ELSEWHERE:
            held_by = one_line(self.held_by_name)
            outcome = tr(text(f"đã có ở đây, thuộc cơ sở «{held_by}» (mã {self.held_by_id}): không lưu thêm bản sao",
                              f"already stored here under “{held_by}” (id {self.held_by_id}): no copy stored"), lang)
        else:
            outcome = tr(_OUTCOMES[self.outcome], lang)
        return (f"{where}{one_line(self.business_name)} — {self.stage} {format_date(self.assessed_on, lang)} "
                f"({self.file_id}{moved}): {outcome}")

    def to_json(self) -> dict[str, Any]:
        out = {"file": self.source, "business": {"name": self.business_name, "id": self.business_id,
                                                 "outcome": self.business_outcome},
               "stage": self.stage, "assessed_on": self.assessed_on, "file_id": self.file_id,
               "stored_id": self.stored_id, "outcome": self.outcome}
        if self.outcome == ELSEWHERE:
            out["held_by"] = {"name": self.held_by_name, "id": self.held_by_id}
        if self.date_note is not None:
            out["date_note"] = dict(self.date_note)
        return out


@dataclass(frozen=True)
class SuggestedMerge:
    """Assessments of a business in the file that are stored here under another entry: on the other laptop
    the two entries were most likely merged (the only way an assessment changes business), so the same
    merge here makes the two laptops agree. The app does not merge by itself: the consultant decides."""

    keep_id: str  # the business the file files them under, as stored here
    keep_name: str
    other_id: str  # the entry here that holds them
    other_name: str
    assessments: int

    def command(self) -> str:
        return f"cds-cli merge {self.keep_id} {self.other_id}"

    def render(self, lang: str) -> str:
        """Two lines, what was found and how to merge: a window shows lines of up to 400 characters."""
        count = format_count(self.assessments, lang, "lần đánh giá", "assessment", "assessments")
        keep, other = f"«{one_line(self.keep_name)}»", f"«{one_line(self.other_name)}»"
        keep_en, other_en = f"“{one_line(self.keep_name)}”", f"“{one_line(self.other_name)}”"
        return tr(text(
            f"{other} (mã {self.other_id}) ở máy này đang giữ {count} mà trên máy kia thuộc {keep} (mã "
            f"{self.keep_id}): có lẽ hai mục này đã được gộp ở máy đó.\nĐể gộp giống vậy ở đây: {self.command()} "
            f"(trong cửa sổ: chọn {keep} rồi «Gộp với cơ sở khác…», chọn {other}).",
            f"{other_en} (id {self.other_id}) holds here {count} that the other laptop files under {keep_en} (id "
            f"{self.keep_id}): the two entries were probably merged there.\nTo merge them here too: "
            f"{self.command()} (in the window: select {keep_en}, then “Merge with another business…” and choose "
            f"{other_en})."), lang)

    def to_json(self) -> dict[str, Any]:
        return {"keep": {"id": self.keep_id, "name": self.keep_name},
                "other": {"id": self.other_id, "name": self.other_name},
                "assessments": self.assessments, "command": self.command()}


@dataclass
class ImportReport:
    records: list[ImportedRecord] = field(default_factory=list)

    def _ids(self, outcome: str) -> list[str]:
        return [r.stored_id for r in self.records if r.outcome == outcome]

    @property
    def added(self) -> list[str]:
        return self._ids(ADDED)

    @property
    def replaced(self) -> list[str]:
        return self._ids(REPLACED)

    @property
    def skipped(self) -> list[str]:
        return self._ids(SKIPPED)

    @property
    def unchanged(self) -> list[str]:
        return self._ids(UNCHANGED)

    @property
    def kept_both(self) -> list[tuple[str, str]]:
        return [(r.file_id, r.stored_id) for r in self.records if r.outcome == KEPT_BOTH]

    @property
    def renumbered(self) -> list[tuple[str, str]]:
        return [(r.file_id, r.stored_id) for r in self.records if r.outcome == RENUMBERED]

    def _businesses(self, *outcomes: str) -> list[str]:
        return list(dict.fromkeys(r.business_id for r in self.records if r.business_outcome in outcomes))

    @property
    def businesses_added(self) -> list[str]:
        return self._businesses(NEW_BUSINESS, NEW_BUSINESS_ID)

    @property
    def businesses_matched(self) -> list[str]:
        return self._businesses(MATCHED)

    @property
    def changed(self) -> bool:
        return any(r.outcome not in (SKIPPED, UNCHANGED, ELSEWHERE) for r in self.records)

    @property
    def elsewhere(self) -> list[str]:
        return self._ids(ELSEWHERE)

    def suggested_merges(self) -> list[SuggestedMerge]:
        """One per pair of entries (the file's business, the one here holding its assessments), in file order."""
        pairs: dict[tuple[str, str], list[ImportedRecord]] = {}
        for r in self.records:
            if r.outcome == ELSEWHERE:
                pairs.setdefault((r.business_id, r.held_by_id), []).append(r)
        return [SuggestedMerge(keep, found[0].business_name, other, found[0].held_by_name, len(found))
                for (keep, other), found in pairs.items()]

    def render(self, lang: str = "vi") -> str:
        """Only what happened: the counts that are not zero, the merges that would make this laptop agree with
        the other one, then each record (the first SHOWN_RECORDS)."""
        counts = [f"{tr(label, lang)}: {n}" for outcome, label in _OUTCOMES.items()
                  if (n := sum(1 for r in self.records if r.outcome == outcome))]
        counts += [f"{tr(label, lang)}: {n}" for outcome, label in _BUSINESS_OUTCOMES.items()
                   if (n := len(self._businesses(outcome)))]
        head = tr(text("Nhập xong: ", "Import finished: "), lang) + "; ".join(counts) + "."
        advice = [m.render(lang) for m in self.suggested_merges()]
        check = tr(text("Kiểm tra ngày", "Check the date"), lang)
        dates = [f"{check}: {one_line(r.business_name)} — {r.stage} ({r.stored_id}): {tr(r.date_note, lang)}"
                 for r in self.records if r.date_note is not None]
        return "\n".join([head, *advice, *shortened(dates, SHOWN_RECORDS, lang),
                          *shortened([r.render(lang) for r in self.records], SHOWN_RECORDS, lang)])

    def to_json(self) -> dict[str, Any]:
        return {"added": self.added, "replaced": self.replaced, "skipped": self.skipped,
                "unchanged": self.unchanged,
                "kept_both": [{"file_id": a, "new_id": b} for a, b in self.kept_both],
                "renumbered": [{"file_id": a, "new_id": b} for a, b in self.renumbered],
                "elsewhere": self.elsewhere, "suggested_merges": [m.to_json() for m in self.suggested_merges()],
                "businesses_added": self.businesses_added, "businesses_matched": self.businesses_matched,
                "records": [r.to_json() for r in self.records]}


def refuse_businesses_with_problems(repo: Repository, business_ids: Iterable[str]) -> None:
    """An export carrying a business the checks on the way in refuse (an earlier release stored it) is refused
    here, before anything is written: every copy of the app, this one included, would refuse the whole file on
    import, and the consultant would hear of it only on the other laptop. Names each business, its problems and
    how to fix it; the store is not changed."""
    found = repo.businesses_with_problems(business_ids)
    if found:
        raise refusal(found)


def refusal(found: Sequence[StoredProblems]) -> InputError:
    """Why no file is written: each business an import would refuse, its problems and how to fix it."""
    count = in_both(format_count, len(found), "cơ sở", "business", "businesses")
    head = Problem("", text(
        f"Không ghi tệp: mọi máy sẽ từ chối cả tệp khi nhập, vì {count['vi']} dưới đây có thông tin sai. "
        "Dữ liệu trên máy này không đổi.",
        f"No file written: every laptop would refuse the whole file on import, because of the details of the "
        f"{count['en']} below. The data on this computer is unchanged."))
    return InputError([head, *(Problem("", text("\n".join(f.lines("vi")), "\n".join(f.lines("en")))) for f in found)])


def exportable_file(repo: Repository, assessment_id: str) -> AssessmentFile:
    """The assessment file to export, once its business is known to be one an import takes."""
    loaded = repo.assessment_file(assessment_id)
    refuse_businesses_with_problems(repo, [loaded.business.stored_id])
    if problems := import_problems(loaded):
        raise refusal([StoredProblems(loaded.business, tuple(problems), FIX_ASSESSMENT)])
    return loaded


def export_assessment(repo: Repository, assessment_id: str, path: str | Path) -> None:
    write_atomically(path, exportable_file(repo, assessment_id).dumps().encode("utf-8"))


def bundle_json(files: Iterable[AssessmentFile]) -> dict[str, Any]:
    return {"format": BUNDLE_FORMAT, "format_version": BUNDLE_VERSION, "app_version": __version__,
            "exported_at": datetime.now().astimezone().isoformat(timespec="seconds"),
            "assessments": [f.to_json() for f in files]}


@dataclass(frozen=True)
class BundleContents:
    """What a bundle of the store (or of one business) can carry: every assessment of each business an import
    takes (`files`), and the businesses it cannot carry (`left_out`: an earlier release stored details the checks
    on the way in refuse, so every laptop would refuse the whole file). Reading it changes nothing stored."""

    files: list[AssessmentFile]
    left_out: list[StoredProblems]

    @property
    def businesses(self) -> int:
        """How many businesses the files carry."""
        return len({f.business.stored_id for f in self.files})

    @property
    def others_can_travel(self) -> bool:
        """Some businesses are left out, and others can still go in a file: the user may choose to save those.
        Never true for one business's bundle (its files are all left out with it)."""
        return bool(self.left_out and self.files)

    def to_write(self, leave_out_refused: bool = False) -> list[AssessmentFile]:
        """The files to write. A business an import would refuse makes the whole export refused (`refusal`: each
        one, what is wrong, how to fix it), unless `leave_out_refused` and others can travel: then it is left
        out, and the caller names it to the user."""
        if self.left_out and not (leave_out_refused and self.others_can_travel):
            raise refusal(self.left_out)
        return self.files


def bundle_contents(repo: Repository, business_id: str | None = None) -> BundleContents:
    """Every assessment in the store (or of one business), each with its business, split into those a file can
    carry and the businesses an import would refuse. Read apart from the writing, so a window can read it at once
    and write it in the background."""
    if business_id is not None:
        ids = [s.id for s in repo.assessments_of(business_id)]
    else:
        ids = [s.id for entry in repo.list_businesses() for s in entry.assessments]
    files = [repo.assessment_file(i) for i in ids]
    left_out = repo.businesses_with_problems({f.business.stored_id for f in files})
    refused = {f.business.stored_id for f in left_out}
    in_assessments: dict[str, list[Problem]] = {}
    for f in files:
        if f.business.stored_id not in refused:
            if problems := import_problems(f):
                in_assessments.setdefault(f.business.stored_id, []).extend(problems)
    left_out += [StoredProblems(repo.get_business(key), tuple(problems), FIX_ASSESSMENT)
                 for key, problems in in_assessments.items()]
    refused |= in_assessments.keys()
    return BundleContents([f for f in files if f.business.stored_id not in refused], left_out)


def bundle_files(repo: Repository, business_id: str | None = None) -> list[AssessmentFile]:
    """What a bundle holds, or the refusal naming each business an import would refuse."""
    return bundle_contents(repo, business_id).to_write()


def write_bundle(files: Sequence[AssessmentFile], path: str | Path) -> int:
    """Write the bundle whole or not at all (an existing file is left as it was on failure); how many."""
    doc = bundle_json(files)
    write_atomically(path, (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    return len(files)


def export_bundle(repo: Repository, path: str | Path, business_id: str | None = None) -> int:
    """Every assessment in the store (or of one business) in one file; returns how many."""
    return write_bundle(bundle_files(repo, business_id), path)


def parse_exchange_doc(doc: Any, source: str) -> list[AssessmentFile]:
    """An assessment file or a bundle, validated whole."""
    if isinstance(doc, dict) and doc.get("format") == BUNDLE_FORMAT:
        if doc.get("format_version") != BUNDLE_VERSION or not isinstance(doc.get("assessments"), list):
            raise InputError(Problem("format_version", text(
                f"gói dữ liệu phiên bản {doc.get('format_version')!r} không đọc được; ứng dụng này đọc phiên bản "
                f"{BUNDLE_VERSION} có danh sách 'assessments'",
                f"bundle version {doc.get('format_version')!r} cannot be read; this app reads version "
                f"{BUNDLE_VERSION} with an 'assessments' list")), source)
        problems: list[Problem] = []
        files = []
        for i, item in enumerate(doc["assessments"]):
            try:
                files.append(parse_assessment_file(item, f"{source}[{i}]"))
            except InputError as exc:
                problems += _with_source(exc)
        if problems:
            raise InputError(problems)
        return files
    return [parse_assessment_file(doc, source)]


def _with_source(exc: InputError) -> list[Problem]:
    if not exc.source:
        return exc.problems
    return [Problem(f"{exc.source}: {p.where}" if p.where else exc.source, p.message) for p in exc.problems]


def read_exchange_file(path: str | Path) -> list[AssessmentFile]:
    _, doc = read_json(Path(path))
    return parse_exchange_doc(doc, str(path))


def read_all(paths: Sequence[str | Path]) -> list[AssessmentFile]:
    return [f for _, f in read_labelled(paths)]


def read_labelled(paths: Sequence[str | Path]) -> list[tuple[str, AssessmentFile]]:
    """Every file checked; one error listing every problem in every file, or each assessment with the
    name of the file it came from."""
    problems: list[Problem] = []
    files: list[tuple[str, AssessmentFile]] = []
    for path in paths:
        try:
            files += [(nfc(Path(path).name), f) for f in read_exchange_file(path)]  # macOS names files in NFD
        except InputError as exc:
            problems += _with_source(exc)
    if problems:
        raise InputError(problems)
    return files


def import_files(repo: Repository, paths: Sequence[str | Path], on_conflict: str = "skip") -> ImportReport:
    return import_assessments(repo, read_labelled(paths), on_conflict)


def identity(business: Business) -> tuple[str, str]:
    """What makes two records the same business: the tax code, or without one the name (NFC, case folded)."""
    if business.tax_code:
        return "tax", business.tax_code.strip()
    return "name", " ".join(nfc(business.name).casefold().split())


def import_assessments(repo: Repository, files: Sequence[AssessmentFile | tuple[str, AssessmentFile]],
                       on_conflict: str = "skip") -> ImportReport:
    """Store the assessments of checked files in one write. An assessment is never moved from one
    business to another: one stored here under another business is not stored again when it is the same
    assessment (`Repository.is_same_assessment`: the other laptop merged the two entries), and the report
    suggests that merge; a different one whose id another business's assessment has gets a new id."""
    if on_conflict not in ON_CONFLICT:
        raise ValueError(f"on_conflict must be one of {ON_CONFLICT}")
    report = ImportReport()
    resolved: dict[tuple[str, tuple[str, str]], tuple[Business, str]] = {}
    with repo.transaction("before-import"):
        for item in files:
            source, f = ("", item) if isinstance(item, AssessmentFile) else item  # a record is a tuple too
            key = (f.business.id or "", identity(f.business))
            if key not in resolved:
                found = find_business(repo, f.business)
                if found is not None:
                    resolved[key] = (found, MATCHED)
                else:
                    stored = repo.add_business(f.business)
                    incoming = f.business.id
                    renumbered = bool(incoming) and stored.stored_id != incoming
                    if incoming and renumbered:
                        repo.add_alias("businesses", stored.stored_id, incoming)
                    resolved[key] = (stored, NEW_BUSINESS_ID if renumbered else NEW_BUSINESS)
            business, business_outcome = resolved[key]
            stored_id, outcome = _store(repo, business, f.assessment, on_conflict)
            holder = repo.business_of(stored_id) if outcome == ELSEWHERE else None
            report.records.append(ImportedRecord(
                source, business.name, business.stored_id, business_outcome, f.assessment.stage,
                f.assessment.assessed_on, f.assessment.id, stored_id, outcome,
                holder.stored_id if holder else "", holder.name if holder else ""))
    report.records[:] = _with_date_notes(repo, report.records, None)
    return report


def _with_date_notes(repo: Repository, records: list[ImportedRecord], today: date | None) -> list[ImportedRecord]:
    """Each assessment stored by the import whose day is after today (assessment.latest_day of the clock's
    `today`) or out of its stages' order, with a note saying so: stored as the file has it (the other computer's
    clock may have been wrong), for the user to set."""
    stored = [r for r in records if r.outcome in (ADDED, RENUMBERED, REPLACED, KEPT_BOTH)]
    if not stored:
        return records
    wanted = {r.business_id for r in stored}
    days: dict[str, list[tuple[str, str, str]]] = {}  # business -> (assessment id, stage, day), read once
    for s in repo.summaries():
        if s.business_id in wanted:
            days.setdefault(s.business_id, []).append((s.id, s.stage, s.assessed_on))
    notes = {id(r): date_note(r.stage, r.assessed_on, [(stage, on) for key, stage, on in days.get(r.business_id, [])
                                                       if key != r.stored_id], today) for r in stored}
    return [replace(r, date_note=notes[id(r)]) if notes.get(id(r)) else r for r in records]


def _store(repo: Repository, business: Business, assessment, on_conflict: str) -> tuple[str, str]:
    business_id = business.stored_id
    versions = stored_versions(repo, business_id, assessment.id)
    identical = next((k for k in versions if repo.is_same_assessment(k, assessment)), None)
    if identical is not None:
        return identical, UNCHANGED
    if versions and on_conflict == "skip":
        return versions[0], SKIPPED
    if versions and on_conflict == "replace":
        repo.save_assessment(business_id, assessment._replace(id=versions[0]), touch=False)
        return versions[0], REPLACED
    if not versions:  # the same assessment under another business here: the entries were merged over there
        held = next((k for k in repo.assessments_elsewhere(business_id, assessment.id)
                     if repo.is_same_assessment(k, assessment)), None)
        if held is not None:
            return held, ELSEWHERE
    if versions or _stored(repo, assessment.id):  # keep-both, or the id is another business's
        fresh = assessment._replace(id=str(uuid.uuid4()))
        repo.save_assessment(business_id, fresh, touch=False)
        repo.add_alias("assessments", fresh.id, assessment.id)
        return fresh.id, KEPT_BOTH if versions else RENUMBERED
    repo.save_assessment(business_id, assessment, touch=False)
    return assessment.id, ADDED


def find_business(repo: Repository, business: Business) -> Business | None:
    """The stored business the incoming one is: the business an entry of that id was merged into, else the same id (or an id it was imported under before)
    with the same identity, else the same tax code, else the same id with the same name but for accents,
    case and spaces and no other tax code (corrected on another laptop); for a file without a business id,
    the same identity. None: it is another business."""
    wanted = identity(business)
    if business.id:
        merged = repo.business_merged_from(business.id)  # the consultant said so: no guess
        if merged is not None:
            return merged
        for candidate in repo.businesses_known_as(business.id):
            if identity(candidate) == wanted:
                return candidate
    elif not business.tax_code:  # a file without ids (written by hand or another tool): the name decides
        return next((b for b in repo.businesses() if identity(b) == wanted), None)
    found = repo.find_business_by_tax_code(business.tax_code)
    if found is None and business.id:
        found = next((c for c in repo.businesses_known_as(business.id) if _corrected(c, business)), None)
    return found


def _corrected(stored: Business, incoming: Business) -> bool:
    """The same business edited on another laptop: its tax code added (or still missing on one side) and its
    name's accents, case or spaces fixed. Two tax codes that differ are two businesses."""
    def folded(name: str) -> str:
        return " ".join(fold_diacritics(nfc(name)).casefold().split())

    tax_codes = {stored.tax_code.strip(), incoming.tax_code.strip()} - {""}
    return len(tax_codes) <= 1 and folded(stored.name) == folded(incoming.name)


def stored_versions(repo: Repository, business_id: str, assessment_id: str) -> list[str]:
    """Ids of the stored versions of an incoming assessment within its business: the same id, or a copy
    imported from it before (kept both, or renumbered). The first is the one to replace or keep."""
    return repo.assessments_known_as(business_id, assessment_id)


def conflicts(repo: Repository, files: Sequence[AssessmentFile | tuple[str, AssessmentFile]]) -> int:
    """How many incoming assessments have a different stored version (the question to ask before import)."""
    count = 0
    for item in files:
        f = item if isinstance(item, AssessmentFile) else item[1]  # a record is a tuple too
        business = find_business(repo, f.business)
        if business is None:
            continue
        versions = stored_versions(repo, business.stored_id, f.assessment.id)
        if versions and not any(repo.is_same_assessment(k, f.assessment) for k in versions):
            count += 1
    return count


def _stored(repo: Repository, assessment_id: str) -> bool:
    try:
        repo.summary(assessment_id)
    except InputError:
        return False
    return True


def add_sample(repo: Repository) -> AssessmentSummary:
    """The shipped sample business and its assessment, added once ("Open the sample business")."""
    sample = sample_file()
    import_assessments(repo, [sample], "skip")
    return repo.summary(sample.assessment.id)
