"""Province and commune: the 34 provinces, the 78 Quảng Trị units, and old names written since the merger."""

import difflib
import json

import pytest
from hypothesis import assume, given, settings, strategies as st

from cds_desktop.domain.assessment import load_assessment_file
from cds_desktop.domain.business import Business, business_problems
from cds_desktop.domain import places
from cds_desktop.domain.places import (QUANG_TRI, commune_names, commune_search_words, normalise_place,
                                       province_names)
from cds_desktop.domain.sample import sample_file
from cds_desktop.errors import InputError


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



def test_a_business_changed_copied_or_pickled_keeps_its_place_current():
    import copy
    import pickle

    b = Business(name="Homestay", entity_type="household", sector="trade_services")
    moved = b._replace(province="Quang Binh", commune="Phúc Trạch")  # as the form and the paper review change one
    assert (moved.province, moved.commune, moved.place_as_typed) == (QUANG_TRI, "Phong Nha", ("Quang Binh", "Phúc Trạch"))
    assert type(moved) is Business and moved.place_note is not None
    assert copy.copy(moved) == pickle.loads(pickle.dumps(moved)) == moved
    assert moved._replace(name="Homestay Phong Nha").place_as_typed == moved.place_as_typed

def test_a_file_with_old_names_imports_and_is_normalised(tmp_path):
    doc = json.loads(sample_file().dumps())
    doc["business"].update(province="tỉnh Quảng Bình", commune="thị trấn Phong Nha")
    path = tmp_path / "old.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    loaded = load_assessment_file(path)
    assert (loaded.business.province, loaded.business.commune) == (QUANG_TRI, "Phong Nha")
    assert loaded.business.place_as_typed == ("tỉnh Quảng Bình", "thị trấn Phong Nha")


def _business(province):
    return Business(name="Quán cà phê Hương", entity_type="household", sector="trade_services", province=province)


def _province_problem(province):
    return next((p for p in business_problems(_business(province)) if p.where == "business.province"), None)


def test_a_province_that_does_not_exist_is_a_problem_of_the_business_in_both_languages():
    problem = _province_problem("Atlantis")
    assert problem is not None
    assert problem.render("vi") == ("business.province: 'Atlantis' không phải một trong 34 tỉnh, thành phố hiện có từ "
                                    "01/07/2025; hãy ghi một trong số đó, ví dụ Quảng Trị")
    assert problem.render("en") == ("business.province: 'Atlantis' is not one of the 34 provinces and cities since "
                                    "1 Jul 2025; write one of them, for example Quảng Trị")


@pytest.mark.parametrize("typed, offered", [("Quang Tri x", "Quảng Trị"), ("Ho Chi Min", "Hồ Chí Minh"),
                                            ("Cantho", "Cần Thơ"), ("Dong Nai 2", "Đồng Nai"),
                                            ("Saigonn", "Hồ Chí Minh")])
def test_a_province_spelt_nearly_right_names_the_closest(typed, offered):
    problem = _province_problem(typed)
    assert f"'{typed}'" in problem.message["vi"] and problem.message["vi"].endswith(f"có phải {offered}?")
    assert problem.message["en"].endswith(f"did you mean {offered}?")


def test_a_former_province_spelt_nearly_right_names_the_province_it_joined():
    problem = _province_problem("Quảng Bìnhh")
    assert "Quảng Trị (gồm Quảng Bình cũ)" in problem.message["vi"]
    assert "Quảng Trị (with the former Quảng Bình)" in problem.message["en"]


@pytest.mark.parametrize("typed", ["Quảng Trị", "quảng  trị", "QUANG TRI", "Thành phố Hà Nội", "tỉnh Quảng Bình",
                                   "Thừa Thiên Huế", "Bố Trạch", "", "  "])
def test_the_34_provinces_and_the_names_they_replaced_are_no_problem(typed):
    assert _province_problem(typed) is None


