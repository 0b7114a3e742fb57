"""The shipped JSON schemas are themselves valid (the app trusts them at run time)."""

import ast
import importlib.util
import json
import subprocess
import sys

import jsonschema
import pytest

from cds_desktop.paths import schemas_dir
from conftest import REPO

SCHEMAS = sorted(p.name for p in schemas_dir().glob("*.schema.json"))


def test_every_data_format_has_a_schema():
    assert {"instrument.schema.json", "assessment.schema.json", "policies.schema.json"} <= set(SCHEMAS)


@pytest.mark.parametrize("name", SCHEMAS)
def test_schema_is_valid_against_its_meta_schema(name):
    schema = json.loads((schemas_dir() / name).read_text(encoding="utf-8"))
    jsonschema.validators.validator_for(schema).check_schema(schema)


def _hints(node):
    if isinstance(node, dict):
        if "x-hint" in node:
            yield node
        for value in node.values():
            yield from _hints(value)
    elif isinstance(node, list):
        for value in node:
            yield from _hints(value)


@pytest.mark.parametrize("name", SCHEMAS)
def test_every_writing_hint_is_in_both_languages_and_goes_with_a_pattern(name):
    """A pattern's x-hint replaces the regex in the message people read, so it exists in vi and en."""
    import unicodedata

    schema = json.loads((schemas_dir() / name).read_text(encoding="utf-8"))
    for node in _hints(schema):
        hint = node["x-hint"]
        assert "pattern" in node and set(hint) == {"vi", "en"}, node
        assert all(value.strip() and unicodedata.is_normalized("NFC", value) for value in hint.values()), node


# -- the compiled check in front of jsonschema (cds_desktop/domain/schema.py) --------------------------

from hypothesis import HealthCheck, given, settings, strategies as st  # noqa: E402

from cds_desktop.domain import schema as schema_module  # noqa: E402
from cds_desktop.domain.sample import sample_file  # noqa: E402

_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-3, 10**17), st.floats(allow_nan=False),
                     st.sampled_from(["", "x", "T0", "T12", "2025-02-29", "2024-02-29", "2025-13-01", "2025-1-1",
                                      "٢٠٢٥-٠١-٠١", "3200000000\n", "3200000000", "x" * 5001, "completed", "draft",
                                      "enterprise", "cds-assessment", "a@b.vn"]),
                     st.text(max_size=8))
_VALUES = st.recursive(_SCALARS, lambda inner: st.one_of(st.lists(inner, max_size=3),
                                                         st.dictionaries(st.sampled_from(["id", "level", "x"]), inner,
                                                                         max_size=2)), max_leaves=6)


def _paths(node, path=()):
    yield path
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, child in items:
        yield from _paths(child, (*path, key))


@st.composite
def _mutated_sample(draw):
    """The sample assessment file with one to three places changed: a value replaced, a field removed or added."""
    doc = json.loads(sample_file().dumps())
    for _ in range(draw(st.integers(1, 3))):
        path = draw(st.sampled_from(list(_paths(doc))[1:]))
        parent = doc
        for key in path[:-1]:
            parent = parent[key]
        action = draw(st.sampled_from(["replace", "remove", "add"]))
        if action == "replace":
            parent[path[-1]] = draw(_VALUES)
        elif action == "remove":
            del parent[path[-1]]
        elif isinstance(parent, dict):
            parent[draw(st.sampled_from(["extra", "notes", "id", "level"]))] = draw(_VALUES)
    return doc


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_mutated_sample())
def test_the_compiled_check_never_passes_a_file_jsonschema_rejects(doc):
    """Only a file the compiled check rejects goes to jsonschema, so the check must never be the laxer one."""
    if schema_module._passes(doc, "assessment.schema.json"):
        assert schema_module._all_problems(doc, "assessment.schema.json") == []


@pytest.mark.parametrize("name", SCHEMAS)
def test_every_schema_compiles_and_passes_the_shipped_files(name):
    from cds_desktop.domain.instrument_changes import FORMAT, resolve

    instruments = sorted(schemas_dir().parent.joinpath("instruments").glob("*.json"))
    files = [json.loads(p.read_text(encoding="utf-8")) for p in instruments]
    shipped = {"assessment.schema.json": [json.loads(sample_file().dumps())],
               "instrument.schema.json": [resolve(p)[0] for p in instruments],  # a changes file, resolved
               "instrument-changes.schema.json": [doc for doc in files if doc["format"] == FORMAT],
               "policies.schema.json": [json.loads(p.read_text(encoding="utf-8"))
                                        for p in schemas_dir().parent.joinpath("policies").glob("*.json")]}
    schema_module._compiled(name, schema_module._types(name))  # generated without error
    for doc in shipped.get(name, []):
        assert schema_module._passes(doc, name)


def test_a_valid_file_is_checked_without_loading_jsonschema(tmp_path):
    """The generated check is an ordinary module: no validator library is imported for a valid file."""
    sample = tmp_path / "sample.json"
    sample.write_text(sample_file().dumps(), encoding="utf-8")
    code = ("import json, sys\nfrom cds_desktop.cli import main\n"
            f"assert main(['validate', {str(sample)!r}]) == 0\n"
            "print(json.dumps(sorted({m.split('.')[0] for m in sys.modules} & {'jsonschema', 'fastjsonschema'})))")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout.splitlines()[-1]) == []


def _build_schemas():
    spec = importlib.util.spec_from_file_location("build_schemas", REPO / "tools" / "build_schemas.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", SCHEMAS)
def test_the_generated_checks_are_up_to_date_with_the_schemas_and_question_types(name):
    build = _build_schemas()
    shipped, fresh = build.compiled_module(name).read_text(encoding="utf-8"), build.compile_schema(name)
    # Compared as code: ast.unparse may lay the same code out differently on another Python.
    assert ast.dump(ast.parse(shipped)) == ast.dump(ast.parse(fresh)), (
        f"cds_desktop/domain/compiled/ is out of date with {name}: run `python tools/build_schemas.py`")


def test_a_question_type_the_checks_were_not_generated_for_is_checked_by_jsonschema(monkeypatch):
    from cds_desktop.domain import question_types
    from question_type_yes_no import YES_NO

    monkeypatch.setitem(question_types.REGISTRY, YES_NO.name, YES_NO)
    doc = json.loads(sample_file().dumps())
    assert not schema_module._passes(doc, "assessment.schema.json")  # no generated check for this registry
    assert schema_module.schema_problems(doc, "assessment.schema.json") == []
    doc["business"]["name"] = ""
    assert [p.where for p in schema_module.schema_problems(doc, "assessment.schema.json")] == ["business.name"]
