"""Typed access to the app's QSettings: language, window state, where the user was, consultant profile.

Always the INI format, so tests can redirect every read and write to a temporary folder with
`QSettings.setPath` and never touch the real user's settings.
"""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QByteArray, QSettings

from ..i18n import DEFAULT_LANGUAGE, LANGUAGES
from ..paths import APP_AUTHOR, APP_NAME


class ConsultantProfile(NamedTuple):  # not a dataclass: `dataclasses` would be imported before the first frame
    name: str = ""
    organization: str = ""
    phone: str = ""


class AppSettings:
    def __init__(self, qsettings: QSettings | None = None):
        self._s = qsettings or QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_AUTHOR, APP_NAME)

    def _str(self, key: str, default: str = "") -> str:
        value = self._s.value(key, default)
        return value if isinstance(value, str) else default

    @property
    def language(self) -> str:
        code = self._str("language", DEFAULT_LANGUAGE)
        return code if code in LANGUAGES else DEFAULT_LANGUAGE

    @language.setter
    def language(self, code: str) -> None:
        self._s.setValue("language", code)

    @property
    def geometry(self) -> QByteArray | None:
        value = self._s.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._s.setValue("window/geometry", value)

    @property
    def last_business(self) -> str:
        return self._str("last/business")

    @last_business.setter
    def last_business(self, business_id: str) -> None:
        self._s.setValue("last/business", business_id)

    @property
    def last_assessment(self) -> str:
        return self._str("last/assessment")

    @last_assessment.setter
    def last_assessment(self, assessment_id: str) -> None:
        self._s.setValue("last/assessment", assessment_id)

    @property
    def last_view(self) -> str:
        return self._str("last/view")

    @last_view.setter
    def last_view(self, name: str) -> None:
        self._s.setValue("last/view", name)

    @property
    def last_area(self) -> str:
        return self._str("last/area")

    @last_area.setter
    def last_area(self, area_id: str) -> None:
        self._s.setValue("last/area", area_id)

    @property
    def consultant(self) -> ConsultantProfile:
        return ConsultantProfile(self._str("consultant/name"), self._str("consultant/organization"),
                                 self._str("consultant/phone"))

    @consultant.setter
    def consultant(self, profile: ConsultantProfile) -> None:
        self._s.setValue("consultant/name", profile.name)
        self._s.setValue("consultant/organization", profile.organization)
        self._s.setValue("consultant/phone", profile.phone)

    def sync(self) -> None:
        self._s.sync()
