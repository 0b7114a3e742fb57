"""Paper commands: `blank-form` (the printable questionnaire, optionally for a known business, with its box
layout) and `read-form` (scans or photos of a filled form back to a draft assessment file; pages of several printouts
scanned in one go: one draft per printout)."""

from __future__ import annotations

import argparse
import json
import sys

from ..errors import InputError, Problem
from ..formats import format_count, format_number, in_both
from ..i18n import one_line, text, tr
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
                   help=say("tệp đánh giá nháp sẽ ghi ra; các trang của nhiều bản in: mỗi bản in một bản nháp, ghi "
                            "cạnh tệp này và mang mã bản in (BẢN_NHÁP-K7QX-M4PT.json), thêm tên cơ sở nếu phiếu in cho "
                            "một cơ sở đã lưu; bản in được photo cho nhiều cơ sở: mỗi tệp quét một bản nháp, thêm tên "
                            "tệp",
                            "the draft assessment file to write; pages of several printouts: one draft per "
                            "printout, written beside it and named by the printout id (DRAFT-K7QX-M4PT.json), and by "
                            "the business when the form was printed for a stored one; a printout photocopied for "
                            "several businesses: one draft per scanned file, named by the file too"))
    p.add_argument("--date", metavar=say("NĂM-THÁNG-NGÀY", "YYYY-MM-DD"),
                   help=say("ngày ghi trên phiếu (mục Xác nhận, dòng Ngày), là ngày của bản nháp; không có: ngày đọc "
                            "phiếu (hôm nay; ngày của danh mục chính sách nếu đồng hồ máy tính đang chậm hơn ngày đó), "
                            "hoặc ngày của lần đánh giá gần nhất của cơ sở đã lưu mà phiếu in cho, nếu muộn hơn (bản "
                            "nháp không đề ngày trước lần đó); các trang của nhiều bản in: ngày của mọi bản nháp",
                            "the date written on the form (Signatures section, Date line), which the draft is dated; "
                            "without it: the day the form is read (today; the policy catalog's day if the computer's "
                            "clock is behind it), or the day of the last assessment of the stored business the form was "
                            "printed for, if later (a draft is not dated before it); pages of several printouts: the "
                            "date of every draft"))
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
    """The stored business a form was printed for, from what its QR code carries; no store (or a damaged one)
    means none."""
    def find(carried: str):
        from ..report.form_layout import links_to
        from ..storage import Repository

        try:
            with Repository(args.data_dir, read_only=True) as repo:
                named = [b for b in repo.businesses() if links_to(b.id, carried)] if repo.damage is None else []
        except (InputError, OSError):
            return None
        return named[0] if len(named) == 1 else None

    return find


def _last_day(args, reading):
    """The day of the last assessment of the stored business a form was printed for, which its draft follows (and
    may not be dated before; the stored draft the form fills, if any, is not one it follows); None for a form
    printed blank, or no store."""
    from ..domain.assessment import readable_day
    from ..storage import Repository

    if reading.base_business is None:
        return None
    try:
        with Repository(args.data_dir, read_only=True) as repo:
            days = [s.assessed_on for s in repo.assessments_of(reading.base_business.id)
                    if s.id != reading.draft_id] if repo.damage is None else []
    except (InputError, OSError):
        return None
    readable = [day for on in days if (day := readable_day(on)) is not None]  # a stored '15/11/2026' is no bound
    return max(readable) if readable else None


def _draft_day(args, reading):
    """The day a draft is dated, and the last assessment's day it follows: the --date given (InputError when it is
    before that last assessment, as the window refuses it; unless that one is dated ahead, _date_line), else the day
    read (assessment.paper_day: not before that last assessment)."""
    from ..domain.assessment import latest_day, paper_date_problems, paper_day

    previous = _last_day(args, reading)
    if args.date is not None and previous is not None and previous <= latest_day():  # else no day fits: said after
        if problems := paper_date_problems(args.date, previous=previous, where="--date"):
            raise InputError(problems)
    return (args.date or (paper_day(previous) if previous is not None else None)), previous


def _form_date(value: str | None):
    """The --date given, checked before any page is read (reading takes a while): a day, and one that has come."""
    from datetime import date

    from ..domain.assessment import paper_date_problems

    if value is None:
        return None
    try:
        on = date.fromisoformat(value) if len(value) == 10 else None
    except ValueError:
        on = None
    if on is None:
        raise InputError(Problem("--date", text(
            f"'{value}' không phải ngày hợp lệ; viết ngày ghi trên phiếu theo dạng NĂM-THÁNG-NGÀY, ví dụ 2026-11-03",
            f"'{value}' is not a valid date; write the date on the form as YEAR-MONTH-DAY, e.g. 2026-11-03")))
    if problems := paper_date_problems(on, where="--date"):
        raise InputError(problems)
    return on


