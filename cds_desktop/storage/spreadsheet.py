"""Spreadsheets that are safe to open: text is never a formula, control characters are removed,
numbers stay numbers, dates stay dates. Used by the province table and the province dashboard."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from ..fileio import atomic_output, write_atomically
from ..i18n import Text, nfc, tr

# Kinds of column and how a spreadsheet shows them.
NUMBER_FORMATS = {"text": "@", "int": "0", "score": "0.0", "share": "0%", "money": "#,##0",
                  "date": "yyyy-mm-dd", "month": "yyyy-mm"}
# Spreadsheets run a text that starts with one of these as a formula (or DDE command).
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
# C0 controls but tab, newline and carriage return; DEL and C1 controls; lone surrogates.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


@dataclass(frozen=True)
class Column:
    key: str
    header: Text
    kind: str  # a key of NUMBER_FORMATS
    meaning: Text
    width: float = 14


def clean_text(value: str) -> str:
    """Text a spreadsheet accepts: NFC, no control characters (a vertical tab or ESC breaks XLSX)."""
    return nfc(_CONTROL.sub("", value))


def csv_cell(value: Any) -> str:
    """A CSV cell: text that would run as a formula gets a leading apostrophe; numbers use a dot."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, date):
        return value.isoformat()
    value = clean_text(str(value))
    return "'" + value if value.startswith(FORMULA_START) else value


def csv_bytes(header: Sequence[str], rows: Iterable[Sequence[Any]]) -> bytes:
    """UTF-8 with a BOM (Excel then shows Vietnamese), a header row, one line per row."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([csv_cell(h) for h in header])
    writer.writerows([csv_cell(v) for v in row] for row in rows)
    return buffer.getvalue().encode("utf-8-sig")


def write_csv(path: str | Path, header: Sequence[str], rows: Iterable[Sequence[Any]]) -> None:
    write_atomically(path, csv_bytes(header, rows))


@dataclass
class Sheet:
    title: str
    columns: Sequence[Column]
    rows: Iterable[Mapping[str, Any]]
    lang: str = "vi"
    freeze: bool = True


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter
    return get_column_letter(index)


def write_xlsx(path: str | Path, sheets: Sequence[Sheet]) -> None:
    """Every text cell is typed as text (data_type "s"), so `=HYPERLINK(…)` stays a name."""
    from openpyxl import Workbook  # heavy: only when a workbook is written
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font

    # The workbook is started only once the output file can be made: an unsaved write-only
    # workbook complains with a traceback when it is thrown away.
    with atomic_output(path) as tmp:
        book = Workbook(write_only=True)
        bold, wrap = Font(bold=True), Alignment(wrap_text=True, vertical="top")
        for spec in sheets:
            sheet = book.create_sheet(clean_text(spec.title)[:31])
            for i, column in enumerate(spec.columns, start=1):
                sheet.column_dimensions[_column_letter(i)].width = column.width
            if spec.freeze:
                sheet.freeze_panes = "A2"
                sheet.auto_filter.ref = f"A1:{_column_letter(max(1, len(spec.columns)))}1"

            def cell(value: Any, column: Column, header: bool = False):
                if isinstance(value, str) or header:
                    value = clean_text("" if value is None else str(value))
                c = WriteOnlyCell(sheet, value)
                if header:
                    c.font, c.alignment = bold, wrap
                if isinstance(value, str):
                    c.data_type = "s"  # never a formula
                if not header:
                    c.number_format = NUMBER_FORMATS[column.kind]
                    if column.kind == "text" and column.width > 30:
                        c.alignment = wrap
                return c

            sheet.append([cell(tr(c.header, spec.lang), c, header=True) for c in spec.columns])
            for row in spec.rows:
                sheet.append([cell(row.get(c.key), c) for c in spec.columns])
        # Zipped in memory, then written: openpyxl leaves its zip open when a write fails (a full disk),
        # and Python then prints a traceback as it throws the zip away. Written as bytes, not a view of the
        # buffer: a failed write keeps the view alive in its traceback, and the buffer thrown away under it
        # prints a BufferError (Python 3.13) or crashes the collector (3.12.1).
        packed = io.BytesIO()
        book.save(packed)
        tmp.write_bytes(packed.getvalue())


def dictionary_sheet(title: Text, columns: Sequence[Column], lang: str, notes: Sequence[str] = ()) -> Sheet:
    """The second sheet: one line per column (header, key, kind, meaning), after any notes."""
    from ..i18n import text

    kinds = {"text": text("chữ", "text"), "int": text("số nguyên", "integer"), "score": text("điểm 0–100", "score 0–100"),
             "share": text("tỉ lệ 0–1", "share 0–1"), "money": text("số tiền (đồng)", "amount (VND)"),
             "date": text("ngày", "date"), "month": text("tháng", "month")}
    spec = (Column("header", text("Cột", "Column"), "text", text("", ""), 34),
            Column("key", text("Mã cột", "Key"), "text", text("", ""), 26),
            Column("kind", text("Kiểu", "Type"), "text", text("", ""), 16),
            Column("meaning", text("Ý nghĩa", "Meaning"), "text", text("", ""), 90))
    rows = [{"header": note} for note in notes]
    if notes:
        rows.append({})
    rows += [{"header": tr(c.header, lang), "key": c.key, "kind": tr(kinds[c.kind], lang),
              "meaning": tr(c.meaning, lang)} for c in columns]
    return Sheet(tr(title, lang), spec, rows, lang)
