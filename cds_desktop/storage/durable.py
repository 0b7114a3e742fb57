"""TinyDB storage that never leaves a broken file and reads the file once.

Every write goes to a temporary file in the same folder, is fsynced and atomically replaces the
database (cds_desktop.fileio), so a crash or power cut leaves the old or the new file. Just before
the replace, the old file gets a second name in the backup folder. The data is kept in memory after
the first read; if a write fails, the memory is dropped and re-read from the file, which still holds
what was last saved, so memory never runs ahead of the disk.

The file is readable JSON with one record per line: a person can inspect it, and each record is
serialised compactly by the C encoder (indent= would switch json to its slow pure-Python encoder).
"""

from __future__ import annotations

import gc
import logging

import contextlib
import json
from pathlib import Path
from typing import Any, Callable, Iterator, cast

from tinydb import TinyDB
from tinydb.storages import Storage
from tinydb.table import Table

from ..errors import InputError, Problem
from ..fileio import cannot_write, write_atomically
from ..i18n import Text, text
from .backups import OPENED, SAVE, Backups
from .lock import unreadable

log = logging.getLogger(__name__)
Tables = dict[str, dict[str, Any]]
Changes = dict[str, dict[str, Any]]

_compact = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


class DamagedFile(Exception):
    """The database file exists but cannot be used as a database; `reason` says why (text or {"vi","en"})."""

    def __init__(self, reason: str | Text):
        super().__init__(reason if isinstance(reason, str) else reason["en"])
        self.reason = reason


class Encoder:
    """Serialises the tables; remembers each record's line while the record object is unchanged.

    Records are never mutated in place (the repository replaces a changed record with a new dict),
    so an unchanged object means an unchanged line, and a save re-encodes only what it changed.
    `changes` are the records changed by the last encode (None: unknown, all of them were new).
    """

    def __init__(self) -> None:
        self._lines: dict[tuple[str, str], tuple[dict, bytes]] = {}
        self.changes: Changes | None = None

    def clear(self) -> None:
        self._lines.clear()

    def seed(self, tables: Tables, raw: bytes) -> bool:
        """Take the lines of the file the tables were read from, so that the first save after opening
        encodes only what it changes. False (nothing taken) unless the file has our one-record-a-line form."""
        lines = iter(raw.split(b"\n"))
        found: dict[tuple[str, str], tuple[dict, bytes]] = {}
        try:
            if next(lines) != b"{":
                return False
            for t, (name, records) in enumerate(sorted(tables.items())):
                if t and next(lines) != b"},":
                    return False
                if next(lines) != (_compact(name) + ":{").encode("utf-8"):
                    return False
                for key, record in records.items():
                    line = next(lines)
                    if line.endswith(b","):
                        line = line[:-1]
                    prefix = f'"{key}":' if key.isascii() and key.isprintable() and '"' not in key and "\\" not in key \
                        else _compact(key) + ":"
                    if not line.startswith(prefix.encode("utf-8")):
                        return False
                    found[(name, key)] = (record, line)
            if next(lines) != b"}" or next(lines) != b"}":
                return False
        except StopIteration:
            return False
        self._lines = found
        return True

    def encode(self, tables: Tables) -> bytes:
        parts = [b"{"]
        seen = set()
        changes: Changes = {}
        known = bool(self._lines)
        for t, (name, records) in enumerate(sorted(tables.items())):
            parts.append((("," if t else "") + "\n" + _compact(name) + ":{").encode("utf-8"))
            for r, (key, record) in enumerate(records.items()):
                cached = self._lines.get((name, key))
                if cached is None or cached[0] is not record:
                    cached = (record, (_compact(key) + ":" + _compact(record)).encode("utf-8"))
                    self._lines[(name, key)] = cached
                    changes.setdefault(name, {})[key] = record
                seen.add((name, key))
                parts.append(b",\n" + cached[1] if r else b"\n" + cached[1])
            parts.append(b"\n}")
        parts.append(b"\n}\n")
        if len(seen) != len(self._lines):
            for name, key in self._lines.keys() - seen:
                changes.setdefault(name, {})[key] = None
            self._lines = {k: v for k, v in self._lines.items() if k in seen}
        self.changes = changes if known else None
        return b"".join(parts)


def encode(tables: Tables) -> bytes:
    return Encoder().encode(tables)


