"""Businesses: create by keyboard, problems beside their field, size class live, search, delete, language."""

import pytest
from PySide6.QtCore import Qt

from cds_desktop.domain.business import Business
from cds_desktop.gui.businesses.form import BusinessDialog
from cds_desktop.gui.language import language


def test_a_business_is_created_by_keyboard_alone(start_window, when_modal, qtbot):
    window = start_window()

    def fill(dialog):
        qtbot.keyClicks(dialog.ui.nameEdit, "Xuong moc Cam Lo")  # QTest types ASCII only
        qtbot.keyClick(dialog.ui.nameEdit, Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.focusWidget(), "3200123456")  # tax code
        for _ in range(5):  # type, sector, line of business, produces goods, sells to consumers
            qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.focusWidget(), "25")  # workers
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        qtbot.keyClicks(dialog.focusWidget(), "12.000.000.000")  # revenue
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)

    when_modal(fill)
    window.welcome.new_button.click()
    stored = window.repo.businesses()
    assert [(b.name, b.tax_code, b.employees, b.annual_revenue_vnd) for b in stored] == [
        ("Xuong moc Cam Lo", "3200123456", 25, 12_000_000_000)]
    assert window.businesses.isVisible()
    assert window.businesses.name_label.text() == "Xuong moc Cam Lo"


def test_a_bad_tax_code_is_explained_beside_its_field_and_nothing_is_saved(qtbot):
    dialog = BusinessDialog()
    qtbot.addWidget(dialog)
    dialog.ui.nameEdit.setText("Tạp hóa Đông Hà")
    qtbot.keyClicks(dialog.ui.taxCodeEdit, "12345")
    message = dialog.problem_text("tax_code")
    assert "10 chữ số" in message
    grid = dialog.ui.grid
    assert grid.getItemPosition(grid.indexOf(dialog.ui.taxCodeError))[:2] == (
        grid.getItemPosition(grid.indexOf(dialog.ui.taxCodeEdit))[0], 2)  # same row, the column beside
    dialog.save_button.click()
    assert dialog.result_business is None and dialog.isVisible() is False or dialog.result() == 0
    assert dialog.ui.taxCodeEdit.hasFocus() or dialog.focusWidget() is dialog.ui.taxCodeEdit


def test_an_e_mail_without_its_domain_ending_is_refused_once_the_field_is_left(qtbot):
    dialog = BusinessDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.ui.emailEdit, "huong@gmail")
    assert dialog.problem_text("contact.email") == ""  # not while typing
    dialog.ui.emailEdit.editingFinished.emit()
    assert "huong@gmail.com" in dialog.problem_text("contact.email")
    qtbot.keyClicks(dialog.ui.emailEdit, ".com")
    assert dialog.problem_text("contact.email") == ""


def test_the_commune_is_checked_when_the_field_is_left_not_while_typing(qtbot):
    dialog = BusinessDialog()
    qtbot.addWidget(dialog)
    dialog.ui.communeEdit.setText("Hải Lă")  # typing (keyClicks would open the completer's popup)
    dialog.ui.communeEdit.textEdited.emit("Hải Lă")
    assert dialog.problem_text("commune") == ""
    dialog.ui.communeEdit.editingFinished.emit()
    assert "78" in dialog.problem_text("commune")


def test_negative_and_unreadable_numbers_are_refused_beside_the_field(qtbot):
    dialog = BusinessDialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.employeesEdit, "-3")
    assert dialog.problem_text("employees") == "Số lao động phải từ 0 trở lên"
    qtbot.keyClicks(dialog.ui.revenueEdit, "nhieu")
    assert "không phải số tiền" in dialog.problem_text("annual_revenue_vnd")


def type_in(edit, typed):
    """As typing does (QTest cannot send letters outside Latin-1 such as 'ỷ')."""
    edit.setText(typed)
    edit.textEdited.emit(typed)


@pytest.mark.parametrize("typed", ["9,5", "9.5"])
def test_workers_with_a_fraction_are_refused_not_read_as_95(qtbot, typed):
    dialog = BusinessDialog()
    qtbot.addWidget(dialog)
    dialog.ui.entityTypeCombo.setCurrentIndex(dialog.ui.entityTypeCombo.findData("enterprise"))
    qtbot.keyClicks(dialog.ui.employeesEdit, typed)
    type_in(dialog.ui.revenueEdit, "3 tỷ")
    assert "không phải số nguyên" in dialog.problem_text("employees")
    assert dialog.business().employees is None and dialog.ui.sizeClassValue.text() == "Chưa xác định (thiếu số liệu)"


