"""A new questionnaire version is the version it extends plus a short list of changes, resolved at load;
released versions never change, so old assessments keep scoring with their own."""

import hashlib
import json
import shutil

import pytest

from cds_desktop.cli import main
from cds_desktop.domain.assessment import load_assessment_file
from cds_desktop.domain.instrument import current_instrument, find_instrument, load_instrument, older_version_note
from cds_desktop.domain.instrument_changes import resolve
from cds_desktop.domain.sample import sample_file
from cds_desktop.domain.scoring import score
from cds_desktop.errors import InstrumentError
from cds_desktop.paths import assessments_dir, instruments_dir

# Every shipped instrument file as released (canonical JSON). A released version never changes under the
# assessments taken with it: a correction is a change in the next version's file, and a new version adds
# its line here.
RELEASED = {
    "cds-sme-1.0.json": "88d73329f57c31706d6fffb3df8d13dd63976c709527cccbe5162fd54cb330f8",
    "cds-sme-1.1.json": "1af5683df664eeebd34a1afb7de70cd52015230c033ab59b4a3753c255a0509c",
    "cds-sme-1.2.json": "25b70badff73bcbc6c11461571d057b7c4b501916f91ed72cec74e4963c1868e",
}
NEWEST = "1.2"  # the version a new assessment is taken with


def fingerprint(path):
    doc = json.loads(path.read_text(encoding="utf-8"))
    return hashlib.sha256(json.dumps(doc, sort_keys=True, ensure_ascii=False).encode("utf-8")).hexdigest()


def test_released_instrument_files_never_change():
    shipped = {p.name: fingerprint(p) for p in sorted(instruments_dir().glob("*.json"))}
    assert shipped == RELEASED, ("a released questionnaire was edited in place: put the change in a new "
                                 "version's changes file instead (docs/architecture.md, 'Where to add')")


@pytest.mark.parametrize("version, extends, changed", [
    ("1.1", "1.0", {"mgt_accounting", "mgt_dx_leadership", "fnd_cloud", "fnd_training"}),
    ("1.2", "1.1", {"biz_einvoice", "mgt_accounting"}),
])
def test_a_new_version_is_a_short_file_of_changes_to_its_base(version, extends, changed):
    base, new = find_instrument("cds-sme", extends), find_instrument("cds-sme", version)
    assert base is not None and new is not None
    assert len(open(new.source, encoding="utf-8").read().splitlines()) < 100
    assert {q.id for q in new.questions if q != base.question(q.id)} == changed


def test_corrections_reach_the_newest_version_and_released_ones_stay_as_they_were():
    old, v11, newest = (find_instrument("cds-sme", v) for v in ("1.0", "1.1", NEWEST))
    assert current_instrument() is newest
    assert "thành viên" in newest.question("mgt_accounting").example["vi"]
    assert "xã viên" in old.question("mgt_accounting").example["vi"]  # as released, under its assessments
    # The cash-register rule: for sales direct to consumers, known from secondary sources only (1.0 and 1.1
    # gave it to every household business of 1 bn VND a year, as a certainty).
    for lang, says in (("vi", "bán trực tiếp cho người tiêu dùng"), ("en", "sell directly to consumers")):
        assert says in newest.question("biz_einvoice").help[lang] and says not in v11.question("biz_einvoice").help[lang]
    assert "nguồn thứ cấp" in newest.question("biz_einvoice").help["vi"]
    assert "secondary sources" in newest.question("mgt_accounting").help["en"]
    assert "198/2025/QH15" in newest.question("mgt_accounting").help["vi"]


def test_old_assessments_keep_scoring_with_their_own_version(tmp_path):
    doc = json.loads((assessments_dir() / "samples" / "sample-assessment.json").read_text(encoding="utf-8"))
    doc["instrument"]["version"] = "1.0"
    path = tmp_path / "old.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    old, new = load_assessment_file(path), sample_file()
    assert old.instrument.version == "1.0" and new.instrument.version == NEWEST
    assert NEWEST in older_version_note(old.instrument)["en"] and older_version_note(new.instrument) is None
    assert score(old.instrument, old.business, old.assessment).overall == \
        score(new.instrument, new.business, new.assessment).overall


