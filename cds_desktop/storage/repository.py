"""The repository: the one place the GUI and the CLI read and save businesses and assessments.

Nothing else touches TinyDB. Opening takes the writer lock (unless read-only), reads the file once,
moves a damaged file aside (never deletes it) and migrates an older one after a snapshot.
"""

from __future__ import annotations

import logging
import os
import uuid
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator

from tinydb.table import Document

from ..domain.assessment import (Assessment, AssessmentFile, Assessor, Incomplete, answer_problems, completed,
                                 import_problems, later_date_problems, next_stage, next_stage_problems, readable_day,
                                 reassessment_problems, stage_date_notes, stage_order, stage_problems)
from ..domain.business import FIX_IN_FORM, Business, business_problems
from ..domain.instrument import Instrument, current_instrument, find_instrument
from ..errors import InputError, InstrumentError, Problem
from ..i18n import Text, fold_diacritics, one_line, text, tr
from ..paths import BACKUP_FOLDER, DB_NAME, LOCK_NAME, user_data_dir
from . import migrations
from .backups import DEFAULT_KEEP, BackupInfo, Backups, describe_time
from .durable import Database, DamagedFile, DurableStorage, decode, read_file
from .lock import WriterLock, unwritable
from .merge import MergePlan, plan_merge, same_entry
from .migrations import ASSESSMENTS, BUSINESSES, META, SCHEMA_VERSION
from .records import (AssessmentSummary, assessment_from_record, assessment_record, assessment_record_problem,
                      business_from_record, business_record, business_record_problem, summary_from_record,
                      summary_record)

log = logging.getLogger(__name__)
ALIASES = "imported_as"  # ids a record had in files it was imported from, when they were taken here
MERGED = "merged_from"  # ids of entries the consultant merged into this business (storage/merge.py)
# What an assessment record holds besides what the consultant recorded: a merge changes the first two, the
# import the third, and the summary follows from the answers and the business.
_NOT_CONTENT = frozenset({"stage", "updated_at", ALIASES, "summary"})


@dataclass(frozen=True)
class Damage:
    """The database found at start could not be used. Nothing is deleted."""

    reason: str | Text  # what is wrong, e.g. "not valid JSON (...)", a record named in vi and en, or "missing"
    moved_to: Path | None  # where the damaged file now is (None: read-only, left in place, or missing)
    good_backup: BackupInfo | None  # the newest backup that reads correctly

    def message(self) -> Text:
        where = f" Tệp hỏng đã được chuyển sang {self.moved_to}." if self.moved_to else ""
        where_en = f" The damaged file was moved to {self.moved_to}." if self.moved_to else ""
        if self.reason == "missing":
            head = text("Không tìm thấy tệp dữ liệu, nhưng còn bản sao lưu.",
                        "The data file is missing, but backups exist.")
        else:
            head = text(f"Tệp dữ liệu bị hỏng và không đọc được ({self.why('vi')}).{where}",
                        f"The data file is damaged and cannot be read ({self.why('en')}).{where_en}")
        if self.good_backup:
            when = {lang: describe_time(self.good_backup.taken_at, lang) for lang in ("vi", "en")}
            tail = text(f" Có thể khôi phục bản sao lưu tốt gần nhất, lưu {when['vi']}.",
                        f" The newest good backup, saved {when['en']}, can be restored.")
        else:
            tail = text(" Không có bản sao lưu nào đọc được.", " No readable backup exists.")
        return {lang: head[lang] + tail[lang] for lang in head}

    def why(self, lang: str) -> str:
        return self.reason if isinstance(self.reason, str) else tr(self.reason, lang)


@dataclass(frozen=True)
class BusinessEntry:
    business: Business
    assessments: tuple[AssessmentSummary, ...]  # oldest stage first


@dataclass(frozen=True)
class StoredProblems:
    """A stored business that the checks on the way in would now refuse (an earlier release stored it): the store
    still opens and shows it, but a file carrying it is refused by every copy of the app until it is fixed."""

    business: Business
    problems: tuple[Problem, ...]
    fix: Text | None = None  # how to fix it: FIX_IN_FORM, or FIX_ASSESSMENT when it is in one of its assessments

    def lines(self, lang: str) -> list[str]:
        """Its name and id, each problem, and how to fix it."""
        name = one_line(self.business.name)
        head = text(f"{name} (mã {self.business.id}):", f"{name} (id {self.business.id}):")
        return [tr(head, lang), *("  " + p.render(lang) for p in self.problems), "  " + tr(self.fix or FIX_IN_FORM, lang)]

    def to_json(self, lang: str = "vi") -> dict[str, Any]:
        return {"id": self.business.id, "name": self.business.name,
                "problems": [p.render(lang) for p in self.problems], "fix": tr(self.fix or FIX_IN_FORM, lang)}


FIX_ASSESSMENT = text(
    "Cách sửa: trong cửa sổ ứng dụng, mở lần đánh giá được nêu và sửa điều được nêu (ngày đánh giá ở thẻ người đánh "
    "giá, trang «Đánh giá»), rồi ghi lại tệp.",
    "To fix: in the app's window, open the assessment named and correct what is named (its date is on the assessor "
    "card, “Assessment” page), then write the file again.")


