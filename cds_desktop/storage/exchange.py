"""Files carried between machines: one assessment (the assessment file), or a bundle of several.

Import checks every file and every assessment first and writes nothing if anything is wrong; then
it saves everything in one atomic write. The same business is recognised by tax code (then by id).
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path
from typing import Any, Iterable, Sequence

from .. import __version__
from ..domain.assessment import AssessmentFile, parse_assessment_file
from ..domain.business import Business
from ..domain.sample import sample_file
from ..errors import InputError, Problem
from ..fileio import read_json, write_atomically
from ..i18n import text, tr
from .records import AssessmentSummary
from .repository import Repository

BUNDLE_FORMAT = "cds-bundle"
BUNDLE_VERSION = 1
ON_CONFLICT = ("skip", "replace", "keep-both")


@dataclass
class ImportReport:
    added: list[str] = field(default_factory=list)  # assessment ids
    replaced: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    kept_both: list[tuple[str, str]] = field(default_factory=list)  # (id in the file, new id)
    businesses_added: list[str] = field(default_factory=list)
    businesses_matched: list[str] = field(default_factory=list)

    def render(self, lang: str = "vi") -> str:
        return tr(text(
            f"Đã nhập {len(self.added)} đánh giá mới, thay {len(self.replaced)}, bỏ qua {len(self.skipped)} "
            f"(đã có), giữ cả hai {len(self.kept_both)}; {len(self.businesses_added)} cơ sở mới, "
            f"{len(self.businesses_matched)} cơ sở đã có.",
            f"Imported {len(self.added)} new assessments, replaced {len(self.replaced)}, skipped "
            f"{len(self.skipped)} (already stored), kept both {len(self.kept_both)}; "
            f"{len(self.businesses_added)} new businesses, {len(self.businesses_matched)} already stored."), lang)

    def to_json(self) -> dict[str, Any]:
        return {"added": self.added, "replaced": self.replaced, "skipped": self.skipped,
                "kept_both": [{"file_id": a, "new_id": b} for a, b in self.kept_both],
                "businesses_added": self.businesses_added, "businesses_matched": self.businesses_matched}


def export_assessment(repo: Repository, assessment_id: str, path: str | Path) -> None:
    write_atomically(path, repo.assessment_file(assessment_id).dumps().encode("utf-8"))


def bundle_json(files: Iterable[AssessmentFile]) -> dict[str, Any]:
    return {"format": BUNDLE_FORMAT, "format_version": BUNDLE_VERSION, "app_version": __version__,
            "exported_at": datetime.now().astimezone().isoformat(timespec="seconds"),
            "assessments": [f.to_json() for f in files]}


def export_bundle(repo: Repository, path: str | Path, business_id: str | None = None) -> int:
    """Every assessment in the store (or of one business) in one file; returns how many."""
    if business_id is not None:
        ids = [s.id for s in repo.assessments_of(business_id)]
    else:
        ids = [s.id for entry in repo.list_businesses() for s in entry.assessments]
    files = [repo.assessment_file(i) for i in ids]
    doc = bundle_json(files)
    write_atomically(path, (json.dumps(doc, ensure_ascii=False, indent=2) + "\n").encode("utf-8"))
    return len(files)


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
    """Every file checked; one error listing every problem in every file, or all the assessments."""
    problems: list[Problem] = []
    files: list[AssessmentFile] = []
    for path in paths:
        try:
            files += read_exchange_file(path)
        except InputError as exc:
            problems += _with_source(exc)
    if problems:
        raise InputError(problems)
    return files


def import_files(repo: Repository, paths: Sequence[str | Path], on_conflict: str = "skip") -> ImportReport:
    return import_assessments(repo, read_all(paths), on_conflict)


def import_assessments(repo: Repository, files: Sequence[AssessmentFile], on_conflict: str = "skip") -> ImportReport:
    if on_conflict not in ON_CONFLICT:
        raise ValueError(f"on_conflict must be one of {ON_CONFLICT}")
    report = ImportReport()
    with repo.transaction("before-import"):
        for f in files:
            business = _resolve_business(repo, f.business, report)
            assessment = f.assessment
            exists = _stored(repo, assessment.id)
            if exists and on_conflict == "skip":
                report.skipped.append(assessment.id)
                continue
            if exists and on_conflict == "keep-both":
                fresh = str(uuid.uuid4())
                report.kept_both.append((assessment.id, fresh))
                assessment = replace(assessment, id=fresh)
            else:
                (report.replaced if exists else report.added).append(assessment.id)
            repo.save_assessment(business.id, assessment, touch=False)
    return report


def _stored(repo: Repository, assessment_id: str) -> bool:
    try:
        repo.summary(assessment_id)
    except InputError:
        return False
    return True


def _resolve_business(repo: Repository, business: Business, report: ImportReport) -> Business:
    """The stored business with the same tax code, else the same id, else a new one."""
    found = repo.find_business_by_tax_code(business.tax_code)
    if found is None and business.id:
        try:
            candidate = repo.get_business(business.id)
        except InputError:
            candidate = None
        if candidate is not None and (not candidate.tax_code or not business.tax_code):
            found = candidate
    if found is not None:
        if found.id not in report.businesses_matched and found.id not in report.businesses_added:
            report.businesses_matched.append(found.id)
        return found
    stored = repo.add_business(business)
    report.businesses_added.append(stored.id)
    return stored


def add_sample(repo: Repository) -> AssessmentSummary:
    """The shipped sample business and its assessment, added once ("Open the sample business")."""
    sample = sample_file()
    import_assessments(repo, [sample], "skip")
    return repo.summary(sample.assessment.id)
