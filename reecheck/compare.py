"""Stage 5, comparison: split each group into camps that agree, and explain any disagreement.

Reads: :class:`~reecheck.groups.Group` records. Adds: one :class:`Verdict` per group: its camps, its
status (discrepancy, minor, consistent or single), the ratio between the camps and the plain reasons a
fact-checker needs (different bodies, different basis, different periods, the same body quoted
differently, a stated ratio that the figures do not bear out).

Where "nearly", "about" and "the same" are interpreted: :func:`interval` (each figure's range) and
:func:`agree` (two ranges), with every number taken from rules/tolerances.toml.
"""
from __future__ import annotations

import math
import statistics
from dataclasses import dataclass, replace

from .context import Claim
from .groups import POINTS_AS_PERCENT, REPEATED, Group
from .rules import Rules
from .units import base_of

#: A stated ratio ("ten-fold") is flagged when it differs from the figures' ratio by more than this factor.
RATIO_CLAIM_SLACK = 1.2
#: Percent figures stated as shares never exceed this (an open "over 90 %" stops here).
SHARE_CEILING = 100.0


@dataclass(frozen=True)
class Interval:
    """The values a figure can stand for, in base units; lo or hi may be infinite for bounds."""

    lo: float
    hi: float
    nominal: float
    closed: bool


@dataclass(frozen=True)
class Camp:
    """Claims that agree with each other; ``value`` is their representative value in base units."""

    claims: tuple[Claim, ...]
    value: float
    lo: float
    hi: float

    @property
    def attributions(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.attribution for c in self.claims if c.attribution))

    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.source for c in self.claims))


@dataclass(frozen=True)
class Verdict:
    """The outcome for one group, with the reasons behind it."""

    group: Group
    status: str  # discrepancy | minor | consistent | single
    camps: tuple[Camp, ...]
    ratio: float | None
    reasons: tuple[str, ...]
    summary: str


def interval(claim: Claim, rules: Rules) -> Interval:
    """The range of values ``claim`` can stand for, in base units.

    Half a unit of the last stated digit on each side; an "about" figure widened by the ``approx`` share;
    "nearly X" reaching ``nearly`` below X; an open side for "over"/"under"; both ends for a range.
    """
    f = claim.figure
    factor, _ = base_of(f.unit, rules)
    metric = claim.metric
    kind = "percent" if f.kind in ("percent", "points") else None
    half = f.step / 2
    v = f.value
    lo_v = (f.low if f.low is not None else -math.inf)
    hi_v = (f.high if f.high is not None else math.inf)
    if f.qualifier == "exact":
        lo_v, hi_v = v - half, v + half
    elif f.qualifier == "approx":
        w = max(half, abs(v) * rules.tolerance("approx", metric, kind))
        lo_v, hi_v = v - w, v + w
    elif f.qualifier == "range":
        lo_v, hi_v = f.low - half, f.high + half
    elif f.qualifier == "at_most":
        hi_v = v + half
        if f.hedge in rules.near_below:
            lo_v = v * (1 - rules.tolerance("nearly", metric, kind))
        elif v >= 0:
            lo_v = 0.0
    elif f.qualifier == "at_least":
        lo_v = v - half
        if f.hedge in rules.near_above:
            hi_v = v * (1 + rules.tolerance("nearly", metric, kind))
        elif f.kind == "percent":
            hi_v = SHARE_CEILING
    closed = math.isfinite(lo_v) and math.isfinite(hi_v) and not (
        f.qualifier in ("at_most", "at_least") and f.hedge not in rules.near_below + rules.near_above)
    return Interval(lo_v * factor, hi_v * factor, v * factor, closed)


def agree(a: Interval, b: Interval, relative: float) -> bool:
    """True when the two ranges overlap once each is stretched by ``relative`` of its nominal size."""
    sa, sb = abs(a.nominal) * relative, abs(b.nominal) * relative
    return a.lo - sa <= b.hi + sb and b.lo - sb <= a.hi + sa


