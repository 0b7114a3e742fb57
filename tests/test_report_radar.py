"""The report's radar is drawn as shapes: each area's score is a corner at its distance from the centre, the
first area at the top and the others clockwise; a previous assessment is dashed with square markers and named
in a legend."""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from cds_desktop.report.charts import CURRENT_COLOUR, PREVIOUS_COLOUR, RINGS, Series, radar

LABELS = ["Quy trình kinh doanh", "Quản trị", "Sản xuất và vận hành", "Thương mại điện tử", "Nền tảng số"]


def shapes(drawing, kind):
    return [s for s in drawing.contents if type(s).__name__ == kind]


def web(drawing):
    """The centre and the radius of the outer ring (score 100)."""
    ring = max(shapes(drawing, "Circle"), key=lambda c: c.r)
    return (ring.cx, ring.cy), ring.r


def corners(polyline):
    points = list(zip(polyline.points[::2], polyline.points[1::2]))
    return points[:-1]  # closed: the first corner again at the end


@settings(max_examples=40, deadline=None)
@given(st.lists(st.one_of(st.none(), st.floats(0, 100)), min_size=3, max_size=8))
def test_each_corner_is_its_score_along_its_own_spoke(values):
    labels = [f"Area {n}" for n in range(len(values))]
    drawing = radar(labels, Series("T0", values))
    (cx, cy), radius = web(drawing)
    assert len(shapes(drawing, "Circle")) - len(values) == len(RINGS)  # the rings, then one marker a corner
    line, = [p for p in shapes(drawing, "PolyLine") if p.strokeColor == CURRENT_COLOUR]
    for n, ((x, y), value) in enumerate(zip(corners(line), values)):
        expected = radius * (value or 0) / 100  # not assessed: at the centre, as a 0
        assert math.hypot(x - cx, y - cy) == pytest.approx(expected, abs=1e-6)
        if expected > 1e-6:
            angle = math.pi / 2 - 2 * math.pi * n / len(values)  # from the top, clockwise
            assert (x - cx, y - cy) == pytest.approx((expected * math.cos(angle), expected * math.sin(angle)),
                                                     abs=1e-6)


def test_a_previous_assessment_is_dashed_with_square_markers_and_a_legend():
    current, previous = Series("T1 · 15/10/2026", [60, 30, 25, 45, 40]), Series("T0 · 15/01/2025", [40, 20, 20, 30, 25])
    alone, both = radar(LABELS, current), radar(LABELS, current, previous)
    dashed = [p for p in shapes(both, "PolyLine") if p.strokeColor == PREVIOUS_COLOUR]
    assert len(dashed) == 1 and dashed[0].strokeDashArray
    assert len([r for r in shapes(both, "Rect") if r.fillColor == PREVIOUS_COLOUR]) == len(LABELS) + 1  # + legend
    texts = {s.text for s in shapes(both, "String")}
    assert {current.label, previous.label} <= texts
    assert not {current.label, previous.label} & {s.text for s in shapes(alone, "String")}  # one series: no legend
    assert not [p for p in shapes(alone, "PolyLine") if p.strokeDashArray]


def test_long_area_names_wrap_and_every_word_is_drawn():
    drawing = radar(["Chuyển đổi số văn hóa doanh nghiệp", "Dữ liệu", "Hạ tầng"], Series("T0", [10, 20, 30]))
    drawn = " ".join(s.text for s in shapes(drawing, "String"))
    assert "Chuyển đổi số văn" in drawn and "hóa doanh nghiệp" in drawn  # two lines of at most 16 characters



def test_the_areas_are_named_on_lines_that_keep_each_word_whole():
    """The sample's areas: "Thương mại / điện tử" and "Quy trình / kinh doanh", where a greedy fill left "tử" and
    "doanh" alone on a line (a Vietnamese word of two syllables split in two)."""
    drawn = [s.text for s in shapes(radar(LABELS, Series("T0", [50] * 5)), "String")]
    assert {"Thương mại", "điện tử", "Quy trình", "kinh doanh", "Sản xuất và", "vận hành"} <= set(drawn)


def test_an_area_not_assessed_is_a_hollow_marker_at_the_centre():
    """It sits at the centre like a 0 would; the hollow marker (and the report's label) says it is not one."""
    values = [60, None, 25, None, 40]
    drawing = radar(LABELS, Series("T0", values))
    markers = [c for c in shapes(drawing, "Circle") if c.r < 3]
    assert [m.fillColor == "#ffffff" for m in markers] == [v is None for v in values]
    assert all(m.strokeColor == CURRENT_COLOUR for m in markers if m.fillColor == "#ffffff")


@pytest.mark.parametrize("labels", [
    ["Business processes", "Management (not assessed)", "Production and operations", "E-commerce",
     "Digital foundation (not assessed)"],
    LABELS,
    ["Chuyển đổi số văn hóa doanh nghiệp", "Dữ liệu và tài sản thông tin", "Hạ tầng và công nghệ số",
     "Trải nghiệm số cho khách hàng", "Vận hành", "Chiến lược số"],
])
def test_every_label_is_drawn_inside_the_chart(labels):
    """The chart stands against the page's right margin: a label running past its edge runs into the margin."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from cds_desktop.report.fonts import REGULAR

    drawing = radar(labels, Series("T0", [50] * len(labels)))
    for s in shapes(drawing, "String"):
        width = stringWidth(s.text, REGULAR, s.fontSize)
        left = s.x - {"start": 0, "middle": width / 2, "end": width}[s.textAnchor]
        assert 0 <= left and left + width <= drawing.width, s.text


def ring_labels(drawing):
    return [s for s in shapes(drawing, "String") if s.text in {str(ring) for ring in RINGS[:-1]}]


def covers(label, x, y, margin):
    """Whether the point (x, y) lies on the label's text, grown by `margin` points on every side."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    width = stringWidth(label.text, label.fontName, label.fontSize)
    return label.x - margin <= x <= label.x + width + margin and label.y - margin <= y <= label.y + label.fontSize * 0.7 + margin


@pytest.mark.parametrize("values", [[55.9, 25.6, 25.8, 43.5, 37.8],  # the sample business: Quản trị touched "20"
                                    [20, 20, 60, 60, 60], [80, 40, 40, 80, 80]])
def test_no_score_marker_sits_on_a_ring_value(values):
    drawing = radar(LABELS, Series("T0", values))
    markers = [c for c in shapes(drawing, "Circle") if c.fillColor is not None and c.r < 3]
    assert len(markers) == len(values) and len(ring_labels(drawing)) == len(RINGS) - 1
    for label in ring_labels(drawing):  # 3 pt (1 mm) of paper at least between a marker and a number
        assert not any(covers(label, m.cx, m.cy, m.r + 3) for m in markers), (label.text, values)


def test_ring_values_are_written_over_the_lines_on_a_light_patch():
    drawing = radar(LABELS, Series("T0", [50] * 5))
    last_line = max(n for n, s in enumerate(drawing.contents) if type(s).__name__ == "PolyLine")
    assert all(drawing.contents.index(label) > last_line for label in ring_labels(drawing))
