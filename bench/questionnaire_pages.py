"""Questionnaire page switching with the real instrument (target: <= 50 ms per switch once a page is built).

Run on demand: `python bench/questionnaire_pages.py` (offscreen). Prints wall and CPU milliseconds for
opening an assessment, for the first visit of each page (pages are prebuilt while idle) and for later visits.
"""

import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402


def timed(app, action) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    app.processEvents()
    return 1000 * (time.perf_counter() - wall), 1000 * (time.process_time() - cpu)


def main() -> None:
    app = QApplication([])
    from cds_desktop.domain.assessment import Assessment
    from cds_desktop.domain.business import Business
    from cds_desktop.domain.instrument import current_instrument
    from cds_desktop.gui.questionnaire import QuestionnaireView

    instrument = current_instrument()
    farm = Business(name="HTX Hải Lăng", entity_type="cooperative", sector="agriculture_forestry_fishery")
    view = QuestionnaireView()
    view.resize(1280, 720)
    view.show()
    print("open: %.0f ms wall, %.0f ms cpu" % timed(app, lambda: view.set_assessment(
        instrument, farm, Assessment.new(instrument))))
    deadline = time.monotonic() + 5
    while len(view._pages) < len(instrument.areas) and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.005)
    order = [a.id for a in instrument.areas[1:] + instrument.areas[:1]]
    for visit in ("first visit", "later visit"):
        for area in order:
            wall, cpu = timed(app, lambda: view.go_to_area(area))
            print(f"{visit:12} {area:12} {wall:5.1f} ms wall {cpu:5.1f} ms cpu")


if __name__ == "__main__":
    main()
