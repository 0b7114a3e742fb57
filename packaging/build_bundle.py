"""Build the one-folder bundle: `python packaging/build_bundle.py [--dist DIR] [--work DIR]`.

Writes DIST/cds-desktop/ (default dist/cds-desktop/ in the checkout) with the executables `cds-desktop`
(windowed) and `cds-cli` (console), `.exe` on Windows. Needs PyInstaller (`pip install ".[bundle]"`).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "cds_desktop.spec"
NAME = "cds-desktop"


def executable(bundle: Path, name: str) -> Path:
    return bundle / (f"{name}.exe" if sys.platform == "win32" else name)


def build(dist: Path, work: Path) -> Path:
    """Run PyInstaller on the spec; return the bundle folder. Raises CalledProcessError on failure."""
    subprocess.run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
                    "--distpath", str(dist), "--workpath", str(work), str(SPEC)], check=True, cwd=ROOT)
    return dist / NAME


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=ROOT / "dist", help="output folder (default: dist/)")
    parser.add_argument("--work", type=Path, default=ROOT / "build", help="PyInstaller's work folder (default: build/)")
    args = parser.parse_args(argv)
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
