"""The assessment a report compares with ("since last time") is the one just before it in the order of the
stages, as the window's comparison and the list of assessments order them: a later stage dated the same day is
never shown as "the previous one"."""


import pytest

from cds_desktop.domain.sample import sample_file
from cds_desktop.report.builder import previous_assessment


@pytest.fixture(scope="module")
def sample():
    return sample_file()


def at(sample, stage: str, on: str):
    return sample._replace(assessment=sample.assessment._replace(id=f"id-{stage}", stage=stage, assessed_on=on))


def test_the_report_of_t1_compares_with_t0_not_with_a_t2_made_the_same_day(sample):
    t0, t1, t2 = at(sample, "T0", "2026-10-15"), at(sample, "T1", "2026-11-05"), at(sample, "T2", "2026-11-05")
    assert previous_assessment(t1, [t0, t2]).assessment.stage == "T0"
    assert previous_assessment(t2, [t0, t1]).assessment.stage == "T1"
    assert previous_assessment(t0, [t1, t2]) is None


def test_t10_follows_t9_when_both_are_dated_the_same_day(sample):
    """By number: 'T9' sorts after 'T10' as text."""
    t8, t9, t10, t11 = (at(sample, f"T{n}", "2026-11-05") for n in (8, 9, 10, 11))
    assert previous_assessment(t11, [t8, t9, t10]).assessment.stage == "T10"


def test_a_later_stage_dated_earlier_is_not_the_previous_one(sample):
    """An imported T2 whose day was set wrong on another computer (stored, and flagged) is still after T1."""
    t0, t1, t2 = at(sample, "T0", "2026-10-15"), at(sample, "T1", "2026-11-05"), at(sample, "T2", "2026-11-01")
    assert previous_assessment(t1, [t0, t2]).assessment.stage == "T0"
    assert previous_assessment(t2, [t0, t1]).assessment.stage == "T1"


def test_two_assessments_of_one_stage_made_the_same_day_are_not_each_others_previous(sample):
    """Each took the other as its previous one; now they keep the order of the list of assessments (by id)."""
    t0 = at(sample, "T0", "2026-10-15")
    t1 = at(sample, "T1", "2026-11-05")
    a, b = (t1._replace(assessment=t1.assessment._replace(id=i)) for i in ("id-a", "id-b"))
    assert previous_assessment(b, [t0, a]) is a
    assert previous_assessment(a, [t0, b]) is t0


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_an_answer_that_fell_is_written_with_a_minus_sign_as_every_other_change(tmp_path, sample, lang):
    """'▼ −2' with a true minus sign, as the score changes beside it and the window write it ('▼ -2' had a
    hyphen)."""
    from datetime import date

    from pypdf import PdfReader

    from cds_desktop.domain.assessment import Answer
    from cds_desktop.report import build_report

    before = at(sample, "T0", "2026-10-15")
    before = before._replace(assessment=before.assessment.with_answer("mgt_accounting", Answer.ladder(4)))
    now = at(sample, "T1", "2026-11-05")
    assert now.assessment.answers["mgt_accounting"].level == 2
    out = tmp_path / "r.pdf"
    build_report(now, out, lang=lang, on=date(2026, 12, 1), history=[before])
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert "▼ \N{MINUS SIGN}2" in text
    assert "▼ -" not in text


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_report_of_t2_shows_every_stage_from_t0_with_its_score_level_and_change(tmp_path, sample, lang):
    """The progress T0 -> T1 -> T2 the window charts, in the report too: before, it named T1 only."""
    from datetime import date

    from pypdf import PdfReader

    from cds_desktop.domain.assessment import Answer
    from cds_desktop.domain.scoring import score
    from cds_desktop.formats import format_date, format_number
    from cds_desktop.report import build_report

    t0 = at(sample, "T0", "2026-10-15")
    t1 = at(sample, "T1", "2026-11-05")
    t1 = t1._replace(assessment=t1.assessment.with_answer("mgt_accounting", Answer.ladder(4)))
    t2 = at(sample, "T2", "2026-12-01")
    t2 = t2._replace(assessment=t2.assessment.with_answer("mgt_accounting", Answer.ladder(3)))
    out = tmp_path / "r.pdf"
    build_report(t2, out, lang=lang, on=date(2026, 12, 1), history=[t1, t0])  # in any order
    text = "\n".join(page.extract_text() for page in PdfReader(out).pages)
    assert ("Qua 3 lần đánh giá" if lang == "vi" else "Over 3 assessments") in text
    scores = [score(f.instrument, f.business, f.assessment).overall.score for f in (t0, t1, t2)]
    assert scores[0] < scores[1] and scores[2] < scores[1]
    at_t0 = text.index(f"T0\n{format_date('2026-10-15', lang)}\n{format_number(scores[0], lang, 1)}")
    at_t1 = text.index(f"T1\n{format_date('2026-11-05', lang)}\n{format_number(scores[1], lang, 1)}")
    at_t2 = text.index(f"T2\n{format_date('2026-12-01', lang)}\n{format_number(scores[2], lang, 1)}")
    assert at_t0 < at_t1 < at_t2
    up = format_number(round(scores[1] - scores[0], 1), lang, 1)
    down = format_number(round(scores[1] - scores[2], 1), lang, 1)
    assert f"▲ +{up}" in text[at_t1:at_t2] and f"▼ \N{MINUS SIGN}{down}" in text[at_t2:]


