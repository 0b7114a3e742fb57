"""Reading filled paper questionnaires back from scans and phone photos (Qt-free).

`read_forms(paths)` finds each page by its QR code, straightens it with the corner marks, reads every
box, and gives a `FormReading`: the answers it is sure of, the ones a person must check (with the
image of their boxes), and the pages it could not use, each with a reason. `FormReading.draft()` is
the draft assessment file. `read_batch(paths)` reads a pile of several printouts (a round of visits) into
one `FormReading` per printout (a printout photocopied for several businesses: one per file holding one copy,
`copies.py`). OpenCV, numpy and pypdfium2 are imported only when a form is read.

Layers: paper sits beside the CLI, above `report` (whose blank form publishes the layout it reads).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

if TYPE_CHECKING:
    from pathlib import Path

    from .reading import BatchReading, FormReading


def read_forms(paths: "Iterable[str | Path]", *, business_lookup=None) -> "FormReading":
    """Read every page of every file (PDF, JPEG, PNG) as pages of one form.

    business_lookup: optional callable, what the form's QR code carries for its business (a key, or an earlier
    release's whole id) -> the stored Business it names (`report.form_layout.links_to`), used when the form was
    printed for a known business. Raises InputError only when no file could be opened at all.
    """
    from .reading import read

    return read(paths, business_lookup=business_lookup)


def read_batch(paths: "Iterable[str | Path]", *, business_lookup=None) -> "BatchReading":
    """Read the pages of several printouts scanned in one go: one `FormReading` (one draft) per printout, never
    merged; pages that belong to no printout (no readable QR code, another app's form) listed with their reason.
    Raises InputError only when no file could be opened at all."""
    from .reading import read_batch as read_all

    return read_all(paths, business_lookup=business_lookup)


__all__ = ["read_batch", "read_forms"]
