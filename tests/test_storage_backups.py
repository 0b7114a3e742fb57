"""Backups stay small and in order: versions compressed or kept as changes, a failed save takes no slot,
order by sequence not clock, strays removed, private files, and a retention through the day and month."""

import os
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from cds_desktop.cli import main
from cds_desktop.errors import InputError
from cds_desktop.storage import Repository
from cds_desktop.storage.backups import describe_time
from storage_support import completed, draft


class Clock:
    def __init__(self, start):
        self.now = start

    def __call__(self):
        return self.now


def folder_size(folder: Path) -> int:
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file())


def test_twenty_saves_keep_the_data_folder_within_four_times_the_database(tmp_path, installed_mini, workshop, shop):
    with Repository(tmp_path) as repo:
        with repo.transaction():
            businesses = [repo.add_business(workshop), repo.add_business(shop)]
            for i in range(150):
                business = businesses[i % 2]
                repo.save_assessment(business.id, completed(installed_mini, business, level=i % 5))
        ids = [s.id for s in repo.summaries()]
        for i in range(20):
            assessment = repo.get_assessment(ids[i % 7])
            repo.save_assessment(repo.business_of(ids[i % 7]).id, assessment)
        store = (tmp_path / "cds-desktop.json").stat().st_size
        assert len(repo.backups()) >= 10
        assert folder_size(tmp_path) <= 4 * store
        for backup in repo.backups():  # every kept version still reads
            assert repo.read_backup(backup).startswith(b"{")


def test_a_failed_save_takes_no_backup_slot(tmp_path, installed_mini, shop, monkeypatch):
    with Repository(tmp_path, keep_backups=2) as repo:
        business = repo.add_business(shop)
        for _ in range(3):
            repo.save_assessment(business.id, draft(installed_mini))
        before = [(b.name, b.taken_at) for b in repo.backups()]
        monkeypatch.setattr("cds_desktop.storage.durable.write_atomically",
                            lambda *a, **k: (_ for _ in ()).throw(InputError([])))
        for _ in range(3):
            with pytest.raises(InputError):
                repo.save_assessment(business.id, draft(installed_mini))
        assert [(b.name, b.taken_at) for b in repo.backups()] == before


def test_versions_are_ordered_by_sequence_even_when_the_clock_goes_back(tmp_path, installed_mini, shop):
    clock = Clock(datetime(2026, 12, 1, 10, 0))
    with Repository(tmp_path, keep_backups=3, clock=clock) as repo:
        business = repo.add_business(shop)
        repo.save_assessment(business.id, draft(installed_mini, level=1))
        clock.now = datetime(2025, 1, 1, 8, 0)  # the clock set back a year
        saved = [repo.save_assessment(business.id, draft(installed_mini, level=i)) for i in range(2, 6)]
        backups = repo.backups()
        assert [b.seq for b in backups] == sorted((b.seq for b in backups), reverse=True)
        newest = repo.read_backup(backups[0]).decode("utf-8")
        assert saved[-2].id in newest and saved[-1].id not in newest  # the one before the last save


def test_backups_made_while_the_clock_battery_is_dead_follow_the_newest_and_keep_their_hours(
        tmp_path, installed_mini, shop, monkeypatch, request):
    """Three days of saves; then the clock says 1/1/2000 and ten saves are made, every 20 minutes; the next day the
    clock is set. No backup is dated 2000 (listed as the oldest, named so on disk), the list runs newest first by
    its dates too, and the last version of each hour of the dead-battery saves is still kept once the clock is set:
    dated 2000 they were a quarter of a century old, and only the last few saves survived."""
    from cds_desktop.domain import edition

    start = datetime.combine(edition.shipped_edition().as_of + timedelta(days=5), datetime.min.time()).replace(hour=9)
    clock = Clock(start)
    with Repository(tmp_path, keep_backups=3, clock=clock) as repo:
        business = repo.add_business(shop)
        saved = repo.save_assessment(business.id, draft(installed_mini))
        for hour in range(3 * 24):
            clock.now = start + timedelta(hours=hour)
            saved = repo.save_assessment(business.id, saved)
        last_right = clock.now
        first_wrong = repo.backups()[0].seq + 2  # the one below holds the data; the next save writes a new version
        request.getfixturevalue("clock_behind")  # the battery dies: the computer's day is 1 January 2000
        for step in range(10):
            clock.now = datetime(2000, 1, 1, 0, 5) + timedelta(minutes=20 * step)
            saved = repo.save_assessment(business.id, saved)
        listed = repo.backups()
        assert not any(b.taken_at.startswith("2000") for b in listed)
        assert not any("-20000101-" in p.name for p in (tmp_path / "backups").iterdir())
        assert [b.taken_at for b in listed] == sorted((b.taken_at for b in listed), reverse=True)
        assert min(b.taken_at for b in listed if b.seq >= first_wrong) >= last_right.strftime("%Y-%m-%d %H:%M:%S")
        monkeypatch.setattr(edition, "date", type(last_right.date()))  # the clock is set, the next morning
        clock.now = last_right + timedelta(hours=12)
        repo.save_assessment(business.id, saved)
        kept = {b.seq for b in repo.backups()}
        wrong = list(range(first_wrong, first_wrong + 10))
        assert {wrong[2], wrong[5], wrong[8], wrong[9]} <= kept, sorted(kept)  # the last of each hour


