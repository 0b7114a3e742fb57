"""Finding a page in a picture and straightening it to a fixed scale ("canonical" pixels, PX_PER_POINT,
origin top left).

The fast way (`find_page`) looks for the four corner marks first: solid squares of one size spanning
the picture. Each of the four turns of the page puts the QR code at another corner; the turn whose
straightened corner decodes is the page's. When the marks cannot be found that way, the slow way
(`find_qr`, then `locate`) searches the whole picture for the QR code and looks for the marks near
where it says they are.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from ..report.form_layout import QrData, Rect

PX_PER_POINT = 8 / (72 / 25.4)  # 8 pixels per millimetre, about 200 dpi


@dataclass
class Located:
    qr: QrData
    canonical: Any  # numpy uint8, the page straightened: page point (x, y) is at (x, H - y) * PX_PER_POINT
    marks_found: int


class NotFound(Exception):
    """Why a picture is not a readable page, as {"vi", "en"} text."""

    def __init__(self, message):
        super().__init__(message["en"])
        self.message = message


def straighten(gray, homography, page_size: tuple[float, float]):
    """The page as seen through `homography` (canonical pixels -> picture pixels)."""
    import cv2

    size = (int(round(page_size[0] * PX_PER_POINT)), int(round(page_size[1] * PX_PER_POINT)))
    return cv2.warpPerspective(gray, homography, size, flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP,
                               borderMode=cv2.BORDER_CONSTANT, borderValue=255)


def find_page(gray, page_size: tuple[float, float], marks: list[Rect], qr_rect: Rect) -> tuple[str, Any] | None:
    """The QR payload and the homography (canonical -> picture) from the corner marks, or None."""
    import cv2
    import numpy as np

    height = page_size[1]
    corners = _corner_squares(gray)
    if corners is None:
        return None
    page = np.array([_page_px((r[0] + r[2]) / 2, (r[1] + r[3]) / 2, height) for r in marks], np.float64)
    page = page[_clockwise(page)]
    detector = cv2.QRCodeDetector()
    x0, y0, x1, y1 = qr_rect
    margin = 4 * 72 / 25.4
    u0, v0 = _page_px(x0 - margin, y1 + margin, height)
    u1, v1 = _page_px(x1 + margin, y0 - margin, height)
    patch = (int(u1 - u0), int(v1 - v0))
    shift = np.array([[1, 0, u0], [0, 1, v0], [0, 0, 1]], np.float64)
    turns = []
    for turn in range(4):
        homography = cv2.getPerspectiveTransform(page.astype(np.float32), np.roll(corners, turn, axis=0).astype(np.float32))
        window = cv2.warpPerspective(gray, homography @ shift, patch, flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP,
                                     borderMode=cv2.BORDER_CONSTANT, borderValue=255)
        turns.append((homography, window))
    # The straightened code as it is, softened (print seams, JPEG blocks), then enlarged: the decoder's
    # module detection is sensitive to a few pixels either way. A soft photo of some 100 dpi (as a chat app
    # sends one) decodes only enlarged further, smoothly.
    for variant in (lambda w: w, lambda w: cv2.GaussianBlur(w, (3, 3), 0), lambda w: cv2.resize(w, None, fx=1.5, fy=1.5),
                    *(lambda w, f=f: cv2.resize(w, None, fx=f, fy=f, interpolation=cv2.INTER_CUBIC) for f in (2, 4))):
        for homography, window in turns:
            payload, _, _ = detector.detectAndDecode(variant(window))
            if payload:
                return payload, homography
    for homography, _ in turns:
        sampled = _decode_sampled(detector, gray, homography, qr_rect, height)
        if sampled:
            return sampled, homography
    return None


def _decode_sampled(detector, gray, homography, qr_rect: Rect, page_height: float) -> str | None:
    """The code read module by module where the corner marks say it is, drawn again sharp and decoded: for a
    photo too soft or coarse (some 100 dpi) for the decoder to find the modules itself. Tried for each
    size a code can have here."""
    import cv2
    import numpy as np

    x0, y0, x1, y1 = qr_rect
    for count in range(21, 58, 4):  # QR versions 1 to 10
        module = (x1 - x0) / count
        centres = np.array([_page_px(x0 + (j + 0.5) * module, y1 - (i + 0.5) * module, page_height)
                            for i in range(count) for j in range(count)], np.float32)
        seen = cv2.perspectiveTransform(centres[None], homography)[0].reshape(count, count, 2)
        values = cv2.remap(gray, seen[..., 0].copy(), seen[..., 1].copy(), cv2.INTER_LINEAR)
        threshold, _ = cv2.threshold(values, 0, 255, cv2.THRESH_BINARY + cv2.THRESH_OTSU)
        payload = decode_modules(values <= threshold, detector)
        if payload:
            return payload
    return None


def decode_modules(dark, detector=None) -> str | None:
    """The payload of a code given module by module (`dark`: a square boolean array, row 0 at the top), drawn
    sharp and decoded; None unless it reads upright (the payload alone would read in any turn).

    The default decoder misses about 1 sharp code in 130 whatever the scale (some payloads with some masks),
    so a printout id alone could leave one page of a form unreadable; the one that finds a code by its
    finder patterns' contours (Aruco) read all 800 payloads tried at five scales, and is tried second."""
    import cv2
    import numpy as np

    cell, quiet = 8, 32
    drawn = cv2.resize(np.where(dark, 0, 255).astype(np.uint8), None, fx=cell, fy=cell, interpolation=cv2.INTER_NEAREST)
    drawn = cv2.copyMakeBorder(drawn, quiet, quiet, quiet, quiet, cv2.BORDER_CONSTANT, value=255)
    for reader in (detector or cv2.QRCodeDetector(), cv2.QRCodeDetectorAruco()):
        payload, points, _ = reader.detectAndDecode(drawn)
        if payload and points is not None and np.all(np.abs(np.asarray(points).reshape(-1, 2)[0] - quiet) < 2 * cell):
            return payload
    return None


