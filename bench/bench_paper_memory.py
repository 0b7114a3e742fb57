"""Memory of reading a pile of printouts: `python bench/bench_paper_memory.py [--printouts 3 6] [--json]`.

A pile is built of phone-like photos the size a 12 MP phone takes (3000 x 4000 pixels, JPEG): each printout
of the form (22 pages, its own printout id) filled at random (tests/paper_filling.py), photographed badly and
enlarged to the phone's size. Each pile is read by `read_batch` in a fresh process, which reports its peak
resident memory (VmHWM) and time. The floor, measured in the same run: a fresh process that reads one
page of the same photos with `read` (the libraries, the layout and one picture in memory). The target: the
pile's peak grows little with the pile, at most 1.5x the floor for 6 printouts (132 photos).
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

PHONE = {"angle": 3.0, "warp": 0.05, "blur": 1.0, "noise": 6.0, "jpeg": 60, "light": 0.3}
SIZE = (3000, 4000)  # a 12 MP phone photo of an A4 page, upright


def build(folder: Path, printouts: int) -> dict[str, list[str]]:
    """Photos of `printouts` filled printouts, by printout id."""
    import cv2
    import numpy as np

    from cds_desktop.domain.instrument import current_instrument
    from cds_desktop.report import build_blank_form
    from paper_filling import _pdf, answers_for, filled_pages, photograph

    files: dict[str, list[str]] = {}
    for n in range(printouts):
        pdf = folder / f"form{n}.pdf"
        layout = build_blank_form(pdf, lang="vi", printout=f"PILE{n:04d}")
        rng = np.random.default_rng(500 + n)
        truth = answers_for(layout, current_instrument(), rng)
        for number, image in filled_pages(layout, pdf, truth, 200, rng).items():
            photo = photograph(image, rng, angle=float(rng.uniform(-1, 1)) * PHONE["angle"], warp=PHONE["warp"],
                               blur=PHONE["blur"], noise=PHONE["noise"], jpeg=PHONE["jpeg"], light=PHONE["light"])
            photo = cv2.resize(photo, SIZE, interpolation=cv2.INTER_CUBIC)
            path = folder / f"f{n}p{number:02d}.jpg"
            cv2.imwrite(str(path), photo, [cv2.IMWRITE_JPEG_QUALITY, 85])
            files.setdefault(layout.printout, []).append(str(path))
        _pdf(str(pdf)).close()
        _pdf.cache_clear()
    return files


MEASURE = """
import json, sys, time
sys.path.insert(0, {root!r})
files = json.loads(sys.argv[1])
from cds_desktop.paper import read_batch, read_forms
started = time.perf_counter()
if sys.argv[2] == "batch":
    batch = read_batch(files)
    pages = sum(len(r.pages) for r in batch.printouts)
    problems = len(batch.problems) + sum(len(r.problems) for r in batch.printouts)
else:
    reading = read_forms(files)
    pages, problems = len(reading.pages), len(reading.problems)
seconds = time.perf_counter() - started
# VmHWM, not ru_maxrss: on Linux the latter keeps the parent's peak across fork and exec
peak = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:"))
print(json.dumps({{"peak_mb": peak / 1024, "seconds": seconds,
                  "pages": pages, "problems": problems}}))
"""


def measure(files: list[str], how: str) -> dict:
    done = subprocess.run([sys.executable, "-c", MEASURE.format(root=str(ROOT)), json.dumps(files), how],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def run(printouts: list[int], keep: Path | None = None) -> list[dict]:
    with tempfile.TemporaryDirectory() as folder:
        listing = keep / "files.json" if keep else None
        if listing and listing.exists():
            files = json.loads(listing.read_text(encoding="utf-8"))
        else:
            files = build(keep or Path(folder), max(printouts))
            if listing:
                listing.write_text(json.dumps(files), encoding="utf-8")
        piles = list(files.values())
        floor = measure(piles[0][:1], "one")
        print(f"floor: one page read, {floor['peak_mb']:.0f} MB peak, {floor['seconds']:.1f} s", file=sys.stderr)
        rows = []
        for count in printouts:
            pile = [path for pile in piles[:count] for path in pile]
            got = measure(pile, "batch")
            print(f"{count} printouts ({len(pile)} photos): {got['peak_mb']:.0f} MB peak, {got['seconds']:.1f} s, "
                  f"{got['pages']} pages read, {got['problems']} problems", file=sys.stderr)
            label = f"{count} printout{'s' if count != 1 else ''}"
            rows.append({"what": f"`read_batch` of {label} ({len(pile)} phone photos, 3000 x 4000): "
                                 f"peak resident memory (read in {got['seconds']:.0f} s)",
                         "value": got["peak_mb"], "unit": "MB", "floor": floor["peak_mb"],
                         "floor_what": "fresh process reading one of the photos",
                         "ratio": got["peak_mb"] / floor["peak_mb"], "target": "<= 1.5x floor",
                         "met": got["peak_mb"] <= 1.5 * floor["peak_mb"], "seconds": got["seconds"],
                         "pages": got["pages"]})
        return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--printouts", type=int, nargs="+", default=[3, 6])
    parser.add_argument("--json", action="store_true", help="print the rows as JSON (for bench/run_all.py)")
    parser.add_argument("--keep", type=Path, help="a folder to keep the photos in and read them again from")
    args = parser.parse_args()
    rows = run(args.printouts, args.keep)
    if args.json:
        print(json.dumps(rows))
    return 0 if all(r["met"] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
