"""Where every box of the printed questionnaire is: the contract between the form writer and its readers.

Rectangles are in PDF points with the origin at the page's lower left, as `cds-cli blank-form --layout`
publishes them. The QR code on each page carries, separated by `|`:

    CDS2|form id|page|printout id|business key|assessment key

The form id names the arrangement of boxes (instrument id, version, language and a hash of the layout: a
form printed by another app version has another one). The printout id (eight letters and digits, printed in
each page's footer as `K7QX-M4PT`) is new for every form made: it keeps the pages of two printouts of the
same form apart. The business and assessment keys are empty unless the form was printed for a stored
business: seven characters of a hash of each id (`link_key`), matched against the store when the form is
read. Whole ids made the code denser than a photo sent through a chat app keeps legible: the payload must
stay within 62 bytes (QR version 4, level M), as tests/test_paper_form.py checks.

Forms printed by earlier releases say `CDS1|form id|instrument id|instrument version|lang|page|pages|
business id|assessment id[|printout id]`, with whole ids; they are read as before.
"""

from __future__ import annotations

import hashlib
import json
import secrets
from dataclasses import dataclass, field
from typing import Any

from ..i18n import text

Rect = tuple[float, float, float, float]
KINDS = ("level", "option", "na", "profile")
QR_PREFIX = "CDS2"
LEGACY_PREFIX = "CDS1"  # forms of earlier releases, still read
QR_CAPACITY = 62  # bytes a version 4 code holds at level M: the densest a 100 dpi photo keeps legible
LINK_LENGTH = 7  # 31^7: one stored id in 27 billion shares a key with a given one
PRINTOUT_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ"  # no 0/O, 1/I/L: read aloud or typed from the footer
PRINTOUT_LENGTH = 8
MAX_COPIES = 50  # printouts made at once, one PDF (a consultant's round of visits; 22 pages each)


# How the form and its readers name a profile field (the `profile.<field>` boxes), for a person checking a reading.
PROFILE_FIELD_NAMES = {
    "entity_type": text("Loại hình", "Type of business"),
    "sector": text("Lĩnh vực chính", "Main sector"),
    "produces_goods": text("Tự sản xuất, chế biến hàng hóa", "Makes or processes goods"),
    "employees": text("Số lao động", "Workers"),
    "annual_revenue_vnd": text("Doanh thu", "Revenue"),
    "total_capital_vnd": text("Tổng nguồn vốn", "Total capital"),
    "commune": text("Xã, phường, đặc khu", "Commune"),
}


def question_numbers(instrument: Any) -> dict[str, int]:
    """The number each question is printed with (1, 2, … area by area): how a consultant finds it on paper."""
    ids = (q.id for area in instrument.areas for q in instrument.questions_in(area.id))
    return {qid: number for number, qid in enumerate(ids, start=1)}


def new_printout_id() -> str:
    """A fresh id for one printout of a form (31^8 ids: two printouts never share one by chance)."""
    return "".join(secrets.choice(PRINTOUT_ALPHABET) for _ in range(PRINTOUT_LENGTH))


def printout_label(printout: str) -> str:
    """The printout id as the footer shows it, in two groups of four: K7QX-M4PT ("" when it has none)."""
    return f"{printout[:4]}-{printout[4:]}" if len(printout) == PRINTOUT_LENGTH else printout


@dataclass(frozen=True)
class Box:
    question_id: str  # a question id, or "profile.<field>" for the business header
    kind: str  # "level" | "option" | "na" | "profile"
    value: Any  # the level, the option id, the option id a "not relevant" box belongs to (None: the question), ...
    rect: Rect

    def to_json(self) -> dict[str, Any]:
        return {"question_id": self.question_id, "kind": self.kind, "value": self.value,
                "rect": [round(v, 2) for v in self.rect]}


