"""Files carried between machines: export, bundles, import that validates everything first."""

import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from cds_desktop.domain.assessment import Answer, AssessmentFile, Assessor, Assessment
from cds_desktop.domain.business import Business, Contact, commune_names
from cds_desktop.domain.vocabulary import entity_types, sectors
from cds_desktop.domain.conditions import applies
from cds_desktop.errors import InputError
from cds_desktop.storage import Repository
from cds_desktop.storage.exchange import (add_sample, conflicts, export_assessment, export_bundle, import_assessments,
                                          import_files, read_exchange_file, read_labelled)
from storage_support import completed, draft


@pytest.fixture
def repo(tmp_path, installed_mini):
    with Repository(tmp_path / "store") as repository:
        yield repository


def write(path, doc):
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def test_an_exported_assessment_is_an_assessment_file_that_imports_elsewhere(repo, tmp_path, installed_mini, workshop):
    business = repo.add_business(workshop)
    saved = repo.save_assessment(business.id, completed(installed_mini, workshop))
    export_assessment(repo, saved.id, tmp_path / "a.json")
    with Repository(tmp_path / "other") as other:
        report = import_files(other, [tmp_path / "a.json"])
        assert report.added == [saved.id]
        assert other.assessment_file(saved.id).to_json() == repo.assessment_file(saved.id).to_json()


@pytest.mark.parametrize("bad", [
    b"{not json",
    json.dumps({"format": "cds-assessment", "format_version": 1}).encode(),
    "bundle-with-one-bad-item",
])
def test_importing_a_malformed_file_changes_nothing(repo, tmp_path, installed_mini, workshop, shop, bad):
    business = repo.add_business(workshop)
    repo.save_assessment(business.id, draft(installed_mini))
    good = tmp_path / "good.json"
    export_bundle(repo, good)
    doc = json.loads(good.read_text(encoding="utf-8"))
    if bad == "bundle-with-one-bad-item":
        extra = json.loads(json.dumps(doc["assessments"][0]))
        extra["assessment"]["id"] = "another"
        extra["business"]["tax_code"] = "12-34"
        doc["assessments"].append(extra)
        bad = json.dumps(doc).encode()
    (tmp_path / "bad.json").write_bytes(bad)
    shop_file = AssessmentFile(shop, draft(installed_mini), installed_mini)
    write(tmp_path / "new.json", shop_file.to_json())
    before = (tmp_path / "store" / "cds-desktop.json").read_bytes()
    with pytest.raises(InputError) as refused:
        import_files(repo, [tmp_path / "new.json", tmp_path / "bad.json"], "replace")
    assert "bad.json" in refused.value.render("vi")
    assert (tmp_path / "store" / "cds-desktop.json").read_bytes() == before
    assert len(repo.businesses()) == 1


def test_every_problem_in_every_file_is_listed_before_anything_is_written(repo, tmp_path):
    write(tmp_path / "a.json", {"format": "cds-assessment"})
    (tmp_path / "b.json").write_text("[]", encoding="utf-8")
    with pytest.raises(InputError) as refused:
        import_files(repo, [tmp_path / "a.json", tmp_path / "b.json", tmp_path / "missing.json"])
    message = refused.value.render("en")
    assert "a.json" in message and "b.json" in message and "missing.json" in message


@pytest.mark.parametrize("policy, stored_level, count", [("skip", 1, 1), ("replace", 4, 1), ("keep-both", 1, 2)])
def test_an_assessment_already_stored_is_skipped_replaced_or_kept_twice(
        repo, tmp_path, installed_mini, workshop, policy, stored_level, count):
    business = repo.add_business(workshop)
    saved = repo.save_assessment(business.id, draft(installed_mini, level=1))
    changed = saved.with_answer("q_customer", Answer.ladder(4))
    write(tmp_path / "f.json", AssessmentFile(business, changed, installed_mini).to_json())
    report = import_files(repo, [tmp_path / "f.json"], policy)
    assert repo.get_assessment(saved.id).answers["q_customer"].level == stored_level
    assert len(repo.assessments_of(business.id)) == count
    if policy == "keep-both":
        new_id = report.kept_both[0][1]
        assert repo.get_assessment(new_id).answers["q_customer"].level == 4


def test_the_same_business_is_recognised_by_tax_code(repo, tmp_path, installed_mini, workshop):
    stored = repo.add_business(workshop)
    from_elsewhere = workshop._replace(id="id-on-the-consultant-laptop", name="Xưởng mộc Cam Lộ (Cty TNHH)")
    write(tmp_path / "f.json", AssessmentFile(from_elsewhere, draft(installed_mini, stage="T1"), installed_mini).to_json())
    report = import_files(repo, [tmp_path / "f.json"])
    assert report.businesses_matched == [stored.id] and not report.businesses_added
    assert [s.stage for s in repo.assessments_of(stored.id)] == ["T1"]