@pytest.mark.parametrize("typed", ["3.000.000.000", "3,000,000,000", "3 tỷ", "3000000000"])
def test_revenue_is_read_as_people_write_it(qtbot, typed):
    dialog = BusinessDialog()
    qtbot.addWidget(dialog)
    type_in(dialog.ui.revenueEdit, typed)
    assert dialog.problem_text("annual_revenue_vnd") == "" and dialog.business().annual_revenue_vnd == 3_000_000_000


def test_old_province_and_commune_names_become_quang_tri_with_a_note(qtbot):
    dialog = BusinessDialog()
    qtbot.addWidget(dialog)
    combo = dialog.ui.provinceCombo
    assert combo.count() == 34 and combo.itemText(0) == "Quảng Trị"
    combo.setCurrentText("Quang Binh")
    dialog.ui.communeEdit.setText("Xuân Trạch")
    dialog.ui.communeEdit.editingFinished.emit()
    assert combo.currentText() == "Quảng Trị" and dialog.ui.communeEdit.text() == "Phong Nha"
    assert "01/07/2025" in dialog.ui.placeNote.text() and not dialog.ui.placeNote.isHidden()
    business = dialog.business()
    assert (business.province, business.commune) == ("Quảng Trị", "Phong Nha")
    completer = dialog.ui.communeEdit.completer()
    completer.setCompletionPrefix("phuc trach")  # a former commune finds the unit formed from it
    assert completer.currentCompletion() == "Phong Nha"


def test_the_province_picker_finds_a_province_by_how_it_is_also_written(qtbot):
    dialog = BusinessDialog()
    qtbot.addWidget(dialog)
    completer, combo = dialog.ui.provinceCombo.completer(), dialog.ui.provinceCombo
    for typed, found in (("hcm", "Hồ Chí Minh"), ("sai gon", "Hồ Chí Minh"), ("hanoi", "Hà Nội"),
                         ("binh duong", "Hồ Chí Minh")):  # as a former province does
        completer.setCompletionPrefix(typed)
        assert completer.currentCompletion() == found, typed
    completer.setCompletionPrefix("hcm")
    assert completer.completionModel().index(0, 0).data() == "Hồ Chí Minh (Bình Dương, Bà Rịa – Vũng Tàu)"
    combo.setCurrentText("TP.HCM")
    combo.lineEdit().editingFinished.emit()
    assert combo.currentText() == "Hồ Chí Minh" and dialog.problem_text("province") == ""
    assert dialog.ui.placeNote.text() == ""  # the same city, only written short: nothing to explain


def test_a_province_that_does_not_exist_is_refused(qtbot):
    dialog = BusinessDialog()
    qtbot.addWidget(dialog)
    dialog.ui.provinceCombo.setCurrentText("Tỉnh Mới")
    dialog.ui.provinceCombo.lineEdit().editingFinished.emit()
    assert "34" in dialog.problem_text("province")


def test_missing_name_is_shown_only_when_saving(qtbot):
    dialog = BusinessDialog()
    qtbot.addWidget(dialog)
    assert dialog.problem_text("name") == ""
    dialog.save_button.click()
    assert dialog.problem_text("name") == "Hãy nhập tên cơ sở kinh doanh"
    assert dialog.result_business is None


def test_the_size_class_follows_the_figures_as_they_are_typed(qtbot):
    dialog = BusinessDialog()
    qtbot.addWidget(dialog)
    dialog.ui.entityTypeCombo.setCurrentIndex(dialog.ui.entityTypeCombo.findData("enterprise"))
    dialog.ui.sectorCombo.setCurrentIndex(dialog.ui.sectorCombo.findData("industry_construction"))
    assert dialog.ui.sizeClassValue.text() == "Chưa xác định (thiếu số liệu)"
    qtbot.keyClicks(dialog.ui.employeesEdit, "8")
    qtbot.keyClicks(dialog.ui.revenueEdit, "2000000000")
    assert dialog.ui.sizeClassValue.text() == "Siêu nhỏ"
    qtbot.keyClicks(dialog.ui.employeesEdit, "0")  # 80 workers
    assert dialog.ui.sizeClassValue.text() == "Nhỏ"
    dialog.ui.entityTypeCombo.setCurrentIndex(dialog.ui.entityTypeCombo.findData("household"))
    assert dialog.ui.sizeClassValue.text() == "Không áp dụng (không phải doanh nghiệp)"
    # a cooperative is outside NĐ 80/2021: the enterprise thresholds give an estimate, and the form says so
    dialog.ui.entityTypeCombo.setCurrentIndex(dialog.ui.entityTypeCombo.findData("cooperative"))
    assert dialog.ui.sizeClassValue.text() == "Nhỏ (ước tính theo ngưỡng doanh nghiệp; hợp tác xã không thuộc NĐ 80/2021)"


