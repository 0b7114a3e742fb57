"""Province commands: `province ingest | summary | report | export` on a workspace folder (DuckDB),
separate from the personal store. duckdb, reportlab and matplotlib load in the handlers."""

from __future__ import annotations

import argparse

from ..errors import InputError, Problem
from ..formats import format_count, in_both
from ..i18n import text, tr
from .output import file_size, print_json

DIMENSIONS = ("commune", "sector", "size", "entity_type", "stage")  # = province.summary.DIMENSIONS


def register(commands, common: argparse.ArgumentParser) -> None:
    say = commands.say  # help in the user's language
    json_help = say("in ra dạng JSON, cho phần mềm khác đọc", "machine-readable output")
    province = commands.add_parser("province", parents=[common])
    sub = province.add_subparsers(dest="province_command", metavar=say("LỆNH", "COMMAND"),
                                  parser_class=type(province))
    province.set_defaults(handler=lambda args: _usage(province))
    workspace = argparse.ArgumentParser(add_help=False)
    workspace.add_argument("--workspace", required=True, metavar=say("THƯ_MỤC", "DIR"),
                           help=say("thư mục dữ liệu của tỉnh", "the workspace folder"))

    def add(name: str, handler, vi: str, en: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, parents=[common, workspace], help=say(vi, en))
        p.set_defaults(handler=handler)
        return p

    p = add("ingest", cmd_ingest, "thêm bảng đã ẩn danh (CSV, XLSX) và tệp gộp (JSON); mỗi tệp được nhận trọn vẹn "
            "hoặc không nhận gì", "add anonymised tables (CSV, XLSX) and export bundles (JSON); each file whole or "
            "not at all")
    p.add_argument("files", nargs="+", metavar=say("TỆP", "FILE"), help=say("bảng CSV, XLSX hoặc tệp gộp JSON",
                                                                           "CSV or XLSX tables, JSON bundles"))
    p.add_argument("--json", action="store_true", help=json_help)

    p = add("summary", cmd_summary, "số cơ sở, điểm, mức và mức tăng từ T0 đến các lần sau; ô dưới 5 cơ sở được ẩn",
            "counts, scores, levels and T0→later uplift; cells under 5 businesses suppressed")
    p.add_argument("--by", nargs="+", default=[], choices=DIMENSIONS, metavar=say("TIÊU_CHÍ", "DIM"),
                   help=say(f"nhóm theo một hoặc nhiều tiêu chí: {', '.join(DIMENSIONS)}",
                            f"group by one or more of: {', '.join(DIMENSIONS)}"))
    p.add_argument("--stage", metavar="T0|T1|T2", help=say("chỉ lần đánh giá này (mặc định: lần mới nhất của mỗi cơ sở)",
                                                           "only this stage (default: each business's latest)"))
    p.add_argument("--json", action="store_true", help=json_help)

    p = add("report", cmd_report, "bảng tổng hợp của tỉnh dạng PDF và/hoặc XLSX",
            "the province dashboard as PDF and/or XLSX")
    p.add_argument("-o", "--output", metavar=say("TỆP.pdf", "FILE.pdf"), help=say("tệp PDF sẽ ghi ra",
                                                                                  "the PDF file to write"))
    p.add_argument("--xlsx", metavar=say("TỆP.xlsx", "FILE.xlsx"), help=say("tệp XLSX sẽ ghi ra",
                                                                            "the XLSX file to write"))

    p = add("ingests", cmd_ingests, "các lần nhập: số, lúc nào, mã SHA-256 của tệp, số dòng thêm và còn lưu",
            "the ingests: number, when, the file's SHA-256, rows added and still stored")
    p.add_argument("--json", action="store_true", help=json_help)

    p = add("undo", cmd_undo, "bỏ các dòng mà một lần nhập đã thêm (xem số ở 'province ingests')",
            "remove the rows one ingest added (its number: see 'province ingests')")
    p.add_argument("--ingest", type=int, required=True, metavar=say("SỐ", "NUMBER"),
                   help=say("số của lần nhập", "the ingest's number"))

    p = add("export", cmd_export, "các dòng đã làm sạch, ghi thành tệp Parquet cho mọi công cụ đọc được Parquet",
            "the cleaned rows as Parquet files, for any engine that reads Parquet")
    p.add_argument("--parquet", required=True, metavar=say("THƯ_MỤC", "DIR"),
                   help=say("thư mục sẽ ghi các tệp Parquet vào", "the folder to write the Parquet files to"))


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help()
    return 2


