"""The repository the GUI and the CLI use: businesses, assessments T0, T1..., summaries, backups."""


import pytest

from cds_desktop.domain.assessment import Answer
from cds_desktop.domain.business import Business
from cds_desktop.domain.scoring import score
from cds_desktop.errors import InputError
from cds_desktop.storage import Repository
from storage_support import completed, draft


@pytest.fixture
def repo(tmp_path, installed_mini):
    with Repository(tmp_path) as repository:
        yield repository


def test_a_new_business_gets_an_id_and_is_listed_by_name(repo, workshop, shop):
    w = repo.add_business(workshop)
    s = repo.add_business(shop)
    assert w.id and s.id and w.id != s.id
    assert [e.business.name for e in repo.list_businesses()] == ["Tạp hóa Đông Hà", "Xưởng mộc Cam Lộ"]
    assert repo.find_business_by_tax_code("3200123456") == w


def test_a_business_with_a_bad_tax_code_is_refused(repo, workshop):
    with pytest.raises(InputError) as refused:
        repo.add_business(workshop._replace(tax_code="12-34"))
    assert "business.tax_code" in refused.value.render("vi")
    assert repo.businesses() == []


def test_stages_follow_t0_t1_and_a_reassessment_starts_from_the_previous_answers(repo, installed_mini, workshop):
    business = repo.add_business(workshop)
    assert repo.next_stage(business.id) == "T0"
    t0 = repo.save_assessment(business.id, completed(installed_mini, workshop, level=2))
    assert repo.next_stage(business.id) == "T1"
    t1 = repo.copy_for_reassessment(t0.id)
    assert (t1.stage, t1.status) == ("T1", "draft") and t1.id != t0.id
    assert t1.answers == repo.get_assessment(t0.id).answers
    assert [s.stage for s in repo.assessments_of(business.id)] == ["T0", "T1"]
    assert repo.next_stage(business.id) == "T2"


def test_a_reassessment_copies_the_answers_without_the_notes_they_were_written_with(repo, installed_mini, workshop):
    business = repo.add_business(workshop)
    t0 = completed(installed_mini, workshop, level=2)
    qid, answer = next(iter(t0.answers.items()))
    t0 = repo.save_assessment(business.id, t0.with_answer(qid, answer._replace(note="Sổ tay, chưa dùng Excel")))
    t1 = repo.copy_for_reassessment(t0.id)
    assert t1.answers[qid] == answer._replace(note="")
    assert all(a.note == "" for a in t1.answers.values())
    assert repo.get_assessment(t0.id).answers[qid].note == "Sổ tay, chưa dùng Excel"  # the baseline keeps its own


def test_a_reassessment_takes_its_own_date_but_never_one_before_the_assessment_it_copies(repo, installed_mini,
                                                                                         workshop):
    from datetime import date

    business = repo.add_business(workshop)
    t0 = repo.save_assessment(business.id, completed(installed_mini, workshop, level=2)._replace(
                                                   assessed_on="2026-03-10"))
    with pytest.raises(InputError) as refused:
        repo.copy_for_reassessment(t0.id, on=date(2026, 3, 9))
    assert "10/03/2026" in refused.value.render("vi") and "10 Mar 2026" in refused.value.render("en")
    assert [s.stage for s in repo.assessments_of(business.id)] == ["T0"]  # nothing stored
    t1 = repo.copy_for_reassessment(t0.id, on=date(2026, 3, 10))
    assert t1.assessed_on == "2026-03-10"


def test_a_reassessment_copies_an_assessment_whose_stored_day_is_no_day(repo, installed_mini, workshop):
    """An earlier version stored 30 February as T0's day: T1 is copied on the day chosen (the check names T0's)."""
    from datetime import date

    business = repo.add_business(workshop)
    t0 = repo.save_assessment(business.id, completed(installed_mini, workshop, level=2)._replace(
                                                   assessed_on="2026-02-30"))
    assert repo.copy_for_reassessment(t0.id, on=date(2026, 3, 10)).assessed_on == "2026-03-10"


def test_no_reassessment_starts_from_a_draft_last_assessment_and_nothing_is_stored(repo, installed_mini, workshop):
    """T1 still a draft: a T2 copied from it would carry its unfinished answers into the next stage. The store
    refuses it (the window does not offer it), says why in both languages and leaves its data as it was."""
    business = repo.add_business(workshop)
    t0 = repo.save_assessment(business.id, completed(installed_mini, workshop, level=2))
    t1 = repo.copy_for_reassessment(t0.id)
    before = repo.db_path.read_bytes()
    with pytest.raises(InputError) as refused:
        repo.copy_for_reassessment(t1.id)
    assert "T1 vẫn là bản nháp" in refused.value.render("vi") and "T1 is still a draft" in refused.value.render("en")
    with pytest.raises(InputError) as earlier:  # nor from T0, which would pass over the draft T1
        repo.copy_for_reassessment(t0.id)
    assert "(T1)" in earlier.value.render("en")
    assert repo.db_path.read_bytes() == before
    assert [s.stage for s in repo.assessments_of(business.id)] == ["T0", "T1"]
    repo.save_assessment(business.id, repo.get_assessment(t1.id)._replace(status="completed"))
    assert repo.copy_for_reassessment(t1.id).stage == "T2"  # once completed, it is the one to copy


