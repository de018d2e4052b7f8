"""Stage 7, draft: check each figure of a draft against the groups its sources form.

Reads: the draft's :class:`~reecheck.context.Claim` records (stages 1-3 run on the draft alone) and the
sources' :class:`~reecheck.report.Report` (stages 1-6). Adds: one :class:`Finding` per draft figure, with a
verdict, the evidence behind it and advice, plus the draft's disagreements with itself.

Verdicts, worst first (``VERDICTS``):

- **contradicted**: the subject is in the sources and no camp agrees with the figure (a power-of-ten gap
  is called a scale error); a stated ratio ("ten-fold") that the sources' figures do not bear out.
- **misattributed**: the draft names a body the sources quote on this subject with another figure, and
  the draft's figure is some other body's.
- **disputed**: the sources disagree among themselves; the figure sides with one camp and the draft does
  not say whose figure it is (the advice names the bodies behind each camp).
- **unsupported**: no source gives this subject (or the draft's sentence does not say what it measures).
- **supported**: every camp the sources form on this subject agrees, or the draft names the body whose
  camp agrees ("attribution confirmed").

Agreement is the comparison stage's: :func:`reecheck.compare.interval` and :func:`reecheck.compare.agree`
with the subject's tolerance, so "about 2,600 t" meets "2,500-2,600 t" and "less than 1 %" meets "1 %".
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from rapidfuzz import fuzz

from .compare import Camp, Verdict, agree, camp_text, compare_group, interval, stated_ratio_verdict
from .context import EARLIER, Claim
from .groups import Group, find_group, group_claims, subject_key, why_ungrouped
from .report import Report
from .rules import Rules
from .sources import Source

#: Verdicts from the most to the least serious; reports list findings in this order.
VERDICTS = ("contradicted", "misattributed", "disputed", "unsupported", "supported")
#: What a draft's disagreement with itself is called in findings and lint lines.
INCONSISTENT = "inconsistent"
#: The verdicts that fail a run by default (``--fail-on``): the ones an editor must fix before publishing.
DEFAULT_FAIL_ON = ("contradicted", "misattributed")
#: A gap within this factor of a power of ten (×10, ×1000, …) reads as a slipped decimal point or scale word.
SCALE_ERROR_SLACK = 1.05
#: rapidfuzz token_set_ratio (0-100) at which two attributions are taken to name the same body
#: ("the Ministry of Natural Resources" and "Ministry of Natural Resources, Nordavia").
SAME_BODY_CUTOFF = 90
#: How far back (characters) a stated ratio ("a ten-fold gap") looks for the figures it compares, when
#: its own sentence has none: about two short paragraphs.
RATIO_LOOKBACK_CHARS = 600


@dataclass(frozen=True)
class Finding:
    """One draft figure, what the sources say about it and what the editor should do."""

    claim: Claim
    verdict: str
    message: str
    advice: str = ""
    group: Group | None = None
    evidence: tuple[Claim, ...] = ()
    ratio: float | None = None  # draft figure against the nearest camp (contradicted) or stated vs actual gap


@dataclass(frozen=True)
class Conflict:
    """Two figures of the draft on one subject that do not agree with each other."""

    first: Claim
    second: Claim
    message: str


@dataclass(frozen=True)
class DraftReport:
    """A draft checked against its sources."""

    draft: Source
    findings: tuple[Finding, ...]
    conflicts: tuple[Conflict, ...]
    sources: Report
    skipped: tuple = ()  # the draft's numbers that are not figures (years, dates, …)

    def counts(self) -> dict[str, int]:
        out = {v: sum(f.verdict == v for f in self.findings) for v in VERDICTS}
        out[INCONSISTENT] = len(self.conflicts)
        return out

    def as_dict(self) -> dict:
        """The JSON form: ``draft``, ``figures`` (one per draft figure), ``conflicts``, ``summary``, ``coverage``."""
        figures = []
        for f in self.findings:
            c, fig = f.claim, f.claim.figure
            figures.append({
                "id": c.id, "text": fig.text, "line": c.line, "column": c.column, "value": fig.value,
                "low": fig.low, "high": fig.high, "unit": fig.unit, "qualifier": fig.qualifier, "kind": fig.kind,
                "subject": c.subject, "attribution": c.attribution, "period": c.period, "sentence": c.sentence,
                "verdict": f.verdict, "message": f.message, "advice": f.advice,
                "group": f.group.id if f.group else None,
                "ratio": round(f.ratio, 3) if f.ratio else None,
                "evidence": [{"source": e.source, "sentence": e.sentence, "text": e.figure.text,
                              "value": e.figure.value, "unit": e.figure.unit, "attribution": e.attribution,
                              "line": e.line, "column": e.column} for e in f.evidence],
            })
        conflicts = [{"figures": [k.first.id, k.second.id], "line": k.second.line, "column": k.second.column,
                      "message": k.message} for k in self.conflicts]
        src = self.sources.coverage()
        return {
            "draft": self.draft.name,
            "figures": figures,
            "conflicts": conflicts,
            "summary": self.counts(),
            "coverage": {
                "draft_status": self.draft.status, "draft_problem": self.draft.problem or None,
                "draft_figures": len(self.findings), "draft_numbers_skipped": len(self.skipped),
                "draft_skipped_by_reason": _tally(s.reason for s in self.skipped),
                "sources_found": src["sources_found"], "sources_read": src["sources_read"],
                "sources_skipped": src["sources_skipped"], "source_figures": src["figures_kept"],
                "source_groups": src["groups"],
            },
        }

    def failed(self, fail_on) -> bool:
        """True when any finding has a verdict in ``fail_on`` (which may include ``inconsistent``)."""
        wanted = set(fail_on)
        return any(f.verdict in wanted for f in self.findings) or (INCONSISTENT in wanted and bool(self.conflicts))


def _tally(items) -> dict[str, int]:
    out: dict[str, int] = {}
    for i in items:
        out[i] = out.get(i, 0) + 1
    return out


def same_body(a: str | None, b: str | None) -> bool:
    """True when two attributions name one body: equal, one's words within the other's, or a close fuzzy match."""
    if not a or not b:
        return False
    if a == b:
        return True
    wa, wb = _words(a), _words(b)
    if wa <= wb or wb <= wa:
        return True
    return fuzz.token_set_ratio(a, b, processor=str.lower) >= SAME_BODY_CUTOFF


#: Words that do not tell bodies apart ("the ministry" is "Ministry of X").
_FILLER = frozenset("the a an of for and 's".split())


def _words(name: str) -> set[str]:
    return set(re.findall(r"[\w.&-]+", name.lower().replace("’s", "").replace("'s", ""))) - _FILLER


def check_figures(draft_claims: list[Claim], report: Report, rules: Rules) -> tuple[list[Finding], list[Conflict]]:
    """A verdict for each draft claim against the sources' report, and the draft's conflicts with itself."""
    verdict_of = {v.group.id: v for v in report.verdicts}
    groups = [v.group for v in report.verdicts]
    findings: dict[str, Finding] = {}
    for c in draft_claims:
        if c.figure.kind == "multiple":
            continue
        g = (find_group(c, groups, rules) or _loose_group(c, groups, rules) or _earlier_group(c, groups, rules)
             or _target_group(c, groups, rules))
        findings[c.id] = _judge(c, verdict_of[g.id], rules) if g else _unsupported(c, report, rules)
    for c in draft_claims:
        if c.figure.kind == "multiple":
            findings[c.id] = _judge_ratio(c, draft_claims, findings, verdict_of)
    ordered = [findings[c.id] for c in draft_claims]
    return ordered, _self_conflicts(draft_claims, rules)


def _loose_group(c: Claim, groups: list[Group], rules: Rules) -> Group | None:
    """When the draft does not name what the figure is of ("reserves stand at 3.8 Mt" in a story whose
    material the sentence leaves out), the one group with the same entity, metric and dimension; None
    when there is no such group or more than one (the draft must then say which)."""
    if why_ungrouped(c) or c.scope:
        return None
    dim, period_key, _ = subject_key(c, rules)
    hits = [g for g in groups if g.claims[0].entity == c.entity and g.claims[0].metric == c.metric
            and subject_key(g.claims[0], rules)[:2] == (dim, period_key)]
    return hits[0] if len(hits) == 1 else None


def _earlier_group(c: Claim, groups: list[Group], rules: Rules) -> Group | None:
    """A draft's present-tense figure may be what the sources give as the starting point of a change
    ("imports fell from about 75 % ..."): the group of those starting points, if its subject matches."""
    if c.is_target or c.period == EARLIER:
        return None
    return find_group(replace(c, period=EARLIER), groups, rules)


def _target_group(c: Claim, groups: list[Group], rules: Rules) -> Group | None:
    """A draft's goal with no year ("it targets 50,000 t a year") meets the sources' goal for the same
    subject when they give it for one year only."""
    if not c.is_target or c.period not in (None, "target"):
        return None
    years = {g.period_key for g in groups if g.period_key.startswith("by ")}
    hits = [g for y in sorted(years) if (g := find_group(replace(c, period=y), groups, rules))]
    return hits[0] if len(hits) == 1 else None


def _year_gap(c: Claim, g: Group) -> str | None:
    """The years the sources give this subject for, when every source states one and none is the draft's."""
    if not c.period or not c.period[:4].isdigit() or c.is_target:
        return None
    years = {o.period[:4] for o in g.claims if o.period and o.period[:4].isdigit()}
    if not years or any(not (o.period and o.period[:4].isdigit()) for o in g.claims):
        return None
    return None if c.period[:4] in years else ", ".join(sorted(years))


