"""Ingest: anonymised tables (CSV, XLSX, as the app exports them) and export bundles into the workspace.

Each file is read (never changed), every row validated, and the file stored whole or not at all: one
bad row rejects the file, with every bad row listed by line and field. A row already stored (same
export id and row id) is counted as a duplicate, not stored twice. Validation and storage run in
DuckDB, so 100,000 rows take seconds."""

from __future__ import annotations

import csv
import hashlib
import os
import stat
import tempfile
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, Iterable, Sequence

from ..domain.places import QUANG_TRI
from ..errors import InputError, Problem
from ..fileio import os_reason
from ..formats import format_count, format_number, in_both
from ..i18n import Text, text, tr
from .fields import DERIVED, FIELDS, MIN_CELL, NAMED_ONLY, REQUIRED, bands, fold, header_keys, labels
from .workspace import Workspace, mark_latest

MAX_FILE_BYTES = 256 * 1024 * 1024  # 100,000 rows of the table are about 60 MB
# An XLSX file is a zip: what it unpacks to is bounded too. 100,000 rows of the table unpack to about 400 MB; the
# app writes texts in their cells, Excel saving it again lists the distinct ones (a few MB, read whole into memory).
MAX_XLSX_UNPACKED_BYTES = 1024 * 1024 * 1024
MAX_XLSX_SHARED_STRINGS_BYTES = 64 * 1024 * 1024
MAX_XLSX_ENTRIES = 1000
HEADER_CHARS = 1 << 20  # the header of the table is a few kilobytes
SHOWN_LINES = 20  # rejected rows listed per file; the rest are counted

# What each kind of field must hold (the message names the field and the line).
_KIND_MESSAGES: dict[str, Text] = {
    "text": text("bị trống", "is empty"),
    "label": text("không phải giá trị đã biết", "is not a known value"),
    "int": text("phải là số nguyên dương", "must be a positive whole number"),
    "level": text("phải là mức từ 0 đến 5", "must be a level from 0 to 5"),
    "score": text("phải là số từ 0 đến 100", "must be a number from 0 to 100"),
    "share": text("phải là số từ 0 đến 1", "must be a number from 0 to 1"),
    "month": text("phải là ngày dạng YYYY-MM-DD", "must be a date written YYYY-MM-DD"),
    "stage": text("phải là T0, T1, T2…", "must be T0, T1, T2…"),
    "flag": text("phải là 0 hoặc 1", "must be 0 or 1"),
    "province": text("không phải tỉnh, thành phố nào trong 34 tỉnh, thành phố hiện nay",
                     "is not a province (one of today's 34 provinces and cities)"),
    "commune": text("không phải xã/phường/đặc khu của Quảng Trị (để trống khi bảng đã gộp xã lên tỉnh)",
                    "is not a commune of Quảng Trị (empty when the table generalised it to the province)"),
    "id": text("phải là mã do ứng dụng ghi (chữ không dấu, số, - và _; không quá 64 ký tự)",
               "must be an id as the app writes it (letters without accents, digits, - and _; at most 64)"),
    "band": text("không phải khoảng do ứng dụng ghi (như 10–49, 3–10 tỷ), hoặc để trống",
                 "is not one of the app's bands (such as 10–49, 3–10 tỷ), or empty"),
    "catalogs": text("không phải danh sách phiên bản danh mục (mã@phiên bản; …) do ứng dụng ghi, hoặc để trống",
                     "is not a list of catalog versions (id@version; …) as the app writes it, or empty"),
    "instrument": text("bộ câu hỏi (mã và phiên bản) này không có trong ứng dụng; hãy cập nhật ứng dụng",
                       "this instrument (id and version) is not known to this app; update the app"),
}
_KINDS = {"export_id": "id", "business_key": "id", "row_id": "int", "entity_type": "label", "sector": "label",
          "size_class": "label", "status": "label", "stage": "stage", "assessed_month": "month",
          "commune_generalised": "flag", "completeness": "share", "overall_score": "score",
          "overall_level": "level", "instrument_id": "text", "instrument_version": "instrument",
          "province": "province", "commune": "commune", "employee_band": "band", "revenue_band": "band",
          "capital_band": "band", "catalog_versions": "catalogs"}
