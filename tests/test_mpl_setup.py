"""matplotlib's font cache lives in the per-user cache folder, so it is built once, not on every start."""

import os
import subprocess
import sys

from conftest import REPO

CONFIG_DIR = ("import sys\n{before}\nfrom cds_desktop.mpl_setup import configure_matplotlib_cache\n"
              "print(configure_matplotlib_cache())\nimport matplotlib\nprint(matplotlib.get_configdir())")


def _run(tmp_path, before="", **env):
    environment = {**os.environ, "XDG_CACHE_HOME": str(tmp_path / "cache"), **env}
    if "MPLCONFIGDIR" not in env:
        environment.pop("MPLCONFIGDIR", None)
    environment.pop("CDS_DESKTOP_CACHE_DIR", None)  # the platform's own cache folder is under test
    done = subprocess.run([sys.executable, "-c", CONFIG_DIR.format(before=before)], cwd=REPO, env=environment,
                          capture_output=True, text=True, check=True)
    return done.stdout.splitlines()


def test_font_cache_goes_to_the_user_cache_folder(tmp_path):
    expected = str(tmp_path / "cache" / "CDS Desktop" / "matplotlib")
    assert _run(tmp_path) == [expected, expected]


def test_a_folder_the_user_chose_is_kept(tmp_path):
    chosen = str(tmp_path / "mine")
    assert _run(tmp_path, MPLCONFIGDIR=chosen)[1] == chosen


def test_the_bundle_throwaway_folder_is_replaced(tmp_path):
    expected = str(tmp_path / "cache" / "CDS Desktop" / "matplotlib")
    lines = _run(tmp_path, before="sys.frozen = True", MPLCONFIGDIR=str(tmp_path / "pyi-temp"))
    assert lines == [expected, expected]


def test_after_matplotlib_is_imported_nothing_changes(tmp_path):
    lines = _run(tmp_path, before="import matplotlib", MPLCONFIGDIR=str(tmp_path / "early"))
    assert lines == ["None", str(tmp_path / "early")]
