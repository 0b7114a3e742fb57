"""Publisher keys: Ed25519 key pairs, their fingerprints, and the keys this copy of the app trusts.

The app ships the publisher public keys under `assessments/keys/*.pem` (the file name is the key's
name); the user adds another only by an explicit act (`cds-cli catalog trust`, or Settings after
seeing the fingerprint), recorded with the date in `<data folder>/catalog/trusted-keys.json`.
`cryptography` is imported only where a key is made, read from a user's file or used to sign/verify.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ..errors import InputError, Problem
from ..fileio import os_reason, read_json, write_atomically
from ..i18n import nfc, text
from ..paths import assessments_dir

KEYS_FORMAT = "cds-trusted-keys"
MAX_KEY_FILE_BYTES = 16 * 1024
MAX_NAME_LENGTH = 80
PRIVATE_NAME, PUBLIC_NAME = "publisher-private.pem", "publisher-public.pem"
# An Ed25519 SubjectPublicKeyInfo is this 12-byte DER prefix followed by the 32-byte key.
_SPKI_PREFIX = bytes.fromhex("302a300506032b6570032100")
_PEM = re.compile(rb"-----BEGIN PUBLIC KEY-----\s*([A-Za-z0-9+/=\s]+?)\s*-----END PUBLIC KEY-----")


def shipped_keys_dir() -> Path:
    return assessments_dir() / "keys"


def fingerprint(public_key: bytes) -> str:
    """SHA-256 of the raw 32-byte public key, in hex."""
    return hashlib.sha256(public_key).hexdigest()


def pretty_fingerprint(value: str) -> str:
    """'3f2a9c01…' -> '3f2a 9c01 …': easier to read aloud and compare over the phone."""
    return " ".join(value[i:i + 4] for i in range(0, len(value), 4))


@dataclass(frozen=True)
class TrustedKey:
    name: str
    public_key: bytes  # raw 32 bytes
    added: str | None  # ISO date the user trusted it; None for a key shipped with the app
    shipped: bool

    @property
    def fingerprint(self) -> str:
        return fingerprint(self.public_key)

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "fingerprint": self.fingerprint, "added": self.added,
                "source": "shipped" if self.shipped else "user"}


def _not_a_key(path: Path) -> InputError:
    return InputError(Problem("", text(
        "không phải khóa công khai Ed25519 (tệp PEM 'BEGIN PUBLIC KEY' do 'cds-cli catalog keygen' tạo)",
        "not an Ed25519 public key (a 'BEGIN PUBLIC KEY' PEM file made by 'cds-cli catalog keygen')")), str(path))


def public_key_from_pem(data: bytes, path: Path) -> bytes:
    """The raw key of an Ed25519 PEM public key, read without `cryptography` (shipped keys load at start)."""
    found = _PEM.search(data)
    if not found:
        raise _not_a_key(path)
    try:
        der = base64.b64decode(b"".join(found.group(1).split()), validate=True)
    except binascii.Error:
        raise _not_a_key(path) from None
    if len(der) != len(_SPKI_PREFIX) + 32 or not der.startswith(_SPKI_PREFIX):
        raise _not_a_key(path)
    return der[len(_SPKI_PREFIX):]


def read_key_file(path: Path, limit: int = MAX_KEY_FILE_BYTES) -> bytes:
    try:
        if path.stat().st_size > limit:
            raise InputError(Problem("", text(f"tệp khóa quá lớn (tối đa {limit} byte); chọn đúng tệp khóa",
                                              f"the key file is too large (at most {limit} bytes); choose the key file")),
                             str(path))
        return path.read_bytes()
    except FileNotFoundError:
        raise InputError(Problem("", text("không tìm thấy tệp; kiểm tra đường dẫn", "file not found; check the path")),
                         str(path)) from None
    except OSError as exc:
        raise InputError(Problem("", text(f"không đọc được tệp ({os_reason(exc)['vi']})",
                                          f"cannot read the file ({os_reason(exc)['en']})")), str(path)) from None


def load_public_key_file(path: Path) -> bytes:
    """A user's public-key file, checked by `cryptography` as a usable Ed25519 key."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    raw = public_key_from_pem(read_key_file(path), path)
    try:
        Ed25519PublicKey.from_public_bytes(raw)
    except ValueError:
        raise _not_a_key(path) from None
    return raw


def load_private_key(path: Path):
    """The publisher's private key (PEM, PKCS#8, as `keygen` writes it)."""
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    data = read_key_file(path)
    try:
        key = load_pem_private_key(data, password=None)
    except (ValueError, TypeError):
        key = None
    if not isinstance(key, Ed25519PrivateKey):
        raise InputError(Problem("--key", text(
            "không phải khóa bí mật Ed25519 không đặt mật khẩu (tệp publisher-private.pem do 'cds-cli catalog keygen' tạo)",
            "not an unencrypted Ed25519 private key (the publisher-private.pem made by 'cds-cli catalog keygen')")),
            str(path))
    return key


