"""The PDF report and the blank paper questionnaire (Qt-free; used by the GUI and `cds-cli`).

Importing this package is cheap: reportlab loads only when a PDF is built. (Its charts are reportlab drawings;
matplotlib is not used here.)
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, Sequence

if TYPE_CHECKING:
    from ..domain.assessment import AssessmentFile
    from ..domain.business import Business
    from ..domain.instrument import Instrument
    from .form_layout import FormLayout


def build_report(current: "AssessmentFile", out_path: str | Path, *, lang: str = "vi", on: date | None = None,
                 history: Sequence["AssessmentFile"] = (), benchmark: Any = None, consultant: Any = None) -> None:
    """Write the assessment report as an A4 PDF, atomically (a failure leaves no partial file).

    history: other assessments of the same business; the one just before `current` in the order of the
    stages (T0, T1…, then by day) is compared (radar overlay, trend arrows). benchmark: local averages with `areas` and `pillars` ({id: score})
    and `sample_size` (attributes or dict keys), shown with the sample size. consultant: the assessor
    (an object with `.name`, or a name) used when the assessment names none. `on` is the report date,
    also the PDF creation date: the same input and date give the same bytes.
    Raises InputError (unwritable path, a previous assessment of another business).
    """
    from .builder import build

    build(current, out_path, lang=lang, on=on, history=history, benchmark=benchmark, consultant=consultant)


def build_blank_form(out_path: str | Path, *, lang: str = "vi", instrument: "Instrument | None" = None,
                     on: date | None = None, business: "Business | None" = None,
                     assessment_id: str = "", printout: str | None = None) -> "FormLayout":
    """Write the printable questionnaire (every question, level descriptors, tick boxes, notes, signatures),
    readable back from a scan; returns where every box is. With a business, its name and tax code are printed
    on their lines (no box moves) and, when it has an id, each page's QR code names it and `assessment_id`,
    so the form read back lands on that business. Each call is one
    printout with a new id (QR codes and footers; `printout` to give it), so pages of two printouts are never
    read as one form."""
    from .blank_form import build

    return build(out_path, lang=lang, instrument=instrument, on=on, business=business, assessment_id=assessment_id,
                 printout=printout)


def build_blank_forms(out_path: str | Path, *, copies: int, lang: str = "vi", instrument: "Instrument | None" = None,
                      on: date | None = None, business: "Business | None" = None, assessment_id: str = "",
                      printouts: "Sequence[str] | None" = None) -> "list[FormLayout]":
    """`copies` printouts of the questionnaire (1 to `form_layout.MAX_COPIES`) in one PDF, for several businesses
    visited in one round: each copy has its own printout id (QR codes and footers) and page numbers and starts on
    a new sheet, so filled pages of two copies are never read as one form. Returns their layouts, in order.
    Raises InputError (a number of copies out of bounds, an unwritable path)."""
    from .blank_form import build_copies

    return build_copies(out_path, copies=copies, lang=lang, instrument=instrument, on=on, business=business,
                        assessment_id=assessment_id, printouts=printouts)


__all__ = ["build_report", "build_blank_form", "build_blank_forms"]
