"""The command line: a thin skin over :func:`reecheck.check` and :func:`reecheck.scan`.

Exit status: 0 when the report was made; 1 with ``--fail-on discrepancy`` when there is one; 2 on a
usage error or broken rules; 3 with ``--strict`` when a file could not be read (the report is still made).
``fetch`` exits 1 when an address could not be saved.
"""
from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path

import click

from .errors import ReecheckError

EXIT_OK, EXIT_FOUND, EXIT_USAGE, EXIT_SKIPPED = 0, 1, 2, 3
#: Default --max-size, in MB: a file larger than this is skipped with a note, never read into memory.
DEFAULT_MAX_MB = 50


class _Fail(click.ClickException):
    exit_code = EXIT_USAGE


def _rules_option(f):
    return click.option("--rules", "rules_dirs", multiple=True, type=click.Path(exists=True, file_okay=False),
                        help="Folder of extra rules (*.toml), read after the shipped rules/. Repeatable.")(f)


def _max_size_option(f):
    return click.option("--max-size", "max_mb", type=click.FloatRange(min=0.001), default=DEFAULT_MAX_MB,
                        show_default=True, help="Skip (and list) files larger than this many MB.")(f)


def _write(text: str, output: str | None) -> None:
    if output and output != "-":
        Path(output).write_text(text, encoding="utf-8")
    else:
        click.echo(text, nl=not text.endswith("\n"))


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="reecheck")
def main() -> None:
    """reecheck: find the figures your sources disagree on.

    \b
    Example:
        reecheck check data/sources
        reecheck draft story.md --sources data/sources --format lint
        reecheck figures data/sources --format csv -o figures.csv

    \b
    Exit status: 0 report made; 1 --fail-on condition met; 2 usage error or broken rules;
    3 --strict and a file was skipped.
    """


#: Report formats of `check`, and what each is for (shown in --help).
CHECK_FORMATS = {
    "text": "terminal tables",
    "md": "Markdown",
    "json": "machine-readable (figures, groups, coverage)",
    "html": "one self-contained page with plots, filters and search",
    "csv": "one row per figure, for a spreadsheet",
    "claimreview": "schema.org ClaimReview JSON-LD for each discrepancy",
}


@main.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path())
@_rules_option
@click.option("--format", "fmt", type=click.Choice(list(CHECK_FORMATS)), default="text", show_default=True,
              help="; ".join(f"{k}: {v}" for k, v in CHECK_FORMATS.items()) + ".")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write the report here.")
@click.option("--fail-on", type=click.Choice(["discrepancy", "minor", "never"]), default="never", show_default=True,
              help="Exit 1 when the report has a discrepancy (or also a minor variance), for pipelines.")
@click.option("--bom", is_flag=True, help="csv: start with a UTF-8 byte-order mark (Excel needs it to read UTF-8).")
@click.option("--publisher", default="reecheck", show_default=True,
              help="claimreview/html: the organisation publishing the review (ClaimReview author).")
@click.option("--review-url", default="", metavar="URL",
              help="claimreview/html: the page the review is published on; each claim's url is URL#anchor.")
@click.option("--strict", is_flag=True,
              help="Exit 3 when any file was skipped (unreadable, empty, too large...); the report is still made.")
@_max_size_option
def check(sources, rules_dirs, fmt, output, fail_on, bom, publisher, review_url, strict, max_mb):
    """Check SOURCES (files or folders) against each other and report where the figures disagree.

    \b
    Example:
        reecheck check data/sources
        reecheck check data/sources --format json -o report.json --fail-on discrepancy
        reecheck check data/sources --format html -o report.html
        reecheck check data/sources --format csv --bom -o figures.csv
        reecheck check data/sources --format claimreview --publisher "Desk Checks" --review-url https://example.org/check
        reecheck check reports/ --strict --max-size 200

    \b
    Reads .txt, .md, .html, .pdf, .docx, .csv and .xlsx files (by content: a PDF named .txt is read as a
    PDF). Every file's fate is listed under Coverage.
    """
    from .pipeline import check as run_check
    from .pipeline import resolve_rules

    try:
        rules = resolve_rules(list(rules_dirs) or None)
        with _progress(sources) as tick:
            report = run_check(list(sources), rules=rules, progress=tick, max_bytes=int(max_mb * 1_000_000))
    except ReecheckError as exc:
        raise _Fail(str(exc)) from None
    text = _render_check(report, fmt, rules, color=output is None and sys.stdout.isatty(), bom=bom,
                         publisher=publisher, review_url=review_url)
    _write(text, output)
    if output or sys.stderr.isatty():
        click.echo(_summary_line(report, output), err=True)
    skipped = report.files_skipped()
    if skipped:
        click.echo(f"reecheck: {len(skipped)} file(s) skipped; see Coverage", err=True)
    if strict and skipped:
        sys.exit(EXIT_SKIPPED)
    statuses = {v.status for v in report.verdicts}
    if fail_on == "discrepancy" and "discrepancy" in statuses or fail_on == "minor" and statuses & {"discrepancy", "minor"}:
        sys.exit(EXIT_FOUND)


