"""Merging two entries of one real business (created apart on two laptops, or renamed on one side).

The import never guesses that two entries are one business: the consultant chooses the entry to keep.
Its profile stays as it is (nothing is taken from the other's profile: the consultant edits the kept one
afterwards if needed); every assessment of the other entry moves to it with its answers, notes, status
and date; the other entry is removed and its id is remembered as one the kept entry was known as, so
importing the other laptop's file again finds the kept entry. The other way round, a file from the laptop
that merged brings the moved assessments to a laptop still holding both entries: the import stores no copy
and suggests this merge there (storage/exchange.py, `SuggestedMerge`).

Stages: both entries may have a T0. After the merge the stages follow the assessment dates, T0 the
earliest; on the same day the kept entry's assessments come first, then by their former stage. The plan
lists every stage that changes, so the consultant sees it before confirming.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from ..domain.business import Business
from ..errors import InputError, Problem
from ..formats import format_count, format_date, in_both
from ..i18n import one_line, text, tr
from .records import AssessmentSummary


@dataclass(frozen=True)
class StageChange:
    assessment_id: str
    assessed_on: str
    old_stage: str
    new_stage: str
    moved: bool  # it belonged to the entry removed


@dataclass(frozen=True)
class MergePlan:
    keep: Business
    other: Business
    stages: tuple[tuple[str, str], ...]  # (assessment id, stage after the merge), oldest first
    moved: tuple[str, ...]  # ids of the other entry's assessments, which move to the kept one
    renamed: tuple[StageChange, ...]  # every assessment whose stage changes

    def describe(self, lang: str, heading: bool = True) -> str:
        """What the merge will do, line by line, for the confirmation (`heading`: first the line naming both
        entries with their ids; a window asks its own question instead)."""
        keep_name, other_name = one_line(self.keep.name), one_line(self.other.name)
        keep, other = f"«{keep_name}»", f"«{other_name}»"
        keep_en, other_en = f"“{keep_name}”", f"“{other_name}”"
        lines = [tr(text(f"Gộp {other} (mã {self.other.id}) vào {keep} (mã {self.keep.id}):",
                         f"Merge {other_en} (id {self.other.id}) into {keep_en} (id {self.keep.id}):"), lang)]
        lines = lines if heading else []
        lines += ["  - " + tr(text(
                     f"Hồ sơ của {keep} giữ nguyên; không lấy gì từ hồ sơ của {other} (tên, mã số thuế, địa "
                     f"chỉ…): nếu cần, sửa hồ sơ {keep} sau khi gộp.",
                     f"The profile of {keep_en} is kept as it is; nothing is taken from the profile of "
                     f"{other_en} (name, tax code, address…): edit {keep_en} afterwards if needed."), lang)]
        count = format_count(len(self.moved), lang, "lần đánh giá", "assessment", "assessments")
        if self.moved:
            lines.append("  - " + tr(text(
                f"Chuyển {count} của {other} sang {keep}, giữ nguyên câu trả lời, ghi chú và ngày đánh giá.",
                f"Moves {count} of {other_en} to {keep_en}; answers, notes and dates stay as they are."), lang))
        else:
            lines.append("  - " + tr(text(f"{other} chưa có lần đánh giá nào.",
                                          f"{other_en} has no assessments."), lang))
        if self.renamed:
            lines.append("  - " + tr(text("Các giai đoạn được xếp lại theo ngày đánh giá (T0 là lần sớm nhất):",
                                          "Stages are renumbered by assessment date (T0 the earliest):"), lang))
            for change in self.renamed:
                owner = tr(text(f"  (của {other})", f"  (of {other_en})"), lang) if change.moved else ""
                lines.append(f"      {change.old_stage} → {change.new_stage}  "
                             f"{format_date(change.assessed_on, lang)}{owner}")
        else:
            lines.append("  - " + tr(text("Không giai đoạn nào thay đổi.", "No stage changes."), lang))
        lines.append("  - " + tr(text(
            f"Xóa mục {other}; dữ liệu trước khi gộp được giữ trong một bản sao lưu để khôi phục nếu cần.",
            f"Removes the entry {other_en}; the data before the merge is kept as a backup, to restore if "
            "needed."), lang))
        return "\n".join("• " + line[4:] if not heading and line.startswith("  - ") else line for line in lines)


def same_entry(business_id: str) -> InputError:
    return InputError(Problem("", text(
        f"không thể gộp cơ sở '{business_id}' với chính nó; hãy chọn hai mục khác nhau",
        f"cannot merge the business '{business_id}' with itself; choose two different entries")))


def plan_merge(keep: Business, other: Business, kept: Iterable[AssessmentSummary],
               others: Iterable[AssessmentSummary]) -> MergePlan:
    """The stages after merging `other` (with the assessments `others`) into `keep` (with `kept`)."""
    if keep.stored_id == other.stored_id:
        raise same_entry(keep.stored_id)
    from ..domain.assessment import LAST_STAGE, stage_number

    sides = [(s, 0) for s in kept] + [(s, 1) for s in others]
    if len(sides) > LAST_STAGE + 1:  # past T99 a stage sorts before T0 and is refused at the next save
        count = in_both(format_count, len(sides), "đánh giá", "assessment", "assessments")
        raise InputError(Problem("", text(
            f"gộp hai mục này thì cơ sở có {count['vi']}, nhiều hơn {LAST_STAGE + 1} lần đánh giá T0 đến "
            f"T{LAST_STAGE} một cơ sở có thể có; hãy giữ hai mục riêng, hoặc xóa bớt những lần đánh giá không cần "
            "giữ rồi gộp",
            f"merging these entries would give the business {count['en']}, more than the {LAST_STAGE + 1} "
            f"(T0 to T{LAST_STAGE}) a business may have; keep the two entries apart, or delete the assessments "
            "not worth keeping, then merge")))
    order = sorted(sides, key=lambda item: (item[0].assessed_on, item[1], stage_number(item[0].stage), item[0].id))
    stages = tuple((s.id, f"T{number}") for number, (s, _) in enumerate(order))
    renamed = tuple(StageChange(s.id, s.assessed_on, s.stage, new, bool(side))
                    for (s, side), (_, new) in zip(order, stages) if s.stage != new)
    moved = tuple(s.id for s, side in order if side)
    return MergePlan(keep, other, stages, moved, renamed)
