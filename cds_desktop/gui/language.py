"""The UI language: Vietnamese by default, English from settings, switched live without restart.

UI strings are written in English in the code (Qt's convention) and translated to Vietnamese by
`resources/translations/cds_desktop_vi.qm`. Switching installs or removes that translator; Qt then
sends every widget a LanguageChange event, on which it re-translates itself. Texts that come from
data (the instrument, the catalog) are bilingual already and are picked with `current()`.

Qt's own texts (standard buttons, the file dialog Qt draws on Linux) come from Qt's catalogue for the
language when Qt's translations folder has one, and otherwise from ours (`qt_texts.py`).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLibraryInfo, QObject, QTranslator, Signal

from ..i18n import DEFAULT_LANGUAGE, LANGUAGES
from ..paths import translations_dir


class Language(QObject):
    changed = Signal(str)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._code = "en"
        self._translators: list[QTranslator] = []

    @property
    def code(self) -> str:
        return self._code

    def set(self, code: str) -> None:
        if code not in LANGUAGES:
            code = DEFAULT_LANGUAGE
        if code == self._code and (code == "en" or self._translators):
            return
        app = QCoreApplication.instance()
        for translator in self._translators:  # deleted, not only removed: a day of switching kept every one
            app.removeTranslator(translator)
            translator.deleteLater()
        self._translators = []
        if code != "en":  # the one installed last is asked first: ours, then Qt's own where Qt ships one
            for folder, name in ((qt_translations_dir(), f"qtbase_{code}.qm"),
                                 (str(translations_dir()), f"cds_desktop_{code}.qm")):
                translator = QTranslator(self)
                if translator.load(name, folder):
                    app.installTranslator(translator)
                    self._translators.append(translator)
                else:
                    translator.deleteLater()
        self._code = code
        self.changed.emit(code)


def qt_translations_dir() -> str:
    """Where Qt keeps its own catalogues (qtbase_*.qm); in the PySide6 wheel, PySide6/Qt/translations."""
    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)


_language: Language | None = None


def language() -> Language:
    """The application's one Language object (created on first use, after QApplication)."""
    global _language
    if _language is None:
        _language = Language(QCoreApplication.instance())
    return _language


def current() -> str:
    return language().code


# Qt names a tab bar's scroll buttons once, when the bar is made, and not again on a language switch.
_TAB_SCROLL_BUTTONS = {"ScrollLeftButton": QT_TRANSLATE_NOOP("QTabBar", "Scroll Left"),
                       "ScrollRightButton": QT_TRANSLATE_NOOP("QTabBar", "Scroll Right")}


def retranslate_qt_names(root: QObject) -> None:
    """Name again, in the language now in use, what Qt named itself under `root` and does not re-translate."""
    from PySide6.QtWidgets import QTabBar, QWidget

    for bar in root.findChildren(QTabBar):
        for button in bar.findChildren(QWidget):
            source = _TAB_SCROLL_BUTTONS.get(button.objectName())
            if source:
                button.setAccessibleName(QCoreApplication.translate("QTabBar", source))
