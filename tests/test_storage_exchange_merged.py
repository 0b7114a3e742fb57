"""A merge made on one laptop, carried to another by a bundle: the assessment the merge moved is already stored
on the other laptop under the entry that was merged away. It is not stored a second time (the same assessment
counted twice in comparisons and the province's figures); the import says where it is and which merge makes
the two laptops agree. A different assessment whose id happens to collide is still stored, under a new id."""

import json
import shutil
import unicodedata

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cds_desktop.domain.assessment import Answer, AssessmentFile, Assessor
from cds_desktop.domain.sample import sample_file
from cds_desktop.storage import Repository
from cds_desktop.storage.exchange import (ELSEWHERE, RENUMBERED, conflicts, export_bundle, import_files,
                                          read_labelled)
from storage_support import completed

DUP_BUSINESS, DUP_ASSESSMENT = "dup-business-0001", "dup-assess-0001"


def write(path, doc):
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.fixture
def laptops(tmp_path):
    """Laptops A and B hold the same two entries of one business: the sample 'Công ty TNHH Cà phê Khe Sanh (mẫu)'
    (T0 15/10/2026) and 'Cà phê Khe Sanh', entered again without a tax code (its own T0 20/11/2026). On A the
    consultant merges the second into the first, and saves everything to a bundle. Returns both folders, the
    kept entry's id and the bundle."""
    sample = sample_file()
    dup = sample._replace(business=sample.business._replace(id=DUP_BUSINESS, name="Cà phê Khe Sanh", tax_code=""),
                  assessment=sample.assessment._replace(id=DUP_ASSESSMENT, assessed_on="2026-11-20"))
    write(tmp_path / "s.json", sample.to_json())
    write(tmp_path / "dup.json", dup.to_json())
    with Repository(tmp_path / "A") as a:
        import_files(a, [tmp_path / "s.json", tmp_path / "dup.json"])
    shutil.copytree(tmp_path / "A", tmp_path / "B")
    with Repository(tmp_path / "A") as a:
        keep = next(b.stored_id for b in a.businesses() if b.stored_id != DUP_BUSINESS)
        a.merge_businesses(keep, DUP_BUSINESS)
        export_bundle(a, tmp_path / "bundle.json")
    return tmp_path / "A", tmp_path / "B", keep, tmp_path / "bundle.json"


def listing(folder):
    with Repository(folder, read_only=True) as repo:
        return [(e.business.stored_id, [(s.id, s.stage, s.assessed_on) for s in e.assessments])
                for e in repo.list_businesses()]


def test_an_assessment_merged_on_the_other_laptop_is_not_stored_twice(laptops):
    _, b_folder, keep, bundle = laptops
    with Repository(b_folder) as b:
        report = import_files(b, [bundle])
        assert sorted(s.id for s in b.summaries()) == [DUP_ASSESSMENT, "sample-khe-sanh-t0"]  # no copy
        assert b.summary(DUP_ASSESSMENT).business_id == DUP_BUSINESS and b.summary(DUP_ASSESSMENT).stage == "T0"
    moved = next(r for r in report.records if r.file_id == DUP_ASSESSMENT)
    assert (moved.outcome, moved.stored_id, moved.business_id, moved.held_by_id) == (
        ELSEWHERE, DUP_ASSESSMENT, keep, DUP_BUSINESS)
    assert report.renumbered == [] and report.added == []
    (merge,) = report.suggested_merges()
    assert (merge.keep_id, merge.other_id, merge.assessments) == (keep, DUP_BUSINESS, 1)
    data = report.to_json()
    assert data["elsewhere"] == [DUP_ASSESSMENT]
    assert data["suggested_merges"][0]["command"] == f"cds-cli merge {keep} {DUP_BUSINESS}"
    assert data["records"][1]["held_by"] == {"id": DUP_BUSINESS, "name": "Cà phê Khe Sanh"}


def test_the_import_says_where_the_assessment_is_and_how_to_merge_here_too(laptops):
    _, b_folder, keep, bundle = laptops
    with Repository(b_folder) as b:
        report = import_files(b, [bundle])
    vi, en = report.render("vi"), report.render("en")
    assert ("«Cà phê Khe Sanh» (mã dup-business-0001) ở máy này đang giữ 1 lần đánh giá mà trên máy kia thuộc "
            f"«Công ty TNHH Cà phê Khe Sanh (mẫu)» (mã {keep}): có lẽ hai mục này đã được gộp ở máy đó.\nĐể gộp "
            f"giống vậy ở đây: cds-cli merge {keep} dup-business-0001 (trong cửa sổ: chọn «Công ty TNHH Cà phê "
            "Khe Sanh (mẫu)» rồi «Gộp với cơ sở khác…», chọn «Cà phê Khe Sanh»).") in vi
    assert "(dup-assess-0001): đã có ở đây, thuộc cơ sở «Cà phê Khe Sanh» (mã dup-business-0001): không lưu thêm " \
           "bản sao" in vi
    assert ("“Cà phê Khe Sanh” (id dup-business-0001) holds here 1 assessment that the other laptop files under "
            f"“Công ty TNHH Cà phê Khe Sanh (mẫu)” (id {keep}): the two entries were probably merged there.\nTo "
            f"merge them here too: cds-cli merge {keep} dup-business-0001 (in the window: select “Công ty TNHH Cà "
            "phê Khe Sanh (mẫu)”, then “Merge with another business…” and choose “Cà phê Khe Sanh”).") in en
    assert "(dup-assess-0001): already stored here under “Cà phê Khe Sanh” (id dup-business-0001): no copy stored" in en
    assert "mang mã mới" not in vi and "new id" not in en
    assert unicodedata.is_normalized("NFC", vi) and unicodedata.is_normalized("NFC", en)


