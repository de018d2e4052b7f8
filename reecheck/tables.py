"""Tables as figures: each number in a table cell is a figure whose context comes from its headers.

Reads: a :class:`~reecheck.sources.Source` whose text holds Markdown pipe tables (every reader renders
its tables that way: web pages, Word files, CSV, spreadsheets; Markdown sources have them as written).
Adds: one :class:`~reecheck.context.Claim` per numeric cell, and :class:`~reecheck.figures.Skipped`
records for cells that hold no figure (NA, W, a dash) and for footnote markers.

How a cell is read:
- **subject**: the row's label (the leading text cells) and the column's label (its header cells, a
  header that spans several columns shared by them) give the entity and the metric, matched against
  the rules' word lists; a label the rules do not know is used as written, so tables work with no rules.
- **unit**: the cell's own ("12 %"), else the column label's ("Reserves (metric tons)"), the row label's,
  the caption's, a note just above the table, or the nearest note above that says what the data are in
  ("Data in thousand metric tons unless otherwise noted").
- **period**: a year in the column label ("Mine production 2024e"), the row label, or the caption.
- **footnote markers**: "12 16,000" (note 12, value 16,000), "<sup>3</sup>950", "Nordavia 4" in a label.
- **position**: line:column of the cell (a spreadsheet's row and column; a CSV file's line and column).

Public functions: :func:`find_tables` (text → :class:`Table` records, called by the sources stage),
:func:`table_claims` (a source's tables → claims, skipped cells and the spans to hide from the prose
reader), :func:`mask` (text with those spans blanked).
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from .figures import Figure, Skipped, extract
from .rules import Rules

#: How many lines above a table are read as its caption and notes.
NOTE_LINES_ABOVE = 3
#: Longest line taken as a caption or note (longer ones are prose paragraphs).
NOTE_MAX_CHARS = 240
#: How far (characters) a unit phrase may run after its first word in a header or note.
UNIT_PHRASE_CHARS = 60

_SEPARATOR = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
#: A year standing for a column's period: "2024", "2024e" (estimated), "2023p" (preliminary), "2023r".
_YEAR_TOKEN = re.compile(r"(?<![\d,.])((?:19|20)\d\d)(?:[eprEPR]\b|\b)(?![,.]\d)")
_YEAR_CELL = re.compile(r"^\s*(?:19|20)\d\d[eprEPR]?\s*(?:[-–/]\s*(?:19|20)?\d\d[eprEPR]?)?\s*$")
#: A footnote number in front of a grouped value: "12 16,000" is note 12 and 16,000.
_LEAD_MARKER = re.compile(r"^(?P<m>\d{1,2})\s+(?=\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d))")
_SUP = re.compile(r"<sup>\s*([^<]{1,6}?)\s*</sup>|([⁰¹²³⁴⁵⁶⁷⁸⁹]+)")
#: A footnote number after a label: "Nordavia 4", "Reserves5".
_LABEL_MARKER = re.compile(r"(?<=[A-Za-z)])\s?(\d{1,2})$")
#: Flags after a value: estimated, preliminary, revised, an asterisk or dagger.
_VALUE_FLAG = re.compile(r"(?<=\d)\s*(?:[eprEPR]|\*+|†)$")
_NUMBER_ONLY = re.compile(r"^[<>≤≥~≈]?\s*[-−+]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?$")
#: Cells that hold no value, and why (kept so the report accounts for every cell).
_SPECIAL = (
    (re.compile(r"^(?:NA|N/A|n\.?a\.?|n/a)$"), "not available (NA)"),
    (re.compile(r"^W$"), "withheld (W)"),
    (re.compile(r"^XX$"), "not applicable (XX)"),
    (re.compile(r"^(?:-{1,3}|[—–]|\.{2,3}|…)$"), "a dash (none or not applicable)"),
    (re.compile(r"^\(\d{1,2}\)$"), "a footnote reference only"),
)
#: A note that says what a table's numbers are in ("Data in metric tons ... unless otherwise noted").
_UNIT_NOTE = re.compile(r"\b(?:data|figures|values|amounts|quantities|numbers)\s+(?:are\s+)?(?:in|as)\b"
                        r"|\bunless\s+otherwise\s+(?:noted|stated|specified)\b|^\s*\(?\s*(?:in|units?\s*:)\s", re.I)
_SOURCE_LINE = re.compile(r"^\s*(?:\*+\s*)?sources?\s*:\s*(?P<who>.+?)\s*\.?\s*$", re.I)
_CURRENCY_START = re.compile(r"(?:[A-Z]{1,3})?[$€£¥]")


@dataclass(frozen=True)
class Cell:
    """One cell: its text as written (trimmed) and its span in the source text."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Table:
    """A table found in a source's text: header rows, body rows, caption and the lines around it."""

    start: int
    end: int
    header: tuple[tuple[Cell, ...], ...]
    rows: tuple[tuple[Cell, ...], ...]
    caption: str = ""
    above: tuple[str, ...] = ()  # up to NOTE_LINES_ABOVE lines just above, nearest first
    unit_note: str = ""  # the nearest earlier note that says what the data are in
    source_line: str = ""  # "Source: ..." just above or below


