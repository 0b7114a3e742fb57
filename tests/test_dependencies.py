"""Every install uses one tested set of versions, and no Qt binding that kills a long session.

PySide6-Essentials 6.12.0 drops a reference to None on every Qt call that returns nothing; on
Python 3.11 a few million calls (a day of answering questions, typing in the business search)
end in `Fatal Python error: none_dealloc`.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

from conftest import REPO

KNOWN_BAD = {"pyside6-essentials": {Version("6.12.0")}}


def pins() -> dict[str, list[Requirement]]:
    """constraints.txt as name -> its pins (one per Python version or platform when they differ)."""
    found: dict[str, list[Requirement]] = {}
    for line in (REPO / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            pin = Requirement(line)
            found.setdefault(canonicalize_name(pin.name), []).append(pin)
    return found


def declared() -> list[Requirement]:
    project = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = [req for group in project["optional-dependencies"].values() for req in group]
    return [Requirement(req) for req in project["dependencies"] + extras]


def pinned_version(pin: Requirement) -> Version:
    (spec,) = pin.specifier
    assert spec.operator == "==", f"{pin}: constraints.txt pins exact versions"
    return Version(spec.version)


def test_constraints_pin_every_declared_dependency_within_its_bounds():
    constraints = pins()
    for requirement in declared():
        name = canonicalize_name(requirement.name)
        assert name in constraints, f"{requirement.name} is declared in pyproject.toml but not pinned in constraints.txt"
        for pin in constraints[name]:
            assert requirement.specifier.contains(pinned_version(pin), prereleases=True), \
                f"constraints.txt pins {pin}, outside pyproject.toml's {requirement}"


def test_constraints_and_pyproject_exclude_the_known_bad_releases():
    constraints = pins()
    requirements = {canonicalize_name(r.name): r for r in declared()}
    for name, bad in KNOWN_BAD.items():
        for version in bad:
            assert not requirements[name].specifier.contains(version), f"pyproject.toml allows {name} {version}"
            assert all(pinned_version(pin) != version for pin in constraints[name])


# In a child process, holding spare references so that a defective binding cannot abort the test run.
NONE_DRIFT = """
import os, sys
from PySide6.QtWidgets import QApplication, QWidget
app = QApplication([])
widget = QWidget()
spare = [None] * 200_000
before = sys.getrefcount(None)
for _ in range(100_000):
    widget.setHidden(True)
print(sys.getrefcount(None) - before, flush=True)
os._exit(0)
"""


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None is immortal from Python 3.12 on")
def test_qt_calls_returning_nothing_keep_the_reference_to_none():
    run = subprocess.run([sys.executable, "-c", NONE_DRIFT], capture_output=True, text=True, timeout=120,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert run.returncode == 0, run.stderr
    drift = int(run.stdout)
    assert abs(drift) < 1_000, f"the Qt binding lost {-drift} references to None in 100,000 calls"


@pytest.mark.skipif(sys.version_info < (3, 12), reason="None is reference-counted before Python 3.12")
def test_none_is_immortal_on_python_3_12_and_newer():
    before = sys.getrefcount(None)
    refs = [None] * 10_000
    assert sys.getrefcount(None) == before >= 2**30
    del refs


def test_the_bundle_build_names_installed_versions_that_were_not_tested(tmp_path):
    sys.path.insert(0, str(REPO / "packaging"))
    import build_bundle
    from importlib.metadata import version

    constraints = tmp_path / "constraints.txt"
    constraints.write_text(f"pytest==0.0.1\n    # via tests\npackaging=={version('packaging')}\n"
                           "pluggy==0.0.1 ; sys_platform == 'no-such-platform'\nnot-installed-here==1.0\n",
                           encoding="utf-8")
    assert build_bundle.untested_versions(constraints) == [f"pytest {version('pytest')} (tested: 0.0.1)"]
