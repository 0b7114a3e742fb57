"""Compile the JSON schemas to Python: cds_desktop/domain/compiled/<schema>.py, one module per schema.

    python tools/build_schemas.py

Run it after changing a schema in assessments/schemas/ or a question type's fields (the instrument and
assessment schemas take those from the registry); tests/test_schemas.py fails while a module is out of date.
The app imports these modules like any other (Python caches their bytecode), so checking a valid file
needs neither fastjsonschema nor jsonschema at run time (cds_desktop/domain/schema.py).
"""

from __future__ import annotations

import ast
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from cds_desktop.domain import schema as schema_module  # noqa: E402
from cds_desktop.paths import schemas_dir  # noqa: E402

COMPILED_DIR = REPO / "cds_desktop" / "domain" / "compiled"
HEADER = '''\
# Generated from assessments/schemas/{schema_name}{with_types}
# by tools/build_schemas.py with fastjsonschema {version}: do not edit; change the schema and run
# `python tools/build_schemas.py`.
# mypy: ignore-errors
'''
# fastjsonschema's exceptions, without importing it: the first violation is all the caller needs (jsonschema
# then finds and words every one).
PRELUDE = '''

class JsonSchemaValueException(ValueError):
    pass


JsonSchemaValuesException = JsonSchemaValueException
QUESTION_TYPES = {types!r}  # the registry this was generated for; another one is checked by jsonschema alone
'''
_IMPORT = "from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException\n"
_MARK = "PRELUDE = None\n"  # where the prelude goes, through the transformation


def schema_names() -> list[str]:
    return sorted(p.name for p in schemas_dir().glob("*.schema.json"))


def compiled_module(schema_name: str) -> Path:
    return COMPILED_DIR / f"{schema_module.compiled_name(schema_name)}.py"


def compile_schema(schema_name: str) -> str:
    """The generated module's text: fastjsonschema's code for the schema as the app uses it (with the
    registered question types' fields), with its own exception class and a `validate` entry point."""
    import fastjsonschema

    types = schema_module.question_type_names(schema_name)
    # use_default=False: fastjsonschema would otherwise write the schema's defaults into the document.
    code = fastjsonschema.compile_to_code(schema_module.schema(schema_name), formats=schema_module.FORMATS,
                                          use_default=False)
    assert _IMPORT in code, "fastjsonschema's generated imports changed: adapt tools/build_schemas.py"
    imports, body = code.split(_IMPORT, 1)
    imports, body = _without_details(imports + _MARK + body).split(_MARK, 1)
    entry = re.search(r"^def (validate\w*)\(", body, re.MULTILINE)
    assert entry is not None, "fastjsonschema generated no validate function"
    with_types = f" (with the question types {', '.join(types)})" if types else ""
    header = HEADER.format(schema_name=schema_name, with_types=with_types, version=fastjsonschema.VERSION)
    return header + imports.rstrip() + "\n" + PRELUDE.format(types=types) + body.rstrip() + f"\n\n\nvalidate = {entry[1]}\n"


def _without_details(code: str) -> str:
    """The code without what only its messages use, since only its verdict is read: fastjsonschema adds the
    value, the rule and the whole schema fragment to every `raise` (more than doubling the module; its
    `detailed_exceptions=False` fails on `const` in 2.22), and builds the path of every value it descends
    into ("data.questions[3].levels[2].text", by `str.format(**locals())`) before knowing it is wrong:
    a third of the time spent on the questionnaire."""
    tree = ast.parse(code)
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)):
            continue
        if node.func.id in ("JsonSchemaValueException", "JsonSchemaValuesException"):
            node.keywords = []
        elif node.func.id.startswith("validate_") and len(node.args) == 3:  # (data, custom_formats, name_prefix)
            node.args[2] = ast.Constant(None)
        elif node.func.id == "isinstance" and isinstance(node.args[1], ast.Tuple):
            # Our documents come from json.loads, which makes no Decimal: no need to import decimal to check.
            node.args[1].elts = [e for e in node.args[1].elts if not (isinstance(e, ast.Name) and e.id == "Decimal")]
    if not any(isinstance(node, ast.Name) and node.id == "Decimal" for node in ast.walk(tree)):
        tree.body = [n for n in tree.body if not (isinstance(n, ast.ImportFrom) and n.module == "decimal")]
    return ast.unparse(tree) + "\n"


def main() -> None:
    COMPILED_DIR.mkdir(exist_ok=True)
    init = COMPILED_DIR / "__init__.py"
    if not init.exists():
        init.write_text('"""The JSON schemas compiled to Python by tools/build_schemas.py (domain/schema.py uses them)."""\n',
                        encoding="utf-8")
    wanted = {compiled_module(name) for name in schema_names()}
    for stale in set(COMPILED_DIR.glob("*.py")) - wanted - {init}:
        stale.unlink()
    for name in schema_names():
        compiled_module(name).write_text(compile_schema(name), encoding="utf-8", newline="\n")
        print("compiled", name, "->", compiled_module(name).relative_to(REPO))


if __name__ == "__main__":
    main()
