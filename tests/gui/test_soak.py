"""A consultant's long day in one window: 500 businesses with 1,500 assessments, 500 keystrokes in the
business search, every view visited 200 times, the whole questionnaire answered 20 times. Nothing may
crash (a Qt binding that leaks references to None aborts Python 3.11 well within this), and the search
stays quick. Prints memory at the start and end and the time per search keystroke (also at 3,000
businesses); `pytest -s -m slow tests/gui/test_soak.py` shows them.
"""

from __future__ import annotations

import os
import sys
import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from busy_data import business, fill_store  # tests/gui/, beside this file
from cds_desktop.gui.businesses.view import BusinessesView
from cds_desktop.gui.main_window import VIEWS

pytestmark = pytest.mark.slow

BUSINESSES = 500
SEARCH = "co so 37 quang tri"  # typed and erased again and again


def rss_mb() -> float | None:
    """Resident memory of this process (Linux); None elsewhere."""
    try:
        with open("/proc/self/statm", encoding="ascii") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return None


@pytest.fixture
def busy_store(monkeypatch):
    """500 businesses with T0, T1 and T2 each."""
    fill_store(monkeypatch, os.environ["CDS_DESKTOP_DATA_DIR"], BUSINESSES)


def keystroke_ms(view: BusinessesView, qtbot, count: int) -> float:
    """Mean time of one keystroke in the search box, typing SEARCH and erasing it in turn."""
    view.search.setFocus()
    start = time.perf_counter()
    typed = 0
    while typed < count:
        for ch in SEARCH:
            qtbot.keyClick(view.search, ch)
            typed += 1
        for _ in SEARCH:
            qtbot.keyClick(view.search, Qt.Key.Key_Backspace)
            typed += 1
    QApplication.processEvents()
    return 1000 * (time.perf_counter() - start) / typed


def answer_everything(window, level: int) -> None:
    view = window.questionnaire
    for area in window.instrument.areas:
        view.go_to_area(area.id)
        for card in view._page(area.id).cards.values():
            if card.isHidden():
                continue
            if card.question.type == "ladder":
                card.rows[level].button.click()
            else:  # tick one option (or "none"), keeping what is ticked: the question stays answered
                options = [o.id for o in card.question.options]
                row = card.rows[options[level % len(options)]]
                if not row.button.isChecked():
                    row.button.click()
        QApplication.processEvents()


def test_a_long_day_with_500_businesses_does_not_crash_and_search_stays_quick(busy_store, start_window, qtbot,
                                                                              when_modal):
    memory_start, none_refs_start = rss_mb(), sys.getrefcount(None)
    window = start_window()
    memory_open = rss_mb()
    assert len(window.repo.businesses()) == BUSINESSES
    window.show_view("businesses")
    view = window.businesses

    per_key = keystroke_ms(view, qtbot, 500)
    view.search.clear()
    assert len(view.visible_names()) == BUSINESSES

    first = window.repo.businesses()[0]
    view.select(first.id)
    memory = {"opened": memory_open}
    for visit in range(200):
        for key in VIEWS:
            window.show_view(key)
            QApplication.processEvents()
        if visit == 0:
            memory["every view built"] = rss_mb()
    assert window.current_view() == VIEWS[-1]
    memory["200 visits"] = rss_mb()

    window.show_view("businesses")
    view.select(first.id)
    when_modal(lambda dialog: dialog.accept())  # a later assessment asks its date: today
    view.start_button.click()
    assert window.current_view() == "assessment"
    for n in range(20):
        answer_everything(window, n % 6)
        assert window.questionnaire.missing_question_ids() == []
        if n == 0:
            memory["answered once"] = rss_mb()
    window.show_view("businesses")  # saves the draft
    draft = window.questionnaire.assessment()
    assert window.repo.get_assessment(draft.id).answers == draft.answers
    memory["answered 20 times"], none_refs_end = rss_mb(), sys.getrefcount(None)

    big = BusinessesView()
    qtbot.addWidget(big)
    big.set_businesses([business(i)._replace(id=f"b{i}") for i in range(3000)])
    big.show()
    per_key_3000 = keystroke_ms(big, qtbot, 200)

    if memory_start is not None:
        print("\nsoak: memory (MB) " + ", ".join(f"{what} {mb:.0f}" for what, mb in
                                                 {"before opening": memory_start, **memory}.items()))
    print(f"soak: references to None {none_refs_start} -> {none_refs_end}; search keystroke {per_key:.1f} ms "
          f"at {BUSINESSES} businesses, {per_key_3000:.1f} ms at 3,000")
