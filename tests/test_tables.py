"""Tables as figures: a cell's subject from its row and column headings, its unit from the headings, the
caption or a note above, footnote markers recognised; every table format goes through the same path."""
from __future__ import annotations

import csv
import io

import pytest

from reecheck.pipeline import check
from reecheck.rules import load_rules
from reecheck.sources import clean_text
from reecheck.tables import find_tables, find_unit, table_claims

# A commodity chapter in the style of a national survey's yearly summary; every number is invented.
CHAPTER = """---
title: Rare earths chapter
publisher: USGS
date: 2025-01-31
---
# RARE EARTHS

(Data in metric tons of rare-earth oxide (REO) equivalent content unless otherwise noted)

Domestic Production and Use: One mine in the western states shipped concentrate all year.

World Mine Production and Reserves: Reserves for two countries were revised from company reports.

|  | Mine production |  | Reserves |
|---|---|---|---|
|  | 2023 | 2024e |  |
| United States | 41,000 | 44,000 | 1,800,000 |
| Australia | 17,000 | 12 16,000 | 5,600,000 |
| Brazil 3 | 120 | 25 | 21,000,000 |
| China | 250,000 | 260,000 | 43,000,000 |
| Vietnam | 300 | W | NA |
| World total (rounded) | 370,000 | 380,000 | 91,000,000 |
"""


def _claims(text: str, rules, name: str = "chapter.md"):
    src = clean_text(text, rules, path=name, name=name)
    claims, skipped, spans = table_claims(src, rules)
    return src, claims, skipped, spans


def _by_subject(claims):
    return {(c.subject, c.period): (c.figure.value, c.figure.unit) for c in claims}


def test_a_survey_style_pipe_table_yields_per_country_reserves_and_production(rules):
    _, claims, _, _ = _claims(CHAPTER, rules)
    got = _by_subject(claims)
    # subject from the row (country) and the column (a heading spanning two year columns); unit from the
    # note at the top of the chapter; period from the year heading ("2024e" is an estimate for 2024)
    assert got[("China · reserves · rare earths", None)] == (43_000_000, "metric_ton")
    assert got[("China · production · rare earths", "2023")] == (250_000, "metric_ton")
    assert got[("China · production · rare earths", "2024")] == (260_000, "metric_ton")
    assert got[("United States · reserves · rare earths", None)] == (1_800_000, "metric_ton")
    assert got[("world · production · rare earths", "2024")] == (380_000, "metric_ton")
    assert len(claims) == 16  # 6 rows × 3 value columns, less the W and NA cells


def test_table_cells_carry_basis_attribution_and_cell_position(rules):
    src, claims, _, _ = _claims(CHAPTER, rules)
    china = next(c for c in claims if c.subject == "China · reserves · rare earths")
    assert china.basis == "oxide"  # "rare-earth oxide (REO) equivalent" in the note
    assert china.attribution == "USGS"  # the document's publisher states its own table
    line = CHAPTER.split("\n")[china.line - 1]
    assert line.startswith("| China |")
    assert line[china.column - 1:].startswith("43,000,000")
    assert china.figure.unit_from == "table header"


def test_footnote_markers_are_recognised_not_read_as_values(rules):
    _, claims, skipped, _ = _claims(CHAPTER, rules)
    aus = next(c for c in claims if c.subject == "Australia · production · rare earths" and c.period == "2024")
    assert (aus.figure.value, aus.figure.text) == (16_000, "16,000")  # "12 16,000": note 12, value 16,000
    brazil = [c for c in claims if c.entity == "Brazil"]
    assert len(brazil) == 3  # "Brazil 3": the label is Brazil, 3 is a note
    reasons = {(s.text, s.reason) for _, s in skipped}
    assert ("12", "footnote marker in a table cell") in reasons
    assert ("3", "footnote marker in a table label") in reasons
    assert ("W", "table cell: withheld (W)") in reasons
    assert ("NA", "table cell: not available (NA)") in reasons


