"""The workspace folder: one DuckDB file, created on first ingest; opened read-only to summarise.

Schema 3 keeps no file name (schema 2 stored each row's source file name, and consultants name files after the
business) and no assessor organisation (free text): a workspace of schema 2 is rewritten into a new file on
first open, every row kept, and that file replaces the old one, so no freed page keeps a name."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError, Problem
from ..fileio import os_reason, replace_with_retry
from ..formats import format_count, in_both
from ..i18n import text, tr
from ..storage.table import K
from .fields import FIELDS

DB_NAME = "province.duckdb"
SCHEMA_VERSION = 3
MIGRATING = ".migrating"  # the rewritten file, beside the database until it replaces it


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
            if self.path.is_file() and _version(self.path) == "2":
                _migrate_from_2(self.path)
            self.con = duckdb.connect(str(self.path), read_only=read_only)
        except OSError as exc:
            raise InputError(Problem("--workspace", text(f"không tạo được thư mục ({os_reason(exc)['vi']})",
                                                         f"cannot create the folder ({os_reason(exc)['en']})"))) from None
        except duckdb.Error as exc:
            raise InputError(Problem("--workspace", text(
                f"không mở được dữ liệu tỉnh (đang mở ở chương trình khác, hoặc không phải tệp DuckDB): {exc}",
                f"cannot open the province workspace (open in another program, or not a DuckDB file): {exc}"
            )), str(self.path)) from None
        if not read_only:
            self._create()
        self._check_version()

    def _create(self) -> None:
        _create(self.con)

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

    def ingests(self) -> list[dict]:
        """The ingest log, oldest first: number, when, the file's SHA-256, rows added and skipped, rows still stored."""
        rows = self.con.execute("""SELECT i.number, i.ingested_at, i.sha256, i.rows_added, i.duplicates,
                (SELECT count(*) FROM assessments a WHERE a.ingest = i.number) FROM ingests i ORDER BY i.number""")
        keys = ("ingest", "ingested_at", "sha256", "rows_added", "duplicates", "rows_stored")
        return [dict(zip(keys, r)) for r in rows.fetchall()]

    def undo(self, number: int) -> int:
        """Remove the rows ingest `number` added (and their question levels); its businesses' latest stage and
        T0 are worked out again from the rows left. The log keeps the ingest, with no row stored. Returns the
        rows removed."""
        if self.con.execute("SELECT number FROM ingests WHERE number = ?", [number]).fetchone() is None:
            raise InputError(Problem("--ingest", text(f"không có lần nhập số {number}",
                                                      f"there is no ingest no. {number}")))
        self.con.execute("BEGIN TRANSACTION")
        try:
            self.con.execute("CREATE OR REPLACE TEMP TABLE undone AS SELECT export_id, row_id, business "
                             "FROM assessments WHERE ingest = ?", [number])
            removed = self._rows_in("undone")
            self.con.execute("DELETE FROM question_levels q USING undone u "
                             "WHERE q.export_id = u.export_id AND q.row_id = u.row_id")
            self.con.execute("DELETE FROM assessments WHERE ingest = ?", [number])
            mark_latest(self.con, "SELECT DISTINCT business FROM undone")
            self.con.execute("COMMIT")
        except Exception:
            self.con.execute("ROLLBACK")
            raise
        return removed

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

    def export_parquet(self, folder: str | os.PathLike[str]) -> "ParquetExport":
        """assessments.parquet and question_levels.parquet in `folder`; each written beside and then
        moved into place, so a reader never sees half a file. The rows are made k-anonymous again over the
        whole workspace (`_release`): a table of an earlier version, or edited by hand, may hold a row that
        its month, bands or stages single out. Returns rows per file and rows generalised or left out."""
        import duckdb

        target = Path(folder)
        try:
            target.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise InputError(Problem("--parquet", text(f"không tạo được thư mục ({os_reason(exc)['vi']})",
                                                       f"cannot create the folder ({os_reason(exc)['en']})"))) from None
        generalised, suppressed = self._release()
        released = ("(SELECT a.* REPLACE (r.commune AS commune, a.commune_generalised OR r.commune_generalised "
                    "AS commune_generalised, r.employee_band AS employee_band, r.revenue_band AS revenue_band, "
                    "r.capital_band AS capital_band, r.assessed_month AS assessed_month) "
                    "FROM assessments a JOIN released r USING (export_id, row_id))")
        written = {}
        for table, query, order in (
                ("assessments", released, "export_id, row_id"),
                ("question_levels", "(SELECT q.* FROM question_levels q SEMI JOIN released r USING (export_id, row_id))",
                 "export_id, row_id, question_id")):
            final = target / f"{table}.parquet"
            tmp = target / f".{table}.parquet.tmp"
            escaped = str(tmp).replace("'", "''")
            try:
                self.con.execute(f"COPY (SELECT * FROM {query} ORDER BY {order}) TO '{escaped}' "
                                 "(FORMAT parquet, COMPRESSION zstd)")
                replace_with_retry(tmp, final)
            except (duckdb.Error, OSError) as exc:
                tmp.unlink(missing_ok=True)
                raise InputError(Problem("--parquet", text(f"không ghi được tệp: {exc}",
                                                           f"cannot write the file: {exc}")), str(final)) from None
            written[final.name] = self._rows_in(query)
        return ParquetExport(written, generalised, suppressed)

    def _release(self) -> tuple[int, int]:
        """The temporary table `released`: every row the Parquet export may hold, with its quasi-identifiers as
        released, k-anonymous (k = 5 businesses) as the anonymised table is (storage.table.k_anonymous). Rows
        of this version's tables come through as they are (their groups only grow when exports are put
        together). Returns (rows generalised, rows left out)."""
        from ..storage.table import k_anonymous

        rows = [{"export_id": e, "row_id": n, "_business": b, "province": p, "commune": c, "sector": s, "_size": z,
                 "entity_type": t, "employee_band": eb, "revenue_band": rb, "capital_band": cb, "stage": st,
                 "assessed_month": m}
                for e, n, b, p, c, s, z, t, eb, rb, cb, st, m in self.con.execute(
                    "SELECT export_id, row_id, business, province, commune, sector, size_class, entity_type, "
                    "employee_band, revenue_band, capital_band, stage, assessed_month FROM assessments").fetchall()]
        kept, generalised, suppressed = k_anonymous(rows)
        keys = ("export_id", "row_id", "commune", "commune_generalised", "employee_band", "revenue_band",
                "capital_band", "assessed_month")
        self.con.execute("CREATE OR REPLACE TEMP TABLE released (export_id VARCHAR, row_id INTEGER, commune VARCHAR, "
                         "commune_generalised BOOLEAN, employee_band VARCHAR, revenue_band VARCHAR, "
                         "capital_band VARCHAR, assessed_month DATE)")
        if kept:  # one statement for all rows: a row per INSERT is slow in DuckDB
            columns = [[r[k] for r in kept] for k in keys]
            columns[3] = [bool(v) for v in columns[3]]
            self.con.execute("INSERT INTO released SELECT unnest($1), unnest($2), coalesce(unnest($3), ''), unnest($4), "
                             "nullif(unnest($5), ''), nullif(unnest($6), ''), nullif(unnest($7), ''), unnest($8)",
                             columns)
        return generalised, suppressed


