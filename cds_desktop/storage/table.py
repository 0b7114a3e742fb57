"""The province table: one row per assessment, as CSV (UTF-8 with BOM, so Excel shows Vietnamese)
or XLSX. Anonymised, it drops the name, tax code, contact and address."""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import Any, Sequence

from ..domain.business import ENTITY_TYPE_NAMES, SECTOR_NAMES, SIZE_CLASS_NAMES, SizeClass
from ..domain.instrument import AREA_IDS, current_instrument
from ..errors import InstrumentError
from ..domain.scoring import LEVEL_NAMES
from ..fileio import atomic_output, write_atomically
from ..i18n import Text, text, tr
from .repository import BusinessEntry

FORMATS = ("csv", "xlsx")

def _area_names() -> dict[str, Text]:
    """The areas as the current instrument names them."""
    try:
        instrument = current_instrument()
    except InstrumentError:
        return {a: text(a, a) for a in AREA_IDS}
    return {a.id: a.name for a in instrument.areas}


# (key, header, identifying)
_BUSINESS_COLUMNS: tuple[tuple[str, Text, bool], ...] = (
    ("business_id", text("Mã cơ sở", "Business id"), False),
    ("name", text("Tên cơ sở", "Business name"), True),
    ("tax_code", text("Mã số thuế", "Tax code"), True),
    ("entity_type", text("Loại hình", "Entity type"), False),
    ("sector", text("Khu vực ngành", "Sector"), False),
    ("industry", text("Ngành nghề", "Industry"), False),
    ("employees", text("Số lao động", "Employees"), False),
    ("annual_revenue_vnd", text("Doanh thu năm (đồng)", "Annual revenue (VND)"), False),
    ("total_capital_vnd", text("Tổng nguồn vốn (đồng)", "Total capital (VND)"), False),
    ("size_class", text("Quy mô", "Size class"), False),
    ("province", text("Tỉnh", "Province"), False),
    ("commune", text("Xã/phường", "Commune"), False),
    ("address", text("Địa chỉ", "Address"), True),
    ("contact_name", text("Người liên hệ", "Contact name"), True),
    ("contact_phone", text("Điện thoại", "Phone"), True),
    ("contact_email", text("Email", "Email"), True),
)
_ASSESSMENT_COLUMNS: tuple[tuple[str, Text], ...] = (
    ("assessment_id", text("Mã đánh giá", "Assessment id")),
    ("stage", text("Đợt", "Stage")),
    ("assessed_on", text("Ngày đánh giá", "Assessed on")),
    ("status", text("Trạng thái", "Status")),
    ("overall_score", text("Điểm tổng thể", "Overall score")),
    ("overall_level", text("Mức tổng thể", "Overall level")),
    ("overall_level_name", text("Tên mức tổng thể", "Overall level name")),
)
IDENTIFYING = tuple(key for key, _, identifying in _BUSINESS_COLUMNS if identifying)
_STATUS = {"draft": text("Bản nháp", "Draft"), "completed": text("Hoàn thành", "Completed")}


def columns(anonymize: bool = False) -> list[tuple[str, Text]]:
    business = [(k, h) for k, h, identifying in _BUSINESS_COLUMNS if not (anonymize and identifying)]
    areas = []
    names = _area_names()
    for area in AREA_IDS:
        name = names.get(area) or text(area, area)
        areas.append((f"{area}_score", text(f"{name['vi']} — điểm", f"{name['en']} — score")))
        areas.append((f"{area}_level", text(f"{name['vi']} — mức", f"{name['en']} — level")))
    return business + list(_ASSESSMENT_COLUMNS) + areas


def rows(entries: Sequence[BusinessEntry], lang: str = "vi",
         anonymize: bool = False) -> tuple[list[str], list[list[Any]]]:
    """Header and rows from `Repository.list_businesses()`; business by business, stages in order."""
    keys = [k for k, _ in columns(anonymize)]
    header = [tr(h, lang) for _, h in columns(anonymize)]
    out = []
    for entry in entries:
        b = entry.business
        base = {
            "business_id": b.id, "name": b.name, "tax_code": b.tax_code,
            "entity_type": tr(ENTITY_TYPE_NAMES.get(b.entity_type), lang) or b.entity_type,
            "sector": tr(SECTOR_NAMES.get(b.sector), lang) or b.sector, "industry": b.industry,
            "employees": b.employees, "annual_revenue_vnd": b.annual_revenue_vnd,
            "total_capital_vnd": b.total_capital_vnd, "province": b.province, "commune": b.commune,
            "address": b.address, "contact_name": b.contact.name, "contact_phone": b.contact.phone,
            "contact_email": b.contact.email,
        }
        for s in entry.assessments:
            row = dict(base)
            row.update({
                "size_class": tr(SIZE_CLASS_NAMES[SizeClass(s.size_class)], lang),
                "assessment_id": s.id, "stage": s.stage, "assessed_on": s.assessed_on,
                "status": tr(_STATUS.get(s.status), lang) or s.status, "overall_score": s.overall_score,
                "overall_level": s.overall_level,
                "overall_level_name": None if s.overall_level is None else tr(LEVEL_NAMES[s.overall_level], lang),
            })
            for area in AREA_IDS:
                figure = s.areas.get(area)
                row[f"{area}_score"] = figure.score if figure else None
                row[f"{area}_level"] = figure.level if figure else None
            out.append([row[k] for k in keys])
    return header, out


def export_table(entries: Sequence[BusinessEntry], path: str | Path, fmt: str, lang: str = "vi",
                 anonymize: bool = False) -> int:
    """Write the table of `entries` (a snapshot: `Repository.list_businesses()`, taken by the caller
    where the store may be read, so a worker thread never touches it); returns the number of rows."""
    header, body = rows(entries, lang, anonymize)
    if fmt == "csv":
        buffer = io.StringIO(newline="")
        writer = csv.writer(buffer)
        writer.writerow(header)
        writer.writerows([["" if v is None else v for v in row] for row in body])
        write_atomically(path, buffer.getvalue().encode("utf-8-sig"))
    elif fmt == "xlsx":
        from openpyxl import Workbook  # heavy: only when a workbook is written

        # The workbook is started only once the output file can be made: an unsaved write-only
        # workbook complains with a traceback when it is thrown away.
        with atomic_output(path) as tmp:
            book = Workbook(write_only=True)
            sheet = book.create_sheet(tr(text("Đánh giá CĐS", "CDS assessments"), lang))
            sheet.append(header)
            for row in body:
                sheet.append(row)
            book.save(tmp)
    else:
        raise ValueError(f"format must be one of {FORMATS}")
    return len(body)
