"""Provinces and Quảng Trị's communes since 1/7/2025, and the one normalisation of what people type.

NQ 202/2025/QH15 left 34 provinces and centrally-run cities and no district level; Quảng Bình merged
into Quảng Trị. The provinces, the ones merged into each and Quảng Trị's former districts are data
(assessments/vocabulary.json); the communes are assessments/reference/quang-tri-communes-2025.csv. People and old files still write "Quảng Bình", "Quang Binh", "tỉnh Quảng Bình", a
former district ("Bố Trạch", "TP Đồng Hới") or a former commune ("Xuân Trạch"), and write cities short
("TP.HCM", "Sài Gòn": each province's `also_written`) and former provinces short ("TT Huế", "BR-VT":
`former_also_written`, each taken as the former province's name is). `normalise_place` turns all of that into the
current province and commune and says what it changed (a short form changes nothing but the spelling); the business
form, the CLI and every file import go through it (via `Business`).
"""

from __future__ import annotations

import csv
import re
from datetime import date
from functools import cache
from typing import NamedTuple

from ..errors import InstrumentError, Problem
from ..formats import format_date
from ..i18n import Text, nfc, text
from ..paths import assessments_dir
from .vocabulary import place_key, province_names, provinces

COMMUNES_FILE = "quang-tri-communes-2025.csv"

QUANG_TRI = "Quảng Trị"
MERGED_ON = date(2025, 7, 1)  # NQ 202/2025/QH15: the 34 provinces and cities, no district level

# A commune keeps "huyện"/"thị xã": "huyện Hải Lăng" is not the new xã Hải Lăng.
_COMMUNE_PREFIX = re.compile(r"^(xa|phuong|thi tran|dac khu)\s+")
_key = place_key


def former_province_names() -> dict[str, tuple[str, ...]]:
    """Each province with the provinces merged into it: what the province picker also finds it by."""
    return {p.name: p.former_provinces for p in provinces()}


def province_search_words() -> dict[str, tuple[str, ...]]:
    """Each province with how it and the provinces merged into it are also written ("TP.HCM", "Sài Gòn",
    "BR-VT"): what else the picker finds it by."""
    return {p.name: (*p.also_written, *p.former_also_written) for p in provinces()}


@cache
def _province_index() -> dict[str, tuple[str, str | None]]:
    """folded name -> (current province, the former province typed or None). A way a province is also written
    ("TP.HCM") is that province, as its name is; the vocabulary's check keeps every folded spelling to one."""
    index: dict[str, tuple[str, str | None]] = {}
    for province in provinces():
        index[_key(province.name)] = (province.name, None)
        for old in province.former_provinces:
            index[_key(old)] = (province.name, old)
        for short in province.also_written:
            index[_key(short)] = (province.name, None)
        for short, old in province.former_also_written.items():  # "BR-VT": as "Bà Rịa – Vũng Tàu" is
            index[_key(short)] = (province.name, old)
    return index


@cache
def _district_index() -> dict[str, tuple[str, str, str]]:
    """folded former district -> (the district as listed, its former province, the current province)."""
    return {_key(district): (district, old, province.name)
            for province in provinces() for district, old in province.former_districts.items()}


@cache
def quang_tri_communes() -> tuple[dict[str, str], ...]:
    """The 78 commune-level units of Quảng Trị since 1/7/2025 (NQ 1680/NQ-UBTVQH15), with the former units.
    Each row's former province must be Quảng Trị or one merged into it; a wrong one names the row."""
    path = assessments_dir() / "reference" / COMMUNES_FILE
    with path.open(encoding="utf-8", newline="") as fh:
        rows = tuple({k: nfc(v or "") for k, v in row.items() if k is not None} for row in csv.DictReader(fh))
    allowed = {QUANG_TRI, *former_province_names().get(QUANG_TRI, ())}
    problems = [Problem(f"[{row.get('name', '')}].former_province", text(
                    f"'{row.get('former_province', '')}' không phải {' hay '.join(sorted(allowed))}",
                    f"'{row.get('former_province', '')}' is not {' or '.join(sorted(allowed))}"))
                for row in rows if row.get("former_province") not in allowed]
    if problems:
        raise InstrumentError(problems, str(path))
    return rows


def commune_names() -> tuple[str, ...]:
    return tuple(row["name"] for row in quang_tri_communes())


def former_units(row: dict[str, str]) -> tuple[str, ...]:
    """The former communes, wards and towns a unit was formed from, as written in the resolution."""
    parts = [p.strip() for p in row["formed_from"].split(";")]
    return tuple(p for p in parts if p and "giữ nguyên" not in p)


@cache
def _commune_index() -> tuple[dict[str, str], dict[str, set[str]]]:
    """(folded current name -> name, folded former name -> the current units formed from it)."""
    current = {_key(row["name"], _COMMUNE_PREFIX): row["name"] for row in quang_tri_communes()}
    former: dict[str, set[str]] = {}
    for row in quang_tri_communes():
        for old in former_units(row):
            for spelling in {old, re.sub(r"\s*\(.*\)$", "", old)}:  # "Hải Phú (Bố Trạch)" and "Hải Phú"
                former.setdefault(_key(spelling, _COMMUNE_PREFIX), set()).add(row["name"])
    return current, former


def commune_search_words() -> dict[str, tuple[str, ...]]:
    """Each current unit with the former units it was formed from: what the commune picker searches."""
    return {row["name"]: former_units(row) for row in quang_tri_communes()}


class Place(NamedTuple):
    """A business's address as the app keeps it: commune-level unit and province, old names made current."""

    province: str
    commune: str
    note: Text | None = None  # what was changed and why; None when nothing was

    @property
    def recognised_province(self) -> bool:
        return self.province in province_names()


