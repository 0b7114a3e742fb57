"""`cds-cli --version` and `--help` as whole processes, against `python -c 'import json'` (target: 2x).

Each run starts a fresh interpreter the way the installed `cds-cli` script does (import `main`, call
it); runs alternate with the floor so load on the machine hits both alike. Figures are medians.

Run: python bench/bench_cli.py [--runs N] [--json]
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = 2.0
FLOOR = [sys.executable, "-c", "import json"]
SCRIPT = "import sys; from cds_desktop.cli import main; sys.exit(main())"  # what the cds-cli script runs
CASES = {"--version": "`cds-cli --version`, cold process", "--help": "`cds-cli --help`, cold process"}


def seconds(command: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)
    return time.perf_counter() - start


def measure(runs: int) -> list[dict]:
    rows = []
    for option, what in CASES.items():
        pairs = [(seconds([sys.executable, "-c", SCRIPT, option]), seconds(FLOOR)) for _ in range(runs)]
        value, floor = statistics.median(p[0] for p in pairs), statistics.median(p[1] for p in pairs)
        rows.append({"what": what, "value": value, "unit": "s", "floor": floor,
                     "floor_what": "python -c 'import json'", "ratio": value / floor,
                     "target": f"<= {TARGET:g}x floor", "met": value / floor <= TARGET})
    return rows


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    rows = measure(args.runs)
    if args.json:
        print(json.dumps(rows))
    else:
        for r in rows:
            print(f"{r['what']}: {r['value']:.3f} s, floor {r['floor']:.3f} s, {r['ratio']:.2f}x ({r['target']})")
    return 0 if all(r["met"] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
