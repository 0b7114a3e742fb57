"""Paper commands: `blank-form` (the printable questionnaire, optionally for a known business, with its box
layout) and `read-form` (scans or photos of a filled form back to a draft assessment file)."""

from __future__ import annotations

import argparse
import json
import sys

from ..errors import InputError, Problem
from ..formats import format_count, format_number, in_both
from ..i18n import text, tr
from .output import print_json


def register(commands, common: argparse.ArgumentParser) -> None:
    say = commands.say  # help in the user's language
    p = commands.add_parser("blank-form", parents=[common])
    p.add_argument("-o", "--output", required=True, metavar=say("PHIẾU.pdf", "OUT.pdf"),
                   help=say("tệp PDF sẽ ghi ra", "the PDF file to write"))
    p.add_argument("--business", metavar=say("MÃ", "ID"),
                   help=say("in cho cơ sở đã lưu này (mã của cơ sở nằm trong mã QR)",
                            "print it for this stored business (its id goes in the QR codes)"))
    p.add_argument("--copies", type=int, default=1, metavar="N",
                   help=say("số bản in, mỗi bản một mã bản in riêng, trong cùng một tệp PDF, mỗi bản bắt đầu ở tờ "
                            "mới: mỗi cơ sở một bản (1 đến 50; mặc định 1)",
                            "the number of printouts, each with its own printout id, in one PDF, each starting on "
                            "a new sheet: one per business (1 to 50; default 1)"))
    p.add_argument("--layout", metavar=say("VỊ_TRÍ_Ô.json", "LAYOUT.json"),
                   help=say("ghi thêm vị trí của từng ô (đơn vị điểm PDF, gốc ở góc dưới bên trái)",
                            "also write where every box is (PDF points, origin lower left)"))
    p.set_defaults(handler=cmd_blank_form)

    p = commands.add_parser("read-form", parents=[common])
    p.add_argument("inputs", nargs="+", metavar=say("TỆP", "INPUT"),
                   help=say("tệp PDF, JPEG hoặc PNG, các trang theo thứ tự nào cũng được",
                            "PDF, JPEG or PNG files, pages in any order"))
    p.add_argument("-o", "--output", required=True, metavar=say("BẢN_NHÁP.json", "DRAFT.json"),
                   help=say("tệp đánh giá nháp sẽ ghi ra", "the draft assessment file to write"))
    p.add_argument("--json", action="store_true", help=say("in độ tin cậy của từng câu trả lời và những câu chưa chắc",
                                                           "print each answer's confidence and the uncertain ones"))
    p.set_defaults(handler=cmd_read_form)


def _stored_business(args, given: str):
    """The business and the id its paper answers will be stored under (its open draft, else a new one)."""
    from .store_commands import _reader, _resolve

    with _reader(args) as repo:
        kind, business_id = _resolve(repo, given)
        if kind != "business":
            raise InputError(Problem("--business", text(
                f"'{given}' là mã đánh giá; cần mã cơ sở kinh doanh ('cds-cli list' cho biết)",
                f"'{given}' is an assessment id; a business id is needed ('cds-cli list' shows them)")))
        return repo.get_business(business_id), repo.paper_assessment_id(business_id)


