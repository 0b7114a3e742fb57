"""One list of funding categories (assessments/vocabulary.json) for the instrument, the catalog and the
views; every reference in the data is checked at load and a wrong one names the file, entry and field."""

import json
import shutil

import pytest

from cds_desktop import paths
from cds_desktop.cli import main
from cds_desktop.domain import edition, instrument
from cds_desktop.domain.vocabulary import funding_names


@pytest.fixture
def app_data(tmp_path, monkeypatch):
    """A copy of the shipped data files that the app reads instead of the real ones."""
    root = tmp_path / "app"
    shutil.copytree(paths.assessments_dir(), root / "assessments")
    monkeypatch.setattr(paths, "_shipped_root", lambda: root)

    def forget():
        funding_names.cache_clear()
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
    path = next((app_data / "instruments").glob("*.json"))

    def mistype(doc):
        doc["questions"][0]["funding"] = ["trainning"]

    edit(path, mistype)
    first = json.loads(path.read_text(encoding="utf-8"))["questions"][0]["id"]
    code, out, err = policies(capsys, app_data)
    assert code == 2 and "Traceback" not in err
    assert path.name in err and f"questions[{first}].funding" in err and "'trainning'" in err
