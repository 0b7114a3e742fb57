"""How an assessment compares with its peers in this store: mean and median area scores of other
businesses of the same sector group (and size class when there are enough of them).

Each peer business counts once, with its latest completed assessment, so a business assessed three
times does not weigh three times. Figures from fewer than MIN_SAMPLE peers are hidden (they would
identify the businesses and mean little); the sample size is always given.
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass
from typing import Any

from ..domain.assessment import stage_number
from ..domain.business import SIZE_CLASS_NAMES, SizeClass
from ..domain.vocabulary import sector_names
from ..domain.instrument import AREA_IDS
from ..formats import format_count
from ..i18n import text, tr
from .records import AssessmentSummary
from .repository import Repository

MIN_SAMPLE = 5
_CLASSES = (SizeClass.MICRO.value, SizeClass.SMALL.value, SizeClass.MEDIUM.value, SizeClass.LARGE.value)


@dataclass(frozen=True)
class Comparison:
    id: str  # an area id, or "overall"
    own_score: float | None
    mean: float | None  # None when hidden or no peer has a score here
    median: float | None
    sample_size: int  # peers with a score here

    @property
    def hidden(self) -> bool:
        return self.sample_size < MIN_SAMPLE

    def to_json(self) -> dict[str, Any]:
        return {"id": self.id, "own_score": self.own_score, "mean": self.mean, "median": self.median,
                "sample_size": self.sample_size, "hidden": self.hidden}


@dataclass(frozen=True)
class Benchmark:
    assessment_id: str
    sector: str
    size_class: str | None  # None: every size of the sector group (too few of the same size)
    sample_size: int  # peer businesses
    overall: Comparison
    areas: tuple[Comparison, ...]

    @property
    def hidden(self) -> bool:
        return self.sample_size < MIN_SAMPLE

    def describe(self, lang: str = "vi") -> str:
        """Who the peers are: "299 other small businesses in Agriculture, forestry and fishery"."""
        sector = tr(sector_names().get(self.sector), lang) or self.sector
        size = tr(SIZE_CLASS_NAMES[SizeClass(self.size_class)], lang).lower() if self.size_class else ""
        # English: "299 other small businesses" ("size small" read as a label, "1 other businesses" as a slip)
        kind = " ".join(filter(None, ("other", "medium-sized" if size == "medium" else size, "business")))
        peers = format_count(self.sample_size, lang, "cơ sở khác", kind, kind + "es")
        group = (f"{peers} in {sector}" if lang == "en"
                 else f"{peers} cùng khu vực {sector}" + (f", quy mô {size}" if size else ""))
        if self.hidden:
            return group + tr(text(f": chưa đủ {MIN_SAMPLE} cơ sở để so sánh", f": fewer than {MIN_SAMPLE}, "
                                                                               "too few to compare"), lang)
        return group

    def to_json(self, lang: str = "vi") -> dict[str, Any]:
        return {"assessment_id": self.assessment_id, "sector": self.sector, "size_class": self.size_class,
                "sample_size": self.sample_size, "min_sample": MIN_SAMPLE, "hidden": self.hidden,
                "description": self.describe(lang), "overall": self.overall.to_json(),
                "areas": [a.to_json() for a in self.areas]}


def _compare(item_id: str, own: float | None, peer_scores: list[float]) -> Comparison:
    n = len(peer_scores)
    if n < MIN_SAMPLE:
        return Comparison(item_id, own, None, None, n)
    return Comparison(item_id, own, round(statistics.fmean(peer_scores), 1),
                      round(statistics.median(peer_scores), 1), n)


def _area_score(s: AssessmentSummary, area: str) -> float | None:
    figure = s.areas.get(area)
    return figure.score if figure else None


def benchmark(repo: Repository, assessment_id: str) -> Benchmark:
    own = repo.summary(assessment_id)
    owner = repo.get_business(own.business_id)
    peers: list[AssessmentSummary] = []
    for entry in repo.list_businesses():
        if entry.business.id == owner.id or entry.business.sector != owner.sector:
            continue
        completed = [s for s in entry.assessments if s.status == "completed"]
        if completed:
            peers.append(max(completed, key=lambda s: (stage_number(s.stage), s.assessed_on)))
    size_class = None
    same_size = [p for p in peers if p.size_class == own.size_class]
    if own.size_class in _CLASSES and len(same_size) >= MIN_SAMPLE:
        peers, size_class = same_size, own.size_class
    overall = _compare("overall", own.overall_score, [p.overall_score for p in peers if p.overall_score is not None])
    areas = tuple(_compare(area, _area_score(own, area),
                           [score for p in peers if (score := _area_score(p, area)) is not None])
                  for area in AREA_IDS)
    return Benchmark(assessment_id, owner.sector, size_class, len(peers), overall, areas)
