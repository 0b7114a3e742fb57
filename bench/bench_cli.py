"""`cds-cli` as whole processes, against `python -c 'import json'` measured in the same run.

Cases: `--version` and `--help` (target 2x the floor), `score` and `validate` of the sample assessment
file (target 3x). Each run starts a fresh interpreter the way the installed `cds-cli` script does
(import `program`, call it). Two more rows, informational, measure what the design costs before any
work: a process that imports exactly the standard modules `score` imports and defines record classes of the
shapes `score` defines (its records, named tuples: as many, with as many fields), found by running `score` once
in a child process, so the probe follows the code; it is set against the floor, and `score` against it,
which shows how much of `score` is the app's own work (reading, checking, scoring, writing). Method, so a
shared, busy machine hits every probe alike:
- runs are rounds; each round launches the floor and every case once, in a shuffled order;
- one warm-up round first, unrecorded; bytecode is written to a temporary cache folder
  (PYTHONPYCACHEPREFIX), so every probe runs compiled, as an installed copy does, even where
  PYTHONDONTWRITEBYTECODE is set;
- the user cache folder is not overridden (it is put in the temporary folder through XDG_CACHE_HOME, which
  the platform's rules honour on Linux), so a command that looks for it pays what it costs a user;
- a figure is the median over the rounds; the ratio is median(case) / median(floor), and the spread
  is the range of the per-round ratios (case / floor of the same round); the ratio of the median CPU
  times (user + system) is printed too: it moves less with other work on the machine.

Run: python bench/bench_cli.py [--runs N] [--json]
"""

from __future__ import annotations

import json
import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FLOOR = ["-c", "import json"]
# What `score` loads and defines, listed by a child process that runs it (design_floor() builds the probe).
SHAPES = """
import io, sys
before = set(sys.modules)
from cds_desktop.cli import main
sys.stdout, shown = io.StringIO(), sys.stdout
main(["score", sys.argv[1]])
sys.stdout = shown
modules = sorted(m for m in set(sys.modules) - before
                 if m.split(".")[0] != "cds_desktop" and not m.split(".")[-1].startswith("_"))
import json
own = [m for m in sys.modules if m.split(".")[0] == "cds_desktop"]
classes = [c for m in own for c in vars(sys.modules[m]).values() if isinstance(c, type) and c.__module__ == m]
print(json.dumps({"modules": modules, "records": [  # (kind, fields): named tuples, and any dataclass
    ["namedtuple", len(c._fields)] if tuple in c.__bases__ and hasattr(c, "_fields") else
    ["dataclass", len(c.__dataclass_fields__)] for c in classes
    if (tuple in c.__bases__ and hasattr(c, "_fields")) or "__dataclass_fields__" in vars(c)]}))
"""
SCRIPT = "import sys; from cds_desktop.cli import program; sys.exit(program())"  # what the cds-cli script runs
CASES = {  # name: (arguments after the script, what, target)
    "--version": (["--version"], "`cds-cli --version`, cold process", 2.0),
    "--help": (["--help"], "`cds-cli --help`, cold process", 2.0),
    "score": (["score", "{sample}"], "`cds-cli score` of the sample file, cold process", 3.0),
    "validate": (["validate", "{sample}"], "`cds-cli validate` of the sample file, cold process", 3.0),
}


