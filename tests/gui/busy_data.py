"""A consultant's data folder: many businesses, each with a T0, a T1 and a T2, written in one transaction.
Used by the long-day tests (test_soak.py, test_endurance.py)."""

from __future__ import annotations


from cds_desktop.domain.assessment import Assessment
from cds_desktop.domain.business import Business, commune_names
from cds_desktop.domain.instrument import current_instrument
from cds_desktop.domain.vocabulary import sectors
from cds_desktop.storage import Repository, repository
from cds_desktop.storage.records import summary_record
from storage_support import answers_at  # tests/, on the path through its conftest


def business(i: int) -> Business:
    """The i-th business; six profiles (type, sector, size) repeat, names and communes do not."""
    communes, profile = commune_names(), i % 6
    return Business(name=f"Cơ sở kinh doanh số {i} Quảng Trị", entity_type=("enterprise", "cooperative", "household")[profile % 3],
                    sector=tuple(sectors())[profile % len(sectors())], tax_code=f"32{i:08d}", employees=(4, 40)[profile // 3],
                    annual_revenue_vnd=(2, 60)[profile // 3] * 10**9, commune=communes[i % len(communes)],
                    industry="Thương mại tổng hợp")


def answered(instrument, b: Business, level: int, stage: str) -> Assessment:
    return Assessment.new(instrument, stage)._replace(answers=answers_at(instrument, b, level), status="completed")


def fill_store(monkeypatch, data_dir: str, count: int, stages: tuple[str, ...] = ("T0", "T1", "T2")) -> None:
    """`count` businesses with one completed assessment per stage. Scoring each would take minutes; the
    summaries of the 6 profiles x 6 levels are scored once and reused."""
    instrument = current_instrument()
    scored = {}

    def summary_once(instrument, b, assessment):
        key = (b.entity_type, b.sector, b.employees, b.annual_revenue_vnd, tuple(sorted(assessment.answers.items())))
        if key not in scored:
            scored[key] = summary_record(instrument, b, assessment)
        return scored[key]

    with monkeypatch.context() as patch:
        patch.setattr(repository, "summary_record", summary_once)
        with Repository(data_dir) as repo, repo.transaction():
            for i in range(count):
                b = repo.add_business(business(i))
                for n, stage in enumerate(stages):
                    repo.save_assessment(b.id, answered(instrument, b, (i + n) % 6, stage))
