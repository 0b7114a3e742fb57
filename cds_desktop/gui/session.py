"""What the window is working on: the business and the assessment in hand, and whether it may be changed.

`Session` is the only writer of that state; views and actions observe its signals and call its methods,
they never set it themselves. The rules of an assessment's life (completing, amending, the status a
save keeps) are the domain's (`domain/assessment.py`); this object only applies them to the assessment
in hand and remembers where the user was (the settings' last business and assessment). Its methods
raise `InputError` for the caller to show: it has no widgets.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from .autosave import Autosave
from .language import current

if TYPE_CHECKING:  # the domain and the storage load after the first frame (see app.py)
    from ..domain.assessment import Assessment
    from ..domain.business import Business
    from ..storage import Repository
    from .settings import AppSettings


class Session(QObject):
    businessChanged = Signal(object)  # Business | None: chosen, or its assessments changed
    assessmentChanged = Signal(object)  # Assessment | None: another one opened, closed, or stored anew
    businessesChanged = Signal(str)  # the store's businesses changed; the id to show ("" for none)

    def __init__(self, settings: AppSettings, parent: QObject | None = None):
        super().__init__(parent)
        self.settings = settings
        self.repo: Repository | None = None  # set by attach() once the data is open
        self._business: Business | None = None
        self._assessment: Assessment | None = None
        self._amending = ""  # the completed assessment the user chose to edit (until another one opens)
        self.autosave = Autosave(self._save_draft, lambda error: error.render(current()), self)

    def attach(self, repo: Repository) -> None:
        self.repo = repo

    # -- reading -------------------------------------------------------------------------------
    @property
    def business(self) -> Business | None:
        return self._business

    @property
    def assessment(self) -> Assessment | None:
        return self._assessment

    @property
    def read_only(self) -> bool:
        """The data cannot be changed (the folder is not writable)."""
        return self.repo is None or self.repo.read_only

    @property
    def locked(self) -> bool:
        """The assessment in hand is completed and opens locked: finished means finished until amended."""
        a = self._assessment
        return a is not None and a.status == "completed" and a.id != self._amending

    # -- the business --------------------------------------------------------------------------
    def choose_business(self, business: Business | None) -> None:
        if business is not None and (self._business is None or business.id != self._business.id):
            self.close_assessment()
        self._business = business
        if business is not None:
            self.settings.last_business = business.id
        self.businessChanged.emit(business)

    def businesses_changed(self, show_id: str | None = None) -> None:
        """Businesses were added, changed or imported: the list is read again, `show_id` chosen."""
        self.businessesChanged.emit(show_id or "")

    def business_deleted(self, business_id: str) -> None:
        if self._business is not None and self._business.id == business_id:
            self.close_assessment()
            self.autosave.discard()  # a change still unsaved has no business to go to now
            self._business = None
            self.settings.last_business = ""
        self.businesses_changed()

    def businesses_merged(self, keep_id: str) -> None:
        """Another entry was merged into `keep_id`: assessments moved and stages may have changed, so nothing in
        hand is kept (its last change was saved before the merge; an autosave now would write an old stage)."""
        self.close_assessment()
        self.autosave.discard()
        self.settings.last_assessment = ""
        self._business = None
        self.businesses_changed(keep_id)

    def data_replaced(self) -> None:
        """The whole store changed under the window (a backup restored): nothing in hand survives."""
        business_id = self._business.id if self._business is not None else None
        self.close_assessment()
        self.autosave.discard()  # the user chose the data as it was: a change not saved by now goes with the rest
        self.settings.last_assessment = ""
        self._business = None
        self.businesses_changed(business_id)

    # -- the assessment ------------------------------------------------------------------------
    def open(self, business: Business, assessment: Assessment) -> None:
        self.autosave.flush()
        self._business, self._assessment, self._amending = business, assessment, ""
        self.settings.last_business, self.settings.last_assessment = business.id, assessment.id
        self.businessChanged.emit(business)  # its list of assessments may have a new one
        self.assessmentChanged.emit(assessment)

    def close_assessment(self) -> None:
        self.autosave.flush()
        if self._assessment is not None:
            self._assessment = None
            self.assessmentChanged.emit(None)

    def edited(self, assessment: Assessment) -> None:
        """The questionnaire changed the assessment in hand (it shows it already); saved shortly."""
        self._assessment = assessment
        self.autosave.changed(assessment)

    def _save_draft(self, assessment: Assessment) -> Assessment:
        from ..domain.assessment import status_to_save
        from ..domain.instrument import find_instrument

        instrument = find_instrument(assessment.instrument_id, assessment.instrument_version)
        return self.repo.save_assessment(self._business.id, status_to_save(instrument, self._business, assessment))

    def store(self, assessment: Assessment) -> Assessment:
        """Save a change made outside the questionnaire (the consultant's targets); the in-hand copy follows."""
        stored = self.repo.save_assessment(self._business.id, assessment)
        if self._assessment is not None and self._assessment.id == stored.id:
            self._assessment = stored
            self.assessmentChanged.emit(stored)
        return stored

    def amend(self) -> Assessment:
        """Reopen the completed assessment in hand for changes; the time of the amendment is recorded."""
        amended = self.repo.save_assessment(self._business.id, self._assessment.amend())
        self._assessment, self._amending = amended, amended.id
        self.assessmentChanged.emit(amended)
        return amended

    def complete(self) -> Assessment:
        """Mark the assessment in hand completed (`Incomplete` lists what is left); it stays open, locked."""
        from ..domain.assessment import completed
        from ..domain.instrument import find_instrument

        a = self._assessment
        done = completed(find_instrument(a.instrument_id, a.instrument_version), self._business, a)
        self.autosave.flush()
        stored = self.repo.save_assessment(self._business.id, done)
        self.settings.last_assessment = ""
        self.businesses_changed(self._business.id)  # the list shows the level
        self._assessment, self._amending = stored, ""
        self.assessmentChanged.emit(stored)
        return stored

