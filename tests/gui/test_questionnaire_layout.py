"""Every page of the real questionnaire fits a 1280x720 window, also at 150 % font: long texts wrap,
pages scroll vertically only, and nothing is cut off."""

import pytest
from PySide6.QtWidgets import QAbstractButton, QApplication, QLabel

from cds_desktop.domain.assessment import Assessment
from cds_desktop.domain.business import Business
from cds_desktop.domain.instrument import current_instrument
from cds_desktop.gui.language import language
from cds_desktop.gui.questionnaire import QuestionnaireView


@pytest.fixture(params=[1.0, 1.5], ids=["100%", "150%"])
def font_scale(request):
    app = QApplication.instance()
    original = app.font()
    font = app.font()
    font.setPointSizeF(original.pointSizeF() * request.param)
    app.setFont(font)
    yield request.param
    app.setFont(original)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_every_page_fits_1280x720_without_clipping_or_horizontal_scrolling(qtbot, font_scale, lang):
    language().set(lang)
    farm = Business(name="HTX nông nghiệp Hải Lăng", entity_type="cooperative",
                    sector="agriculture_forestry_fishery", employees=12, annual_revenue_vnd=4_000_000_000)
    instrument = current_instrument()
    view = QuestionnaireView()
    qtbot.addWidget(view)
    view.resize(1280, 720)
    view.show()
    qtbot.waitExposed(view)
    view.set_assessment(instrument, farm, Assessment.new(instrument))
    view.request_complete()  # the list of missing questions takes room too
    for area in instrument.areas:
        view.go_to_area(area.id)
        page = view.stack.currentWidget()
        QApplication.processEvents()
        assert page.horizontalScrollBar().maximum() == 0, area.id
        viewport = page.viewport().width()
        for widget in page.widget().findChildren(QLabel) + page.widget().findChildren(QAbstractButton):
            if not widget.isVisibleTo(page):
                continue
            assert widget.width() <= viewport, (area.id, widget.objectName())
            if isinstance(widget, QLabel) and widget.wordWrap():
                needed = widget.heightForWidth(widget.width())
                assert widget.height() >= needed, (area.id, widget.text()[:60])
            elif widget.sizeHint().width() > widget.width():
                pytest.fail(f"{area.id}: {widget.objectName() or widget.text()!r} is narrower than its text")
    for button in (view.complete_button, view.previous_button, view.next_button, view.missing.close_button):
        assert button.width() >= button.sizeHint().width(), button.text()
    assert view.heading.height() >= view.heading.heightForWidth(view.heading.width())
    language().set("vi")
