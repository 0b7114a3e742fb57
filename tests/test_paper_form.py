"""The printed form is made to be read back: boxes where the layout says, a QR code on every page naming
the form, the page, the printout and the business, corner marks, and the layout published as JSON."""

import json
from datetime import date

import cv2
import numpy as np
import pytest

from cds_desktop.cli import main
from cds_desktop.domain.business import Business, commune_names
from cds_desktop.domain.instrument import current_instrument
from cds_desktop.domain.vocabulary import entity_types, sectors
from cds_desktop.report import build_blank_form
from cds_desktop.report.form_layout import QR_CAPACITY, QrData, link_key, links_to
from paper_filling import render

ON = date(2026, 3, 2)
DPI = 100


@pytest.fixture(scope="module")
def form(tmp_path_factory):
    path = tmp_path_factory.mktemp("form") / "form.pdf"
    return path, build_blank_form(path, lang="vi", on=ON)


def test_boxes_are_drawn_where_the_layout_says(form):
    path, layout = form
    scale = DPI / 72
    for page in layout.pages:
        image = render(path, page.number, DPI)
        height = image.shape[0]
        for box in page.boxes:
            x0, y0, x1, y1 = box.rect
            u0, v0, u1, v1 = (round(x0 * scale), round(height - y1 * scale), round(x1 * scale), round(height - y0 * scale))
            edges = [image[v0 + 3:v1 - 2, u0 - 1:u0 + 2].min(axis=1), image[v0 + 3:v1 - 2, u1 - 1:u1 + 2].min(axis=1),
                     image[v0 - 1:v0 + 2, u0 + 3:u1 - 2].min(axis=0), image[v1 - 1:v1 + 2, u0 + 3:u1 - 2].min(axis=0)]
            border = np.array([edge.mean() for edge in edges])
            inside = image[v0 + 3:v1 - 2, u0 + 3:u1 - 2]
            assert border.max() < 150 and inside.mean() > 245, (page.number, box)


def test_every_page_has_corner_marks_and_a_qr_code_naming_form_and_page(form):
    from cds_desktop.paper.locate import find_page

    path, layout = form
    for page in layout.pages:
        image = render(path, page.number, 150)
        found = find_page(image, layout.page_size, page.marks, page.qr_rect)  # marks first, then the code
        assert found is not None, page.number
        assert QrData.parse(found[0]) == QrData(layout.form_id, "cds-sme", current_instrument().version, "vi",
                                                page.number, 0, printout=layout.printout)
        scale = 150 / 72
        for x0, y0, x1, y1 in page.marks:
            patch = image[round(image.shape[0] - y1 * scale) + 2:round(image.shape[0] - y0 * scale) - 2,
                          round(x0 * scale) + 2:round(x1 * scale) - 2]
            assert patch.mean() < 30


def test_the_header_collects_what_scoring_and_matching_need(form):
    _, layout = form
    profile = {(b.question_id, b.value) for b in layout.pages[0].boxes + layout.pages[1].boxes if b.kind == "profile"}
    assert {("profile.entity_type", e) for e in tuple(entity_types())} <= profile
    assert {("profile.sector", s) for s in tuple(sectors())} <= profile
    assert {("profile.produces_goods", True), ("profile.produces_goods", False)} <= profile
    assert {("profile.commune", c) for c in commune_names()} <= profile
    for field, places in (("employees", 4), ("annual_revenue_vnd", 6), ("total_capital_vnd", 6)):
        for place in range(places):
            assert {(f"profile.{field}.{place}", d) for d in range(10)} <= profile


def test_a_form_for_a_known_business_names_it_in_every_qr_code_with_the_same_boxes(tmp_path, form):
    _, blank = form
    business = Business(name="Cà phê Khe Sanh", entity_type="enterprise", sector="trade_services", id="b-123")
    layout = build_blank_form(tmp_path / "for.pdf", lang="vi", on=ON, business=business, assessment_id="a-9")
    assert layout.form_id == blank.form_id
    payload, _, _ = cv2.QRCodeDetector().detectAndDecode(render(tmp_path / "for.pdf", 3, 150)[:300, 800:])
    qr = QrData.parse(payload)
    assert (qr.business_id, qr.assessment_id, qr.page) == (link_key("b-123"), link_key("a-9"), 3)
    assert links_to("b-123", qr.business_id) and not links_to("b-124", qr.business_id)