def test_with_one_earlier_assessment_the_report_shows_no_table_of_stages(tmp_path, sample):
    from datetime import date

    from pypdf import PdfReader

    from cds_desktop.report import build_report

    out = tmp_path / "r.pdf"
    build_report(at(sample, "T1", "2026-11-05"), out, on=date(2026, 12, 1), history=[at(sample, "T0", "2026-10-15")])
    assert "Qua 2 lần" not in "\n".join(page.extract_text() for page in PdfReader(out).pages)


def _results_lines(out, lang: str) -> list[str]:
    from pypdf import PdfReader

    heading = "Kết quả theo lĩnh vực và trụ cột" if lang == "vi" else "Results by area and pillar"
    page = next(t for t in (p.extract_text() for p in PdfReader(out).pages) if t.startswith(heading))
    return page.splitlines()


def _t1_against_t0(tmp_path, sample, t0, t1, lang: str, with_benchmark: bool):
    """T1's report with T0 as its history (and a benchmark column if asked): its results page's lines, and the
    scores of T0 and T1."""
    from datetime import date

    from cds_desktop.domain.scoring import score
    from cds_desktop.report import build_report
    from cds_desktop.storage.benchmark import Benchmark, Comparison

    bench = None
    if with_benchmark:
        comparisons = tuple(Comparison(a.id, None, 42.5, 40.0, 12) for a in sample.instrument.areas)
        bench = Benchmark("x", sample.business.sector, None, 12, Comparison("overall", None, 41.0, 40.0, 12),
                          comparisons)
    out = tmp_path / "r.pdf"
    build_report(t1, out, lang=lang, on=date(2026, 12, 1), history=[t0], benchmark=bench)
    return _results_lines(out, lang), *(score(f.instrument, f.business, f.assessment) for f in (t0, t1))


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("with_benchmark", [False, True])
def test_the_score_tables_show_the_previous_level_where_it_changed(tmp_path, sample, lang, with_benchmark):
    """'2 → 3 · Hình thành' in the level cell of an area, a pillar and the overall row whose level changed since
    the previous assessment (the report showed the current level only), each on one line even with the
    benchmark column; an unchanged level stays '3 · Hình thành'."""
    from cds_desktop.domain.assessment import Answer
    from cds_desktop.domain.scoring import LEVEL_NAMES

    areas_of = {q.id: q.area for q in sample.instrument.questions}
    drop = {"management": 2, "business": 2, "foundation": 1}  # production and e-commerce unchanged
    lower = {qid: Answer.ladder(max(0, a.level - drop.get(areas_of[qid], 0))) if a.level is not None else a
             for qid, a in sample.assessment.answers.items()}
    t0 = at(sample, "T0", "2026-06-15")
    t0 = t0._replace(assessment=t0.assessment._replace(answers=lower))
    t1 = at(sample, "T1", "2026-11-05")
    lines, before, now = _t1_against_t0(tmp_path, sample, t0, t1, lang, with_benchmark)
    changed = 0
    for kind in ("areas", "pillars"):
        was = {s.id: s.level for s in getattr(before, kind)}
        for s in getattr(now, kind):
            name = LEVEL_NAMES[s.level][lang]
            if was[s.id] != s.level:
                changed += 1
                assert f"{was[s.id]} → {s.level} · {name}" in lines
            else:
                assert f"{s.level} · {name}" in lines
    assert 3 <= changed < 11 and before.overall_level != now.overall_level
    overall = lines.index("Tổng thể" if lang == "vi" else "Overall")  # its score, then its level (bold)
    assert lines[overall + 2] == f"{before.overall_level} → {now.overall_level} · {LEVEL_NAMES[now.overall_level][lang]}"
    assert ("mức «2 → 3» khi mức đã đổi" if lang == "vi" else "level “2 → 3” where the level changed") in \
        " ".join(lines).replace("\xa0", " ")  # no-break spaces keep "2 → 3" together


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_report_of_a_first_assessment_shows_no_previous_level(tmp_path, sample, lang):
    from datetime import date

    from cds_desktop.report import build_report

    out = tmp_path / "r.pdf"
    build_report(at(sample, "T0", "2026-10-15"), out, lang=lang, on=date(2026, 12, 1), history=[])
    assert not [line for line in _results_lines(out, lang) if "→" in line]


