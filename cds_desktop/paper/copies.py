"""Photocopies of one printout: on farms a consultant may photocopy one printout for several businesses, and every
copy then carries the same printout id. The pages of one printout are one form only when each page number holds
one sheet: a page photographed twice (a better picture, a mark corrected in between) reads the same but for a
question or so; a copy filled for another business differs in most questions (page 1 in nearly all its fields).

When the copies of a printout differ more than a correction does, the printout was photocopied: each file that
holds at most one copy of each page is one business's copy (one draft); a page alone in its file, or a file that
holds a page twice, cannot be given to a business and is refused. Never one draft of two businesses' answers."""

from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

from ..i18n import Text, text

if TYPE_CHECKING:
    from ..report.form_layout import FormLayout, PageLayout
    from .reading import Choice, _Seen

# How many questions may differ between two pictures of one sheet: a mark corrected between the two. Measured
# on the form's 22 pages, 4 fillings: the same sheet photographed again (phone, chat app) read with no question
# differing in 176 of 176 pairs; two businesses' random answers differed in 4 to 6 of page 1's 6 fields and in
# 0 to 2 of the 2 questions of the other pages (0 or 1 in 23 of 84), 38 to 44 over a whole form. One loose page
# of another business's copy can thus pass for a page photographed again; a whole copy cannot.
CORRECTED = 1


def field_of(question_id: str) -> str:
    """The question, or the profile field a digit column belongs to (profile.employees.2 -> profile.employees)."""
    return question_id.rsplit(".", 1)[0] if question_id.count(".") == 2 else question_id


def differing(page: PageLayout, was: Sequence[Choice], now: Sequence[Choice]) -> list[str]:
    """The questions (profile fields) marked differently in two pictures of a page."""
    return sorted({field_of(box.question_id) for box, a, b in zip(page.boxes, was, now) if a.marked != b.marked})


def photocopies(hits: list[_Seen], layout: FormLayout, name: Text
                ) -> tuple[list[tuple[str, list[_Seen]]], list[tuple[_Seen, Text]]]:
    """The copies of one printout's pages, each with the file it was scanned in ("" when the printout was not
    photocopied: one copy, read as always), and the pages that belong to no copy with the reason."""
    first: dict[int, Sequence[Choice]] = {}
    differences = 0
    for hit in hits:
        if not isinstance(hit.read, tuple) or not 1 <= hit.qr.page <= len(layout.pages):
            continue
        boxes = hit.read[1]
        if hit.qr.page in first:
            differences += len(differing(layout.page(hit.qr.page), first[hit.qr.page], boxes))
        else:
            first[hit.qr.page] = boxes
    if differences <= CORRECTED:
        return [("", hits)], []
    files: dict[str, list[_Seen]] = {}
    for hit in hits:
        files.setdefault(hit.source, []).append(hit)
    copies: list[tuple[str, list[_Seen]]] = []
    refused: list[tuple[_Seen, Text]] = []
    said = text(f"{name['vi']}, bản in này đã được photo cho nhiều cơ sở (các bản photo đánh dấu khác nhau ở "
                f"{differences} câu)", f"{name['en']}, which was photocopied for several businesses (the copies are "
                f"marked differently in {differences} questions)")
    for file, pages in files.items():
        numbers = [hit.qr.page for hit in pages]
        if len(pages) == 1:
            why = text("trang này nằm một mình trong tệp, nên không biết là của cơ sở nào",
                       "this page is alone in its file, so whose it is cannot be told")
        elif len(set(numbers)) < len(numbers):
            why = text("tệp này có một trang hai lần (của hai bản photo), nên không biết trang nào của cơ sở nào",
                       "this file holds a page twice (of two copies), so whose each page is cannot be told")
        else:
            copies.append((file, pages))
            continue
        refused += [(hit, text(f"là trang {hit.qr.page} của {said['vi']}; {why['vi']}",
                               f"is page {hit.qr.page} of {said['en']}; {why['en']}")) for hit in pages]
    return copies, refused


ADVICE = text(
    "Bản in được photo cho nhiều cơ sở: quét các trang của mỗi cơ sở thành một tệp riêng (mỗi cơ sở một tệp PDF, đủ "
    "các trang) rồi đọc lại, mỗi tệp thành một bản nháp. Lần sau in mỗi cơ sở một bản in riêng: "
    "'cds-cli blank-form --copies N', hoặc ô 'Số bản in' ở mục Báo cáo của cửa sổ.",
    "A printout photocopied for several businesses: scan each business's pages as a file of its own (one PDF per "
    "business, all its pages) and read them again, each file one draft. Next time print one printout per "
    "business: 'cds-cli blank-form --copies N', or the 'Printouts' box in the window's Report tab.")
