"""Figures as people type them: workers are whole people; money may be "3.000.000.000", "3,000,000,000",
"3 000 000 000", "3000000000" or "3 tỷ" / "1,5 tỷ" / "500 triệu". Anything that could be read two ways is
refused with a message that says how to write it: a silent misreading would change the size class.
"""

from __future__ import annotations

import re
from decimal import Decimal

from ..i18n import Text, fold_diacritics, nfc, text

MAX_VND = 10**15  # a million billion đồng: far above any SME, far below what breaks a spreadsheet
MAX_WORKERS = 1_000_000
_UNITS = {"ty": 10**9, "ti": 10**9, "trieu": 10**6, "tr": 10**6, "nghin": 10**3, "ngan": 10**3, "k": 10**3}
_CURRENCY = re.compile(r"\s*(dong|d|vnd|vnđ)\.?$")
_GROUPED = re.compile(r"^\d{1,3}(?:(?P<sep>[.,\s])\d{3})(?:(?P=sep)\d{3})*$")
_PLAIN = re.compile(r"^\d+$")
_DECIMAL = re.compile(r"^\d+[.,]\d+$")


def _whole(compact: str) -> int | None:
    """An integer written plainly or grouped by thousands with one kind of separator; else None."""
    if _PLAIN.match(compact):
        return int(compact)
    if _GROUPED.match(compact):
        return int(re.sub(r"[.,\s]", "", compact))
    return None


def read_workers(typed: str) -> tuple[int | None, Text | None]:
    """(number, None), (None, None) when empty, or (None, why not)."""
    value = " ".join(nfc(typed).split())
    value = re.sub(r"\s*(người|nguoi|lao động|lao dong)$", "", value, flags=re.IGNORECASE)
    if not value:
        return None, None
    if value.startswith("-"):
        return None, text("Số lao động phải từ 0 trở lên", "The number of workers must be 0 or more")
    number = _whole(value)
    if number is None and _DECIMAL.match(value):
        return None, text(
            f"'{typed.strip()}' không phải số nguyên: số lao động là số người (bình quân năm có đóng BHXH), "
            "hãy làm tròn, ví dụ 9 hoặc 10",
            f"'{typed.strip()}' is not a whole number: workers are people (annual average with social insurance); "
            "round it, e.g. 9 or 10")
    if number is None:
        return None, text(f"'{typed.strip()}' không phải một số; nhập số người, ví dụ 12",
                          f"'{typed.strip()}' is not a number; enter how many people, e.g. 12")
    if number > MAX_WORKERS:
        return None, text("Số lao động quá lớn; hãy kiểm tra lại", "That many workers cannot be right; check it")
    return number, None


def read_vnd(typed: str) -> tuple[int | None, Text | None]:
    """An amount in đồng: (number, None), (None, None) when empty, or (None, why not)."""
    shown = typed.strip()
    value = _CURRENCY.sub("", " ".join(fold_diacritics(nfc(typed)).split()))
    if not value:
        return None, None
    example = text("ví dụ 3.000.000.000 hoặc 3 tỷ", "e.g. 3,000,000,000 or 3 tỷ (billion)")
    if value.startswith("-"):
        return None, text("Số tiền phải từ 0 trở lên", "The amount must be 0 or more")
    unit = re.match(r"^(?P<number>[\d.,\s]*\d)\s*(?P<unit>[a-z]+)$", value)
    if unit and unit["unit"] in _UNITS:
        number = unit["number"].replace(" ", "")
        if re.search(r"[.,]\d{3}$", number) or not (_PLAIN.match(number) or _DECIMAL.match(number)):
            return None, text(
                f"'{shown}' có thể hiểu hai cách; viết phần lẻ bằng dấu phẩy (1,5 tỷ) hoặc viết đủ số đồng "
                "(1.500.000.000)",
                f"'{shown}' can be read two ways; write the fraction with a comma (1,5 tỷ) or the full amount "
                "(1,500,000,000)")
        amount = Decimal(number.replace(",", ".")) * _UNITS[unit["unit"]]
        if amount != amount.to_integral_value():
            return None, text(f"'{shown}' không ra số đồng nguyên", f"'{shown}' is not a whole number of đồng")
        result = int(amount)
    else:
        whole = _whole(value)
        if whole is None:
            reason = (text(f"'{shown}' không phải số đồng nguyên", f"'{shown}' is not a whole number of đồng")
                      if _DECIMAL.match(value) else text(f"'{shown}' không phải số tiền", f"'{shown}' is not an amount"))
            return None, text(f"{reason['vi']}; {example['vi']}", f"{reason['en']}; {example['en']}")
        result = whole
    if result > MAX_VND:
        return None, text(f"'{shown}' quá lớn; hãy kiểm tra lại", f"'{shown}' is too large; check it")
    return result, None