def _render_check(report, fmt: str, rules, *, color: bool, bom: bool, publisher: str, review_url: str) -> str:
    """The report in one of :data:`CHECK_FORMATS`."""
    if fmt == "json":
        from .render import to_json

        return to_json(report)
    if fmt == "md":
        from .render import to_markdown

        return to_markdown(report)
    if fmt == "text":
        from .render import to_text

        return to_text(report, color=color)
    data = report.as_dict()
    if fmt == "csv":
        from .render_csv import figure_rows, to_csv

        return to_csv(figure_rows(data), bom=bom)
    from .claimreview import report_claim_reviews, to_jsonld

    reviews = report_claim_reviews(data, url=review_url, publisher=publisher)
    if fmt == "claimreview":
        return to_jsonld(reviews)
    from .render_html import to_html

    return to_html(data, rules=rules, claim_reviews=reviews)


def _summary_line(report, output: str | None) -> str:
    cov = report.coverage()
    by = cov["groups_by_status"]
    where = f" → {output}" if output and output != "-" else ""
    def n(count: int, word: str, many: str | None = None) -> str:
        return f"{count} {word if count == 1 else many or word + 's'}"

    return (f"reecheck: {cov['sources_read']} of {n(cov['sources_found'], 'source')} read, "
            f"{n(cov['figures_kept'], 'figure')}, {n(by['discrepancy'], 'discrepancy', 'discrepancies')}, "
            f"{n(by['minor'], 'minor variance')}, {by['consistent']} consistent, {by['single']} single-source{where}")



def _verdict_list(ctx, param, value: str) -> tuple[str, ...]:
    from .draft import INCONSISTENT, VERDICTS

    if value.strip() == "never":
        return ()
    wanted = tuple(v.strip() for v in value.split(",") if v.strip())
    bad = [v for v in wanted if v not in VERDICTS + (INCONSISTENT,)]
    if bad:
        raise click.BadParameter(f"unknown verdict {', '.join(bad)}; choose from {', '.join(VERDICTS + (INCONSISTENT,))}"
                                 " or 'never'")
    return wanted


#: Report formats of `draft`.
DRAFT_FORMATS = {
    "text": "for reading",
    "md": "Markdown",
    "json": "machine-readable (one entry per figure with verdict, evidence and advice)",
    "lint": "FILE:LINE:COL: VERDICT: message, one line per finding",
    "html": "one self-contained page, a card and plot per figure",
    "csv": "one row per draft figure",
    "claimreview": "schema.org ClaimReview JSON-LD for each figure's verdict",
}


def _render_draft(report, fmt: str, rules, path: str, *, bom: bool, publisher: str, review_url: str) -> str:
    """The draft report in one of :data:`DRAFT_FORMATS`."""
    from . import render_draft

    if fmt == "json":
        return render_draft.to_draft_json(report)
    if fmt == "md":
        return render_draft.to_draft_markdown(report)
    if fmt == "lint":
        return render_draft.to_draft_lint(report, path)
    if fmt == "text":
        return render_draft.to_draft_text(report)
    data = report.as_dict()
    if fmt == "csv":
        from .render_csv import to_csv

        return to_csv(render_draft.draft_rows(data), bom=bom)
    from .claimreview import draft_claim_reviews, to_jsonld

    reviews = draft_claim_reviews(data, url=review_url, publisher=publisher)
    if fmt == "claimreview":
        return to_jsonld(reviews)
    from .render_html import to_html_draft

    return to_html_draft(data, rules=rules, claim_reviews=reviews)


@main.command()
@click.argument("draft", type=click.Path(exists=True, dir_okay=False))
@click.option("--sources", "sources", multiple=True, required=True, type=click.Path(exists=True),
              help="File or folder of sources the draft relies on. Repeatable.")
@_rules_option
@click.option("--format", "fmt", type=click.Choice(list(DRAFT_FORMATS)), default="text", show_default=True,
              help="; ".join(f"{k}: {v}" for k, v in DRAFT_FORMATS.items()) + ".")
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True), help="Write the report here.")
@click.option("--fail-on", "fail_on", default="contradicted,misattributed", show_default=True, callback=_verdict_list,
              help="Comma-separated verdicts that make the exit status 1 (add 'inconsistent' for the draft's "
                   "disagreements with itself; 'never' to always exit 0).")
