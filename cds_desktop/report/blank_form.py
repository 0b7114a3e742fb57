"""The printable questionnaire for paper visits, made to be read back from a scan or a phone photo.

Pleasant to fill by hand (every question with its level descriptors, room for notes, signatures) and
machine-readable: a black mark in each page corner, a QR code naming the form, the instrument, the
page, the printout and (when printed for a known business) the business and assessment, and one square
box per choice. A known business's name and tax code are printed on their lines, in the room the empty
lines take: what is printed never moves a box. While the pages are drawn every box records where it landed; `build()` returns that layout
(`form_layout.FormLayout`), which `cds-cli blank-form --layout` publishes and the paper reader uses.
"""

from __future__ import annotations

import bisect
import io
import itertools
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, Sequence

from ..domain import question_types
from ..domain.business import Business, commune_names
from ..domain.places import MERGED_ON
from ..domain.vocabulary import entity_type_names, sector_names
from ..domain.instrument import Instrument, Question, current_instrument
from ..errors import InputError, Problem
from ..fileio import atomic_output
from ..formats import format_date
from ..i18n import check_language, text, tr
from .blocks import cell, grid, p, rich, spacer, table
from .document import ACCENT, INK, MM, MUTED, PAGE_HEIGHT, PAGE_WIDTH, Chrome, _canvas_class, styles
from .fonts import BOLD, REGULAR, register_fonts
from .form_layout import MAX_COPIES, Box, FormLayout, PageLayout, Rect, new_printout_id, question_numbers
from .markup import draw_text, para, plain, text_width, truncate

BOX = 4 * MM  # a tick box: big enough for a pen, read reliably at 150 dpi
MARK = 6 * MM  # the filled squares in the corners
MARK_INSET = 8 * MM
QR_SIZE = 24 * MM  # the symbol; white space of two modules or more around it
QR_RIGHT, QR_TOP = 23 * MM, 6 * MM  # from the page's right and top edges
MARGIN_X, MARGIN_TOP, MARGIN_BOTTOM = 20 * MM, 36 * MM, 22 * MM
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN_X
DIGITS = {"employees": 4, "annual_revenue_vnd": 6, "total_capital_vnd": 6}  # revenue and capital in million đồng (VND)
# The form's edition: what moves its boxes. 2: two notes lines a question, and the instructions say a
# printout is for one business. 1 (the release before): one notes line, no such sentence. The reader
# rebuilds earlier editions' layouts too, so the forms they printed are still read.
EDITION = 2
EARLIER_EDITIONS = (1,)


def _say(lang: str, vi: str, en: str) -> str:
    return vi if lang == "vi" else en


def mark_rects() -> list[Rect]:
    """The four corner marks (lower left, lower right, upper left, upper right)."""
    lo, hi_x, hi_y = MARK_INSET, PAGE_WIDTH - MARK_INSET - MARK, PAGE_HEIGHT - MARK_INSET - MARK
    return [(x, y, x + MARK, y + MARK) for y in (lo, hi_y) for x in (lo, hi_x)]


def qr_rect() -> Rect:
    x1, y1 = PAGE_WIDTH - QR_RIGHT, PAGE_HEIGHT - QR_TOP
    return (x1 - QR_SIZE, y1 - QR_SIZE, x1, y1)


