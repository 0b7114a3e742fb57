"""Schema versions of the database and the steps between them.

Version 0 is the layout of the first prototype: TinyDB's default JSON file with tables
`businesses` and `assessments` keyed by TinyDB's counters, each assessment pointing at its business
by that counter (`"business": 3`), no ids of our own, no status, no metadata record.
Version 1 (current) keys businesses and assessments by uuid, links assessments by `business_id`,
and keeps `{"schema_version": N}` in the `meta` table.
"""

from __future__ import annotations

import copy
import uuid
from typing import Any, Callable

from ..errors import InputError, Problem
from ..i18n import text

SCHEMA_VERSION = 1
META, META_KEY = "meta", "schema"
BUSINESSES, ASSESSMENTS = "businesses", "assessments"

Tables = dict[str, dict[str, Any]]


class NewerDatabase(InputError):
    """Written by a newer app: reading it could lose what that version stored."""


def schema_version(tables: Tables) -> int:
    meta = tables.get(META, {}).get(META_KEY)
    return int(meta["schema_version"]) if meta and "schema_version" in meta else 0


def refuse_newer(tables: Tables, source: str) -> None:
    version = schema_version(tables)
    if version > SCHEMA_VERSION:
        raise NewerDatabase(Problem("", text(
            f"dữ liệu được ghi bởi phiên bản CĐS Desktop mới hơn (lược đồ {version}; phiên bản này đọc được "
            f"đến {SCHEMA_VERSION}); hãy cài phiên bản mới nhất của ứng dụng để mở",
            f"the data was written by a newer version of CĐS Desktop (schema {version}; this version reads up "
            f"to {SCHEMA_VERSION}); install the latest version of the app to open it")), source)


def _0_to_1(tables: Tables) -> Tables:
    business_ids = {key: str(uuid.uuid4()) for key in tables.get(BUSINESSES, {})}
    businesses = {business_ids[key]: {k: v for k, v in record.items() if k != "id"}
                  for key, record in tables.get(BUSINESSES, {}).items()}
    assessments = {}
    for key, record in tables.get(ASSESSMENTS, {}).items():
        owner = str(record.get("business"))
        if owner not in business_ids:
            raise InputError(Problem(f"assessments[{key}].business", text(
                f"đánh giá trỏ tới cơ sở kinh doanh '{owner}' không có trong tệp; không thể chuyển đổi",
                f"the assessment points to business '{owner}', which is not in the file; cannot convert")))
        moved = {k: v for k, v in record.items() if k not in ("business", "id")}
        moved["business_id"] = business_ids[owner]
        assessments[str(record.get("id") or uuid.uuid4())] = moved
    return {META: {META_KEY: {"schema_version": 1}}, BUSINESSES: businesses, ASSESSMENTS: assessments}


_STEPS: dict[int, Callable[[Tables], Tables]] = {0: _0_to_1}


def migrate(tables: Tables) -> Tables:
    """The tables at SCHEMA_VERSION; the input is left untouched."""
    version = schema_version(tables)
    migrated = copy.deepcopy(tables)
    while version < SCHEMA_VERSION:
        migrated = _STEPS[version](migrated)
        version += 1
        migrated[META][META_KEY]["schema_version"] = version
    return migrated


def empty() -> Tables:
    return {META: {META_KEY: {"schema_version": SCHEMA_VERSION}}, BUSINESSES: {}, ASSESSMENTS: {}}
