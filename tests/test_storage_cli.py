"""cds-cli store commands: exit codes, messages in the user's language, --data-dir."""

import io
import json

import pytest

from cds_desktop.cli import main
from cds_desktop.storage import Repository


@pytest.fixture
def sample(tmp_path, capsys):
    path = tmp_path / "sample.json"
    assert main(["sample", "-o", str(path)]) == 0
    capsys.readouterr()  # what it says: a test reads only its own commands' output
    return path


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def stored_id(capsys, data):
    code, out, _ = run(capsys, "list", "--json", "--data-dir", data)
    return json.loads(out)[0]["assessments"][0]["id"]


def test_import_list_show_export_and_check_work_with_data_dir(capsys, tmp_path, sample):
    data = str(tmp_path / "data")
    assert run(capsys, "import", str(sample), "--data-dir", data)[0] == 0
    code, out, _ = run(capsys, "list", "--data-dir", data)
    assert code == 0 and "Khe Sanh" in out and "T0" in out
    aid = stored_id(capsys, data)
    code, out, _ = run(capsys, "show", aid[:8], "--json", "--data-dir", data)
    assert code == 0 and json.loads(out)["score"]["overall"]["level"] in range(6)
    assert run(capsys, "export", aid, "-o", str(tmp_path / "out.json"), "--data-dir", data)[0] == 0
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["format"] == "cds-assessment"
    assert run(capsys, "export-bundle", "-o", str(tmp_path / "b.json"), "--data-dir", data)[0] == 0
    assert run(capsys, "export-table", "--format", "xlsx", "-o", str(tmp_path / "t.xlsx"), "--data-dir", data)[0] == 0
    code, out, _ = run(capsys, "benchmark", aid, "--json", "--data-dir", data)
    assert code == 0 and json.loads(out)["hidden"] is True and json.loads(out)["sample_size"] == 0
    code, out, _ = run(capsys, "check", "--json", "--data-dir", data)
    report = json.loads(out)
    assert code == 0 and report["healthy"] and report["counts"]["assessments"] == 1
    assert report["database"] == str(tmp_path / "data" / "cds-desktop.json")


def test_a_malformed_import_exits_2_with_a_message_in_the_chosen_language(capsys, tmp_path):
    (tmp_path / "bad.json").write_text("{", encoding="utf-8")
    code, out, err = run(capsys, "import", str(tmp_path / "bad.json"), "--lang", "en")
    assert code == 2 and "not a valid JSON file" in err and "Traceback" not in err


def test_delete_without_yes_and_without_a_terminal_is_refused(capsys, tmp_path, sample, monkeypatch):
    data = str(tmp_path / "data")
    run(capsys, "import", str(sample), "--data-dir", data)
    aid = stored_id(capsys, data)
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # not a terminal: nobody to ask
    code, _, err = run(capsys, "delete", aid, "--data-dir", data)
    assert code == 2 and "--yes" in err
    assert run(capsys, "delete", aid, "--yes", "--data-dir", data)[0] == 0
    code, out, _ = run(capsys, "list", "--json", "--data-dir", data)
    assert json.loads(out)[0]["assessments"] == []
    assert run(capsys, "restore", "--yes", "--data-dir", data)[0] == 0
    assert stored_id(capsys, data) == aid


def test_unknown_ids_and_a_busy_database_exit_2(capsys, tmp_path, sample):
    data = str(tmp_path / "data")
    code, _, err = run(capsys, "show", "zzzz", "--data-dir", data)
    assert code == 2 and "cds-cli list" in err
    with Repository(data):
        code, _, err = run(capsys, "import", str(sample), "--data-dir", data, "--lang", "en")
        assert code == 2 and "another CĐS Desktop window" in err
        assert run(capsys, "list", "--data-dir", data)[0] == 0  # reading works while the app is open


def test_check_exits_non_zero_on_a_damaged_database(capsys, tmp_path, sample):
    data = tmp_path / "data"
    run(capsys, "import", str(sample), "--data-dir", str(data))
    (data / "cds-desktop.json").write_text("{broken", encoding="utf-8")
    code, out, _ = run(capsys, "check", "--json", "--data-dir", str(data))
    assert code == 1 and json.loads(out)["healthy"] is False
    code, _, err = run(capsys, "list", "--data-dir", str(data))
    assert code == 2 and "cds-cli restore" in err


