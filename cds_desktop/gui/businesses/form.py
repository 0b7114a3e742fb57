"""Create or edit a business: problems shown beside each field, the size class shown as figures are typed."""

from __future__ import annotations


from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...domain.business import QUANG_TRI, Business, Contact, business_problems, classify, size_class_label
from ...domain.figures import read_vnd, read_workers
from ...domain.limits import TEXT_LIMITS
from ...domain.places import (commune_search_words, former_province_names, normalise_place, province_names,
                               province_search_words)
from ...domain.vocabulary import entity_type_names, place_key, sector_names
from ...formats import format_number
from ...i18n import Text, tr
from ..dialogs import cancel_text, save_text
from ..forms.ui_business_form import Ui_BusinessForm
from ..language import current
from ..widgets import FoldingCompleter, ReservedMessage, error_label, resize_within_screen
from .fields import form_label

_READERS = {"employees": read_workers, "annual_revenue_vnd": read_vnd, "total_capital_vnd": read_vnd}
_SELLS = (None, True, False)  # the "sells directly to consumers" choices: not stated, yes, no


def _one_line(typed: str) -> str:
    """A one-line field as saved: trimmed, and a line break pasted into it (a spreadsheet cell copied with its
    lines, an address from a letter) joined with a space, so a name never holds a line of its own. Other spacing
    is kept as typed."""
    return " ".join(part for part in (line.strip() for line in typed.splitlines()) if part)


