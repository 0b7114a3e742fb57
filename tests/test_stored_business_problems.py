"""A business an earlier release stored with details an import now refuses (province "Atlantis", a tax code
with a line break at its end) is named by `check`, with each problem and how to fix it, in the reader's language;
exporting it (one assessment, its bundle or every business) is refused before anything is written, since every
copy of the app would refuse the whole file; `export-bundle --skip-invalid` writes the other businesses and names
each one left out; nothing stored changes."""

import json

import pytest

from cds_desktop.storage import Repository
from legacy_store_support import ATLANTIS, as_an_earlier_release_stored, folder_bytes, run, write_sample

NAME = "Công ty TNHH Cà phê Khe Sanh (mẫu)"
PROVINCE = ATLANTIS
TAX_CODE = {"vi": "'3200123456\\n' không đúng dạng đó", "en": "'3200123456\\n' is not one"}
FIX = {"vi": "Cách sửa: trong cửa sổ ứng dụng, trang «Cơ sở kinh doanh», chọn cơ sở này, bấm «Sửa» (Sửa thông tin "
             "cơ sở), sửa các ô được đánh dấu rồi bấm «Lưu».",
       "en": "To fix: in the app's window, on the “Businesses” page, choose this business, click “Edit” (Edit "
             "business), correct the marked fields and click “Save”."}
REFUSED = {"vi": "Không ghi tệp: mọi máy sẽ từ chối cả tệp khi nhập", "en": "No file written: every laptop would "
                                                                          "refuse the whole file on import"}


@pytest.fixture
def sample(tmp_path, capsys):
    return write_sample(tmp_path, capsys)


def _store(capsys, tmp_path, sample, **fields):
    """The sample's business stored, then given `fields` in the database file as an earlier release wrote them."""
    data = tmp_path / "data"
    assert run(capsys, "import", str(sample), "--data-dir", str(data))[0] == 0
    as_an_earlier_release_stored(data, **fields)
    return data


@pytest.fixture
def bad(capsys, tmp_path, sample):
    return _store(capsys, tmp_path, sample, province="Atlantis", tax_code="3200123456\n")


def _ids(capsys, data):
    [entry] = json.loads(run(capsys, "list", "--json", "--data-dir", str(data))[1])
    return entry["business"]["id"], entry["assessments"][0]["id"]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_check_names_each_stored_business_with_problems_and_how_to_fix_it(capsys, bad, lang):
    business_id, _ = _ids(capsys, bad)
    code, out, err = run(capsys, "check", "--data-dir", str(bad), "--lang", lang)
    assert code == 1 and err == ""
    lines = [line.strip() for line in out.splitlines()]
    start = lines.index(f"{NAME} ({'mã' if lang == 'vi' else 'id'} {business_id}):")
    assert lines[start + 1].startswith("business.tax_code: ") and lines[start + 1].endswith(TAX_CODE[lang])
    assert lines[start + 2:start + 4] == [PROVINCE[lang], FIX[lang]]
    assert lines[0] == ("Dữ liệu có vấn đề:" if lang == "vi" else "The data has problems:")


def test_check_speaks_vietnamese_without_lang(capsys, bad):
    out = run(capsys, "check", "--data-dir", str(bad))[1]
    assert PROVINCE["vi"] in out and FIX["vi"] in out and "To fix" not in out


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_check_json_lists_them(capsys, bad, lang):
    business_id, _ = _ids(capsys, bad)
    code, out, _ = run(capsys, "check", "--json", "--data-dir", str(bad), "--lang", lang)
    report = json.loads(out)
    assert code == 1 and report["healthy"] is False and report["problems"] == []
    [listed] = report["businesses_with_problems"]
    assert listed["id"] == business_id and listed["name"] == NAME and listed["fix"] == FIX[lang]
    assert listed["problems"][0].endswith(TAX_CODE[lang]) and listed["problems"][1:] == [PROVINCE[lang]]


def test_check_of_good_data_still_exits_0_with_an_empty_list(capsys, tmp_path, sample):
    data = tmp_path / "data"
    assert run(capsys, "import", str(sample), "--data-dir", str(data))[0] == 0
    business_id, _ = _ids(capsys, data)
    shown = json.loads(run(capsys, "show", business_id, "--json", "--data-dir", str(data))[1])
    assert shown["problems"] == [] and "fix" not in shown
    code, out, _ = run(capsys, "check", "--json", "--data-dir", str(data))
    assert code == 0 and json.loads(out)["healthy"] and json.loads(out)["businesses_with_problems"] == []
    code, out, _ = run(capsys, "check", "--data-dir", str(data))
    assert code == 0 and out.startswith("Dữ liệu tốt.") and "Cách sửa" not in out


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_show_of_the_business_says_it_too(capsys, bad, lang):
    business_id, _ = _ids(capsys, bad)
    code, out, _ = run(capsys, "show", business_id[:8], "--data-dir", str(bad), "--lang", lang)
    lines = [line.strip() for line in out.splitlines()]
    assert code == 0 and lines[0] == f"{NAME} — {business_id}" and lines[2:4] == [PROVINCE[lang], FIX[lang]]
    shown = json.loads(run(capsys, "show", business_id, "--json", "--data-dir", str(bad), "--lang", lang)[1])
    assert shown["problems"][1:] == [PROVINCE[lang]] and shown["fix"] == FIX[lang]


