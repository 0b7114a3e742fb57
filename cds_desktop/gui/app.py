"""Application start-up: show the window first, load everything heavy after."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

from .. import __version__


def run(argv: list[str]) -> int:
    app = QApplication(argv)
    app.setApplicationName("CĐS Desktop")
    app.setApplicationVersion(__version__)
    window = QMainWindow()
    window.setWindowTitle("CĐS Desktop")
    window.setCentralWidget(QLabel("CĐS Desktop — đánh giá mức độ chuyển đổi số"))
    window.resize(1280, 720)
    window.show()
    return app.exec()
