"""Start-up to the first shown, idle main window, against a bare PySide6 window, in the same run.

Both are cold processes (offscreen Qt) that print the wall-clock time once their window is exposed and the
event loop has gone idle (a zero timer after show; for the app, after its data has loaded), then quit:
- floor: a QMainWindow with one label;
- app: `cds-desktop` itself (the real `run()`), for a first start (empty data folder) and for a
  returning user (the sample business in the database, the businesses list shown).
Time is from spawning the process to that print; memory is the process's peak RSS (os.wait4).
Targets: time <= 1.5x the floor, peak memory <= 1.6x. Run: python bench/bench_startup.py [--runs N] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGETS = {"time": 1.5, "memory": 1.6}

READY = r"""
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

def ready(window):
    # Exposed and idle: the zero timer runs only once the events queued so far are handled.
    if window.windowHandle() is None or not window.windowHandle().isExposed():
        QTimer.singleShot(0, lambda: ready(window))
        return
    print(repr(time.time()), flush=True)
    QApplication.quit()
"""

FLOOR = READY + r"""
from PySide6.QtWidgets import QLabel, QMainWindow
app = QApplication(sys.argv)
window = QMainWindow()
window.setCentralWidget(QLabel("CĐS Desktop"))
window.resize(1280, 720)
window.show()
QTimer.singleShot(0, lambda: ready(window))
app.exec()
"""

APP = READY + r"""
from cds_desktop.gui import app as gui_app

shown = gui_app.start
def start(*args, **kwargs):  # the real start-up, plus the "ready" probe once the data has loaded
    window = shown(*args, **kwargs)
    window.loaded.connect(lambda: QTimer.singleShot(0, lambda: ready(window)))
    return window
gui_app.start = start
sys.exit(gui_app.run(sys.argv))
"""


def launch(code: str, env: dict[str, str]) -> tuple[float, float]:
    """(seconds to ready, peak RSS in MB) of one cold process."""
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.time()
        child = subprocess.Popen([sys.executable, "-c", code], env=env, cwd=ROOT, stdout=out, stderr=err, text=True)
        _, status, usage = os.wait4(child.pid, 0)  # this child's own rusage, unlike RUSAGE_CHILDREN
        child.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0), err.seek(0)
        printed = out.read().split()
        if child.returncode != 0 or not printed:
            raise RuntimeError(f"start-up probe failed (exit {child.returncode}): {err.read()}")
    return float(printed[-1]) - start, usage.ru_maxrss / 1024  # ru_maxrss is in KiB on Linux


def environment(home: Path) -> dict[str, str]:
    """Qt offscreen, and data, settings, cache and logs in `home` (so no run sees another's)."""
    home.mkdir(parents=True, exist_ok=True)
    return {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
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


def measure(runs: int) -> dict[str, dict[str, float]]:
    """Medians over `runs` interleaved launches (machine load hits every probe alike), after one warm-up each."""
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        later = returning_user(base / "returning")
        fresh = iter(range(10**6))
        probes = {"floor": (FLOOR, lambda: environment(base / "floor")),
                  "first start": (APP, lambda: environment(base / f"first-{next(fresh)}")),  # empty every time
                  "returning user": (APP, lambda: later)}
        samples: dict[str, list[tuple[float, float]]] = {name: [] for name in probes}
        for run in range(runs + 1):
            for name, (code, env) in probes.items():
                figures = launch(code, env())
                if run:
                    samples[name].append(figures)
    return {name: {"time": statistics.median(t for t, _ in s), "memory": statistics.median(m for _, m in s)}
            for name, s in samples.items()}


def rows(figures: dict[str, dict[str, float]]) -> list[dict]:
    """One row per measured figure: what, value, floor, ratio, target, met."""
    floor = figures["floor"]
    out = []
    for name in ("first start", "returning user"):
        for kind, unit, scale in (("time", "s", 1), ("memory", "MB", 1)):
            value = figures[name][kind] * scale
            ratio = value / floor[kind]
            out.append({"what": f"start-up, {name}: {'time to idle window' if kind == 'time' else 'peak memory'}",
                        "value": value, "unit": unit, "floor": floor[kind],
                        "floor_what": "bare QMainWindow + QLabel", "ratio": ratio,
                        "target": f"<= {TARGETS[kind]}x floor", "met": ratio <= TARGETS[kind]})
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--json", action="store_true", help="print the rows as JSON (for bench/run_all.py)")
    args = parser.parse_args(argv)
    result = rows(measure(args.runs))
    if args.json:
        print(json.dumps(result))
    else:
        for r in result:
            print(f"{r['what']:55} {r['value']:7.2f} {r['unit']:2}  floor {r['floor']:6.2f}  "
                  f"{r['ratio']:5.2f}x  ({r['target']}) {'OK' if r['met'] else 'OVER'}")
    return 0 if all(r["met"] for r in result) else 1


if __name__ == "__main__":
    sys.exit(main())