def test_no_blank_next_stage_starts_while_the_last_assessment_is_a_draft_and_nothing_is_stored(
        repo, installed_mini, workshop):
    """T1 still a draft: a T2 on a blank form would leave two stages open, as a copy would. The store refuses it
    in both languages; T0 starts whenever the business has none, and T2 once T1 is completed."""
    business = repo.add_business(workshop)
    t0 = repo.start_assessment(business.id, installed_mini)
    assert t0.stage == "T0" and t0.status == "draft" and not t0.answers
    repo.save_assessment(business.id, completed(installed_mini, workshop, level=2)._replace(id=t0.id))
    t1 = repo.start_assessment(business.id, installed_mini)
    before = repo.db_path.read_bytes()
    with pytest.raises(InputError) as refused:
        repo.start_assessment(business.id, installed_mini)
    assert "T1 vẫn là bản nháp" in refused.value.render("vi") and "T1 is still a draft" in refused.value.render("en")
    assert repo.db_path.read_bytes() == before
    assert [s.stage for s in repo.assessments_of(business.id)] == ["T0", "T1"]
    repo.save_assessment(business.id, completed(installed_mini, workshop, level=3)._replace(id=t1.id, stage="T1"))
    t2 = repo.start_assessment(business.id, installed_mini)
    assert t2.stage == "T2" and not t2.answers


def test_the_stored_summary_matches_the_scoring(repo, installed_mini, workshop):
    business = repo.add_business(workshop)
    saved = repo.save_assessment(business.id, completed(installed_mini, workshop, level=3))
    result = score(installed_mini, business, saved)
    summary = repo.list_businesses()[0].assessments[0]
    assert (summary.overall_score, summary.overall_level) == (result.overall.score, result.overall_level)
    assert summary.areas["production"].score == result.area("production").score
    assert summary.status == "completed" and summary.updated_at


def test_changing_the_profile_rescores_its_assessments(repo, installed_mini, workshop):
    business = repo.add_business(workshop)
    saved = repo.save_assessment(business.id, draft(installed_mini).with_answer("q_factory", Answer.ladder(0)))
    assert repo.summary(saved.id).areas["production"].score == 0.0
    repo.update_business(business._replace(produces_goods=False))  # the factory question no longer applies
    assert repo.summary(saved.id).areas["production"].score is None


def test_a_completed_assessment_with_unanswered_questions_is_refused(repo, installed_mini, workshop):
    business = repo.add_business(workshop)
    with pytest.raises(InputError) as refused:
        repo.save_assessment(business.id, draft(installed_mini)._replace(status="completed"))
    assert "draft" in refused.value.render("en")
    assert repo.assessments_of(business.id) == []


def test_deleting_keeps_a_snapshot_of_the_data_before(repo, installed_mini, workshop):
    business = repo.add_business(workshop)
    saved = repo.save_assessment(business.id, draft(installed_mini))
    repo.delete_business(business.id)
    assert repo.businesses() == [] and list(repo.summaries()) == []
    snapshot = next(b for b in repo.backups() if b.kind == "before-delete")
    assert saved.id in repo.read_backup(snapshot).decode("utf-8")
    repo.restore_backup(snapshot.name)
    assert repo.get_assessment(saved.id).stage == "T0"


def test_unknown_ids_give_a_clear_message(repo):
    with pytest.raises(InputError) as refused:
        repo.get_assessment("nope")
    assert "cds-cli list" in refused.value.render("vi")


def test_check_reports_counts_and_backups(repo, installed_mini, workshop):
    business = repo.add_business(workshop)
    repo.save_assessment(business.id, completed(installed_mini, workshop))
    report = repo.check()
    data = report.to_json("en")
    assert report.healthy and data["counts"] == {"businesses": 1, "assessments": 1, "completed": 1, "drafts": 0}
    assert data["database"].endswith("cds-desktop.json") and len(data["backups"]) == 1


def test_the_data_folder_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("CDS_DESKTOP_DATA_DIR", str(tmp_path / "env"))
    with Repository() as repo:
        repo.add_business(Business(name="Quán cà phê", entity_type="household", sector="trade_services"))
    assert (tmp_path / "env" / "cds-desktop.json").exists()


def test_paper_answers_of_a_business_go_to_its_open_draft_else_to_a_new_assessment(repo, installed_mini, workshop):
    """A form printed for a stored business names the assessment its answers will land on (window and CLI alike)."""
    business = repo.add_business(workshop)
    fresh = repo.paper_assessment_id(business.id)
    assert fresh and fresh != repo.paper_assessment_id(business.id)  # nothing open: a new one each printout
    t0 = repo.save_assessment(business.id, completed(installed_mini, workshop, level=2))
    assert repo.paper_assessment_id(business.id) != t0.id  # a completed assessment is not written over
    t1 = repo.copy_for_reassessment(t0.id)
    assert repo.paper_assessment_id(business.id) == t1.id
    with pytest.raises(InputError):
        repo.paper_assessment_id("nope")


def test_no_stage_is_taken_past_t99_the_last_an_assessment_file_may_carry(repo, installed_mini, workshop):
    """A file may carry T99 (two digits, as the schema has it). Re-assessing it stored a 'T100' that sorted before
    T0 (a stage the order does not know), was taken again at every re-assessment, and was exported into a file
    the app's own check refuses; the store refuses it and leaves its data as it was."""
    business = repo.add_business(workshop)
    t99 = repo.save_assessment(business.id, completed(installed_mini, workshop, level=2)._replace(stage="T99"))
    assert repo.next_stage(business.id) == "T100"
    before = repo.db_path.read_bytes()
    with pytest.raises(InputError) as refused:
        repo.copy_for_reassessment(t99.id)
    assert "T99" in refused.value.render("vi") and "T99" in refused.value.render("en")
    with pytest.raises(InputError):
        repo.save_assessment(business.id, draft(installed_mini)._replace(stage="T100"))
    assert repo.db_path.read_bytes() == before
    assert [s.stage for s in repo.assessments_of(business.id)] == ["T99"]
