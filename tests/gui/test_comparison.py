"""Comparing two assessments of a business: the right changes, the right default pair, every stage charted."""

from datetime import date

import pytest

from cds_desktop.domain.assessment import Answer
from cds_desktop.gui.results.tables import RAW
from cds_desktop.storage import Repository
from cds_desktop.storage.exchange import add_sample


@pytest.fixture
def stages(tmp_path):
    """The sample at T0, then T1 with accounting 2->4, documents 1->3, marketing 4->3 and T2 unchanged."""
    with Repository(tmp_path / "data") as repo:
        t0 = add_sample(repo)
        t1 = repo.copy_for_reassessment(t0.id, on=date(2027, 4, 20))
        t1 = t1.with_answer("mgt_accounting", Answer.ladder(4)).with_answer("mgt_documents", Answer.ladder(3)) \
            .with_answer("biz_marketing", Answer.ladder(3))
        t1 = repo.save_assessment(t0.business_id, t1._replace(status="completed"))
        t2 = repo.copy_for_reassessment(t1.id, on=date(2027, 10, 1))
        yield repo, repo.get_business(t0.business_id), [t0.id, t1.id, t2.id]


@pytest.fixture
def view(qtbot):
    from cds_desktop.gui.comparison import ComparisonView

    view = ComparisonView()
    qtbot.addWidget(view)
    view.resize(1050, 720)
    return view


def test_the_questions_that_moved_are_exactly_the_changed_answers(stages):
    from cds_desktop.gui.comparison.changes import compare

    repo, business, (t0, t1, _) = stages
    before, after = repo.assessment_file(t0), repo.assessment_file(t1)
    changes = compare(business, (before.instrument, before.assessment), (after.instrument, after.assessment))
    assert [(m.question.id, m.before, m.after) for m in changes.moved] == [
        ("mgt_accounting", 2, 4), ("mgt_documents", 1, 3), ("biz_marketing", 4, 3)]
    assert [m.question.id for m in changes.improved] == ["mgt_accounting", "mgt_documents"]
    assert [m.question.id for m in changes.declined] == ["biz_marketing"]
    management = next(a for a in changes.areas if a.id == "management")
    business_area = next(a for a in changes.areas if a.id == "business")
    assert management.delta > 0 and business_area.delta < 0
    untouched = [a for a in changes.areas if a.id not in ("management", "business")]
    assert all(a.delta == 0 for a in untouched)
    assert changes.overall.delta == round(changes.after.overall.score - changes.before.overall.score, 1)


def test_the_view_compares_the_last_two_by_default(view, stages):
    repo, business, (t0, t1, t2) = stages
    view.show_business(repo, business)
    assert (view.before_combo.currentData(), view.after_combo.currentData()) == (t1, t2)
    assert view.changes.moved == ()  # T2 is a copy of T1
    assert all(view.areas.item(r, 3).text() == "=" for r in range(view.areas.rowCount()))


def test_the_view_shows_each_area_change_with_its_arrow(view, stages):
    repo, business, (t0, t1, _) = stages
    view.show_business(repo, business, t0, t1)
    rows = {view.areas.item(r, 0).text(): r for r in range(view.areas.rowCount())}
    ids = [a.id for a in view.changes.areas]
    for change in view.changes.areas:
        r = ids.index(change.id)
        assert view.areas.item(r, 1).data(RAW) == change.before and view.areas.item(r, 2).data(RAW) == change.after
        arrow = view.areas.item(r, 3).text()
        assert arrow[0] == ("▲" if change.delta > 0 else "▼" if change.delta < 0 else "=")
    assert len(rows) == len(ids)
    moved = [view.moved.item(r, 3).text() for r in range(view.moved.rowCount())]
    assert moved == ["▲ +2", "▲ +2", "▼ −1"]
    assert "(2" in view.moved_title.text() and "1" in view.moved_title.text()


def test_choosing_another_pair_recompares(view, stages):
    repo, business, (t0, t1, t2) = stages
    view.show_business(repo, business)
    view.before_combo.setCurrentIndex(0)
    assert view.changes is not None and len(view.changes.moved) == 3
    view.after_combo.setCurrentIndex(0)
    assert view.changes is None and view.message.isVisibleTo(view)


