"""`cds-cli catalog …`: signed policy-catalog updates for publishers (keygen, unpack, pack) and users
(verify, install, status, rollback, keys, trust, untrust). See docs/catalog-updates.md."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import InputError, Problem
from ..fileio import os_reason
from ..formats import format_count, format_date, format_size, in_both
from ..i18n import text, tr
from .output import confirm, print_json

if TYPE_CHECKING:  # loaded in the handlers: a run imports this module to build its options
    from ..catalog.store import CatalogStore, Preview
    from ..domain.edition import Edition


def register(commands, common: argparse.ArgumentParser) -> None:
    say = commands.say  # help in the user's language
    file, folder, json_help = say("TỆP", "FILE"), say("THƯ_MỤC", "DIR"), say("in ra dạng JSON, cho phần mềm "
                                                                             "khác đọc", "machine-readable output")
    yes_help = say("không hỏi lại để xác nhận", "do not ask for confirmation")
    catalog = commands.add_parser("catalog", parents=[common])
    sub = catalog.add_subparsers(dest="catalog_command", metavar=say("THAO_TÁC", "ACTION"), parser_class=type(catalog))
    catalog.set_defaults(handler=lambda args: _usage(catalog))

    def add(name: str, handler, vi: str, en: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, parents=[common], help=say(vi, en))
        p.set_defaults(handler=handler)
        return p

    p = add("keygen", cmd_keygen, "tạo cặp khóa cho nhà phát hành (để khóa bí mật ngoài thư mục dữ liệu của máy này)",
            "make a publisher key pair (keep the private key off this computer's data folder)")
    p.add_argument("-o", "--output", required=True, metavar=folder, help=say("thư mục sẽ ghi cặp khóa vào",
                                                                             "the folder to write the key pair to"))

    p = add("unpack", cmd_unpack, "ghi một gói (hoặc danh mục đang dùng) ra thư mục để sửa",
            "write a package (or the active catalog) as an editable folder")
    which = p.add_mutually_exclusive_group(required=True)
    which.add_argument("file", nargs="?", metavar=file, help=say("gói .cdscatalog", "a .cdscatalog package"))
    which.add_argument("--active", action="store_true", help=say("danh mục ứng dụng đang dùng",
                                                                 "the catalog the app uses now"))
    p.add_argument("-o", "--output", required=True, metavar=folder, help=say("thư mục sẽ ghi ra",
                                                                             "the folder to write"))

    p = add("pack", cmd_pack, "kiểm tra thư mục danh mục theo lược đồ rồi ký thành tệp .cdscatalog",
            "check a catalog folder against the schemas and sign it into a .cdscatalog file")
    p.add_argument("source", metavar=say("THƯ_MỤC_NGUỒN", "SRC_DIR"), help=say("thư mục danh mục đã sửa",
                                                                                "the edited catalog folder"))
    p.add_argument("--key", required=True, metavar=say("KHÓA_BÍ_MẬT", "PRIVATE_KEY"),
                   help=say("tệp khóa bí mật của nhà phát hành", "the publisher's private key file"))
    p.add_argument("-o", "--output", required=True, metavar=file, help=say("gói .cdscatalog sẽ ghi ra",
                                                                           "the .cdscatalog package to write"))

    p = add("verify", cmd_verify, "kiểm tra một gói: chữ ký, khóa, lược đồ, phiên bản",
            "check a package: signature, key, schema, version")
    p.add_argument("file", metavar=file, help=say("gói .cdscatalog", "a .cdscatalog package"))
    p.add_argument("--json", action="store_true", help=json_help)

    p = add("install", cmd_install, "kiểm tra một gói, cho xem những gì thay đổi, rồi cài",
            "verify a package, show what changes, and install it")
    p.add_argument("file", metavar=file, help=say("gói .cdscatalog", "a .cdscatalog package"))
    p.add_argument("--yes", action="store_true", help=yes_help)
    p.add_argument("--allow-downgrade", action="store_true", help=say("cài cả phiên bản không mới hơn bản đang dùng",
                                                                      "install a version not newer than the active one"))

    p = add("status", cmd_status, "danh mục đang dùng: mã, phiên bản, ngày số liệu, hạn rà soát, nguồn, khóa",
            "the active catalog: id, version, as_of, review_by, source, key")
    p.add_argument("--json", action="store_true", help=json_help)

    add("rollback", cmd_rollback, "quay về phiên bản đã cài trước đó, hoặc danh mục có sẵn trong ứng dụng",
        "go back to the previous installed version or the shipped catalog")

    p = add("keys", cmd_keys, "những khóa mà ứng dụng này nhận gói của chúng",
            "the keys whose packages this app accepts")
    p.add_argument("--json", action="store_true", help=json_help)

    p = add("trust", cmd_trust, "tin cậy khóa công khai của một nhà phát hành (trước hết hãy so dấu vân tay của "
            "khóa với nhà phát hành)", "trust a publisher's public key (compare its fingerprint with the publisher first)")
    p.add_argument("keyfile", metavar=say("TỆP_KHÓA", "KEYFILE"), help=say("tệp khóa công khai",
                                                                           "the public key file"))
    p.add_argument("--name", required=True, metavar=say("TÊN", "NAME"), help=say("tên để nhận ra khóa",
                                                                                "a name to know the key by"))
    p.add_argument("--yes", action="store_true", help=yes_help)

    p = add("untrust", cmd_untrust, "thôi tin cậy một khóa bạn đã thêm (theo tên hoặc dấu vân tay)",
            "stop trusting a key you added (by name or fingerprint)")
    p.add_argument("key", metavar=say("KHÓA", "KEY"), help=say("tên hoặc dấu vân tay của khóa",
                                                               "the key's name or fingerprint"))


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def _store(args) -> CatalogStore:
    from ..catalog.store import use_installed_catalogs
    from ..paths import user_data_dir

    return use_installed_catalogs(user_data_dir(args.data_dir))


def _say(args, vi: str, en: str) -> str:
    return tr(text(vi, en), args.lang)


def _edition_lines(args, edition: Edition) -> list[str]:
    from ..catalog.keys import pretty_fingerprint

    lines = [_say(args, f"Danh mục: {edition.id}, phiên bản {edition.version}",
                  f"Catalog: {edition.id}, version {edition.version}"),
             _say(args, f"Thông tin tính đến: {format_date(edition.as_of, 'vi')} · cần xem lại: "
                        f"{format_date(edition.review_by, 'vi')}",
                  f"Information as of: {format_date(edition.as_of, 'en')} · review by: {format_date(edition.review_by, 'en')}"),
             _say(args, "Nhà phát hành: ", "Publisher: ") + tr(edition.publisher, args.lang)]
    if edition.fingerprint:
        lines.append(_say(args, "Khóa ký: ", "Signed by key: ") + f"{edition.key_name} · "
                     + _say(args, "dấu vân tay ", "fingerprint ") + pretty_fingerprint(edition.fingerprint))
    lines.append(_say(args, "Thay đổi: ", "Changes: ") + tr(edition.changes, args.lang))
    return lines


def _preview_lines(args, preview: Preview) -> list[str]:
    from ..catalog.changes import ADDED, CHANGED, REMOVED

    active = preview.active
    source = _say(args, "đi kèm ứng dụng", "shipped") if active.source == "shipped" else _say(args, "đã cài", "installed")
    lines = _edition_lines(args, preview.edition)
    lines.append(_say(args, f"Đang dùng: phiên bản {active.version} ({source})",
                      f"Active now: version {active.version} ({source})"))
    titles = {ADDED: text("Chính sách thêm", "Policies added"), REMOVED: text("Chính sách bỏ", "Policies removed"),
              CHANGED: text("Chính sách thay đổi", "Policies changed")}
    for kind, title in titles.items():
        changes = [c for c in preview.changes if c.kind == kind]
        if changes:
            lines.append(f"{tr(title, args.lang)} ({len(changes)}):")
            for change in changes:
                lines.append(f"  {change.id} — {tr(change.title, args.lang)}")
                lines += [f"      {f.line()}" for f in change.fields]
    if not preview.changes:
        lines.append(_say(args, "Không chính sách nào thay đổi.", "No policy changes."))
    return lines


def cmd_keygen(args) -> int:
    from ..catalog.keys import generate_key_pair, pretty_fingerprint
    from ..paths import user_data_dir

    private, public, fingerprint = generate_key_pair(Path(args.output), forbidden=user_data_dir(args.data_dir))
    print(_say(args, f"Khóa bí mật: {private} (giữ kín, sao lưu ngoại tuyến; không gửi cho ai)",
               f"Private key: {private} (keep it secret, back it up offline; never send it to anyone)"))
    print(_say(args, f"Khóa công khai: {public} (gửi kèm ứng dụng hoặc cho người dùng tin cậy)",
               f"Public key: {public} (ship it with the app or give it to users to trust)"))
    print(_say(args, "Dấu vân tay: ", "Fingerprint: ") + pretty_fingerprint(fingerprint))
    return 0


def _empty_folder(path: Path) -> Path:
    if path.exists() and (not path.is_dir() or any(path.iterdir())):
        raise InputError(Problem("-o", text("thư mục đã có nội dung; chọn một thư mục mới hoặc trống",
                                            "the folder is not empty; choose a new or empty folder")), str(path))
    return path


def cmd_unpack(args) -> int:
    from ..catalog.package import open_package
    from ..fileio import write_atomically

    out = _empty_folder(Path(args.output))
    store = _store(args)
    if args.active:
        from ..domain.edition import MANIFEST, active_edition

        edition = active_edition()
        files = {p.name: p.read_bytes() for p in edition.files}
        files[MANIFEST] = (json.dumps(edition.manifest_json(), ensure_ascii=False, indent=2) + "\n").encode("utf-8")
    else:
        files = open_package(Path(args.file), store.trust.find).files
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(Problem("-o", text(f"không tạo được thư mục ({os_reason(exc)['vi']})",
                                            f"cannot create the folder ({os_reason(exc)['en']})")), str(out)) from None
    for name, raw in sorted(files.items()):
        write_atomically(out / name, raw)
    written = in_both(format_count, len(files), "tệp", "file", "files")
    print(_say(args, f"Đã ghi {written['vi']} vào {out}", f"Wrote {written['en']} to {out}"))
    return 0


def cmd_pack(args) -> int:
    from ..catalog.package import pack
    from ..fileio import write_atomically

    source, output = Path(args.source), Path(args.output)
    if output.resolve().parent == source.resolve():
        raise InputError(Problem("-o", text("ghi gói ra ngoài thư mục nguồn", "write the package outside SRC_DIR")))
    data, manifest, key_fingerprint = pack(source, Path(args.key))
    write_atomically(output, data)
    store = _store(args)
    size = in_both(format_size, len(data))
    print(_say(args, f"Đã ký {output}: {manifest['id']} phiên bản {manifest['version']} ({size['vi']})",
               f"Signed {output}: {manifest['id']} version {manifest['version']} ({size['en']})"))
    if store.trust.find(key_fingerprint) is None:
        print(_say(args, "Lưu ý: ứng dụng này chưa tin cậy khóa đã ký; người dùng phải tin cậy khóa công khai trước "
                         "('cds-cli catalog trust').",
                   "Note: this app does not trust the signing key yet; users must trust its public key first "
                   "('cds-cli catalog trust')."), file=sys.stderr)
    return 0


def _failed_json(args, error: InputError) -> None:
    if getattr(args, "json", False):
        print_json({"valid": False, "problems": error.render(args.lang).splitlines()})


def cmd_verify(args) -> int:
    store = _store(args)
    try:
        preview = store.preview(Path(args.file))
    except InputError as error:
        _failed_json(args, error)
        raise
    if args.json:
        print_json({"valid": True, **preview.edition.to_json(), "active_version": preview.active.version,
                    "newer_than_active": preview.is_newer, "files": sorted(preview.package.catalog_files),
                    "changes": [c.to_json() for c in preview.changes]})
        return 0
    print(_say(args, "Gói hợp lệ: chữ ký đúng, khóa được tin cậy, nội dung đúng lược đồ.",
               "Valid package: the signature matches, the key is trusted, the content passes the schemas."))
    for line in _preview_lines(args, preview):
        print(line)
    if not preview.is_newer:
        print(_say(args, "Phiên bản này không mới hơn phiên bản đang dùng.",
                   "This version is not newer than the active one."))
    return 0


def cmd_install(args) -> int:
    store = _store(args)
    preview = store.preview(Path(args.file))
    if not preview.is_newer and not args.allow_downgrade:
        store.install(preview)  # refuses, naming --allow-downgrade
    for line in _preview_lines(args, preview):
        print(line)
    if not confirm(args, text("Cài bản cập nhật danh mục này?", "Install this catalog update?")):
        print(_say(args, "Không cài; danh mục đang dùng không đổi.", "Not installed; the active catalog is unchanged."))
        return 2
    edition = store.install(preview, allow_downgrade=args.allow_downgrade)
    print(_say(args, f"Đã cài: danh mục {edition.id} phiên bản {edition.version} đang được dùng.",
               f"Installed: catalog {edition.id} version {edition.version} is now active."))
    return 0


def _status_json(edition: Edition) -> dict:
    from ..domain.edition import may_be_out_of_date

    return {**edition.to_json(), "out_of_date": may_be_out_of_date(edition, date.today()),
            "fallback": {lang: edition.fallback.render(lang) for lang in ("vi", "en")} if edition.fallback else None}


def cmd_status(args) -> int:
    from ..domain.edition import active_edition, edition_notices

    _store(args)
    edition = active_edition()
    if args.json:
        print_json(_status_json(edition))
        return 0
    print(_say(args, "Nguồn: ", "Source: ") + _source(args, edition))
    for line in _edition_lines(args, edition):
        print(line)
    for notice in edition_notices(edition, date.today()):
        print("! " + tr(notice, args.lang))
    return 0


def _source(args, edition) -> str:
    """Where the active catalog comes from, in words (the JSON output keeps the plain 'shipped'/'installed')."""
    if edition.source == "shipped":
        return _say(args, "đi kèm ứng dụng", "shipped with the app")
    return _say(args, "bản cập nhật đã cài", "installed update")


def cmd_rollback(args) -> int:
    edition = _store(args).rollback()
    source = _source(args, edition)
    print(_say(args, f"Đã quay lại: danh mục {edition.id} phiên bản {edition.version} ({source}).",
               f"Rolled back: catalog {edition.id} version {edition.version} ({source})."))
    return 0


def cmd_keys(args) -> int:
    from ..catalog.keys import pretty_fingerprint

    keys = _store(args).keys()
    if args.json:
        print_json([k.to_json() for k in keys])
        return 0
    for k in keys:
        added = format_date(k.added, args.lang)
        origin = _say(args, "đi kèm ứng dụng", "shipped") if k.shipped else _say(args, f"thêm ngày {added}",
                                                                               f"added {added}")
        print(f"{k.name} · {pretty_fingerprint(k.fingerprint)} · {origin}")
    return 0


def cmd_trust(args) -> int:
    from ..catalog.keys import fingerprint, load_public_key_file, pretty_fingerprint

    store = _store(args)
    raw = load_public_key_file(Path(args.keyfile))
    shown = pretty_fingerprint(fingerprint(raw))
    print(_say(args, f"Dấu vân tay của khóa: {shown}", f"Key fingerprint: {shown}"))
    if not confirm(args, text("Đã so dấu vân tay với nhà phát hành và muốn tin cậy khóa này?",
                              "Have you compared the fingerprint with the publisher, and trust this key?")):
        print(_say(args, "Không thêm khóa.", "The key was not added."))
        return 2
    key = store.trust.trust(raw, args.name)
    added = format_date(key.added, args.lang)
    print(_say(args, f"Đã tin cậy khóa '{key.name}' từ ngày {added}.", f"Trusted key '{key.name}' from {added}."))
    return 0


def cmd_untrust(args) -> int:
    from ..domain.edition import refresh

    key = _store(args).trust.remove(args.key)
    refresh()
    print(_say(args, f"Đã bỏ tin cậy khóa '{key.name}'; gói do khóa này ký sẽ không được dùng nữa.",
               f"Key '{key.name}' is no longer trusted; packages it signed are no longer used."))
    return 0
