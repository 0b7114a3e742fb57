"""The one-folder bundle a Windows user unzips: built with the shipped spec, it runs without Python.

Slow (a PyInstaller build, about a minute): CI runs it; `pytest -m "not slow"` skips it locally.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import REPO

sys.path.insert(0, str(REPO / "packaging"))
import build_bundle  # noqa: E402

pytestmark = pytest.mark.slow

UNUSED_QT_LIBS = ("Qt6Qml", "Qt6Quick", "Qt6WebEngine", "Qt6Multimedia", "Qt6Designer", "Qt63D", "Qt6Pdf")


@pytest.fixture(scope="module")
def bundle(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("pyinstaller")
    return build_bundle.build(work / "dist", work / "build")


@pytest.fixture
def user_env(tmp_path) -> dict[str, str]:
    """A user with empty data, cache, config and log folders (XDG on Linux; Windows uses its own)."""
    env = {**os.environ, "CDS_DESKTOP_DATA_DIR": str(tmp_path / "data"), "QT_QPA_PLATFORM": "offscreen",
           "XDG_CACHE_HOME": str(tmp_path / "cache"), "XDG_CONFIG_HOME": str(tmp_path / "config"),
           "XDG_STATE_HOME": str(tmp_path / "state"), "CDS_LANG": "vi"}
    env.pop("MPLCONFIGDIR", None)
    env.pop("CDS_DESKTOP_CACHE_DIR", None)  # the per-user cache folder of a real user is under test
    return env


def run(bundle: Path, *args: str, env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess:
    return subprocess.run([str(build_bundle.executable(bundle, "cds-cli")), *args], env=env, cwd=cwd,
                          capture_output=True, text=True, encoding="utf-8", timeout=120)


def test_bundle_carries_the_data_files_and_no_unused_qt_modules(bundle):
    internal = bundle / "_internal"
    for shipped in ("assessments/instruments/cds-sme-1.0.json", "assessments/policies/national.json",
                    "assessments/policies/quang-tri.json", "assessments/schemas/assessment.schema.json",
                    "assessments/samples/sample-assessment.json", "assessments/reference/quang-tri-communes-2025.csv",
                    "resources/fonts/DejaVuSans.ttf", "resources/fonts/DejaVuSans-Bold.ttf",
                    "resources/fonts/NotoEmoji-Regular.ttf", "resources/fonts/LICENSE-NotoEmoji.txt"):
        assert (internal / shipped).is_file(), shipped
    # cds_desktop.formats reads Babel's CLDR data for Vietnamese and English only
    assert sorted(p.name for p in (internal / "babel" / "locale-data").iterdir()) == ["en.dat", "root.dat", "vi.dat"]
    libraries = [p.name for p in internal.rglob("*Qt6*")]
    assert any("Qt6Widgets" in name for name in libraries)
    assert [name for name in libraries if name.startswith(tuple(f"lib{m}" for m in UNUSED_QT_LIBS))
            or name.startswith(UNUSED_QT_LIBS)] == []


def test_bundled_cli_writes_the_sample_report(bundle, user_env, tmp_path):
    assert run(bundle, "sample", "-o", "sample.json", env=user_env, cwd=tmp_path).returncode == 0
    made = run(bundle, "report", "sample.json", "-o", "report.pdf", "--on", "2026-10-20", env=user_env, cwd=tmp_path)
    assert made.returncode == 0, made.stdout + made.stderr
    from pypdf import PdfReader

    pdf = PdfReader(tmp_path / "report.pdf")
    assert len(pdf.pages) >= 3
    assert "Khe Sanh" in pdf.pages[0].extract_text()
    assert "20/10/2026" in pdf.pages[0].extract_text()  # dates formatted by Babel from the bundled locale data
    # the report's charts are reportlab drawings: making one never starts matplotlib (nor its font list)
    assert not list(tmp_path.rglob("fontlist-*.json"))


def test_bundled_cli_reports_bad_input_without_a_traceback(bundle, user_env, tmp_path):
    (tmp_path / "broken.json").write_text("{ not json", encoding="utf-8")
    checked = run(bundle, "validate", "broken.json", env=user_env, cwd=tmp_path)
    assert checked.returncode == 2
    assert "broken.json" in checked.stderr + checked.stdout
    assert "Traceback" not in checked.stderr


def test_bundled_app_starts_offscreen_and_stays_up(bundle, user_env, tmp_path):
    app = subprocess.Popen([str(build_bundle.executable(bundle, "cds-desktop"))], env=user_env, cwd=tmp_path,
                           stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    fonts = tmp_path / "cache"
    try:
        time.sleep(5)
        assert app.poll() is None, app.communicate()
        # once idle, the window readies its charts: matplotlib's font list is kept per user, not rebuilt
        # in a temporary folder on every start
        deadline = time.monotonic() + 60
        while not list(fonts.rglob("matplotlib/fontlist-*.json")) and time.monotonic() < deadline:
            time.sleep(0.5)
        assert list(fonts.rglob("matplotlib/fontlist-*.json")), "no font list in the user's cache folder"
    finally:
        app.terminate()
        _, errors = app.communicate(timeout=30)
    assert "Traceback" not in errors
    logs = list((tmp_path / "state").rglob("cds-desktop.log"))
    assert logs, "the app wrote no log"
    log = logs[0].read_text(encoding="utf-8")
    assert "starting" in log and " ERROR " not in log
    assert any((tmp_path / "data").iterdir()), "the app did not open its data folder"
