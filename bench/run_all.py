"""Run every benchmark, print one table and write it to BENCHMARKS.md: `python bench/run_all.py`.

Each benchmark runs in its own fresh process. Every figure is set against a floor measured in the
same run on this machine (see each script's docstring for what its floor is). BENCHMARKS.md is
rewritten above its notes marker; the notes below it (profiling, before/after) are kept.
Options: --quick (fewer runs, 1,000 assessments only: a smoke test of the benchmarks, not figures);
--only NAME... (re-measure some benchmarks, keep the other rows of the table).
Exit status: 0 every target met, 1 a target missed, 2 a benchmark failed to run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
from datetime import datetime
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
OUT = ROOT / "BENCHMARKS.md"
NOTES = "<!-- notes: everything below is kept by bench/run_all.py -->"
STORAGE_TARGETS = {"list": 0.3, "save": 0.15}  # seconds, at 10,000 assessments (bench/bench_storage.py)


def python(*args: str, env: dict[str, str] | None = None) -> str:
    done = subprocess.run([sys.executable, *args], cwd=ROOT, capture_output=True, text=True, encoding="utf-8",
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})})
    if done.returncode not in (0, 1):  # 1 = a target missed: still figures
        raise RuntimeError(f"{' '.join(args)} failed ({done.returncode}):\n{done.stdout}\n{done.stderr}")
    return done.stdout


def row(what, value, unit, floor, floor_what, target, met) -> dict:
    return {"what": what, "value": value, "unit": unit, "floor": floor, "floor_what": floor_what,
            "ratio": value / floor if floor else None, "target": target, "met": met}


def startup(quick: bool) -> list[dict]:
    return json.loads(python("bench/bench_startup.py", "--json", "--runs", "2" if quick else "11"))


def gui(quick: bool) -> list[dict]:
    return json.loads(python("bench/bench_gui.py", "--json", "--repeat", "10" if quick else "60",
                             "--visits", "1" if quick else "3"))


def report(quick: bool) -> list[dict]:
    out = python("bench/bench_report.py", "--runs", "2" if quick else "5")

    def seconds(label: str) -> float:
        found = re.search(re.escape(label) + r"[^\n]*?: ([0-9.]+) s", out)
        if not found:
            raise RuntimeError(f"bench_report.py printed no '{label}' figure:\n{out}")
        return float(found.group(1))

    cold, floor, alone, again, other = (seconds(label) for label in (
        "cold `cds-cli report`", "stack floor", "reportlab floor", "warm in-process", "warm export of another"))
    spread = re.search(r"CPU time, cold / floor: [^=]*= ([0-9.]+x); per-run wall ratios (\S+)", out)
    how = f" (median of {5 if not quick else 2}; CPU time {spread.group(1)}; per-run ratio {spread.group(2)})" if spread else ""
    return [row(f"`cds-cli report` of the sample, cold process{how}", cold, "s", floor,
                "imports matplotlib + reportlab, 1 TTF, 1 polar chart, 1-page PDF", "<= 1.5x floor", cold / floor <= 1.5),
            row("`cds-cli report` of the sample, cold process, against reportlab alone (informational: the report "
                "draws no matplotlib chart now)", cold, "s", alone, "imports reportlab, 1 TTF, 1 drawing, 1-page PDF",
                "—", None),
            row(f"report export in a warm process, each time another assessment (the same one again: {again:.2f} s)",
                other, "s", floor, "stack floor, cold process", "<= 0.5 s", other <= 0.5)]


def cli(quick: bool) -> list[dict]:
    return json.loads(python("bench/bench_cli.py", "--json", "--runs", "3" if quick else "15"))


def storage(quick: bool) -> list[dict]:
    sizes = [1000] if quick else [1000, 10000]
    code = ("import json, random, sys; sys.path.insert(0, 'bench'); import bench_storage; rng = random.Random(2026); "
            f"print(json.dumps({{n: bench_storage.measure(n, rng) for n in {sizes!r}}}))")
    rows = []
    for count, f in json.loads(python("-c", code)).items():
        n = f"{int(count):,}"
        at_scale = int(count) >= 10000
        rows += [
            row(f"storage, {n} assessments ({f['size_mb']:.1f} MB): open", f["open"], "s", f["baseline_load"],
                "json.load of the same file", "—", None),
            row(f"storage, {n}: list businesses, first time after opening", f["list_first"], "s",
                f["baseline_load"], "json.load of the same file", f"<= {STORAGE_TARGETS['list']} s" if at_scale else "—",
                f["list_first"] <= STORAGE_TARGETS["list"] if at_scale else None),
            row(f"storage, {n}: list businesses again", f["list"], "s", f["baseline_load"], "json.load of the same file",
                f"<= {STORAGE_TARGETS['list']} s" if at_scale else "—",
                f["list"] <= STORAGE_TARGETS["list"] if at_scale else None),
            row(f"storage, {n}: save one assessment", f["save"], "s", f["baseline_save"],
                "json.dump + fsync + replace", f"<= {STORAGE_TARGETS['save']} s" if at_scale else "—",
                f["save"] <= STORAGE_TARGETS["save"] if at_scale else None),
            row(f"storage, {n}: check the whole store, each assessment as an import checks it (`cds-cli check`; "
                "informational)", f["check"], "s", f["baseline_load"], "json.load of the same file", "—", None),
            row(f"storage, {n}: every business saved to one file (`cds-cli export-bundle`, the window's \"save all\"; "
                "informational)", f["bundle"], "s", f["baseline_save"], "json.dump + fsync + replace", "—", None),
        ]
    return rows


def province(quick: bool) -> list[dict]:
    data = json.loads(python("bench/bench_province.py", "--json", "--rows", "10000" if quick else "100000"))
    ours, floor, n = data["ours"], data["floor"], f"{data['rows']:,}"
    rows = [row(f"province, {n} assessments in {data['files']} CSV files ({data['size_mb']:.1f} MB): ingest (validated, "
                "deduplicated)", ours["ingest"], "s",
                floor["ingest"], "DuckDB read_csv of the same files", "< 60 s", ours["ingest"] < 60)]
    rows += [row(f"province, {n}: `province {name}` (median of 5)", value, "s", floor["summary"], "DuckDB group-by on the same rows",
                 "< 1 s", value < 1) for name, value in ours.items() if name.startswith("summary")]
    rows.append(row(f"province, {n}: peak memory (ingest + summaries)", ours["memory_mb"], "MB", floor["memory_mb"],
                    "DuckDB read_csv + group-by process", "< 1024 MB", ours["memory_mb"] < 1024))
    return rows


def province_window(quick: bool) -> list[dict]:
    rows = 10_000 if quick else 100_000
    r = json.loads(python("bench/bench_province_view.py", "--json", "--rows", str(rows), "--rounds", "1" if quick else "3"))
    n, floor, what = f"{r['rows']:,}", r["floor"], "DuckDB group-by by commune on the same rows"
    first = (f"province window, {n} assessments: a filter changed until its table and charts show, first time those "
             f"filters (median of the first round, {len(r['first'])} changes; worst {max(r['first']):.3f} s)")
    out = [row(first, r["change_first"], "s", floor, what, "<= 0.3 s", r["change_first"] <= 0.3)]
    if r["change_later"] is not None:
        out.append(row(f"province window, {n}: a filter changed again, figures read before (median of "
                       f"{len(r['later'])})", r["change_later"], "s", floor, what, "<= 0.3 s", r["change_later"] <= 0.3))
    out += [row(f"province window, {n}: three filters changed quickly, until the last one's figures show",
                r["quick"], "s", floor, what, "—", None),
            row(f"province window, {n}: the GUI thread's longest wait while filters change (99th percentile "
                f"{r['gap_p99']:.3f} s)", r["gap_max"], "s", floor, what, "<= 0.1 s", r["gap_max"] <= 0.1),
            row(f"province window, {n}: opened, until its first figures show", r["open"], "s", floor, what, "—", None)]
    return out


def paper_pile(quick: bool) -> list[dict]:
    return json.loads(python("bench/bench_paper_memory.py", "--json", "--printouts", *(("1", "2") if quick else ("3", "6"))))


def number(value: float, unit: str) -> str:
    return {"s": f"{value:.3f} s", "ms": f"{value:.1f} ms"}.get(unit, f"{value:.0f} {unit}")


def table(rows: list[dict]) -> str:
    lines = ["| benchmark | measured | floor (same run) | ratio | target | met |", "|---|---|---|---|---|---|"]
    for r in rows:
        met = {True: "yes", False: "**no**", None: "—"}[r["met"]]
        ratio = f"{r['ratio']:.2f}x" if r["ratio"] is not None else "—"
        lines.append(f"| {r['what']} | {number(r['value'], r['unit'])} | {number(r['floor'], r['unit'])} "
                     f"({r['floor_what']}) | {ratio} | {r['target']} | {met} |")
    return "\n".join(lines)


def machine() -> str:
    from PySide6 import __version__ as pyside

    return (f"{platform.system()} {platform.machine()}, {os.cpu_count()} CPUs, Python {platform.python_version()}, "
            f"PySide6 {pyside}, Qt offscreen platform")


# How the table's rows of each benchmark begin, so `--only` can keep the others' rows as they are.
ROW_STARTS = {"start-up": ("start-up,",), "GUI": ("page switch", "live score update", "search keystroke", "first visit"),
              "report": ("`cds-cli report`", "report export"),
              "CLI": ("`cds-cli --version`", "`cds-cli --help`", "`cds-cli score`", "`cds-cli validate`"),
              "storage": ("storage,",), "province": ("province, ",), "province-window": ("province window,",),
              "paper-pile": ("`read_batch` of",)}


def kept_rows(names: list[str]) -> dict[str, list[str]]:
    """The table lines of BENCHMARKS.md now, by benchmark, for those in `names`."""
    lines = OUT.read_text(encoding="utf-8").split(NOTES, 1)[0].splitlines() if OUT.exists() else []
    return {name: [line for line in lines if line.startswith(tuple(f"| {start}" for start in ROW_STARTS[name]))]
            for name in names}


def stamps(measured: dict[str, list[dict]], command: str) -> list[str]:
    """When, where and how each benchmark's rows were last measured: the ones just run, and the others as
    BENCHMARKS.md says (`--only` leaves them as they are)."""
    header = OUT.read_text(encoding="utf-8").split("| benchmark |", 1)[0] if OUT.exists() else ""
    kept = dict(re.findall(r"^- ([\w-]+): (.+)$", header, flags=re.MULTILINE))
    load = f"load average {os.getloadavg()[0]:.1f}, " if hasattr(os, "getloadavg") else ""
    now = f"{datetime.now():%Y-%m-%d %H:%M} ({load}{machine()}), `{command}`"
    return [f"- {name}: {now if name in measured else kept.get(name, 'not measured yet')}" for name in ROW_STARTS]


def write(measured: dict[str, list[dict]], command: str, missing: list[str], kept: dict[str, list[str]]) -> None:
    notes = ""
    if OUT.exists() and NOTES in OUT.read_text(encoding="utf-8"):
        notes = OUT.read_text(encoding="utf-8").split(NOTES, 1)[1]
    lines = table([]).splitlines()
    for name in ROW_STARTS:
        lines += table(measured[name]).splitlines()[2:] if name in measured else kept.get(name, [])
    head = ["# Benchmarks", "", "Each benchmark's rows were last measured:", "", *stamps(measured, command), "",
            "\n".join(lines), ""]
    if missing:
        head += [f"Not measured (benchmark missing or failed): {', '.join(missing)}.", ""]
    OUT.write_text("\n".join(head) + "\n" + NOTES + notes, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    benches = {"start-up": startup, "GUI": gui, "report": report, "CLI": cli, "storage": storage, "province": province,
               "province-window": province_window, "paper-pile": paper_pile}
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs; does not write BENCHMARKS.md")
    parser.add_argument("--only", nargs="+", choices=benches, metavar="NAME",
                        help=f"run only these ({', '.join(benches)}); the table keeps the other rows as they are")
    args = parser.parse_args(argv)
    names = args.only or list(benches)
    measured: dict[str, list[dict]] = {}
    missing = []
    for name in names:
        print(f"running {name} …", file=sys.stderr, flush=True)
        try:
            measured[name] = benches[name](args.quick)
        except (RuntimeError, FileNotFoundError, json.JSONDecodeError) as failed:
            print(f"{name}: {failed}", file=sys.stderr)
            missing.append(name)
    rows = [r for found in measured.values() for r in found]
    print(table(rows))
    if not args.quick:
        command = "python bench/run_all.py" + (f" --only {' '.join(args.only)}" if args.only else "")
        write(measured, command, missing, kept_rows([n for n in benches if n not in names]) if args.only else {})
        print(f"\nwritten to {OUT.relative_to(ROOT)}")
    if missing:  # a benchmark that no longer runs would leave stale rows behind: say so apart from a missed target
        return 2
    return 0 if all(r["met"] is not False for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