# --- finding tables ------------------------------------------------------------------------------------

def find_tables(text: str) -> list[Table]:
    """Markdown pipe tables in ``text`` (runs of lines with '|' and a '---' separator, or all opening
    with '|'), with their header rows split from the body."""
    lines, pos = [], 0
    for line in text.split("\n"):
        lines.append((pos, line))
        pos += len(line) + 1
    out: list[Table] = []
    i = 0
    last_note = ""
    while i < len(lines):
        lo, line = lines[i]
        if "|" not in line:
            if _UNIT_NOTE.search(line) and len(line) <= NOTE_MAX_CHARS * 2:
                last_note = line.strip()
            i += 1
            continue
        j = i
        while j < len(lines) and "|" in lines[j][1]:
            j += 1
        block = lines[i:j]
        has_sep = any(_SEPARATOR.match(ln) for _, ln in block)
        if len(block) >= 2 and (has_sep or all(ln.lstrip().startswith("|") for _, ln in block)):
            t = _table(block, lines, i, j, last_note)
            if t is not None:
                out.append(t)
        i = j
    return out


def _split_cells(lo: int, line: str) -> list[Cell]:
    cuts = [m.start() for m in re.finditer(r"(?<!\\)\|", line)]
    bounds = [-1] + cuts + [len(line)]
    cells = []
    for a, b in zip(bounds, bounds[1:]):
        raw = line[a + 1:b]
        s = len(raw) - len(raw.lstrip())
        txt = raw.strip()
        cells.append(Cell(txt, lo + a + 1 + s, lo + a + 1 + s + len(txt)))
    if line.lstrip().startswith("|"):
        cells = cells[1:]
    if line.rstrip().endswith("|") and cells:
        cells = cells[:-1]
    return cells


def _table(block, lines, i: int, j: int, unit_note: str) -> Table | None:
    rows = [_split_cells(lo, ln) for lo, ln in block if not _SEPARATOR.match(ln)]
    rows = [r for r in rows if r]
    width = max((len(r) for r in rows), default=0)
    if width < 2:
        return None
    rows = [r + [Cell("", r[-1].end, r[-1].end)] * (width - len(r)) for r in rows]
    k = 0
    while k < len(rows) and not _data_like(rows[k]):
        k += 1
    head, body = rows[:k], rows[k:]
    captions = [r for r in head if r[0].text and not any(c.text for c in r[1:])]
    header = [r for r in head if r not in captions]
    above = []
    for lo, ln in reversed(lines[max(0, i - NOTE_LINES_ABOVE):i]):
        if not ln.strip() or "|" in ln or len(ln) > NOTE_MAX_CHARS:
            break
        above.append(ln.strip())
    source_line = ""
    for _, ln in ([lines[j]] if j < len(lines) else []) + ([lines[i - 1]] if i else []):
        m = _SOURCE_LINE.match(ln)
        if m:
            source_line = m.group("who")
            break
    caption = " ".join(r[0].text for r in captions)
    if not caption and above and not _SOURCE_LINE.match(above[0]) and len(above[0]) <= NOTE_MAX_CHARS // 2:
        caption = above[0]
    return Table(block[0][0], block[-1][0] + len(block[-1][1]), tuple(map(tuple, header)), tuple(map(tuple, body)),
                 caption, tuple(above), unit_note, source_line)


