"""Reading filled forms back: exact at 300 dpi, through rotation, skew and phone-like damage; unclear
marks go to a person; pages of another form are refused and unreadable pages named."""

import json
import subprocess
import sys
from datetime import date

import cv2
import numpy as np
import pytest

from cds_desktop.cli import main
from cds_desktop.domain.assessment import load_assessment_file
from cds_desktop.domain.business import Business
from cds_desktop.domain.instrument import current_instrument
from cds_desktop.errors import Problem
from cds_desktop.paper import read_forms
from cds_desktop.report import build_blank_form
from paper_filling import answers_for, filled_pages, mark, photograph, render, score

ON = date(2026, 3, 2)
PAGES = [1, 2, 3, 4, 5]  # the business header, communes, ladders, checklists, a "not applicable"


@pytest.fixture(scope="module")
def form(tmp_path_factory):
    path = tmp_path_factory.mktemp("paper") / "form.pdf"
    return path, build_blank_form(path, lang="vi", on=ON)


@pytest.fixture(scope="module")
def truth(form):
    truth = answers_for(form[1], current_instrument(), np.random.default_rng(7))
    channels = current_instrument().question("biz_sales_channels")  # on page 2: one option "not relevant to us"
    allowed = [o.id for o in channels.options if o.not_relevant_allowed]
    truth["biz_sales_channels"] = tuple(o.id for o in channels.scored_options if o.id != allowed[0])[:2]
    truth["biz_sales_channels#not_relevant"] = (allowed[0],)
    return truth


def _save(folder, images: dict, suffix=".png", quality=95) -> list[str]:
    paths = []
    for number, image in images.items():
        path = folder / f"page-{number}{suffix}"
        cv2.imwrite(str(path), image, [cv2.IMWRITE_JPEG_QUALITY, quality] if suffix == ".jpg" else [])
        paths.append(str(path))
    return paths


def _on_pages(layout, truth, pages):
    keep = {b.question_id.rsplit(".", 1)[0] if b.question_id.count(".") == 2 else b.question_id
            for p in layout.pages if p.number in pages for b in p.boxes}
    return {k: v for k, v in truth.items() if k.split("#")[0] in keep}


def test_a_form_filled_by_a_program_reads_back_exactly_at_300_dpi(tmp_path, form, truth):
    path, layout = form
    images = filled_pages(layout, path, truth, 300, np.random.default_rng(1), pages=PAGES)
    reading = read_forms(_save(tmp_path, dict(reversed(images.items()))))  # any order
    expected = _on_pages(layout, truth, PAGES)
    answers = sum("#" not in key for key in expected)  # "q#not_relevant" is judged with its question q
    assert any(expected.get(f"{q}#not_relevant") for q in expected)  # some options were marked not relevant
    assert score(reading, expected) == {"right": answers, "wrong_confident": 0, "review": 0, "total": answers}
    assert sorted(reading.pages) == PAGES and reading.problems == []
    assert reading.missing_pages == [p.number for p in layout.pages if p.number not in PAGES]
    draft = reading.draft(on=ON)
    assert draft.assessment.status == "draft" and draft.business.entity_type == truth["profile.entity_type"]
    assert draft.business.annual_revenue_vnd == truth["profile.annual_revenue_vnd"]


@pytest.mark.parametrize("turns", [1, 2, 3])
def test_rotated_skewed_and_photo_like_pages_read_back(tmp_path, form, truth, turns):
    path, layout = form
    rng = np.random.default_rng(turns)
    pages = [1, 3]
    images = filled_pages(layout, path, truth, 200, rng, pages=pages)
    photos = {n: photograph(image, rng, angle=3.0 if turns != 2 else -3.0, warp=0.08, blur=1.0, noise=6, jpeg=50,
                            light=0.4, turns=turns) for n, image in images.items()}
    reading = read_forms(_save(tmp_path, photos, ".jpg"))
    expected = _on_pages(layout, truth, pages)
    counts = score(reading, expected)
    assert counts["wrong_confident"] == 0 and counts["right"] >= counts["total"] - 1, counts


