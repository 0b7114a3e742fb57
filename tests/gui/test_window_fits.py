"""The window fits a 1366x768 laptop at 100, 125 and 150 % scaling, in Vietnamese and English: it first
opens within the screen's free area, and no view needs more room than that area gives.

Each scale is its own process: Qt reads QT_SCALE_FACTOR once, at start. The offscreen platform is given
a 1366x768 screen through its configuration file.
"""

import json
import os
import subprocess
import sys

import pytest

from conftest import REPO

MEASURE = r"""
import json, os, tempfile
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
folder = tempfile.mkdtemp()
QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
from cds_desktop.gui import dialogs
for kind in ("warn", "inform", "confirm"):
    setattr(dialogs, kind, lambda *args, **kwargs: True)
from cds_desktop.gui.main_window import VIEWS, MainWindow
from cds_desktop.gui.settings import AppSettings
window = MainWindow(AppSettings(QSettings(os.path.join(folder, "cds.ini"), QSettings.Format.IniFormat)))
window.show()
window.load()
window.actions.add_sample()
available = app.primaryScreen().availableGeometry()
geometry = window.geometry()
needs = {}
for lang in ("vi", "en"):
    window.set_language(lang)
    for key in VIEWS:
        window.show_view(key)
        app.processEvents()
        hint = window.minimumSizeHint()
        needs[f"{lang} {key}"] = [hint.width(), hint.height()]
print(json.dumps({"available": available.getRect(), "window": geometry.getRect(), "needs": needs}), flush=True)
os._exit(0)
"""


@pytest.mark.parametrize("scale", ["1", "1.25", "1.5"])
def test_the_window_fits_a_1366x768_laptop(scale, tmp_path):
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1366, "height": 768,
                                                "logicalDpi": 96, "dpr": 1}]}), encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "QT_SCALE_FACTOR": scale}
    run = subprocess.run([sys.executable, "-c", MEASURE], cwd=REPO, env=env, capture_output=True, text=True,
                         timeout=300)
    assert run.returncode == 0, run.stderr
    found = json.loads(run.stdout.strip().splitlines()[-1])
    ax, ay, aw, ah = found["available"]
    assert (aw, ah) == (round(1366 / float(scale)), round(768 / float(scale)))
    x, y, w, h = found["window"]
    assert ax <= x and ay <= y and x + w <= ax + aw and y + h <= ay + ah, found
    too_big = {view: need for view, need in found["needs"].items() if need[0] > w or need[1] > h}
    assert too_big == {}, f"views needing more than the {w}x{h} window at {scale}: {too_big}"