def test_the_prose_reader_does_not_read_table_cells_twice(rules, tmp_path):
    (tmp_path / "chapter.md").write_text(CHAPTER, encoding="utf-8")
    report = check(tmp_path, rules)
    texts = [c.figure.text for c in report.claims]
    assert texts.count("43,000,000") == 1
    assert "16,000" in texts and "12 16,000" not in texts
    assert not any(c.figure.text in ("3", "12") for c in report.claims)


def test_a_table_figure_groups_with_prose_figures_on_the_same_subject(rules, tmp_path):
    (tmp_path / "chapter.md").write_text(CHAPTER, encoding="utf-8")
    (tmp_path / "wire.txt").write_text(
        "China holds rare earth reserves of 43 million tonnes, the USGS says.\n"
        "Brazil's rare earth reserves are put at 2.1 million tonnes by a trade newsletter.\n", encoding="utf-8")
    report = check(tmp_path, rules)
    d = report.as_dict()
    groups = {g["subject"]: g for g in d["groups"]}
    china = groups["China · reserves · rare earths"]
    assert china["status"] == "consistent" and len(china["figures"]) == 2
    brazil = groups["Brazil · reserves · rare earths"]
    assert brazil["status"] == "discrepancy"  # 21,000,000 t in the table vs 2.1 million t in prose


# --- units from headings, captions and notes ------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Reserves (metric tons)", "{n} metric tons"),
    ("Production, thousand metric tons", "{n} thousand metric tons"),
    ("Data in metric tons of rare-earth oxide (REO) equivalent content unless otherwise noted", "{n} metric tons"),
    ("Share (%)", "{n} %"),
    ("Price ($/kg)", "${n}/kg"),
    ("Mine production 2024", None),  # a year is not a unit
    ("World total (rounded)", None),
])
def test_find_unit_reads_a_unit_phrase_from_a_heading_or_note(rules, text, expected):
    assert find_unit(text, rules) == expected


def test_a_unit_in_the_column_heading_beats_the_caption(rules):
    text = ("Table 2. Ore output (metric tons)\n\n| Mine | Output (thousand metric tons) | Grade (%) |\n|---|---|---|\n"
            "| Kestrel | 12.5 | 1.8 |\n")
    _, claims, _, _ = _claims(text, rules)
    out = {c.figure.text: (c.figure.value, c.figure.unit, c.figure.kind) for c in claims}
    assert out["12.5"] == (12_500, "metric_ton", "quantity")
    assert out["1.8"] == (1.8, "percent", "percent")


def test_a_cell_that_states_its_own_unit_keeps_it(rules):
    text = "| Mine | Output |\n|---|---|\n| Kestrel | 4.2 Mt |\n| Osprey | 950 kt |\n"
    _, claims, _, _ = _claims(text, rules)
    assert [(c.figure.value, c.figure.unit, c.figure.unit_from) for c in claims] == [
        (4.2, "megametric_ton", "stated"), (950, "kilometric_ton", "stated")]


def test_a_table_with_no_unit_anywhere_gives_counts_named_by_the_column(rules):
    text = "| Region | Mines |\n|---|---|\n| North | 14 |\n| South | 9 |\n"
    _, claims, _, _ = _claims(text, rules)
    assert [(c.entity, c.figure.value, c.figure.unit, c.figure.noun) for c in claims] == [
        ("North", 14, "dimensionless", "mines"), ("South", 9, "dimensionless", "mines")]


def test_tables_work_with_no_rules_at_all():
    bare = load_rules(defaults=False)
    text = "| Country | Output 2023 (tonnes) |\n|---|---|\n| Nordavia | 4,400 |\n"
    src = clean_text(text, bare, name="t.md")
    claims, _, _ = table_claims(src, bare)
    (c,) = claims
    assert (c.entity, c.period, c.figure.value) == ("Nordavia", "2023", 4400)
    assert c.metric  # the column's words stand for the metric when no rule names one


