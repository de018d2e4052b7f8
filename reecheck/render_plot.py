"""Strip plots for the HTML report: every figure of a group on one value axis, as plain geometry.

:func:`strip_plot` turns points (value, low, high, camp, label) into a :class:`Plot`: rows, marks, ticks
and the scale used, all in SVG user units. It does no I/O and no escaping; the template
``templates/_plot.svg.j2`` draws it with Jinja's autoescape, so a label taken from a source can never
become markup. Computing layout apart from drawing keeps the geometry testable on numbers alone.

Why not a plotting library: matplotlib or plotly would add tens of megabytes (or a JavaScript bundle) for
one chart type, and their SVG embeds fonts or ids that are hard to keep self-contained and escaped.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

#: Use a log axis when the largest plotted value is more than this many times the smallest.
LOG_SPAN = 3.0
#: Width of the drawing in SVG user units (the page scales it to the column width); the narrow
#: drawing is the one a phone shows, so its text stays near its stated size there.
WIDTH, NARROW_WIDTH = 560.0, 360.0
#: Label font size in SVG units, and the average width of a character as a share of it (sans-serif).
FONT_SIZE, CHAR_WIDTH = 13.0, 0.6
#: Horizontal margin either side of the axis, so end marks and tick labels are not clipped.
MARGIN = 24.0
#: Height of one figure's row: a label line above the mark.
ROW = 34.0
#: Space above the first row and below the last row for the axis and its tick labels.
TOP, AXIS = 8.0, 30.0
#: Length of the arrow drawn for an open side ("over X"), in SVG units.
OPEN_STUB = 36.0
#: Aim for about this many tick marks on a linear axis.
LINEAR_TICKS = 5
#: At most about this many decades get a tick on a log axis.
LOG_DECADE_TICKS = 8
#: Camp colours (Okabe-Ito, readable with the common colour-vision deficiencies); camps beyond cycle.
PALETTE = ("#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000")


@dataclass(frozen=True)
class Point:
    """One figure to plot: a value, and its stated range where it has one (None: open on that side)."""

    value: float
    low: float | None
    high: float | None
    camp: int  # 1-based camp number; colour and legend
    label: str  # who and where, shown above the mark
    text: str = ""  # the figure as written, for the tooltip
    anchor: str = ""  # id of the quote this mark stands for


@dataclass(frozen=True)
class Mark:
    """A drawn figure: a dot at ``x``, with a bar from ``x0`` to ``x1`` when it has a range or an open side."""

    x: float
    y: float
    x0: float
    x1: float
    open_left: bool
    open_right: bool
    colour: str
    label: str  # shortened to fit the drawing
    title: str  # the whole label, shown on hover
    label_y: float
    text: str
    anchor: str
    camp: int


@dataclass(frozen=True)
class Plot:
    width: float
    height: float
    log: bool
    axis_y: float
    x_min: float  # left and right ends of the axis in SVG units
    x_max: float
    ticks: tuple[tuple[float, str], ...]  # (x, label)
    marks: tuple[Mark, ...]
    unit: str


def _finite(values) -> list[float]:
    return [v for v in values if v is not None and math.isfinite(v)]


def scale_kind(points: list[Point]) -> bool:
    """True for a log axis: every value positive and the span wider than :data:`LOG_SPAN`."""
    vals = _finite(v for p in points for v in (p.value, p.low, p.high))
    if not vals or min(vals) <= 0:
        return False
    return max(vals) / min(vals) > LOG_SPAN


def _nice_step(span: float, count: int) -> float:
    """A step of 1, 2 or 5 times a power of ten giving about ``count`` intervals over ``span``."""
    raw = span / max(count, 1)
    if not raw > 0:  # a span too small to divide (values a few units of float precision apart)
        return 1.0
    mag = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 5, 10):
        if m * mag >= raw:
            return m * mag
    return 10 * mag


def fmt_number(v: float) -> str:
    """A short axis label: 1,200 → '1.2k', 49,000,000 → '49M', 0.25 → '0.25'."""
    a = abs(v)
    for size, suffix in ((1e12, "T"), (1e9, "bn"), (1e6, "M"), (1e3, "k")):
        if a >= size:
            return f"{v / size:.3g}{suffix}"
    if a == 0:
        return "0"
    return f"{v:.3g}"


def _domain(points: list[Point], log: bool) -> tuple[float, float]:
    vals = _finite(v for p in points for v in (p.value, p.low, p.high))
    lo, hi = min(vals), max(vals)
    if log:
        lo_e, hi_e = math.log10(lo), math.log10(hi)
        pad = max((hi_e - lo_e) * 0.08, 0.05)
        return lo_e - pad, hi_e + pad
    if hi == lo:  # a single value: centre it in a window of ±10 % (or ±1 around zero)
        w = abs(hi) * 0.1 or 1.0
        return lo - w, hi + w
    pad = (hi - lo) * 0.08
    lo_d = lo - pad
    if lo >= 0 > lo_d:  # never run a positive axis below zero just for padding
        lo_d = 0.0
    return lo_d, hi + pad


def _ticks(lo: float, hi: float, log: bool) -> list[float]:
    """Tick values inside [lo, hi] (log: exponents in, values out)."""
    if not log:
        step = _nice_step(hi - lo, LINEAR_TICKS)
        first = math.ceil(lo / step) * step
        out, t = [], first
        while t <= hi + step * 1e-9:
            out.append(round(t, 12))
            t += step
        return out
    every = max(1, math.ceil((hi - lo) / LOG_DECADE_TICKS))  # very wide spans: every n-th decade
    decades = range(math.floor(lo), math.ceil(hi) + 1, every)
    mults = (1, 2, 5) if hi - lo < 2.5 else (1,)  # few decades: 1-2-5 ticks; many: powers of ten only
    out = [m * 10.0 ** d for d in decades for m in mults]
    return [t for t in out if t > 0 and lo <= math.log10(t) <= hi]


def label_chars(width: float) -> int:
    """How many label characters fit across a drawing ``width`` units wide."""
    return int((width - 2 * MARGIN) / (FONT_SIZE * CHAR_WIDTH))


def _fit(label: str, width: float) -> str:
    n = label_chars(width)
    return label if len(label) <= n else label[:n - 1] + "…"


def strip_plot(points: list[Point], unit: str = "", width: float = WIDTH) -> Plot:
    """Lay out ``points`` one per row, on a shared linear or log axis (see :func:`scale_kind`).

    Rows follow the order given (the caller sorts by camp, then value). A point with ``low``/``high``
    different from its value gets a bar; a side that is None (``over X``, ``under X``) gets a short
    arrow pointing that way (how far it reaches is not stated, so the plot does not guess). Labels longer than the drawing allows end in "…".
    """
    if not points:
        raise ValueError("strip_plot needs at least one point")
    log = scale_kind(points)
    lo, hi = _domain(points, log)
    x_min, x_max = MARGIN, width - MARGIN

    def x_of(v: float) -> float:
        t = math.log10(v) if log else v
        return x_min + (t - lo) / (hi - lo) * (x_max - x_min)

    marks = []
    for i, p in enumerate(points):
        y = TOP + ROW * i + ROW - 8
        x = x_of(p.value)
        x0 = x_of(p.low) if p.low is not None and (not log or p.low > 0) else max(x_min, x - OPEN_STUB)
        x1 = x_of(p.high) if p.high is not None else min(x_max, x + OPEN_STUB)
        marks.append(Mark(x=round(x, 2), y=y, x0=round(min(x0, x), 2), x1=round(max(x1, x), 2),
                          open_left=p.low is None, open_right=p.high is None,
                          colour=PALETTE[(p.camp - 1) % len(PALETTE)], label=_fit(p.label, width), title=p.label, label_y=y - 11,
                          text=p.text, anchor=p.anchor, camp=p.camp))
    axis_y = TOP + ROW * len(points) + 4
    ticks = tuple((round(x_of(t), 2), fmt_number(t)) for t in _ticks(lo, hi, log))
    return Plot(width=width, height=axis_y + AXIS, log=log, axis_y=axis_y, x_min=x_min, x_max=x_max,
                ticks=ticks, marks=tuple(marks), unit=unit)
