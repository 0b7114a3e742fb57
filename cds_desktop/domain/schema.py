"""JSON-schema validation whose messages name the entry (by id) and the field, in vi and en.

Two validators, one verdict: a document is first checked by code compiled from the schema
(fastjsonschema), which stops at the first violation and says little but costs well under a millisecond;
only a document it rejects goes to jsonschema, which finds every violation and decides. jsonschema alone
would cost ~0.1 s (its import) on every `cds-cli score` or `validate`. tests/test_schemas.py checks that
the compiled check never passes a document jsonschema rejects.
"""

from __future__ import annotations

import hashlib
import json
import marshal
import re
import sys
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, Callable

from .. import __version__
from ..errors import InstrumentError, Problem
from ..fileio import parse_json, read_bounded, write_atomically
from ..formats import format_number, in_both
from ..i18n import text
from ..paths import schemas_dir, validated_cache_dir

_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)


def _is_date(value: str) -> bool:
    """jsonschema's "date" format, so that both validators agree on it."""
    try:
        return bool(_ISO_DATE.fullmatch(value)) and bool(date.fromisoformat(value))
    except ValueError:
        return False


_FORMATS = {"date": _is_date}
_IMPORT = "from fastjsonschema import JsonSchemaValueException, JsonSchemaValuesException"


class _Violation(ValueError):
    """What the compiled check raises at the first violation (in place of fastjsonschema's exceptions, so a
    run that loads the compiled code does not import fastjsonschema)."""

    def __init__(self, message: str = "", *args: Any, **kwargs: Any):
        super().__init__(message)