def _merge_note(vi: str, en: str, province: str) -> Text:
    return text(f"{vi}: từ {format_date(MERGED_ON, 'vi')} thuộc {province} (NQ 202/2025/QH15)",
                f"{en}: part of {province} since {format_date(MERGED_ON, 'en')} (Resolution 202/2025/QH15)")


def normalise_place(province: str, commune: str = "") -> Place:
    """The current province and commune for what was typed, with a note saying what changed.

    A province name unknown here is kept as typed (`province_problem` says so); an empty one is
    Quảng Trị. A former Quảng Trị/Quảng Bình district typed as the province gives Quảng Trị and keeps
    the commune. In Quảng Trị a former commune becomes the unit formed from it, unless several were.
    """
    typed_province, typed_commune = " ".join(nfc(province).split()), " ".join(nfc(commune).split())
    notes: list[Text] = []
    # A current name, as the form and the app's own files write it, is found as it is; the indexes of every
    # spelling (some 500 names folded) are built only for something else.
    name = typed_province or QUANG_TRI
    known = (name, None) if name in province_names() else _province_index().get(_key(name))
    current, former = known or (typed_province, None)
    if former is not None:
        notes.append(_merge_note(f"«{typed_province}» (tỉnh cũ)", f"'{typed_province}' (former province)", current))
    elif known is None and (district := _district_index().get(_key(typed_province))) is not None:
        _, old_province, current = district
        notes.append(_merge_note(f"«{typed_province}» (huyện, thị xã, thành phố cũ của {old_province})",
                                 f"'{typed_province}' (former district of {old_province})", current))
    commune_out = typed_commune
    if current == QUANG_TRI and typed_commune and typed_commune not in commune_names():
        names, formed_from = _commune_index()
        key = _key(typed_commune, _COMMUNE_PREFIX)
        if key in names:
            commune_out = names[key]
        elif len(formed_from.get(key, ())) == 1:
            commune_out = next(iter(formed_from[key]))
            notes.append(text(f"Xã/phường cũ «{typed_commune}» nay thuộc {commune_out} (NQ 1680/NQ-UBTVQH15)",
                              f"The former commune '{typed_commune}' is now part of {commune_out} "
                              "(Resolution 1680/NQ-UBTVQH15)"))
    if not notes:
        return Place(current, commune_out)
    return Place(current, commune_out, text(". ".join(n["vi"] for n in notes), ". ".join(n["en"] for n in notes)))


def commune_problem(commune: str) -> Text | None:
    """None when empty or one of the 78 units; else why not, naming the units a former name became."""
    if not commune or commune in commune_names():
        return None
    candidates = sorted(_commune_index()[1].get(_key(commune, _COMMUNE_PREFIX), ()))
    if len(candidates) > 1:
        return text(f"'{commune}' cũ nay thuộc nhiều đơn vị ({', '.join(candidates)}); chọn một trong số đó",
                    f"The former '{commune}' is now split between {', '.join(candidates)}; pick one")
    return text(f"'{commune}' không phải xã/phường/đặc khu của Quảng Trị từ {format_date(MERGED_ON, 'vi')}; "
                "chọn trong danh sách 78 đơn vị",
                f"'{commune}' is not a commune of Quảng Trị since {format_date(MERGED_ON, 'en')}; pick one of the 78 units")


CLOSE = 0.7  # difflib's ratio from which a name is offered as what was meant ("Quang Tri x", "Cantho")


def closest_provinces(typed: str, most: int = 3) -> tuple[tuple[str, str | None], ...]:
    """The provinces spelt nearly as `typed` is, closest first, each as (the province, the former province
    whose name was the close one, or None); compared folded (no diacritics, case or "tỉnh"/"thành phố"), and
    only those about as close as the closest, so "Quang Tri x" offers Quảng Trị alone."""
    import difflib  # ~3 ms, only for a name that is none of the 34

    key = _key(typed)
    matcher = difflib.SequenceMatcher(b=key)
    ratios = []
    for name, found in _province_index().items():
        matcher.set_seq1(name)
        if matcher.real_quick_ratio() >= CLOSE and matcher.quick_ratio() >= CLOSE and (ratio := matcher.ratio()) >= CLOSE:
            ratios.append((ratio, found))
    if not ratios:
        return ()
    ratios.sort(key=lambda r: -r[0])
    close = [found for ratio, found in ratios if ratio >= ratios[0][0] - 0.1]
    return tuple(dict.fromkeys(close))[:most]


def province_problem(province: str) -> Text | None:
    """None when `province` is one of the 34 provinces and cities, or a name `normalise_place` makes one of them
    (a former province or district, a way it is also written such as "TP.HCM", in any case, spacing, diacritics,
    with or without "tỉnh"); else why not and
    what to write instead: the closest names, or one of the 34. Empty is Quảng Trị, as everywhere."""
    if normalise_place(province).recognised_province:
        return None
    typed = " ".join(nfc(province).split())
    vi = f"'{typed}' không phải một trong 34 tỉnh, thành phố hiện có từ {format_date(MERGED_ON, 'vi')}"
    en = f"'{typed}' is not one of the 34 provinces and cities since {format_date(MERGED_ON, 'en')}"
    close = closest_provinces(typed)
    if not close:
        return text(f"{vi}; hãy ghi một trong số đó, ví dụ {QUANG_TRI}",
                    f"{en}; write one of them, for example {QUANG_TRI}")
    names = {lang: [f"{name} ({word.format(former)})" if former else name for name, former in close]
             for lang, word in (("vi", "gồm {} cũ"), ("en", "with the former {}"))}
    return text(f"{vi}; có phải {' hay '.join(names['vi'])}?", f"{en}; did you mean {' or '.join(names['en'])}?")
