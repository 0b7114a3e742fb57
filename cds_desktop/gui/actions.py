"""What the user does to businesses: create, edit, delete, add the sample, import files, recover the data,
restore a backup.

Every store call goes through `guarded`: a problem the user can act on becomes a plain message in
their language, and the stored data stays as it was.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable, TypeVar

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMessageBox

from ..errors import InputError
from ..storage import BackupInfo, Damage
from ..storage.exchange import add_sample, conflicts, import_assessments, read_labelled
from . import dialogs
from .businesses.form import BusinessDialog
from .language import current

if TYPE_CHECKING:
    from ..domain.business import Business
    from .main_window import MainWindow

T = TypeVar("T")


class BusinessActions(QObject):
    def __init__(self, window: "MainWindow"):
        super().__init__(window)
        self.window = window

    @property
    def repo(self):
        return self.window.repo

    def guarded(self, action: Callable[[], T]) -> T | None:
        try:
            return action()
        except InputError as error:
            dialogs.warn(self.window, self.tr("That did not work"), error.render(current()))
            return None

    def new_business(self) -> None:
        dialog = BusinessDialog(None, self.window)
        if dialog.exec() and dialog.result_business is not None:
            stored = self.guarded(lambda: self.repo.add_business(dialog.result_business))
            if stored is not None:
                self.window.refresh(stored.id)
                self.window.show_view("businesses")

    def edit_business(self, business: "Business") -> None:
        dialog = BusinessDialog(business, self.window)
        if dialog.exec() and dialog.result_business is not None:
            stored = self.guarded(lambda: self.repo.update_business(dialog.result_business))
            if stored is not None:
                self.window.refresh(stored.id)

    def delete_business(self, business: "Business") -> None:
        count = len(self.repo.assessments_of(business.id))
        message = self.tr("Delete “{business}” and its {count} assessment(s)?").format(
            business=business.name, count=count)
        details = self.tr("A backup of the data as it was before is kept in the data folder, so it can be restored.")
        if dialogs.confirm(self.window, self.tr("Delete business"), message, self.tr("Delete"), details):
            if self.guarded(lambda: self.repo.delete_business(business.id) or True):
                self.window.business = None
                self.window.settings.last_business = ""
                self.window.refresh()

    def add_sample(self) -> None:
        summary = self.guarded(lambda: add_sample(self.repo))
        if summary is not None:
            self.window.refresh(summary.business_id)
            self.window.show_view("businesses")

    def import_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self.window, self.tr("Import assessment files"), str(Path.home()),
            self.tr("Assessment files (*.json)"))
        if paths:
            self.import_paths([Path(p) for p in paths])

    def import_paths(self, paths: list[Path]) -> None:
        """Check every file first; nothing is stored if any of them is wrong."""
        files = self.guarded(lambda: read_labelled(paths))
        if not files:
            return
        on_conflict = "skip"
        existing = conflicts(self.repo, files)
        if existing:
            on_conflict = self._ask_conflict(existing)
            if on_conflict is None:
                return
        report = self.guarded(lambda: import_assessments(self.repo, files, on_conflict))
        if report is not None:
            first = (report.businesses_added + report.businesses_matched or [None])[0]
            self.window.refresh(first)
            self.window.show_view("businesses")
            dialogs.inform(self.window, self.tr("Import finished"), report.render(current()))

    def _ask_conflict(self, count: int) -> str | None:
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Already stored"), self.tr(
            "{count} of these assessments are already stored on this computer. What should be done with them?").format(
            count=count), QMessageBox.StandardButton.NoButton, self.window)
        choices = {
            box.addButton(self.tr("Keep the stored ones"), QMessageBox.ButtonRole.AcceptRole): "skip",
            box.addButton(self.tr("Replace them"), QMessageBox.ButtonRole.DestructiveRole): "replace",
            box.addButton(self.tr("Keep both"), QMessageBox.ButtonRole.ActionRole): "keep-both",
        }
        cancel = box.addButton(dialogs.cancel_text(), QMessageBox.ButtonRole.RejectRole)
        box.setEscapeButton(cancel)
        box.exec()
        return choices.get(box.clickedButton())

    def restore_backup(self, backup: BackupInfo) -> None:
        """Make a backup the data, after confirmation; the data as it is now is kept as a backup first."""
        from .settings_view import backup_time

        when = backup_time(backup.taken_at)
        message = self.tr("Restore the data as it was on {when}?").format(when=when)
        details = self.tr("Every business and assessment goes back to how it was on {when}; changes made since then "
                          "are replaced. The data as it is now is first kept as a backup (“Before a restore”), "
                          "so you can go back to it.").format(when=when)
        if not dialogs.confirm(self.window, self.tr("Restore a backup"), message, self.tr("Restore"),
                               details=details):
            return
        window = self.window
        window.autosave.flush()  # the draft being answered is saved, hence kept in the backup the restore makes
        if self.guarded(lambda: self.repo.restore_backup(backup.name)) is None:
            return
        business_id = window.business.id if window.business is not None else None
        window.close_assessment()
        window.settings.last_assessment = ""
        window.business = None
        window.refresh(business_id)
        dialogs.inform(window, self.tr("Backup restored"), self.tr("The data is back as it was on {when}.").format(
            when=when))

    def recover(self, damage: Damage) -> None:
        """The data file could not be read at start: offer the newest good backup (nothing was deleted)."""
        message = damage.message()[current()]
        if damage.good_backup is not None and dialogs.confirm(
                self.window, self.tr("The data file is damaged"), message, self.tr("Restore the backup")):
            if self.guarded(lambda: self.repo.restore_backup(damage.good_backup.name)) is not None:
                return
        elif damage.good_backup is None:
            dialogs.warn(self.window, self.tr("The data file is damaged"), message)
        self.guarded(self.repo.start_empty)