def _agrees(c: Claim, camp: Camp, rel: float, rules: Rules) -> bool:
    iv = interval(c, rules)
    return any(agree(iv, interval(o, rules), rel) for o in camp.claims)


def _gap(c: Claim, camp: Camp, rules: Rules) -> float | None:
    """How many times bigger the larger of the draft figure and the camp's value is than the smaller."""
    a, b = abs(interval(c, rules).nominal), abs(camp.value)
    if not a or not b:
        return None
    return max(a, b) / min(a, b)


def _power_of_ten(gap: float | None) -> int:
    """k when ``gap`` is 10**k (k ≥ 1) within SCALE_ERROR_SLACK, else 0."""
    if not gap:
        return 0
    k = round(math.log10(gap))
    return k if k >= 1 and abs(math.log10(gap) - k) <= math.log10(SCALE_ERROR_SLACK) else 0


def _bodies(camp: Camp) -> str:
    """Who stands behind a camp: its bodies, or the sources when they name none."""
    return ", ".join(camp.attributions) or f"{', '.join(camp.sources)} (no body named)"


def _owner(name: str) -> str:
    return f"{name}’" if name.endswith("s") else f"{name}’s"


def _cite(camp: Camp) -> str:
    who = f"{', '.join(camp.attributions)}; " if camp.attributions else ""
    return f"{camp_text(camp)} ({who}{', '.join(camp.sources)})"