def test_the_merge_the_import_names_makes_both_laptops_alike(laptops):
    a_folder, b_folder, keep, bundle = laptops
    with Repository(b_folder) as b:
        (merge,) = import_files(b, [bundle]).suggested_merges()
        b.merge_businesses(merge.keep_id, merge.other_id)
    assert listing(b_folder) == listing(a_folder)


@pytest.mark.parametrize("change", ["note", "date", "answer", "status", "assessor"])
def test_a_different_assessment_with_a_colliding_id_is_still_stored_under_a_new_id(laptops, change):
    """The same id under another business but not the same assessment (another day, answer, note, status or
    assessor): today's rule, a new id, said so."""
    _, b_folder, keep, _ = laptops
    with Repository(b_folder) as b:
        held = b.assessment_file(DUP_ASSESSMENT)
        kept = b.get_business(keep)
        qid, answer = next((q, a) for q, a in held.assessment.answers.items() if a.level is not None and a.level < 5)
        other = {"note": lambda x: x.with_answer(qid, answer._replace(note="Đã có trang Facebook")),
                 "date": lambda x: x._replace(assessed_on="2026-11-21"),
                 "answer": lambda x: x.with_answer(qid, Answer.ladder(answer.level + 1)),
                 "status": lambda x: x._replace(status="draft"),
                 "assessor": lambda x: x._replace(assessor=Assessor("Nguyễn Văn B", "Sở KH&CN"))}[change](held.assessment)
        write(b_folder.parent / "clash.json", AssessmentFile(kept, other, held.instrument).to_json())
        before = b.get_assessment(DUP_ASSESSMENT)
        report = import_files(b, [b_folder.parent / "clash.json"])
        (record,) = report.records
        assert b.get_assessment(DUP_ASSESSMENT) == before  # the stored one is left as it was
        assert record.outcome == RENUMBERED and record.stored_id != DUP_ASSESSMENT
        assert b.summary(record.stored_id).business_id == keep
        assert len(list(b.summaries())) == 3
        assert "mã mới" in report.render("vi") and "a new id" in report.render("en")
        assert report.suggested_merges() == []


# -- the rule (hypothesis): a copy is stored exactly when something the consultant recorded differs -------------

_CHANGES = ("stage", "updated_at", "note", "date", "answer", "status", "target")


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(changes=st.sets(st.sampled_from(_CHANGES)))
def test_a_copy_is_stored_exactly_when_the_content_differs(tmp_path_factory, installed_mini, workshop, changes):
    folder = tmp_path_factory.mktemp("store")
    with Repository(folder) as repo:
        holder = repo.add_business(workshop._replace(name="Xưởng mộc", tax_code=""))
        kept = repo.add_business(workshop)
        stored = repo.save_assessment(holder.id, completed(installed_mini, workshop, level=2, on=None))
        qid = next(q for q, a in stored.answers.items() if a.level is not None)
        incoming = stored
        edits = {"stage": lambda x: x._replace(stage="T3"),
                 "updated_at": lambda x: x._replace(updated_at="2027-01-01T00:00:00+07:00"),
                 "note": lambda x: x.with_answer(qid, x.answers[qid]._replace(note="Ghi chú mới")),
                 "date": lambda x: x._replace(assessed_on="2020-01-02"),
                 "answer": lambda x: x.with_answer(qid, x.answers[qid]._replace(level=3)),
                 "status": lambda x: x._replace(status="draft"),
                 "target": lambda x: x._replace(targets={qid: 4})}
        for change in sorted(changes):
            incoming = edits[change](incoming)
        path = write(folder / "f.json", AssessmentFile(kept, incoming, installed_mini).to_json())
        report = import_files(repo, [path])
        differs = bool(changes - {"stage", "updated_at"})
        assert [r.outcome for r in report.records] == [RENUMBERED if differs else ELSEWHERE]
        assert len(list(repo.summaries())) == (2 if differs else 1)
        assert repo.get_assessment(stored.id) == stored


def test_after_the_same_merge_here_the_bundle_imports_as_already_stored(laptops):
    """The merge here stamps its own time of change and may number the stages differently: no conflict to
    settle, nothing written."""
    _, b_folder, _, bundle = laptops
    with Repository(b_folder) as b:
        (merge,) = import_files(b, [bundle]).suggested_merges()
        b.merge_businesses(merge.keep_id, merge.other_id)
        before = b.db_path.read_bytes()
        assert conflicts(b, read_labelled([bundle])) == 0
        again = import_files(b, [bundle], "replace")
        assert b.db_path.read_bytes() == before
    assert {r.outcome for r in again.records} == {"unchanged"}


def test_a_bundle_from_a_laptop_that_did_not_merge_leaves_the_merge_made_here(laptops, tmp_path):
    """The other way round: merged here, not on the laptop the file comes from. Its assessment still carries
    the stage it had before the merge; the stored one keeps the stage the merge gave it."""
    a_folder, b_folder, keep, _ = laptops
    with Repository(b_folder) as b:
        export_bundle(b, tmp_path / "unmerged.json")
    with Repository(a_folder) as a:
        files = read_labelled([tmp_path / "unmerged.json"])
        assert conflicts(a, files) == 0
        report = import_files(a, [tmp_path / "unmerged.json"], "replace")
        assert {r.outcome for r in report.records} == {"unchanged"}
        assert [(s.id, s.stage) for s in a.assessments_of(keep)] == [("sample-khe-sanh-t0", "T0"),
                                                                     (DUP_ASSESSMENT, "T1")]
