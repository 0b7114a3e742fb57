"""The `.cdscatalog` file: catalog files and a manifest in a zip, signed with the publisher's Ed25519 key.

Layout, all of it covered by the checks below:

    CDSCATALOG 1\\n
    {"algorithm":"ed25519","key":"<sha-256 of the public key, hex>","signature":"<base64>"}\\n
    <zip: manifest.json and the catalog files, flat, *.json only>

The signature covers every byte of the zip; the header line must be exactly as `pack` writes it, so
no byte of the file can change without the package being refused. The size cap is checked before
the file is read, and every entry is checked (name, type, size) before it is read.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import io
import json
import re
import stat
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable

from ..domain.edition import MANIFEST, load_manifest
from ..errors import InputError, Problem
from ..fileio import os_reason
from ..i18n import text
from .keys import TrustedKey, fingerprint, load_private_key, pretty_fingerprint

MAGIC = b"CDSCATALOG 1\n"
ALGORITHM = "ed25519"
SIGNED_CONTEXT = b"cds-catalog-package/1\0"  # signatures made for anything else never verify here
MAX_PACKAGE_BYTES = 2 * 1024 * 1024  # the 2026 catalog packs to ~25 KB
MAX_ENTRY_BYTES = 4 * 1024 * 1024  # one unpacked file
MAX_UNPACKED_BYTES = 8 * 1024 * 1024
MAX_ENTRIES = 32
_MAX_HEADER = 512
FILE_NAME = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}\.json$")
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)  # fixed, so the same content packs to the same bytes

KeyLookup = Callable[[str], "TrustedKey | None"]


@dataclass(frozen=True)
class Package:
    """A verified package: its manifest, its files (name -> bytes) and the key that signed it."""

    manifest: dict[str, Any]
    files: dict[str, bytes]  # manifest.json included
    key: TrustedKey
    sha256: str  # of the whole .cdscatalog file
    data: bytes  # the whole file, kept beside an installed edition

    @property
    def catalog_files(self) -> dict[str, bytes]:
        return {name: raw for name, raw in self.files.items() if name != MANIFEST}


def _refused(vi: str, en: str, source: str | None = None, where: str = "") -> InputError:
    return InputError(Problem(where, text(vi, en)), source)


def _too_large(limit: int, source: str) -> InputError:
    return _refused(f"gói quá lớn (tối đa {limit // 1024} KB); gói danh mục chỉ chứa các tệp JSON của danh mục",
                    f"the package is too large (at most {limit // 1024} KB); a catalog package holds only the "
                    "catalog's JSON files", source)


# ---------------------------------------------------------------- content


def check_content(files: dict[str, bytes], source: str) -> dict[str, Any]:
    """Manifest and catalog files checked as the app will load them; returns the manifest.

    Problems name the package and the file inside it (`source:file`), the entry and the field."""
    from ..domain.policies import load_catalog

    for name in files:
        if not FILE_NAME.fullmatch(name):
            raise _refused(f"tên tệp '{name}' không được phép; chỉ dùng chữ thường, số, '-' và '_', đuôi .json",
                           f"the file name '{name}' is not allowed; use lower-case letters, digits, '-' and '_', "
                           "ending in .json", source)
    if MANIFEST not in files:
        raise _refused("thiếu manifest.json (id, version, as_of, review_by, publisher, changes)",
                       "manifest.json is missing (id, version, as_of, review_by, publisher, changes)", source)
    if len(files) == 1:
        raise _refused("không có tệp danh mục nào bên cạnh manifest.json", "no catalog file beside manifest.json",
                       source)
    with tempfile.TemporaryDirectory(prefix="cds-catalog-") as tmp:
        paths = {}
        for name, raw in files.items():
            paths[name] = Path(tmp) / name
            paths[name].write_bytes(raw)
        current = MANIFEST
        try:
            manifest = load_manifest(paths[MANIFEST])
            for current in sorted(files):
                if current != MANIFEST:
                    load_catalog([paths[current]])
            current = ""
            load_catalog([p for name, p in sorted(paths.items()) if name != MANIFEST])
        except InputError as exc:  # name the file inside the package, not the temporary copy
            where = f"{source}:{current}" if current else source
            raise InputError(exc.problems, where) from None
    return manifest


def read_source_folder(folder: Path) -> dict[str, bytes]:
    """SRC_DIR as `unpack` writes it: manifest.json and catalog files, nothing else."""
    if not folder.is_dir():
        raise _refused("không phải thư mục; dùng thư mục do 'cds-cli catalog unpack' tạo",
                       "not a folder; use a folder written by 'cds-cli catalog unpack'", str(folder))
    files: dict[str, bytes] = {}
    total = 0
    for path in sorted(folder.iterdir()):
        if path.name.startswith("."):
            continue  # editor and OS litter (.DS_Store, .~lock)
        if path.is_symlink() or not path.is_file() or path.suffix != ".json":
            raise _refused("chỉ được chứa manifest.json và các tệp danh mục .json (không thư mục con, không liên kết, "
                           "không khóa bí mật); chuyển tệp này ra ngoài",
                           "may hold only manifest.json and catalog .json files (no sub-folders, links or private "
                           "keys); move this out", str(path))
        size = path.stat().st_size
        total += size
        if size > MAX_ENTRY_BYTES or total > MAX_UNPACKED_BYTES:
            raise _too_large(MAX_ENTRY_BYTES, str(path))
        files[path.name] = path.read_bytes()
    return files


# ---------------------------------------------------------------- packing


def _zip(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name in sorted(files):
            info = zipfile.ZipInfo(name, _ZIP_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = (stat.S_IFREG | 0o644) << 16
            zf.writestr(info, files[name])
    return out.getvalue()


def header(key_fingerprint: str, signature: bytes) -> bytes:
    fields = {"algorithm": ALGORITHM, "key": key_fingerprint, "signature": base64.b64encode(signature).decode()}
    return MAGIC + json.dumps(fields, sort_keys=True, separators=(",", ":")).encode() + b"\n"


def sign_payload(payload: bytes, private_key) -> bytes:
    """The package bytes: header with the signature over the zip `payload`, then the payload."""
    from cryptography.hazmat.primitives import serialization

    raw = private_key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    return header(fingerprint(raw), private_key.sign(SIGNED_CONTEXT + payload)) + payload


def pack(folder: Path, key_path: Path) -> tuple[bytes, dict[str, Any], str]:
    """Validate SRC_DIR against the schemas, then sign it: the package bytes, the manifest and the key's fingerprint."""
    files = read_source_folder(folder)
    manifest = check_content(files, str(folder))
    private_key = load_private_key(key_path)
    data = sign_payload(_zip(files), private_key)
    if len(data) > MAX_PACKAGE_BYTES:
        raise _too_large(MAX_PACKAGE_BYTES, str(folder))
    return data, manifest, _split(data, str(folder))[0]


