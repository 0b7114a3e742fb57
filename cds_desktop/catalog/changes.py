"""What an update changes: policies added, removed, and changed field by field."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, Iterable, Mapping

from ..i18n import Text

ADDED, REMOVED, CHANGED = "added", "removed", "changed"
_SHOWN = 120  # characters of a value shown in a change line


@dataclass(frozen=True)
class FieldChange:
    field: str  # e.g. "benefit.cap_vnd.micro"
    before: Any
    after: Any

    def line(self) -> str:
        return f"{self.field}: {_short(self.before)} → {_short(self.after)}"

    def to_json(self) -> dict[str, Any]:
        return {"field": self.field, "before": self.before, "after": self.after}


@dataclass(frozen=True)
class PolicyChange:
    id: str
    kind: str  # ADDED | REMOVED | CHANGED
    title: Text
    fields: tuple[FieldChange, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "change": self.kind, "title": dict(self.title),
                "fields": [f.to_json() for f in self.fields]}


def _short(value: Any) -> str:
    if value is None:  # absent or null
        return "—"
    shown = json.dumps(value, ensure_ascii=False)
    return shown if len(shown) <= _SHOWN else shown[:_SHOWN - 1] + "…"


def _flat(value: Any, prefix: str = "") -> dict[str, Any]:
    """{"benefit": {"cap_vnd": {"micro": 1}}} -> {"benefit.cap_vnd.micro": 1}; lists stay whole."""
    if isinstance(value, Mapping) and value:
        out: dict[str, Any] = {}
        for key, inner in value.items():
            out.update(_flat(inner, f"{prefix}.{key}" if prefix else str(key)))
        return out
    return {prefix: value}


def policy_changes(before: Iterable[Mapping[str, Any]], after: Iterable[Mapping[str, Any]]) -> list[PolicyChange]:
    """Compare two catalogs' raw policy entries by id, in the order of the new catalog then the removed ones."""
    old = {p["id"]: p for p in before}
    new = {p["id"]: p for p in after}
    changes: list[PolicyChange] = []
    for pid, policy in new.items():
        if pid not in old:
            changes.append(PolicyChange(pid, ADDED, policy["title"]))
            continue
        a, b = _flat(old[pid]), _flat(policy)
        fields = tuple(FieldChange(f, a.get(f), b.get(f)) for f in sorted(set(a) | set(b)) if a.get(f) != b.get(f))
        if fields:
            changes.append(PolicyChange(pid, CHANGED, policy["title"], fields))
    changes += [PolicyChange(pid, REMOVED, policy["title"]) for pid, policy in old.items() if pid not in new]
    return changes


def policies_of(files: Iterable[bytes]) -> list[Mapping[str, Any]]:
    """The raw policy entries of catalog files (already validated)."""
    return [p for raw in files for p in json.loads(raw.decode("utf-8-sig"))["policies"]]
