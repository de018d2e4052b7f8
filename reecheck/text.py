"""Sentence and clause boundaries, shared by the figure reader and the context stage.

Kept deliberately simple and fast: a sentence ends at . ! or ? followed by white space and a capital,
digit or quote, unless the word before the stop is an abbreviation ("U.S.", "Mr.", "approx.") or a
single capital initial; a line break always ends a sentence (sources are one paragraph per line).
"""
from __future__ import annotations

import re

#: Words whose trailing full stop does not end a sentence.
ABBREVIATIONS = frozenset(
    "mr mrs ms dr prof st jr sr inc ltd corp co plc no nos vs etc approx est fig figs p pp vol ed eds "
    "jan feb mar apr jun jul aug sep sept oct nov dec gov gen sen rep dept univ e.g i.e cf al ca c".split()
)

_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|\n+")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.$")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of ``text`` (white space trimmed, empty ones dropped)."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _END.finditer(text):
        if m.group(0)[0] == ".":
            w = _WORD_BEFORE.search(text, max(0, m.start() - 20), m.start() + 1)
            if w:
                word = w.group(1).lower().rstrip(".")
                if word in ABBREVIATIONS or "." in word or (len(word) == 1 and w.group(1).isupper()):
                    continue
        end = m.end() if m.group(0)[0] != "\n" else m.start()
        _push(text, start, end, spans)
        start = m.end()
    _push(text, start, len(text), spans)
    return spans


def _push(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


#: Clause breaks inside a sentence: semicolons, colons, dashes used as breaks, and ", but"/", while".
CLAUSE_BREAK = re.compile(r";|:\s|\s[—–-]\s|—|,\s+(?:but|while|whereas|yet|although|though|and\s+(?=a\s|the\s))\s")


def clause_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the clauses of the sentence ``text[start:end]``."""
    spans = []
    pos = start
    for m in CLAUSE_BREAK.finditer(text, start, end):
        spans.append((pos, m.start()))
        pos = m.end()
    spans.append((pos, end))
    return [s for s in spans if s[1] > s[0]]