# ---------------------------------------------------------------- reading


def read_package_bytes(path: Path) -> bytes:
    """The file's bytes; its size is checked before a byte is read."""
    source = str(path)
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise _refused("không phải tệp thông thường", "not a regular file", source)
        if info.st_size > MAX_PACKAGE_BYTES:
            raise _too_large(MAX_PACKAGE_BYTES, source)
        with open(path, "rb") as fh:
            data = fh.read(MAX_PACKAGE_BYTES + 1)
    except FileNotFoundError:
        raise _refused("không tìm thấy tệp; kiểm tra đường dẫn", "file not found; check the path", source) from None
    except OSError as exc:
        raise _refused(f"không đọc được tệp ({os_reason(exc)['vi']})", f"cannot read the file ({os_reason(exc)['en']})",
                       source) from None
    if len(data) > MAX_PACKAGE_BYTES:  # it grew while we looked
        raise _too_large(MAX_PACKAGE_BYTES, source)
    return data


def _split(data: bytes, source: str) -> tuple[str, bytes, bytes]:
    """(key fingerprint, signature, payload) of a well-formed signed package."""
    if data.startswith(b"PK"):
        raise _refused("gói chưa được ký; nhà phát hành phải tạo gói bằng 'cds-cli catalog pack … --key'",
                       "the package is not signed; the publisher must make it with 'cds-cli catalog pack … --key'",
                       source)
    if not data.startswith(MAGIC):
        raise _refused("không phải gói danh mục chính sách (.cdscatalog)", "not a policy-catalog package (.cdscatalog)",
                       source)
    end = data.find(b"\n", len(MAGIC), len(MAGIC) + _MAX_HEADER)
    damaged = _refused("phần chữ ký của gói bị hỏng hoặc đã bị sửa", "the package's signature block is damaged or "
                       "was altered", source)
    if end < 0:
        raise damaged
    try:
        fields = json.loads(data[len(MAGIC):end])
        key, signature = fields.get("key"), fields.get("signature")
    except (ValueError, AttributeError):
        raise damaged from None
    if isinstance(fields, dict) and fields.get("algorithm") == ALGORITHM and not signature:
        raise _refused("gói chưa được ký", "the package is not signed", source)
    try:
        signature_bytes = base64.b64decode(signature or "", validate=True)
    except (binascii.Error, TypeError, ValueError):
        raise damaged from None
    if (not isinstance(key, str) or not re.fullmatch(r"[0-9a-f]{64}", key)
            or data[:end + 1] != header(key, signature_bytes)):
        raise damaged
    return key, signature_bytes, data[end + 1:]


