"""`reecheck check` formats html/csv/claimreview from the command line, the summary line and the
progress bar's rules (stderr, a terminal only, more than a few files)."""
from __future__ import annotations

import io
import sys

import pytest
from click.testing import CliRunner

from reecheck import cli
from reecheck.cli import PROGRESS_MIN_FILES, main

CONFLICT = {
    "a.txt": "Mongolia's coal reserves are estimated at 3.8 million t, according to the USGS.\n",
    "b.txt": "Mongolia's coal reserves are estimated at 28.7 million t, according to Wood Mackenzie.\n",
}


def test_check_html_writes_one_page_and_a_summary_line(write_sources, tmp_path):
    out = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["check", str(write_sources(CONFLICT)), "--format", "html", "-o", str(out),
                                       "--review-url", "https://example.org/r"])
    assert result.exit_code == 0, result.output
    html = out.read_text(encoding="utf-8")
    assert html.startswith("<!doctype html>") and html.rstrip().endswith("</html>")
    assert "Mongolia · reserves · coal" in html
    assert '"url": "https://example.org/r#g1-camp1"' in html  # ClaimReview JSON-LD travels with the page
    assert result.output.strip() == (f"reecheck: 2 of 2 sources read, 2 figures, 1 discrepancy, 0 minor variances, "
                                     f"0 consistent, 0 single-source → {out}")


def test_no_summary_line_mixes_into_a_report_on_stdout(write_sources):
    result = CliRunner().invoke(main, ["check", str(write_sources(CONFLICT)), "--format", "claimreview"])
    assert result.exit_code == 0
    assert result.output.lstrip().startswith("[") and "reecheck:" not in result.output


def test_help_lists_every_format_and_an_example_of_each_new_one():
    result = CliRunner().invoke(main, ["check", "--help"])
    for word in ("html", "csv", "claimreview", "--bom", "--publisher", "--review-url"):
        assert word in result.output
    assert "--format html -o report.html" in result.output


class _Tty(io.StringIO):
    def isatty(self):
        return True


def test_no_progress_bar_off_a_terminal_or_for_a_few_files(write_sources, monkeypatch):
    many = write_sources({f"n{i}.txt": "Nothing here.\n" for i in range(PROGRESS_MIN_FILES + 2)}, "many")
    few = write_sources({"a.txt": "Nothing here.\n"}, "few")
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    with cli._progress([str(many)]) as tick:
        assert tick is None
    monkeypatch.setattr(sys, "stderr", _Tty())
    with cli._progress([str(few)]) as tick:
        assert tick is None


def test_the_progress_bar_counts_files_on_stderr(write_sources, monkeypatch):
    n = PROGRESS_MIN_FILES + 2
    folder = write_sources({f"n{i}.txt": "Nothing here.\n" for i in range(n)})
    err = _Tty()
    monkeypatch.setattr(sys, "stderr", err)
    with cli._progress([str(folder)]) as tick:
        assert callable(tick)
        for i in range(n):
            tick(folder / f"n{i}.txt")
    assert f"{n}/{n}" in err.getvalue()