@pytest.mark.parametrize("turns", [0, 2])
def test_a_photo_sent_through_a_chat_app_at_low_resolution_reads_back(tmp_path, form, truth, turns):
    # Chat apps send a page photo at about 1300 pixels tall: some 100 dpi, soft and JPEG-compressed. The
    # code is legible, but the decoder alone found its modules on about 1 page in 8.
    path, layout = form
    rng = np.random.default_rng(5)
    pages = list(range(1, 9))
    images = filled_pages(layout, path, truth, 100, rng, pages=pages)
    photos = {n: photograph(image, rng, angle=3.0 * (-1) ** n, warp=0.02, blur=1.0, noise=6, jpeg=60, light=0.4,
                            turns=turns) for n, image in images.items()}
    reading = read_forms(_save(tmp_path, photos, ".jpg"))
    assert sorted(reading.pages) == pages, [p.render("en") for p in reading.problems]
    counts = score(reading, _on_pages(layout, truth, pages))
    assert counts["wrong_confident"] == 0 and counts["right"] == counts["total"], counts


def _printed_for_a_stored_business(tmp_path):
    """A cooperative stored in tmp_path/data, and the form printed for it (its open assessment's)."""
    from cds_desktop.storage import Repository

    with Repository(tmp_path / "data") as repo:
        business = repo.add_business(Business(name="Hợp tác xã Cà phê Khe Sanh", entity_type="cooperative",
                                              sector="agriculture_forestry_fishery"))
        assessment_id = repo.paper_assessment_id(business.id)
    printed = tmp_path / "for.pdf"
    return business, printed, build_blank_form(printed, lang="vi", on=ON, business=business,
                                               assessment_id=assessment_id)


