"""JSON-schema validation whose messages name the entry (by id) and the field, in vi and en.

Two validators, one verdict: a document is first checked by code generated from the schema by fastjsonschema
(`domain/compiled/`, made by `python tools/build_schemas.py`), which stops at the first violation and says
little but costs about a millisecond and an ordinary import; only a document it rejects goes to jsonschema,
which finds every violation and decides. jsonschema alone would cost ~0.1 s (its import) on every `cds-cli
score` or `validate`. tests/test_schemas.py checks that the generated code is up to date and never passes a
document jsonschema rejects.
"""

from __future__ import annotations

import importlib
import json
import re
from collections.abc import Callable
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from ..errors import InstrumentError, Problem
from ..fileio import parse_json, read_bounded
from ..formats import format_number, in_both
from ..i18n import text
from ..paths import schemas_dir


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)


def _is_date(value: str) -> bool:
    """jsonschema's "date" format, so that both validators agree on it."""
    try:
        return bool(_ISO_DATE.fullmatch(value)) and bool(date.fromisoformat(value))
    except ValueError:
        return False


FORMATS = {"date": _is_date}


def compiled_name(schema_name: str) -> str:
    """"instrument-changes.schema.json" -> "instrument_changes": its module in domain/compiled/."""
    return schema_name.removesuffix(".schema.json").replace("-", "_")


@cache
def _compiled(schema_name: str, types: tuple) -> Callable[..., Any] | None:
    """The generated check of the schema, or None where the question types registered are not the ones it
    was generated for (a test's own type): jsonschema alone then decides."""
    module = importlib.import_module(f"{__package__}.compiled.{compiled_name(schema_name)}")
    return module.validate if module.QUESTION_TYPES == tuple(name for name, _ in types) else None


def question_type_names(schema_name: str) -> tuple[str, ...]:
    """The registered question types whose fields the schema takes (none for most): what its compiled check
    is generated for (tools/build_schemas.py)."""
    return tuple(name for name, _ in _types(schema_name))


def _passes(document: Any, schema_name: str) -> bool:
    """The generated check's verdict: True only for a valid document."""
    check = _compiled(schema_name, _types(schema_name))
    if check is None:
        return False
    try:
        check(document, custom_formats=FORMATS)
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
        hint = error.schema.get("x-hint")  # how to write it, for a field people type; the regex is for authors
        if isinstance(hint, dict):
            return text(f"{error.instance!r} chưa đúng cách viết: {hint['vi']}", f"{error.instance!r} is not written as expected: {hint['en']}")
        return text(f"{error.instance!r} sai định dạng (mẫu {value})", f"{error.instance!r} has the wrong format (pattern {value})")
    if kind == "format" and value == "date":
        return text(f"{error.instance!r} không phải ngày hợp lệ; viết năm-tháng-ngày, ví dụ 2025-07-01",
                    f"{error.instance!r} is not a valid date; write year-month-day, e.g. 2025-07-01")
    if kind == "format":
        return text(f"{error.instance!r} không đúng dạng {value}", f"{error.instance!r} is not a valid {value}")
    if kind == "uniqueItems":
        return text("có mục bị lặp lại", "has duplicate items")
    if kind == "oneOf":
        return text("không khớp với dạng nào được phép", "does not match any allowed form")
    if kind == "not":
        return text("có trường không được dùng cùng loại này", "has a field not allowed for this kind")
    return text(error.message, error.message)


def schema_problems(document: Any, schema_name: str) -> list[Problem]:
    """Every schema violation, each naming its entry and field."""
    return [] if _passes(document, schema_name) else _all_problems(document, schema_name)


def _all_problems(document: Any, schema_name: str) -> list[Problem]:
    errors = sorted(_validator(schema_name, _types(schema_name)).iter_errors(document), key=lambda e: list(map(str, e.absolute_path)))
    return [Problem(_where(document, e.absolute_path), _message(e)) for e in errors]


def load_data_file(path: Path, schema_name: str, semantic_problems: Callable[[Any], list[Problem]]) -> Any:
    """A shipped data file (instrument, catalog) checked against its schema, then by `semantic_problems`
    for what a schema cannot say; any problem raises InstrumentError naming the file, entry and field."""
    raw = read_bounded(path, InstrumentError)
    doc = parse_json(raw, path, InstrumentError)
    problems = schema_problems(doc, schema_name) or semantic_problems(doc)
    if problems:
        raise InstrumentError(problems, str(path))
    return doc
