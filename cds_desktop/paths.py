"""Where the app's files are: shipped data (instrument, catalogs, fonts, translations) and user data.

One place decides, so a source checkout, an editable install, a wheel in a fresh virtual
environment and a frozen (PyInstaller) bundle all find the same files.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

APP_NAME = "CDS Desktop"
APP_AUTHOR = "CDS"
DATA_DIR_ENV = "CDS_DESKTOP_DATA_DIR"
CACHE_DIR_ENV = "CDS_DESKTOP_CACHE_DIR"

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def _shipped_root() -> Path:
    """The folder holding `assessments/` and `resources/`."""
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root))
    candidates.append(_PACKAGE_DIR / "_data")  # wheel: data carried inside the package
    candidates.append(_PACKAGE_DIR.parent)  # source checkout or editable install
    for root in candidates:
        if (root / "assessments").is_dir():
            return root
    raise FileNotFoundError(
        "CĐS Desktop data files (assessments/) not found; tried: "
        + ", ".join(str(c) for c in candidates)
    )


def assessments_dir() -> Path:
    return _shipped_root() / "assessments"


def resources_dir() -> Path:
    return _shipped_root() / "resources"


def instruments_dir() -> Path:
    return assessments_dir() / "instruments"


def policies_dir() -> Path:
    return assessments_dir() / "policies"


def schemas_dir() -> Path:
    return assessments_dir() / "schemas"


def fonts_dir() -> Path:
    return resources_dir() / "fonts"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def user_data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """The database folder: an explicit override, then $CDS_DESKTOP_DATA_DIR, then the platform's."""
    if override:
        return Path(override).expanduser()
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR, roaming=True))


# The data folder's own files: the database, the writer's lock and the folders of backups and catalog updates.
DB_NAME = "cds-desktop.json"
LOCK_NAME = "cds-desktop.lock"
BACKUP_FOLDER = "backups"
CATALOG_FOLDER = "catalog"


def in_a_data_folder(path: str | os.PathLike[str]) -> bool:
    """Whether writing `path` would replace a data folder's own file (any data folder: the one in use, another
    chosen with --data-dir, a copy): its database or lock, or a file among its backups or catalog updates. A data
    folder is known by its lock file (or backups). The last part is not followed as a link: a write replaces the
    link itself, not what it points to."""
    target = Path(os.path.realpath(Path(path).expanduser().parent)) / Path(path).name

    def data_folder(folder: Path) -> bool:
        return (folder / LOCK_NAME).is_file() or (folder / BACKUP_FOLDER).is_dir()

    if target.name.casefold() in (DB_NAME, LOCK_NAME) and data_folder(target.parent):
        return True
    return any(folder.name.casefold() in (BACKUP_FOLDER, CATALOG_FOLDER) and data_folder(folder.parent)
               for folder in list(target.parents)[:3])


def user_log_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))


def user_cache_dir() -> Path:
    """Disposable files (matplotlib's font cache, report previews); $CDS_DESKTOP_CACHE_DIR overrides it."""
    env = os.environ.get(CACHE_DIR_ENV)
    if env:
        return Path(env).expanduser()
    import platformdirs

    return Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR))

