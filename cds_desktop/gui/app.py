"""Application start-up: show the window first, load everything heavy after.

Order matters for how fast the app feels: QApplication, settings, language, the (light) main window
shown, and only then, from the event loop, the database and the questionnaire. matplotlib and
reportlab are imported later still, by the views that draw charts or print.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from .. import __version__
from ..paths import user_data_dir, user_log_dir
from .crash import ExceptionHook, log, setup_logging
from .language import language
from .main_window import MainWindow
from .settings import AppSettings


def create_app(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("CĐS Desktop")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("CDS")
    return app


def start(settings: AppSettings | None = None) -> MainWindow:
    """Show the main window in the user's language, then load the data from the event loop."""
    settings = settings or AppSettings()
    language().set(settings.language)
    window = MainWindow(settings, user_data_dir())
    window.show()

    def load() -> None:
        if not window.load():
            window.close()
            QApplication.exit(1)

    QTimer.singleShot(0, load)
    return window


def run(argv: list[str]) -> int:
    app = create_app(argv)
    log_path = setup_logging(user_log_dir())
    hook = ExceptionHook(log_path).install()
    log.info("CĐS Desktop %s starting", __version__)
    window = start()
    code = app.exec()
    hook.uninstall()
    del window
    return code


if __name__ == "__main__":
    sys.exit(run(sys.argv))