def test_check_changes_nothing_stored(capsys, bad):
    before = folder_bytes(bad)
    run(capsys, "check", "--data-dir", str(bad))
    assert folder_bytes(bad) == before


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("command", [["export-bundle"], ["export-bundle", "--business", "{business}"],
                                     ["export", "{assessment}"]])
def test_an_export_carrying_it_is_refused_and_writes_nothing(capsys, tmp_path, bad, command, lang):
    business_id, assessment_id = _ids(capsys, bad)
    target = tmp_path / "out.json"
    target.write_text("the file that was there", encoding="utf-8")
    before = folder_bytes(bad)
    argv = [a.format(business=business_id, assessment=assessment_id) for a in command]
    code, out, err = run(capsys, *argv, "-o", str(target), "--data-dir", str(bad), "--lang", lang)
    assert code == 2 and out == "" and "Traceback" not in err
    assert REFUSED[lang] in err and PROVINCE[lang] in err and FIX[lang] in err and business_id in err
    assert target.read_text(encoding="utf-8") == "the file that was there"
    assert folder_bytes(bad) == before


def test_exporting_without_a_file_there_leaves_none(capsys, tmp_path, bad):
    target = tmp_path / "bundle.json"
    assert run(capsys, "export-bundle", "-o", str(target), "--data-dir", str(bad))[0] == 2
    assert not target.exists()


def test_a_tax_code_with_a_line_break_alone_is_refused_too(capsys, tmp_path, sample):
    data = _store(capsys, tmp_path, sample, tax_code="3200123456\n")
    code, _, err = run(capsys, "export-bundle", "-o", str(tmp_path / "b.json"), "--data-dir", str(data), "--lang", "en")
    assert code == 2 and TAX_CODE["en"] in err and "Atlantis" not in err


def test_the_other_businesses_still_export_one_by_one_and_all_once_it_is_fixed(capsys, tmp_path, two):
    """The refusal names the one business; the others go with --business, and all of them once it is fixed."""
    bad = two
    out_path = tmp_path / "hương.json"
    assert run(capsys, "export-bundle", "--business", "another-business", "-o", str(out_path),
               "--data-dir", str(bad))[0] == 0
    code, _, err = run(capsys, "export-bundle", "-o", str(tmp_path / "all.json"), "--data-dir", str(bad))
    assert code == 2 and NAME in err and "Quán bún Hương" not in err


    with Repository(bad) as repo:
        [stored] = [b for b in repo.businesses() if b.name == NAME]
        repo.update_business(stored._replace(province="Quảng Trị", tax_code="3200123456"))
    assert run(capsys, "export-bundle", "-o", str(tmp_path / "all.json"), "--data-dir", str(bad))[0] == 0
    assert run(capsys, "check", "--data-dir", str(bad))[0] == 0
    data = tmp_path / "elsewhere"
    assert run(capsys, "import", str(tmp_path / "all.json"), "--data-dir", str(data))[0] == 0


def _add_a_good_business(capsys, tmp_path, sample, data) -> None:
    """Import a good business, Quán bún Hương, with one assessment, into the store in `data`."""
    other = json.loads(sample.read_text(encoding="utf-8"))
    other["assessment"]["id"] = "another-assessment"
    other["business"].update(id="another-business", name="Quán bún Hương", tax_code="")
    path = tmp_path / "other.json"
    path.write_text(json.dumps(other, ensure_ascii=False), encoding="utf-8")
    assert run(capsys, "import", str(path), "--data-dir", str(data))[0] == 0


