"""PyInstaller entry point of the windowed `cds-desktop` executable (same as the gui-script)."""

import sys

from cds_desktop.mpl_setup import configure_matplotlib_cache

# PyInstaller's matplotlib hook points the font cache at a new temporary folder on every start; keep
# one per user instead, before any chart imports matplotlib.
configure_matplotlib_cache()

from cds_desktop.__main__ import main  # noqa: E402

sys.exit(main())
