"""The core (domain, storage, report, CLI) never imports Qt, and no import climbs a layer (pyproject.toml)."""

import os
import pkgutil
import subprocess
import sys
import tomllib

import cds_desktop

from conftest import REPO

CORE = sorted(f"cds_desktop.{m.name}" for m in pkgutil.iter_modules(cds_desktop.__path__)
              if m.name not in ("gui", "__main__", "_data"))


def _contracts():
    return tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["importlinter"]["contracts"]


def _contract():
    return _contracts()[0]


def test_the_contract_covers_every_core_module():
    assert sorted(_contract()["source_modules"]) == CORE


def test_every_module_has_its_place_in_the_layers():
    layers, = (c for c in _contracts() if c["type"] == "layers")
    placed = sorted(name.strip() for layer in layers["layers"] for name in layer.split("|"))
    top = sorted(m.name for m in pkgutil.iter_modules(cds_desktop.__path__) if m.name != "_data")
    assert placed == top


def test_import_linter_contract_holds():
    lint = subprocess.run([sys.executable, "-c", "import sys; from importlinter.cli import lint_imports_command;"
                           " sys.exit(lint_imports_command())", "--no-cache"],
                          cwd=REPO, capture_output=True, text=True)
    assert lint.returncode == 0, lint.stdout + lint.stderr


def test_importing_every_core_module_loads_no_qt():
    modules = [f"{pkg}" for pkg in CORE]
    for package in CORE:
        spec = __import__(package, fromlist=["_"])
        if hasattr(spec, "__path__"):
            modules += [f"{package}.{m.name}" for m in pkgutil.walk_packages(spec.__path__)
                        if not m.name.endswith("__main__")]
    code = ("import importlib, sys\n"
            f"for m in {modules!r}: importlib.import_module(m)\n"
            "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('PySide6', 'shiboken6'))\n"
            "print(bad); sys.exit(1 if bad else 0)")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_every_window_package_imports_first_on_its_own():
    # Importing the comparison before the results failed: the results package imported its page, which
    # imports the comparison, which was still half-imported. The window's own order hid it.
    import cds_desktop.gui

    packages = sorted(f"cds_desktop.gui.{m.name}" for m in pkgutil.iter_modules(cds_desktop.gui.__path__) if m.ispkg)
    assert "cds_desktop.gui.comparison" in packages
    for package in packages:
        run = subprocess.run([sys.executable, "-c", f"import {package}"], capture_output=True, text=True,
                             env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        assert run.returncode == 0, package + "\n" + run.stderr[-2000:]
