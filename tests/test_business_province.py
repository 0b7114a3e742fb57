"""A business's province is one of the 34 provinces and cities since 1/7/2025 (or a name that became one): a file
naming another is refused by `validate` and `import`, which then leave the store as it was; a business stored with
another by an earlier release still opens and lists, and says what to fix; exporting it is refused."""

import json

import pytest

from cds_desktop.domain.business import Business, business_problems
from cds_desktop.errors import InputError
from cds_desktop.storage import Repository
from legacy_store_support import ATLANTIS, as_an_earlier_release_stored, folder_bytes, run, write_sample

MESSAGE = ATLANTIS


@pytest.fixture
def sample(tmp_path, capsys):
    return write_sample(tmp_path, capsys)


@pytest.fixture
def atlantis(tmp_path, sample):
    doc = json.loads(sample.read_text(encoding="utf-8"))
    doc["business"]["province"] = "Atlantis"
    path = tmp_path / "atlantis.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_validate_refuses_a_province_that_does_not_exist(capsys, atlantis, lang):
    code, out, err = run(capsys, "validate", str(atlantis), "--lang", lang)
    assert code == 2 and out == "" and "Traceback" not in err
    assert err.strip().splitlines() == [f"{atlantis}: {MESSAGE[lang]}"]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_validate_without_lang_speaks_vietnamese_and_a_real_province_is_valid(capsys, atlantis, sample, lang):
    assert run(capsys, "validate", str(atlantis))[2].strip() == f"{atlantis}: {MESSAGE['vi']}"
    assert run(capsys, "validate", str(sample), "--lang", lang)[0] == 0


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_refused_import_leaves_the_store_exactly_as_it_was(capsys, tmp_path, sample, atlantis, lang):
    data = tmp_path / "data"
    assert run(capsys, "import", str(sample), "--data-dir", str(data))[0] == 0
    before = folder_bytes(data)
    code, out, err = run(capsys, "import", str(atlantis), "--data-dir", str(data), "--lang", lang)
    assert code == 2 and MESSAGE[lang] in err and "Traceback" not in err
    assert folder_bytes(data) == before
    listed = json.loads(run(capsys, "list", "--json", "--data-dir", str(data))[1])
    assert [e["business"]["province"] for e in listed] == ["Quảng Trị"]


def test_a_refused_import_into_a_new_folder_stores_nothing(capsys, tmp_path, atlantis):
    data = tmp_path / "data"
    code, _, err = run(capsys, "import", str(atlantis), "--data-dir", str(data), "--lang", "en")
    assert code == 2 and MESSAGE["en"] in err
    assert not (data / "cds-desktop.json").exists() or not json.loads(
        run(capsys, "list", "--json", "--data-dir", str(data))[1])


def test_a_bundle_with_one_such_business_is_refused_whole(capsys, tmp_path, sample, atlantis):
    """A bundle from another laptop goes through the same check: one bad business, and nothing is stored."""
    good = json.loads(sample.read_text(encoding="utf-8"))
    bad = json.loads(atlantis.read_text(encoding="utf-8"))
    other = json.loads(sample.read_text(encoding="utf-8"))
    other["assessment"]["id"] = "another-assessment"
    other["business"].update(id="another-business", name="Quán bún Hương", tax_code="")
    bad["assessment"]["id"], bad["business"]["id"] = "atlantis-assessment", "atlantis-business"
    bundle = tmp_path / "bundle.json"
    bundle.write_text(json.dumps({"format": "cds-bundle", "format_version": 1, "assessments": [other, bad]},
                                 ensure_ascii=False), encoding="utf-8")
    data = tmp_path / "data"
    assert run(capsys, "import", str(sample), "--data-dir", str(data))[0] == 0
    before = folder_bytes(data)
    code, _, err = run(capsys, "import", str(bundle), "--data-dir", str(data), "--lang", "en")
    assert code == 2 and f"{bundle}[1]: {MESSAGE['en']}" in err
    assert folder_bytes(data) == before
    assert good["business"]["name"] in run(capsys, "list", "--data-dir", str(data))[1]


def _stored_with_province(capsys, tmp_path, sample, province):
    """A store an earlier release wrote, which took any province: the sample's business with `province`."""
    data = tmp_path / "data"
    assert run(capsys, "import", str(sample), "--data-dir", str(data))[0] == 0
    as_an_earlier_release_stored(data, province=province)
    return data


def test_a_business_stored_with_such_a_province_still_opens_lists_and_shows_and_check_names_it(capsys, tmp_path, sample):
    """It is not refused at load; `check` names it, and an export is refused (tests/test_stored_business_problems.py):
    every copy of the app would refuse the file."""
    data = _stored_with_province(capsys, tmp_path, sample, "Atlantis")
    code, out, _ = run(capsys, "list", "--json", "--data-dir", str(data))
    assert code == 0 and [e["business"]["province"] for e in json.loads(out)] == ["Atlantis"]
    aid = json.loads(out)[0]["assessments"][0]["id"]
    assert run(capsys, "show", aid, "--data-dir", str(data))[0] == 0
    code, out, _ = run(capsys, "check", "--json", "--data-dir", str(data), "--lang", "en")
    report = json.loads(out)
    assert code == 1 and not report["healthy"] and report["businesses_with_problems"][0]["problems"] == [MESSAGE["en"]]
    code, _, err = run(capsys, "export", aid, "-o", str(tmp_path / "out.json"), "--data-dir", str(data), "--lang", "en")
    assert code == 2 and MESSAGE["en"] in err and not (tmp_path / "out.json").exists()


def test_a_business_stored_with_such_a_province_says_what_to_fix_and_is_saved_once_fixed(capsys, tmp_path, sample):
    data = _stored_with_province(capsys, tmp_path, sample, "Atlantis")
    with Repository(data) as repo:
        [business] = repo.businesses()
        assert business.province == "Atlantis"
        assert [p.render("en") for p in business_problems(business)] == [MESSAGE["en"]]
        with pytest.raises(InputError) as refused:
            repo.update_business(business)
        assert refused.value.render("en") == MESSAGE["en"]
        assert repo.get_business(business.stored_id).province == "Atlantis"
        fixed = repo.update_business(business._replace(province="Quảng Trị"))
        assert repo.get_business(fixed.stored_id).province == "Quảng Trị"


def test_the_store_refuses_a_new_business_with_such_a_province_as_the_form_and_a_paper_draft_give_it(tmp_path):
    """A business typed in the window or read from a paper form is stored by add_business: the same check."""
    with Repository(tmp_path / "data") as repo:
        with pytest.raises(InputError) as refused:
            repo.add_business(Business(name="Quán Hương", entity_type="household", sector="trade_services",
                                       province="Atlantis"))
        assert refused.value.render("vi") == MESSAGE["vi"]
        assert repo.businesses() == []
