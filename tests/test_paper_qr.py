"""The QR code of a page too soft to decode directly is read module by module and drawn again sharp; the drawn
code must then decode whatever the printout id put in it, and only upright (the turn of the page hangs on it)."""

import numpy as np
import pytest
from reportlab.graphics.barcode import qrencoder

from cds_desktop.paper.locate import decode_modules
from cds_desktop.report.form_layout import PRINTOUT_ALPHABET

FORM = "CDS1|cds-sme-1.2-vi-c76d75cd7f|cds-sme|1.2|vi"
# Printouts whose page was unreadable from a chat-app photo: the default decoder could not read these codes
# even drawn sharp.
SEEN_FAILING = [(8, "ZT8UEMYQ"), (4, "5HFWWKMH"), (2, "ME3EV8GN"), (7, "T8ZFB4J8")]


def _modules(payload: str) -> np.ndarray:
    code = qrencoder.QRCode(None, qrencoder.QRErrorCorrectLevel.M)  # as the form draws it
    code.addData(payload)
    code.version = code.calculate_version()
    code.makeImpl(False, 0)
    return np.array(code.modules, bool)


def _payloads():
    rng = np.random.default_rng(13)
    drawn = [(int(rng.integers(1, 23)), "".join(rng.choice(list(PRINTOUT_ALPHABET), 8))) for _ in range(40)]
    return [f"{FORM}|{page}|22|||{printout}" for page, printout in SEEN_FAILING + drawn]


@pytest.mark.parametrize("payload", _payloads())
def test_a_code_drawn_again_sharp_reads_whatever_its_printout_id(payload):
    assert decode_modules(_modules(payload)) == payload


@pytest.mark.parametrize("payload", _payloads()[:8])
def test_a_code_sampled_in_the_wrong_turn_is_not_read(payload):
    modules = _modules(payload)
    assert [decode_modules(np.rot90(modules, turns)) for turns in (1, 2, 3)] == [None, None, None]