def test_the_business_page_shows_a_cooperatives_size_as_an_estimate(start_window):
    window = start_window()
    window.repo.add_business(Business(name="HTX nông nghiệp Cam Lộ", entity_type="cooperative",
                                      sector="agriculture_forestry_fishery", employees=150,
                                      annual_revenue_vnd=150_000_000_000, commune="Cam Lộ"))
    window.repo.add_business(Business(name="Công ty TNHH Cam Lộ", entity_type="enterprise",
                                      sector="agriculture_forestry_fishery", employees=150,
                                      annual_revenue_vnd=150_000_000_000, commune="Cam Lộ"))
    window.refresh()
    shown = {}
    for business in window.repo.businesses():
        window.businesses.select(business.stored_id)
        shown[business.entity_type] = window.businesses.fact_labels["size_class"][1].text()
    assert shown == {"cooperative": "Vừa (ước tính theo ngưỡng doanh nghiệp; hợp tác xã không thuộc NĐ 80/2021)",
                     "enterprise": "Vừa"}


def test_commune_type_ahead_ignores_diacritics_and_writes_the_proper_name(qtbot):
    dialog = BusinessDialog()
    qtbot.addWidget(dialog)
    completer = dialog.ui.communeEdit.completer()
    completer.setCompletionPrefix("cam lo")
    assert completer.currentCompletion() == "Cam Lộ"
    dialog.ui.communeEdit.setText("dong ha")
    dialog.ui.communeEdit.editingFinished.emit()
    assert dialog.ui.communeEdit.text() == "Đông Hà"
    assert dialog.problem_text("commune") == ""
    dialog.ui.communeEdit.setText("Hải Lăng Mới")
    dialog.ui.communeEdit.editingFinished.emit()
    assert "78" in dialog.problem_text("commune")
    dialog.ui.provinceCombo.setCurrentText("Huế")  # other provinces: no commune list
    assert dialog.ui.communeEdit.completer() is None and dialog.problem_text("commune") == ""


def _add(window, *names):
    for name in names:
        window.repo.add_business(Business(name=name, entity_type="household", sector="trade_services",
                                          commune="Đông Hà"))
    window.refresh()


def test_search_finds_businesses_with_or_without_diacritics(start_window, qtbot):
    window = start_window()
    _add(window, "Hợp tác xã Quảng Trị Xanh", "Tạp hóa Đông Hà", "Xưởng mộc Cam Lộ")
    view = window.businesses
    qtbot.keyClicks(view.search, "quang tri")
    assert view.visible_names() == ["Hợp tác xã Quảng Trị Xanh"]
    view.search.clear()
    view.search.setText("Mộc")  # with diacritics (QTest types ASCII only)
    assert view.visible_names() == ["Xưởng mộc Cam Lộ"]
    view.search.setText("khong co")
    assert view.visible_names() == [] and view.no_match.isVisible()


def test_deleting_asks_first_and_declining_keeps_the_business(start_window, messages):
    window = start_window()
    _add(window, "Tạp hóa Đông Hà")
    view = window.businesses
    view.select(window.repo.businesses()[0].id)
    messages.answer = False
    view.delete_button.click()
    assert messages[-1][0] == "confirm" and "Tạp hóa Đông Hà" in messages[-1][2]
    assert len(window.repo.businesses()) == 1
    messages.answer = True
    view.delete_button.click()
    assert window.repo.businesses() == []
    assert window.business_stack.currentWidget() is window.welcome


def test_switching_language_retranslates_the_visible_window_without_restart(start_window, qtbot):
    window = start_window()
    nav = window.ui.navigation
    assert [nav.item(i).text() for i in range(nav.count())][:2] == ["Cơ sở kinh doanh", "Đánh giá"]
    window.show_view("settings")
    window.settings_view.ui.languageCombo.setCurrentIndex(window.settings_view.ui.languageCombo.findData("en"))
    assert language().code == "en" and window.settings.language == "en"
    qtbot.waitUntil(lambda: nav.item(0).text() == "Businesses")  # LanguageChange events are posted
    assert [nav.item(i).text() for i in range(nav.count())] == [
        "Businesses", "Assessment", "Results", "Roadmap", "Policies", "Report", "Settings"]
    assert window.settings_view.ui.consultantGroup.title() == "Consultant profile"
    assert window.settings_view.ui.dataFolderValue.text() == str(window.data_dir)  # still there after the switch
    assert window.welcome.new_button.text() == "New business"
    assert window.pages["results"].widget(0).title.text() == "Results"  # the empty state until an assessment opens
    assert nav.currentRow() == 6  # still on the settings view
    window.settings_view.ui.languageCombo.setCurrentIndex(window.settings_view.ui.languageCombo.findData("vi"))
    qtbot.waitUntil(lambda: nav.item(0).text() == "Cơ sở kinh doanh")
    assert window.settings_view.ui.consultantGroup.title() == "Thông tin tư vấn viên"