def _clockwise(points):
    """Indices ordering points clockwise on screen (y down), starting from the top left."""
    import numpy as np

    centre = points.mean(axis=0)
    angles = np.arctan2(points[:, 1] - centre[1], points[:, 0] - centre[0])
    order = list(np.argsort(angles))  # from -pi: left, top, right, bottom (clockwise with y down)
    first = min(order, key=lambda i: points[i, 0] + points[i, 1])
    return order[order.index(first):] + order[:order.index(first)]


def _corner_squares(gray):
    """The four solid squares of one size that span the most of the picture (clockwise), or None."""
    import cv2
    import numpy as np

    factor = min(1.0, 1000 / max(gray.shape))
    small = gray if factor == 1.0 else _reduced(gray, factor)
    block = int(max(small.shape) / 30) | 1
    ink = cv2.adaptiveThreshold(small, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, block, 25)
    count, _, stats, centroids = cv2.connectedComponentsWithStats(ink, connectivity=8)
    ok = [i for i in range(1, count)
          if 25 <= stats[i, 4] <= small.size / 400 and 0.6 <= stats[i, 2] / max(stats[i, 3], 1) <= 1.6
          and stats[i, 4] >= 0.7 * stats[i, 2] * stats[i, 3]]
    best, best_area = None, 0.0
    areas = stats[:, 4].astype(np.float64)
    for ref in ok:
        group = [i for i in ok if 0.33 * areas[ref] <= areas[i] <= 3.0 * areas[ref]]  # near and far corners of a photo
        if len(group) < 4:
            continue
        pts = centroids[group]
        picks = [group[int(np.argmax(pts @ d))] for d in ((-1, -1), (1, -1), (1, 1), (-1, 1))]
        if len(set(picks)) < 4:
            continue
        quad = centroids[picks].astype(np.float32)
        area = cv2.contourArea(quad)
        if area > best_area and cv2.isContourConvex(quad):
            best, best_area = picks, area
    if best is None or best_area < 0.2 * small.size:
        return None
    side = float(np.sqrt(np.median(areas[best]))) / factor
    refined = [_refined(gray, centroids[i] / factor, side) for i in best]
    if any(r is None for r in refined):
        return None
    return np.array(refined, np.float64)