def test_a_bundle_carries_several_assessments_of_several_businesses(repo, tmp_path, installed_mini, workshop, shop):
    w = repo.add_business(workshop)
    s = repo.add_business(shop)
    repo.save_assessment(w.id, completed(installed_mini, workshop))
    repo.save_assessment(w.id, draft(installed_mini, stage="T1"))
    repo.save_assessment(s.id, draft(installed_mini))
    assert export_bundle(repo, tmp_path / "all.json") == 3
    assert export_bundle(repo, tmp_path / "w.json", w.id) == 2
    assert json.loads((tmp_path / "all.json").read_text(encoding="utf-8"))["format"] == "cds-bundle"
    assert len(read_exchange_file(tmp_path / "w.json")) == 2
    with Repository(tmp_path / "other") as other:
        import_files(other, [tmp_path / "all.json"])
        assert [(e.business.name, len(e.assessments)) for e in other.list_businesses()] == \
            [(e.business.name, len(e.assessments)) for e in repo.list_businesses()]


def test_the_shipped_sample_is_added_once(tmp_path):
    with Repository(tmp_path) as repo:
        first = add_sample(repo)
        again = add_sample(repo)
        assert first.id == again.id and first.status == "completed"
        assert len(repo.list_businesses()) == 1


def test_files_are_taken_alike_bare_or_with_the_name_of_the_file_they_came_from(repo, tmp_path, installed_mini, workshop):
    """An assessment file is a record, and a record is a tuple: a bare one must not be read as a (name, file) pair."""
    business = repo.add_business(workshop)
    saved = repo.save_assessment(business.id, completed(installed_mini, workshop))
    export_assessment(repo, saved.id, tmp_path / "a.json")
    (labelled,) = read_labelled([tmp_path / "a.json"])
    changed = labelled[1]._replace(assessment=labelled[1].assessment._replace(assessed_on="2026-11-20"))
    assert conflicts(repo, [changed]) == conflicts(repo, [(labelled[0], changed)]) == 1
    with Repository(tmp_path / "other") as other:
        assert import_assessments(other, [labelled[1]]).added == [saved.id]
        assert import_assessments(other, [labelled]).added == []


# -- round trip (hypothesis) -------------------------------------------------------------------------

_LETTERS = "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵĐ "
names = st.text(alphabet=_LETTERS, min_size=1, max_size=30).filter(lambda s: s.strip())
tax_codes = st.one_of(st.just(""), st.from_regex(r"\A[0-9]{10}\Z"), st.from_regex(r"\A[0-9]{10}-[0-9]{3}\Z"))
money = st.one_of(st.none(), st.integers(0, 10**12))


@st.composite
def businesses(draw):
    return Business(
        name=draw(names), entity_type=draw(st.sampled_from(tuple(entity_types()))), sector=draw(st.sampled_from(tuple(sectors()))),
        tax_code=draw(tax_codes), industry=draw(st.sampled_from(["", "Cà phê", "Đồ gỗ"])),
        employees=draw(st.one_of(st.none(), st.integers(0, 500))), annual_revenue_vnd=draw(money),
        total_capital_vnd=draw(money), commune=draw(st.sampled_from(("",) + commune_names()[:10])),
        address=draw(st.sampled_from(["", "12 Lê Duẩn, Đông Hà"])),
        contact=Contact(draw(st.sampled_from(["", "Chị Lan"])), draw(st.sampled_from(["", "0912345678"])), ""),
        produces_goods=draw(st.sampled_from([None, True, False])), id=draw(st.sampled_from([None, "b-1"])))


@st.composite
def answer_for(draw, question):
    note = draw(st.sampled_from(["", "Ghi chú: dùng Zalo"]))
    if question.type == "ladder":
        levels = st.integers(0, 5) if not question.na_allowed else st.one_of(st.none(), st.integers(0, 5))
        return Answer.ladder(draw(levels), note)
    options = [o.id for o in question.scored_options]
    picked = draw(st.one_of(st.just(["none"]), st.lists(st.sampled_from(options), min_size=1, unique=True)))
    return Answer.checklist(picked, note)


