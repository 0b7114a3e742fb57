"""The province table: one row per assessment, as CSV (UTF-8 with BOM, dot decimals) or XLSX (typed
cells, frozen header, a second sheet that explains every column).

The named table is for the consultant's own office. The anonymised table is for sharing: ids that are
new for each export, no free text (not even the assessor's organisation, typed freely), size bands instead
of figures, and k-anonymity (k = 5 businesses) on every quasi-identifier (place, sector, size, entity type,
bands, month, stages: `QUASI_IDENTIFIERS`) — a business alike to fewer than 5 others loses its month, then its
bands, then its commune (the row then stands for the whole province) or, if still too small, is left out;
the file says how many."""

from __future__ import annotations

import random
import secrets
import uuid
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from ..domain.assessment import Assessment
from ..domain.business import SIZE_CLASS_NAMES, Business, SizeClass, number_problem
from ..domain.vocabulary import entity_type_names, sector_names
from ..domain.instrument import AREA_IDS, PILLAR_IDS, Instrument, current_instrument
from ..domain.policies import shipped_catalog
from ..domain.scoring import LEVEL_NAMES, score
from ..errors import InputError, InstrumentError, Problem
from ..formats import format_count, format_number, in_both
from ..i18n import Text, one_line, text, tr
from .repository import Repository
from .spreadsheet import Column, Sheet, dictionary_sheet, write_csv, write_xlsx

FORMATS = ("csv", "xlsx")
K = 5  # the smallest group of businesses a shared row may stand for

STATUS_NAMES = {"draft": text("Bản nháp", "Draft"), "completed": text("Hoàn thành", "Completed")}
# Bands (upper bounds, exclusive) for the anonymised table: coarse enough to name no business.
EMPLOYEE_BANDS = (1, 10, 50, 100, 200)
MONEY_BANDS_BILLION = (1, 3, 10, 50, 100, 300)


def _band(value: int | None, bounds: tuple[int, ...], unit: str = "") -> str:
    if value is None:
        return ""
    low = 0
    for high in bounds:
        if value < high:
            return f"{low}–{high - 1}{unit}" if high - low > 1 else f"{low}{unit}"
        low = high
    return f"≥ {low}{unit}"


def employee_band(employees: int | None) -> str:
    return _band(employees, EMPLOYEE_BANDS)


def money_band(vnd: int | None) -> str:
    """Billion đồng, e.g. '3–10 tỷ' (the upper bound excluded)."""
    if vnd is None:
        return ""
    billions = vnd / 1_000_000_000
    low = 0
    for high in MONEY_BANDS_BILLION:
        if billions < high:
            return f"{low}–{high} tỷ"
        low = high
    return f"≥ {low} tỷ"


def _c(key: str, vi: str, en: str, kind: str, mvi: str, men: str, width: float = 14) -> Column:
    return Column(key, text(vi, en), kind, text(mvi, men), width)


