"""Assessment stages T0, T1, T2...: their names, the next one to suggest, their order.

The copy a re-assessment starts from is made by the store (`Repository.copy_for_reassessment`)."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication

from ...domain.assessment import Assessment

_STAGE = re.compile(r"^T(\d+)$")


def stage_name(stage: str) -> str:
    """Words an owner understands, the one place they are made: "First assessment (T0)", "Re-assessment 1 (T1)"
    (vi "Lần đánh giá đầu (T0)", "Đánh giá lại lần 1 (T1)"); the code stays in brackets for consultants."""
    m = _STAGE.match(stage)
    if m is None:
        return stage
    if m.group(1) == "0":
        return QCoreApplication.translate("Stages", "First assessment (T0)")
    return QCoreApplication.translate("Stages", "Re-assessment {number} ({stage})").format(
        number=m.group(1), stage=stage)


def next_stage(assessments: list[Assessment]) -> str:
    numbers = [int(m.group(1)) for a in assessments if (m := _STAGE.match(a.stage))]
    return f"T{max(numbers) + 1}" if numbers else "T0"


def in_order(assessments: list[Assessment]) -> list[Assessment]:
    """Oldest first: by date, then stage number."""
    def key(a: Assessment):
        m = _STAGE.match(a.stage)
        return (a.assessed_on, int(m.group(1)) if m else 10**6, a.stage)
    return sorted(assessments, key=key)