def test_a_form_printed_for_a_stored_business_reads_back_from_a_chat_app_photo(tmp_path, truth, capsys):
    # Its QR codes carried the business's and the assessment's whole ids (two UUIDs): a code of version 7 in
    # the same square, and not one of its pages read back from such a photo.
    business, printed, layout = _printed_for_a_stored_business(tmp_path)
    rng = np.random.default_rng(5)
    pages = list(range(1, 9))
    images = filled_pages(layout, printed, truth, 100, rng, pages=pages)
    photos = {n: photograph(image, rng, angle=3.0 * (-1) ** n, warp=0.02, blur=1.0, noise=6, jpeg=60, light=0.4)
              for n, image in images.items()}
    out = tmp_path / "draft.json"
    capsys.readouterr()
    assert main(["read-form", *_save(tmp_path, photos, ".jpg"), "-o", str(out), "--data-dir", str(tmp_path / "data"),
                 "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["pages"]["read"] == pages and report["business_id"] == business.id
    assert load_assessment_file(out).business.id == business.id


def test_a_crossed_out_or_double_mark_is_uncertain(tmp_path, form):
    path, layout = form
    rng = np.random.default_rng(3)
    def ladders_on(page):
        return [q for q in current_instrument().questions if q.type == "ladder"
                and any(b.question_id == q.id for b in page.boxes)]

    page = next(p for p in layout.pages if len(ladders_on(p)) >= 2)
    image, ladders = render(path, page.number, 300), ladders_on(page)
    struck_q, double_q = ladders[:2]
    boxes = {(b.question_id, b.value): b for b in page.boxes}
    mark(image, boxes[(struck_q.id, 1)].rect, 300, "strike", rng)
    mark(image, boxes[(struck_q.id, 2)].rect, 300, "tick", rng)
    mark(image, boxes[(double_q.id, 2)].rect, 300, "cross", rng)
    mark(image, boxes[(double_q.id, 4)].rect, 300, "fill", rng)
    reading = read_forms(_save(tmp_path, {page.number: image}))
    struck, double = (reading.questions[q.id] for q in (struck_q, double_q))
    assert (struck.status, struck.reason, struck.suggestion) == ("uncertain", "struck", 2)
    assert (double.status, double.reason) == ("uncertain", "several") and double.confidence <= 0.5
    assert {r.question_id for r in reading.uncertain} >= {struck_q.id, double_q.id}
    assert reading.crop(struck.choices[1]).shape[0] > 20  # the image a person judges from


@pytest.mark.parametrize("lang, word", [("vi", "Câu"), ("en", "Question")])
def test_the_cli_names_a_question_to_check_as_it_is_printed(tmp_path, form, capsys, lang, word):
    """The consultant looks for the question on paper: its printed number and topic, not the data's id."""
    from cds_desktop.report.form_layout import question_numbers

    path, layout = form
    instrument = current_instrument()
    ladders = {q.id: q for q in instrument.questions if q.type == "ladder"}
    page = next(p for p in layout.pages if any(b.question_id in ladders for b in p.boxes))
    q = next(ladders[b.question_id] for b in page.boxes if b.question_id in ladders)
    boxes = {(b.question_id, b.value): b for b in page.boxes}
    image, rng = render(path, page.number, 300), np.random.default_rng(5)
    mark(image, boxes[(q.id, 1)].rect, 300, "cross", rng)
    mark(image, boxes[(q.id, 3)].rect, 300, "fill", rng)
    code = main(["--lang", lang, "read-form", *_save(tmp_path, {page.number: image}), "-o", str(tmp_path / "d.json")])
    out = capsys.readouterr().out
    line = next(line for line in out.splitlines() if f"{word} {question_numbers(instrument)[q.id]} · " in line)
    assert code == 0 and q.topic[lang] in line and q.id not in out


def test_a_page_of_another_form_or_instrument_version_is_refused(tmp_path, form, truth):
    path, layout = form
    other_path = tmp_path / "other.pdf"
    build_blank_form(other_path, lang="vi", on=ON, instrument=current_instrument()._replace(version="0.9"))
    english = tmp_path / "en.pdf"
    build_blank_form(english, lang="en", on=ON)
    ours = _save(tmp_path, {n: render(path, n, 200) for n in (1, 2)})
    strangers = [tmp_path / "other-3.png", tmp_path / "english-4.png"]
    cv2.imwrite(str(strangers[0]), render(other_path, 3, 200))
    cv2.imwrite(str(strangers[1]), render(english, 4, 200))
    reading = read_forms([ours[0], *map(str, strangers), ours[1]])
    assert sorted(reading.pages) == [1, 2]
    messages = {p.file: p.render("vi") for p in reading.problems}
    assert "trang 1 không dùng" in messages[str(strangers[0])] and "cds-sme 0.9" in messages[str(strangers[0])]
    assert "thuộc phiếu khác" in messages[str(strangers[1])]
    alone = read_forms([str(strangers[0])])
    assert not alone.readable and "cds-sme 0.9" in alone.problems[0].render("vi")
    from cds_desktop.report import blank_form
    from cds_desktop.report.blocks import p

    moved = tmp_path / "moved.pdf"  # boxes where no release of this app put them: the layout hash refuses it
    with pytest.MonkeyPatch.context() as patch:
        instructions = blank_form._instructions
        patch.setattr(blank_form, "_instructions", lambda ctx: [*instructions(ctx), p("Một đoạn mới.")])
        blank_form.build(moved, lang="vi", on=ON)
    cv2.imwrite(str(tmp_path / "moved-3.png"), render(moved, 3, 200))
    refused = read_forms([str(tmp_path / "moved-3.png")])
    assert not refused.readable and "another version of CĐS Desktop" in refused.problems[0].render("en")


def test_a_page_photographed_again_with_another_answer_goes_to_a_person(tmp_path, form, truth):
    path, layout = form
    ladders = [b for b in layout.page(3).boxes if b.kind == "level"]
    changed, kept = ladders[0].question_id, ladders[-1].question_id  # the first and the last question of page 3
    first = dict(truth, **{changed: 1, kept: 2})
    again = dict(truth, **{changed: 4, kept: 2})  # corrected on paper, then photographed again
    images = [filled_pages(layout, path, t, 200, np.random.default_rng(3), pages=[3])[3] for t in (first, again)]
    files = [str(tmp_path / f"copy-{i}.png") for i in (1, 2)]
    for file, image in zip(files, images):
        cv2.imwrite(file, image)
    reading = read_forms(files)
    assert reading.questions[kept].status == "answered" and reading.questions[kept].value == 2
    disputed = reading.questions[changed]
    assert disputed.status == "uncertain" and disputed.suggestion is None, disputed  # never the first copy's 1
    message = next(p for p in reading.problems if p.kind == "duplicate").render("en")
    assert "page 3 of the form again" in message and changed in message and kept not in message
    assert changed in next(p for p in reading.problems if p.kind == "duplicate").render("vi")
    from cds_desktop.paper import read_batch

    batch = read_batch(files)  # one question differs: the same sheet again, never two businesses' photocopies
    assert len(batch.drafts) == 1 and not batch.drafts[0].copy and batch.problems == []
    assert batch.drafts[0].questions[changed].status == "uncertain"


def test_an_unreadable_page_is_named_and_nothing_is_written(tmp_path):
    blank = tmp_path / "white.png"
    cv2.imwrite(str(blank), np.full((1200, 900), 250, np.uint8))
    out = tmp_path / "draft.json"
    assert main(["read-form", str(blank), "-o", str(out)]) == 2
    assert not out.exists()
    reading = read_forms([str(blank)])
    assert reading.problems[0].render("vi") == (f"{blank}: trang 1 không đọc được: không thấy mã QR (ảnh mờ, tối, "
                                                 "bị cắt, hay không phải phiếu CĐS Desktop?)")
    assert main(["read-form", str(tmp_path / "missing.jpg"), "-o", str(out)]) == 2


def test_a_damaged_picture_is_named_as_a_file_without_a_page_number_or_opencv_noise(tmp_path):
    blank, damaged = tmp_path / "white.png", tmp_path / "cut.png"
    cv2.imwrite(str(blank), np.full((1200, 900), 250, np.uint8))
    damaged.write_bytes(blank.read_bytes()[:3000])  # a photo cut short on its way from a phone
    messages = [p.render("en") for p in read_forms([str(blank), str(damaged)]).problems]
    assert f"{damaged}: cannot be read: cannot decode the image (is the file damaged?)" in messages
    assert f"{blank}: page 1 cannot be read" in " ".join(messages)
    run = subprocess.run([sys.executable, "-m", "cds_desktop.cli", "read-form", str(damaged), str(blank), "-o",
                          str(tmp_path / "d.json"), "--lang", "en"], capture_output=True, text=True)
    assert run.returncode == 2 and "cannot decode the image" in run.stderr + run.stdout
    assert "WARN" not in run.stderr and "grfmt" not in run.stderr, run.stderr  # OpenCV's own log line


def test_cli_read_form_writes_a_draft_the_loader_accepts(tmp_path, form, truth, capsys):
    path, layout = form
    business = Business(name="Cà phê Khe Sanh", entity_type="enterprise", sector="trade_services", id="b-42")
    printed = tmp_path / "for.pdf"
    printout = build_blank_form(printed, lang="vi", on=ON, business=business, assessment_id="a-42").printout_label
    images = filled_pages(layout, printed, truth, 200, np.random.default_rng(5), pages=[3])
    files = _save(tmp_path, images)
    out = tmp_path / "draft.json"
    capsys.readouterr()
    assert main(["read-form", *files, "-o", str(out), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    draft = load_assessment_file(out)
    assert draft.assessment.status == "draft" and draft.assessment.id not in ("a-42", "")
    assert main(["read-form", *files, "-o", str(tmp_path / "again.json")]) == 0  # the same printout read again:
    assert load_assessment_file(tmp_path / "again.json").assessment.id == draft.assessment.id  # the same draft
    assert report["pages"]["read"] == [3] and 1 in report["pages"]["missing"] and report["printout"] == printout
    answered = [a for a in report["answers"] if a["status"] == "answered"]
    assert answered and all(0 <= a["confidence"] <= 1 for a in answered)
    assert {a["question_id"] for a in answered} <= set(draft.assessment.answers)


def test_pages_of_two_printouts_are_never_merged_into_one_draft(tmp_path, truth):
    """Two farms, no stored business: the same blank form printed twice, filled, read back in one batch."""
    first_pdf, second_pdf = tmp_path / "farm-a.pdf", tmp_path / "farm-b.pdf"
    first = build_blank_form(first_pdf, lang="vi", on=ON)
    second = build_blank_form(second_pdf, lang="vi", on=ON)
    other = dict(truth, **{q.id: 5 for q in current_instrument().questions if q.type == "ladder"})
    farm_a = filled_pages(first, first_pdf, truth, 200, np.random.default_rng(11), pages=[1, 2, 3])
    farm_b = filled_pages(second, second_pdf, other, 200, np.random.default_rng(12), pages=[3, 4])
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    files, strangers = _save(tmp_path / "a", farm_a), _save(tmp_path / "b", farm_b)
    reading = read_forms([files[0], strangers[0], files[1], strangers[1], files[2]])
    assert sorted(reading.pages) == [1, 2, 3] and reading.form.printout == first.printout
    assert not [p for p in reading.problems if p.kind == "duplicate"]  # farm B's page 3 is not "page 3 again"
    counts = score(reading, _on_pages(first, truth, [1, 2, 3]))
    assert counts["wrong_confident"] == 0 and counts["right"] == counts["total"], counts  # farm A's answers only
    page_4 = {b.question_id for b in first.page(4).boxes} - {b.question_id for b in first.page(3).boxes}
    assert not page_4 & set(reading.questions), "farm B's page 4 was merged into farm A's draft"
    refused = {p.file: p for p in reading.problems}
    for stranger in strangers:
        problem = refused[stranger]
        assert problem.kind == "refused"
        vi, en = problem.render("vi"), problem.render("en")
        assert second.printout_label in vi and first.printout_label in vi and "đọc riêng" in vi, vi
        assert second.printout_label in en and "another printout" in en and "on their own" in en, en
    assert "is page 4 of another printout" in refused[strangers[1]].render("en")  # the form's page, not the file's


def _previous_release_codes(patch):
    """The QR codes the previous release printed: nine fields (CDS1), the whole ids, no printout id."""
    from cds_desktop.report.form_layout import LEGACY_PREFIX, FormLayout, QrData

    def qr(layout, page, form_id=None):
        return QrData(form_id or layout.form_id, layout.instrument_id, layout.instrument_version, layout.lang, page,
                      len(layout.pages), layout.business_id, layout.assessment_id, "", LEGACY_PREFIX)

    patch.setattr(FormLayout, "qr", qr)


def test_a_form_printed_by_the_previous_release_still_reads(tmp_path, truth, monkeypatch):
    """The previous release printed one notes line a question and no printout field in the QR code: its
    pages read (and group) as before, with its own layout."""
    from cds_desktop.report import blank_form
    from cds_desktop.report.form_layout import LEGACY_PREFIX, QrData

    old = "CDS1|cds-sme-1.2-vi-f3fa5c8fe6|cds-sme|1.2|vi|3|22|b-42|a-42"
    assert QrData.parse(old) == QrData("cds-sme-1.2-vi-f3fa5c8fe6", "cds-sme", "1.2", "vi", 3, 22, "b-42", "a-42",
                                       "", LEGACY_PREFIX)
    assert QrData.parse(old).payload() == old
    _previous_release_codes(monkeypatch)
    business = Business(name="Cà phê Khe Sanh", entity_type="enterprise", sector="trade_services", id="b-42")
    printed = tmp_path / "old.pdf"
    layout = blank_form.build(printed, lang="vi", on=ON, business=business, assessment_id="a-42", edition=1)
    assert layout.form_id != build_blank_form(None, lang="vi", on=ON).form_id  # its boxes are elsewhere
    if current_instrument().version == "1.2":  # the id the previous release printed on these forms
        assert layout.form_id == "cds-sme-1.2-vi-f3fa5c8fe6"
    images = filled_pages(layout, printed, truth, 200, np.random.default_rng(6), pages=[3, 4])
    reading = read_forms(_save(tmp_path, images))
    assert sorted(reading.pages) == [3, 4] and not reading.problems, [p.render("en") for p in reading.problems]
    assert (reading.form.printout, reading.form.business_id, reading.layout.form_id) == ("", "b-42", layout.form_id)
    counts = score(reading, _on_pages(layout, truth, [3, 4]))
    assert counts["wrong_confident"] == 0 and counts["right"] == counts["total"], counts


def test_two_copies_printed_in_one_file_read_back_as_two_drafts_never_one(tmp_path, truth):
    """A consultant prints two copies at once (one PDF) for two farms; their filled pages come back in one batch."""
    from cds_desktop.report import build_blank_forms

    pdf = tmp_path / "copies.pdf"
    farm_a, farm_b = build_blank_forms(pdf, copies=2, lang="vi", on=ON)
    other = dict(truth, **{q.id: 5 for q in current_instrument().questions if q.type == "ladder"})
    a_pages = filled_pages(farm_a, pdf, truth, 200, np.random.default_rng(21), pages=[2, 3])
    b_pages = filled_pages(farm_b, pdf, other, 200, np.random.default_rng(22), pages=[3, 4],
                           first_pdf_page=len(farm_a.pages) + 1)
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    a_files, b_files = _save(tmp_path / "a", a_pages), _save(tmp_path / "b", b_pages)
    batch = read_forms([b_files[0], a_files[0], b_files[1], a_files[1]])  # farm B's page first
    assert batch.form.printout == farm_b.printout and sorted(batch.pages) == [3, 4]
    assert {p.file for p in batch.problems if p.kind == "refused"} == set(a_files)
    assert not [p for p in batch.problems if p.kind == "duplicate"]
    counts = score(batch, _on_pages(farm_b, other, [3, 4]))
    assert counts["wrong_confident"] == 0 and counts["right"] == counts["total"], counts  # farm B's answers only
    alone = read_forms(a_files)  # the pages named "read on their own": farm A's own draft
    assert alone.form.printout == farm_a.printout and sorted(alone.pages) == [2, 3] and not alone.problems
    counts = score(alone, _on_pages(farm_a, truth, [2, 3]))
    assert counts["wrong_confident"] == 0 and counts["right"] == counts["total"], counts
    assert alone.draft().assessment.id != batch.draft().assessment.id


# -- a batch: the pages of several printouts scanned in one go -------------------------------------------------


@pytest.fixture(scope="module")
def three_farms(tmp_path_factory, truth):
    """Three printouts in one PDF (a round of three farms), each filled with other answers, two pages each."""
    from cds_desktop.report import build_blank_forms

    folder = tmp_path_factory.mktemp("batch")
    pdf = folder / "copies.pdf"
    layouts = build_blank_forms(pdf, copies=3, lang="vi", on=ON)
    ladders = [q.id for q in current_instrument().questions if q.type == "ladder"]
    answers = [dict(truth, **{q: level for q in ladders}) for level in (1, 3, 5)]
    files: dict[str, list[str]] = {}
    for n, (layout, farm) in enumerate(zip(layouts, answers)):
        pages = filled_pages(layout, pdf, farm, 200, np.random.default_rng(30 + n), pages=[3, 4],
                             first_pdf_page=n * len(layout.pages) + 1)
        (folder / f"farm-{n}").mkdir()
        files[layout.printout] = _save(folder / f"farm-{n}", pages)
    return layouts, answers, files


def _shuffled(files: dict[str, list[str]], seed: int = 4) -> list[str]:
    every = [f for group in files.values() for f in group]
    return [every[i] for i in np.random.default_rng(seed).permutation(len(every))]


def test_a_batch_of_three_printouts_shuffled_gives_three_drafts_with_their_own_answers(three_farms):
    from cds_desktop.paper import read_batch

    layouts, answers, files = three_farms
    batch = read_batch(_shuffled(files))
    assert batch.problems == [] and len(batch.drafts) == 3
    layouts, answers = zip(*sorted(zip(layouts, answers), key=lambda pair: pair[0].printout))
    assert [d.form.printout for d in batch.drafts] == [layout.printout for layout in layouts]  # as the footers say
    for draft, layout, farm in zip(batch.drafts, layouts, answers):
        assert sorted(draft.pages) == [3, 4] and draft.problems == [], [p.render("en") for p in draft.problems]
        assert sorted(draft.files) == sorted(files[layout.printout])  # its own pages, nothing else
        counts = score(draft, _on_pages(layout, farm, [3, 4]))
        assert counts["wrong_confident"] == 0 and counts["right"] == counts["total"], counts
    ids = {d.draft(on=ON).assessment.id for d in batch.drafts}
    assert len(ids) == 3  # three assessments, never one merged


def test_a_batch_page_whose_qr_code_cannot_be_read_is_listed_with_what_to_do(tmp_path, three_farms):
    from cds_desktop.paper import read_batch

    layouts, _, files = three_farms
    smudged = cv2.imread(files[layouts[1].printout][0], cv2.IMREAD_GRAYSCALE)
    smudged[: smudged.shape[0] // 6, :] = 255  # the QR code and the top corner marks rubbed out
    path = tmp_path / "smudged.png"
    cv2.imwrite(str(path), smudged)
    batch = read_batch([*files[layouts[0].printout], str(path), files[layouts[1].printout][1]])
    assert {d.form.printout for d in batch.drafts} == {layouts[0].printout, layouts[1].printout}
    assert [(p.file, p.kind) for p in batch.problems] == [(str(path), "unreadable")]
    vi, en = batch.advice("vi"), batch.advice("en")
    assert "chụp lại" in vi and "Bản in" in vi and "photograph" in en and "printout" in en


def test_a_failure_on_one_printout_keeps_the_drafts_of_the_others(tmp_path, monkeypatch, three_farms, capsys,
                                                                   caplog):
    from cds_desktop.paper import reading as paper_reading
    from cds_desktop.paper import read_batch

    layouts, answers, files = three_farms
    caplog.set_level(10, logger="cds_desktop")  # what the window's log file would get
    real = paper_reading._read_pages

    def broken(result, hits, lookup):
        if hits[0].qr.printout == layouts[1].printout:
            raise ValueError("a damaged picture")
        return real(result, hits, lookup)

    monkeypatch.setattr(paper_reading, "_read_pages", broken)
    batch = read_batch(_shuffled(files))
    assert {d.form.printout for d in batch.drafts} == {layouts[0].printout, layouts[2].printout}
    failed = [r for r in batch.printouts if not r.readable]
    assert [r.form.printout for r in failed] == [layouts[1].printout]
    message = failed[0].problems[0].render("en")
    assert layouts[1].printout_label in message and "damaged picture" in message
    capsys.readouterr()
    out = tmp_path / "draft.json"
    assert main(["--lang", "en", "read-form", *_shuffled(files), "-o", str(out), "--json"]) == 0
    captured = capsys.readouterr()
    report = json.loads(captured.out)
    assert len(report["drafts"]) == 2 and [f["printout"] for f in report["failed"]] == [layouts[1].printout_label]
    assert "Traceback" not in captured.err and "damaged picture" in report["failed"][0]["problems"][0]["message"]
    # the traceback goes to the window's log file (INFO), never to the command line's screen (a WARNING or
    # worse would reach it through Python's last-resort handler)
    assert caplog.records and all(r.levelno < 30 and r.exc_info for r in caplog.records if "printout" in r.msg)


def test_pages_of_the_previous_release_read_in_a_batch_beside_new_printouts(tmp_path, truth, monkeypatch,
                                                                            three_farms):
    from cds_desktop.paper import read_batch
    from cds_desktop.report import blank_form

    layouts, _, files = three_farms
    with pytest.MonkeyPatch.context() as patch:
        _previous_release_codes(patch)
        business = Business(name="Cà phê Khe Sanh", entity_type="enterprise", sector="trade_services", id="b-42")
        old_layout = blank_form.build(tmp_path / "old.pdf", lang="vi", on=ON, business=business,
                                      assessment_id="a-42", edition=1)
    old = _save(tmp_path, filled_pages(old_layout, tmp_path / "old.pdf", truth, 200, np.random.default_rng(6),
                                       pages=[3]))
    batch = read_batch([*files[layouts[0].printout], *old])
    assert len(batch.drafts) == 2 and batch.problems == []
    earlier = next(d for d in batch.drafts if d.form.printout == "")
    assert earlier.form.business_id == "b-42" and sorted(earlier.pages) == [3]
    counts = score(earlier, _on_pages(old_layout, truth, [3]))
    assert counts["wrong_confident"] == 0 and counts["right"] == counts["total"], counts


def test_a_pile_lets_each_picture_go_once_its_page_is_read(three_farms, monkeypatch):
    """A round of farm visits is a hundred photos or more, 12 MB each in grey: none may wait in memory for
    the rest of the pile to be read."""
    import gc
    import weakref

    from cds_desktop.paper import read_batch
    from cds_desktop.paper import reading as paper_reading

    _, _, files = three_farms
    pictures: list[weakref.ref] = []
    real_scans, real_read = paper_reading.scans, paper_reading._read_pages

    def recorded(path):
        for item in real_scans(path):
            if not isinstance(item, Problem):
                pictures.append(weakref.ref(item.gray))
            yield item

    alive_when_read: list[int] = []

    def read_pages(result, hits, lookup):
        gc.collect()
        alive_when_read.append(sum(ref() is not None for ref in pictures))
        return real_read(result, hits, lookup)

    monkeypatch.setattr(paper_reading, "scans", recorded)
    monkeypatch.setattr(paper_reading, "_read_pages", read_pages)
    batch = read_batch(_shuffled(files))
    assert len(batch.drafts) == 3 and len(pictures) == 6
    assert alive_when_read == [0, 0, 0]


def _arrays(value, seen: set[int]):
    """Every numpy array reachable from `value` through dataclasses, dicts, lists and tuples."""
    from dataclasses import fields, is_dataclass

    if id(value) in seen:
        return
    seen.add(id(value))
    if isinstance(value, np.ndarray):
        yield value
    elif is_dataclass(value) and not isinstance(value, type):
        for f in fields(value):
            yield from _arrays(getattr(value, f.name), seen)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _arrays(item, seen)
    elif isinstance(value, (list, tuple)):
        for item in value:
            yield from _arrays(item, seen)


def test_a_pile_read_keeps_only_the_pictures_the_review_shows(three_farms):
    """Each box's picture (and each number's digit columns), never the straightened pages (4 MB each)."""
    from cds_desktop.paper import read_batch
    from cds_desktop.paper.locate import PX_PER_POINT

    layouts, _, files = three_farms
    batch = read_batch(_shuffled(files))
    width, height = layouts[0].page_size
    page_bytes = round(width * PX_PER_POINT) * round(height * PX_PER_POINT)
    for draft in batch.drafts:
        kept = sum(a.nbytes for a in _arrays(draft, set()))
        assert 0 < kept < len(draft.pages) * page_bytes / 10, (kept, len(draft.pages))
        for reading in [*draft.profile.values(), *draft.questions.values()]:
            for choice in reading.choices:  # the review can still show every box
                x0, y0, x1, y1 = choice.box.crop
                assert draft.crop(choice).shape == (y1 - y0, x1 - x0)


def test_cli_read_form_on_a_batch_writes_one_draft_per_printout(tmp_path, three_farms, capsys):
    layouts, answers, files = three_farms
    out = tmp_path / "drafts" / "draft.json"
    out.parent.mkdir()
    capsys.readouterr()
    assert main(["read-form", *_shuffled(files), "-o", str(out), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    layouts, answers = zip(*sorted(zip(layouts, answers), key=lambda pair: pair[0].printout))
    assert [d["printout"] for d in report["drafts"]] == [layout.printout_label for layout in layouts]
    assert report["problems"] == []
    for entry, layout, farm in zip(report["drafts"], layouts, answers):
        assert entry["draft"] == str(tmp_path / "drafts" / f"draft-{layout.printout_label}.json")
        stored = load_assessment_file(entry["draft"])
        ladder = next(q.id for q in current_instrument().questions if q.type == "ladder"
                      and any(b.question_id == q.id for b in layout.page(3).boxes))
        assert stored.assessment.answers[ladder].level == farm[ladder]
    assert not out.exists()
    assert main(["--lang", "en", "read-form", *_shuffled(files), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert printed.count("Draft written") == 3 and all(layout.printout_label in printed for layout in layouts)


def test_cli_names_the_draft_of_a_form_printed_for_a_stored_business_by_that_business(tmp_path, three_farms,
                                                                                        truth, capsys):
    layouts, _, files = three_farms
    business, printed, layout = _printed_for_a_stored_business(tmp_path)
    (tmp_path / "stored").mkdir()
    ours = _save(tmp_path / "stored", filled_pages(layout, printed, truth, 200, np.random.default_rng(8), pages=[3]))
    out = tmp_path / "draft.json"
    capsys.readouterr()
    assert main(["read-form", *ours, *files[layouts[0].printout], "-o", str(out), "--data-dir",
                 str(tmp_path / "data"), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    named = {d["printout"]: d for d in report["drafts"]}
    mine = named[layout.printout_label]
    assert mine["draft"] == str(tmp_path / f"draft-{layout.printout_label}-hop-tac-xa-ca-phe-khe-sanh.json")
    assert mine["business"] == "Hợp tác xã Cà phê Khe Sanh" and mine["business_id"] == business.id
    assert named[layouts[0].printout_label]["business"] is None
    assert load_assessment_file(mine["draft"]).business.id == business.id
