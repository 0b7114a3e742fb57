"""Storage speed and size with 1,000, 1,500 and 10,000 assessments: open, list businesses, save one
assessment (also the first save after opening), the data folder with its backups after 20 saves, and what
runs over the whole store: the health check (`cds-cli check`) and every business saved to one file
(`cds-cli export-bundle`, the window's "save all to a file").

Run on demand: python bench/bench_storage.py [--sizes 1000 1500 10000]
Assessments are generated from the shipped instrument with random answers, spread over one
business per five assessments (2,000 businesses at 10,000). Each figure is compared with a
baseline measured in the same run on the same file: plain json.load (for open) and json.dump +
fsync + os.replace (for save), the least any whole-file JSON store can do.
Targets at 10,000: list <= 0.3 s, save <= 0.15 s. At 1,500 (a consultant's store): open and first list
<= 0.2 s, save <= 0.1 s. The data folder after 20 saves stays within 4x the database.
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
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from cds_desktop.domain.assessment import Answer, Assessment  # noqa: E402
from cds_desktop.domain.business import Business, commune_names  # noqa: E402
from cds_desktop.domain.vocabulary import sectors  # noqa: E402
from cds_desktop.domain.conditions import applies  # noqa: E402
from cds_desktop.domain.instrument import current_instrument  # noqa: E402
from cds_desktop.storage import Repository  # noqa: E402
from cds_desktop.storage.exchange import bundle_contents, write_bundle  # noqa: E402

TARGETS = {10000: {"list": 0.3, "save": 0.15, "folder_x": 4.0},
           1500: {"open_list": 0.2, "save": 0.1, "first_save": 0.1, "folder_x": 4.0}}


def random_business(rng: random.Random, i: int) -> Business:
    entity = rng.choice(["enterprise", "enterprise", "cooperative", "household"])
    return Business(
        name=f"Cơ sở kinh doanh số {i} Quảng Trị", entity_type=entity, sector=rng.choice(tuple(sectors())),
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
    return a._replace(answers=answers, status="completed")


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
        def open_and_list():
            with Repository(folder) as repo:
                repo.list_businesses()
        figures["open_list"] = timed(open_and_list, 3)
        with Repository(folder) as repo:
            figures["list_first"] = timed(repo.list_businesses, 1)
            figures["list"] = timed(repo.list_businesses, 5)
            business = repo.businesses()[0]
            pending = iter([random_assessment(rng, instrument, business, "T0") for _ in range(25)])
            figures["first_save"] = timed(lambda: repo.save_assessment(business.id, next(pending)), 1)
            figures["save"] = timed(lambda: repo.save_assessment(business.id, next(pending)), 19)
            # What a consultant runs over the whole store: the health check, and "save all to a file" (every
            # assessment checked as an import on another laptop will check it, then written).
            figures["check"] = timed(repo.check, 1)
            with tempfile.TemporaryDirectory() as elsewhere:
                bundle = Path(elsewhere) / "all.json"
                figures["bundle"] = timed(lambda: write_bundle(bundle_contents(repo).to_write(leave_out_refused=True),
                                                               bundle), 1)
        store = db.stat().st_size
        folder_bytes = sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and p.name != "baseline.json")
        figures["folder_mb"] = folder_bytes / 1e6
        figures["folder_x"] = folder_bytes / store
        return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 1500, 10000])
    args = parser.parse_args()
    rng = random.Random(2026)
    print(f"{'assessments':>11} {'file MB':>8} {'json.load':>9} {'dump+repl':>9} "
          f"{'open s':>8} {'x load':>7} {'open+list':>9} {'1st list':>8} {'list s':>8} {'1st save':>8} "
          f"{'save s':>8} {'x dump':>7} {'folder MB':>9} {'x file':>6} {'check s':>8} {'bundle s':>8}")
    failed = False
    for count in args.sizes:
        f = measure(count, rng)
        print(f"{count:>11} {f['size_mb']:>8.1f} {f['baseline_load']:>9.3f} {f['baseline_save']:>9.3f} "
              f"{f['open']:>8.3f} {f['open'] / f['baseline_load']:>7.2f} {f['open_list']:>9.3f} "
              f"{f['list_first']:>8.3f} {f['list']:>8.3f} {f['first_save']:>8.3f} "
              f"{f['save']:>8.3f} {f['save'] / f['baseline_save']:>7.2f} {f['folder_mb']:>9.1f} {f['folder_x']:>6.2f} "
              f"{f['check']:>8.3f} {f['bundle']:>8.3f}")
        for name, target in TARGETS.get(count, {}).items():
            if f[name] > target:
                failed = True
                print(f"  {name}: {f[name]:.3f} is over the {target} target")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