_EXPORT = (
    _c("export_id", "Mã lần xuất", "Export id", "text",
       "Mã ngẫu nhiên, mới cho mỗi lần xuất; cùng với số dòng giúp tỉnh bỏ dòng gửi trùng",
       "Random, new for every export; with the row id it lets the province drop a row sent twice", 34),
    _c("row_id", "Số dòng", "Row id", "int", "Số thứ tự của dòng trong lần xuất này",
       "Number of the row within this export", 8),
)
_NAMED_BUSINESS = (
    _c("business_id", "Mã cơ sở", "Business id", "text", "Mã của cơ sở trong dữ liệu của ứng dụng",
       "The business's id in the app's data", 34),
    _c("name", "Tên cơ sở", "Business name", "text", "Tên cơ sở kinh doanh", "Business name", 32),
    _c("tax_code", "Mã số thuế", "Tax code", "text", "Mã số thuế (giữ dạng chữ để không mất số 0 đầu)",
       "Tax code (kept as text so a leading zero stays)", 16),
)
_ANON_BUSINESS = (
    _c("business_key", "Mã cơ sở (lần xuất)", "Business key (this export)", "text",
       "Mã ngẫu nhiên chỉ có ý nghĩa trong lần xuất này: các đợt của cùng một cơ sở có cùng mã",
       "Random, meaningful only within this export: a business's stages share it", 12),
)
_PROFILE = (
    _c("entity_type", "Loại hình", "Entity type", "text", "Doanh nghiệp, hợp tác xã, hộ kinh doanh hoặc cá nhân",
       "Enterprise, cooperative, household business or individual", 18),
    _c("sector", "Khu vực ngành", "Sector", "text", "Khu vực kinh tế (NĐ 80/2021)", "Economic sector (Decree 80/2021)", 26),
    _c("size_class", "Quy mô", "Size class", "text",
       "Quy mô theo NĐ 80/2021 Điều 5; hợp tác xã không thuộc Nghị định này: quy mô của nó là ước tính theo ngưỡng "
       "doanh nghiệp",
       "Size class under Decree 80/2021 Art. 5; cooperatives fall outside that decree: theirs is an estimate by the "
       "enterprise thresholds", 16),
)
_NAMED_FIGURES = (
    _c("industry", "Ngành nghề", "Industry", "text", "Ngành nghề do cơ sở khai", "Industry as the business states it", 24),
    _c("employees", "Số lao động", "Employees", "int", "Lao động tham gia BHXH bình quân năm",
       "Average workers with social insurance"),
    _c("annual_revenue_vnd", "Doanh thu năm (đồng)", "Annual revenue (VND)", "money", "Doanh thu năm, đồng",
       "Annual revenue, VND", 18),
    _c("total_capital_vnd", "Tổng nguồn vốn (đồng)", "Total capital (VND)", "money", "Tổng nguồn vốn, đồng",
       "Total capital, VND", 18),
)
_ANON_FIGURES = (
    _c("employee_band", "Nhóm lao động", "Employees (band)", "text",
       "Khoảng số lao động; để trống khi cần để giữ ẩn danh", "Range of workers; empty when withheld to keep the "
       "row anonymous"),
    _c("revenue_band", "Nhóm doanh thu", "Revenue (band)", "text",
       "Khoảng doanh thu năm, tỷ đồng (cận trên không tính); để trống khi cần để giữ ẩn danh",
       "Range of annual revenue, billion VND (upper bound excluded); empty when withheld to keep the row anonymous"),
    _c("capital_band", "Nhóm nguồn vốn", "Capital (band)", "text",
       "Khoảng tổng nguồn vốn, tỷ đồng (cận trên không tính); để trống khi cần để giữ ẩn danh",
       "Range of total capital, billion VND (upper bound excluded); empty when withheld to keep the row anonymous"),
)
_PLACE = (
    _c("province", "Tỉnh", "Province", "text", "Tỉnh/thành phố", "Province", 14),
    _c("commune", "Xã/phường", "Commune", "text", "Xã/phường/đặc khu", "Commune", 18),
)
_ANON_PLACE = (
    _c("province", "Tỉnh", "Province", "text", "Tỉnh/thành phố", "Province", 14),
    _c("commune", "Xã/phường", "Commune", "text",
       "Xã/phường; để trống khi bỏ tháng và các nhóm vẫn chưa đủ 5 cơ sở giống nhau: dòng khi đó đại diện cho cả "
       "tỉnh", "Commune; empty when fewer than 5 businesses would be alike even without the month and bands: "
       "the row then stands for the whole province", 18),
    _c("commune_generalised", "Xã đã gộp lên tỉnh", "Commune generalised", "int",
       "1 khi xã đã được bỏ để giữ ẩn danh", "1 when the commune was removed to keep the row anonymous", 10),
    _c("rows_suppressed", "Số dòng bị loại (lần xuất)", "Rows suppressed (this export)", "int",
       "Số dòng của lần xuất này bị bỏ vì cả khi đã khái quát hoá vẫn dưới 5 cơ sở giống nhau (như nhau ở mọi dòng)",
       "Rows of this export left out because, even generalised, fewer than 5 businesses were alike "
       "(the same on every row)", 10),
)
_NAMED_ADDRESS = (
    _c("address", "Địa chỉ", "Address", "text", "Địa chỉ", "Address", 30),
    _c("contact_name", "Người liên hệ", "Contact name", "text", "Người liên hệ", "Contact person", 20),
    _c("contact_phone", "Điện thoại", "Phone", "text", "Điện thoại", "Phone", 14),
    _c("contact_email", "Email", "Email", "text", "Email", "Email", 24),
)
_NAMED_ASSESSMENT = (
    _c("assessment_id", "Mã đánh giá", "Assessment id", "text", "Mã của lần đánh giá trong ứng dụng",
       "The assessment's id in the app", 34),
)
_STAGE = (
    _c("stage", "Đợt", "Stage", "text", "Đợt đánh giá: T0 lần đầu, T1, T2… các lần sau",
       "Stage: T0 first, then T1, T2…", 7),
)
_NAMED_DATE = (_c("assessed_on", "Ngày đánh giá", "Assessed on", "date", "Ngày đánh giá", "Date of the assessment", 12),)
_ANON_DATE = (_c("assessed_month", "Tháng đánh giá", "Month assessed", "month",
                 "Tháng đánh giá (bỏ ngày để không chỉ ra một lần đến cơ sở); để trống khi cần để giữ ẩn danh",
                 "Month of the assessment (the day is dropped so it does not point at one visit); empty when "
                 "withheld to keep the row anonymous", 10),)