def _data_like(row) -> bool:
    """A body row: some cell after the first holds a number that is not a year heading."""
    return any(_cell_number(c.text) is not None for c in row[1:])


def _cell_number(text: str) -> str | None:
    """The value part of a cell that holds a number (markers and flags removed), else None."""
    t = _SUP.sub("", text).strip()
    if not t or _YEAR_CELL.match(t):
        return None
    t = _LEAD_MARKER.sub("", t)
    t = _VALUE_FLAG.sub("", t).strip()
    if re.search(r"\d", t) and _NUMBER_ONLY.match(t):
        return t
    fs = extract(t) if re.search(r"\d", t) and len(t) <= 40 else []
    if len(fs) == 1 and fs[0].start <= 1 and fs[0].end >= len(t) - 1:
        return t
    return None


# --- table cells → claims ------------------------------------------------------------------------------

def mask(text: str, spans) -> str:
    """``text`` with each (start, end) span blanked (same length, so offsets keep)."""
    if not spans:
        return text
    chars = list(text)
    for a, b in spans:
        for k in range(a, b):
            if chars[k] != "\n":
                chars[k] = " "
    return "".join(chars)


@dataclass(frozen=True)
class _Labels:
    row: str
    col: str


def table_claims(source, rules: Rules, start_index: int = 1, id_prefix: str = "f"):
    """Claims for the numeric cells of every table in ``source``.

    Returns ``(claims, skipped, spans)``: the claims (ids numbered from ``start_index``), the cells and
    markers that hold no figure, and the text spans the prose reader must not read again.
    """
    from .context import Claim, context_reader

    claims, skipped, spans = [], [], []
    if not source.tables:
        return claims, skipped, spans
    cr = context_reader(rules)
    doc_scope = _doc_scope(cr, source.text)
    meta = source.metadata
    n = start_index
    for t in source.tables:
        col_labels = _column_labels(t)
        label_cols = _label_columns(t)
        attribution = None
        who = t.source_line or meta.get("publisher") or meta.get("author")
        if who:
            attribution = cr.canonical_attributor(who)
        # what the table is about, most specific first: caption, the data note, the line just above
        context_texts = [t.caption, t.unit_note] + [a for a in t.above[:1] if a != t.caption]
        for row in t.rows:
            label_cells = [row[c] for c in range(len(row)) if c in label_cols]
            row_label = " ".join(_strip_label(c, skipped, spans, source.name) for c in label_cells if c.text).strip()
            for ci, cell in enumerate(row):
                if ci in label_cols or not cell.text:
                    continue
                special = next((why for pat, why in _SPECIAL if pat.match(cell.text)), None)
                if special:
                    skipped.append((source.name, Skipped(cell.text, cell.start, cell.end, f"table cell: {special}")))
                    spans.append((cell.start, cell.end))
                    continue
                fig = _cell_figure(cell, col_labels[ci], row_label, context_texts, rules, skipped, source.name)
                if fig is None:
                    continue  # a text cell: the prose reader reads it
                spans.append((cell.start, cell.end))
                claim = _claim(Claim, cr, source, t, fig, row_label, col_labels[ci], doc_scope, attribution,
                               f"{id_prefix}{n}", context_texts)
                claims.append(claim)
                n += 1
        for hrow in t.header:  # footnote markers in headings ("Reserves5") are not figures
            for c in hrow:
                _strip_label(c, skipped, spans, source.name)
    return claims, skipped, spans


def _column_labels(t: Table) -> list[str]:
    """Each column's label: its header cells top to bottom; a heading that spans columns (followed by empty
    cells in its row, with a lower row filled in) is shared by the columns it spans."""
    width = len(t.rows[0]) if t.rows else 0
    labels = [[] for _ in range(width)]
    for hi, hrow in enumerate(t.header):
        last = ""
        lower = t.header[hi + 1] if hi + 1 < len(t.header) else None
        for ci in range(width):
            txt = _clean_label(hrow[ci].text) if ci < len(hrow) else ""
            if txt:
                last = txt if ci > 0 else ""
            elif lower is not None and ci > 0 and ci < len(lower) and lower[ci].text:
                txt = last  # under a spanning heading
            if txt:
                labels[ci].append(txt)
    return [" ".join(x) for x in labels]