@st.composite
def assessment_files(draw, instrument):
    business = draw(businesses())
    answers = {}
    for q in instrument.questions:
        if draw(st.booleans()) or not applies(q, business, answers):
            continue
        answers[q.id] = draw(answer_for(q))
    everything = all(q.id in answers for q in instrument.questions if applies(q, business, answers))
    assessment = Assessment(
        id=draw(st.sampled_from(["a-1", "7491f5a2-f3d6-4035-a975-f11a4f384eb2"])),
        stage=f"T{draw(st.integers(0, 12))}", assessed_on=draw(st.dates()).isoformat(),
        instrument_id=instrument.id, instrument_version=instrument.version, answers=answers,
        assessor=draw(st.sampled_from([None, Assessor("Nguyễn Văn An", "Sở KH&CN Quảng Trị")])),
        status="completed" if everything and draw(st.booleans()) else "draft",
        targets=draw(st.dictionaries(st.sampled_from([q.id for q in instrument.questions]), st.integers(0, 5),
                                     max_size=3)),
        updated_at=draw(st.sampled_from(["", "2026-01-02T03:04:05+07:00"])))
    return AssessmentFile(business, assessment, instrument)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_random_valid_assessments_round_trip_through_export_and_import_unchanged(installed_mini, data):
    original = data.draw(assessment_files(installed_mini))
    with tempfile.TemporaryDirectory() as folder:
        source = write(Path(folder) / "in.json", original.to_json())
        with Repository(f"{folder}/store") as repo:
            import_files(repo, [source])
            stored_id = original.assessment.id
            export_assessment(repo, stored_id, f"{folder}/out.json")
        exported = read_exchange_file(f"{folder}/out.json")[0]
    expected = original.to_json()
    got = exported.to_json()
    if not original.business.id:
        got["business"].pop("id")  # a business without an id gets one when stored
    if not original.assessment.updated_at:
        got["assessment"].pop("updated_at")  # and a save time
    assert got == expected


# -- identity: an import never files an assessment under the wrong business ----------------------------

def _file_of(business, assessment, instrument, path):
    return write(path, AssessmentFile(business, assessment, instrument).to_json())


def test_a_business_with_the_same_id_but_another_name_is_another_business(repo, tmp_path, installed_mini, shop):
    stored = repo.add_business(shop)
    cafe = shop._replace(id=stored.id, name="Quán cà phê Gió")
    _file_of(cafe, draft(installed_mini), installed_mini, tmp_path / "cafe.json")
    report = import_files(repo, [tmp_path / "cafe.json"])
    names = {e.business.name: len(e.assessments) for e in repo.list_businesses()}
    assert names == {"Tạp hóa Đông Hà": 0, "Quán cà phê Gió": 1}
    assert report.businesses_added and report.businesses_added[0] != stored.id
    message = report.render("en")
    assert "already stored" not in message and "skipped" not in message and " 0 " not in message


@pytest.mark.parametrize("change", [
    {"tax_code": "3200111222"},  # the tax code came later, and was added on the other laptop
    {"name": "Tạp Hoá  Đông Ha"},  # the name's accents corrected there
    {"name": "Tap hoa Dong Ha", "tax_code": "3200111222"},
])
def test_the_same_business_corrected_on_another_laptop_stays_one_business(repo, tmp_path, installed_mini, shop, change):
    """T0 here, T1 on another laptop after the tax code was added or the name's accents fixed: the file carries
    the business's own id, so its assessments belong with the stored ones. They were filed under a new business,
    splitting its history (no comparison T0 → T1)."""
    stored = repo.add_business(shop)
    repo.save_assessment(stored.id, completed(installed_mini, shop))
    corrected = shop._replace(id=stored.id, **change)
    _file_of(corrected, draft(installed_mini)._replace(stage="T1"), installed_mini, tmp_path / "t1.json")
    report = import_files(repo, [tmp_path / "t1.json"])
    assert report.businesses_matched == [stored.id] and not report.businesses_added
    assert [s.stage for s in repo.assessments_of(stored.id)] == ["T0", "T1"]
    assert [b.name for b in repo.businesses()] == ["Tạp hóa Đông Hà"]


def test_a_business_with_the_same_id_and_name_but_another_tax_code_is_another_business(
        repo, tmp_path, installed_mini, workshop):
    stored = repo.add_business(workshop)
    other = workshop._replace(id=stored.id, tax_code="3200999999")
    _file_of(other, draft(installed_mini), installed_mini, tmp_path / "other.json")
    report = import_files(repo, [tmp_path / "other.json"])
    assert report.businesses_added and len(repo.businesses()) == 2