def test_tab_goes_round_the_business_form_through_its_fields_and_buttons_only(qtbot):
    """After the last button Tab comes back to the name, with no stop on the scrolling frame, where the
    focus would be nowhere to be seen."""
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit

    dialog = BusinessDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    widget, stops = dialog.ui.nameEdit, []
    for _ in range(500):
        widget = widget.nextInFocusChain()
        if widget is dialog.ui.nameEdit:
            break
        if (widget.isVisibleTo(dialog) and widget.isEnabled() and widget.window() is dialog
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus):
            stops.append(widget)
    assert stops and all(isinstance(w, (QLineEdit, QComboBox, QAbstractButton)) for w in stops), [
        f"{type(w).__name__} {w.objectName()!r}" for w in stops if not isinstance(w, (QLineEdit, QComboBox,
                                                                                        QAbstractButton))]


def test_merging_asks_which_entry_says_what_moves_and_keeps_the_chosen_one(start_window, messages, when_modal,
                                                                           app_settings):

    from cds_desktop.domain.assessment import Assessment
    from cds_desktop.domain.instrument import current_instrument

    window = start_window()
    _add(window, "Quán Hoa", "Hoa", "Xưởng mộc Cam Lộ")
    repo, instrument = window.repo, current_instrument()
    keep, other = (next(b for b in repo.businesses() if b.name == name) for name in ("Quán Hoa", "Hoa"))
    repo.save_assessment(keep.id, Assessment.new(instrument, "T0")._replace(assessed_on="2026-03-10"))
    moved = repo.save_assessment(other.id, Assessment.new(instrument, "T0")._replace(assessed_on="2026-02-01"))
    window.refresh()
    view = window.businesses
    view.select(keep.id)
    assert view.merge_button.isEnabled() and view.merge_button.text() == "Gộp với cơ sở khác…"

    def choose(dialog):
        assert "Quán Hoa" in dialog.labelText() and dialog.comboBoxItems() == ["Hoa – Đông Hà", "Xưởng mộc Cam Lộ – Đông Hà"]
        dialog.setTextValue("Hoa – Đông Hà")
        dialog.accept()
    messages.answer = False
    when_modal(choose)
    view.merge_button.click()
    kind, _, question, details = messages[-1]
    assert kind == "confirm" and "Hoa" in question and "T0 → T1" in details and "1 lần đánh giá" in details
    assert len(repo.businesses()) == 3  # declined: nothing changed
    messages.answer = True
    when_modal(choose)
    view.merge_button.click()
    assert [b.name for b in repo.businesses()] == ["Quán Hoa", "Xưởng mộc Cam Lộ"]
    assert [(s.id, s.stage) for s in repo.assessments_of(keep.id)][0] == (moved.id, "T0")
    assert messages[-1][0] == "inform" and "Trước khi gộp" in messages[-1][2]
    assert view.visible_names() == ["Quán Hoa", "Xưởng mộc Cam Lộ"]


def test_an_assessment_open_when_merging_is_saved_first_and_put_down_so_its_old_stage_is_never_written_back(
        start_window, messages, when_modal):

    from cds_desktop.domain.assessment import Answer, Assessment
    from cds_desktop.domain.instrument import current_instrument

    window = start_window()
    _add(window, "Quán Hoa", "Hoa")
    repo, instrument = window.repo, current_instrument()
    keep, other = (next(b for b in repo.businesses() if b.name == name) for name in ("Quán Hoa", "Hoa"))
    k1 = repo.save_assessment(keep.id, Assessment.new(instrument, "T0")._replace(assessed_on="2026-09-10"))
    repo.save_assessment(other.id, Assessment.new(instrument, "T0")._replace(assessed_on="2026-02-01"))
    window.refresh()
    window.session.open(repo.get_business(keep.id), repo.get_assessment(k1.id))
    question = next(q.id for q in instrument.questions if q.type == "ladder")
    window.session.edited(window.session.assessment.with_answer(question, Answer.ladder(2)))  # not saved yet
    window.businesses.select(keep.id)
    messages.answer = True

    def choose(dialog):
        dialog.setTextValue(dialog.comboBoxItems()[0])
        dialog.accept()
    when_modal(choose)
    window.businesses.merge_button.click()
    assert window.session.assessment is None
    window.session.autosave.flush()
    after = repo.get_assessment(k1.id)
    assert after.stage == "T1" and after.answers[question] == Answer.ladder(2)  # the edit kept, the new stage too


