"""One printout photocopied for several businesses: its copies carry the same printout id, yet their pages are
never read as one form. Each business's copy scanned as a file of its own is its own draft; copies whose pages
cannot be told apart are refused with what to do."""

import json
from datetime import date

import numpy as np
import pytest
from PIL import Image

from cds_desktop.cli import main
from cds_desktop.domain.assessment import load_assessment_file
from cds_desktop.domain.instrument import current_instrument
from cds_desktop.paper import read_batch, read_forms
from cds_desktop.report import build_blank_form
from paper_filling import answers_for, filled_pages, score

ON = date(2026, 3, 2)
PAGES = [1, 2, 3]  # the business header, the communes, the first questions


@pytest.fixture(scope="module")
def photocopies(tmp_path_factory):
    """One printout, photocopied on the farm road and filled for two businesses: each copy's pages as pictures."""
    folder = tmp_path_factory.mktemp("photocopies")
    pdf = folder / "form.pdf"
    layout = build_blank_form(pdf, lang="vi", on=ON)
    farms = [answers_for(layout, current_instrument(), np.random.default_rng(seed)) for seed in (41, 42)]
    pages = [filled_pages(layout, pdf, farm, 200, np.random.default_rng(50 + n), pages=PAGES)
             for n, farm in enumerate(farms)]
    return folder, layout, farms, pages


def _scanned(path, images: dict) -> str:
    """The pages as one PDF, as a scanner's feeder makes them."""
    first, *rest = [Image.fromarray(images[n]) for n in sorted(images)]
    first.save(path, save_all=True, append_images=rest, resolution=200)
    return str(path)


def _photos(folder, name: str, images: dict) -> list[str]:
    paths = []
    for number, image in images.items():
        paths.append(str(folder / f"{name}-{number}.png"))
        Image.fromarray(image).save(paths[-1])
    return paths


def _on_pages(layout, truth, pages):
    keep = {b.question_id.rsplit(".", 1)[0] if b.question_id.count(".") == 2 else b.question_id
            for p in layout.pages if p.number in pages for b in p.boxes}
    return {k: v for k, v in truth.items() if k.split("#")[0] in keep}


def test_photocopies_scanned_one_file_per_business_give_one_draft_each(tmp_path, photocopies, capsys):
    _, layout, farms, pages = photocopies
    files = [_scanned(tmp_path / f"{name}.pdf", copy) for name, copy in zip(("farm-a", "farm-b"), pages)]
    batch = read_batch(files)
    assert batch.problems == [] and len(batch.drafts) == 2, [p.render("en") for p in batch.problems]
    for draft, file, farm in zip(batch.drafts, files, farms):
        assert draft.copy == file and draft.files == [file] and sorted(draft.pages) == PAGES
        assert draft.problems == [], [p.render("en") for p in draft.problems]  # no "page 1 of the form again"
        counts = score(draft, _on_pages(layout, farm, PAGES))
        assert counts["wrong_confident"] == 0 and counts["right"] == counts["total"], counts  # its own answers
    assert len({d.draft(on=ON).assessment.id for d in batch.drafts}) == 2
    one = read_forms(files)  # as one form: the first copy, the other named as another business's photocopy
    assert one.copy == files[0] and {p.file for p in one.problems} == {files[1]}
    assert all("another photocopy" in p.render("en") and "farm-b.pdf" in p.render("en") for p in one.problems)

    out = tmp_path / "draft.json"
    capsys.readouterr()
    assert main(["read-form", *files, "-o", str(out), "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    written = [d["draft"] for d in report["drafts"]]
    assert written == [str(tmp_path / f"draft-{layout.printout_label}-{name}.json") for name in ("farm-a", "farm-b")]
    assert [d["copy"] for d in report["drafts"]] == files and report["failed"] == []
    employees = [load_assessment_file(path).business.employees for path in written]
    assert employees == [farm["profile.employees"] for farm in farms]
    assert main(["--lang", "en", "read-form", *files, "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert printed.count("Draft written") == 2 and "photocopy in file farm-b.pdf" in printed
    assert main(["read-form", *files, "-o", str(out)]) == 0
    assert "bản photo trong tệp farm-a.pdf" in capsys.readouterr().out


def test_photocopies_photographed_page_by_page_are_refused_never_merged(tmp_path, photocopies, capsys):
    _, layout, _, pages = photocopies
    files = [*_photos(tmp_path, "a", pages[0]), *_photos(tmp_path, "b", pages[1])]
    batch = read_batch(files)
    assert batch.drafts == [] and len(batch.printouts) == 0
    assert [p.kind for p in batch.problems] == ["photocopy"] * len(files)
    assert {p.file for p in batch.problems} == set(files)
    vi, en = batch.problems[0].render("vi"), batch.problems[0].render("en")
    assert layout.printout_label in vi and "photo cho nhiều cơ sở" in vi, vi
    assert "photocopied for several businesses" in en and "alone in its file" in en, en
    assert "--copies" in batch.advice("vi") and "Số bản in" in batch.advice("vi")
    assert "one printout per business" in batch.advice("en") and "a file of its own" in batch.advice("en")
    assert not read_forms(files).readable  # nor as one form

    capsys.readouterr()
    assert main(["--lang", "en", "read-form", *files, "-o", str(tmp_path / "draft.json")]) == 2
    said = capsys.readouterr().err
    assert "photocopied for several businesses" in said and "--copies" in said and "no draft written" in said
    assert not (tmp_path / "draft.json").exists()


def test_a_copy_scanned_as_one_file_reads_and_the_loose_photocopied_pages_are_refused(tmp_path, photocopies,
                                                                                     capsys):
    _, layout, farms, pages = photocopies
    scanned = _scanned(tmp_path / "farm-a.pdf", pages[0])
    loose = _photos(tmp_path, "b", pages[1])
    reading = read_forms([loose[0], scanned, *loose[1:]])
    assert reading.copy == scanned and sorted(reading.pages) == PAGES
    counts = score(reading, _on_pages(layout, farms[0], PAGES))
    assert counts["wrong_confident"] == 0 and counts["right"] == counts["total"], counts
    assert {p.file: p.kind for p in reading.problems} == {file: "photocopy" for file in loose}

    out = tmp_path / "draft.json"
    capsys.readouterr()
    assert main(["read-form", loose[0], scanned, *loose[1:], "-o", str(out)]) == 0
    said = capsys.readouterr()
    assert "bản photo trong tệp farm-a.pdf" in said.out and "Số bản in" in said.err
    assert load_assessment_file(str(out)).business.employees == farms[0]["profile.employees"]