@dataclass(frozen=True)
class DateWarning:
    """A stored assessment whose day does not fit (assessment.stage_date_notes): after the last day that has come,
    or before an earlier stage's day, as another computer's wrong clock may have dated it. Kept as it is; the
    consultant sets the day on the assessor card."""

    business: Business
    assessment: AssessmentSummary
    note: Text

    def line(self, lang: str) -> str:
        name = one_line(self.business.name)
        head = text(f"{name} (mã {self.business.id})", f"{name} (id {self.business.id})")
        return f"{tr(head, lang)}: {tr(self.note, lang)}"

    def to_json(self, lang: str = "vi") -> dict[str, Any]:
        return {"business_id": self.business.id, "business": self.business.name, "assessment_id": self.assessment.id,
                "stage": self.assessment.stage, "assessed_on": self.assessment.assessed_on,
                "note": tr(self.note, lang)}


@dataclass(frozen=True)
class HealthReport:
    db_path: Path
    exists: bool
    size: int
    schema_version: int | None
    businesses: int
    assessments: int
    completed: int
    backups: tuple[BackupInfo, ...]
    problems: tuple[Problem, ...]
    damage: Damage | None
    # Readable, but another laptop (or this one, re-importing) refuses a file carrying them: not good data.
    businesses_with_problems: tuple[StoredProblems, ...] = ()
    dates: tuple[DateWarning, ...] = ()  # assessments dated out of their stages' order, or after today

    @property
    def healthy(self) -> bool:
        return not self.problems and self.damage is None and not self.businesses_with_problems and not self.dates

    def to_json(self, lang: str = "vi") -> dict[str, Any]:
        return {
            "healthy": self.healthy, "database": str(self.db_path), "exists": self.exists, "size": self.size,
            "schema_version": self.schema_version,
            "counts": {"businesses": self.businesses, "assessments": self.assessments,
                       "completed": self.completed, "drafts": self.assessments - self.completed},
            "backups": [b.to_json() for b in self.backups],
            "problems": [p.render(lang) for p in self.problems],
            "businesses_with_problems": [b.to_json(lang) for b in self.businesses_with_problems],
            "dates": [d.to_json(lang) for d in self.dates],
            "damage": None if self.damage is None else {
                "reason": self.damage.why(lang), "moved_to": str(self.damage.moved_to) if self.damage.moved_to else None,
                "good_backup": self.damage.good_backup.name if self.damage.good_backup else None,
                "message": self.damage.message()[lang]},
        }


def not_found(kind: Text, item_id: str) -> InputError:
    return InputError(Problem("", text(
        f"không có {kind['vi']} mã '{item_id}'; lệnh 'cds-cli list' cho biết các mã",
        f"there is no {kind['en']} with id '{item_id}'; 'cds-cli list' shows the ids")))


def not_a_folder(data_dir: Path) -> InputError:
    """The data folder named is a file: most often the database itself (cds-desktop.json) given for its folder."""
    return InputError(Problem("", text(
        f"thư mục dữ liệu {data_dir} là một tệp, không phải thư mục; hãy chỉ tới thư mục chứa {DB_NAME} "
        f"(ví dụ {data_dir.parent}) bằng --data-dir hoặc biến CDS_DESKTOP_DATA_DIR",
        f"the data folder {data_dir} is a file, not a folder; name the folder that holds {DB_NAME} "
        f"(for example {data_dir.parent}) with --data-dir or the CDS_DESKTOP_DATA_DIR variable")))


BUSINESS = text("cơ sở kinh doanh", "business")
ASSESSMENT = text("đánh giá", "assessment")


def _completes(instrument: Instrument | None, business: Business, assessment: Assessment) -> bool:
    """Whether a record stored before statuses existed counts as completed: by the domain's rule, with its
    questionnaire known."""
    if instrument is None:
        return False
    try:
        completed(instrument, business, assessment)
    except Incomplete:
        return False
    return True


def _now() -> str:
    return datetime.now().astimezone().isoformat(timespec="seconds")


