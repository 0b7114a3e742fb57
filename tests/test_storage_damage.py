"""A store that parses but is wrong inside is damage like any other: moved aside, the newest backup that
opens and validates record by record is offered or restored, and no command shows a traceback."""

import json

import pytest

from cds_desktop.cli import main
from cds_desktop.storage import Repository


@pytest.fixture
def data(tmp_path):
    """A store with the sample business, saved twice so that good backups exist."""
    sample = tmp_path / "sample.json"
    assert main(["sample", "-o", str(sample)]) == 0
    folder = tmp_path / "data"
    assert main(["import", str(sample), "--data-dir", str(folder)]) == 0
    doc = json.loads(sample.read_text(encoding="utf-8"))
    for stage in ("T1", "T2"):
        doc["assessment"]["id"] = f"assessment-{stage}"
        doc["assessment"]["stage"] = stage
        (tmp_path / "next.json").write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
        assert main(["import", str(tmp_path / "next.json"), "--data-dir", str(folder)]) == 0
    return folder


def _one(tables, table):
    return next(iter(tables[table].values()))


def _text_version(t):
    t["meta"]["schema"]["schema_version"] = "1"


def _no_business_id(t):
    del _one(t, "assessments")["business_id"]


def _summary_as_text(t):
    _one(t, "assessments")["summary"] = "level 3"


def _name_as_number(t):
    _one(t, "businesses")["name"] = 42


def _answers_as_list(t):
    _one(t, "assessments")["answers"] = [1, 2]


def _old_format_pointing_nowhere(t):
    t.clear()
    t.update({"businesses": {"1": {"name": "A", "entity_type": "household", "sector": "trade_services"}},
              "assessments": {"1": {"business": 7, "stage": "T0", "assessed_on": "2025-01-01",
                                    "instrument": {"id": "x", "version": "1"}}}})


def _workers_not_a_number(t):
    _one(t, "businesses")["employees"] = float("nan")  # Python's json reads and writes NaN, no other tool does


def _score_infinite(t):
    _one(t, "assessments")["summary"]["overall_score"] = float("inf")  # 1e309 in the file


DAMAGE = [_text_version, _no_business_id, _summary_as_text, _name_as_number, _answers_as_list,
          _old_format_pointing_nowhere, _workers_not_a_number, _score_infinite, "deep"]


def _damage(folder, how):
    db = folder / "cds-desktop.json"
    if how == "deep":
        db.write_bytes(b"[" * 100_000 + b"]" * 100_000)
        return
    tables = json.loads(db.read_text(encoding="utf-8"))
    how(tables)
    db.write_text(json.dumps(tables), encoding="utf-8")


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("how", DAMAGE, ids=lambda h: h if isinstance(h, str) else h.__name__)
def test_a_store_wrong_inside_is_damage_that_check_names_and_restore_repairs(capsys, data, how):
    _damage(data, how)
    code, out, err = run(capsys, "check", "--data-dir", str(data))
    assert code == 1 and "Traceback" not in out + err
    code, _, err = run(capsys, "list", "--data-dir", str(data))
    assert code == 2 and "cds-cli restore" in err and "hỏng" in err
    code, out, err = run(capsys, "restore", "--yes", "--data-dir", str(data))
    assert code == 0, err
    assert list(data.glob("cds-desktop.damaged-*.json"))  # moved aside, never deleted
    code, out, _ = run(capsys, "list", "--json", "--data-dir", str(data))
    assert code == 0 and json.loads(out)[0]["assessments"]  # the sample is back
    assert run(capsys, "check", "--data-dir", str(data))[0] == 0


def test_restore_skips_a_backup_that_parses_but_is_wrong_inside(capsys, data):
    import gzip

    _damage(data, _no_business_id)
    with Repository(data, read_only=True) as repo:
        newest = repo.backups()[0]  # the last save: the store is damaged, so no version is the data now
        tables = json.loads(repo.read_backup(newest))
    _summary_as_text(tables)
    newest.path.write_bytes(gzip.compress(json.dumps(tables).encode()))
    with Repository(data) as repo:
        assert repo.damage is not None and repo.damage.good_backup is not None
        assert repo.damage.good_backup.seq < newest.seq
        assert "business_id" in repo.damage.message()["en"]
        repo.restore_backup()
        assert repo.check().healthy


def test_check_validates_every_record_not_only_the_file(capsys, data):
    capsys.readouterr()
    db = data / "cds-desktop.json"
    tables = json.loads(db.read_text(encoding="utf-8"))
    _summary_as_text(tables)
    db.write_text(json.dumps(tables), encoding="utf-8")
    code, out, _ = run(capsys, "check", "--json", "--data-dir", str(data))
    report = json.loads(out)
    assert code == 1 and report["healthy"] is False
    assert "summary" in json.dumps(report, ensure_ascii=False)


def test_check_shortens_thousands_of_wrong_records(capsys, data):
    db = data / "cds-desktop.json"
    tables = json.loads(db.read_text(encoding="utf-8"))
    record = _one(tables, "assessments")
    for i in range(3000):
        tables["assessments"][f"copy-{i}"] = {**record, "summary": "x"}
    db.write_text(json.dumps(tables), encoding="utf-8")
    capsys.readouterr()
    code, out, _ = run(capsys, "check", "--lang", "en", "--data-dir", str(data))
    assert code == 1 and "… and 2,980 more" in out and len(out.splitlines()) < 30


@pytest.mark.parametrize("damage", ["inside", "not gzip"])
def test_restoring_a_named_backup_that_is_damaged_says_why_and_changes_nothing(capsys, data, damage):
    """The consultant chose this backup: it is refused with what is wrong with it, in the reader's language,
    and the database stays as it was."""
    import gzip

    with Repository(data, read_only=True) as repo:
        chosen = repo.backups()[-1]
        tables = json.loads(repo.read_backup(chosen))
    if damage == "inside":
        _no_business_id(tables)
        chosen.path.write_bytes(gzip.compress(json.dumps(tables).encode()))
    else:
        chosen.path.write_bytes(b"not a backup at all")
    before = (data / "cds-desktop.json").read_bytes()
    for lang, said in (("vi", "bản sao lưu này cũng hỏng ("), ("en", "this backup is damaged too (")):
        code, out, err = run(capsys, "restore", "--backup", chosen.name, "--yes", "--lang", lang,
                             "--data-dir", str(data))
        assert code == 2 and said in err and chosen.name in err and "Traceback" not in out + err, err
        reason = err.split(said, 1)[1].split(")")[0]
        assert reason.strip() and ("business_id" in reason if damage == "inside" else True)
    assert (data / "cds-desktop.json").read_bytes() == before
