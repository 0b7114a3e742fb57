"""Bilingual text for the Qt-free core: every user-visible string exists in Vietnamese and English."""

from __future__ import annotations

import unicodedata
from collections.abc import Mapping

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"

Text = Mapping[str, str]  # {"vi": ..., "en": ...}


def nfc(value: str) -> str:
    return unicodedata.normalize("NFC", value)


def text(vi: str, en: str) -> dict[str, str]:
    return {"vi": nfc(vi), "en": nfc(en)}


def tr(value: Text | None, lang: str = DEFAULT_LANGUAGE) -> str:
    """The text in `lang`, falling back to Vietnamese (the language everything is authored in)."""
    if not value:
        return ""
    return value.get(lang) or value.get(DEFAULT_LANGUAGE) or next(iter(value.values()), "")


def check_language(lang: str) -> str:
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; use one of {', '.join(LANGUAGES)}")
    return lang


def fold_diacritics(value: str) -> str:
    """Lower-case text without Vietnamese diacritics, so "quang tri" finds "Quảng Trị"."""
    decomposed = unicodedata.normalize("NFD", value.replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.casefold()
