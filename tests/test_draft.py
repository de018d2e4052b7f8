"""`reecheck draft`: each verdict, the draft against itself, the four output formats and exit status.

The drafts are the project's own (tests/drafts/), checked against the demo corpus in data/sources.
"""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from reecheck import check_draft
from reecheck.cli import main
from reecheck.draft import VERDICTS, same_body

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "data" / "sources"
STORY = ROOT / "tests" / "drafts" / "lithium_story.md"


@pytest.fixture(scope="module")
def story():
    return check_draft(STORY, SOURCES)


def _finding(report, line: int, text: str):
    hits = [f for f in report.findings if f.claim.line == line and f.claim.figure.text == text]
    assert len(hits) == 1, [(f.claim.line, f.claim.figure.text) for f in report.findings]
    return hits[0]


def test_attributed_figure_on_a_disputed_subject_is_supported_with_the_body_confirmed(story):
    f = _finding(story, 3, "9.3 million tonnes")
    assert f.verdict == "supported"
    assert "attribution confirmed" in f.message
    assert {e.attribution for e in f.evidence} == {"USGS"}
    assert {e.figure.value for e in f.evidence} <= {9_200_000, 9_300_000}


def test_the_other_camp_attributed_to_its_own_body_is_supported(story):
    f = _finding(story, 5, "about 49 million tonnes")
    assert f.verdict == "supported"
    assert {e.attribution for e in f.evidence} == {"Salar Producers Council"}


def test_overstated_ratio_is_contradicted_with_the_real_ratio(story):
    f = _finding(story, 5, "ten-fold")
    assert f.verdict == "contradicted"
    assert "overstated" in f.message and "×5.3" in f.message
    assert f.ratio == pytest.approx(5.3, abs=0.05)


def test_scale_error_is_contradicted_and_named(story):
    f = _finding(story, 7, "93 million tonnes")
    assert f.verdict == "contradicted"
    assert "scale error" in f.message and "factor of 10" in f.message
    assert {e.attribution for e in f.evidence} == {"USGS"}  # the camp ten times smaller, not the nearest one


def test_figure_given_to_the_wrong_body_is_misattributed(story):
    f = _finding(story, 9, "9.3 million tonnes")
    assert f.claim.attribution == "Salar Producers Council"  # "the council's estimate" resolved in the draft
    assert f.verdict == "misattributed"
    assert "USGS" in f.message and "about 49 million tonnes" in f.message
    assert "attribute" in f.advice


def test_unattributed_figure_on_a_disputed_subject_gets_advice_naming_each_camp(story):
    f = _finding(story, 11, "9.3 million tonnes")
    assert f.verdict == "disputed"
    assert "USGS" in f.advice and "Salar Producers Council" in f.advice
    assert {e.attribution for e in f.evidence} >= {"USGS", "Salar Producers Council"}


def test_rounded_and_qualified_figure_is_supported(story):
    f = _finding(story, 13, "about 44,000 tonnes")
    assert f.verdict == "supported"
    assert len({e.source for e in f.evidence}) >= 3


def test_wrong_value_is_contradicted_with_the_nearest_camp_and_ratio(story):
    f = _finding(story, 15, "120,000 tonnes")
    assert f.verdict == "contradicted"
    assert "86,000 tonnes" in f.message and f.ratio == pytest.approx(120 / 86, rel=0.01)
    assert "scale error" not in f.message


def test_subject_no_source_gives_is_unsupported(story):
    f = _finding(story, 17, "7,000 tonnes")
    assert f.verdict == "unsupported"
    assert f.group is None and not f.evidence


def test_the_draft_is_checked_against_itself(story):
    pairs = {(k.first.line, k.second.line) for k in story.conflicts}
    # 44,000 t then 60,000 t for Chile's output; the council's 49 Mt then the council's 9.3 Mt; 93 Mt then 9.3 Mt
    assert (13, 19) in pairs and (5, 9) in pairs and (7, 11) in pairs
    # USGS's 9.3 Mt and the council's 49 Mt are two bodies' figures, reported as such: not a conflict
    assert (3, 5) not in pairs


