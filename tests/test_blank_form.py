"""The printable blank questionnaire: every question with its levels and tick boxes, paged, deterministic."""

import unicodedata
from datetime import date

import pytest
from pypdf import PdfReader

from cds_desktop.domain.instrument import current_instrument
from cds_desktop.errors import InputError
from cds_desktop.report import build_blank_form

ON = date(2026, 3, 2)


def squash(value: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFC", value) if not ch.isspace())


@pytest.fixture(scope="module")
def forms(tmp_path_factory):
    folder = tmp_path_factory.mktemp("forms")
    paths = {}
    for lang in ("vi", "en"):
        paths[lang] = folder / f"blank-{lang}.pdf"
        build_blank_form(paths[lang], lang=lang, on=ON)
    return paths


@pytest.fixture(scope="module")
def texts(forms):
    return {lang: [page.extract_text() for page in PdfReader(path).pages] for lang, path in forms.items()}


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_blank_form_has_every_question_with_every_level_and_option(texts, lang):
    text = squash("".join(texts[lang]))
    for q in current_instrument().questions:
        assert squash(q.text[lang]) in text, q.id
        for item in q.levels or q.options:
            assert squash(item.text[lang]) in text, (q.id, item)


def test_every_level_and_option_has_a_tick_box(texts):
    boxes = "".join(texts["vi"]).count("☐")
    needed = sum(len(q.levels or q.options) + q.na_allowed + sum(o.not_relevant_allowed for o in q.options)
                 for q in current_instrument().questions)  # options that may be "not relevant" get a second box
    assert boxes == needed


def test_blank_form_pages_are_numbered_and_it_ends_with_signatures(texts):
    for lang, label in (("vi", "Trang {} / {}"), ("en", "Page {} of {}")):
        pages = texts[lang]
        for number, page in enumerate(pages, 1):
            assert label.format(number, len(pages)) in page
    assert "Đại diện cơ sở kinh doanh" in texts["vi"][-1] and "Chữ ký" in texts["vi"][-1]


def test_blank_form_uses_only_embedded_fonts(forms):
    for page in PdfReader(forms["vi"]).pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object()["/FontDescriptor"].get_object()
            assert "/FontFile2" in descriptor


def test_blank_form_is_the_same_bytes_for_the_same_date(tmp_path, forms):
    build_blank_form(tmp_path / "again.pdf", lang="vi", on=ON)
    assert (tmp_path / "again.pdf").read_bytes() == forms["vi"].read_bytes()


def test_blank_form_to_an_unwritable_place_is_an_input_error(tmp_path):
    (tmp_path / "file").write_text("x")
    with pytest.raises(InputError):
        build_blank_form(tmp_path / "file" / "blank.pdf")
    assert [p.name for p in tmp_path.iterdir()] == ["file"]


def test_cli_blank_form_writes_the_pdf(tmp_path):
    from cds_desktop.cli import main

    out = tmp_path / "form.pdf"
    assert main(["--lang", "en", "blank-form", "-o", str(out)]) == 0
    assert "Digital transformation questionnaire" in PdfReader(out).pages[0].extract_text()
    assert main(["blank-form", "-o", str(tmp_path / "no" / "form.pdf")]) == 2
