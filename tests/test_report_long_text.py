"""The report builds for every text the app accepts: notes up to 2,000 characters and names up to 300
wrap, split across pages and are printed whole, in every field, long unbroken words included."""

import re
import unicodedata
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from cds_desktop.domain.assessment import AssessmentFile, Assessor
from cds_desktop.domain.business import Contact
from cds_desktop.domain.sample import sample_file
from cds_desktop.report import build_report

ON = date(2026, 12, 1)
NOTE_LIMIT, NAME_LIMIT = 2000, 300
SAMPLE = sample_file()


def squash(value: str) -> str:
    value = unicodedata.normalize("NFC", value)
    return "".join(ch for ch in value if not ch.isspace() and unicodedata.category(ch) != "Cc")


def pdf_text(path) -> str:
    return squash("".join(page.extract_text() for page in PdfReader(path).pages))


def words(length: int, word: str = "ghi chú chuỗi cung ứng ") -> str:
    return (word * (length // len(word) + 1))[:length]


def numbered(length: int) -> str:
    """Text of numbered words ("ứ0001 ứ0002 …"): each must be printed once, wherever the page breaks fall."""
    return " ".join(f"ứ{i:04d}" for i in range(1, length // 6 + 1))


def printed_in_order(tokens: list[str], text: str) -> bool:
    at = 0
    for token in tokens:
        at = text.find(token, at)
        if at < 0:
            return False
    return True


def with_notes(notes: dict[str, str], sample: AssessmentFile = SAMPLE) -> AssessmentFile:
    answers = dict(sample.assessment.answers)
    for qid, note in notes.items():
        answers[qid] = answers[qid]._replace(note=note)
    return sample._replace(assessment=sample.assessment._replace(answers=answers))


@pytest.mark.parametrize("qid", ["prd_supply_chain", "ecm_international", "biz_einvoice"])
@pytest.mark.parametrize("length", [300, NOTE_LIMIT])
def test_a_long_note_wraps_and_splits_across_pages(tmp_path, qid, length):
    note = numbered(length)
    out = tmp_path / "r.pdf"
    build_report(with_notes({qid: note}), out, on=ON)
    assert printed_in_order(note.split(), pdf_text(out))


def test_a_2000_character_unbroken_word_in_a_note_is_printed_whole(tmp_path):
    note = "x" * (NOTE_LIMIT - 3) + "END"
    out = tmp_path / "r.pdf"
    build_report(with_notes({"prd_supply_chain": note}), out, on=ON, lang="en")
    text = pdf_text(out)
    assert text.count("x") >= len(note) - 3 and "xEND" in text


def test_the_longest_text_in_every_field_at_once_builds_the_report(tmp_path):
    """Every note at 2,000 characters, every name-like field at 300 (one unbroken), in both languages."""
    sample = with_notes({qid: words(NOTE_LIMIT) for qid in SAMPLE.assessment.answers})
    name = words(NAME_LIMIT, "Hợp tác xã Nông nghiệp ")
    unbroken = "Đ" * NAME_LIMIT
    business = sample.business._replace(name=name, commune=unbroken, province=words(NAME_LIMIT, "Quảng Trị "),
                       contact=Contact(words(NAME_LIMIT, "Nguyễn Văn ")))
    assessment = sample.assessment._replace(stage=words(40, "T1 "),
                         assessor=Assessor(unbroken, words(NAME_LIMIT, "Trung tâm ")))
    current = sample._replace(business=business, assessment=assessment)
    for lang in ("vi", "en"):
        out = tmp_path / f"{lang}.pdf"
        build_report(current, out, on=ON, lang=lang, history=[SAMPLE._replace(business=business, assessment=SAMPLE.assessment._replace(id="t0", stage="T0", assessed_on="2025-06-01"))])
        text = pdf_text(out)
        assert squash(name) in text and unbroken in text


note_text = st.text(st.characters(codec="utf-8", categories=("L", "M", "N", "P", "Zs", "S")) | st.just("\n"),
                    min_size=1, max_size=NOTE_LIMIT)


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(qid=st.sampled_from(sorted(SAMPLE.assessment.answers)), note=note_text,
       long_word=st.integers(0, NOTE_LIMIT))
def test_any_note_the_app_accepts_builds_the_report(tmp_path, qid, note, long_word):
    note = (note + "y" * long_word)[:NOTE_LIMIT]
    out = tmp_path / "r.pdf"
    build_report(with_notes({qid: note}), out, on=ON)
    assert PdfReader(out).pages


def test_paragraphs_parsed_by_an_earlier_export_print_what_a_fresh_session_prints(tmp_path):
    """Parsed paragraphs are kept (by text and style) for later exports in the same session: a report, its
    notes split across pages, and a blank form built after it are byte for byte what a fresh session builds."""
    from cds_desktop.report import build_blank_form
    from cds_desktop.report.blocks import _paragraph_class

    sample = with_notes({qid: numbered(NOTE_LIMIT - 400) + "\n<b>&" + words(390)
                         for qid in ("prd_supply_chain", "ecm_international", "biz_einvoice")})
    build_report(sample, tmp_path / "earlier.pdf", on=ON)
    build_report(sample, tmp_path / "report.pdf", on=ON)
    build_blank_form(tmp_path / "form.pdf", on=ON, printout="K7QXM4PT")  # one printout: the same QR codes
    for name in ("report", "form"):
        _paragraph_class.cache_clear()  # a new session's paragraphs
        if name == "report":
            build_report(sample, tmp_path / "fresh-report.pdf", on=ON)
        else:
            build_blank_form(tmp_path / "fresh-form.pdf", on=ON, printout="K7QXM4PT")
        assert (tmp_path / f"fresh-{name}.pdf").read_bytes() == (tmp_path / f"{name}.pdf").read_bytes(), name


def _lines(page) -> list[tuple[float, str]]:
    """The page's text lines below the running header, top to bottom, with their baselines (points)."""
    from cds_desktop.report.document import MARGIN_TOP, PAGE_HEIGHT

    lines: list[tuple[float, str]] = []

    def seen(text, cm, tm, font, size):
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]  # the baseline on the page
        if text.strip() and y < PAGE_HEIGHT - MARGIN_TOP:
            lines.append((y, text.strip()))

    page.extract_text(visitor_text=seen)
    return sorted(lines, key=lambda line: -line[0])


def test_a_note_split_across_pages_runs_on_under_its_question_and_fills_the_page(tmp_path):
    """A note too tall to move whole starts under its question and runs to the foot of the page: not on a second
    piece of the table below a header repeated mid-page, nor wrapped at half the width it is printed at, which
    left the rest of the page empty."""
    from cds_desktop.report.document import MARGIN_BOTTOM

    def note(letter: str) -> str:  # short lines of numbered words, one area's worth of pages
        tokens = [f"{letter}{i:04d}" for i in range(1, NOTE_LIMIT // 6 + 1)]
        return "".join(t + ("\n" if i % 10 == 9 else " ") for i, t in enumerate(tokens))[:NOTE_LIMIT]

    qids = list(SAMPLE.assessment.answers)[:6]
    letters = "abcdef"
    out = tmp_path / "r.pdf"
    build_report(with_notes({qid: note(letter) for qid, letter in zip(qids, letters)}), out, on=ON, lang="en")
    area_names = {"Business processes", "Management"}
    token = re.compile(r"\b([a-f])(\d{4})\b")
    pages = [_lines(page) for page in PdfReader(out).pages]
    split_notes = 0
    for number, lines in enumerate(pages[:-1], 1):
        texts = [text for _, text in lines]
        last = [(y, m) for y, text in lines for m in token.finditer(text)]
        for i, text in enumerate(texts if last else ()):
            if text == "Question":  # the header row: at the top of the page or under an area's heading
                assert i == 0 or texts[i - 1] in area_names, f"page {number}: a table header mid-page"
        following = [m for _, text in pages[number] for m in token.finditer(text)]
        if last and following and last[-1][1].group(1) == following[0].group(1):  # a note runs on to the next page
            split_notes += 1
            assert last[-1][0] < MARGIN_BOTTOM + 3 * 9.6, f"page {number}: room left under a note that runs on"
    assert split_notes >= 2


def test_a_run_of_empty_lines_in_a_note_is_printed_as_one(tmp_path):
    """A note pasted with many empty lines (from a letter, a chat) printed them all: 2,000 of them took twenty
    pages of paper. A run of empty lines is now printed as one, and none before or after the text; every line
    with text is printed, in order."""
    from cds_desktop.report.markup import para

    assert para("Đầu\n\n\n\nCuối") == "Đầu<br/><br/>Cuối"
    assert para("\r\n \r\nĐầu\r\ngiữa\u2028\u2029cuối\n\n \n") == "Đầu<br/>giữa<br/><br/>cuối"
    qids = list(SAMPLE.assessment.answers)[:2]
    pages = {}
    for name, gap in (("one", "\n\n"), ("many", "\n" * (NOTE_LIMIT - 20))):
        out = tmp_path / f"{name}.pdf"
        build_report(with_notes({qid: f"Đầu{i}{gap}Cuối{i}" for i, qid in enumerate(qids)}), out, on=ON)
        pages[name] = len(PdfReader(out).pages)
        assert printed_in_order(["Đầu0", "Cuối0", "Đầu1", "Cuối1"], pdf_text(out)), name
    assert pages["many"] == pages["one"]
