"""Every user-supplied JSON file is read within bounds: size, kind of file, nesting, encoding, keys and
characters; each refusal names the file (and the field) and says what to do."""

import json
import os
import stat
import threading

import pytest

from cds_desktop.cli import main
from cds_desktop.errors import InputError, Problem
from cds_desktop.fileio import MAX_FILE_BYTES, read_json


def refusal(path):
    with pytest.raises(InputError) as refused:
        read_json(path)
    return refused.value.render("vi"), refused.value.render("en")


def test_a_file_over_50_mb_is_refused_before_it_is_read(tmp_path, monkeypatch):
    big = tmp_path / "big.json"
    with open(big, "wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)  # sparse: costs no disk
    monkeypatch.setattr(os, "fdopen", lambda *a, **k: pytest.fail("opened a file over the cap for reading"))
    vi, en = refusal(big)
    assert "tối đa 50 MB" in vi and "at most 50 MB" in en and "big.json" in en


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX pipes")
def test_a_pipe_a_device_or_a_folder_is_refused_without_waiting(tmp_path):
    os.mkfifo(tmp_path / "pipe.json")
    (tmp_path / "zero.json").symlink_to("/dev/zero")
    (tmp_path / "folder.json").mkdir()
    results = []
    worker = threading.Thread(target=lambda: results.extend(
        refusal(tmp_path / name)[1] for name in ("pipe.json", "zero.json", "folder.json")), daemon=True)
    worker.start()
    worker.join(10)
    assert len(results) == 3, "reading a pipe or a device hung"
    assert all("not an ordinary file" in r for r in results)


def test_a_utf16_file_is_asked_to_be_saved_as_utf8(tmp_path):
    path = tmp_path / "notepad.json"
    path.write_text('{"format": "cds-assessment"}', encoding="utf-16")
    vi, en = refusal(path)
    assert "save the file as UTF-8" in en and "lưu lại tệp dưới dạng UTF-8" in vi
    (tmp_path / "latin.json").write_bytes('{"name": "Café"}'.encode("latin-1"))
    assert "save the file as UTF-8" in refusal(tmp_path / "latin.json")[1]


def test_a_key_given_twice_is_refused_naming_it(tmp_path):
    path = tmp_path / "twice.json"
    path.write_text('{"assessment": {"stage": "T0", "stage": "T1"}}', encoding="utf-8")
    _, en = refusal(path)
    assert "'stage' appears twice" in en


def test_a_lone_surrogate_is_refused_naming_the_field(tmp_path):
    path = tmp_path / "surrogate.json"
    path.write_text('{"assessment": {"answers": {"q1": {"note": "ab\\ud800c"}}}}', encoding="utf-8")
    _, en = refusal(path)
    assert "assessment.answers.q1.note" in en and "UTF-16 pair" in en


@pytest.mark.parametrize("depth", [40, 5000, 100_000])
def test_deep_nesting_is_refused_plainly(tmp_path, depth):
    path = tmp_path / "deep.json"
    path.write_text("[" * depth + "]" * depth, encoding="utf-8")
    _, en = refusal(path)
    assert "nested too deeply" in en


def test_a_normal_file_with_a_bom_still_reads(tmp_path):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"a": [1, {"b": "Quảng Trị"}]}, ensure_ascii=False).encode())
    assert read_json(path)[1] == {"a": [1, {"b": "Quảng Trị"}]}


def test_thousands_of_problems_are_shortened_in_every_message():
    error = InputError([Problem(f"assessments[{i}]", {"vi": "sai", "en": "wrong"}) for i in range(5000)], "big.json")
    lines = error.render("en").splitlines()
    assert len(lines) == 21 and lines[-1] == "… and 4,980 more"
    assert error.render("vi").splitlines()[-1] == "… và 4.980 mục nữa"