def test_a_single_assessment_explains_there_is_nothing_to_compare(view, tmp_path):
    with Repository(tmp_path / "one") as repo:
        summary = add_sample(repo)
        view.show_business(repo, repo.get_business(summary.business_id))
    assert view.changes is None
    assert view.message.isVisibleTo(view) and not view.body.isVisibleTo(view)
    assert view.trend_card.isVisibleTo(view)  # the one stage is still charted


def test_the_trend_chart_covers_every_stage(qtbot, view, stages):
    repo, business, ids = stages
    view.show()
    view.show_business(repo, business)
    qtbot.waitUntil(lambda: view.trend.draws >= 1, timeout=10_000)
    axes = view.trend.figure.axes[0]
    assert [t.get_text() for t in axes.get_xticklabels()] == ["T0", "T1", "T2"]
    line = axes.lines[0]
    assert list(line.get_ydata()) == [repo.summary(i).overall_score for i in ids]


def test_the_progress_of_an_open_t1_compares_it_with_t0_not_the_last_two(qtbot, stages):
    """Opening T1 of a business with T0, T1, T2 showed T1 -> T2 (the last two), not what T1's report shows."""
    from cds_desktop.gui.results.page import ResultsPage

    repo, business, (t0, t1, t2) = stages
    page = ResultsPage()
    qtbot.addWidget(page)
    opened = repo.assessment_file(t1)
    page.show_assessment(repo, opened.instrument, business, opened.assessment)
    view = page.comparison
    assert (view.before_combo.currentData(), view.after_combo.currentData()) == (t0, t1)
    assert len(view.changes.moved) == 3  # T0 -> T1, not the unchanged copy T2


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_progress_says_which_two_it_compares(view, stages, lang):
    from cds_desktop.gui.language import language

    language().set(lang)
    repo, business, (t0, t1, t2) = stages
    view.show_business(repo, business, open_id=t1)
    said = view.compared.text()
    assert view.compared.isVisibleTo(view)
    assert "(T1)" in said and "(T0)" in said and "T2" not in said
    assert ("đang mở" if lang == "vi" else "the open assessment") in said
    assert ("trước nó" if lang == "vi" else "the one before it") in said
    view.after_combo.setCurrentIndex(2)  # chosen by hand: T0 with T2, said so
    said = view.compared.text()
    assert "T2" in said and "T1" not in said and "T0" in said


def test_the_progress_and_the_report_compare_the_same_two(view, stages):
    """One rule (domain.assessment.previous_stage) for both: for each open stage, the report's previous
    assessment is the one the window compares with; the first stage, with none before it, is set against
    the next one and the window says so."""
    from cds_desktop.report.builder import previous_assessment

    repo, business, ids = stages
    files = {i: repo.assessment_file(i) for i in ids}
    for i in ids:
        view.show_business(repo, business, open_id=i)
        previous = previous_assessment(files[i], [f for j, f in files.items() if j != i])
        if previous is None:
            assert i == ids[0]
            assert (view.before_combo.currentData(), view.after_combo.currentData()) == (ids[0], ids[1])
            assert "T0" in view.compared.text() and "T1" in view.compared.text()
        else:
            assert (view.before_combo.currentData(), view.after_combo.currentData()) == (previous.assessment.id, i)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_level_is_written_twice_only_where_it_changed_as_in_the_report(view, stages, lang):
    """'2 → 3' where the level changed, '2' where it did not (the report's tables write it so); the overall line
    said 'Mức 2 – Bắt đầu → 2 – Bắt đầu'."""
    from cds_desktop.domain.scoring import LEVEL_NAMES
    from cds_desktop.gui.language import language

    language().set(lang)
    repo, business, (t0, t1, t2) = stages
    view.show_business(repo, business, t1, t2)  # T2 is a copy of T1: nothing changed
    c = view.changes
    assert c.overall.level_before == c.overall.level_after
    name = LEVEL_NAMES[c.overall.level_after][lang]
    level_line = view.overall_label.text().split("<br>")[1]
    assert "→" not in level_line and name in level_line and ("không đổi" if lang == "vi" else "unchanged") in level_line
    view.show_business(repo, business, t0, t1)
    changed = 0
    for table, items in ((view.areas, view.changes.areas), (view.pillars, view.changes.pillars)):
        for row, item in enumerate(items):
            cell = table.item(row, 4).text()
            if item.level_before == item.level_after:
                assert cell == str(item.level_after)
            else:
                changed += 1
                assert cell == f"{item.level_before} → {item.level_after}"
    assert changed >= 1