def decode(raw: bytes) -> Tables:
    """The tables in a database file; DamagedFile if it is not one. A byte-order mark is allowed: an editor
    on Windows adds one when the file is saved again."""
    try:
        data = json.loads(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise DamagedFile("not UTF-8 text") from None
    except ValueError as exc:
        raise DamagedFile(f"not valid JSON ({exc})") from None
    except RecursionError:
        raise DamagedFile("nested too deeply to be a database") from None
    if not isinstance(data, dict) or not all(
            isinstance(records, dict) and all(isinstance(r, dict) for r in records.values())
            for records in data.values()):
        raise DamagedFile("not a database: expected tables of records")
    return data


def read_file(path: Path) -> tuple[Tables, bytes] | None:
    """The tables and the bytes they were read from; None when the file does not exist."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return None
    except PermissionError as exc:  # a sound file this user may not read: never moved aside as damaged
        raise unreadable(path, exc) from None
    except OSError as exc:
        raise DamagedFile(f"cannot be read ({exc.strerror})") from None
    # A large database is hundreds of thousands of small dicts and strings that live as long as the app
    # and hold no reference cycles: without this, Python's cycle collector scans all of them again and
    # again while the file is parsed and every time summaries are built (at 10,000 assessments it
    # made opening and the first listing 2-4 times slower). Plain reference counting still frees them.
    gc.disable()
    try:
        tables = decode(raw)
    finally:
        gc.enable()
    gc.freeze()
    return tables, raw


class DurableStorage(Storage):
    def __init__(self, path: Path, backups: Backups, initial: Tables, blank: Callable[[], Tables],
                 read_only: bool = False, opened: bytes | None = None, seed: bool = False):
        """`opened`: the bytes of the file found at start; `seed`: `initial` are exactly what they hold."""
        self.path = path
        self.blank = blank
        self.backups = backups
        self.read_only = read_only
        self._data: Tables | None = initial
        self._batch_depth = 0
        self._batch_dirty = False
        self.backup_kind = SAVE
        self._encoder = Encoder()
        self._opened = opened
        if opened is not None and seed:
            self._encoder.seed(initial, opened)
        self._chain_broken = False  # a version could not be recorded: the next one is recorded whole

    def read(self) -> Tables:
        if self._data is None:
            found = read_file(self.path)
            self._data = found[0] if found else self.blank()
        return self._data

    def write(self, data: Tables) -> None:
        if self.read_only:
            raise InputError(Problem("", text(
                "dữ liệu đang mở ở chế độ chỉ đọc", "the data is open read-only")), str(self.path))
        self._data = data
        if self._batch_depth:
            self._batch_dirty = True
            return
        self._flush()

    def _flush(self) -> None:
        try:
            payload = self._encoder.encode(self.read())
            if self._opened is not None:  # the first save: is the file as found recorded as a version?
                try:
                    if not self.backups.newest_matches(self._opened):
                        self.backups.record(self._opened, None, OPENED)
                except OSError as exc:
                    raise cannot_write(self.backups.folder, exc) from None
            write_atomically(self.path, payload, private=True, own=True)
        except BaseException:
            self._data = None  # the file holds the truth: re-read it on next use
            self._encoder.clear()
            raise
        self._opened = None
        try:
            self.backups.record(payload, None if self._chain_broken else self._encoder.changes, self.backup_kind)
            self._chain_broken = False
        except (OSError, ValueError) as exc:  # the save itself went through; the next version is recorded whole
            self._chain_broken = True
            log.warning("could not record a backup version: %s", exc)

    @contextlib.contextmanager
    def batch(self, backup_kind: str = SAVE) -> Iterator[None]:
        """Group several changes into one atomic write; on any error none of them is kept."""
        outer = self._batch_depth == 0
        if outer:
            self.read()
            self.backup_kind = backup_kind
            self._batch_dirty = False
        self._batch_depth += 1
        try:
            yield
        except BaseException:
            if outer:
                self._data = None
                self.backup_kind = SAVE
            raise
        finally:
            self._batch_depth -= 1
        if outer:
            try:
                if self._batch_dirty:
                    self._flush()
            finally:
                self._batch_dirty = False
                self.backup_kind = SAVE

    def replace_all(self, data: Tables, backup_kind: str) -> None:
        """Write `data` as the whole database (restore, migration)."""
        previous, self.backup_kind = self.backup_kind, backup_kind
        try:
            self.write(data)
        finally:
            self.backup_kind = previous


class _Table(Table):
    """Records keyed by our own string ids (uuid), so a lookup by id needs no scan."""

    document_id_class = str  # type: ignore[assignment]  # TinyDB's hints assume int ids; it only calls this class


class Database(TinyDB):
    table_class = _Table

    @property
    def storage(self) -> DurableStorage:  # what `Repository` builds it with
        return cast(DurableStorage, super().storage)
