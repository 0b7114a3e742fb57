"""The workspace folder: one DuckDB file, created on first ingest; opened read-only to summarise."""

from __future__ import annotations

import os
from pathlib import Path

from ..errors import InputError, Problem
from ..fileio import replace_with_retry
from ..i18n import text
from .fields import FIELDS

DB_NAME = "province.duckdb"
SCHEMA_VERSION = 2


class Workspace:
    """A connection to the workspace database; use as a context manager."""

    def __init__(self, folder: str | os.PathLike[str], *, read_only: bool = True):
        import duckdb  # heavy: only when a workspace is used

        self.folder = Path(folder)
        self.path = self.folder / DB_NAME
        if read_only and not self.path.is_file():
            raise InputError(Problem("--workspace", text(
                f"chưa có dữ liệu tỉnh trong {self.folder}; chạy 'cds-cli province ingest' trước",
                f"no province workspace in {self.folder}; run 'cds-cli province ingest' first")))
        try:
            if not read_only:
                self.folder.mkdir(parents=True, exist_ok=True)
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except OSError as exc:
            raise InputError(Problem("--workspace", text(f"không tạo được thư mục ({exc.strerror})",
                                                         f"cannot create the folder ({exc.strerror})"))) from None
        except duckdb.Error as exc:
            raise InputError(Problem("--workspace", text(
                f"không mở được dữ liệu tỉnh (đang mở ở chương trình khác, hoặc không phải tệp DuckDB): {exc}",
                f"cannot open the province workspace (open in another program, or not a DuckDB file): {exc}"
            )), str(self.path)) from None
        if not read_only:
            self._create()
        self._check_version()

    def _create(self) -> None:
        fields = ", ".join(f'"{k}" {t}' for k, t in FIELDS)
        self.con.execute(f"CREATE TABLE IF NOT EXISTS assessments ({fields}, PRIMARY KEY (export_id, row_id))")
        self.con.execute("CREATE TABLE IF NOT EXISTS question_levels (export_id VARCHAR, row_id INTEGER, "
                         "question_id VARCHAR, level TINYINT)")
        self.con.execute("CREATE TABLE IF NOT EXISTS ingests (file VARCHAR, sha256 VARCHAR, ingested_at TIMESTAMP, "
                         "rows_added INTEGER, duplicates INTEGER)")
        self.con.execute("CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
        self.con.execute("INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])

    def _check_version(self) -> None:
        import duckdb

        try:
            row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except duckdb.Error:
            row = None
        if row is None or row[0] != str(SCHEMA_VERSION):
            self.close()
            raise InputError(Problem("--workspace", text(
                "thư mục này không chứa dữ liệu tỉnh của phiên bản ứng dụng này",
                "this folder does not hold a province workspace of this app version")), str(self.path))

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> "Workspace":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def count(self) -> int:
        return self._rows_in("assessments")

    def _rows_in(self, table: str) -> int:
        row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
        return row[0] if row is not None else 0  # count(*) always gives a row

    def export_parquet(self, folder: str | os.PathLike[str]) -> dict[str, int]:
        """assessments.parquet and question_levels.parquet in `folder`; each written beside and then
        moved into place, so a reader never sees half a file. Returns rows per file."""
        import duckdb

        target = Path(folder)
        try:
            target.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError(Problem("--parquet", text(f"không tạo được thư mục ({exc.strerror})",
                                                       f"cannot create the folder ({exc.strerror})"))) from None
        written = {}
        for table, order in (("assessments", "export_id, row_id"),
                             ("question_levels", "export_id, row_id, question_id")):
            final = target / f"{table}.parquet"
            tmp = target / f".{table}.parquet.tmp"
            escaped = str(tmp).replace("'", "''")
            try:
                self.con.execute(f"COPY (SELECT * FROM {table} ORDER BY {order}) TO '{escaped}' "
                                 "(FORMAT parquet, COMPRESSION zstd)")
                replace_with_retry(tmp, final)
            except (duckdb.Error, OSError) as exc:
                tmp.unlink(missing_ok=True)
                raise InputError(Problem("--parquet", text(f"không ghi được tệp: {exc}",
                                                           f"cannot write the file: {exc}")), str(final)) from None
            written[final.name] = self._rows_in(table)
        return written
