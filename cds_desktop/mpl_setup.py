"""Where matplotlib keeps its font cache: a writable per-user folder that survives restarts.

Without this, matplotlib picks ~/.matplotlib or, if that is not writable, a new temporary folder on
every start; the frozen bundle's PyInstaller runtime hook does the latter on purpose. Either way the
font list is rebuilt (about a second) each time a chart is first drawn. Call
`configure_matplotlib_cache()` before matplotlib is first imported (the GUI at start-up, the report
before its charts); it is cheap and idempotent.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV = "MPLCONFIGDIR"


def configure_matplotlib_cache() -> Path | None:
    """Point $MPLCONFIGDIR at `user_cache_dir()/matplotlib` and return that folder.

    A folder the user chose ($MPLCONFIGDIR set outside a frozen bundle) is kept. Returns None, changing
    nothing, when matplotlib is already imported (too late to move its cache) or the folder cannot be
    created (matplotlib then falls back to a temporary folder by itself).
    """
    if "matplotlib" in sys.modules:
        return None
    frozen = getattr(sys, "frozen", False)  # PyInstaller's hook set a throw-away temporary folder
    if os.environ.get(ENV) and not frozen:
        return Path(os.environ[ENV])
    from .paths import user_cache_dir

    folder = user_cache_dir() / "matplotlib"
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    if not os.access(folder, os.W_OK):
        return None
    os.environ[ENV] = str(folder)
    return folder
