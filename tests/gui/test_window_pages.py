"""Through the main window with the sample business: Results, Policies and Report show its data, a
language switch re-translates them in place, and re-drawn policy cards never paint over each other."""

import os
from datetime import date

import pytest
from PySide6.QtWidgets import QFrame, QToolButton

from cds_desktop.domain.plan import make_plan
from cds_desktop.domain.eligibility import CHECK, ELIGIBLE, NOT_ELIGIBLE
from cds_desktop.domain.scoring import score
from cds_desktop.gui.results.figures import number


@pytest.fixture
def window(start_window):
    window = start_window()
    window.actions.add_sample()
    assert window.business is not None
    return window


def sample_of(window):
    assessment = window.repo.get_assessment(window.repo.assessments_of(window.business.id)[-1].id)
    return window.instrument, window.business, assessment


def visible_cards(view):
    return [f for f in view.findChildren(QFrame, "card") if f.isVisibleTo(view)]


def test_results_policies_and_report_show_the_sample_business(window):
    instrument, business, assessment = sample_of(window)
    expected = score(instrument, business, assessment)

    window.show_view("results")
    results = window.outcomes.views["results"].results
    assert window.pages["results"].currentWidget() is window.outcomes.views["results"]
    assert business.name in results.title.text()
    assert results.badge.text() == str(expected.overall_level)
    assert number(expected.overall.score, "vi") in results.score_label.text()

    window.show_view("policies")
    page = window.outcomes.views["policies"]
    assert window.pages["policies"].currentWidget() is page
    plan = make_plan(instrument, business, assessment, on=date.today())
    shown = page.policies.shown
    for group in (ELIGIBLE, CHECK, NOT_ELIGIBLE):
        assert [m.policy.id for m in shown[group]] == [m.policy.id for m in plan.policies if m.eligibility == group]
    assert page.currentWidget() is page.policies
    window.show_view("roadmap")  # the plan has its own place in the navigation
    assert window.current_view() == "roadmap" and page.currentWidget() is page.roadmap
    first = [f.property("question_id") for f in visible_cards(page.roadmap)]
    assert 3 <= len(first) <= 5 and first == [s.question_id for s in plan.roadmap.steps[:len(first)]]
    for toggle in page.roadmap.findChildren(QToolButton):
        if toggle.property("phase") and toggle.isVisibleTo(page.roadmap):
            toggle.setChecked(True)
    roadmap_steps = [f.property("question_id") for f in visible_cards(page.roadmap)]
    assert roadmap_steps == [s.question_id for phase in plan.roadmap.phases for s in phase.steps]
    page.setCurrentWidget(page.policies)  # the tab moves the navigation with it
    assert window.current_view() == "policies"
    assert "(0)" not in page.policies.counts.text() and "đủ điều kiện" in page.policies.counts.text()

    window.show_view("report")
    report = window.outcomes.views["report"]
    assert window.pages["report"].currentWidget() is report
    assert report.assessment_id == assessment.id
    assert business.name in report.subtitle.text()


def test_switching_the_language_retranslates_results_and_policies(window, qtbot):
    instrument, business, assessment = sample_of(window)
    window.show_view("results")
    window.show_view("policies")
    results = window.outcomes.views["results"]
    plan_page = window.outcomes.views["policies"]
    assert results.results.title.text().startswith("Kết quả")
    assert plan_page.tabText(1) == "Chính sách hỗ trợ"

    window.set_language("en")
    qtbot.waitUntil(lambda: plan_page.tabText(1) == "Support policies")
    assert results.tabText(0) == "Results"
    assert results.results.title.text() == f"Results: {business.name}, First assessment ({assessment.stage})"
    level = score(instrument, business, assessment).overall_level
    assert results.results.level_label.text().startswith(f"Level {level} · ")
    assert plan_page.policies.title.text() == "Support policies and obligations"
    first = plan_page.policies.shown[ELIGIBLE][0].policy
    card = next(f for f in visible_cards(plan_page.policies) if f.property("policy_id") == first.id)
    assert first.title["en"] in card.findChild(type(results.results.title)).text()
    assert plan_page.roadmap.title.text() == "Roadmap"


def test_redrawn_policy_cards_are_gone_at_once(window):
    window.show_view("policies")
    view = window.outcomes.views["policies"].policies
    view.show_not_eligible.setChecked(True)
    for category in ("training", "", "consulting"):
        view.set_category(category)  # no event loop in between: deleteLater has not run yet
        shown = sum(len(matches) for matches in view.shown.values())
        assert len(visible_cards(view)) == shown


def test_coming_back_to_an_unchanged_page_does_not_fill_it_again(window, monkeypatch):
    filled = []
    for key in ("results", "policies"):
        window.show_view(key)
        view = window.outcomes.views[key]
        monkeypatch.setattr(view, "show_assessment", lambda *args, key=key: filled.append(key))
    for _ in range(3):
        for key in ("businesses", "results", "policies"):
            window.show_view(key)
    assert filled == []
    _, business, assessment = sample_of(window)
    window.repo.save_assessment(business.id, assessment)  # a change in the store: both pages may differ
    window.show_view("results")
    window.show_view("policies")
    assert filled == ["results", "policies"]


