"""Helpers for the province tests: rows of an anonymised table, written as the app writes its CSV."""

import csv

from cds_desktop.domain.instrument import current_instrument

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
