"""Writers: a :class:`~reecheck.report.Report` as Markdown, JSON, terminal text or CSV rows.

HTML, CSV and ClaimReview live in :mod:`reecheck.render_html`, :mod:`reecheck.render_csv` and
:mod:`reecheck.claimreview`; they take the report's ``as_dict()`` so other reports can reuse them.

Every writer lists discrepancies first (largest gap first), then minor variances, consistent groups and
uncorroborated figures, and ends with coverage. Writers return strings; the CLI decides where they go.
"""
from __future__ import annotations

import io
import json

from .compare import Verdict, camp_text
from .report import Report

STATUS_TITLES = {
    "discrepancy": "Discrepancies",
    "minor": "Minor variances",
    "consistent": "Consistent",
    "single": "Uncorroborated (one source only)",
}


def to_json(report: Report) -> str:
    return json.dumps(report.as_dict(), ensure_ascii=False, indent=2)


def _quote(sentence: str, text: str, width: int = 220) -> str:
    """The sentence with the figure in bold, shortened around it if long."""
    i = sentence.find(text)
    if i < 0:
        return sentence[:width]
    lo = max(0, i - width // 2)
    hi = min(len(sentence), i + len(text) + width // 2)
    pre = ("…" if lo else "") + sentence[lo:i]
    post = sentence[i + len(text):hi] + ("…" if hi < len(sentence) else "")
    return f"{pre}**{text}**{post}"


def _verdict_md(v: Verdict, notes: dict[str, list[str]]) -> list[str]:
    out = [f"### {v.group.subject}", "", f"**{v.status}**: {v.summary}", ""]
    for r in v.reasons:
        out.append(f"- why: {r}")
    for n in notes.get(v.group.id, []):
        out.append(f"- stated ratio: {n}")
    if v.reasons or notes.get(v.group.id):
        out.append("")
    for i, camp in enumerate(v.camps, 1):
        who = ", ".join(camp.attributions) or "no body named"
        if len(v.camps) > 1:
            out.append(f"Camp {i}: {camp_text(camp)} · {who}")
        for c in camp.claims:
            att = f" · {c.attribution}" if c.attribution else ""
            per = f" · {c.period}" if c.period else ""
            out.append(f"- `{c.source}:{c.line}:{c.column}`{att}{per}: {_quote(c.sentence, c.figure.text)}")
        out.append("")
    return out


def to_markdown(report: Report) -> str:
    notes: dict[str, list[str]] = {}
    for gid, _, note in report.ratio_notes:
        notes.setdefault(gid, []).append(note)
    cov = report.coverage()
    by = cov["groups_by_status"]
    out = ["# reecheck report", "",
           f"{cov['sources_read']} sources read, {cov['figures_kept']} figures in {cov['groups']} groups: "
           f"{by['discrepancy']} discrepancies, {by['minor']} minor variances, {by['consistent']} consistent, "
           f"{by['single']} from one source only.", ""]
    verdicts = report.ordered_verdicts()
    for status in STATUS_TITLES:
        vs = [v for v in verdicts if v.status == status]
        out += [f"## {STATUS_TITLES[status]} ({len(vs)})", ""]
        if not vs:
            out += ["None.", ""]
        for v in vs:
            out += _verdict_md(v, notes)
    out += coverage_lines(report, markdown=True)
    return "\n".join(out) + "\n"


def coverage_lines(report: Report, markdown: bool) -> list[str]:
    cov = report.coverage()
    h = "## " if markdown else ""
    out = [f"{h}Coverage", ""]
    out.append(f"- sources: {cov['sources_found']} found, {cov['sources_read']} read, {cov['files_skipped']} skipped")
    for f in cov["files"]:  # every file met, and its fate
        fate = f["fate"]
        if fate.startswith(("skipped: ", "passed over: ")):
            verb, why = fate.split(": ", 1)
            out.append(f"  - {verb} {f['file']}: {why}")
        else:
            out.append(f"  - {fate.replace('read (', 'read ' + f['file'] + ' (', 1)}")
    for c in cov["syndicated"]:
        out.append(f"  - syndicated: {c['source']} repeats {c['origin']} ({c['shared']:.0%} of its text); "
                   f"counted as one origin")
    for name, reps in cov["repairs"].items():
        out.append(f"  - repaired {name}: {'; '.join(reps)}")
    out.append(f"- numbers seen: {cov['numbers_seen']}; figures kept: {cov['figures_kept']}; "
               f"skipped: {cov['numbers_skipped']}")
    for why, n in cov["skipped_by_reason"].items():
        out.append(f"  - {n} skipped as {why}")
    out.append(f"- figures grouped: {cov['figures_grouped']}; in no group: {cov['figures_in_no_group']}")
    for why, n in cov["no_group_by_reason"].items():
        out.append(f"  - {n}: {why}")
    out.append(f"- rules read: {len(cov['rules_files'])} file(s)")
    return out + [""]


def to_text(report: Report, color: bool = False, width: int | None = None) -> str:
    """A terminal report: rich tables for the groups, then coverage."""
    from rich.console import Console
    from rich.table import Table

    console = Console(record=True, force_terminal=color, width=width or 140, color_system="auto" if color else None,
                      file=io.StringIO())
    notes: dict[str, list[str]] = {}
    for gid, _, note in report.ratio_notes:
        notes.setdefault(gid, []).append(note)
    cov = report.coverage()
    by = cov["groups_by_status"]
    console.print(f"[bold]reecheck[/bold]: {cov['sources_read']} sources, {cov['figures_kept']} figures, "
                  f"{by['discrepancy']} discrepancies, {by['minor']} minor variances, {by['consistent']} consistent, "
                  f"{by['single']} single-source")
    verdicts = report.ordered_verdicts()
    for status in STATUS_TITLES:
        vs = [v for v in verdicts if v.status == status]
        if not vs:
            continue
        console.rule(f"{STATUS_TITLES[status]} ({len(vs)})")
        for v in vs:
            style = {"discrepancy": "bold red", "minor": "yellow"}.get(v.status, "green")
            console.print(f"[{style}]{v.group.subject}[/{style}]: {v.summary}", highlight=False)
            for r in v.reasons + tuple(notes.get(v.group.id, ())):
                console.print(f"  why: {r}", highlight=False)
            if status in ("discrepancy", "minor", "consistent"):
                t = Table(show_header=True, header_style="bold", box=None, pad_edge=False)
                t.add_column("camp", no_wrap=True)
                t.add_column("figure", max_width=22)
                t.add_column("who", max_width=22)
                t.add_column("where", no_wrap=True)
                t.add_column("quote", ratio=1, overflow="fold")
                for i, camp in enumerate(v.camps, 1):
                    for c in camp.claims:
                        t.add_row(str(i), c.figure.text, c.attribution or "-", f"{c.source}:{c.line}:{c.column}",
                                  _quote(c.sentence, c.figure.text, 110).replace("**", ""))
                console.print(t)
            else:
                c = v.camps[0].claims[0]
                console.print(f"  {c.figure.text} · {c.attribution or 'no body named'} · {c.source}:{c.line}",
                              highlight=False)
    console.rule("Coverage")
    for line in coverage_lines(report, markdown=False)[2:]:
        console.print(line, highlight=False)
    return console.export_text(styles=color)


def figure_rows(report: Report) -> list[dict]:
    """One flat dict per figure (the JSON figure fields plus group status and camp number)."""
    from .render_csv import figure_rows as rows_of

    return rows_of(report.as_dict())