def compare_group(group: Group, rules: Rules, origins: dict[str, str] | None = None) -> Verdict:
    """Camps, status and reasons for one group. ``origins`` maps a syndicated copy to the source it
    repeats (:mod:`reecheck.syndication`): a copy is not a second witness."""
    metric = group.claims[0].metric
    kind = "percent" if group.dimension == "percent" else None
    rel = rules.tolerance("relative", metric, kind)
    ivs = {c.id: interval(c, rules) for c in group.claims}
    closed = sorted((c for c in group.claims if ivs[c.id].closed), key=lambda c: ivs[c.id].nominal)
    bounds = [c for c in group.claims if not ivs[c.id].closed]
    camps: list[list[Claim]] = []
    # percentage points and per cent never share a camp: "up 6 points" and "up 6 per cent" are different changes
    for unit_kind in sorted({_unit_kind(c) for c in group.claims}):
        made: list[list[Claim]] = []
        for c in (c for c in closed if _unit_kind(c) == unit_kind):  # over sorted values, a figure joins the last
            # camp if it agrees with every member: an "about 1.8" between 1.77 and 1.95 must not bridge two figures
            # that disagree with each other
            if made and all(agree(ivs[c.id], ivs[o.id], rel) and not _set_against(c, o) for o in made[-1]):
                made[-1].append(c)
            else:
                made.append([c])
        for c in (c for c in bounds if _unit_kind(c) == unit_kind):  # a bound joins the nearest camp it is
            # compatible with, else stands alone
            fits = [k for k in made if all(agree(ivs[c.id], ivs[o.id], rel) and not _set_against(c, o) for o in k)]
            if fits:
                min(fits, key=lambda k: abs(_rep(k, ivs) - ivs[c.id].nominal)).append(c)
            else:
                made.append([c])
        camps += made
    camp_objs = tuple(sorted((Camp(tuple(k), _rep(k, ivs), min(ivs[o.id].lo for o in k), max(ivs[o.id].hi for o in k))
                              for k in camps), key=lambda cp: cp.value))
    sources = {(origins or {}).get(c.source, c.source) for c in group.claims}
    ratio = None
    if len(camp_objs) > 1:
        vals = [abs(cp.value) for cp in camp_objs if cp.value]
        ratio = max(vals) / min(vals) if len(vals) > 1 and min(vals) > 0 else None
        status = "minor" if ratio is not None and ratio <= rules.tolerance("minor_ratio", metric, kind) and len(
            {_unit_kind(c) for c in group.claims}) == 1 else "discrepancy"
    else:
        status = "consistent" if len(sources) > 1 else "single"
    reasons = _reasons(group, camp_objs, ratio, status)
    return Verdict(group, status, camp_objs, ratio, tuple(reasons),
                   _summary(group, camp_objs, ratio, status, rules, origins or {}))


def compare_groups(groups: list[Group], rules: Rules, origins: dict[str, str] | None = None) -> list[Verdict]:
    """:func:`compare_group` for every group, with one correction: camps that disagree only because one
    text quotes one named body twice ("the ministry said 12 %, down from 14 % the year before") are two
    subjects the words did not tell apart, not a body contradicting itself in one breath, so each such
    camp becomes a group of its own (a draft's disagreements with itself are checked elsewhere). Group ids
    are numbered afresh in order."""
    out: list[Verdict] = []
    for g in groups:
        v = compare_group(g, rules, origins=origins)
        if v.status in ("discrepancy", "minor") and not any(
                _witnessed(a, b) for i, a in enumerate(v.camps) for b in v.camps[i + 1:]):
            parts = [replace(g, claims=tuple(c for c in g.claims if c in cp.claims)) for cp in v.camps]
            out += [compare_group(p, rules, origins=origins) for p in parts]
        else:
            out.append(v)
    return [v if v.group.id == f"g{i}" else replace(v, group=replace(v.group, id=f"g{i}"))
            for i, v in enumerate(out, 1)]


def _set_against(a: Claim, b: Claim) -> bool:
    """True when one text sets one of the two figures against the other as wrong ("3,000 tonnes, not 1,800"):
    however close their values, the text says they disagree, so they never share a camp."""
    return a.source == b.source and ((a.line, a.column) == b.set_against or (b.line, b.column) == a.set_against)


def _unit_kind(c: Claim) -> str:
    """"points" for a change in percentage points, "" for any other figure: the two kinds a share's change comes in."""
    return "points" if c.figure.kind == "points" else ""


def _witnessed(a: Camp, b: Camp) -> bool:
    """True when two camps hold claims from different texts, or from different bodies, or from a body
    the text does not name (then nothing shows it is one body)."""
    return any(x.source != y.source or x.attribution != y.attribution or not x.attribution
               for x in a.claims for y in b.claims)


def _rep(camp: list[Claim], ivs: dict[str, Interval]) -> float:
    vals = [ivs[c.id].nominal for c in camp if ivs[c.id].closed] or [ivs[c.id].nominal for c in camp]
    return statistics.median(vals)


