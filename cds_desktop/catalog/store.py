"""Installed catalog updates in the user's data folder: install, status, rollback, and the active edition.

    <data folder>/catalog/
        trusted-keys.json              keys the user trusted (keys.TrustStore)
        installed/<version>-<hash>/    one verified edition: manifest.json, catalog files, the package
                                       file itself and installed.json (key, date, the hash of every file)
        state.json                     {"active": folder or null (shipped), "previous": [...]}

An install writes the new edition into a temporary folder, renames it into place, and only then
replaces state.json (one atomic rename): a crash or a refusal leaves the active catalog as it was.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from ..domain import edition as editions
from ..domain.edition import INSTALLED, MANIFEST, Edition, edition_from, load_manifest, version_key
from ..errors import InputError, Problem
from ..fileio import fsync_directory, os_reason, read_json, write_atomically
from ..i18n import text
from ..paths import CATALOG_FOLDER
from .changes import PolicyChange, policies_of, policy_changes
from .keys import TrustedKey, TrustStore
from .package import Package, open_package

STATE_FORMAT = "cds-catalog-state"
RECORD = "installed.json"
PACKAGE_COPY = "package.cdscatalog"
_HISTORY = 5  # editions kept for rollback


@dataclass(frozen=True)
class Preview:
    """A verified package and what installing it would change."""

    package: Package
    edition: Edition  # the package's edition (files not yet on disk)
    active: Edition
    changes: list[PolicyChange]

    @property
    def is_newer(self) -> bool:
        return version_key(self.edition.version) > version_key(self.active.version)


def _bad(vi: str, en: str, source: Path | str | None = None, where: str = "") -> InputError:
    return InputError(Problem(where, text(vi, en)), str(source) if source else None)


class CatalogStore:
    def __init__(self, data_dir: Path):
        self.root = Path(data_dir) / CATALOG_FOLDER
        self.installed_dir = self.root / "installed"
        self.state_path = self.root / "state.json"
        self.trust = TrustStore(self.root)

    # -- state -----------------------------------------------------------------------------------

    def _state(self) -> dict[str, Any]:
        if not self.state_path.exists():
            return {"active": None, "previous": []}
        _, state = read_json(self.state_path)
        ok = (isinstance(state, dict) and state.get("format") == STATE_FORMAT
              and (state.get("active") is None or isinstance(state.get("active"), str))
              and isinstance(state.get("previous"), list))
        if not ok:
            raise _bad("trạng thái danh mục đã cài bị hỏng; chạy 'cds-cli catalog rollback' hoặc cài lại bản cập nhật",
                       "the installed-catalog state is damaged; run 'cds-cli catalog rollback' or install the update again",
                       self.state_path)
        return state

    def _save_state(self, active: str | None, previous: list[str | None]) -> None:
        doc = {"format": STATE_FORMAT, "active": active, "previous": previous[-_HISTORY:]}
        write_atomically(self.state_path, json.dumps(doc, indent=2).encode("utf-8"), own=True)
        self._prune(active, previous[-_HISTORY:])

    def _prune(self, active: str | None, previous: list[str | None]) -> None:
        keep = {active, *previous}
        for folder in self.installed_dir.glob("*"):
            if folder.is_dir() and folder.name not in keep:
                shutil.rmtree(folder, ignore_errors=True)

    # -- the active edition ----------------------------------------------------------------------

    def installed_edition(self, name: str) -> Edition:
        """An installed edition, checked: every file as installed, its key still trusted."""
        folder = self.installed_dir / name
        if "/" in name or "\\" in name or name.startswith(".") or not folder.is_dir():
            raise _bad("không tìm thấy bản cập nhật đã cài", "the installed update is missing", folder)
        _, record = read_json(folder / RECORD)
        try:
            hashes: dict[str, str] = record["files"]
            key_fingerprint = record["fingerprint"]
        except (KeyError, TypeError):
            raise _bad("thông tin cài đặt bị hỏng", "the installation record is damaged", folder / RECORD) from None
        for file_name, digest in hashes.items():
            path = folder / file_name
            try:
                same = hashlib.sha256(path.read_bytes()).hexdigest() == digest
            except OSError:
                same = False
            if not same:
                raise _bad("tệp đã bị sửa hoặc mất sau khi cài", "the file was changed or lost after installation", path)
        key = self.trust.find(key_fingerprint)
        if key is None:
            raise _bad(f"bản cập nhật được ký bằng khóa không còn được tin cậy ({key_fingerprint})",
                       f"the update is signed by a key that is no longer trusted ({key_fingerprint})", folder)
        manifest = load_manifest(folder / MANIFEST)
        files = tuple(sorted(folder / n for n in hashes if n != MANIFEST))
        return edition_from(manifest, files, source=INSTALLED, fingerprint=key.fingerprint, key_name=key.name)

    def resolve(self) -> Edition:
        """The active edition; raises InputError when the installed one cannot be used (the domain falls back).

        A release of the app that ships a newer catalog than the installed update wins over it, unless
        the user deliberately installed an older one."""
        active = self._state()["active"]
        shipped = editions.shipped_edition()
        if active is None:
            return shipped
        edition = self.installed_edition(active)
        _, record = read_json(self.installed_dir / active / RECORD)
        if edition.id != shipped.id:
            raise _bad(f"bản cập nhật thuộc danh mục '{edition.id}', ứng dụng dùng '{shipped.id}'",
                       f"the update belongs to catalog '{edition.id}'; the app uses '{shipped.id}'",
                       self.installed_dir / active)
        if version_key(shipped.version) > version_key(edition.version) and not record.get("downgrade"):
            return shipped
        return edition

    # -- installing ------------------------------------------------------------------------------

    def preview(self, path: Path) -> Preview:
        """Verify a package and compare it with the active catalog; writes nothing."""
        package = open_package(Path(path), self.trust.find)
        active = editions.active_edition()
        shipped = editions.shipped_edition()
        if package.manifest["id"] != shipped.id:
            raise _bad(f"gói thuộc danh mục '{package.manifest['id']}', ứng dụng dùng danh mục '{shipped.id}'",
                       f"the package is for catalog '{package.manifest['id']}'; the app uses catalog '{shipped.id}'",
                       path, "manifest.json.id")
        before = policies_of(p.read_bytes() for p in active.files)
        after = policies_of(package.catalog_files.values())
        edition = edition_from(package.manifest, (), source=INSTALLED, fingerprint=package.key.fingerprint,
                               key_name=package.key.name)
        return Preview(package, edition, active, policy_changes(before, after))

    def install(self, preview: Preview, allow_downgrade: bool = False) -> Edition:
        """Install a previewed package atomically; a version not newer than the active one needs `allow_downgrade`."""
        if not preview.is_newer and not allow_downgrade:
            raise _bad(f"phiên bản {preview.edition.version} không mới hơn phiên bản đang dùng {preview.active.version}; "
                       "không cài. Nếu chắc chắn muốn quay về bản cũ, thêm --allow-downgrade",
                       f"version {preview.edition.version} is not newer than the active version "
                       f"{preview.active.version}; not installed. To go back to an older one on purpose, add "
                       "--allow-downgrade", where="version")
        state = self._state()
        package = preview.package
        name = f"{preview.edition.version}-{package.sha256[:12]}"
        self.installed_dir.mkdir(parents=True, exist_ok=True)
        target = self.installed_dir / name
        if not target.exists():
            self._write_edition(package, target, downgrade=not preview.is_newer)
        previous = [*state["previous"], state["active"]] if state["active"] != name else state["previous"]
        self._save_state(name, previous)
        editions.refresh()
        return self.installed_edition(name)

    def _write_edition(self, package: Package, target: Path, downgrade: bool) -> None:
        tmp = Path(tempfile.mkdtemp(prefix=".incoming-", dir=self.installed_dir))
        try:
            for file_name, raw in package.files.items():
                _write_synced(tmp / file_name, raw)
            _write_synced(tmp / PACKAGE_COPY, package.data)
            record = {"fingerprint": package.key.fingerprint, "key_name": package.key.name,
                      "installed_at": datetime.now().isoformat(timespec="seconds"),
                      "package_sha256": package.sha256, "downgrade": downgrade,
                      "files": {n: hashlib.sha256(raw).hexdigest() for n, raw in sorted(package.files.items())}}
            _write_synced(tmp / RECORD, json.dumps(record, indent=2).encode("utf-8"))
            fsync_directory(tmp)
            tmp.rename(target)
            fsync_directory(self.installed_dir)
        except OSError as exc:
            shutil.rmtree(tmp, ignore_errors=True)
            raise _bad(f"không ghi được bản cập nhật ({os_reason(exc)['vi']}); danh mục đang dùng không đổi",
                       f"cannot write the update ({os_reason(exc)['en']}); the active catalog is unchanged", target) from None

    def rollback(self) -> Edition:
        """Back to the previous installed edition, or to the shipped catalog."""
        try:
            state = self._state()
        except InputError:  # damaged state: back to the shipped catalog, which always loads
            self._save_state(None, [])
            editions.refresh()
            return editions.active_edition()
        if state["active"] is None:
            raise _bad("đang dùng danh mục đi kèm ứng dụng; không có bản nào để quay lại",
                       "the catalog shipped with the app is active; there is nothing to roll back")
        previous = list(state["previous"])
        while previous and previous[-1] is not None and not (self.installed_dir / previous[-1]).is_dir():
            previous.pop()  # a folder removed by hand: skip it
        self._save_state(previous.pop() if previous else None, previous)
        editions.refresh()
        return editions.active_edition()

    def keys(self) -> list[TrustedKey]:
        return self.trust.keys()


def _write_synced(path: Path, data: bytes) -> None:
    with open(path, "wb") as fh:
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())


def use_installed_catalogs(data_dir: Path) -> CatalogStore:
    """From now on the app's policies come from the active edition in this data folder."""
    store = CatalogStore(data_dir)
    editions.use_resolver(store.resolve)
    return store
