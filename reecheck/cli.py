"""The command line: a thin skin over :func:`reecheck.check` and :func:`reecheck.scan`.

Exit status: 0 when the report was made; 1 with ``--fail-on discrepancy`` when there is one; 2 on a
usage error or broken rules.
"""
from __future__ import annotations

import sys
from contextlib import contextmanager
from pathlib import Path

import click

from .errors import ReecheckError

EXIT_OK, EXIT_FOUND, EXIT_USAGE = 0, 1, 2


class _Fail(click.ClickException):
    exit_code = EXIT_USAGE


def _rules_option(f):
    return click.option("--rules", "rules_dirs", multiple=True, type=click.Path(exists=True, file_okay=False),
                        help="Folder of extra rules (*.toml), read after the shipped rules/. Repeatable.")(f)


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
        reecheck figures data/sources --format csv -o figures.csv

    \b
    Exit status: 0 report made; 1 --fail-on condition met; 2 usage error or broken rules.
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
def check(sources, rules_dirs, fmt, output, fail_on, bom, publisher, review_url):
    """Check SOURCES (files or folders) against each other and report where the figures disagree.

    \b
    Example:
        reecheck check data/sources
        reecheck check data/sources --format json -o report.json --fail-on discrepancy
        reecheck check data/sources --format html -o report.html
        reecheck check data/sources --format csv --bom -o figures.csv
        reecheck check data/sources --format claimreview --publisher "Desk Checks" --review-url https://example.org/check
    """
    from .pipeline import check as run_check
    from .pipeline import resolve_rules

    try:
        rules = resolve_rules(list(rules_dirs) or None)
        with _progress(sources) as tick:
            report = run_check(list(sources), rules=rules, progress=tick)
    except ReecheckError as exc:
        raise _Fail(str(exc)) from None
    text = _render_check(report, fmt, rules, color=output is None and sys.stdout.isatty(), bom=bom,
                         publisher=publisher, review_url=review_url)
    _write(text, output)
    if output or sys.stderr.isatty():
        click.echo(_summary_line(report, output), err=True)
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


@main.command()
@click.argument("sources", nargs=-1, required=True, type=click.Path())
@_rules_option
@click.option("--format", "fmt", type=click.Choice(["text", "csv", "json"]), default="text", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False, writable=True))
def figures(sources, rules_dirs, fmt, output):
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
        report = run_check(list(sources), rules=list(rules_dirs) or None)
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
