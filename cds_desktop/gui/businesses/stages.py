"""How an assessment stage (T0, T1, T2...) is named for the owner. Their order and the next one to take are the
domain's (`stage_order`, `next_stage`); the copy a re-assessment starts from is made by the store
(`Repository.copy_for_reassessment`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from ...domain.assessment import stage_number


def stage_name(stage: str) -> str:
    """Words an owner understands, the one place they are made: "First assessment (T0)", "Re-assessment 1 (T1)"
    (vi "Lần đánh giá đầu (T0)", "Đánh giá lại lần 1 (T1)"); the code stays in brackets for consultants."""
    number = stage_number(stage)
    if number < 0:
        return stage
    if number == 0:
        return QCoreApplication.translate("Stages", "First assessment (T0)")
    return QCoreApplication.translate("Stages", "Re-assessment {number} ({stage})").format(number=number, stage=stage)
