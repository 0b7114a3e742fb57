"""One list of each vocabulary (assessments/vocabulary.json: funding categories, entity types, sectors,
provinces) for the instrument, the catalog, assessment files and the views; every reference in the data
is checked at load and a wrong one names the file, entry and field."""

import json
import shutil

import pytest

from cds_desktop import paths
from cds_desktop.cli import main
from cds_desktop.domain import edition, instrument, places
from cds_desktop.domain.business import SIZE_CEILINGS, Business
from cds_desktop.domain.places import QUANG_TRI
from cds_desktop.domain.vocabulary import funding_names, sectors, vocabulary
from cds_desktop.errors import InstrumentError
from cds_desktop.storage import Repository
from conftest import REPO


@pytest.fixture
def app_data(tmp_path, monkeypatch):
    """A copy of the shipped data files that the app reads instead of the real ones."""
    root = tmp_path / "app"
    shutil.copytree(paths.assessments_dir(), root / "assessments")
    monkeypatch.setattr(paths, "_shipped_root", lambda: root)

    def forget():
        vocabulary.cache_clear()
        for cached in (places.quang_tri_communes, places._province_index, places._district_index,
                       places._commune_index):
            cached.cache_clear()
        instrument.shipped_instruments.cache_clear()
        edition.refresh()

    forget()
    yield root / "assessments"
    forget()


def edit(path, change):
    doc = json.loads(path.read_text(encoding="utf-8"))
    change(doc)
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")


def policy(doc, policy_id):
    return next(p for p in doc["policies"] if p["id"] == policy_id)


def policies(capsys, data, lang="en"):
    code = main(["policies", str(data / "samples" / "sample-assessment.json"), "--lang", lang])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_shipped_data_uses_only_funding_categories_of_the_vocabulary():
    from cds_desktop.domain.instrument import current_instrument
    from cds_desktop.domain.policies import shipped_catalog

    used = {f for p in shipped_catalog().policies for f in p.funds}
    used |= {f for q in current_instrument().questions for f in q.funding}
    assert used <= set(funding_names())
    assert all(name["vi"] and name["en"] for name in funding_names().values())


def test_a_funding_category_added_to_the_data_alone_works_end_to_end(app_data, capsys):
    edit(app_data / "vocabulary.json", lambda doc: doc["funding_categories"].update(
        cloud_backup={"vi": "Sao lưu dữ liệu lên đám mây", "en": "Cloud data backup"}))
    edit(app_data / "policies" / "national.json",
         lambda doc: policy(doc, "nd80-art11-dx-solutions")["funds"].append("cloud_backup"))
    code, out, err = policies(capsys, app_data)
    assert code == 0, err
    assert "Cloud data backup" in out
    code, out, _ = policies(capsys, app_data, "vi")
    assert "Sao lưu dữ liệu lên đám mây" in out


def test_an_unknown_funding_category_in_the_catalog_names_file_entry_and_field(app_data, capsys):
    edit(app_data / "policies" / "national.json",
         lambda doc: policy(doc, "nd80-art11-dx-solutions")["funds"].append("consultng"))
    code, out, err = policies(capsys, app_data)
    assert code == 2 and "Traceback" not in err
    assert "national.json" in err and "policies[nd80-art11-dx-solutions].funds" in err and "'consultng'" in err


def test_a_mistyped_obligation_question_is_reported_not_silently_dropped(app_data, capsys):
    edit(app_data / "policies" / "national.json",
         lambda doc: policy(doc, "nd254-einvoice-organisations")["obligation"].update(question_id="biz_einvoce"))
    code, out, err = policies(capsys, app_data)
    assert code == 2 and "Traceback" not in err
    assert "national.json" in err and "policies[nd254-einvoice-organisations].obligation.question_id" in err
    assert "'biz_einvoce'" in err


def test_an_unknown_funding_category_in_the_instrument_names_the_question(app_data, capsys):
    path = app_data / "instruments" / "cds-sme-1.0.json"  # the full file the newest version extends

    def mistype(doc):
        doc["questions"][0]["funding"] = ["trainning"]

    edit(path, mistype)
    first = json.loads(path.read_text(encoding="utf-8"))["questions"][0]["id"]
    code, out, err = policies(capsys, app_data)
    assert code == 2 and "Traceback" not in err
    assert path.name in err and f"questions[{first}].funding" in err and "'trainning'" in err


# ------------------------------------------------------------ entity types, sectors, provinces


def sample(data):
    return json.loads((data / "samples" / "sample-assessment.json").read_text(encoding="utf-8"))