_ASSESSMENT = (
    _c("status", "Trạng thái", "Status", "text", "Hoàn thành, hoặc bản nháp (điểm tạm tính)",
       "Completed, or draft (provisional score)", 12),
    _c("instrument_id", "Bộ câu hỏi", "Instrument", "text", "Mã bộ câu hỏi", "Instrument id", 10),
    _c("instrument_version", "Phiên bản bộ câu hỏi", "Instrument version", "text", "Phiên bản bộ câu hỏi",
       "Instrument version", 10),
    _c("catalog_versions", "Phiên bản danh mục hỗ trợ", "Policy catalog versions", "text",
       "Các danh mục chính sách hỗ trợ dùng khi xuất (mã@phiên bản)",
       "Support-policy catalogs in use at export (id@version)", 24),
)
_NAMED_ASSESSOR = (
    _c("assessor_name", "Người đánh giá", "Assessor", "text", "Người thực hiện đánh giá", "Who assessed", 20),
)
_ASSESSOR_ORG = (
    _c("assessor_organization", "Đơn vị đánh giá", "Assessor organisation", "text", "Đơn vị của người đánh giá",
       "The assessor's organisation", 24),
)
_OVERALL = (
    _c("completeness", "Mức độ hoàn thành", "Completeness", "share", "Tỉ lệ câu hỏi áp dụng đã trả lời",
       "Share of applicable questions answered", 10),
    _c("overall_score", "Điểm tổng thể", "Overall score", "score", "Điểm 0–100", "Score 0–100", 10),
    _c("overall_level", "Mức tổng thể", "Overall level", "int", "Mức 0–5 theo quy tắc DBI", "Level 0–5 by the DBI rule", 10),
    _c("overall_level_name", "Tên mức tổng thể", "Overall level name", "text", "Tên của mức", "Name of the level", 16),
)


