"""The businesses view keeps its layout while the user moves through the list: choosing a business, or one
whose assessments have longer cells, does not move the list from beside the details to above them."""


import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QBoxLayout, QWidget

from cds_desktop.domain.assessment import Assessor
from cds_desktop.domain.sample import sample_file
from cds_desktop.formats import format_percent
from cds_desktop.gui.businesses.view import BusinessesView
from cds_desktop.gui.language import language


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("width", [700, 860, 1000, 1200])
def test_choosing_a_business_does_not_turn_the_layout_round(qtbot, width, lang):
    language().set(lang)
    sample = sample_file()
    business = sample.business
    short = business._replace(id="b-short", name="Quán Mai")
    long_cells = sample.assessment._replace(id="a-long", stage="T9", assessed_on="2026-09-28",
                                     assessor=Assessor(name="Nguyễn Thị Lan"))
    view = BusinessesView()
    qtbot.addWidget(view)
    view.resize(width, 500)
    view.show()
    view.set_businesses([business, short])
    before = view.body.direction()
    view.set_assessments(business, [sample.assessment], [])
    assert view.body.direction() == before, "choosing a business moved the list"
    view.set_assessments(short, [long_cells], [])
    assert view.body.direction() == before, "a business with longer cells moved the list"
    if width >= 1200:  # a wide window keeps the list beside the details
        assert before == QBoxLayout.Direction.LeftToRight


def test_the_hint_points_to_the_list_wherever_it_stands(qtbot):
    view = BusinessesView()
    qtbot.addWidget(view)
    view.resize(700, 500)  # narrow: the list stands above the details, not on their left
    view.show()
    view.set_businesses([sample_file().business], select_id="")
    assert view.body.direction() == QBoxLayout.Direction.TopToBottom
    assert view.choose_hint.text() == "Chọn một cơ sở trong danh sách để xem các bài đánh giá."
    language().set("en")
    qtbot.waitUntil(lambda: view.choose_hint.text() == "Choose a business in the list to see its assessments.")


def laptop_view(qtbot, business) -> BusinessesView:
    """The view as a 1366x768 screen at 125 % leaves it (about 850x500 pixels), the business chosen."""
    view = BusinessesView()
    qtbot.addWidget(view)
    view.resize(850, 500)
    view.show()
    view.set_businesses([business])
    return view


