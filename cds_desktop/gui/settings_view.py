"""Settings: language (applied at once), the consultant profile, the data folder, backups and About.

The backups come from the open Repository (given by the window once the data is loaded); restoring is
the window's job (`restoreRequested`), since the whole window must then show the restored data. The
About facts need the questionnaire and the policy catalog, so they are read on first show, not at start.
"""

from __future__ import annotations

import platform
from pathlib import Path
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, Qt, QTimer, QUrl, Signal, qVersion
from PySide6.QtGui import QDesktopServices, QResizeEvent
from PySide6.QtWidgets import QHeaderView, QStyle, QTableWidgetItem, QWidget

from .. import __version__
from ..errors import InputError
from ..formats import format_size
from ..i18n import LANGUAGES, tr
from ..paths import fonts_dir
from .forms.ui_settings import Ui_SettingsForm
from .language import current, language
from .settings import AppSettings, ConsultantProfile
from .style import scaled
from .widgets import reflow_columns

if TYPE_CHECKING:
    from ..storage import BackupInfo, Repository

# Each language is named in itself, so a user who cannot read the current one still finds theirs.
LANGUAGE_NAMES = {"vi": "Tiếng Việt", "en": "English"}
BACKUP_KINDS = {  # translated in context SettingsView where shown
    "save": QT_TRANSLATE_NOOP("SettingsView", "On save"),
    "before-migration": QT_TRANSLATE_NOOP("SettingsView", "Before a data upgrade"),
    "before-delete": QT_TRANSLATE_NOOP("SettingsView", "Before a deletion"),
    "before-import": QT_TRANSLATE_NOOP("SettingsView", "Before an import"),
    "before-restore": QT_TRANSLATE_NOOP("SettingsView", "Before a restore"),
    "before-merge": QT_TRANSLATE_NOOP("SettingsView", "Before a merge"),
}
BACKUP_NAME = Qt.ItemDataRole.UserRole
FONT_LICENCES = ("LICENSE-DejaVu.txt", "LICENSE-NotoEmoji.txt")
SETTINGS_STYLE = "#settingsContent { background: #f3f5f8; }"


def backup_time(taken_at: str) -> str:
    """'2026-11-27 14:03:05' -> 'hôm nay 14:03', 'hôm qua 14:03' or '27/11/2026 14:03'."""
    from ..storage.backups import describe_time

    return describe_time(taken_at, current())


