"""The command line: reports in every format, exit statuses, and errors that name the broken file."""
from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from reecheck.cli import main

CONFLICT = {
    "a.txt": "Mongolia's coal reserves are estimated at 3.8 million t, according to the USGS.\n",
    "b.txt": "Mongolia's coal reserves are estimated at 28.7 million t, according to Wood Mackenzie.\n",
}
AGREEMENT = {
    "a.txt": "Peru's zinc refineries produced about 2,500 t in 2022.\n",
    "b.txt": "Peru's zinc refineries produced 2,600 t in 2022.\n",
}
FIGURE_FIELDS = ("id", "source", "sentence", "text", "value", "low", "high", "unit", "qualifier", "attribution",
                 "subject", "period", "group")


@pytest.fixture
def run():
    runner = CliRunner()

    def _run(*args):
        return runner.invoke(main, [str(a) for a in args], catch_exceptions=False)

    return _run


def test_check_prints_the_report_and_exits_0(run, write_sources):
    result = run("check", write_sources(CONFLICT))
    assert result.exit_code == 0
    assert result.output.count("Discrepancies (1)") == 1  # printed once, not echoed twice
    assert "Mongolia · reserves · coal" in result.output
    assert "3.8 million t" in result.output and "28.7 million t" in result.output
    assert "Coverage" in result.output


def test_check_json_has_figures_groups_and_coverage(run, write_sources):
    result = run("check", write_sources(CONFLICT), "--format", "json")
    assert result.exit_code == 0
    report = json.loads(result.output)
    assert {"figures", "groups", "coverage"} <= set(report)
    assert len(report["figures"]) == 2
    for fig in report["figures"]:
        assert set(FIGURE_FIELDS) <= set(fig), set(FIGURE_FIELDS) - set(fig)
    first = report["figures"][0]
    assert (first["source"], first["text"], first["value"], first["unit"], first["qualifier"]) == (
        "a.txt", "3.8 million t", 3.8e6, "metric_ton", "exact")
    assert first["attribution"] == "USGS"
    assert first["sentence"] == CONFLICT["a.txt"].strip()
    (group,) = report["groups"]
    assert group["status"] == "discrepancy"
    assert sorted(group["figures"]) == sorted(f["id"] for f in report["figures"])
    assert all(f["group"] == group["id"] for f in report["figures"])
    assert report["coverage"]["sources_read"] == 2


def test_check_markdown_lists_discrepancies_first(run, write_sources):
    result = run("check", write_sources(CONFLICT), "--format", "md")
    assert result.exit_code == 0
    assert result.output.startswith("# reecheck report")
    assert result.output.index("## Discrepancies (1)") < result.output.index("## Consistent")


def test_check_writes_to_a_file_with_output(run, write_sources, tmp_path):
    out = tmp_path / "report.json"
    result = run("check", write_sources(CONFLICT), "--format", "json", "-o", out)
    assert result.exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["groups"][0]["status"] == "discrepancy"


@pytest.mark.parametrize(("text", "expected"), [
    # a discrepancy with --fail-on discrepancy fails the run
    ((CONFLICT, "discrepancy"), 1),
    # sources that agree pass
    ((AGREEMENT, "discrepancy"), 0),
    # the default never fails
    ((CONFLICT, "never"), 0),
    # --fail-on minor also fails on a discrepancy
    ((CONFLICT, "minor"), 1),
    # ... and passes when all agree
    ((AGREEMENT, "minor"), 0),
])
def test_fail_on_sets_the_exit_status(run, write_sources, text, expected):
    files, fail_on = text
    result = run("check", write_sources(files), "--fail-on", fail_on)
    assert result.exit_code == expected


def test_a_malformed_rules_folder_exits_2_naming_the_file(run, write_sources, tmp_path):
    rules_dir = tmp_path / "badrules"
    rules_dir.mkdir()
    (rules_dir / "oops.toml").write_text('approx = ["circa"]\n[widgets]\nsize = 1\n', encoding="utf-8")
    result = run("check", write_sources(CONFLICT), "--rules", rules_dir)
    assert result.exit_code == 2
    assert "oops.toml:2" in result.output
    assert "widgets" in result.output


def test_a_rules_path_that_is_not_a_folder_is_a_usage_error(run, write_sources, tmp_path):
    result = run("check", write_sources(CONFLICT), "--rules", tmp_path / "absent")
    assert result.exit_code == 2
    assert "absent" in result.output


def test_check_without_sources_is_a_usage_error(run):
    result = run("check")
    assert result.exit_code == 2


def test_figures_csv_parses(run, write_sources):
    result = run("figures", write_sources(CONFLICT), "--format", "csv")
    assert result.exit_code == 0
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [r["text"] for r in rows] == ["3.8 million t", "28.7 million t"]
    assert set(FIGURE_FIELDS) <= set(rows[0])
    assert {r["group_status"] for r in rows} == {"discrepancy"}
    assert float(rows[1]["value"]) == pytest.approx(28.7e6)


def test_figures_json_is_a_list_of_rows(run, write_sources):
    result = run("figures", write_sources(AGREEMENT), "--format", "json")
    assert result.exit_code == 0
    rows = json.loads(result.output)
    assert [r["qualifier"] for r in rows] == ["approx", "exact"]
    assert {r["group_status"] for r in rows} == {"consistent"}


def test_figures_text_lists_one_line_per_figure_with_its_position(run, write_sources):
    result = run("figures", write_sources(AGREEMENT))
    assert result.exit_code == 0
    lines = result.output.strip().splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("a.txt:1:")
    assert "'about 2,500 t'" in lines[0]


@pytest.mark.parametrize("command", ["check", "figures"])
def test_every_command_has_help_with_an_example(run, command):
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.output
    assert f"reecheck {command}" in result.output


def test_the_group_help_lists_its_commands(run):
    result = run("--help")
    assert result.exit_code == 0
    assert "check" in result.output and "figures" in result.output
