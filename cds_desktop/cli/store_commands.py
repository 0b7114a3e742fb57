"""Store commands: import, list, show, export, export-bundle, export-table, benchmark, check,
restore, delete, merge. Reading commands open the database read-only, so they work while the app is open."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from ..errors import InputError, Problem
from ..formats import format_count, format_date, format_number, format_percent, format_score, in_both, score_trend
from ..i18n import Text, one_line, text, tr
from .output import assessment_words, confirm as _confirm, file_size, print_json

if TYPE_CHECKING:
    from ..storage import Damage, Repository

# Storage (tinydb, filelock) loads in the handlers: a run imports this module to build its options.
MIN_PREFIX = 4
ON_CONFLICT = ("skip", "replace", "keep-both")  # = storage.exchange.ON_CONFLICT (tests/test_cli.py checks)
TABLE_FORMATS = ("csv", "xlsx")  # = storage.table.FORMATS


def register(commands, common: argparse.ArgumentParser) -> None:
    say = commands.say  # help in the user's language
    file, ident, output_help = say("TỆP", "FILE"), say("MÃ", "ID"), say("tệp sẽ ghi ra", "the file to write")
    json_help = say("in ra dạng JSON, cho phần mềm khác đọc", "machine-readable output")
    yes_help = say("không hỏi lại để xác nhận", "do not ask for confirmation")

    def add(name: str, handler) -> argparse.ArgumentParser:
        p = commands.add_parser(name, parents=[common])
        p.set_defaults(handler=handler)
        return p

    p = add("import", cmd_import)
    p.add_argument("files", nargs="+", metavar=file,
                   help=say("tệp đánh giá hoặc tệp gộp (.json)", "assessment files or bundles (.json)"))
    p.add_argument("--on-conflict", choices=ON_CONFLICT, default="skip",
                   help=say("khi đã lưu một lần đánh giá cùng mã: skip bỏ qua tệp, replace thay bằng tệp, "
                            "keep-both giữ cả hai (mặc định skip)",
                            "when an assessment with the same id is stored: skip the file, replace it with the "
                            "file, or keep both (default skip)"))
    p.add_argument("--json", action="store_true", help=json_help)

    p = add("list", cmd_list)
    p.add_argument("--json", action="store_true", help=json_help)

    p = add("show", cmd_show)
    p.add_argument("id", metavar=ident, help=say("mã lần đánh giá hoặc mã cơ sở (hoặc vài ký tự đầu của mã)",
                                                 "assessment or business id (or its first characters)"))
    p.add_argument("--json", action="store_true", help=json_help)

    p = add("export", cmd_export)
    p.add_argument("id", metavar=ident, help=say("mã lần đánh giá", "assessment id"))
    p.add_argument("-o", "--output", required=True, metavar=file, help=output_help)

    p = add("export-bundle", cmd_export_bundle)
    p.add_argument("-o", "--output", required=True, metavar=file, help=output_help)
    p.add_argument("--business", metavar=ident, help=say("chỉ các lần đánh giá của cơ sở này",
                                                         "only this business's assessments"))
    p.add_argument("--skip-invalid", action="store_true", help=say(
        "bỏ ra ngoài tệp các cơ sở có thông tin sai mà máy khác sẽ từ chối khi nhập, ghi các cơ sở còn lại; "
        "in tên từng cơ sở bị bỏ ra, lỗi và cách sửa",
        "leave out the businesses whose details other laptops would refuse on import and write the others; "
        "names each one left out, what is wrong and how to fix it"))

    p = add("export-table", cmd_export_table)
    p.add_argument("--format", choices=TABLE_FORMATS, help=say("định dạng bảng (mặc định: theo đuôi tên tệp, .csv hoặc "
                                                           ".xlsx)", "table format (by default: the file name's "
                                                           "ending, .csv or .xlsx)"))
    p.add_argument("-o", "--output", required=True, metavar=file, help=output_help)
    p.add_argument("--anonymize", action="store_true",
                   help=say("để chia sẻ: mã mới, bỏ mọi ghi chú, quy mô theo khoảng, nhóm nào dưới 5 cơ sở thì "
                            "không lộ ra (k = 5)",
                            "for sharing: new ids, no free text, size bands, k-anonymous (k = 5)"))

    p = add("benchmark", cmd_benchmark)
    p.add_argument("id", metavar=ident, help=say("mã lần đánh giá", "assessment id"))
    p.add_argument("--json", action="store_true", help=json_help)

    p = add("check", cmd_check)
    p.add_argument("--json", action="store_true", help=json_help)

    p = add("restore", cmd_restore)
    p.add_argument("--list", action="store_true", help=say("liệt kê các bản sao lưu, mới nhất trước, không khôi "
                                                           "phục gì", "list the backups, newest first, and "
                                                           "restore nothing"))
    p.add_argument("--backup", metavar=say("TÊN", "NAME"), help=say("một tên trong --list, ví dụ v00000042",
                                                                    "a name from --list, e.g. v00000042"))
    p.add_argument("--yes", action="store_true", help=yes_help)

    p = add("delete", cmd_delete)
    p.add_argument("id", metavar=ident, help=say("mã lần đánh giá hoặc mã cơ sở", "assessment or business id"))
    p.add_argument("--yes", action="store_true", help=yes_help)

    p = add("merge", cmd_merge)
    p.add_argument("keep", metavar=say("GIỮ", "KEEP"), help=say("mã cơ sở được giữ (hồ sơ của nó giữ nguyên)",
                                                               "id of the business kept (its profile stays)"))
    p.add_argument("other", metavar=say("GỘP", "OTHER"), help=say(
        "mã cơ sở gộp vào: mọi lần đánh giá của nó chuyển sang cơ sở được giữ, rồi nó bị xóa",
        "id of the business merged in: its assessments move to the kept one, then it is removed"))
    p.add_argument("--yes", action="store_true", help=yes_help)


# -- opening -------------------------------------------------------------------------------------

def _damaged(repo: Repository, damage: Damage) -> InputError:
    advice = text(" Chạy 'cds-cli restore' để khôi phục.", " Run 'cds-cli restore' to restore it.")
    message = damage.message()
    return InputError(Problem("", {k: message[k] + advice[k] for k in message}), str(repo.db_path))


def _reader(args) -> Repository:
    from ..storage import Repository

    repo = Repository(args.data_dir, read_only=True)
    if repo.damage is not None:
        raise _damaged(repo, repo.damage)
    return repo


def _writer(args) -> Repository:
    from ..storage import Repository

    repo = Repository(args.data_dir)
    if repo.damage is not None:
        if repo.damage.good_backup is not None:
            repo.close()
            raise _damaged(repo, repo.damage)
        print(tr(repo.damage.message(), args.lang), file=sys.stderr)
        repo.start_empty()  # nothing to restore: the damaged file is kept aside, carry on with an empty store
    return repo


def _resolve(repo: Repository, given: str) -> tuple[str, str]:
    """("assessment" | "business", full id) for an id or an unambiguous beginning of one."""
    candidates = [("assessment", s.id) for s in repo.summaries()] + [("business", b.stored_id) for b in repo.businesses()]
    exact = [c for c in candidates if c[1] == given]
    if exact:
        return exact[0]
    matches = [c for c in candidates if c[1].startswith(given)] if len(given) >= MIN_PREFIX else []
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        raise InputError(Problem("ID", text(f"'{given}' khớp với {len(matches)} mã; gõ thêm vài ký tự",
                                            f"'{given}' matches {len(matches)} ids; type a few more characters")))
    from ..storage.repository import not_found

    raise not_found(text("đánh giá hay cơ sở kinh doanh nào", "assessment or business"), given)


def _assessment_id(repo: Repository, given: str) -> str:
    kind, full = _resolve(repo, given)
    if kind != "assessment":
        raise InputError(Problem("ID", text(
            f"'{given}' là mã cơ sở kinh doanh; lệnh này cần mã đánh giá ('cds-cli list' cho biết)",
            f"'{given}' is a business id; this command needs an assessment id ('cds-cli list' shows them)")))
    return full


# -- commands ------------------------------------------------------------------------------------

def cmd_import(args) -> int:
    from ..storage.exchange import import_files

    with _writer(args) as repo:
        report = import_files(repo, args.files, args.on_conflict)
    if args.json:  # the database written, named as `check --json` names it
        print_json({**report.to_json(), "database": str(repo.db_path)})
    else:
        print(report.render(args.lang))
    return 0


def _level(level, lang: str) -> str:
    """'2 · Bắt đầu', as `score`, the window and the report write a level; '—' for none (a draft)."""
    from ..domain.scoring import level_label

    return "—" if level is None else level_label(level, lang)


_STATUS_NAMES = {"draft": text("nháp", "draft"), "completed": text("hoàn thành", "completed")}


def _status(status: str, lang: str) -> str:
    return tr(_STATUS_NAMES[status], lang) if status in _STATUS_NAMES else status


def cmd_list(args) -> int:
    with _reader(args) as repo:
        entries = repo.list_businesses()
    if args.json:
        print_json([{"business": e.business.to_json(), "assessments": [s.to_json(args.lang) for s in e.assessments]}
                     for e in entries])
        return 0
    if not entries:
        print(tr(text("Chưa có cơ sở kinh doanh nào.", "No businesses stored yet."), args.lang))
    for e in entries:
        tax_code = f"  ({one_line(e.business.tax_code)})" if e.business.tax_code else ""
        print(f"{e.business.id}  {one_line(e.business.name)}{tax_code}")
        for s in e.assessments:
            print(f"    {s.id}  {s.stage:<3} {format_date(s.assessed_on, args.lang):<10}  {_status(s.status, args.lang):<10} "
                  f"{_level(s.overall_level, args.lang)}")
    return 0


def cmd_show(args) -> int:
    with _reader(args) as repo:
        kind, full = _resolve(repo, args.id)
        if kind == "business":
            business = repo.get_business(full)
            summaries = repo.assessments_of(full)
            found = repo.businesses_with_problems([full])  # what an import would refuse: said before an export
            if args.json:
                wrong = {k: v for k, v in found[0].to_json(args.lang).items() if k in ("problems", "fix")} if found \
                    else {"problems": []}
                print_json({"business": business.to_json(), "assessments": [s.to_json(args.lang) for s in summaries],
                            **wrong})
            else:
                print(f"{one_line(business.name)} — {business.id}")
                for line in found[0].lines(args.lang)[1:] if found else ():
                    print(line)
                for s in summaries:
                    print(f"    {s.id}  {s.stage:<3} {format_date(s.assessed_on, args.lang):<10}  {_level(s.overall_level, args.lang)}")
            return 0
        loaded = repo.assessment_file(full)
    from ..domain.scoring import score

    result = score(loaded.instrument, loaded.business, loaded.assessment)
    if args.json:
        print_json({**loaded.to_json(), "score": result.to_json(args.lang)})
        return 0
    a = loaded.assessment
    data = result.to_json(args.lang)
    print(f"{one_line(loaded.business.name)} — {a.stage} {format_date(a.assessed_on, args.lang)} "
          f"({_status(a.status, args.lang)})  {a.id}")
    print(f"{tr(text('Tổng thể', 'Overall'), args.lang)}: {result.headline(args.lang)}")
    for item in data["areas"]:
        shown = "—" if item["score"] is None else f"{format_score(item['score'], args.lang):>5}  {_level(item['level'], args.lang)}"
        print(f"  {item['name']:<42} {shown}")
    print(f"{tr(text('Mức độ hoàn thành', 'Completeness'), args.lang)}: {format_percent(data['completeness'], args.lang)}")
    return 0


def cmd_export(args) -> int:
    from ..storage.exchange import export_assessment

    with _reader(args) as repo:
        assessment_id = _assessment_id(repo, args.id)
        export_assessment(repo, assessment_id, args.output)
        s = repo.summary(assessment_id)
        which = assessment_words(repo.business_of(assessment_id).name, s.stage, s.assessed_on)
    size = file_size(args.output)
    print(tr(text(f"Đã ghi tệp đánh giá: {args.output} ({which['vi']}, {size['vi']})",
                  f"Assessment file written: {args.output} ({which['en']}, {size['en']})"), args.lang))
    return 0


def cmd_export_bundle(args) -> int:
    from ..storage.exchange import bundle_contents, write_bundle
    from ..storage.repository import BUSINESS, not_found

    with _reader(args) as repo:
        business = None
        if args.business:
            kind, business = _resolve(repo, args.business)
            if kind != "business":
                raise not_found(BUSINESS, args.business)
        contents = bundle_contents(repo, business)
        try:
            files = contents.to_write(leave_out_refused=args.skip_invalid)
        except InputError as refused:
            if contents.others_can_travel:  # said second: a long list is cut after its first lines
                others = in_both(format_count, contents.businesses, "cơ sở", "business", "businesses")
                refused.problems.insert(1, Problem("", text(
                    f"Để ghi {others['vi']} còn lại, không có các cơ sở này: chạy lại lệnh, thêm --skip-invalid.",
                    f"To write the rest ({others['en']}) without these: run the command again with --skip-invalid.")))
            raise
        count = write_bundle(files, args.output)
    written, size = in_both(format_count, count, "đánh giá", "assessment", "assessments"), file_size(args.output)
    print(tr(text(f"Đã ghi {written['vi']} vào {args.output} ({size['vi']})",
                  f"Wrote {written['en']} to {args.output} ({size['en']})"), args.lang))
    if not contents.left_out:
        return 0
    left_out = in_both(format_count, len(contents.left_out), "cơ sở", "business", "businesses")
    print(tr(text(f"Không có trong tệp: {left_out['vi']} có thông tin sai mà mọi máy sẽ từ chối khi nhập. Sửa rồi "
                  "ghi lại tệp:",
                  f"Not in the file: {left_out['en']} whose details every laptop would refuse on import. Fix them, "
                  "then write the file again:"), args.lang), file=sys.stderr)
    for stored in contents.left_out:
        print("\n".join(stored.lines(args.lang)), file=sys.stderr)
    return 0


def table_format(output: str, asked: str | None) -> str:
    """The format asked for, else the one the file name ends in; a name ending in the other one is refused
    (a spreadsheet program opens a file by its ending, and would find the wrong content)."""
    from pathlib import PurePath

    ending = PurePath(output).suffix.lower().lstrip(".")
    named = ending if ending in TABLE_FORMATS else None
    if asked is not None:
        if named in (None, asked):
            return asked
        raise InputError(Problem("--format", text(
            f"tên tệp '{output}' có đuôi .{named} mà định dạng là {asked}; đặt tên tệp có đuôi .{asked} hoặc bỏ --format",
            f"the file name '{output}' ends in .{named} but the format is {asked}; name the file .{asked} or drop "
            "--format")))
    if named is None:
        raise InputError(Problem("--format", text(
            f"không rõ định dạng của '{output}': đặt tên tệp có đuôi .csv hoặc .xlsx, hoặc thêm --format csv|xlsx",
            f"which format '{output}' should be is not clear: name the file .csv or .xlsx, or add --format csv|xlsx")))
    return named


def cmd_export_table(args) -> int:
    from ..storage.table import export_table

    fmt = table_format(args.output, args.format)  # before the store is opened: a bad option is said first
    with _reader(args) as repo:
        table = export_table(repo, args.output, fmt, args.lang, args.anonymize)
    written, size = in_both(format_count, len(table.rows), "dòng", "row", "rows"), file_size(args.output)
    print(tr(text(f"Đã ghi {written['vi']} vào {args.output} ({size['vi']})",
                  f"Wrote {written['en']} to {args.output} ({size['en']})"), args.lang))
    if args.anonymize:
        print(table.notes(args.lang)[-1])
    return 0


def cmd_benchmark(args) -> int:
    from ..storage.benchmark import benchmark

    with _reader(args) as repo:
        assessment_id = _assessment_id(repo, args.id)
        result = benchmark(repo, assessment_id)
        if args.json:
            print_json(result.to_json(args.lang))
            return 0
        instrument = repo.assessment_file(assessment_id).instrument  # the areas' names
    print(result.describe(args.lang))
    header = tr(text("Lĩnh vực / riêng / trung bình / trung vị / số cơ sở / so với trung bình",
                     "Area / own / mean / median / n / against the mean"), args.lang)
    print(header)
    names = {"overall": text("Tổng thể", "Overall"), **{a.id: a.name for a in instrument.areas}}
    for c in (result.overall, *result.areas):
        def fmt(v):
            return format_score(v, args.lang)
        name = tr(names[c.id], args.lang) if c.id in names else c.id
        against = score_trend(c.own_score, c.mean, args.lang)[0]  # as the window's peer card writes it
        print(f"  {name:<28} {fmt(c.own_score):>6} {fmt(c.mean):>6} {fmt(c.median):>6} {c.sample_size:>5}  {against}"
              .rstrip())
    return 0


def cmd_check(args) -> int:
    from ..storage import Repository

    with Repository(args.data_dir, read_only=True) as repo:
        report = repo.check()
    if args.json:
        print_json(report.to_json(args.lang))
    else:
        state = text("Dữ liệu tốt.", "The data is healthy.") if report.healthy else text(
            "Dữ liệu có vấn đề:", "The data has problems:")
        print(tr(state, args.lang))
        print(f"  {report.db_path}  ({format_count(report.size, args.lang, 'byte', 'byte', 'bytes')})")
        businesses = in_both(format_count, report.businesses, "cơ sở", "business", "businesses")
        assessments = in_both(format_count, report.assessments, "đánh giá", "assessment", "assessments")
        completed = in_both(format_number, report.completed)
        backups = in_both(format_count, len(report.backups), "bản sao lưu", "backup", "backups")
        print("  " + tr(text(f"{businesses['vi']}, {assessments['vi']} ({completed['vi']} hoàn thành), {backups['vi']}",
                             f"{businesses['en']}, {assessments['en']} ({completed['en']} completed), {backups['en']}"),
                        args.lang))
        if report.damage:
            print("  " + tr(report.damage.message(), args.lang))
        from ..errors import SHOWN_PROBLEMS, shortened

        for line in shortened([p.render(args.lang) for p in report.problems], SHOWN_PROBLEMS, args.lang):
            print("  " + line)
        if report.businesses_with_problems:
            count = in_both(format_count, len(report.businesses_with_problems), "cơ sở", "business", "businesses")
            _warning(args.lang, text(
                f"{count['vi']} có thông tin sai mà lúc nhập sẽ bị từ chối: tệp xuất ra có cơ sở này sẽ bị máy khác "
                "từ chối cả tệp cho tới khi sửa xong",
                f"{count['en']} with details that an import refuses: a file exported with one of them is refused "
                "whole by another laptop until it is fixed"),
                [line for stored in report.businesses_with_problems for line in stored.lines(args.lang)])
        if report.dates:
            count = in_both(format_count, len(report.dates), "đánh giá", "assessment", "assessments")
            _warning(args.lang, text(
                f"{count['vi']} có ngày không hợp lệ (sau hôm nay, hoặc trước ngày của một lần đánh giá trước; máy "
                "đã ghi có thể đặt sai đồng hồ): dữ liệu vẫn giữ nguyên, hãy sửa ngày",
                f"{count['en']} with a day that does not fit (after today, or before an earlier stage's day; the "
                "computer that wrote it may have had a wrong clock): kept as they are, set the day"),
                [warning.line(args.lang) for warning in report.dates])
    return 0 if report.healthy else 1


def _warning(lang: str, heading: Text, lines: list[str]) -> None:
    """One of the check's warnings: its heading, then what it names, indented under it."""
    print("  " + tr(heading, lang) + ":")
    for line in lines:
        print("    " + line)