def test_the_same_name_in_other_letters_is_the_same_business(repo, tmp_path, installed_mini, shop):
    import unicodedata
    stored = repo.add_business(shop)
    shouted = shop._replace(id=stored.id, name=unicodedata.normalize("NFD", "TẠP HÓA ĐÔNG HÀ"))
    _file_of(shouted, draft(installed_mini), installed_mini, tmp_path / "f.json")
    report = import_files(repo, [tmp_path / "f.json"])
    assert report.businesses_matched == [stored.id] and len(repo.assessments_of(stored.id)) == 1


@pytest.mark.parametrize("policy", ["skip", "replace", "keep-both"])
def test_an_assessment_is_never_moved_from_one_business_to_another(
        repo, tmp_path, installed_mini, workshop, shop, policy):
    a = repo.add_business(workshop)
    t0 = repo.save_assessment(a.id, completed(installed_mini, workshop))
    other = shop._replace(id="b-on-another-laptop", tax_code="3200999999")
    clash = draft(installed_mini)._replace(id=t0.id)
    _file_of(other, clash, installed_mini, tmp_path / "b.json")
    report = import_files(repo, [tmp_path / "b.json"], policy)
    assert [s.id for s in repo.assessments_of(a.id)] == [t0.id]
    assert repo.get_assessment(t0.id).status == "completed"
    (file_id, new_id), = report.renumbered
    assert file_id == t0.id and new_id != t0.id
    assert repo.business_of(new_id).name == "Tạp hóa Đông Hà"
    assert "Tạp hóa Đông Hà" in report.render("vi")


@pytest.mark.parametrize("policy", ["skip", "replace", "keep-both"])
def test_importing_the_same_bundle_twice_changes_nothing(repo, tmp_path, installed_mini, workshop, shop, policy):
    a = repo.add_business(workshop)
    t0 = repo.save_assessment(a.id, completed(installed_mini, workshop))
    with Repository(tmp_path / "laptop") as laptop:
        cafe = laptop.add_business(shop._replace(id=a.id, name="Quán cà phê Gió"))  # same id, another business
        laptop.save_assessment(cafe.id, draft(installed_mini)._replace(id=t0.id))  # and a clashing assessment id
        w = laptop.add_business(workshop)
        laptop.save_assessment(w.id, completed(installed_mini, workshop, level=4, stage="T1"))
        export_bundle(laptop, tmp_path / "bundle.json")
    first = import_files(repo, [tmp_path / "bundle.json"], policy)
    assert first.changed
    db = tmp_path / "store" / "cds-desktop.json"
    before = db.read_bytes()
    again = import_files(repo, [tmp_path / "bundle.json"], policy)
    assert db.read_bytes() == before
    assert {r.outcome for r in again.records} == {"unchanged"}
    assert len(repo.businesses()) == 2 and len(list(repo.summaries())) == 3


def test_an_assessment_imported_under_a_new_id_keeps_being_recognised_after_an_edit(
        repo, tmp_path, installed_mini, workshop, shop):
    a = repo.add_business(workshop)
    t0 = repo.save_assessment(a.id, draft(installed_mini))
    other = shop._replace(id=a.id)
    _file_of(other, draft(installed_mini, level=3)._replace(id=t0.id), installed_mini, tmp_path / "f.json")
    (_, new_id), = import_files(repo, [tmp_path / "f.json"]).renumbered
    new_business = repo.business_of(new_id)
    repo.update_business(new_business._replace(employees=3))
    report = import_files(repo, [tmp_path / "f.json"], "keep-both")
    assert [r.outcome for r in report.records] == ["unchanged"]  # the same answers, the same business
    assert report.businesses_matched == [new_business.id]


def test_a_long_import_summary_is_shortened(repo, tmp_path, installed_mini, shop):
    files = []
    for i in range(30):
        files.append(_file_of(shop._replace(name=f"Cơ sở {i}"), draft(installed_mini), installed_mini,
                              tmp_path / f"f{i}.json"))
    message = import_files(repo, files).render("en")
    assert "new assessments: 30" in message and "… and 10 more" in message
    assert len(message.splitlines()) == 22


def test_a_file_without_business_ids_imported_twice_changes_nothing(repo, tmp_path, installed_mini, workshop, shop):
    a = repo.add_business(workshop)
    t0 = repo.save_assessment(a.id, draft(installed_mini))
    doc = AssessmentFile(shop._replace(id=None), draft(installed_mini, level=4)._replace(id=t0.id),
                         installed_mini).to_json()
    doc["business"].pop("id", None)
    write(tmp_path / "no-ids.json", doc)
    first = import_files(repo, [tmp_path / "no-ids.json"], "replace")
    assert [r.outcome for r in first.records] == ["renumbered"]
    before = (tmp_path / "store" / "cds-desktop.json").read_bytes()
    again = import_files(repo, [tmp_path / "no-ids.json"], "replace")
    assert [r.outcome for r in again.records] == ["unchanged"]
    assert (tmp_path / "store" / "cds-desktop.json").read_bytes() == before
    assert len(repo.businesses()) == 2


