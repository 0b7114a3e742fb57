"""What a source release carries: the licence pyproject.toml names, and every folder needed to test,
benchmark, build the bundle and run CI."""

import re
import subprocess
import tomllib

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

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


# Libraries whose internals the code relies on, so their next major release must be tried on purpose.
INTERNALS = {
    "tinydb": "storage/durable.py subclasses TinyDB's storage and table",
    "reportlab": "report/fonts.py and report/blocks.py subclass its TTFont and Paragraph (line breaking, widths)",
    "pyinstaller": "packaging/cds_desktop.spec and the bundle layout (_internal/)",
}


def requirements(group: str | None = None) -> dict[str, Requirement]:
    project = PYPROJECT["project"]
    listed = project["dependencies"] if group is None else project["optional-dependencies"][group]
    return {canonicalize_name(Requirement(r).name): Requirement(r) for r in listed}


def test_libraries_whose_internals_we_use_have_an_upper_bound():
    declared = requirements() | requirements("test") | requirements("bundle")
    for name, why in INTERNALS.items():
        assert any(s.operator in ("<", "<=", "~=", "==") for s in declared[name].specifier), f"{name}: {why}"


def test_the_bundle_tools_are_in_their_own_extra_only():
    assert "pyinstaller" in requirements("bundle")
    assert "pyinstaller" not in requirements() and "pyinstaller" not in requirements("test")