class SettingsView(QWidget):
    languageChosen = Signal(str)
    restoreRequested = Signal(object)  # the BackupInfo chosen

    def __init__(self, settings: AppSettings, data_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.data_dir = data_dir
        self.repo: Repository | None = None
        self._about_shown = False
        self.ui = Ui_SettingsForm()
        self.ui.setupUi(self)
        self.ui.settingsContent.setStyleSheet(SETTINGS_STYLE)
        self.ui.title.setObjectName("heading")
        self.ui.title.setFont(scaled(self.font(), 1.6, bold=True))
        self.ui.contentLayout.setContentsMargins(24, 20, 24, 20)
        width = self.fontMetrics().horizontalAdvance("M") * 32
        for field in (self.ui.languageCombo, self.ui.consultantNameEdit, self.ui.consultantOrganizationEdit,
                      self.ui.consultantPhoneEdit):
            field.setMaximumWidth(width)
        for code in LANGUAGES:
            self.ui.languageCombo.addItem(LANGUAGE_NAMES[code], code)
        self._show_language(current())
        language().changed.connect(self._show_language)  # however it changes: the box only shows it
        self.ui.languageCombo.currentIndexChanged.connect(self._language_chosen)
        profile = settings.consultant
        self.ui.consultantNameEdit.setText(profile.name)
        self.ui.consultantOrganizationEdit.setText(profile.organization)
        self.ui.consultantPhoneEdit.setText(profile.phone)
        for edit in (self.ui.consultantNameEdit, self.ui.consultantOrganizationEdit, self.ui.consultantPhoneEdit):
            edit.editingFinished.connect(self._save_profile)
        self.ui.dataFolderValue.setText(str(data_dir))
        self.ui.openDataFolderButton.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DirOpenIcon))
        self.ui.openDataFolderButton.clicked.connect(self.open_data_folder)

        table = self.ui.backupsTable
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        table.setMinimumHeight(table.verticalHeader().defaultSectionSize() * 6 + header.sizeHint().height())
        table.itemSelectionChanged.connect(self._update_restore_button)
        table.itemActivated.connect(lambda _: self.ui.restoreButton.click())
        self.ui.restoreButton.clicked.connect(self._restore_chosen)
        self.show_backups([])
        self._add_catalog_updates(data_dir)

    def _show_language(self, code: str) -> None:
        self.ui.languageCombo.setCurrentIndex(self.ui.languageCombo.findData(code))

    def _language_chosen(self) -> None:
        """Asked for only when the box shows another language than the one in use: moved by _show_language,
        it already shows that one, so a switch is never asked for twice."""
        code = self.ui.languageCombo.currentData()
        if code != current():
            self.languageChosen.emit(code)

    # -- backups --------------------------------------------------------------------------------

    def set_repository(self, repo: Repository) -> None:
        self.repo = repo
        self.refresh_backups()

    def refresh_backups(self) -> None:
        self.show_backups(self.repo.backups() if self.repo is not None else [])

    def show_backups(self, backups: list[BackupInfo]) -> None:
        """One row per backup, newest first, keeping the chosen one chosen."""
        table, lang = self.ui.backupsTable, current()
        chosen = self.chosen_backup()
        table.setRowCount(len(backups))
        for row, backup in enumerate(backups):
            kind = self.tr(BACKUP_KINDS[backup.kind]) if backup.kind in BACKUP_KINDS else backup.kind
            cells = (backup_time(backup.taken_at), kind, format_size(backup.size, lang))
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setData(BACKUP_NAME, backup)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, column, item)
            if chosen is not None and backup.name == chosen.name:
                table.selectRow(row)
        table.setVisible(bool(backups))
        self.ui.restoreButton.setVisible(bool(backups))
        self.ui.backupsEmpty.setVisible(not backups)
        self._update_restore_button()

    def chosen_backup(self) -> BackupInfo | None:
        rows = self.ui.backupsTable.selectionModel().selectedRows()
        return rows[0].data(BACKUP_NAME) if rows else None

    def _update_restore_button(self) -> None:
        self.ui.restoreButton.setEnabled(self.chosen_backup() is not None)

    def _restore_chosen(self) -> None:
        backup = self.chosen_backup()
        if backup is not None:
            self.restoreRequested.emit(backup)
            self.refresh_backups()  # the restore kept the data it replaced as a new backup

    # -- policy catalog updates (their own widget) ------------------------------------------------

    def _add_catalog_updates(self, data_dir: Path) -> None:
        from .catalog_updates import CatalogUpdatesSection

        self.catalog_updates = CatalogUpdatesSection(data_dir)
        self.ui.rightColumn.insertWidget(self.ui.rightColumn.indexOf(self.ui.backupsGroup) + 1, self.catalog_updates)
        self.catalog_updates.catalogChanged.connect(self.show_about)

    # -- about ----------------------------------------------------------------------------------

    def show_about(self) -> None:
        """Versions of the app, the questionnaire and the policy catalog (read from the shipped data)."""
        from ..domain.instrument import current_instrument
        from ..domain.policies import shipped_catalog
        from ..formats import format_date

        lang = current()
        self.ui.appVersionValue.setText(self.tr("CĐS Desktop, version {version}").format(version=__version__))
        try:
            i = current_instrument()
            self.ui.instrumentValue.setText(self.tr("{name}: {id}, version {version}, released {released}").format(
                name=tr(i.name, lang), id=i.id, version=i.version, released=format_date(i.released, lang)))
        except InputError as error:
            self.ui.instrumentValue.setText(error.render(lang))
        try:  # the edition's version first, the one the Policies page and the report give; each file has its own
            from ..domain.edition import active_edition, edition_line

            self.ui.catalogValue.setText("\n".join([tr(edition_line(active_edition()), lang), *(
                self.tr("{name}: {id}, version {version}, updated {updated}").format(
                    name=tr(f.name, lang), id=f.id, version=f.version, updated=format_date(f.updated, lang))
                for f in shipped_catalog().files)]))
        except InputError as error:
            self.ui.catalogValue.setText(error.render(lang))
        self.ui.runtimeValue.setText(f"Python {platform.python_version()} · Qt {qVersion()} · "
                                     f"PySide6 {PySide6.__version__}")
        self.ui.licenceValue.setText(self.tr(
            "Free software under the MIT licence. The DejaVu and Noto Emoji fonts used in reports have their own "
            "free licences:") + "".join("\n" + str(fonts_dir() / name) for name in FONT_LICENCES))
        self._about_shown = True

    # -- the rest -------------------------------------------------------------------------------

    def _save_profile(self) -> None:
        self.settings.consultant = ConsultantProfile(
            self.ui.consultantNameEdit.text().strip(), self.ui.consultantOrganizationEdit.text().strip(),
            self.ui.consultantPhoneEdit.text().strip())

    def open_data_folder(self) -> None:
        self.data_dir.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir)))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._reflow()

    def _reflow(self) -> None:
        """The two columns of groups side by side where they fit, else one above the other."""
        margins = self.ui.contentLayout.contentsMargins()
        extra = margins.left() + margins.right() + self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent) + 4
        reflow_columns(self.ui.columns, self.width(), extra)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self.ui.dataFolderValue.setText(str(self.data_dir))  # retranslateUi empties it
            self.refresh_backups()
            if self._about_shown:
                self.show_about()
            QTimer.singleShot(0, self, self._reflow)  # the texts' widths changed
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        QTimer.singleShot(0, self, self._reflow)  # once the style has given the groups their frames
        self.refresh_backups()  # saves since the last visit made new ones
        if not self._about_shown:
            self.show_about()
        super().showEvent(event)

    def hideEvent(self, event) -> None:
        self._save_profile()
        super().hideEvent(event)
