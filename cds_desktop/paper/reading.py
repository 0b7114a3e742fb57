"""From pictures to a draft assessment: which pages belong to the form, what each question's boxes say,
and what a person must check."""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field, replace
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any, Callable, Iterable

from ..domain import question_types
from ..domain.assessment import (Answer, Assessment, AssessmentFile, assessment_day, paper_date_problems,
                                 parse_assessment_file)
from ..domain.business import Business
from ..domain.vocabulary import entity_types, sectors
from ..domain.conditions import applies
from ..domain.instrument import Instrument, find_instrument
from ..errors import InputError, Problem
from ..i18n import Text, text, tr
from ..report.form_layout import FormLayout, PageLayout, QrData, printout_label
from .boxes import BoxReading, read_box
from .copies import ADVICE as PHOTOCOPY_ADVICE, differing, field_of as _field, photocopies
from .inputs import Scan, scans
from .locate import Located, NotFound, find_page, find_qr, locate, straighten

PROFILE = "profile."
DIGIT_FIELDS = {"employees": 1, "annual_revenue_vnd": 1_000_000, "total_capital_vnd": 1_000_000}  # unit of a tick
ONE_OF_FIELDS = ("entity_type", "sector", "produces_goods", "commune")
REASONS: dict[str, Text] = {
    "none": text("không có ô nào được đánh dấu", "no box is marked"),
    "several": text("nhiều ô được đánh dấu", "several boxes are marked"),
    "struck": text("có dấu bị gạch bỏ", "a mark is struck out"),
    "unclear": text("có dấu mờ hoặc không rõ", "a mark is faint or unclear"),
    "gap": text("có cột chữ số bỏ trống giữa số", "a digit column inside the number is empty"),
}


@dataclass(frozen=True)
class PageProblem:
    file: str
    page: int
    kind: str  # "unreadable" | "refused" | "duplicate" | "photocopy" (a copy of a photocopied printout, whose?)
    reason: Text

    def render(self, lang: str = "vi") -> str:
        """Page 0 is the whole file (it could not be opened): no page is named then."""
        if lang == "vi":
            verb = {"unreadable": "không đọc được", "refused": "không dùng", "duplicate": "bỏ qua",
                    "photocopy": "không dùng"}[self.kind]
            return f"{self.file}: {f'trang {self.page} ' if self.page else ''}{verb}: {tr(self.reason, lang)}"
        verb = {"unreadable": "cannot be read", "refused": "not used", "duplicate": "skipped",
                "photocopy": "not used"}[self.kind]
        return f"{self.file}: {f'page {self.page} ' if self.page else ''}{verb}: {tr(self.reason, lang)}"

    def to_json(self, lang: str) -> dict[str, Any]:
        return {"file": self.file, "page": self.page, "kind": self.kind, "message": self.render(lang)}


@dataclass(frozen=True)
class Choice:
    kind: str  # "level" | "option" | "na" | "profile"
    value: Any
    page: int
    box: BoxReading

    @property
    def marked(self) -> bool:
        return self.box.state == "marked" and not self.box.struck


@dataclass(frozen=True)
class QuestionReading:
    """What the boxes of one question (or one profile field) say."""

    question_id: str
    choices: tuple[Choice, ...]
    status: str  # "answered" | "uncertain" | "blank" (nothing marked where nothing is needed)
    value: Any = None  # the answer: a level, None (N/A), a tuple of option ids, a profile value
    reason: str = ""  # why uncertain: a key of REASONS
    suggestion: Any = None  # for an uncertain question, the likeliest value (None: no guess)
    confidence: float = 1.0
    not_relevant: tuple[str, ...] = ()  # checklist options marked "not relevant to us"

    def to_json(self) -> dict[str, Any]:
        out = {"question_id": self.question_id, "status": self.status, "confidence": self.confidence}
        if self.status == "answered":
            out["value"] = _jsonable(self.value)
            if self.not_relevant:
                out["not_relevant"] = list(self.not_relevant)
        if self.status == "uncertain":
            out |= {"reason": self.reason, "suggestion": _jsonable(self.suggestion),
                    "boxes": [{"kind": c.kind, "value": _jsonable(c.value), "page": c.page, "fill": c.box.fill,
                               "state": c.box.state, "struck": c.box.struck} for c in self.choices]}
        return out


