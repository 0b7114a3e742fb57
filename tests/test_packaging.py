"""What a source release carries: the licence pyproject.toml names, and every folder needed to test,
benchmark, build the bundle and run CI."""

import re
import subprocess
import tomllib

import pytest

from conftest import REPO

PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
SDIST = PYPROJECT["tool"]["hatch"]["build"]["targets"]["sdist"]["include"]


def test_the_licence_named_in_pyproject_is_shipped():
    assert PYPROJECT["project"]["license"] == "MIT"
    licence = (REPO / "LICENSE").read_text(encoding="utf-8")
    assert licence.startswith("MIT License") and "WITHOUT WARRANTY OF ANY KIND" in licence
    assert "LICENSE" in SDIST


@pytest.mark.skipif(not (REPO / ".git").exists(), reason="needs the git checkout (lists tracked files)")
def test_the_sdist_includes_every_tracked_top_level_entry():
    tracked = subprocess.run(["git", "ls-files"], cwd=REPO, capture_output=True, text=True, check=True).stdout
    top = {line.split("/")[0] for line in tracked.splitlines()} - {".gitignore"}
    patterns = [re.compile(re.escape(p).replace(r"\*", ".*") + "$") for p in SDIST]
    assert sorted(t for t in top if not any(p.match(t) for p in patterns)) == []
