"""The window fits a 1366x768 laptop at 100, 125 and 150 % scaling, and a 1024x600 one, in Vietnamese and
English: it first opens within the screen's free area; no view (welcome, businesses and the business form,
the questionnaire open on a completed and on a draft assessment, results, roadmap, policies, report,
settings, comparison, the province window, the paper review, the review of several printouts read at once) needs more room than that area gives; and no label, button, tab, line edit or table
cell is drawn smaller than its text, which would cut it or the marks above and below Vietnamese letters.

Each screen is its own process (tests/gui/window_probe.py): Qt reads QT_SCALE_FACTOR once, at start. The
offscreen platform is given the screen through its configuration file.
"""

import json
import os
import subprocess
import sys

import pytest

from conftest import REPO

PROBE = REPO / "tests" / "gui" / "window_probe.py"
VIEWS = {"welcome", "businesses", "business form", "new assessment", "questionnaire (completed)",
         "questionnaire (draft)", "results", "roadmap", "policies", "report", "settings", "comparison", "province",
         "paper review", "paper batch review"}
SCREENS = [(1366, 768, "1"), (1366, 768, "1.25"), (1366, 768, "1.5"), (1024, 600, "1")]


@pytest.fixture(scope="module")
def windows_of_their_own(tmp_path_factory):
    """A province workspace and a photographed paper form with an unclear answer, made once for every screen."""
    from datetime import date

    import cv2
    import numpy as np

    from cds_desktop.domain.instrument import current_instrument
    from cds_desktop.province.ingest import ingest
    from cds_desktop.province.workspace import Workspace
    from cds_desktop.report import build_blank_form, build_blank_forms
    from paper_filling import _pdf as opened, mark, render
    from province_support import sector_rows, write_table

    folder = tmp_path_factory.mktemp("own-windows")
    with Workspace(folder / "ws", read_only=False) as ws:
        rows = sector_rows("E1", "trade_services", 6, 70.0, commune="Đông Hà")
        assert all(r.ok for r in ingest(ws, [write_table(folder / "t.csv", rows)]))
    layout = build_blank_form(folder / "form.pdf", lang="vi", on=date(2026, 3, 2))
    ladders = {q.id for q in current_instrument().questions if q.type == "ladder"}
    page = next(p for p in layout.pages if {b.question_id for b in p.boxes} & ladders)
    first = next(b.question_id for b in page.boxes if b.question_id in ladders)
    boxes = {(b.question_id, b.value): b.rect for b in page.boxes}
    image, rng = render(folder / "form.pdf", page.number, 200), np.random.default_rng(0)
    mark(image, boxes[(first, 1)], 200, "tick", rng)
    mark(image, boxes[(first, 3)], 200, "cross", rng)  # two levels marked: unclear, to review
    cv2.imwrite(str(folder / "photo.png"), image)
    copies = build_blank_forms(folder / "copies.pdf", copies=2, lang="vi", on=date(2026, 3, 2))
    pile = [folder / "copy-1.png", folder / "copy-2.png", folder / "smudged.png"]
    cv2.imwrite(str(pile[0]), render(folder / "copies.pdf", page.number, 200))
    cv2.imwrite(str(pile[1]), render(folder / "copies.pdf", len(copies[0].pages) + page.number, 200))
    smudged = render(folder / "copies.pdf", 2, 200)
    smudged[: smudged.shape[0] // 6] = 255  # its QR code rubbed out: a page in no draft
    cv2.imwrite(str(pile[2]), smudged)
    for pdf in ("form.pdf", "copies.pdf"):
        opened(str(folder / pdf)).close()  # render() keeps the form open in its cache
    opened.cache_clear()
    return {"CDS_PROBE_WORKSPACE": str(folder / "ws"), "CDS_PROBE_PHOTO": str(folder / "photo.png"),
            "CDS_PROBE_BATCH": os.pathsep.join(map(str, pile))}


@pytest.mark.parametrize("width, height, scale", SCREENS, ids=[f"{w}x{h}@{s}" for w, h, s in SCREENS])
def test_every_view_fits_the_laptop_screen_without_cutting_text(width, height, scale, tmp_path, windows_of_their_own):
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": width, "height": height,
                                                "logicalDpi": 96, "dpr": 1}]}), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "QT_SCALE_FACTOR": scale,
           **windows_of_their_own}
    run = subprocess.run([sys.executable, str(PROBE)], cwd=REPO, env=env, capture_output=True, text=True,
                         timeout=600)
    assert run.returncode == 0, run.stderr
    found = json.loads(run.stdout.strip().splitlines()[-1])
    ax, ay, aw, ah = found["available"]
    assert (aw, ah) == (round(width / float(scale)), round(height / float(scale)))
    x, y, w, h = found["window"]
    assert ax <= x and ay <= y and x + w <= ax + aw and y + h <= ay + ah, found
    views = {name.split(" ", 1)[1] for name in found["checked"]}
    assert views == VIEWS and {name.split(" ", 1)[0] for name in found["checked"]} == {"vi", "en"}
    problems = "\n".join(found["problems"])
    assert not problems, f"at {width}x{height}, {scale} scale ({aw}x{ah} logical pixels):\n{problems}"


def test_the_probe_finds_cut_text(qtbot):
    """The check above would see a label squeezed under its text's height and a button narrower than its text."""
    from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

    from window_probe import clipped

    page = QWidget()
    qtbot.addWidget(page)
    label, button = QLabel("Loại hình"), QPushButton("Hoàn thành đánh giá")
    layout = QVBoxLayout(page)
    layout.addWidget(label)
    layout.addWidget(button)
    page.show()
    assert clipped(page) == []
    label.setFixedHeight(label.sizeHint().height() // 2)
    button.setFixedWidth(button.sizeHint().width() // 2)
    found = clipped(page)
    assert len(found) == 2 and "'Loại hình'" in found[0] and "'Hoàn thành đánh giá'" in found[1], found
