"""Settings → "Cập nhật danh mục chính sách": install a signed catalog update, roll it back, manage trusted keys.

The work is `cds_desktop.catalog.store.CatalogStore` (the same as `cds-cli catalog`); this widget only
chooses the file, shows the publisher, the key's fingerprint and the changes, and asks before acting.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (QFileDialog, QGroupBox, QHBoxLayout, QInputDialog, QLabel, QListWidget,
                               QListWidgetItem, QPushButton, QVBoxLayout, QWidget)

from ..errors import InputError
from ..formats import format_date
from ..i18n import tr
from . import dialogs
from .language import current

KEY_ROLE = Qt.ItemDataRole.UserRole
_CHANGE_LINES = 30  # lines of changes listed in the confirmation; the rest is counted


def day(value: date) -> str:
    return format_date(value, current())


class CatalogUpdatesSection(QGroupBox):
    catalogChanged = Signal()  # a new edition is active: views showing policies recompute

    def __init__(self, data_dir: Path, parent: QWidget | None = None):
        super().__init__(parent)
        from ..catalog.store import CatalogStore

        self.store = CatalogStore(data_dir)
        self._shown = False  # the catalog loads on first show, not at start
        self.setObjectName("catalogUpdatesGroup")
        layout = QVBoxLayout(self)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notice = QLabel()
        self.notice.setWordWrap(True)
        self.notice.setStyleSheet("color: #8a5a00;")
        self.install_button = QPushButton()
        self.rollback_button = QPushButton()
        self.keys_label = QLabel()
        self.keys = QListWidget()
        self.keys.setMaximumHeight(self.fontMetrics().height() * 5)
        self.trust_button = QPushButton()
        self.remove_key_button = QPushButton()
        buttons = QHBoxLayout()
        buttons.addWidget(self.install_button)
        buttons.addWidget(self.rollback_button)
        buttons.addStretch(1)
        key_buttons = QHBoxLayout()
        key_buttons.addWidget(self.trust_button)
        key_buttons.addWidget(self.remove_key_button)
        key_buttons.addStretch(1)
        for widget in (self.status, self.notice):
            layout.addWidget(widget)
        layout.addLayout(buttons)
        layout.addWidget(self.keys_label)
        layout.addWidget(self.keys)
        layout.addLayout(key_buttons)
        self.keys_label.setBuddy(self.keys)
        self.install_button.clicked.connect(self.choose_and_install)
        self.rollback_button.clicked.connect(self.roll_back)
        self.trust_button.clicked.connect(self.choose_and_trust)
        self.remove_key_button.clicked.connect(self.remove_key)
        self.keys.itemSelectionChanged.connect(self._update_buttons)
        self._retranslate()

    # -- showing ---------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        self.setTitle(self.tr("Policy catalog updates"))
        self.install_button.setText(self.tr("Install an update…"))
        self.install_button.setAccessibleName(self.tr("Install a policy catalog update"))
        self.rollback_button.setText(self.tr("Roll back"))
        self.rollback_button.setAccessibleName(self.tr("Roll back the policy catalog"))
        self.keys_label.setText(self.tr("Publisher keys this app trusts:"))
        self.keys.setAccessibleName(self.tr("Trusted publisher keys"))
        self.trust_button.setText(self.tr("Trust a key…"))
        self.remove_key_button.setText(self.tr("Remove key"))
        if self._shown:
            self.refresh()

    def refresh(self) -> None:
        """The active edition, any notice about it, and the trusted keys."""
        from ..domain.edition import active_edition, edition_notices

        lang = current()
        try:
            edition = active_edition()
        except InputError as error:  # the shipped catalog itself cannot load: a broken installation
            self.status.setText(error.render(lang))
            return
        source = self.tr("shipped with the app") if edition.source == "shipped" else self.tr("installed update")
        lines = [self.tr("In use: catalog {catalog}, version {version} ({source}).").format(
            catalog=edition.id, version=edition.version, source=source),
                 self.tr("Information as of {as_of}; due for review by {review_by}.").format(
                     as_of=day(edition.as_of), review_by=day(edition.review_by)),
                 self.tr("Publisher: {publisher}").format(publisher=tr(edition.publisher, lang))]
        self.status.setText("\n".join(lines))
        notices = [tr(n, lang) for n in edition_notices(edition, date.today())]
        self.notice.setText("\n".join(notices))
        self.notice.setVisible(bool(notices))
        self.rollback_button.setEnabled(edition.source == "installed" or edition.fallback is not None)
        self._show_keys()

    def _show_keys(self) -> None:
        from ..catalog.keys import pretty_fingerprint

        self.keys.clear()
        try:
            keys = self.store.keys()
        except InputError as error:
            self.keys.addItem(error.render(current()))
            keys = []
        for key in keys:
            origin = (self.tr("shipped") if key.shipped
                      else self.tr("added {added}").format(added=format_date(key.added, current())))
            item = QListWidgetItem(f"{key.name} · {pretty_fingerprint(key.fingerprint)[:19]}… · {origin}")
            item.setData(KEY_ROLE, key)
            item.setToolTip(pretty_fingerprint(key.fingerprint))
            self.keys.addItem(item)
        self._update_buttons()

    def _chosen_key(self):
        items = self.keys.selectedItems()
        return items[0].data(KEY_ROLE) if items else None

    def _update_buttons(self) -> None:
        key = self._chosen_key()
        self.remove_key_button.setEnabled(key is not None and not key.shipped)

    # -- acting ----------------------------------------------------------------------------------

    def choose_and_install(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a policy catalog update"), "",
                                              self.tr("Policy catalog update (*.cdscatalog);;All files (*)"))
        if path:
            self.install(Path(path))

    def install(self, path: Path) -> bool:
        from ..catalog.keys import pretty_fingerprint

        lang = current()
        try:
            preview = self.store.preview(path)
        except InputError as error:
            dialogs.warn(self, self.tr("This update cannot be installed"), self.tr(
                "Nothing was changed. Ask the publisher for a correct file."), error.render(lang))
            return False
        edition = preview.edition
        message = "\n".join([
            self.tr("Catalog {catalog}, version {version} (in use now: version {active_version}).").format(
                catalog=edition.id, version=edition.version, active_version=preview.active.version),
            self.tr("Information as of {as_of}.").format(as_of=day(edition.as_of)),
            self.tr("Publisher: {publisher}").format(publisher=tr(edition.publisher, lang)),
            self.tr("Signed by key: {key}").format(key=edition.key_name or ""),
            self.tr("Fingerprint: {fingerprint}").format(fingerprint=pretty_fingerprint(edition.fingerprint or "")),
            "", tr(edition.changes, lang)])
        if not preview.is_newer:
            message += "\n\n" + self.tr("This version is not newer than the one in use: installing it goes back "
                                        "to older information.")
        if not dialogs.confirm(self, self.tr("Install this policy catalog update?"), message,
                               self.tr("Install"), details=self._change_lines(preview)):
            return False
        try:
            self.store.install(preview, allow_downgrade=True)  # an older version was confirmed just above
        except InputError as error:
            dialogs.warn(self, self.tr("This update cannot be installed"), error.render(lang))
            return False
        self.refresh()
        self.catalogChanged.emit()
        return True

    def _change_lines(self, preview) -> str:
        from ..catalog.changes import ADDED, REMOVED

        lang = current()
        if not preview.changes:
            return self.tr("No policy changes.")
        marks = {ADDED: "+", REMOVED: "−"}
        lines: list[str] = []
        for change in preview.changes:
            lines.append(f"{marks.get(change.kind, '~')} {tr(change.title, lang)}")
            lines += [f"    {f.line()}" for f in change.fields]
        extra = len(lines) - _CHANGE_LINES
        shown = lines[:_CHANGE_LINES]
        if extra > 0:
            shown.append(self.tr("… and {count} more lines").format(count=extra))
        return self.tr("Changes (+ added, − removed, ~ changed):") + "\n" + "\n".join(shown)

    def roll_back(self) -> bool:
        if not dialogs.confirm(self, self.tr("Roll back the policy catalog?"), self.tr(
                "The previous installed version, or the catalog shipped with the app, is used again."),
                self.tr("Roll back")):
            return False
        try:
            self.store.rollback()
        except InputError as error:
            dialogs.warn(self, self.tr("Nothing to roll back"), error.render(current()))
            return False
        self.refresh()
        self.catalogChanged.emit()
        return True

    def choose_and_trust(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the publisher's public key"), "",
                                              self.tr("Public key (*.pem);;All files (*)"))
        if path:
            self.trust(Path(path))

    def trust(self, path: Path, name: str | None = None) -> bool:
        from ..catalog.keys import fingerprint, load_public_key_file, pretty_fingerprint

        lang = current()
        try:
            raw = load_public_key_file(path)
        except InputError as error:
            dialogs.warn(self, self.tr("This key cannot be trusted"), error.render(lang))
            return False
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Name of the key"), self.tr(
                "Who publishes with this key (e.g. Sở KH&CN Quảng Trị)?"))
            if not ok:
                return False
        if not dialogs.confirm(self, self.tr("Trust this key?"), self.tr(
                "Packages signed with this key will be installed as policy catalog updates. Compare the "
                "fingerprint with the publisher (by phone or on paper) before you trust it.") + "\n\n"
                + pretty_fingerprint(fingerprint(raw)), self.tr("Trust")):
            return False
        try:
            self.store.trust.trust(raw, name)
        except InputError as error:
            dialogs.warn(self, self.tr("This key cannot be trusted"), error.render(lang))
            return False
        self.refresh()
        return True

    def remove_key(self) -> bool:
        from ..domain.edition import refresh

        key = self._chosen_key()
        if key is None or key.shipped:
            return False
        if not dialogs.confirm(self, self.tr("Stop trusting this key?"), self.tr(
                "Updates signed with '{key}' will no longer be installed or used.").format(key=key.name),
                self.tr("Remove key")):
            return False
        try:
            self.store.trust.remove(key.fingerprint)
        except InputError as error:
            dialogs.warn(self, self.tr("This key cannot be removed"), error.render(current()))
            return False
        refresh()  # an installed update signed with it is no longer used
        self.refresh()
        self.catalogChanged.emit()
        return True

    def showEvent(self, event) -> None:
        if not self._shown:
            self._shown = True
            self.refresh()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
