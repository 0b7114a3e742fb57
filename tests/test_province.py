"""The province workspace: ingest (all-or-nothing per file, duplicates once, files untouched),
summaries with small cells suppressed, uplift for matching pairs only, Parquet, the dashboard."""

import json
import os
from dataclasses import replace

import pytest

from cds_desktop.cli import main
from cds_desktop.province.ingest import ingest
from cds_desktop.province.summary import render, summarise
from cds_desktop.province.workspace import Workspace
from cds_desktop.storage import Repository
from cds_desktop.storage.exchange import export_bundle
from cds_desktop.storage.table import export_table
from province_support import row, sector_rows, write_table
from storage_support import completed


@pytest.fixture
def ws(tmp_path):
    with Workspace(tmp_path / "ws", read_only=False) as workspace:
        yield workspace


def test_ingest_keeps_each_row_once_rejects_a_bad_file_whole_and_never_changes_the_files(ws, tmp_path):
    good = write_table(tmp_path / "a.csv", [row("E1", i, f"B{i}") for i in range(1, 7)])
    again = write_table(tmp_path / "again.csv", [row("E1", i, f"B{i}") for i in range(1, 7)]
                        + [row("E1", 7, "B7")])  # six already sent, one new
    bad = write_table(tmp_path / "bad.csv", [row("E2", 1, "B1"), row("E2", 2, "B2", score=150.0),
                                             row("E2", 3, "B3", level=9, stage="X1")])
    wrong = write_table(tmp_path / "wrong.csv", [row("E3", 1, "B1", instrument_version="9.9")])
    before = {p: (p.read_bytes(), os.stat(p).st_mtime_ns) for p in (good, again, bad, wrong)}
    reports = ingest(ws, [good, again, bad, wrong, good])
    assert [(r.ok, r.added, r.duplicates) for r in reports] == [
        (True, 6, 0), (True, 1, 6), (False, 0, 0), (False, 0, 0), (True, 0, 6)]
    assert ws.count() == 7  # nothing of the bad files
    bad_text = reports[2].render("en")
    assert "line 3, overall_score: must be a number from 0 to 100" in bad_text
    assert "line 4, overall_level" in bad_text and "line 4, stage" in bad_text and "NOT ingested" in bad_text
    assert "line 2, instrument_version: this instrument (id and version) is not known" in reports[3].render("en")
    assert "dòng 3, overall_score" in reports[2].render("vi")
    assert {p: (p.read_bytes(), os.stat(p).st_mtime_ns) for p in before} == before
    empty_draft = write_table(tmp_path / "draft.csv", [row("E5", 1, "B1", score="", level="", status="Bản nháp")])
    unscored = write_table(tmp_path / "unscored.csv", [row("E6", 1, "B1", score="", level="")])
    drafts = ingest(ws, [empty_draft, unscored])
    assert [r.ok for r in drafts] == [True, False] and "line 2, overall_score" in drafts[1].render("en")
    levels = ws.con.execute("SELECT count(*) FROM question_levels WHERE question_id = 'biz_einvoice'").fetchone()[0]
    assert levels == 8  # the seven rows and the draft


def test_a_named_table_or_a_foreign_file_is_refused(ws, tmp_path, installed_mini, workshop):
    with Repository(tmp_path / "store") as repo:
        b = repo.add_business(workshop)
        repo.save_assessment(b.id, completed(installed_mini, workshop))
        export_table(repo, tmp_path / "named.csv", "csv")
    (tmp_path / "notes.csv").write_text("a,b\n1,2\n", encoding="utf-8")
    (tmp_path / "utf16.csv").write_bytes("export_id\n".encode("utf-16"))
    (tmp_path / "ragged.csv").write_text(",".join(row("E", 1, "B")) + "\n1,2\n", encoding="utf-8")
    (tmp_path / "long.csv").write_text("x" * 300_000 + "\n1\n", encoding="utf-8")  # no header: one huge cell
    reports = ingest(ws, [tmp_path / n for n in ("named.csv", "notes.csv", "utf16.csv", "ragged.csv", "missing.csv",
                                                 "long.csv")])
    assert not any(r.ok for r in reports) and ws.count() == 0
    texts = [r.render("en") for r in reports]
    assert "named table" in texts[0] and "missing columns" in texts[1] and "UTF-8" in texts[2]
    assert "line 2 has 2 cells, the header has 16" in texts[3] and "cannot read the file" in texts[4]
    assert "dòng 2 có 2 ô, dòng tiêu đề có 16" in reports[3].render("vi")
    assert "first line is not the header of a province table" in texts[5]
    assert "dòng đầu không phải tiêu đề" in reports[5].render("vi")