def test_check_warns_of_a_stage_dated_before_the_one_it_follows(capsys, tmp_path, installed_mini, workshop):
    """T2 written on another laptop whose clock was wrong, dated before T1: the import notes it, and so does the
    check of a store that already holds it (one warning for the pair, naming the business, the stages, the days)."""
    from datetime import date

    from storage_support import completed

    data = tmp_path / "data"
    with Repository(data) as repo:
        business = repo.add_business(workshop)
        for stage, on in (("T0", date(2026, 1, 10)), ("T1", date(2026, 6, 1)), ("T2", date(2026, 3, 2))):
            repo.save_assessment(business.id, completed(installed_mini, workshop, stage=stage, on=on))
    code, out, _ = run(capsys, "check", "--data-dir", str(data))
    assert code == 1 and "Dữ liệu có vấn đề" in out
    assert "1 đánh giá có ngày không hợp lệ" in out
    assert f"Xưởng mộc Cam Lộ (mã {business.id}): T2 đề ngày 02/03/2026, trước ngày của T1 (01/06/2026)" in out
    assert "T1 đề ngày" not in out  # the pair is said once
    code, out, _ = run(capsys, "check", "--lang", "en", "--data-dir", str(data))
    assert code == 1 and "1 assessment with a day that does not fit" in out
    assert "T2 is dated 2 Mar 2026, before T1 (1 Jun 2026)" in out
    code, out, _ = run(capsys, "check", "--json", "--data-dir", str(data))
    found = json.loads(out)
    assert code == 1 and found["healthy"] is False
    assert [(d["stage"], d["assessed_on"], d["business"]) for d in found["dates"]] == [
        ("T2", "2026-03-02", "Xưởng mộc Cam Lộ")]


def test_check_names_a_stored_day_that_is_no_day_instead_of_failing(capsys, tmp_path, installed_mini, workshop):
    """An earlier version or a hand edit stored '15/11/2026' or 30 February as an assessment's day: the check, the
    list and show say which one and how to set it, the other stages are still checked, and nothing is rewritten."""
    from datetime import date

    from storage_support import completed

    data = tmp_path / "data"
    with Repository(data) as repo:
        business = repo.add_business(workshop)
        for stage, on in (("T0", "2026-01-10"), ("T1", "15/11/2026"), ("T2", "2026-02-30"), ("T3", "2026-01-02")):
            assessment = completed(installed_mini, workshop, stage=stage, on=date(2026, 3, 1))._replace(assessed_on=on)
            repo.save_assessment(business.id, assessment)
    before = (data / "cds-desktop.json").read_bytes()
    code, out, err = run(capsys, "check", "--data-dir", str(data))
    assert code == 1 and "Traceback" not in out + err and "1 đánh giá có ngày không hợp lệ" in out
    assert "assessment.assessed_on: '15/11/2026' không phải ngày hợp lệ; viết năm-tháng-ngày" in out
    assert "assessment.assessed_on: '2026-02-30' không phải ngày hợp lệ" in out  # what an import refuses, once
    assert "T3 đề ngày 02/01/2026, trước ngày của T0 (10/01/2026)" in out  # the unreadable ones bound nothing
    code, out, _ = run(capsys, "check", "--lang", "en", "--data-dir", str(data))
    assert code == 1 and "assessment.assessed_on: '15/11/2026' is not a valid date; write year-month-day" in out
    code, out, _ = run(capsys, "list", "--data-dir", str(data))
    assert code == 0 and "15/11/2026" in out and "2026-02-30" in out
    assert (data / "cds-desktop.json").read_bytes() == before


