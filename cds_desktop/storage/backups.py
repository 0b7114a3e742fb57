"""Earlier versions of the database, kept small and in order.

Every successful save is recorded as a version, numbered by a sequence (never ordered by the clock,
which can be set back). A version is stored either whole (gzip, "full") or as the records that differ
from an earlier whole version, its anchor (gzip, "delta"): an autosave changes one record, so a month
of versions costs little more than the records changed. A delta depends on its anchor only, so any
version can be dropped by deleting its file; once the records changed since the anchor outweigh a
quarter of the database, the next version is written whole and becomes the new anchor.

A version is recorded only after the database file was replaced, so a failed save takes no slot. The
versions listed for restoring are the earlier ones, each with the time it was saved and the kind of
change that came after it (a save, a deletion, an import, a restore, a migration, a merge).

Which versions are kept (`retained`): the last `keep` saves, the last version of every hour of the last
day, of every day of the last month, and the last `keep` versions before a deletion, import, restore,
migration or merge; and the anchors those need.
"""

from __future__ import annotations

import gzip
import json
import os
import re
import tempfile
import zlib
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any, Callable, Iterable

from ..formats import format_datetime, format_time

SAVE = "save"
SNAPSHOT_KINDS = ("before-migration", "before-delete", "before-import", "before-restore", "before-merge")
OPENED = "opened"  # the file as found at start, when no recorded version matches it
DEFAULT_KEEP = 10
HOURS_KEPT = 24
DAYS_KEPT = 31
FULL, DELTA = "full", "delta"
_LEVEL = 6  # gzip: 10x smaller than the JSON; a whole version is written rarely (see DurableStorage)
_NAME = re.compile(r"^(?P<stem>.+)-v(?P<seq>\d{8})-(?P<stamp>\d{8}-\d{6})-(?P<op>[a-z-]+)-(?P<size>\d+)-"
                   r"(?P<crc>[0-9a-f]{8})\.(?P<form>full|delta)(?:-(?P<anchor>\d{8}))?\.gz$")
_LEGACY = re.compile(r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})-\d{6}(?:-\d+)?-(?P<kind>[a-z-]+)\.json$")
REBASE_SHARE = 4  # a new anchor once the changed records exceed 1/4 of the database

Changes = dict[str, dict[str, Any]]  # table -> key -> record, or None where the record was removed


@dataclass(frozen=True)
class Version:
    seq: int
    taken: datetime
    op: str  # the operation that produced it: SAVE, a snapshot kind, or OPENED
    size: int  # of the database file it represents
    crc: int
    form: str  # FULL or DELTA
    path: Path
    anchor: int  # the whole version a delta builds on (a whole version: its own seq)


@dataclass(frozen=True)
class BackupInfo:
    name: str  # "v00000042": give it to `cds-cli restore --backup`
    path: Path
    kind: str  # what replaced it: "save" or one of SNAPSHOT_KINDS
    taken_at: str  # local time, "YYYY-MM-DD HH:MM:SS": when the data was saved like this
    size: int  # bytes this version takes in the backups folder
    seq: int = field(default=0, compare=False)

    def to_json(self) -> dict:
        return {"name": self.name, "path": str(self.path), "kind": self.kind, "taken_at": self.taken_at,
                "size": self.size}


def describe_time(taken_at: str, lang: str, now: datetime | None = None) -> str:
    """'2026-11-27 14:03:05' as a person says it: 'hôm nay 14:03', 'hôm qua 09:12', else '27/11/2026 14:03'
    ('27 Nov 2026, 14:03' in English)."""
    try:
        when = datetime.strptime(taken_at, "%Y-%m-%d %H:%M:%S")
    except ValueError:
        return taken_at
    today = (now or datetime.now()).date()
    clock = format_time(when, lang)
    if when.date() == today:
        return ("hôm nay " if lang == "vi" else "today ") + clock
    if when.date() == today - timedelta(days=1):
        return ("hôm qua " if lang == "vi" else "yesterday ") + clock
    return format_datetime(when, lang)


def crc_of(raw: bytes) -> int:
    return zlib.crc32(raw) & 0xFFFFFFFF