def cmd_read_form(args) -> int:
    from ..paper import read_batch
    from ..paper.reading import FormReading

    args.date = _form_date(args.date)
    batch = read_batch(args.inputs, business_lookup=_lookup(args))
    if len(batch.printouts) > 1:
        return _read_printouts(args, batch)
    # One printout (or none): read as it always was, every page that is not one of its named.
    reading = batch.printouts[0] if batch.printouts else FormReading()
    reading.problems[:0] = batch.problems
    return _read_one(args, reading, batch.photocopy_advice(args.lang))


def _read_one(args, reading, advice: str = "") -> int:
    from ..fileio import write_atomically

    lang = args.lang
    for problem in reading.problems:
        print(problem.render(lang), file=sys.stderr)
    if advice:  # pages of a photocopied printout that no draft holds
        print(advice, file=sys.stderr)
    if reading.missing_pages and reading.readable:
        pages = ", ".join(map(str, reading.missing_pages))
        print(tr(text(f"Thiếu trang: {pages}", f"Missing pages: {pages}"), lang), file=sys.stderr)
    if not reading.readable:
        print(tr(text("Không có trang nào đọc được; chưa ghi bản nháp.", "No page could be read; no draft written."),
                 lang), file=sys.stderr)
        return 2
    on, previous = _draft_day(args, reading)
    draft = reading.draft(on=on)
    write_atomically(args.output, draft.dumps().encode("utf-8"))
    if args.json:
        print_json({"draft": args.output, **_dated(draft, args, previous), **reading.to_json(lang)})
    else:
        _say_written(args.output, reading, lang, date_line=_date_line(draft, args, previous))
    return 0


def _follows_last(draft, args, previous) -> bool:
    """Dated, for want of --date, the day of its business's last assessment, later than the day it was read."""
    from ..domain.assessment import assessment_day

    return (not args.date and previous is not None and previous > assessment_day()
            and draft.assessment.assessed_on == previous.isoformat())


def _dated(draft, args, previous=None) -> dict:
    """Which day the draft carries, and whence: the --date given ("form"), the day it was read ("today"), on a
    computer whose clock is behind the policy catalog, the catalog's day ("catalog"), or the later day of the
    stored business's last assessment, which the draft follows ("last_assessment"; as _date_line says)."""
    from ..domain.edition import clock_day

    if args.date:
        whence = "form"
    elif _follows_last(draft, args, previous):
        whence = "last_assessment"
    else:
        whence = "today" if draft.assessment.assessed_on == clock_day().isoformat() else "catalog"
    return {"assessed_on": draft.assessment.assessed_on, "assessed_on_from": whence}


def _date_line(draft, args, previous=None) -> str:
    """The draft's date said in words, so that a draft dated the day it was read is noticed."""
    from ..domain.assessment import latest_day
    from ..domain.edition import clock_day
    from ..formats import format_date

    day = {lang: format_date(draft.assessment.assessed_on, lang) for lang in ("vi", "en")}
    if previous is not None and previous > latest_day():  # no day fits a draft that follows it
        last = {lang: format_date(previous, lang) for lang in ("vi", "en")}
        said = text(f"Ngày đánh giá: {day['vi']}; nhưng lần đánh giá gần nhất của cơ sở này đề ngày {last['vi']}, một "
                    "ngày chưa đến (máy đã ghi có thể đặt sai đồng hồ), nên bản nháp đi tiếp sau nó sẽ bị báo sai thứ "
                    "tự ngày: hãy sửa ngày của lần đánh giá đó ở thẻ người đánh giá (trang Đánh giá)",
                    f"Assessment date: {day['en']}; but this business's last assessment is dated {last['en']}, a day "
                    "that has not come (the computer that wrote it may have had a wrong clock), so the draft, which "
                    "follows it, will be flagged as out of order: set that assessment's date on the assessor card "
                    "(Assessment page)")
    elif args.date:
        said = text(f"Ngày đánh giá: {day['vi']} (ngày ghi trên phiếu, --date)",
                    f"Assessment date: {day['en']} (the date on the form, --date)")
    elif _follows_last(draft, args, previous):
        said = text(f"Ngày đánh giá: {day['vi']}, ngày của lần đánh giá gần nhất của cơ sở này, muộn hơn ngày đọc phiếu: "
                    "bản nháp đi tiếp sau lần đó nên không thể đề ngày sớm hơn; nếu phiếu ghi ngày muộn hơn (mục Xác "
                    "nhận), đọc lại với --date NĂM-THÁNG-NGÀY",
                    f"Assessment date: {day['en']}, the day of this business's last assessment, later than the day the "
                    "form is read: the draft follows it, so it cannot be dated earlier; if the form gives a later date "
                    "(Signatures section), read it again with --date YYYY-MM-DD")
    elif draft.assessment.assessed_on != clock_day().isoformat():  # the clock is behind: the catalog's day
        now = {lang: format_date(clock_day(), lang) for lang in ("vi", "en")}
        said = text(f"Ngày đánh giá: {day['vi']}, ngày danh mục chính sách được đối chiếu, vì đồng hồ máy tính sai "
                    f"(đang chỉ {now['vi']}); hãy đọc lại với --date NĂM-THÁNG-NGÀY, ngày ghi trên phiếu "
                    "(mục Xác nhận)",
                    f"Assessment date: {day['en']}, the day the policy catalog was checked, as this computer's clock "
                    f"is wrong (it says {now['en']}); read it again with --date YYYY-MM-DD, the date on the form "
                    "(Signatures section)")
    else:
        said = text(f"Ngày đánh giá: {day['vi']}, là hôm nay, ngày đọc phiếu; nếu phiếu ghi ngày khác (mục Xác nhận), "
                    "đọc lại với --date NĂM-THÁNG-NGÀY",
                    f"Assessment date: {day['en']}, today, the day the form is read; if the form gives another date "
                    "(Signatures section), read it again with --date YYYY-MM-DD")
    return tr(said, args.lang)


