"""Signed policy-catalog updates: what installs, what is refused (leaving everything as it was), rollback,
fallback, and the catalog edition shown wherever policies are."""

import io
import json
import os
import stat
import subprocess
import sys
import zipfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from cds_desktop.catalog.keys import (TrustedKey, generate_key_pair, load_private_key, load_public_key_file,
                                      shipped_keys)
from cds_desktop.catalog.package import MAX_ENTRY_BYTES, MAX_PACKAGE_BYTES, _zip, open_package, sign_payload
from cds_desktop.catalog.store import use_installed_catalogs
from cds_desktop.cli import main
from cds_desktop.domain.edition import active_edition, shipped_edition
from cds_desktop.errors import InputError

from conftest import REPO

MARK = " (bản sửa đổi thử nghiệm)"


def run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture(scope="module")
def publisher(tmp_path_factory):
    """A throwaway key pair: (private key path, public key path)."""
    private, public, _ = generate_key_pair(tmp_path_factory.mktemp("publisher"))
    return private, public


@pytest.fixture(scope="module")
def stranger(tmp_path_factory):
    private, public, _ = generate_key_pair(tmp_path_factory.mktemp("stranger"))
    return private, public


@pytest.fixture
def data(tmp_path, capsys, publisher):
    """A data folder whose app trusts the test publisher."""
    folder = tmp_path / "data"
    code, _, err = run(capsys, "--data-dir", folder, "catalog", "trust", publisher[1], "--name", "Sở thử", "--yes")
    assert code == 0, err
    return folder


@pytest.fixture(scope="module")
def sample_path(tmp_path_factory):
    path = tmp_path_factory.mktemp("sample") / "sample.json"
    assert main(["sample", "-o", str(path)]) == 0
    return path


