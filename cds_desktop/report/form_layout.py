"""Where every box of the printed questionnaire is: the contract between the form writer and its readers.

Rectangles are in PDF points with the origin at the page's lower left, as `cds-cli blank-form --layout`
publishes them. The QR code on each page carries the form id, the instrument, the language, the page
number and (when printed for a known business) the business and assessment ids.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

Rect = tuple[float, float, float, float]
KINDS = ("level", "option", "na", "profile")
QR_PREFIX = "CDS1"


@dataclass(frozen=True)
class Box:
    question_id: str  # a question id, or "profile.<field>" for the business header
    kind: str  # "level" | "option" | "na" | "profile"
    value: Any  # the level, the option id, the option id a "not relevant" box belongs to (None: the question), ...
    rect: Rect

    def to_json(self) -> dict[str, Any]:
        return {"question_id": self.question_id, "kind": self.kind, "value": self.value,
                "rect": [round(v, 2) for v in self.rect]}


@dataclass(frozen=True)
class QrData:
    """What a page's QR code says."""

    form_id: str
    instrument_id: str
    instrument_version: str
    lang: str
    page: int
    pages: int
    business_id: str = ""
    assessment_id: str = ""

    def payload(self) -> str:
        return "|".join([QR_PREFIX, self.form_id, self.instrument_id, self.instrument_version, self.lang,
                         str(self.page), str(self.pages), self.business_id, self.assessment_id])

    @classmethod
    def parse(cls, payload: str) -> "QrData | None":
        """None when the code is not one of ours (another QR code on the page, a damaged read)."""
        parts = payload.split("|")
        if len(parts) != 9 or parts[0] != QR_PREFIX or not (parts[5].isdigit() and parts[6].isdigit()):
            return None
        return cls(parts[1], parts[2], parts[3], parts[4], int(parts[5]), int(parts[6]), parts[7], parts[8])


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
        return QrData(form_id or self.form_id, self.instrument_id, self.instrument_version, self.lang, page,
                      len(self.pages), self.business_id, self.assessment_id)

    def page(self, number: int) -> PageLayout:
        return self.pages[number - 1]

    def to_json(self) -> dict[str, Any]:
        form_id = self.form_id
        return {
            "form_id": form_id,
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