def seconds(arguments: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(wall-clock seconds, CPU seconds) of one process."""
    before, start = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    subprocess.run([sys.executable, *arguments], cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    wall, after = time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def design_floor(sample: str, env: dict[str, str]) -> tuple[list[str], dict]:
    """The probe of what `score` costs by design (see the docstring), and what it was built from."""
    listed = subprocess.run([sys.executable, "-c", SHAPES, sample], cwd=ROOT, env=env, check=True,
                            capture_output=True, text=True)
    shapes = json.loads(listed.stdout)
    make = {"namedtuple": "typing.NamedTuple('R{i}', [(f'f{{k}}', str) for k in range({fields})])",
            # documented, as the app's are: no signature made for a doc
            "dataclass": "dataclasses.make_dataclass('R{i}', [(f'f{{k}}', str) for k in range({fields})], "
                         "frozen=True, namespace={{'__doc__': 'A record.'}})"}
    records = [make[kind].format(i=i, fields=fields) for i, (kind, fields) in enumerate(shapes["records"])]
    kinds = {"namedtuple": "typing", "dataclass": "dataclasses"}
    imports = [f"import {name}" for name in dict.fromkeys([*(kinds[k] for k, _ in shapes["records"]), *shapes["modules"]])]
    return ["-c", "\n".join(imports + records)], shapes


def measure(runs: int) -> list[dict]:
    with tempfile.TemporaryDirectory() as folder:
        env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
        env.pop("CDS_DESKTOP_CACHE_DIR", None)  # see the docstring
        env.update(PYTHONPYCACHEPREFIX=str(Path(folder) / "pycache"), CDS_DESKTOP_DATA_DIR=str(Path(folder) / "data"),
                   XDG_CACHE_HOME=str(Path(folder) / "cache"),
                   PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
        sample = str(Path(folder) / "sample.json")
        subprocess.run([sys.executable, "-c", SCRIPT, "sample", "-o", sample], cwd=ROOT, env=env, check=True,
                       stdout=subprocess.DEVNULL)  # its "file written" line is not a result
        stack, shapes = design_floor(sample, env)
        probes = {"floor": FLOOR, "stack": stack, **{name: ["-c", SCRIPT, *(a.format(sample=sample) for a in case[0])]
                                     for name, case in CASES.items()}}
        samples: dict[str, list[tuple[float, float]]] = {name: [] for name in probes}
        order = list(probes)
        for run in range(runs + 1):
            random.shuffle(order)
            for name in order:
                taken = seconds(probes[name], env)
                if run:  # round 0 warms the caches
                    samples[name].append(taken)
    floor = statistics.median(wall for wall, _ in samples["floor"])
    floor_cpu = statistics.median(cpu for _, cpu in samples["floor"])
    rows = []
    for name, (_, what, target) in CASES.items():
        value = statistics.median(wall for wall, _ in samples[name])
        cpu = statistics.median(c for _, c in samples[name])
        per_round = [v[0] / f[0] for v, f in zip(samples[name], samples["floor"])]
        rows.append({"what": f"{what} (median of {runs}; per-round ratio {min(per_round):.2f}–{max(per_round):.2f}x; "
                             f"CPU time {cpu / floor_cpu:.2f}x)",
                     "value": value, "unit": "s", "floor": floor, "floor_what": "python -c 'import json'",
                     "ratio": value / floor, "target": f"<= {target:g}x floor", "met": value / floor <= target})
    score, stack = (statistics.median(wall for wall, _ in samples[name]) for name in ("score", "stack"))
    rows.append({"what": f"`cds-cli score`, what its design costs before any work (informational): a process that "
                         f"imports the {len(shapes['modules'])} standard modules `score` imports, defines its "
                         f"{len(shapes['records'])} records' shapes",
                 "value": stack, "unit": "s", "floor": floor, "floor_what": "python -c 'import json'",
                 "ratio": stack / floor, "target": "—", "met": None})
    rows.append({"what": "`cds-cli score` of the sample file, against the row above (informational: how much of "
                         "`score` is the app's own work)", "value": score, "unit": "s", "floor": stack,
                 "floor_what": "the row above", "ratio": score / stack, "target": "—", "met": None})
    return rows


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    rows = measure(args.runs)
    if args.json:
        print(json.dumps(rows))
    else:
        for r in rows:
            print(f"{r['what']}: {r['value']:.3f} s, floor {r['floor']:.3f} s, {r['ratio']:.2f}x ({r['target']})")
    return 0 if all(r["met"] is not False for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