@pytest.mark.parametrize("lang", ["vi", "en"])
@pytest.mark.parametrize("with_benchmark", [False, True])
def test_a_level_fallen_to_not_started_keeps_one_line(tmp_path, sample, lang, with_benchmark):
    """The longest level, '2 → 0 · Chưa khởi động', in bold too (the overall row): it broke after 'Chưa khởi' in
    the level column, widened for '2 → 3 · Hình thành' only."""
    from cds_desktop.domain.assessment import Answer
    from cds_desktop.domain.scoring import LEVEL_NAMES

    t0 = at(sample, "T0", "2026-06-15")
    t1 = at(sample, "T1", "2026-11-05")
    nothing = {qid: Answer.ladder(0) if a.level is not None else a for qid, a in t1.assessment.answers.items()}
    t1 = t1._replace(assessment=t1.assessment._replace(answers=nothing))
    lines, before, now = _t1_against_t0(tmp_path, sample, t0, t1, lang, with_benchmark)
    fallen = [f"{was.level} → 0 · {LEVEL_NAMES[0][lang]}" for kind in ("areas", "pillars")
              for was, s in zip(getattr(before, kind), getattr(now, kind)) if s.level == 0 != was.level]
    assert len(fallen) >= 6 and now.overall_level == 0 != before.overall_level
    fallen.append(f"{before.overall_level} → 0 · {LEVEL_NAMES[0][lang]}")  # bold
    for text in fallen:
        assert text in lines
    assert sum(line == text for line in lines for text in set(fallen)) == len(fallen)


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_the_marks_of_change_are_not_parted_from_their_words(tmp_path, sample, lang):
    """The results' introduction explains ▲ ▼ = and '2 → 3': no line ends with a mark whose word begins the next
    ('… as in the DBI index. ▲' / 'up, ▼ down')."""
    from datetime import date

    from cds_desktop.report import build_report

    out = tmp_path / "r.pdf"
    build_report(at(sample, "T1", "2026-11-05"), out, lang=lang, on=date(2026, 12, 1),
                 history=[at(sample, "T0", "2026-10-15")])
    lines = _results_lines(out, lang)
    intro = lines[1:lines.index("Theo lĩnh vực" if lang == "vi" else "By area")]
    assert len(intro) >= 2 and any("▲" in line for line in intro)
    assert not [line for line in intro if line.rstrip().endswith(("▲", "▼", "=", "→", "«", "“", "2"))]