def test_the_import_summary_writes_the_day_as_each_reader_does(repo, tmp_path, installed_mini, shop):
    assessment = draft(installed_mini)._replace(assessed_on="2026-03-09")
    _file_of(shop, assessment, installed_mini, tmp_path / "f.json")
    report = import_files(repo, [tmp_path / "f.json"])
    assert "T0 09/03/2026" in report.render("vi") and "T0 9 Mar 2026" in report.render("en")
    assert report.records[0].to_json()["assessed_on"] == "2026-03-09"  # machine-readable stays ISO


def test_a_file_named_on_a_mac_is_named_in_composed_letters_in_the_import_summary(repo, tmp_path, installed_mini, shop):
    """macOS stores file names decomposed (NFD): the summary showed 'Hòa' as 'Ho' and a combining accent, which
    some fonts draw apart and which no search for 'Hòa' finds."""
    import unicodedata

    name = unicodedata.normalize("NFD", "Cà phê Hòa.json")
    path = _file_of(shop, draft(installed_mini), installed_mini, tmp_path / name)
    report = import_files(repo, [path])
    assert report.records[0].source == "Cà phê Hòa.json"
    assert unicodedata.is_normalized("NFC", report.render("vi"))


# -- dates from another computer's clock: stored as written, the reader told --------------------------

def test_an_imported_assessment_dated_out_of_order_or_after_today_is_stored_and_flagged(
        repo, tmp_path, installed_mini, workshop):
    from datetime import date, timedelta

    business = repo.add_business(workshop)
    repo.save_assessment(business.id, completed(installed_mini, workshop, on=date(2026, 10, 15)))
    early = completed(installed_mini, workshop, stage="T1", on=date(2026, 1, 5))
    fine = completed(installed_mini, workshop, stage="T2", on=date.today())
    ahead = completed(installed_mini, workshop, stage="T3", on=date.today() + timedelta(days=400))
    paths = [_file_of(workshop._replace(id=business.id), a, installed_mini, tmp_path / f"{a.stage}.json")
             for a in (early, fine, ahead)]
    report = import_files(repo, paths)
    notes = {r.stage: r.date_note for r in report.records}
    assert notes["T2"] is None
    assert "T1 đề ngày 05/01/2026, trước ngày của T0 (15/10/2026)" in notes["T1"]["vi"]
    assert "T1 is dated 5 Jan 2026, before T0 (15 Oct 2026)" in notes["T1"]["en"]
    assert "sau hôm nay" in notes["T3"]["vi"] and "wrong clock" in notes["T3"]["en"]
    assert repo.get_assessment(early.id).assessed_on == "2026-01-05"  # stored as the file has it
    lines = report.render("vi").splitlines()
    assert [line.split(" — ")[1].split(" ")[0] for line in lines if line.startswith("Kiểm tra ngày: ")] == ["T1", "T3"]
    assert [r.get("date_note", {}).get("en", "")[:2] for r in report.to_json()["records"]] == ["T1", "", "th"]
    again = import_files(repo, paths)  # nothing stored this time: nothing to check
    assert all(r.date_note is None for r in again.records) and "Kiểm tra ngày" not in again.render("vi")


def test_an_import_on_a_computer_whose_clock_is_behind_takes_the_real_days(repo, tmp_path, installed_mini, workshop,
                                                                          clock_behind):
    """A dead clock battery says 1/1/2000: a file dated after the policy catalog's day is not 'after today'."""
    from datetime import date, timedelta

    from cds_desktop.domain.edition import shipped_edition

    visit = shipped_edition().as_of + timedelta(days=2)
    business = repo.add_business(workshop)
    t0 = completed(installed_mini, workshop, on=visit)
    report = import_files(repo, [_file_of(workshop._replace(id=business.id), t0, installed_mini, tmp_path / "t0.json")])
    assert report.records[0].date_note is None and "Kiểm tra ngày" not in report.render("vi")
    far = completed(installed_mini, workshop, stage="T1", on=date(shipped_edition().as_of.year + 5, 1, 1))
    path = _file_of(workshop._replace(id=business.id), far, installed_mini, tmp_path / "t1.json")
    report = import_files(repo, [path])
    note = report.records[0].date_note
    assert "01/01/2000" in note["vi"] and "clock is wrong" in note["en"] and "after today" not in note["en"]