def test_a_form_for_a_stored_business_keeps_its_code_as_small_as_a_blank_one(tmp_path):
    # The whole ids (two UUIDs) made the code of such a form denser (version 7): not one page of it read back
    # from a photo sent through a chat app. Keys keep it within version 4, like the blank form's.
    from reportlab.graphics.barcode import qrencoder

    business = Business(name="Cà phê Khe Sanh", entity_type="enterprise", sector="trade_services",
                        id="0f8fad5b-d9cb-469f-a165-70867728950e")
    layout = build_blank_form(None, lang="vi", on=ON, business=business,
                              assessment_id="7c9e6679-7425-40de-944b-e07fc1f90ae7")
    for number in (1, len(layout.pages)):
        payload = layout.qr(number).payload()
        code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
        code.addData(payload)
        assert len(payload.encode()) <= QR_CAPACITY and code.calculate_version() == 4, payload


def test_another_instrument_version_is_another_form(form):
    other = build_blank_form(None, lang="vi", on=ON, instrument=current_instrument()._replace(version="9.1"))
    assert other.form_id != form[1].form_id and other.form_id.startswith("cds-sme-9.1-vi-")


def test_cli_blank_form_publishes_the_layout(tmp_path, form, capsys):
    _, layout = form
    out, spec = tmp_path / "f.pdf", tmp_path / "layout.json"
    capsys.readouterr()
    assert main(["blank-form", "-o", str(out), "--layout", str(spec)]) == 0
    data = json.loads(spec.read_text(encoding="utf-8"))
    assert f"bản in {data['printout'][:4]}-{data['printout'][4:]})" in capsys.readouterr().out
    assert data["form_id"] == layout.form_id and data["instrument"] == {"id": "cds-sme",
                                                                            "version": current_instrument().version}
    assert data["page_size"] == [595.28, 841.89]
    first = data["pages"][0]
    qr = QrData.parse(first["qr"]["payload"])
    assert qr.page == 1 and len(first["marks"]) == 4
    assert qr.printout == data["printout"] and len(data["printout"]) == 8 and data["printout"] != layout.printout
    box = first["boxes"][0]
    assert set(box) == {"question_id", "kind", "value", "rect"} and box["kind"] in ("level", "option", "na", "profile")
    x0, y0, x1, y1 = box["rect"]
    assert 0 < x0 < x1 < 595.28 and 0 < y0 < y1 < 841.89


def test_cli_blank_form_for_an_unknown_business_is_refused(tmp_path):
    assert main(["--data-dir", str(tmp_path), "blank-form", "-o", str(tmp_path / "f.pdf"), "--business", "nope"]) == 2
    assert not (tmp_path / "f.pdf").exists()


def test_cli_copies_for_one_stored_business_are_refused(tmp_path, capsys):
    """Copies are for several businesses: copies printed for one would all carry its one draft's id."""
    from cds_desktop.storage import Repository
    from cds_desktop.storage.exchange import add_sample

    with Repository(tmp_path / "data") as repo:
        business_id = add_sample(repo).business_id
    out = tmp_path / "f.pdf"
    for lang, words in (("vi", "một bản in"), ("en", "one printout")):
        capsys.readouterr()
        assert main(["--lang", lang, "--data-dir", str(tmp_path / "data"), "blank-form", "-o", str(out),
                     "--business", business_id, "--copies", "2"]) == 2
        assert words in capsys.readouterr().err
    assert not out.exists()
    assert main(["--data-dir", str(tmp_path / "data"), "blank-form", "-o", str(out), "--business", business_id,
                 "--copies", "1"]) == 0


def test_cli_layout_of_several_copies_lists_every_printout(tmp_path, form):
    out, spec = tmp_path / "f.pdf", tmp_path / "layout.json"
    assert main(["blank-form", "-o", str(out), "--copies", "2", "--layout", str(spec)]) == 0
    data = json.loads(spec.read_text(encoding="utf-8"))
    assert len(set(data["printouts"])) == 2 and data["printout"] == data["printouts"][0]
    assert data["form_id"] == form[1].form_id  # the same boxes as a single printout