def find_qr(gray) -> tuple[str, Any] | None:
    """The QR payload and its four corners (in the code's own order: top left, top right, bottom right,
    bottom left) in picture pixels. The search runs on reduced copies first (its cost grows with the
    pixels); where a code is seen but not decoded, it is decoded again from the full-size picture."""
    import cv2
    import numpy as np

    detector = cv2.QRCodeDetector()
    side = max(gray.shape)
    for target in (1100, 1800, None):
        scale = 1.0 if target is None or target >= side else target / side
        image = gray if scale == 1.0 else _reduced(gray, scale)
        for candidate in (image, _binarised(image)) if target is None else (image,):
            payload, points, _ = detector.detectAndDecode(candidate)
            if points is None:
                continue
            points = np.asarray(points, np.float64).reshape(4, 2) / scale
            if payload:
                return payload, points
            decoded = _decode_near(detector, gray, points)
            if decoded is not None:
                return decoded
        if scale == 1.0:
            break
    return None


def _reduced(gray, scale: float):
    """A smaller copy, halved by pyramid steps first (INTER_AREA on a whole page is slow)."""
    import cv2

    image, left = gray, scale
    while left <= 0.5:
        image, left = cv2.pyrDown(image), left * 2
    size = (round(gray.shape[1] * scale), round(gray.shape[0] * scale))
    return cv2.resize(image, size, interpolation=cv2.INTER_AREA)


def _decode_near(detector, gray, points):
    """Decode a code seen at `points` from a full-resolution crop around it."""
    import numpy as np

    x0, y0 = points.min(axis=0)
    x1, y1 = points.max(axis=0)
    pad = 0.3 * max(x1 - x0, y1 - y0)
    left, top = int(max(0, x0 - pad)), int(max(0, y0 - pad))
    crop = gray[top:int(min(gray.shape[0], y1 + pad)), left:int(min(gray.shape[1], x1 + pad))]
    if crop.size == 0:
        return None
    payload, found, _ = detector.detectAndDecode(crop)
    if not payload or found is None:
        return None
    return payload, np.asarray(found, np.float64).reshape(4, 2) + (left, top)


def _binarised(gray):
    import cv2

    return cv2.adaptiveThreshold(cv2.GaussianBlur(gray, (5, 5), 0), 255, cv2.ADAPTIVE_THRESH_MEAN_C,
                                 cv2.THRESH_BINARY, 51, 10)


def _page_px(x: float, y: float, page_height: float) -> tuple[float, float]:
    return x * PX_PER_POINT, (page_height - y) * PX_PER_POINT