def _judge(c: Claim, v: Verdict, rules: Rules) -> Finding:
    """The verdict for a draft claim whose subject the sources give (group ``v``)."""
    other_years = _year_gap(c, v.group)
    if other_years:
        return Finding(c, "unsupported",
                       f"{c.figure.text} in {c.period[:4]}: the sources give {v.group.subject} only for {other_years}",
                       f"check the year; the sources say {' / '.join(camp_text(cp) for cp in v.camps)} for {other_years}",
                       v.group, tuple(x for cp in v.camps for x in cp.claims))
    metric = v.group.claims[0].metric
    kind = "percent" if v.group.dimension == "percent" else None
    rel = rules.tolerance("relative", metric, kind)
    agreeing = [cp for cp in v.camps if _agrees(c, cp, rel, rules)]
    named = c.attribution
    own = [cp for cp in v.camps if any(same_body(named, a) for a in cp.attributions)] if named else []
    own_agrees = [cp for cp in own if cp in agreeing]
    disputed = v.status == "discrepancy"
    fig = c.figure.text

    if own_agrees:
        ev = tuple(x for cp in own_agrees for x in cp.claims)
        note = " (the sources themselves disagree on this subject)" if disputed else ""
        return Finding(c, "supported", f"{fig}: {_owner(named)} figure, attribution confirmed{note}", "", v.group, ev)
    if own and agreeing:
        theirs = agreeing[0]
        ev = tuple(x for cp in own + [theirs] for x in cp.claims)
        return Finding(c, "misattributed",
                       f"{fig} is the figure of {_bodies(theirs)}; the sources quote {named} as "
                       + " and ".join(camp_text(cp) for cp in own),
                       f"attribute {fig} to {_bodies(theirs)}, or give {_owner(named)} figure "
                       f"({camp_text(own[0])})", v.group, ev)
    if not agreeing:
        gaps = {id(cp): _gap(c, cp, rules) for cp in v.camps}
        scaled = [cp for cp in v.camps if _power_of_ten(gaps[id(cp)])]
        near = scaled[0] if scaled else min(v.camps, key=lambda cp: math.log(gaps[id(cp)] or math.inf))
        gap = gaps[id(near)]
        msg = f"{fig} does not match the sources: " + ("" if scaled else "nearest is ") + _cite(near)
        if gap:
            msg += f", ×{gap:.1f} apart"
        advice = f"check the figure against {near.claims[0].source}:{near.claims[0].line}"
        if scaled:
            msg += f" (a scale error: off by a factor of {10 ** _power_of_ten(gap):,})"
            advice = f"likely a slipped decimal point or scale word: the sources say {camp_text(near)}"
        if own:
            msg += f"; the sources quote {named} as {' and '.join(camp_text(cp) for cp in own)}"
        return Finding(c, "contradicted", msg, advice, v.group, near.claims, gap)
    ev = tuple(x for cp in agreeing for x in cp.claims)
    if disputed:
        others = [cp for cp in v.camps if cp not in agreeing]
        sides = "; ".join(f"{camp_text(cp)}: {_bodies(cp)}" for cp in v.camps)
        if named:
            msg = (f"{fig} sides with {_bodies(agreeing[0])}; the sources do not quote {named} on it, "
                   f"and they disagree ({sides})")
        else:
            msg = f"{fig} sides with {_bodies(agreeing[0])}; the sources disagree ({sides})"
        advice = (f"attribute it: {camp_text(agreeing[0])} is the figure of {_bodies(agreeing[0])}; "
                  + "; ".join(f"{camp_text(cp)} is that of {_bodies(cp)}" for cp in others))
        return Finding(c, "disputed", msg, advice, v.group, ev + tuple(x for cp in others for x in cp.claims), v.ratio)
    msg = f"{fig} agrees with {', '.join(dict.fromkeys(x.source for x in ev))}"
    advice = ""
    if named and any(cp.attributions for cp in v.camps):
        bodies = ", ".join(dict.fromkeys(a for cp in v.camps for a in cp.attributions))
        advice = f"the sources attribute this figure to {bodies}, not to {named}"
    return Finding(c, "supported", msg, advice, v.group, ev)