def _entries(payload: bytes, source: str) -> dict[str, bytes]:
    """Every file in the zip, refused on any name, type or size that does not belong in a catalog package."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(payload))
        infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise _refused("nội dung gói không đọc được (zip hỏng)", "the package content cannot be read (damaged zip)",
                       source) from None
    if len(infos) > MAX_ENTRIES:
        raise _refused(f"gói có quá nhiều tệp (tối đa {MAX_ENTRIES})",
                       f"the package holds too many files (at most {MAX_ENTRIES})", source)
    files: dict[str, bytes] = {}
    total = 0
    for info in infos:
        name = info.filename
        where = f"{source}:{name}"
        if "/" in name or "\\" in name or ".." in name or ":" in name or name.startswith(("/", "~")):
            raise _refused("đường dẫn ra ngoài gói hoặc vào thư mục con; gói chỉ chứa tệp ở gốc",
                           "the path leaves the package or enters a sub-folder; a package holds files at its root only",
                           where)
        mode = info.external_attr >> 16
        if info.is_dir() or (mode and not stat.S_ISREG(mode)):
            raise _refused("không phải tệp thông thường (liên kết hoặc thư mục); không được phép trong gói",
                           "not a regular file (a link or a folder); not allowed in a package", where)
        if info.flag_bits & 0x1:
            raise _refused("tệp được mã hóa; gói không dùng mã hóa", "the file is encrypted; packages are not", where)
        if name in files:
            raise _refused("tệp xuất hiện hai lần trong gói", "the file appears twice in the package", where)
        if info.file_size > MAX_ENTRY_BYTES or total + info.file_size > MAX_UNPACKED_BYTES:
            raise _too_large(MAX_ENTRY_BYTES, where)
        try:
            with zf.open(info) as fh:  # read no more than the cap, whatever the header claims
                raw = fh.read(MAX_ENTRY_BYTES + 1)
        except (zipfile.BadZipFile, NotImplementedError, OSError, ValueError, EOFError, RuntimeError):
            raise _refused("tệp trong gói bị hỏng", "the file inside the package is damaged", where) from None
        if len(raw) > MAX_ENTRY_BYTES or len(raw) != info.file_size:
            raise _too_large(MAX_ENTRY_BYTES, where)
        total += len(raw)
        files[name] = raw
    return files


def open_package(path: Path, lookup: KeyLookup) -> Package:
    """Read, verify and check a package; any problem raises InputError and nothing is written anywhere."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    source = str(path)
    data = read_package_bytes(path)
    key_fingerprint, signature, payload = _split(data, source)
    key = lookup(key_fingerprint)
    if key is None:
        shown = pretty_fingerprint(key_fingerprint)  # grouped as everywhere else, to compare with the publisher's
        raise _refused(
            f"gói được ký bằng khóa chưa được tin cậy (dấu vân tay {shown}); chỉ cài gói của nhà phát hành "
            "bạn tin. Nếu chắc chắn, lấy tệp khóa công khai từ nhà phát hành, so dấu vân tay với họ rồi chạy "
            "'cds-cli catalog trust KEYFILE --name TÊN'",
            f"the package is signed by a key that is not trusted (fingerprint {shown}); install only "
            "packages from a publisher you trust. If you are sure, get the public-key file from the publisher, compare "
            "the fingerprint with them, then run 'cds-cli catalog trust KEYFILE --name NAME'", source)
    try:
        Ed25519PublicKey.from_public_bytes(key.public_key).verify(signature, SIGNED_CONTEXT + payload)
    except (InvalidSignature, ValueError):
        raise _refused("chữ ký không khớp nội dung: gói đã bị sửa hoặc hỏng sau khi ký; xin lại tệp gốc từ nhà phát hành",
                       "the signature does not match the content: the package was altered or damaged after signing; "
                       "ask the publisher for the original file", source) from None
    files = _entries(payload, source)
    manifest = check_content(files, source)
    return Package(manifest, files, key, hashlib.sha256(data).hexdigest(), data)