def test_the_sample_uses_the_newest_version_and_says_so(tmp_path, capsys):
    assert sample_file().instrument.version == current_instrument().version
    out = tmp_path / "sample.json"
    assert main(["sample", "--output", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["instrument"] == {"id": "cds-sme", "version": NEWEST}
    capsys.readouterr()
    assert main(["validate", str(out), "--lang", "en"]) == 0
    assert f"Questionnaire cds-sme version {NEWEST}" in capsys.readouterr().out
    assert main(["score", str(out), "--lang", "en"]) == 0
    assert f"version {NEWEST}" in capsys.readouterr().out


@pytest.fixture
def folder(tmp_path):
    target = tmp_path / "instruments"
    shutil.copytree(instruments_dir(), target)
    return target


def write_changes(folder, changes, **fields):
    """A test-only version 9.0 on top of the newest shipped one."""
    doc = {"format": "cds-instrument-changes", "id": "cds-sme", "version": "9.0", "released": "2027-01-01",
           "extends": NEWEST, "changes": changes, **fields}
    path = folder / f"cds-sme-{doc['version']}.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def question(folder, qid):
    doc, _ = resolve(folder / f"cds-sme-{NEWEST}.json")
    return json.loads(json.dumps(next(q for q in doc["questions"] if q["id"] == qid)))


def test_questions_levels_and_options_can_be_replaced_added_and_removed(folder):
    new = question(folder, "mgt_accounting")
    new["id"] = "mgt_payroll"
    level_text = {"vi": "Chưa có sổ sách", "en": "No books yet"}
    path = write_changes(folder, [
        {"replace": "questions[mgt_accounting].levels[0].text", "value": level_text},
        {"add": "questions[mgt_payroll]", "after": "mgt_accounting", "value": new},
        {"remove": "questions[fnd_training]"},
        {"remove": "questions[fnd_cloud].topic"},
        {"add": "questions[biz_sales_channels].options[zalo_oa]", "after": "chat_apps", "value": {
            "id": "zalo_oa", "text": {"vi": "Zalo OA", "en": "Zalo Official Account"},
            "step": {"vi": "Mở Zalo OA", "en": "Open a Zalo Official Account"}}},
    ])
    instrument = load_instrument(path)
    ids = [q.id for q in instrument.questions]
    assert instrument.version == "9.0" and instrument.released == "2027-01-01"
    assert ids[ids.index("mgt_accounting") + 1] == "mgt_payroll" and "fnd_training" not in ids
    assert instrument.question("mgt_accounting").levels[0].text == level_text
    assert instrument.question("fnd_cloud").topic is None
    options = [o.id for o in instrument.question("biz_sales_channels").options]
    assert options[:2] == ["chat_apps", "zalo_oa"]


@pytest.mark.parametrize("change, where, says", [
    ({"replace": "questions[mgt_acounting].example", "value": {"vi": "a", "en": "a"}}, "changes[0].replace",
     "questions[mgt_acounting]"),
    ({"replace": "questions[mgt_accounting].exmple", "value": {"vi": "a", "en": "a"}}, "changes[0].replace",
     "use 'add'"),
    ({"add": "questions[mgt_accounting].example", "value": {"vi": "a", "en": "a"}}, "changes[0].add",
     "use 'replace'"),
    ({"remove": "questions[mgt_accounting].levels[7]"}, "changes[0].remove", "levels[7]"),
    ({"add": "questions[mgt_new]", "after": "nowhere", "value": {"id": "mgt_new"}}, "changes[0].after", "nowhere"),
    ({"replace": "questions[mgt_accounting]", "value": {"id": "other"}}, "changes[0].value", "mgt_accounting"),
    ({"replace": "questions[mgt_accounting]..text", "value": 1}, "changes[0]", ""),
])
def test_a_wrong_change_names_the_file_the_change_and_the_field(folder, change, where, says):
    path = write_changes(folder, [change])
    with pytest.raises(InstrumentError) as raised:
        load_instrument(path)
    message = raised.value.render("en")
    assert "cds-sme-9.0.json" in message and where in message and says in message


def test_changes_that_break_the_questionnaire_are_reported_on_the_result(folder):
    path = write_changes(folder, [{"remove": "questions[mgt_accounting].levels[3]"}])
    with pytest.raises(InstrumentError) as raised:
        load_instrument(path)
    message = raised.value.render("en")
    assert f"cds-sme-9.0.json (cds-sme {NEWEST} + changes)" in message and "questions[mgt_accounting].levels" in message


def test_a_missing_or_looping_base_is_reported(folder):
    path = write_changes(folder, [{"remove": "questions[fnd_training]"}], extends="0.9")
    with pytest.raises(InstrumentError, match="cds-sme-0.9.json"):
        load_instrument(path)
    write_changes(folder, [{"remove": "questions[fnd_training]"}], extends="9.1")
    (folder / "cds-sme-9.1.json").write_text(json.dumps({
        "format": "cds-instrument-changes", "id": "cds-sme", "version": "9.1", "released": "2027-01-01",
        "extends": "9.0", "changes": [{"remove": "questions[fnd_cloud]"}]}), encoding="utf-8")
    with pytest.raises(InstrumentError, match="loop"):
        load_instrument(folder / "cds-sme-9.0.json")


@pytest.fixture
def shipped_from(monkeypatch):
    """Point the shipped instruments at a folder, with a fresh cache (and a fresh one after the test)."""
    import cds_desktop.domain.instrument as module

    def use(folder):
        monkeypatch.setattr(module, "instruments_dir", lambda: folder)
        module.shipped_instruments.cache_clear()
        return module

    yield use
    module.shipped_instruments.cache_clear()


def test_a_version_is_found_by_its_file_name_without_building_the_others(folder, shipped_from, monkeypatch):
    module = shipped_from(folder)
    loaded = []
    monkeypatch.setattr(module, "load_instrument", lambda path, load=module.load_instrument: loaded.append(path.name)
                        or load(path))
    assert module.current_instrument().version == NEWEST
    assert module.find_instrument("cds-sme", NEWEST) is module.current_instrument()
    assert loaded == [f"cds-sme-{NEWEST}.json"]  # the older ones were read as its bases, never built on their own


def test_a_file_named_after_another_version_is_found_by_what_it_holds(folder, shipped_from):
    newest = json.loads((folder / f"cds-sme-{NEWEST}.json").read_text(encoding="utf-8"))
    (folder / f"cds-sme-{NEWEST}.json").write_text(json.dumps(newest | {"version": "9.0"}, ensure_ascii=False),
                                                   encoding="utf-8")
    module = shipped_from(folder)
    assert module.find_instrument("cds-sme", "9.0").version == "9.0"
    assert module.find_instrument("cds-sme", NEWEST) is None
    assert module.current_instrument().version == "9.0"