class _Recorder:
    """Collects the boxes as the flowables draw them, page by page, into the layout of the copy being drawn
    (several copies in one document: each starts on a page of its own, `starts`)."""

    def __init__(self, layouts: Sequence[FormLayout]):
        self.layouts = list(layouts)
        self.starts = [1]  # the document's page on which each copy starts

    def start_copy(self, index: int, page: int) -> None:
        if index:
            self.starts.append(page)

    def locate(self, page: int) -> tuple[int, int]:
        """The copy a page of the document belongs to, and its page in that copy."""
        copy = bisect.bisect_right(self.starts, page) - 1
        return copy, page - self.starts[copy] + 1

    def pages_of(self, copy: int, total: int) -> int:
        end = self.starts[copy + 1] if copy + 1 < len(self.starts) else total + 1
        return end - self.starts[copy]

    def add(self, canv, question_id: str, kind: str, value: Any, x: float, y: float) -> None:
        ax, ay = canv.absolutePosition(x, y)
        copy, number = self.locate(canv.getPageNumber())
        layout = self.layouts[copy]
        while len(layout.pages) < number:
            layout.pages.append(PageLayout(len(layout.pages) + 1))
        layout.pages[number - 1].boxes.append(Box(question_id, kind, value, (ax, ay, ax + BOX, ay + BOX)))


def _draw_box(canv, x: float, y: float) -> None:
    canv.setStrokeColor(INK)
    canv.setLineWidth(0.9)
    canv.rect(x, y, BOX, BOX, stroke=1, fill=0)