@click.option("--bom", is_flag=True, help="csv: start with a UTF-8 byte-order mark (Excel needs it to read UTF-8).")
@click.option("--publisher", default="reecheck", show_default=True,
              help="claimreview/html: the organisation publishing the review (ClaimReview author).")
@click.option("--review-url", default="", metavar="URL",
              help="claimreview/html: the page the review is published on; each claim's url is URL#anchor.")
@_max_size_option
def draft(draft, sources, rules_dirs, fmt, output, fail_on, bom, publisher, review_url, max_mb):
    """Check every figure in DRAFT against its sources before publication.

    Each figure gets a verdict: supported, contradicted, disputed, misattributed or unsupported, with the
    source sentences behind it and advice. Figures the draft gives twice with different values are flagged.

    \b
    Example:
        reecheck draft story.md --sources data/sources
        reecheck draft story.md --sources data/sources --format lint
    """
    from .pipeline import check_draft, resolve_rules

    try:
        rules = resolve_rules(list(rules_dirs) or None)
        with _progress(sources) as tick:
            report = check_draft(draft, list(sources), rules=rules, progress=tick, max_bytes=int(max_mb * 1_000_000))
    except ReecheckError as exc:
        raise _Fail(str(exc)) from None
    if report.draft.status != "read":
        click.echo(f"error: {draft}: {report.draft.problem}", err=True)
        sys.exit(EXIT_USAGE)
    _write(_render_draft(report, fmt, rules, draft, bom=bom, publisher=publisher, review_url=review_url), output)
    if report.failed(fail_on):
        sys.exit(EXIT_FOUND)


@main.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path())
@_rules_option
@click.option("--format", "fmt", type=click.Choice(["text", "csv", "json"]), default="text", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True))
@_max_size_option
def figures(sources, rules_dirs, fmt, output, max_mb):
    """List every figure read from SOURCES, with its context, for review.

    \b
    Example:
        reecheck figures data/sources --format csv -o figures.csv
    """
    import csv
    import io
    import json

    from .pipeline import check as run_check
    from .render import figure_rows

    try:
        report = run_check(list(sources), rules=list(rules_dirs) or None, max_bytes=int(max_mb * 1_000_000))
    except ReecheckError as exc:
        raise _Fail(str(exc)) from None
    rows = figure_rows(report)
    if fmt == "json":
        text = json.dumps(rows, ensure_ascii=False, indent=2)
    elif fmt == "csv":
        buf = io.StringIO()
        if rows:
            w = csv.DictWriter(buf, fieldnames=list(rows[0]))
            w.writeheader()
            w.writerows(rows)
        text = buf.getvalue()
    else:
        lines = []
        for r in rows:
            lines.append(f"{r['source']}:{r['line']}:{r['column']}  {r['text']!r}  = {r['value']:g} {r['unit']} "
                         f"[{r['qualifier']}]  {r['subject']}  by {r['attribution'] or '-'}  "
                         f"{r['period'] or ''}  group={r['group'] or '-'}")
        text = "\n".join(lines) + "\n"
    _write(text, output)


@main.command()
@click.argument("urls", nargs=-1, required=True)
@click.option("-o", "--output-dir", default="data/sources", show_default=True, type=click.Path(file_okay=False),
              help="Folder to save into (made if missing).")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=20.0, show_default=True,
              help="Seconds to wait for each server.")
@_max_size_option
def fetch(urls, output_dir, timeout, max_mb):
    """Save web pages' main text (with title, publisher, date, url, fetched-at) as Markdown sources.

    PDF, Word, Excel and CSV files are saved as they come. Exit status 1 when an address was not saved.

    \b
    Example:
        reecheck fetch https://example.org/ore-report -o data/sources/
    """
    from .fetch import save_url

    failed = 0
    for url in urls:
        got = save_url(url, output_dir, timeout=timeout, max_bytes=int(max_mb * 1_000_000))
        if got.path:
            click.echo(f"saved {url} → {got.path}")
        else:
            failed += 1
            click.echo(f"skipped {url}: {got.problem}", err=True)
    if failed:
        sys.exit(EXIT_FOUND)


#: Show a progress bar only for runs over this many files (shorter runs finish before it would help).
PROGRESS_MIN_FILES = 5


@contextmanager
def _progress(sources):
    """Yield a per-file callback that advances a progress bar on stderr, or None when stderr is not a
    terminal or the run is short. The bar is removed when the run ends."""
    if not sys.stderr.isatty():
        yield None
        return
    from .sources import discover

    files, _ = discover(list(sources))
    if len(files) <= PROGRESS_MIN_FILES:
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    columns = (TextColumn("reading"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
               TextColumn("{task.description}"))
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("", total=len(files))

        def tick(path):
            bar.update(task, advance=1, description=Path(path).name[-40:])

        yield tick


if __name__ == "__main__":  # pragma: no cover
    main()