BACKUP_KINDS = {
    "save": text("khi lưu", "on save"), "before-delete": text("trước khi xóa", "before a deletion"),
    "before-import": text("trước khi nhập", "before an import"),
    "before-restore": text("trước khi khôi phục", "before a restore"),
    "before-merge": text("trước khi gộp", "before a merge"),
    "before-migration": text("trước khi nâng cấp dữ liệu", "before a data upgrade"),
}


def _list_backups(args) -> int:
    from ..storage import Repository
    from ..storage.backups import describe_time

    with Repository(args.data_dir, read_only=True) as repo:
        backups = repo.backups()
    if not backups:
        print(tr(text("Chưa có bản sao lưu nào.", "No backups yet."), args.lang))
    for b in backups:
        kind = tr(BACKUP_KINDS[b.kind], args.lang) if b.kind in BACKUP_KINDS else b.kind
        print(f"{b.name}  {describe_time(b.taken_at, args.lang):<17} {kind:<24} {format_number(b.size / 1024, args.lang)} KB")
    return 0


def cmd_restore(args) -> int:
    from ..storage import Repository

    if args.list:
        return _list_backups(args)
    with Repository(args.data_dir) as repo:
        if repo.damage is not None:
            print(tr(repo.damage.message(), args.lang), file=sys.stderr)
        backups = repo.backups()
        chosen = next((b for b in backups if args.backup in (b.name, b.path.stem)), None) if args.backup else None
        label = chosen.name if chosen else (args.backup or tr(text("bản sao lưu tốt gần nhất", "the newest good backup"),
                                                              args.lang))
        if not _confirm(args, text(f"Khôi phục {label}? Dữ liệu hiện tại được giữ thành một bản sao lưu.",
                                   f"Restore {label}? The current data is kept as a backup.")):
            return 2
        restored = repo.restore_backup(args.backup)
    from ..storage.backups import describe_time

    when = describe_time(restored.taken_at, args.lang)
    print(tr(text(f"Đã khôi phục {restored.name} (lưu {when}).", f"Restored {restored.name} (saved {when})."),
             args.lang))
    return 0


