"""The province store holds nothing that names a business: not the names of the files it came from (consultants
name them after the business), no free text, no exact figures; and a workspace of the earlier release, with
file names in it, is opened and cleaned without losing a row."""

import json

import duckdb
import pytest

from cds_desktop.cli import main
from cds_desktop.province.ingest import ingest
from cds_desktop.province.workspace import DB_NAME, Workspace
from province_support import NAMES, OLD_FIELDS, old_workspace, row, sector_rows, write_table

@pytest.fixture
def ws(tmp_path):
    with Workspace(tmp_path / "ws", read_only=False) as workspace:
        yield workspace


def every_text(con, source: str = "") -> str:
    """Every value of every table (or of a Parquet file) and every column name, as one text."""
    out = []
    tables = [source] if source else [t for (t,) in con.execute(  # the stored tables, not an ingest's temporary ones
        "SELECT table_name FROM duckdb_tables() WHERE NOT temporary AND database_name = current_database()").fetchall()]
    for table in tables:
        cursor = con.execute(f"SELECT * FROM {table}")
        out += [d[0] for d in cursor.description]
        out += [str(v) for r in cursor.fetchall() for v in r]
    return "\n".join(out)


def test_no_file_name_reaches_the_store_or_anything_exported_from_it(ws, tmp_path, capsys):
    from openpyxl import load_workbook
    from pypdf import PdfReader

    from cds_desktop.province.dashboard import write_pdf, write_xlsx

    first = write_table(tmp_path / f"{NAMES[0]}.csv", sector_rows("E1", "trade_services", 6, 70.0))
    second = write_table(tmp_path / f"{NAMES[1]}.csv", sector_rows("E2", "industry_construction", 6, 40.0))
    reports = ingest(ws, [first, second, first])
    assert [(r.ok, r.ingest) for r in reports] == [(True, 1), (True, 2), (True, 3)]
    stored = every_text(ws.con)
    assert not any(name in stored for name in NAMES) and "source_file" not in stored
    # which ingest each row came from, and the file's content digest: enough to audit and undo an ingest
    import hashlib
    digest = hashlib.sha256(first.read_bytes()).hexdigest()
    assert ws.con.execute("SELECT DISTINCT ingest, file_sha256 FROM assessments WHERE export_id = 'E1'"
                          ).fetchall() == [(1, digest)]
    assert ws.con.execute("SELECT number, sha256, rows_added, duplicates FROM ingests ORDER BY number").fetchall() == [
        (1, digest, 6, 0), (2, hashlib.sha256(second.read_bytes()).hexdigest(), 6, 0), (3, digest, 0, 6)]
    # the same file again: said so, by its ingest number (the person at the machine named the file)
    again = reports[2]
    assert again.same_as == 1
    assert "the same file as ingest no. 1" in again.render("en") and "cùng tệp với lần nhập số 1" in again.render("vi")
    assert again.to_json("en")["same_file_as_ingest"] == 1 and again.to_json("en")["ingest"] == 3

    ws.export_parquet(tmp_path / "out")
    con = duckdb.connect()
    for table in ("assessments", "question_levels"):
        exported = every_text(con, f"'{tmp_path / 'out' / (table + '.parquet')}'")
        assert not any(name in exported for name in NAMES) and "source_file" not in exported
    write_xlsx(ws, tmp_path / "d.xlsx", "en")
    cells = "\n".join(str(v) for sheet in load_workbook(tmp_path / "d.xlsx") for r in sheet.iter_rows(values_only=True)
                      for v in r)
    write_pdf(ws, tmp_path / "d.pdf", "en")
    pages = "".join(page.extract_text() for page in PdfReader(tmp_path / "d.pdf").pages)
    assert not any(name in cells or name in pages for name in NAMES)
    ws.close()
    capsys.readouterr()
    workspace = str(tmp_path / "ws")
    for command in (["summary", "--json"], ["summary", "--by", "sector", "commune"], ["ingests"], ["ingests", "--json"]):
        assert main(["province", *command, "--workspace", workspace]) == 0
        printed = capsys.readouterr().out
        assert not any(name in printed for name in NAMES), command


