"""A questionnaire version written as the version it extends plus its changes, resolved at load.

A released version never changes under the assessments taken with it; a new version is a small file
(`assessments/instruments/<id>-<version>.json`, format `cds-instrument-changes`) that names the version
it `extends` and lists `changes`, each one of

    {"replace": "questions[biz_sales].levels[2].text", "value": {...}}
    {"add": "questions[biz_new]", "after": "biz_sales", "value": {...the whole question...}}
    {"add": "questions[biz_sales].topic", "value": {...}}          (a field the entry lacks)
    {"remove": "questions[biz_old]"}

A path names fields and, in brackets, list entries by id (a ladder's levels by their number): the same
notation the load errors use. `replace` and `remove` need the path to exist, `add` needs it not to, so
a typo is an error naming the file, the change and the field rather than a silent no-op. The result is
a full instrument document, checked like any other.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

from ..errors import InstrumentError, Problem
from ..fileio import parse_json, read_bounded
from ..i18n import text
from .schema import schema_problems


FORMAT = "cds-instrument-changes"
SCHEMA = "instrument-changes.schema.json"
MAX_CHAIN = 20  # versions on versions; also ends a loop of files extending each other
_STEP = re.compile(r"^([a-z_]+)(?:\[([^\]]+)\])?$")
_Say = Callable[[str, str, str], list[Problem]]  # (field, vi, en) -> the problem, named after the change


def resolve(path: Path) -> tuple[Any, str | None]:
    """The full instrument document `path` describes and, for a changes file, the version it extends
    ("cds-sme 1.0"), else None."""
    return _resolve(path, ())


def _resolve(path: Path, chain: tuple[Path, ...]) -> tuple[Any, str | None]:
    doc = parse_json(read_bounded(path, InstrumentError), path, InstrumentError)
    if not (isinstance(doc, dict) and doc.get("format") == FORMAT):
        return doc, None
    problems = schema_problems(doc, SCHEMA)
    if problems:
        raise InstrumentError(problems, str(path))
    base_path = path.parent / f"{doc['id']}-{doc['extends']}.json"
    if base_path.resolve() in chain or len(chain) >= MAX_CHAIN:
        raise InstrumentError(Problem("extends", text(
            "các phiên bản mở rộng lẫn nhau thành vòng", "the versions extend each other in a loop")), str(path))
    if not base_path.is_file():
        raise InstrumentError(Problem("extends", text(
            f"không có tệp {base_path.name} (phiên bản {doc['extends']}) bên cạnh tệp này",
            f"{base_path.name} (version {doc['extends']}) is not beside this file")), str(path))
    base, _ = _resolve(base_path, (*chain, path.resolve()))
    if not isinstance(base, dict) or (base.get("id"), base.get("version")) != (doc["id"], doc["extends"]):
        raise InstrumentError(Problem("extends", text(
            f"{base_path.name} không phải bộ câu hỏi {doc['id']} phiên bản {doc['extends']}",
            f"{base_path.name} is not instrument {doc['id']} version {doc['extends']}")), str(path))
    # Both freshly parsed for this file alone: the base is changed in place and takes each change's value as it
    # is (each is used once), with no copy
    resolved = base
    problems = []
    for index, change in enumerate(doc["changes"]):
        problems += _apply(resolved, change, f"changes[{index}]")
    if problems:
        raise InstrumentError(problems, str(path))
    resolved.update(version=doc["version"], released=doc["released"])
    return resolved, f"{doc['id']} {doc['extends']}"


def _key(entry: Any) -> str | None:
    """How a list entry is named in a path: its id, or a ladder level's number."""
    if isinstance(entry, dict):
        for name in ("id", "level"):
            if name in entry:
                return str(entry[name])
    return None


def _index(entries: list[Any], key: str) -> int | None:
    return next((i for i, e in enumerate(entries) if _key(e) == key), None)


def _apply(doc: dict[str, Any], change: dict[str, Any], where: str) -> list[Problem]:
    op = next(name for name in ("replace", "add", "remove") if name in change)
    path = change[op]

    def problem(field: str, vi: str, en: str) -> list[Problem]:
        return [Problem(f"{where}.{field}", text(vi, en))]

    steps = [_STEP.match(step) for step in path.split(".")]
    node: Any = doc
    for depth, step in enumerate(steps):
        if step is None:
            return problem(op, f"đường dẫn '{path}' không đúng dạng", f"'{path}' is not a valid path")
        field, key = step.group(1), step.group(2)
        last = depth == len(steps) - 1
        shown = ".".join(s.group(0) for s in steps[:depth + 1] if s is not None)
        if not isinstance(node, dict) or (field not in node and not (last and key is None)):
            return problem(op, f"không có '{shown}' trong phiên bản gốc", f"'{shown}' is not in the base version")
        if key is None:
            if not last:
                node = node[field]
                continue
            return _change_field(node, field, op, change, shown, problem)
        entries = node[field]
        if not isinstance(entries, list):
            return problem(op, f"'{field}' không phải danh sách", f"'{field}' is not a list")
        index = _index(entries, key)
        if last:
            return _change_entry(entries, index, key, op, change, shown, problem)
        if index is None:
            return problem(op, f"không có '{shown}' trong phiên bản gốc", f"'{shown}' is not in the base version")
        node = entries[index]
    return []


def _change_field(node: dict[str, Any], field: str, op: str, change: dict[str, Any], shown: str,
                  problem: _Say) -> list[Problem]:
    if op == "add" and field in node:
        return problem(op, f"'{shown}' đã có; dùng 'replace'", f"'{shown}' already exists; use 'replace'")
    if op != "add" and field not in node:
        return problem(op, f"không có '{shown}' trong phiên bản gốc; dùng 'add'",
                       f"'{shown}' is not in the base version; use 'add'")
    if "after" in change:
        return problem("after", "'after' chỉ dùng khi thêm một mục vào danh sách",
                       "'after' is only for adding an entry to a list")
    if op == "remove":
        del node[field]
    else:
        node[field] = change["value"]
    return []


def _change_entry(entries: list[Any], index: int | None, key: str, op: str, change: dict[str, Any], shown: str,
                  problem: _Say) -> list[Problem]:
    if op != "remove" and _key(change["value"]) != key:
        return problem("value", f"mục thêm hoặc thay phải có mã '{key}' như đường dẫn",
                       f"the entry must carry the id '{key}' of its path")
    if op == "add":
        if index is not None:
            return problem(op, f"'{shown}' đã có; dùng 'replace'", f"'{shown}' already exists; use 'replace'")
        position = len(entries)
        if "after" in change:
            after = _index(entries, str(change["after"]))
            if after is None:
                return problem("after", f"không có mục '{change['after']}' để thêm vào sau",
                               f"there is no entry '{change['after']}' to add after")
            position = after + 1
        entries.insert(position, change["value"])
        return []
    if index is None:
        return problem(op, f"không có '{shown}' trong phiên bản gốc", f"'{shown}' is not in the base version")
    if "after" in change:
        return problem("after", "'after' chỉ dùng với 'add'", "'after' is only for 'add'")
    if op == "remove":
        del entries[index]
    else:
        entries[index] = change["value"]
    return []
