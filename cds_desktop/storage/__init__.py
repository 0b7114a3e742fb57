"""The local database (TinyDB, written atomically, with backups) and the files carried between machines.

Qt-free: the GUI and the CLI both use `Repository`; nothing else touches TinyDB.
"""

from .backups import BackupInfo
from .lock import StoreBusy, Unreadable, Unwritable
from .migrations import NewerDatabase
from .records import AreaFigure, AssessmentSummary
from .repository import BusinessEntry, Damage, HealthReport, Repository, StoredProblems

__all__ = ["AreaFigure", "AssessmentSummary", "BackupInfo", "BusinessEntry", "Damage", "HealthReport",
           "NewerDatabase", "Repository", "StoreBusy", "StoredProblems", "Unreadable", "Unwritable"]
