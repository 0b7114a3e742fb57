"""How long free text may be: room for real use, and every view and the printed report hold it.

assessment.schema.json states the same limits (`maxLength`), so an imported file with longer text is
refused with the field named; the window stops typing there and shows a counter on the note.
tests/test_text_limits.py keeps the two equal.
"""

from __future__ import annotations

NOTE = 2_000  # a note on one answer: evidence, what is planned
NAME = 300  # a business's name
ID = 100  # an id in an exchange file (not free text, not in TEXT_LIMITS): the app makes 36-character ones

# Each free-text field of the exchange format (schema $defs path) and its longest allowed text.
TEXT_LIMITS: dict[str, int] = {
    "business.name": NAME,
    "business.tax_code": 20,  # its form (10, 10-3 or 12 digits) is business.tax_code_problem's to check
    "business.industry": 200,
    "business.province": 100,
    "business.commune": 100,
    "business.address": 300,
    "business.contact.name": 200,
    "business.contact.phone": 50,
    "business.contact.email": 254,  # the longest address mail systems accept
    "business.place_as_typed.province": 100,
    "business.place_as_typed.commune": 100,
    "answer.note": NOTE,
    "assessment.assessor.name": 200,
    "assessment.assessor.organization": 300,
}