def cmd_blank_form(args) -> int:
    from ..fileio import write_atomically
    from ..report import build_blank_forms
    from ..report.blank_form import check_copies

    check_copies(args.copies, "--copies")
    if args.business and args.copies > 1:  # every copy would carry the business's one draft: one printout
        raise InputError(Problem("--copies", text(
            "phiếu in cho một cơ sở đã lưu là một bản in (bỏ --copies); nhiều bản là để đi nhiều cơ sở, in không "
            "kèm --business",
            "a form for one stored business is one printout (leave out --copies); copies are for visiting several "
            "businesses, printed without --business")))
    business, assessment_id = _stored_business(args, args.business) if args.business else (None, "")
    layouts = build_blank_forms(args.output, copies=args.copies, lang=args.lang, business=business,
                                assessment_id=assessment_id)
    layout, pages = layouts[0], len(layouts[0].pages)
    if len(layouts) == 1:  # one printout: print it once per farm, never photocopy a filled-in one
        label = layout.printout_label
        print(tr(text(f"Đã ghi phiếu: {args.output} ({pages} trang, bản in {label})",
                      f"Form written: {args.output} ({pages} pages, printout {label})"), args.lang))
    else:
        labels = ", ".join(copy.printout_label for copy in layouts)
        count = in_both(format_count, len(layouts), "bản in", "printout", "printouts")
        print(tr(text(f"Đã ghi phiếu: {args.output} ({count['vi']}, mỗi bản {pages} trang, bắt đầu ở tờ mới; "
                      f"mỗi cơ sở một bản): {labels}",
                      f"Forms written: {args.output} ({count['en']} of {pages} pages each, each starting on a new "
                      f"sheet; one per business): {labels}"), args.lang))
    if args.layout:
        published = layout.to_json()  # copies: the same boxes; each copy's QR codes carry its own printout id
        if len(layouts) > 1:
            published["printouts"] = [copy.printout for copy in layouts]
        data = json.dumps(published, ensure_ascii=False) + "\n"
        write_atomically(args.layout, data.encode("utf-8"))
        print(tr(text(f"Đã ghi bố cục các ô: {args.layout}", f"Box layout written: {args.layout}"), args.lang))
    return 0


def _lookup(args):
    """Stored businesses by id, for forms printed for one; no store (or a damaged one) means none."""
    def find(business_id: str):
        from ..storage import Repository

        try:
            with Repository(args.data_dir, read_only=True) as repo:
                return repo.get_business(business_id) if repo.damage is None else None
        except (InputError, OSError):
            return None

    return find


def cmd_read_form(args) -> int:
    from ..fileio import write_atomically
    from ..paper import read_forms
    from ..report.form_layout import printout_label

    lang = args.lang
    reading = read_forms(args.inputs, business_lookup=_lookup(args))
    for problem in reading.problems:
        print(problem.render(lang), file=sys.stderr)
    if reading.missing_pages and reading.readable:
        pages = ", ".join(map(str, reading.missing_pages))
        print(tr(text(f"Thiếu trang: {pages}", f"Missing pages: {pages}"), lang), file=sys.stderr)
    if not reading.readable:
        print(tr(text("Không có trang nào đọc được; chưa ghi bản nháp.", "No page could be read; no draft written."),
                 lang), file=sys.stderr)
        return 2
    draft = reading.draft()
    write_atomically(args.output, draft.dumps().encode("utf-8"))
    uncertain = reading.uncertain
    if args.json:
        print_json({"draft": args.output, **reading.to_json(lang)})
    else:
        answered = in_both(format_count, sum(r.status == "answered" for r in reading.questions.values()),
                           "câu trả lời chắc chắn", "answer read with certainty", "answers read with certainty")
        to_check = in_both(format_number, len(uncertain))
        printout = printout_label(reading.form.printout) if reading.form and reading.form.printout else ""
        print(tr(text(f"Đã ghi bản nháp: {args.output}" + (f" (bản in {printout})" if printout else "")
                      + f" — {answered['vi']}, {to_check['vi']} mục cần xem lại",
                      f"Draft written: {args.output}" + (f" (printout {printout})" if printout else "")
                      + f" — {answered['en']}, {to_check['en']} to check"), lang))
        for item in uncertain:
            reason = tr(_reason(item.reason), lang)
            print(f"  {item.question_id}: {reason} ({tr(text('độ tin cậy', 'confidence'), lang)} {format_number(item.confidence, lang, 2)})")
    return 0


def _reason(key: str):
    from ..paper.reading import REASONS

    return REASONS[key]
