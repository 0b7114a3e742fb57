"""Build the one-folder bundle: `python packaging/build_bundle.py [--dist DIR] [--work DIR]`.

Writes DIST/cds-desktop/ (default dist/cds-desktop/ in the checkout) with the executables `cds-desktop`
(windowed) and `cds-cli` (console), `.exe` on Windows. Build from the tested versions:
`python -m pip install -c constraints.txt ".[bundle]"`; the build refuses other installed versions
unless `--allow-untested`.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "cds_desktop.spec"
CONSTRAINTS = ROOT / "constraints.txt"
NAME = "cds-desktop"


def executable(bundle: Path, name: str) -> Path:
    return bundle / (f"{name}.exe" if sys.platform == "win32" else name)


def untested_versions(constraints: Path = CONSTRAINTS) -> list[str]:
    """Installed distributions whose version is not the one pinned for this platform in `constraints`."""
    from importlib.metadata import PackageNotFoundError, version

    from packaging.requirements import Requirement

    differing = []
    for line in constraints.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if not line:
            continue
        pin = Requirement(line)
        if pin.marker is not None and not pin.marker.evaluate():
            continue
        (tested,) = pin.specifier
        try:
            installed = version(pin.name)
        except PackageNotFoundError:
            continue  # not installed, so not bundled (PyInstaller fails on a missing app dependency)
        if installed != tested.version:
            differing.append(f"{pin.name} {installed} (tested: {tested.version})")
    return differing


def build(dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec; return the bundle folder. Raises CalledProcessError on failure."""
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work), str(SPEC)], check=True, cwd=ROOT)
    return dist / NAME


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's work folder (default: build/)")
    parser.add_argument("--allow-untested", action="store_true",
                        help="build even when installed versions differ from constraints.txt")
    args = parser.parse_args(argv)
    untested = untested_versions()
    if untested and not args.allow_untested:
        print("Installed versions differ from the tested set in constraints.txt:\n  " + "\n  ".join(untested)
              + '\nInstall the tested set: python -m pip install -c constraints.txt ".[bundle]"', file=sys.stderr)
        return 1
    try:
        bundle = build(args.dist.resolve(), args.work.resolve())
    except subprocess.CalledProcessError as failed:
        print(f"PyInstaller failed (exit {failed.returncode}); see its messages above.", file=sys.stderr)
        return 1
    size = sum(f.stat().st_size for f in bundle.rglob("*") if f.is_file() and not f.is_symlink())
    print(f"Built {bundle} ({size / 2**20:.0f} MB): {executable(bundle, 'cds-desktop').name}, "
          f"{executable(bundle, 'cds-cli').name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
