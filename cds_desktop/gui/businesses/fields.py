"""The names of a business's fields, one text each: the form that fills them in (ui/business_form.ui) and the
Businesses view that shows them and names the ones to correct take them from here, so the two cannot name a
field differently. Translated in the form's context, where the form's accessible names share the entries."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

CONTEXT = "BusinessForm"
LABELS = {  # a field of Business (contact's as "contact.<field>"): its label
    "name": QT_TRANSLATE_NOOP("BusinessForm", "Name of the business"),
    "tax_code": QT_TRANSLATE_NOOP("BusinessForm", "Tax code"),
    "entity_type": QT_TRANSLATE_NOOP("BusinessForm", "Type"),
    "sector": QT_TRANSLATE_NOOP("BusinessForm", "Sector"),
    "industry": QT_TRANSLATE_NOOP("BusinessForm", "Line of business"),
    "sells_to_consumers": QT_TRANSLATE_NOOP("BusinessForm", "Sells directly to consumers"),
    "employees": QT_TRANSLATE_NOOP("BusinessForm", "Workers with social insurance"),
    "annual_revenue_vnd": QT_TRANSLATE_NOOP("BusinessForm", "Annual revenue (VND)"),
    "total_capital_vnd": QT_TRANSLATE_NOOP("BusinessForm", "Total capital (VND)"),
    "size_class": QT_TRANSLATE_NOOP("BusinessForm", "Size class"),
    "province": QT_TRANSLATE_NOOP("BusinessForm", "Province"),
    "commune": QT_TRANSLATE_NOOP("BusinessForm", "Commune or ward"),
    "address": QT_TRANSLATE_NOOP("BusinessForm", "Address"),
    "contact.name": QT_TRANSLATE_NOOP("BusinessForm", "Contact person"),
    "contact.phone": QT_TRANSLATE_NOOP("BusinessForm", "Phone"),
    "contact.email": QT_TRANSLATE_NOOP("BusinessForm", "Email"),
}
REQUIRED = frozenset({"name"})  # marked * on the form, as its first line explains


def field_label(field: str) -> str:
    """The field's name in the language in use."""
    return QCoreApplication.translate(CONTEXT, LABELS[field])


def form_label(field: str) -> str:
    """The field's label on the form: its name, marked * when it must be filled in."""
    return f"{field_label(field)} *" if field in REQUIRED else field_label(field)