def test_a_business_stored_with_a_province_that_does_not_exist_is_listed_and_its_form_says_what_to_fix(
        start_window, when_modal, qtbot, messages):
    """An earlier release stored any province: the business still opens and lists; editing it shows at once what to
    fix, and it cannot be saved until a real province is written."""
    import json

    from cds_desktop.paths import user_data_dir
    from cds_desktop.storage import Repository

    with Repository(user_data_dir()) as repo:
        stored = repo.add_business(Business(name="Tạp hóa Đông Hà", entity_type="household", sector="trade_services",
                                            commune="Đông Hà"))
    db = user_data_dir() / "cds-desktop.json"
    tables = json.loads(db.read_text(encoding="utf-8"))
    tables["businesses"][stored.stored_id]["province"] = "Atlantis"
    db.write_text(json.dumps(tables, ensure_ascii=False), encoding="utf-8")
    window = start_window()
    assert window.businesses.visible_names() == ["Tạp hóa Đông Hà"]
    window.businesses.select(stored.stored_id)
    assert "Atlantis" in window.businesses.fact_labels["place"][1].text()
    seen = {}

    def edit(dialog):
        seen["shown"] = dialog.problem_text("province")
        seen["others"] = [dialog.problem_text(key) for key in ("name", "commune", "tax_code")]
        dialog.save_button.click()
        seen["refused"] = dialog.isVisible() and dialog.result_business is None
        dialog.ui.provinceCombo.setCurrentText("Quảng Trị")
        dialog.ui.provinceCombo.lineEdit().editingFinished.emit()
        dialog.save_button.click()

    when_modal(edit)
    window.businesses.edit_button.click()
    assert "'Atlantis'" in seen["shown"] and "34" in seen["shown"]
    assert seen["others"] == ["", "", ""] and seen["refused"]
    assert window.repo.get_business(stored.stored_id).province == "Quảng Trị"


def test_the_province_picker_finds_a_province_written_with_a_prefix_or_odd_spacing(qtbot):
    """'TP. HCM', 'tp hcm', 'Tp Ho Chi Minh' are Hồ Chí Minh once the field is left (place_key), but the list
    offered nothing while they were typed: it compared the text folded only, with its prefix and spaces."""
    from PySide6.QtTest import QTest

    dialog = BusinessDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    completer, edit = dialog.ui.provinceCombo.completer(), dialog.ui.provinceCombo.lineEdit()
    for typed, found in (("TP. HCM", "Hồ Chí Minh"), ("tp hcm", "Hồ Chí Minh"), ("Tp Ho Chi Minh", "Hồ Chí Minh"),
                         ("Thanh pho Ho Chi Minh", "Hồ Chí Minh"), ("sai  gon", "Hồ Chí Minh"),
                         ("tp da nang", "Đà Nẵng"), ("tinh quang binh", "Quảng Trị")):
        edit.clear()
        QTest.keyClicks(edit, typed)
        assert completer.completionCount() == 1 and completer.currentCompletion() == found, typed


def test_a_line_break_pasted_into_a_one_line_field_is_saved_as_a_space(qtbot):
    """A spreadsheet cell copied with its lines, pasted into the name: the business is saved on one line (before,
    the name kept the break and split every list it was printed in); other spacing stays as typed."""
    from PySide6.QtWidgets import QApplication

    dialog = BusinessDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    fields = {dialog.ui.nameEdit: "Cà phê\r\nKhe  Sanh\n", dialog.ui.addressEdit: "12 Lê Duẩn\u2028Đông Hà",
              dialog.ui.contactNameEdit: "\nNguyễn Thị Hương", dialog.ui.industryEdit: "Rang xay\x0bcà phê"}
    for edit, pasted in fields.items():
        QApplication.clipboard().setText(pasted)
        edit.setFocus()
        edit.paste()
    business = dialog.business()
    assert (business.name, business.address, business.contact.name, business.industry) == (
        "Cà phê Khe  Sanh", "12 Lê Duẩn Đông Hà", "Nguyễn Thị Hương", "Rang xay cà phê")