def test_the_ingests_are_listed_and_a_bad_one_is_undone(tmp_path, capsys):
    workspace = str(tmp_path / "ws")
    good = write_table(tmp_path / f"{NAMES[0]}.csv", [r for i in range(6) for r in (
        row("E1", 2 * i + 1, f"B{i}", score=40.0), row("E1", 2 * i + 2, f"B{i}", score=60.0, stage="T1"))])
    wrong = write_table(tmp_path / "wrong.csv", [row("E1", 20 + i, f"B{i}", score=99.0, stage="T2") for i in range(6)]
                        + sector_rows("E9", "industry_construction", 6, 10.0))
    assert main(["province", "ingest", str(good), str(wrong), "--workspace", workspace]) == 0
    capsys.readouterr()
    with Workspace(workspace) as ws:
        assert ws.con.execute("SELECT max(overall_score) FROM assessments WHERE latest").fetchone()[0] == 99.0
    assert main(["province", "ingests", "--workspace", workspace, "--json", "--lang", "en"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(i["ingest"], i["rows_added"], i["rows_stored"]) for i in listed["ingests"]] == [(1, 12, 12), (2, 12, 12)]
    assert main(["province", "undo", "--ingest", "2", "--workspace", workspace, "--lang", "en"]) == 0
    assert "12 rows of ingest no. 2 removed" in capsys.readouterr().out
    with Workspace(workspace) as ws:
        assert ws.count() == 12 and ws.con.execute("SELECT count(*) FROM question_levels").fetchone()[0] == 12
        # each business's latest stage is its T1 again, and the T0 scores stand
        assert ws.con.execute("SELECT count(*), min(overall_score), min(t0_score) FROM assessments WHERE latest"
                              ).fetchone() == (6, 60.0, 40.0)
    assert main(["province", "undo", "--ingest", "7", "--workspace", workspace, "--lang", "en"]) == 2
    assert "no ingest no. 7" in capsys.readouterr().err
    # the undone file may be ingested again (fixed)
    assert main(["province", "ingest", str(wrong), "--workspace", workspace, "--lang", "en"]) == 0
    assert "12 rows added" in capsys.readouterr().out


def test_a_workspace_of_the_earlier_release_is_opened_and_loses_its_file_names_not_its_rows(tmp_path):
    folder = old_workspace(tmp_path / "old")
    before = duckdb.connect(str(folder / DB_NAME), read_only=True)
    kept = [k for k, _ in OLD_FIELDS if k not in ("source_file", "assessor_organization")]
    rows_before = before.execute(f"SELECT {', '.join(kept)} FROM assessments ORDER BY export_id, row_id").fetchall()
    levels_before = before.execute("SELECT * FROM question_levels ORDER BY ALL").fetchall()
    before.close()
    with Workspace(folder) as ws:  # read-only, as the summary and the window open it
        stored = every_text(ws.con)
        assert not any(name in stored for name in NAMES) and "Nguyễn Văn An" not in stored
        assert ws.con.execute(f"SELECT {', '.join(kept)} FROM assessments ORDER BY export_id, row_id"
                              ).fetchall() == rows_before
        assert ws.con.execute("SELECT * FROM question_levels ORDER BY ALL").fetchall() == levels_before
        assert ws.con.execute("SELECT number, sha256, rows_added, duplicates FROM ingests ORDER BY number").fetchall() == [
            (1, "a" * 64, 12, 0), (2, "b" * 64, 6, 0), (3, "a" * 64, 0, 12)]
        assert ws.con.execute("SELECT export_id, ingest, file_sha256, count(*) FROM assessments GROUP BY ALL "
                              "ORDER BY 1").fetchall() == [("E1", 1, "a" * 64, 12), ("E2", 2, "b" * 64, 6)]
    # the file itself no longer holds the names (not even in space freed by the change)
    raw = (folder / DB_NAME).read_bytes()
    assert not any(name.encode() in raw for name in NAMES) and "Nguyễn Văn An".encode() not in raw
    assert not list(folder.glob("*.migrating*"))
    with Workspace(folder, read_only=False) as ws:  # and it goes on as a workspace of this release
        report = ingest(ws, [write_table(tmp_path / "new.csv", sector_rows("E3", "trade_services", 5, 50.0))])[0]
        assert report.ok and report.ingest == 4 and ws.count() == 23


def test_a_workspace_of_the_earlier_release_in_a_folder_that_cannot_be_written_says_so(tmp_path):
    import os
    import stat

    from cds_desktop.errors import InputError

    folder = old_workspace(tmp_path / "old")
    data = (folder / DB_NAME).read_bytes()
    os.chmod(folder, stat.S_IRUSR | stat.S_IXUSR)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as a user who can write anywhere")
        with pytest.raises(InputError) as raised:
            Workspace(folder)
    finally:
        os.chmod(folder, stat.S_IRWXU)
    assert "earlier version" in raised.value.problems[0].render("en")
    assert "phiên bản trước" in raised.value.problems[0].render("vi")
    assert (folder / DB_NAME).read_bytes() == data


# -- free text and rare combinations ----------------------------------------------------------------------------

def test_the_assessor_organisation_typed_as_free_text_is_not_kept(ws, tmp_path):
    typed = "Nguyễn Văn An, 0905 123 456, an@example.vn"
    rows = sector_rows("E1", "trade_services", 6, 70.0, assessor_organization=typed)
    assert ingest(ws, [write_table(tmp_path / "t.csv", rows)])[0].ok
    assert "Nguyễn Văn An" not in every_text(ws.con)
    ws.export_parquet(tmp_path / "out")
    exported = every_text(duckdb.connect(), f"'{tmp_path / 'out' / 'assessments.parquet'}'")
    assert "Nguyễn Văn An" not in exported and "assessor_organization" not in exported


def test_a_band_or_catalog_cell_holding_anything_else_refuses_the_file(ws, tmp_path):
    good = sector_rows("E1", "trade_services", 6, 70.0, employee_band="10–49", revenue_band="≥ 300 tỷ",
                       capital_band="0–1 tỷ", catalog_versions="national@2.1; quang-tri@2.0")
    empty = sector_rows("E2", "trade_services", 6, 70.0, employee_band="", revenue_band="", catalog_versions="")
    assert [r.ok for r in ingest(ws, [write_table(tmp_path / "good.csv", good),
                                      write_table(tmp_path / "empty.csv", empty)])] == [True, True]
    bad = [row("E3", 1, "B1", revenue_band="4.250.000.000"), row("E3", 2, "B2", employee_band="7"),
           row("E3", 3, "B3", capital_band="Vốn của ông Tư"), row("E3", 4, "B4", catalog_versions="Nguyễn Văn An"),
           row("E3", 5, "B5", employee_band="1–9")]
    report = ingest(ws, [write_table(tmp_path / "bad.csv", bad)])[0]
    assert not report.ok and ws.count() == 12
    shown = report.render("en")
    assert "line 2, revenue_band: is not one of the app's bands" in shown and "line 3, employee_band" in shown
    assert "line 4, capital_band" in shown and "line 5, catalog_versions: is not a list of catalog versions" in shown
    assert "line 6," not in shown
    assert "dòng 2, revenue_band: không phải khoảng do ứng dụng ghi" in report.render("vi")


def test_a_commune_outside_quang_tri_is_not_kept_as_typed(ws, tmp_path):
    rows = sector_rows("E1", "trade_services", 6, 70.0, province="Hà Nội", commune="Thôn 3, nhà ông Tư")
    report = ingest(ws, [write_table(tmp_path / "t.csv", rows)])[0]
    assert report.ok
    assert "ông Tư" not in every_text(ws.con)
    assert ws.con.execute("SELECT DISTINCT province, commune, commune_generalised FROM assessments").fetchall() == [
        ("Hà Nội", "", True)]


def test_a_bundle_is_made_k_anonymous_on_the_way_in(ws, tmp_path, installed_mini, shop):

    from cds_desktop.storage import Repository
    from cds_desktop.storage.exchange import export_bundle
    from storage_support import completed

    with Repository(tmp_path / "store") as repo:
        for i in range(6):  # six alike: kept as they are
            b = repo.add_business(shop._replace(name=f"Quán {i}", commune="Đông Hà"))
            repo.save_assessment(b.id, completed(installed_mini, b, level=2))
        for i, commune in enumerate(("Gio Linh", "Cam Lộ", "Hải Lăng", "Vĩnh Linh", "Triệu Phong")):
            b = repo.add_business(shop._replace(name=f"Tiệm {i}", entity_type="enterprise", commune=commune))
            repo.save_assessment(b.id, completed(installed_mini, b, level=3))
        b = repo.add_business(shop._replace(name="HTX Rau sạch", entity_type="cooperative", commune="Gio Linh"))
        repo.save_assessment(b.id, completed(installed_mini, b, level=4))
        export_bundle(repo, tmp_path / "bundle.json")
    report = ingest(ws, [tmp_path / "bundle.json"])[0]
    assert report.ok and report.added == 11 and report.withheld == 1, report.render("en")
    assert "1 row left out" in report.render("en") and "bỏ 1 dòng" in report.render("vi")
    assert report.generalised == 5 and report.to_json("en")["generalised"] == 5
    assert "5 rows generalised" in report.render("en") and "5 dòng đã khái quát hoá" in report.render("vi")
    # the cooperative, alone of its kind in the province, is not stored; the enterprises (one per commune) keep
    # the province only
    assert ws.con.execute("SELECT entity_type, commune, commune_generalised, count(*) FROM assessments GROUP BY ALL "
                          "ORDER BY 1").fetchall() == [("enterprise", "", True, 5), ("household", "Đông Hà", False, 6)]


def test_an_update_of_an_earlier_workspace_that_fails_leaves_it_as_it_was(tmp_path, monkeypatch):
    from cds_desktop.errors import InputError
    from cds_desktop.province import workspace as workspace_module

    folder = old_workspace(tmp_path / "old")
    data = (folder / DB_NAME).read_bytes()

    def full_disk(*_):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(workspace_module, "replace_with_retry", full_disk)
    with pytest.raises(InputError) as raised:
        Workspace(folder)
    assert "left as it was" in raised.value.render("en") and "No space left" in raised.value.render("en")
    assert (folder / DB_NAME).read_bytes() == data and sorted(p.name for p in folder.iterdir()) == [DB_NAME]


def test_an_id_written_as_a_name_refuses_the_file(ws, tmp_path):
    rows = [row("Cà phê Khe Sanh", 1, "B1"), row("E1", 2, "HTX Rau sạch 0312345678"), row("E1", 3, "B3"),
            row("4f0c8a52-9d1e-4b7a-a3c5-0e6f2d9b8c71", 4, "B00004"), row("bundle-" + "a" * 32, 5, "B00005")]
    report = ingest(ws, [write_table(tmp_path / "t.csv", rows)])[0]
    assert not report.ok and ws.count() == 0
    shown = report.render("en")
    assert "line 2, export_id: must be an id as the app writes it" in shown and "line 3, business_key" in shown
    assert "line 4," not in shown and "line 5," not in shown and "line 6," not in shown
    assert "dòng 2, export_id: phải là mã do ứng dụng ghi" in report.render("vi")


def test_an_earlier_workspace_left_with_a_journal_by_a_crash_is_updated_with_what_the_journal_holds(tmp_path):
    """DuckDB keeps the last changes in province.duckdb.wal until it folds them into the file; after a crash the
    journal stays. Left beside the rewritten file it made the workspace unreadable ("WAL does not match")."""
    import subprocess
    import sys

    folder = old_workspace(tmp_path / "old")
    crash = (f"import duckdb, os\ncon = duckdb.connect({str(folder / DB_NAME)!r})\n"
             "con.execute(\"SET wal_autocheckpoint = '1TB'\")\n"
             "con.execute(\"INSERT INTO ingests VALUES ('Tiem vang Kim Thanh.csv', 'c', now(), 0, 0)\")\n"
             "os._exit(0)\n")
    subprocess.run([sys.executable, "-c", crash], check=True)
    assert (folder / (DB_NAME + ".wal")).exists()
    for _ in range(2):
        with Workspace(folder) as ws:
            assert ws.con.execute("SELECT count(*) FROM ingests").fetchone()[0] == 4  # the crash's ingest too
            assert "Kim Thanh" not in every_text(ws.con)
    assert not (folder / (DB_NAME + ".wal")).exists()


def test_the_parquet_export_singles_out_no_business_of_an_earlier_table(ws, tmp_path, capsys):
    # A table of an earlier version: k-anonymous on commune, sector, size and entity type only. Six shops alike
    # in those; one was assessed in March with a revenue band of its own, and has a T1: a reader who knows
    # that would find its rows in the Parquet file.
    rows = [row("E1", i + 1, f"B{i}", assessed_month="2026-05-01", revenue_band="0–1 tỷ") for i in range(5)]
    rows += [row("E1", 6, "B5", assessed_month="2026-03-01", revenue_band="10–50 tỷ"),
             row("E1", 7, "B5", stage="T1", assessed_month="2026-06-01", revenue_band="10–50 tỷ")]
    assert ingest(ws, [write_table(tmp_path / "old.csv", rows)])[0].ok
    written = ws.export_parquet(tmp_path / "out")
    assert written.files == {"assessments.parquet": 5, "question_levels.parquet": 5}
    assert (written.generalised, written.suppressed) == (0, 2)
    assert written.files["assessments.parquet"] + written.suppressed == ws.count()  # the counts add up
    con = duckdb.connect()
    out = tmp_path / "out"
    groups = con.execute(f"""SELECT count(DISTINCT business) FROM '{out / "assessments.parquet"}'
        GROUP BY province, commune, sector, size_class, entity_type, employee_band, revenue_band, capital_band,
                 stage, assessed_month""").fetchall()
    assert all(n >= 5 for (n,) in groups)
    assert con.execute(f"SELECT count(*) FROM '{out / 'assessments.parquet'}' WHERE business = 'E1/B5'"
                       ).fetchone() == (0,)
    assert con.execute(f"SELECT count(*) FROM '{out / 'question_levels.parquet'}' WHERE row_id IN (6, 7)"
                       ).fetchone() == (0,)
    ws.close()
    for lang, said in (("en", "0 rows generalised (month, bands or commune left empty), 2 rows left out"),
                       ("vi", "0 dòng đã khái quát hoá (bỏ trống tháng, nhóm hoặc xã), 2 dòng bị loại")):
        assert main(["--lang", lang, "province", "export", "--workspace", str(tmp_path / "ws"),
                     "--parquet", str(out)]) == 0
        assert said in capsys.readouterr().out


def test_the_parquet_export_generalises_before_it_leaves_out(ws, tmp_path):
    # Ten shops alike but for their month: no five share a month, all ten share the rest.
    rows = [row("E1", i + 1, f"B{i}", assessed_month=f"2026-{i + 1:02d}-01") for i in range(10)]
    assert ingest(ws, [write_table(tmp_path / "old.csv", rows)])[0].ok
    written = ws.export_parquet(tmp_path / "out")
    assert (written.files["assessments.parquet"], written.generalised, written.suppressed) == (10, 10, 0)
    con = duckdb.connect()
    assert con.execute(f"SELECT DISTINCT commune, assessed_month FROM '{tmp_path / 'out' / 'assessments.parquet'}'"
                       ).fetchall() == [("Đông Hà", None)]
