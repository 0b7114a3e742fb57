"""The plan of the assessment in hand, computed once per revision: the Results and the Policies pages (and a
re-visit after the same answers) share it instead of each calling `make_plan` again."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..domain.assessment import Assessment
    from ..domain.business import Business
    from ..domain.instrument import Instrument
    from ..domain.plan import Plan

KEPT = 4
_recent: list[tuple[tuple, object, "Plan"]] = []  # (inputs, catalog, plan), newest first


def plan_for(instrument: Instrument, business: Business, assessment: Assessment, on: date | None = None) -> Plan:
    """`make_plan` with the active catalog, reused while the instrument, business, answers, date and catalog
    are the same (compared by value; the catalog by identity: an installed update is a new one)."""
    from ..domain.plan import make_plan
    from ..domain.policies import shipped_catalog

    from ..domain.edition import policy_day

    on, catalog = on or policy_day(), shipped_catalog()
    inputs = (instrument.key, business, assessment, on)
    for kept_inputs, kept_catalog, plan in _recent:
        if kept_catalog is catalog and kept_inputs == inputs:
            return plan
    plan = make_plan(instrument, business, assessment, on=on, catalog=catalog)
    _recent.insert(0, (inputs, catalog, plan))
    del _recent[KEPT:]
    return plan
