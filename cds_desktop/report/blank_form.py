"""The printable blank questionnaire for paper visits: every question, its level descriptors with
tick boxes, room for notes, and the signature block."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from ..domain.instrument import Instrument, Question, current_instrument
from ..fileio import atomic_output
from ..i18n import check_language, tr
from .blocks import grid, p, rich, spacer, table
from .document import MM, Chrome, write_pdf
from .markup import para

BOX = "☐"


def _say(lang: str, vi: str, en: str) -> str:
    return vi if lang == "vi" else en


def _question(q: Question, number: int, instrument: Instrument, lang: str, heading: list) -> list:
    """One question kept on one page (with the area heading above the area's first question)."""
    from reportlab.platypus import KeepTogether

    pillar = tr(instrument.pillar(q.pillar).name, lang)
    head = [*heading, rich(f"<b>{number}. {para(tr(q.text, lang))}</b>", "body")]
    hint = tr(q.help, lang)
    if hint:
        head.append(p(hint, "muted"))
    if q.applies_if:
        condition = tr(q.skip_reason, lang) or _say(lang, "chỉ hỏi khi điều kiện phù hợp", "asked only when it applies")
        head.append(rich(f"<i>{_say(lang, 'Bỏ qua nếu không phù hợp', 'Skip if it does not apply')}: "
                         f"{para(condition)}</i>", "muted"))
    if q.type == "ladder":
        rows = [[BOX, f"{_say(lang, 'Mức', 'Level')} {lv.level}", tr(lv.text, lang)] for lv in q.levels]
        kind = _say(lang, "Chọn một mức", "Tick one level")
    else:
        not_relevant = _say(lang, "không liên quan đến cơ sở", "not relevant to us")
        rows = [[BOX, "", tr(o.text, lang) + (f"   ({BOX} {not_relevant})" if o.not_relevant_allowed else "")]
                for o in q.options]
        kind = _say(lang, "Đánh dấu mọi lựa chọn đang dùng", "Tick every option in use")
    if q.na_allowed:
        rows.append([BOX, "", _say(lang, "Không áp dụng cho cơ sở", "Not applicable to this business")])
    head.append(p(f"{kind} · {_say(lang, 'Trụ cột', 'Pillar')}: {pillar}", "muted"))
    notes = p(_say(lang, "Ghi chú", "Notes") + ": " + "." * 150, "muted")
    return [KeepTogether(head + [table(None, rows, [7, 16, 147], zebra=False), notes, spacer(3)])]


def build(out_path: str | Path, *, lang: str = "vi", instrument: Instrument | None = None,
          on: date | None = None) -> None:
    check_language(lang)
    instrument = instrument or current_instrument()
    on = on or date.today()
    title = _say(lang, "Phiếu đánh giá mức độ chuyển đổi số", "Digital transformation questionnaire")
    blank = "." * 60
    story = [
        p(title, "title"),
        p(f"{tr(instrument.name, lang)} · {instrument.id} {instrument.version}", "subtitle"),
        p(_say(lang, "Đánh dấu ☒ vào ô phù hợp nhất với việc cơ sở đang thực sự làm, không phải dự định. "
                     "Ghi chú những gì giúp hiểu câu trả lời. Nhập lại phiếu vào CĐS Desktop để có điểm, lộ trình "
                     "và chính sách hỗ trợ.",
               "Tick ☒ the box that best matches what the business actually does today, not what it plans. "
               "Note anything that explains the answer. Enter the form in CĐS Desktop to get the scores, roadmap "
               "and support policies."), "body"),
        spacer(2),
        table(None, [[_say(lang, "Tên cơ sở kinh doanh", "Business name"), blank],
                     [_say(lang, "Mã số thuế", "Tax code"), blank],
                     [_say(lang, "Xã/phường", "Commune"), blank],
                     [_say(lang, "Ngày đánh giá · giai đoạn", "Date · stage"), blank],
                     [_say(lang, "Người đánh giá", "Assessor"), blank]], [48, 122], zebra=False),
    ]
    number = 0
    for area in instrument.areas:
        questions = instrument.questions_in(area.id)
        if not questions:
            continue
        for index, q in enumerate(questions):
            number += 1
            story += _question(q, number, instrument, lang, [p(tr(area.name, lang), "h1")] if index == 0 else [])
    story += _signature_block(lang)
    with atomic_output(out_path) as target:
        write_pdf(target, story, Chrome(
            title=title, business=f"{instrument.id} {instrument.version}",
            page_label=_say(lang, "Trang {page} / {pages}", "Page {page} of {pages}"), author="CĐS Desktop",
            subject=_say(lang, "Phiếu giấy để đánh giá tại cơ sở", "Paper form for on-site assessments"),
            lang=lang, on=on))


def _signature_block(lang: str) -> list:
    from reportlab.platypus import KeepTogether

    def column(role: str) -> list:
        return [p(role, "h3"), p(f"{_say(lang, 'Họ và tên', 'Name')}: " + "." * 45),
                p(f"{_say(lang, 'Ngày', 'Date')}: ......../......../............"),
                p(f"{_say(lang, 'Chữ ký', 'Signature')}:"), spacer(20), p("." * 55, "muted")]

    boxes = grid([[column(_say(lang, "Đại diện cơ sở kinh doanh", "Business representative")),
                   column(_say(lang, "Người đánh giá", "Assessor"))]], [85 * MM, 85 * MM],
                 [("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0)])
    return [KeepTogether([p(_say(lang, "Xác nhận", "Signatures"), "h1"), boxes])]