@cache
def _compiled(schema_name: str, types: tuple) -> Callable[..., Any]:
    """The schema as a Python function. Generating it takes ~70 ms, so its bytecode is kept in the user
    cache folder, keyed by the app version, the schema and the Python version; a damaged or missing
    copy is generated again, and an unwritable cache only costs time."""
    source = _schema_bytes(schema_name, types)
    key = hashlib.sha256(b"\0".join([b"compiled", __version__.encode(), sys.implementation.cache_tag.encode(),
                                      source])).hexdigest()
    cached = validated_cache_dir() / f"{key}.validator"
    try:
        code = marshal.loads(cached.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        code = _generate(schema_name, _schema(schema_name, types))
        try:
            cached.parent.mkdir(parents=True, exist_ok=True)
            write_atomically(cached, marshal.dumps(code))
        except OSError:
            pass
    namespace: dict[str, Any] = {"JsonSchemaValueException": _Violation, "JsonSchemaValuesException": _Violation}
    exec(code, namespace)
    return namespace["validate"]


def _generate(schema_name: str, schema: dict[str, Any]):
    import fastjsonschema

    # use_default=False: fastjsonschema would otherwise write the schema's defaults into the document.
    python = fastjsonschema.compile_to_code(schema, formats=_FORMATS, use_default=False)
    entry = re.search(r"^def (validate\w*)\(", python, re.MULTILINE)
    assert entry is not None, "fastjsonschema generated no validate function"
    python = python.replace(_IMPORT, "") + f"\nvalidate = {entry[1]}\n"
    return compile(python, f"<{schema_name}, compiled>", "exec")


def _passes(document: Any, schema_name: str) -> bool:
    """The compiled check's verdict: True only for a valid document."""
    try:
        _compiled(schema_name, _types(schema_name))(document, custom_formats=_FORMATS)
    except Exception:  # a violation, or any surprise of the generated code: jsonschema decides
        return False
    return True


def schema(schema_name: str) -> dict[str, Any]:
    """A shipped schema as it is used (every validator here uses it so): with what the registered question
    types add (question_types.schema_with_types)."""
    return _schema(schema_name, _types(schema_name))


# The schemas the question types add to (question_types.schema_with_types). The others (vocabulary,
# policies, ...) are used as written, without importing the types, which load the whole domain.
TYPED_SCHEMAS = ("instrument.schema.json", "assessment.schema.json")


def _types(schema_name: str) -> tuple:
    if schema_name not in TYPED_SCHEMAS:
        return ()
    from .question_types import REGISTRY

    return tuple(REGISTRY.items())


@cache
def _schema(schema_name: str, types: tuple) -> dict[str, Any]:
    written = json.loads((schemas_dir() / schema_name).read_text(encoding="utf-8"))
    if schema_name not in TYPED_SCHEMAS:
        return written
    from .question_types import schema_with_types

    return schema_with_types(schema_name, written)


@cache
def _schema_bytes(schema_name: str, types: tuple) -> bytes:
    return json.dumps(_schema(schema_name, types), sort_keys=True).encode()


@cache
def _validator(schema_name: str, types: tuple):
    import jsonschema

    used = _schema(schema_name, types)
    cls = jsonschema.validators.validator_for(used)
    # The shipped schemas are checked against the meta-schema by the tests, not on every run.
    return cls(used, format_checker=cls.FORMAT_CHECKER)


def _where(document: Any, path) -> str:
    """['questions', 3, 'levels', 2] -> 'questions[biz_sales].levels[2]' (ids where entries have them)."""
    parts: list[str] = []
    node = document
    for key in path:
        if isinstance(key, int):
            entry = node[key] if isinstance(node, list) and key < len(node) else None
            label = entry.get("id") if isinstance(entry, dict) and isinstance(entry.get("id"), str) else key
            if parts:
                parts[-1] += f"[{label}]"
            else:
                parts.append(f"[{label}]")
            node = entry
        else:
            parts.append(str(key))
            node = node.get(key) if isinstance(node, dict) else None
    return ".".join(parts)


def _message(error) -> dict[str, str]:
    kind, value = error.validator, error.validator_value
    if kind == "required":  # one error per missing field; its name is the quoted part of the message
        name = error.message.split("'")[1] if error.message.count("'") >= 2 else ", ".join(value)
        return text(f"thiếu trường bắt buộc '{name}'", f"required field '{name}' is missing")
    if kind == "additionalProperties":
        extra = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        names = ", ".join(extra)
        return text(f"trường không được phép '{names}' (kiểm tra lỗi chính tả)",
                    f"unexpected field '{names}' (check the spelling)")
    if kind == "type":
        vi_types = {"string": "chuỗi", "integer": "số nguyên", "number": "số", "object": "đối tượng",
                    "array": "danh sách", "boolean": "true/false", "null": "null"}
        types = value if isinstance(value, list) else [value]
        return text(f"phải là {' hoặc '.join(vi_types.get(t) or t for t in types)}, không phải {error.instance!r}",
                    f"must be {' or '.join(types)}, not {error.instance!r}")
    if kind in ("enum", "const"):
        allowed = ", ".join(map(str, value if kind == "enum" else [value]))
        return text(f"giá trị {error.instance!r} không hợp lệ; dùng một trong: {allowed}",
                    f"value {error.instance!r} is not allowed; use one of: {allowed}")
    if kind in ("minimum", "exclusiveMinimum"):
        return text(f"{error.instance!r} quá nhỏ (tối thiểu {value})", f"{error.instance!r} is too small (minimum {value})")
    if kind in ("maximum", "exclusiveMaximum"):
        return text(f"{error.instance!r} quá lớn (tối đa {value})", f"{error.instance!r} is too large (maximum {value})")
    if kind == "minItems":
        return text(f"cần ít nhất {value} mục", f"needs at least {value} items")
    if kind == "maxItems":
        return text(f"có nhiều nhất {value} mục", f"allows at most {value} items")
    if kind == "minLength":
        return text("không được để trống", "must not be empty")
    if kind == "maxLength":
        size, most = in_both(format_number, len(error.instance)), in_both(format_number, value)
        return text(f"dài {size['vi']} ký tự, tối đa {most['vi']}; hãy rút gọn",
                    f"is {size['en']} characters long, at most {most['en']}; shorten it")
    if kind == "pattern":
        return text(f"{error.instance!r} sai định dạng (mẫu {value})", f"{error.instance!r} has the wrong format (pattern {value})")
    if kind == "format":
        return text(f"{error.instance!r} không phải {value} hợp lệ (ví dụ 2025-07-01)",
                    f"{error.instance!r} is not a valid {value} (e.g. 2025-07-01)")
    if kind == "uniqueItems":
        return text("có mục bị lặp lại", "has duplicate items")
    if kind == "oneOf":
        return text("không khớp với dạng nào được phép", "does not match any allowed form")
    if kind == "not":
        return text("có trường không được dùng cùng loại này", "has a field not allowed for this kind")
    return text(error.message, error.message)


def schema_problems(document: Any, schema_name: str, source: bytes | None = None) -> list[Problem]:
    """Every schema violation, each naming its entry and field.

    With `source` (the file's bytes), a file already found valid under this schema and app version is
    not checked again (nor, by load_data_file, read with the bounds' checks): the shipped questionnaire,
    vocabulary and catalogs load on every start. Any edit to the file or the schema changes the key.
    """
    marker = _marker(schema_name, source) if source is not None else None
    if marker is not None and marker.exists():
        return []
    problems = [] if _passes(document, schema_name) else _all_problems(document, schema_name)
    if marker is not None and not problems:
        try:
            marker.parent.mkdir(parents=True, exist_ok=True)
            marker.touch()
        except OSError:
            pass  # a read-only cache only costs time
    return problems


def _all_problems(document: Any, schema_name: str) -> list[Problem]:
    errors = sorted(_validator(schema_name, _types(schema_name)).iter_errors(document), key=lambda e: list(map(str, e.absolute_path)))
    return [Problem(_where(document, e.absolute_path), _message(e)) for e in errors]


def validated(schema_name: str, source: bytes) -> bool:
    """Whether these very bytes passed the reading checks and `schema_name` before."""
    return _marker(schema_name, source).exists()


def _marker(schema_name: str, source: bytes) -> Path:
    used = _schema_bytes(schema_name, _types(schema_name))
    key = hashlib.sha256(b"\0".join([__version__.encode(), used, source])).hexdigest()
    return validated_cache_dir() / key


def load_data_file(path: Path, schema_name: str, semantic_problems: Callable[[Any], list[Problem]]) -> Any:
    """A shipped data file (instrument, catalog) checked against its schema, then by `semantic_problems`
    for what a schema cannot say; any problem raises InstrumentError naming the file, entry and field."""
    raw = read_bounded(path, InstrumentError)
    if validated(schema_name, raw):  # these very bytes passed the reading checks and the schema before
        doc = json.loads(raw.decode("utf-8-sig"))
        problems = semantic_problems(doc)
    else:
        doc = parse_json(raw, path, InstrumentError)
        problems = schema_problems(doc, schema_name, source=raw) or semantic_problems(doc)
    if problems:
        raise InstrumentError(problems, str(path))
    return doc