def test_check_says_a_stored_day_that_is_no_day_once_among_what_an_import_refuses(capsys, tmp_path, installed_mini,
                                                                                   workshop):
    """'15/11/2026' stored by an earlier version: an import refuses it, so the check names it there, with its stage,
    id and how to fix it, and not a second time among the days that do not fit. A T3 dated before T2 is a real day
    an import takes: it stays among those. A business whose details are refused is named for those; its day that
    is no day is said among the days. Still not healthy: exit 1."""
    from datetime import date

    from cds_desktop.storage.records import business_record
    from storage_support import completed

    data = tmp_path / "data"
    with Repository(data) as repo:
        business = repo.add_business(workshop)
        other = repo.add_business(workshop._replace(name="Quán Đông Hà", tax_code=""))
        repo._put("businesses", other.id, business_record(other._replace(tax_code="12")))  # as an earlier version
        for owner, stage, on in ((business, "T0", "2026-01-10"), (business, "T1", "15/11/2026"),
                                 (business, "T2", "2026-06-01"), (business, "T3", "2026-03-02"),
                                 (other, "T0", "2026-13-01")):
            assessment = completed(installed_mini, workshop, stage="T0", on=date(2026, 1, 1))._replace(stage=stage,
                                 assessed_on=on, id=f"id-{owner.name[:4]}-{stage}")
            repo._put("assessments", assessment.id, repo._record_for(owner, assessment))
    for lang in ("vi", "en"):
        code, out, _ = run(capsys, "check", "--lang", lang, "--data-dir", str(data))
        assert code == 1 and out.count("15/11/2026") == 1 and out.count("2026-13-01") == 1, out
        assert "T1 (id-Xưởn-T1) assessment.assessed_on: '15/11/2026'" in out
    assert "2 assessments with a day that does not fit" in out and "T3 is dated 2 Mar 2026, before T2" in out
    assert "the assessment date '2026-13-01' is not a real day" in out
    code, out, _ = run(capsys, "check", "--json", "--data-dir", str(data))
    report = json.loads(out)
    assert code == 1 and not report["healthy"]
    assert [(d["business"], d["stage"], d["assessed_on"]) for d in report["dates"]] == [
        ("Quán Đông Hà", "T0", "2026-13-01"), ("Xưởng mộc Cam Lộ", "T3", "2026-03-02")]
    refused = {found["name"]: found["problems"] for found in report["businesses_with_problems"]}
    assert len(refused["Quán Đông Hà"]) == 1 and "'12'" in refused["Quán Đông Hà"][0]
    assert len(refused["Xưởng mộc Cam Lộ"]) == 1 and "15/11/2026" in refused["Xưởng mộc Cam Lộ"][0]


def test_check_names_an_assessment_an_import_refuses(capsys, tmp_path, installed_mini, workshop):
    """An earlier version stored a 'T100' (re-assessing T99) and a day '15/11/2026': a file carrying either is refused
    whole by every laptop, so the check names the business with the stage, what is wrong and how to fix it."""
    from datetime import date

    from storage_support import completed

    data = tmp_path / "data"
    with Repository(data) as repo:
        business = repo.add_business(workshop)
        for stage, on in (("T0", "2026-01-10"), ("T100", "2026-02-01"), ("T1", "15/11/2026")):
            assessment = completed(installed_mini, workshop, stage="T0", on=date(2026, 1, 1))._replace(stage=stage,
                                 assessed_on=on, id=f"id-{stage}")
            repo._put("assessments", assessment.id, repo._record_for(business, assessment))  # as an earlier version
    before = (data / "cds-desktop.json").read_bytes()
    code, out, _ = run(capsys, "check", "--data-dir", str(data))
    assert code == 1 and "1 cơ sở có thông tin sai mà lúc nhập sẽ bị từ chối" in out
    assert f"Xưởng mộc Cam Lộ (mã {business.id}):" in out and "T100 (id-T100) assessment.stage: 'T100'" in out
    assert "T1 (id-T1) assessment.assessed_on: '15/11/2026'" in out and "T0 (id-T0)" not in out
    assert "mở lần đánh giá được nêu và sửa điều được nêu" in out
    code, out, _ = run(capsys, "check", "--json", "--lang", "en", "--data-dir", str(data))
    [found] = json.loads(out)["businesses_with_problems"]
    assert len(found["problems"]) == 2 and "open the assessment named" in found["fix"]
    assert (data / "cds-desktop.json").read_bytes() == before


HOSTILE = "Quán \x1b]0;pwned\x07\x1b[2J\x9b31m\u202eCà phê\r"


def test_escape_sequences_in_user_text_are_shown_escaped_not_obeyed(capsys, tmp_path, sample):
    data = json.loads(sample.read_text(encoding="utf-8"))
    data["business"]["name"] = HOSTILE
    hostile = tmp_path / "hostile.json"
    hostile.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    store = str(tmp_path / "data")
    assert run(capsys, "import", str(hostile), "--data-dir", store)[0] == 0
    aid = stored_id(capsys, store)
    shown = ""
    for argv in (["list"], ["show", aid], ["score", str(hostile)], ["validate", str(hostile)],
                 ["policies", str(hostile)], ["show", "no-such-id"]):
        code, out, err = run(capsys, *argv, "--data-dir", store)
        assert not any(c in out + err for c in "\x1b\x07\x9b\u202e\r"), argv
        shown += out
    assert "Quán \\u001b]0;pwned\\u0007\\u001b[2J\\u009b31m\\u202eCà phê\\u000d" in shown
    code, out, _ = run(capsys, "list", "--json", "--data-dir", store)
    assert json.loads(out)[0]["business"]["name"] == HOSTILE  # JSON stays valid and exact


