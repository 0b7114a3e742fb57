"""A business's fields are named alike by the form that fills them in and by the Businesses view that shows them
(and names the ones to correct), in both languages: one text each, from `gui/businesses/fields.py`."""

import pytest
from PySide6.QtWidgets import QLabel, QWidget

from cds_desktop.domain.business import Business, Contact

# the form's label of each field (ui/business_form.ui)
ON_THE_FORM = {"name": "nameLabel", "tax_code": "taxCodeLabel", "entity_type": "entityTypeLabel",
               "sector": "sectorLabel", "industry": "industryLabel", "sells_to_consumers": "sellsLabel",
               "employees": "employeesLabel", "annual_revenue_vnd": "revenueLabel", "total_capital_vnd": "capitalLabel",
               "size_class": "sizeClassLabel", "province": "provinceLabel", "commune": "communeLabel",
               "address": "addressLabel", "contact.name": "contactNameLabel", "contact.phone": "phoneLabel",
               "contact.email": "emailLabel"}
COOPERATIVE = Business(name="Hợp tác xã Nông nghiệp Cam Lộ", entity_type="cooperative",
                       sector="agriculture_forestry_fishery", tax_code="3200123456", province="Quảng Trị",
                       commune="Cam Lộ", employees=12, contact=Contact("Lê Văn A", "0912345678", "a@example.vn"))


def _shown(qtbot, business: Business):
    from cds_desktop.gui.businesses.form import BusinessDialog
    from cds_desktop.gui.businesses.view import BusinessesView

    view = BusinessesView()
    qtbot.addWidget(view)
    view.set_businesses([business])
    view.set_assessments(business, [], [])
    form = BusinessDialog(business)
    qtbot.addWidget(form)
    on_form = {field: form.findChild(QLabel, name).text().removesuffix(" *") for field, name in ON_THE_FORM.items()}
    return view, on_form


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_businesses_view_names_each_field_as_the_business_form_does(qtbot, lang):
    from cds_desktop.gui.language import language

    language().set(lang)
    view, on_form = _shown(qtbot, COOPERATIVE)
    rows = {key: name.text() for key, (name, _) in view.fact_labels.items()}
    fields = {key: text for key, text in rows.items() if key in on_form}
    assert fields == {key: on_form[key] for key in fields}
    assert len(fields) == len(rows) - 1  # every row but the place's, commune and province on one line
    assert on_form["sector"] == {"vi": "Khu vực kinh tế", "en": "Sector"}[lang]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_fields_to_correct_are_named_as_the_form_names_them(qtbot, lang):
    from cds_desktop.gui.language import language

    language().set(lang)
    stored_long_ago = Business(name="Tạp hóa Đông Hà", entity_type="enterprise", sector="trade_services",
                               province="Atlantis", contact=Contact(email="not an address"))
    view, on_form = _shown(qtbot, stored_long_ago)
    assert on_form["province"] in view.problems_label.text()
    assert on_form["contact.email"] in view.problems_label.text()


def test_every_label_of_the_form_comes_from_the_one_list_and_designer_shows_the_same_words(qtbot):
    from cds_desktop.gui.businesses.fields import LABELS, REQUIRED, form_label
    from cds_desktop.gui.forms.ui_business_form import Ui_BusinessForm
    from cds_desktop.gui.language import language

    language().set("en")  # the source texts
    assert set(LABELS) == set(ON_THE_FORM)
    designed = QWidget()
    qtbot.addWidget(designed)
    Ui_BusinessForm().setupUi(designed)  # the text the .ui holds, as Designer shows it (in English)
    assert {f: designed.findChild(QLabel, name).text() for f, name in ON_THE_FORM.items()} == {
        f: form_label(f) for f in ON_THE_FORM}
    assert REQUIRED == {"name"} and form_label("name").endswith(" *")