@pytest.fixture
def two(capsys, tmp_path, sample, bad):
    """`bad` beside a good business, Quán bún Hương, with one assessment."""
    _add_a_good_business(capsys, tmp_path, sample, bad)
    return bad


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_refusal_says_how_to_write_the_others(capsys, tmp_path, two, lang):
    code, out, err = run(capsys, "export-bundle", "-o", str(tmp_path / "all.json"), "--data-dir", str(two),
                         "--lang", lang)
    lines = err.splitlines()
    assert code == 2 and out == "" and REFUSED[lang] in lines[0] and FIX[lang] in err
    assert lines[1] == {"vi": "Để ghi 1 cơ sở còn lại, không có các cơ sở này: chạy lại lệnh, thêm --skip-invalid.",
                        "en": "To write the rest (1 business) without these: run the command again with "
                              "--skip-invalid."}[lang]
    assert not (tmp_path / "all.json").exists()


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_skip_invalid_writes_the_others_and_names_each_one_left_out(capsys, tmp_path, two, lang):
    business_id, _ = _ids_of(capsys, two, NAME)
    before = folder_bytes(two)
    target = tmp_path / "all.json"
    code, out, err = run(capsys, "export-bundle", "--skip-invalid", "-o", str(target), "--data-dir", str(two),
                         "--lang", lang)
    assert code == 0 and out.startswith({"vi": "Đã ghi 1 đánh giá vào", "en": "Wrote 1 assessment to"}[lang])
    lines = err.splitlines()
    assert lines[0] == {"vi": "Không có trong tệp: 1 cơ sở có thông tin sai mà mọi máy sẽ từ chối khi nhập. Sửa rồi "
                              "ghi lại tệp:",
                        "en": "Not in the file: 1 business whose details every laptop would refuse on import. Fix "
                              "them, then write the file again:"}[lang]
    assert business_id in lines[1] and NAME in lines[1] and PROVINCE[lang] in err and FIX[lang] in err
    assert folder_bytes(two) == before
    data = tmp_path / "elsewhere"  # the file is one every laptop takes
    assert run(capsys, "import", str(target), "--data-dir", str(data))[0] == 0
    [entry] = json.loads(run(capsys, "list", "--json", "--data-dir", str(data))[1])
    assert entry["business"]["name"] == "Quán bún Hương"


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_skip_invalid_still_refuses_the_bad_business_alone_and_a_store_of_bad_ones(capsys, tmp_path, two, lang):
    business_id, _ = _ids_of(capsys, two, NAME)
    target = tmp_path / "one.json"
    for where in (["--business", business_id], []):
        if not where:  # the good one gone: nothing else can travel
            assert run(capsys, "delete", "another-business", "--yes", "--data-dir", str(two))[0] == 0
        code, out, err = run(capsys, "export-bundle", "--skip-invalid", *where, "-o", str(target), "--data-dir",
                             str(two), "--lang", lang)
        assert code == 2 and out == "" and REFUSED[lang] in err and FIX[lang] in err and "--skip-invalid" not in err
        assert not target.exists()


def test_skip_invalid_with_nothing_wrong_says_nothing_more(capsys, tmp_path, sample):
    data = tmp_path / "data"
    assert run(capsys, "import", str(sample), "--data-dir", str(data))[0] == 0
    code, out, err = run(capsys, "export-bundle", "--skip-invalid", "-o", str(tmp_path / "all.json"),
                         "--data-dir", str(data))
    assert code == 0 and err == "" and out.startswith("Đã ghi 1 đánh giá vào")


def _ids_of(capsys, data, name):
    entries = json.loads(run(capsys, "list", "--json", "--data-dir", str(data))[1])
    [entry] = [e for e in entries if e["business"]["name"] == name]
    return entry["business"]["id"], entry["assessments"][0]["id"]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_skip_invalid_leaves_out_a_business_with_an_assessment_day_an_import_refuses(capsys, tmp_path, sample, lang):
    """An earlier version stored '15/11/2026' as an assessment's day: the whole file was written and every laptop
    then refused it. The business is left out like one with wrong details, named with the stage, what is wrong and
    where to set it; the file written imports on a fresh store; its assessment alone is refused; nothing changes."""
    data = tmp_path / "data"
    assert run(capsys, "import", str(sample), "--data-dir", str(data))[0] == 0
    db = data / "cds-desktop.json"
    tables = json.loads(db.read_text(encoding="utf-8"))
    [(assessment_id, record)] = tables["assessments"].items()
    record["assessed_on"] = "15/11/2026"
    db.write_text(json.dumps(tables, ensure_ascii=False), encoding="utf-8")
    _add_a_good_business(capsys, tmp_path, sample, data)
    before = folder_bytes(data)
    target = tmp_path / "all.json"
    code, out, err = run(capsys, "export-bundle", "--skip-invalid", "-o", str(target), "--data-dir", str(data),
                         "--lang", lang)
    assert code == 0 and out.startswith({"vi": "Đã ghi 1 đánh giá vào", "en": "Wrote 1 assessment to"}[lang])
    assert f"T0 ({assessment_id}) assessment.assessed_on: '15/11/2026'" in err and NAME in err
    assert {"vi": "thẻ người đánh giá", "en": "assessor card"}[lang] in err
    assert run(capsys, "import", str(target), "--data-dir", str(tmp_path / "elsewhere"))[0] == 0
    code, _, err = run(capsys, "export", assessment_id, "-o", str(tmp_path / "one.json"), "--data-dir", str(data),
                       "--lang", lang)
    assert code == 2 and REFUSED[lang] in err and not (tmp_path / "one.json").exists()
    assert folder_bytes(data) == before