def _say_written(path: str, reading, lang: str, indent: str = "", date_line: str = "") -> None:
    from ..report.form_layout import printout_label

    uncertain = reading.uncertain
    answered = in_both(format_count, sum(r.status == "answered" for r in reading.questions.values()),
                       "câu trả lời chắc chắn", "answer read with certainty", "answers read with certainty")
    to_check = in_both(format_number, len(uncertain))
    printout = printout_label(reading.form.printout) if reading.form and reading.form.printout else ""
    business = one_line(reading.base_business.name) if reading.base_business is not None else ""
    copy = reading.copy_name or {"vi": "", "en": ""}  # a photocopied printout: the file of this business's copy
    said = {"vi": ", ".join(([f"bản in {printout}"] if printout else []) + ([copy["vi"]] if copy["vi"] else [])
                            + ([f"cơ sở {business}"] if business else [])),
            "en": ", ".join(([f"printout {printout}"] if printout else []) + ([copy["en"]] if copy["en"] else [])
                            + ([f"business {business}"] if business else []))}
    print(indent + tr(text(f"Đã ghi bản nháp: {path}" + (f" ({said['vi']})" if said["vi"] else "")
                           + f" — {answered['vi']}, {to_check['vi']} mục cần xem lại",
                           f"Draft written: {path}" + (f" ({said['en']})" if said["en"] else "")
                           + f" — {answered['en']}, {to_check['en']} to check"), lang))
    if date_line:
        print(f"{indent}  {date_line}")
    for item in uncertain:
        reason = tr(_reason(item.reason), lang)
        print(f"{indent}  {_on_paper(item.question_id, reading, lang)}: {reason} "
              f"({tr(text('độ tin cậy', 'confidence'), lang)} {format_number(item.confidence, lang, 2)})")


def _on_paper(question_id: str, reading, lang: str) -> str:
    """A reading's question as the consultant finds it on the printed form ("Câu 7 · Hóa đơn điện tử"), not
    by the data files' id; the JSON keeps the id."""
    from ..domain.strengths import topic
    from ..report.form_layout import PROFILE_FIELD_NAMES, question_numbers

    if question_id.startswith("profile."):
        field = question_id[len("profile."):]
        return tr(PROFILE_FIELD_NAMES[field], lang) if field in PROFILE_FIELD_NAMES else field
    question = reading.instrument.question(question_id) if reading.instrument else None
    if question is None:
        return question_id
    number = question_numbers(reading.instrument)[question_id]
    return tr(text(f"Câu {number}", f"Question {number}"), lang) + f" · {topic(question, lang)}"