class Repository:
    """Businesses and their assessments in the user's data folder.

    Use as a context manager or call close(): the writer lock is held while the repository is open.
    """

    def __init__(self, data_dir: str | os.PathLike[str] | None = None, *, read_only: bool = False,
                 keep_backups: int = DEFAULT_KEEP, clock: Callable[[], datetime] = datetime.now,
                 instruments: Callable[[str, str], Instrument | None] = find_instrument):
        self.data_dir = user_data_dir(data_dir)
        self.db_path = self.data_dir / DB_NAME
        if self.data_dir.exists() and not self.data_dir.is_dir():
            raise not_a_folder(self.data_dir)
        self.read_only = read_only
        self.damage: Damage | None = None
        self._instruments = instruments
        self._backups = Backups(self.data_dir / BACKUP_FOLDER, Path(DB_NAME).stem, keep_backups, clock)
        self._lock: WriterLock | None = None
        # Built objects, reused while the stored record is the same object (records are never mutated).
        self._summaries: dict[str, tuple[dict, AssessmentSummary]] = {}
        self._businesses: dict[str, tuple[dict, Business, tuple[str, str]]] = {}
        if not read_only:
            try:
                self.data_dir.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise unwritable(self.data_dir, exc) from None
            self._lock = WriterLock(self.data_dir / LOCK_NAME)
            self._lock.acquire()
        try:
            if not read_only:
                self._backups.ensure_writable(self.data_dir)
                self._tidy()
            self._open()
        except BaseException:
            self.close()
            raise

    def _open(self) -> None:
        migrated = unfilled = False
        opened: bytes | None = None
        try:
            found = read_file(self.db_path)
            tables = None
            if found is not None:
                tables, opened = found
                unfilled = any("summary" not in r or "status" not in r
                               for r in tables.get(ASSESSMENTS, {}).values() if isinstance(r, dict))
                # The bytes this app last wrote (the newest version's checksum) were valid when written:
                # checking 1,500 records again would cost more than reading them.
                ours = self._backups.newest_matches(opened)
                tables, migrated = self._usable(tables, str(self.db_path), checked=ours)
        except DamagedFile as damaged:
            tables = opened = None
            moved_to = None if self.read_only else self._move_aside()
            self.damage = Damage(damaged.reason, moved_to, self._backups.newest_good(self._is_good))
        else:
            if tables is None and self._backups.versions():
                self.damage = Damage("missing", None, self._backups.newest_good(self._is_good))
        existed = tables is not None
        if tables is None:
            tables = migrations.empty()
        self._db = Database(self.db_path, self._backups, tables, migrations.empty, self.read_only,
                            opened=opened, seed=existed and not migrated and not unfilled,
                            storage=DurableStorage)
        self._storage = self._db.storage
        if migrated and existed and not self.read_only:
            self._storage.replace_all(tables, "before-migration")

    def _tidy(self) -> None:
        """Remove temporary files a crash left (each as large as the database), and keep the data private:
        on POSIX the folders are the user's alone (0700) and the files too (0600)."""
        for stray in self.data_dir.glob(f".{DB_NAME}.*.tmp"):
            stray.unlink(missing_ok=True)
        self._backups.remove_strays()
        if os.name == "nt":
            return
        try:
            for folder in (self.data_dir, self._backups.folder):
                os.chmod(folder, 0o700)
            for path in (self.db_path, self.data_dir / LOCK_NAME, *self._backups.folder.iterdir()):
                if path.is_file():
                    os.chmod(path, 0o600)
        except OSError as exc:
            log.warning("could not make the data folder private: %s", exc)

    def _usable(self, tables: migrations.Tables, source: str, checked: bool = False) -> tuple[migrations.Tables, bool]:
        """The tables at the current schema, every record checked (unless `checked`: exactly what this app
        wrote), and whether they were migrated. DamagedFile names what is wrong; NewerDatabase when a
        newer app wrote them."""
        meta = tables.get(META, {}).get(migrations.META_KEY)
        version = meta.get("schema_version") if meta else 0
        if not isinstance(version, int) or isinstance(version, bool) or version < 0:
            raise DamagedFile(text(f"số phiên bản lược đồ {version!r} không hợp lệ",
                                   f"the schema version {version!r} is not valid"))
        migrations.refuse_newer(tables, source)
        migrated = version < SCHEMA_VERSION
        if migrated:
            try:
                tables = migrations.migrate(tables)
            except InputError as exc:
                raise DamagedFile(text(exc.render("vi"), exc.render("en"))) from None
            except Exception as exc:  # any shape a hand-edited old file may have
                raise DamagedFile(f"cannot convert the old format ({exc!r})") from None
        problems = [] if checked and not migrated else record_problems(tables)
        if problems:
            first, more = problems[0], len(problems) - 1
            raise DamagedFile(text(
                first.render("vi") + (f"; và {more} bản ghi khác" if more else ""),
                first.render("en") + (f"; and {more} more records" if more else "")))
        try:
            tables = self._fill_derived(tables)
        except Exception as exc:  # a value the scoring cannot use
            raise DamagedFile(f"a score cannot be computed ({exc!r})") from None
        return tables, migrated

    def _move_aside(self) -> Path:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = self.data_dir / f"{self.db_path.stem}.damaged-{stamp}.json"
        counter = 1
        while target.exists():
            target = self.data_dir / f"{self.db_path.stem}.damaged-{stamp}-{counter}.json"
            counter += 1
        os.replace(self.db_path, target)
        return target

    def _is_good(self, raw: bytes) -> bool:
        """A backup that opens and whose every record is usable."""
        try:
            self._usable(decode(raw), "backup")
        except (DamagedFile, InputError):
            return False
        return True

    def close(self) -> None:
        if self._lock is not None and self._lock.held:
            self._lock.release()

    def __enter__(self) -> "Repository":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- internals ---------------------------------------------------------------------------------

    def _raw(self, table: str) -> dict[str, dict[str, Any]]:
        return self._storage.read().get(table, {})

    def _put(self, table_name: str, key: str, record: dict[str, Any]) -> None:
        """Insert or replace a whole record. Never mutate a stored record in place: the storage and
        the summary cache recognise unchanged records by object identity."""
        table = self._db.table(table_name)
        with self.transaction():
            old = self._raw(table_name).get(key)
            if old is not None:
                for kept in (ALIASES, MERGED):  # ids it was imported under, or merged from, outlive edits
                    if kept in old and kept not in record:
                        record = {**record, kept: old[kept]}
                table.remove(doc_ids=[key])  # type: ignore[list-item]  # our ids are str (durable._Table)
            table.insert(Document(record, doc_id=key))  # type: ignore[arg-type]  # str ids, as above

    def add_alias(self, table_name: str, key: str, alias: str) -> None:
        """Remember that a record was imported under another id, so importing it again finds it."""
        record = self._raw(table_name)[key]
        if alias != key and alias not in record.get(ALIASES, ()):
            self._put(table_name, key, {**record, ALIASES: [*record.get(ALIASES, ()), alias]})

    def businesses_known_as(self, business_id: str) -> list[Business]:
        """The business stored under this id, then those imported under it before."""
        raw = self._raw(BUSINESSES)
        keys = [business_id] if business_id in raw else []
        keys += [k for k, r in raw.items() if business_id in r.get(ALIASES, ()) and k != business_id]
        return [business_from_record(k, raw[k]) for k in keys]

    def business_merged_from(self, business_id: str) -> Business | None:
        """The business an entry with this id was merged into, if the consultant merged it (storage/merge.py)."""
        for key, record in self._raw(BUSINESSES).items():
            if business_id in record.get(MERGED, ()):
                return business_from_record(key, record)
        return None

    def assessments_known_as(self, business_id: str, assessment_id: str) -> list[str]:
        """Ids of this business's assessments stored under `assessment_id` or imported under it before."""
        raw = self._raw(ASSESSMENTS)
        own = raw.get(assessment_id)
        keys = [assessment_id] if own is not None and own.get("business_id") == business_id else []
        return keys + [k for k, r in raw.items() if r.get("business_id") == business_id
                       and assessment_id in r.get(ALIASES, ()) and k != assessment_id]

    def assessments_elsewhere(self, business_id: str, assessment_id: str) -> list[str]:
        """Ids of other businesses' assessments stored under `assessment_id` (first) or imported under it before."""
        raw = self._raw(ASSESSMENTS)
        own = raw.get(assessment_id)
        keys = [assessment_id] if own is not None and own.get("business_id") != business_id else []
        return keys + [k for k, r in raw.items() if r.get("business_id") != business_id
                       and assessment_id in r.get(ALIASES, ()) and k != assessment_id]

    def is_same_assessment(self, key: str, assessment: Assessment) -> bool:
        """Is the stored assessment `key` this one as it was recorded, whichever business holds it? The same
        questionnaire and version, date, assessor, status, answers with their notes and targets (and time of
        amendment); only the stage and the time of change may differ, as a merge renumbers the stages of the
        assessments it moves and stamps the time (storage/merge.py). Anything the consultant recorded that
        differs makes it another assessment."""
        stored = self._raw(ASSESSMENTS).get(key)
        if stored is None:
            return False
        instrument = self.instrument(assessment.instrument_id, assessment.instrument_version)
        incoming = assessment_record(assessment, stored["business_id"], instrument)

        def content(record: dict[str, Any]) -> dict[str, Any]:
            return {k: v for k, v in record.items() if k not in _NOT_CONTENT}
        return content(incoming) == content(stored)

    def instrument(self, instrument_id: str, version: str) -> Instrument | None:
        return self._instruments(instrument_id, version)

    def _fill_derived(self, tables: migrations.Tables) -> migrations.Tables:
        """Status and score summary of records that lack them (after a migration); a filled record is a
        new dict (the encoder knows unchanged records by identity)."""
        assessments = tables.get(ASSESSMENTS, {})
        for key, record in list(assessments.items()):
            if "summary" in record and "status" in record:
                continue
            record = assessments[key] = dict(record)
            business = business_from_record(record["business_id"], tables[BUSINESSES][record["business_id"]])
            instrument = self.instrument(record["instrument"]["id"], record["instrument"]["version"])
            assessment = assessment_from_record(key, record, instrument)
            if "status" not in record:
                record["status"] = "completed" if _completes(instrument, business, assessment) else "draft"
            record.setdefault("updated_at", _now())
            record["summary"] = summary_record(instrument, business, assessment)
        return tables

    def _record_for(self, business: Business, assessment: Assessment) -> dict[str, Any]:
        instrument = self.instrument(assessment.instrument_id, assessment.instrument_version)
        record = assessment_record(assessment, business.stored_id, instrument)
        record["summary"] = summary_record(instrument, business, assessment)
        return record

    def transaction(self, backup_kind: str = "save"):
        """Several changes saved as one: all of them, or (on any error) none."""
        return self._storage.batch(backup_kind)

    # -- businesses --------------------------------------------------------------------------------

    def businesses(self) -> list[Business]:
        """Sorted by name, ignoring diacritics."""
        cache = self._businesses
        found = []
        for key, record in self._raw(BUSINESSES).items():
            cached = cache.get(key)
            if cached is None or cached[0] is not record:
                business = business_from_record(key, record)
                cached = cache[key] = (record, business, (fold_diacritics(business.name), key))
            found.append(cached)
        return [business for _, business, _ in sorted(found, key=lambda c: c[2])]

    def businesses_with_problems(self, business_ids: Iterable[str] | None = None) -> list[StoredProblems]:
        """Stored businesses (all, or those of `business_ids`) the checks on the way in would refuse, by name:
        an earlier release stored them. Nothing is changed; the consultant fixes them in the business form."""
        wanted = None if business_ids is None else set(business_ids)
        found = []
        for business in self.businesses():
            if wanted is None or business.id in wanted:
                problems = business_problems(business)
                if problems:
                    found.append(StoredProblems(business, tuple(problems)))
        return found

    def assessments_with_problems(self) -> list[StoredProblems]:
        """Stored businesses whose details pass but one of whose assessments an import would refuse
        (assessment.import_problems: an earlier version stored a day such as '15/11/2026', or a stage past T99),
        by name. A file carrying them is refused whole, as one carrying a business with wrong details. For the
        check: each assessment is checked as a file is (~0.6 ms). Nothing is changed."""
        return [stored for stored, _ in self._refused_assessments()]

    def _refused_assessments(self) -> list[tuple[StoredProblems, set[str]]]:
        """assessments_with_problems, each with the ids of the assessments it names."""
        found = []
        for entry in self.list_businesses():
            if entry.assessments and not business_problems(entry.business):
                loaded = [f for s in entry.assessments if (f := self._loaded_or_none(s.id)) is not None]
                refused = {f.assessment.id: problems for f in loaded if (problems := import_problems(f))}
                if refused:
                    every = tuple(p for named in refused.values() for p in named)
                    found.append((StoredProblems(entry.business, every, FIX_ASSESSMENT), set(refused)))
        return found

    def _loaded_or_none(self, assessment_id: str) -> AssessmentFile | None:
        try:
            return self.assessment_file(assessment_id)
        except Exception:  # a record that cannot be built, or an instrument not installed: check's _unreadable says it
            return None

    def get_business(self, business_id: str) -> Business:
        record = self._raw(BUSINESSES).get(business_id)
        if record is None:
            raise not_found(BUSINESS, business_id)
        return business_from_record(business_id, record)

    def find_business_by_tax_code(self, tax_code: str) -> Business | None:
        if not tax_code:
            return None
        return next((business_from_record(k, r) for k, r in self._raw(BUSINESSES).items()
                     if r.get("tax_code") == tax_code), None)

    def add_business(self, business: Business) -> Business:
        """Store a new business. It keeps the id it carries (an imported file's) when that id is
        free, so the same business keeps one id across machines; otherwise it gets a fresh one."""
        problems = business_problems(business)
        if problems:
            raise InputError(problems)
        keep = business.id and business.id.strip() and business.id not in self._raw(BUSINESSES)
        stored = business if keep else business.with_id(str(uuid.uuid4()))
        record = business_record(stored)
        record["updated_at"] = _now()
        self._put(BUSINESSES, stored.stored_id, record)
        return stored

    def update_business(self, business: Business) -> Business:
        """Save a changed profile; the scores of its assessments follow (size class, skip logic)."""
        business_id = business.id or ""  # a business never stored is not found
        self.get_business(business_id)
        problems = business_problems(business)
        if problems:
            raise InputError(problems)
        record = business_record(business)
        record["updated_at"] = _now()
        with self.transaction():
            self._put(BUSINESSES, business_id, record)
            for key, stored in list(self._raw(ASSESSMENTS).items()):
                if stored["business_id"] == business_id:
                    assessment = self.get_assessment(key)
                    self._put(ASSESSMENTS, key, self._record_for(business, assessment))
        return business

    def delete_business(self, business_id: str) -> None:
        """Delete a business with all its assessments; the file before is kept as a snapshot."""
        self.get_business(business_id)
        owned = [k for k, r in self._raw(ASSESSMENTS).items() if r["business_id"] == business_id]
        with self.transaction("before-delete"):
            if owned:
                self._db.table(ASSESSMENTS).remove(doc_ids=owned)  # type: ignore[arg-type]  # str ids (durable._Table)
            self._db.table(BUSINESSES).remove(doc_ids=[business_id])  # type: ignore[list-item]  # str ids

    def plan_merge(self, keep_id: str, other_id: str) -> MergePlan:
        """What merging the entry `other_id` into `keep_id` would do (nothing is saved; see storage/merge.py)."""
        if keep_id == other_id:
            raise same_entry(keep_id)
        keep, other = self.get_business(keep_id), self.get_business(other_id)
        return plan_merge(keep, other, self.assessments_of(keep_id), self.assessments_of(other_id))

    def merge_businesses(self, keep_id: str, other_id: str) -> MergePlan:
        """Move every assessment of `other_id` to `keep_id` (stages by date), remove `other_id` and remember its
        ids as ones it was merged from: one save, kept whole or not at all; the data before is kept as a
        snapshot ("before-merge"), which `restore_backup` brings back."""
        self._writable()
        plan = self.plan_merge(keep_id, other_id)
        keep = plan.keep
        moved, stages = set(plan.moved), dict(plan.stages)
        with self.transaction("before-merge"):
            for assessment_id, stage in plan.stages:
                summary = self.summary(assessment_id)
                if assessment_id not in moved and summary.stage == stage:
                    continue
                assessment = self.get_assessment(assessment_id)
                if assessment.stage != stages[assessment_id]:
                    assessment = assessment._replace(stage=stage, updated_at=_now())
                self._put(ASSESSMENTS, assessment_id, self._record_for(keep, assessment))
            kept, removed = self._raw(BUSINESSES)[keep_id], self._raw(BUSINESSES)[other_id]
            merged = [*kept.get(MERGED, ())]
            merged += [i for i in (other_id, *removed.get(ALIASES, ()), *removed.get(MERGED, ()))
                       if i != keep_id and i not in merged]
            self._put(BUSINESSES, keep_id, {**kept, MERGED: merged})
            self._db.table(BUSINESSES).remove(doc_ids=[other_id])  # type: ignore[list-item]  # str ids
        return plan

    # -- assessments -------------------------------------------------------------------------------

    def get_assessment(self, assessment_id: str) -> Assessment:
        record = self._raw(ASSESSMENTS).get(assessment_id)
        if record is None:
            raise not_found(ASSESSMENT, assessment_id)
        instrument = self.instrument(record["instrument"]["id"], record["instrument"]["version"])
        return assessment_from_record(assessment_id, record, instrument)

    def summary(self, assessment_id: str) -> AssessmentSummary:
        record = self._raw(ASSESSMENTS).get(assessment_id)
        if record is None:
            raise not_found(ASSESSMENT, assessment_id)
        cached = self._summaries.get(assessment_id)
        return cached[1] if cached and cached[0] is record else summary_from_record(assessment_id, record)

    def business_of(self, assessment_id: str) -> Business:
        return self.get_business(self.summary(assessment_id).business_id)

    def assessment_file(self, assessment_id: str) -> AssessmentFile:
        """The assessment with its business and instrument: what export, scoring and the report use."""
        assessment = self.get_assessment(assessment_id)
        instrument = self._require_instrument(assessment)
        return AssessmentFile(self.business_of(assessment_id), assessment, instrument)

    def _require_instrument(self, assessment: Assessment) -> Instrument:
        instrument = self.instrument(assessment.instrument_id, assessment.instrument_version)
        if instrument is None:
            raise InputError(Problem("instrument", text(
                f"bộ câu hỏi {assessment.instrument_id} {assessment.instrument_version} không có trong ứng dụng "
                "này; hãy cập nhật ứng dụng",
                f"instrument {assessment.instrument_id} {assessment.instrument_version} is not installed; "
                "update the app")))
        return instrument

    def summaries(self) -> Iterator[AssessmentSummary]:
        cache = self._summaries
        for key, record in self._raw(ASSESSMENTS).items():
            cached = cache.get(key)
            if cached is None or cached[0] is not record:
                cached = cache[key] = (record, summary_from_record(key, record))
            yield cached[1]

    def assessments_of(self, business_id: str) -> list[AssessmentSummary]:
        found = [s for s in self.summaries() if s.business_id == business_id]
        return sorted(found, key=stage_order)  # as the report and the comparison go by it

    def paper_assessment_id(self, business_id: str) -> str:
        """The assessment a paper form printed for this business fills: its open draft, else a new id (a form
        read back then stores a new draft). Raises InputError for an unknown business."""
        self.get_business(business_id)
        drafts = [s for s in self.assessments_of(business_id) if s.status == "draft"]
        return drafts[-1].id if drafts else str(uuid.uuid4())

    def save_assessment(self, business_id: str, assessment: Assessment, touch: bool = True) -> Assessment:
        """Insert or replace; stamps `updated_at` (unless `touch` is False: an import keeps the file's).
        A completed assessment must answer every applicable question."""
        business = self.get_business(business_id)
        instrument = self._require_instrument(assessment)
        problems = stage_problems(assessment.stage) or answer_problems(instrument, business, assessment)
        if problems:
            raise InputError(problems)
        stamped = assessment._replace(updated_at=_now()) if touch or not assessment.updated_at else assessment
        self._put(ASSESSMENTS, stamped.id, self._record_for(business, stamped))
        return stamped

    def delete_assessment(self, assessment_id: str) -> None:
        self.summary(assessment_id)
        with self.transaction("before-delete"):
            self._db.table(ASSESSMENTS).remove(doc_ids=[assessment_id])  # type: ignore[list-item]  # str ids

    def list_businesses(self) -> list[BusinessEntry]:
        """Every business with a summary of each of its assessments (no re-scoring: summaries are stored)."""
        by_business: dict[str, list[AssessmentSummary]] = {}
        for summary in self.summaries():
            by_business.setdefault(summary.business_id, []).append(summary)
        return [BusinessEntry(b, tuple(sorted(by_business.get(b.stored_id, ()), key=stage_order)))
                for b in self.businesses()]

    def next_stage(self, business_id: str) -> str:
        """T0 for a first assessment, then one past the highest stage taken."""
        self.get_business(business_id)
        return next_stage(s.stage for s in self.assessments_of(business_id))

    def start_assessment(self, business_id: str, instrument: Instrument, on: date | None = None,
                         assessor: Assessor | None = None) -> Assessment:
        """A new draft on a blank form at the business's next stage (T0 for its first), dated `on` (today by
        default), by `assessor`. While its last assessment is a draft, the next stage waits for it to be completed
        (`next_stage_problems`, as for a copy): refused, and nothing is stored."""
        self.get_business(business_id)
        summaries = self.assessments_of(business_id)
        if problems := next_stage_problems(summaries):
            raise InputError(problems)
        stage = next_stage(s.stage for s in summaries)
        return self.save_assessment(business_id, Assessment.new(instrument, stage, on, assessor=assessor))

    def copy_for_reassessment(self, assessment_id: str, on: date | None = None,
                              assessor: Assessor | None = None) -> Assessment:
        """A new draft at the next stage, starting from the given answers (on the newest instrument
        version; answers to questions it no longer has are dropped); by `assessor`, else the same one.
        The notes are not copied: they describe what was seen then, and would pass for today's. It is
        dated `on` (today by default), never before the assessment it copies. Only the business's last
        assessment, once completed, is copied (`reassessment_problems`); else nothing is stored."""
        source = self.get_assessment(assessment_id)
        business_id = self.summary(assessment_id).business_id
        if problems := reassessment_problems(self.summary(assessment_id), self.assessments_of(business_id)):
            raise InputError(problems)
        copied_day = readable_day(source.assessed_on)  # an earlier version's '15/11/2026' bounds nothing
        if on is not None and copied_day is not None and (problems := later_date_problems(on, copied_day)):
            raise InputError(problems)
        try:
            instrument = current_instrument(source.instrument_id)
        except InstrumentError:
            instrument = self._require_instrument(source)
        answers = {qid: a._replace(note="") for qid, a in source.answers.items() if instrument.question(qid) is not None}
        targets = {qid: t for qid, t in source.targets.items() if instrument.question(qid) is not None}
        fresh = Assessment.new(instrument, self.next_stage(business_id), on, assessor or source.assessor)._replace(
            answers=answers, targets=targets)
        return self.save_assessment(business_id, fresh)

    # -- integrity and backups ---------------------------------------------------------------------

    def _current_size(self) -> int | None:
        """The database file's size while it holds the newest version (not when damaged or missing)."""
        if self.damage is not None:
            return None
        try:
            return self.db_path.stat().st_size
        except OSError:
            return None

    def backups(self) -> list[BackupInfo]:
        """Earlier versions of the data, newest first."""
        return self._backups.restorable(self._current_size())

    def read_backup(self, backup: BackupInfo) -> bytes:
        """The database file as it was in this backup (OSError or ValueError when it cannot be rebuilt)."""
        return self._backups.read_backup(backup)

    def restore_backup(self, name: str | None = None) -> BackupInfo:
        """Make a backup the database (the newest good one by default); the current file is kept as a snapshot."""
        self._writable()
        size = self._current_size()
        backup = self._backups.find(name, size) if name else self._backups.newest_good(self._is_good, size)
        if backup is None:
            known = ", ".join(b.name for b in self._backups.restorable(size)[:5]) or "—"
            raise InputError(Problem("backup", text(
                f"không có bản sao lưu '{name}'; các bản gần nhất: {known}" if name else
                "không có bản sao lưu nào đọc được",
                f"there is no backup '{name}'; the newest are: {known}" if name else "no readable backup exists")))
        try:
            tables, _ = self._usable(decode(self._backups.read_backup(backup)), backup.name)
        except (DamagedFile, OSError, ValueError, EOFError) as exc:
            why = Damage(exc.reason, None, None).why if isinstance(exc, DamagedFile) else None
            reason = text(str(exc), str(exc)) if why is None else text(why("vi"), why("en"))
            raise InputError(Problem("backup", text(f"bản sao lưu này cũng hỏng ({reason['vi']}); chọn bản khác",
                                                    f"this backup is damaged too ({reason['en']}); choose another")),
                             backup.name) from None
        self._storage.replace_all(tables, "before-restore")
        self.damage = None
        return backup

    def start_empty(self) -> None:
        """After damage, when the user declines to restore: begin with an empty database."""
        self._writable()
        self._storage.replace_all(migrations.empty(), "before-restore")
        self.damage = None

    def _writable(self) -> None:
        if self.read_only:
            raise InputError(Problem("", text("dữ liệu đang mở ở chế độ chỉ đọc", "the data is open read-only")),
                             str(self.db_path))

    def check(self) -> HealthReport:
        """Re-read the file from disk and check that every record in it can be used."""
        problems: list[Problem] = []
        exists = self.db_path.exists()
        on_disk = None
        version = None
        if exists:
            try:
                found = read_file(self.db_path)
                on_disk = found[0] if found else None
            except DamagedFile as damaged:
                problems.append(Problem("", text(f"tệp dữ liệu hỏng: {Damage(damaged.reason, None, None).why('vi')}",
                                                 f"the data file is damaged: {Damage(damaged.reason, None, None).why('en')}")))
        if on_disk is not None:
            version = on_disk.get(META, {}).get(migrations.META_KEY, {}).get("schema_version", 0)
            if version != SCHEMA_VERSION:
                problems.append(Problem(META, text(f"phiên bản lược đồ {version!r}, cần {SCHEMA_VERSION}",
                                                   f"schema version {version!r}, expected {SCHEMA_VERSION}")))
            else:
                problems += record_problems(on_disk)
                problems += self._unreadable(on_disk)
        businesses = self._raw(BUSINESSES)
        assessments = self._raw(ASSESSMENTS)
        if on_disk is not None and not self.read_only and (
                len(on_disk.get(ASSESSMENTS, {})) != len(assessments) or len(on_disk.get(BUSINESSES, {})) != len(businesses)):
            problems.append(Problem("", text("tệp trên đĩa khác với dữ liệu đang mở",
                                             "the file on disk differs from the data in use")))
        refused = self._refused_assessments()
        named = {assessment_id for _, ids in refused for assessment_id in ids}
        return HealthReport(
            db_path=self.db_path, exists=exists, size=self.db_path.stat().st_size if exists else 0,
            schema_version=version if isinstance(version, int) else None,
            businesses=len(businesses), assessments=len(assessments),
            completed=sum(1 for r in assessments.values() if r.get("status") == "completed"),
            backups=tuple(self.backups()), problems=tuple(problems), damage=self.damage,
            businesses_with_problems=(*self.businesses_with_problems(), *(stored for stored, _ in refused)),
            # A day that is no day is one an import refuses: said there, with its stage and how to fix it, not twice.
            dates=tuple(w for w in self.date_warnings()
                        if w.assessment.id not in named or readable_day(w.assessment.assessed_on) is not None))

    def date_warnings(self) -> list[DateWarning]:
        """The stored assessments dated after today or before an earlier stage of their business
        (assessment.stage_date_notes, the import's rule), business by business in name order."""
        return [DateWarning(entry.business, summary, note) for entry in self.list_businesses()
                for summary, note in stage_date_notes(entry.assessments)]

    def _unreadable(self, tables: migrations.Tables) -> list[Problem]:
        """Records that pass the field checks but cannot be built (an answer of another type, say)."""
        problems = []
        for key, record in tables.get(BUSINESSES, {}).items():
            try:
                business_from_record(key, record)
            except Exception as exc:
                problems.append(Problem(f"businesses[{key}]", text(f"bản ghi không đọc được ({exc!r})",
                                                                    f"unreadable record ({exc!r})")))
        for key, record in tables.get(ASSESSMENTS, {}).items():
            try:
                instrument = self.instrument(record["instrument"]["id"], record["instrument"]["version"])
                assessment_from_record(key, record, instrument)
            except Exception as exc:
                problems.append(Problem(f"assessments[{key}]", text(f"bản ghi không đọc được ({exc!r})",
                                                                     f"unreadable record ({exc!r})")))
                continue
            if "summary" not in record:
                problems.append(Problem(f"assessments[{key}]", text("thiếu bản tóm tắt điểm",
                                                                     "the score summary is missing")))
        return problems


def record_problems(tables: migrations.Tables) -> list[Problem]:
    """Every record with a missing field or a value of the wrong kind (the current schema)."""
    problems = []
    businesses = tables.get(BUSINESSES, {})
    for key, record in businesses.items():
        field = business_record_problem(record)
        if field is not None:
            problems.append(_wrong(BUSINESSES, key, field))
    for key, record in tables.get(ASSESSMENTS, {}).items():
        field = assessment_record_problem(record, businesses)
        if field is not None:
            problems.append(_wrong(ASSESSMENTS, key, field))
    return problems


def _wrong(table: str, key: str, field: str) -> Problem:
    where = f"{table}[{key}]" + (f".{field}" if field else "")
    if field == "business_id":
        return Problem(where, text("trỏ tới cơ sở kinh doanh không có hoặc thiếu",
                                   "points to a business that does not exist, or is missing"))
    return Problem(where, text("thiếu hoặc sai kiểu dữ liệu", "missing, or a value of the wrong kind"))