def _unsupported(c: Claim, report: Report, rules: Rules) -> Finding:
    """No group to check against: say why, and point at a source figure of the same value if there is one."""
    why = why_ungrouped(c)
    msg = f"{c.figure.text}: " + (f"cannot be checked: {why}" if why else "no source gives this subject")
    iv = interval(c, rules)
    rel = rules.tolerance("relative", c.metric)
    for o in report.claims:
        if o.figure.kind == c.figure.kind and o.figure.unit == c.figure.unit and o.figure.kind != "count" \
                and agree(iv, interval(o, rules), rel):
            return Finding(c, "unsupported", msg,
                           f"{o.source}:{o.line} gives {o.figure.text} for {o.subject}; is that the same subject?",
                           None, (o,))
    return Finding(c, "unsupported", msg, "find a source for it or cut it" if not why else "")


def _judge_ratio(m: Claim, draft_claims: list[Claim], findings: dict[str, Finding],
                 verdict_of: dict[str, Verdict]) -> Finding:
    """A stated ratio ("a ten-fold gap") checked against the sources' camps for the figures next to it."""
    near = [c for c in draft_claims if c.figure.kind != "multiple" and c.id in findings and findings[c.id].group
            and ((c.line, c.sentence) == (m.line, m.sentence)
                 or 0 <= m.figure.start - c.figure.end <= RATIO_LOOKBACK_CHARS)]
    near.sort(key=lambda c: ((c.line, c.sentence) != (m.line, m.sentence), abs(m.figure.start - c.figure.start)))
    for c in near:
        v = verdict_of[findings[c.id].group.id]
        if v.ratio is None or len(v.camps) < 2:
            continue
        stated = m.figure.value
        if stated <= 0:
            break
        ev = tuple(x for cp in v.camps for x in cp.claims)
        sides = " vs ".join(camp_text(cp) for cp in v.camps)
        word = stated_ratio_verdict(stated, v.ratio)
        if word == "fair":
            return Finding(m, "supported", f"{m.figure.text}: the sources' figures give ×{v.ratio:.1f} ({sides})",
                           "", v.group, ev, v.ratio)
        return Finding(m, "contradicted",
                       f"{word} ratio: {m.figure.text} where the sources' figures give ×{v.ratio:.1f} ({sides})",
                       f"say ×{v.ratio:.1f} (or 'about {_ratio_words(v.ratio)}')", v.group, ev, v.ratio)
    return Finding(m, "unsupported", f"{m.figure.text}: a ratio with no disputed pair of source figures near it",
                   "")


def _ratio_words(r: float) -> str:
    n = round(r)
    return "double" if n == 2 else "triple" if n == 3 else f"{n}-fold"


def _self_conflicts(draft_claims: list[Claim], rules: Rules) -> list[Conflict]:
    """Figures of the draft that give one subject different values, unless the draft says they are
    figures of different speakers ("USGS says X, the ministry Y"; "the council claims Y" and then the draft's
    own X). One conflict per later figure, against the
    first earlier figure it disagrees with."""
    groups, _ = group_claims(draft_claims, rules, split_voices=False)
    out = []
    for g in groups:
        v = compare_group(g, rules)
        if v.status not in ("discrepancy", "minor"):
            continue
        camp_of = {c.id: i for i, cp in enumerate(v.camps) for c in cp.claims}
        ordered = sorted(g.claims, key=lambda c: (c.line, c.column))
        for j, later in enumerate(ordered):
            for earlier in ordered[:j]:
                if camp_of[earlier.id] == camp_of[later.id]:
                    continue
                if earlier.attribution != later.attribution:
                    continue  # one body against another, or a body's claim against the draft's own statement
                out.append(Conflict(earlier, later,
                                    f"the draft gives {g.subject} as {earlier.figure.text} (line {earlier.line}) "
                                    f"and as {later.figure.text} (line {later.line})"))
                break
    return sorted(out, key=lambda k: (k.second.line, k.second.column))
