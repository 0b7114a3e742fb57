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
