"""The shipped JSON schemas are themselves valid (the app trusts them at run time)."""

import json

import jsonschema
import pytest

from cds_desktop.paths import schemas_dir

SCHEMAS = sorted(p.name for p in schemas_dir().glob("*.schema.json"))


def test_every_data_format_has_a_schema():
    assert {"instrument.schema.json", "assessment.schema.json", "policies.schema.json"} <= set(SCHEMAS)


@pytest.mark.parametrize("name", SCHEMAS)
def test_schema_is_valid_against_its_meta_schema(name):
    schema = json.loads((schemas_dir() / name).read_text(encoding="utf-8"))
    jsonschema.validators.validator_for(schema).check_schema(schema)
