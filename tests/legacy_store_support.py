"""Helpers for the tests of data an earlier release stored, which an import now refuses (a province such as
"Atlantis", a tax code ending in a line break): the CLI run, the store written that way, and its bytes."""

from __future__ import annotations

import json
from pathlib import Path

from cds_desktop.cli import main

ATLANTIS = {"vi": "business.province: 'Atlantis' không phải một trong 34 tỉnh, thành phố hiện có từ 01/07/2025; "
                  "hãy ghi một trong số đó, ví dụ Quảng Trị",
            "en": "business.province: 'Atlantis' is not one of the 34 provinces and cities since 1 Jul 2025; "
                  "write one of them, for example Quảng Trị"}


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def write_sample(folder: Path, capsys) -> Path:
    path = folder / "sample.json"
    assert main(["sample", "-o", str(path)]) == 0
    capsys.readouterr()  # what `sample` says it wrote is not what the test reads
    return path


def as_an_earlier_release_stored(data: Path, **fields) -> None:
    """Give every stored business `fields` in the database file, as an earlier release could store them."""
    db = data / "cds-desktop.json"
    tables = json.loads(db.read_text(encoding="utf-8"))
    for record in tables["businesses"].values():
        record.update(fields)
    db.write_text(json.dumps(tables, ensure_ascii=False), encoding="utf-8")


def folder_bytes(folder: Path) -> dict:
    return {p.relative_to(folder): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}
