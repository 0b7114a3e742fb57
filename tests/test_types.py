"""Everything outside the window type-checks ([tool.mypy] in pyproject.toml), so CI, which runs only
pytest, keeps it so."""

import hashlib
import subprocess
import sys
import tempfile
from pathlib import Path

from conftest import REPO


def test_the_core_type_checks_without_errors():
    # A cache per checkout in the temp folder: a second run takes seconds, not the whole check again.
    cache = Path(tempfile.gettempdir()) / f"cds-desktop-mypy-{hashlib.sha1(str(REPO).encode()).hexdigest()[:10]}"
    run = subprocess.run([sys.executable, "-m", "mypy", "--cache-dir", str(cache), "--no-error-summary"],
                         cwd=REPO, capture_output=True, text=True, timeout=600)
    assert run.returncode == 0, f"mypy found errors (run `python -m mypy` in the checkout):\n{run.stdout}{run.stderr}"