@dataclass(frozen=True)
class Table:
    columns: tuple[Column, ...]
    rows: list[dict[str, Any]]
    export_id: str
    generalised: int = 0  # rows whose commune was removed
    suppressed: int = 0  # rows left out

    def notes(self, lang: str) -> list[str]:
        rows = format_number(len(self.rows), lang)
        out = [tr(text(f"Mã lần xuất: {self.export_id}", f"Export id: {self.export_id}"), lang),
               tr(text(f"Số dòng: {rows}", f"Rows: {rows}"), lang)]
        if any(c.key == "commune_generalised" for c in self.columns):
            generalised = in_both(format_count, self.generalised, "dòng", "row", "rows")
            suppressed = in_both(format_count, self.suppressed, "dòng", "row", "rows")
            # the explanation, then the counts: the CLI and the window show the last note
            out.append(tr(text(
                "Khái quát hoá: bỏ trống tháng; nếu chưa đủ, cả các nhóm lao động, doanh thu, nguồn vốn; nếu vẫn "
                "chưa đủ, cả xã (dòng khi đó đại diện cho cả tỉnh). Cơ sở vẫn chưa đủ thì bị loại, mọi dòng của nó.",
                "Generalised: the month left empty; if not enough, the worker, revenue and capital bands too; if "
                "still not enough, the commune too (the row then stands for the whole province). A business still "
                "alone is left out, all its rows."), lang))
            out.append(tr(text(
                f"Ẩn danh (k = {K}): xã, ngành, quy mô, loại hình, các nhóm lao động, doanh thu, nguồn vốn, tháng "
                f"và các đợt đánh giá, như đã ghi (ô trống: đã bỏ), giống nhau ở ít nhất {K} cơ sở. "
                f"{generalised['vi']} đã khái quát hoá, {suppressed['vi']} bị loại.",
                f"Anonymised (k = {K}): commune, sector, size, entity type, worker, revenue and capital bands, month "
                f"and stages assessed, as written (an empty cell: withheld), are alike for at least {K} businesses. "
                f"{generalised['en']} generalised, {suppressed['en']} suppressed."), lang))
        return out


def _instruments(summaries) -> list[Instrument]:
    from ..domain.instrument import find_instrument
    found = []
    try:
        found.append(current_instrument())
    except InstrumentError:
        pass
    for s in summaries:
        instrument = find_instrument(s.instrument_id, s.instrument_version)
        if instrument is not None and instrument not in found:
            found.append(instrument)
    return found


def _score_columns(instruments: list[Instrument]) -> tuple[Column, ...]:
    names: dict[str, Text] = {}
    for instrument in reversed(instruments):  # the current instrument's names win
        names.update({n.id: n.name for n in (*instrument.areas, *instrument.pillars)})
    out = []
    for kind, ids, vi_kind, en_kind in (("area", AREA_IDS, "Lĩnh vực", "Area"), ("pillar", PILLAR_IDS, "Trụ cột", "Pillar")):
        for item in ids:
            name = names.get(item) or text(item, item)
            out.append(_c(f"{kind}_{item}_score", f"{name['vi']} — điểm", f"{name['en']} — score", "score",
                          f"{vi_kind} {name['vi']}: điểm 0–100", f"{en_kind} {name['en']}: score 0–100", 12))
            out.append(_c(f"{kind}_{item}_level", f"{name['vi']} — mức", f"{name['en']} — level", "int",
                          f"{vi_kind} {name['vi']}: mức 0–5", f"{en_kind} {name['en']}: level 0–5", 10))
    seen = set()
    for instrument in instruments:
        for q in instrument.questions:
            if q.id in seen:
                continue
            seen.add(q.id)
            out.append(Column(f"q_{q.id}", text(q.id, q.id), "int", text(
                f"Mức 0–5 của câu {q.id}: {q.text['vi']} (trống: chưa trả lời, không áp dụng hoặc N/A)",
                f"Level 0–5 of question {q.id}: {q.text['en']} (empty: unanswered, not applicable or N/A)"), 8))
    return tuple(out)


def columns(anonymize: bool, instruments: list[Instrument] | None = None) -> tuple[Column, ...]:
    scores = _score_columns(instruments if instruments is not None else _instruments([]))
    if anonymize:
        return (*_EXPORT, *_ANON_BUSINESS, *_PROFILE, *_ANON_FIGURES, *_ANON_PLACE, *_STAGE, *_ANON_DATE,
                *_ASSESSMENT, *_OVERALL, *scores)  # no assessor: the organisation is typed freely (a name, a phone)
    return (*_EXPORT, *_NAMED_BUSINESS, *_PROFILE, *_NAMED_FIGURES, *_PLACE, *_NAMED_ADDRESS, *_NAMED_ASSESSMENT,
            *_STAGE, *_NAMED_DATE, *_ASSESSMENT, *_NAMED_ASSESSOR, *_ASSESSOR_ORG, *_OVERALL, *scores)


