"""One call for everything the app shows after an assessment: score, roadmap and matched policies.

The GUI and the PDF report use `make_plan`, so they always agree with `cds-cli policies/roadmap`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from ..i18n import tr
from .assessment import Assessment
from .business import Business
from .instrument import Instrument
from .eligibility import PolicyMatch, match_policies, with_compliance, with_relevant_steps
from .policies import Catalog, shipped_catalog
from .roadmap import Roadmap, build_roadmap
from .scoring import Result, score


@dataclass(frozen=True)
class Plan:
    result: Result
    roadmap: Roadmap
    policies: tuple[PolicyMatch, ...]  # eligible first, then check, then not_eligible
    catalog: Catalog
    on: date

    def policies_json(self, lang: str = "vi") -> list[dict[str, Any]]:
        """As `cds-cli policies --json` prints it."""
        return [m.to_json(lang) for m in self.policies]

    def to_json(self, lang: str = "vi") -> dict[str, Any]:
        return {
            "on": self.on.isoformat(),
            "catalogs": self.catalog.to_json(),
            "catalog_names": [tr(f.name, lang) for f in self.catalog.files],
            "score": self.result.to_json(lang),
            "roadmap": self.roadmap.to_json(lang),
            "policies": self.policies_json(lang),
        }


def make_plan(instrument: Instrument, business: Business, assessment: Assessment, on: date | None = None,
              catalog: Catalog | None = None) -> Plan:
    """Policies are matched as of `on` (by default today, or the catalog's day if the clock is behind it:
    `policy_day`), with the shipped catalog unless one is given."""
    from .edition import policy_day

    on = on or policy_day()
    catalog = catalog or shipped_catalog()
    result = score(instrument, business, assessment)
    matches = match_policies(catalog, business, on)
    roadmap = build_roadmap(instrument, assessment, result, matches)
    matches = tuple(with_compliance(with_relevant_steps(m, roadmap.steps), result, instrument) for m in matches)
    return Plan(result, roadmap, matches, catalog, on)
