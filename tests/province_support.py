"""Helpers for the province tests: rows of an anonymised table, written as the app writes its CSV; a workspace
as the earlier release made it."""

import csv

from cds_desktop.domain.instrument import AREA_IDS, PILLAR_IDS, current_instrument

INSTRUMENT = current_instrument()


def row(export_id, row_id, business_key, score=50.0, level=3, stage="T0", **extra):
    base = {"export_id": export_id, "row_id": row_id, "business_key": business_key, "entity_type": "household",
            "sector": "trade_services", "size_class": "not_applicable", "province": "Quảng Trị",
            "commune": "Đông Hà", "stage": stage, "status": "completed", "instrument_id": INSTRUMENT.id,
            "instrument_version": INSTRUMENT.version, "overall_score": score, "overall_level": level,
            "pillar_data_score": score, "q_biz_einvoice": 2}
    base.update(extra)
    return base


def write_table(path, rows):
    keys = list(dict.fromkeys(k for r in rows for k in r))
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.DictWriter(fh, keys)
        writer.writeheader()
        writer.writerows(rows)
    return path


def sector_rows(export_id, sector, count, score, start=1, **extra):
    return [row(export_id, start + i, f"{sector}{i}", score=score, sector=sector, **extra) for i in range(count)]


NAMES = ("Ca phe Khe Sanh T1", "HTX Rau sach - 0312345678")  # files named after businesses, as consultants do


# -- a workspace made by the earlier release (schema 2): file names in the rows and in the ingest log --------

OLD_FIELDS = (
    [("export_id", "VARCHAR"), ("row_id", "INTEGER"), ("business_key", "VARCHAR"), ("entity_type", "VARCHAR"),
     ("sector", "VARCHAR"), ("size_class", "VARCHAR"), ("employee_band", "VARCHAR"), ("revenue_band", "VARCHAR"),
     ("capital_band", "VARCHAR"), ("province", "VARCHAR"), ("commune", "VARCHAR"), ("commune_generalised", "BOOLEAN"),
     ("stage", "VARCHAR"), ("stage_number", "INTEGER"), ("assessed_month", "DATE"), ("status", "VARCHAR"),
     ("instrument_id", "VARCHAR"), ("instrument_version", "VARCHAR"), ("catalog_versions", "VARCHAR"),
     ("assessor_organization", "VARCHAR"), ("completeness", "DOUBLE"), ("overall_score", "DOUBLE"),
     ("overall_level", "TINYINT")]
    + [(f"{kind}_{item}_{what}", "DOUBLE" if what == "score" else "TINYINT")
       for kind, ids in (("area", AREA_IDS), ("pillar", PILLAR_IDS)) for item in ids for what in ("score", "level")]
    + [("business", "VARCHAR"), ("latest", "BOOLEAN"), ("t0_score", "DOUBLE"), ("t0_level", "TINYINT"),
       ("source_file", "VARCHAR"), ("ingested_at", "TIMESTAMP")])


def old_workspace(folder):
    """What the earlier release wrote: its schema, two files ingested (one of them twice), rows named by file."""
    import duckdb  # here: the window's tests import these helpers, and the window loads duckdb only when used

    from cds_desktop.province.workspace import DB_NAME

    folder.mkdir()
    con = duckdb.connect(str(folder / DB_NAME))
    con.execute(f"CREATE TABLE assessments ({', '.join(f'{k} {t}' for k, t in OLD_FIELDS)}, "
                "PRIMARY KEY (export_id, row_id))")
    con.execute("CREATE TABLE question_levels (export_id VARCHAR, row_id INTEGER, question_id VARCHAR, level TINYINT)")
    con.execute("CREATE TABLE ingests (file VARCHAR, sha256 VARCHAR, ingested_at TIMESTAMP, rows_added INTEGER, "
                "duplicates INTEGER)")
    con.execute("CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR)")
    con.execute("INSERT INTO meta VALUES ('schema_version', '2')")
    log = [(f"{NAMES[0]}.csv", "a" * 64, "2026-11-20 09:00:00", 12, 0),
           (f"{NAMES[1]}.xlsx", "b" * 64, "2026-11-21 10:30:00", 6, 0),
           (f"{NAMES[0]}.csv", "a" * 64, "2026-11-22 08:15:00", 0, 12)]
    con.executemany("INSERT INTO ingests VALUES (?, ?, ?, ?, ?)", log)
    for export, count, (file, _, at, _, _), sector in (("E1", 12, log[0], "trade_services"),
                                                        ("E2", 6, log[1], "industry_construction")):
        for i in range(1, count + 1):
            stage = "T1" if export == "E1" and i > 6 else "T0"
            key = f"B{(i - 1) % 6}"
            con.execute("INSERT INTO assessments (export_id, row_id, business_key, entity_type, sector, size_class, "
                        "province, commune, commune_generalised, stage, stage_number, status, instrument_id, "
                        "instrument_version, assessor_organization, overall_score, overall_level, pillar_data_score, "
                        "business, latest, t0_score, t0_level, source_file, ingested_at) VALUES "
                        "(?, ?, ?, 'household', ?, 'not_applicable', 'Quảng Trị', 'Đông Hà', false, ?, ?, "
                        "'completed', 'cds', '1.0', 'Nguyễn Văn An 0905123456', ?, 3, ?, ?, ?, ?, 3, ?, ?)",
                        [export, i, key, sector, stage, int(stage[1:]), 40.0 + i, 40.0 + i, f"{export}/{key}",
                         stage == "T1" or export == "E2", 40.0 + (i - 1) % 6 + 1, file, at])
            con.execute("INSERT INTO question_levels VALUES (?, ?, 'biz_einvoice', 2)", [export, i])
    con.close()
    return folder
