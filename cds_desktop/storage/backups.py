"""Backups of the database: hard links to the versions each save replaced, plus snapshots before
migrations, deletions, imports and restores.

A backup is a second name for the replaced file (the database is never rewritten in place, so the
old version's bytes stay as they were); it costs no copy of the data. Save backups and snapshots
are kept in separate rotations so a burst of saves never pushes out the snapshot taken before a
migration.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Callable

SAVE = "save"
SNAPSHOT_KINDS = ("before-migration", "before-delete", "before-import", "before-restore")
DEFAULT_KEEP = 10


@dataclass(frozen=True)
class BackupInfo:
    name: str
    path: Path
    kind: str  # "save" or one of SNAPSHOT_KINDS
    taken_at: str  # local time, "YYYY-MM-DD HH:MM:SS"
    size: int

    def to_json(self) -> dict:
        return {"name": self.name, "path": str(self.path), "kind": self.kind, "taken_at": self.taken_at,
                "size": self.size}


class Backups:
    def __init__(self, folder: Path, stem: str, keep: int = DEFAULT_KEEP):
        if keep < 1:
            raise ValueError("keep at least one backup")
        self.folder = folder
        self.stem = stem
        self.keep = keep

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

    def keep_version(self, db_path: Path, kind: str = SAVE) -> Path | None:
        """Give the current database file a second name in the backup folder, then prune."""
        if not db_path.exists():
            return None
        self.folder.mkdir(parents=True, exist_ok=True)
        target = self._new_name(kind)
        try:
            os.link(db_path, target)
        except OSError:
            # Some USB sticks (FAT, exFAT) have no hard links: there a copy is the only way.
            shutil.copyfile(db_path, target)
        self.prune()
        return target

    def _new_name(self, kind: str) -> Path:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S-%f")
        counter = 0
        while True:
            suffix = f"-{counter}" if counter else ""
            target = self.folder / f"{self.stem}-{stamp}{suffix}-{kind}.json"
            if not target.exists():
                return target
            counter += 1

    def list(self) -> list[BackupInfo]:
        """Newest first."""
        if not self.folder.is_dir():
            return []
        found = []
        for path in self.folder.glob(f"{self.stem}-*.json"):
            info = self._info(path)
            if info is not None:
                found.append(info)
        return sorted(found, key=lambda b: b.name, reverse=True)

    def _info(self, path: Path) -> BackupInfo | None:
        rest = path.stem[len(self.stem) + 1:]
        parts = rest.split("-")
        if len(parts) < 4:
            return None
        date_part, time_part = parts[0], parts[1]
        kind = next((k for k in (SAVE, *SNAPSHOT_KINDS) if rest.endswith("-" + k)), None)
        if kind is None:
            return None
        try:
            taken = datetime.strptime(date_part + time_part, "%Y%m%d%H%M%S")
            size = path.stat().st_size
        except (ValueError, OSError):
            return None
        return BackupInfo(path.name, path, kind, taken.strftime("%Y-%m-%d %H:%M:%S"), size)

    def find(self, name: str) -> BackupInfo | None:
        return next((b for b in self.list() if b.name == name or b.path.stem == name), None)

    def prune(self) -> None:
        everything = self.list()
        for group in ([b for b in everything if b.kind == SAVE], [b for b in everything if b.kind != SAVE]):
            for old in group[self.keep:]:
                old.path.unlink(missing_ok=True)

    def newest_good(self, is_good: Callable[[bytes], bool]) -> BackupInfo | None:
        for backup in self.list():
            try:
                if is_good(backup.path.read_bytes()):
                    return backup
            except OSError:
                continue
        return None


def parses_as_json(raw: bytes) -> bool:
    try:
        json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        return False
    return True
