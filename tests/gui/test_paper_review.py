"""Đọc phiếu giấy in the window: every unclear answer is shown with its boxes' pictures beside the choices;
what the person picks goes into a draft assessment of a new or a stored business."""

from datetime import date

import cv2
import numpy as np
import pytest
from PySide6.QtWidgets import QCheckBox, QDialog, QLabel, QRadioButton

from cds_desktop.domain.instrument import current_instrument
from cds_desktop.paper import read_forms
from cds_desktop.report import build_blank_form
from cds_desktop.storage import Repository
from paper_filling import mark, render

ON = date(2026, 3, 2)


@pytest.fixture(scope="module")
def photo(tmp_path_factory):
    """One page with a double mark on its first ladder question and one clear mark on the second."""
    folder = tmp_path_factory.mktemp("paper-gui")
    layout = build_blank_form(folder / "form.pdf", lang="vi", on=ON)
    ladders = {q.id for q in current_instrument().questions if q.type == "ladder"}
    page = next(p for p in layout.pages if len({b.question_id for b in p.boxes} & ladders) >= 2)
    first, second = [q for q in dict.fromkeys(b.question_id for b in page.boxes) if q in ladders][:2]
    boxes = {(b.question_id, b.value): b for b in page.boxes}
    image, rng = render(folder / "form.pdf", page.number, 200), np.random.default_rng(0)
    mark(image, boxes[(first, 1)].rect, 200, "tick", rng)
    mark(image, boxes[(first, 3)].rect, 200, "cross", rng)
    mark(image, boxes[(second, 4)].rect, 200, "fill", rng)
    path = folder / "photo.png"
    cv2.imwrite(str(path), image)
    return path, first, second


@pytest.fixture
def repo(tmp_path):
    with Repository(tmp_path / "data") as repo:
        yield repo


def test_an_unclear_answer_is_shown_with_its_boxes_and_the_choice_is_stored(qtbot, repo, photo):
    from cds_desktop.gui.paper_review import PaperReview

    path, first, second = photo
    reading = read_forms([str(path)])
    assert [r.question_id for r in reading.uncertain] == [first]
    review = PaperReview(reading, repo)
    qtbot.addWidget(review)
    frame = review.item_frames[0]
    pictures = [label for label in frame.findChildren(QLabel) if label.pixmap() is not None and not label.pixmap().isNull()]
    choices = [b for b in frame.findChildren(QRadioButton)]
    assert len(pictures) == 6 and len(choices) == 7  # six levels, each with its picture, and "leave it unanswered"
    assert frame.leave_button.isChecked()  # two marks: no guess
    choices[3].setChecked(True)
    review.name_edit.setText("Hộ kinh doanh Bánh ướt Ba Lòng")
    business, assessment = review.save(repo)
    stored = repo.get_assessment(assessment.id)
    assert stored.status == "draft" and stored.answers[first].level == 3 and stored.answers[second].level == 4
    assert repo.get_business(business.id).name == "Hộ kinh doanh Bánh ướt Ba Lòng"


def test_the_report_view_reads_paper_forms_into_a_draft(qtbot, repo, photo, messages, monkeypatch):
    from cds_desktop.gui import paper_review
    from cds_desktop.gui.report_view import ReportView

    path, first, _ = photo

    def accept(dialog):
        dialog.name_edit.setText("Cơ sở trên giấy")
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(paper_review.PaperReview, "exec", accept)
    view = ReportView()
    qtbot.addWidget(view)
    view.show_assessment(repo, None, None)
    assert view.paper_button.isEnabled() and view.paper_button.text()
    with qtbot.waitSignal(view.paperSaved, timeout=60_000) as saved:
        view.read_paper([str(path)])
    business, assessment = saved.args
    assert business.name == "Cơ sở trên giấy" and first not in assessment.answers
    assert repo.assessments_of(business.id)[0].id == assessment.id
    assert not messages


def test_a_checklist_offers_every_option_to_tick(qtbot, repo, tmp_path):
    from cds_desktop.gui.paper_review import PaperReview

    layout = build_blank_form(tmp_path / "form.pdf", lang="vi", on=ON)
    checklist = next(q for q in current_instrument().questions if q.type == "checklist")
    page = next(p for p in layout.pages if any(b.question_id == checklist.id for b in p.boxes))
    image = render(tmp_path / "form.pdf", page.number, 200)
    box = next(b for b in page.boxes if b.question_id == checklist.id and b.kind == "option")
    mark(image, box.rect, 200, "strike", np.random.default_rng(1))
    cv2.imwrite(str(tmp_path / "p.png"), image)
    reading = read_forms([str(tmp_path / "p.png")])
    review = PaperReview(reading, repo)
    qtbot.addWidget(review)
    frame = next(f for f, item in zip(review.item_frames, reading.uncertain) if item.question_id == checklist.id)
    boxes = frame.findChildren(QCheckBox)
    irrelevant = [o for o in checklist.options if o.not_relevant_allowed]
    assert len(boxes) == len(checklist.options) + checklist.na_allowed + len(irrelevant)
    ticks = {b.accessibleName(): b for b in boxes if b.text() == ""}
    ticks[checklist.options[1].text["vi"]].setChecked(True)
    assert review.chosen()[checklist.id] == {"selected": (checklist.options[1].id,), "not_relevant": ()}


