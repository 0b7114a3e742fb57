"""Free text is bounded where it enters: the exchange format, so every view and the printed report
hold whatever the app accepts. An over-long field in a file is refused with the field named."""

import copy
import json

import pytest

from cds_desktop.cli import main
from cds_desktop.domain.assessment import load_assessment_file
from cds_desktop.domain.instrument import current_instrument
from cds_desktop.domain.limits import NAME, NOTE, TEXT_LIMITS
from cds_desktop.domain.sample import sample_file
from cds_desktop.errors import InputError

from conftest import REPO


def schema_limits() -> dict[str, int]:
    """maxLength of every string field under the schema's $defs, by path ("business.contact.email")."""
    defs = json.loads((REPO / "assessments/schemas/assessment.schema.json").read_text(encoding="utf-8"))["$defs"]
    found = {}

    def walk(node, path):
        if isinstance(node, dict):
            if "maxLength" in node:
                found[path] = node["maxLength"]
            for key, value in node.get("properties", {}).items():
                walk(value, f"{path}.{key}")
            for branch in node.get("oneOf", []):
                walk(branch, path)

    for name, node in defs.items():
        walk(node, name)
    return found


def test_the_schema_and_the_window_use_the_same_limits():
    assert schema_limits() == TEXT_LIMITS
    assert (NOTE, NAME) == (2_000, 300)


def ladder_id():
    return next(q.id for q in current_instrument().questions if q.type == "ladder")


def put(doc, field, value):
    """Set a TEXT_LIMITS field in an assessment file document."""
    kind, *path = field.split(".")
    if kind == "answer":
        node = doc["assessment"]["answers"][ladder_id()]
    elif kind == "assessment":
        node = doc["assessment"].setdefault("assessor", {"name": "Nguyễn Văn An"}) or {}
        doc["assessment"]["assessor"] = node
        path = path[1:]
    else:
        node = doc["business"]
    for key in path[:-1]:
        node = node.setdefault(key, {})
    node[path[-1]] = value


def written(tmp_path, doc, name="file.json"):
    path = tmp_path / name
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("field", TEXT_LIMITS)
def test_a_file_with_text_over_the_limit_is_refused_naming_the_field(field, tmp_path):
    doc = copy.deepcopy(sample_file().to_json())
    limit = TEXT_LIMITS[field]
    put(doc, field, "ạ" * (limit + 1))
    with pytest.raises(InputError) as raised:
        load_assessment_file(written(tmp_path, doc))
    where = field.split(".", 1)[1] if not field.startswith("answer.") else f"answers.{ladder_id()}.note"
    vi, en = raised.value.render("vi"), raised.value.render("en")
    assert where in vi and where in en
    shown = f"{limit:,}"
    assert f"tối đa {shown.replace(',', '.')}" in vi and f"at most {shown}" in en, en


def test_a_note_and_a_name_at_the_limit_are_accepted(tmp_path):
    doc = copy.deepcopy(sample_file().to_json())
    put(doc, "answer.note", "Sổ sách ghi tay; " * (NOTE // 17) + "x" * (NOTE % 17))
    put(doc, "business.name", "Công ty " + "A" * (NAME - 8))
    loaded = load_assessment_file(written(tmp_path, doc))
    assert len(loaded.assessment.answers[ladder_id()].note) == NOTE and len(loaded.business.name) == NAME


def test_importing_an_over_long_note_exits_2_and_stores_nothing(tmp_path, capsys):
    doc = copy.deepcopy(sample_file().to_json())
    put(doc, "answer.note", "x" * (NOTE + 1))
    data = str(tmp_path / "data")
    code = main(["import", str(written(tmp_path, doc, "long-note.json")), "--data-dir", data, "--lang", "en"])
    err = capsys.readouterr().err
    assert code == 2 and "long-note.json" in err and f"answers.{ladder_id()}.note" in err and "Traceback" not in err
    assert main(["list", "--json", "--data-dir", data]) == 0
    assert json.loads(capsys.readouterr().out) == []