def test_temp_files_left_by_a_crash_are_removed_at_open_and_files_are_private(tmp_path, installed_mini, shop):
    with Repository(tmp_path) as repo:
        repo.add_business(shop)
        repo.add_business(shop)
    strays = [tmp_path / ".cds-desktop.json.abc123.tmp", tmp_path / "backups" / ".backup-xyz.tmp"]
    for stray in strays:
        stray.write_bytes(b"x" * 1000)
    os.chmod(tmp_path, 0o755)
    os.chmod(tmp_path / "cds-desktop.json", 0o644)
    Repository(tmp_path).close()
    assert not any(s.exists() for s in strays)
    if os.name != "nt":
        assert stat.S_IMODE(tmp_path.stat().st_mode) == 0o700
        assert stat.S_IMODE((tmp_path / "backups").stat().st_mode) == 0o700
        for path in [tmp_path / "cds-desktop.json", *(tmp_path / "backups").iterdir()]:
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_a_day_and_a_month_of_saves_keep_one_version_per_hour_and_per_day(tmp_path, installed_mini, shop):
    start = datetime(2026, 10, 1, 8, 0)
    clock = Clock(start)
    with Repository(tmp_path, keep_backups=5, clock=clock) as repo:
        business = repo.add_business(shop)
        drafts = repo.save_assessment(business.id, draft(installed_mini))
        # 40 days of work: every 20 minutes from 8:00 to 17:00
        for day in range(40):
            for minute in range(0, 9 * 60, 20):
                clock.now = start + timedelta(days=day, minutes=minute)
                drafts = repo.save_assessment(business.id, drafts)
        now = clock.now
        kept = [datetime.strptime(b.taken_at, "%Y-%m-%d %H:%M:%S") for b in repo.backups()]
        assert len(kept) < 5 + 24 + 31 + 2
        # each hour of the last day with saves in it still has a version from that hour
        for hour in range(8, 17):
            moment = now.replace(hour=hour)
            assert any(k.date() == now.date() and k.hour == hour for k in kept), moment
        # each day of the last month has a version
        for back in range(1, 31):
            day = (now - timedelta(days=back)).date()
            assert any(k.date() == day for k in kept), day
        oldest = repo.backups()[-1]
        assert repo.read_backup(oldest).startswith(b"{")  # an old version still rebuilds
        restored = repo.restore_backup(repo.backups()[len(repo.backups()) // 2].name)
        assert restored and repo.check().healthy


def test_the_restore_list_shows_dates_a_person_understands(capsys, tmp_path):
    now = datetime(2026, 12, 1, 15, 30)
    assert describe_time("2026-12-01 14:03:05", "vi", now) == "hôm nay 14:03"
    assert describe_time("2026-11-30 09:12:00", "en", now) == "yesterday 09:12"
    assert describe_time("2026-11-27 14:03:05", "vi", now) == "27/11/2026 14:03"
    sample = tmp_path / "s.json"
    main(["sample", "-o", str(sample)])
    main(["import", str(sample), "--data-dir", str(tmp_path / "d")])
    main(["sample", "-o", str(sample)])
    main(["delete", "sample-khe-sanh-t0", "--yes", "--data-dir", str(tmp_path / "d")])
    capsys.readouterr()
    assert main(["restore", "--list", "--data-dir", str(tmp_path / "d")]) == 0
    out = capsys.readouterr().out
    assert "hôm nay" in out and "trước khi xóa" in out and "v00000001" in out


def test_whole_copies_kept_by_an_earlier_release_stay_listed_and_restorable(tmp_path, installed_mini, shop):
    with Repository(tmp_path) as repo:
        business = repo.add_business(shop)
        old_copy = (tmp_path / "cds-desktop.json").read_bytes()
        repo.save_assessment(business.id, draft(installed_mini))
    legacy = tmp_path / "backups" / "cds-desktop-20261130-101500-123456-save.json"
    legacy.write_bytes(old_copy)
    with Repository(tmp_path) as repo:
        listed = repo.backups()
        assert listed[-1].name == legacy.name and listed[-1].taken_at == "2026-11-30 10:15:00"
        repo.restore_backup(legacy.name)
        assert repo.businesses()[0].id == business.id and list(repo.summaries()) == []
