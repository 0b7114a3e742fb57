"""A chart's label is split onto as few lines as it needs, where the lines come out most even: a greedy fill
split Vietnamese words of two syllables ("Thương mại điện / tử", "Quy trình kinh / doanh")."""

import textwrap

import pytest
from hypothesis import given, strategies as st

from cds_desktop.i18n import MAX_BALANCED_WORDS, balanced_lines


@pytest.mark.parametrize("label, width, lines", [
    ("Thương mại điện tử", 16, ["Thương mại", "điện tử"]),
    ("Quy trình kinh doanh", 16, ["Quy trình", "kinh doanh"]),
    ("Sản xuất và vận hành", 16, ["Sản xuất và", "vận hành"]),
    ("Nền tảng số", 16, ["Nền tảng số"]),
    ("Trải nghiệm số cho khách hàng", 28, ["Trải nghiệm số", "cho khách hàng"]),
    ("Digital infrastructure and technology", 28, ["Digital infrastructure", "and technology"]),
    ("Production and operations", 16, ["Production and", "operations"]),
    ("Supercalifragilistic word", 10, ["Supercalifragilistic", "word"]),  # a long word keeps a line of its own
    ("", 16, [" "]),
])
def test_a_label_splits_where_its_lines_come_out_even(label, width, lines):
    assert balanced_lines(label, width) == lines


def test_a_measure_beyond_characters_is_honoured():
    narrow = balanced_lines("Thương mại điện tử", 16, lambda line: len(line) <= 8)
    assert narrow == ["Thương", "mại", "điện tử"]


words = st.lists(st.text(alphabet="aăâbcdđeêghiklmnoôơpqrstuưvxyạảấầẩẫậắằẳẵặẹẻẽếềểễệ", min_size=1, max_size=12),
                 min_size=1, max_size=MAX_BALANCED_WORDS + 3)


@given(words, st.integers(4, 30))
def test_every_word_stays_whole_in_order_on_as_few_lines_as_a_greedy_fill(label_words, width):
    label = " ".join(label_words)
    lines = balanced_lines(label, width)
    assert " ".join(lines).split() == label_words
    assert all(len(line) <= width or " " not in line for line in lines)
    greedy = textwrap.wrap(label, width, break_long_words=False, break_on_hyphens=False)
    assert len(lines) <= len(greedy)
    if len(label_words) <= MAX_BALANCED_WORDS:  # and none of its lines longer than the greedy fill's longest
        assert max(map(len, lines)) <= max(map(len, greedy))
