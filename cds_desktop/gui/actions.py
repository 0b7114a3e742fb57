"""What the user does to businesses: create, edit, delete, merge two entries of one business, add the sample,
import files, save one business or all of them to a bundle file, recover the data, restore a backup.

Every store call goes through `guarded`: a problem the user can act on becomes a plain message in
their language, and the stored data stays as it was. What the window holds changes only through the
session (`gui/session.py`); where to go next is asked with `viewRequested`.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Callable, TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLabel, QMessageBox, QWidget

from ..errors import InputError
from ..storage import BackupInfo, Damage
from ..storage.exchange import (BundleContents, add_sample, bundle_contents, conflicts, import_assessments,
                                read_labelled, write_bundle)
from . import dialogs
from .businesses.form import BusinessDialog
from .language import current
from .tasks import Operation

if TYPE_CHECKING:
    from ..domain.business import Business
    from .session import Session

T = TypeVar("T")


class BusinessActions(QObject):
    viewRequested = Signal(str)  # a section of the window to show

    def __init__(self, session: "Session", window: QWidget):
        """`window`: the parent of the dialogs."""
        super().__init__(window)
        self.session = session
        self.window = window
        self.export: Operation | None = None  # the bundle being written, if any

    @property
    def repo(self):
        return self.session.repo

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
                self.session.businesses_changed(stored.id)
                self.viewRequested.emit("businesses")

    def edit_business(self, business: "Business") -> None:
        dialog = BusinessDialog(business, self.window)
        if dialog.exec() and dialog.result_business is not None:
            stored = self.guarded(lambda: self.repo.update_business(dialog.result_business))
            if stored is not None:
                self.session.businesses_changed(stored.id)

    def delete_business(self, business: "Business") -> None:
        count = len(self.repo.assessments_of(business.id))
        message = (self.tr("Delete “{business}” and its assessment?") if count == 1 else
                   self.tr("Delete “{business}” and its {count} assessments?")).format(business=business.name,
                                                                                       count=count)
        details = self.tr("A backup of the data as it was before is kept in the data folder, so it can be restored.")
        if dialogs.confirm(self.window, self.tr("Delete business"), message, self.tr("Delete"), details):
            self.session.autosave.flush()  # the last change is saved first, hence kept in the backup the deletion makes
            if self.guarded(lambda: self.repo.delete_business(business.id) or True):
                self.session.business_deleted(business.id)

    def merge_business(self, keep: "Business") -> None:
        """Merge another entry of the same business into `keep` (storage/merge.py): choose it, read what will
        move and which stages change, confirm. The assessment in hand is saved first, then put down."""
        others = [b for b in self.repo.businesses() if b.id != keep.id]
        if not others:
            return
        other = self._choose_other(keep, others)
        if other is None:
            return
        self._merge(keep, other, self.tr("Merge “{other}” into “{keep}”?").format(other=other.name, keep=keep.name))

    def _merge(self, keep: "Business", other: "Business", question: str, no: str = "") -> None:
        """Ask `question` with what the merge will do, then merge (`no`: the answer that does not merge)."""
        self.session.autosave.flush()  # the last change is saved first, hence moved and kept in the backup
        plan = self.guarded(lambda: self.repo.plan_merge(keep.stored_id, other.stored_id))
        if plan is None:
            return
        if not dialogs.confirm(self.window, self.tr("Merge businesses"), question, self.tr("Merge"),
                               details=plan.describe(current(), heading=False), no=no):
            return
        if self.guarded(lambda: self.repo.merge_businesses(keep.stored_id, other.stored_id)) is not None:
            self.session.businesses_merged(keep.stored_id)
            dialogs.inform(self.window, self.tr("Merge finished"), self.tr(
                "“{other}” was merged into “{keep}”. To undo, restore the backup “Before a merge” in Settings.")
                .format(other=other.name, keep=keep.name))

    def _choose_other(self, keep: "Business", others: list["Business"]) -> "Business | None":
        dialog = QInputDialog(self.window)
        dialog.setWindowTitle(self.tr("Merge with another business"))
        dialog.setLabelText(self.tr("The entry to merge into “{keep}”. Its assessments move to “{keep}”, whose profile "
                                    "stays as it is; then it is removed.").format(keep=keep.name))
        labels = [b.name + (f" ({b.tax_code})" if b.tax_code else "") + (f" – {b.commune}" if b.commune else "")
                  for b in others]
        labels = [f"{label} · {b.stored_id[:8]}" if labels.count(label) > 1 else label  # the same name twice
                  for label, b in zip(labels, others)]
        dialog.setComboBoxItems(labels)
        dialog.setComboBoxEditable(False)
        dialog.setOkButtonText(dialogs.ok_text())
        dialog.setCancelButtonText(dialogs.cancel_text())
        for label in dialog.findChildren(QLabel):  # the explanation wraps: the box fits a small screen
            label.setWordWrap(True)
            label.setMinimumWidth(420)  # the dialog keeps its contents' size: wide enough for a name and commune
        if not dialog.exec():
            return None
        chosen = dialog.textValue()
        return others[labels.index(chosen)] if chosen in labels else None

    def add_sample(self) -> None:
        summary = self.guarded(lambda: add_sample(self.repo))
        if summary is not None:
            self.session.businesses_changed(summary.business_id)
            self.viewRequested.emit("businesses")

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
            self.session.businesses_changed(first)
            self.viewRequested.emit("businesses")
            dialogs.inform(self.window, self.tr("Import finished"), report.render(current()))
            for suggested in report.suggested_merges():
                self._offer_merge(suggested.keep_id, suggested.other_id)

    def _offer_merge(self, keep_id: str, other_id: str) -> None:
        """The file holds assessments of `keep_id` that are stored here under `other_id`: the other laptop
        merged the two entries. Offer the same merge here; not merging is the default (nothing is lost:
        the action stays on the business)."""
        known = {b.stored_id: b for b in self.repo.businesses()}
        keep, other = known.get(keep_id), known.get(other_id)
        if keep is None or other is None:  # an earlier answer merged one of them already
            return
        question = self.tr("On the other laptop, the assessments of “{other}” belong to “{keep}”: the two entries "
                           "were probably merged there. Merge them here too?").format(other=other.name, keep=keep.name)
        self._merge(keep, other, question, no=self.tr("Not now"))

    # -- consultant exchange: a business, or all of them, in one bundle file ------------------------
    def export_business(self, business: "Business") -> None:
        contents = self._bundle(business)
        if contents:  # a refusal or "nothing to save" comes before the file dialog, not after a file is chosen
            path = self._bundle_path(self.tr("Save “{name}” to a file").format(name=business.name), business.name)
            if path is not None:
                self.export_to(path, business, contents)

    def export_all(self) -> None:
        contents = self._bundle()
        if contents:
            path = self._bundle_path(self.tr("Save all businesses to a file"), self.tr("all-businesses"))
            if path is not None:
                self.export_to(path, None, contents)

    def _bundle_path(self, title: str, name: str) -> Path | None:
        import re

        from ..i18n import fold_diacritics

        stem = re.sub(r"[^a-z0-9]+", "-", fold_diacritics(name)).strip("-")[:60] or "cds"
        path, _ = QFileDialog.getSaveFileName(self.window, title, str(Path.home() / f"{stem}.json"),
                                              self.tr("Assessment files (*.json)"))
        return Path(path) if path else None

    def _bundle(self, business: "Business | None" = None) -> BundleContents | None:
        """What a bundle of `business` (None: of every business) would hold, read from the store now; None, with
        the reason shown, when there is nothing to save or a business in it would be refused on import, unless
        other businesses can go and the user chooses to save those (the contents then name the ones left out)."""
        contents = self.guarded(lambda: bundle_contents(self.repo, business.id if business is not None else None))
        if contents is None:
            return None
        if contents.others_can_travel:
            return contents if self._leave_out(contents) else None
        if self.guarded(contents.to_write) is None:  # refused: each business, what is wrong and how to fix it
            return None
        if not contents.files:
            dialogs.inform(self.window, self.tr("Nothing to save"), self.tr(
                "There is no assessment to save yet: a file carries assessments with their business. "
                "Start an assessment first."))
            return None
        return contents

    def _left_out_lines(self, contents: BundleContents) -> str:
        """Each business left out: its name, what is wrong and how to fix it."""
        return "\n".join(line for stored in contents.left_out for line in stored.lines(current()))

    def _leave_out(self, contents: BundleContents) -> bool:
        """Some businesses would make every computer refuse the whole file: ask whether to save the others without
        them, naming each one left out. Cancel is the default; nothing stored changes either way."""
        others = contents.businesses
        names = self._names(contents)  # in the first line: a long message shows only it, the rest under "Details"
        question = (self.tr("Save the other business to the file? Not in it: {names} (every computer would refuse "
                            "them on import).") if others == 1 else
                    self.tr("Save the other {count} businesses to the file? Not in it: {names} (every computer would "
                            "refuse them on import).")).format(count=others, names=names)
        if all(stored.fix is None for stored in contents.left_out):  # their details alone: the business form
            fix = self.tr("Their details must be corrected first (“Edit”), then they can be saved; nothing stored "
                          "changes.")
        else:  # an assessment an import refuses (a day an earlier version stored): the lines below say where
            fix = self.tr("What is named below must be corrected first, then they can be saved; nothing stored "
                          "changes.")
        yes = (self.tr("Save the other business") if others == 1 else
               self.tr("Save the other {count} businesses").format(count=others))
        return dialogs.confirm(self.window, self.tr("Some businesses cannot go in the file"), question, yes,
                               details=f"{fix}\n\n{self._left_out_lines(contents)}")

    @staticmethod
    def _names(contents: BundleContents) -> str:
        return ", ".join(stored.business.name for stored in contents.left_out)

    def export_to(self, path: Path, business: "Business | None" = None,
                  contents: BundleContents | None = None) -> Operation | None:
        """Write every assessment of `business` (None: of every business) as one bundle, the file the
        command line's export-bundle writes and any copy of the app imports. The store is read on the GUI
        thread (here, or before the file was chosen: `contents`); the worker only writes that snapshot, whole or
        not at all."""
        if self.export is not None and self.export.running:
            return None
        contents = contents if contents is not None else self._bundle(business)
        if contents is None:
            return None
        files = contents.files
        empty = 0 if business is not None else \
            len(self.repo.businesses()) - contents.businesses - len(contents.left_out)
        self.export = Operation(lambda: write_bundle(files, path), "bundle export", self)
        self.export.finished.connect(lambda count: self._exported(path, count, empty, contents))
        self.export.failed.connect(lambda message: dialogs.warn(self.window, self.tr("The file was not saved"), self.tr(
            "Nothing was written; the data on this computer is unchanged."), message))
        self.export.start()
        return self.export

    def _exported(self, path: Path, count: int, empty: int, contents: BundleContents) -> None:
        """Says what the file holds, and what it does not: businesses with no assessment, and those left out."""
        message = (self.tr("1 assessment saved in {path}. Open it on another computer with “Import a file…”.")
                   if count == 1 else
                   self.tr("{count} assessments saved in {path}. Open it on another computer with “Import a file…”."))\
            .format(count=count, path=path)
        if contents.left_out:
            message += "\n" + self.tr("Not in the file, to correct first with “Edit”: {names}.").format(
                names=self._names(contents))
        if empty:
            message += "\n" + (self.tr("1 business with no assessment yet is not in the file.") if empty == 1 else
                               self.tr("{count} businesses with no assessment yet are not in the file.")) \
                .format(count=empty)
        dialogs.inform(self.window, self.tr("File saved"), message, details=self._left_out_lines(contents))

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
        self.session.autosave.flush()  # the draft being answered is saved, hence kept in the backup the restore makes
        if self.guarded(lambda: self.repo.restore_backup(backup.name)) is None:
            return
        self.session.data_replaced()
        dialogs.inform(self.window, self.tr("Backup restored"), self.tr("The data is back as it was on {when}.").format(
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
