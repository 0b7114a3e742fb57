"""Scanned pages from files: PDFs rendered with pdfium, images decoded with OpenCV, both bounded."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

from ..errors import Problem
from ..fileio import os_reason
from ..i18n import text

MAX_FILE_BYTES = 60 * 1024 * 1024
MAX_PDF_PAGES = 60
MAX_PIXELS = 80_000_000  # a 12,000 x 6,600 photo; larger is not a phone picture of an A4 page
PDF_DPI = 200


@dataclass
class Scan:
    """One page image as found in a file: `index` is its 1-based page in a PDF (1 for an image)."""

    source: str
    index: int
    gray: Any  # numpy uint8, 2-D

    @property
    def where(self) -> dict[str, Any]:
        return {"file": self.source, "page": self.index}


def _problem(path: Path, vi: str, en: str) -> Problem:
    return Problem(str(path), text(vi, en))


def scans(path: Path) -> Iterator[Scan | Problem]:
    """The pages of one file; a Problem instead when the file cannot be used (never an exception)."""
    import cv2
    import numpy as np

    # A damaged image is reported as a Problem in the user's language; OpenCV's own warning about it
    # ("[ WARN:0@0.01] global grfmt_png.cpp ...") would reach the terminal beside it.
    cv2.utils.logging.setLogLevel(cv2.utils.logging.LOG_LEVEL_ERROR)

    try:
        info = os.stat(path)
    except FileNotFoundError:
        yield _problem(path, "không tìm thấy tệp; kiểm tra đường dẫn", "file not found; check the path")
        return
    except OSError as exc:
        reason = os_reason(exc)
        yield _problem(path, f"không mở được tệp ({reason['vi']})", f"cannot open the file ({reason['en']})")
        return
    if not stat.S_ISREG(info.st_mode):
        yield _problem(path, "không phải một tệp thông thường", "is not a regular file")
        return
    if info.st_size > MAX_FILE_BYTES:
        yield _problem(path, f"tệp quá lớn ({info.st_size // 2**20} MB, tối đa {MAX_FILE_BYTES // 2**20} MB); "
                             "quét ở 200–300 dpi", f"the file is too large ({info.st_size // 2**20} MB, at most "
                             f"{MAX_FILE_BYTES // 2**20} MB); scan at 200–300 dpi")
        return
    data = path.read_bytes()
    if data[:5] == b"%PDF-":
        yield from _pdf_pages(path, data)
        return
    size = _image_size(data)
    if size is None:
        yield _problem(path, "không phải PDF hay ảnh JPEG, PNG", "is neither a PDF nor a JPEG or PNG image")
        return
    if size[0] * size[1] > MAX_PIXELS:
        yield _problem(path, f"ảnh quá lớn ({size[0]} x {size[1]} điểm ảnh)", f"the image is too large ({size[0]} x "
                             f"{size[1]} pixels)")
        return
    gray = cv2.imdecode(np.frombuffer(data, np.uint8), cv2.IMREAD_GRAYSCALE)
    if gray is None:
        yield _problem(path, "không đọc được ảnh (tệp hỏng?)", "cannot decode the image (is the file damaged?)")
        return
    yield Scan(str(path), 1, gray)


def _image_size(data: bytes) -> tuple[int, int] | None:
    """Width and height from a PNG or JPEG header, read before decoding (a small file can hold a huge image)."""
    if data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) >= 24:
        return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    if data[:2] != b"\xff\xd8":
        return None
    at = 2
    while at + 9 < len(data):
        if data[at] != 0xFF:
            return None
        marker, length = data[at + 1], int.from_bytes(data[at + 2:at + 4], "big")
        if 0xC0 <= marker <= 0xCF and marker not in (0xC4, 0xC8, 0xCC):
            return int.from_bytes(data[at + 7:at + 9], "big"), int.from_bytes(data[at + 5:at + 7], "big")
        at += 2 + length
    return None


def _pdf_pages(path: Path, data: bytes) -> Iterator[Scan | Problem]:
    import numpy as np
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        yield _problem(path, "PDF hỏng hoặc có mật khẩu", "the PDF is damaged or password-protected")
        return
    try:
        if len(pdf) > MAX_PDF_PAGES:
            yield _problem(path, f"PDF có {len(pdf)} trang, tối đa {MAX_PDF_PAGES}; tách thành nhiều tệp",
                           f"the PDF has {len(pdf)} pages, at most {MAX_PDF_PAGES}; split it")
            return
        for index in range(len(pdf)):
            page = pdf[index]
            width, height = page.get_size()
            scale = PDF_DPI / 72
            if width * height * scale * scale > MAX_PIXELS:
                scale = (MAX_PIXELS / (width * height)) ** 0.5
            bitmap = page.render(scale=scale, grayscale=True)
            gray = np.array(bitmap.to_numpy(), copy=True)
            if gray.ndim == 3:
                gray = gray[:, :, 0]
            yield Scan(str(path), index + 1, gray)
            del bitmap, gray  # this page's picture goes before the next page is rendered
    finally:
        pdf.close()
