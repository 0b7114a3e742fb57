"""The province table (CSV with BOM, XLSX, anonymised) and the peer benchmark."""

import csv
from dataclasses import replace

import pytest

from cds_desktop.storage import Repository
from cds_desktop.storage.benchmark import MIN_SAMPLE, benchmark
from cds_desktop.storage.table import export_table
from storage_support import completed, draft


@pytest.fixture
def repo(tmp_path, installed_mini, workshop, shop):
    with Repository(tmp_path / "store") as repository:
        w = repository.add_business(replace(workshop, address="Km 5, Cam Lộ", contact=replace(
            workshop.contact, name="Anh Hùng", phone="0905111222")))
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


def test_the_csv_opens_with_correct_vietnamese(repo, tmp_path):
    assert export_table(repo, tmp_path / "t.csv", "csv") == 3
    rows = read_csv(tmp_path / "t.csv")
    workshop_rows = [r for r in rows if r["Tên cơ sở"] == "Xưởng mộc Cam Lộ"]
    assert [r["Đợt"] for r in workshop_rows] == ["T0", "T1"]
    assert workshop_rows[0]["Khu vực ngành"] == "Công nghiệp và xây dựng"
    assert workshop_rows[0]["Xã/phường"] == "Cam Lộ" and workshop_rows[0]["Quy mô"] == "Nhỏ"
    assert workshop_rows[1]["Mức tổng thể"] == "4" and workshop_rows[1]["business — điểm"] == "80.0"


def test_anonymize_drops_name_tax_code_contact_and_address(repo, tmp_path):
    export_table(repo, tmp_path / "t.csv", "csv", lang="en", anonymize=True)
    rows = read_csv(tmp_path / "t.csv")
    text = (tmp_path / "t.csv").read_text(encoding="utf-8-sig")
    for identifying in ("Xưởng mộc", "3200123456", "Anh Hùng", "0905111222", "Km 5"):
        assert identifying not in text
    for column in ("Business name", "Tax code", "Contact name", "Phone", "Email", "Address"):
        assert column not in rows[0]
    assert all(r["Commune"] and r["Sector"] for r in rows)
    assert [bool(r["Overall level"]) for r in rows].count(True) == 2  # the draft is provisional: no level


def test_the_xlsx_is_readable_with_openpyxl(repo, tmp_path):
    from openpyxl import load_workbook
    export_table(repo, tmp_path / "t.xlsx", "xlsx")
    sheet = load_workbook(tmp_path / "t.xlsx", read_only=True).active
    table = list(sheet.values)
    assert len(table) == 4 and "Tên cơ sở" in table[0]
    names = {row[table[0].index("Tên cơ sở")] for row in table[1:]}
    assert names == {"Xưởng mộc Cam Lộ", "Tạp hóa Đông Hà"}


def _peers(repo, instrument, business, count, level=3):
    for i in range(count):
        peer = repo.add_business(replace(business, name=f"Cơ sở {i}", tax_code=""))
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


def test_benchmark_widens_to_every_size_when_too_few_of_the_same_size(repo, installed_mini, workshop):
    workshop_id = next(b.id for b in repo.businesses() if b.name == "Xưởng mộc Cam Lộ")
    own = repo.assessments_of(workshop_id)[0]
    _peers(repo, installed_mini, workshop, 2)
    _peers(repo, installed_mini, replace(workshop, employees=5, annual_revenue_vnd=1_000_000_000), 3)  # micro
    result = benchmark(repo, own.id)
    assert result.size_class is None and result.sample_size == 5 and not result.hidden