def test_while_idle_the_window_readies_results_and_policies_for_their_first_visit(window, qtbot, monkeypatch):
    import threading

    from cds_desktop import formats
    from cds_desktop.gui import plans
    from cds_desktop.gui.results.chart import matplotlib_loader

    formats_read = []  # the policies write dates in both languages: Babel's data is read off the GUI thread
    monkeypatch.setattr(formats, "load_locale_data", lambda: formats_read.append(threading.current_thread()))
    window.outcomes.prewarm()  # what the window does once it has been idle after loading
    qtbot.waitUntil(lambda: bool(formats_read), timeout=10_000)
    assert formats_read[0] is not threading.main_thread()
    qtbot.waitUntil(lambda: {"results", "policies"} <= set(window.outcomes.views), timeout=10_000)
    qtbot.waitUntil(lambda: matplotlib_loader().loaded, timeout=60_000)
    _, business, assessment = sample_of(window)
    qtbot.waitUntil(lambda: any(inputs[1:3] == (business, assessment) for inputs, _, _ in plans._recent), timeout=10_000)
    kept = next(plan for inputs, _, plan in plans._recent if inputs[1:3] == (business, assessment))
    window.show_view("results")
    window.show_view("policies")
    assert window.outcomes.views["results"].results.plan is kept  # computed once, in the warm-up
    assert window.outcomes.views["policies"].policies.plan is kept


def test_the_results_of_another_business_open_at_their_top(start_window, monkeypatch, qtbot):
    """Results and the plan kept the place scrolled to for the business before: the next business's page opened
    half-way down, its level out of sight."""
    from PySide6.QtWidgets import QScrollArea

    from busy_data import fill_store

    fill_store(monkeypatch, os.environ["CDS_DESKTOP_DATA_DIR"], 2)
    window = start_window()
    first, second = window.repo.businesses()
    for key in ("results", "roadmap", "policies"):
        window.businesses.select(first.id)
        window.show_view(key)
        qtbot.wait(10)
        scrolls = [s for s in window.ui.pages.currentWidget().findChildren(QScrollArea) if s.isVisible()]
        for scroll in scrolls:
            scroll.verticalScrollBar().setValue(scroll.verticalScrollBar().maximum() // 2)
        assert any(s.verticalScrollBar().value() for s in scrolls), key
        window.show_view("businesses")
        window.businesses.select(second.id)
        window.show_view(key)
        qtbot.wait(10)
        assert [s.verticalScrollBar().value() for s in scrolls if s.isVisible()] == [0] * len(scrolls), key


def test_with_no_assessment_open_the_roadmap_says_what_it_waits_for_under_its_own_name(start_window, qtbot):
    # Roadmap and Policies share one page; its empty state was titled "Support policies" under Roadmap.
    window = start_window()
    assert window.assessment is None
    for view in ("roadmap", "policies"):
        window.show_view(view)
        empty = window.pages[view].currentWidget()
        assert "Lộ trình" in empty.title.text() and "chính sách hỗ trợ" in empty.title.text()
        assert "các bước nên làm" in empty.message.text()
    window.set_language("en")
    qtbot.waitUntil(lambda: "Roadmap" in window.pages["roadmap"].currentWidget().title.text())
    assert "steps to take next" in window.pages["roadmap"].currentWidget().message.text()


def test_with_a_business_chosen_the_assessment_page_offers_the_assessment_the_other_pages_show(window, qtbot):
    # It said "choose a business under Businesses" while Results showed that business's T0.
    _, business, assessment = sample_of(window)
    assert window.assessment is None
    window.show_view("assessment")
    empty = window.pages["assessment"].currentWidget()
    assert empty is window.no_assessment
    assert business.name in empty.message.text() and "15/10/2026" in empty.message.text()
    assert "đã hoàn thành" in empty.message.text() and "Chọn một cơ sở" not in empty.message.text()
    assert empty.button.text() == "Mở lần đánh giá này"
    window.set_language("en")
    qtbot.waitUntil(lambda: empty.button.text() == "Open this assessment")
    assert "First assessment (T0)" in empty.message.text() and "completed" in empty.message.text()

    empty.button.click()
    assert window.assessment is not None and window.assessment.id == assessment.id
    assert window.pages["assessment"].currentWidget() is window.questionnaire
    assert window.current_view() == "assessment"


def test_with_no_business_chosen_the_assessment_page_sends_to_the_businesses(start_window):
    window = start_window()
    assert window.business is None
    window.show_view("assessment")
    empty = window.pages["assessment"].currentWidget()
    assert "Chọn một cơ sở" in empty.message.text() and empty.button.text() == "Đến danh sách cơ sở"
    empty.button.click()
    assert window.current_view() == "businesses"


def test_a_closed_draft_is_offered_to_continue(window, qtbot):
    _, business, assessment = sample_of(window)
    draft = window.repo.copy_for_reassessment(assessment.id, date(2026, 11, 20))
    window.open_assessment(business, draft)
    window.close_assessment()
    empty = window.pages["assessment"].currentWidget()
    assert empty is window.no_assessment
    assert "bản nháp" in empty.message.text() and "20/11/2026" in empty.message.text()
    assert empty.button.text() == "Tiếp tục bản nháp này"
    empty.button.click()
    assert window.assessment.id == draft.id and window.assessment.status == "draft"