def link_key(stored_id: str) -> str:
    """What a QR code carries for a stored business's or assessment's id ("" for none): a short hash of it."""
    if not stored_id:
        return ""
    number = int.from_bytes(hashlib.sha256(stored_id.encode("utf-8")).digest()[:8], "big")
    return "".join(PRINTOUT_ALPHABET[number // len(PRINTOUT_ALPHABET) ** i % len(PRINTOUT_ALPHABET)]
                   for i in range(LINK_LENGTH))


def links_to(stored_id: str | None, carried: str) -> bool:
    """Whether what a QR code carries for a business or an assessment (its key, or the whole id on an earlier
    release's form) names this stored id."""
    return bool(carried and stored_id) and carried in (stored_id, link_key(stored_id or ""))


@dataclass(frozen=True)
class QrData:
    """What a page's QR code says. `business_id` and `assessment_id` are as the code carries them: keys
    (`link_key`) on this release's forms, whole ids on earlier ones (`carries_ids`); `links_to` matches either."""

    form_id: str
    instrument_id: str
    instrument_version: str
    lang: str
    page: int
    pages: int  # carried by earlier releases' codes only (0 here): a reader takes it from the layout
    business_id: str = ""
    assessment_id: str = ""
    printout: str = ""  # "" on forms printed before printouts had ids
    prefix: str = QR_PREFIX

    @property
    def carries_ids(self) -> bool:
        return self.prefix == LEGACY_PREFIX

    def payload(self) -> str:
        if self.carries_ids:
            parts = [LEGACY_PREFIX, self.form_id, self.instrument_id, self.instrument_version, self.lang,
                     str(self.page), str(self.pages), self.business_id, self.assessment_id]
            return "|".join([*parts, self.printout] if self.printout else parts)
        return "|".join([QR_PREFIX, self.form_id, str(self.page), self.printout, self.business_id,
                         self.assessment_id])

    @classmethod
    def parse(cls, payload: str) -> "QrData | None":
        """None when the code is not one of ours (another QR code on the page, a damaged read)."""
        parts = payload.split("|")
        if parts[0] == QR_PREFIX and len(parts) == 6 and parts[2].isdigit() and len(parts[1].split("-")) >= 4:
            instrument_id, version, lang, _ = parts[1].rsplit("-", 3)
            return cls(parts[1], instrument_id, version, lang, int(parts[2]), 0, parts[4], parts[5], parts[3])
        # earlier releases: nine fields before printout ids, ten with one
        if len(parts) not in (9, 10) or parts[0] != LEGACY_PREFIX or not (parts[5].isdigit() and parts[6].isdigit()):
            return None
        return cls(parts[1], parts[2], parts[3], parts[4], int(parts[5]), int(parts[6]), parts[7], parts[8],
                   parts[9] if len(parts) == 10 else "", LEGACY_PREFIX)


@dataclass
class PageLayout:
    number: int
    qr_rect: Rect = (0, 0, 0, 0)
    marks: list[Rect] = field(default_factory=list)
    boxes: list[Box] = field(default_factory=list)


@dataclass
class FormLayout:
    instrument_id: str
    instrument_version: str
    lang: str
    page_size: tuple[float, float]
    pages: list[PageLayout] = field(default_factory=list)
    business_id: str = ""
    assessment_id: str = ""
    printout: str = ""  # this printout's id: not part of the form id, which names the boxes alone

    @property
    def printout_label(self) -> str:
        return printout_label(self.printout)

    @property
    def form_id(self) -> str:
        """Names this exact arrangement of boxes: a form printed by another app version, in another language
        or for another instrument version has another id, so its pages are never read with this layout."""
        digest = hashlib.sha256(json.dumps(
            [self.instrument_id, self.instrument_version, self.lang, self.page_size,
             [[p.number, p.qr_rect, p.marks, [b.to_json() for b in p.boxes]] for p in self.pages]],
            sort_keys=True, default=str).encode()).hexdigest()
        return f"{self.instrument_id}-{self.instrument_version}-{self.lang}-{digest[:10]}"

    def qr(self, page: int, form_id: str | None = None) -> QrData:
        return QrData(form_id or self.form_id, self.instrument_id, self.instrument_version, self.lang, page, 0,
                      link_key(self.business_id), link_key(self.assessment_id), self.printout)

    def page(self, number: int) -> PageLayout:
        return self.pages[number - 1]

    def to_json(self) -> dict[str, Any]:
        form_id = self.form_id
        return {
            "form_id": form_id,
            "printout": self.printout,
            "instrument": {"id": self.instrument_id, "version": self.instrument_version},
            "lang": self.lang,
            "page_size": [round(v, 2) for v in self.page_size],
            "pages": [{
                "number": p.number,
                "qr": {"payload": self.qr(p.number, form_id).payload(), "rect": [round(v, 2) for v in p.qr_rect]},
                "marks": [[round(v, 2) for v in m] for m in p.marks],
                "boxes": [b.to_json() for b in p.boxes],
            } for p in self.pages],
        }