def in_sight(widget: QWidget) -> bool:
    """Shown and cut by none of the widgets it is in (a scroll area's viewport among them): seen without
    scrolling."""
    window = widget.window()
    area = QRect(widget.mapTo(window, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None:
        corner = QPoint(0, 0) if parent is window else parent.mapTo(window, QPoint(0, 0))
        if not QRect(corner, parent.size()).contains(area):
            return False
        parent = parent.parentWidget()
    return widget.isVisible()


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_buttons_that_open_an_assessment_show_without_scrolling_on_a_laptop(qtbot, lang):
    """1366x768 at 125 % leaves this view about 850x500 pixels: the buttons under the table of assessments are
    in sight, the business's facts are scrolled to."""
    language().set(lang)
    sample = sample_file()
    view = laptop_view(qtbot, sample.business)
    view.set_assessments(sample.business, [sample.assessment], [])
    qtbot.wait(10)
    for button in (view.reassess_button, view.continue_button, view.start_button):
        assert in_sight(button), f"{button.text()!r} is out of sight until the user scrolls"


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("last", ["draft", "completed"])
def test_after_a_few_assessments_the_actions_and_why_they_wait_show_without_scrolling_on_a_laptop(qtbot, lang, last):
    """T0, T1 and T2 fill the card of a 1366x768 laptop at 125 %: "Continue the draft", the two ways to start T3
    and, while T2 is a draft, why they wait, are all in sight without scrolling."""
    language().set(lang)
    sample = sample_file()
    t0 = sample.assessment
    t1 = t0._replace(id="a-t1", stage="T1", assessed_on="2026-06-01", status="completed")
    t2 = t0._replace(id="a-t2", stage="T2", assessed_on="2026-09-01", status=last)
    view = laptop_view(qtbot, sample.business)
    view.set_assessments(sample.business, [t0, t1, t2], [])
    qtbot.wait(10)
    assert view.detail_scroll.verticalScrollBar().maximum() > 0  # the details do not all fit: the facts scroll
    draft = last == "draft"
    assert view.reassess_hint.isVisible() == draft and view.reassess_button.isEnabled() != draft
    assert view.continue_button.text() == {("vi", True): "Tiếp tục bản nháp", ("en", True): "Continue the draft",
                                           ("vi", False): "Mở", ("en", False): "Open"}[lang, draft]
    actions = [view.continue_button, view.reassess_button, view.start_button] + [view.reassess_hint] * draft
    for widget in actions:
        assert in_sight(widget), f"{widget.text()!r} is out of sight until the user scrolls"


def test_a_later_assessment_leads_with_the_copy_of_the_last_one(qtbot):
    """Re-assessing from a copy is the way the app recommends (only what changed is answered again): with an
    assessment, it is the blue button first in line and in Tab order; a blank one comes after Open, beside it
    while the card has the width, on the row below when not."""
    sample = sample_file()
    view = laptop_view(qtbot, sample.business)
    view.set_assessments(sample.business, [], [])
    assert view.start_button.objectName() == "primary" and view.reassess_button.isHidden()
    view.set_assessments(sample.business, [sample.assessment], [])
    qtbot.wait(10)
    copy, blank = view.reassess_button, view.start_button
    assert copy.objectName() == "primary" and blank.objectName() != "primary"
    assert copy.y() == blank.y() and copy.x() < view.continue_button.x() < blank.x()
    assert copy.nextInFocusChain() is view.continue_button and view.continue_button.nextInFocusChain() is blank
    view.resize(560, 600)  # as narrow as a 1366x768 screen at 150 % leaves it, and a larger font
    qtbot.waitUntil(lambda: copy.y() < blank.y())
    assert copy.x() < view.continue_button.x() and copy.y() == view.continue_button.y()
    assert copy.nextInFocusChain() is view.continue_button and view.continue_button.nextInFocusChain() is blank
    view.resize(850, 500)
    qtbot.waitUntil(lambda: copy.y() == blank.y())
    view.set_assessments(sample.business, [], [])
    assert view.start_button.objectName() == "primary" and view.start_button.y() == view.continue_button.y()


def test_above_the_details_the_list_shows_each_business_on_one_line(qtbot):
    """The list above the details is a few rows high: a business on one line (name · place) shows half as many
    again as the name over the place."""
    from cds_desktop.domain.business import Business

    businesses = [Business(id=f"b{i}", name=f"Cửa hàng tạp hóa Minh Anh {i}", entity_type="household",
                           sector="trade_services", commune="Đông Hà") for i in range(30)]
    view = BusinessesView()
    qtbot.addWidget(view)
    view.resize(850, 500)
    view.show()
    view.set_businesses(businesses)
    assert view.body.direction() == QBoxLayout.Direction.TopToBottom
    assert view.list.item(0).text() == "Cửa hàng tạp hóa Minh Anh 0 · Đông Hà, Quảng Trị"
    one_line = view.list.visualItemRect(view.list.item(0)).height()
    view.resize(1400, 500)  # beside the details: narrow and tall, the place under the name
    qtbot.waitUntil(lambda: view.body.direction() == QBoxLayout.Direction.LeftToRight)
    assert view.list.item(0).text() == "Cửa hàng tạp hóa Minh Anh 0\nĐông Hà, Quảng Trị"
    assert one_line < view.list.visualItemRect(view.list.item(0)).height()
    assert view.visible_names()[:2] == ["Cửa hàng tạp hóa Minh Anh 0", "Cửa hàng tạp hóa Minh Anh 1"]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_draft_partly_answered_shows_how_much_is_answered_not_a_missing_questionnaire(qtbot, tmp_path, lang):
    """A draft has no level until every question is answered (a paper form read back mostly blank, say): the list
    says how much is answered, not that its questionnaire is not installed."""
    from cds_desktop.domain.assessment import Assessment
    from cds_desktop.domain.business import Business
    from cds_desktop.domain.instrument import current_instrument
    from cds_desktop.storage import Repository
    from storage_support import answers_at

    language().set(lang)
    instrument = current_instrument()
    with Repository(tmp_path / "data") as repo:
        business = repo.add_business(Business(name="Trang trại Gio Linh", entity_type="household",
                                              sector="agriculture_forestry_fishery"))
        some = dict(list(answers_at(instrument, business, 2).items())[:4])
        draft = repo.save_assessment(business.id, Assessment.new(instrument, "T0")._replace(answers=some))
        view = BusinessesView()
        qtbot.addWidget(view)
        view.set_businesses([business])
        [summary] = repo.assessments_of(business.id)
        view.set_assessments(business, [draft], [summary])
    assert summary.overall_level is None and 0 < summary.completeness < 1
    assert view.table.item(0, 4).text() == {"vi": "Đã trả lời {percent}", "en": "{percent} answered"}[lang].format(
        percent=format_percent(summary.completeness, lang))


def test_above_the_details_the_list_takes_the_height_until_a_business_is_chosen(qtbot):
    """A consultant with hundreds of businesses and none chosen sees a page of them, not three rows over an
    empty space; once one is chosen, its details take the height and the list keeps it in sight."""
    business = sample_file().business
    many = [business._replace(id=f"b{n:03d}", name=f"Cơ sở số {n}") for n in range(300)]
    view = BusinessesView()
    qtbot.addWidget(view)
    view.resize(850, 500)  # a 1366x768 screen at 125 %: the list above the details
    view.show()
    view.set_businesses(many, select_id="")
    assert view.body.direction() == QBoxLayout.Direction.TopToBottom
    qtbot.waitUntil(lambda: view.list.height() > view.height() // 2)
    view.list.setCurrentRow(250)
    view.set_assessments(many[250], [], [])
    qtbot.waitUntil(lambda: view.list.height() < view.height() // 3 and view.detail_page.height() > view.height() // 3)
    assert view.right.currentWidget() is view.detail_page
    row = view.list.visualItemRect(view.list.item(250))
    assert view.list.viewport().rect().contains(row.center()), "the chosen business left the list's view"


@pytest.mark.parametrize("count", [1, 3])
def test_above_the_details_a_short_list_takes_only_its_rows(qtbot, count):
    """An owner with one business (or a few) on a 1366x768 screen at 125 %: the list above the details is as tall
    as its rows, with no empty space under them, and leaves the rest to the business's assessments (it kept the
    height of a dozen rows, and the T2 row was cut off below it); a search that finds fewer shortens it again."""
    business = sample_file().business
    names = ("Quán Mai", "Tạp hóa Lan", "Cà phê Hương")[:count]
    few = [business._replace(id=f"b{n}", name=name) for n, name in enumerate(names)]
    view = BusinessesView()
    qtbot.addWidget(view)
    view.resize(850, 500)
    view.show()
    view.set_businesses(few, select_id="")
    view.list.setCurrentRow(0)
    view.set_assessments(few[0], [], [])
    assert view.body.direction() == QBoxLayout.Direction.TopToBottom

    def rows_fill_the_list() -> bool:
        bottom = view.list.visualItemRect(view.list.item(view.list.count() - 1)).bottom()
        shown = [view.list.item(r) for r in range(view.list.count()) if not view.list.item(r).isHidden()]
        last = view.list.visualItemRect(shown[-1]).bottom() if shown else bottom
        return 0 <= view.list.viewport().height() - last <= 8 and not view.list.verticalScrollBar().isVisible()

    qtbot.waitUntil(rows_fill_the_list)
    row = view.list.visualItemRect(view.list.item(0)).height()
    assert view.list.height() <= row * count + 16
    if count > 1:
        tall = view.list.height()
        view.search.setText("tap hoa")
        qtbot.waitUntil(lambda: view.list.height() < tall)
        qtbot.waitUntil(rows_fill_the_list)
