"""Writers for a :class:`~reecheck.draft.DraftReport`: text, Markdown, JSON and lint lines.

Findings are listed worst first (contradicted, misattributed, disputed, unsupported, supported), each
with its line:column in the draft, the message, the advice and the source sentences behind it. Writers
return strings; the CLI decides where they go.
"""
from __future__ import annotations

import json

from .draft import INCONSISTENT, VERDICTS, DraftReport, Finding

#: Section titles, in report order.
VERDICT_TITLES = {
    "contradicted": "Contradicted by the sources",
    "misattributed": "Misattributed",
    "disputed": "Disputed among the sources",
    "unsupported": "Not in the sources",
    "supported": "Supported",
}
#: How many source sentences each finding quotes in text and Markdown (JSON carries them all).
EVIDENCE_SHOWN = 3


def to_draft_json(report: DraftReport) -> str:
    return json.dumps(report.as_dict(), ensure_ascii=False, indent=2)


def to_draft_lint(report: DraftReport, path: str | None = None) -> str:
    """``FILE:LINE:COL: VERDICT: message`` for every finding that needs the editor, in draft order."""
    name = path or report.draft.path
    rows = [(f.claim.line, f.claim.column, f.verdict, f.message + (f" ({f.advice})" if f.advice else ""))
            for f in report.findings if f.verdict != "supported"]
    rows += [(k.second.line, k.second.column, INCONSISTENT, k.message) for k in report.conflicts]
    if report.draft.status != "read":
        rows.append((1, 1, "error", f"draft not read: {report.draft.problem}"))
    rows.sort(key=lambda r: (r[0], r[1], r[2]))
    return "".join(f"{name}:{ln}:{col}: {verdict}: {msg}\n" for ln, col, verdict, msg in rows)


def _summary_line(report: DraftReport) -> str:
    n = report.counts()
    parts = [f"{n[v]} {v}" for v in VERDICTS] + [f"{n[INCONSISTENT]} inconsistent within the draft"]
    cov = report.sources.coverage()
    return (f"{report.draft.name}: {len(report.findings)} figures checked against {cov['sources_read']} sources "
            f"({cov['figures_kept']} figures, {cov['groups']} subjects): " + ", ".join(parts))


def _evidence_lines(f: Finding, markdown: bool) -> list[str]:
    out = []
    for e in f.evidence[:EVIDENCE_SHOWN]:
        who = f" · {e.attribution}" if e.attribution else ""
        sentence = e.sentence if len(e.sentence) <= 240 else e.sentence[:237] + "…"
        if markdown:
            sentence = sentence.replace(e.figure.text, f"**{e.figure.text}**", 1)
            out.append(f"  - `{e.source}:{e.line}:{e.column}`{who}: {sentence}")
        else:
            out.append(f"      {e.source}:{e.line}:{e.column}{who}: {sentence}")
    if len(f.evidence) > EVIDENCE_SHOWN:
        out.append(("  - " if markdown else "      ") + f"… and {len(f.evidence) - EVIDENCE_SHOWN} more")
    return out


def to_draft_markdown(report: DraftReport) -> str:
    out = ["# reecheck draft check", "", _summary_line(report) + ".", ""]
    if report.conflicts:
        out += ["## The draft disagrees with itself", ""]
        out += [f"- line {k.second.line}:{k.second.column}: {k.message}" for k in report.conflicts]
        out.append("")
    for verdict in VERDICTS:
        fs = [f for f in report.findings if f.verdict == verdict]
        out += [f"## {VERDICT_TITLES[verdict]} ({len(fs)})", ""]
        if not fs:
            out += ["None.", ""]
        for f in fs:
            out.append(f"- **{f.claim.figure.text}** (line {f.claim.line}:{f.claim.column}, {f.claim.subject}): "
                       f"{f.message}")
            if f.advice:
                out.append(f"  - advice: {f.advice}")
            out += _evidence_lines(f, markdown=True)
        out.append("")
    out += _coverage(report, markdown=True)
    return "\n".join(out) + "\n"


def to_draft_text(report: DraftReport) -> str:
    out = [_summary_line(report), ""]
    for k in report.conflicts:
        out.append(f"{k.second.line}:{k.second.column}  INCONSISTENT  {k.message}")
    for verdict in VERDICTS:
        for f in (f for f in report.findings if f.verdict == verdict):
            out.append(f"{f.claim.line}:{f.claim.column}  {verdict.upper()}  {f.message}")
            if f.advice:
                out.append(f"      advice: {f.advice}")
            if verdict != "supported":
                out += _evidence_lines(f, markdown=False)
    out.append("")
    out += _coverage(report, markdown=False)
    return "\n".join(out) + "\n"


def _coverage(report: DraftReport, markdown: bool) -> list[str]:
    cov = report.as_dict()["coverage"]
    h = "## " if markdown else ""
    out = [f"{h}Coverage", ""]
    if cov["draft_status"] != "read":
        out.append(f"- draft NOT read: {cov['draft_problem']}")
    out.append(f"- draft: {cov['draft_figures']} figures checked, {cov['draft_numbers_skipped']} numbers skipped "
               "as not figures" + (": " + ", ".join(f"{n} {why}" for why, n in cov["draft_skipped_by_reason"].items())
                                   if cov["draft_skipped_by_reason"] else ""))
    out.append(f"- sources: {cov['sources_found']} found, {cov['sources_read']} read, "
               f"{cov['source_figures']} figures in {cov['source_groups']} subjects")
    for s in cov["sources_skipped"]:
        out.append(f"  - skipped {s['source']}: {s['reason']}")
    return out + [""]


def draft_rows(data: dict) -> list[dict]:
    """One flat dict per draft figure for CSV: the JSON figure fields, with the evidence as its count and
    the first source's reference (the full list stays in the JSON)."""
    rows = []
    for f in data["figures"]:
        row = {k: v for k, v in f.items() if k != "evidence"}
        ev = f.get("evidence") or []
        row["evidence_count"] = len(ev)
        row["evidence_sources"] = "; ".join(dict.fromkeys(e["source"] for e in ev))
        row["first_evidence"] = f"{ev[0]['source']}:{ev[0]['line']}:{ev[0]['column']}" if ev else ""
        rows.append(row)
    return rows