def source(tmp_path, capsys, data, version="9.1", name="src"):
    """The active catalog unpacked, with a new version and the first policy's title changed."""
    folder = tmp_path / name
    code, _, err = run(capsys, "--data-dir", data, "catalog", "unpack", "--active", "-o", folder)
    assert code == 0, err
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    manifest["version"] = version
    (folder / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    catalog = sorted(p for p in folder.glob("*.json") if p.name != "manifest.json")[0]
    doc = json.loads(catalog.read_text(encoding="utf-8"))
    doc["policies"][0]["title"]["vi"] += MARK
    catalog.write_text(json.dumps(doc, ensure_ascii=False, indent=2), encoding="utf-8")
    return folder


def packed(tmp_path, capsys, data, key, version="9.1", name="update"):
    folder = source(tmp_path, capsys, data, version, f"src-{name}")
    out = tmp_path / f"{name}.cdscatalog"
    code, _, err = run(capsys, "--data-dir", data, "catalog", "pack", folder, "--key", key, "-o", out)
    assert code == 0, err
    return out


def signed(files: dict, key_path: Path) -> bytes:
    """A package signed by `key_path` around any zip content (pack itself refuses bad content)."""
    return sign_payload(_zip(files), load_private_key(key_path))


def folder_files(folder: Path) -> dict:
    return {p.name: p.read_bytes() for p in folder.glob("*.json")}


def snapshot(data: Path) -> dict:
    """Every byte of the data folder, and of the active catalog's files."""
    tree = {str(p.relative_to(data)): p.read_bytes() for p in sorted(data.rglob("*")) if p.is_file()}
    use_installed_catalogs(data)
    edition = active_edition()
    return {"tree": tree, "active": [(p.name, p.read_bytes()) for p in edition.files], "version": edition.version}


def test_a_signed_update_installs_and_changes_what_policies_says(tmp_path, capsys, data, publisher, sample_path):
    _, before, _ = run(capsys, "--data-dir", data, "policies", sample_path)
    update = packed(tmp_path, capsys, data, publisher[0])
    code, out, err = run(capsys, "--data-dir", data, "catalog", "install", update, "--yes")
    assert code == 0, err
    assert "title.vi" in out and MARK.strip() in out  # the change, field by field
    _, after, _ = run(capsys, "--data-dir", data, "policies", sample_path)
    assert MARK not in before and MARK in after
    assert "phiên bản 9.1" in after and "phiên bản 9.1" not in before
    code, out, _ = run(capsys, "--data-dir", data, "catalog", "status", "--json")
    status = json.loads(out)
    assert status["source"] == "installed" and status["version"] == "9.1" and status["key_name"] == "Sở thử"
    assert status["fingerprint"] and status["fallback"] is None
    # A fresh process: the CLI says where the edition comes from before the edition module is loaded.
    fresh = subprocess.run([sys.executable, "-m", "cds_desktop.cli", "--data-dir", str(data), "policies",
                            str(sample_path)], cwd=REPO, capture_output=True, text=True, encoding="utf-8")
    assert fresh.returncode == 0 and MARK in fresh.stdout, fresh.stderr


def _tampered(tmp_path, capsys, data, keys):
    raw = bytearray(packed(tmp_path, capsys, data, keys[0], "9.2", "t").read_bytes())
    raw[-40] ^= 0x01
    return bytes(raw)


def _untrusted(tmp_path, capsys, data, keys):
    return packed(tmp_path, capsys, data, keys[1], "9.2", "u").read_bytes()


def _unsigned(tmp_path, capsys, data, keys):
    return _zip(folder_files(source(tmp_path, capsys, data, "9.2", "n")))


def _schema_breaking(tmp_path, capsys, data, keys):
    files = folder_files(source(tmp_path, capsys, data, "9.2", "s"))
    name = next(n for n in files if n != "manifest.json")
    doc = json.loads(files[name])
    doc["policies"][0]["status"] = "maybe"
    files[name] = json.dumps(doc).encode()
    return signed(files, keys[0])


def _path_escaping(tmp_path, capsys, data, keys):
    files = folder_files(source(tmp_path, capsys, data, "9.2", "p"))
    files["../national.json"] = files.pop(next(n for n in files if n != "manifest.json"))
    return signed(files, keys[0])


def _symlink(tmp_path, capsys, data, keys):
    files = folder_files(source(tmp_path, capsys, data, "9.2", "l"))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zf:
        for name, raw in files.items():
            zf.writestr(name, raw)
        link = zipfile.ZipInfo("extra.json")
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        zf.writestr(link, "/etc/passwd")
    return sign_payload(out.getvalue(), load_private_key(keys[0]))


def _zip_bomb(tmp_path, capsys, data, keys):
    files = folder_files(source(tmp_path, capsys, data, "9.2", "b"))
    files["bomb.json"] = b" " * (MAX_ENTRY_BYTES + 10)
    return signed(files, keys[0])


def _downgrade(tmp_path, capsys, data, keys):
    return packed(tmp_path, capsys, data, keys[0], "9.0", "d").read_bytes()


REFUSED = {"tampered": _tampered, "untrusted": _untrusted, "unsigned": _unsigned, "schema": _schema_breaking,
           "path": _path_escaping, "symlink": _symlink, "zip-bomb": _zip_bomb, "downgrade": _downgrade}
SAYS = {"tampered": "đã bị sửa", "untrusted": "chưa được tin cậy", "unsigned": "chưa được ký", "schema": "maybe",
        "path": "ra ngoài gói", "symlink": "liên kết", "zip-bomb": "quá lớn", "downgrade": "--allow-downgrade"}


@pytest.mark.parametrize("kind", REFUSED)
def test_a_bad_package_is_refused_and_nothing_changes(tmp_path, capsys, data, publisher, stranger, kind):
    first = packed(tmp_path, capsys, data, publisher[0], "9.1", "first")
    assert run(capsys, "--data-dir", data, "catalog", "install", first, "--yes")[0] == 0
    bad = tmp_path / f"{kind}.cdscatalog"
    bad.write_bytes(REFUSED[kind](tmp_path, capsys, data, (publisher[0], stranger[0])))
    before = snapshot(data)
    commands = [["install", bad, "--yes"]] + ([["verify", bad]] if kind != "downgrade" else [])  # verify: valid
    for command in commands:
        code, _, err = run(capsys, "--data-dir", data, "catalog", *command)
        assert code == 2 and SAYS[kind] in err and "Traceback" not in err, err
    assert snapshot(data) == before and before["version"] == "9.1"


def test_an_oversized_package_is_refused_before_it_is_read(tmp_path, capsys, data, monkeypatch):
    huge = tmp_path / "huge.cdscatalog"
    with open(huge, "wb") as fh:
        fh.truncate(1024 * 1024 * 1024)  # sparse: 1 GB that takes no disk space
    real_open = open
    monkeypatch.setattr("builtins.open", lambda path, *a, **k: pytest.fail("read") if Path(path) == huge
                        else real_open(path, *a, **k))
    before = snapshot(data)
    code, _, err = run(capsys, "--data-dir", data, "--lang", "en", "catalog", "install", huge, "--yes")
    assert code == 2 and f"at most {MAX_PACKAGE_BYTES // 1024} KB" in err
    assert snapshot(data) == before


@pytest.fixture(scope="module")
def good_package(tmp_path_factory, publisher):
    """The shipped catalog signed by the test publisher, and a lookup that trusts only that key."""
    folder = tmp_path_factory.mktemp("good")
    for p in shipped_edition().files:
        (folder / p.name).write_bytes(p.read_bytes())
    (folder / "manifest.json").write_text(json.dumps(shipped_edition().manifest_json()), encoding="utf-8")
    trusted = TrustedKey("test", load_public_key_file(publisher[1]), None, False)
    return signed(folder_files(folder), publisher[0]), lambda fp: trusted if fp == trusted.fingerprint else None


def test_the_good_package_opens(tmp_path, good_package):
    raw, lookup = good_package
    (tmp_path / "good.cdscatalog").write_bytes(raw)
    assert open_package(tmp_path / "good.cdscatalog", lookup).manifest == shipped_edition().manifest_json()


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(position=st.floats(0, 1, exclude_max=True), flip=st.integers(1, 255))
def test_any_altered_byte_is_refused(tmp_path_factory, good_package, position, flip):
    raw, lookup = good_package
    altered = bytearray(raw)
    altered[int(position * len(altered))] ^= flip
    path = tmp_path_factory.mktemp("flip") / "x.cdscatalog"
    path.write_bytes(bytes(altered))
    with pytest.raises(InputError):
        open_package(path, lookup)


def test_rollback_goes_back_one_edition_then_to_the_shipped_catalog(tmp_path, capsys, data, publisher):
    for version in ("9.1", "9.2"):
        assert run(capsys, "--data-dir", data, "catalog", "install",
                   packed(tmp_path, capsys, data, publisher[0], version, version), "--yes")[0] == 0
    versions = []
    for _ in range(2):
        code, out, err = run(capsys, "--data-dir", data, "catalog", "rollback")
        assert code == 0, err
        versions.append(json.loads(run(capsys, "--data-dir", data, "catalog", "status", "--json")[1])["version"])
    assert versions == ["9.1", shipped_edition().version]
    code, _, err = run(capsys, "--data-dir", data, "--lang", "en", "catalog", "rollback")
    assert code == 2 and "nothing to roll back" in err


def test_a_downgrade_installs_only_when_asked(tmp_path, capsys, data, publisher):
    run(capsys, "--data-dir", data, "catalog", "install", packed(tmp_path, capsys, data, publisher[0], "9.1", "a"), "--yes")
    older = packed(tmp_path, capsys, data, publisher[0], "9.0", "b")
    assert run(capsys, "--data-dir", data, "catalog", "install", older, "--yes")[0] == 2
    assert run(capsys, "--data-dir", data, "catalog", "install", older, "--yes", "--allow-downgrade")[0] == 0
    assert json.loads(run(capsys, "--data-dir", data, "catalog", "status", "--json")[1])["version"] == "9.0"


@pytest.mark.parametrize("damage", ["edited file", "key no longer trusted"])
def test_an_installed_catalog_that_no_longer_loads_falls_back_to_the_shipped_one(tmp_path, capsys, data, publisher,
                                                                                   sample_path, damage):
    run(capsys, "--data-dir", data, "catalog", "install", packed(tmp_path, capsys, data, publisher[0]), "--yes")
    if damage == "edited file":
        installed = next(p for p in (data / "catalog" / "installed").rglob("*.json") if p.name not in
                         ("manifest.json", "installed.json"))
        installed.write_text("{", encoding="utf-8")
    else:
        assert run(capsys, "--data-dir", data, "catalog", "untrust", "Sở thử")[0] == 0
    code, out, err = run(capsys, "--data-dir", data, "policies", sample_path)
    assert code == 0, err
    assert MARK not in out and "không dùng được" in out
    status = json.loads(run(capsys, "--data-dir", data, "catalog", "status", "--json")[1])
    assert status["source"] == "shipped" and status["fallback"]["en"]


def test_policies_past_review_by_say_the_catalog_may_be_out_of_date(capsys, sample_path):
    review_by = shipped_edition().review_by
    _, before, _ = run(capsys, "policies", sample_path, "--on", review_by.isoformat())
    _, after, _ = run(capsys, "--lang", "en", "policies", sample_path, "--on",
                      review_by.replace(year=review_by.year + 1).isoformat())
    assert "có thể đã cũ" not in before
    assert "may be out of date" in after and "cds-cli catalog install" in after


def test_the_report_shows_the_catalog_version_it_used(tmp_path, capsys, data, publisher, sample_path):
    from pypdf import PdfReader

    run(capsys, "--data-dir", data, "catalog", "install", packed(tmp_path, capsys, data, publisher[0]), "--yes")
    pdf = tmp_path / "report.pdf"
    code, _, err = run(capsys, "--data-dir", data, "report", sample_path, "-o", pdf, "--on", "2026-12-01")
    assert code == 0, err
    text = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(pdf).pages)
    assert "Danh mục chính sách phiên bản 9.1" in text and MARK.strip() in text


