"""Merging two entries of one real business: the kept one takes every assessment of the other, the stages
follow the assessment dates, a backup comes before, and a failed save changes nothing."""

import os

import pytest

from cds_desktop.errors import InputError
from cds_desktop.storage import Repository, StoreBusy
from cds_desktop.storage.exchange import export_bundle, import_files
from storage_support import completed, draft


@pytest.fixture
def repo(tmp_path, installed_mini):
    with Repository(tmp_path / "store") as repository:
        yield repository


def db_bytes(repo):
    return repo.db_path.read_bytes()


@pytest.fixture
def two_entries(repo, installed_mini, workshop):
    """'Quán Hoa' (T0 on 10 Mar, T1 on 10 Sep) and 'Hoa' (its own T0 on 1 Jun, with a note), one business."""
    keep = repo.add_business(workshop._replace(name="Quán Hoa"))
    other = repo.add_business(workshop._replace(name="Hoa", tax_code=""))
    k0 = repo.save_assessment(keep.id, completed(installed_mini, workshop, level=2, stage="T0"))
    k0 = repo.save_assessment(keep.id, k0._replace(assessed_on="2026-03-10"))
    k1 = repo.save_assessment(keep.id, draft(installed_mini, stage="T1")._replace(assessed_on="2026-09-10"))
    o0 = completed(installed_mini, workshop, level=4, stage="T0")
    qid, answer = next(iter(o0.answers.items()))
    o0 = repo.save_assessment(other.id, o0.with_answer(qid, answer._replace(note="Dùng Zalo bán hàng"))._replace(
        assessed_on="2026-06-01"))
    return keep, other, k0, k1, o0


def test_merging_moves_every_assessment_and_removes_the_other_entry(repo, two_entries):
    keep, other, k0, k1, o0 = two_entries
    result = repo.merge_businesses(keep.id, other.id)
    assert [b.name for b in repo.businesses()] == ["Quán Hoa"]
    assert repo.get_business(keep.id) == keep  # the kept profile stays as it was
    moved = repo.assessments_of(keep.id)
    assert {s.id for s in moved} == {k0.id, k1.id, o0.id}
    assert result.moved == (o0.id,)
    for before in (k0, k1, o0):  # answers, notes and status kept
        after = repo.get_assessment(before.id)
        assert after.answers == before.answers and after.status == before.status
        assert after.assessed_on == before.assessed_on


def test_stages_follow_the_assessment_dates_and_the_changes_are_listed(repo, two_entries):
    keep, other, k0, k1, o0 = two_entries
    result = repo.merge_businesses(keep.id, other.id)
    assert [(s.id, s.stage) for s in repo.assessments_of(keep.id)] == [(k0.id, "T0"), (o0.id, "T1"), (k1.id, "T2")]
    assert {(c.assessment_id, c.old_stage, c.new_stage) for c in result.renamed} == {
        (o0.id, "T0", "T1"), (k1.id, "T1", "T2")}
    assert repo.next_stage(keep.id) == "T3"


def test_the_plan_says_what_will_happen_before_anything_is_saved(repo, two_entries):
    keep, other, k0, k1, o0 = two_entries
    before = db_bytes(repo)
    plan = repo.plan_merge(keep.id, other.id)
    assert db_bytes(repo) == before
    vi, en = plan.describe("vi"), plan.describe("en")
    assert "Quán Hoa" in vi and "Hoa" in vi and "T0 → T1" in vi and "01/06/2026" in vi
    assert "1 assessment" in en and "T1 → T2" in en and "kept as it is" in en
    assert plan.moved == (o0.id,)


def test_the_notes_of_the_moved_assessments_are_kept(repo, two_entries):
    keep, other, k0, k1, o0 = two_entries
    repo.merge_businesses(keep.id, other.id)
    assert "Dùng Zalo bán hàng" in [a.note for a in repo.get_assessment(o0.id).answers.values()]


def test_a_merge_can_be_undone_by_restoring_the_backup_taken_before(repo, two_entries):
    keep, other, k0, k1, o0 = two_entries
    before = {s.id: (s.business_id, s.stage) for s in repo.summaries()}
    repo.merge_businesses(keep.id, other.id)
    snapshot = repo.backups()[0]
    assert snapshot.kind == "before-merge"
    repo.restore_backup(snapshot.name)
    assert {b.name for b in repo.businesses()} == {"Quán Hoa", "Hoa"}
    assert {s.id: (s.business_id, s.stage) for s in repo.summaries()} == before