def _checked(business: Business) -> None:
    """A figure no business can have (a stored 10^400) fails the export with the business named."""
    problems = []
    for name in ("employees", "annual_revenue_vnd", "total_capital_vnd"):
        message = number_problem(name, getattr(business, name))
        if message:
            problems.append(Problem(f"{one_line(business.name)} ({business.id}): business.{name}", message))
    if problems:
        raise InputError(problems)


def _date(value: str) -> date | str:
    try:
        return date.fromisoformat(value)
    except (TypeError, ValueError):
        return value


def _scored(repo: Repository, summary) -> dict[str, Any]:
    """Pillar, area and question figures; the stored summary (areas only) when the instrument is missing."""
    out: dict[str, Any] = {}
    try:
        loaded = repo.assessment_file(summary.id)
    except InputError:
        for area, figure in summary.areas.items():
            out[f"area_{area}_score"], out[f"area_{area}_level"] = figure.score, figure.level
        return out
    return assessment_figures(loaded.instrument, loaded.business, loaded.assessment)


def assessment_figures(instrument: Instrument, business: Business, assessment: Assessment) -> dict[str, Any]:
    """Area and pillar scores and levels, each question's level, and the assessor."""
    out: dict[str, Any] = {}
    result = score(instrument, business, assessment)
    for item in (*result.areas, *result.pillars):
        kind = "area" if item in result.areas else "pillar"
        out[f"{kind}_{item.id}_score"], out[f"{kind}_{item.id}_level"] = item.score, item.level
    for qid, q in result.questions.items():
        out[f"q_{qid}"] = q.level
    assessor = assessment.assessor
    out["assessor_name"] = assessor.name if assessor else ""
    out["assessor_organization"] = assessor.organization if assessor else ""
    out.update(overall_score=result.overall.score, overall_level=result.overall_level,
               completeness=round(float(result.completeness), 4), size_class_code=result.size_class.value)
    return out


def _catalog_versions() -> str:
    try:
        return "; ".join(f"{f.id}@{f.version}" for f in shipped_catalog().files)
    except InstrumentError:
        return ""


def build(repo: Repository, lang: str = "vi", anonymize: bool = False, rng: random.Random | None = None) -> Table:
    """The table's rows, business by business and stage by stage (anonymised: in random order)."""
    entries = repo.list_businesses()
    for entry in entries:
        if entry.assessments:
            _checked(entry.business)
    rng = rng or random.Random(secrets.randbits(64))
    export_id = str(uuid.UUID(int=rng.getrandbits(128), version=4))
    catalogs = _catalog_versions()
    instruments = _instruments(s for e in entries for s in e.assessments)
    rows: list[dict[str, Any]] = []
    kinds, lines = entity_type_names(), sector_names()
    if anonymize:
        entries = [e for e in entries if e.assessments]
        rng.shuffle(entries)
    for number, entry in enumerate(entries, start=1):
        b = entry.business
        base = {
            "business_id": b.id, "name": b.name, "tax_code": b.tax_code, "business_key": f"B{number:05d}",
            "entity_type": tr(kinds.get(b.entity_type), lang) or b.entity_type,
            "sector": tr(lines.get(b.sector), lang) or b.sector, "industry": b.industry,
            "employees": b.employees, "annual_revenue_vnd": b.annual_revenue_vnd,
            "total_capital_vnd": b.total_capital_vnd, "employee_band": employee_band(b.employees),
            "revenue_band": money_band(b.annual_revenue_vnd), "capital_band": money_band(b.total_capital_vnd),
            "province": b.province, "commune": b.commune, "address": b.address, "contact_name": b.contact.name,
            "contact_phone": b.contact.phone, "contact_email": b.contact.email,
        }
        for s in entry.assessments:
            row: dict[str, Any] = dict(base)
            on = _date(s.assessed_on)
            row.update({
                "size_class": tr(SIZE_CLASS_NAMES[SizeClass(s.size_class)], lang), "_size": s.size_class,
                "_business": b.id, "assessment_id": s.id, "stage": s.stage, "assessed_on": on,
                "assessed_month": on.replace(day=1) if isinstance(on, date) else None,
                "status": tr(STATUS_NAMES.get(s.status), lang) or s.status,
                "instrument_id": s.instrument_id, "instrument_version": s.instrument_version,
                "catalog_versions": catalogs, "completeness": s.completeness, "overall_score": s.overall_score,
                "overall_level": s.overall_level,
                "overall_level_name": None if s.overall_level is None else tr(LEVEL_NAMES[s.overall_level], lang),
            })
            row.update(_scored(repo, s))
            rows.append(row)
    generalised = suppressed = 0
    if anonymize:
        rows, generalised, suppressed = k_anonymous(rows)
    for number, row in enumerate(rows, start=1):
        row.update(export_id=export_id, row_id=number, rows_suppressed=suppressed)
    return Table(columns(anonymize, instruments), rows, export_id, generalised, suppressed)


