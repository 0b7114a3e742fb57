"""The shared vocabulary (assessments/vocabulary.json): the one list of each set of names the data and the
code refer to: the funding categories that the instrument's steps cost and the catalog's supports pay
for, the entity types, the sectors and the provinces. The schemas only say what an id looks like; the
loaders check every reference against these lists, so an entry is added in the data alone."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import cache
from types import MappingProxyType
from typing import Any, NamedTuple

from ..errors import Problem
from ..i18n import Text, fold_diacritics, nfc, text
from ..paths import assessments_dir


FILE = "vocabulary.json"

# Prefixes compared folded: "tỉnh Quảng Bình", "TP Huế", "TP. Hồ Chí Minh", "TP.HCM" (a dot needs no space after it).
PROVINCE_PREFIX = re.compile(r"^(?:(?:tinh|thanh pho|tp\.?|thi xa|tx\.?|huyen)\s+|(?:tp|tx)\.)")


def place_key(name: str, prefix: re.Pattern = PROVINCE_PREFIX) -> str:
    """Folded, without an administrative prefix and extra spaces: how two spellings of a place are compared."""
    folded = " ".join(fold_diacritics(nfc(name)).replace("–", "-").replace(" - ", "-").split())
    while (stripped := prefix.sub("", folded)) != folded:
        folded = stripped
    return folded


class EntityType(NamedTuple):
    """A kind of business (enterprise, cooperative, household business, ...), as assessments/vocabulary.json lists it."""

    id: str
    name: Text
    sme_size_class: bool  # classified by NĐ 80/2021 Art. 5; False: not an enterprise, the class is "not applicable"
    # True: outside NĐ 80/2021 (a cooperative), the class the enterprise ceilings give is only an estimate
    size_class_estimate: bool = False


class Sector(NamedTuple):
    """A main business line, and which size ceilings of NĐ 80/2021 Art. 5 it takes."""

    id: str
    name: Text
    size_column: str  # the column of NĐ 80/2021 Art. 5 whose ceilings apply (business.py holds them)
    makes_goods: bool  # production questions apply unless the business says otherwise


class Province(NamedTuple):
    """One of the 34 provinces and cities since 1/7/2025, with the names it replaced."""

    name: str  # a proper name, written the same in vi and en
    former_provinces: tuple[str, ...]  # merged into it on 1/7/2025 (NQ 202/2025/QH15)
    former_districts: Mapping[str, str]  # a former district -> the former province it was in
    # How people also write it ("TP.HCM", "Sài Gòn"): the same province, so it becomes the name without a note
    also_written: tuple[str, ...] = ()
    # How people also write a former province ("TT Huế", "BR-VT") -> that former province: read as its name is
    former_also_written: Mapping[str, str] = MappingProxyType({})


class Vocabulary(NamedTuple):
    """Every list the data and the code share (assessments/vocabulary.json), checked at load."""

    funding: Mapping[str, Text]
    entity_types: Mapping[str, EntityType]
    sectors: Mapping[str, Sector]
    provinces: tuple[Province, ...]


def _problems(doc: Mapping[str, Any]) -> list[Problem]:
    """What the schema cannot say: a district, or a way a former province is also written, under a province it
    was in, and no spelling (a name, a former province, a way either is also written) that two provinces share or
    that says again what another does, compared as places are (`place_key`: without case, diacritics, spacing or
    "tỉnh"/"TP"); a way one is also written is neither a bare prefix ("TP.") nor a former district."""
    problems = []
    seen: dict[str, tuple[str, str]] = {}  # folded spelling -> (the province, the spelling as listed)
    # folded former district -> (it as listed, the former province it was in, the province listing it): a way a
    # province is also written is looked up before them, so one reading like a district would take it elsewhere
    districts = {place_key(d): (d, was_in, p["name"]) for p in doc["provinces"]
                 for was_in, ds in p.get("former_districts", {}).items() for d in ds}
    for province in doc["provinces"]:
        where = f"provinces[{province['name']}]"
        for old in province.get("former_districts", {}):
            if old != province["name"] and old not in province.get("former_provinces", ()):
                problems.append(Problem(f"{where}.former_districts", text(
                    f"'{old}' không phải tỉnh này hay một tỉnh đã nhập vào nó (former_provinces)",
                    f"'{old}' is neither this province nor one merged into it (former_provinces)")))
        for old in province.get("former_also_written", {}):
            if old not in province.get("former_provinces", ()):
                problems.append(Problem(f"{where}.former_also_written[{old}]", text(
                    f"'{old}' không phải một tỉnh đã nhập vào {province['name']} (former_provinces)",
                    f"'{old}' is not a province merged into {province['name']} (former_provinces)")))
        names = [("name", province["name"]), *(("former_provinces", n) for n in province.get("former_provinces", ())),
                 *(("also_written", n) for n in province.get("also_written", ())),
                 *((f"former_also_written[{old}]", n) for old, ns in province.get("former_also_written", {}).items()
                   if old in province.get("former_provinces", ()) for n in ns)]
        for part, name in names:
            key = place_key(name)
            written = part == "also_written" or part.startswith("former_also_written")
            if written and not key:
                problems.append(Problem(f"{where}.{part}", text(
                    f"'{name}' chỉ là tiền tố ('tỉnh', 'TP'), không gọi tên tỉnh nào",
                    f"'{name}' is only a prefix ('tỉnh', 'TP'): it names no province")))
                continue
            if written and key in districts:
                district, was_in, owner = districts[key]
                problems.append(Problem(f"{where}.{part}", text(
                    f"'{name}' được đọc như '{district}', huyện, thành phố cũ của {was_in} đã có ở tỉnh {owner}",
                    f"'{name}' reads as '{district}', a former district of {was_in} listed under {owner}")))
                continue
            if key not in seen:
                seen[key] = (province["name"], name)
                continue
            owner, listed = seen[key]
            if listed == name:
                problems.append(Problem(f"{where}.{part}", text(
                    f"'{name}' đã có ở tỉnh {owner}", f"'{name}' is already listed under {owner}")))
            else:
                problems.append(Problem(f"{where}.{part}", text(
                    f"'{name}' được đọc như '{listed}' đã có ở tỉnh {owner} (không phân biệt hoa thường, dấu, "
                    "khoảng trắng, 'tỉnh', 'TP')",
                    f"'{name}' reads as '{listed}', already listed under {owner} (case, diacritics, spacing, "
                    "'tỉnh' and 'TP' aside)")))
    return problems


@cache
def vocabulary() -> Vocabulary:
    from .schema import load_data_file  # with its imports, only when the vocabulary is first read

    doc = load_data_file(assessments_dir() / FILE, "vocabulary.schema.json", _problems)
    return Vocabulary(
        funding=dict(doc["funding_categories"]),
        entity_types={k: EntityType(k, v["name"], v["sme_size_class"], v.get("size_class_estimate", False))
                      for k, v in doc["entity_types"].items()},
        sectors={k: Sector(k, v["name"], v["size_column"], v["makes_goods"]) for k, v in doc["sectors"].items()},
        provinces=tuple(Province(p["name"], tuple(p.get("former_provinces", ())),
                                 {d: old for old, ds in p.get("former_districts", {}).items() for d in ds},
                                 tuple(p.get("also_written", ())),
                                 {n: old for old, ns in p.get("former_also_written", {}).items() for n in ns})
                        for p in doc["provinces"]),
    )


def funding_names() -> Mapping[str, Text]:
    """Funding category id -> its name, in the order of the file."""
    return vocabulary().funding


def entity_types() -> Mapping[str, EntityType]:
    return vocabulary().entity_types


def sectors() -> Mapping[str, Sector]:
    return vocabulary().sectors


def entity_type_names() -> dict[str, Text]:
    return {k: v.name for k, v in entity_types().items()}


def sector_names() -> dict[str, Text]:
    return {k: v.name for k, v in sectors().items()}


def provinces() -> tuple[Province, ...]:
    return vocabulary().provinces


def province_names() -> tuple[str, ...]:
    """The 34 provinces and cities in the order of the file (Quảng Trị first)."""
    return tuple(p.name for p in provinces())


def _unknown(what: Text, where: str, listed: Iterable[Any], known: Iterable[str]) -> list[Problem]:
    known = list(known)
    return [Problem(where, text(f"{what['vi']} '{v}' không có trong {FILE}; dùng: {', '.join(known)}",
                                f"{what['en']} '{v}' is not in {FILE}; use: {', '.join(known)}"))
            for v in listed if v not in known]


def unknown_funding(where: str, listed: Iterable[str]) -> list[Problem]:
    """A problem for each category in `listed` the vocabulary does not have."""
    return _unknown(text("hạng mục chi trả", "funding category"), where, listed, funding_names())


def unknown_entity_types(where: str, listed: Iterable[str]) -> list[Problem]:
    return _unknown(text("loại hình", "entity type"), where, listed, entity_types())


def unknown_sectors(where: str, listed: Iterable[str]) -> list[Problem]:
    return _unknown(text("ngành", "sector"), where, listed, sectors())


def unknown_provinces(where: str, listed: Iterable[str]) -> list[Problem]:
    return _unknown(text("tỉnh, thành phố", "province"), where, listed, province_names())
