"""The database never loses an acknowledged save and is never left broken: failed writes, killed
processes, damaged files, a second writer, old and newer schema versions."""

import json
import os
import random
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from cds_desktop.errors import InputError
from cds_desktop.storage import NewerDatabase, Repository, StoreBusy
from cds_desktop.storage.durable import decode
from conftest import REPO
from storage_support import draft

FIXTURES = Path(__file__).parent / "fixtures"


def db_bytes(folder):
    return (folder / "cds-desktop.json").read_bytes()


def stage_of(repo, assessment_id):
    return repo.summary(assessment_id).stage


@pytest.fixture
def store(tmp_path, installed_mini, workshop):
    """A store with one business and one saved assessment (stage T0)."""
    repo = Repository(tmp_path)
    business = repo.add_business(workshop)
    saved = repo.save_assessment(business.id, draft(installed_mini))
    yield repo, business, saved
    repo.close()


def _fail_on_call(monkeypatch, target, name, call_number):
    real = getattr(target, name)
    calls = {"n": 0}

    def failing(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == call_number:
            raise OSError(5, "Input/output error")
        return real(*args, **kwargs)
    monkeypatch.setattr(target, name, failing)


def _fail_while_writing(monkeypatch):
    def half_then_fail(self, data):
        with open(self, "wb") as fh:
            fh.write(data[: len(data) // 2])
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(Path, "write_bytes", half_then_fail)


@pytest.mark.parametrize("failure, expect_new", [
    ("write", False), ("fsync-file", False), ("replace", False), ("fsync-folder", True)])
def test_a_save_failing_midway_leaves_a_readable_database_with_old_or_new_content(
        store, monkeypatch, tmp_path, failure, expect_new):
    repo, business, saved = store
    before = db_bytes(tmp_path)
    changed = saved._replace(stage="T5")
    if failure == "write":
        _fail_while_writing(monkeypatch)
    elif failure == "fsync-file":
        _fail_on_call(monkeypatch, os, "fsync", 1)
    elif failure == "replace":
        _fail_on_call(monkeypatch, os, "replace", 1)
    else:
        _fail_on_call(monkeypatch, os, "fsync", 2)  # the file is in place; syncing its folder fails
    with pytest.raises(InputError):
        repo.save_assessment(business.id, changed)
    monkeypatch.undo()
    expected_stage = "T5" if expect_new else "T0"
    assert decode(db_bytes(tmp_path))  # readable
    if not expect_new:
        assert db_bytes(tmp_path) == before
    assert stage_of(repo, saved.id) == expected_stage  # memory follows the file, never runs ahead
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    repo.close()
    with Repository(tmp_path) as reopened:
        assert stage_of(reopened, saved.id) == expected_stage


def test_a_failed_transaction_keeps_none_of_its_changes(store, tmp_path, installed_mini, shop):
    repo, business, saved = store
    before = db_bytes(tmp_path)
    with pytest.raises(RuntimeError):
        with repo.transaction():
            repo.add_business(shop)
            repo.delete_assessment(saved.id)
            raise RuntimeError("power cut")
    assert db_bytes(tmp_path) == before
    assert [b.name for b in repo.businesses()] == [business.name]
    assert repo.summary(saved.id).stage == "T0"


_CHILD = r"""
import sys
sys.path.insert(0, {tests!r})
from conftest import instrument_doc, mini_questions
from cds_desktop.domain.instrument import _build
from cds_desktop.domain.business import Business
from cds_desktop.domain.assessment import Assessment, Answer
from cds_desktop.storage import Repository

instrument = _build(instrument_doc(mini_questions()), "mini")
repo = Repository({folder!r}, instruments=lambda i, v: instrument)
business = repo.businesses()[0] if repo.businesses() else repo.add_business(
    Business(name="Cơ sở thử", entity_type="enterprise", sector="trade_services"))
for i in range(10**6):
    a = Assessment.new(instrument)._replace(id=f"{round}-{{i}}").with_answer("q_customer", Answer.ladder(i % 6))
    repo.save_assessment(business.id, a)
    print(a.id, flush=True)
"""


def test_a_process_killed_during_saves_never_leaves_a_corrupt_database_or_loses_an_acknowledged_save(
        tmp_path, installed_mini):
    acknowledged: list[str] = []
    rng = random.Random(4)
    deadline = time.monotonic() + 12
    rounds = 0
    while rounds < 3 or (time.monotonic() < deadline and rounds < 12):
        rounds += 1
        code = _CHILD.format(tests=str(REPO / "tests"), folder=str(tmp_path), round=rounds)
        child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                 text=True, cwd=REPO)
        lines: list[str] = []
        reader = threading.Thread(target=lambda: lines.extend(iter(child.stdout.readline, "")))
        reader.start()
        while len(lines) < 3 and child.poll() is None:  # a few saves in, whatever the machine's load
            time.sleep(0.01)
        time.sleep(rng.uniform(0.0, 0.3))
        child.kill()  # SIGKILL: no cleanup, no flush, lock left to the OS
        child.wait()
        reader.join()
        assert lines or child.returncode == -9, child.stderr.read()
        acknowledged += [line.strip() for line in lines if line.endswith("\n")]
        tables = decode(db_bytes(tmp_path))  # never corrupt
        stored = set(tables["assessments"])
        missing = [a for a in acknowledged if a not in stored]
        assert not missing, f"acknowledged saves lost after round {rounds}: {missing[:5]}"
    assert len(acknowledged) > 10
    with Repository(tmp_path) as repo:  # the killed writers' locks were released by the OS
        assert repo.check().healthy


def test_a_corrupt_database_at_start_is_moved_aside_and_the_newest_good_backup_restored(
        tmp_path, installed_mini, workshop):
    with Repository(tmp_path) as repo:
        business = repo.add_business(workshop)
        first = repo.save_assessment(business.id, draft(installed_mini))
        last = repo.save_assessment(business.id, draft(installed_mini, stage="T1"))
    garbage = b'{"assessments": {"x": {"stage": "T0"'  # cut off mid-write by a broken disk
    (tmp_path / "cds-desktop.json").write_bytes(garbage)

    with Repository(tmp_path) as repo:
        assert repo.damage is not None and "JSON" in repo.damage.reason
        assert repo.damage.moved_to.read_bytes() == garbage  # moved aside, never deleted
        assert "hỏng" in repo.damage.message()["vi"] and "damaged" in repo.damage.message()["en"]
        assert repo.damage.good_backup is not None
        assert repo.list_businesses() == []  # nothing shown until the user agrees to restore
        repo.restore_backup()
        assert repo.damage is None
        ids = {s.id for s in repo.summaries()}
    assert first.id in ids and last.id in ids  # the newest version is the last save: nothing is lost
    with Repository(tmp_path) as repo:
        assert repo.damage is None and repo.check().healthy


def test_after_moving_a_damaged_file_aside_the_next_start_still_offers_the_backup(tmp_path, installed_mini, shop):
    with Repository(tmp_path) as repo:
        repo.add_business(shop)
        repo.add_business(shop)
    (tmp_path / "cds-desktop.json").write_bytes(b"\x00\x00\x00")
    Repository(tmp_path).close()  # damaged: moved aside, user did not answer
    with Repository(tmp_path) as repo:
        assert repo.damage.reason == "missing" and repo.damage.good_backup is not None
        repo.restore_backup()
        assert len(repo.businesses()) == 2  # the newest version is the last save


def test_each_save_keeps_the_version_it_replaced_compressed_in_order_and_only_the_last_n(
        tmp_path, installed_mini, shop):
    with Repository(tmp_path, keep_backups=3) as repo:
        business = repo.add_business(shop)
        for _ in range(6):
            before = db_bytes(tmp_path)
            repo.save_assessment(business.id, draft(installed_mini))
        backups = repo.backups()
        assert len(backups) == 3
        assert repo.read_backup(backups[0]) == before
        assert [b.seq for b in backups] == sorted((b.seq for b in backups), reverse=True)
        assert all(b.path.name.endswith(".gz") for b in backups)


def test_a_second_writer_is_refused_with_a_plain_message(tmp_path):
    with Repository(tmp_path):
        with pytest.raises(StoreBusy) as refused:
            Repository(tmp_path)
        assert "cửa sổ CĐS Desktop khác" in refused.value.render("vi")
        assert "another CĐS Desktop window" in refused.value.render("en")
        with Repository(tmp_path, read_only=True) as reader:  # reading stays possible
            assert reader.businesses() == []
    Repository(tmp_path).close()  # released on close


def test_a_version_0_database_is_migrated_after_a_snapshot(tmp_path, installed_mini):
    original = (FIXTURES / "store-v0.json").read_bytes()
    (tmp_path / "cds-desktop.json").write_bytes(original)
    with Repository(tmp_path) as repo:
        entries = {e.business.name: e for e in repo.list_businesses()}
        snapshots = [b for b in repo.backups() if b.kind == "before-migration"]
        shop = entries["Tạp hóa Đông Hà"]
        workshop = entries["Xưởng mộc Cam Lộ"]
        assert [s.stage for s in shop.assessments] == ["T0", "T1"]
        assert [s.status for s in shop.assessments] == ["completed", "draft"]
        assert shop.business.contact.name == "Chị Lan"
        assert workshop.assessments[0].status == "completed"
        assert workshop.assessments[0].overall_level == 3
        assert repo.get_assessment(shop.assessments[1].id).answers["q_customer"].note == "Bán qua Zalo"
        assert repo.get_assessment(workshop.assessments[0].id).assessor.organization == "Sở KH&CN"
        assert repo.check().healthy
    assert len(snapshots) == 1 and repo.read_backup(snapshots[0]) == original
    assert json.loads(db_bytes(tmp_path))["meta"]["schema"]["schema_version"] == 1


def test_reading_a_version_0_database_read_only_leaves_the_file_untouched(tmp_path, installed_mini):
    shutil.copy(FIXTURES / "store-v0.json", tmp_path / "cds-desktop.json")
    with Repository(tmp_path, read_only=True) as repo:
        assert len(repo.list_businesses()) == 2
    assert db_bytes(tmp_path) == (FIXTURES / "store-v0.json").read_bytes()


def test_a_database_from_a_newer_app_is_refused_and_left_alone(tmp_path):
    newer = json.dumps({"meta": {"schema": {"schema_version": 99}}, "businesses": {}, "assessments": {}}).encode()
    (tmp_path / "cds-desktop.json").write_bytes(newer)
    with pytest.raises(NewerDatabase) as refused:
        Repository(tmp_path)
    assert "phiên bản CĐS Desktop mới hơn" in refused.value.render("vi")
    assert "newer version" in refused.value.render("en")
    assert db_bytes(tmp_path) == newer
    with pytest.raises(NewerDatabase):  # the lock was released despite the refusal
        Repository(tmp_path)


def test_the_database_is_read_once_not_per_query(store, tmp_path, monkeypatch):
    repo, business, saved = store
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail(f"re-read {self}"))
    for _ in range(3):
        repo.list_businesses()
        repo.get_assessment(saved.id)


def test_the_file_is_readable_utf8_json_with_one_record_per_line(store, tmp_path):
    raw = db_bytes(tmp_path).decode("utf-8")
    assert "Xưởng mộc Cam Lộ" in raw  # not \\u escapes
    record_lines = [line for line in raw.splitlines() if line.startswith('"')]
    assert len(record_lines) == 6  # three table names, a business, an assessment, the schema record


def test_the_first_save_after_opening_encodes_only_the_record_it_changes(tmp_path, installed_mini, shop, monkeypatch):
    from cds_desktop.storage import durable

    with Repository(tmp_path) as repo, repo.transaction():
        business = repo.add_business(shop)
        for _ in range(50):
            repo.save_assessment(business.id, draft(installed_mini))
    real = durable._compact
    encoded = []
    monkeypatch.setattr(durable, "_compact", lambda value: encoded.append(value) or real(value))
    with Repository(tmp_path) as repo:
        encoded.clear()
        saved = repo.save_assessment(business.id, draft(installed_mini))
        records = [v for v in encoded if isinstance(v, dict)]
        assert len(records) == 1 and records[0]["stage"] == saved.stage
    with Repository(tmp_path) as repo:  # and the file it wrote is whole and right
        assert len(list(repo.summaries())) == 51 and repo.check().healthy
