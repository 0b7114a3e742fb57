"""How long the PDF report of the sample takes, against the floor of its stack, measured in the same run.

- cold: `cds-cli report` as a fresh process (what a user waits for from the command line);
- floor: a fresh process that imports matplotlib (Agg) and reportlab, registers one TTF, draws one
  polar chart and builds a one-page PDF: the stack the target was set on (the report drew its radar with
  matplotlib then);
- reportlab floor (informational): the same with the chart drawn by reportlab.graphics, as the report now
  draws all of its charts: what is left of the stack the report still uses;
- warm: `build_report` again in an already-warm process (what the GUI pays on a second export); also, for
  information, the export of other assessments in that process (their radar and changed paragraphs made anew).
Targets: cold <= 1.5 x floor; warm <= 0.5 s. Run: python bench/bench_report.py [--runs N]
Cold runs and floor runs alternate, after one warm-up run of each; bytecode is written to a temporary cache
folder (PYTHONPYCACHEPREFIX), so every run is compiled, as an installed copy is, even where
PYTHONDONTWRITEBYTECODE is set (the report imports ~60 modules of the package: compiling them each time
cost ~0.15 s that no user pays). CPU times (user + system) are printed too: they move less with the
machine's other work.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

FLOOR = r"""
import io, sys
from matplotlib.figure import Figure
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.font_manager import FontProperties
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph, Image
from reportlab.lib.styles import ParagraphStyle
from cds_desktop.paths import fonts_dir
font = str(fonts_dir() / "DejaVuSans.ttf")
pdfmetrics.registerFont(TTFont("DejaVuSans", font))
figure = Figure(figsize=(3, 3))
FigureCanvasAgg(figure)
ax = figure.add_subplot(projection="polar")
ax.plot([0, 1.2, 2.5, 3.7, 5.0, 0], [40, 60, 30, 80, 50, 40])
ax.set_xticks([0, 1.2, 2.5, 3.7, 5.0])
ax.set_xticklabels(["Quản trị", "Sản xuất", "Thương mại", "Nền tảng", "Kinh doanh"], fontproperties=FontProperties(fname=font))
png = io.BytesIO()
figure.savefig(png, format="png", dpi=220)
png.seek(0)
SimpleDocTemplate(sys.argv[1]).build([Paragraph("Báo cáo chuyển đổi số", ParagraphStyle("x", fontName="DejaVuSans")),
                                      Image(png, width=200, height=200)])
"""

REPORTLAB_FLOOR = r"""
import sys
from reportlab.graphics.shapes import Circle, Drawing, Polygon, String
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import SimpleDocTemplate, Paragraph
from reportlab.lib.styles import ParagraphStyle
from cds_desktop.paths import fonts_dir
pdfmetrics.registerFont(TTFont("DejaVuSans", str(fonts_dir() / "DejaVuSans.ttf")))
chart = Drawing(200, 200, initialFontName="DejaVuSans")
chart.add(Circle(100, 100, 80, fillColor=None, strokeColor="#999999"))
chart.add(Polygon([100, 140, 150, 110, 130, 60, 70, 60, 50, 110], fillColor="#1f3b63", fillOpacity=0.12))
for x, y, label in ((100, 185, "Kinh doanh"), (185, 120, "Quản trị"), (150, 15, "Sản xuất"), (50, 15, "Thương mại"),
                    (15, 120, "Nền tảng")):
    chart.add(String(x, y, label, fontName="DejaVuSans", fontSize=7, textAnchor="middle"))
SimpleDocTemplate(sys.argv[1]).build([Paragraph("Báo cáo chuyển đổi số", ParagraphStyle("x", fontName="DejaVuSans")),
                                      chart])