# A name pasted from a spreadsheet cell or hand-edited in a file, with every kind of line break, crafted so that a
# list printing it raw shows a second business, with an id of its own.
BROKEN = "Cà phê\n00000000-fake  Quán giả\r\n\u2028\u2029\x85\x0b\x0c\x1c"
BROKEN_SHOWN = "Cà phê\\u000a00000000-fake  Quán giả\\u000d\\u000a\\u2028\\u2029\\u0085\\u000b\\u000c\\u001c"


def _one_line_each(out: str, argv) -> None:
    """Only the output's own newlines break its lines: no line starts with what followed a line break in the data."""
    from cds_desktop.i18n import LINE_BREAKS

    assert not any(c in out for c in LINE_BREAKS.replace("\n", "")), argv
    assert not any(line.lstrip().startswith(("00000000-fake", "Quán giả")) for line in out.splitlines()), argv


def test_a_line_break_in_a_business_name_never_breaks_a_line_of_output(capsys, tmp_path, sample):
    """One business is one line of `list`, and a name cannot forge a line of output: each of its line breaks is shown
    by its code, as the other control characters are, in every command that names it; JSON keeps the name exact."""
    data = json.loads(sample.read_text(encoding="utf-8"))
    data["business"]["name"] = BROKEN
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    later = dict(data, assessment=dict(data["assessment"], id="t1-before-t0", stage="T1", assessed_on="2020-01-02"))
    other = dict(data, business=dict(data["business"], id="other-entry", name="Quán khác", tax_code=""),
                 assessment=dict(data["assessment"], id="other-t0"))
    for name, doc in (("later.json", later), ("other.json", other)):
        (tmp_path / name).write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    store = str(tmp_path / "data")
    code, out, err = run(capsys, "import", str(broken), str(tmp_path / "later.json"), str(tmp_path / "other.json"),
                         "--data-dir", store)
    assert code == 0 and BROKEN_SHOWN in out
    _one_line_each(out + err, "import")
    [entry] = [e for e in json.loads(run(capsys, "list", "--json", "--data-dir", store)[1])
               if e["business"]["name"] == BROKEN]  # JSON: exact
    business, aid = entry["business"]["id"], entry["assessments"][0]["id"]
    for argv in (["list"], ["show", business], ["show", aid], ["check"], ["validate", str(broken)],
                 ["score", str(broken)], ["export", aid, "-o", str(tmp_path / "out.json")],
                 ["merge", business, "other-entry", "--yes"], ["delete", aid, "--yes"], ["delete", business, "--yes"]):
        for lang in ("vi", "en"):
            code, out, err = run(capsys, *argv, "--data-dir", store, "--lang", lang)
            assert code in (0, 1) and BROKEN_SHOWN in out, (argv, out, err)
            _one_line_each(out + err, argv)
            if argv[0] in ("merge", "delete"):
                break  # done once
    assert json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))["business"]["name"] == BROKEN


def test_a_stored_tax_code_and_name_with_a_line_break_stay_on_their_line(capsys, tmp_path, sample):
    """An earlier release stored them so (a tax code is refused on the way in): `list`, `show` and `check` name the
    business on one line; the check names the tax code as what an import refuses."""
    from legacy_store_support import as_an_earlier_release_stored

    store = tmp_path / "data"
    assert run(capsys, "import", str(sample), "--data-dir", str(store))[0] == 0
    as_an_earlier_release_stored(store, name=BROKEN, tax_code="3200123456\n00000000-fake")
    business = json.loads(run(capsys, "list", "--json", "--data-dir", str(store))[1])[0]["business"]["id"]
    code, out, err = run(capsys, "list", "--data-dir", str(store))
    assert code == 0 and out.splitlines()[0] == f"{business}  {BROKEN_SHOWN}  (3200123456\\u000a00000000-fake)"
    for argv in (["show", business], ["check"], ["export-bundle", "-o", str(tmp_path / "b.json")]):
        code, out, err = run(capsys, *argv, "--data-dir", str(store))
        assert BROKEN_SHOWN in out + err
        _one_line_each(out + err, argv)


def test_a_confirmation_prompt_shows_user_text_escaped(monkeypatch):
    from types import SimpleNamespace

    from cds_desktop.cli.output import confirm
    from cds_desktop.i18n import text

    prompts = []
    monkeypatch.setattr("sys.stdin", SimpleNamespace(isatty=lambda: True))
    monkeypatch.setattr("builtins.input", lambda prompt: prompts.append(prompt) or "y")
    assert confirm(SimpleNamespace(yes=False, lang="en"), text(f"Xóa {HOSTILE}?", f"Delete {HOSTILE}?"))
    assert "\x1b" not in prompts[0] and "Delete Quán \\u001b]0;pwned" in prompts[0]


