"""Application start-up: show the window first, load everything heavy after.

Order matters for how fast the app feels: QApplication, settings, language, the (light) main window
shown with "Opening your data…", and only once that first frame is painted and the event loop is idle,
the database (its writer lock first) and the questionnaire. matplotlib and reportlab are imported later
still, by the views that draw charts or print.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from .. import __version__
from .crash import ExceptionHook, hold_logging, log, setup_logging
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
    """Show the main window in the user's language, then load the data once its first frame is on screen."""
    settings = settings or AppSettings()
    language().set(settings.language)
    window = MainWindow(settings)

    def load() -> None:
        if not window.load():
            window.close()
            QApplication.exit(1)

    window.shown.connect(lambda: QTimer.singleShot(0, window, load))  # the first frame stays on screen meanwhile
    window.show()
    return window


def run(argv: list[str]) -> int:
    app = create_app(argv)
    hold_logging()
    hook = ExceptionHook(None).install()
    log.info("CĐS Desktop %s starting", __version__)
    window = start()

    def after_first_frame() -> None:  # the per-user folders (platformdirs) and the log file need not delay it
        from ..mpl_setup import configure_matplotlib_cache
        from ..paths import user_log_dir

        configure_matplotlib_cache()  # before any view can import matplotlib: a kept per-user font cache
        hook.log_path = setup_logging(user_log_dir())

    window.shown.connect(after_first_frame)
    code = app.exec()
    from .tasks import finish_background_work  # imported by the views that start work, if any did

    finish_background_work()  # a report being written when the window closed is still saved
    hook.uninstall()
    del window
    return code


if __name__ == "__main__":
    sys.exit(run(sys.argv))