def test_a_commune_or_province_the_app_does_not_know_is_refused_with_its_line(ws, tmp_path):
    rows = [row("E1", 1, "B1"), row("E1", 2, "B2", commune='=HYPERLINK("http://x.example","Đông Hà")'),
            row("E1", 3, "B3", commune="Ba Đình"), row("E1", 4, "B4", province="Atlantis"),
            row("E1", 5, "B5", commune=""), row("E1", 6, "B6", province="Hà Nội", commune="Ba Đình"),
            row("E1", 7, "B7", commune="'=1+2")]
    report = ingest(ws, [write_table(tmp_path / "t.csv", rows)])[0]
    assert not report.ok and ws.count() == 0
    text = report.render("en")
    assert "line 3, commune: is not a commune of Quảng Trị" in text and "line 4, commune" in text
    assert "line 5, province: is not a province" in text and "line 8, commune" in text
    assert "line 2," not in text and "line 6," not in text and "line 7," not in text  # empty: the whole province
    assert "dòng 3, commune: không phải xã/phường/đặc khu của Quảng Trị" in report.render("vi")


def test_a_table_broken_further_down_names_the_line_in_the_users_language(ws, tmp_path):
    good = write_table(tmp_path / "good.csv", [row("E1", i, f"B{i}", commune="Cam Lộ") for i in range(1, 400)])
    data = good.read_bytes()
    at = data.rindex("Cam Lộ".encode())  # past the first few kilobytes: found while the table is read
    (tmp_path / "latin.csv").write_bytes(data[:at] + "Cam Lô".encode("cp1252") + data[at + len("Cam Lộ".encode()):])
    lines = data.decode("utf-8-sig").splitlines()
    lines[3] = lines[3].replace("Cam Lộ", '"Cam Lộ')  # a quote left open
    (tmp_path / "quote.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    reports = ingest(ws, [tmp_path / "latin.csv", tmp_path / "quote.csv"])
    assert not any(r.ok for r in reports) and ws.count() == 0
    assert "line 400: the file is not UTF-8" in reports[0].render("en")
    assert "dòng 400: tệp không phải UTF-8" in reports[0].render("vi")
    assert "line 4 cannot be read" in reports[1].render("en") and "dòng 4 không đọc được" in reports[1].render("vi")
    assert "Error" not in reports[0].render("vi") + reports[1].render("vi")


def test_a_table_saved_again_by_a_spreadsheet_with_semicolons_and_decimal_commas_is_ingested(ws, tmp_path):
    import csv

    from cds_desktop.storage.table import columns

    headers = {c.key: c.header["vi"] for c in columns(True)}
    rows = [row("E1", i, f"B{i}", score=f"4{i},5", pillar_data_score=f"4{i},5") for i in range(1, 7)]
    path = tmp_path / "resaved.csv"
    with path.open("w", encoding="utf-8-sig", newline="") as fh:  # as a spreadsheet set to Vietnamese saves it
        writer = csv.writer(fh, delimiter=";")
        writer.writerow([headers.get(k, k) for k in rows[0]])
        writer.writerows(r.values() for r in rows)
    report = ingest(ws, [path])[0]
    assert report.ok and report.added == 6, report.render("en")
    assert ws.con.execute("SELECT min(overall_score) FROM assessments").fetchone()[0] == 41.5


def test_tables_and_bundles_as_the_app_exports_them_are_ingested(ws, tmp_path, installed_mini, workshop, shop):
    with Repository(tmp_path / "store") as repo:
        for i in range(6):
            b = repo.add_business(shop._replace(name=f"Quán {i}", industry="=1+2", commune="Đông Hà"))
            repo.save_assessment(b.id, completed(installed_mini, b, level=2))
            repo.save_assessment(b.id, completed(installed_mini, b, level=4, stage="T1"))
        export_table(repo, tmp_path / "anon.csv", "csv", lang="en", anonymize=True)
        export_table(repo, tmp_path / "anon.xlsx", "xlsx", lang="vi", anonymize=True)
        export_bundle(repo, tmp_path / "bundle.json")
    reports = ingest(ws, [tmp_path / "anon.csv", tmp_path / "anon.xlsx", tmp_path / "bundle.json",
                          tmp_path / "bundle.json"])
    assert [(r.ok, r.added, r.duplicates) for r in reports] == [(True, 12, 0), (True, 12, 0), (True, 12, 0),
                                                                (True, 0, 12)], [r.render("en") for r in reports]
    stored = ws.con.execute("SELECT DISTINCT entity_type, sector, size_class, status FROM assessments").fetchall()
    assert stored == [("household", "trade_services", "not_applicable", "completed")]
    names = ws.con.execute("SELECT count(*) FROM assessments WHERE business_key LIKE '%Quán%'").fetchone()[0]
    assert names == 0
    summary = summarise(ws)
    assert summary.total.businesses == 18 and summary.uplift_total.pairs == 18  # 6 per export: never linked


def test_a_cell_under_five_businesses_shows_no_figure(ws, tmp_path):
    rows = (sector_rows("E1", "trade_services", 5, 60.0) + sector_rows("E1", "industry_construction", 4, 20.0, 10)
            + [row("E1", 30, "trade_services0", score=90.0, stage="T1", sector="trade_services")]
            + sector_rows("E1", "agriculture_forestry_fishery", 5, 40.0, 40))  # hidden with industry: see below
    ingest(ws, [write_table(tmp_path / "t.csv", rows)])
    summary = summarise(ws, ["sector"])
    data = summary.to_json("en")
    cells = {c["group"]["sector"]: c for c in data["cells"]}
    assert cells["industry_construction"] == {"group": {"sector": "industry_construction"},
                                              "labels": {"sector": "Industry and construction"},
                                              "suppressed": True, "businesses": "<5"}
    shown = cells["trade_services"]
    assert shown["businesses"] == 5 and shown["mean_score"] == 66.0 and shown["levels"]["3"] == 5
    assert cells["agriculture_forestry_fishery"]["businesses"] == "hidden"
    assert data["total"]["businesses"] == 14 and data["uplift"]["total"] == {
        "group": {}, "labels": {}, "suppressed": True, "pairs": "<5"}  # one pair only
    by_stage = summarise(ws, ["sector"], stage="T1")
    assert by_stage.total.suppressed and all(c.suppressed for c in by_stage.cells)


def test_a_small_cell_cannot_be_worked_out_from_the_total_and_the_cells_shown(ws, tmp_path):
    # The only cooperative (Gio Linh, level 5) among twelve households of Đông Hà, each with a T0 and a T1.
    rows = [r for i in range(12) for r in (row("E1", 2 * i + 1, f"H{i}", score=30.0 + i, level=2),
                                            row("E1", 2 * i + 2, f"H{i}", score=40.0 + i, level=2, stage="T1"))]
    rows += [row("E1", 25, "C", score=50.0, level=3, entity_type="cooperative", commune="Gio Linh"),
             row("E1", 26, "C", score=91.0, level=5, stage="T1", entity_type="cooperative", commune="Gio Linh")]
    ingest(ws, [write_table(tmp_path / "t.csv", rows)])
    for by in (["entity_type"], ["commune"], ["commune", "entity_type"]):
        summary = summarise(ws, by)
        assert not summary.total.suppressed and summary.total.businesses == 13
        # total minus the households would be the cooperative: the households are hidden too
        assert all(c.suppressed for c in summary.cells), by
        assert all(u.suppressed for u in summary.uplift), by
        data = summary.to_json("en")
        assert {c["businesses"] for c in data["cells"]} == {"<5", "hidden"}
        assert "subtract" in render(summary, "en") and "trừ" in render(summary, "vi")
    # the province minus its households, chosen as a filter, is the cooperative too
    households = summarise(ws, filters={"entity_type": "household"})
    assert households.total.suppressed and households.uplift_total.suppressed
    assert summarise(ws, ["sector"], filters={"entity_type": "household"}).total.suppressed
    # with more cooperatives the households stand alone again
    more = [row("E2", i + 1, f"C{i}", entity_type="cooperative", commune="Gio Linh") for i in range(5)]
    ingest(ws, [write_table(tmp_path / "more.csv", more)])
    shown = {c.group["entity_type"]: c for c in summarise(ws, ["entity_type"]).cells}
    assert not shown["household"].suppressed and not shown["cooperative"].suppressed
    assert not summarise(ws, filters={"entity_type": "household"}).total.suppressed


def test_uplift_counts_only_a_t0_and_a_later_stage_in_the_same_export(ws, tmp_path):
    pairs = [r for i in range(5) for r in (row("E1", 2 * i + 1, f"B{i}", score=40.0),
                                            row("E1", 2 * i + 2, f"B{i}", score=60.0, stage="T1"))]
    first_only = [row("E2", i + 1, f"B{i}", score=10.0) for i in range(5)]
    later_only = [row("E3", i + 1, f"B{i}", score=95.0, stage="T1") for i in range(5)]  # same keys, other export
    drafts = [row("E4", i + 1, f"B{i}", score=0.0, status="draft") for i in range(5)]
    ingest(ws, [write_table(tmp_path / n, r) for n, r in
                (("p.csv", pairs), ("f.csv", first_only), ("l.csv", later_only), ("d.csv", drafts))])
    summary = summarise(ws)
    assert summary.uplift_total.pairs == 5 and summary.uplift_total.mean_change == 20.0
    assert summary.total.businesses == 15 and summary.drafts == 5  # each business once, drafts apart
    assert summarise(ws, stage="T0").total.mean_score == 25.0


def test_summary_cli_json_and_bad_options(tmp_path, capsys):
    rows = sector_rows("E1", "trade_services", 6, 70.0)
    workspace = str(tmp_path / "ws")
    assert main(["province", "ingest", str(write_table(tmp_path / "t.csv", rows)), "--workspace", workspace]) == 0
    capsys.readouterr()
    assert main(["province", "summary", "--workspace", workspace, "--by", "commune", "size", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["cells"][0]["labels"]["commune"] == "Đông Hà" and data["cells"][0]["businesses"] == 6
    assert main(["province", "summary", "--workspace", workspace, "--stage", "X"]) == 2
    assert "--stage" in capsys.readouterr().err
    assert main(["province", "summary", "--workspace", str(tmp_path / "none")]) == 2
    assert "province ingest" in capsys.readouterr().err


@pytest.mark.parametrize("lang, all_, head", [("vi", "Tất cả", "Cơ sở"), ("en", "All", "Firms")])
def test_summary_cli_text_puts_each_heading_over_its_column_and_groups_thousands(tmp_path, capsys, lang, all_, head):
    """The headings stood at the left edge, over the names, and counts read '1206'."""
    rows = (sector_rows("E1", "trade_services", 1200, 70.0)
            + sector_rows("E1", "industry_construction", 6, 30.0, start=2000, commune="Cam Lộ"))
    workspace = str(tmp_path / "ws")
    assert main(["province", "ingest", str(write_table(tmp_path / "t.csv", rows)), "--workspace", workspace]) == 0
    capsys.readouterr()
    assert main(["province", "summary", "--workspace", workspace, "--by", "sector", "--lang", lang]) == 0
    lines = capsys.readouterr().out.splitlines()
    sep = "." if lang == "vi" else ","
    heading = next(line for line in lines if line.lstrip().startswith(head))
    total = next(line for line in lines if line.startswith(all_ + " "))
    firms = f"1{sep}206"
    assert total.split()[len(all_.split())] == firms and total.endswith(f"  0/0/0/{firms}/0/0")
    assert heading.index(head) + len(head) == total.index(firms) + len(firms)  # right edges line up
    assert heading.index(head) > len(all_)  # not over the names
    assert any(line.endswith(f"  0/0/0/1{sep}200/0/0") for line in lines)


@pytest.mark.parametrize("lang, said", [("vi", "Đã ghi: {path} ({size})"), ("en", "Written: {path} ({size})")])
def test_the_dashboard_cli_says_each_file_it_wrote_with_its_size(tmp_path, capsys, lang, said):
    from cds_desktop.formats import format_size

    workspace = str(tmp_path / "ws")
    table = write_table(tmp_path / "t.csv", sector_rows("E1", "trade_services", 6, 70.0))
    assert main(["province", "ingest", str(table), "--workspace", workspace]) == 0
    capsys.readouterr()
    pdf, xlsx = tmp_path / "d.pdf", tmp_path / "d.xlsx"
    assert main(["province", "report", "--workspace", workspace, "-o", str(pdf), "--xlsx", str(xlsx),
                 "--lang", lang]) == 0
    assert capsys.readouterr().out.splitlines() == [said.format(path=p, size=format_size(p.stat().st_size, lang))
                                                    for p in (pdf, xlsx)]


@pytest.mark.parametrize("lang, said", [("vi", "Dữ liệu tỉnh trong {ws} có 6 dòng."),
                                        ("en", "The workspace {ws} holds 6 rows.")])
def test_ingest_names_the_workspace_it_changed_and_its_json_stays_json(tmp_path, capsys, lang, said):
    workspace = tmp_path / "ws"
    table = write_table(tmp_path / "t.csv", sector_rows("E1", "trade_services", 6, 70.0))
    assert main(["province", "ingest", str(table), "--workspace", str(workspace), "--lang", lang]) == 0
    assert capsys.readouterr().out.splitlines()[-1] == said.format(ws=workspace)
    assert main(["province", "ingest", str(table), "--workspace", str(workspace), "--lang", lang, "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["rows_in_workspace"] == 6 and data["database"] == str(workspace / "province.duckdb")


def test_the_parquet_export_reads_back_with_duckdb(ws, tmp_path):
    import duckdb

    ingest(ws, [write_table(tmp_path / "t.csv", sector_rows("E1", "trade_services", 6, 70.0))])
    assert ws.export_parquet(tmp_path / "out").files == {"assessments.parquet": 6, "question_levels.parquet": 6}
    con = duckdb.connect()
    back = con.execute(f"SELECT sector, count(*), avg(overall_score), min(row_id) FROM "
                       f"'{tmp_path / 'out' / 'assessments.parquet'}' GROUP BY sector").fetchall()
    assert back == [("trade_services", 6, 70.0, 1)]
    levels = con.execute(f"SELECT DISTINCT question_id, level FROM '{tmp_path / 'out' / 'question_levels.parquet'}'")
    assert levels.fetchall() == [("biz_einvoice", 2)]


def test_the_dashboard_pdf_and_xlsx(ws, tmp_path):
    from openpyxl import load_workbook
    from pypdf import PdfReader

    from cds_desktop.province.dashboard import write_pdf, write_xlsx

    rows = (sector_rows("E1", "trade_services", 6, 70.0) + sector_rows("E1", "industry_construction", 3, 30.0, 20)
            + [row("E1", 40 + i, f"trade_services{i}", score=80.0, stage="T1") for i in range(6)])
    ingest(ws, [write_table(tmp_path / "t.csv", rows)])
    write_pdf(ws, tmp_path / "d.pdf", "en")
    pages = [page.extract_text() for page in PdfReader(tmp_path / "d.pdf").pages]
    text = "".join(pages)
    assert "Communes ranked by mean score" in text and "Uplift T0 → later stage" in text and "<5 *" in text
    assert all(f"Page {n} of {len(pages)}" in page for n, page in enumerate(pages, 1))  # as the report says it
    from vietnamese_left import vietnamese_left
    assert not vietnamese_left(text)
    write_xlsx(ws, tmp_path / "d.xlsx", "vi")
    book = load_workbook(tmp_path / "d.xlsx")
    assert book.sheetnames == ["Tổng quan", "Theo ngành", "Xã phường", "Tiến bộ", "Ghi chú"]
    sectors = list(book["Theo ngành"].iter_rows(values_only=True))
    assert any(r[0] == "Công nghiệp và xây dựng" and r[1] is None and "<5" in r for r in sectors)


@pytest.mark.parametrize("lang, word", [("vi", "Mức"), ("en", "Level")])
def test_the_dashboard_workbook_writes_a_level_as_the_window_and_the_report_do(ws, tmp_path, lang, word):
    """Its columns said 'Mức 2 (Bắt đầu)' / 'Level 2 (Beginning)' where the window, the report and the CLI say
    'Mức 2 · Bắt đầu' (scoring.level_label)."""
    from openpyxl import load_workbook

    from cds_desktop.domain.scoring import level_label
    from cds_desktop.province.dashboard import write_xlsx

    ingest(ws, [write_table(tmp_path / "t.csv", sector_rows("E1", "trade_services", 6, 70.0))])
    write_xlsx(ws, tmp_path / "d.xlsx", lang)
    book = load_workbook(tmp_path / "d.xlsx")
    for sheet in book.sheetnames[:3]:
        header = next(book[sheet].iter_rows(max_row=1, values_only=True))
        assert [h for h in header if h and h.startswith(f"{word} ") and "≥" not in h] == [
            f"{word} {level_label(level, lang)}" for level in range(6)], sheet


def test_an_xlsx_zip_bomb_is_refused_before_it_is_unpacked(ws, tmp_path, monkeypatch):
    """A 1 MB XLSX file whose shared strings unpack to 500 MB kept ingest busy for minutes and took gigabytes
    of memory; its declared sizes are checked first (lowered here so that the test writes a few MB)."""
    import zipfile

    from cds_desktop.province import ingest as ingest_module

    monkeypatch.setattr(ingest_module, "MAX_XLSX_SHARED_STRINGS_BYTES", 1024 * 1024)
    monkeypatch.setattr(ingest_module, "MAX_XLSX_UNPACKED_BYTES", 4 * 1024 * 1024)
    loaded = []
    monkeypatch.setattr("openpyxl.load_workbook", lambda *a, **k: loaded.append(a) or pytest.fail("unpacked"))
    strings, sheet = tmp_path / "strings.xlsx", tmp_path / "sheet.xlsx"
    with zipfile.ZipFile(strings, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/sharedStrings.xml", b"<sst>" + b"<si><t>x</t></si>" * 100_000 + b"</sst>")
    with zipfile.ZipFile(sheet, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("xl/worksheets/sheet1.xml", b"<row/>" * 1_000_000)
    reports = ingest(ws, [strings, sheet])
    assert not any(r.ok for r in reports) and ws.count() == 0 and not loaded
    assert "cell texts unpack to too much" in reports[0].render("en")
    assert "the file unpacks to too much" in reports[1].render("en") and "CSV" in reports[1].render("en")
    assert "giải nén ra quá nhiều" in reports[1].render("vi")


def test_a_dashboard_of_fewer_than_five_businesses_shows_no_score(ws, tmp_path):
    from pypdf import PdfReader

    from cds_desktop.province.dashboard import write_pdf

    ingest(ws, [write_table(tmp_path / "t.csv", [row("E1", 1, "B1", score=73.4, level=4)])])
    write_pdf(ws, tmp_path / "d.pdf", "en")
    text = "".join(page.extract_text() for page in PdfReader(tmp_path / "d.pdf").pages)
    assert "no figure is shown" in text and "73.4" not in text


@pytest.mark.parametrize("lang, key, communes", [
    ("vi", ["Cơ sở", "Điểm trung bình", "Trung vị", "Từ mức 3 trở lên", "Cặp T0 → sau", "Tăng điểm TB"],
     ["#", "Xã/phường", "Cơ sở", "TB", "Trung vị", "Mức ≥ 3", "Tăng điểm T0 → sau"]),
    ("en", ["Businesses", "Mean score", "Median", "Level 3 or above", "T0 → later pairs", "Mean uplift"],
     ["#", "Commune", "Businesses", "Mean", "Median", "Level ≥ 3", "Uplift T0 → later"])])
def test_the_dashboard_tables_keep_each_heading_on_its_line(ws, tmp_path, lang, key, communes):
    """"Level ≥" stood above a lone "3", "Trung" above "vị", "Level 3 or" above "above": each heading of the key
    figures and of the communes now fits its column whole."""
    from pypdf import PdfReader

    from cds_desktop.province.dashboard import write_pdf

    ingest(ws, [write_table(tmp_path / "t.csv", sector_rows("E1", "trade_services", 6, 70.0))])
    write_pdf(ws, tmp_path / "d.pdf", lang)
    lines = [line.strip() for page in PdfReader(tmp_path / "d.pdf").pages for line in page.extract_text().splitlines()]
    for headings in (key, communes):
        first = lines.index(headings[0])
        assert lines[first:first + len(headings)] == headings


def test_the_pillar_chart_names_each_pillar_as_text_not_as_a_list(ws, tmp_path):
    from cds_desktop.province.dashboard import pillar_labels

    labels = pillar_labels("en")
    assert len(labels) == 6 and not any(label.startswith("[") for label in labels), labels
    assert "Digital infrastructure\nand technology" in labels  # wrapped on two lines, as even as can be


def test_a_province_written_short_in_a_table_is_that_province(ws, tmp_path):
    """'TP.HCM', 'Sài Gòn' (NFD, as a Mac's spreadsheet may save it), 'Ha Noi', 'tỉnh Quảng Trị' are those provinces
    in the form, validate and import; a province table edited by hand with them was refused whole ('is not a
    province'). Stored under the province's name; a former province is still refused, as before."""
    import unicodedata

    written = {1: "TP.HCM", 2: "Tp. Hồ Chí Minh", 3: unicodedata.normalize("NFD", "Sài Gòn"), 4: "ha noi",
               5: "tỉnh Quảng Trị", 6: "Quảng Trị"}
    rows = [row("E1", i, f"B{i}", province=p, commune="Đông Hà" if i >= 5 else "") for i, p in written.items()]
    report = ingest(ws, [write_table(tmp_path / "short.csv", rows)])[0]
    assert report.ok and report.added == 6, report.render("en")
    stored = dict(ws.con.execute("SELECT row_id, province || '/' || coalesce(commune, '') FROM assessments").fetchall())
    assert stored == {1: "Hồ Chí Minh/", 2: "Hồ Chí Minh/", 3: "Hồ Chí Minh/", 4: "Hà Nội/", 5: "Quảng Trị/Đông Hà",
                      6: "Quảng Trị/Đông Hà"}
    refused = ingest(ws, [write_table(tmp_path / "old.csv", [row("E2", 1, "C1", province="Quảng Bình"),
                                                             row("E2", 2, "C2", province="HN", commune="")])])[0]
    assert not refused.ok and ws.count() == 6
    assert "line 2, province: is not a province" in refused.render("en") and "line 3, province" in refused.render("en")


def test_a_dashboard_made_on_a_computer_whose_clock_is_behind_is_dated_the_catalog_s_day(ws, tmp_path, clock_behind):
    """Dated by the clock, a dead battery's 1/1/2000 went on the province's dashboard; the business report takes
    the policy catalog's day (policy_day), and so does the dashboard now."""

    from cds_desktop.domain.edition import shipped_edition
    from cds_desktop.province.dashboard import gather

    ingest(ws, [write_table(tmp_path / "t.csv", sector_rows("E1", "trade_services", 6, 70.0))])
    assert gather(ws).on == shipped_edition().as_of


@pytest.fixture
def mixed(ws, tmp_path):
    """Businesses over sectors, entity types, sizes and communes, with T0 → T1 pairs and drafts: some cells small."""
    import random

    rng = random.Random(7)
    rows, number = [], 0
    for b in range(90):
        profile = {"sector": rng.choice(["trade_services", "industry_construction", "agriculture_forestry_fishery"]),
                   "entity_type": rng.choice(["household", "cooperative"]), "size_class": rng.choice(["micro", "small"]),
                   "commune": rng.choice(["Đông Hà", "Cam Lộ", "Gio Linh"])}
        for stage in ("T0", "T1")[:rng.choice((1, 2))]:
            number += 1
            score = round(rng.uniform(10, 90), 1)
            rows.append(row("E1", number, f"B{b}", score=score, level=int(score // 20), stage=stage,
                            status=rng.choice(["completed"] * 9 + ["draft"]), **profile))
    ingest(ws, [write_table(tmp_path / "mixed.csv", rows)])
    return ws


FILTERS = [{"sector": "trade_services"}, {"entity_type": "cooperative"}, {"size": "small"},
           {"sector": "industry_construction", "size": "micro"}, {"sector": "mining", "entity_type": "household"},
           {"sector": "agriculture_forestry_fishery", "entity_type": "household", "size": "small"}]


def test_a_filtered_summary_has_the_figures_of_its_rows_read_on_their_own(mixed):
    """Its figures are taken from the unfiltered summary grouped by the filters too: the same as a query of only
    the rows the filters select gives (suppression comes on top: that query's cells are never shown as they are)."""
    from cds_desktop.province.summary import _summarise

    def figures(item):
        return {k: v for k, v in vars(item).items() if k != "hidden"}

    for filters in FILTERS:
        for by in ([], ["commune"], ["sector"], ["size", "entity_type"], ["stage"]):
            for stage in (None, "T0", "T1"):
                ours, alone = summarise(mixed, by, stage, filters), _summarise(mixed, by, stage, filters)
                assert figures(ours.total) == figures(alone.total) and ours.drafts == alone.drafts
                assert [figures(c) for c in ours.cells] == [figures(c) for c in alone.cells], (filters, by, stage)
                assert figures(ours.uplift_total) == figures(alone.uplift_total)
                assert [figures(u) for u in ours.uplift] == [figures(u) for u in alone.uplift], (filters, by, stage)


class Counting:
    """A workspace whose queries are counted."""

    def __init__(self, ws):
        self.ws, self.queries = ws, 0
        self.con = self

    def execute(self, *args):
        self.queries += 1
        return self.ws.con.execute(*args)


def test_with_a_memo_another_value_of_the_same_filters_reads_only_its_drafts(mixed):
    from cds_desktop.province.dashboard import gather

    counting, memo = Counting(mixed), {}
    first = summarise(counting, ["commune"], None, {"sector": "trade_services"}, memo=memo)
    read = counting.queries
    again = summarise(counting, ["commune"], None, {"sector": "industry_construction"}, memo=memo)
    assert counting.queries == read + 1  # the drafts of that sector
    assert again == summarise(mixed, ["commune"], None, {"sector": "industry_construction"}) != first
    assert summarise(counting, ["commune"], None, {"sector": "trade_services"}, memo=memo) == first
    assert counting.queries == read + 1
    before = counting.queries
    dash = gather(counting, {"sector": "trade_services"}, memo)
    assert dash.communes == first and counting.queries - before == 2  # T0 by sector (and its drafts): read once more
    assert dash == replace(gather(mixed, {"sector": "trade_services"}), on=dash.on)
