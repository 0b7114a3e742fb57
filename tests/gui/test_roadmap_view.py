"""The Roadmap view: the plan's phases and steps with their funders; consultant targets change the plan."""

from datetime import date, timedelta
from html import escape

import pytest

from cds_desktop.domain.assessment import load_assessment_file
from cds_desktop.domain.plan import make_plan
from cds_desktop.paths import assessments_dir

SAMPLE = assessments_dir() / "samples" / "sample-assessment.json"
ON = date(2026, 11, 27)


@pytest.fixture
def sample():
    return load_assessment_file(SAMPLE)


@pytest.fixture
def view(qtbot, sample):
    from cds_desktop.gui.roadmap_view import RoadmapView

    view = RoadmapView()
    qtbot.addWidget(view)
    view.show_plan(sample.instrument, sample.business, sample.assessment,
                   make_plan(sample.instrument, sample.business, sample.assessment, on=ON))
    return view


def step_cards(view):
    """Every step card in the order shown: the steps to start with, then the folded ones phase by phase."""
    cards, box = [], view.steps_box
    for widget in (box.itemAt(i).widget() for i in range(box.count())):
        if widget.property("question_id"):
            cards.append(widget)
        elif widget.layout() is not None:
            cards += [widget.layout().itemAt(j).widget() for j in range(widget.layout().count())]
    return cards


def test_the_plan_opens_on_three_to_five_steps_and_folds_the_rest_by_phase(view):
    from PySide6.QtWidgets import QToolButton

    cards = step_cards(view)
    view.show()
    shown = [c for c in cards if c.isVisible()]
    assert 3 <= len(shown) <= 5 and shown == cards[:len(shown)]
    toggles = [w for w in view.findChildren(QToolButton) if w.property("phase")]
    assert toggles and all(not t.isChecked() for t in toggles)
    for toggle in toggles:
        toggle.click()
    assert all(c.isVisible() for c in cards)


def test_every_step_is_shown_in_plan_order_with_the_supports_that_fund_it(view, sample):
    from PySide6.QtWidgets import QLabel

    steps = view.plan.roadmap.steps
    cards = step_cards(view)
    assert [c.property("question_id") for c in cards] == [s.question_id for s in steps]
    for card, step in zip(cards, steps):
        text = card.findChild(QLabel).text()
        for match in step.policies:
            assert escape(match.policy.title["vi"]) in text


def test_a_higher_target_lengthens_the_step_and_is_emitted_with_the_assessment(qtbot, view):
    qid = "mgt_accounting"
    level = view.plan.result.questions[qid].level
    view.targets_button.setChecked(True)
    with qtbot.waitSignal(view.assessmentChanged) as signal:
        combo = view.target_combos[qid]
        combo.setCurrentIndex(combo.findData(5))
    changed = signal.args[0]
    assert changed.targets == {qid: 5}
    step = next(s for s in view.plan.roadmap.steps if s.question_id == qid)
    assert (step.from_level, step.to_level) == (level, 5)


def test_keeping_the_current_level_removes_the_step(qtbot, view):
    qid = "mgt_accounting"
    level = view.plan.result.questions[qid].level
    view.set_target(qid, level)
    assert qid not in [c.property("question_id") for c in step_cards(view)]
    view.set_target(qid, None)  # back to automatic
    assert view.assessment.targets == {}
    assert qid in [c.property("question_id") for c in step_cards(view)]


def test_stored_targets_are_shown_in_the_choosers(qtbot, sample):

    from cds_desktop.gui.roadmap_view import RoadmapView

    assessment = sample.assessment._replace(targets={"mgt_documents": 4})
    view = RoadmapView()
    qtbot.addWidget(view)
    view.show_plan(sample.instrument, sample.business, assessment,
                   make_plan(sample.instrument, sample.business, assessment, on=ON))
    assert view.target_combos == {}  # a chooser per question, built when the consultant opens them
    view.targets_button.setChecked(True)
    assert view.target_combos["mgt_documents"].currentData() == 4
    assert view.target_combos["mgt_accounting"].currentData() is None


def test_past_the_catalogs_review_date_the_supports_come_with_a_word_that_they_may_have_changed(qtbot, sample):
    """The steps name supports ("Can be funded by"): a plan matched after the catalog's review date says, before
    them, that the catalog may be out of date, as the Policies tab does; a plan within it says nothing more."""
    from PySide6.QtWidgets import QLabel

    from cds_desktop.domain.edition import active_edition, edition_notices
    from cds_desktop.gui.roadmap_view import RoadmapView

    review_by = active_edition().review_by
    for on, warned in ((review_by, False), (review_by + timedelta(days=1), True)):
        view = RoadmapView()
        qtbot.addWidget(view)
        plan = make_plan(sample.instrument, sample.business, sample.assessment, on=on)
        assert any(step.policies for step in plan.roadmap.steps)
        view.show_plan(sample.instrument, sample.business, sample.assessment, plan)
        texts = [w.text() for w in (view.steps_box.itemAt(i).widget() for i in range(view.steps_box.count()))
                 if isinstance(w, QLabel)]
        notices = edition_notices(active_edition(), on)
        assert bool(notices) == warned
        assert [t for t in texts if "có thể đã cũ" in t] == ([texts[0]] if warned else [])
        assert all(notice["vi"] in texts[0] for notice in notices)
