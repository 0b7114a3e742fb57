"""Start-up to the first shown, idle main window, against a bare PySide6 window, in the same run.

Both are cold processes (offscreen Qt). "Shown" is the same moment for both: the window's first paint
event has been handled and then the event loop has gone idle (a zero timer armed at that paint fires):
- floor: a QMainWindow with one label; it quits there;
- app: `cds-desktop` itself (the real `run()`, through its `MainWindow.shown` signal, which is exactly
  that moment), for a first start (empty data folder, empty cache) and for a returning user (the sample
  business in the database, the businesses list shown). The probe fails the run unless the window is
  exposed and its data not yet opened at "shown". It then also records "data ready": the event loop idle
  again after `MainWindow.load()` (database, questionnaire) has run — informational, no target.
Time is from spawning the process to the mark; memory is the process's peak RSS up to the mark
(getrusage); CPU time (user + system, also up to the mark) is printed beside, as it moves less with
other work on the machine. Targets (first shown): time <= 1.3x the floor, peak memory <= 1.2x.
Method: rounds; each launches the floor, a first start and a returning user once, in a shuffled order;
one warm-up round first, unrecorded; bytecode goes to a temporary cache folder (PYTHONPYCACHEPREFIX),
so every probe runs compiled, as an installed copy does, even where PYTHONDONTWRITEBYTECODE is set.
A figure is the median over the rounds; the spread is the range of the per-round ratios.
On a shared machine those medians move by ±0.15 from run to run; `--instructions` counts instead the
instructions each probe executes up to "shown" (once each, under valgrind's callgrind, the process ending
at the mark), which other work on the machine does not change.
Run: python bench/bench_startup.py [--runs N] [--json] [--instructions]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGETS = {"time": 1.3, "memory": 1.2}

MARK = r"""
import os, resource, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

def mark(what, window):
    if window.windowHandle() is None or not window.windowHandle().isExposed():
        sys.exit(f"{what}: the window is not exposed")
    usage = resource.getrusage(resource.RUSAGE_SELF)
    print(what, repr(time.time()), usage.ru_maxrss, usage.ru_utime + usage.ru_stime, flush=True)  # KiB, s
    if os.environ.get("BENCH_END_AT") == what:  # counting instructions: nothing after the mark
        os._exit(0)
"""

FLOOR = MARK + r"""
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QLabel, QMainWindow

class FirstPaint(QObject):  # as MainWindow does for its `shown` signal
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, lambda: (mark("shown", watched), QApplication.quit()))
        return False

app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("CĐS Desktop"))
window.resize(1280, 720)
first_paint = FirstPaint()
window.installEventFilter(first_paint)
window.show()
app.exec()
"""

APP = MARK + r"""
from cds_desktop.gui import app as gui_app

real_start = gui_app.start
def start(*args, **kwargs):  # the real start-up, plus the two marks
    window = real_start(*args, **kwargs)
    def shown():
        if window.repo is not None:
            sys.exit("shown: the data was opened before the first frame")
        mark("shown", window)
    window.shown.connect(shown)
    window.loaded.connect(lambda: QTimer.singleShot(0, lambda: (mark("ready", window), QApplication.quit())))
    return window
gui_app.start = start
sys.exit(gui_app.run(sys.argv))
"""


def launch(code: str, env: dict[str, str]) -> dict[str, tuple[float, float, float]]:
    """{mark: (seconds from spawning, peak RSS in MB so far, CPU seconds so far)} of one cold process."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.time()
        child = subprocess.run([sys.executable, "-c", code], env=env, cwd=ROOT, stdout=out, stderr=err, text=True)
        out.seek(0), err.seek(0)
        marks = {what: (float(at) - start, int(kib) / 1024, float(cpu))  # ru_maxrss is in KiB on Linux
                 for what, at, kib, cpu in (line.split() for line in out.read().splitlines() if line.strip())}
        if child.returncode != 0 or "shown" not in marks:
            raise RuntimeError(f"start-up probe failed (exit {child.returncode}): {err.read()}")
    return marks


