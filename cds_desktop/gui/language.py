"""The UI language: Vietnamese by default, English from settings, switched live without restart.

UI strings are written in English in the code (Qt's convention) and translated to Vietnamese by
`resources/translations/cds_desktop_vi.qm`. Switching installs or removes that translator; Qt then
sends every widget a LanguageChange event, on which it re-translates itself. Texts that come from
data (the instrument, the catalog) are bilingual already and are picked with `current()`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTranslator, Signal

from ..i18n import DEFAULT_LANGUAGE, LANGUAGES
from ..paths import translations_dir


class Language(QObject):
    changed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._code = "en"
        self._translator: QTranslator | None = None

    @property
    def code(self) -> str:
        return self._code

    def set(self, code: str) -> None:
        if code not in LANGUAGES:
            code = DEFAULT_LANGUAGE
        if code == self._code and (code == "en" or self._translator is not None):
            return
        app = QCoreApplication.instance()
        if self._translator is not None:
            app.removeTranslator(self._translator)
            self._translator = None
        if code != "en":
            translator = QTranslator(self)
            if translator.load(str(translations_dir() / f"cds_desktop_{code}.qm")):
                app.installTranslator(translator)
                self._translator = translator
        self._code = code
        self.changed.emit(code)


_language: Language | None = None


def language() -> Language:
    """The application's one Language object (created on first use, after QApplication)."""
    global _language
    if _language is None:
        _language = Language(QCoreApplication.instance())
    return _language


def current() -> str:
    return language().code
