"""Stage 6, report: the verdicts and a full account of coverage, as plain data.

Reads: sources, claims, verdicts, left-out claims and skipped numbers. Adds: a :class:`Report` whose
:meth:`Report.as_dict` is the JSON the evaluation kit reads (``figures`` and ``groups``, field names in
``FIGURE_FIELDS``) plus ``ratio_claims``, ``coverage`` and ``sources``. Rendering to text, Markdown or
JSON lives in :mod:`reecheck.render`.
"""
from __future__ import annotations

from dataclasses import dataclass

from .compare import Verdict
from .context import Claim
from .figures import Skipped
from .sources import Source, is_problem

#: The order groups are listed in: what needs a fact-checker's eyes first.
STATUS_ORDER = ("discrepancy", "minor", "consistent", "single")

#: Fields of each figure in the JSON report (the evaluation kit reads the first twelve).
FIGURE_FIELDS = ("id", "source", "sentence", "text", "value", "low", "high", "unit", "qualifier", "attribution",
                 "subject", "period", "group", "is_target", "entity", "metric", "scope", "basis", "kind", "line",
                 "column", "start", "end", "unit_from", "page")


@dataclass(frozen=True)
class Report:
    """Everything one check found, and everything it read."""

    sources: tuple[Source, ...]
    passed_over: tuple[tuple[str, str], ...]
    claims: tuple[Claim, ...]
    verdicts: tuple[Verdict, ...]
    left_out: tuple[tuple[Claim, str], ...]
    skipped: tuple[tuple[str, Skipped], ...]  # (source name, number)
    ratio_notes: tuple[tuple[str, str, str], ...] = ()  # (group id, claim id, note)
    rules_files: tuple[str, ...] = ()
    syndicated: tuple = ()  # reecheck.syndication.Copy records

    def ordered_verdicts(self) -> list[Verdict]:
        """Discrepancies first (largest gap first), then minor variances, consistent groups, singles."""
        return sorted(self.verdicts, key=lambda v: (STATUS_ORDER.index(v.status), -(v.ratio or 0), v.group.id))

    def group_of(self) -> dict[str, str]:
        return {c.id: v.group.id for v in self.verdicts for c in v.group.claims}

    @property
    def discrepancies(self) -> list[Verdict]:
        return [v for v in self.ordered_verdicts() if v.status == "discrepancy"]

    def coverage(self) -> dict:
        """Counts that account for every source and every number seen."""
        read = [s for s in self.sources if s.status == "read"]
        reasons: dict[str, int] = {}
        for _, sk in self.skipped:
            reasons[sk.reason] = reasons.get(sk.reason, 0) + 1
        left: dict[str, int] = {}
        for _, why in self.left_out:
            left[why] = left.get(why, 0) + 1
        grouped = sum(len(v.group.claims) for v in self.verdicts)
        return {
            "sources_found": len(self.sources) + len(self.passed_over),
            "sources_read": len(read),
            "sources_skipped": [{"source": s.name, "reason": s.problem} for s in self.sources if s.status != "read"]
            + [{"source": p, "reason": why} for p, why in self.passed_over],
            "repairs": {s.name: list(s.repairs) for s in self.sources if s.repairs},
            "lines_dropped": sum(len(s.dropped) for s in self.sources),
            "numbers_seen": len(self.claims) + len(self.skipped),
            "figures_kept": len(self.claims),
            "numbers_skipped": len(self.skipped),
            "skipped_by_reason": dict(sorted(reasons.items(), key=lambda kv: -kv[1])),
            "figures_grouped": grouped,
            "figures_in_no_group": len(self.left_out),
            "no_group_by_reason": dict(sorted(left.items(), key=lambda kv: -kv[1])),
            "groups": len(self.verdicts),
            "groups_by_status": {s: sum(v.status == s for v in self.verdicts) for s in STATUS_ORDER},
            "rules_files": list(self.rules_files),
            "files": self.files(),
            "files_skipped": len(self.files_skipped()),
            "syndicated": [{"source": c.source, "origin": c.origin, "shared": c.shared} for c in self.syndicated],
        }

    def files(self) -> list[dict]:
        """Every file met, in path order, and what became of it (read as what, or why not)."""
        out = [{"file": s.name, "path": s.path, "fate": s.fate} for s in self.sources]
        out += [{"file": p, "path": p, "fate": f"passed over: {why}" if not is_problem(why) else f"skipped: {why}"}
                for p, why in self.passed_over]
        return sorted(out, key=lambda d: d["path"])

    def files_skipped(self) -> list[str]:
        """Files meant to be read that were not (what ``--strict`` fails on); hidden files do not count."""
        return [s.name for s in self.sources if s.status != "read"] + [p for p, why in self.passed_over if is_problem(why)]

    def as_dict(self) -> dict:
        """The JSON report (see ``shared/eval/README.md`` for the fields other tools rely on)."""
        group_of = self.group_of()
        by_name = {s.name: s for s in self.sources}
        figures = []
        for c in self.claims:
            f = c.figure
            figures.append({
                "id": c.id, "source": c.source, "sentence": c.sentence, "text": f.text, "value": f.value,
                "low": f.low, "high": f.high, "unit": f.unit, "qualifier": f.qualifier,
                "attribution": c.attribution, "subject": c.subject, "period": c.period,
                "group": group_of.get(c.id), "is_target": c.is_target, "entity": c.entity, "metric": c.metric,
                "scope": c.scope, "basis": c.basis, "kind": f.kind, "line": c.line, "column": c.column,
                "start": f.start, "end": f.end, "unit_from": f.unit_from,
                "page": by_name[c.source].page_at(f.start) if c.source in by_name else None,
            })
        groups = []
        for v in self.ordered_verdicts():
            groups.append({
                "id": v.group.id, "subject": v.group.subject, "status": v.status,
                "figures": [c.id for c in v.group.claims],
                "camps": [[c.id for c in cp.claims] for cp in v.camps],
                "ratio": round(v.ratio, 3) if v.ratio else None,
                "summary": v.summary, "reasons": list(v.reasons),
                "camp_details": [{"value": cp.value, "attributions": list(cp.attributions),
                                  "sources": list(cp.sources)} for cp in v.camps],
            })
        sources = [{"source": s.name, "status": s.status, "problem": s.problem or None, "metadata": s.metadata,
                    "format": s.format, "tables": len(s.tables),
                    "repairs": list(s.repairs), "lines_dropped": [{"line": ln, "reason": why} for ln, why in s.dropped]}
                   for s in self.sources]
        return {
            "figures": figures,
            "groups": groups,
            "ratio_claims": [{"group": g, "figure": cid, "note": note} for g, cid, note in self.ratio_notes],
            "left_out": [{"figure": c.id, "reason": why} for c, why in self.left_out],
            "skipped_numbers": [{"source": src, "text": sk.text, "start": sk.start, "reason": sk.reason}
                                for src, sk in self.skipped],
            "sources": sources,
            "coverage": self.coverage(),
        }
