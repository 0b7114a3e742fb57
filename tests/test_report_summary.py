"""The report an owner reads in two minutes: a two-page summary first, annexes with page references,
a priority matrix, what changed since last time, a signature page worth signing, at most 12 pages."""

import re
import unicodedata
from datetime import date

import pytest
from pypdf import PdfReader

from cds_desktop.domain.assessment import Answer
from cds_desktop.domain.edition import active_edition
from cds_desktop.domain.plan import make_plan
from cds_desktop.domain.scoring import LEVEL_MEANINGS
from cds_desktop.domain.sample import sample_file
from cds_desktop.errors import InputError
from cds_desktop.report import build_report
from cds_desktop.report.builder import context
from cds_desktop.report.changes import answer_changes, steps_done
from cds_desktop.report.matrix import placement
from cds_desktop.report.summary import best_support, first_steps, strengths_and_gaps, support_totals, topic

ON = date(2026, 12, 1)
SAMPLE = sample_file()


def squash(value: str) -> str:
    value = unicodedata.normalize("NFC", value)
    return "".join(ch for ch in value if not ch.isspace())


def pages(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


def t1_with_t0():
    """A T1 whose T0 was one level lower on every ladder question, and two levels higher on one."""
    a = SAMPLE.assessment
    lower = {qid: Answer.ladder(max(0, ans.level - 1)) if ans.level is not None else ans
             for qid, ans in a.answers.items()}
    fell = next(qid for qid, ans in a.answers.items() if ans.level is not None and ans.level <= 3)
    lower[fell] = Answer.ladder(a.answers[fell].level + 2)
    previous = SAMPLE._replace(assessment=a._replace(id="t0", stage="T0", assessed_on="2025-01-15", answers=lower))
    return SAMPLE._replace(assessment=a._replace(stage="T1")), previous, fell


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    folder = tmp_path_factory.mktemp("summary")
    cache = {}

    def build(name, current=SAMPLE, **options):
        if name not in cache:
            cache[name] = folder / f"{name}.pdf"
            build_report(current, cache[name], on=ON, **options)
        return cache[name]
    return build


def test_the_sample_report_in_vietnamese_is_at_most_12_pages(built):
    assert len(pages(built("vi"))) <= 12


def test_the_owner_summary_is_the_first_two_pages_and_the_annexes_follow(built):
    texts = pages(built("vi"))
    assert "Báo cáo đánh giá mức độ chuyển đổi số" in texts[0]
    assert "Việc làm ngay trong tuần này" in texts[1] and "Phụ lục trong báo cáo này" in texts[1]
    assert texts[2].split("\n")[2:4] and "Kết quả theo lĩnh vực và trụ cột" in texts[2]


CONTENTS = {"Kết quả theo lĩnh vực và trụ cột": "Kết quả theo lĩnh vực và trụ cột",  # entry: the annex's heading
            "Lộ trình và ma trận ưu tiên": "Lộ trình chuyển đổi số",
            "Chính sách hỗ trợ và cách đăng ký": "Chính sách hỗ trợ",
            "Toàn bộ câu trả lời": "Toàn bộ câu trả lời", "Phương pháp và nguồn": "Phương pháp",
            "Xác nhận": "Xác nhận"}


def contents_pages(texts: list[str]) -> dict[str, int]:
    """The page the summary's contents give each annex."""
    found = {entry: re.search(re.escape(entry) + r"\s*trang (\d+)", texts[1]) for entry in CONTENTS}
    assert all(found.values()), found
    return {entry: int(match.group(1)) for entry, match in found.items()}


def heading_page(texts: list[str], heading: str) -> int:
    return next(number for number, text in enumerate(texts, 1) if number > 2 and heading in text.split("\n"))


def test_the_summary_page_references_point_at_the_annexes(built):
    texts = pages(built("vi"))
    for entry, page in contents_pages(texts).items():
        assert CONTENTS[entry] in texts[page - 1].split("\n"), (entry, page)


def test_the_summary_follows_sections_a_long_note_pushes_to_later_pages(built):
    """The summary is drawn after the annexes it refers to: its page numbers are those the annexes landed on."""
    notes = {qid: "ghi chú dài " * 160 for qid in ("prd_supply_chain", "ecm_international", "biz_einvoice")}
    answers = {**SAMPLE.assessment.answers, **{qid: SAMPLE.assessment.answers[qid]._replace(note=note)
                                               for qid, note in notes.items()}}
    texts = pages(built("long-notes", SAMPLE._replace(assessment=SAMPLE.assessment._replace(answers=answers))))
    short = pages(built("vi"))
    assert heading_page(texts, "Phương pháp") > heading_page(short, "Phương pháp")  # the notes did move it
    assert contents_pages(texts) == {entry: heading_page(texts, heading) for entry, heading in CONTENTS.items()}
    summary = texts[0] + texts[1]
    roadmap, policies = heading_page(texts, CONTENTS["Lộ trình và ma trận ưu tiên"]), heading_page(
        texts, CONTENTS["Chính sách hỗ trợ và cách đăng ký"])
    steps = re.findall(r"của\s*lộ\s*trình\s*\(trang\s*(\d+)\)", summary)
    details = re.findall(r"Chi\s*tiết:\s*trang\s*(\d+)", summary)
    assert steps and details and not re.search(r"trang\s*…", summary)  # "…" marks a page not known yet
    assert {int(n) for n in steps} == {roadmap} and {int(n) for n in details} == {policies}


def test_the_summary_gives_level_meaning_score_and_radar(built):
    plan = make_plan(SAMPLE.instrument, SAMPLE.business, SAMPLE.assessment, on=ON)
    first = pages(built("vi"))[0]
    level = plan.result.overall_level
    assert f"Mức {level} · " in first
    assert f"{plan.result.overall.score:.1f}".replace(".", ",") in first
    assert squash(LEVEL_MEANINGS[level]["vi"]) in squash(first)
    assert not PdfReader(built("vi")).pages[0].images  # the radar is drawn, not pasted in as a picture
    for area in SAMPLE.instrument.areas:  # so its labels are text: searchable, and sharp in print
        assert squash(area.name["vi"]) in squash(first)


def test_strengths_and_gaps_are_topics_with_their_level_descriptor(built):
    ctx = context(SAMPLE, lang="vi", on=ON, history=(), benchmark=None, consultant=None)
    strongest, weakest = strengths_and_gaps(ctx)
    assert len(strongest) == 3 and len(weakest) == 3
    assert min(s.points / s.max_points for s in strongest) >= max(w.points / w.max_points for w in weakest)
    first = squash(pages(built("vi"))[0])
    for qs in strongest + weakest:
        assert squash(f"{topic(ctx, qs.question)} — mức {qs.level}/5") in first
        assert squash(qs.question.text["vi"]) not in first  # topics, not raw questions
        if qs.question.type == "ladder":
            assert squash(qs.question.levels[qs.level].text["vi"])[:40] in first


def test_the_five_first_steps_name_effort_cost_and_one_paying_support(built):
    ctx = context(SAMPLE, lang="vi", on=ON, history=(), benchmark=None, consultant=None)
    second = squash(pages(built("vi"))[1])
    steps = first_steps(ctx)
    assert len(steps) == 5
    supported = [step for step in steps if best_support(step) is not None]
    assert supported
    for step in steps:
        assert squash(step.text["vi"]) in second
    for step in supported:
        assert squash(best_support(step).policy.title["vi"])[:30] in second
    assert second.count(squash("Tự làm: không có hỗ trợ phù hợp")) == len(steps) - len(supported)
    assert second.count("Côngsức:") == 5 and second.count("Chiphí:") == 5
    assert squash("có thể nhận · tối đa 50.000.000 đ") in second


def test_the_total_support_shows_eligible_to_check_and_proposed_apart(built):
    ctx = context(SAMPLE, lang="vi", on=ON, history=(), benchmark=None, consultant=None)
    totals = support_totals(ctx)
    eligible = sum(m.estimated_max_vnd or 0 for m in ctx.plan.policies if m.policy.kind == "support"
                   and m.eligibility == "eligible" and m.policy.status != "proposed")
    assert totals["eligible"][1] == eligible > 0
    second = pages(built("vi"))[1]
    assert f"{eligible:,}".replace(",", ".") + " đ" in second
    assert "Có thể nhận (đang có hiệu lực)" in second
    assert "Cần kiểm tra thêm (đang có hiệu lực)" in second
    assert "Đề xuất của tỉnh, chưa ban hành" in second


def test_the_english_summary_speaks_english(built):
    texts = pages(built("en", lang="en"))
    assert "What to do this week" in texts[1] and "First five steps" in texts[1]
    assert "Strongest" in texts[0] and "Weakest" in texts[0]
    assert len(texts) <= 13


def test_an_agency_named_inside_an_english_sentence_is_not_capitalised(built):
    """The catalog writes "The tax office that manages the business" to stand alone (a table cell); in "Contact …"
    and "confirm with …" it reads "the tax office"."""
    text = " ".join(" ".join(page.split()) for page in pages(built("en", lang="en")))
    assert "Contact the Quảng Trị Department" in text
    assert not re.search(r"\b(Contact|with|ask) The\b", text)


def test_this_week_counts_the_policies_to_check_and_the_proposed_ones_as_the_table_does(built):
    """The table splits "to check (in force)" from "proposed, not issued"; the to-do line gave their sum as
    "policies to check", a number found nowhere in the table above it."""
    from cds_desktop.report.builder import context as report_context

    ctx = report_context(SAMPLE, lang="vi", on=ON, history=(), benchmark=None, consultant=None)
    totals = support_totals(ctx)
    check, proposed = totals["check"][0], totals["proposed"][0]
    assert check and proposed
    second = " ".join(pages(built("vi"))[1].split())
    assert f"xác nhận {check} chính sách cần kiểm tra, và {proposed} chính sách đề xuất" in second


def test_a_draft_summary_says_provisional_and_shows_no_level(built):
    a = SAMPLE.assessment
    draft = SAMPLE._replace(assessment=a._replace(status="draft", answers=dict(list(a.answers.items())[:22])))
    first = pages(built("draft", draft))[0]
    assert "Tạm tính" in first and "Điểm tạm tính" in first
    assert not re.search(r"Mức \d · ", first)


def test_an_area_with_no_answer_is_named_not_assessed_on_the_radar(built):
    """The radar draws it at the centre; its label says it is not assessed, as the method says, not a 0."""
    a = SAMPLE.assessment
    areas = {q.id: q.area for q in SAMPLE.instrument.questions}
    first_area = SAMPLE.instrument.areas[0].id
    draft = SAMPLE._replace(assessment=a._replace(status="draft", answers={
        qid: answer for qid, answer in a.answers.items() if areas[qid] != first_area}))
    first = squash(pages(built("area-not-assessed", draft))[0])
    assert squash(SAMPLE.instrument.areas[0].name["vi"] + " (chưa đánh giá)") in first
    assert first.count("chưađánhgiá") == 1


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_matrix_corner_keeps_each_arrow_with_its_word(built, lang):
    page = next(text for text in pages(built(lang, lang=lang)) if ("Ma trận ưu tiên" if lang == "vi"
                                                                    else "Priority matrix") in text)
    lines = [line.strip() for line in page.splitlines()]
    assert "→" not in lines and "↓" not in lines and "↓ /" not in lines


def test_the_priority_matrix_places_every_step_once(built):
    ctx = context(SAMPLE, lang="vi", on=ON, history=(), benchmark=None, consultant=None)
    cells = placement(ctx)
    numbers = sorted(n for cell in cells.values() for n, _ in cell)
    assert numbers == list(range(1, len(ctx.plan.roadmap.steps) + 1))
    quick = [n for n, _ in cells[("high", "low")]]
    assert all(ctx.plan.roadmap.steps[n - 1].effort == "low" for n in quick)
    text = "\n".join(pages(built("vi")))
    assert "Ma trận ưu tiên" in text and "Làm ngay" in text and "Dự án lớn" in text


def test_policy_boilerplate_is_printed_once(built):
    ctx = context(SAMPLE, lang="vi", on=ON, history=(), benchmark=None, consultant=None)
    listed = [m for m in ctx.plan.policies if m.eligibility != "not_eligible"]
    repeated = {}
    for m in listed:
        for r in {r.text["vi"] for r in m.reasons if r.result != "met"}:
            repeated[r] = repeated.get(r, 0) + 1
    repeated = [line for line, count in repeated.items() if count > 1]
    assert len(repeated) >= 3
    annexes = squash("".join(pages(built("vi"))[2:]))  # the summary may name the documents to prepare again
    for line in repeated:
        assert annexes.count(squash(line)) == 1, line
    assert annexes.count(squash("Giấy chứng nhận đăng ký doanh nghiệp và mã số thuế")) == 1


def test_since_last_time_lists_answers_that_rose_or_fell_and_the_steps_done(built):
    current, previous, fell = t1_with_t0()
    texts = pages(built("t1", current, history=[previous]))
    text = "\n".join(texts)
    ctx = context(current, lang="vi", on=ON, history=[previous], benchmark=None, consultant=None)
    rose, fell_list = answer_changes(ctx)
    assert [c.question_id for c in fell_list] == [fell]
    assert len(rose) > 10
    done, total = steps_done(ctx)
    assert 0 < len(done) < total
    assert "Thay đổi so với lần trước" in text
    assert f"Câu trả lời tăng mức ({len(rose)})" in text and "Câu trả lời giảm mức (1)" in text
    assert f"Các bước của lộ trình lần trước đã hoàn thành ({len(done)}/{total})" in text
    assert squash(topic(ctx, SAMPLE.instrument.question(fell))) in squash(text)
    assert squash(done[0].text["vi"]) in squash(text)
    assert re.search(r"Thay đổi so với lần trước\s*trang \d+", texts[1])


def test_the_signature_page_says_what_is_signed_with_a_stamp_box(built):
    plan = make_plan(SAMPLE.instrument, SAMPLE.business, SAMPLE.assessment, on=ON)
    last = pages(built("vi"))[-1]
    assert "Xác nhận" in last and "Đóng dấu (nếu có)" in last
    for shown in (SAMPLE.business.name, SAMPLE.business.tax_code, SAMPLE.assessment.id,
                  f"{SAMPLE.instrument.id} {SAMPLE.instrument.version}", SAMPLE.assessment.assessor.name,
                  ON.strftime("%d/%m/%Y"), f"{plan.result.overall.score:.1f}".replace(".", ",")):
        assert shown in last, shown
    assert "Mức · điểm chung" in last and f"{plan.result.overall_level} · " in last
    for f in plan.catalog.files:
        assert f"{f.id} {f.version}" in last
    edition = active_edition()  # named as the window and the policies annex name it, not by its files alone
    assert f"{edition.id} {edition.version}, thông tin tính đến {edition.as_of:%d/%m/%Y}" in last
    # never alone: the disclaimer before it is on the same page
    assert "Lưu ý" in last.split("Xác nhận")[0]


def test_a_report_dated_before_the_assessment_is_refused(tmp_path):
    out = tmp_path / "r.pdf"
    with pytest.raises(InputError) as refused:
        build_report(SAMPLE, out, on=date(2026, 10, 14))
    assert "15/10/2026" in refused.value.render("vi") and "sớm hơn ngày đánh giá" in refused.value.render("vi")
    assert not out.exists()
    build_report(SAMPLE, out, on=date(2026, 10, 15))  # the same day is fine
    assert out.exists()


def test_cli_report_dated_before_the_assessment_exits_2_with_a_message(tmp_path, capsys):
    from cds_desktop.cli import main

    (tmp_path / "s.json").write_text(SAMPLE.dumps(), encoding="utf-8")
    out = tmp_path / "r.pdf"
    assert main(["report", str(tmp_path / "s.json"), "-o", str(out), "--on", "2026-03-02"]) == 2
    err = capsys.readouterr().err
    assert "02/03/2026" in err and "15/10/2026" in err and "Traceback" not in err
    assert not out.exists()


def _store_with_peers(data_dir, peers: int):
    from cds_desktop.storage import Repository
    from cds_desktop.storage.exchange import add_sample

    with Repository(data_dir) as repo:
        own = add_sample(repo)
        for i in range(peers):
            peer = repo.add_business(SAMPLE.business._replace(id="", name=f"Cơ sở {i}", tax_code=""))
            repo.save_assessment(peer.id, SAMPLE.assessment._replace(id=f"peer-{i}"))
        return repo.assessment_file(own.id)


def test_cli_report_benchmark_adds_the_peer_comparison_when_the_store_has_enough(tmp_path, capsys):
    from cds_desktop.cli import main

    stored = _store_with_peers(tmp_path / "data", 5)
    (tmp_path / "s.json").write_text(stored.dumps(), encoding="utf-8")
    out = tmp_path / "r.pdf"
    assert main(["report", str(tmp_path / "s.json"), "-o", str(out), "--on", "2026-12-01", "--benchmark",
                 "--data-dir", str(tmp_path / "data")]) == 0
    assert squash("Bình quân (n=5)") in squash("".join(pages(out)))


def test_cli_report_benchmark_with_too_few_peers_says_so_and_builds_without(tmp_path, capsys):
    from cds_desktop.cli import main

    stored = _store_with_peers(tmp_path / "data", 2)
    (tmp_path / "s.json").write_text(stored.dumps(), encoding="utf-8")
    out = tmp_path / "r.pdf"
    assert main(["report", str(tmp_path / "s.json"), "-o", str(out), "--on", "2026-12-01", "--benchmark",
                 "--data-dir", str(tmp_path / "data")]) == 0
    assert "không có phần so sánh" in capsys.readouterr().err
    assert "Bình quân" not in "".join(pages(out))


def test_cli_report_benchmark_of_an_assessment_not_in_the_store_exits_2(tmp_path, capsys):
    from cds_desktop.cli import main

    (tmp_path / "s.json").write_text(SAMPLE.dumps(), encoding="utf-8")
    out = tmp_path / "r.pdf"
    assert main(["report", str(tmp_path / "s.json"), "-o", str(out), "--benchmark",
                 "--data-dir", str(tmp_path / "empty")]) == 2
    assert "cds-cli import" in capsys.readouterr().err and not out.exists()


def test_past_the_catalogs_review_date_the_summary_says_its_supports_may_have_changed(tmp_path):
    """The summary's second page adds up the supports "in force" and says whom to contact: a report dated after
    the catalog's review date says there, not only in the annex, that the catalog may be out of date."""
    from datetime import timedelta

    from cds_desktop.domain.edition import active_edition

    review_by = active_edition().review_by
    seen = {}
    for on in (review_by, review_by + timedelta(days=1)):
        build_report(SAMPLE, tmp_path / f"{on}.pdf", on=on)
        seen[on] = squash(pages(tmp_path / f"{on}.pdf")[1])
    assert squash("Có thể nhận (đang có hiệu lực)") in seen[review_by + timedelta(days=1)]
    assert squash("có thể đã cũ") in seen[review_by + timedelta(days=1)]
    assert squash("có thể đã cũ") not in seen[review_by]


def test_a_report_of_an_assessment_whose_stored_day_is_no_day_is_refused_with_where_to_set_it(tmp_path):
    """An earlier version stored '15/11/2026' as the day: the report says so instead of failing, and writes nothing."""
    out = tmp_path / "r.pdf"
    stored = SAMPLE._replace(assessment=SAMPLE.assessment._replace(assessed_on="15/11/2026"))
    with pytest.raises(InputError) as refused:
        build_report(stored, out, on=date(2026, 12, 1))
    assert "'15/11/2026' không phải một ngày có thật" in refused.value.render("vi")
    assert "set the date on the assessor card" in refused.value.render("en") and not out.exists()