def _draft_path(output: str, reading, number: int, taken: set[str]) -> str:
    """Beside -o, named by the printout id (forms of the previous release: by their business id, else a number),
    for a copy of a photocopied printout by the file it was scanned in, and for a form printed for a stored
    business by its name: draft-K7QX-M4PT-ca-phe-khe-sanh.json, draft-K7QX-M4PT-farm-a.json."""
    import re
    from pathlib import Path

    from ..i18n import fold_diacritics
    from ..report.form_layout import printout_label

    qr = reading.form
    label = printout_label(qr.printout) if qr and qr.printout else (qr.business_id if qr and qr.business_id else "")
    label = "".join(ch if ch.isascii() and (ch.isalnum() or ch in "-_") else "_" for ch in label) or str(number)
    for named in ([Path(reading.copy).stem] if reading.copy else []) + (
            [reading.base_business.name] if reading.base_business is not None else []):
        name = re.sub(r"[^a-z0-9]+", "-", fold_diacritics(named)).strip("-")[:40].strip("-")
        label = f"{label}-{name}" if name else label
    out = Path(output)
    path = str(out.with_name(f"{out.stem}-{label}{out.suffix}"))
    while path in taken:  # two forms of the previous release for one business
        path = str(out.with_name(f"{out.stem}-{label}-{number}{out.suffix}"))
        number += 1
    taken.add(path)
    return path


def _read_printouts(args, batch) -> int:
    """Several printouts in one batch (a round of visits scanned in one go): one draft each, written beside -o
    and named by its printout id; one printout's trouble leaves the others' drafts written."""
    from ..fileio import write_atomically
    from ..report.form_layout import printout_label

    lang = args.lang
    count = in_both(format_count, len({(r.form.form_id, r.form.business_id, r.form.printout) if r.form else None
                                          for r in batch.printouts}), "bản in", "printout", "printouts")
    copies = (text("; bản in được photo cho nhiều cơ sở: mỗi bản photo (mỗi tệp) một bản nháp",
                   "; a printout photocopied for several businesses: one draft per copy (per file)")
              if any(r.copy for r in batch.printouts) else {"vi": "", "en": ""})
    if not args.json:
        print(tr(text(f"Các trang thuộc {count['vi']}: mỗi bản in một bản nháp{copies['vi']}; không gộp.",
                      f"The pages belong to {count['en']}: one draft each{copies['en']}; never merged."), lang))
    drafts: list[dict] = []
    failed: list[dict] = []
    taken: set[str] = set()
    for number, reading in enumerate(batch.printouts, 1):
        qr = reading.form
        label = (printout_label(qr.printout) or None) if qr else None
        written = draft = previous = None
        if reading.readable:
            path = _draft_path(args.output, reading, number, taken)
            try:
                on, previous = _draft_day(args, reading)
                draft = reading.draft(on=on)
                write_atomically(path, draft.dumps().encode("utf-8"))
                written = path
            except (InputError, OSError) as error:
                message = error.render(lang) if isinstance(error, InputError) else str(error)
                reading.problems.append(_not_written(reading, path, message))
        if written is None:
            failed.append({"printout": label, "business_id": reading.to_json(lang)["business_id"],
                           "problems": [p.to_json(lang) for p in reading.problems]})
        else:
            business = reading.base_business.name if reading.base_business is not None else None
            drafts.append({"draft": written, "business": business, **_dated(draft, args, previous),
                           **reading.to_json(lang)})
        if args.json:
            continue
        if written is not None:
            _say_written(written, reading, lang, date_line=_date_line(draft, args, previous))
        else:
            name = label or (qr.business_id if qr else "")
            copy = {k: f" ({v})" for k, v in reading.copy_name.items()} if reading.copy_name else {"vi": "", "en": ""}
            print(tr(text(f"Bản in {name}{copy['vi']}: chưa ghi bản nháp.",
                          f"Printout {name}{copy['en']}: no draft written."), lang))
        for problem in reading.problems:
            print("  " + problem.render(lang))
        if reading.missing_pages and reading.readable:
            pages = ", ".join(map(str, reading.missing_pages))
            print("  " + tr(text(f"Thiếu trang: {pages}", f"Missing pages: {pages}"), lang))
    if args.json:
        print_json({"drafts": drafts, "failed": failed, "problems": [p.to_json(lang) for p in batch.problems],
                    "advice": batch.advice(lang) or None})
    elif batch.problems:
        print(tr(text("Trang không thuộc bản nháp nào:", "Pages in no draft:"), lang), file=sys.stderr)
        for problem in batch.problems:
            print("  " + problem.render(lang), file=sys.stderr)
        print(batch.advice(lang), file=sys.stderr)
    return 0 if drafts else 2


def _not_written(reading, path: str, message: str):
    from ..paper.reading import PageProblem

    number = min(reading.pages)
    return PageProblem(reading.sources.get(number, path), number, "unreadable", text(
        f"bản nháp chưa ghi được ({path}): {message}", f"the draft could not be written ({path}): {message}"))


def _reason(key: str):
    from ..paper.reading import REASONS

    return REASONS[key]
