"""The shared vocabulary (assessments/vocabulary.json): the one list of the funding categories that
the instrument's steps cost and the catalog's supports pay for. The schemas only say what an id looks
like; the loaders check every id against this list, so a category is added in the data alone."""

from __future__ import annotations

from functools import cache

from ..errors import Problem
from ..i18n import Text, text
from ..paths import assessments_dir
from .schema import load_data_file

FILE = "vocabulary.json"


@cache
def funding_names() -> dict[str, Text]:
    """Funding category id -> its name, in the order of the file."""
    doc = load_data_file(assessments_dir() / FILE, "vocabulary.schema.json", lambda _: [])
    return dict(doc["funding_categories"])


def unknown_funding(where: str, listed: list[str]) -> list[Problem]:
    """A problem for each category in `listed` the vocabulary does not have."""
    known = funding_names()
    return [Problem(where, text(f"hạng mục chi trả '{f}' không có trong {FILE}; dùng: {', '.join(known)}",
                                f"funding category '{f}' is not in {FILE}; use: {', '.join(known)}"))
            for f in listed if f not in known]
