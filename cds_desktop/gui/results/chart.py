"""A chart area that says "Drawing the chart…" until its matplotlib figure is ready, and redraws at most every
150 ms.

matplotlib costs most of a second to import (seconds the very first time, while it builds its font list), so
it never loads at start-up and never on the GUI thread: `preload_matplotlib()` loads it on a worker thread
and draws one throw-away radar there (fonts, polar axes), either once the window is idle after loading (the
window asks for it) or when a chart is first shown. Until then the area shows its placeholder, and the view
around it stays responsive. Drawing uses a `Figure` on the Qt Agg canvas, never pyplot. The drawing itself is
a function of the figure, set with `plot(draw)`; the latest one wins.
"""

from __future__ import annotations

import sys
from typing import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

DEBOUNCE_MS = 150
AFTER_PAINT_MS = 20  # a shown chart is drawn just after the view around it is painted, never before
FONT = "DejaVu Sans"  # ships with matplotlib and covers Vietnamese
INK = "#17222e"
CURRENT = "#2463a6"
PREVIOUS = "#8a96a3"
GRID = "#c9d1db"
CANVAS_MODULE = "matplotlib.backends.backend_qtagg"


def _load_and_warm() -> None:
    """On a worker thread: import what a chart needs and draw one radar off screen, so the first chart on
    screen finds the modules, the font list and the glyphs ready."""
    import matplotlib.backends.backend_qtagg  # noqa: F401 - the canvas the window draws on
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from .plots import Line, radar

    figure = Figure(figsize=(4, 3), layout="constrained")
    FigureCanvasAgg(figure)
    radar(figure, ["Ảnh", "Số", "Dữ liệu"], [Line("T0", [20.0, 50.0, 80.0])])
    figure.canvas.draw()


class _Matplotlib(QObject):
    """matplotlib loaded once, off the GUI thread; `ready` when it is."""

    ready = Signal()

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self.operation = None
        self.tried = False

    @property
    def loaded(self) -> bool:
        """Loaded, or tried and failed (the GUI thread then imports it itself, and the error is reported)."""
        return self.operation is None and (CANVAS_MODULE in sys.modules or self.tried)

    def load(self) -> None:
        if self.loaded or self.operation is not None:
            return
        from ..tasks import Operation

        self.operation = Operation(_load_and_warm, what="loading the chart library", parent=self)
        self.operation.ended.connect(self._ended)  # failed too: the GUI thread then imports it and says why
        self.operation.start()

    def _ended(self) -> None:
        self.operation, self.tried = None, True
        self.ready.emit()


_matplotlib: _Matplotlib | None = None


def matplotlib_loader() -> _Matplotlib:
    global _matplotlib
    if _matplotlib is None:
        _matplotlib = _Matplotlib(QCoreApplication.instance())
    return _matplotlib


def preload_matplotlib() -> None:
    """Start loading matplotlib in the background (nothing if it is loaded or loading)."""
    matplotlib_loader().load()


class ChartArea(QWidget):
    def __init__(self, parent: QWidget | None = None, minimum_height: int = 260):
        super().__init__(parent)
        self.setMinimumHeight(minimum_height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.placeholder = QLabel()  # until the first drawing is on the canvas
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setStyleSheet("color: #5a6878;")
        self._layout.addWidget(self.placeholder)
        self.figure = None
        self.canvas = None
        self._draw: Callable | None = None
        self._stale = False
        self._waiting = False  # for matplotlib to load
        self.draws = 0  # how many times the chart was actually drawn (the debounce shows in it)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.redraw)
        self._retranslate()

    def plot(self, draw: Callable, at_once: bool = False) -> None:
        """Draw with `draw(figure)` once shown: at once, or after the debounce delay."""
        self._draw = draw
        self._stale = True
        if at_once:
            self._timer.stop()
            self.redraw()
        else:
            self._timer.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self._timer.start(AFTER_PAINT_MS)

    def _ensure_canvas(self) -> bool:
        """The canvas, once matplotlib is loaded; False (loading it in the background) before."""
        if self.canvas is not None:
            return True
        loader = matplotlib_loader()
        if not loader.loaded:
            if not self._waiting:
                self._waiting = True
                loader.ready.connect(self._loaded, Qt.ConnectionType.SingleShotConnection)
            loader.load()
            return False
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.figure = Figure(figsize=(4, 3), layout="constrained", facecolor="none")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setStyleSheet("background: transparent;")
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.canvas.hide()  # shown with its first drawing, in place of the placeholder
        self._layout.addWidget(self.canvas)
        return True

    def _loaded(self) -> None:
        self._waiting = False
        if self._stale:
            self._timer.start(0)

    def redraw(self) -> None:
        if self._draw is None or not self.isVisible():
            return  # still stale: drawn on the next show
        if not self._ensure_canvas():
            return  # still stale: drawn once matplotlib is loaded
        self._stale = False
        self.figure.clear()
        self._draw(self.figure)
        if self.canvas.isHidden():
            self.canvas.draw()
            self.placeholder.hide()
            self.canvas.show()
        else:
            self.canvas.draw_idle()
        self.draws += 1

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.placeholder.setText(self.tr("Drawing the chart…"))