def test_keygen_never_writes_a_private_key_into_the_data_folder_and_never_overwrites(tmp_path, capsys):
    data = tmp_path / "data"
    code, _, err = run(capsys, "--data-dir", data, "catalog", "keygen", "-o", data / "keys")
    assert code == 2 and "thư mục dữ liệu" in err and not (data / "keys").exists()
    code, out, err = run(capsys, "--data-dir", data, "catalog", "keygen", "-o", tmp_path / "k")
    assert code == 0 and "Dấu vân tay" in out, err
    if os.name != "nt":
        assert stat.S_IMODE((tmp_path / "k" / "publisher-private.pem").stat().st_mode) == 0o600
    assert run(capsys, "--data-dir", data, "catalog", "keygen", "-o", tmp_path / "k")[0] == 2


def test_pack_refuses_a_folder_holding_anything_but_catalog_json(tmp_path, capsys, data, publisher):
    folder = source(tmp_path, capsys, data)
    (folder / "publisher-private.pem").write_bytes(publisher[0].read_bytes())
    code, _, err = run(capsys, "--data-dir", data, "catalog", "pack", folder, "--key", publisher[0],
                       "-o", tmp_path / "x.cdscatalog")
    assert code == 2 and "publisher-private.pem" in err and not (tmp_path / "x.cdscatalog").exists()