class Backups:
    def __init__(self, folder: Path, stem: str, keep: int = DEFAULT_KEEP,
                 clock: Callable[[], datetime] = datetime.now):
        if keep < 1:
            raise ValueError("keep at least one backup")
        self.folder = folder
        self.stem = stem
        self.keep = keep
        self.clock = clock
        self._catalog_day: date | None = None  # the shipped catalog's, read once, when the clock is first asked
        self._ahead: timedelta | None = None  # how far the clock is set behind, while it is wrong (moment)

    # -- when it is --------------------------------------------------------------------------------

    def moment(self, versions: list[Version]) -> datetime:
        """When a version is taken, for its name and for the retention: the clock's time, unless the computer's
        day is behind the policy catalog's (edition.clock_day, the day every rule reads; a dead clock battery
        says 1/1/2000). Then its year is surely wrong, and a version dated by it would be listed as the oldest
        and lose its hour and day once the clock is set: it takes the catalog's day at the clock's time, never
        before the newest version (`versions`), and then the time the clock counts on from there."""
        from ..domain.edition import clock_day, shipped_edition  # the manifest only: no catalog is loaded

        now = self.clock()
        if self._catalog_day is None:
            self._catalog_day = shipped_edition().as_of
        if clock_day() >= self._catalog_day:
            self._ahead = None
            return now
        floor = max(datetime.combine(self._catalog_day, now.time()), versions[-1].taken if versions else now, now)
        if self._ahead is None or now + self._ahead < floor:
            self._ahead = floor - now
        return now + self._ahead

    # -- the versions on disk ----------------------------------------------------------------------

    def versions(self) -> list[Version]:
        """Oldest first (by sequence number)."""
        if not self.folder.is_dir():
            return []
        found = []
        for path in self.folder.iterdir():
            match = _NAME.match(path.name)
            if match is None or match["stem"] != self.stem:
                continue
            try:
                taken = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
            except ValueError:
                continue
            seq = int(match["seq"])
            found.append(Version(seq, taken, match["op"], int(match["size"]), int(match["crc"], 16),
                                 match["form"], path, int(match["anchor"] or seq)))
        return sorted(found, key=lambda v: v.seq)

    def newest_matches(self, raw: bytes) -> bool:
        """Is `raw` (the database file) the newest recorded version, with its anchor in place?"""
        versions = self.versions()
        if not versions or versions[-1].size != len(raw) or versions[-1].crc != crc_of(raw):
            return False
        anchor = next((v for v in versions if v.seq == versions[-1].anchor), None)
        try:
            return anchor is not None and anchor.path.stat().st_size > 0 and versions[-1].path.stat().st_size > 0
        except OSError:
            return False

    def record(self, raw: bytes, changes: Changes | None, op: str) -> None:
        """Record the database file just written (`raw`), given the records changed since the newest
        version (None: unknown, record it whole). Then drop what the retention no longer needs.
        The backups folder is made again if it was removed, never the data folder: a data folder gone while
        open (a USB stick unplugged, the folder moved) fails the save instead of being made anew elsewhere."""
        self.folder.mkdir(exist_ok=True)
        versions = self.versions()
        seq = versions[-1].seq + 1 if versions else 1
        since_anchor = None
        if changes is not None and versions:
            newest = versions[-1]
            since_anchor = merge(self._since_anchor(newest), changes)
            encoded = _delta_bytes(since_anchor)
            if len(encoded) * REBASE_SHARE > len(raw):
                since_anchor = None
        if since_anchor is None:
            self._write(seq, op, raw, FULL, raw, self.moment(versions))
            self._cached = (seq, {})
        else:
            self._write(seq, op, raw, f"{DELTA}-{versions[-1].anchor:08d}", encoded, self.moment(versions))
            self._cached = (seq, since_anchor)
        self.prune()

    _cached: tuple[int, Changes] | None = None  # the newest version's changes since its anchor

    def _since_anchor(self, version: Version) -> Changes:
        if version.form == FULL:
            return {}
        if self._cached is not None and self._cached[0] == version.seq:
            return self._cached[1]
        return _load_delta(version.path)

    def _write(self, seq: int, op: str, raw: bytes, form: str, payload: bytes, taken: datetime) -> Path:
        """Written whole under a temporary name, then named. Not fsynced: the database itself is, and a
        version lost in a power cut is noticed at the next start (`newest_matches`) and written again whole."""
        stamp = taken.strftime("%Y%m%d-%H%M%S")
        target = self.folder / f"{self.stem}-v{seq:08d}-{stamp}-{op}-{len(raw)}-{crc_of(raw):08x}.{form}.gz"
        fd, tmp = tempfile.mkstemp(prefix=".backup-", suffix=".tmp", dir=self.folder)
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(gzip.compress(payload, _LEVEL, mtime=0))
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return target

    # -- reading a version -------------------------------------------------------------------------

    def read(self, seq: int) -> bytes:
        """The database file as it was at version `seq`. OSError or ValueError when it cannot be rebuilt."""
        by_seq = {v.seq: v for v in self.versions()}
        version = by_seq.get(seq)
        if version is None or version.anchor not in by_seq or by_seq[version.anchor].form != FULL:
            raise ValueError(f"version {seq} cannot be rebuilt")
        base = gzip.decompress(by_seq[version.anchor].path.read_bytes())
        if version.form == FULL:
            return base
        tables = json.loads(base.decode("utf-8"))
        apply(tables, _load_delta(version.path))
        from .durable import encode  # the same bytes the database file had

        return encode(tables)

    # -- what is listed for restoring --------------------------------------------------------------

    def restorable(self, current_size: int | None = None) -> list[BackupInfo]:
        """Newest first: every version but the one the database file holds now (`current_size` is the
        file's size, None when it is missing or damaged)."""
        versions = self.versions()
        if versions and current_size is not None and versions[-1].size == current_size:
            shown = versions[:-1]
        else:
            shown = versions
        infos = []
        for version in shown:
            i = versions.index(version)
            following = versions[i + 1] if i + 1 < len(versions) else None
            kind = following.op if following is not None and following.op in SNAPSHOT_KINDS else SAVE
            try:
                size = version.path.stat().st_size
            except OSError:
                continue
            infos.append(BackupInfo(f"v{version.seq:08d}", version.path, kind, version.taken.strftime("%Y-%m-%d %H:%M:%S"),
                                    size, version.seq))
        return infos[::-1] + self.legacy()

    def legacy(self) -> list[BackupInfo]:
        """Whole copies kept by earlier releases (one file per backup), newest first: still listed and
        restorable until they are a month old."""
        if not self.folder.is_dir():
            return []
        found = []
        for path in self.folder.glob(f"{self.stem}-*.json"):
            match = _LEGACY.match(path.name)
            if match is None or match["stem"] != self.stem or match["kind"] not in (SAVE, *SNAPSHOT_KINDS):
                continue
            try:
                taken = datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
                size = path.stat().st_size
            except (ValueError, OSError):
                continue
            found.append(BackupInfo(path.name, path, match["kind"], taken.strftime("%Y-%m-%d %H:%M:%S"), size, 0))
        return sorted(found, key=lambda b: b.name, reverse=True)

    def read_backup(self, backup: BackupInfo) -> bytes:
        return backup.path.read_bytes() if backup.seq <= 0 else self.read(backup.seq)

    def find(self, name: str, current_size: int | None = None) -> BackupInfo | None:
        return next((b for b in self.restorable(current_size=current_size) if name in (b.name, b.path.name)), None)

    def newest_good(self, is_good: Callable[[bytes], bool], current_size: int | None = None) -> BackupInfo | None:
        for backup in self.restorable(current_size=current_size):
            try:
                if is_good(self.read_backup(backup)):
                    return backup
            except (OSError, ValueError, EOFError):
                continue
        return None

    # -- retention ---------------------------------------------------------------------------------

    def retained(self, versions: list[Version]) -> set[int]:
        """The sequence numbers to keep (see the module docstring)."""
        if not versions:
            return set()
        now = self.moment(versions)
        keep = {v.seq for v in versions[-(self.keep + 1):]}  # +1: the newest is the data itself
        before_snapshot = [versions[i].seq for i in range(len(versions) - 1) if versions[i + 1].op in SNAPSHOT_KINDS]
        keep.update(before_snapshot[-self.keep:])
        hours: dict[Any, int] = {}
        days: dict[Any, int] = {}
        for version in versions:  # by when each was saved: that never changes as others are dropped
            age = now - version.taken
            if age <= timedelta(hours=HOURS_KEPT):
                hours[version.taken.strftime("%Y%m%d%H")] = version.seq
            if age <= timedelta(days=DAYS_KEPT):
                days[version.taken.date()] = version.seq
        keep.update(hours.values())
        keep.update(days.values())
        return keep

    def prune(self) -> None:
        """Delete the versions the retention no longer needs (a delta's anchor stays while it is needed)."""
        versions = self.versions()
        keep = self.retained(versions)
        keep |= {v.anchor for v in versions if v.seq in keep}
        for version in versions:
            if version.seq not in keep:
                version.path.unlink(missing_ok=True)
        month_ago = (self.moment(versions) - timedelta(days=DAYS_KEPT)).strftime("%Y-%m-%d %H:%M:%S")
        for old in self.legacy():
            if old.taken_at < month_ago:
                old.path.unlink(missing_ok=True)

    # -- housekeeping ------------------------------------------------------------------------------

    def remove_strays(self) -> None:
        """Temporary files left by a crash mid-write (they can be as large as the database)."""
        if self.folder.is_dir():
            for path in self.folder.glob(".backup-*.tmp"):
                path.unlink(missing_ok=True)

    def ensure_writable(self, data_dir: Path) -> None:
        """Unwritable (naming the place) unless a file can be created in the data folder and in the backups."""
        from .lock import unwritable

        for folder in (data_dir, self.folder):
            try:
                folder.mkdir(parents=True, exist_ok=True)
                fd, probe = tempfile.mkstemp(prefix=".write-test-", dir=folder)
                os.close(fd)
                os.unlink(probe)
            except OSError as exc:
                raise unwritable(folder, exc) from None


def apply(tables: dict[str, dict[str, Any]], changes: Changes) -> None:
    for table, records in changes.items():
        target = tables.setdefault(table, {})
        for key, record in records.items():
            if record is None:
                target.pop(key, None)
            else:
                target[key] = record


def merge(older: Changes, newer: Changes) -> Changes:
    merged = {table: dict(records) for table, records in older.items()}
    for table, records in newer.items():
        merged.setdefault(table, {}).update(records)
    return merged


def _load_delta(path: Path) -> Changes:
    return json.loads(gzip.decompress(path.read_bytes()).decode("utf-8"))


def _delta_bytes(changes: Changes | Iterable) -> bytes:
    return json.dumps(changes, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