def locate(gray, qr_points, qr_rect: Rect, marks: list[Rect], page_size: tuple[float, float],
           qr: QrData):
    """Straighten the page with the homography from the four corner marks, found near where the QR code
    (position, size and turn) says they are."""
    import cv2
    import numpy as np

    width, height = page_size
    x0, y0, x1, y1 = qr_rect
    qr_page = np.array([_page_px(x0, y1, height), _page_px(x1, y1, height), _page_px(x1, y0, height),
                        _page_px(x0, y0, height)], np.float64)
    # Position, turn and scale only: four corners close together cannot tell perspective reliably.
    rough, _ = cv2.estimateAffinePartial2D(qr_page, qr_points, method=cv2.LMEDS)
    if rough is None:
        raise NotFound({"vi": "mã QR bị méo, không dựng lại được trang", "en": "the QR code is too distorted"})
    scale = float(np.hypot(*rough[:, 0]))
    mark_page = np.array([_page_px((r[0] + r[2]) / 2, (r[1] + r[3]) / 2, height) for r in marks], np.float64)
    predicted = cv2.transform(mark_page[None], rough)[0]
    side = (marks[0][2] - marks[0][0]) * PX_PER_POINT * scale
    candidates = _filled_squares(gray, side)
    reach = 0.2 * np.hypot(width, height) * PX_PER_POINT * scale  # perspective moves the corners a lot
    page_points, picture_points, taken = [], [], set()
    for where, expected in zip(mark_page, predicted):
        distances = [np.hypot(*(c - expected)) if i not in taken else np.inf for i, c in enumerate(candidates)]
        if distances and min(distances) < reach:
            best = int(np.argmin(distances))
            taken.add(best)
            page_points.append(where)
            picture_points.append(candidates[best])
    if len(page_points) < 4:
        raise NotFound({"vi": f"chỉ thấy {len(page_points)} trong 4 ô vuông đen ở góc trang (trang bị cắt, gập "
                              "hoặc che?)", "en": f"only {len(page_points)} of the 4 black corner squares are "
                              "visible (is the page cut off, folded or covered?)"})
    homography, _ = cv2.findHomography(np.array(page_points), np.array(picture_points), 0)
    if homography is None or not _agrees(homography, qr_page, qr_points, side):
        raise NotFound({"vi": "các ô vuông ở góc không khớp với mã QR (trang bị cong hoặc gập?)",
                        "en": "the corner squares do not agree with the QR code (is the page bent or folded?)"})
    return Located(qr, straighten(gray, homography, page_size), len(page_points))


def _agrees(homography, qr_page, qr_points, side: float) -> bool:
    """The marks' homography puts the QR code where it was seen (within a third of a mark's side)."""
    import cv2
    import numpy as np

    projected = cv2.perspectiveTransform(qr_page[None], homography)[0]
    return float(np.max(np.hypot(*(projected - qr_points).T))) < side / 3


def _filled_squares(gray, side: float) -> list:
    """Centres (picture pixels) of solid dark squares about `side` pixels wide: found on a reduced copy,
    each centre then measured again at full size."""
    import cv2
    import numpy as np

    factor = min(1.0, 16 / max(side, 1))  # a mark about 16 pixels wide in the search copy
    small = gray if factor == 1.0 else _reduced(gray, factor)
    small_side = side * factor
    block = int(small_side * 3) | 1
    ink = cv2.adaptiveThreshold(small, 255, cv2.ADAPTIVE_THRESH_MEAN_C, cv2.THRESH_BINARY_INV, block, 25)
    count, _, stats, centroids = cv2.connectedComponentsWithStats(ink, connectivity=8)
    found = []
    expected = small_side * small_side
    for label in range(1, count):
        x, y, w, h, area = stats[label]
        if 0.35 * expected <= area <= 2.5 * expected and 0.5 <= w / max(h, 1) <= 2.0 and area >= 0.6 * w * h:
            found.append(_refined(gray, np.asarray(centroids[label]) / factor, side))
    return [c for c in found if c is not None]


def _refined(gray, centre, side: float):
    """The centroid of the dark square around `centre`, at full resolution."""
    import cv2
    import numpy as np

    reach = int(side * 1.5) + 2
    h, w = gray.shape
    left, top = int(max(0, centre[0] - reach)), int(max(0, centre[1] - reach))
    window = gray[top:int(min(h, centre[1] + reach)), left:int(min(w, centre[0] + reach))]
    if window.size == 0:
        return None
    _, ink = cv2.threshold(window, 0, 255, cv2.THRESH_BINARY_INV + cv2.THRESH_OTSU)
    count, labels, stats, centroids = cv2.connectedComponentsWithStats(ink, connectivity=8)
    if count < 2:
        return None
    centre_here = np.asarray(centre) - (left, top)
    best, best_distance = None, side
    for label in range(1, count):  # the square itself, not the dark table the page lies on
        x, y, bw, bh, area = stats[label]
        if area >= 0.3 * side * side and bw <= 2 * side and bh <= 2 * side:
            distance = float(np.hypot(*(centroids[label] - centre_here)))
            if distance < best_distance:
                best, best_distance = centroids[label], distance
    return None if best is None else np.asarray(best) + (left, top)
