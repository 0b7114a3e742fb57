"""Size classes per Nghị định 80/2021/NĐ-CP Art. 5, at every boundary, for both sector groups."""

import pytest

from cds_desktop.domain.business import SizeClass, classify, size_class_is_estimate

B = 1_000_000_000
PRODUCTION_SECTORS = ["agriculture_forestry_fishery", "industry_construction"]

# (workers ceiling, revenue ceiling, capital ceiling) per class
PRODUCTION = {SizeClass.MICRO: (10, 3 * B, 3 * B), SizeClass.SMALL: (100, 50 * B, 20 * B),
              SizeClass.MEDIUM: (200, 200 * B, 100 * B)}
TRADE = {SizeClass.MICRO: (10, 10 * B, 3 * B), SizeClass.SMALL: (50, 100 * B, 50 * B),
         SizeClass.MEDIUM: (100, 300 * B, 100 * B)}
NEXT = {SizeClass.MICRO: SizeClass.SMALL, SizeClass.SMALL: SizeClass.MEDIUM, SizeClass.MEDIUM: SizeClass.LARGE}

CASES = [(sector, size, ceil) for sector in PRODUCTION_SECTORS for size, ceil in PRODUCTION.items()] + [
    ("trade_services", size, ceil) for size, ceil in TRADE.items()]


@pytest.mark.parametrize("sector,size,ceiling", CASES)
def test_at_every_ceiling_the_class_holds(sector, size, ceiling):
    workers, revenue, capital = ceiling
    assert classify("enterprise", sector, workers, revenue, capital) == size
    # either/or: one money figure within the ceiling is enough, the other may be far above
    assert classify("enterprise", sector, workers, revenue, 10**15) == size
    assert classify("enterprise", sector, workers, 10**15, capital) == size


@pytest.mark.parametrize("sector,size,ceiling", CASES)
def test_one_above_every_ceiling_the_class_is_left(sector, size, ceiling):
    workers, revenue, capital = ceiling
    assert classify("enterprise", sector, workers + 1, revenue, capital) == NEXT[size]
    assert classify("enterprise", sector, workers, revenue + 1, capital + 1) == NEXT[size]
    # above on one money figure only: still within the class (either/or)
    assert classify("enterprise", sector, workers, revenue + 1, capital) == size


def test_the_same_figures_differ_by_sector_group():
    # 8 workers, 5 bn revenue: micro in trade-services (<= 10 bn), small in production (> 3 bn)
    assert classify("enterprise", "trade_services", 8, 5 * B, None) == SizeClass.MICRO
    assert classify("enterprise", "industry_construction", 8, 5 * B, None) == SizeClass.SMALL
    # 60 workers: small in production (<= 100), medium in trade-services (> 50)
    assert classify("enterprise", "agriculture_forestry_fishery", 60, 10 * B, None) == SizeClass.SMALL
    assert classify("enterprise", "trade_services", 60, 10 * B, None) == SizeClass.MEDIUM


@pytest.mark.parametrize("entity_type", ["household", "individual"])
def test_household_business_is_not_an_sme(entity_type):
    assert classify(entity_type, "trade_services", 3, 500_000_000, None) == SizeClass.NOT_APPLICABLE


def test_cooperative_is_estimated_with_the_enterprise_thresholds():
    # NĐ 80/2021 does not cover cooperatives (Law on Cooperatives 17/2023/QH15): the class is an estimate
    assert classify("cooperative", "agriculture_forestry_fishery", 18, 6 * B, 2 * B) == SizeClass.SMALL
    assert size_class_is_estimate("cooperative")
    assert not size_class_is_estimate("enterprise") and not size_class_is_estimate("household")


def test_missing_figures_give_unknown():
    assert classify("enterprise", "trade_services", None, 1 * B, None) == SizeClass.UNKNOWN
    assert classify("enterprise", "trade_services", 5, None, None) == SizeClass.UNKNOWN


def test_large_above_every_medium_ceiling():
    assert classify("enterprise", "trade_services", 101, 1 * B, 1 * B) == SizeClass.LARGE
    assert classify("enterprise", "industry_construction", 150, 201 * B, 101 * B) == SizeClass.LARGE


def test_a_negative_figure_proves_no_class():
    assert classify("enterprise", "trade_services", -4, 1 * B, None) == SizeClass.UNKNOWN
    assert classify("enterprise", "trade_services", 5, -1, None) == SizeClass.UNKNOWN
    assert classify("enterprise", "trade_services", 5, -1, 1 * B) == SizeClass.MICRO
