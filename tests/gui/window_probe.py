"""Run by test_window_fits.py in a process of its own (Qt reads the scale and the screen once, at start):
opens every view of the app in Vietnamese and English on the screen it is given and prints, as one JSON
line, the screen's free area, the window's first geometry and every place where the layout fails: a view,
dialog or window needing more room than the screen gives, or a label, button, tab, table header or cell drawn
smaller than its text needs (text cut at the side, marks above or below letters cut, "đá…").
CDS_PROBE_WORKSPACE (a province workspace folder), CDS_PROBE_PHOTO (a photographed paper form) and CDS_PROBE_BATCH
(photographed pages of several printouts, joined by os.pathsep) add the
province window and the paper review.
"""

import json
import os
import sys
import tempfile
import time
from pathlib import Path

TESTS = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(TESTS.parent), str(TESTS)]  # the worktree's own package, and the test helpers

from PySide6.QtCore import QEventLoop, QRect, QSettings, Qt  # noqa: E402
from PySide6.QtGui import QFontMetrics  # noqa: E402
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QLabel, QLineEdit, QScrollArea, QStyle,  # noqa: E402
                               QStyleOptionComboBox, QTabBar, QTableView, QWidget)

SLACK = 1  # pixels of rounding allowed at fractional scales


def describe(widget: QWidget) -> str:
    """Enough to find the widget: its class, object or accessible name, and its text."""
    name = widget.objectName() or widget.accessibleName()
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    return f"{type(widget).__name__}{f' #{name}' if name else ''} {str(text)[:60]!r}"


def label_problem(label: QLabel) -> str | None:
    if not label.text() or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    size = label.size()
    if label.wordWrap():
        need = label.heightForWidth(size.width())
        return f"needs {need} px of height, has {size.height()}" if size.height() + SLACK < need else None
    hint = label.sizeHint()
    if size.width() + SLACK < hint.width() or size.height() + SLACK < hint.height():
        return f"needs {hint.width()}x{hint.height()}, has {size.width()}x{size.height()}"
    return None


def button_problem(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    hint, size = button.sizeHint(), button.size()
    if size.width() + SLACK < hint.width() or size.height() + SLACK < hint.height():
        return f"needs {hint.width()}x{hint.height()}, has {size.width()}x{size.height()}"
    return None


def edit_problem(edit: QLineEdit) -> str | None:
    margins = edit.textMargins()
    room = edit.contentsRect().height() - margins.top() - margins.bottom()
    need = QFontMetrics(edit.font()).height()  # ascent and descent: the marks above and below Vietnamese letters
    return f"has {room} px for its text, needs {need}" if room + SLACK < need else None


def combo_problem(combo: QComboBox) -> str | None:
    """The chosen entry must fit the box's text field: a chooser that reads "First assessment (T0) · 15/10/…"
    hides what tells its entries apart."""
    text = combo.currentText()
    if not text or combo.isEditable():
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    need = QFontMetrics(combo.font()).horizontalAdvance(text)
    return f"shows {field.width()} px of its entry, needs {need}" if field.width() + SLACK < need else None


def tab_problems(bar: QTabBar) -> list[str]:
    metrics = QFontMetrics(bar.font())
    out = []
    for i in range(bar.count()):
        text = bar.tabText(i).replace("&", "")
        need = metrics.horizontalAdvance(text) + 8
        if text and bar.tabRect(i).width() + SLACK < need:
            out.append(f"tab {text!r} is {bar.tabRect(i).width()} px wide, its text needs {need}")
    return out


def table_problems(table: QTableView) -> list[str]:
    """Headers and the cells of the first rows: no text cut at a column's edge or under a row's bottom."""
    model, header, out = table.model(), table.horizontalHeader(), []
    if model is None:
        return out
    style = table.style()
    pad = 2 * (style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, table) + 1)
    head_pad = 2 * style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    cell_metrics, head_metrics = QFontMetrics(table.font()), QFontMetrics(header.font())
    for col in range(model.columnCount()):
        if table.isColumnHidden(col):
            continue
        width = table.columnWidth(col)
        title = str(model.headerData(col, Qt.Orientation.Horizontal) or "")
        if header.isVisible() and title:  # a header does not wrap: its whole text must fit
            need = head_metrics.horizontalAdvance(title) + head_pad
            if width + SLACK < need:
                out.append(f"header {title!r} is {width} px wide, needs {need}")
            if header.height() + SLACK < head_metrics.height() + 2:
                out.append(f"header {title!r} is {header.height()} px high, its text needs {head_metrics.height() + 2}")
        for row in range(min(model.rowCount(), 30)):
            if table.isRowHidden(row):
                continue
            text = str(model.data(model.index(row, col)) or "")
            if not text:
                continue
            if table.wordWrap():
                widest = max(cell_metrics.horizontalAdvance(word) for word in text.split())
                need_w = widest + pad
                need_h = cell_metrics.boundingRect(QRect(0, 0, max(width - pad, 1), 100_000),
                                                   Qt.TextFlag.TextWordWrap, text).height()
            else:
                need_w, need_h = cell_metrics.horizontalAdvance(text) + pad, cell_metrics.height()
            if width + SLACK < need_w:
                out.append(f"cell {text[:40]!r} is {width} px wide, needs {need_w}")
            if table.rowHeight(row) + SLACK < need_h:
                out.append(f"cell {text[:40]!r} is {table.rowHeight(row)} px high, needs {need_h}")
    return out