class BusinessDialog(QDialog):
    def __init__(self, business: Business | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ui = Ui_BusinessForm()
        self.form = QWidget(self)
        self.ui.setupUi(self.form)
        self._original = business
        self._produces_touched = business is not None and business.produces_goods is not None
        self._show_all = False
        self._touched: set[str] = set()
        self._domain_problems: dict[str, Text] = {}
        self.buttons = QDialogButtonBox(self)
        self.save_button = self.buttons.addButton(save_text(), QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(cancel_text(), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setDefault(True)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.form, 1)
        layout.addWidget(self.buttons)
        self.result_business: Business | None = None

        ui = self.ui
        self._errors: dict[str, QLabel] = {
            "name": ui.nameError, "tax_code": ui.taxCodeError, "employees": ui.employeesError,
            "annual_revenue_vnd": ui.revenueError, "total_capital_vnd": ui.capitalError, "commune": ui.communeError,
            "province": ui.provinceError, "contact.email": ui.emailError,
        }
        self._number_edits: dict[str, QLineEdit] = {
            "employees": ui.employeesEdit, "annual_revenue_vnd": ui.revenueEdit, "total_capital_vnd": ui.capitalEdit}
        self._messages = {key: ReservedMessage(error_label(label)) for key, label in self._errors.items()}
        self.labels: dict[str, QLabel] = {  # each field's label, its text from fields.py (the Businesses view's too)
            "name": ui.nameLabel, "tax_code": ui.taxCodeLabel, "entity_type": ui.entityTypeLabel,
            "sector": ui.sectorLabel, "industry": ui.industryLabel, "sells_to_consumers": ui.sellsLabel,
            "employees": ui.employeesLabel, "annual_revenue_vnd": ui.revenueLabel,
            "total_capital_vnd": ui.capitalLabel, "size_class": ui.sizeClassLabel, "province": ui.provinceLabel,
            "commune": ui.communeLabel, "address": ui.addressLabel, "contact.name": ui.contactNameLabel,
            "contact.phone": ui.phoneLabel, "contact.email": ui.emailLabel,
        }
        for key in entity_type_names():
            ui.entityTypeCombo.addItem("", key)
        for key in sector_names():
            ui.sectorCombo.addItem("", key)
        for name in province_names():
            ui.provinceCombo.addItem(name)
        self.provinces = FoldingCompleter(province_names(), self, former_province_names(),  # "Quảng Bình": Quảng Trị
                                          province_search_words(),  # "TP.HCM", "Sài Gòn": Hồ Chí Minh
                                          key=place_key)  # "TP. HCM", "tỉnh Quảng Bình": as normalise_place reads them
        ui.provinceCombo.setCompleter(self.provinces)
        for value in _SELLS:
            ui.sellsCombo.addItem("", value)
        self.communes = FoldingCompleter(tuple(commune_search_words()), self, commune_search_words())
        ui.communeEdit.setCompleter(self.communes)
        ui.sizeClassValue.setObjectName("sizeClassValue")
        ui.placeNote.setObjectName("note")
        self._place_message = ReservedMessage(ui.placeNote, lines=4)  # beside address and contact, which it spans
        self._place_note: Text | None = business.place_note if business else None

        for edit, field in ((ui.nameEdit, "name"), (ui.taxCodeEdit, "tax_code"), (ui.industryEdit, "industry"),
                            (ui.provinceCombo.lineEdit(), "province"), (ui.communeEdit, "commune"), (ui.addressEdit, "address"), (ui.contactNameEdit, "contact.name"),
                            (ui.phoneEdit, "contact.phone"), (ui.emailEdit, "contact.email")):
            edit.setMaxLength(TEXT_LIMITS[f"business.{field}"])
        self._fill(business or Business(name="", entity_type="enterprise", sector="trade_services"))
        if business is not None:  # what a stored business needs fixed (stored before a check existed) shows at once
            self._touched.update(p.where.removeprefix("business.") for p in business_problems(business))
        fields = {"name": ui.nameEdit, "tax_code": ui.taxCodeEdit, **self._number_edits}
        for key, edit in fields.items():
            edit.textEdited.connect(lambda _=None, key=key: self._touch(key))
        for edit in (ui.provinceCombo.lineEdit(), ui.communeEdit, ui.emailEdit):  # checked once the field is left
            edit.textEdited.connect(lambda _=None: self._validate())
        ui.emailEdit.editingFinished.connect(lambda: self._touch("contact.email"))
        ui.communeEdit.editingFinished.connect(self._tidy_place)
        ui.provinceCombo.lineEdit().editingFinished.connect(self._tidy_place)
        ui.provinceCombo.currentTextChanged.connect(self._province_changed)
        ui.entityTypeCombo.currentIndexChanged.connect(self._validate)
        ui.sectorCombo.currentIndexChanged.connect(self._sector_changed)
        ui.producesGoodsCheck.clicked.connect(self._produces_clicked)
        self._retranslate()
        self._province_changed()
        self._validate()
        em = self.fontMetrics().horizontalAdvance("M")
        ui.grid.setColumnMinimumWidth(0, em * 10)
        ui.grid.setColumnMinimumWidth(2, em * 14)
        ui.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        ui.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # no stop of its own for Tab: a field in focus scrolls into view
        resize_within_screen(self, min(max(em * 62, 960), 1200), 700)
        ui.nameEdit.setFocus()

    # -- filling and reading -------------------------------------------------------------------
    def _fill(self, b: Business) -> None:
        ui = self.ui
        ui.nameEdit.setText(b.name)
        ui.taxCodeEdit.setText(b.tax_code)
        ui.entityTypeCombo.setCurrentIndex(max(0, ui.entityTypeCombo.findData(b.entity_type)))
        ui.sectorCombo.setCurrentIndex(max(0, ui.sectorCombo.findData(b.sector)))
        ui.industryEdit.setText(b.industry)
        ui.producesGoodsCheck.setChecked(b.makes_goods)
        for key, edit in self._number_edits.items():
            value = getattr(b, key)
            edit.setText("" if value is None else format_number(value, current()))  # read_vnd reads both
        ui.provinceCombo.setCurrentText(b.province)
        ui.communeEdit.setText(b.commune)
        ui.sellsCombo.setCurrentIndex(_SELLS.index(b.sells_to_consumers))
        ui.addressEdit.setText(b.address)
        ui.contactNameEdit.setText(b.contact.name)
        ui.phoneEdit.setText(b.contact.phone)
        ui.emailEdit.setText(b.contact.email)

    def _numbers(self) -> tuple[dict[str, int | None], dict[str, Text]]:
        """The figures as typed, read the one way the domain reads them, and why any cannot be read."""
        values, problems = {}, {}
        for key, edit in self._number_edits.items():
            values[key], problem = _READERS[key](edit.text())
            if problem is not None:
                problems[key] = problem
        return values, problems

    def business(self) -> Business:
        """The business as typed (numbers that cannot be read count as missing)."""
        ui = self.ui
        sector = ui.sectorCombo.currentData()
        numbers, _ = self._numbers()
        produces = ui.producesGoodsCheck.isChecked()
        follows_sector = produces == Business(name="", entity_type="", sector=sector).makes_goods
        base = self._original or Business(name="", entity_type="enterprise", sector=sector)
        return base._replace(
            name=_one_line(ui.nameEdit.text()), tax_code=_one_line(ui.taxCodeEdit.text()),
            entity_type=ui.entityTypeCombo.currentData(), sector=sector, industry=_one_line(ui.industryEdit.text()),
            province=_one_line(ui.provinceCombo.currentText()) or QUANG_TRI, commune=_one_line(ui.communeEdit.text()),
            sells_to_consumers=ui.sellsCombo.currentData(),
            address=_one_line(ui.addressEdit.text()),
            contact=Contact(_one_line(ui.contactNameEdit.text()), _one_line(ui.phoneEdit.text()),
                            _one_line(ui.emailEdit.text())),
            produces_goods=None if follows_sector and not self._produces_touched else produces,
            **numbers)

    # -- live behaviour ------------------------------------------------------------------------
    def _touch(self, key: str) -> None:
        self._touched.add(key)
        self._validate()

    def _sector_changed(self) -> None:
        if not self._produces_touched:
            sector = self.ui.sectorCombo.currentData()
            self.ui.producesGoodsCheck.setChecked(Business(name="", entity_type="", sector=sector).makes_goods)
        self._validate()

    def _produces_clicked(self) -> None:
        self._produces_touched = True

    def _in_quang_tri(self) -> bool:
        return normalise_place(self.ui.provinceCombo.currentText()).province == QUANG_TRI

    def _province_changed(self) -> None:
        self.ui.communeEdit.setCompleter(self.communes if self._in_quang_tri() else None)
        self._validate()

    def _tidy_place(self) -> None:
        """Old names become today's (Quảng Bình -> Quảng Trị, Xuân Trạch -> Phong Nha), with a note saying so."""
        ui = self.ui
        place = normalise_place(ui.provinceCombo.currentText(), ui.communeEdit.text())
        if place.note is not None:
            self._place_note = place.note
        if place.province != ui.provinceCombo.currentText():
            ui.provinceCombo.setCurrentText(place.province)
        if place.commune != ui.communeEdit.text():
            ui.communeEdit.setText(place.commune)
        self._touched.update(("commune", "province"))
        self._validate()

    def _validate(self) -> bool:
        """Work out every field's problem; show those of fields the user has touched (all after Save)."""
        business = self.business()
        problems = {p.where.removeprefix("business."): p.message for p in business_problems(business)}
        _, unreadable = self._numbers()
        problems.update(unreadable)
        self._domain_problems = problems
        note = self._place_note
        self._place_message.set_text(tr(note, current()) if note else "")
        self._show_problems()
        numbers, _ = self._numbers()
        size = classify(business.entity_type, business.sector, numbers["employees"],
                        numbers["annual_revenue_vnd"], numbers["total_capital_vnd"])
        self.ui.sizeClassValue.setText(tr(size_class_label(size, business.entity_type), current()))
        return not problems

    def _show_problems(self) -> None:
        for key, shown in self._messages.items():
            message = ""
            if key in self._domain_problems and (self._show_all or key in self._touched):
                message = tr(self._domain_problems[key], current())
            shown.set_text(message)

    def problem_text(self, field: str) -> str:
        """The message shown beside a field ('' when the field is fine or not yet checked)."""
        shown = self._messages[field]
        return "" if shown.label.isHidden() else shown.full

    def _save(self) -> None:
        self._show_all = True
        if self._validate():
            self.result_business = self.business()
            self.accept()
            return
        first = next(key for key in self._errors if key in self._domain_problems)
        target = {"name": self.ui.nameEdit, "tax_code": self.ui.taxCodeEdit, "commune": self.ui.communeEdit,
                  "province": self.ui.provinceCombo, "contact.email": self.ui.emailEdit, **self._number_edits}[first]
        target.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- language ------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.ui.retranslateUi(self.form)
        for field, label in self.labels.items():
            label.setText(form_label(field))
        lang = current()
        self.setWindowTitle(self.tr("Edit business") if self._original else self.tr("New business"))
        self.save_button.setText(save_text())
        self.cancel_button.setText(cancel_text())
        for combo, names in ((self.ui.entityTypeCombo, entity_type_names()), (self.ui.sectorCombo, sector_names())):
            for i in range(combo.count()):
                combo.setItemText(i, tr(names[combo.itemData(i)], lang))
        for i, label in enumerate((self.tr("Not stated"), self.tr("Yes"), self.tr("No"))):
            self.ui.sellsCombo.setItemText(i, label)
        if self._domain_problems is not None:
            self._validate()
