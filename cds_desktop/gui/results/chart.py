"""A chart area that loads matplotlib only when it is first shown, and redraws at most every 150 ms.

matplotlib costs most of a second to import, so it must not load at start-up: the canvas is created
on the first show, and until then (and between redraws) the widget keeps its size. Drawing uses a
`Figure` on the Qt Agg canvas, never pyplot. The drawing itself is a function of the figure, set
with `plot(draw)`; the latest one wins.
"""

from __future__ import annotations

from typing import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QSizePolicy, QVBoxLayout, QWidget

DEBOUNCE_MS = 150
FONT = "DejaVu Sans"  # ships with matplotlib and covers Vietnamese
INK = "#17222e"
CURRENT = "#2463a6"
PREVIOUS = "#8a96a3"
GRID = "#c9d1db"


class ChartArea(QWidget):
    def __init__(self, parent: QWidget | None = None, minimum_height: int = 260):
        super().__init__(parent)
        self.setMinimumHeight(minimum_height)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.figure = None
        self.canvas = None
        self._draw: Callable | None = None
        self._stale = False
        self.draws = 0  # how many times the chart was actually drawn (the debounce shows in it)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.redraw)

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
            self._timer.start(0)

    def _ensure_canvas(self) -> None:
        if self.canvas is not None:
            return
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
        from matplotlib.figure import Figure

        self.figure = Figure(figsize=(4, 3), layout="constrained", facecolor="none")
        self.canvas = FigureCanvasQTAgg(self.figure)
        self.canvas.setStyleSheet("background: transparent;")
        self.canvas.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._layout.addWidget(self.canvas)

    def redraw(self) -> None:
        if self._draw is None or not self.isVisible():
            return  # still stale: drawn on the next show
        self._stale = False
        self._ensure_canvas()
        self.figure.clear()
        self._draw(self.figure)
        self.canvas.draw_idle()
        self.draws += 1