@pytest.mark.parametrize("lang", ["vi", "en"])
def test_a_previous_assessment_left_a_draft_is_named_a_draft_with_a_provisional_score(tmp_path, sample, lang):
    """A T1 whose T0 was never finished (a third of it answered) is set against T0's provisional score: the
    report said 'Previous (T0 · 1 Oct 2026): score 49.5 ▼ −13.0' as if T0 were a finished assessment."""
    from datetime import date

    from pypdf import PdfReader

    from cds_desktop.report import build_report

    t0 = at(sample, "T0", "2026-10-01")
    kept = dict(list(t0.assessment.answers.items())[: len(t0.assessment.answers) // 3])
    t0 = t0._replace(assessment=t0.assessment._replace(answers=kept, status="draft"))
    out = tmp_path / "r.pdf"
    build_report(at(sample, "T1", "2026-11-01"), out, lang=lang, on=date(2026, 12, 1), history=[t0])
    text = " ".join("\n".join(page.extract_text() for page in PdfReader(out).pages).split())
    label = "T0 · 01/10/2026, bản nháp" if lang == "vi" else "T0 · 1 Oct 2026, draft"
    previous = (f"Lần trước ({label}): điểm tạm tính" if lang == "vi"
                else f"Previous ({label}): provisional score")
    assert previous in text
    assert (f"so với lần trước ({label})" if lang == "vi" else f"against the previous assessment ({label})") in text
    # a finished previous assessment is named as before
    build_report(at(sample, "T1", "2026-11-01"), out, lang=lang, on=date(2026, 12, 1),
                 history=[at(sample, "T0", "2026-10-01")])
    text = " ".join("\n".join(page.extract_text() for page in PdfReader(out).pages).split())
    plain = "T0 · 01/10/2026" if lang == "vi" else "T0 · 1 Oct 2026"
    assert (f"Lần trước ({plain}): mức" if lang == "vi" else f"Previous ({plain}): level") in text
    assert label not in text


def test_an_earlier_assessment_given_twice_is_one_stage_and_two_versions_of_it_are_refused(tmp_path, sample):
    """`cds-cli report T1.json --previous T0.json T0.json` (or a glob that takes a copy) wrote 'Over 3
    assessments', T0 listed twice."""
    from datetime import date

    from pypdf import PdfReader

    from cds_desktop.domain.assessment import Answer, earlier_stages
    from cds_desktop.errors import InputError
    from cds_desktop.report import build_report

    t0, t1 = at(sample, "T0", "2026-10-15"), at(sample, "T1", "2026-11-05")
    assert earlier_stages(t1.assessment, [t0.assessment, t0.assessment]) == [t0.assessment]
    out = tmp_path / "r.pdf"
    build_report(t1, out, on=date(2026, 12, 1), history=[t0, t0._replace()])
    assert "Qua 3 lần" not in "\n".join(page.extract_text() for page in PdfReader(out).pages)
    edited = t0._replace(assessment=t0.assessment.with_answer("mgt_accounting", Answer.ladder(4)))
    with pytest.raises(InputError) as refused:
        build_report(t1, tmp_path / "no.pdf", on=date(2026, 12, 1), history=[t0, edited])
    assert "id-T0" in refused.value.render("vi") and "two versions" in refused.value.render("en")
    assert not (tmp_path / "no.pdf").exists()