def _label_columns(t: Table) -> set[int]:
    """Leading columns whose body cells are mostly text: together they label the row."""
    out = {0}
    width = len(t.rows[0]) if t.rows else 0
    for ci in range(1, width):
        vals = [r[ci].text for r in t.rows if r[ci].text]
        if not vals:
            break
        numeric = sum(_cell_number(v) is not None or any(p.match(v) for p, _ in _SPECIAL) for v in vals)
        if numeric * 2 >= len(vals):
            break
        out.add(ci)
    return out


def _clean_label(text: str) -> str:
    text = _SUP.sub("", text)
    return _LABEL_MARKER.sub("", text).strip()


def _strip_label(cell: Cell, skipped, spans, name: str) -> str:
    """A label without its footnote marker; the marker is recorded and hidden from the prose reader."""
    text = cell.text
    m = _LABEL_MARKER.search(text) if not _YEAR_CELL.match(text) else None
    sup = _SUP.search(text)
    if m and not any(s[0] <= cell.start + m.start(1) < s[1] for s in spans):
        a = cell.start + m.start(1)
        skipped.append((name, Skipped(m.group(1), a, a + len(m.group(1)), "footnote marker in a table label")))
        spans.append((a, a + len(m.group(1))))
    if sup and not any(s[0] <= cell.start + sup.start() < s[1] for s in spans):
        spans.append((cell.start + sup.start(), cell.start + sup.end()))
    return _clean_label(text)


def _cell_figure(cell: Cell, col_label: str, row_label: str, context_texts, rules, skipped, name) -> Figure | None:
    """The figure a numeric cell states, with the unit its headers give when it states none."""
    text = cell.text
    offset = 0
    sup = _SUP.match(text)
    if sup:
        skipped.append((name, Skipped(sup.group(0), cell.start, cell.start + sup.end(), "footnote marker in a table cell")))
        offset = sup.end()
        text = text[offset:]
        offset += len(text) - len(text.lstrip())
        text = text.strip()
    lead = _LEAD_MARKER.match(text)
    if lead:
        a = cell.start + offset
        skipped.append((name, Skipped(lead.group("m"), a, a + len(lead.group("m")), "footnote marker in a table cell")))
        offset += lead.end()
        text = text[lead.end():]
    text = _SUP.sub(lambda m: " " * len(m.group(0)), text).rstrip()
    flag = _VALUE_FLAG.search(text)
    if flag:
        text = text[:flag.start()]
    value_text = _cell_number(text)
    if value_text is None:
        return None
    own = extract(text, rules)
    own = [f for f in own if f.start <= 1]
    start = cell.start + offset
    if own and own[0].unit != "dimensionless":
        f = own[0]
        return Figure(f.value, f.low, f.high, f.unit, f.qualifier, text[f.start:f.end], start + f.start, start + f.end,
                      f.kind, f.step, "stated", f.noun, f.direction, f.hedge)
    template = None
    for where in (col_label, row_label, *context_texts):
        template = find_unit(where or "", rules)
        if template:
            break
    if template:
        probe = template.format(n=text)
        fs = [f for f in extract(probe, rules) if f.start == 0 or probe[:f.start].strip() in ("", "$", "€", "£", "¥")]
        if fs:
            f = fs[0]
            return Figure(f.value, f.low, f.high, f.unit, f.qualifier, text, start, start + len(text), f.kind, f.step,
                          "table header", f.noun, f.direction, f.hedge)
    if own:
        f = own[0]
        return Figure(f.value, f.low, f.high, f.unit, f.qualifier, text[f.start:f.end], start + f.start, start + f.end,
                      f.kind, f.step, "stated", f.noun or _noun(col_label), f.direction, f.hedge)
    from .numbers import parse_numeral

    bare = re.sub(r"^[<>≤≥~≈]\s*", "", text).replace("−", "-")
    try:
        num = parse_numeral(bare)
    except (ValueError, ZeroDivisionError, OverflowError):
        return None
    if num is None:
        return None
    qual = {"<": "at_most", "≤": "at_most", ">": "at_least", "≥": "at_least", "~": "approx", "≈": "approx"}.get(text[:1], "exact")
    low = None if qual == "at_most" else num.value
    high = None if qual == "at_least" else num.value
    return Figure(num.value, low, high, "dimensionless", qual, text, start, start + len(text), "count", num.step,
                  "stated", _noun(col_label))


