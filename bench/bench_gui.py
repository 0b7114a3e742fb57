"""GUI micro-benchmarks with the real instrument and the sample assessment, offscreen, 1280x720.

- page switch: `QuestionnaireView.go_to_area` to another (already built) area page, until painted;
  floor: a QStackedWidget switching between two one-label pages, timed the same way;
- live score update: a click on a level of a question card, through the view's `assessmentChanged`,
  to `domain.scoring.score()` of the new assessment and the repaint; floor: a click on a bare radio
  button in a QButtonGroup, with the repaint.
- search keystroke: the business search with 3,000 businesses, typing "co so 37 quang tri" and erasing
  it one character at a time, until the filtered list is painted; floor: the same texts set into a bare
  QLineEdit.
Each figure is the median (and the worst) of many; targets: page switch <= 50 ms, score update <= 16 ms,
search keystroke <= 50 ms.
Run: python bench/bench_gui.py [--repeat N] [--json]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtWidgets import (QApplication, QButtonGroup, QLabel, QLineEdit, QRadioButton,  # noqa: E402
                               QStackedWidget, QVBoxLayout, QWidget)

TARGETS_MS = {"page switch": 50, "live score update": 16, "search keystroke, 3,000 businesses": 50}
TYPED = "co so 37 quang tri"
SEARCHES = [TYPED[:n] for n in range(1, len(TYPED) + 1)] + [TYPED[:n] for n in range(len(TYPED) - 1, -1, -1)]


def timed_ms(app: QApplication, action, window: QWidget) -> float:
    start = time.perf_counter()
    action()
    window.repaint()  # paint now, as the screen would after the event
    app.processEvents()
    return 1000 * (time.perf_counter() - start)


def stats(samples: list[float]) -> dict[str, float]:
    return {"median": statistics.median(samples), "worst": max(samples)}


def floor_page_switch(app: QApplication, repeat: int) -> list[float]:
    stack = QStackedWidget()
    for name in ("one", "two"):
        stack.addWidget(QLabel(name))
    stack.resize(1280, 720)
    stack.show()
    app.processEvents()
    return [timed_ms(app, lambda i=i: stack.setCurrentIndex(i % 2), stack) for i in range(1, repeat + 1)]


def floor_click(app: QApplication, repeat: int) -> list[float]:
    window = QWidget()
    layout = QVBoxLayout(window)
    group = QButtonGroup(window)
    for level in range(2):
        button = QRadioButton(f"Level {level}")
        layout.addWidget(button)
        group.addButton(button, level)
    group.idClicked.connect(lambda _: None)
    window.resize(1280, 720)
    window.show()
    app.processEvents()
    return [timed_ms(app, group.button(i % 2).click, window) for i in range(repeat)]


def search(app: QApplication, repeat: int) -> list[float]:
    from cds_desktop.domain.business import Business, commune_names
    from cds_desktop.domain.vocabulary import sectors
    from cds_desktop.gui.businesses.view import BusinessesView

    communes = commune_names()
    view = BusinessesView()
    view.resize(1280, 720)
    view.show()
    view.set_businesses([Business(id=f"b{i}", name=f"Cơ sở kinh doanh số {i} Quảng Trị", entity_type="enterprise",
                                  sector=tuple(sectors())[i % 3], tax_code=f"32{i:08d}", commune=communes[i % len(communes)],
                                  industry="Thương mại tổng hợp") for i in range(3000)])
    app.processEvents()
    return [timed_ms(app, lambda i=i: view.search.setText(SEARCHES[i % len(SEARCHES)]), view) for i in range(repeat)]


def floor_line_edit(app: QApplication, repeat: int) -> list[float]:
    edit = QLineEdit()
    edit.resize(1280, 720)
    edit.show()
    app.processEvents()
    return [timed_ms(app, lambda i=i: edit.setText(SEARCHES[i % len(SEARCHES)]), edit) for i in range(repeat)]


def questionnaire(app: QApplication, repeat: int) -> tuple[list[float], list[float]]:
    from cds_desktop.domain.sample import sample_file
    from cds_desktop.domain.scoring import score
    from cds_desktop.gui.questionnaire.view import QuestionnaireView

    sample = sample_file()
    instrument, business = sample.instrument, sample.business
    view = QuestionnaireView()
    view.resize(1280, 720)
    view.show()
    view.set_assessment(instrument, business, sample.assessment)
    deadline = time.monotonic() + 10  # let the idle prebuild finish: switching is measured, not first builds
    while len(view._pages) < len(instrument.areas) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)
    areas = [a.id for a in instrument.areas]
    switches = [timed_ms(app, lambda i=i: view.go_to_area(areas[i % len(areas)]), view)
                for i in range(1, repeat + 1)]

    scores = []
    view.assessmentChanged.connect(lambda assessment: scores.append(score(instrument, business, assessment)))
    view.go_to_area(areas[0])
    app.processEvents()
    card = next(c for c in view._pages[areas[0]].cards.values()
                if c.question.type == "ladder" and not c.isHidden())
    levels = [level.level for level in card.question.levels][:2]
    updates = [timed_ms(app, card.rows[levels[i % 2]].button.click, view) for i in range(repeat)]
    assert len(scores) == repeat, "every click must produce a new score"
    return switches, updates


def measure(repeat: int) -> list[dict]:
    app = QApplication.instance() or QApplication([])
    switches, updates = questionnaire(app, repeat)
    keystrokes = search(app, repeat)
    floors = {"page switch": floor_page_switch(app, repeat), "live score update": floor_click(app, repeat),
              "search keystroke, 3,000 businesses": floor_line_edit(app, repeat)}
    rows = []
    for name, samples, floor_what in (("page switch", switches, "QStackedWidget, two labels"),
                                      ("live score update", updates, "bare radio-button click"),
                                      ("search keystroke, 3,000 businesses", keystrokes, "bare QLineEdit, same texts")):
        value, floor = stats(samples), stats(floors[name])
        rows.append({"what": f"{name} (median; worst {value['worst']:.1f} ms)", "value": value["median"],
                     "unit": "ms", "floor": floor["median"], "floor_what": floor_what,
                     "ratio": value["median"] / floor["median"], "target": f"<= {TARGETS_MS[name]} ms",
                     "met": value["median"] <= TARGETS_MS[name]})
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=50)
    parser.add_argument("--json", action="store_true", help="print the rows as JSON (for bench/run_all.py)")
    args = parser.parse_args(argv)
    rows = measure(args.repeat)
    if args.json:
        print(json.dumps(rows))
    else:
        for r in rows:
            print(f"{r['what']:45} {r['value']:7.2f} ms  floor {r['floor']:6.2f} ms  {r['ratio']:6.1f}x  "
                  f"({r['target']}) {'OK' if r['met'] else 'OVER'}")
    return 0 if all(r["met"] for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