def cmd_delete(args) -> int:
    with _writer(args) as repo:
        kind, full = _resolve(repo, args.id)
        if kind == "business":
            name = one_line(repo.get_business(full).name)
            count = in_both(format_count, len(repo.assessments_of(full)), "đánh giá", "assessment", "assessments")
            question = text(f"Xóa {name} cùng {count['vi']}?", f"Delete {name} with its {count['en']}?")
            done = text(f"Đã xóa {name} cùng {count['vi']}", f"Deleted {name} with its {count['en']}")
        else:
            s = repo.summary(full)
            name = one_line(repo.business_of(full).name)
            which = text(f"đánh giá {s.stage} ngày {format_date(s.assessed_on, 'vi')} của {name}",
                         f"the {s.stage} assessment of {format_date(s.assessed_on, 'en')} of {name}")
            question = text(f"Xóa {which['vi']}?", f"Delete {which['en']}?")
            done = text(f"Đã xóa {which['vi']} (mã {full})", f"Deleted {which['en']} (id {full})")
        if not _confirm(args, question):
            return 2
        if kind == "business":
            repo.delete_business(full)
        else:
            repo.delete_assessment(full)
        where = str(repo.db_path)
    print(tr(text(f"{done['vi']} khỏi {where}.\nBản trước khi xóa được giữ trong bản sao lưu.",
                  f"{done['en']} from {where}.\nThe data before the deletion is kept as a backup."), args.lang))
    return 0