def _noun(label: str) -> str:
    return _YEAR_TOKEN.sub("", re.sub(r"\([^)]*\)", "", label)).strip().lower()


@lru_cache(maxsize=4096)
def _find_unit(text: str, rules: Rules) -> str | None:
    starts = {0} | {m.end() for m in re.finditer(r"\(\s*|\bin\s+|[:,;]\s+|\bof\s+", text)}
    for i in sorted(starts):
        rest = text[i:i + UNIT_PHRASE_CHARS]
        if not rest or rest[0].isdigit():
            continue
        cur = _CURRENCY_START.match(rest)
        candidates = []
        if cur:
            candidates.append((cur.group(0) + "1" + rest[cur.end():], cur.group(0) + "{n}", cur.end()))
        candidates.append(("1 " + rest, "{n} ", 0))
        for probe, lead, skip in candidates:
            fs = extract(probe, rules)
            f = fs[0] if fs else None
            if f is None or f.start != 0 or f.unit in ("dimensionless", "") or f.end <= len(lead.format(n="1")):
                continue
            tail = probe[len(lead.format(n="1")):f.end]
            return lead + tail.replace("{", "{{").replace("}", "}}")
    return None


def find_unit(text: str, rules: Rules | None = None) -> str | None:
    """A template that puts a number in front of the unit ``text`` names ("Reserves (thousand metric tons)"
    → "{n} thousand metric tons"), or None when it names none."""
    from .rules import load_rules

    if not text or not re.search(r"[A-Za-z%$€£¥]", text):
        return None
    return _find_unit(text, rules or load_rules())


def _doc_scope(cr, text: str) -> str | None:
    counts: dict[str, int] = {}
    for m in cr.mentions(cr.re_scope, cr.scopes, text, 0, len(text)):
        counts[m.name] = counts.get(m.name, 0) + 1
    return max(counts.items(), key=lambda kv: kv[1])[0] if counts else None


def _first(cr, regex, table, texts) -> str | None:
    for t in texts:
        if t:
            ms = cr.mentions(regex, table, t, 0, len(t))
            if ms:
                return ms[0].name
    return None


def _claim(Claim, cr, source, t: Table, f: Figure, row_label: str, col_label: str, doc_scope, attribution,
           cid: str, context_texts) -> object:
    """The claim one cell makes: subject from its labels, period from a year heading."""
    labels = [col_label, row_label]
    ent = None
    for lab in (row_label, col_label):
        ms = [m for m in cr.mentions(cr.re_entity, cr.entities, lab, 0, len(lab))]
        if ms:
            ent = ms[0].name
            break
    if ent is None:
        for lab in (row_label, col_label):
            bare = _YEAR_TOKEN.sub("", re.sub(r"\([^)]*\)", "", lab)).strip(" ,;:")
            if bare and not cr.re_metric.search(bare) and re.search(r"[A-Za-z]", bare):
                ent = bare
                break
    metric = _first(cr, cr.re_metric, cr.metrics, labels + context_texts)
    if metric is None:
        metric = _noun(col_label) or None
    scope = _first(cr, cr.re_scope, cr.scopes, labels + context_texts) or doc_scope
    basis = _first(cr, cr.re_basis, cr.bases, labels + context_texts)
    period, is_target = None, False
    for lab in (col_label, row_label, t.caption):
        y = _YEAR_TOKEN.search(lab or "")
        if y:
            period = y.group(1)
            break
    if cr.re_target_cue.search(col_label) or cr.re_forecast.search(col_label):
        is_target = True
        period = f"by {period}" if period else "target"
    metric_label = metric
    if metric and f.kind in ("percent", "points"):
        metric_label = f"share of {metric}"
    subject = " · ".join(x for x in (ent, metric_label, scope) if x) or "(no subject)"
    where = f"{t.caption}: " if t.caption else ""
    sentence = f"{where}{row_label or '(row)'} · {col_label or '(column)'}: {source.text[f.start:f.end]}"
    line, col = source.position(f.start)
    return Claim(cid, source.name, f, sentence, line, col, ent, metric_label, scope, basis, attribution, period,
                 is_target, subject)