@dataclass(frozen=True)
class ParquetExport:
    files: dict[str, int]  # file name -> rows written
    generalised: int  # assessments written with their month, bands or commune withheld
    suppressed: int  # assessments left out: fewer than K businesses alike even so

    def notes(self, lang: str) -> str:
        generalised = in_both(format_count, self.generalised, "dòng", "row", "rows")
        suppressed = in_both(format_count, self.suppressed, "dòng", "row", "rows")
        return tr(text(
            f"Ẩn danh (k = {K} cơ sở trên xã, ngành, quy mô, loại hình, các nhóm, tháng và các đợt): "
            f"{generalised['vi']} đã khái quát hoá (bỏ trống tháng, nhóm hoặc xã), {suppressed['vi']} bị loại.",
            f"Anonymised (k = {K} businesses on commune, sector, size, entity type, bands, month and stages): "
            f"{generalised['en']} generalised (month, bands or commune left empty), {suppressed['en']} left out."),
            lang)


def _create(con, schema: str = "main") -> None:
    fields = ", ".join(f'"{k}" {t}' for k, t in FIELDS)
    con.execute(f"CREATE TABLE IF NOT EXISTS {schema}.assessments ({fields}, PRIMARY KEY (export_id, row_id))")
    con.execute(f"CREATE TABLE IF NOT EXISTS {schema}.question_levels (export_id VARCHAR, row_id INTEGER, "
                "question_id VARCHAR, level TINYINT)")
    con.execute(f"CREATE TABLE IF NOT EXISTS {schema}.ingests (number INTEGER PRIMARY KEY, sha256 VARCHAR, "
                "ingested_at TIMESTAMP, rows_added INTEGER, duplicates INTEGER)")
    con.execute(f"CREATE TABLE IF NOT EXISTS {schema}.meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    con.execute(f"INSERT OR IGNORE INTO {schema}.meta VALUES ('schema_version', ?)", [str(SCHEMA_VERSION)])


def mark_latest(con, businesses: str) -> None:
    """For the businesses the query `businesses` gives: which row is each one's latest completed stage, and its
    completed T0 score and level (a business's stages are all in its export)."""
    con.execute(f"""UPDATE assessments a SET latest = (a.status = 'completed' AND a.row_id IS NOT DISTINCT FROM b.latest_row),
            t0_score = b.s0, t0_level = b.l0
        FROM (SELECT business, arg_max(row_id, stage_number * 1000000 + row_id) FILTER (WHERE status = 'completed')
                     AS latest_row,
                     any_value(overall_score) FILTER (WHERE status = 'completed' AND stage_number = 0) AS s0,
                     any_value(overall_level) FILTER (WHERE status = 'completed' AND stage_number = 0) AS l0
              FROM assessments WHERE business IN ({businesses}) GROUP BY business) b
        WHERE a.business = b.business""")


def _version(path: Path) -> str | None:
    import duckdb

    try:
        with duckdb.connect(str(path), read_only=True) as con:
            row = con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    except duckdb.Error:
        return None  # not ours, or open elsewhere: said when it is opened
    return None if row is None else row[0]


def _migrate_from_2(path: Path) -> None:
    """Schema 2 -> 3, into a new file that then replaces the old one (whose data is never changed: a failure leaves
    it as it was). Each logged ingest gets its number (in time order); each row the number and SHA-256 of the ingest
    that stored it (same file name and time in the log); the file names and assessor organisations are dropped."""
    import duckdb

    fresh = path.with_name(path.name + MIGRATING)
    try:
        fresh.unlink(missing_ok=True)
        # Changes a crash left in the journal (province.duckdb.wal) go into the file first: a journal left beside
        # the rewritten file would not match it, and the workspace could not be opened.
        with duckdb.connect(str(path)) as con:
            con.execute("CHECKPOINT")
        with duckdb.connect() as con:
            con.execute(f"ATTACH '{_quoted(path)}' AS old (READ_ONLY)")
            con.execute(f"ATTACH '{_quoted(fresh)}' AS fresh")
            _create(con, "fresh")
            con.execute("""CREATE TEMP TABLE numbered AS
                WITH logged AS (SELECT file, sha256, ingested_at, rows_added, duplicates FROM old.ingests),
                     unlogged AS (SELECT DISTINCT source_file AS file, NULL AS sha256, ingested_at, NULL AS rows_added,
                                         NULL AS duplicates FROM old.assessments a
                                  WHERE NOT EXISTS (SELECT 1 FROM logged l WHERE l.file IS NOT DISTINCT FROM a.source_file
                                                    AND l.ingested_at IS NOT DISTINCT FROM a.ingested_at))
                SELECT row_number() OVER (ORDER BY ingested_at NULLS FIRST, sha256, file) AS number, *
                FROM (SELECT * FROM logged UNION ALL SELECT * FROM unlogged)""")
            con.execute("INSERT INTO fresh.ingests SELECT number, sha256, ingested_at, rows_added, duplicates FROM numbered")
            kept = [k for k, _ in FIELDS if k not in ("ingest", "file_sha256", "ingested_at")]
            columns = ", ".join(f'"{k}"' for k in kept)
            con.execute(f"""INSERT INTO fresh.assessments ({columns}, ingest, file_sha256, ingested_at)
                SELECT {', '.join(f'a."{k}"' for k in kept)}, n.number, n.sha256, a.ingested_at FROM old.assessments a
                LEFT JOIN (SELECT file, ingested_at, min(number) AS number, any_value(sha256) AS sha256 FROM numbered
                           GROUP BY ALL) n
                  ON n.file IS NOT DISTINCT FROM a.source_file AND n.ingested_at IS NOT DISTINCT FROM a.ingested_at""")
            con.execute("INSERT INTO fresh.question_levels SELECT * FROM old.question_levels")
            rows = con.execute("SELECT (SELECT count(*) FROM old.assessments) = (SELECT count(*) FROM fresh.assessments) "
                               "AND (SELECT count(*) FROM old.question_levels) = "
                               "(SELECT count(*) FROM fresh.question_levels)").fetchone()
            if rows is None or not rows[0]:
                raise duckdb.Error("row counts differ after the update")
            con.execute("DETACH fresh")
        replace_with_retry(fresh, path)
    except (duckdb.Error, OSError) as exc:
        fresh.unlink(missing_ok=True)
        raise InputError(Problem("--workspace", text(
            "dữ liệu tỉnh này do phiên bản trước của ứng dụng tạo và phải được cập nhật (bỏ tên tệp đã nhập), nhưng "
            f"không cập nhật được; dữ liệu vẫn như cũ. Hãy mở bằng tài khoản được ghi vào thư mục này ({exc})",
            "this province workspace was made by an earlier version of the app and must be updated (the names of the "
            f"files ingested are removed), but it could not be; it is left as it was. Open it as a user who can write "
            f"to this folder ({exc})")), str(path)) from None


def _quoted(path: Path) -> str:
    return str(path).replace("'", "''")