def _reasons(group: Group, camps: tuple[Camp, ...], ratio: float | None, status: str) -> list[str]:
    out = []
    here = {c.id: c for c in group.claims}
    for cid, words in group.linked:  # a figure the subject rules could not place: say what put it here
        if cid in here and words == POINTS_AS_PERCENT:
            continue  # (said below, with the points it misquotes)
        if cid in here and words == REPEATED:
            out.append(f"matched as a repeat: {here[cid].figure.text} in {here[cid].source} is a figure its own text "
                       "gives again elsewhere")
        elif cid in here:
            c = here[cid]
            out.append(f"matched by wording, not by subject: {c.figure.text} in {c.source} shares "
                       + ", ".join(f"'{w}'" for w in words) + " with the others")
    for cp in camps:  # the same body quoted with different numbers inside one camp: a minor variance
        for name in cp.attributions:
            vals = sorted({c.figure.value for c in cp.claims if c.attribution == name and c.figure.qualifier != "range"})
            if len(vals) > 1:
                lo = next(c.figure.text for c in cp.claims if c.attribution == name and c.figure.value == vals[0])
                hi = next(c.figure.text for c in cp.claims if c.attribution == name and c.figure.value == vals[-1])
                out.append(f"minor variance: {name} is quoted as {lo} and as {hi}")
    if len(camps) < 2:
        return out
    in_points = [cp for cp in camps if _unit_kind(cp.claims[0]) == "points"]
    if in_points and len(in_points) < len(camps):
        pts = in_points[0].claims[0]
        pct = next(c for cp in camps if cp not in in_points for c in cp.claims)
        out.append(f"percentage points and per cent: {pts.figure.text} in {pts.source} is a change in a share; "
                   f"{pct.figure.text} in {pct.source} reads as a change of that size in per cent, which is another "
                   "figure (one of them may misquote the other)")
    at = {(c.source, c.line, c.column): c for c in group.claims}
    for rejected in (c for c in group.claims if c.set_against):  # a figure its own text calls wrong: say so,
        kept = at.get((rejected.source, *rejected.set_against))  # however close the numbers
        if kept is not None and not any(kept in cp.claims and rejected in cp.claims for cp in camps):
            out.append(f"rejected in its own text: {kept.source} gives {kept.figure.text}, not {rejected.figure.text}")
    atts = [set(cp.attributions) for cp in camps]
    if all(atts) and not set.intersection(*atts):
        out.append("different bodies: " + "; ".join(f"{', '.join(cp.attributions)} says {camp_text(cp)}" for cp in camps))
    shared = set.union(*atts) if atts else set()
    for name in sorted(shared):
        holders = [cp for cp in camps if name in cp.attributions]
        if len(holders) > 1:
            out.append(f"the same body quoted differently: {name} is cited for " + " and ".join(camp_text(cp) for cp in holders))
    bases = [{c.basis for c in cp.claims if c.basis} for cp in camps]
    if all(bases) and not set.intersection(*bases):
        out.append("different basis: " + " vs ".join("/".join(sorted(b)) for b in bases))
    periods = [{c.period for c in cp.claims if c.period} for cp in camps]
    if all(periods) and not set.intersection(*periods):
        out.append("different periods: " + " vs ".join("/".join(sorted(p)) for p in periods))
    if not any(atts):
        out.append("no source names who measured these figures")
    return out


def camp_text(camp: Camp) -> str:
    """The camp's most common wording of its figure (ties: the first read)."""
    pool = [c for c in camp.claims if c.figure.qualifier in ("exact", "approx", "range")] or list(camp.claims)
    texts = [c.figure.text for c in pool]
    mid = statistics.median(c.figure.value for c in pool)
    best = min(pool, key=lambda c: (-texts.count(c.figure.text), abs(c.figure.value - mid)))
    return best.figure.text



def _summary(group: Group, camps: tuple[Camp, ...], ratio: float | None, status: str, rules: Rules,
             origins: dict[str, str]) -> str:
    names = list(dict.fromkeys(c.source for c in group.claims))
    copies = [n for n in names if n in origins]
    again = f" ({', '.join(copies)} {'republishes' if len(copies) == 1 else 'republish'} it)" if copies else ""
    if status == "single":
        first = ([n for n in names if n not in origins] or names)[0]
        others = [n for n in names if n != first]
        again = f" ({', '.join(others)} {'republishes' if len(others) == 1 else 'republish'} it)" if others else ""
        return f"only {first} gives this figure{again}"
    if status == "consistent":
        n_origins = len({origins.get(n, n) for n in names})
        if copies:
            return f"{len(names)} sources ({n_origins} independent{again}) agree within rounding"
        return f"{len(names)} sources agree within rounding"
    r = f" (×{ratio:.1f})" if ratio else ""
    word = "disagree" if status == "discrepancy" else "differ slightly"
    return f"sources {word}{r}: " + " vs ".join(camp_text(cp) for cp in camps)


def stated_ratio_verdict(stated: float, actual: float) -> str:
    """"fair", "overstated" or "understated": a stated ratio ("ten-fold") against the figures' ratio,
    with RATIO_CLAIM_SLACK of leeway either way."""
    if max(stated, actual) / min(stated, actual) <= RATIO_CLAIM_SLACK:
        return "fair"
    return "overstated" if stated > actual else "understated"


def ratio_claims(verdicts: list[Verdict], multiples: list[Claim]) -> list[tuple[Verdict, Claim, str]]:
    """Stated ratios ("a ten-fold gap") next to a group's figures, checked against the camps' ratio."""
    out = []
    for m in multiples:
        for v in verdicts:
            if v.ratio is None or v.status != "discrepancy":
                continue
            if any(c.source == m.source and c.sentence == m.sentence for c in v.group.claims) or any(
                    c.source == m.source and abs(c.line - m.line) == 0 for c in v.group.claims):
                stated = m.figure.value
                if stated <= 0:
                    continue
                note = (f"{m.source} calls the gap {m.figure.text!r}; the figures give ×{v.ratio:.1f}"
                        f" ({stated_ratio_verdict(stated, v.ratio)})")
                out.append((v, m, note))
                break
    return out