def test_a_merge_failing_mid_save_leaves_the_store_byte_identical(repo, two_entries, monkeypatch):
    keep, other, k0, k1, o0 = two_entries
    before = db_bytes(repo)
    real, calls = os.replace, {"n": 0}

    def failing(*args, **kwargs):
        calls["n"] += 1
        raise OSError(5, "Input/output error")
    monkeypatch.setattr(os, "replace", failing)
    with pytest.raises(InputError):
        repo.merge_businesses(keep.id, other.id)
    monkeypatch.setattr(os, "replace", real)
    assert calls["n"] == 1  # one save for the whole merge
    assert db_bytes(repo) == before
    assert {b.name for b in repo.businesses()} == {"Quán Hoa", "Hoa"}
    assert repo.summary(o0.id).business_id == other.id and repo.summary(k1.id).stage == "T1"


def test_an_entry_cannot_be_merged_with_itself(repo, two_entries):
    keep = two_entries[0]
    before = db_bytes(repo)
    with pytest.raises(InputError) as refused:
        repo.merge_businesses(keep.id, keep.id)
    assert "chính nó" in refused.value.render("vi") and "itself" in refused.value.render("en")
    assert db_bytes(repo) == before


def test_an_unknown_entry_is_named(repo, two_entries):
    with pytest.raises(InputError) as refused:
        repo.merge_businesses(two_entries[0].id, "nope")
    assert "nope" in refused.value.render("en")


def test_a_read_only_store_refuses_to_merge(tmp_path, two_entries):
    keep, other = two_entries[0], two_entries[1]
    with Repository(tmp_path / "store", read_only=True) as reader:
        with pytest.raises(InputError):
            reader.merge_businesses(keep.id, other.id)


def test_a_store_open_elsewhere_cannot_be_merged_into(tmp_path, repo, two_entries):
    with pytest.raises(StoreBusy):
        Repository(tmp_path / "store")  # the open repository holds the writer lock


def test_importing_the_other_laptops_file_again_finds_the_kept_entry(repo, tmp_path, installed_mini, workshop):
    keep = repo.add_business(workshop._replace(name="Quán Hoa"))
    with Repository(tmp_path / "laptop") as laptop:
        hoa = laptop.add_business(workshop._replace(name="Hoa", tax_code=""))
        laptop.save_assessment(hoa.id, completed(installed_mini, workshop, level=3))
        export_bundle(laptop, tmp_path / "hoa.json")
    import_files(repo, [tmp_path / "hoa.json"])
    other = next(b for b in repo.businesses() if b.name == "Hoa")
    repo.merge_businesses(keep.id, other.id)
    repo.update_business(repo.get_business(keep.id)._replace(address="Đông Hà"))  # the merge outlives an edit
    again = import_files(repo, [tmp_path / "hoa.json"])
    assert {r.outcome for r in again.records} == {"unchanged"}
    assert [b.name for b in repo.businesses()] == ["Quán Hoa"]
    assert len(repo.assessments_of(keep.id)) == 1


def test_a_merge_that_would_take_a_stage_past_t99_is_refused_and_nothing_changes(repo, installed_mini, workshop):
    """60 assessments on one laptop and 45 on another: numbered by date they would run to T104, stages the order
    does not know (they sort before T0) and every later save refuses."""
    keep = repo.add_business(workshop._replace(name="Quán Hoa"))
    other = repo.add_business(workshop._replace(name="Hoa", tax_code=""))
    made = completed(installed_mini, workshop, level=2)
    for business, count, odd in ((keep, 60, 0), (other, 45, 1)):
        for n in range(count):
            repo.save_assessment(business.id, made._replace(id=f"{business.id}-{n}", stage=f"T{n}",
                                                      assessed_on=f"2026-{1 + (2 * n + odd) // 28:02d}-"
                                                                  f"{1 + (2 * n + odd) % 28:02d}"))
    before = db_bytes(repo)
    with pytest.raises(InputError) as refused:
        repo.merge_businesses(keep.id, other.id)
    assert "105 đánh giá, nhiều hơn 100 lần đánh giá T0 đến T99" in refused.value.render("vi")
    assert "keep the two entries apart" in refused.value.render("en")
    assert db_bytes(repo) == before and len(repo.businesses()) == 2