def _folder_bytes(folder):
    return {p.relative_to(folder): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("command", [
    ["export", "{aid}", "-o", "{data}/cds-desktop.json"],
    ["export-bundle", "-o", "{data}/cds-desktop.json"],
    ["export-bundle", "-o", "{data}/cds-desktop.lock"],  # a new lock file would let a second writer in
    ["export-table", "--format", "csv", "-o", "{data}/backups/table.csv"],
    ["export", "{aid}", "-o", "{data}/catalog/state.json"],
    ["sample", "-o", "{data}/../data/cds-desktop.json"],
])
def test_an_export_never_replaces_the_data_folders_own_files(capsys, tmp_path, sample, command):
    """A consultant who saves an export into the data folder under the database's name would replace every
    business with one file; the lock file replaced would let two programs write at once."""
    data = tmp_path / "data"
    assert run(capsys, "import", str(sample), "--data-dir", str(data))[0] == 0
    (data / "catalog").mkdir()
    aid = stored_id(capsys, str(data))
    before = _folder_bytes(data)
    argv = [part.format(aid=aid, data=data) for part in command]
    for lang, words in (("vi", "chọn tên tệp hoặc thư mục khác"), ("en", "Choose another file name or folder")):
        code, out, err = run(capsys, *argv, "--data-dir", str(data), "--lang", lang)
        assert code == 2 and words in err and "Traceback" not in err, err
    assert _folder_bytes(data) == before
    code, out, _ = run(capsys, "list", "--data-dir", str(data))
    assert code == 0 and "Khe Sanh" in out


def test_an_export_beside_the_data_folders_files_is_written(capsys, tmp_path, sample):
    data = tmp_path / "data"
    run(capsys, "import", str(sample), "--data-dir", str(data))
    assert run(capsys, "export-bundle", "-o", str(data / "bundle.json"), "--data-dir", str(data))[0] == 0
    assert run(capsys, "export-bundle", "-o", str(tmp_path / "cds-desktop.json"), "--data-dir", str(data))[0] == 0


@pytest.mark.parametrize("command", [["list"], ["import", "{sample}"], ["check"], ["restore", "--yes"]])
def test_a_data_dir_that_names_the_database_file_says_to_name_its_folder(capsys, tmp_path, sample, command):
    """--data-dir pointing at cds-desktop.json itself (or at any file) was called a damaged database, with the
    advice to restore a backup, or an unwritable folder."""
    data = tmp_path / "data"
    assert run(capsys, "import", str(sample), "--data-dir", str(data))[0] == 0
    db = data / "cds-desktop.json"
    before = db.read_bytes()
    argv = [part.format(sample=sample) for part in command]
    for lang, words in (("vi", "là một tệp, không phải thư mục"), ("en", "is a file, not a folder")):
        code, out, err = run(capsys, *argv, "--data-dir", str(db), "--lang", lang)
        assert code == 2 and words in err and str(data) in err and "Traceback" not in err, err
        assert "restore" not in err and "hỏng" not in err
    assert db.read_bytes() == before and sorted(p.name for p in data.iterdir()) == [
        "backups", "cds-desktop.json", "cds-desktop.lock"]


def _two_entries(tmp_path, shop):
    from cds_desktop.domain.assessment import Assessment
    from cds_desktop.domain.instrument import current_instrument

    instrument = current_instrument("cds-sme")
    with Repository(tmp_path / "data") as repo:
        keep = repo.add_business(shop._replace(name="Quán Hoa"))
        other = repo.add_business(shop._replace(name="Hoa"))
        repo.save_assessment(keep.id, Assessment.new(instrument, "T0")._replace(assessed_on="2026-03-10"))
        moved = repo.save_assessment(other.id, Assessment.new(instrument, "T0")._replace(assessed_on="2026-06-01"))
    return keep, other, moved


def test_merge_says_what_will_move_and_asks_in_vietnamese_by_default(capsys, tmp_path, shop, monkeypatch):
    keep, other, moved = _two_entries(tmp_path, shop)
    data = str(tmp_path / "data")
    monkeypatch.setattr("sys.stdin", io.StringIO(""))  # not a terminal: nobody to ask
    code, out, err = run(capsys, "merge", keep.id, other.id[:8], "--data-dir", data)
    assert code == 2 and "--yes" in err and "Traceback" not in err
    assert "Quán Hoa" in out and "T0 → T1" in out and "1 lần đánh giá" in out
    with Repository(data, read_only=True) as repo:
        assert len(repo.businesses()) == 2
    code, out, _ = run(capsys, "merge", keep.id, other.id, "--yes", "--data-dir", data)
    assert code == 0 and "Đã gộp" in out and "cds-cli restore" in out
    with Repository(data, read_only=True) as repo:
        assert [b.name for b in repo.businesses()] == ["Quán Hoa"]
        assert [s.id for s in repo.assessments_of(keep.id)][-1] == moved.id


def test_merge_speaks_english_with_lang_en(capsys, tmp_path, shop):
    keep, other, _ = _two_entries(tmp_path, shop)
    code, out, _ = run(capsys, "merge", keep.id, other.id, "--yes", "--lang", "en", "--data-dir", str(tmp_path / "data"))
    assert code == 0 and "1 assessment" in out and "T0 → T1" in out and "Merged" in out


def test_merging_a_business_with_itself_is_refused_with_a_message(capsys, tmp_path, shop):
    keep, _, _ = _two_entries(tmp_path, shop)
    code, _, err = run(capsys, "merge", keep.id, keep.id, "--yes", "--lang", "en", "--data-dir", str(tmp_path / "data"))
    assert code == 2 and "itself" in err and "Traceback" not in err
    code, _, err = run(capsys, "merge", keep.id, keep.id, "--yes", "--data-dir", str(tmp_path / "data"))
    assert code == 2 and "chính nó" in err


@pytest.mark.parametrize("lang, status, overall, area", [("vi", "(hoàn thành)", "Tổng thể", "Quy trình kinh doanh"),
                                                         ("en", "(completed)", "Overall", "Business processes")])
def test_show_and_benchmark_speak_the_readers_language(capsys, tmp_path, sample, lang, status, overall, area):
    """The status and the areas read as words of the reader's language, not as the data's ids."""
    data = str(tmp_path / "data")
    assert run(capsys, "import", str(sample), "--data-dir", data)[0] == 0
    aid = stored_id(capsys, data)
    code, out, _ = run(capsys, "--lang", lang, "show", aid, "--data-dir", data)
    assert code == 0 and status in out.splitlines()[0]
    code, out, _ = run(capsys, "--lang", lang, "benchmark", aid, "--data-dir", data)
    rows = [line.strip() for line in out.splitlines()[2:]]
    assert code == 0 and rows[0].startswith(overall) and any(r.startswith(area) for r in rows)
    assert not any(r.split()[0] in {"overall", "business", "management", "production", "ecommerce", "foundation"}
                   for r in rows)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_show_and_list_write_a_level_as_score_does(capsys, tmp_path, sample, lang):
    """`show` printed "3 Hình thành" where `score`, the window and the report write "3 · Hình thành"."""
    from cds_desktop.domain.scoring import level_label

    data = str(tmp_path / "data")
    assert run(capsys, "import", str(sample), "--data-dir", data)[0] == 0
    aid = stored_id(capsys, data)
    scored = [line for line in run(capsys, "--lang", lang, "score", str(sample))[1].splitlines() if line.startswith("  ")]
    shown = [line for line in run(capsys, "--lang", lang, "show", aid, "--data-dir", data)[1].splitlines()
             if line.startswith("  ")]
    assert shown == scored[:5] and len(shown) == 5  # the areas; `score` lists the pillars after them
    overall = json.loads(run(capsys, "list", "--json", "--data-dir", data)[1])[0]["assessments"][0]["overall_level"]
    listed = run(capsys, "--lang", lang, "list", "--data-dir", data)[1].splitlines()[1]
    assert listed.endswith(" " + level_label(overall, lang))


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_benchmark_marks_each_area_against_the_peers_mean_as_the_window_does(capsys, tmp_path, sample, lang):
    """The sample and five similar businesses scoring higher: each row ends with the difference from the peers'
    mean, marked as the window's peer card and the report mark a change (▼ −3,7)."""
    from cds_desktop.formats import score_trend

    data = str(tmp_path / "data")
    doc = json.loads(sample.read_text(encoding="utf-8"))
    files = [str(sample)]
    for i in range(5):
        peer = json.loads(json.dumps(doc))
        peer["business"].update(id=f"peer-{i}", name=f"Cơ sở {i}", tax_code="")
        peer["assessment"]["id"] = f"peer-t0-{i}"
        for answer in peer["assessment"]["answers"].values():
            if answer.get("level") is not None:
                answer["level"] = min(5, answer["level"] + 1)
        files.append(str(tmp_path / f"peer-{i}.json"))
        (tmp_path / f"peer-{i}.json").write_text(json.dumps(peer, ensure_ascii=False), encoding="utf-8")
    assert run(capsys, "import", *files, "--data-dir", data)[0] == 0
    aid = doc["assessment"]["id"]
    figures = json.loads(run(capsys, "benchmark", aid, "--json", "--data-dir", data)[1])
    code, out, _ = run(capsys, "--lang", lang, "benchmark", aid, "--data-dir", data)
    rows = out.splitlines()[2:]
    expected = [score_trend(c["own_score"], c["mean"], lang)[0] for c in (figures["overall"], *figures["areas"])]
    assert code == 0 and len(rows) == len(expected) and all(e.startswith("▼") for e in expected)
    assert [row.endswith("  " + e) for row, e in zip(rows, expected)] == [True] * len(rows)


# -- what a command that writes says it wrote ------------------------------------------------------------

@pytest.mark.parametrize("lang, words", [
    ("vi", {"export": ["Đã ghi tệp đánh giá: {out}", "T0 ngày 15/10/2026", " KB)"],
            "export-bundle": ["Đã ghi 1 đánh giá vào {out}", " KB)"],
            "export-table": ["Đã ghi 1 dòng vào {out}", " KB)"]}),
    ("en", {"export": ["Assessment file written: {out}", "T0 of 15 Oct 2026", " KB)"],
            "export-bundle": ["Wrote 1 assessment to {out}", " KB)"],
            "export-table": ["Wrote 1 row to {out}", " KB)"]}),
])
def test_an_export_says_what_it_wrote_and_where(capsys, tmp_path, sample, lang, words):
    """A consultant sees which file was written, of which business and stage, and how big it is."""
    data = str(tmp_path / "data")
    assert run(capsys, "import", str(sample), "--data-dir", data)[0] == 0
    aid = stored_id(capsys, data)
    for command, extra in (("export", [aid[:8]]), ("export-bundle", []), ("export-table", ["--format", "csv"])):
        out_file = tmp_path / f"{command}-{lang}.out"
        code, out, err = run(capsys, "--lang", lang, "--data-dir", data, command, *extra, "-o", str(out_file))
        assert code == 0 and out_file.is_file() and not err, (command, err)
        assert all(w.format(out=out_file) in out for w in words[command]), (command, out)
        assert len(out.splitlines()) == 1, out
    exported = run(capsys, "--lang", lang, "--data-dir", data, "export", aid, "-o", str(tmp_path / "again.json"))[1]
    assert "Khe Sanh" in exported


@pytest.mark.parametrize("lang, assessment, business, kept", [
    ("vi", "Đã xóa đánh giá T0 ngày 15/10/2026 của Công ty TNHH Cà phê Khe Sanh (mẫu) (mã sample-khe-sanh-t0) khỏi",
     "Đã xóa Công ty TNHH Cà phê Khe Sanh (mẫu) cùng 0 đánh giá khỏi", "bản sao lưu"),
    ("en", "Deleted the T0 assessment of 15 Oct 2026 of Công ty TNHH Cà phê Khe Sanh (mẫu) (id sample-khe-sanh-t0) "
           "from",
     "Deleted Công ty TNHH Cà phê Khe Sanh (mẫu) with its 0 assessments from", "kept as a backup"),
])
def test_delete_says_what_it_deleted_and_from_which_database(capsys, tmp_path, sample, lang, assessment, business,
                                                             kept):
    data = tmp_path / "data"
    assert run(capsys, "import", str(sample), "--data-dir", str(data))[0] == 0
    aid = stored_id(capsys, str(data))
    business_id = json.loads(run(capsys, "list", "--json", "--data-dir", str(data))[1])[0]["business"]["id"]
    database = str(data / "cds-desktop.json")
    code, out, _ = run(capsys, "--lang", lang, "--data-dir", str(data), "delete", aid, "--yes")
    assert code == 0 and f"{assessment} {database}." in out and kept in out
    code, out, _ = run(capsys, "--lang", lang, "--data-dir", str(data), "delete", business_id, "--yes")
    assert code == 0 and f"{business} {database}." in out and kept in out


@pytest.mark.parametrize("lang, said", [
    ("vi", "Đã gộp «Hoa» vào «Quán Hoa»: 1 đánh giá đã chuyển sang; mục «Hoa» (mã {other}) đã được xóa."),
    ("en", "Merged “Hoa” into “Quán Hoa”: 1 assessment moved; the entry “Hoa” (id {other}) is removed."),
])
def test_merge_says_what_moved_once_done(capsys, tmp_path, shop, lang, said):
    keep, other, _ = _two_entries(tmp_path, shop)
    code, out, _ = run(capsys, "merge", keep.id, other.id, "--yes", "--lang", lang,
                       "--data-dir", str(tmp_path / "data"))
    assert code == 0 and said.format(other=other.id) in out.splitlines()


def test_import_json_names_the_database_it_wrote_and_stays_json(capsys, tmp_path, sample):
    data = tmp_path / "data"
    for lang in ("vi", "en"):
        code, out, _ = run(capsys, "--lang", lang, "--data-dir", str(data), "import", str(sample), "--json")
        report = json.loads(out)  # nothing but JSON on stdout
        assert code == 0 and report["database"] == str(data / "cds-desktop.json")


@pytest.mark.parametrize("name, magic", [("table.csv", "﻿".encode()), ("TABLE.XLSX", b"PK")])
def test_export_table_takes_its_format_from_the_file_name(capsys, tmp_path, sample, name, magic):
    data = str(tmp_path / "data")
    run(capsys, "import", str(sample), "--data-dir", data)
    assert run(capsys, "export-table", "-o", str(tmp_path / name), "--data-dir", data)[0] == 0
    assert (tmp_path / name).read_bytes().startswith(magic)


@pytest.mark.parametrize("argv, vi, en", [
    (["-o", "{out}/t.csv", "--format", "xlsx"], "có đuôi .csv mà định dạng là xlsx", "ends in .csv but the format is xlsx"),
    (["-o", "{out}/t.txt"], "đặt tên tệp có đuôi .csv hoặc .xlsx", "name the file .csv or .xlsx"),
])
def test_export_table_refuses_a_format_the_file_name_contradicts_or_does_not_give(capsys, tmp_path, sample, argv,
                                                                                  vi, en):
    data = str(tmp_path / "data")
    run(capsys, "import", str(sample), "--data-dir", data)
    args = [a.format(out=tmp_path) for a in argv]
    for lang, words in (("vi", vi), ("en", en)):
        code, _, err = run(capsys, "--lang", lang, "export-table", *args, "--data-dir", data)
        assert code == 2 and words in err and "Traceback" not in err, err
    assert not (tmp_path / "t.csv").exists() and not (tmp_path / "t.txt").exists()
    assert run(capsys, "export-table", "-o", str(tmp_path / "t.txt"), "--format", "csv", "--data-dir", data)[0] == 0


def test_validate_checks_a_bundle_as_import_does(capsys, tmp_path, sample):
    """A consultant checks the file a colleague sent before importing it: a bundle named every field of an
    assessment file as missing and 'cds-bundle' as a wrong format."""
    data = str(tmp_path / "data")
    assert run(capsys, "import", str(sample), "--data-dir", data)[0] == 0
    bundle = tmp_path / "bundle.json"
    assert run(capsys, "export-bundle", "-o", str(bundle), "--data-dir", data)[0] == 0
    code, out, err = run(capsys, "validate", str(bundle))
    assert (code, err) == (0, "") and out.splitlines()[:2] == ["Hợp lệ: tệp gộp có 1 đánh giá",
                                                                 "  Công ty TNHH Cà phê Khe Sanh (mẫu), T0"]
    doc = json.loads(bundle.read_text(encoding="utf-8"))
    doc["assessments"].append(json.loads(json.dumps(doc["assessments"][0])))
    doc["assessments"][1]["business"]["province"] = "Atlantis"
    bundle.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    code, out, err = run(capsys, "--lang", "en", "validate", str(bundle))
    assert code == 2 and out == "" and "[1]: business.province: 'Atlantis' is not one of the 34 provinces" in err
    assert "cds-assessment" not in err and "missing" not in err


def test_an_import_refuses_a_line_break_in_a_single_line_field_it_checks(capsys, tmp_path, sample):
    """A tax code and an e-mail address are one line: a file carrying one with a line break is refused, the
    field named on one line of the message; nothing is stored."""
    for field, value in (("tax_code", "3200689154\n"), ("email", "lan@sokhcn.gov.vn\n")):
        data = json.loads(sample.read_text(encoding="utf-8"))
        if field == "email":
            data["business"]["contact"]["email"] = value
        else:
            data["business"][field] = value
        path = tmp_path / f"{field}.json"
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        store = str(tmp_path / field)
        code, out, err = run(capsys, "import", str(path), "--data-dir", store, "--lang", "en")
        assert code == 2 and f"business.{'contact.' if field == 'email' else ''}{field}:" in err, err
        assert all(line.startswith((str(path), "  ")) for line in err.splitlines()), err
        assert json.loads(run(capsys, "list", "--json", "--data-dir", store)[1]) == []