def classify(capsys, *args):
    code = main(["classify", *args, "--lang", "en"])
    out, err = capsys.readouterr()
    return code, out, err


def test_the_size_rules_cover_every_column_the_vocabulary_may_name():
    schema = json.loads((paths.assessments_dir() / "schemas" / "vocabulary.schema.json").read_text(encoding="utf-8"))
    columns = schema["properties"]["sectors"]["additionalProperties"]["properties"]["size_column"]["enum"]
    assert set(columns) == set(SIZE_CEILINGS)
    assert {s.size_column for s in sectors().values()} <= set(SIZE_CEILINGS)


def test_an_entity_type_added_to_the_data_alone_works_end_to_end(app_data, capsys, tmp_path):
    # A cooperative group (tổ hợp tác) is not an enterprise: no size class under NĐ 80/2021.
    edit(app_data / "vocabulary.json", lambda doc: doc["entity_types"].update(
        cooperative_group={"name": {"vi": "Tổ hợp tác", "en": "Cooperative group"}, "sme_size_class": False}))
    code, out, err = classify(capsys, "--entity-type", "cooperative_group", "--sector", "trade_services",
                              "--employees", "8", "--revenue", "2 tỷ")
    assert code == 0, err
    assert out.startswith("not_applicable")

    def support_it(doc):
        policy(doc, "nd80-art11-dx-solutions")["beneficiaries"]["entity_types"]["in"].append("cooperative_group")

    edit(app_data / "policies" / "national.json", support_it)
    doc = sample(app_data)
    doc["business"]["entity_type"] = "cooperative_group"
    (app_data / "samples" / "sample-assessment.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    code, out, err = policies(capsys, app_data)
    assert code == 0, err
    assert "Cooperative group" in out

    with Repository(tmp_path / "store") as repo:
        stored = repo.add_business(Business(name="Tổ hợp tác rau sạch", entity_type="cooperative_group",
                                            sector="agriculture_forestry_fishery"))
        assert repo.get_business(stored.stored_id).entity_type == "cooperative_group"


def test_a_sector_added_to_the_data_alone_works_end_to_end(app_data, capsys):
    edit(app_data / "vocabulary.json", lambda doc: doc["sectors"].update(
        accommodation_food={"name": {"vi": "Dịch vụ lưu trú và ăn uống", "en": "Accommodation and food services"},
                            "size_column": "trade_services", "makes_goods": False}))
    # Trade and services ceilings: 40 workers and 60 bn revenue is small (it would be small elsewhere too, so
    # 9 workers and 8 bn, micro only under trade and services, tells the columns apart).
    code, out, err = classify(capsys, "--entity-type", "enterprise", "--sector", "accommodation_food",
                              "--employees", "9", "--revenue", "8 tỷ")
    assert code == 0, err
    assert out.startswith("micro")
    assert Business(name="Nhà nghỉ", entity_type="household", sector="accommodation_food").makes_goods is False
    doc = sample(app_data)
    doc["business"]["sector"] = "accommodation_food"
    (app_data / "samples" / "sample-assessment.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    code, out, err = policies(capsys, app_data)
    assert code == 0, err


def test_an_unknown_entity_type_or_sector_is_refused_naming_the_option(app_data, capsys):
    code, out, err = classify(capsys, "--entity-type", "enterprize", "--sector", "trade_service", "--employees", "3")
    assert code == 2 and "Traceback" not in err
    assert "--entity-type" in err and "'enterprize'" in err and "enterprise" in err
    assert "--sector" in err and "'trade_service'" in err


def test_an_unknown_entity_type_in_an_assessment_file_names_the_field(app_data, capsys, tmp_path):
    doc = sample(app_data)
    doc["business"]["entity_type"] = "corporation"
    path = tmp_path / "typo.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    code = main(["validate", str(path), "--lang", "en"])
    out, err = capsys.readouterr()
    assert code == 2 and "Traceback" not in err
    assert "typo.json" in err and "business.entity_type" in err and "'corporation'" in err


@pytest.mark.parametrize("field, value", [("entity_types", "housheold"), ("sectors", "trade"), ("provinces", "Hue")])
def test_an_unknown_beneficiary_value_names_file_entry_and_field(app_data, capsys, field, value):
    def mistype(doc):
        policy(doc, "nd80-art11-dx-solutions")["beneficiaries"][field] = {"in": [value]}

    edit(app_data / "policies" / "national.json", mistype)
    code, out, err = policies(capsys, app_data)
    assert code == 2 and "Traceback" not in err
    assert "national.json" in err and f"policies[nd80-art11-dx-solutions].beneficiaries.{field}" in err
    assert value in err


def test_an_unknown_sector_in_a_skip_condition_names_the_question(app_data, capsys):
    path = app_data / "instruments" / "cds-sme-1.0.json"  # the full file the newest version extends
    doc = json.loads(path.read_text(encoding="utf-8"))
    q = next(q for q in doc["questions"] if q.get("applies_if"))
    q["applies_if"] = {"profile": "sector", "in": ["agriculture"]}
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    code, out, err = policies(capsys, app_data)
    assert code == 2 and "Traceback" not in err
    assert path.name in err and f"questions[{q['id']}].applies_if.in" in err and "'agriculture'" in err


def test_a_commune_row_under_a_wrong_province_names_the_file_row_and_field(app_data):
    path = app_data / "reference" / "quang-tri-communes-2025.csv"
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("xã,Dân Hóa,Quảng Bình", "xã,Dân Hóa,Quảng Binh"), encoding="utf-8")
    with pytest.raises(InstrumentError) as raised:
        places.quang_tri_communes()
    message = raised.value.render("en")
    assert "quang-tri-communes-2025.csv" in message and "[Dân Hóa].former_province" in message


def test_the_provinces_are_data_with_former_names_and_districts(app_data):
    edit(app_data / "vocabulary.json", lambda doc: doc["provinces"][0]["former_districts"]["Quảng Bình"].append("Test"))
    assert places.normalise_place("Test").province == "Quảng Trị"
    assert "Bắc Ninh" in places.normalise_place("Bắc Giang").note["en"]  # the province it joined, not Quảng Trị


def test_how_a_province_is_also_written_is_data(app_data):
    def also(doc):
        next(p for p in doc["provinces"] if p["name"] == "Hà Nội")["also_written"] = ["Thăng Long"]

    edit(app_data / "vocabulary.json", also)
    place = places.normalise_place("thang long")
    assert (place.province, place.note) == ("Hà Nội", None)


def refused_short_form(app_data, province: str, written: str):
    """`written` added to the province's short forms: the vocabulary refuses to load, naming that field alone."""
    def add(doc):
        entry = next(p for p in doc["provinces"] if p["name"] == province)
        entry["also_written"] = [*entry.get("also_written", ()), written]

    edit(app_data / "vocabulary.json", add)
    with pytest.raises(InstrumentError) as raised:
        vocabulary()
    assert [p.where for p in raised.value.problems] == [f"provinces[{province}].also_written"]
    return raised


@pytest.mark.parametrize("province, written, listed, owner", [
    ("Huế", "Sai Gon", "Sài Gòn", "Hồ Chí Minh"),  # another province's short form
    ("Hồ Chí Minh", "Ha Noi", "Hà Nội", "Hà Nội"),  # another province's name, folded
    ("Huế", "tỉnh Quảng Bình", "Quảng Bình", "Quảng Trị"),  # a province merged into another
    ("Hồ Chí Minh", "TP. Bình Dương", "Bình Dương", "Hồ Chí Minh"),  # its own former province: the note would go
    ("Hồ Chí Minh", "HCM", "TP.HCM", "Hồ Chí Minh"),  # a second spelling of one form
])
def test_a_short_form_another_spelling_already_stands_for_is_refused_at_load(app_data, province, written, listed,
                                                                             owner):
    raised = refused_short_form(app_data, province, written)
    assert raised.value.render("en").endswith(
        f"vocabulary.json: provinces[{province}].also_written: '{written}' reads as '{listed}', already listed under "
        f"{owner} (case, diacritics, spacing, 'tỉnh' and 'TP' aside)")
    assert f"'{written}' được đọc như '{listed}' đã có ở tỉnh {owner}" in raised.value.render("vi")


def test_a_short_form_listed_twice_under_two_provinces_is_refused_naming_the_second(app_data, capsys):
    def twice(doc):
        next(p for p in doc["provinces"] if p["name"] == "Hà Nội")["also_written"] = ["Hanoi", "HN"]
        next(p for p in doc["provinces"] if p["name"] == "Ninh Bình")["also_written"] = ["HN"]

    edit(app_data / "vocabulary.json", twice)
    code = main(["validate", str(app_data / "samples" / "sample-assessment.json"), "--lang", "en"])
    out, err = capsys.readouterr()
    assert code == 2 and "Traceback" not in err
    assert "vocabulary.json" in err and "provinces[Ninh Bình].also_written: 'HN' is already listed under Hà Nội" in err


def test_a_business_is_built_without_loading_the_questionnaire_machinery():
    """Business() reads the vocabulary (provinces, entity types); that must not pull in the question types,
    scoring or jsonschema (cds-cli classify and the first window pay for what they use)."""
    import subprocess
    import sys

    probe = ("import sys; from cds_desktop.domain.business import Business; "
             "Business(name='x', entity_type='household', sector='trade_services', province='Huế').size_class; "
             "print(sorted(m for m in ('cds_desktop.domain.question_types', 'cds_desktop.domain.scoring', "
             "'jsonschema') if m in sys.modules))")
    run = subprocess.run([sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, check=True)
    assert run.stdout.strip() == "[]", run.stdout + run.stderr


@pytest.mark.parametrize("province, written, said_en, said_vi", [
    ("Hồ Chí Minh", "TP.", "'TP.' is only a prefix ('tỉnh', 'TP'): it names no province",
     "'TP.' chỉ là tiền tố ('tỉnh', 'TP'), không gọi tên tỉnh nào"),
    ("Huế", "TP Đồng Hới", "'TP Đồng Hới' reads as 'Đồng Hới', a former district of Quảng Bình listed under Quảng Trị",
     "'TP Đồng Hới' được đọc như 'Đồng Hới', huyện, thành phố cũ của Quảng Bình đã có ở tỉnh Quảng Trị"),
])
def test_a_short_form_that_names_nothing_or_a_former_district_is_refused_at_load(app_data, province, written,
                                                                                  said_en, said_vi):
    """'TP.' folds to nothing, and a typed 'TP.' became that province; 'TP Đồng Hới' would have taken a former district
    (Quảng Trị, with a note saying so) to another province without a word: the check at load let both through."""
    raised = refused_short_form(app_data, province, written)
    assert raised.value.render("en").endswith(said_en) and said_vi in raised.value.render("vi")


def test_how_a_former_province_is_also_written_is_data(app_data):
    def also(doc):
        next(p for p in doc["provinces"] if p["name"] == QUANG_TRI)["former_also_written"] = {"Quảng Bình": ["Q.Bình"]}

    edit(app_data / "vocabulary.json", also)
    place = places.normalise_place("q.binh")
    assert place.province == QUANG_TRI and "(former province): part of Quảng Trị since" in place.note["en"]


def refused_former_short_form(app_data, province: str, former: str, written: str):
    """`written` added to how `former`, under `province`, is also written: the vocabulary refuses to load, naming
    that field alone."""
    def add(doc):
        entry = next(p for p in doc["provinces"] if p["name"] == province)
        spellings = entry.setdefault("former_also_written", {})
        spellings[former] = [*spellings.get(former, ()), written]

    edit(app_data / "vocabulary.json", add)
    with pytest.raises(InstrumentError) as raised:
        vocabulary()
    assert [p.where for p in raised.value.problems] == [f"provinces[{province}].former_also_written[{former}]"]
    return raised.value.render("en")


@pytest.mark.parametrize("province, former, written, said", [
    ("Huế", "Thừa Thiên Huế", "Sai Gon",
     "'Sai Gon' reads as 'Sài Gòn', already listed under Hồ Chí Minh"),  # another province's short form
    ("Huế", "Thừa Thiên Huế", "tt hue",
     "'tt hue' reads as 'TT Huế', already listed under Huế"),  # a second spelling of one form
    ("Hồ Chí Minh", "Bà Rịa – Vũng Tàu", "Bà Rịa - Vũng Tàu",
     "'Bà Rịa - Vũng Tàu' reads as 'Bà Rịa – Vũng Tàu', already listed under Hồ Chí Minh"),  # the full name again
    ("Lâm Đồng", "Bình Thuận", "BR-VT",
     "'BR-VT' is already listed under Hồ Chí Minh"),  # another former province's short form
    ("Hồ Chí Minh", "Bà Rịa – Vũng Tàu", "TP.", "'TP.' is only a prefix ('tỉnh', 'TP'): it names no province"),
    ("Quảng Trị", "Quảng Bình", "TP Đồng Hới",
     "'TP Đồng Hới' reads as 'Đồng Hới', a former district of Quảng Bình listed under Quảng Trị"),
    ("Huế", "Quảng Bình", "QB", "'Quảng Bình' is not a province merged into Huế (former_provinces)"),
])
def test_a_former_province_s_short_form_another_spelling_stands_for_is_refused_at_load(app_data, province, former,
                                                                                     written, said):
    """The check at load that no two provinces share a spelling covers how a former province is also written: one
    reading as another province's spelling would have taken it there, one under a province that did not merge
    into this one would have said so wrongly."""
    assert said in refused_former_short_form(app_data, province, former, written)