def _flowables(recorder: _Recorder):
    from reportlab.platypus import Flowable

    class CopyStart(Flowable):
        """Nothing drawn and no room taken (the first flowable below still sits at the top of the frame):
        says on which page a copy starts."""

        def __init__(self, index: int):
            super().__init__()
            self.index = index
            self.width = self.height = 0

        def draw(self):
            recorder.start_copy(self.index, self.canv.getPageNumber())

    class TickBox(Flowable):
        """One box in a table cell."""

        def __init__(self, question_id: str, kind: str, value: Any):
            super().__init__()
            self.key = (question_id, kind, value)
            self.width = self.height = BOX

        def draw(self):
            _draw_box(self.canv, 0, 0)
            recorder.add(self.canv, *self.key, 0, 0)

    class BoxGrid(Flowable):
        """Labelled boxes in columns, filled column by column (short labels: entity types, communes)."""

        def __init__(self, items: Sequence[tuple[str, str, Any, str]], columns: int, font_size: float = 8,
                     row_height: float = 6 * MM):
            super().__init__()
            self.items, self.columns, self.font_size, self.row = list(items), columns, font_size, row_height
            self.rows = -(-len(self.items) // columns)
            self.width, self.height = CONTENT_WIDTH, self.rows * row_height

        def draw(self):
            from reportlab.pdfbase.pdfmetrics import stringWidth

            column_width = self.width / self.columns
            for index, (qid, kind, value, label) in enumerate(self.items):
                col, row = divmod(index, self.rows)
                x, y = col * column_width, self.height - (row + 1) * self.row + (self.row - BOX) / 2
                _draw_box(self.canv, x, y)
                recorder.add(self.canv, qid, kind, value, x, y)
                room = column_width - BOX - 3 * MM
                size = self.font_size
                while size > 5.5 and stringWidth(label, REGULAR, size) > room:
                    size -= 0.25
                self.canv.setFont(REGULAR, size)
                self.canv.setFillColor(INK)
                self.canv.drawString(x + BOX + 1.5 * MM, y + (BOX - size * 0.7) / 2, label)

    class DigitGrid(Flowable):
        """A number as in an exam sheet's candidate-number grid: write each digit on top, tick it below."""

        def __init__(self, field_name: str, digits: int, title: str, unit: str):
            super().__init__()
            self.field, self.digits, self.title, self.unit = field_name, digits, title, unit
            self.pitch = BOX + 1.6 * MM
            self.width = 6 * MM + digits * self.pitch
            self.height = 10 * self.pitch + 17 * MM

        def draw(self):
            c = self.canv
            c.setFillColor(INK)
            c.setFont(BOLD, 8)
            c.drawString(0, self.height - 3 * MM, self.title)
            c.setFont(REGULAR, 7)
            c.setFillColor(MUTED)
            c.drawString(0, self.height - 6.5 * MM, self.unit)
            top = self.height - 8 * MM
            c.setStrokeColor(MUTED)
            c.setLineWidth(0.5)
            for col in range(self.digits):  # the write-in cells, for a person reading the form
                c.rect(6 * MM + col * self.pitch, top - 7 * MM, BOX + 1 * MM, 6.5 * MM, stroke=1, fill=0)
            for digit in range(10):
                y = top - 8.5 * MM - (digit + 1) * self.pitch
                c.setFillColor(MUTED)
                c.setFont(REGULAR, 7.5)
                c.drawRightString(4.5 * MM, y + 1.1 * MM, str(digit))
                for col in range(self.digits):
                    x = 6 * MM + col * self.pitch + 0.5 * MM
                    _draw_box(c, x, y)
                    recorder.add(c, f"profile.{self.field}.{self.digits - 1 - col}", "profile", digit, x, y)

    class Prefilled(Flowable):
        """A stored business's value printed on the dotted line a person would write it on, in exactly the room
        the empty line takes (so no box below moves), the rest of the line left dotted for a correction. A long
        value shrinks, then takes two smaller lines; only one that fills both at the smallest size is cut."""

        DOTS_ROOM = 30 * MM  # dotted line kept after the value for a correction

        def __init__(self, value: str, line):
            super().__init__()
            self.value, self.line = " ".join(plain(value).split()), line

        def wrap(self, availWidth, availHeight):
            _, self.height = self.line.wrap(availWidth, availHeight)
            self.width = availWidth
            return self.width, self.height

        def _lines(self) -> tuple[float, list[str]]:
            room = self.width - self.DOTS_ROOM
            size = 9.0
            while size > 6.5 and text_width(self.value, BOLD, size) > room:
                size -= 0.25
            if text_width(self.value, BOLD, size) <= room:
                return size, [self.value]
            size = 6.0  # two lines in the height of one and a little of the row's padding
            for room in (room, self.width - 8 * MM):  # fewer dots left rather than a name cut short
                first: list[str] = []
                words = self.value.split(" ")
                while words and text_width(" ".join([*first, words[0]]), BOLD, size) <= room:
                    first.append(words.pop(0))
                second = " ".join(words)
                if text_width(second, BOLD, size) <= room:
                    return size, [" ".join(first), second] if first else [second]
            limit = len(second)
            while limit > 1 and text_width(truncate(second, limit), BOLD, size) > room:
                limit -= 1
            return size, [" ".join(first), truncate(second, limit)] if first else [truncate(second, limit)]

        def draw(self):
            from reportlab.pdfbase.pdfmetrics import stringWidth

            c = self.canv
            size, lines = self._lines()
            style = self.line.style
            baseline = self.height - style.fontSize  # where the dotted line's text sits
            c.setFillColor(INK)
            if len(lines) == 2:
                baseline -= 0.6
                draw_text(c, 0, baseline + size * 1.15, lines[0], BOLD, size)
            draw_text(c, 0, baseline, lines[-1], BOLD, size)
            start = text_width(lines[-1], BOLD, size) + 2
            dot = stringWidth(".", style.fontName, style.fontSize)
            c.setFillColor(style.textColor)
            c.setFont(style.fontName, style.fontSize)
            c.drawString(start, baseline, "." * max(0, int((self.width - start) / dot)))

    return TickBox, BoxGrid, DigitGrid, Prefilled, CopyStart


@dataclass(frozen=True)
class _Context:
    lang: str
    instrument: Instrument
    tick: Any
    box_grid: Any
    digit_grid: Any
    prefilled: Any
    business: Business | None = None
    edition: int = EDITION

    def say(self, vi: str, en: str) -> str:
        return _say(self.lang, vi, en)


def _question(ctx: _Context, q: Question, number: int, heading: list) -> list:
    """One question kept on one page (with the area heading above the area's first question)."""
    from reportlab.platypus import KeepTogether

    lang, say = ctx.lang, ctx.say
    pillar = tr(ctx.instrument.pillar(q.pillar).name, lang)
    head = [*heading, rich(f"<b>{number}. {para(tr(q.text, lang))}</b>", "body")]
    hint = tr(q.help, lang)
    if hint:
        head.append(p(hint, "muted"))
    if q.applies_if:
        condition = tr(q.skip_reason, lang) or say("chỉ hỏi khi điều kiện phù hợp", "asked only when it applies")
        head.append(rich(f"<i>{say('Bỏ qua nếu không phù hợp', 'Skip if it does not apply')}: "
                         f"{para(condition)}</i>", "muted"))
    choices = question_types.of(q).choices(q)
    levels = any(c.level is not None for c in choices.items)
    if levels:  # "Level n" in its own column
        rows = [[ctx.tick(q.id, choices.box, c.key), f"{say('Mức', 'Level')} {c.level}", tr(c.text, lang)]
                for c in choices.items]
        kind = say("Chọn một mức", "Tick one level")
    else:
        # A choice that may not fit the business gets a second box: "not relevant to us" (it leaves the score).
        irrelevant = say("không liên quan", "not relevant to us")
        rows = [[ctx.tick(q.id, choices.box, c.key), tr(c.text, lang),
                 *([ctx.tick(q.id, "na", c.key), irrelevant] if c.may_be_irrelevant else ["", ""])]
                for c in choices.items]
        kind = say("Đánh dấu mọi lựa chọn đang dùng", "Tick every option in use") if choices.many else \
            say("Chọn một", "Tick one")
        if any(c.may_be_irrelevant for c in choices.items):
            kind += say("; ô bên phải: lựa chọn không liên quan với cơ sở",
                        "; the box on the right: the option does not fit this business")
    if choices.prompt:
        kind = tr(choices.prompt, lang).rstrip(":")  # the window ends it with a colon, the form goes on
    if q.na_allowed:
        rows.append([ctx.tick(q.id, "na", None), *([""] if levels else []),
                     say("Không áp dụng cho cơ sở", "Not applicable to this business"), *([] if levels else ["", ""])])
    head.append(p(f"{kind} · {say('Trụ cột', 'Pillar')}: {pillar}", "muted"))
    from reportlab.pdfbase.pdfmetrics import stringWidth

    first = say("Ghi chú", "Notes") + ": " + "." * 150
    notes = [p(first, "muted")]
    style = styles()["muted"]
    dots = int(stringWidth(first, style.fontName, style.fontSize) / stringWidth(".", style.fontName, style.fontSize))
    for _ in range(1 if ctx.edition >= 2 else 0):  # more lines as long as the first, a little apart: handwriting
        notes += [spacer(1.5), p("." * dots, "muted")]
    widths = [7, 16, 147] if levels else [7, 125, 7, 31]
    return [KeepTogether(head + [table(None, rows, widths, zebra=False), *notes, spacer(3)])]


def _instructions(ctx: _Context) -> list:
    say = ctx.say
    one_business = say(" Mã bản in ở chân trang là riêng của bản in này: dùng nó cho một cơ sở; cần phiếu cho cơ sở khác "
                       "thì in bản mới từ CĐS Desktop, đừng photo.",
                       " The printout id in the page footer belongs to this printout alone: use it for one business; for "
                       "another business print a new one from CĐS Desktop, do not photocopy it.")
    return [
        p(say("Đánh dấu ✗ hoặc ✓ vào ô phù hợp nhất với việc cơ sở đang thực sự làm, không phải dự định; tô kín ô "
              "cũng được. Dùng bút mực hoặc bút chì đậm, đánh dấu trong ô. Đánh nhầm: gạch một đường ngang dài qua "
              "ô nhầm (ra ngoài ô cả hai bên) rồi đánh dấu ô đúng; phần mềm sẽ hỏi lại câu đó.",
              "Mark ✗ or ✓ in the box that best matches what the business actually does today, not what it plans; "
              "filling the box is fine too. Use a pen or a dark pencil and mark inside the box. A mistake: strike "
              "a long line through the wrong box (out of it on both sides), then mark the right one; the software "
              "will ask about that question again."), "body"),
        p(say("Ghi chú những gì giúp hiểu câu trả lời. Không viết lên các ô vuông đen ở góc trang và mã QR: chúng "
              "giúp CĐS Desktop đọc lại phiếu từ bản quét hoặc ảnh chụp (Đọc phiếu giấy).",
              "Note anything that explains an answer. Do not write on the black corner squares or the QR code: they "
              "let CĐS Desktop read the form back from a scan or a photo (Read paper forms).")
          + (one_business if ctx.edition >= 2 else ""), "muted"),
    ]


def _profile(ctx: _Context) -> list:
    """The business header: what scoring and policy matching need, as boxes wherever possible."""
    say, lang = ctx.say, ctx.lang
    line = "." * 70
    business = ctx.business

    def known(value: str):  # a stored business's name or tax code, printed in the line's room: no box moves
        return ctx.prefilled(value, cell(line)) if value.strip() else line

    rows = [[say("Tên cơ sở kinh doanh", "Business name"), known(business.name if business else "")],
            [say("Mã số thuế", "Tax code"), known(business.tax_code if business else "")],
            [say("Địa chỉ", "Address"), line],
            [say("Người liên hệ · điện thoại · email", "Contact · phone · email"), line],
            [say("Người đánh giá · ngày đánh giá", "Assessor · date"), line]]
    story = [p(say("Thông tin cơ sở", "The business"), "h1"), table(None, rows, [52, 118], zebra=False), spacer(2)]

    def choice(field_name: str, title: str, items: Sequence[tuple[Any, str]], columns: int) -> list:
        return [p(title, "h3"), ctx.box_grid([(f"profile.{field_name}", "profile", value, label)
                                              for value, label in items], columns)]

    story += choice("entity_type", say("Loại hình (chọn một)", "Type of business (tick one)"),
                    [(k, tr(v, lang)) for k, v in entity_type_names().items()], 4)
    story += choice("sector", say("Lĩnh vực chính (chọn một)", "Main sector (tick one)"),
                    [(k, tr(v, lang)) for k, v in sector_names().items()], 3)
    story += choice("produces_goods", say("Cơ sở có tự sản xuất, chế biến hàng hóa không?",
                                          "Does the business make or process goods itself?"),
                    [(True, say("Có", "Yes")), (False, say("Không", "No"))], 4)
    story.append(p(say("Quy mô: viết mỗi chữ số vào một ô trên, rồi đánh dấu chữ số đó ở cột bên dưới; bỏ trống các "
                       "cột thừa bên trái. Số lao động là số bình quân năm có đóng bảo hiểm xã hội.",
                       "Size: write one digit per cell on top, then tick that digit in the column below; leave the "
                       "unused columns on the left empty. Workers: the yearly average with social insurance."),
                   "muted"))
    money = say("triệu đồng, năm trước", "million VND, last year")  # VND in English, as the report
    grids = [ctx.digit_grid("employees", DIGITS["employees"], say("Số lao động", "Workers"), say("người", "people")),
             ctx.digit_grid("annual_revenue_vnd", DIGITS["annual_revenue_vnd"], say("Doanh thu", "Revenue"), money),
             ctx.digit_grid("total_capital_vnd", DIGITS["total_capital_vnd"], say("Tổng nguồn vốn", "Total capital"),
                            money)]
    story.append(grid([grids], [42 * MM, 56 * MM, 56 * MM], [("VALIGN", (0, 0), (-1, -1), "TOP"),
                                                               ("LEFTPADDING", (0, 0), (-1, -1), 0)]))
    merged = format_date(MERGED_ON, lang)
    story += choice("commune", say(f"Xã, phường, đặc khu (Quảng Trị, từ {merged}) — chọn một; ở tỉnh khác: ghi vào "
                                   "địa chỉ", f"Commune (Quảng Trị, since {merged}) — tick one; in another province: "
                                   "write it in the address"),
                    [(name, name) for name in sorted(commune_names(), key=_sort_key)], 6)
    return story


def _sort_key(name: str) -> str:
    from ..i18n import fold_diacritics

    return fold_diacritics(name)


def _signature_block(ctx: _Context) -> list:
    from reportlab.platypus import KeepTogether

    say = ctx.say

    def column(role: str) -> list:
        return [p(role, "h3"), p(f"{say('Họ và tên', 'Name')}: " + "." * 45),
                p(f"{say('Ngày', 'Date')}: ......../......../............"),
                p(f"{say('Chữ ký', 'Signature')}:"), spacer(20), p("." * 55, "muted")]

    boxes = grid([[column(say("Đại diện cơ sở kinh doanh", "Business representative")),
                   column(say("Người đánh giá", "Assessor"))]], [85 * MM, 85 * MM],
                 [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    return [KeepTogether([p(say("Xác nhận", "Signatures"), "h1"), boxes])]


def _story(ctx: _Context) -> list:
    instrument, lang = ctx.instrument, ctx.lang
    story = [p(ctx.say("Phiếu đánh giá mức độ chuyển đổi số", "Digital transformation questionnaire"), "title"),
             p(f"{tr(instrument.name, lang)} · {instrument.id} {instrument.version}", "subtitle"),
             *_instructions(ctx), *_profile(ctx)]
    numbers = question_numbers(instrument)  # the readers name questions by these
    for area in instrument.areas:
        for index, q in enumerate(instrument.questions_in(area.id)):
            story += _question(ctx, q, numbers[q.id], [p(tr(area.name, lang), "h1")] if index == 0 else [])
    story += [p(ctx.say("Ghi chú chung", "General notes"), "h2"), *[p("." * 130, "muted") for _ in range(4)]]
    return story + _signature_block(ctx)


def _canvas(chrome: Chrome, recorder: _Recorder, business: Business | None):
    """The page chrome of a readable form: corner marks, QR code, a header that leaves room for the code.
    Several copies: each has its own printout id and page numbers, and one of an odd number of pages is
    followed by a page left blank, so the next copy starts on a new sheet when printed on both sides."""
    base = _canvas_class(chrome)
    room = qr_rect()[0] - 4 * MM - MARGIN_X  # header lines stop short of the QR code
    title, subtitle = _fit(chrome.title, BOLD, 9, room), _fit(chrome.business, REGULAR, 8, room)
    who = _fit(business.name, REGULAR, 8, room) if business is not None else ""
    layouts = recorder.layouts

    class FormCanvas(base):  # type: ignore[misc,valid-type]  # a class built at run time on reportlab's Canvas
        def save(self):
            total = len(self._pages)
            for copy, layout in enumerate(layouts):
                while len(layout.pages) < recorder.pages_of(copy, total):
                    layout.pages.append(PageLayout(len(layout.pages) + 1))
                for page in layout.pages:
                    page.qr_rect, page.marks = qr_rect(), mark_rects()
            self._form_id = layouts[0].form_id
            if len(recorder.starts) != len(layouts) or any(layout.form_id != self._form_id for layout in layouts):
                raise RuntimeError("the copies of the form were laid out differently")  # a bug, never the user's
            super().save()

        def _after_page(self, number: int, total: int) -> None:
            copy, page = recorder.locate(number)
            pages = recorder.pages_of(copy, total)
            if page == pages and pages % 2 and copy + 1 < len(layouts):  # the back of the copy's last sheet
                self.saveState()
                self.setFillColor(MUTED)
                self.setFont(REGULAR, 9)
                self.drawCentredString(PAGE_WIDTH / 2, PAGE_HEIGHT / 2, _say(
                    chrome.lang, "Trang này để trống: bản in tiếp theo bắt đầu ở tờ sau.",
                    "This page is left blank: the next printout starts on the next sheet."))
                self.restoreState()
                super(base, self).showPage()

        def _draw_chrome(self, absolute: int, document_pages: int) -> None:
            copy, number = recorder.locate(absolute)
            layout, total = layouts[copy], recorder.pages_of(copy, document_pages)
            self.saveState()
            self.setFillColor("#000000")
            for x0, y0, x1, y1 in mark_rects():
                self.rect(x0, y0, x1 - x0, y1 - y0, stroke=0, fill=1)
            _draw_qr(self, layout.qr(number, self._form_id).payload())
            top = PAGE_HEIGHT - 13 * MM
            self.setFillColor(ACCENT)
            self.setFont(BOLD, 9)
            self.drawString(MARGIN_X, top, title)
            self.setFillColor(MUTED)
            self.setFont(REGULAR, 8)
            self.drawString(MARGIN_X, top - 4.5 * MM, subtitle)
            if who:
                self.setFillColor(INK)
                draw_text(self, MARGIN_X, top - 9 * MM, who, REGULAR, 8)
            self.setFillColor(MUTED)
            bottom = 12 * MM
            made = f"CĐS Desktop · {format_date(chrome.on, chrome.lang)} · {self._form_id} · "
            self.drawString(MARGIN_X, bottom, made)
            self.setFillColor(INK)  # the printout, in bold: what a message about a page of another printout names
            self.setFont(BOLD, 8)
            self.drawString(MARGIN_X + self.stringWidth(made, REGULAR, 8), bottom,
                            f"{_say(chrome.lang, 'Bản in', 'Printout')} {layout.printout_label}")
            self.setFillColor(MUTED)
            self.setFont(REGULAR, 8)
            self.drawRightString(PAGE_WIDTH - MARGIN_X, bottom, chrome.page_label.format(page=number, pages=total))
            self.restoreState()

    return FormCanvas


def _fit(value: str, font: str, size: float, width: float) -> str:
    line, limit = plain(truncate(value, 200)), 200
    while text_width(line, font, size) > width and limit > 10:
        limit -= 5
        line = plain(truncate(value, limit))
    return line


def _draw_qr(canv, payload: str) -> None:
    """The QR code as one filled path (reportlab's widget draws thousands of shapes and tries all eight masks)."""
    from reportlab.graphics.barcode import qrencoder

    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)
    code.addData(payload)
    code.version = code.calculate_version()
    code.makeImpl(False, 0)  # any mask is valid; choosing the "best" one only matters for marginal prints
    count = code.getModuleCount()
    module = QR_SIZE / count
    x0, _, _, y1 = qr_rect()
    path = canv.beginPath()
    for r, row in enumerate(code.modules):
        c = 0
        for dark, run in itertools.groupby(row):  # one rectangle per run of dark modules
            length = len(list(run))
            if dark:
                path.rect(x0 + c * module, y1 - (r + 1) * module, length * module, module)
            c += length
    canv.setFillColor("#000000")
    canv.drawPath(path, stroke=0, fill=1)


def build(out_path: str | Path | io.BytesIO | None = None, *, lang: str = "vi", instrument: Instrument | None = None,
          on: date | None = None, business: Business | None = None, assessment_id: str = "",
          printout: str | None = None, edition: int = EDITION) -> FormLayout:
    """Write the form (to a path atomically, to a binary stream, or nowhere: None) and return its layout.

    Every form made is one printout with its own id (in the QR codes and the footers), unless `printout`
    gives it: the same id and date give the same bytes. An earlier `edition` makes the layout an earlier
    release printed (for the reader)."""
    return build_copies(out_path, lang=lang, instrument=instrument, on=on, business=business,
                        assessment_id=assessment_id, printouts=None if printout is None else [printout],
                        edition=edition)[0]


def check_copies(copies: int, where: str = "copies") -> None:
    """Refuse a number of copies out of 1..MAX_COPIES, in words."""
    if not 1 <= copies <= MAX_COPIES:
        raise InputError(Problem(where, text(f"số bản in phải từ 1 đến {MAX_COPIES} (đã cho {copies})",
                                             f"the number of copies must be from 1 to {MAX_COPIES} (given {copies})")))


def build_copies(out_path: str | Path | io.BytesIO | None = None, *, copies: int = 1, lang: str = "vi",
                 instrument: Instrument | None = None, on: date | None = None, business: Business | None = None,
                 assessment_id: str = "", printouts: Sequence[str] | None = None,
                 edition: int = EDITION) -> list[FormLayout]:
    """`copies` printouts of the form in one PDF, each with its own printout id and page numbers and starting on
    a new sheet (a page left blank after a copy of an odd number of pages); their layouts, in order. The boxes
    are where they are on a single printout. `printouts` gives the ids (the same ids and date: the same bytes)."""
    from reportlab import rl_config
    from reportlab.platypus import BaseDocTemplate, Frame, PageBreak, PageTemplate

    check_language(lang)
    if printouts is not None:
        copies = len(printouts)
    check_copies(copies)
    instrument = instrument or current_instrument()
    if on is None:  # printed today: the policy catalog's day while the clock is behind it, as a report is dated
        from ..domain.edition import policy_day

        on = policy_day()
    register_fonts()
    styles()
    layouts = [FormLayout(instrument.id, instrument.version, lang, (PAGE_WIDTH, PAGE_HEIGHT),
                          business_id=(business.id or "") if business else "",
                          assessment_id=assessment_id if business else "",
                          printout=new_printout_id() if printouts is None else printouts[index])
               for index in range(copies)]
    recorder = _Recorder(layouts)
    tick, box_grid, digit_grid, prefilled, copy_start = _flowables(recorder)
    ctx = _Context(lang, instrument, tick, box_grid, digit_grid, prefilled, business, edition)

    def story() -> list:
        if copies == 1:
            return _story(ctx)
        flowables: list = []
        for index in range(copies):  # each copy its own flowables, from the top of a page
            flowables += [*([PageBreak()] if index else []), copy_start(index), *_story(ctx)]
        return flowables
    title = _say(lang, "Phiếu đánh giá mức độ chuyển đổi số", "Digital transformation questionnaire")
    chrome = Chrome(title=title, business=f"{tr(instrument.name, lang)} · {instrument.id} {instrument.version}",
                    page_label=_say(lang, "Trang {page} / {pages}", "Page {page} of {pages}"), author="CĐS Desktop",
                    subject=_say(lang, "Phiếu giấy để đánh giá tại cơ sở", "Paper form for on-site assessments"),
                    lang=lang, on=on)

    def write(target) -> None:
        doc = BaseDocTemplate(
            target if isinstance(target, io.BytesIO) else str(target), pagesize=(PAGE_WIDTH, PAGE_HEIGHT),
            leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP, bottomMargin=MARGIN_BOTTOM,
            title=title, author=chrome.author, subject=chrome.subject, creator="CĐS Desktop",
            lang="vi-VN" if lang == "vi" else "en", invariant=1, initialFontName=REGULAR, initialFontSize=9.5)
        frame = Frame(MARGIN_X, MARGIN_BOTTOM, CONTENT_WIDTH, PAGE_HEIGHT - MARGIN_TOP - MARGIN_BOTTOM,
                      leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0, id="body")
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        ascii85 = rl_config.useA85
        rl_config.useA85 = 0  # binary streams, as the report: smaller and faster
        try:
            doc.build(story(), canvasmaker=_canvas(chrome, recorder, business))
        finally:
            rl_config.useA85 = ascii85

    if out_path is None:
        write(io.BytesIO())
    elif isinstance(out_path, io.BytesIO):
        write(out_path)
    else:
        with atomic_output(out_path) as target:
            write(target)
    return layouts
