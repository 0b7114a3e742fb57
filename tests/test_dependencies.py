"""Every install uses one tested set of versions on each Python tested, and no Qt binding that kills a long session.

PySide6-Essentials 6.12.0 drops a reference to None on every Qt call that returns nothing; on
Python 3.11 a few million calls (a day of answering questions, typing in the business search)
end in `Fatal Python error: none_dealloc`.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import sysconfig
import tomllib

import pytest
from packaging.markers import default_environment
from packaging.requirements import Requirement
from packaging.specifiers import SpecifierSet
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


PROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["project"]


def declared() -> list[Requirement]:
    extras = [req for group in PROJECT["optional-dependencies"].values() for req in group]
    return [Requirement(req) for req in PROJECT["dependencies"] + extras]


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


def pythons_tested() -> list[Version]:
    """The Python versions pyproject.toml says are tested (its "Programming Language :: Python :: 3.x" classifiers)."""
    return sorted(Version(c.rsplit("::", 1)[1]) for c in PROJECT.get("classifiers", [])
                  if re.fullmatch(r"Programming Language :: Python :: 3\.\d+", c))


def oldest_python_accepted() -> Version:
    (floor,) = [Version(s.version) for s in SpecifierSet(PROJECT["requires-python"]) if s.operator == ">="]
    return floor


def test_the_tested_pythons_run_from_the_oldest_one_accepted_without_a_gap():
    tested = pythons_tested()
    assert tested, "pyproject.toml names the Python versions tested, as classifiers"
    assert all(SpecifierSet(PROJECT["requires-python"]).contains(v) for v in tested), tested
    assert tested[0] == oldest_python_accepted(), f"requires-python is {PROJECT['requires-python']}, tested {tested}"
    assert [v.minor for v in tested] == list(range(tested[0].minor, tested[-1].minor + 1)), tested
    (readme,) = [line for line in (REPO / "README.md").read_text(encoding="utf-8").splitlines()
                 if line.startswith("- From source:")]
    assert f"tested on {', '.join(map(str, tested[:-1]))} and {tested[-1]}" in readme, readme


def test_constraints_are_compiled_for_every_python_from_the_oldest_one_accepted():
    """A pin compiled for a newer floor may have no build for the oldest Python accepted; one compiled without
    --universal pins only the Python and platform it was compiled on."""
    floor = f"--python-version {oldest_python_accepted()}"
    header = (REPO / "constraints.txt").read_text(encoding="utf-8").split("\n", 3)[1]
    (readme,) = [line for line in (REPO / "README.md").read_text(encoding="utf-8").splitlines()
                 if line.startswith("uv pip compile")]
    for command in (header, readme):
        assert floor in command and "--universal" in command, command


PLATFORMS = {
    "Windows": {"sys_platform": "win32", "platform_system": "Windows", "os_name": "nt"},
    "Linux": {"sys_platform": "linux", "platform_system": "Linux", "os_name": "posix"},
    "macOS": {"sys_platform": "darwin", "platform_system": "Darwin", "os_name": "posix"},
}


@pytest.mark.parametrize("platform", PLATFORMS)
def test_each_tested_python_gets_one_pin_of_every_library(platform):
    """The install on each Python tested takes its versions from constraints.txt: not an untested one because
    no pin applies to that Python, not a clash because two do."""
    constraints = pins()
    for python in pythons_tested():
        environment = {**default_environment(), **PLATFORMS[platform], "implementation_name": "cpython",
                       "platform_python_implementation": "CPython",
                       "python_version": str(python), "python_full_version": f"{python}.0"}
        applying = {name: [p for p in found if p.marker is None or p.marker.evaluate(environment)]
                    for name, found in constraints.items()}
        for name, found in applying.items():
            assert len(found) <= 1, f"Python {python} on {platform}: {found}"
        for requirement in declared():
            if requirement.marker is None or requirement.marker.evaluate(environment):
                assert applying.get(canonicalize_name(requirement.name)), \
                    f"Python {python} on {platform}: constraints.txt pins no version of {requirement.name}"


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


# What a Qt call returning nothing does under a binding like 6.12.0: Python lets go of a reference to None that
# the binding never took, 100,000 times. `held` references were first counted by hand, as an extension built for an
# older stable ABI (shiboken6 and PySide6 are built for 3.10's) counts them: past the value that marks None immortal,
# so that None's count moves again (2**32 + 8424 in a test run on 3.13 with Qt, numpy and OpenCV loaded).
DROPPED_REFERENCES = """
import ctypes, os, sys
ctypes.c_ssize_t.from_address(id(None)).value += {held}
for _ in range(100_000):
    ctypes.pythonapi.Py_DecRef(ctypes.py_object(None))
print(sys.getrefcount(None), flush=True)
os._exit(0)
"""


@pytest.mark.skipif(sys.version_info < (3, 12), reason="None is reference-counted before Python 3.12")
@pytest.mark.skipif(bool(sysconfig.get_config_var("Py_GIL_DISABLED")), reason="another object layout")
@pytest.mark.parametrize("held", [0, 10_000])
def test_none_outlives_references_dropped_on_python_3_12_and_newer(held):
    run = subprocess.run([sys.executable, "-c", DROPPED_REFERENCES.format(held=held)], capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert int(run.stdout) >= 2**31, "None is counted again: a binding that drops references to it can free it"


def test_the_bundle_build_names_installed_versions_that_were_not_tested(tmp_path):
    sys.path.insert(0, str(REPO / "packaging"))
    import build_bundle
    from importlib.metadata import version

    constraints = tmp_path / "constraints.txt"
    constraints.write_text(f"pytest==0.0.1\n    # via tests\npackaging=={version('packaging')}\n"
                           "pluggy==0.0.1 ; sys_platform == 'no-such-platform'\nnot-installed-here==1.0\n",
                           encoding="utf-8")
    assert build_bundle.untested_versions(constraints) == [f"pytest {version('pytest')} (tested: 0.0.1)"]