"""


ENV = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}


def timed(command: list[str], cpu: list[float] | None = None) -> float:
    before, start = resource.getrusage(resource.RUSAGE_CHILDREN), time.perf_counter()
    subprocess.run(command, check=True, capture_output=True, env=ENV)
    wall, after = time.perf_counter() - start, resource.getrusage(resource.RUSAGE_CHILDREN)
    if cpu is not None:
        cpu.append((after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime))
    return wall


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        ENV["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
        sample = work / "sample.json"
        cli = [sys.executable, "-m", "cds_desktop.cli"]
        subprocess.run([*cli, "sample", "-o", str(sample)], check=True, env=ENV)
        on = json.loads(sample.read_text(encoding="utf-8"))["assessment"]["assessed_on"]  # a report is dated on or after it
        timed([*cli, "report", str(sample), "-o", str(work / "warmup.pdf"), "--on", on])  # bytecode, disk, fonts
        timed([sys.executable, "-c", FLOOR, str(work / "warmup-floor.pdf")])
        timed([sys.executable, "-c", REPORTLAB_FLOOR, str(work / "warmup-reportlab.pdf")])
        cold, floor, reportlab_floor, cold_cpu, floor_cpu = [], [], [], [], []
        for run in range(runs):  # interleaved, so machine load affects all alike
            cold.append(timed([*cli, "report", str(sample), "-o", str(work / f"r{run}.pdf"), "--on", on], cold_cpu))
            floor.append(timed([sys.executable, "-c", FLOOR, str(work / f"f{run}.pdf")], floor_cpu))
            reportlab_floor.append(timed([sys.executable, "-c", REPORTLAB_FLOOR, str(work / f"g{run}.pdf")]))

        from cds_desktop.domain.assessment import load_assessment_file
        from cds_desktop.report import build_report

        loaded = load_assessment_file(sample)
        build_report(loaded, work / "first.pdf", on=date.fromisoformat(on))
        warm = []
        for run in range(runs):
            start = time.perf_counter()
            build_report(loaded, work / f"w{run}.pdf", on=date.fromisoformat(on))
            warm.append(time.perf_counter() - start)
        others = []
        for run, other in enumerate(_others(loaded, runs)):  # new scores and names: a new radar, new cells
            start = time.perf_counter()
            build_report(other, work / f"o{run}.pdf", on=date.fromisoformat(on))
            others.append(time.perf_counter() - start)

    cold_s, floor_s, warm_s = (statistics.median(v) for v in (cold, floor, warm))
    ratio = cold_s / floor_s
    print(f"cold `cds-cli report` (sample): {cold_s:.2f} s  (median of {runs})")
    print(f"stack floor (imports, 1 TTF, 1 polar chart, 1-page PDF): {floor_s:.2f} s")
    print(f"ratio cold / floor: {ratio:.2f}x  (target <= 1.5x) {'OK' if ratio <= 1.5 else 'OVER'}")
    print(f"CPU time, cold / floor: {statistics.median(cold_cpu):.2f} / {statistics.median(floor_cpu):.2f} s = "
          f"{statistics.median(cold_cpu) / statistics.median(floor_cpu):.2f}x; per-run wall ratios "
          f"{min(c / f for c, f in zip(cold, floor)):.2f}–{max(c / f for c, f in zip(cold, floor)):.2f}x")
    alone = statistics.median(reportlab_floor)
    print(f"reportlab floor (imports, 1 TTF, 1 reportlab drawing, 1-page PDF; informational): {alone:.2f} s; "
          f"cold / reportlab floor: {cold_s / alone:.2f}x")
    print(f"warm in-process export: {warm_s:.2f} s  (target <= 0.5 s) {'OK' if warm_s <= 0.5 else 'OVER'}")
    print(f"warm export of another assessment (other answers and name; informational): "
          f"{statistics.median(others):.2f} s")


def _others(loaded, count: int) -> list:
    """`count` assessments unlike the sample and each other: ladder answers one level lower, more each time."""
    from cds_desktop.domain.assessment import Answer

    answers = loaded.assessment.answers
    ladder = [qid for qid, answer in answers.items() if answer.level]
    out = []
    for run in range(count):
        lower = {**answers, **{qid: Answer.ladder(answers[qid].level - 1) for qid in ladder[: run + 3]}}
        out.append(loaded._replace(business=loaded.business._replace(name=f"{loaded.business.name} {run + 2}"),
                                   assessment=loaded.assessment._replace(answers=lower)))
    return out


if __name__ == "__main__":
    main()
