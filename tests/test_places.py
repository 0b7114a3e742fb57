"""Province and commune: the 34 provinces, the 78 Quảng Trị units, and old names written since the merger."""

import json

import pytest

from cds_desktop.domain.assessment import load_assessment_file
from cds_desktop.domain.business import Business, business_problems
from cds_desktop.domain import places
from cds_desktop.domain.places import (QUANG_TRI, commune_names, commune_search_words, normalise_place,
                                       province_names)
from cds_desktop.domain.sample import sample_file


def test_there_are_34_provinces_with_quang_tri_first():
    names = province_names()
    assert len(names) == len(set(names)) == 34 and names[0] == QUANG_TRI
    assert "Quảng Bình" not in names and "Huế" in names and "Hồ Chí Minh" in names


def test_the_78_communes_each_list_the_units_they_were_formed_from():
    words = commune_search_words()
    assert len(commune_names()) == 78 and set(words) == set(commune_names())
    assert words["Phong Nha"] == ("thị trấn Phong Nha", "Lâm Trạch", "Xuân Trạch", "Phúc Trạch")
    assert words["Tân Thành"] == ()  # kept as it was


@pytest.mark.parametrize("typed", ["Quảng Bình", "Quang Binh", "quang binh", "tỉnh Quảng Bình", "Tỉnh Quảng Bình ",
                                   "Đồng Hới", "TP Đồng Hới", "Bố Trạch", "huyện Lệ Thủy", "Le Thuy"])
def test_old_names_become_quang_tri_with_a_note(typed):
    place = normalise_place(typed, "Phong Nha")
    assert (place.province, place.commune) == (QUANG_TRI, "Phong Nha")
    assert place.note and "01/07/2025" in place.note["vi"] and "Quảng Trị" in place.note["en"]


def test_current_names_pass_unchanged_and_without_a_note():
    assert normalise_place("Quảng Trị", "Khe Sanh").note is None
    assert normalise_place("quang tri", "khe sanh") == normalise_place("Quảng Trị", "Khe Sanh")
    assert normalise_place("", "").province == QUANG_TRI
    assert normalise_place("Quảng Ninh").province == "Quảng Ninh"  # the province, not the former district
    assert normalise_place("Thừa Thiên Huế").province == "Huế"


def test_current_names_are_taken_as_they_are_without_indexing_every_spelling():
    places._province_index.cache_clear()
    places._commune_index.cache_clear()
    for province in province_names():
        assert normalise_place(province, "Khe Sanh" if province == QUANG_TRI else "").note is None
    assert (normalise_place("Quảng Trị", "Khe Sanh").province, normalise_place("", "Đông Trạch").commune) == (
        QUANG_TRI, "Đông Trạch")
    assert places._province_index.cache_info().currsize == places._commune_index.cache_info().currsize == 0
    assert normalise_place("quang tri", "khe sanh") == normalise_place("Quảng Trị", "Khe Sanh")  # then indexed


def test_a_former_commune_becomes_the_unit_formed_from_it_unless_it_was_split():
    place = normalise_place("Quảng Bình", "Xuân Trạch")
    assert place.commune == "Phong Nha" and "Xuân Trạch" in place.note["vi"]
    assert normalise_place("Quảng Trị", "thị trấn Khe Sanh").commune == "Khe Sanh"
    assert normalise_place("Quảng Trị", "Hải Phú (Bố Trạch)").commune == "Đông Trạch"
    split = Business(name="X", entity_type="household", sector="trade_services", commune="Hải Phú")
    assert split.commune == "Hải Phú"  # two units were formed from a Hải Phú: the user must pick
    problem = next(p for p in business_problems(split) if p.where == "business.commune")
    assert "Đông Trạch" in problem.message["vi"] and "Hải Lăng" in problem.message["vi"]


def test_a_business_remembers_what_was_typed_and_round_trips():
    b = Business(name="Homestay", entity_type="household", sector="trade_services", province="Quang Binh",
                 commune="Phúc Trạch")
    assert (b.province, b.commune, b.place_as_typed) == (QUANG_TRI, "Phong Nha", ("Quang Binh", "Phúc Trạch"))
    again = Business.from_json(b.to_json())
    assert again == b and again.place_note == b.place_note


def test_a_file_with_old_names_imports_and_is_normalised(tmp_path):
    doc = json.loads(sample_file().dumps())
    doc["business"].update(province="tỉnh Quảng Bình", commune="thị trấn Phong Nha")
    path = tmp_path / "old.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    loaded = load_assessment_file(path)
    assert (loaded.business.province, loaded.business.commune) == (QUANG_TRI, "Phong Nha")
    assert loaded.business.place_as_typed == ("tỉnh Quảng Bình", "thị trấn Phong Nha")
