"""Filling the printed form by program, as people do (tick, cross, filled box, light pencil, a struck-out
mark), and photographing it badly (rotation, perspective, blur, noise, JPEG, uneven light).
Used by the paper-reading tests and bench/bench_paper.py."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import cv2
import numpy as np

from cds_desktop.paper.reading import DIGIT_FIELDS
from cds_desktop.report.document import PAGE_HEIGHT

STYLES = ("tick", "cross", "fill", "pencil")


@cache
def _pdf(path: str):
    import pypdfium2 as pdfium

    return pdfium.PdfDocument(path)


def render(pdf_path: str | Path, number: int, dpi: int) -> np.ndarray:
    """A page of the blank form as a grey picture, as a scanner would see it."""
    bitmap = _pdf(str(pdf_path))[number - 1].render(scale=dpi / 72, grayscale=True)
    gray = np.array(bitmap.to_numpy(), copy=True)
    return gray[:, :, 0] if gray.ndim == 3 else gray


def _px(rect, dpi: int):
    s = dpi / 72
    x0, y0, x1, y1 = rect
    return x0 * s, (PAGE_HEIGHT - y1) * s, x1 * s, (PAGE_HEIGHT - y0) * s


def mark(img: np.ndarray, rect, dpi: int, style: str, rng: np.random.Generator) -> None:
    """Draw one hand mark in the box at `rect` (PDF points)."""
    x0, y0, x1, y1 = _px(rect, dpi)
    w = x1 - x0
    pen = max(2, int(round(0.4 / 25.4 * dpi)))  # a ball-point or pencil line, 0.4 mm
    jitter = lambda: rng.uniform(-0.08, 0.08) * w  # noqa: E731
    colour = 150 if style == "pencil" else int(rng.integers(20, 60))
    p = lambda fx, fy: (int(round(x0 + fx * w + jitter())), int(round(y0 + fy * w + jitter())))  # noqa: E731
    if style in ("tick", "pencil"):
        cv2.polylines(img, [np.array([p(0.15, 0.55), p(0.4, 0.85), p(0.9, 0.1)])], False, colour, pen, cv2.LINE_AA)
    elif style == "cross":
        cv2.line(img, p(0.15, 0.15), p(0.85, 0.85), colour, pen, cv2.LINE_AA)
        cv2.line(img, p(0.85, 0.15), p(0.15, 0.85), colour, pen, cv2.LINE_AA)
    elif style == "fill":
        inset = 0.12 * w
        cv2.rectangle(img, (int(x0 + inset), int(y0 + inset)), (int(x1 - inset), int(y1 - inset)), colour, -1)
    elif style == "strike":  # a mark, then a line struck through the box and out of it on both sides
        mark(img, rect, dpi, "cross", rng)
        y = int(round((y0 + y1) / 2 + jitter()))
        cv2.line(img, (int(x0 - 0.35 * w), y), (int(x1 + 0.35 * w), y + int(jitter())), colour, pen + 1, cv2.LINE_AA)
    else:
        raise ValueError(style)


def photograph(img: np.ndarray, rng: np.random.Generator, *, angle: float = 0.0, warp: float = 0.0,
               blur: float = 0.0, noise: float = 0.0, jpeg: int | None = None, light: float = 0.0,
               turns: int = 0) -> np.ndarray:
    """The page as a phone sees it: on a darker table, turned, tilted in perspective, soft, noisy, unevenly lit."""
    h, w = img.shape
    pad = int(0.08 * max(h, w))
    canvas = np.full((h + 2 * pad, w + 2 * pad), 90, np.uint8)
    canvas[pad:pad + h, pad:pad + w] = img
    corners = np.float32([[pad, pad], [pad + w, pad], [pad + w, pad + h], [pad, pad + h]])
    moved = corners + rng.uniform(-warp, warp, corners.shape).astype(np.float32) * np.float32([w, h])
    centre = moved.mean(axis=0)
    turn = cv2.getRotationMatrix2D(tuple(map(float, centre)), angle, 1.0)
    moved = cv2.transform(moved[None], turn)[0]
    matrix = cv2.getPerspectiveTransform(corners, moved.astype(np.float32))
    out = cv2.warpPerspective(canvas, matrix, (canvas.shape[1], canvas.shape[0]), flags=cv2.INTER_LINEAR,
                              borderValue=90)
    if light:
        yy, xx = np.mgrid[0:out.shape[0], 0:out.shape[1]].astype(np.float32)
        gradient = 1 - light * (xx / out.shape[1] * 0.6 + yy / out.shape[0] * 0.4)
        out = np.clip(out.astype(np.float32) * gradient, 0, 255).astype(np.uint8)
    if blur:
        out = cv2.GaussianBlur(out, (0, 0), blur)
    if noise:
        out = np.clip(out + rng.normal(0, noise, out.shape), 0, 255).astype(np.uint8)
    if jpeg:
        ok, data = cv2.imencode(".jpg", out, [cv2.IMWRITE_JPEG_QUALITY, jpeg])
        out = cv2.imdecode(data, cv2.IMREAD_GRAYSCALE)
    return np.ascontiguousarray(np.rot90(out, turns))


def answers_for(layout, instrument, rng: np.random.Generator) -> dict[str, object]:
    """A plausible random answer for every question and profile field the layout has boxes for."""
    truth: dict[str, object] = {}
    fields = {b.question_id for p in layout.pages for b in p.boxes if b.kind == "profile"}
    for name, values in (("entity_type", ("enterprise", "cooperative", "household", "individual")),
                         ("sector", ("agriculture_forestry_fishery", "industry_construction", "trade_services")),
                         ("produces_goods", (True, False))):
        truth[f"profile.{name}"] = values[int(rng.integers(len(values)))]
    communes = [b.value for p in layout.pages for b in p.boxes if b.question_id == "profile.commune"]
    truth["profile.commune"] = communes[int(rng.integers(len(communes)))]
    for name in ("employees", "annual_revenue_vnd", "total_capital_vnd"):
        places = len({f for f in fields if f.startswith(f"profile.{name}.")})
        truth[f"profile.{name}"] = int(rng.integers(0, 10 ** int(rng.integers(1, places + 1)))) * DIGIT_FIELDS[name]
    for q in instrument.questions:
        if q.type == "ladder":
            truth[q.id] = None if q.na_allowed and rng.random() < 0.1 else int(rng.integers(6))
        elif rng.random() < 0.15:
            truth[q.id] = tuple(o.id for o in q.options if o.exclusive)
        else:
            scored = [o.id for o in q.scored_options]
            picked = rng.random(len(scored)) < 0.5
            picked[int(rng.integers(len(scored)))] = True
            truth[q.id] = tuple(o for o, keep in zip(scored, picked) if keep)
            truth[f"{q.id}#not_relevant"] = tuple(o.id for o in q.options if o.not_relevant_allowed
                                                  and o.id not in truth[q.id] and rng.random() < 0.3)
    return truth


def boxes_to_mark(layout, truth: dict[str, object]):
    """(page, box) pairs a person who means `truth` marks."""
    for page in layout.pages:
        for box in page.boxes:
            want = truth.get(box.question_id.rsplit(".", 1)[0] if box.question_id.count(".") == 2
                             else box.question_id, "absent")
            if box.question_id.count(".") == 2:  # a digit column: profile.<field>.<place>
                place = int(box.question_id.rsplit(".", 1)[1])
                if want is None or want == "absent":
                    continue
                want //= DIGIT_FIELDS[box.question_id.split(".")[1]]
                if want < 10 ** place and place > 0:
                    continue
                if (want // 10 ** place) % 10 == box.value:
                    yield page.number, box
            elif box.kind == "na" and box.value is not None:  # an option "not relevant to us"
                if box.value in truth.get(f"{box.question_id}#not_relevant", ()):
                    yield page.number, box
            elif box.kind == "option":
                if box.value in (want or ()):
                    yield page.number, box
            elif box.kind == "na":
                if want is None:
                    yield page.number, box
            elif want == box.value and want != "absent":
                yield page.number, box


def filled_pages(layout, pdf_path, truth, dpi: int, rng: np.random.Generator, style: str | None = None,
                 pages=None, first_pdf_page: int = 1) -> dict[int, np.ndarray]:
    """Each page (or those in `pages`) rendered at `dpi` with the marks of `truth`, in random or given style;
    keyed by the form's page. `first_pdf_page`: where this printout starts in a PDF of several copies."""
    images = {n: render(pdf_path, first_pdf_page + n - 1, dpi) for n in (pages or [p.number for p in layout.pages])}
    for number, box in boxes_to_mark(layout, truth):
        if number in images:
            mark(images[number], box.rect, dpi, style or STYLES[int(rng.integers(len(STYLES)))], rng)
    return images


