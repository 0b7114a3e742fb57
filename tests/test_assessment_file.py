"""The assessment file: every kind of bad file is rejected with a message naming the field."""

import copy
import json

import pytest

from cds_desktop.domain.assessment import load_assessment_file, parse_assessment_file
from cds_desktop.domain.instrument import current_instrument
from cds_desktop.domain.sample import sample_file
from cds_desktop.errors import InputError


@pytest.fixture(scope="module")
def sample_doc():
    return sample_file().to_json()


def first(kind):
    return next(q for q in current_instrument().questions if q.type == kind)


def _ladder_without_na():
    return next(q for q in current_instrument().questions if q.type == "ladder" and not q.na_allowed)


def mutate(doc, change):
    doc = copy.deepcopy(doc)
    change(doc)
    return doc


CASES = {
    "level out of range": (lambda d: d["assessment"]["answers"].update({first("ladder").id: {"level": 6}}),
                           "answers.{ladder}.level", "6"),
    "unknown question": (lambda d: d["assessment"]["answers"].update({"no_such_question": {"level": 2}}),
                         "answers.no_such_question", "no_such_question"),
    "unknown option": (lambda d: d["assessment"]["answers"].update({first("checklist").id: {"selected": ["fax"]}}),
                       "answers.{checklist}.selected", "fax"),
    "none with others": (lambda d: d["assessment"]["answers"].update(
        {first("checklist").id: {"selected": ["none", first("checklist").options[0].id]}}),
        "answers.{checklist}.selected", "none"),
    "N/A where not allowed": (lambda d: d["assessment"]["answers"].update({_ladder_without_na().id: {"level": None}}),
                              "answers.{no_na}", ""),
    "bad tax code": (lambda d: d["business"].update(tax_code="12345"), "business.tax_code", "12345"),
    "tax code in another script's digits": (lambda d: d["business"].update(tax_code="٣٢٠٠٦٨٩١٥٤"), "business.tax_code",
                                            "٣٢٠٠٦٨٩١٥٤"),
    "tax code with a line break": (lambda d: d["business"].update(tax_code="3200689154\n"), "business.tax_code",
                                   "'3200689154\\n'"),
    "unknown commune": (lambda d: d["business"].update(commune="Huyện Hải Lăng"), "business.commune", "Hải Lăng"),
    "negative workers": (lambda d: d["business"].update(employees=-3), "business.employees", "-3"),
    "missing sector": (lambda d: d["business"].pop("sector"), "business", "sector"),
    "bad date": (lambda d: d["assessment"].update(assessed_on="27/11/2026"), "assessment.assessed_on", "27/11/2026"),
    "unknown instrument version": (lambda d: d["instrument"].update(version="9.9"), "instrument", "9.9"),
    "completed with gaps": (lambda d: d["assessment"]["answers"].pop(first("ladder").id), "assessment.answers",
                            "{ladder}"),
    "typo in a field": (lambda d: d["business"].update(employes=3), "business", "employes"),
}


@pytest.mark.parametrize("case", CASES)
def test_each_kind_of_bad_file_is_rejected_naming_the_field(case, sample_doc, tmp_path):
    change, where, detail = CASES[case]
    names = {"ladder": first("ladder").id, "checklist": first("checklist").id, "no_na": _ladder_without_na().id}
    where, detail = where.format(**names), detail.format(**names)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(mutate(sample_doc, change), ensure_ascii=False), encoding="utf-8")
    with pytest.raises(InputError) as raised:
        load_assessment_file(path)
    for lang in ("vi", "en"):
        message = raised.value.render(lang)
        assert "bad.json" in message and where in message and detail in message, message


def test_missing_file_says_so(tmp_path):
    with pytest.raises(InputError, match="not found"):
        load_assessment_file(tmp_path / "nowhere.json")


@pytest.mark.parametrize("content", [b"", b"{not json", b"\xff\xfe\x00garbage", b"[1, 2]"])
def test_not_an_assessment_file(content, tmp_path):
    path = tmp_path / "junk.json"
    path.write_bytes(content)
    with pytest.raises(InputError) as raised:
        load_assessment_file(path)
    assert "junk.json" in raised.value.render("en")


def test_sample_round_trips_unchanged(sample_doc):
    again = parse_assessment_file(json.loads(json.dumps(sample_doc))).to_json()
    assert again == sample_doc


def test_decomposed_vietnamese_is_normalised(sample_doc):
    import unicodedata
    doc = mutate(sample_doc, lambda d: d["business"].update(name=unicodedata.normalize("NFD", "Hợp tác xã Quảng Trị")))
    assert parse_assessment_file(doc).business.name == unicodedata.normalize("NFC", "Hợp tác xã Quảng Trị")


def test_a_draft_may_have_gaps(sample_doc):
    doc = mutate(sample_doc, lambda d: (d["assessment"].update(status="draft"), d["assessment"]["answers"].clear()))
    assert parse_assessment_file(doc).assessment.status == "draft"


def test_a_note_can_be_kept_before_the_question_is_answered(sample_doc):
    from cds_desktop.domain.assessment import Answer
    qid = first("ladder").id
    doc = mutate(sample_doc, lambda d: (d["assessment"].update(status="draft"),
                                        d["assessment"]["answers"].update({qid: {"note": "hỏi lại kế toán"}})))
    loaded = parse_assessment_file(doc)
    answer = loaded.assessment.answers[qid]
    assert answer == Answer(note="hỏi lại kế toán") and not answer.is_answered(first("ladder"))
    assert loaded.to_json()["assessment"]["answers"][qid] == {"note": "hỏi lại kế toán"}
    # an explicit null stays "not applicable"
    assert Answer.from_json({"level": None}, "ladder").na