def clipped(root: QWidget) -> list[str]:
    """Every visible label, button, line edit, tab bar and table under `root` drawn smaller than its text, and
    every scrolling page wider than its window."""
    out = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) and widget is not root:
            continue
        if isinstance(widget, QLabel):
            problems = [label_problem(widget)]
        elif isinstance(widget, QAbstractButton) and not widget.parent().inherits("QTabBar"):
            problems = [button_problem(widget)]
        elif isinstance(widget, QLineEdit):
            problems = [edit_problem(widget)]
        elif isinstance(widget, QComboBox):
            problems = [combo_problem(widget)]
        elif isinstance(widget, QTabBar):
            problems = tab_problems(widget)
        elif isinstance(widget, QTableView):
            problems = table_problems(widget)
        elif isinstance(widget, QScrollArea):  # a page scrolls down, never sideways: it reflows instead
            wider = widget.horizontalScrollBar().maximum()
            problems = [f"scrolls sideways by {wider} px" if wider else None]
        else:
            continue
        out += [f"{describe(widget)}: {p}" for p in problems if p]
    return out


def fits(widget: QWidget, available: QRect, frame) -> str | None:
    need = widget.minimumSizeHint().expandedTo(widget.minimumSize())
    room = available.size() - frame
    if need.width() > room.width() or need.height() > room.height():
        return f"needs at least {need.width()}x{need.height()}, the screen leaves {room.width()}x{room.height()}"
    return None


def settle(app: QApplication) -> None:
    for _ in range(3):
        app.processEvents()