@pytest.mark.parametrize("lang, said", [("vi", "Đã ký {path}: {id} phiên bản 9.1 ({size})"),
                                        ("en", "Signed {path}: {id} version 9.1 ({size})")])
def test_pack_says_the_package_it_signed_with_its_size_as_the_reader_writes_it(tmp_path, capsys, data, publisher,
                                                                               lang, said):
    from cds_desktop.formats import format_size

    folder, out = source(tmp_path, capsys, data), tmp_path / "update.cdscatalog"
    catalog_id = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))["id"]
    code, printed, _ = run(capsys, "--data-dir", data, "--lang", lang, "catalog", "pack", folder, "--key", publisher[0],
                           "-o", out)
    assert code == 0 and printed.splitlines() == [said.format(path=out, id=catalog_id,
                                                              size=format_size(out.stat().st_size, lang))]


def test_unpacking_a_package_and_packing_it_again_gives_the_same_bytes(tmp_path, capsys, data, publisher):
    first = packed(tmp_path, capsys, data, publisher[0])
    assert run(capsys, "--data-dir", data, "catalog", "unpack", first, "-o", tmp_path / "again")[0] == 0
    second = tmp_path / "again.cdscatalog"
    assert run(capsys, "--data-dir", data, "catalog", "pack", tmp_path / "again", "--key", publisher[0],
               "-o", second)[0] == 0
    assert second.read_bytes() == first.read_bytes()


