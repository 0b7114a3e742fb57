"""What the report sections share: the scored assessment, the earlier one, the plan, and formatting
in the reader's language (cds_desktop.formats: 45,0 · 50.000.000 đồng · 01/12/2026 in Vietnamese)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import Any

from ..domain.assessment import AssessmentFile
from ..domain.scoring import Result
from ..formats import format_count, format_date, format_money, format_number, format_percent, score_trend
from ..i18n import Text, tr


@dataclass(frozen=True)
class ReportContext:
    lang: str
    on: date
    current: AssessmentFile
    result: Result
    previous: AssessmentFile | None = None
    previous_result: Result | None = None
    plan: Any = None  # domain.plan.Plan
    benchmark: Any = None
    consultant: Any = None
    previous_plan: Any = None  # the previous assessment's plan (its roadmap, to see which steps are done)
    earlier: tuple[tuple[AssessmentFile, Result], ...] = ()  # every earlier stage, scored, in order
    drawn: dict[str, int] = field(default_factory=dict)  # section key -> page, filled while the report is drawn

    @property
    def instrument(self):
        return self.current.instrument

    @property
    def business(self):
        return self.current.business

    @property
    def assessment(self):
        return self.current.assessment

    @property
    def is_draft(self) -> bool:
        return self.assessment.status != "completed"

    @property
    def provisional(self) -> bool:
        """A score on unanswered questions is provisional ("tạm tính"): no headline level."""
        return bool(getattr(self.result, "provisional", self.is_draft))

    @property
    def level(self) -> int | None:
        """The overall level to headline, None while the score is provisional."""
        return None if self.provisional else self.result.overall_level

    def page(self, key: str) -> str:
        """The page a section starts on ("…" until it is drawn: the summary is drawn after the annexes)."""
        return str(self.drawn[key]) if key in self.drawn else "…"

    def say(self, vi: str, en: str) -> str:
        return vi if self.lang == "vi" else en

    def tr(self, value: Text | None) -> str:
        return tr(value, self.lang)

    def number(self, value: float | None, digits: int = 1) -> str:
        return format_number(value, self.lang, digits)

    def count(self, count: int, vi: str, en_one: str, en_other: str) -> str:
        return format_count(count, self.lang, vi, en_one, en_other)

    def percent(self, share: float) -> str:
        return format_percent(share, self.lang)

    def money(self, vnd: int | None) -> str:
        if vnd is None:
            return self.say("chưa xác định", "not determined")
        return format_money(vnd, self.lang)

    def date(self, value: str | date | None) -> str:
        return format_date(value, self.lang)

    def trend(self, now: float | None, before: float | None) -> str:
        """▲ +5,0 / ▼ −3,2 / = against the previous assessment; empty when either is missing."""
        return score_trend(now, before, self.lang)[0]

    def assessor_name(self) -> str:
        assessor = self.assessment.assessor
        if assessor and assessor.name.strip():
            return assessor.name
        return self.say("Tự đánh giá", "Self-assessment")