def generate_key_pair(folder: Path, forbidden: Path | None = None) -> tuple[Path, Path, str]:
    """Write publisher-private.pem (readable by the owner only) and publisher-public.pem into `folder`.

    `forbidden` is the app's data folder: a private key is never written there."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    folder = folder.expanduser()
    if forbidden is not None and _inside(folder, forbidden):
        raise InputError(Problem("-o", text(
            f"không tạo khóa bí mật trong thư mục dữ liệu của ứng dụng ({forbidden}); chọn thư mục khác, tốt nhất là USB riêng",
            f"a private key is never made inside the app's data folder ({forbidden}); choose another folder, "
            "ideally a USB stick of your own")))
    private_path, public_path = folder / PRIVATE_NAME, folder / PUBLIC_NAME
    for path in (private_path, public_path):
        if path.exists():
            raise InputError(Problem("-o", text("tệp đã có; không ghi đè khóa cũ. Chọn thư mục khác",
                                                "the file already exists; an old key is never overwritten. "
                                                "Choose another folder")), str(path))
    key = Ed25519PrivateKey.generate()
    private_pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                    serialization.NoEncryption())
    public = key.public_key()
    public_pem = public.public_bytes(serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo)
    raw = public.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(private_pem)
        write_atomically(public_path, public_pem)
    except OSError as exc:
        raise InputError(Problem("-o", text(f"không ghi được khóa ({os_reason(exc)['vi']})",
                                            f"cannot write the key ({os_reason(exc)['en']})")), str(folder)) from None
    return private_path, public_path, fingerprint(raw)


def _inside(path: Path, folder: Path) -> bool:
    try:
        path.resolve().relative_to(folder.expanduser().resolve())
        return True
    except ValueError:
        return False


# ---------------------------------------------------------------- the trust store


def shipped_keys() -> list[TrustedKey]:
    folder = shipped_keys_dir()
    return [TrustedKey(path.stem, public_key_from_pem(path.read_bytes(), path), None, True)
            for path in sorted(folder.glob("*.pem"))] if folder.is_dir() else []


class TrustStore:
    """Keys the user trusted, in `<catalog folder>/trusted-keys.json`, plus the shipped ones."""

    def __init__(self, folder: Path):
        self.path = folder / "trusted-keys.json"

    def _user_keys(self) -> list[TrustedKey]:
        if not self.path.exists():
            return []
        _, doc = read_json(self.path)
        try:
            if doc.get("format") != KEYS_FORMAT:
                raise ValueError
            return [TrustedKey(k["name"], base64.b64decode(k["public_key"], validate=True), k["added"], False)
                    for k in doc["keys"]]
        except (AttributeError, KeyError, TypeError, ValueError, binascii.Error):
            raise InputError(Problem("", text(
                "danh sách khóa tin cậy bị hỏng; xóa tệp này rồi tin cậy lại các khóa cần thiết",
                "the list of trusted keys is damaged; delete this file and trust the keys you need again")),
                str(self.path)) from None

    def keys(self) -> list[TrustedKey]:
        return shipped_keys() + self._user_keys()

    def find(self, key_fingerprint: str) -> TrustedKey | None:
        return next((k for k in self.keys() if k.fingerprint == key_fingerprint), None)

    def _save(self, keys: list[TrustedKey]) -> None:
        doc = {"format": KEYS_FORMAT, "keys": [
            {"name": k.name, "fingerprint": k.fingerprint, "public_key": base64.b64encode(k.public_key).decode(),
             "added": k.added} for k in keys]}
        self.path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(self.path, json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8"), own=True)

    def trust(self, public_key: bytes, name: str, on: date | None = None) -> TrustedKey:
        name = nfc(" ".join(name.split()))
        if not name or len(name) > MAX_NAME_LENGTH:
            raise InputError(Problem("--name", text(f"đặt tên cho khóa (1 đến {MAX_NAME_LENGTH} ký tự), ví dụ tên nhà phát hành",
                                                    f"give the key a name (1 to {MAX_NAME_LENGTH} characters), e.g. "
                                                    "the publisher's")))
        existing = self.find(fingerprint(public_key))
        if existing is not None:
            raise InputError(Problem("KEYFILE", text(f"khóa này đã được tin cậy với tên '{existing.name}'",
                                                     f"this key is already trusted as '{existing.name}'")))
        if any(k.name.casefold() == name.casefold() for k in self.keys()):
            raise InputError(Problem("--name", text(f"đã có khóa tên '{name}'; chọn tên khác",
                                                    f"a key named '{name}' exists; choose another name")))
        key = TrustedKey(name, public_key, (on or date.today()).isoformat(), False)
        self._save(self._user_keys() + [key])
        return key

    def remove(self, which: str) -> TrustedKey:
        """Stop trusting a key given by name or fingerprint (or its first 8+ hex digits)."""
        wanted = "".join(which.split()).casefold()
        matches = [k for k in self.keys() if k.name.casefold() == which.strip().casefold()
                   or (len(wanted) >= 8 and k.fingerprint.startswith(wanted))]
        if len(matches) != 1:
            raise InputError(Problem("KEY", text(
                f"không có đúng một khóa tin cậy khớp '{which}'; 'cds-cli catalog keys' liệt kê tên và dấu vân tay",
                f"no single trusted key matches '{which}'; 'cds-cli catalog keys' lists names and fingerprints")))
        key = matches[0]
        if key.shipped:
            raise InputError(Problem("KEY", text(
                "khóa đi kèm ứng dụng chỉ được bỏ bằng một phiên bản ứng dụng mới",
                "a key shipped with the app is dropped only by a new release of the app")))
        self._save([k for k in self._user_keys() if k.fingerprint != key.fingerprint])
        return key