# A commune of another province: the app knows no list to check it against, so it would be free text in the store
# and in every commune summary ("Thôn 3, nhà ông Tư"). It is not kept: the row stands for its province.
_ELSEWHERE = f"(nfc_normalize(r.\"province\") IS DISTINCT FROM '{QUANG_TRI}' AND r.\"commune\" IS NOT NULL)"
# A catalog's id and version as the policy schema allows them (no free text fits)
_CATALOG = "[a-z][a-z0-9_-]*@[0-9]+[.][0-9]+([.][0-9]+)?"


def _kind(key: str) -> str:
    if key in _KINDS:
        return _KINDS[key]
    if key.startswith("q_") or key.endswith("_level"):
        return "level"
    if key.endswith("_score"):
        return "score"
    return "text"


@dataclass
class FileReport:
    path: str
    rows: int = 0
    added: int = 0
    duplicates: int = 0
    problems: list[Problem] = field(default_factory=list)
    bad_rows: int = 0
    shown_rows: int = 0
    ingest: int | None = None  # its number in the workspace's ingest log (what the rows keep, not the file name)
    same_as: int | None = None  # the first ingest of a file with the same content
    withheld: int = 0  # a bundle's rows left out to keep it k-anonymous
    generalised: int = 0  # a bundle's rows kept with their month, bands or commune left empty, for the same reason

    @property
    def ok(self) -> bool:
        return not self.problems

    def render(self, lang: str) -> str:
        if self.ok:
            added = in_both(format_count, self.added, "dòng", "row", "rows")
            stored = in_both(format_number, self.duplicates)
            line = tr(text(f"{self.path}: lần nhập số {self.ingest}, thêm {added['vi']}, {stored['vi']} dòng đã có (bỏ qua)",
                           f"{self.path}: ingest no. {self.ingest}, {added['en']} added, {stored['en']} already stored "
                           "(skipped)"), lang)
            if self.generalised:
                made = in_both(format_count, self.generalised, "dòng", "row", "rows")
                line += tr(text(f"; {made['vi']} đã khái quát hoá (bỏ trống tháng, nhóm quy mô hoặc xã) để giống ít "
                                f"nhất {MIN_CELL} cơ sở",
                                f"; {made['en']} generalised (month, bands or commune left empty) to be alike for at "
                                f"least {MIN_CELL} businesses"), lang)
            if self.withheld:
                left = in_both(format_count, self.withheld, "dòng", "row", "rows")
                line += tr(text(f"; bỏ {left['vi']} (dưới {MIN_CELL} cơ sở giống nhau về nơi, ngành, quy mô, "
                                "loại hình, nhóm, tháng, các đợt)",
                                f"; {left['en']} left out (fewer than {MIN_CELL} businesses alike in place, sector, "
                                "size, entity type, bands, month, stages)"), lang)
            if self.same_as is not None:
                line += tr(text(f" — cùng tệp với lần nhập số {self.same_as} (nội dung y hệt)",
                                f" — the same file as ingest no. {self.same_as} (identical content)"), lang)
            return line
        head = tr(text(f"{self.path}: KHÔNG nhập tệp này (không dòng nào được lưu)",
                       f"{self.path}: NOT ingested (no row of it was stored)"), lang)
        lines = [head] + ["  " + p.render(lang) for p in self.problems]
        hidden = self.bad_rows - self.shown_rows
        if hidden > 0:
            lines.append("  " + tr(text(f"… và {hidden} dòng lỗi khác", f"… and {hidden} more bad rows"), lang))
        return "\n".join(lines)

    def to_json(self, lang: str) -> dict[str, Any]:
        return {"file": self.path, "ingested": self.ok, "ingest": self.ingest, "same_file_as_ingest": self.same_as,
                "rows": self.rows, "added": self.added, "withheld": self.withheld,
                "generalised": self.generalised,
                "duplicates": self.duplicates, "bad_rows": self.bad_rows,
                "problems": [p.render(lang) for p in self.problems]}


def _reject(report: FileReport, vi: str, en: str) -> FileReport:
    report.problems.append(Problem("", text(vi, en)))
    return report


