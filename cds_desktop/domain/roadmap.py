"""The roadmap: one step per applicable question below its target, ranked and grouped in phases.

Rules (also in docs/policies.md):
- Target: the consultant's target for the question (`assessment.targets`), else the next level;
  a legal obligation the answer shows unmet raises the target to the level that meets it.
- No step for a question that is N/A, hidden by skip logic, unanswered (in a draft), or at/above target.
- A checklist's step adds the first options (in instrument order) that are neither ticked nor marked
  not relevant, as few as reach the target level; the step names them (`adds_options`) and never
  proposes an option already ticked.
- Phase: unmet obligations and quick wins (low effort and low cost) in 0-3 months; high effort or a
  gap of 3+ levels over 12 months; the rest in 3-12 months.
- Within a phase: obligations first, then by priority = gap x weight x (2 - area score / 100), so a
  step in an area scoring 0 counts twice as much as the same step in an area scoring 100; ties go to
  the weaker area, then instrument order.
- Support column: a step lists only the supports that pay for its own kind of cost (the level's or the
  added options' `funding`, else the question's), at most three, best first: eligible before to check,
  in force before proposed, verified before not, larger estimated amount first. A step that costs
  nothing a support pays for lists none. Obligations that `remind_at` the question are recalled.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction
from typing import Any, Iterable

from ..i18n import Text, text, tr
from . import question_types
from .assessment import Assessment
from .instrument import Instrument
from .eligibility import ELIGIBLE, NOT_ELIGIBLE, PolicyMatch
from .scoring import Result

PHASES: tuple[tuple[str, Text], ...] = (
    ("months_0_3", text("0–3 tháng", "0–3 months")),
    ("months_3_12", text("3–12 tháng", "3–12 months")),
    ("months_12_plus", text("Trên 12 tháng", "Over 12 months")),
)
TAG_NAMES: dict[str, Text] = {
    "low": text("thấp", "low"),
    "medium": text("vừa", "medium"),
    "high": text("cao", "high"),
}


@dataclass(frozen=True)
class RoadmapStep:
    question_id: str
    area: str
    area_name: Text
    pillar: str
    pillar_name: Text
    from_level: int
    to_level: int
    text: Text
    effort: str
    cost: str
    funding: tuple[str, ...]
    priority: Fraction
    phase: str
    obligated_by: tuple[str, ...]  # ids of obligations this step fulfils
    policies: tuple[PolicyMatch, ...]  # the best supports (at most three) that pay for this step's kind of cost
    adds_options: tuple[str, ...] = ()  # a checklist step: the options it proposes to start using
    reminders: tuple[PolicyMatch, ...] = ()  # obligations to keep in mind while doing it (e.g. personal data)

    def support_lines(self, lang: str = "vi") -> list[str]:
        """The support column as a person reads it; a proposal always says so."""
        return [support_line(m, lang) for m in self.policies]

    @property
    def obligation(self) -> bool:
        return bool(self.obligated_by)

    def to_json(self, lang: str = "vi") -> dict[str, Any]:
        return {
            "question_id": self.question_id, "area": self.area, "area_name": tr(self.area_name, lang),
            "pillar": self.pillar, "pillar_name": tr(self.pillar_name, lang),
            "from_level": self.from_level, "to_level": self.to_level, "text": tr(self.text, lang),
            "effort": self.effort, "cost": self.cost, "funding": list(self.funding),
            "priority": round(float(self.priority), 2),
            "obligation": self.obligation, "obligated_by": list(self.obligated_by),
            "adds_options": list(self.adds_options),
            "policies": [{"id": m.policy.id, "title": tr(m.policy.title, lang), "eligibility": m.eligibility,
                          "status": m.policy.status, "estimated_max_vnd": m.estimated_max_vnd,
                          "line": support_line(m, lang)} for m in self.policies],
            "reminders": [m.policy.id for m in self.reminders],
        }


@dataclass(frozen=True)
class Phase:
    id: str
    name: Text
    steps: tuple[RoadmapStep, ...]

    def to_json(self, lang: str = "vi") -> dict[str, Any]:
        return {"id": self.id, "name": tr(self.name, lang), "steps": [s.to_json(lang) for s in self.steps]}


@dataclass(frozen=True)
class Roadmap:
    phases: tuple[Phase, ...]

    @property
    def steps(self) -> tuple[RoadmapStep, ...]:
        return tuple(s for phase in self.phases for s in phase.steps)

    @property
    def is_empty(self) -> bool:
        return not self.steps

    def to_json(self, lang: str = "vi") -> dict[str, Any]:
        """As `cds-cli roadmap --json` prints it; all three phases always present."""
        return {"phases": [p.to_json(lang) for p in self.phases]}


MAX_SUPPORTS_PER_STEP = 3
_PROPOSED = {"vi": "đề xuất", "en": "proposed"}


def support_line(match: PolicyMatch, lang: str = "vi") -> str:
    """'Title (Eligible)'; a proposal reads 'Title (đề xuất) (To check)' even if its title forgot to say so."""
    title = tr(match.policy.title, lang)
    if match.is_proposed and _PROPOSED[lang] not in title.lower():
        title += f" ({_PROPOSED[lang]})"
    return f"{title} ({match.eligibility_name(lang)})"


def _support_rank(match: PolicyMatch) -> tuple:
    p = match.policy
    return (match.eligibility != ELIGIBLE, match.is_proposed, not p.verified, -(match.estimated_max_vnd or 0))


def supports_for(funding: Iterable[str], supports: Iterable[PolicyMatch]) -> tuple[PolicyMatch, ...]:
    """The supports that pay for these kinds of cost, best first, at most MAX_SUPPORTS_PER_STEP."""
    kinds = set(funding)
    paying = [m for m in supports if kinds & set(m.policy.funds)]
    return tuple(sorted(paying, key=_support_rank)[:MAX_SUPPORTS_PER_STEP])  # sorted() is stable: catalog order


def _phase(effort: str, cost: str, gap: int, obligation: bool) -> str:
    if obligation or (effort == "low" and cost == "low"):
        return "months_0_3"
    if effort == "high" or gap >= 3:
        return "months_12_plus"
    return "months_3_12"


def build_roadmap(instrument: Instrument, assessment: Assessment, result: Result,
                  matches: Iterable[PolicyMatch]) -> Roadmap:
    matches = tuple(matches)
    live = [m for m in matches if m.eligibility != NOT_ELIGIBLE]
    supports = [m for m in live if m.policy.kind == "support"]
    obligations = [(m, m.policy.obligation) for m in live
                   if m.policy.kind == "obligation" and m.policy.obligation is not None]
    ranked: list[tuple[tuple, RoadmapStep]] = []
    for index, q in enumerate(instrument.questions):
        qs = result.questions[q.id]
        current, answer = qs.level, qs.answer  # level None: N/A, hidden or unanswered
        if current is None or answer is None:
            continue
        target = assessment.targets.get(q.id, min(current + 1, 5))
        enforcing = [(m, duty) for m, duty in obligations if duty.question_id == q.id and current < duty.min_level]
        if enforcing:
            target = max([target] + [duty.min_level for _, duty in enforcing])
        next_step = question_types.of(q).step(q, answer, current, target)
        if next_step is None:
            continue
        target, funding = next_step.to_level, next_step.funding
        gap = target - current
        area_share = result.area(q.area).share or Fraction(0)
        priority = gap * Fraction(q.weight) * (2 - area_share / 100)
        step = RoadmapStep(
            question_id=q.id, area=q.area, area_name=instrument.area(q.area).name, pillar=q.pillar,
            pillar_name=instrument.pillar(q.pillar).name, from_level=current, to_level=target, text=next_step.text,
            effort=q.effort, cost=q.cost, funding=funding, priority=priority,
            phase=_phase(q.effort, q.cost, gap, bool(enforcing)),
            obligated_by=tuple(m.policy.id for m, _ in enforcing),
            policies=supports_for(funding, supports),
            adds_options=next_step.adds,
            reminders=tuple(m for m, duty in obligations if q.id in duty.reminds_at),
        )
        ranked.append(((not enforcing, -priority, area_share, index), step))
    ranked.sort(key=lambda item: item[0])
    return Roadmap(tuple(Phase(pid, name, tuple(s for _, s in ranked if s.phase == pid)) for pid, name in PHASES))