def cmd_ingest(args) -> int:
    from ..province.ingest import ingest
    from ..province.workspace import Workspace

    with Workspace(args.workspace, read_only=False) as ws:
        reports = ingest(ws, args.files)
        total = ws.count()
    if args.json:
        print_json({"files": [r.to_json(args.lang) for r in reports], "rows_in_workspace": total,
                    "database": str(ws.path)})
    else:
        for report in reports:
            print(report.render(args.lang))
        rows = in_both(format_count, total, "dòng", "row", "rows")
        print(tr(text(f"Dữ liệu tỉnh trong {args.workspace} có {rows['vi']}.",
                      f"The workspace {args.workspace} holds {rows['en']}."), args.lang))
    return 0 if all(r.ok for r in reports) else 2


def cmd_ingests(args) -> int:
    from ..formats import format_date
    from ..province.workspace import Workspace

    with Workspace(args.workspace) as ws:
        ingests = ws.ingests()
    if args.json:
        print_json({"ingests": [i | {"ingested_at": None if i["ingested_at"] is None else i["ingested_at"].isoformat(
            timespec="seconds")} for i in ingests]})
        return 0
    if not ingests:
        print(tr(text("Chưa có lần nhập nào.", "No ingest yet."), args.lang))
    for i in ingests:
        when = "—" if i["ingested_at"] is None else (
            f"{format_date(i['ingested_at'].date(), args.lang)} {i['ingested_at']:%H:%M}")
        added = in_both(format_count, i["rows_added"] or 0, "dòng", "row", "rows")
        kept = in_both(format_count, i["rows_stored"], "dòng", "row", "rows")
        sha = (i["sha256"] or "—")[:16]
        print(tr(text(f"{i['ingest']:>4}  {when}  SHA-256 {sha}…  thêm {added['vi']}, còn lưu {kept['vi']}",
                      f"{i['ingest']:>4}  {when}  SHA-256 {sha}…  {added['en']} added, {kept['en']} stored"), args.lang))
    return 0


def cmd_undo(args) -> int:
    from pathlib import Path

    from ..province.workspace import DB_NAME, Workspace

    if not (Path(args.workspace) / DB_NAME).is_file():
        Workspace(args.workspace).close()  # says there is no workspace there (and creates none)
    with Workspace(args.workspace, read_only=False) as ws:
        removed = ws.undo(args.ingest)
    rows = in_both(format_count, removed, "dòng", "row", "rows")
    print(tr(text(f"Đã bỏ {rows['vi']} của lần nhập số {args.ingest}.",
                  f"{rows['en']} of ingest no. {args.ingest} removed."), args.lang))
    return 0


def cmd_summary(args) -> int:
    from ..province.summary import render, summarise
    from ..province.workspace import Workspace

    with Workspace(args.workspace) as ws:
        summary = summarise(ws, args.by, args.stage)
    if args.json:
        print_json(summary.to_json(args.lang))
    else:
        print(render(summary, args.lang))
    return 0


def cmd_report(args) -> int:
    from ..province.dashboard import write_pdf, write_xlsx
    from ..province.workspace import Workspace

    if not args.output and not args.xlsx:
        raise InputError(Problem("-o/--xlsx", text("hãy cho tệp PDF (-o) hoặc XLSX (--xlsx)",
                                                   "give a PDF (-o) or XLSX (--xlsx) file")))
    with Workspace(args.workspace) as ws:
        if args.output:
            write_pdf(ws, args.output, args.lang)
            _say_written(args.output, args.lang)
        if args.xlsx:
            write_xlsx(ws, args.xlsx, args.lang)
            _say_written(args.xlsx, args.lang)
    return 0


def _say_written(path: str, lang: str) -> None:
    size = file_size(path)
    print(tr(text(f"Đã ghi: {path} ({size['vi']})", f"Written: {path} ({size['en']})"), lang))


def cmd_export(args) -> int:
    from ..province.workspace import Workspace

    with Workspace(args.workspace) as ws:
        written = ws.export_parquet(args.parquet)
    for name, count in written.files.items():
        rows = in_both(format_count, count, "dòng", "row", "rows")
        print(tr(text(f"Đã ghi {rows['vi']}: {args.parquet}/{name}", f"Wrote {rows['en']}: {args.parquet}/{name}"),
                 args.lang))
    print(written.notes(args.lang))
    return 0
