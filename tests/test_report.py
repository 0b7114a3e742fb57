"""The PDF report: built from any text the user typed, on embedded fonts, paged, comparable, deterministic."""

import re
import shutil
import subprocess
import sys
import unicodedata
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pypdf import PdfReader

from cds_desktop.domain.assessment import Answer, Assessment, AssessmentFile, Assessor
from cds_desktop.domain.business import Contact
from cds_desktop.domain.plan import make_plan
from cds_desktop.domain.sample import sample_file
from cds_desktop.errors import InputError
from cds_desktop.report import build_report

ON = date(2026, 12, 1)
HOSTILE = {
    "tag": "<b>đậm</b>",
    "lt": "a<b",
    "amp": "AT&T",
    "entity": "&amp;",
    "emoji": "Cà phê ngon 😀☕",
    "newlines": "dòng một\ndòng hai\r\ndòng ba",
    "nfd": unicodedata.normalize("NFD", "Hợp tác xã Hướng Hóa"),
    "rtl": "שלום עולם",
    "arabic": "مرحبا",
    "control": "chuông\x07 và\x00 xóa\x1b lùi",
}
LONG_NAME = "Cơ sở " + "Rất Dài " * 249 + "HẾ"  # 2,000 characters


def squash(value: str) -> str:
    """Text as typed, compared without whitespace (a PDF wraps lines) and without control characters."""
    value = unicodedata.normalize("NFC", value)
    return "".join(ch for ch in value if not ch.isspace() and unicodedata.category(ch) != "Cc")