def test_a_transposed_table_takes_the_year_from_the_row_and_the_entity_from_the_column(rules):
    text = "Output in metric tons\n\n| Year | Chile | Peru |\n|---|---|---|\n| 2022 | 5,000 | 3,100 |\n| 2023 | 5,200 | 3,300 |\n"
    _, claims, _, _ = _claims(text, rules)
    got = {(c.entity, c.period): c.figure.value for c in claims}
    assert got == {("Chile", "2022"): 5000, ("Peru", "2022"): 3100, ("Chile", "2023"): 5200, ("Peru", "2023"): 3300}


def test_pipe_lines_without_a_separator_or_leading_pipe_are_not_a_table():
    assert find_tables("Ratio a | b in one line\nand another | line here") == []
    assert len(find_tables("| a | b |\n| 1 | 2 |")) == 1


# --- the same figures from every table format ----------------------------------------------------------

ROWS = [["Country", "Mine production 2024 (metric tons)", "Reserves (metric tons)"],
        ["Chile", "44,000", "9,300,000"], ["Peru", "3,100", "120,000"]]


def _expected(rules):
    md = "| " + " | ".join(ROWS[0]) + " |\n|---|---|---|\n" + "".join("| " + " | ".join(r) + " |\n" for r in ROWS[1:])
    _, claims, _, _ = _claims(md, rules)
    return sorted((c.subject, c.period, c.figure.value, c.figure.unit) for c in claims)


def _got(report):
    return sorted((c.subject, c.period, c.figure.value, c.figure.unit) for c in report.claims)


def test_csv_gives_the_same_figures_as_the_markdown_table_and_points_at_file_cells(rules, tmp_path):
    buf = io.StringIO()
    csv.writer(buf).writerows(ROWS)
    (tmp_path / "t.csv").write_text(buf.getvalue(), encoding="utf-8")
    report = check(tmp_path, rules)
    assert _got(report) == _expected(rules)
    reserves = next(c for c in report.claims if c.figure.value == 9_300_000)
    line = buf.getvalue().splitlines()[reserves.line - 1]
    assert line[reserves.column - 1:].startswith('"9,300,000"') or line[reserves.column - 1:].startswith("9,300,000")


def test_xlsx_gives_the_same_figures_and_points_at_row_and_column(rules, tmp_path):
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Mining"
    ws.append(ROWS[0])
    for r in ROWS[1:]:
        ws.append([r[0]] + [int(x.replace(",", "")) for x in r[1:]])
    wb.save(tmp_path / "t.xlsx")
    report = check(tmp_path, rules)
    assert _got(report) == _expected(rules)
    reserves = next(c for c in report.claims if c.figure.value == 9_300_000)
    assert (reserves.line, reserves.column) == (2, 3)  # row 2, column C


def test_an_html_table_gives_the_same_figures(rules, tmp_path):
    cells = "".join("<tr>" + "".join(f"<td>{x}</td>" for x in r) + "</tr>" for r in ROWS[1:])
    head = "<tr>" + "".join(f"<th>{x}</th>" for x in ROWS[0]) + "</tr>"
    html = (f"<html><head><title>Mining table</title></head><body><article><p>The ministry published its yearly "
            f"mining tables on Monday, with new output figures and revised reserves.</p>"
            f"<table><thead>{head}</thead><tbody>{cells}</tbody></table></article></body></html>")
    (tmp_path / "t.html").write_text(html, encoding="utf-8")
    report = check(tmp_path, rules)
    assert _got(report) == _expected(rules)


def test_a_docx_table_gives_the_same_figures(rules, tmp_path):
    import docx

    d = docx.Document()
    d.add_paragraph("The ministry published its yearly mining tables.")
    t = d.add_table(rows=len(ROWS), cols=3)
    for i, r in enumerate(ROWS):
        for j, x in enumerate(r):
            t.cell(i, j).text = x
    d.save(tmp_path / "t.docx")
    report = check(tmp_path, rules)
    assert _got(report) == _expected(rules)