# How people write the cities short, each a form only that city could be meant by.
SHORT_FORMS = [
    ("TP.HCM", "Hồ Chí Minh"), ("TP HCM", "Hồ Chí Minh"), ("Tp. HCM", "Hồ Chí Minh"), ("TPHCM", "Hồ Chí Minh"),
    ("HCM", "Hồ Chí Minh"), ("HCMC", "Hồ Chí Minh"), ("Ho Chi Minh City", "Hồ Chí Minh"), ("Sài Gòn", "Hồ Chí Minh"),
    ("Saigon", "Hồ Chí Minh"), ("sai gon", "Hồ Chí Minh"), ("TP. Hồ Chí Minh", "Hồ Chí Minh"),
    ("Tp.Hồ Chí Minh", "Hồ Chí Minh"), ("Thành phố Hồ Chí Minh", "Hồ Chí Minh"),
    ("Hanoi", "Hà Nội"), ("HANOI", "Hà Nội"), ("TP.Hà Nội", "Hà Nội"),
    ("Huế", "Huế"), ("TP Huế", "Huế"), ("TP.Huế", "Huế"), ("Hue", "Huế"),
    ("Danang", "Đà Nẵng"), ("TP.Đà Nẵng", "Đà Nẵng"), ("Haiphong", "Hải Phòng"), ("TP. Hải Phòng", "Hải Phòng"),
    ("TP.Cần Thơ", "Cần Thơ"),
    # written as one word, or in the older spelling: a file from another laptop, a form copied by hand
    ("Daklak", "Đắk Lắk"), ("DAKLAK", "Đắk Lắk"), ("tỉnh Daklak", "Đắk Lắk"), ("Đắc Lắc", "Đắk Lắk"),
    ("Dak Lak", "Đắk Lắk"),
]


@pytest.mark.parametrize("typed, province", SHORT_FORMS)
def test_a_city_written_short_is_that_city_stored_by_its_name_without_a_note(typed, province):
    place = normalise_place(typed)
    assert (place.province, place.note) == (province, None)
    assert places.province_problem(typed) is None
    business = _business(typed)
    assert (business.province, business.place_as_typed, business.place_note) == (province, None, None)


@pytest.mark.parametrize("typed", ["HN", "TP.HN", "ĐN", "TP.ĐN", "HP", "CT", "SG"])
def test_a_short_form_more_than_one_province_could_be_is_still_refused(typed):
    """"ĐN" is Đà Nẵng, Đồng Nai or the former Đắk Nông; "HN" Hà Nội or the former Hà Nam: no guess is stored."""
    assert _province_problem(typed) is not None and normalise_place(typed).province == typed


def test_the_former_province_written_with_a_prefix_and_no_space_still_says_where_it_went():
    place = normalise_place("TP.Đồng Hới")
    assert place.province == QUANG_TRI and "Đồng Hới" in place.note["vi"]


def test_a_file_with_a_province_that_does_not_exist_is_refused_naming_the_field(tmp_path):
    doc = json.loads(sample_file().dumps())
    doc["business"]["province"] = "Atlantis"
    path = tmp_path / "atlantis.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(InputError) as refused:
        load_assessment_file(path)
    assert [p.where for p in refused.value.problems] == ["business.province"]
    assert "'Atlantis'" in refused.value.render("en") and str(path) in refused.value.render("en")


_LETTERS = "abcdeghiklmnopqrstuvxyàáảãạăắằẳẵặâấầẩẫậđèéẻẽẹêếềểễệìíỉĩịòóỏõọôốồổỗộơớờởỡợùúủũụưứừửữựỳýỷỹỵ"


@settings(max_examples=150, deadline=None)
@given(st.sampled_from([(p.name, p.former_provinces + p.also_written + tuple(p.former_also_written))
                        for p in places.provinces()]), st.data())