def test_the_cli_refuses_a_utf16_import_with_exit_2(tmp_path, capsys):
    path = tmp_path / "notepad.json"
    path.write_text('{"format": "cds-assessment"}', encoding="utf-16")
    assert main(["import", str(path), "--data-dir", str(tmp_path / "data"), "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert "save the file as UTF-8" in err and "Traceback" not in err


def test_a_report_or_spreadsheet_picked_by_mistake_is_named_for_what_it_is(tmp_path):
    from openpyxl import Workbook
    from reportlab.pdfgen.canvas import Canvas

    Canvas(str(tmp_path / "report.json")).save()  # a PDF however it is named
    Workbook().save(tmp_path / "table.json")
    (tmp_path / "scan.json").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(range(256)) * 4)
    for name, kind_vi, kind_en in (("report.json", "tệp PDF", "a PDF file"),
                                   ("table.json", "Excel", "(Excel, Word or ZIP)"),
                                   ("scan.json", "ảnh JPEG", "a JPEG picture")):
        vi, en = refusal(tmp_path / name)
        assert kind_vi in vi and "không phải tệp JSON" in vi and name in vi
        assert kind_en in en and "choose the .json file" in en and "UTF" not in en


def test_random_bytes_are_a_binary_file_not_a_utf16_one(tmp_path):
    path = tmp_path / "noise.json"
    path.write_bytes(bytes((i * 7919 + 13) % 256 for i in range(3000)))
    _, en = refusal(path)
    assert "a binary file" in en and "UTF-16" not in en


def test_utf16_without_a_byte_order_mark_is_still_recognised(tmp_path):
    path = tmp_path / "nobom.json"
    path.write_bytes('{"business": {"name": "Hợp tác xã Quảng Trị"}}'.encode("utf-16-le"))
    _, en = refusal(path)
    assert "save the file as UTF-8" in en and "(UTF-16)" in en


def test_a_broken_json_file_says_where_in_the_reader_s_language(tmp_path):
    path = tmp_path / "cut.json"
    path.write_text('{\n  "format": "cds-assessment"\n  "stage": "T0"}', encoding="utf-8")
    vi, en = refusal(path)
    assert "không phải tệp JSON hợp lệ (lỗi ở dòng 3, cột 3)" in vi and "Expecting" not in vi
    assert "not a valid JSON file (Expecting ',' delimiter at line 3, column 3)" in en


@pytest.mark.parametrize("content, vi, en", [
    (b'{"format": "cds-assessment", "business": {"name": "C\xc3\xb4ng ty', "dừng giữa chừng (dòng 1)",
     "stops part way (line 1), probably cut off while copying"),
    (b'{\r\n  "answers": [1, 2,\r\n', "dừng giữa chừng (dòng 2)", "stops part way (line 2)"),
    (b"  \r\n", "tệp rỗng", "the file is empty"),
    (b'{"a": 1,, "b": 2}', "(lỗi ở dòng 1, cột 9); nếu đã sửa tệp bằng tay", "at line 1, column 9); if the file was edited"),
    (b'{"employees": ' + b"9" * 5000 + b"}", "một số dài hơn 4.300 chữ số", "a number has more than 4,300 digits"),
])
def test_a_file_that_is_not_json_says_where_and_what_to_do_in_the_readers_language(tmp_path, content, vi, en):
    """A file cut off while copying from a USB stick is the usual case: json's own English words (and, for a
    very long number, its advice to change a Python setting) were shown to a Vietnamese reader."""
    path = tmp_path / "copied.json"
    path.write_bytes(content)
    in_vi, in_en = refusal(path)
    assert vi in in_vi and en in in_en, (in_vi, in_en)
    assert "Expecting" not in in_vi and "sys.set_int_max_str_digits" not in in_vi + in_en


def test_the_systems_reason_for_a_refusal_is_said_in_vietnamese_too(tmp_path):
    """The system words its reasons in English ("Not a directory", "Permission denied"): the Vietnamese
    message carries them in Vietnamese."""
    import errno

    (tmp_path / "notes.txt").write_text("x", encoding="utf-8")
    vi, en = refusal(tmp_path / "notes.txt" / "a.json")  # a file where a folder should be
    assert "không phải thư mục" in vi and "Not a directory" not in vi and "not a folder" in en
    from cds_desktop.fileio import _OS_REASONS, os_reason

    for number, (said_vi, said_en) in _OS_REASONS.items():
        reason = os_reason(OSError(number, os.strerror(number)))
        assert reason == {"vi": said_vi, "en": said_en} and os.strerror(number) not in reason["vi"]
    assert os_reason(OSError(errno.ELOOP, "Too many levels"))["vi"] == "Too many levels"  # not listed: as it is


def test_a_missing_scan_is_said_in_vietnamese(tmp_path, capsys):
    assert main(["read-form", str(tmp_path / "missing.png"), "-o", str(tmp_path / "draft.json")]) != 0
    out, err = capsys.readouterr()
    assert "không tìm thấy tệp" in out + err and "No such file" not in out + err


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_pipe_named_as_the_file_to_write_is_refused_and_left_as_it_is(tmp_path):
    """Replacing the name would swap a pipe, or for an administrator a device such as /dev/full, for a file."""
    from cds_desktop.fileio import write_atomically

    pipe = tmp_path / "out.json"
    os.mkfifo(pipe)
    with pytest.raises(InputError) as refused:
        write_atomically(pipe, b"{}")
    assert "không phải một tệp thông thường" in refused.value.render("vi")
    assert "not an ordinary file" in refused.value.render("en")
    assert stat.S_ISFIFO(os.stat(pipe).st_mode) and [p.name for p in tmp_path.iterdir()] == ["out.json"]
