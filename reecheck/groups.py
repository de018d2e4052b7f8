"""Stage 4, groups: put the claims that measure the same thing together.

Reads: :class:`~reecheck.context.Claim` records. Adds: :class:`Group` records (a subject and its claims)
and the claims that joined no group, each with the reason.

Two claims can share a group only when they measure the same kind of quantity (tonnes never meet
percentages; an annual rate meets a yearly amount), are both actuals or both targets for the same year,
and name the same entity, metric and scope. Entity, metric and scope names are canonical when the rules
know them; otherwise the subject phrases are matched with rapidfuzz (:func:`match_subject`), so
"Sal de Vientos" and "Sal de Vientos Lithium" meet. Four refinements follow: subjects that differ only in the
names texts hang them on join when their figures agree (:func:`_merge_name_variants`), subjects whose metrics
differ only in words one text adds ("household connections", "connections") join (:func:`_merge_narrower`),
subjects a text sets against each other ("X, not the Y the board counts") join (:func:`_merge_set_against`),
and one body giving one subject two different values in one source splits it (:func:`_split_by_voice`).
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from typing import Callable, Iterable, Mapping

from rapidfuzz import fuzz

from .context import EARLIER, Claim
from .rules import Rules
from .units import base_of

#: rapidfuzz score (0-100) at which two subject phrases are taken to name the same subject.
SUBJECT_MATCH_CUTOFF = 92
#: rapidfuzz ratio (0-100) each part of two matched subjects must reach on its own ("Ostland" vs "Ostlnd").
PART_MATCH_CUTOFF = 80
#: A shorter entity name joins the long form it opens only with at least this many words ("Santa Luzia").
SHORT_NAME_MIN_WORDS = 2
#: Two figures of one subject more than this many times apart measure different things (an audit's £180,000
#: beside an extension's £310 million, both "cost"), unless the gap is a slip of scale (:data:`SCALE_SLIPS`).
#: Sources that disagree in earnest stay well inside it (3.8 against 28.7 Mt is ×7.6; a digit slip is ×10).
SAME_THING_MAX_RATIO = 50
#: Gaps that are a scale word misread or mistyped ("million" for "billion", "thousand" for "million"): a real
#: discrepancy, kept inside one group however far apart the figures lie.
SCALE_SLIPS = (1_000, 1_000_000)
#: How far (as a share) a gap may miss a scale slip exactly and still be one ("£2.4bn" against "£2.6m").
SCALE_SLIP_TOLERANCE = 0.25
#: Two values one voice (a body, in one source) gives for one subject are one statement within this ratio
#: ("about 2,500 t" and "2,600 t"); further apart, the voice is measuring two things the words did not tell
#: apart (a plant's design output and its average output), so they go to separate groups.
ONE_VOICE_SAME_RATIO = 1.05
#: Two subjects told apart only by the names on them ("Tarnow plant" in one text, its country in another) join
#: when all their figures lie within this ratio of one another (see :func:`_merge_name_variants`).
VARIANT_AGREE_RATIO = 1.1
#: A text's tonnes of rock dug and tonnes of what it holds are two things only when they lie at least this many
#: times apart (even rich ore is seldom a third metal); closer, the text gives one amount two ways (a headline's
#: "96,000 tonnes" and its body's "96,000 tonnes of concentrate"). See :func:`_split_by_basis`.
MINED_BASIS_MIN_RATIO = 3
#: A count below this with no noun after it ("Eight of them", "aged 58") is not compared with anything.
SMALL_BARE_COUNT = 100
#: Up to this month (June) of the year a text is written in, a figure it gives with no period, beside figures of the
#: year before and of this year, is of the year before: this year has barely begun, so its figures are forecasts
#: ("produced 96,000 t" in a text of March 2026 that also expects 115,000 t in 2026). Later in the year, this year.
EARLY_IN_YEAR_LAST_MONTH = 6


@dataclass(frozen=True)
class Group:
    """Claims about one subject, in the order they were read."""

    id: str
    subject: str
    dimension: str
    period_key: str
    claims: tuple[Claim, ...]
    #: Claims that joined by the words around them (:func:`link_by_cues`), not by their subject: (claim id, the
    #: words they shared with the group).
    linked: tuple[tuple[str, tuple[str, ...]], ...] = ()


def match_subject(query: str, choices: Iterable[str] | Mapping, *, scorer: Callable = fuzz.token_sort_ratio,
                  processor: Callable | None = str.lower, score_cutoff: float = SUBJECT_MATCH_CUTOFF):
    """Best match for ``query`` among ``choices``, in the shape of ``rapidfuzz.process.extractOne``.

    Returns ``(choice, score, key)`` (key is the index for a list, the key for a mapping) or None when no
    choice reaches ``score_cutoff``.

    >>> match_subject("Sal de Vientos · production", ["Nordavia · production", "Sal de Vientos · production"])
    ('Sal de Vientos · production', 100.0, 1)
    """
    from rapidfuzz import process

    return process.extractOne(query, choices, scorer=scorer, processor=processor, score_cutoff=score_cutoff)


def why_ungrouped(claim: Claim) -> str | None:
    """Why a claim cannot join any group, or None if it can."""
    f = claim.figure
    if f.kind == "multiple":
        return "a ratio between figures, not a measurement (checked against the groups instead)"
    if claim.metric is None:
        return "no metric found near it (what does it measure?)"
    if claim.entity is None:
        return "no entity found (whose figure is it?)"
    if f.kind == "count" and not f.noun and abs(f.value) < SMALL_BARE_COUNT:
        return "a small number with nothing counted after it (an age, a rank, a 'one')"
    return None


def subject_key(claim: Claim, rules: Rules) -> tuple[str, str, str]:
    """(dimension, period key, subject phrase): what two claims must share, up to fuzzy spelling of the
    phrase, to be compared at all."""
    _, dim = base_of(claim.figure.unit, rules)
    if dim == "count":
        dim = f"count of {claim.figure.noun or '(count)'}"
    period_key = claim.period if claim.is_target or claim.period == EARLIER else "actual"
    return dim, period_key, claim.subject


def find_group(claim: Claim, groups: Iterable[Group], rules: Rules, *,
               score_cutoff: float = SUBJECT_MATCH_CUTOFF) -> Group | None:
    """The group among ``groups`` that ``claim`` would have joined, or None.

    Used for a claim read after the groups were made (a draft's figure against its sources): the same
    dimension and period key, the subject matched as :func:`group_claims` matches it, and among groups split
    by period the one for the claim's period or one it contains or refines (or the latest, as for a claim
    that states none).
    """
    if why_ungrouped(claim):
        return None
    dim, period_key, phrase = subject_key(claim, rules)
    pool: dict[str, list[Group]] = {}
    for g in groups:
        head = g.claims[0]
        g_dim, g_key, g_phrase = subject_key(head, rules)
        if g_dim == dim and g_key == period_key:
            pool.setdefault(g_phrase, []).append(g)
    if not pool:
        return None
    hits = pool.get(phrase)
    if hits is None:
        hit = match_subject(phrase, list(pool), score_cutoff=score_cutoff)
        if not hit or not _same_frame(phrase, hit[0]):
            return None
        hits = pool[hit[0]]
    if len(hits) == 1:
        return hits[0]
    if len({g.period_key for g in hits}) < len(hits):  # one period in several size bands: the nearest band
        hits = _nearest_in_size(claim, hits, rules)
    by_period = {g.period_key: g for g in hits}
    if claim.period and claim.period[:4].isdigit():  # the group of its period, or one it contains or refines
        near = [k for k in by_period if k.startswith(claim.period) or claim.period.startswith(k)]
        if near:
            return by_period[max(near)]
    return by_period[max(by_period)]


def group_claims(claims: Iterable[Claim], rules: Rules, *, score_cutoff: float = SUBJECT_MATCH_CUTOFF,
                 split_voices: bool = True) -> tuple[list[Group], list[tuple[Claim, str]]]:
    """Group ``claims`` by subject; return the groups and the (claim, reason) pairs left out.

    With ``split_voices`` (the default), one body giving one subject two different values in one source
    splits the subject (:func:`_split_by_voice`); a draft checked against itself passes False, because
    there a text disagreeing with itself is the finding."""
    claims = list(claims)
    buckets: dict[tuple, list[Claim]] = {}
    phrases: dict[tuple[str, str], dict[str, tuple]] = {}  # (dimension, period) → subject phrase → bucket key
    left: list[tuple[Claim, str]] = []
    for c in claims:
        reason = why_ungrouped(c)
        if reason:
            left.append((c, reason))
            continue
        dim, period_key, phrase = subject_key(c, rules)
        known = phrases.setdefault((dim, period_key), {})
        key = known.get(phrase)
        if key is None and known:
            hit = match_subject(phrase, list(known), score_cutoff=score_cutoff)
            if hit and _same_frame(phrase, hit[0]):
                key = known[hit[0]]
            else:  # "Santa Luzia · passengers" and "Santa Luzia International Airport · passengers"
                key = next((known[k] for k in known if _long_form(phrase, k, rules.company_words)), None)
        if key is None:
            key = (dim, period_key, phrase)
            known[phrase] = key
        buckets.setdefault(key, []).append(c)
    buckets = _merge_name_variants(buckets, claims, rules)
    buckets = _merge_narrower(buckets, rules)
    buckets = _merge_set_against(buckets, claims)
    groups = []
    for (dim, period_key, phrase), bucket in buckets.items():
        for members in (m for part in _split_by_basis(bucket, rules) for m in _split_by_size(part, rules)):
            groups += _period_groups(members, dim, period_key, phrase, len(groups), rules if split_voices else None)
    return groups, left


def _merge_set_against(buckets: dict[tuple, list[Claim]], claims: list[Claim]) -> dict[tuple, list[Claim]]:
    """Join two subjects of one kind of quantity when a text sets a figure of one against a figure of the other
    ("3,100 families farm there, not the 2,400 homes the board counts"): the text itself says the two
    measure one thing, whatever words each was given."""
    if not any(c.set_against for c in claims):
        return buckets
    order = {c.id: i for i, c in enumerate(claims)}
    where = {(c.source, c.line, c.column): key for key, bucket in buckets.items() for c in bucket}
    for c in claims:
        key = where.get((c.source, c.line, c.column))
        other = where.get((c.source, *c.set_against)) if c.set_against else None
        if key is None or other is None or other == key or other[1] != key[1] or other[0] != key[0] and not (
                other[0].startswith("count of ") and key[0].startswith("count of ")):
            continue  # (one kind of quantity, things counted under any name, and actuals with actuals)
        big, small = sorted((key, other), key=lambda k: (-len(buckets[k]), order[buckets[k][0].id]))
        moved = buckets.pop(small)
        buckets[big] = sorted(buckets[big] + moved, key=lambda m: order[m.id])
        where.update({(m.source, m.line, m.column): big for m in moved})
    return buckets


def _merge_name_variants(buckets: dict[tuple, list[Claim]], claims: list[Claim], rules: Rules
                         ) -> dict[tuple, list[Claim]]:
    """Join subjects that differ only in the names they carry, when the texts show the names are one story.

    Two texts on one story often hang a figure on different names: the plant in one, its river or its country
    in another ("Tarnow plant · production" and "Ostland · production"). Two such subjects join when they
    measure the same metric in the same dimension and period, each name of one (entity, scope) is the same
    as the other's or is named by a claim of the other's sources (a scope also meets none), no source has figures in both (a text
    that gives both keeps them apart: "Ostland has 9.3 Mt, Nordavia 6.2 Mt"), and all their figures agree
    within :data:`VARIANT_AGREE_RATIO`. So a join only ever adds agreement; it never makes a disagreement."""
    named: dict[str, set[str]] = {}  # source → every entity and scope its claims carry
    for c in claims:
        named.setdefault(c.source, set()).update(x for x in (c.entity, c.scope) if x)
    try:
        sizes = {c.id: _size(c, rules) for bucket in buckets.values() for c in bucket}
    except Exception:  # noqa: BLE001 - a unit pint cannot read: join nothing
        return buckets

    def names_meet(x: str | None, y: str | None, here: set[str], there: set[str]) -> bool:
        if x == y:
            return True
        return x is not None and y is not None and (y in here or x in there)

    def joins(key: tuple, bucket: list[Claim], okey: tuple, other: list[Claim]) -> bool:
        srcs, osrcs = {c.source for c in bucket}, {c.source for c in other}
        if srcs & osrcs:
            return False
        here = set().union(*(named[s] for s in srcs))
        there = set().union(*(named[s] for s in osrcs))
        if not (names_meet(bucket[0].entity, other[0].entity, here, there)
                and (names_meet(bucket[0].scope, other[0].scope, here, there)
                     or bucket[0].scope is None or other[0].scope is None)):  # (one text named no commodity)
            return False
        vals = [sizes[c.id] for c in bucket + other]
        return min(vals) > 0 and max(vals) / min(vals) <= VARIANT_AGREE_RATIO

    # candidates: the same dimension, period key and metric
    return _join_buckets(buckets, lambda key, head: (*key[:2], head.metric) if head.metric is not None else None, joins)


def _join_buckets(buckets: dict[tuple, list[Claim]], index: Callable[[tuple, Claim], tuple | None],
                  joins: Callable[[tuple, list[Claim], tuple, list[Claim]], bool]) -> dict[tuple, list[Claim]]:
    """Fold each bucket, in reading order, into the first bucket kept before it that has the same ``index``
    (of its key and first claim; None: join nothing) and that ``joins(key, bucket, other_key, other)`` accepts;
    a bucket that joins none is kept. The shared walk of the refinements that join subjects."""
    out: dict[tuple, list[Claim]] = {}
    alike: dict[tuple, list[tuple]] = {}  # index → keys in ``out`` with it
    for key, bucket in buckets.items():
        idx = index(key, bucket[0])
        into = None if idx is None else next((okey for okey in alike.get(idx, []) if joins(key, bucket, okey, out[okey])),
                                             None)
        if into is None:
            out[key] = list(bucket)
            if idx is not None:
                alike.setdefault(idx, []).append(key)
        else:
            out[into] = out[into] + list(bucket)
    return out


#: Words that make a metric another quantity when a text adds them ("rise in exports" is no level of exports,
#: "part of the fleet" no fleet): a metric that differs from another by one of them never joins it.
_FRAME_WORDS = frozenset({"rise", "fall", "in", "share", "of", "part", "excess", "over", "shortfall", "from"})


def _narrower(a: str, b: str, frame: frozenset[str]) -> bool:
    """True when one metric is the other with words added that only narrow it ("household connections" and
    "connections", "smallholder tea farmers" and "smallholder farmers"), none of them a frame word."""
    wa, wb = set(a.lower().split()), set(b.lower().split())
    small, big = sorted((wa, wb), key=len)
    return small < big and not (big - small) & frame


def _same_count(a: str, b: str, metrics: str) -> bool:
    """Two count dimensions that the metrics show are one thing counted: the word after the number was a modifier
    ("412,000 household connections") or absent ("650,000, the council says")."""
    words = set(metrics.lower().split()) | {"(count)"}
    return (a.startswith("count of ") and b.startswith("count of ")
            and a.removeprefix("count of ").lower() in words and b.removeprefix("count of ").lower() in words)


def _merge_narrower(buckets: dict[tuple, list[Claim]], rules: Rules) -> dict[tuple, list[Claim]]:
    """Join subjects whose metrics differ only in words one text adds to narrow it ("412,000 household
    connections" in one text, "400,000 connections" in another), when no source has figures in both: a text
    that gives both ("4,100 staff, 2,300 of them mine staff") keeps them apart. Unlike name variants, the
    figures need not agree: both texts speak of one thing, so a gap between them is a finding."""
    frame = _FRAME_WORDS | {w for lx in rules.aspects for phrase in (lx.name, *lx.words) for w in phrase.lower().split()}

    def joins(key: tuple, bucket: list[Claim], okey: tuple, other: list[Claim]) -> bool:
        head, o = bucket[0], other[0]
        if o.metric == head.metric or {c.source for c in bucket} & {c.source for c in other}:
            return False
        if okey[0] != key[0] and not _same_count(okey[0], key[0], f"{head.metric} {o.metric}"):
            return False
        return _narrower(head.metric, o.metric, frame)

    # candidates: the same period key, entity and scope, with a metric
    return _join_buckets(buckets, lambda key, head: (key[1], head.entity, head.scope) if head.metric is not None
                         else None, joins)


def _period_groups(members: list[Claim], dim: str, period_key: str, phrase: str, n: int,
                   rules: Rules | None = None) -> list[Group]:
    """One subject's claims as groups, one per period for actuals (and, given ``rules``, per thing measured:
    :func:`_split_by_voice`); ids continue from ``n``."""
    groups = []
    for year, part in _split_by_period(members) if period_key == "actual" else [(None, members)]:
        when = period_key.removeprefix("by ")
        label = phrase if period_key == "actual" else f"{phrase} ({EARLIER})" if period_key == EARLIER else \
            f"{phrase} (target{'' if when == 'target' else ' ' + when})"
        if year:
            label = f"{label} ({year})"
        for piece in _split_by_voice(part, rules) if rules is not None else [part]:
            groups.append(Group(f"g{n + len(groups) + 1}", label, dim, period_key if not year else year, tuple(piece)))
    return groups


def _size(c: Claim, rules: Rules) -> float:
    """How big a claim's figure is in base units (a range by its middle, which is its value), for comparing
    sizes by ratio."""
    return abs(c.figure.value) * base_of(c.figure.unit, rules)[0]


def _log_gap(size: float, others) -> float:
    """How far ``size`` lies by ratio (on a log scale) from the nearest of ``others``; infinite for a zero."""
    return min((abs(math.log(o / size)) if o > 0 and size > 0 else math.inf for o in others), default=math.inf)


#: Kinds of figure that are shares of something: a text's own unattributed ones speak with one voice.
_SHARE_KINDS = frozenset({"percent", "points"})


def _span(c: Claim, rules: Rules) -> tuple[float, float]:
    """The values a claim's figure allows, in base units and by size: a range's ends, an open side of "up to"
    or "more than" reaching zero or infinity."""
    f = c.figure
    factor = base_of(f.unit, rules)[0]
    lo = f.low if f.low is not None else 0.0 if f.qualifier == "at_most" else f.value
    hi = f.high if f.high is not None else float("inf") if f.qualifier == "at_least" else f.value
    a, b = sorted((abs(lo) * factor, abs(hi) * factor))
    return a, b


def _split_by_voice(members: list[Claim], rules: Rules) -> list[list[Claim]]:
    """A body that gives one subject two values more than :data:`ONE_VOICE_SAME_RATIO` apart in one source
    is measuring two things the words did not tell apart ("an average of 4.6 TWh since it opened" and "its
    6.2 TWh design output", both "output"), not contradicting itself. Each of its values starts a group, and
    every other claim joins the one nearest it in size; repeated while any voice still disagrees with itself.
    Amounts no one is said to state are no voice, since unattributed amounts in one text often quote two
    bodies; a text's own unattributed shares are one ("the north grows 48 per cent of the crop, and jasmine
    rice makes up 21 per cent of it" are shares of two parts)."""
    try:
        sizes = {c.id: _size(c, rules) for c in members}
        spans = {c.id: _span(c, rules) for c in members}
    except Exception:  # noqa: BLE001 - a unit pint cannot read: keep the claims together
        return [members]

    def one_statement(a: Claim, b: Claim) -> bool:  # "up to 12 %" and "10-12 %"; "2,600 t" and "about 2,500 t"
        (alo, ahi), (blo, bhi) = spans[a.id], spans[b.id]
        return alo <= bhi * ONE_VOICE_SAME_RATIO and blo <= ahi * ONE_VOICE_SAME_RATIO

    voices: dict[tuple[str, str], list[Claim]] = {}
    for c in members:
        if c.attribution or c.figure.kind in _SHARE_KINDS:
            voices.setdefault((c.source, c.attribution), []).append(c)
    seeds: list[list[Claim]] = []
    for said in voices.values():
        runs: list[list[Claim]] = []
        for c in sorted(said, key=lambda c: sizes[c.id]):
            if runs and any(one_statement(c, o) for o in runs[-1]):
                runs[-1].append(c)
            else:
                runs.append([c])
        if len(runs) > len(seeds):
            seeds = runs
    if len(seeds) < 2:
        return [members]

    seed_of = {c.id: i for i, seed in enumerate(seeds) for c in seed}
    # a figure its own text sets against a seed's ("45 cents, not the 70 cents the buyer says it pays") measures
    # what that seed does, however far apart the two lie
    at = {(c.source, c.line, c.column): c for c in members}
    for i, seed in enumerate(seeds):
        for c in seed:
            if c.set_against and (other := at.get((c.source, *c.set_against))) is not None:
                seed_of.setdefault(other.id, i)
    against = {c.id: at.get((c.source, *c.set_against)) for c in members if c.set_against}
    parts: list[list[Claim]] = [[] for _ in seeds]
    for c in members:
        i = seed_of.get(c.id)
        if i is None and (other := against.get(c.id)) is not None:
            i = seed_of.get(other.id)
        if i is None:
            i = min(range(len(seeds)), key=lambda k: (_log_gap(sizes[c.id], (sizes[o.id] for o in seeds[k])), k))
        parts[i].append(c)
    parts.sort(key=lambda part: members.index(part[0]))  # the group read first comes first
    return [piece for part in parts for piece in _split_by_voice(part, rules)]


def _nearest_in_size(claim: Claim, hits: list[Group], rules: Rules) -> list[Group]:
    """Of groups split by size (:func:`_split_by_size`), for each period the one whose figures lie nearest
    ``claim``'s in size (by ratio)."""
    def gap(g: Group) -> float:
        return _log_gap(_size(claim, rules), (_size(c, rules) for c in g.claims))

    best: dict[str, Group] = {}
    for g in hits:
        if g.period_key not in best or gap(g) < gap(best[g.period_key]):
            best[g.period_key] = g
    return [g for g in hits if best[g.period_key] is g]


def _split_by_basis(members: list[Claim], rules: Rules) -> list[list[Claim]]:
    """Tonnes of rock dug and tonnes of what it holds ("4.2 Mt of ore", "48,000 t of nickel") are two things
    when one source gives both, at least :data:`MINED_BASIS_MIN_RATIO` apart: a basis of kind "mined" in the
    rules then makes its own group, in reading order. Other bases (oxide or metal) stay together and the
    verdict notes the difference, as does a mined basis that no text sets beside another."""
    mined = {lx.name for lx in rules.bases if lx.kind == "mined"}
    if not mined or not any(c.basis in mined for c in members):
        return [members]
    try:
        sizes = {c.id: _size(c, rules) for c in members}
    except Exception:  # noqa: BLE001 - a unit pint cannot read: keep the claims together
        return [members]
    by_source: dict[str, tuple[list[float], list[float]]] = {}
    for c in members:
        by_source.setdefault(c.source, ([], []))[c.basis in mined].append(sizes[c.id])
    if not any(dug and held and min(dug) > 0 and min(dug) >= MINED_BASIS_MIN_RATIO * max(held)
               for held, dug in by_source.values()):
        return [members]
    first = members[0].basis in mined
    return [[c for c in members if (c.basis in mined) == first], [c for c in members if (c.basis in mined) != first]]


def _split_by_size(members: list[Claim], rules: Rules) -> list[list[Claim]]:
    """Claims of one subject whose sizes lie more than :data:`SAME_THING_MAX_RATIO` apart, by a gap that is no
    slip of scale, measure different things the words did not tell apart (a £12 fare and a £3bn budget both
    "cost"): each size band is its own group, in reading order."""
    try:
        sized = [(_size(c, rules), c) for c in members]
    except Exception:  # noqa: BLE001 - a unit pint cannot read: keep the claims where they are
        return [members]
    band_of: dict[str, int] = {}
    band, prev = 0, None
    for size, c in sorted(sized, key=lambda sc: sc[0]):
        if prev and size / prev > SAME_THING_MAX_RATIO and not _scale_slip(size / prev):
            band += 1
        band_of[c.id] = band
        prev = size
    order = list(dict.fromkeys(band_of[c.id] for c in members))  # the band read first comes first
    return [[c for c in members if band_of[c.id] == b] for b in order]


def _scale_slip(ratio: float) -> bool:
    """Whether two sizes ``ratio`` apart are one figure with its scale word slipped (×1,000 or ×1,000,000)."""
    return any(abs(ratio / k - 1) <= SCALE_SLIP_TOLERANCE for k in SCALE_SLIPS)


def _split_by_period(members: list[Claim]) -> list[tuple[str | None, list[Claim]]]:
    """Actuals stated for different periods are different subjects (production in 2010 vs 2023, a price on
    6 May vs on 13 May). A period that another one refines ("2025" and "2025-04") is not a different one: it
    joins the latest period it contains. Claims that state no period join the year nearest the one their
    source is written in (the most recent year when that is unknown), the one news usually means (early in a
    year that has only forecasts beside last year's figures, last year: :data:`EARLY_IN_YEAR_LAST_MONTH`), and in
    it the latest period their source's date allows: a text dated 14 August that says a fire "has grown to
    48,300 hectares" is no reading of the area "by 2 September". With no such period it is a reading of
    its own day."""
    stated = sorted({c.period for c in members if c.period and c.period[:4].isdigit()})
    too_late = any(c.period is None and c.dated and any(_later(p, c.dated) for p in stated) for c in members)
    # a figure with no period beside one of its own text's for a period long over is of now, not of then ("81.4 per
    # cent" beside "84.6 per cent in 2024-25"); a period only other texts state may still be what it means (reserves
    # "as of January 2023" that a later text repeats without a date)
    own: dict[str, list[str]] = {}
    for c in members:
        if c.period and c.period[:4].isdigit():
            own.setdefault(c.source, []).append(c.period)

    def over_for(c: Claim) -> bool:
        return bool(c.period is None and c.dated and own.get(c.source)
                    and all(_over_before(p, c.dated) for p in own[c.source]))

    too_old = any(over_for(c) for c in members)
    # a quarter or a half is no reading of its year, nor of a figure that states no period
    part_apart = any(map(_year_part, stated)) and (
        any(c.period is None for c in members) or any(p[:4] in stated for p in stated if _year_part(p)))
    if len({p[:4] for p in stated}) < 2 and not too_late and not too_old and not part_apart and not any(
            not a.startswith(b) and not b.startswith(a) for a in stated for b in stated):
        return [(None, members)]
    # the most precise periods; a coarser one ("2025") that contains some joins the latest of them, though not
    # a quarter or a half of it: output in the fourth quarter is no reading of the year's output
    finest = [p for p in stated if not any(q != p and q.startswith(p) and not _year_part(q) for q in stated)]
    parts: dict[str | None, list[Claim]] = {p: [] for p in finest}
    years = sorted({p[:4] for p in finest})
    # a tally read by month or day ("by 2 September") makes a claim's own date its period when no stated one
    # fits; periods of a year or longer do not (ridership a text of October gives, beside a forecast for next
    # year, is the same count as the one a text of November gives)
    by_date = any(len(p) >= 7 and _ISO_PERIOD.fullmatch(p) for p in finest)
    for c in members:
        if c.period and c.period[:4].isdigit():
            inside = [p for p in finest if p.startswith(c.period) and (p == c.period or not _year_part(p))]
            key = inside[-1] if inside else c.period
        elif over_for(c):
            key = None  # every stated period was over a year before its source was written: not one of them
        else:
            early = c.dated is not None and len(c.dated) >= 7 and int(c.dated[5:7]) <= EARLY_IN_YEAR_LAST_MONTH
            over = [yy for yy in years if early and int(yy) < int(c.dated[:4])]
            if over and any(int(yy) >= int(c.dated[:4]) for yy in years):
                y = over[-1]  # a text of March 2026 with "2025" and a forecast "for 2026": its bare figures are of
                # the last year that was over when it was written
            elif c.written is not None:  # ties go to the later year
                y = min(years, key=lambda yy: (abs(int(yy) - c.written), -int(yy)))
            else:
                y = years[-1]
            allowed = [p for p in finest if p.startswith(y) and not (c.dated and _later(p, c.dated))]
            whole = [p for p in allowed if not _year_part(p)]
            if allowed and not whole:
                key = y  # a bare figure is no quarter's or half's: the year's, though no figure names the year
            elif whole:
                key = whole[-1]
            elif c.dated:
                key = c.dated if by_date else None  # None: with the other claims no stated period fits
            else:
                key = [p for p in finest if p.startswith(y)][-1]
        parts.setdefault(key, []).append(c)
    return [(p, part) for p, part in parts.items() if part]


def _year_part(period: str) -> bool:
    """Whether ``period`` is a quarter or a half of a year ("2025-Q4", "2025-H1"): a flow over part of the year."""
    return _QUARTER.fullmatch(period) is not None or _HALF.fullmatch(period) is not None


def _over_before(period: str, day: str) -> bool:
    """Whether ``period`` is older than anything a figure with no period in a text of ``day`` may mean: a year
    before last (2024 in a text of April 2026; 2025 may still be meant), or a split year that ended before the
    text's year (2024/25 in a text of April 2026, when 2025/26 is under way)."""
    end = int(period[:4]) + (1 if "/" in period else 0)
    return end < int(day[:4]) - (0 if "/" in period else 1)


def _later(period: str, day: str) -> bool:
    """Whether ``period`` ("2025-09-02", "2025-09", "2025-Q3", "2025-H1", the season "2024/25", "2025") begins after
    ``day`` ("2025-08-14"), compared as precisely as the coarser of the two is written."""
    if (q := _QUARTER.fullmatch(period)) is not None:
        period = f"{q.group(1)}-{3 * int(q.group(2)) - 2:02d}"  # a quarter begins in its first month
    elif (h := _HALF.fullmatch(period)) is not None:
        period = f"{h.group(1)}-{6 * int(h.group(2)) - 5:02d}"  # a half year in January or July
    elif not _ISO_PERIOD.fullmatch(period):
        period = period[:4]  # a season ("2024/25") or anything else: by the year it begins in
    n = min(len(period), len(day))
    return period[:n] > day[:n]


#: Periods :func:`_later` compares as written: a year, a month or a day.
_ISO_PERIOD = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
_QUARTER = re.compile(r"(\d{4})-Q([1-4])")
_HALF = re.compile(r"(\d{4})-H([12])")


def _same_frame(a: str, b: str) -> bool:
    """Fuzzy matching may join spellings of one subject, never two subjects that differ in a named part:
    the parts ("entity · metric · scope") must be as many, and each pair must itself match closely."""
    pa, pb = a.split(" · "), b.split(" · ")
    return len(pa) == len(pb) and all(fuzz.ratio(x.lower(), y.lower()) >= PART_MATCH_CUTOFF or i == 0 and _short_name(x, y)
                                      for i, (x, y) in enumerate(zip(pa, pb)))


def _long_form(a: str, b: str, company_words: Iterable[str] = ()) -> bool:
    """The same subject with its entity named short in one and in full in the other, the rest alike."""
    pa, pb = a.split(" · "), b.split(" · ")
    return (len(pa) == len(pb) and pa[1:] == pb[1:] and pa[0] != pb[0]
            and _short_name(pa[0], pb[0], frozenset(company_words)))


def _short_name(x: str, y: str, company_words: frozenset[str] = frozenset()) -> bool:
    """A name and its long form: "Santa Luzia" and "Santa Luzia International Airport" (the shorter opens the
    longer, word for word; "Africa" does not open "South Africa"). A one-word name joins its long form only when
    what follows is a company word ("Velmar" and "Velmar Steel Ltd")."""
    short, long_ = sorted((x.split(), y.split()), key=len)
    if long_[:len(short)] != short:
        return False
    return len(short) >= SHORT_NAME_MIN_WORDS or bool(company_words) and all(w in company_words for w in long_[len(short):])


# ---- second chance: figures the subject rules left alone, linked by the words around them ----------------------

#: How many words on each side of a figure, in its sentence, make its cue: what the sentence says the figure is
#: about, read for figures the subject rules left alone.
CUE_WINDOW_WORDS = 4
#: Two cues are about one thing when they share at least this many words ...
CUE_MIN_SHARED = 2
#: ... and the shared words are at least this share of the smaller cue ("rail spur" beside "a 38-kilometre rail
#: spur" and "an 83-kilometre rail spur"). With CUE_MIN_SHARED, this is where "nearly the same words" is decided.
CUE_MIN_OVERLAP = 0.5
#: A figure linked by its words alone lies at most this many times from the figures it joins, unless the gap is a
#: slip of one digit's place (×10, :data:`DIGIT_SLIP`) or of a scale word (:data:`SCALE_SLIPS`). Weak evidence of
#: sameness asks for closer values than :data:`SAME_THING_MAX_RATIO`: two bodies' counts of one thing seldom lie
#: three times apart, while a province's burned area and one fire's, in like words, often do.
CUE_LINK_MAX_RATIO = 3
#: A figure written with its decimal point or a zero out of place: ten times the other.
DIGIT_SLIP = 10

_CUE_WORD = re.compile(r"[A-Za-z][a-z'’-]*[a-z]")
#: How far (as a share) a lone figure may lie from one its own text gives elsewhere and still be the
#: same figure repeated ("A$1.8 billion" in a headline and "A$1.8bn" below it). A text that writes one number
#: twice in one kind of unit means one thing by it, so joining them only ever adds agreement.
REPEAT_SLACK = 0.005
#: What a group's ``linked`` records for a figure placed with the one its own text repeats.
REPEATED = ("(repeated)",)


def figure_cue(claim: Claim, ignore: frozenset[str] = frozenset()) -> frozenset[str]:
    """The words within :data:`CUE_WINDOW_WORDS` of a claim's figure in its sentence, lower-cased and crudely
    made singular ("spurs" meets "spur"), leaving out the figure's own words, names (capitalised words inside
    the sentence: who or where, not what), words under three letters and ``ignore`` (rules' [cues] ignore)."""
    s, text = claim.sentence, claim.figure.text
    at = s.find(text)
    if at < 0:
        return frozenset()
    near = list(_CUE_WORD.finditer(s, 0, at))[-CUE_WINDOW_WORDS:] + list(_CUE_WORD.finditer(s, at + len(text)))[:CUE_WINDOW_WORDS]
    words = set()
    for m in near:
        w = m.group(0)
        if w[0].isupper() and m.start() > 0:
            continue
        w = w.lower().replace("’", "'")
        if len(w) < 3 or w in ignore:
            continue
        words.add(w[:-1] if w.endswith("s") and len(w) > 4 and not w.endswith("ss") else w)
    return frozenset(words)


def cue_overlap(a: frozenset[str], b: frozenset[str]) -> float:
    """The share of the smaller cue that the other holds too; 0 when they share under :data:`CUE_MIN_SHARED` words."""
    shared = len(a & b)
    return 0.0 if shared < CUE_MIN_SHARED else shared / min(len(a), len(b))


def link_by_cues(groups: list[Group], left: list[tuple[Claim, str]], rules: Rules
                 ) -> tuple[list[Group], list[tuple[Claim, str]]]:
    """Give the figures the subject rules left alone a second chance, by the words around them.

    A claim alone in its group, or left out for want of an entity or a metric, first joins the group of a figure
    its own text gives again, in the same kind of unit and period, within :data:`REPEAT_SLACK` (a headline and
    its lead). Else it joins the group whose claims'
    cues (:func:`figure_cue`) best match its own, reaching :data:`CUE_MIN_OVERLAP`, when: the group has no
    claim from its source (a text that gives two figures tells them apart), they measure the same kind of
    quantity for the same period, no scope (commodity) differs, no two entities the rules know as places
    differ, and the values lie within :data:`CUE_LINK_MAX_RATIO` or a slip (:func:`_slip`). Claims left out
    that match each other make a group. Two groups the rules made join only when one text's figure (not a share)
    sits in both, repeated within :data:`REPEAT_SLACK` for the same period; each
    linked claim is recorded in its group's ``linked`` with the words that placed it (or :data:`REPEATED`),
    for the verdict to show."""
    loose = [c for c, why in left if why.startswith(("no metric found", "no entity found"))]
    single = [g.claims[0] for g in groups if len(g.claims) == 1]
    ignore = frozenset(w.lower() for w in rules.cue_ignore + rules.attribution_verbs)
    every = [c for g in groups for c in g.claims] + loose
    try:
        sizes = {c.id: _size(c, rules) for c in every}
    except Exception:  # noqa: BLE001 - a unit pint cannot read: leave everything as the rules placed it
        return groups, left
    cues = {c.id: figure_cue(c, ignore) for c in every}
    kinds = {c.id: subject_key(c, rules)[:2] for c in every}
    # the period a claim stands for: its group's, where the rules split a subject by period (a tally read on
    # 14 August is no reading of 3 September), else its own
    when = {c.id: c.period for c in every} | {c.id: g.period_key for g in groups for c in g.claims
                                               if kinds[c.id][1] == "actual" != g.period_key}
    places = {lx.name for lx in rules.entities}
    known = frozenset(lx.name for lx in rules.metrics)
    # metrics that say what a figure is even after another metric's word ("cap withdrawals at 11 million m3" is a
    # quota, not the water drawn): a figure of one never joins a figure of another by wording, nor their groups by
    # a shared figure
    apart = frozenset(lx.name for lx in rules.metrics if lx.kind == "after")

    def kept_apart(a: str | None, b: str | None) -> bool:  # a limit and another measure
        return a != b and (a in apart or b in apart)
    named: dict[str, set[str]] = {}  # source → the entities its claims carry
    for c in every + [c for c, _ in left]:
        named.setdefault(c.source, set()).add(c.entity)

    def may_join(c: Claim, m: Claim) -> bool:
        x, y = sizes[c.id], sizes[m.id]
        return (m.source != c.source and kinds[m.id] == kinds[c.id]
                and (x == y if x <= 0 or y <= 0 else _slip(max(x, y) / min(x, y)))
                and (when[c.id] is None or when[m.id] is None or when[c.id].startswith(when[m.id])
                     or when[m.id].startswith(when[c.id]))
                and not (c.scope and m.scope and c.scope != m.scope)
                and not kept_apart(c.metric, m.metric)
                and (c.entity == m.entity or not (c.entity and m.entity)
                     or c.entity not in places and m.entity not in places
                     and (m.entity in named[c.source] or c.entity in named[m.source])))

    def fit(c: Claim, members: list[Claim]) -> float:
        if not all(may_join(c, m) for m in members):
            return 0.0
        return max(cue_overlap(cues[c.id], cues[m.id]) for m in members)

    members = [list(g.claims) for g in groups]
    linked = [dict(g.linked) for g in groups]
    alone_in = {g.claims[0].id: i for i, g in enumerate(groups) if len(g.claims) == 1}
    # where each text's figures sit, by value (a repeat) and by cue word (a candidate to match): looked up, not
    # searched, so a run of thousands of groups stays linear
    repeats: dict[tuple, list[int]] = {}
    by_word: dict[str, set[int]] = {}
    for i, g in enumerate(groups):
        for m in g.claims:
            repeats.setdefault(_repeat_key(m, kinds[m.id], sizes[m.id]), []).append(i)
            for w in cues[m.id]:
                by_word.setdefault(w, set()).add(i)
    moved: set[str] = set()

    def placed(c: Claim, i: int) -> None:  # a claim that moved is found where it went
        repeats.setdefault(_repeat_key(c, kinds[c.id], sizes[c.id]), []).append(i)
        for w in cues[c.id]:
            by_word.setdefault(w, set()).add(i)

    for c in single + loose:
        if c.id in moved:
            continue
        here = alone_in.get(c.id)
        # a figure its own text gives again elsewhere (a headline and its lead, a quote and a summary): one figure
        key = _repeat_key(c, kinds[c.id], sizes[c.id])
        echo = next((i for i in repeats.get(key, ()) if i != here and members[i] and any(
            m.source == c.source and m.id != c.id and not (key[3] and _measure_differs(c.metric, m.metric, known))
            and (kinds[m.id][1] == kinds[c.id][1] or c.period is None)  # (an undated figure repeats a dated one)
            and not kept_apart(c.metric, m.metric)
            for m in members[i])), None)  # (a share repeated for another measure is another share: "12 per cent")
        if echo is not None:
            if here is not None:
                members[here] = []
            members[echo].append(c)
            linked[echo][c.id] = REPEATED
            moved.add(c.id)
            placed(c, echo)
            continue
        seen: dict[int, int] = {}
        for w in cues[c.id]:
            for i in by_word.get(w, ()):
                seen[i] = seen.get(i, 0) + 1
        best, best_fit = None, 0.0
        for i in sorted(k for k, n in seen.items() if n >= CUE_MIN_SHARED):
            ms = members[i]
            if i == here or not ms or (len(ms) == 1 and ms[0].id in moved):
                continue
            score = fit(c, ms)
            if score >= CUE_MIN_OVERLAP and score > best_fit:
                best, best_fit = i, score
        if best is None:
            continue
        if here is not None:
            members[here] = []
        members[best].append(c)
        linked[best][c.id] = tuple(sorted(max((cues[c.id] & cues[m.id] for m in members[best] if m is not c), key=len)))
        moved.add(c.id)
        placed(c, best)
    # two groups that hold one text's figure twice (a headline's in one, its lead's in the other) are one subject
    # the rules named two ways; shares are left out, since a text often gives one per cent for two things
    into = list(range(len(members)))  # each group's index after the joins (a union-find without ranks)

    def root(i: int) -> int:
        while into[i] != i:
            into[i] = into[into[i]]
            i = into[i]
        return i

    for key, where in repeats.items():
        for j in where[1:]:
            a, b = root(where[0]), root(j)
            if key[3] or a == b or not members[a] or not members[b] or groups[a].period_key != groups[b].period_key:
                continue
            if kept_apart(groups[a].claims[0].metric, groups[b].claims[0].metric):
                continue  # (the figure was read once as the limit and once as the amount: one reading is wrong)
            linked[a].update(linked[b])  # (the twin says why the two groups are one)
            linked[a].update({c.id: REPEATED for c in members[b]
                              if _repeat_key(c, kinds[c.id], sizes[c.id]) == key})
            members[a], members[b] = members[a] + members[b], []
            into[b] = a
    out = [replace(g, claims=tuple(ms), linked=tuple(lk.items())) for g, ms, lk in zip(groups, members, linked) if ms]
    made: list[list[Claim]] = []
    for c in (c for c in loose if c.id not in moved):
        home = next((ms for ms in made if fit(c, ms) >= CUE_MIN_OVERLAP), None)
        if home is None:
            made.append([c])
        else:
            home.append(c)
    for ms in (ms for ms in made if len(ms) > 1):
        words = tuple(sorted(cues[ms[0].id] & cues[ms[1].id]))
        dim, period_key = kinds[ms[0].id]
        out.append(Group(f"g{len(out) + 1}", " ".join(words), dim, period_key, tuple(ms),
                         tuple((c.id, tuple(sorted(cues[c.id] & cues[ms[0].id]))) for c in ms[1:])))
        moved.update(c.id for c in ms)
    return out, [(c, why) for c, why in left if c.id not in moved]


#: How a metric names a change or a part of what it measures ("rise in exports" measures exports).
_METRIC_FRAME = re.compile(r"^(?:rise in|fall in|share of|part of|excess over|shortfall from)\s+")


def _measure_differs(a: str | None, b: str | None, known: frozenset[str]) -> bool:
    """Whether two metrics the rules know (``known``) name different things once their frames are set aside
    ("rise in employment" and "share of production"); a missing metric, or a text's own words for one, differs
    from nothing."""
    a, b = (_METRIC_FRAME.sub("", m) if m else None for m in (a, b))
    return bool(a and b and a != b and a in known and b in known)


def _repeat_key(c: Claim, kind: tuple[str, str], size: float) -> tuple:
    """What a figure repeated in its own text shares with itself: the text, the kind of quantity, the size to four
    significant figures (:data:`REPEAT_SLACK`), and whether it is a share. (The period is checked apart: a
    headline's "heads for ¥31.4 billion" states none, while its lead's "expects to spend ¥31.4 billion in fiscal
    2025" is a target.)"""
    dimension = kind[0]
    if c.figure.kind == "money" and "[time]" not in dimension:  # "39 meticais per kilogram, not the 47 meticais"
        # ... "the 47 meticais was an average": a price repeated without its "per kilogram" is the same price (its
        # currency and its number as written); a wage or a fare per hour or per year is left as it is
        dimension, size = dimension.split("*")[0], abs(c.figure.value)
    rounded = float(f"{size:.4g}") if size > 0 else size
    return c.source, dimension, rounded, c.figure.kind in _SHARE_KINDS


def _slip(ratio: float) -> bool:
    """Whether two values ``ratio`` apart may be one figure for :func:`link_by_cues`: close
    (:data:`CUE_LINK_MAX_RATIO`), or a digit's place (:data:`DIGIT_SLIP`) or a scale word (:func:`_scale_slip`) off."""
    return ratio <= CUE_LINK_MAX_RATIO or abs(ratio / DIGIT_SLIP - 1) <= SCALE_SLIP_TOLERANCE or _scale_slip(ratio)


#: How a group marks a per cent figure placed beside the percentage points it misquotes (see
#: :func:`link_points_as_percent`).
POINTS_AS_PERCENT = ("(percentage points as per cent)",)


def link_points_as_percent(groups: list[Group], left: list[tuple[Claim, str]], rules: Rules
                           ) -> tuple[list[Group], list[tuple[Claim, str]]]:
    """Put a per cent change beside the change in percentage points it misquotes: "the local share rose 6
    percentage points" in one text, "local hires went up 6 per cent" in another. The number is the same and the
    unit is not, so no subject rule or size test brings them together, and a fact-checker wants exactly this pair.

    A per cent figure (alone in its group, in a group of its own text only, or left out) joins the group of a
    percentage-points figure from another text when: the numbers are equal, their directions (when both are
    known) and periods do not clash, no scope differs, their entities are the same (or one is missing), and
    their metrics do not name two different things the rules know. An ambiguous figure (equal to points in two
    groups) stays where it is. The comparison then sets the two units apart (:mod:`reecheck.compare`)."""
    known = frozenset(lx.name for lx in rules.metrics)
    points = [(i, c) for i, g in enumerate(groups) for c in g.claims if c.figure.kind == "points"]
    if not points:
        return groups, left
    by_value: dict[float, list[tuple[int, Claim]]] = {}
    for i, c in points:
        by_value.setdefault(round(abs(c.figure.value), 6), []).append((i, c))

    def fits(x: Claim, p: Claim) -> bool:
        fx, fp = x.figure, p.figure
        return (x.source != p.source and not (fx.direction and fp.direction and fx.direction != fp.direction)
                and (x.period is None or p.period is None or x.period.startswith(p.period) or p.period.startswith(x.period))
                and not (x.scope and p.scope and x.scope != p.scope)
                and (x.entity is None or p.entity is None or x.entity == p.entity)
                and not _measure_differs(x.metric, p.metric, known))

    members = [list(g.claims) for g in groups]
    linked = [dict(g.linked) for g in groups]
    home = {c.id: i for i, g in enumerate(groups) for c in g.claims}
    loose = [c for c, _ in left if c.figure.kind == "percent"]
    moved: set[str] = set()
    for x in [c for g in groups for c in g.claims if c.figure.kind == "percent"] + loose:
        here = home.get(x.id)
        if here is not None and any(m.source != x.source for m in members[here]):
            continue  # (a figure another text already backs stays with it)
        hits = {i for i, p in by_value.get(round(abs(x.figure.value), 6), ()) if i != here and fits(x, p)}
        if len(hits) != 1:
            continue
        (to,) = hits
        if here is not None:
            members[here].remove(x)
        members[to].append(x)
        linked[to][x.id] = POINTS_AS_PERCENT
        moved.add(x.id)
    out = [replace(g, claims=tuple(ms), linked=tuple(lk.items())) for g, ms, lk in zip(groups, members, linked) if ms]
    return out, [(c, why) for c, why in left if c.id not in moved]
