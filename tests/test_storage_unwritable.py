"""A data folder, lock file or backups folder that cannot be written: a plain message naming the place,
exit 2 in the CLI, never a traceback; reading still works."""

import os
import tempfile

import filelock
import pytest

from cds_desktop.cli import main
from cds_desktop.errors import InputError
from cds_desktop.storage import Repository, Unwritable
from storage_support import draft


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def sample(tmp_path):
    path = tmp_path / "sample.json"
    assert main(["sample", "-o", str(path)]) == 0
    return path


def _refused(*_args, **_kwargs):
    raise PermissionError(13, "Permission denied")


def test_a_read_only_lock_file_is_named_and_the_data_can_still_be_read(capsys, tmp_path, sample, monkeypatch):
    data = tmp_path / "data"
    assert main(["import", str(sample), "--data-dir", str(data)]) == 0
    monkeypatch.setattr(filelock.FileLock, "acquire", _refused)
    code, out, err = run(capsys, "import", str(sample), "--data-dir", str(data))
    assert code == 2 and "Traceback" not in err
    assert "Không ghi được vào" in err and "cds-desktop.lock" in err and "(không có quyền truy cập)" in err
    code, _, err = run(capsys, "--lang", "en", "delete", "x", "--yes", "--data-dir", str(data))
    assert code == 2 and "Cannot write to" in err and "--data-dir" in err
    code, out, _ = run(capsys, "list", "--data-dir", str(data))
    assert code == 0 and "Khe Sanh" in out


def test_a_read_only_data_folder_is_named(capsys, tmp_path, sample, monkeypatch):
    real = tempfile.mkstemp
    data = tmp_path / "data"

    def mkstemp(*args, dir=None, **kwargs):
        if dir is not None and os.fspath(dir) == os.fspath(data):
            _refused()
        return real(*args, dir=dir, **kwargs)
    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    with pytest.raises(Unwritable) as refused:
        Repository(data)
    assert str(data) in refused.value.render("en")
    code, _, err = run(capsys, "import", str(sample), "--data-dir", str(data))
    assert code == 2 and "Không ghi được vào" in err


def test_an_unusable_backups_folder_is_named(capsys, tmp_path, sample):
    data = tmp_path / "data"
    data.mkdir()
    (data / "backups").write_text("not a folder", encoding="utf-8")
    code, _, err = run(capsys, "import", str(sample), "--data-dir", str(data))
    assert code == 2 and "backups" in err and "Traceback" not in err


def test_a_backup_that_cannot_be_recorded_loses_no_save_and_the_next_is_recorded_whole(
        tmp_path, installed_mini, shop, monkeypatch):
    from cds_desktop.storage.backups import Backups

    with Repository(tmp_path) as repo:
        business = repo.add_business(shop)
        repo.save_assessment(business.id, draft(installed_mini))
        real = Backups._write
        monkeypatch.setattr(Backups, "_write", _refused)
        kept = repo.save_assessment(business.id, draft(installed_mini))  # the save itself goes through
        monkeypatch.setattr(Backups, "_write", real)
        assert repo.summary(kept.id)
        again = repo.save_assessment(business.id, draft(installed_mini))
        newest = max(repo._backups.versions(), key=lambda v: v.seq)
        assert newest.form == "full"
        assert repo._backups.read(newest.seq) == (tmp_path / "cds-desktop.json").read_bytes()
    with Repository(tmp_path) as repo:
        assert {kept.id, again.id} <= {s.id for s in repo.summaries()}


@pytest.mark.parametrize("saves_before", [0, 1])
def test_a_data_folder_that_vanishes_while_open_is_not_made_again_elsewhere(tmp_path, sample, saves_before):
    """A USB stick unplugged, or the folder moved while the window is open: a save fails with a message. It
    once made the folder again at the old path (on Linux, on the internal disk under the stick's mount point,
    hidden once the stick is back) and wrote every business there, with no lock on it."""

    data, moved = tmp_path / "usb" / "data", tmp_path / "elsewhere"
    data.parent.mkdir()
    assert main(["import", str(sample), "--data-dir", str(data)]) == 0
    with Repository(data) as repo:
        business = repo.businesses()[0]
        for n in range(saves_before):
            repo.update_business(business._replace(industry=f"lần {n}"))
        snapshot = {p.relative_to(data): p.read_bytes() for p in data.rglob("*") if p.is_file()}
        data.rename(moved)
        with pytest.raises(InputError) as raised:
            repo.update_business(business._replace(name="Tên mới"))
        assert "(no such file or folder)" in raised.value.render("en")
        assert "(không có tệp hay thư mục này)" in raised.value.render("vi")
        assert not data.exists()
    assert {p.relative_to(moved): p.read_bytes() for p in moved.rglob("*") if p.is_file()} == snapshot


@pytest.mark.parametrize("command", [["list"], ["import", "{sample}"], ["check"]])
def test_a_database_this_user_may_not_read_is_left_in_place_not_called_damaged(
        capsys, tmp_path, sample, monkeypatch, command):
    """A data folder copied from another account (or a file another user's program made private) cannot be
    read: it was called damaged, moved aside as 'cds-desktop.damaged-…' and the app began empty, with the advice
    to restore a backup. The file is sound; only the permission is missing."""
    from pathlib import Path

    data = tmp_path / "data"
    assert main(["import", str(sample), "--data-dir", str(data)]) == 0
    files = sorted(p.name for p in data.iterdir())
    real = Path.read_bytes

    def read_bytes(path):
        if path.name == "cds-desktop.json":
            raise PermissionError(13, "Permission denied")
        return real(path)
    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    argv = [part.format(sample=sample) for part in command]
    for lang, words, why in (("vi", "Hãy cho phép đọc tệp này", "không có quyền truy cập"),
                             ("en", "Allow reading this file", "permission denied")):
        code, out, err = run(capsys, *argv, "--data-dir", str(data), "--lang", lang)
        assert code == 2 and words in err and why in err and "Traceback" not in err, err
        assert "restore" not in err and "hỏng" not in err
    assert sorted(p.name for p in data.iterdir()) == files
