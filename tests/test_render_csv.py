"""CSV: one row per figure, every JSON field plus group status and camp, read back by pandas unchanged."""
from __future__ import annotations

import io
import json
import math
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

import reecheck
from reecheck.cli import main
from reecheck.render_csv import figure_rows, to_csv

DATA = Path(__file__).resolve().parents[1] / "data" / "sources"


@pytest.fixture(scope="module")
def demo():
    return reecheck.check(DATA).as_dict()


def read_back(text: str) -> pd.DataFrame:
    """What a user does: pandas.read_csv, with only empty cells taken as missing."""
    return pd.read_csv(io.StringIO(text), keep_default_na=False, na_values=[""])


def same(json_value, csv_value) -> bool:
    if json_value is None or json_value == "":
        return csv_value is None or (isinstance(csv_value, float) and math.isnan(csv_value)) or csv_value is pd.NA
    if isinstance(json_value, bool):
        return bool(csv_value) is json_value and str(csv_value) in ("True", "False")
    if isinstance(json_value, (int, float)):
        return float(csv_value) == float(json_value)
    return str(csv_value) == json_value


def test_the_csv_reads_back_into_the_same_figures_as_the_json(demo):
    frame = read_back(to_csv(figure_rows(demo)))
    figures = demo["figures"]
    assert len(frame) == len(figures) > 40
    assert list(frame.columns[:len(figures[0])]) == list(figures[0])
    for fig, (_, row) in zip(figures, frame.iterrows()):
        for field, value in fig.items():
            assert same(value, row[field]), (fig["id"], field, value, row[field])


def test_each_row_carries_its_group_status_and_camp(demo):
    frame = read_back(to_csv(figure_rows(demo))).set_index("id")
    for g in demo["groups"]:
        for n, camp in enumerate(g["camps"], 1):
            for fid in camp:
                assert frame.loc[fid, "group_status"] == g["status"]
                assert int(frame.loc[fid, "camp"]) == n
    no_group = [lo["figure"] for lo in demo["left_out"]]
    assert no_group and all(pd.isna(frame.loc[fid, "camp"]) for fid in no_group)
    # whole numbers stay whole in the file (a spreadsheet shows "2", not "2.0")
    assert ",2.0," not in to_csv(figure_rows(demo)).split("\r\n")[1]


def test_bom_is_added_only_when_asked_and_excel_style_line_ends_are_used(demo):
    rows = figure_rows(demo)
    plain, bom = to_csv(rows), to_csv(rows, bom=True)
    assert not plain.startswith("\ufeff") and bom == "\ufeff" + plain
    assert plain.split("\r\n")[0].startswith("id,source,sentence,text,value")
    assert pd.read_csv(io.BytesIO(bom.encode("utf-8")), encoding="utf-8-sig").columns[0] == "id"


@pytest.mark.parametrize(("cell", "written"), [
    # a cell a spreadsheet would run as a formula gets the usual apostrophe guard
    ("=HYPERLINK(\"http://example.org\")", "'=HYPERLINK(\"http://example.org\")"),
    ("+1+1", "'+1+1"),
    ("@SUM(A1)", "'@SUM(A1)"),
    ("-2+3+cmd", "'-2+3+cmd"),
    # a negative number as text, and ordinary text, are left alone
    ("-5 %", "-5 %"),
    ("about 49 million tonnes", "about 49 million tonnes"),
])
def test_formula_like_text_is_defused(cell, written):
    frame = read_back(to_csv([{"text": cell, "value": -5.0}]))
    assert frame.loc[0, "text"] == written
    assert frame.loc[0, "value"] == -5.0


def test_rows_of_any_shape_are_written_lists_as_json():
    """A draft report's rows carry evidence lists; they arrive as JSON text, one row per verdict."""
    rows = [{"id": "d1", "verdict": "contradicted", "evidence": [{"source": "a.txt", "value": 3.8}]},
            {"id": "d2", "verdict": "supported", "advice": "keep", "evidence": []}]
    frame = read_back(to_csv(rows))
    assert list(frame.columns) == ["id", "verdict", "evidence", "advice"]
    assert json.loads(frame.loc[0, "evidence"]) == [{"source": "a.txt", "value": 3.8}]
    assert pd.isna(frame.loc[0, "advice"]) and frame.loc[1, "advice"] == "keep"


def test_check_format_csv_writes_a_file_with_bom(write_sources, tmp_path):
    src = write_sources({"a.txt": "Ruritania's salt output reached 12 Mt in 2023, according to the Salt Board.\n",
                         "b.txt": "Ruritania's salt output reached 40 Mt in 2023, according to Brine Analytics.\n"})
    out = tmp_path / "figures.csv"
    result = CliRunner().invoke(main, ["check", str(src), "--format", "csv", "--bom", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert out.read_bytes().startswith(b"\xef\xbb\xbf")
    frame = pd.read_csv(out, encoding="utf-8-sig")
    assert list(frame["text"]) == ["12 Mt", "40 Mt"]
    assert set(frame["group_status"]) == {"discrepancy"}
    assert sorted(frame["camp"]) == [1, 2]