def test_every_province_former_province_and_short_form_is_accepted_however_it_is_cased_and_spaced(province, data):
    name = data.draw(st.sampled_from([province[0], *province[1]]))
    cased = data.draw(st.sampled_from([name, name.upper(), name.lower(), f"  {name} ", name.replace(" ", "   ")]))
    assert _province_problem(cased) is None
    assert _business(cased).province == province[0]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=_LETTERS + _LETTERS.upper() + " ", min_size=1, max_size=40))
def test_a_name_close_to_no_province_is_refused_and_told_to_write_one_of_the_34(typed):
    key, known = places._key(typed), [*places._province_index(), *places._district_index()]
    assume(key and all(difflib.SequenceMatcher(None, key, name).ratio() < 0.6 for name in known))
    problem = _province_problem(typed)
    assert problem is not None
    assert problem.message["en"].endswith("write one of them, for example Quảng Trị")
    assert problem.message["vi"].endswith("hãy ghi một trong số đó, ví dụ Quảng Trị")


# The usual short forms of former provinces, one-word and older spellings, and full names written with a hyphen or
# without the dash.
FORMER_SHORT_FORMS = [
    ("TT Huế", "Huế", "Thừa Thiên Huế"), ("TT-Huế", "Huế", "Thừa Thiên Huế"), ("tt hue", "Huế", "Thừa Thiên Huế"),
    ("Thừa Thiên-Huế", "Huế", "Thừa Thiên Huế"), ("Thừa Thiên - Huế", "Huế", "Thừa Thiên Huế"),
    ("tỉnh TT Huế", "Huế", "Thừa Thiên Huế"), ("TTH", "Huế", "Thừa Thiên Huế"), ("TT.Huế", "Huế", "Thừa Thiên Huế"),
    ("tỉnh TTH", "Huế", "Thừa Thiên Huế"),
    ("Daknong", "Lâm Đồng", "Đắk Nông"), ("Đắc Nông", "Lâm Đồng", "Đắk Nông"), ("Kontum", "Quảng Ngãi", "Kon Tum"),
    ("BR-VT", "Hồ Chí Minh", "Bà Rịa – Vũng Tàu"), ("BRVT", "Hồ Chí Minh", "Bà Rịa – Vũng Tàu"),
    ("BR - VT", "Hồ Chí Minh", "Bà Rịa – Vũng Tàu"), ("tỉnh BR-VT", "Hồ Chí Minh", "Bà Rịa – Vũng Tàu"),
    ("Bà Rịa-Vũng Tàu", "Hồ Chí Minh", "Bà Rịa – Vũng Tàu"), ("Bà Rịa Vũng Tàu", "Hồ Chí Minh", "Bà Rịa – Vũng Tàu"),
]


@pytest.mark.parametrize("typed, province, full", FORMER_SHORT_FORMS)
def test_a_former_province_written_short_is_taken_as_its_full_name_is(typed, province, full):
    """'TT Huế', 'BR-VT' were refused ('not one of the 34 provinces') where 'Thừa Thiên Huế', 'Bà Rịa – Vũng Tàu'
    became Huế, Hồ Chí Minh with a note: now they do the same, with the same note about what was typed."""
    place, as_full = normalise_place(typed), normalise_place(full)
    assert place.province == as_full.province == province
    for lang, quoted in (("vi", "«{}»"), ("en", "'{}'")):
        assert place.note[lang] == as_full.note[lang].replace(quoted.format(full), quoted.format(typed))
    assert _province_problem(typed) is None
    business = _business(typed)
    assert (business.province, business.place_as_typed) == (province, (typed, ""))


def test_a_former_province_s_short_form_spelt_nearly_right_names_the_province_with_the_full_former_name():
    problem = _province_problem("TT Huếe")
    assert problem.message["en"].endswith("did you mean Huế (with the former Thừa Thiên Huế)?")


def test_the_province_picker_also_finds_a_province_by_a_former_province_s_short_form():
    assert {"BR-VT", "BRVT"} <= set(places.province_search_words()["Hồ Chí Minh"])
    assert "TT Huế" in places.province_search_words()["Huế"]
