"""A consultant's day in the real window (`day.Day`): thousands of random actions over many businesses with T0,
T1 and T2 each. At every check nothing has raised, Qt has warned about no deleted object and the window shows
what is stored; at the end the second half of the day has not grown what is alive (widgets, Qt objects, Python
objects, memory): a leak per page switch, per business opened or per assessment shown would. `pytest -s` prints
the census.

The long day (500 businesses, 5,000 actions) is marked slow; a short one (20 businesses, 120 actions) runs with
the rest. For the long day, CDS_DAY_ACTIONS=N sets the number of actions, CDS_DAY_CHECK_EVERY=N how often it
checks (every 100), and CDS_DAY_SCREENSHOTS=FOLDER saves every section at the end as PNG files, to look at (under
a real X server at a laptop's size: `DISPLAY=:5 QT_QPA_PLATFORM=xcb QT_SCALE_FACTOR=1.25`).
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from busy_data import fill_store  # tests/gui/, beside this file
from cds_desktop.gui.main_window import VIEWS
from day import Day, Watch, census

PYTHON_PER_ACTION = 60  # a page, a plan or an assessment kept per action is hundreds or thousands
EVERY = int(os.environ.get("CDS_DAY_CHECK_EVERY", "100"))  # actions between two checks


def live_day(window, qtbot, when_modal, messages, out: Path, actions: int, every: int = EVERY) -> tuple[Day, list]:
    day = Day(window, qtbot, when_modal, messages, out)
    with Watch() as watch:
        day.warm_up()
        censuses = [census(0)]
        def checkpoint(done: int) -> None:
            day.check()
            assert watch.problems() == []
            censuses.append(census(done))

        day.run(actions, every, checkpoint)
    print("\nday: " + ", ".join(f"{name} {n}" for name, n in sorted(day.counts.items())))
    for c in censuses:
        print("day: " + c.row())
    return day, censuses


def assert_no_growth(censuses: list, slack_objects: int, slack_mb: float) -> None:
    """From the middle of the day to its end, widgets, Qt objects and memory grow by no more than the slack, and
    Python objects by at most PYTHON_PER_ACTION a action (the store itself grows: every re-assessment adds one).
    The first half builds every page once and fills the caches: it is the yardstick, not a limit. A leak per
    page switch or per business opened grows by one or more Qt objects (hundreds of Python objects) each time."""
    start, middle, end = censuses[0], censuses[len(censuses) // 2], censuses[-1]
    rows = (start.row(), middle.row(), end.row())
    assert end.widgets - middle.widgets <= slack_objects // 4, rows
    assert end.qobjects - middle.qobjects <= slack_objects, rows
    assert end.python_objects - middle.python_objects <= PYTHON_PER_ACTION * (end.actions - middle.actions), rows
    assert end.rss_mb - middle.rss_mb <= slack_mb, rows
    assert end.none_refs - start.none_refs > -50_000, rows  # a binding dropping them loses one per call


def test_a_short_day_keeps_the_window_true_to_the_data_and_grows_nothing(monkeypatch, start_window, qtbot, when_modal,
                                                                       messages, tmp_path):
    fill_store(monkeypatch, os.environ["CDS_DESKTOP_DATA_DIR"], 20)
    window = start_window()
    day, censuses = live_day(window, qtbot, when_modal, messages, tmp_path, 120, every=20)
    assert day.counts.get("answer", 0) > 20 and day.counts.get("switch", 0) > 10
    assert_no_growth(censuses, slack_objects=200, slack_mb=40)


@pytest.mark.slow
def test_a_long_day_with_500_businesses(monkeypatch, start_window, qtbot, when_modal, messages, tmp_path):
    fill_store(monkeypatch, os.environ["CDS_DESKTOP_DATA_DIR"], 500)
    window = start_window()
    day, censuses = live_day(window, qtbot, when_modal, messages, tmp_path, int(os.environ.get("CDS_DAY_ACTIONS", 5000)))
    shots = os.environ.get("CDS_DAY_SCREENSHOTS")
    if shots:
        Path(shots).mkdir(parents=True, exist_ok=True)
        day.open_assessment()  # the questionnaire with an assessment in it, and the sections showing it
        for key in VIEWS:
            window.show_view(key)
            qtbot.wait(300)
            window.grab().save(str(Path(shots) / f"{key}.png"))
    assert day.exports > 0
    assert_no_growth(censuses, slack_objects=200, slack_mb=40)