def _jsonable(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


CropRect = tuple[int, int, int, int]  # x0, y0, x1, y1 in canonical pixels


@dataclass(frozen=True)
class ReadPage:
    """What is kept of a page once its boxes are read: the pictures a person may be shown to decide (each box
    with some paper around it, and each number's digit columns as one picture), cut from the straightened page.
    Never the page itself: a straightened page is 4 MB, a phone photo 12 MB, and a round of farm visits is a
    hundred pages or more."""

    qr: QrData
    marks_found: int
    pictures: tuple[tuple[CropRect, Any], ...]  # (where on the page, numpy uint8 pixels)

    def picture(self, rect: CropRect):
        """The pixels of the page within `rect`: a box's crop, or a part of a number's digit columns."""
        x0, y0, x1, y1 = rect
        for (left, top, right, bottom), pixels in self.pictures:
            if left <= x0 and top <= y0 and x1 <= right and y1 <= bottom:
                return pixels[y0 - top:y1 - top, x0 - left:x1 - left]
        raise KeyError(rect)


@dataclass
class FormReading:
    form: QrData | None = None
    instrument: Instrument | None = None
    layout: FormLayout | None = None
    pages: dict[int, ReadPage] = field(default_factory=dict)
    problems: list[PageProblem] = field(default_factory=list)
    questions: dict[str, QuestionReading] = field(default_factory=dict)
    profile: dict[str, QuestionReading] = field(default_factory=dict)
    base_business: Business | None = None
    sources: dict[int, str] = field(default_factory=dict)  # page of the form -> the file it was read from
    copy: str = ""  # the file this copy was scanned in, when its printout was photocopied for several businesses

    @property
    def missing_pages(self) -> list[int]:
        if self.layout is None:
            return []
        return [p.number for p in self.layout.pages if p.number not in self.pages]

    @property
    def uncertain(self) -> list[QuestionReading]:
        return [r for r in [*self.profile.values(), *self.questions.values()] if r.status == "uncertain"]

    @property
    def readable(self) -> bool:
        return bool(self.pages)

    @property
    def files(self) -> list[str]:
        """The files the pages read come from, in the order read."""
        return list(dict.fromkeys(self.sources[number] for number in self.pages))

    @property
    def copy_name(self) -> Text | None:
        """How a copy of a photocopied printout is named to a person: by the file it was scanned in."""
        if not self.copy:
            return None
        name = Path(self.copy).name
        return text(f"bản photo trong tệp {name}", f"photocopy in file {name}")

    def crop(self, choice: Choice):
        """The picture of one box with a little paper around it (numpy uint8), for a person to judge."""
        return self.pages[choice.page].picture(choice.box.crop)

    def business(self, chosen: dict[str, Any] | None = None) -> Business:
        """The business as the form says, over the stored one when the form was printed for it."""
        chosen = chosen or {}
        base = self.base_business
        values: dict[str, Any] = {}
        for name, reading in self.profile.items():
            value = chosen.get(PROFILE + name, reading.value if reading.status == "answered" else None)
            if value is not None:
                values[name] = value
        fallback = {"entity_type": next(iter(entity_types())), "sector": next(iter(sectors()))}  # nothing ticked: the reviewer corrects it
        for name in ("entity_type", "sector"):
            if name not in values and base is None:
                suggestion = self.profile[name].suggestion if name in self.profile else None
                values[name] = suggestion or fallback[name]
        if base is None:
            name = tr(text("Cơ sở (tên ghi trên phiếu giấy)", "Business (name written on the paper form)"), "vi")
            carried = self.form.business_id if self.form is not None and self.form.carries_ids else ""
            base = Business(name=name, entity_type=values["entity_type"], sector=values["sector"], id=carried or None)
        return base._replace(**values)

    def answers(self, chosen: dict[str, Any] | None = None) -> dict[str, Answer]:
        """The answers read with certainty, plus the values a person chose for uncertain ones (question id ->
        a level, None for N/A, a tuple of option ids, or {"selected": ..., "not_relevant": ...})."""
        chosen = chosen or {}
        out: dict[str, Answer] = {}
        for qid, reading in self.questions.items():
            q = self.instrument.question(qid) if self.instrument is not None else None
            if q is None:  # questions are read only from a form whose instrument is known
                continue
            value: Any
            irrelevant: tuple[str, ...]
            if qid in chosen:
                value, ok, irrelevant = chosen[qid], True, ()
            else:
                value, ok, irrelevant = reading.value, reading.status == "answered", reading.not_relevant
            if not ok:
                continue
            if isinstance(value, dict):
                value, irrelevant = value.get("selected"), tuple(value.get("not_relevant") or ())
            kind = question_types.of(q)
            if value is None:
                out[qid] = Answer(na=True)
            else:
                out[qid] = kind.from_choices(q, value if kind.choices(q).many else (value,), irrelevant)
        return out

    def draft(self, chosen: dict[str, Any] | None = None, *, on: date | None = None) -> AssessmentFile:
        """The draft assessment, checked by the same loader as every assessment file. It is dated `on`, the day
        written on the form (the reader does not read handwriting): today when it is not given (assessment_day: the
        policy catalog's day on a computer whose clock is behind it). A day still to come is refused
        (paper_date_problems)."""
        if self.instrument is None or not self.pages:
            raise InputError(Problem("", text("không đọc được trang nào của phiếu", "no page of the form could be read")))
        if on is not None and (problems := paper_date_problems(on)):
            raise InputError(problems)
        assessment = Assessment(
            id=self.draft_id or str(uuid.uuid4()), stage="T0",
            assessed_on=(on or assessment_day()).isoformat(), instrument_id=self.instrument.id,
            instrument_version=self.instrument.version, answers=self.answers(chosen), status="draft")
        candidate = AssessmentFile(self.business(chosen), assessment, self.instrument)
        return parse_assessment_file(candidate.to_json(), "draft")

    @property
    def draft_id(self) -> str | None:
        """The id of the draft of a form printed for a stored business's assessment: the same printout read twice
        gives the same draft (an import then finds it there already). An earlier release's form says it whole.
        None for a form printed blank: each reading is a new draft."""
        form = self.form
        if form is None or not form.assessment_id:
            return None
        if form.carries_ids:
            return form.assessment_id
        return str(uuid.uuid5(uuid.NAMESPACE_URL, f"cds-desktop:paper:{form.printout}:{form.assessment_id}"))

    def to_json(self, lang: str) -> dict[str, Any]:
        business_id = self.base_business.id if self.base_business is not None else (
            self.form.business_id if self.form is not None and self.form.carries_ids else None)
        return {
            "form_id": self.form.form_id if self.form else None,
            "printout": (printout_label(self.form.printout) or None) if self.form else None,
            "copy": self.copy or None,
            "instrument": {"id": self.instrument.id, "version": self.instrument.version} if self.instrument else None,
            "business_id": business_id or None,
            "assessment_id": self.draft_id,
            "pages": {"total": len(self.layout.pages) if self.layout else None, "read": sorted(self.pages),
                      "missing": self.missing_pages},
            "problems": [p.to_json(lang) for p in self.problems],
            "profile": [r.to_json() for r in self.profile.values()],
            "answers": [r.to_json() for r in self.questions.values()],
            "uncertain": [r.question_id for r in self.uncertain],
        }


@cache
def form_layout(instrument_id: str, version: str, lang: str, edition: int | None = None) -> FormLayout:
    """The layout this app prints for an instrument and language (the form is rebuilt in memory); with an
    `edition`, the layout an earlier release printed (`report.blank_form.EARLIER_EDITIONS`)."""
    from ..report.blank_form import EDITION, build

    return build(None, lang=lang, instrument=find_instrument(instrument_id, version), on=date(2000, 1, 1),
                 printout="", edition=EDITION if edition is None else edition)


def layout_of(qr: QrData) -> FormLayout | None:
    """The layout a page's form was printed with: this release's, else an earlier one's it still reads
    (None: another app version's, or an instrument this app lacks)."""
    from ..report.blank_form import EARLIER_EDITIONS

    if qr.lang not in ("vi", "en") or find_instrument(qr.instrument_id, qr.instrument_version) is None:
        return None
    for edition in (None, *EARLIER_EDITIONS):
        layout = form_layout(qr.instrument_id, qr.instrument_version, qr.lang, edition)
        if layout.form_id == qr.form_id:
            return layout
    return None


@dataclass(frozen=True)
class _Seen:
    """A picture whose QR code was read, and its page read at once when the form is one this app reads: the
    page and its boxes, or why not (the picture itself is let go)."""

    source: str
    index: int
    qr: QrData
    read: tuple[ReadPage, list[Choice]] | Exception | None = None


def _seen(scan: Scan) -> _Seen | PageProblem:
    """The page in a picture: its QR code, then (for a page of a form this app reads) its boxes, so that only
    what the review needs is kept of the picture, whatever the camera's resolution."""
    from ..report.blank_form import mark_rects, qr_rect
    from ..report.document import PAGE_HEIGHT, PAGE_WIDTH

    fast = find_page(scan.gray, (PAGE_WIDTH, PAGE_HEIGHT), mark_rects(), qr_rect())
    if fast is not None:
        payload, homography, points = fast[0], fast[1], None
    else:
        hit = find_qr(scan.gray)
        if hit is None:
            return PageProblem(scan.source, scan.index, "unreadable", text(
                "không thấy mã QR (ảnh mờ, tối, bị cắt, hay không phải phiếu CĐS Desktop?)",
                "no QR code found (blurred, dark, cut off, or not a CĐS Desktop form?)"))
        (payload, points), homography = hit, None
    qr = QrData.parse(payload)
    if qr is None:
        return PageProblem(scan.source, scan.index, "refused", text(
            "mã QR không phải của phiếu CĐS Desktop", "the QR code is not a CĐS Desktop form's"))
    layout = layout_of(qr)
    if layout is None or not 1 <= qr.page <= len(layout.pages):
        return _Seen(scan.source, scan.index, qr)  # refused when its printout is read, with the reason
    page = layout.page(qr.page)
    read: tuple[ReadPage, list[Choice]] | Exception
    try:
        located = _straightened(scan.gray, qr, homography, points, layout)
        boxes = [Choice(box.kind, box.value, qr.page, read_box(located.canonical, box.rect, layout.page_size[1]))
                 for box in page.boxes]
        read = _kept(located, page, boxes), boxes
    except Exception as error:  # noqa: BLE001 - told when its printout is read, as it would be then
        if not isinstance(error, NotFound):
            logging.getLogger(__name__).info("reading page %s of %s failed", scan.index, scan.source, exc_info=True)
        read = error.with_traceback(None)  # its frames would hold the picture
    return _Seen(scan.source, scan.index, qr, read)


def _straightened(gray, qr: QrData, homography, qr_points, layout: FormLayout) -> Located:
    """The page at canonical scale, from the marks found first when this layout has them where expected."""
    from ..report.blank_form import mark_rects, qr_rect

    page = layout.page(qr.page)
    if homography is not None and page.marks == mark_rects() and page.qr_rect == qr_rect():
        return Located(qr, straighten(gray, homography, layout.page_size), len(page.marks))
    hit = (None, qr_points) if qr_points is not None else find_qr(gray)
    if hit is None:
        raise NotFound(text("không thấy mã QR", "no QR code found"))
    return locate(gray, hit[1], page.qr_rect, page.marks, layout.page_size, qr)


def _kept(located: Located, page: PageLayout, boxes: list[Choice]) -> ReadPage:
    """The pictures the review shows, copied out of the straightened page: each box's crop, and for each number
    the crops of its digit columns on this page as one rectangle."""
    rects = {choice.box.crop for choice in boxes}
    digits: dict[str, list[CropRect]] = {}
    for box, choice in zip(page.boxes, boxes):
        if box.question_id.count(".") == 2:
            digits.setdefault(_field(box.question_id), []).append(choice.box.crop)
    for crops in digits.values():
        rects.add((min(c[0] for c in crops), min(c[1] for c in crops), max(c[2] for c in crops),
                   max(c[3] for c in crops)))
    canonical = located.canonical
    return ReadPage(located.qr, located.marks_found,
                    tuple((r, canonical[r[1]:r[3], r[0]:r[2]].copy()) for r in sorted(rects)))


def _form_problem(qr: QrData) -> Text | None:
    """Why the pages of this form cannot be read with any layout this app knows."""
    instrument = find_instrument(qr.instrument_id, qr.instrument_version)
    if instrument is None:
        return text(f"phiếu dùng bộ câu hỏi {qr.instrument_id} {qr.instrument_version}, ứng dụng này không có; "
                    "hãy cập nhật ứng dụng", f"the form uses instrument {qr.instrument_id} {qr.instrument_version}, "
                    "which this app does not have; update the app")
    if layout_of(qr) is None:
        return text(f"phiếu {qr.form_id} được in bởi một phiên bản khác của CĐS Desktop; hãy nhập tay hoặc đọc bằng "
                    "phiên bản đã in phiếu", f"form {qr.form_id} was printed by another version of CĐS Desktop; "
                    "enter it by hand or read it with the version that printed it")
    return None


def _printout_name(qr: QrData) -> Text:
    if qr.printout:
        return text(f"bản in {printout_label(qr.printout)}", f"printout {printout_label(qr.printout)}")
    return text("bản in không có mã (phiếu in bằng phiên bản trước)",
                "a printout without an id (printed by an earlier version)")


def _other_printout(qr: QrData, read_qr: QrData, copy: str = "") -> Text:
    """Why a page is left out: it belongs to another printout than the pages read (or to another copy of a
    photocopied one, scanned in the file `copy`), and what to do."""
    page, read = _printout_name(qr), _printout_name(read_qr)
    same_form = (qr.form_id, qr.business_id, qr.assessment_id) == (read_qr.form_id, read_qr.business_id,
                                                                   read_qr.assessment_id)
    if copy and same_form and qr.printout == read_qr.printout:
        return text(f"là trang {qr.page} của một bản photo khác của {page['vi']} (cho một cơ sở khác, trong tệp "
                    f"{Path(copy).name}), nên không gộp vào bản nháp này; hãy đọc riêng tệp đó",
                    f"is page {qr.page} of another photocopy of {page['en']} (for another business, in file "
                    f"{Path(copy).name}), so it is not merged into this draft; read that file on its own")
    if same_form:
        return text(f"là trang {qr.page} của một bản in khác của phiếu ({page['vi']}, ghi ở chân trang; các trang "
                    f"đang đọc là {read['vi']}), nên không gộp vào bản nháp này; hãy đọc riêng các trang của bản in đó",
                    f"is page {qr.page} of another printout of the form ({page['en']}, in the page footer; the pages "
                    f"read are {read['en']}), so it is not merged into this draft; read that printout's pages on "
                    "their own")
    return text(f"thuộc phiếu khác ({qr.form_id}, cơ sở {qr.business_id or '—'}, {page['vi']}), không phải phiếu "
                "đang đọc; hãy đọc riêng các trang của phiếu đó",
                f"belongs to another form ({qr.form_id}, business {qr.business_id or '—'}, {page['en']}), not the "
                "one read; read that form's pages on their own")


def _scan(paths: Iterable[str | Path]) -> tuple[list[_Seen], list[PageProblem]]:
    """Every page of every file: those whose QR code was read, and those that cannot be used (files that
    cannot be opened first). Raises InputError only when no file could be opened at all."""
    found: list[_Seen] = []
    problems: list[PageProblem] = []
    opened = 0
    file_problems: list[Problem] = []
    for path in paths:
        for item in scans(Path(path)):
            if isinstance(item, Problem):
                file_problems.append(item)
                continue
            opened += 1
            hit = _seen(item)
            del item  # the picture goes before the next is opened: only what its page needs is kept
            (problems.append(hit) if isinstance(hit, PageProblem) else found.append(hit))
    if not opened:
        raise InputError(file_problems or [Problem("", text("không có tệp nào để đọc", "no file to read"))])
    return found, [PageProblem(p.where, 0, "unreadable", p.message) for p in file_problems] + problems


Form = tuple[str, str, str, str, str]  # form id, business id, assessment id, printout id, the copy's file


def _printouts(found: list[_Seen]) -> tuple[dict[Form, list[_Seen]], list[PageProblem]]:
    """The pages grouped by printout, in the order first seen. One printout is one form: pages of two printouts
    (two farms) are never read as one, even when the same blank form was printed twice. Forms printed before
    printouts had ids share the empty one. A printout photocopied for several businesses is one form per copy
    (`copies`), and its pages that belong to no copy are refused."""
    printouts: dict[tuple[str, str, str, str], list[_Seen]] = {}
    for hit in found:
        qr = hit.qr
        printouts.setdefault((qr.form_id, qr.business_id, qr.assessment_id, qr.printout), []).append(hit)
    forms: dict[Form, list[_Seen]] = {}
    refused: list[PageProblem] = []
    for key, hits in printouts.items():
        layout = layout_of(hits[0].qr)
        copies, loose = photocopies(hits, layout, _printout_name(hits[0].qr)) if layout else ([("", hits)], [])
        forms.update({(*key, copy): pages for copy, pages in copies})
        refused += [PageProblem(hit.source, hit.index, "photocopy", reason) for hit, reason in loose]
    return forms, refused


def read(paths: Iterable[str | Path], *, business_lookup: Callable[[str], Business | None] | None = None
         ) -> FormReading:
    result = FormReading()
    found, result.problems = _scan(paths)
    forms, refused = _printouts(found)
    result.problems += refused
    trouble = {key: _form_problem(hits[0].qr) for key, hits in forms.items()}
    if forms:  # the form most pages belong to, preferring one this app can read
        chosen = max(forms, key=lambda key: (trouble[key] is None, len(forms[key])))
        read_qr = forms[chosen][0].qr
        for key, hits in forms.items():
            for hit in hits:
                if key != chosen:
                    reason = trouble[key] or _other_printout(hit.qr, read_qr, key[-1])
                    result.problems.append(PageProblem(hit.source, hit.index, "refused", reason))
                elif (problem := trouble[key]) is not None:
                    result.problems.append(PageProblem(hit.source, hit.index, "refused", problem))
        if trouble[chosen] is None:
            result.copy = chosen[-1]
            _read_pages(result, forms[chosen], business_lookup)
    return result


@dataclass
class BatchReading:
    """The pages of several printouts scanned in one go (a round of farm visits): one `FormReading` per printout,
    never merged, and the pages that belong to none (no readable QR code, not a CĐS Desktop form, a form this
    app cannot read), each with its reason."""

    printouts: list[FormReading] = field(default_factory=list)
    problems: list[PageProblem] = field(default_factory=list)

    @property
    def drafts(self) -> list[FormReading]:
        """The printouts read: one draft each (a printout whose reading failed is in `printouts` only)."""
        return [r for r in self.printouts if r.readable]

    def advice(self, lang: str) -> str:
        """What to do with the pages no draft holds (empty when every page found its printout)."""
        photocopied = self.photocopy_advice(lang)
        if not any(p.kind != "photocopy" for p in self.problems):
            return photocopied
        return (photocopied + "\n" if photocopied else "") + tr(text(
            "Trang không đọc được mã QR: chụp lại hoặc quét lại cho phẳng, đủ "
            "sáng, thấy cả trang, rồi đọc lại cùng các trang khác của bản in đó (Bản in … ghi ở chân trang); hoặc "
            "nhập tay các câu trả lời của trang vào bản nháp của bản in đó.",
            "A page whose QR code cannot be read: photograph or scan it again, "
            "flat, well lit and whole, then read it again with the other pages of its printout (the printout id is "
            "in the page footer); or type its answers into that printout's draft by hand."), lang)

    def photocopy_advice(self, lang: str) -> str:
        """What to do with the pages of a photocopied printout no draft holds (empty when there are none)."""
        return tr(PHOTOCOPY_ADVICE, lang) if any(p.kind == "photocopy" for p in self.problems) else ""


def read_batch(paths: Iterable[str | Path], *,
               business_lookup: Callable[[str], Business | None] | None = None) -> BatchReading:
    """Every printout in the pages given, each read on its own (in the order of their printout ids, as the page
    footers show them; forms printed before printouts had ids last); a printout whose reading fails is listed
    as failed, the others keep their drafts."""
    batch = BatchReading()
    found, batch.problems = _scan(paths)
    forms, refused = _printouts(found)
    batch.problems += refused
    found.clear()
    while forms:
        key = next(iter(forms))
        hits, copy = forms.pop(key), key[-1]
        problem = _form_problem(hits[0].qr)
        if problem is not None:
            batch.problems += [PageProblem(hit.source, hit.index, "refused", problem) for hit in hits]
            continue
        result = FormReading(copy=copy)
        try:
            _read_pages(result, hits, business_lookup)
        except Exception as error:  # noqa: BLE001 - one damaged printout must not lose the others' drafts
            # In the log file the window keeps (INFO), never on the command line's screen as a traceback.
            logging.getLogger(__name__).info("reading printout %s failed", hits[0].qr.printout, exc_info=True)
            name = _printout_name(hits[0].qr)
            result = FormReading(form=hits[0].qr, instrument=result.instrument, layout=result.layout, copy=copy)
            result.problems = [PageProblem(hit.source, hit.index, "unreadable", text(
                f"{name['vi']}: đọc các trang của bản in này bị lỗi ({error}); các bản in khác không bị ảnh hưởng; "
                "hãy đọc riêng các trang của bản in này, hoặc nhập tay",
                f"{name['en']}: reading this printout's pages failed ({error}); the other printouts are not "
                "affected; read this printout's pages on their own, or enter them by hand")) for hit in hits]
        batch.printouts.append(result)
    batch.printouts.sort(key=lambda r: (*_print_order(r.form), r.copy))
    return batch


def _print_order(qr: QrData | None) -> tuple[bool, str, str, str]:
    """Printout ids are random: their order is one a person can follow on the pile of paper, page footers."""
    return (True, "", "", "") if qr is None else (not qr.printout, qr.printout, qr.business_id, qr.form_id)


def _read_pages(result: FormReading, hits: list[_Seen], business_lookup) -> None:
    qr = hits[0].qr
    result.form = qr
    result.instrument = find_instrument(qr.instrument_id, qr.instrument_version)
    layout = layout_of(qr)
    if layout is None:  # never here: a form without a known layout is refused before its pages are read
        return
    result.layout = layout
    if qr.business_id and business_lookup is not None:
        result.base_business = business_lookup(qr.business_id)
    choices: dict[str, list[Choice]] = {}
    disputed: set[str] = set()
    first: dict[int, list[Choice]] = {}  # each page's boxes as its first copy read them
    for hit in hits:
        number = hit.qr.page
        if not 1 <= number <= len(layout.pages):
            result.problems.append(PageProblem(hit.source, hit.index, "refused", text(
                f"mã QR ghi trang {number}, phiếu chỉ có {len(layout.pages)} trang", f"the QR code says page "
                f"{number}, the form has {len(layout.pages)} pages")))
            continue
        page = layout.page(number)
        if isinstance(hit.read, NotFound):
            kind = "duplicate" if number in result.pages else "unreadable"
            result.problems.append(PageProblem(hit.source, hit.index, kind, hit.read.message))
            continue
        if isinstance(hit.read, Exception):
            raise hit.read
        if hit.read is None:  # never here: a page of a form with a known layout is read when seen
            continue
        kept, read = hit.read  # read with the page's picture (`_seen`), which is gone
        if number in result.pages:
            # A page photographed again may have been corrected in between: where the copies differ, which
            # one is right is for the consultant to say, never the first copy's answer.
            differ = differing(page, first[number], read)
            disputed.update(differ)
            names = ", ".join(differ)
            result.problems.append(PageProblem(hit.source, hit.index, "duplicate", text(
                f"là trang {number} của phiếu lần nữa; dùng bản đọc trước" + (
                    f", trừ những câu hai bản đánh dấu khác nhau, để bạn chọn: {names}" if differ else ""),
                f"is page {number} of the form again; the first copy is used" + (
                    f", but the questions marked differently in the two copies are left to you: {names}"
                    if differ else ""))))
            continue
        result.pages[number], first[number], result.sources[number] = kept, read, hit.source
        for box, choice in zip(page.boxes, read):
            choices.setdefault(box.question_id, []).append(choice)
    _decide(result, choices)
    for key in disputed:
        name = _field(key)
        if name in result.questions:
            result.questions[name] = _disputed(result.questions[name])
        elif name.startswith(PROFILE) and name[len(PROFILE):] in result.profile:
            result.profile[name[len(PROFILE):]] = _disputed(result.profile[name[len(PROFILE):]])


def _disputed(reading: QuestionReading) -> QuestionReading:
    return replace(reading, status="uncertain", reason="several", suggestion=None, value=None,
                   confidence=min(reading.confidence, 0.5))


def _decide(result: FormReading, choices: dict[str, list[Choice]]) -> None:
    digits: dict[str, dict[int, QuestionReading]] = {}
    for key, group in choices.items():
        if not key.startswith(PROFILE):
            continue
        name = key[len(PROFILE):]
        if name in ONE_OF_FIELDS:
            required = name in ("entity_type", "sector") and result.base_business is None
            result.profile[name] = _one_of(key, group, required)
        else:
            field_name, place = name.rsplit(".", 1)
            digits.setdefault(field_name, {})[int(place)] = _one_of(key, group, required=False)
    for name, places in digits.items():
        result.profile[name] = _number(name, places)
    business = result.business()
    answers = result.answers()
    for q in result.instrument.questions if result.instrument is not None else ():
        found = choices.get(q.id)
        if found is None:
            continue  # its page was not read: listed as a missing page
        shape = question_types.of(q).choices(q)
        reading = _many(q.id, shape, found) if shape.many else _one_of(q.id, found)  # "na": value None
        if reading.status == "uncertain" and reading.reason == "none" and not applies(q, business, answers):
            reading = replace(reading, status="blank", reason="")  # skipped as the form says to
        result.questions[q.id] = reading
        if reading.status == "answered":
            answers = result.answers()


def _confidence(group: list[Choice]) -> float:
    return round(min(c.box.confidence for c in group), 3)


def _one_of(question_id: str, group: list[Choice], required: bool = True) -> QuestionReading:
    """Exactly one clear mark answers; none (when required), several, struck or faint marks go to a person."""
    marked = [c for c in group if c.marked]
    struck = any(c.box.struck for c in group)
    unclear = [c for c in group if c.box.state == "unclear" and not c.box.struck]
    confidence = _confidence(group)
    if len(marked) == 1 and not struck and not unclear:
        return QuestionReading(question_id, tuple(group), "answered", marked[0].value, confidence=confidence)
    if not marked and not struck and not unclear and not required:
        return QuestionReading(question_id, tuple(group), "blank", confidence=confidence)
    reason = "struck" if struck else "several" if len(marked) > 1 else "unclear" if unclear else "none"
    likely = marked if marked else unclear
    suggestion = likely[0].value if len(likely) == 1 else None
    return QuestionReading(question_id, tuple(group), "uncertain", reason=reason, suggestion=suggestion,
                           confidence=min(confidence, 0.5))


def _many(question_id: str, choices: question_types.Choices, group: list[Choice]) -> QuestionReading:
    """Every ticked choice; "not applicable" alone; a choice both ticked and "not relevant", or an exclusive
    choice with others, goes to a person."""
    marked = [c for c in group if c.marked]
    struck = any(c.box.struck for c in group)
    unclear = any(c.box.state == "unclear" and not c.box.struck for c in group)
    confidence = _confidence(group)
    na = [c for c in marked if c.kind == "na" and c.value is None]
    irrelevant = tuple(c.value for c in marked if c.kind == "na" and c.value is not None)
    options = tuple(c.value for c in marked if c.kind == choices.box)
    exclusive = {c.key for c in choices.items if c.exclusive}
    clash = (bool(na and (options or irrelevant)) or bool(exclusive & set(options) and len(options) > 1)
             or bool(set(options) & set(irrelevant)))
    if not struck and not unclear and not clash and (na or options):
        return QuestionReading(question_id, tuple(group), "answered", None if na else options, confidence=confidence,
                               not_relevant=() if na else irrelevant)
    reason = "struck" if struck else "several" if clash else "unclear" if unclear else "none"
    return QuestionReading(question_id, tuple(group), "uncertain", reason=reason,
                           suggestion=None if clash or not options else options, confidence=min(confidence, 0.5),
                           not_relevant=irrelevant)


def _number(name: str, places: dict[int, QuestionReading]) -> QuestionReading:
    """Digits ticked column by column: empty columns on the left are nothing; one inside the number is a gap."""
    choices = tuple(c for place in sorted(places, reverse=True) for c in places[place].choices)
    confidence = min(r.confidence for r in places.values())
    if any(r.status == "uncertain" for r in places.values()):
        worst = next(r for r in places.values() if r.status == "uncertain")
        return QuestionReading(PROFILE + name, choices, "uncertain", reason=worst.reason, confidence=min(confidence, 0.5))
    digits = [places[p].value if places[p].status == "answered" else None for p in sorted(places, reverse=True)]
    while digits and digits[0] is None:
        digits.pop(0)
    if not digits:
        return QuestionReading(PROFILE + name, choices, "blank", confidence=confidence)
    if None in digits:
        return QuestionReading(PROFILE + name, choices, "uncertain", reason="gap", confidence=min(confidence, 0.5))
    value = int("".join(str(d) for d in digits)) * DIGIT_FIELDS[name]
    return QuestionReading(PROFILE + name, choices, "answered", value, confidence=confidence)
