"""Emoji typed on a phone (👍 ✅ 📞, flags, skin tones, joined families) print legibly: drawn in the bundled
emoji font where DejaVu has no glyph, never as an empty box; a character no bundled font has prints as its name."""

from datetime import date

import subprocess
import sys

import pytest
from pypdf import PdfReader

from cds_desktop.domain.business import Business
from cds_desktop.domain.sample import sample_file
from cds_desktop.paths import fonts_dir
from cds_desktop.report import build_blank_form, build_report

ON = date(2026, 12, 1)
NOTE = "Khách hài lòng 👍 ✅ gọi 📞 ☎ 0901 ★★★ ❤️ 🇻🇳 👍🏽 👨‍👩‍👧 ☕ — <b>xong</b> & hẹn 🔥"
NAME = "Quán Cà Phê Mộc ☕🌿 ⭐ 📞"
DRAWN_AS_EMOJI = "👍✅📞❤🇻🇳👨👩👧☕🌿⭐🔥"


def drawn(path) -> list[tuple[str, str]]:
    """(face, character) for every visible character the PDF draws, the face named as registered."""
    from cds_desktop.report.fonts import BOLD, BOLD_ITALIC, EMOJI, ITALIC, REGULAR

    faces = {"NotoEmoji-Regular": EMOJI, "DejaVuSans": REGULAR, "DejaVuSans-Bold": BOLD,
             "DejaVuSans-Oblique": ITALIC, "DejaVuSans-BoldOblique": BOLD_ITALIC}
    out: list[tuple[str, str]] = []

    def visit(text, _cm, _tm, font, _size):
        if font and text:
            face = faces[font["/BaseFont"].split("+")[-1]]
            out.extend((face, char) for char in text if not char.isspace())

    for page in PdfReader(path).pages:
        page.extract_text(visitor_text=visit)
    return out


def assert_every_character_has_its_glyph(path) -> list[tuple[str, str]]:
    from cds_desktop.report.fonts import covered

    chars = drawn(path)
    missing = [(face, char) for face, char in chars if ord(char) not in covered(face)]
    assert missing == []  # a character its font lacks is an empty box on paper (and \x00 when copied)
    return chars


@pytest.fixture(scope="module")
def report(tmp_path_factory):
    sample = sample_file()
    answers = dict(sample.assessment.answers)
    first = next(iter(answers))
    answers[first] = answers[first]._replace(note=NOTE)
    current = sample._replace(business=sample.business._replace(name=NAME),
                      assessment=sample.assessment._replace(answers=answers))
    path = tmp_path_factory.mktemp("emoji") / "report.pdf"
    build_report(current, path, on=ON)
    return path


def test_emoji_in_a_note_and_the_business_name_are_drawn_in_the_emoji_font(report):
    chars = assert_every_character_has_its_glyph(report)
    in_emoji = {char for face, char in chars if face == "NotoEmoji"}
    assert set(DRAWN_AS_EMOJI) <= in_emoji
    assert {"☎", "★"}.isdisjoint(in_emoji)  # typed as text, DejaVu has them: they stay in the text's font
    assert "🏽" not in {char for _, char in chars}  # a skin tone cannot join the hand: not drawn as a swatch
    text = "".join(page.extract_text() for page in PdfReader(report).pages)
    assert "— <b>xong</b> & hẹn" in text  # markup in the note is still text
    assert text.count("Quán Cà Phê Mộc ☕🌿 ⭐ 📞") >= 2  # the business table and the header of every page


def test_the_paper_form_prints_an_emoji_business_name_in_the_emoji_font(tmp_path):
    business = Business(name=NAME, entity_type="household", sector="retail_trade", id="b-1", tax_code="3200123456")
    path = tmp_path / "form.pdf"
    build_blank_form(path, on=ON, business=business, assessment_id="a-1")
    chars = assert_every_character_has_its_glyph(path)
    assert set("☕🌿⭐📞") <= {char for face, char in chars if face == "NotoEmoji"}


def test_runs_keep_emoji_sequences_whole_and_their_joiners_invisible():
    from cds_desktop.report.fonts import EMOJI, covered
    from cds_desktop.report.markup import runs

    family, flag, heart = "👨\u200d👩\u200d👧", "🇻🇳", "❤\ufe0f"
    assert runs(f"Nhà {family} {flag} {heart}") == [(False, "Nhà "), (True, family), (False, " "), (True, flag),
                                                      (False, " "), (True, heart)]
    for invisible in "\u200d\ufe0f":
        assert ord(invisible) in covered(EMOJI)
    assert runs("❤ ☕\ufe0e") == [(False, "❤ ☕\ufe0e")]  # text presentation: DejaVu's own glyphs
    assert runs("👍🏽 ok 🏽") == [(True, "👍"), (False, " ok "), (True, "🏽")]  # a tone alone stays visible
    assert runs("Gọi số 1\ufe0f\u20e3") == [(False, "Gọi số "), (True, "1\ufe0f")]  # a keycap: its digit, no frame


def test_a_character_no_bundled_font_has_prints_as_its_name_or_code_point():
    from cds_desktop.report.markup import para, plain

    assert plain("Trà 漢 \U0010fffd") == "Trà [U+6F22] [U+10FFFD]"
    assert plain("\u2ff0") == "[ideographic description character left to right]"
    assert para("a<b 👍 & 漢") == 'a&lt;b <font name="NotoEmoji">👍</font> &amp; [U+6F22]'


def test_plain_text_is_one_run_in_the_text_font():
    from cds_desktop.report.fonts import covered
    from cds_desktop.report.markup import _EMOJI_BY_DEFAULT, _PLAIN_TEXT, para, runs

    plain_chars = [chr(cp) for cp in range(0x20, 0x3000) if _PLAIN_TEXT.fullmatch(chr(cp))]
    assert len(plain_chars) > 700 and all(ord(c) in covered() and c not in _EMOJI_BY_DEFAULT for c in plain_chars)

    assert runs("Hợp tác xã ☎ ★ ✓ ▲") == [(False, "Hợp tác xã ☎ ★ ✓ ▲")]
    assert runs("") == []
    assert para("Cà phê <ngon>") == "Cà phê &lt;ngon&gt;"


def test_the_emoji_font_ships_with_its_licence_beside_the_other_fonts():
    from cds_desktop.report.fonts import EMOJI_FILE

    assert (fonts_dir() / EMOJI_FILE).is_file()
    licence = (fonts_dir() / "LICENSE-NotoEmoji.txt").read_text(encoding="utf-8")
    assert "SIL OPEN FONT LICENSE Version 1.1" in licence and "Copyright 2013 Google LLC" in licence


def test_a_report_without_emoji_does_not_load_the_emoji_font(tmp_path):
    code = ("from reportlab.pdfbase import pdfmetrics\n"
            "from cds_desktop.domain.sample import sample_file\n"
            "from cds_desktop.report import build_report\n"
            f"build_report(sample_file(), {str(tmp_path / 'r.pdf')!r})\n"
            "print(sorted(pdfmetrics.getRegisteredFontNames()))")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert "DejaVuSans" in run.stdout and "NotoEmoji" not in run.stdout