def _business_id(repo: Repository, given: str) -> str:
    from ..storage.repository import BUSINESS, not_found

    kind, full = _resolve(repo, given)
    if kind != "business":
        raise not_found(BUSINESS, given)
    return full


def cmd_merge(args) -> int:
    with _writer(args) as repo:
        keep, other = _business_id(repo, args.keep), _business_id(repo, args.other)
        plan = repo.plan_merge(keep, other)
        print(plan.describe(args.lang))
        if not _confirm(args, text("Gộp như trên?", "Merge as above?")):
            return 2
        repo.merge_businesses(keep, other)
    moved = in_both(format_count, len(plan.moved), "đánh giá", "assessment", "assessments")
    keep_name, other_name = one_line(plan.keep.name), one_line(plan.other.name)  # quoted as describe() quotes them
    print(tr(text(f"Đã gộp «{other_name}» vào «{keep_name}»: {moved['vi']} đã chuyển sang; mục «{other_name}» "
                  f"(mã {plan.other.id}) đã được xóa.",
                  f"Merged “{other_name}” into “{keep_name}”: {moved['en']} moved; the entry “{other_name}” "
                  f"(id {plan.other.id}) is removed."), args.lang))
    print(tr(text("Để hoàn tác: 'cds-cli restore --list' rồi khôi phục bản 'trước khi gộp' mới nhất.",
                  "To undo: 'cds-cli restore --list', then restore the newest 'before a merge' backup."), args.lang))
    return 0
