"""Strip plot geometry: scale choice, ticks, marks for points, ranges and open bounds."""
from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reecheck.render_plot import (LOG_SPAN, NARROW_WIDTH, OPEN_STUB, PALETTE, WIDTH, Point, fmt_number, label_chars, scale_kind,
                                  strip_plot)


EXACT = object()


def pt(value, low=EXACT, high=EXACT, camp=1, label="x"):
    """A point; low/high default to the value itself (an exact figure), None means open."""
    return Point(value=value, low=value if low is EXACT else low, high=value if high is EXACT else high,
                 camp=camp, label=label)


@pytest.mark.parametrize(("values", "log"), [
    # within ×3: linear, the gap reads in plain units
    ([10, 29], False),
    # wider than ×3: log, so the small values do not pile up at zero
    ([10, 31], True),
    # a five-fold gap, as in a metal-versus-carbonate dispute
    ([9.3e6, 49e6], True),
    # a zero or negative value cannot sit on a log axis
    ([0, 100], False),
    ([-5, 40], False),
    # one value alone
    ([7], False),
])
def test_log_scale_only_when_values_span_more_than_three_times(values, log):
    assert scale_kind([pt(v) for v in values]) is log


def test_the_log_threshold_is_the_named_constant():
    assert scale_kind([pt(1.0), pt(LOG_SPAN)]) is False
    assert scale_kind([pt(1.0), pt(LOG_SPAN * 1.01)]) is True


def test_marks_follow_the_given_order_one_row_each_coloured_by_camp():
    plot = strip_plot([pt(10, camp=1, label="a"), pt(12, camp=1, label="b"), pt(50, camp=2, label="c")])
    assert [m.label for m in plot.marks] == ["a", "b", "c"]
    ys = [m.y for m in plot.marks]
    assert ys == sorted(ys) and len(set(ys)) == 3
    assert [m.colour for m in plot.marks] == [PALETTE[0], PALETTE[0], PALETTE[1]]
    assert plot.axis_y > ys[-1]
    assert plot.height > plot.axis_y


def test_larger_values_sit_further_right_on_both_scales():
    for values in ([10, 11, 12], [1, 10, 100]):
        xs = [m.x for m in strip_plot([pt(v) for v in values]).marks]
        assert xs == sorted(xs) and xs[0] < xs[-1]


def test_a_range_is_a_bar_and_an_open_bound_a_short_arrow_its_way():
    plot = strip_plot([pt(40, low=30, high=50), pt(45, low=45, high=None), pt(40, low=None, high=40)])
    rng, over, under = plot.marks
    assert rng.x0 < rng.x < rng.x1 and not rng.open_left and not rng.open_right
    assert over.open_right and not over.open_left and over.x0 == over.x < over.x1 <= over.x + OPEN_STUB
    assert under.open_left and not under.open_right and under.x - OPEN_STUB <= under.x0 < under.x == under.x1


def test_ticks_lie_on_the_axis_in_increasing_order_with_short_labels():
    plot = strip_plot([pt(9.3e6), pt(49e6)])
    assert plot.log
    xs = [x for x, _ in plot.ticks]
    assert xs == sorted(xs) and len(xs) >= 2
    assert all(plot.x_min <= x <= plot.x_max for x in xs)
    assert [label for _, label in plot.ticks] == ["10M", "20M", "50M"]


def test_a_very_wide_log_axis_gets_a_readable_number_of_ticks():
    plot = strip_plot([pt(1e-3), pt(1e12)])
    assert 3 <= len(plot.ticks) <= 10


@pytest.mark.parametrize(("value", "label"), [
    (49_000_000, "49M"),
    (1_200, "1.2k"),
    (2_500_000_000, "2.5bn"),
    (0.25, "0.25"),
    (0, "0"),
    (-3000, "-3k"),
])
def test_axis_numbers_are_short(value, label):
    assert fmt_number(value) == label


def test_long_labels_are_cut_to_fit_the_drawing_and_kept_whole_for_hover():
    long = "about 49 million tonnes · Salar Producers Council · 02_a_rather_long_file_name_for_a_note.txt"
    wide, narrow = (strip_plot([pt(1, label=long)], width=w).marks[0] for w in (WIDTH, NARROW_WIDTH))
    assert len(narrow.label) == label_chars(NARROW_WIDTH) < len(wide.label) <= label_chars(WIDTH)
    assert narrow.label.endswith("…") and wide.title == narrow.title == long
    short = strip_plot([pt(1, label="12 Mt · Salt Board · a.txt")], width=NARROW_WIDTH).marks[0]
    assert short.label == "12 Mt · Salt Board · a.txt"


def test_an_empty_plot_is_an_error():
    with pytest.raises(ValueError):
        strip_plot([])


@settings(deadline=None, max_examples=60)
@given(st.lists(st.floats(min_value=-1e9, max_value=1e12, allow_nan=False), min_size=1, max_size=8))
def test_every_mark_is_inside_the_drawing(values):
    plot = strip_plot([pt(v) for v in values])
    for m in plot.marks:
        assert math.isfinite(m.x)
        assert plot.x_min - 1e-6 <= m.x0 <= m.x <= m.x1 <= plot.x_max + 1e-6
        assert 0 < m.label_y < m.y < plot.axis_y
