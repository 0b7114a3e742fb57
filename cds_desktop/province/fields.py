"""The workspace's columns (the anonymised province table's, typed) and how a table's headers and
labels, in Vietnamese or English, map onto them."""

from __future__ import annotations

from functools import cache
from typing import Mapping

from ..domain.business import SIZE_CLASS_NAMES
from ..domain.instrument import AREA_IDS, PILLAR_IDS, shipped_instruments
from ..domain.vocabulary import entity_type_names, sector_names
from ..i18n import Text, nfc
from ..storage.table import EMPLOYEE_BANDS, MONEY_BANDS_BILLION, STATUS_NAMES, columns, employee_band, money_band

MIN_CELL = 5  # a summary cell standing for fewer businesses is suppressed

# (key, DuckDB type); the order of the stored table and of the Parquet file.
FIELDS: tuple[tuple[str, str], ...] = (
    ("export_id", "VARCHAR"), ("row_id", "INTEGER"), ("business_key", "VARCHAR"),
    ("entity_type", "VARCHAR"), ("sector", "VARCHAR"), ("size_class", "VARCHAR"),
    ("employee_band", "VARCHAR"), ("revenue_band", "VARCHAR"), ("capital_band", "VARCHAR"),
    ("province", "VARCHAR"), ("commune", "VARCHAR"), ("commune_generalised", "BOOLEAN"),
    ("stage", "VARCHAR"), ("stage_number", "INTEGER"), ("assessed_month", "DATE"), ("status", "VARCHAR"),
    ("instrument_id", "VARCHAR"), ("instrument_version", "VARCHAR"), ("catalog_versions", "VARCHAR"),
    ("completeness", "DOUBLE"), ("overall_score", "DOUBLE"), ("overall_level", "TINYINT"),
    *((f"{kind}_{item}_{what}", "DOUBLE" if what == "score" else "TINYINT")
      for kind, ids in (("area", AREA_IDS), ("pillar", PILLAR_IDS)) for item in ids for what in ("score", "level")),
    # Set at ingest, so a summary needs no window function: the business (export id + key), whether the
    # row is its business's latest completed stage, and that business's completed T0 score and level.
    ("business", "VARCHAR"), ("latest", "BOOLEAN"), ("t0_score", "DOUBLE"), ("t0_level", "TINYINT"),
    # Which ingest the row came from (the `ingests` log's number) and the SHA-256 of that file's content: enough
    # to audit an ingest, undo it and see a file sent twice. Never the file's name: consultants name files after
    # the business. Never the assessor's organisation either: free text, where a name or a phone number is typed.
    ("ingest", "INTEGER"), ("file_sha256", "VARCHAR"), ("ingested_at", "TIMESTAMP"),
)
DERIVED = ("stage_number", "business", "latest", "t0_score", "t0_level", "ingest", "file_sha256", "ingested_at")
REQUIRED = ("export_id", "row_id", "business_key", "entity_type", "sector", "size_class", "province", "commune",
            "stage", "status", "instrument_id", "instrument_version", "overall_score", "overall_level")
# Columns only the named table has: such a file is refused (names must not reach the province).
NAMED_ONLY = ("business_id", "name", "tax_code", "address", "contact_phone")


def bands() -> list[tuple[str, str]]:
    """(field, band) for every band the anonymised table writes: a band cell holds one of these, never a figure."""
    people = [employee_band(n) for n in (0, *EMPLOYEE_BANDS)]
    money = [money_band(b * 1_000_000_000) for b in (0, *MONEY_BANDS_BILLION)]
    return ([("employee_band", nfc(b)) for b in people]
            + [(f, nfc(b)) for f in ("revenue_band", "capital_band") for b in money])


def labelled() -> dict[str, Mapping[str, Text]]:
    """The fields whose cells hold a name (vi or en) or a code, with the names of each code."""
    return {"entity_type": entity_type_names(), "sector": sector_names(),
            "size_class": {k.value: v for k, v in SIZE_CLASS_NAMES.items()}, "status": STATUS_NAMES}


def fold(header: str) -> str:
    return " ".join(nfc(header).replace("\ufeff", "").split()).casefold()


@cache
def header_keys() -> dict[str, str]:
    """Folded header (vi, en or the key itself) -> key; a question's header is its id."""
    instruments = list(shipped_instruments().values())
    found: dict[str, str] = {}
    for named in (False, True):
        for column in columns(not named, instruments):
            for label in (column.header["vi"], column.header["en"], column.key):
                found.setdefault(fold(label), column.key)
    return found


def labels() -> list[tuple[str, str, str]]:
    """(field, folded label, code) for every labelled field, in both languages and as codes."""
    out: set[tuple[str, str, str]] = set()
    for field, names in labelled().items():
        for code, name in names.items():
            out.update((field, fold(label), code) for label in (code, name["vi"], name["en"]))
    return sorted(out)
