"""CSV: one row per figure, written with pandas so it opens cleanly in a spreadsheet.

- :func:`figure_rows` (a check report's ``as_dict()`` → one flat dict per figure: every JSON figure
  field, plus ``group_status`` and ``camp``)
- :func:`to_csv` (any list of row dicts → CSV text; a draft report's rows work the same way)

Spreadsheets run a cell that starts with ``=``, ``+``, ``-`` or ``@`` as a formula; a source could use
that to plant one, so such text cells get a leading apostrophe (the usual guard, which spreadsheets hide).
Numbers are never touched. Lists and dicts in a row (a draft's evidence) are written as JSON text.
"""
from __future__ import annotations

import json
import re

#: Text a spreadsheet would take for a formula; a negative number ("-5") is a number, not a formula.
FORMULA_START = re.compile(r"^[=+@\t\r]|^-(?![\d.,]+\s*%?$)")


def figure_rows(data: dict) -> list[dict]:
    """One flat dict per figure: the JSON figure fields, then group status and camp number (1-based)."""
    status = {g["id"]: g["status"] for g in data["groups"]}
    camp_no = {fid: i for g in data["groups"] for i, camp in enumerate(g["camps"], 1) for fid in camp}
    rows = []
    for f in data["figures"]:
        row = dict(f)
        row["group_status"] = status.get(f["group"])
        row["camp"] = camp_no.get(f["id"])
        rows.append(row)
    return rows


def _cell(v):
    if isinstance(v, (list, dict)):
        v = json.dumps(v, ensure_ascii=False)
    if isinstance(v, str) and FORMULA_START.match(v):
        return "'" + v
    return v


def to_csv(rows: list[dict], *, bom: bool = False) -> str:
    """CSV text for ``rows`` (columns in first-seen order; RFC 4180 line ends). ``bom`` starts the text
    with a UTF-8 byte-order mark, which Excel needs to read UTF-8."""
    import pandas as pd

    columns = list(dict.fromkeys(k for r in rows for k in r))
    frame = pd.DataFrame([{k: _cell(r.get(k)) for k in columns} for r in rows], columns=columns)
    if "camp" in frame:
        frame["camp"] = frame["camp"].astype("Int64")  # whole numbers stay whole with gaps ("1", not "1.0")
    text = frame.to_csv(index=False, lineterminator="\r\n")
    return ("\ufeff" + text) if bom else text
