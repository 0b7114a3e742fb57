"""Storage speed with 1,000 and 10,000 assessments: open, list businesses, save one assessment.

Run on demand: /work/venv/bin/python bench/bench_storage.py [--sizes 1000 10000]
Assessments are generated from the shipped instrument with random answers, spread over one
business per five assessments (2,000 businesses at 10,000). Each figure is compared with a
baseline measured in the same run on the same file: plain json.load (for open) and json.dump +
fsync + os.replace (for save), the least any whole-file JSON store can do.
Targets at 10,000: list <= 0.3 s, save <= 0.15 s.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cds_desktop.domain.assessment import Answer, Assessment  # noqa: E402
from cds_desktop.domain.business import SECTORS, Business, commune_names  # noqa: E402
from cds_desktop.domain.conditions import applies  # noqa: E402
from cds_desktop.domain.instrument import current_instrument  # noqa: E402
from cds_desktop.storage import Repository  # noqa: E402

TARGETS = {"list": 0.3, "save": 0.15}


def random_business(rng: random.Random, i: int) -> Business:
    entity = rng.choice(["enterprise", "enterprise", "cooperative", "household"])
    return Business(
        name=f"Cơ sở kinh doanh số {i} Quảng Trị", entity_type=entity, sector=rng.choice(SECTORS),
        tax_code=f"32{i:08d}", employees=rng.randint(1, 120), annual_revenue_vnd=rng.randint(1, 80) * 10**9,
        commune=rng.choice(commune_names()), address=f"{rng.randint(1, 300)} Lê Duẩn",
        industry="Thương mại tổng hợp")


def random_assessment(rng: random.Random, instrument, business: Business, stage: str) -> Assessment:
    a = Assessment.new(instrument, stage)
    answers: dict[str, Answer] = {}
    for q in instrument.questions:
        if not applies(q, business, answers):
            continue
        if q.type == "ladder":
            answers[q.id] = Answer.ladder(None if q.na_allowed and rng.random() < 0.1 else rng.randint(0, 5))
        else:
            options = [o.id for o in q.scored_options]
            picked = rng.sample(options, rng.randint(0, len(options)))
            answers[q.id] = Answer.checklist(picked or ["none"])
    return replace(a, answers=answers, status="completed")


def populate(folder: Path, count: int, rng: random.Random) -> None:
    instrument = current_instrument()
    with Repository(folder) as repo, repo.transaction():
        businesses = [repo.add_business(random_business(rng, i)) for i in range(max(1, count // 5))]
        stages: dict[str, int] = {}
        for _ in range(count):
            b = rng.choice(businesses)
            stage = stages.get(b.id, 0)
            stages[b.id] = stage + 1
            repo.save_assessment(b.id, random_assessment(rng, instrument, b, f"T{min(stage, 99)}"))


def timed(fn, repeat: int) -> float:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def measure(count: int, rng: random.Random) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        populate(folder, count, rng)
        db = folder / "cds-desktop.json"
        instrument = current_instrument()

        def baseline_load():
            with db.open(encoding="utf-8") as fh:
                return json.load(fh)
        data = baseline_load()

        def baseline_save():
            out = folder / "baseline.tmp"
            with out.open("w", encoding="utf-8") as fh:
                json.dump(data, fh, ensure_ascii=False)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(out, folder / "baseline.json")

        def open_repo():
            Repository(folder).close()

        figures = {"size_mb": db.stat().st_size / 1e6,
                   "baseline_load": timed(baseline_load, 3), "baseline_save": timed(baseline_save, 3),
                   "open": timed(open_repo, 3)}
        with Repository(folder, keep_backups=3) as repo:
            figures["list_first"] = timed(repo.list_businesses, 1)
            figures["list"] = timed(repo.list_businesses, 5)
            business = repo.businesses()[0]
            pending = iter([random_assessment(rng, instrument, business, "T0") for _ in range(5)])
            figures["save"] = timed(lambda: repo.save_assessment(business.id, next(pending)), 5)
        return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    args = parser.parse_args()
    rng = random.Random(2026)
    print(f"{'assessments':>11} {'file MB':>8} {'json.load':>9} {'dump+repl':>9} "
          f"{'open s':>8} {'x load':>7} {'1st list':>8} {'list s':>8} {'save s':>8} {'x dump':>7}")
    failed = False
    for count in args.sizes:
        f = measure(count, rng)
        print(f"{count:>11} {f['size_mb']:>8.1f} {f['baseline_load']:>9.3f} {f['baseline_save']:>9.3f} "
              f"{f['open']:>8.3f} {f['open'] / f['baseline_load']:>7.2f} {f['list_first']:>8.3f} {f['list']:>8.3f} "
              f"{f['save']:>8.3f} {f['save'] / f['baseline_save']:>7.2f}")
        if count >= 10000:
            for name, target in TARGETS.items():
                if f[name] > target:
                    failed = True
                    print(f"  {name}: {f[name]:.3f} s is over the {target} s target")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