def pages_text(path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


@pytest.fixture(scope="module")
def sample():
    return sample_file()


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """Build each report once for the module: {name: path}."""
    folder = tmp_path_factory.mktemp("reports")
    cache = {}

    def build(name, current, **options):
        if name not in cache:
            cache[name] = folder / f"{name}.pdf"
            build_report(current, cache[name], on=ON, **options)
        return cache[name]
    return build


def hostile_file(sample: AssessmentFile) -> AssessmentFile:
    notes = "\n".join(HOSTILE.values())
    answers = dict(sample.assessment.answers)
    for qid in list(answers)[:len(HOSTILE)]:
        answers[qid] = answers[qid]._replace(note=list(HOSTILE.values())[list(answers).index(qid)])
    first = next(iter(answers))
    answers[first] = answers[first]._replace(note=notes)
    business = sample.business._replace(name=LONG_NAME + " " + " ".join(HOSTILE.values()),
                       commune=HOSTILE["tag"] + HOSTILE["amp"], province=HOSTILE["nfd"],
                       tax_code=HOSTILE["lt"], contact=Contact(HOSTILE["rtl"] + " " + HOSTILE["emoji"]))
    assessment = sample.assessment._replace(stage=HOSTILE["entity"],
                         assessor=Assessor(HOSTILE["control"] + " " + HOSTILE["arabic"], HOSTILE["newlines"]),
                         answers=answers)
    return AssessmentFile(business, assessment, sample.instrument)


def test_importing_the_report_package_loads_neither_reportlab_nor_matplotlib():
    code = ("import sys, cds_desktop.report\n"
            "heavy = sorted(m for m in sys.modules if m.split('.')[0] in ('reportlab', 'matplotlib'))\n"
            "print(heavy); sys.exit(1 if heavy else 0)")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_building_a_report_never_imports_matplotlib(tmp_path):
    """Its charts are reportlab drawings: `cds-cli report` must not pay matplotlib's import (~1 s)."""
    code = ("import sys\n"
            "from cds_desktop.domain.sample import sample_file\n"
            "from cds_desktop.report import build_report\n"
            f"build_report(sample_file(), {str(tmp_path / 'r.pdf')!r})\n"
            "sys.exit(1 if 'matplotlib' in sys.modules else 0)")
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    assert (tmp_path / "r.pdf").stat().st_size > 10_000


def test_every_page_says_trang_x_of_y_with_the_right_total(built, sample):
    texts = pages_text(built("sample-vi", sample))
    assert len(texts) >= 6
    for number, page in enumerate(texts, 1):
        assert f"Trang {number} / {len(texts)}" in page


def test_english_report_says_page_x_of_y_and_speaks_english(built, sample):
    texts = pages_text(built("sample-en", sample, lang="en"))
    for number, page in enumerate(texts, 1):
        assert f"Page {number} of {len(texts)}" in page
    assert "Digital transformation assessment report" in texts[0]
    assert "Support policies" in "".join(texts)


def test_the_english_report_leaves_no_vietnamese_but_names(built, sample):
    """Headings, labels, explanations and legal citations are English ("Art. 14(1)(a)", not "Điều 14 khoản 1
    điểm a"); what stays Vietnamese is a name: the business and what its people typed, places, the numbers
    and names of legal texts."""
    from vietnamese_left import typed_words, vietnamese_left

    typed = typed_words(sample.to_json())
    left = {page: vietnamese_left(text, typed) for page, text in enumerate(pages_text(built("sample-en", sample,
                                                                                            lang="en")), 1)}
    assert not {page: words for page, words in left.items() if words}


def _fonts(path):
    found = set()
    for page in PdfReader(path).pages:
        for font in page["/Resources"].get("/Font", {}).values():
            font = font.get_object()
            descriptor = font.get("/FontDescriptor")
            embedded = descriptor is not None and any(k in descriptor.get_object() for k in
                                                     ("/FontFile", "/FontFile2", "/FontFile3"))
            found.add((str(font["/BaseFont"]), embedded))
    return found


def test_only_embedded_bundled_fonts_dejavu_and_for_emoji_noto_emoji(built, sample):
    path = built("hostile", hostile_file(sample))
    fonts = _fonts(path)
    assert fonts and all(embedded for _, embedded in fonts), fonts
    faces = {name.split("+")[1] for name, _ in fonts}
    assert {"DejaVuSans", "DejaVuSans-Bold", "NotoEmoji-Regular"} <= faces <= {
        "DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique", "NotoEmoji-Regular"}
    if shutil.which("pdffonts"):
        listing = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
        rows = listing.splitlines()[2:]
        assert rows and all(row.split()[-5] == "yes" for row in rows), listing


@pytest.mark.parametrize("field", sorted(HOSTILE))
def test_hostile_text_appears_exactly_as_typed(built, sample, field):
    text = squash("".join(pages_text(built("hostile", hostile_file(sample)))))
    assert squash(HOSTILE[field]) in text


def test_a_2000_character_name_is_printed_whole_and_cut_short_in_the_header(built, sample):
    pages = pages_text(built("hostile", hostile_file(sample)))
    assert len(LONG_NAME) == 2000
    assert squash(LONG_NAME) in squash("".join(pages))
    header = pages[-1].splitlines()
    assert any(line.endswith("…") and "Rất Dài" in line and len(line) < 150 for line in header), header[:3]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_long_name_in_the_page_header_stops_before_the_title(tmp_path, sample, lang):
    """The name is cut short to the room the title leaves, not to a number of characters: 70 wide letters
    ran under "Digital transformation assessment report"."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from cds_desktop.report.document import MARGIN_TOP, PAGE_HEIGHT
    from cds_desktop.report.fonts import BOLD

    out = tmp_path / "r.pdf"
    name = "Công ty TNHH Thương mại Dịch vụ Sản xuất Nông nghiệp Công nghệ cao Hướng Hóa " * 3
    build_report(sample._replace(business=sample.business._replace(name=name)), out, on=ON, lang=lang)
    for page in PdfReader(out).pages[:2]:
        chunks = []
        page.extract_text(visitor_text=lambda text, cm, tm, font, size: chunks.append(
            (tm[4] * cm[0] + tm[5] * cm[2] + cm[4], text.strip()))
            if text.strip() and tm[4] * cm[1] + tm[5] * cm[3] + cm[5] > PAGE_HEIGHT - MARGIN_TOP else None)
        (title_x, title), (name_x, shown) = sorted(chunks)
        assert shown.endswith("…") and shown[:-1].strip() in name
        assert title_x + stringWidth(title, BOLD, 8) < name_x, (title, shown)


def test_metadata_names_title_author_subject_language_and_report_date(built, sample):
    reader = PdfReader(built("sample-vi", sample))
    info = reader.metadata
    assert info.title.startswith("Báo cáo đánh giá mức độ chuyển đổi số — " + sample.business.name[:20])
    assert info.author == sample.assessment.assessor.name
    assert sample.assessment.stage in info.subject
    assert info["/CreationDate"].startswith("D:20261201")
    assert reader.trailer["/Root"]["/Lang"] == "vi-VN"


def test_same_input_and_date_give_identical_bytes(tmp_path, built, sample):
    again = tmp_path / "again.pdf"
    build_report(sample, again, on=ON)
    assert again.read_bytes() == built("sample-vi", sample).read_bytes()


def test_summary_pages_have_level_score_strengths_steps_and_assessor(built, sample):
    first, second = pages_text(built("sample-vi", sample))[:2]
    plan = make_plan(sample.instrument, sample.business, sample.assessment, on=ON)
    level = plan.result.overall_level
    assert f"Mức {level}" in first
    assert f"{plan.result.overall.score:.1f}".replace(".", ",") in first
    assert "Làm tốt nhất" in first and "Cần cải thiện nhất" in first
    assert squash(plan.roadmap.steps[0].text["vi"]) in squash(second)
    assert "Hỗ trợ có thể nhận" in second
    assert sample.assessment.assessor.name in first


def test_policies_list_eligible_first_then_to_check_with_vnd_and_proposed_marked(built, sample):
    text = "\n".join(pages_text(built("sample-vi", sample)))
    plan = make_plan(sample.instrument, sample.business, sample.assessment, on=ON)
    assert re.search(r"Cơ sở có thể nhận \(\d+\)[\s\S]*Cần kiểm tra thêm \(\d+\)", text)
    amount = next(m.estimated_max_vnd for m in plan.policies if m.estimated_max_vnd)
    assert f"{amount:,}".replace(",", ".") + " đ" in text
    assert any(m.policy.status == "proposed" and m.eligibility == "check" for m in plan.policies)
    assert "Đề xuất — chưa xác minh" in text


def test_a_condition_that_decides_eligibility_is_listed_once(built, sample):
    """It is a reason ("Cần xác nhận: …") and one of the policy's conditions; the report printed it twice."""
    text = squash("\n".join(pages_text(built("sample-vi", sample))))
    plan = make_plan(sample.instrument, sample.business, sample.assessment, on=ON)
    deciding = [c.text["vi"] for m in plan.policies if m.eligibility == "check"
                for c in m.policy.conditions if c.decides_eligibility]
    assert deciding
    for condition in deciding:
        assert text.count(squash(condition)) == deciding.count(condition), condition


def test_method_names_instrument_version_and_catalog_date(built, sample):
    text = "\n".join(pages_text(built("sample-vi", sample)))
    plan = make_plan(sample.instrument, sample.business, sample.assessment, on=ON)
    assert f"{sample.instrument.id} phiên bản {sample.instrument.version}" in text
    updated = date.fromisoformat(plan.catalog.files[0].updated)
    assert f"cập nhật ngày {updated:%d/%m/%Y}" in text


def test_every_answer_is_listed_with_its_descriptor(built, sample):
    text = squash("".join(pages_text(built("sample-vi", sample))))
    for q in sample.instrument.questions:
        assert squash(q.text["vi"]) in text
        answer = sample.assessment.answers[q.id]
        if q.type == "ladder" and not answer.na:
            assert squash(q.levels[answer.level].text["vi"]) in text


def _with_previous(sample):
    a = sample.assessment
    lower = {qid: Answer.ladder(max(0, ans.level - 1)) if ans.level is not None else ans
             for qid, ans in a.answers.items()}
    previous = sample._replace(assessment=a._replace(id="earlier", stage="T0", assessed_on="2025-01-15", answers=lower))
    current = sample._replace(assessment=a._replace(stage="T1"))
    return current, previous


def test_a_second_assessment_shows_the_comparison_with_trend_arrows(built, sample):
    current, previous = _with_previous(sample)
    text = "\n".join(pages_text(built("compare", current, history=[previous])))
    assert "T0 · 15/01/2025" in text
    assert "Lần trước" in text and "Thay đổi" in text
    assert "▲" in text


def test_a_previous_assessment_of_another_business_is_refused(tmp_path, sample):
    other = sample._replace(business=sample.business._replace(tax_code="3200999999"))
    out = tmp_path / "r.pdf"
    with pytest.raises(InputError):
        build_report(sample, out, on=ON, history=[other])
    assert not out.exists()


def test_benchmark_is_shown_with_its_sample_size(built, sample):
    from cds_desktop.storage.benchmark import Benchmark, Comparison

    areas = tuple(Comparison(a.id, None, 42.5, 40.0, 7) for a in sample.instrument.areas)
    bench = Benchmark("x", sample.business.sector, None, 7, Comparison("overall", None, 41.0, 40.0, 7), areas)
    text = "\n".join(pages_text(built("bench", sample, benchmark=bench)))
    assert squash("Bình quân (n=7)") in squash(text) and "42,5" in text
    assert "7 cơ sở khác" in text


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_score_table_headings_keep_their_words_whole_with_comparison_and_benchmark(tmp_path, sample, lang):
    """With the previous assessment and the benchmark the score tables have seven columns; each heading still
    breaks between words only ("Questi-ons" was split over two lines)."""
    from cds_desktop.storage.benchmark import Benchmark, Comparison

    current, previous = _with_previous(sample)
    areas = tuple(Comparison(a.id, None, 42.5, 40.0, 12) for a in sample.instrument.areas)
    bench = Benchmark("x", sample.business.sector, None, 12, Comparison("overall", None, 41.0, 40.0, 12), areas)
    out = tmp_path / "r.pdf"
    build_report(current, out, on=ON, lang=lang, history=[previous], benchmark=bench)
    page = next(text for text in pages_text(out) if ("Theo lĩnh vực" if lang == "vi" else "By area") in text)
    words = page.split()
    headings = (["Điểm", "Mức", "Số", "câu", "Lần", "trước", "Thay", "đổi", "Bình", "quân"] if lang == "vi"
                else ["Score", "Level", "Questions", "Previous", "Change", "Benchmark"])
    assert all(word in words for word in headings), [w for w in headings if w not in words]


@pytest.mark.parametrize("with_previous", [True, False])
@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_benchmark_heading_with_its_sample_size_stays_on_one_line(tmp_path, sample, lang, with_previous):
    """"Bình quân (n=12)" broke before "(n=12)", on two lines under one-line headings; a larger sample too
    keeps its heading whole, and every other heading and level stays on its line."""
    from cds_desktop.storage.benchmark import Benchmark, Comparison

    current, previous = _with_previous(sample) if with_previous else (sample, None)
    for peers in (12, 250):
        areas = tuple(Comparison(a.id, None, 42.5, 40.0, peers) for a in sample.instrument.areas)
        bench = Benchmark("x", sample.business.sector, None, peers, Comparison("overall", None, 41.0, 40.0, peers),
                          areas)
        out = tmp_path / f"r-{peers}.pdf"
        build_report(current, out, on=ON, lang=lang, history=[previous] if previous else (), benchmark=bench)
        page = next(text for text in pages_text(out) if ("Theo lĩnh vực" if lang == "vi" else "By area") in text)
        lines = [line.strip() for line in page.splitlines()]
        title, first = ("Theo lĩnh vực", "By area")[lang == "en"], sample.instrument.areas[0].name[lang]
        headings = lines[lines.index(title) + 1:lines.index(first)]  # one line a heading, as the text reads them
        assert f"{('Bình quân', 'Benchmark')[lang == 'en']} (n={peers})" in headings, headings
        assert len(headings) == (7 if previous else 5)  # and each of the others on its line
        if previous:  # the levels keep theirs: "1 → 2 · Bắt đầu" in bold, on the overall row
            assert f"1 → 2 · {('Bắt đầu', 'Beginning')[lang == 'en']}" in lines


@pytest.mark.parametrize("mark", [40.0, 41.5, 43.0, 45.0, 55.9, 57.0])
def test_a_bar_value_is_never_under_the_benchmark_diamond(mark):
    """The diamond sits between this time's bar and last time's; a value printed where it stands was covered
    by its white fill (\"40.0\" under a benchmark of 42.5)."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from cds_desktop.formats import format_score
    from cds_desktop.report.bars import DIAMOND, bars
    from cds_desktop.report.charts import Series
    from cds_desktop.report.fonts import REGULAR

    drawing = bars(["Quản trị"], Series("T1", [55.9]), Series("T0", [40.0]), Series("Bình quân", [mark]),
                   number=lambda value: format_score(value, "en"))
    shapes = drawing.contents[0].contents
    diamond, = [s for s in shapes if type(s).__name__ == "Polygon" and len(s.points) == 8
                and s.points[1] < drawing.height - 11]  # the legend's diamond is in the top 11 points
    left, right = min(diamond.points[::2]), max(diamond.points[::2])
    assert right - left == pytest.approx(2 * DIAMOND)
    for value in [s for s in shapes if type(s).__name__ == "String" and s.text in ("55.9", "40.0")]:
        end = value.x + stringWidth(value.text, REGULAR, value.fontSize)
        assert end <= left or value.x >= right, (value.text, mark)


def test_a_bar_chart_label_splits_as_the_radar_s_does():
    """Labels of the bars take the rule of every chart's labels (i18n.balanced_lines): in a narrow chart "Thương /
    mại / điện tử", where filling each line in turn left "tử" alone; a long name is drawn whole."""
    from cds_desktop.formats import format_score
    from cds_desktop.report.bars import bars
    from cds_desktop.report.charts import Series

    long_name = "Chuyển đổi số văn hóa doanh nghiệp trong hợp tác xã nông nghiệp vùng cao"
    drawing = bars(["Thương mại điện tử", long_name], Series("T0", [43.5, 20.0]), width_mm=45,
                   number=lambda value: format_score(value, "vi"))
    drawn = [s.text for s in drawing.contents[0].contents if type(s).__name__ == "String"]
    assert "điện tử" in drawn and "tử" not in drawn
    assert " ".join(t for t in drawn if t in long_name) == long_name


def test_a_draft_is_marked_as_draft_with_its_completeness(built, sample):
    a = sample.assessment
    draft = sample._replace(assessment=a._replace(status="draft", answers=dict(list(a.answers.items())[:22])))
    path = built("draft", draft)
    text = "\n".join(pages_text(path))
    assert ("DejaVuSans-BoldOblique", True) in {(n.split("+")[1], e) for n, e in _fonts(path)}  # italic banner
    assert "BẢN NHÁP" in text
    assert "đã trả lời 22/40 câu" in text


def test_a_draft_report_says_tam_tinh_and_shows_no_headline_level(built, sample):
    one = {"mgt_dx_strategy": Answer.ladder(5)}  # one of 40 questions at level 5
    draft = sample._replace(assessment=sample.assessment._replace(status="draft", answers=one))
    first = pages_text(built("one-answer", draft))[0]
    assert "Tạm tính" in first and "Điểm tạm tính" in first
    assert not re.search(r"Mức 5(?!/5)", first) and "Dẫn dắt" not in first  # "Mức 5/5" is the answer itself


def test_the_method_page_names_the_2021_method_and_the_official_assessment(built, sample):
    text = squash("\n".join(pages_text(built("sample", sample))))
    assert squash("Mô phỏng theo phương pháp DBI 2021 (QĐ 1970/QĐ-BTTTT); không phải mức chính thức.") in text
    assert squash("theo QĐ 1567/QĐ-BKHCN xác định") in text
    assert squash("Điểm tối đa của trụ cột (DBI 2021, tổng 320)") in text
    assert "naylàQĐ1567" not in text


def test_options_marked_not_relevant_are_listed_with_the_answers(built, sample):
    answer = Answer.checklist(["vietqr", "bank_transfer"], not_relevant=("card",))
    marked = sample._replace(assessment=sample.assessment.with_answer("ecm_online_payments", answer))
    text = squash("\n".join(pages_text(built("not-relevant", marked))))
    assert squash("Không liên quan: Thẻ ngân hàng qua máy quẹt thẻ (POS)") in text
    assert squash("(2/5 lựa chọn liên quan, mức 2)") in text


def test_hidden_and_not_applicable_questions_say_so(tmp_path, mini_instrument, shop):
    answers = {q.id: Answer.ladder(2) for q in mini_instrument.questions if q.type == "ladder"}
    answers["q_tools"] = Answer.checklist(["a", "b"])
    answers["q_payroll"] = Answer.ladder(None)
    del answers["q_factory"]
    assessment = Assessment("m1", "T0", "2026-01-10", "mini", "1.0", answers, None, "completed")
    out = tmp_path / "mini.pdf"
    build_report(AssessmentFile(shop, assessment, mini_instrument), out, on=ON)
    text = "\n".join(pages_text(out))
    assert "Không hỏi: Chỉ cho cơ sở sản xuất" in text
    assert "Không áp dụng" in text
    assert "Tự đánh giá" in text  # no assessor: a self-assessment


def test_unwritable_output_raises_input_error_and_leaves_no_file(tmp_path, sample):
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    with pytest.raises(InputError):
        build_report(sample, blocker / "r.pdf", on=ON)
    folder_in_the_way = tmp_path / "report.pdf"
    folder_in_the_way.mkdir()
    with pytest.raises(InputError):
        build_report(sample, folder_in_the_way, on=ON)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a-file", "report.pdf"]
    assert list(folder_in_the_way.iterdir()) == []


def test_a_failed_build_keeps_the_earlier_report_untouched(tmp_path, sample, monkeypatch):
    out = tmp_path / "r.pdf"
    out.write_bytes(b"earlier report")
    from cds_desktop.report import method

    def broken(ctx):
        raise RuntimeError("layout failed")
    monkeypatch.setattr(method, "method", broken)
    with pytest.raises(RuntimeError):
        build_report(sample, out, on=ON)
    assert out.read_bytes() == b"earlier report"
    assert [p.name for p in tmp_path.iterdir()] == ["r.pdf"]


def test_trend_and_tick_glyphs_exist_in_the_embedded_font():
    from cds_desktop.report.fonts import has_glyph

    assert all(has_glyph(ch) for ch in "▲▼=✓✗☐☑☒đĐưƯơƠẫỹ")


@settings(max_examples=150, deadline=None)
@given(texts=st.lists(st.text(max_size=160), min_size=1, max_size=6), sizes=st.lists(
    st.sampled_from([5.5, 7.8, 8, 8.5, 9.5, 11, 14, 26]), min_size=1, max_size=3))
def test_text_is_measured_as_reportlab_measures_it_however_often_it_is_measured(texts, sizes):
    """The report's fonts keep the widths of strings they measured: the same figures as reportlab's own,
    at every size, for any characters (those the font lacks included), the first time and every time after."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from cds_desktop.report.fonts import BOLD, REGULAR, register_fonts

    register_fonts()
    for name in (REGULAR, BOLD):
        font = pdfmetrics.getFont(name)
        for _ in range(2):
            for text in texts:
                for size in sizes:
                    assert font.stringWidth(text, size) == TTFont.stringWidth(font, text, size)
                    assert pdfmetrics.stringWidth(text, name, size) == TTFont.stringWidth(font, text, size)


def test_cli_report_writes_the_pdf_and_compares_with_previous_files(tmp_path, sample):
    from cds_desktop.cli import main

    current, previous = _with_previous(sample)
    (tmp_path / "t1.json").write_text(current.dumps(), encoding="utf-8")
    (tmp_path / "t0.json").write_text(previous.dumps(), encoding="utf-8")
    out = tmp_path / "out.pdf"
    assert main(["report", str(tmp_path / "t1.json"), "-o", str(out), "--on", "2026-12-01",
                 "--previous", str(tmp_path / "t0.json")]) == 0
    text = "\n".join(pages_text(out))
    assert "Lần trước" in text and "T0 · 15/01/2025" in text


def test_cli_report_bad_input_exits_2_with_a_message_and_no_file(tmp_path, sample, capsys):
    from cds_desktop.cli import main

    (tmp_path / "s.json").write_text(sample.dumps(), encoding="utf-8")
    assert main(["report", str(tmp_path / "s.json"), "-o", str(tmp_path / "missing" / "r.pdf")]) == 2
    assert "không ghi được tệp" in capsys.readouterr().err
    assert main(["report", str(tmp_path / "nope.json"), "-o", str(tmp_path / "r.pdf")]) == 2
    assert "không tìm thấy tệp" in capsys.readouterr().err
    with pytest.raises(SystemExit) as stop:
        main(["report", str(tmp_path / "s.json"), "-o", str(tmp_path / "r.pdf"), "--on", "2026-13-01"])
    assert stop.value.code == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["s.json"]