def score(reading, truth: dict[str, object]) -> dict[str, int]:
    """Answers right, wrong while confident (said "answered" but not what was meant), and sent to review."""
    counts = {"right": 0, "wrong_confident": 0, "review": 0, "total": 0}
    for key, expected in truth.items():
        if key.endswith("#not_relevant"):
            continue  # judged with its question
        name = key[len("profile."):] if key.startswith("profile.") else key
        read = reading.profile.get(name) if key.startswith("profile.") else reading.questions.get(key)
        if read is not None and f"{key}#not_relevant" in truth:  # the options ticked and those not relevant
            read_value = (tuple(sorted(read.value or ())) if read.value is not None else None,
                          tuple(sorted(read.not_relevant)))
            expected = (tuple(sorted(expected)) if expected is not None else None,
                        tuple(sorted(truth[f"{key}#not_relevant"])))
            counts["total"] += 1
            status = "review" if read.status != "answered" else "right" if read_value == expected else "wrong_confident"
            counts[status] += 1
            continue
        counts["total"] += 1
        if read is None:  # its page was not read: a person types it in
            counts["review"] += 1
            continue
        value = tuple(read.value) if isinstance(read.value, (list, tuple)) else read.value
        if isinstance(expected, tuple):
            value = tuple(sorted(value or ())) if value is not None else None
            expected = tuple(sorted(expected))
        if read.status == "answered" and value == expected:
            counts["right"] += 1
        elif read.status == "answered":
            counts["wrong_confident"] += 1
        else:
            counts["review"] += 1
    return counts


def filled_printouts(folder, copies: int, on) -> tuple[list, list[str]]:
    """Page 3 of `copies` printouts of one PDF, each filled by its own answers ("cross" marks, 200 dpi) and
    saved as farm-<n>.png: the farms of one round of visits."""
    from cds_desktop.domain.instrument import current_instrument
    from cds_desktop.report import build_blank_forms

    layouts = build_blank_forms(folder / "copies.pdf", copies=copies, lang="vi", on=on)
    files = []
    for n, layout in enumerate(layouts):
        truth = answers_for(layout, current_instrument(), np.random.default_rng(n))
        image = filled_pages(layout, folder / "copies.pdf", truth, 200, np.random.default_rng(n), style="cross",
                             pages=[3], first_pdf_page=n * len(layout.pages) + 1)[3]
        files.append(str(folder / f"farm-{n}.png"))
        cv2.imwrite(files[-1], image)
    return layouts, files