# What someone outside may know about a business and use to find its row (quasi-identifiers): where it is,
# what it does, its size, entity type and bands, when it was assessed, and, through the business key its rows
# share, its stages (how many assessments it has). Scores, levels and answers are what must not be tied to it.
QUASI_IDENTIFIERS = ("province", "commune", "sector", "_size", "entity_type", "employee_band", "revenue_band",
                     "capital_band", "stage", "assessed_month")
BANDS = ("employee_band", "revenue_band", "capital_band")
# From the finest release to the coarsest: each step withholds more quasi-identifiers (a cell left empty);
# the commune goes last, as the summaries count by commune. Beyond the last step a business is left out.
STEPS: tuple[tuple[str, ...], ...] = ((), ("assessed_month",), ("assessed_month", *BANDS),
                                      ("assessed_month", *BANDS, "commune"))


def _blank(key: str) -> Any:
    return None if key == "assessed_month" else ""


def k_anonymous(rows: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], int, int]:
    """(rows kept, rows generalised, rows left out). Every kept business shares all its rows' quasi-identifiers,
    as released, with at least K - 1 other businesses: its rows together (T0, T1… linked by the business key) are
    its signature, so no row can be singled out by a month, a band or a count of stages, nor by joining a
    business's rows. A business takes the first step of STEPS at which K businesses still to place share its
    signature (at that step, among themselves); one that never does is left out, all its rows."""
    by_business: dict[Any, list[dict[str, Any]]] = {}
    for r in rows:
        by_business.setdefault(r["_business"], []).append(r)
    placed: dict[Any, int] = {}
    left = list(by_business)
    for number, withheld in enumerate(STEPS):
        signature = {b: tuple(sorted(tuple("" if k in withheld or r.get(k) is None else str(r.get(k))
                                           for k in QUASI_IDENTIFIERS) for r in by_business[b])) for b in left}
        sizes = Counter(signature.values())
        placed.update((b, number) for b in left if sizes[signature[b]] >= K)
        left = [b for b in left if b not in placed]
    kept, generalised, suppressed = [], 0, 0
    for r in rows:
        number = placed.get(r["_business"], -1)
        if number < 0:
            suppressed += 1
            continue
        for key in STEPS[number]:
            r[key] = _blank(key)
        r["commune_generalised"] = int("commune" in STEPS[number])
        generalised += int(number > 0)
        kept.append(r)
    return kept, generalised, suppressed


def write_table(table: Table, path: str | Path, fmt: str, lang: str = "vi") -> None:
    if fmt == "csv":
        write_csv(path, [tr(c.header, lang) for c in table.columns],
                  ([row.get(c.key) for c in table.columns] for row in table.rows))
    elif fmt == "xlsx":
        title = text("Đánh giá CĐS", "CDS assessments")
        write_xlsx(path, [Sheet(tr(title, lang), table.columns, table.rows, lang),
                          dictionary_sheet(text("Giải thích cột", "Columns"), table.columns, lang, table.notes(lang))])
    else:
        raise ValueError(f"format must be one of {FORMATS}")


def export_table(repo: Repository, path: str | Path, fmt: str, lang: str = "vi", anonymize: bool = False) -> Table:
    """Write the table; returns it (rows, and how many rows were generalised or suppressed)."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}")
    table = build(repo, lang, anonymize)
    write_table(table, path, fmt, lang)
    return table