def environment(home: Path) -> dict[str, str]:
    """Qt offscreen, and data, settings, cache and logs in `home` (so no run sees another's); bytecode
    in one cache folder beside `home`, shared by every probe."""
    home.mkdir(parents=True, exist_ok=True)
    inherited = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    return {**inherited, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "PYTHONPYCACHEPREFIX": str(home.parent / "pycache"),
           "CDS_DESKTOP_DATA_DIR": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
           "XDG_CACHE_HOME": str(home / "cache"), "XDG_STATE_HOME": str(home / "state"),
           "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}


def returning_user(home: Path) -> dict[str, str]:
    """A user folder holding the sample business, as after a first session."""
    env = environment(home)
    cli = [sys.executable, "-m", "cds_desktop.cli"]
    sample = home / "sample.json"
    subprocess.run([*cli, "sample", "-o", str(sample)], env=env, check=True, capture_output=True)
    subprocess.run([*cli, "import", str(sample)], env=env, check=True, capture_output=True)
    return env


def measure(runs: int) -> tuple[dict[str, dict[str, dict[str, float]]], dict[str, tuple[float, float]]]:
    """Medians over `runs` rounds of shuffled launches (machine load hits every probe alike), after one
    warm-up round; and per probe, the range of its per-round ratio of time to first shown."""
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        later = returning_user(base / "returning")
        fresh = iter(range(10**6))
        probes = {"floor": (FLOOR, lambda: environment(base / "floor")),
                  "first start": (APP, lambda: environment(base / f"first-{next(fresh)}")),  # empty every time
                  "returning user": (APP, lambda: later)}
        samples: dict[str, list[dict[str, tuple[float, float, float]]]] = {name: [] for name in probes}
        order = list(probes)
        for run in range(runs + 1):
            random.shuffle(order)
            for name in order:
                code, env = probes[name]
                marks = launch(code, env())
                if run:
                    samples[name].append(marks)
    spread = {}
    for name, s in samples.items():
        ratios = [m["shown"][0] / f["shown"][0] for m, f in zip(s, samples["floor"])]
        spread[name] = (min(ratios), max(ratios))
    return {name: {mark: {"time": statistics.median(m[mark][0] for m in s),
                          "memory": statistics.median(m[mark][1] for m in s),
                          "cpu": statistics.median(m[mark][2] for m in s)} for mark in s[0]}
            for name, s in samples.items()}, spread


def instructions() -> dict[str, int]:
    """Instructions each probe executes up to "shown" (valgrind --tool=callgrind), after a normal warm-up launch."""
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        probes = {"floor": (FLOOR, environment(base / "floor")), "first start": (APP, environment(base / "first")),
                  "returning user": (APP, returning_user(base / "returning"))}
        counts = {}
        for name, (code, env) in probes.items():
            launch(code, env)  # compiles the bytecode, as every timed round finds it
            if name == "first start":
                env = environment(base / "first-counted")  # empty again
            done = subprocess.run(["valgrind", "--tool=callgrind", f"--callgrind-out-file={base / 'callgrind.out'}",
                                   sys.executable, "-c", code], env={**env, "BENCH_END_AT": "shown"}, cwd=ROOT,
                                  capture_output=True, text=True)
            collected = [line.split()[-1] for line in done.stderr.splitlines() if "Collected :" in line]
            if done.returncode != 0 or "shown" not in done.stdout or not collected:
                raise RuntimeError(f"instruction count of {name} failed (exit {done.returncode}): "
                                   f"{done.stderr[-2000:]}")
            counts[name] = int(collected[-1])
    return counts


MARKS = {"shown": ("time to first shown, idle window", "peak memory at first shown"),
         "ready": ("data ready (idle after loading; informational)", "peak memory at data ready (informational)")}


def rows(figures: dict[str, dict[str, dict[str, float]]], spread: dict[str, tuple[float, float]],
         runs: int) -> list[dict]:
    """One row per measured figure: what, value, floor, ratio, target, met (None: informational)."""
    floor = figures["floor"]["shown"]
    out = []
    for name in ("first start", "returning user"):
        for mark, labels in MARKS.items():
            for kind, unit, label in (("time", "s", labels[0]), ("memory", "MB", labels[1])):
                value = figures[name][mark][kind]
                ratio = value / floor[kind]
                targeted = mark == "shown"
                detail = ""
                if kind == "time":
                    detail = f" (median of {runs}; CPU time {figures[name][mark]['cpu'] / floor['cpu']:.2f}x"
                    detail += f"; per-round ratio {spread[name][0]:.2f}–{spread[name][1]:.2f}x)" if targeted else ")"
                out.append({"what": f"start-up, {name}: {label}{detail}", "value": value, "unit": unit, "floor": floor[kind],
                            "floor_what": "bare QMainWindow + QLabel, first shown", "ratio": ratio,
                            "target": f"<= {TARGETS[kind]}x floor" if targeted else "—",
                            "met": ratio <= TARGETS[kind] if targeted else None})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="print the rows as JSON (for bench/run_all.py)")
    parser.add_argument("--instructions", action="store_true",
                        help="count the instructions to first shown instead (needs valgrind; one launch each)")
    args = parser.parse_args(argv)
    if args.instructions:
        counts = instructions()
        for name, count in counts.items():
            print(f"start-up, {name}: instructions to first shown {count / 1e6:9.1f} M  "
                  f"{count / counts['floor']:5.2f}x the floor")
        return 0
    result = rows(*measure(args.runs), args.runs)
    if args.json:
        print(json.dumps(result))
    else:
        for r in result:
            print(f"{r['what']:75} {r['value']:7.3f} {r['unit']:2}  floor {r['floor']:6.3f}  "
                  f"{r['ratio']:5.2f}x  ({r['target']}) {({True: 'OK', False: 'OVER', None: ''})[r['met']]}")
    return 0 if all(r["met"] is not False for r in result) else 1


if __name__ == "__main__":
    sys.exit(main())
