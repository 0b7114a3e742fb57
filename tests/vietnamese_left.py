"""Vietnamese left in an English text: words with Vietnamese letters that are neither part of a document
number (80/2021/NĐ-CP, 1970/QĐ-BTTTT) nor a word of a name the app shows as it is in both languages: a
province or commune, what the user typed (the business, the assessor, the notes), the product's name and a
few names quoted on purpose (`QUOTED`). A document number is allowed whole, never word by word: "NĐ" alone is
the Vietnamese for Decree.

Used on the window, the CLI and the PDFs in English: a label, heading or explanation in Vietnamese fails.
"""

import html
import json
import re
import unicodedata
from functools import cache

# đ and the letters with a breve, circumflex or horn, and any tone mark (after NFD)
_VIETNAMESE = re.compile("[đĐ\u0300-\u0309\u031b\u0323]")
_DOCUMENT_NUMBER = re.compile(r"\d+/(\d+/)?[\w-]+")  # 80/2021/NĐ-CP, 1970/QĐ-BTTTT, 91/2025/QH15
_TAG = re.compile(r"<[^>]+>")
_EDGES = "()[]{},.;:!?·—–\"'“”‘’…*"

# Quoted on purpose in English texts, each with its reason.
QUOTED = {
    "CĐS Desktop": "the product's name",
    "Tiếng Việt": "a language's name, written in that language in the language chooser",
    "Tết": "the holiday's own name, as English writes it",
    "Hội đồng quản trị": "the board's Vietnamese name, quoted after the English in a question's example",
    "Đề án hỗ trợ chuyển đổi số": "the Quảng Trị draft scheme's own name, cited by the catalog: it has no number",
}


def has_vietnamese(value: str) -> bool:
    return bool(_VIETNAMESE.search(unicodedata.normalize("NFD", value)))


def _words(value: str) -> set[str]:
    return set(re.findall(r"\w+", unicodedata.normalize("NFC", value)))


@cache
def names_shown_as_they_are() -> frozenset[str]:
    """The words of the names shown alike in both languages: places, the product, names quoted on purpose."""
    from cds_desktop.domain.places import former_province_names, quang_tri_communes
    from cds_desktop.domain.policies import shipped_catalog
    from cds_desktop.domain.vocabulary import provinces

    names = [*QUOTED]
    for province in provinces():
        names += [province.name, *province.former_provinces, *province.former_districts]
    for former in former_province_names().values():
        names += former
    for row in quang_tri_communes():
        names += row.values()
    names += [policy.province for policy in shipped_catalog().policies if policy.province]
    return frozenset(word for name in names for word in _words(name))


def typed_words(document) -> set[str]:
    """Every word of what the user typed in an assessment file's JSON (the business, the assessor, notes),
    not the questionnaire it carries."""
    found: set[str] = set()

    def walk(node):
        if isinstance(node, str):
            found.update(_words(node))
        elif isinstance(node, dict):
            for key, value in node.items():
                if key != "instrument":
                    walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)
    walk(json.loads(document) if isinstance(document, str) else document)
    return found


def vietnamese_left(value: str, typed: set[str] = frozenset()) -> set[str]:
    """The words of an English `value` (plain text or Qt rich text) that are Vietnamese and not allowed."""
    plain = html.unescape(_TAG.sub(" ", value))
    left = set()
    for token in plain.split():
        token = token.strip(_EDGES)
        if not has_vietnamese(token) or _DOCUMENT_NUMBER.fullmatch(token):
            continue
        left |= {word for word in _words(token)
                 if has_vietnamese(word) and word not in typed and word not in names_shown_as_they_are()}
    return left
