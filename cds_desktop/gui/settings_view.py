"""Settings: language (applied at once), the consultant profile, the data folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QStyle, QWidget

from ..i18n import LANGUAGES
from .forms.ui_settings import Ui_SettingsForm
from .settings import AppSettings, ConsultantProfile
from .style import scaled

# Each language is named in itself, so a user who cannot read the current one still finds theirs.
LANGUAGE_NAMES = {"vi": "Tiếng Việt", "en": "English"}


class SettingsView(QWidget):
    languageChosen = Signal(str)

    def __init__(self, settings: AppSettings, data_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.data_dir = data_dir
        self.ui = Ui_SettingsForm()
        self.ui.setupUi(self)
        self.ui.title.setObjectName("heading")
        self.ui.title.setFont(scaled(self.font(), 1.6, bold=True))
        self.ui.outerLayout.setContentsMargins(24, 20, 24, 20)
        width = self.fontMetrics().horizontalAdvance("M") * 32
        for field in (self.ui.languageCombo, self.ui.consultantNameEdit, self.ui.consultantOrganizationEdit,
                      self.ui.consultantPhoneEdit):
            field.setMaximumWidth(width)
        for code in LANGUAGES:
            self.ui.languageCombo.addItem(LANGUAGE_NAMES[code], code)
        self.ui.languageCombo.setCurrentIndex(self.ui.languageCombo.findData(settings.language))
        self.ui.languageCombo.currentIndexChanged.connect(
            lambda: self.languageChosen.emit(self.ui.languageCombo.currentData()))
        profile = settings.consultant
        self.ui.consultantNameEdit.setText(profile.name)
        self.ui.consultantOrganizationEdit.setText(profile.organization)
        self.ui.consultantPhoneEdit.setText(profile.phone)
        for edit in (self.ui.consultantNameEdit, self.ui.consultantOrganizationEdit, self.ui.consultantPhoneEdit):
            edit.editingFinished.connect(self._save_profile)
        self.ui.dataFolderValue.setText(str(data_dir))
        self.ui.openDataFolderButton.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DirOpenIcon))
        self.ui.openDataFolderButton.clicked.connect(self.open_data_folder)

    def _save_profile(self) -> None:
        self.settings.consultant = ConsultantProfile(
            self.ui.consultantNameEdit.text().strip(), self.ui.consultantOrganizationEdit.text().strip(),
            self.ui.consultantPhoneEdit.text().strip())

    def open_data_folder(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)

    def hideEvent(self, event) -> None:
        self._save_profile()
        super().hideEvent(event)
