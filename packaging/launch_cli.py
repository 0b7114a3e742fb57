"""PyInstaller entry point of the console `cds-cli` executable (same as the console script)."""

import sys

from cds_desktop.cli import program

sys.exit(program())