def test_trusted_keys_are_listed_dated_and_only_user_keys_can_be_removed(capsys, data):
    keys = json.loads(run(capsys, "--data-dir", data, "catalog", "keys", "--json")[1])
    assert [k["source"] for k in keys] == ["shipped"] * len(shipped_keys()) + ["user"]
    assert keys[-1]["name"] == "Sở thử" and keys[-1]["added"] == date.today().isoformat()
    code, _, err = run(capsys, "--data-dir", data, "--lang", "en", "catalog", "untrust", shipped_keys()[0].name)
    assert code == 2 and "new release" in err
    assert run(capsys, "--data-dir", data, "catalog", "untrust", keys[-1]["fingerprint"][:12])[0] == 0
    assert len(json.loads(run(capsys, "--data-dir", data, "catalog", "keys", "--json")[1])) == len(shipped_keys())


def test_the_app_ships_a_publisher_key():
    assert shipped_keys() and all(len(k.public_key) == 32 for k in shipped_keys())
    assert not list((REPO / "assessments").rglob("*private*"))


def test_policies_and_status_load_no_cryptography(tmp_path, sample_path):
    code = ("import sys; from cds_desktop.cli import main; "
            f"main(['--data-dir', {str(tmp_path)!r}, 'policies', {str(sample_path)!r}]); "
            "main(['--data-dir', {0!r}, 'catalog', 'status']); ".format(str(tmp_path))
            + "sys.exit('cryptography' in sys.modules)")
    run_ = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True)
    assert run_.returncode == 0, run_.stderr


def test_verify_json_says_what_a_tool_needs(tmp_path, capsys, data, publisher, stranger):
    code, out, _ = run(capsys, "--data-dir", data, "catalog", "verify", packed(tmp_path, capsys, data, publisher[0]),
                       "--json")
    report = json.loads(out)
    assert code == 0 and report["valid"] and report["version"] == "9.1" and report["newer_than_active"]
    assert report["key_name"] == "Sở thử" and report["changes"][0]["fields"][0]["field"] == "title.vi"
    code, out, err = run(capsys, "--data-dir", data, "--lang", "en", "catalog", "verify",
                         packed(tmp_path, capsys, data, stranger[0], "9.2", "s"), "--json")
    assert code == 2 and json.loads(out)["valid"] is False and "not trusted" in err


def test_what_a_person_compares_and_reads_is_written_alike_everywhere(tmp_path, capsys, data, stranger):
    """The fingerprint is read aloud over the phone: the refusal groups it as `trust` and `keys` do. Days are
    the reader's (02/12/2026, 2 Dec 2026), and the catalog's source is said in words, not as a stored token."""
    from cds_desktop.catalog.keys import fingerprint, load_public_key_file, pretty_fingerprint
    from cds_desktop.formats import format_date

    grouped = pretty_fingerprint(fingerprint(load_public_key_file(stranger[1])))
    code, _, err = run(capsys, "--data-dir", data, "catalog", "verify", packed(tmp_path, capsys, data, stranger[0]))
    assert code == 2 and grouped in err
    for lang in ("vi", "en"):
        today = format_date(date.today(), lang)
        assert f"· {'thêm ngày' if lang == 'vi' else 'added'} {today}" in run(
            capsys, "--data-dir", data, "--lang", lang, "catalog", "keys")[1]
        out = run(capsys, "--data-dir", data, "--lang", lang, "catalog", "status")[1]
        assert "shipped" not in out.splitlines()[0].lower().replace("shipped with the app", "")
    code, out, _ = run(capsys, "--data-dir", tmp_path / "other", "--lang", "en", "catalog", "trust", stranger[1],
                       "--name", "Someone", "--yes")
    assert code == 0 and f"from {format_date(date.today(), 'en')}." in out