def test_less_than_one_percent_is_supported_by_one_percent(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.md").write_text("Ostland produced 1% of the world's tungsten in 2023, the survey said.\n", encoding="utf-8")
    (src / "b.md").write_text("Ostland's share of world tungsten production was 1% in 2023.\n", encoding="utf-8")
    draft = tmp_path / "draft.txt"
    draft.write_text("Ostland mined less than 1% of world tungsten output in 2023.\n", encoding="utf-8")
    r = check_draft(draft, src)
    assert [f.verdict for f in r.findings] == ["supported"]


def test_bound_that_excludes_the_sources_is_contradicted(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.md").write_text("Ostland produced 12,000 tonnes of tungsten in 2023.\n", encoding="utf-8")
    draft = tmp_path / "draft.md"
    draft.write_text("Ostland produced more than 20,000 tonnes of tungsten in 2023.\n", encoding="utf-8")
    r = check_draft(draft, src)
    assert [f.verdict for f in r.findings] == ["contradicted"]


def test_draft_inside_its_sources_folder_is_not_read_as_a_source(tmp_path):
    (tmp_path / "a.md").write_text("Ostland produced 12,000 tonnes of tungsten in 2023.\n", encoding="utf-8")
    draft = tmp_path / "story.md"
    draft.write_text("Ostland produced 12,000 tonnes of tungsten in 2023.\n", encoding="utf-8")
    r = check_draft(draft, tmp_path)
    assert [s.name for s in r.sources.sources] == ["a.md"]
    assert r.findings[0].verdict == "supported"
    assert [e.source for e in r.findings[0].evidence] == ["a.md"]


def test_same_body_matches_spellings_of_one_body_only():
    assert same_body("the ministry", "Ministry of Natural Resources, Nordavia")
    assert same_body("USGS", "USGS")
    assert not same_body("USGS", "Salar Producers Council")
    assert not same_body(None, "USGS")


# -- formats and exit status ------------------------------------------------------------------------------

def _run(*args):
    return CliRunner().invoke(main, ["draft", *map(str, args)])


def test_lint_lines_follow_the_file_line_col_convention():
    res = _run(STORY, "--sources", SOURCES, "--format", "lint")
    assert res.exit_code == 1, res.output  # contradicted and misattributed fail by default
    lines = res.output.splitlines()
    assert lines
    pat = re.compile(r"^(?P<file>.+?):(?P<line>\d+):(?P<col>\d+): (?P<verdict>[a-z]+): (?P<msg>.+)$")
    parsed = [pat.match(ln) for ln in lines]
    assert all(parsed), lines
    verdicts = {m["verdict"] for m in parsed}
    assert {"contradicted", "misattributed", "disputed", "unsupported", "inconsistent"} <= verdicts
    assert "supported" not in verdicts  # only findings that need the editor
    assert all(m["file"] == str(STORY) for m in parsed)
    source_line = STORY.read_text(encoding="utf-8").splitlines()[6]
    col = next(int(m["col"]) for m in parsed if m["line"] == "7" and m["verdict"] == "contradicted")
    assert source_line[col - 1:].startswith("93 million tonnes")


def test_json_has_the_documented_shape():
    res = _run(STORY, "--sources", SOURCES, "--format", "json", "--fail-on", "never")
    assert res.exit_code == 0, res.output
    data = json.loads(res.output)
    assert data["draft"] == STORY.name
    keys = {"id", "text", "line", "column", "value", "low", "high", "unit", "subject", "attribution", "verdict",
            "evidence", "advice"}
    for fig in data["figures"]:
        assert keys <= set(fig)
        assert fig["verdict"] in VERDICTS
        for e in fig["evidence"]:
            assert {"source", "sentence", "value", "unit", "attribution"} <= set(e)
    assert data["summary"]["misattributed"] == 1
    assert data["coverage"]["sources_read"] == 8


def test_markdown_and_text_list_every_verdict_section():
    md = _run(STORY, "--sources", SOURCES, "--format", "md", "--fail-on", "never")
    assert md.exit_code == 0
    for title in ("Contradicted by the sources", "Misattributed", "Disputed among the sources", "Not in the sources",
                  "Supported", "The draft disagrees with itself", "Coverage"):
        assert f"## {title}" in md.output
    assert "**93 million tonnes**" in md.output
    text = _run(STORY, "--sources", SOURCES, "--fail-on", "never")
    assert text.exit_code == 0
    assert "MISATTRIBUTED" in text.output and "advice:" in text.output


def test_fail_on_sets_the_exit_status(tmp_path):
    clean = tmp_path / "clean.md"
    clean.write_text("Australia mined 86,000 tonnes of lithium in 2023, the USGS says.\n", encoding="utf-8")
    assert _run(clean, "--sources", SOURCES).exit_code == 0
    assert _run(STORY, "--sources", SOURCES).exit_code == 1
    assert _run(STORY, "--sources", SOURCES, "--fail-on", "never").exit_code == 0
    assert _run(STORY, "--sources", SOURCES, "--fail-on", "unsupported").exit_code == 1
    bad = _run(STORY, "--sources", SOURCES, "--fail-on", "wrong")
    assert bad.exit_code == 2 and "unknown verdict" in bad.output


def test_unreadable_draft_is_a_usage_error(tmp_path):
    empty = tmp_path / "empty.md"
    empty.write_text("", encoding="utf-8")
    res = _run(empty, "--sources", SOURCES)
    assert res.exit_code == 2
    assert "empty" in res.output


def _sources(tmp_path, texts: dict[str, str]) -> Path:
    src = tmp_path / "src"
    src.mkdir()
    for name, text in texts.items():
        (src / name).write_text(text, encoding="utf-8")
    return src


TUNGSTEN = {
    "survey.md": "The Geological Survey of Ostland estimates Ostland's tungsten reserves at 1.2 million tonnes.\n",
    "ministry.md": "Ostland's Ministry of Mines says the country's tungsten reserves total 4.8 million tonnes.\n",
}


def test_a_ratio_in_a_later_sentence_is_checked_against_the_figures_before_it(tmp_path):
    src = _sources(tmp_path, TUNGSTEN)
    draft = tmp_path / "d.md"
    draft.write_text("Ostland's tungsten reserves are 1.2 million tonnes, the Geological Survey of Ostland says.\n\n"
                     "The Ministry of Mines puts Ostland's tungsten reserves at 4.8 million tonnes.\n\n"
                     "The ministry's number is ten times the survey's.\n", encoding="utf-8")
    r = check_draft(draft, src)
    ratio = next(f for f in r.findings if f.claim.figure.kind == "multiple")
    assert ratio.verdict == "contradicted" and "overstated" in ratio.message and "×4.0" in ratio.message


def test_according_to_a_generic_body_resolves_to_the_body_named_earlier(tmp_path):
    src = _sources(tmp_path, TUNGSTEN)
    draft = tmp_path / "d.md"
    draft.write_text("Ostland's Ministry of Mines has a bold view of tungsten.\n\n"
                     "Ostland's tungsten reserves are 1.2 million tonnes, according to the ministry.\n", encoding="utf-8")
    r = check_draft(draft, src)
    (f,) = r.findings
    assert f.claim.attribution and "Ministry of Mines" in f.claim.attribution
    assert f.verdict == "misattributed"


def test_the_countrys_ministry_is_a_body(tmp_path):
    src = _sources(tmp_path, TUNGSTEN)
    draft = tmp_path / "d.md"
    draft.write_text("Ostland's Ministry of Mines is upbeat.\n\n"
                     "The country's ministry reports 4.8 million tonnes of tungsten reserves in Ostland.\n",
                     encoding="utf-8")
    r = check_draft(draft, src)
    (f,) = r.findings
    assert f.verdict == "supported" and "attribution confirmed" in f.message


def test_a_year_no_source_gives_is_unsupported_not_confirmed(tmp_path):
    src = _sources(tmp_path, {"a.md": "Ostland produced 12,000 tonnes of tungsten in 2023.\n",
                              "b.md": "In 2023 Ostland mined about 12,000 tonnes of tungsten.\n"})
    draft = tmp_path / "d.md"
    draft.write_text("Ostland produced 12,000 tonnes of tungsten in 2015.\n", encoding="utf-8")
    (f,) = check_draft(draft, src).findings
    assert f.verdict == "unsupported" and "only for 2023" in f.message


def test_a_present_figure_meets_the_sources_starting_point_of_a_change(tmp_path):
    src = _sources(tmp_path, {"a.md": "Ostland wants to cut the share of imports in its tungsten use from 60% "
                                      "to 30% by 2030.\n"})
    draft = tmp_path / "d.md"
    draft.write_text("Ostland's share of imports in its tungsten use is 60%.\n", encoding="utf-8")
    (f,) = check_draft(draft, src).findings
    assert f.verdict == "supported" and f.evidence[0].figure.value == 60


# -- drafts as .txt, .html and .docx give the same verdicts as the Markdown draft ----------------------------

def _verdicts(report):
    return sorted((f.claim.figure.text, f.verdict) for f in report.findings)


def _story_paragraphs() -> list[str]:
    return [p.strip() for p in STORY.read_text(encoding="utf-8").split("\n\n") if p.strip() and not p.startswith("#")]


def test_a_plain_text_draft(tmp_path, story):
    draft = tmp_path / "story.txt"
    draft.write_text("\n\n".join(_story_paragraphs()) + "\n", encoding="utf-8")
    assert _verdicts(check_draft(draft, SOURCES)) == _verdicts(story)


def test_an_html_draft(tmp_path, story):
    body = "".join(f"<p>{p}</p>\n" for p in _story_paragraphs())
    draft = tmp_path / "story.html"
    draft.write_text("<!doctype html><html><head><title>Lithium: who holds what</title></head><body>"
                     "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
                     f"<article><h1>Lithium: who holds what</h1>\n{body}</article>"
                     "<footer>Subscribe for 3 issues a week</footer></body></html>", encoding="utf-8")
    r = check_draft(draft, SOURCES)
    assert _verdicts(r) == _verdicts(story)
    # line:column point into the draft's text as read, at the figure
    lines = r.draft.text.splitlines()
    for f in r.findings:
        assert lines[f.claim.line - 1][f.claim.column - 1:].startswith(f.claim.figure.text)


def test_a_word_draft(tmp_path, story):
    docx = pytest.importorskip("docx")
    doc = docx.Document()
    doc.add_heading("Lithium: who holds what", 1)
    for p in _story_paragraphs():
        doc.add_paragraph(p)
    draft = tmp_path / "story.docx"
    doc.save(draft)
    r = check_draft(draft, SOURCES)
    assert _verdicts(r) == _verdicts(story)
    lint = _run(draft, "--sources", SOURCES, "--format", "lint")
    assert lint.exit_code == 1 and f"{draft}:" in lint.output and ": misattributed: " in lint.output


def test_draft_reports_as_html_csv_and_claimreview(tmp_path):
    import pandas as pd

    html = tmp_path / "d.html"
    assert _run(STORY, "--sources", SOURCES, "--format", "html", "-o", html, "--fail-on", "never").exit_code == 0
    page = html.read_text(encoding="utf-8")
    assert "93 million tonnes" in page and "<script src" not in page
    csv = tmp_path / "d.csv"
    assert _run(STORY, "--sources", SOURCES, "--format", "csv", "-o", csv, "--fail-on", "never").exit_code == 0
    frame = pd.read_csv(csv)
    data = check_draft(STORY, SOURCES).as_dict()
    assert list(frame["id"]) == [f["id"] for f in data["figures"]]
    assert list(frame["verdict"]) == [f["verdict"] for f in data["figures"]]
    cr = _run(STORY, "--sources", SOURCES, "--format", "claimreview", "--fail-on", "never")
    reviews = json.loads(cr.output)
    assert len(reviews) == len(data["figures"])
    assert all(r["@type"] == "ClaimReview" and r["reviewRating"]["alternateName"] for r in reviews)
    assert {r["reviewRating"]["alternateName"] for r in reviews} >= {"Contradicted by the sources",
                                                                     "Attributed to the wrong source"}


# -- general-news context the drafts rely on (own sentences) ---------------------------------------------

def _claims(tmp_path, text: str):
    from reecheck import check

    (tmp_path / "a.md").write_text(text, encoding="utf-8")
    return check(tmp_path).claims


def test_a_body_with_a_relative_clause_still_speaks(tmp_path):
    (c,) = _claims(tmp_path, "The Pasture Growers Union, which speaks for farmers in Eastmark, Westmark and Lowfield, "
                             "estimates the national barley crop at 8.4 million tonnes.\n")
    assert c.attribution == "Pasture Growers Union"


def test_a_body_defined_with_its_acronym_is_named_in_full_with_it(tmp_path):
    (c,) = _claims(tmp_path, "Ostland's barley harvest will reach 8.4 million tonnes, the Ostland Bureau of Farm "
                             "Economics (OBFE) said on Monday.\n")
    assert c.attribution == "Ostland Bureau of Farm Economics (OBFE)"


def test_a_titled_person_is_never_the_entity(tmp_path):
    claims = _claims(tmp_path, "Ostland pumped 1.2 million barrels per day in May, Deputy Energy Minister Ivan "
                               "Petrov told reporters.\n\nThe ministry reported output of 61 million tonnes for 2024.\n")
    assert {c.entity for c in claims} == {"Ostland"}


def test_money_per_unit_without_a_metric_is_a_price(tmp_path):
    (c,) = _claims(tmp_path, "Benchmark crude was at $61.40 a barrel on Tuesday.\n")
    assert c.metric == "price"


def test_a_fraction_of_something_is_a_share(tmp_path):
    (c,) = _claims(tmp_path, "Imports cover about three-quarters of Ostland's tin needs.\n")
    assert c.figure.unit == "percent" and c.figure.value == 75


@pytest.mark.parametrize("text", ["One in five Ostland tin mines is idle.\n", "Two out of every ten Ostland tin mines are idle.\n"])
def test_a_proportion_is_a_share_in_percent(tmp_path, text):
    (c,) = _claims(tmp_path, text)
    assert c.figure.unit == "percent" and c.figure.value == pytest.approx(20)


def test_a_figure_over_the_quota_is_an_excess_and_the_allowance_a_quota(tmp_path):
    claims = _claims(tmp_path, "Ostland pumped 1.2 million barrels per day in May. That left May output 200,000 "
                               "barrels per day over the quota. That is well above the 1 million b/d it is allowed "
                               "to pump.\n")
    assert [c.metric for c in claims] == ["production", "excess over quota", "quota"]


def test_thousand_barrels_a_day_meets_barrels_a_day(tmp_path):
    (tmp_path / "a.md").write_text("Ostland pumped 1.77 million barrels per day in April, the ministry said.\n",
                                   encoding="utf-8")
    (tmp_path / "b.md").write_text("Ostland's production in April reached 1,770 kb/d.\n", encoding="utf-8")
    from reecheck import check

    r = check(tmp_path)
    assert [v.status for v in r.verdicts] == ["consistent"]


def test_an_increase_of_a_quantity_is_a_change_not_a_level(tmp_path):
    claims = _claims(tmp_path, "Ostland produced 1.2 million barrels per day in May. Producers may agree a further "
                               "increase of 400,000 barrels per day in July.\n")
    assert [c.metric for c in claims] == ["production", "rise in production"]