def _check_file(path: Path) -> None:
    """Only regular files of a bounded size are read (no FIFO, device, or link to one)."""
    try:
        info = os.stat(path)
    except OSError as exc:
        raise InputError(Problem("", text(f"không đọc được tệp ({os_reason(exc)['vi']})",
                                          f"cannot read the file ({os_reason(exc)['en']})"))) from None
    if not stat.S_ISREG(info.st_mode):
        raise InputError(Problem("", text("không phải tệp thông thường", "not a regular file")))
    if info.st_size > MAX_FILE_BYTES:
        raise InputError(Problem("", text(
            f"tệp lớn hơn {MAX_FILE_BYTES // 2**20} MB; hãy chia thành nhiều tệp",
            f"the file is larger than {MAX_FILE_BYTES // 2**20} MB; split it into several files")))


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _keys(header: Sequence[Any]) -> list[str]:
    known, seen, out = header_keys(), set(), []
    for i, cell in enumerate(header):
        key = known.get(fold(str(cell or "")), f"_extra_{i}")
        if key in seen:
            key = f"_duplicate_{i}"
        seen.add(key)
        out.append(key)
    return out


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return str(value)


def _write_staging(folder: Path, keys: Sequence[str], rows: Iterable[Sequence[Any]]) -> Path:
    path = folder / "staging.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(keys)
        writer.writerows([_cell(v) for v in row] for row in rows)
    return path


def _csv_header(path: Path) -> tuple[list[str], str]:
    """The header and the delimiter: the app writes commas; a spreadsheet set to Vietnamese (decimal comma)
    saves the table again with semicolons."""
    try:
        with path.open(encoding="utf-8-sig", newline="") as fh:
            line = fh.readline(HEADER_CHARS)
    except UnicodeDecodeError:
        raise InputError(Problem("", text("tệp không phải UTF-8; hãy lưu lại dạng CSV UTF-8",
                                          "the file is not UTF-8; save it again as CSV UTF-8"))) from None
    known = header_keys()
    try:
        found = {d: next(csv.reader([line], delimiter=d), []) for d in (",", ";")}
    except csv.Error:  # a cell longer than any header (or the line cut at HEADER_CHARS)
        raise InputError(Problem("", text("dòng đầu không phải tiêu đề của bảng tỉnh do ứng dụng xuất",
                                          "the first line is not the header of a province table exported by the app"
                                          ))) from None
    delimiter = max(found, key=lambda d: sum(fold(h) in known for h in found[d]))  # a tie: the comma
    return found[delimiter], delimiter