def test_each_missing_field_is_named_once(tmp_path):
    path = tmp_path / "partial.json"
    path.write_text('{"format": "cds-assessment"}', encoding="utf-8")
    with pytest.raises(InputError) as raised:
        load_assessment_file(path)
    lines = raised.value.render("en").splitlines()
    assert len(lines) == len(set(lines)) == 4
    assert all(f"'{field}'" in "\n".join(lines) for field in ("format_version", "instrument", "business", "assessment"))


def test_whole_numbers_written_as_decimals_are_read_as_whole_numbers(sample_doc, tmp_path):
    """Another tool (a spreadsheet macro, JavaScript) writes 2.0 for 2 and 6.2e9 for 6200000000: JSON Schema
    counts them as integers, so they pass the checks, and must reach scoring and the store as integers."""
    from cds_desktop.domain.plan import make_plan

    ladder = first("ladder").id
    doc = mutate(sample_doc, lambda d: (d["assessment"]["answers"][ladder].update(level=2.0),
                                        d["assessment"].setdefault("targets", {}).update({ladder: 4.0}),
                                        d["business"].update(employees=18.0, annual_revenue_vnd=6.2e9)))
    path = tmp_path / "decimals.json"
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    loaded = load_assessment_file(path)
    answer, business = loaded.assessment.answers[ladder], loaded.business
    assert (answer.level, loaded.assessment.targets[ladder]) == (2, 4)
    assert (business.employees, business.annual_revenue_vnd) == (18, 6_200_000_000)
    assert all(type(v) is int for v in (answer.level, loaded.assessment.targets[ladder], business.employees,
                                         business.annual_revenue_vnd))
    make_plan(loaded.instrument, loaded.business, loaded.assessment)  # scores without a TypeError


def test_a_decimal_where_a_whole_number_belongs_is_still_refused(sample_doc, tmp_path):
    path = tmp_path / "half.json"
    doc = mutate(sample_doc, lambda d: d["assessment"]["answers"][first("ladder").id].update(level=2.5))
    path.write_text(json.dumps(doc), encoding="utf-8")
    with pytest.raises(InputError, match="2.5"):
        load_assessment_file(path)


@pytest.mark.parametrize("where, value, en", [
    ("assessment", "a" * 100_000, "is 100,000 characters long, at most 100"),
    ("assessment", "   ", "is only spaces"),
    ("assessment", "t0\x1b[2J\nx", "control or invisible character"),
    ("assessment", "t0\u202e", "control or invisible character"),
    ("business", "b" * 101, "is 101 characters long"),
    ("business", "khe\u200bsanh", "control or invisible character"),
])
def test_an_id_that_is_endless_blank_or_holds_hidden_characters_is_refused(sample_doc, tmp_path, where, value, en):
    """Ids become keys in the store and appear in every list, report and table: a file from another tool once
    stored a 100,000-character id, an id of three spaces, or one that clears the terminal."""
    path = tmp_path / "ids.json"
    path.write_text(json.dumps(mutate(sample_doc, lambda d: d[where].update(id=value)), ensure_ascii=False),
                    encoding="utf-8")
    with pytest.raises(InputError) as raised:
        load_assessment_file(path)
    message = raised.value.render("en")
    assert f"{where}.id" in message and en in message and "export it again" in message
    assert len(message) < 400 and "\x1b" not in message and "\u202e" not in message
    assert "hãy xuất lại" in raised.value.render("vi")


def test_ids_the_app_and_other_laptops_write_are_accepted(sample_doc):
    for value in ("sample-khe-sanh-t0", "7b8973c5-458c-4db0-92c4-ce8e276ea3fd", "Đánh giá T0 của Hoa", "x" * 100):
        parse_assessment_file(mutate(sample_doc, lambda d: d["assessment"].update(id=value)))


def test_a_bad_tax_code_is_explained_in_words_not_as_a_pattern(sample_doc, tmp_path):
    """The file check and the business form give the same advice: how a tax code is written, with examples."""
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(mutate(sample_doc, lambda d: d["business"].update(tax_code="32006891")),
                               ensure_ascii=False), encoding="utf-8")
    with pytest.raises(InputError) as raised:
        load_assessment_file(path)
    vi, en = raised.value.render("vi"), raised.value.render("en")
    assert "10 chữ số" in vi and "3200123456-001" in vi and "12 chữ số" in vi, vi
    assert "10 digits" in en and "3200123456-001" in en and "12-digit" in en, en
    assert not any(sign in vi + en for sign in ("[0-9]", "^", "pattern", "mẫu ")), (vi, en)


@pytest.mark.parametrize("field, value, vi_words, en_words", [
    ("assessed_on", "27/11/2026", "ngày hợp lệ; viết năm-tháng-ngày", "valid date; write year-month-day"),
    ("stage", "t1", "T0, T1, T2… (chữ T hoa", "T0, T1, T2… (a capital T"),
])
def test_a_mistyped_date_or_stage_is_explained_in_the_readers_words(sample_doc, tmp_path, field, value, vi_words,
                                                                    en_words):
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(mutate(sample_doc, lambda d: d["assessment"].update({field: value})),
                               ensure_ascii=False), encoding="utf-8")
    with pytest.raises(InputError) as raised:
        load_assessment_file(path)
    vi, en = raised.value.render("vi"), raised.value.render("en")
    assert vi_words in vi and value in vi and " date " not in vi and "^T" not in vi, vi
    assert en_words in en and value in en and "^T" not in en, en