def main() -> None:
    app = QApplication([])
    folder = tempfile.mkdtemp()
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
    from cds_desktop.gui import dialogs

    for kind in ("warn", "inform", "confirm"):
        setattr(dialogs, kind, lambda *args, **kwargs: True)
    from cds_desktop.gui.businesses.form import BusinessDialog
    from cds_desktop.gui.businesses.new_assessment import NewAssessmentDialog
    from cds_desktop.gui.main_window import FRAME, VIEWS, MainWindow
    from cds_desktop.gui.settings import AppSettings

    window = MainWindow(AppSettings(QSettings(os.path.join(folder, "cds.ini"), QSettings.Format.IniFormat)),
                        Path(folder) / "data")
    window.show()
    window.load()
    available = app.primaryScreen().availableGeometry()
    geometry = window.geometry()
    problems: list[str] = []

    checked: list[str] = []

    def check(name: str, widget: QWidget) -> None:
        checked.append(name)
        settle(app)
        too_big = fits(widget, available, FRAME)
        if too_big:
            problems.append(f"{name}: {too_big}")
        problems.extend(f"{name}: {p}" for p in clipped(widget))

    def on_screen(name: str, widget: QWidget) -> None:
        size = widget.frameGeometry().size()  # where it goes is the platform's part: it keeps windows on screen
        if size.width() > available.width() or size.height() > available.height():
            problems.append(f"{name}: opens at {size.width()}x{size.height()}, larger than the screen's free area "
                            f"{available.width()}x{available.height()}")

    for lang in ("vi", "en"):
        window.set_language(lang)
        window.show_view("businesses")
        check(f"{lang} welcome", window)
    window.actions.add_sample()
    business = window.business
    last = window.repo.get_assessment(window.repo.assessments_of(business.id)[-1].id)
    for lang in ("vi", "en"):
        window.set_language(lang)
        settle(app)
        window.show_view("businesses")
        check(f"{lang} businesses", window)
        form = BusinessDialog(business, window)
        form.show()
        check(f"{lang} business form", form)
        on_screen(f"{lang} business form", form)
        form.reject()
        dated = NewAssessmentDialog("T1", last, True, window)  # a re-assessment asks its date
        dated.show()
        check(f"{lang} new assessment", dated)
        dated.reject()
        window.open_assessment(business, last)
        check(f"{lang} questionnaire (completed)", window)
        for key in VIEWS[2:]:
            window.show_view(key)
            check(f"{lang} {key}", window)
        results = window.outcomes.views["results"]
        window.show_view("results")
        results.setCurrentWidget(results.comparison)
        check(f"{lang} comparison", window)
        results.setCurrentWidget(results.results)
    # a draft with every question answered: "40 of 40 questions answered"
    window.open_assessment(business, window.repo.copy_for_reassessment(last.id))
    for lang in ("vi", "en"):
        window.set_language(lang)
        settle(app)
        window.show_view("assessment")
        check(f"{lang} questionnaire (draft)", window)
    workspace, photo = os.environ.get("CDS_PROBE_WORKSPACE"), os.environ.get("CDS_PROBE_PHOTO")
    if workspace:  # the province workspace: a window of its own
        window.open_province(workspace)
        for lang in ("vi", "en"):
            window.set_language(lang)
            deadline = time.monotonic() + 60
            while not window.province_view.settled() and time.monotonic() < deadline:  # figures come from a worker
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
            check(f"{lang} province", window.province_view)
            on_screen(f"{lang} province", window.province_view)
        window.province_view.close()
    if photo:  # reading a filled paper form: the review of its unclear answers
        from cds_desktop.gui.paper_review import PaperReview
        from cds_desktop.paper import read_forms

        reading = read_forms([photo])
        for lang in ("vi", "en"):
            window.set_language(lang)
            settle(app)
            review = PaperReview(reading, window.repo, window)
            review.show()
            check(f"{lang} paper review", review)
            on_screen(f"{lang} paper review", review)
            review.reject()
    batch_files = os.environ.get("CDS_PROBE_BATCH")
    if batch_files:  # the pages of several printouts read at once: one draft each, and a page in none
        from PySide6.QtWidgets import QDialog

        from cds_desktop.gui.paper_review import BatchReview
        from cds_desktop.paper import read_batch

        batch = read_batch(batch_files.split(os.pathsep))
        for lang in ("vi", "en"):
            window.set_language(lang)
            settle(app)
            batch_review = BatchReview(batch, window.repo, window)
            batch_review.show()
            check(f"{lang} paper batch review", batch_review)
            on_screen(f"{lang} paper batch review", batch_review)
            QDialog.reject(batch_review)  # no drafts saved: closed without the question
    print(json.dumps({"available": available.getRect(), "window": geometry.getRect(), "checked": checked,
                      "problems": problems}), flush=True)
    os._exit(0)


if __name__ == "__main__":
    main()