def _check_xlsx_size(path: Path) -> None:
    """Refuse a zip bomb before openpyxl unpacks it: a 1 MB file can unpack to gigabytes (and its shared
    strings are read whole into memory). A zip member is never read past the size its directory declares,
    so the declared sizes bound what is unpacked."""
    import zipfile

    try:
        with zipfile.ZipFile(path) as zf:
            infos = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError):
        raise InputError(Problem("", text("không phải tệp XLSX đọc được (zip hỏng)",
                                          "not a readable XLSX file (damaged zip)"))) from None
    unpacked = sum(i.file_size for i in infos)
    strings = sum(i.file_size for i in infos if i.filename.lower().endswith("sharedstrings.xml"))
    if strings > MAX_XLSX_SHARED_STRINGS_BYTES:
        what, size, most = (text("chữ trong các ô giải nén ra", "its cell texts unpack to"), strings,
                            MAX_XLSX_SHARED_STRINGS_BYTES)
    elif unpacked > MAX_XLSX_UNPACKED_BYTES or len(infos) > MAX_XLSX_ENTRIES:
        what, size, most = text("tệp giải nén ra", "the file unpacks to"), unpacked, MAX_XLSX_UNPACKED_BYTES
    else:
        return
    mb, cap = in_both(format_number, size // 2**20), in_both(format_number, most // 2**20)
    raise InputError(Problem("", text(
        f"{what['vi']} quá nhiều ({mb['vi']} MB; tối đa {cap['vi']} MB, hoặc {MAX_XLSX_ENTRIES} phần): đây "
        "không phải bảng tỉnh do ứng dụng xuất. Hãy xuất lại bảng ẩn danh, hoặc gửi dạng CSV",
        f"{what['en']} too much ({mb['en']} MB; at most {cap['en']} MB, or {MAX_XLSX_ENTRIES} parts): this "
        "is not a province table exported by the app. Export the anonymised table again, or send it as CSV")))


def _xlsx_rows(path: Path, folder: Path) -> tuple[list[str], Path]:
    from openpyxl import load_workbook  # heavy: only for XLSX files

    _check_xlsx_size(path)
    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds (zip, XML, key errors) for a file that is not XLSX
        raise InputError(Problem("", text(f"không phải tệp XLSX đọc được ({type(exc).__name__})",
                                          f"not a readable XLSX file ({type(exc).__name__})"))) from None
    try:
        rows = book.worksheets[0].iter_rows(values_only=True)
        keys = _keys(next(rows, ()))
        body = (row for row in rows if any(v is not None and v != "" for v in row))
        return keys, _write_staging(folder, keys, body)
    finally:
        book.close()


def _bundle_rows(path: Path, folder: Path, digest: str, report: FileReport) -> tuple[list[str], Path]:
    """An export bundle (or one assessment file) as anonymised rows: names and ids are not kept, and the rows are
    made k-anonymous as the anonymised table is (a business alike to fewer than K - 1 others over every
    quasi-identifier loses its month, bands, then commune, or is left out: `report.withheld`), or one rare business
    would be a row of its own in the store and in the Parquet export."""
    from ..storage.exchange import read_exchange_file
    from ..storage.table import assessment_figures, employee_band, k_anonymous, money_band

    files = read_exchange_file(path)
    keys = [k for k, _ in FIELDS if k not in DERIVED]
    questions = sorted({f"q_{q.id}" for f in files for q in f.instrument.questions})
    business_keys: dict[str, str] = {}
    rows = []
    for number, loaded in enumerate(files, start=1):
        b, a = loaded.business, loaded.assessment
        who = b.id or f"{b.name}|{b.tax_code}"
        key = business_keys.setdefault(who, f"B{len(business_keys) + 1:05d}")
        figures = assessment_figures(loaded.instrument, b, a)
        rows.append({"export_id": f"bundle-{digest[:32]}", "row_id": number, "business_key": key,
                     "entity_type": b.entity_type, "sector": b.sector, "size_class": figures["size_class_code"],
                     "employee_band": employee_band(b.employees), "revenue_band": money_band(b.annual_revenue_vnd),
                     "capital_band": money_band(b.total_capital_vnd), "province": b.province, "commune": b.commune,
                     "commune_generalised": 0, "stage": a.stage, "assessed_month": a.assessed_on[:8] + "01",
                     "status": a.status, "instrument_id": a.instrument_id, "instrument_version": a.instrument_version,
                     "catalog_versions": "", "_business": key, "_size": figures["size_class_code"], **figures})
    kept, report.generalised, report.withheld = k_anonymous(rows)
    if rows and not kept:
        raise InputError(Problem("", text(
            f"mọi đánh giá trong tệp thuộc nhóm dưới {MIN_CELL} cơ sở giống nhau (tỉnh, ngành, quy mô, loại hình, "
            "các đợt đánh giá): không lưu dòng nào, để không lộ một cơ sở. Hãy gửi cùng các đánh giá khác",
            f"every assessment of the file is in a group of fewer than {MIN_CELL} businesses alike (province, sector, "
            "size, entity type, stages): nothing is stored, so that no business stands out. Send it with other "
            "assessments"
        )))
    return keys + questions, _write_staging(folder, keys + questions, ([r.get(k) for k in keys + questions]
                                                                      for r in kept))


def ingest(workspace: Workspace, paths: Sequence[str | os.PathLike[str]]) -> list[FileReport]:
    """Each file on its own: stored whole, or (any bad row, unreadable) not at all."""
    reports = []
    for raw in paths:
        path = Path(raw)
        report = FileReport(str(path))
        with tempfile.TemporaryDirectory(prefix="cds-province-") as tmp:
            try:
                _ingest_file(workspace, path, Path(tmp), report)
            except InputError as exc:
                report.problems.extend(exc.problems)
        reports.append(report)
    return reports


def _ingest_file(workspace: Workspace, path: Path, tmp: Path, report: FileReport) -> None:
    import duckdb

    _check_file(path)
    digest = _sha256(path)
    suffix = path.suffix.lower()
    line_word = text("dòng", "line")
    delimiter = ","
    if suffix == ".csv":
        header, delimiter = _csv_header(path)
        keys, source = _keys(header), path
    elif suffix == ".xlsx":
        keys, source = _xlsx_rows(path, tmp)
    elif suffix == ".json":
        keys, source = _bundle_rows(path, tmp, digest, report)
        line_word = text("đánh giá thứ", "assessment no.")
    else:
        _reject(report, "chỉ nhận tệp .csv, .xlsx (bảng tỉnh ẩn danh) hoặc .json (gói xuất)",
                "only .csv, .xlsx (anonymised province tables) or .json (export bundles) are accepted")
        return
    if any(k in keys for k in NAMED_ONLY):
        _reject(report, "đây là bảng có tên cơ sở; hãy xuất bảng ẩn danh (--anonymize) để gửi tỉnh",
                "this is the named table; export the anonymised table (--anonymize) for the province")
        return
    missing = [k for k in REQUIRED if k not in keys]
    if missing:
        _reject(report, f"thiếu cột: {', '.join(missing)} — không phải bảng tỉnh do ứng dụng xuất",
                f"missing columns: {', '.join(missing)} — not a province table exported by the app")
        return
    offset = 1 if suffix == ".json" else 2  # line 1 is the header
    con = workspace.con
    con.execute("BEGIN TRANSACTION")
    try:
        _stage(con, source, keys, delimiter)
        _validate(con, keys, report, offset, line_word)
        if report.ok:
            _store(con, keys, report, digest)
            con.execute("COMMIT")
        else:
            con.execute("ROLLBACK")
    except duckdb.Error as exc:
        con.execute("ROLLBACK")
        report.problems.append(Problem("", _read_error(str(exc))))


def _read_error(message: str) -> Text:
    """What the CSV reader's error (English, for programmers) means for the person with the file."""
    import re

    found = re.search(r"CSV Error on Line: (\d+)", message)
    if found is None:
        first = message.splitlines()[0]
        return text(f"không đọc được bảng: {first}", f"cannot read the table: {first}")
    line = found.group(1)
    if "not utf-8" in message.casefold():
        return text(f"dòng {line}: tệp không phải UTF-8; hãy lưu lại dạng CSV UTF-8",
                    f"line {line}: the file is not UTF-8; save it again as CSV UTF-8")
    if (cells := re.search(r"Expected Number of Columns: (\d+) Found: (\d+)", message)) is not None:
        expected, got = cells.groups()
        return text(f"dòng {line} có {got} ô, dòng tiêu đề có {expected}",
                    f"line {line} has {got} cells, the header has {expected}")
    return text(f"dòng {line} không đọc được (một dấu ngoặc kép không đóng, hoặc một ô viết sai)",
                f"line {line} cannot be read (a quote left open, or a cell written wrongly)")


def _stage(con, source: Path, keys: Sequence[str], delimiter: str = ",") -> None:
    """The file's cells as text, trimmed and unescaped, with their line; the lookup tables."""
    from ..domain.instrument import shipped_instruments
    from ..domain.places import commune_names
    from ..domain.vocabulary import province_names

    stored = {k for k, _ in FIELDS}
    escaped = str(source).replace("'", "''")
    types = ", ".join(f"'{k}': 'VARCHAR'" for k in keys)
    cells = ", ".join(f'{_raw(k)} AS "{k}"' for k in keys if k in stored or k.startswith("q_"))
    con.execute(f"""CREATE OR REPLACE TEMP TABLE raw AS SELECT row_number() OVER () AS _line, {cells}
        FROM read_csv('{escaped}', header = true, delim = '{delimiter}', quote = '"', escape = '"', auto_detect = false,
                      columns = {{{types}}}) s""")
    if "province" in keys:
        _province_spellings(con)
    con.execute("CREATE OR REPLACE TEMP TABLE labels (field VARCHAR, label VARCHAR, code VARCHAR)")
    con.executemany("INSERT INTO labels VALUES (?, ?, ?)", labels())
    # The places the app writes: a commune shown in the province's reports is one of its communes (or
    # empty), never free text; another province's communes are not listed here and are kept as written.
    con.execute("CREATE OR REPLACE TEMP TABLE provinces (name VARCHAR)")
    con.executemany("INSERT INTO provinces VALUES (?)", [(n,) for n in province_names()])
    con.execute("CREATE OR REPLACE TEMP TABLE communes (name VARCHAR)")
    con.executemany("INSERT INTO communes VALUES (?)", [(n,) for n in commune_names()])
    con.execute("CREATE OR REPLACE TEMP TABLE bands (field VARCHAR, band VARCHAR)")
    con.executemany("INSERT INTO bands VALUES (?, ?)", bands())
    con.execute("CREATE OR REPLACE TEMP TABLE instruments (id VARCHAR, version VARCHAR)")
    con.executemany("INSERT INTO instruments VALUES (?, ?)", list(shipped_instruments()))


def _province_spellings(con) -> None:
    """A province written as the form, validate and import read it ('TP.HCM', 'Sài Gòn', 'ha noi', 'tỉnh Quảng
    Trị': only the spelling differs, normalise_place adds no note) is stored under its name, as a row of the app's
    own table would be. A former province or district stays refused: what merged into what is the app's to say
    with a note, which a table row has no place for."""
    from ..domain.places import normalise_place

    spellings = []
    for (written,) in con.execute('SELECT DISTINCT "province" FROM raw WHERE "province" IS NOT NULL').fetchall():
        place = normalise_place(written)
        if place.recognised_province and place.note is None and place.province != written:
            spellings.append((written, place.province))
    if spellings:
        con.execute("CREATE OR REPLACE TEMP TABLE province_spellings (written VARCHAR, name VARCHAR)")
        con.executemany("INSERT INTO province_spellings VALUES (?, ?)", spellings)
        con.execute('UPDATE raw SET "province" = s.name FROM province_spellings s WHERE raw."province" = s.written')


def _raw(key: str) -> str:
    cell = f"nullif(trim(s.\"{key}\"), '')"
    if _kind(key) not in ("text", "label", "instrument", "stage", "province", "commune", "band", "catalogs", "id"):
        return cell  # a number the app wrote is never escaped
    # the CSV guard: a text written as '=x is the text =x
    return (f"CASE WHEN left({cell}, 1) = '''' AND substr({cell}, 2, 1) IN ('=', '+', '-', '@', chr(9), chr(13)) "
            f"THEN substr({cell}, 2) ELSE {cell} END")


def _typed(key: str, raw: str) -> tuple[str, str]:
    """(typed expression, condition the typed value must meet)."""
    kind = _kind(key)
    number = f"TRY_CAST(replace({raw}, ',', '.') AS DOUBLE)"
    if kind == "label":
        return f"l_{key}.code", "true"
    if kind == "int":
        return f"TRY_CAST({raw} AS INTEGER)", f"TRY_CAST({raw} AS INTEGER) > 0"
    if kind == "level":
        return f"TRY_CAST({raw} AS TINYINT)", f"TRY_CAST({raw} AS TINYINT) BETWEEN 0 AND 5"
    if kind == "score":
        return number, f"{number} BETWEEN 0 AND 100"
    if kind == "share":
        return number, f"{number} BETWEEN 0 AND 1"
    if kind == "month":
        day = f"TRY_CAST(left({raw}, 10) AS DATE)"
        return f"CAST(date_trunc('month', {day}) AS DATE)", f"{day} IS NOT NULL"
    if kind == "stage":
        return raw, f"regexp_full_match({raw}, 'T[0-9]{{1,2}}')"
    if kind == "flag":  # commune_generalised, the one flag: also where another province's commune is dropped
        return f"(TRY_CAST({raw} AS INTEGER) = 1 OR {_ELSEWHERE})", f"TRY_CAST({raw} AS INTEGER) IN (0, 1)"
    if kind == "instrument":
        return raw, "ins.id IS NOT NULL"
    if kind == "id":  # the app writes random ids (a UUID, bundle-<hex>, B00001): never a name with spaces or accents
        return raw, f"regexp_full_match({raw}, '[A-Za-z0-9_-]{{1,64}}')"
    if kind == "band":
        return (f"nfc_normalize({raw})",
                f"nfc_normalize({raw}) IN (SELECT band FROM bands WHERE field = '{key}')")
    if kind == "catalogs":
        return raw, f"regexp_full_match({raw}, '{_CATALOG}(; ?{_CATALOG})*')"
    if kind == "province":
        return f"nfc_normalize({raw})", f"nfc_normalize({raw}) IN (SELECT name FROM provinces)"
    if kind == "commune":
        return (f"CASE WHEN {_ELSEWHERE} THEN '' ELSE coalesce(nfc_normalize({raw}), '') END",
                f"nfc_normalize({raw}) IN (SELECT name FROM communes) "
                f"OR nfc_normalize(r.\"province\") IS DISTINCT FROM '{QUANG_TRI}'")
    return raw, "true"


def _validate(con, keys: Sequence[str], report: FileReport, offset: int, line_word: Text) -> None:
    stored = {k for k, _ in FIELDS}
    wanted = [k for k in keys if k in stored or k.startswith("q_")]
    selects, oks, checks, joins = [], [], [], []
    for key in wanted:
        raw = f'r."{key}"'
        typed, condition = _typed(key, raw)
        if _kind(key) == "label":
            joins.append(f"LEFT JOIN labels l_{key} ON l_{key}.field = '{key}' "
                         f"AND l_{key}.label = lower(nfc_normalize({raw}))")
            condition = f"l_{key}.code IS NOT NULL"
        selects.append(f'{typed} AS "{key}"')
        if key in ("overall_score", "overall_level"):  # an empty draft has no score yet
            when_empty = "l_status.code IS DISTINCT FROM 'completed'"
        else:
            when_empty = "false" if key in REQUIRED and key != "commune" else "true"
        ok = f"CASE WHEN {raw} IS NULL THEN {when_empty} ELSE coalesce({condition}, false) END"
        oks.append(ok)
        checks.append(f"CASE WHEN NOT ({ok}) THEN '{key}' END")
    if "commune_generalised" not in wanted:
        selects.append(f'{_ELSEWHERE} AS "commune_generalised"')
    if "instrument_version" in wanted:
        joins.append('LEFT JOIN instruments ins ON ins.id = r."instrument_id" '
                     'AND ins.version = r."instrument_version"')
    source = f"FROM raw r {' '.join(joins)}"
    line = f"r._line - 1 + {offset}"
    con.execute(f"CREATE OR REPLACE TEMP TABLE typed AS SELECT {line} AS line, {', '.join(selects)}, "
                f"{' AND '.join(oks)} AS valid {source}")
    report.rows, report.bad_rows = con.execute("SELECT count(*), count(*) FILTER (WHERE NOT valid) "
                                               "FROM typed").fetchone()
    if report.bad_rows:  # which fields, for the first rows only
        listed = con.execute(f"SELECT {line}, list_filter([{', '.join(checks)}], lambda x: x IS NOT NULL) {source} "
                             f"WHERE {line} IN (SELECT line FROM typed WHERE NOT valid ORDER BY line "
                             f"LIMIT {SHOWN_LINES}) ORDER BY 1").fetchall()
        for number, bad in listed:
            report.shown_rows += 1
            for key in bad:
                message = _KIND_MESSAGES[_kind(key)]
                report.problems.append(Problem("", text(f"{line_word['vi']} {number}, {key}: {message['vi']}",
                                                        f"{line_word['en']} {number}, {key}: {message['en']}")))
    if report.rows == 0:
        report.problems.append(Problem("", text("bảng không có dòng nào", "the table has no rows")))


def _store(con, keys: Sequence[str], report: FileReport, digest: str) -> None:
    """The new rows, under the next ingest number and the file's SHA-256 (never its name: consultants name files
    after the business); the log says when a file with the same content came before."""
    stored = [k for k, _ in FIELDS if k in keys or k == "commune_generalised"]  # typed always has it
    questions = [k for k in keys if k.startswith("q_")]
    report.ingest = con.execute("SELECT coalesce(max(number), 0) + 1 FROM ingests").fetchone()[0]
    report.same_as = con.execute("SELECT min(number) FROM ingests WHERE sha256 = ?", [digest]).fetchone()[0]
    con.execute("""CREATE OR REPLACE TEMP TABLE fresh AS
        SELECT t.* FROM typed t ANTI JOIN assessments a USING (export_id, row_id)
        QUALIFY row_number() OVER (PARTITION BY t.export_id, t.row_id ORDER BY t.line) = 1""")
    report.added = con.execute("SELECT count(*) FROM fresh").fetchone()[0]
    report.duplicates = report.rows - report.added
    columns = ", ".join(f'"{k}"' for k in stored)
    con.execute(f"""INSERT INTO assessments ({columns}, stage_number, business, ingest, file_sha256, ingested_at)
        SELECT {columns}, CAST(substr(stage, 2) AS INTEGER), export_id || '/' || business_key, ?, ?, now()
        FROM fresh""", [report.ingest, digest])
    mark_latest(con, "SELECT DISTINCT export_id || '/' || business_key FROM fresh")
    if questions:
        cols = ", ".join(f'"{q}"' for q in questions)
        con.execute(f"""INSERT INTO question_levels
            SELECT export_id, row_id, substr(question_id, 3), level FROM
            (UNPIVOT (SELECT export_id, row_id, {cols} FROM fresh) ON {cols} INTO NAME question_id VALUE level)
            WHERE level IS NOT NULL""")
    con.execute("INSERT INTO ingests VALUES (?, ?, now(), ?, ?)", [report.ingest, digest, report.added,
                                                                  report.duplicates])