@pytest.fixture(scope="module")
def three_printouts(tmp_path_factory):
    """Three printouts from one PDF, page 3 of each filled with other levels (the first with a double mark),
    and a page whose QR code was rubbed out: the pile a consultant brings back from three farms."""
    from cds_desktop.report import build_blank_forms
    from paper_filling import filled_pages

    folder = tmp_path_factory.mktemp("paper-batch")
    layouts = build_blank_forms(folder / "copies.pdf", copies=3, lang="vi", on=ON)
    ladders = [b for b in layouts[0].page(3).boxes if b.kind == "level"]
    first = ladders[0].question_id
    files = []
    for n, (layout, level) in enumerate(zip(layouts, (1, 3, 5))):
        truth = {b.question_id: level for b in ladders}
        image = filled_pages(layout, folder / "copies.pdf", truth, 200, np.random.default_rng(n), style="cross",
                             pages=[3], first_pdf_page=n * len(layout.pages) + 1)[3]
        if n == 0:
            box = next(b for b in layout.page(3).boxes if b.question_id == first and b.value == 4)
            mark(image, box.rect, 200, "tick", np.random.default_rng(9))
        files.append(folder / f"farm-{n}.png")
        cv2.imwrite(str(files[-1]), image)
    smudged = render(folder / "copies.pdf", 4, 200)
    smudged[: smudged.shape[0] // 6] = 255
    files.append(folder / "smudged.png")
    cv2.imwrite(str(files[-1]), smudged)
    return layouts, [str(f) for f in files], first, [b.question_id for b in ladders]


def test_a_batch_of_printouts_is_reviewed_draft_by_draft_and_saving_one_leaves_the_others(qtbot, repo, messages,
                                                                                         three_printouts):
    from cds_desktop.gui.paper_review import BatchReview
    from cds_desktop.paper import read_batch

    layouts, files, first, ladders = three_printouts
    batch = read_batch(reversed(files))
    assert len(batch.drafts) == 3 and [p.file for p in batch.problems] == [files[3]]
    review = BatchReview(batch, repo)
    qtbot.addWidget(review)
    assert review.drafts.count() == 3 and len(review.reviews) == 3
    assert files[3] in review.unattributed.text() and review.unattributed.text().count("\n") >= 1
    labels = [review.drafts.item(i).text() for i in range(3)]
    assert all(any(layout.printout_label in label for label in labels) for layout in layouts)
    level = {d.form.printout: next(r.value for r in d.questions.values() if r.status == "answered")
             for d in batch.drafts}
    doubled = next(i for i, d in enumerate(batch.drafts) if d.form.printout == layouts[0].printout)
    second = (doubled + 1) % 3
    review.show_draft(second)
    review.reviews[second].name_edit.setText("Trang trại B")
    assert review.save_current()
    assert len(list(repo.summaries())) == 1
    stored = repo.get_assessment(next(iter(repo.summaries())).id)
    assert {stored.answers[q].level for q in ladders} == {level[batch.drafts[second].form.printout]}
    assert review.saved[second] is not None and not review.reviews[second].isEnabled()
    assert all(review.reviews[i].isEnabled() and review.saved[i] is None for i in range(3) if i != second)
    assert review.current() == (second + 1) % 3  # on to the next draft not saved
    review.show_draft(doubled)
    assert [frame for frame in review.reviews[doubled].item_frames]  # its double mark to decide, its own
    assert not review.save_current()  # no name typed: nothing stored, the draft stays to save
    assert len(list(repo.summaries())) == 1 and [m[0] for m in messages] == ["warn"]
    review.reviews[doubled].name_edit.setText("Trang trại A")
    assert review.save_current()
    assert len(list(repo.summaries())) == 2 and len({s.id for s in repo.summaries()}) == 2
    saved_a = repo.get_assessment(review.saved[doubled][1].id)
    assert first not in saved_a.answers  # left unanswered: the person did not decide it
    assert {saved_a.answers[q].level for q in ladders if q != first} == {1}
    assert repo.get_assessment(stored.id).answers == stored.answers  # the first one saved is as it was


def test_the_report_view_reads_a_pile_of_printouts_into_one_draft_each(qtbot, repo, three_printouts, messages,
                                                                        monkeypatch):
    from cds_desktop.gui import paper_review
    from cds_desktop.gui.report_view import ReportView

    _, files, _, _ = three_printouts

    def save_all(dialog):
        for i in range(len(dialog.reviews)):
            dialog.show_draft(i)
            dialog.reviews[i].name_edit.setText(f"Trang trại {i + 1}")
            assert dialog.save_current()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(paper_review.BatchReview, "exec", save_all)
    view = ReportView()
    qtbot.addWidget(view)
    view.show_assessment(repo, None, None)
    with qtbot.waitSignal(view.paperSaved, timeout=60_000) as opened:
        view.read_paper(files)
    assert sorted(b.name for b in repo.businesses()) == ["Trang trại 1", "Trang trại 2", "Trang trại 3"]
    assert len(list(repo.summaries())) == 3
    business, assessment = opened.args  # the first of the list opens, not the last one saved
    assert business.name == "Trang trại 1" and repo.get_assessment(assessment.id).status == "draft"
    # and the window says how many were saved, for which businesses, and how to open the others
    [(kind, title, message, listed)] = messages
    assert (kind, title) == ("inform", "Đã lưu các bản nháp")
    assert "3 bản nháp" in message and "Trang trại 1" in message and "Tiếp tục bản nháp" in message
    assert listed.splitlines() == [f"• Trang trại {n} (T0)" for n in (1, 2, 3)]


def test_closing_a_batch_with_drafts_not_saved_asks_first_and_escape_keeps_every_draft(qtbot, repo, messages,
                                                                                      three_printouts):
    from PySide6.QtCore import Qt

    from cds_desktop.gui.paper_review import BatchReview
    from cds_desktop.paper import read_batch

    review = BatchReview(read_batch(three_printouts[1]), repo)
    qtbot.addWidget(review)
    review.show()
    inner = review.reviews[0]
    messages.answer = False  # "close without saving them?" no
    qtbot.keyClick(inner.name_edit, Qt.Key.Key_Escape)
    assert inner.isVisible() and review.isVisible()  # the draft did not close itself inside the batch
    assert [(m[0], m[1]) for m in messages] == [("confirm", "Còn bản nháp chưa lưu")]
    messages.answer = True
    review.close_button.click()
    assert not review.isVisible() and len(messages) == 2


@pytest.fixture(scope="module")
def photocopies(tmp_path_factory):
    """One printout photocopied for two farms, filled with other levels: each farm's pages 3 and 4 scanned as a
    PDF of its own, and each page also photographed on its own."""
    from PIL import Image

    from paper_filling import filled_pages

    folder = tmp_path_factory.mktemp("paper-photocopies")
    layout = build_blank_form(folder / "form.pdf", lang="vi", on=ON)
    ladders = list(dict.fromkeys(b.question_id for b in layout.page(3).boxes if b.kind == "level"))
    scanned, loose = [], []
    for n, (name, level) in enumerate((("farm-a", 1), ("farm-b", 4))):
        pages = filled_pages(layout, folder / "form.pdf", {q: level for q in ladders}, 200,
                             np.random.default_rng(n), style="cross", pages=[3, 4])
        pictures = [Image.fromarray(pages[number]) for number in (3, 4)]
        scanned.append(folder / f"{name}.pdf")
        pictures[0].save(scanned[-1], save_all=True, append_images=pictures[1:], resolution=200)
        for number, picture in zip((3, 4), pictures):
            loose.append(folder / f"{name}-{number}.png")
            picture.save(loose[-1])
    return [str(f) for f in scanned], [str(f) for f in loose], ladders


def test_photocopies_of_one_printout_are_reviewed_as_one_draft_per_scanned_file(qtbot, repo, photocopies):
    from cds_desktop.gui.paper_review import BatchReview, PaperReview
    from cds_desktop.paper import read_batch

    scanned, loose, ladders = photocopies
    batch = read_batch(scanned)
    assert len(batch.drafts) == 2 and batch.problems == []
    review = BatchReview(batch, repo)
    qtbot.addWidget(review)
    labels = [review.drafts.item(i).text() for i in range(2)]
    assert "farm-a.pdf" in labels[0] and "farm-b.pdf" in labels[1], labels
    assert "photo" in review.summary.text()  # "photocopied", "được photo": one draft per copy's file, said so
    levels = [{r.value for q, r in d.questions.items() if q in ladders} for d in batch.drafts]
    assert levels == [{1}, {4}]  # each farm's own answers, never one merged draft

    reading = read_forms([scanned[0], *loose[2:]])  # farm A scanned, farm B photographed page by page
    assert reading.copy == scanned[0] and {p.kind for p in reading.problems} == {"photocopy"}
    single = PaperReview(reading, repo)
    qtbot.addWidget(single)
    assert "--copies" in single.summary.text()  # what to do with farm B's pages
