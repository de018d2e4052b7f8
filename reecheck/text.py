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

#: Written to open with one character class ("[.!?]+ ... |\n+" as one), which the regex engine skips to fast.
_END = re.compile(r"[.!?\n](?:(?<=[.!?])[.!?]*[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|(?<=\n)\n*)")
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


def trie_alternation(words) -> str:
    """A regex alternation of ``words`` shaped as a prefix tree ("t(?:en|h(?:irty|ree))").

    Python's regex engine tries the branches of a flat alternation one after another at every position; a tree
    lets it rule out most words on their first letter, which makes word lists several times faster to scan.
    Longer words are tried before their prefixes ("thousand" before "thou"), as in a longest-first list.
    """
    tree: dict = {}
    for w in set(words):
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_regex(tree) if tree else r"(?!x)x"


def _trie_regex(node: dict) -> str:
    ends = "" in node
    branches = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?" if len(branches) > 1 or len(body) > 1 else body + "?"
    return body


def _ci(ch: str) -> str:
    """``ch`` as a regex atom that matches either case ("t" → "[tT]"), or escaped when it has no case."""
    lo, up = ch.lower(), ch.upper()
    if lo == up or len(lo) != 1 or len(up) != 1:
        return re.escape(ch)
    return f"[{lo}{up}]"


def phrase_alternation(phrases, exact=None) -> str:
    """A regex that matches any of ``phrases``, longest first, grouped by first letter.

    ``exact(phrase)`` says whether a phrase must match letter case exactly (default: all case-blind). The result
    behaves like the flat alternation of the phrases sorted longest first, but each group opens with a character
    class, so the regex engine skips the whole group on one comparison at positions where it cannot start.
    """
    groups: dict[str, list[str]] = {}
    for p in sorted({p for p in phrases if p}, key=len, reverse=True):
        groups.setdefault(p[0].lower(), []).append(p)
    if not groups:
        return r"(?!x)x"
    out = []
    for members in groups.values():
        firsts: set[str] = set()
        for p in members:
            firsts.update({p[0]} if exact and exact(p) else {p[0], p[0].lower(), p[0].upper()})
        firsts = {c for c in firsts if len(c) == 1}
        head = re.escape(next(iter(firsts))) if len(firsts) == 1 else "[" + "".join(re.escape(c) for c in sorted(firsts)) + "]"
        alts = []
        for p in members:
            if exact and exact(p):
                guard = f"(?<={re.escape(p[0])})" if len(firsts) > 1 else ""
                alts.append(guard + re.escape(p[1:]))
            else:
                alts.append("".join(_ci(c) for c in p[1:]))
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        out.append(head + body)
    return "|".join(out)


class TailMatch:
    """A match of a :class:`TailPattern`, with offsets in the original (not reversed) string."""

    __slots__ = ("_m", "_n", "_s")

    def __init__(self, m: re.Match, s: str) -> None:
        self._m, self._n, self._s = m, len(s), s

    # group, start and end work the span out themselves: the figure reader calls them for every number
    def group(self, name: int | str = 0) -> str:
        a, b = self._m.span(name)
        return self._s[self._n - b:self._n - a] if a >= 0 else ""

    def span(self, name: int | str = 0) -> tuple[int, int]:
        a, b = self._m.span(name)
        return (self._n - b, self._n - a) if a >= 0 else (-1, -1)

    def start(self, name: int | str = 0) -> int:
        a, b = self._m.span(name)
        return self._n - b if a >= 0 else -1

    def end(self, name: int | str = 0) -> int:
        a, b = self._m.span(name)
        return self._n - a if a >= 0 else -1


class TailPattern:
    """A pattern that must end where the string ends ("about " before a number), matched backwards.

    Python's regex engine cannot search backwards: ``re.search("(?:about|over)\\s*$", s)`` tries every start
    position of ``s``. This class takes the pattern written for the reversed string and makes one match attempt
    there; the result reports spans in the original string. ``reversed_regex`` is the mirror image of the
    pattern, so ``\\s*$`` becomes ``^\\s*`` and each phrase is spelled backwards (see :func:`reverse_phrases`).
    """

    __slots__ = ("rx",)

    def __init__(self, reversed_regex: str, flags: int = 0) -> None:
        self.rx = re.compile(reversed_regex, flags)

    def search(self, s: str) -> TailMatch | None:
        r = s[::-1]
        m = self.rx.match(r)
        return TailMatch(m, s) if m is not None else None

    def search_at(self, text: str, rev: str, end: int, window: int) -> TailMatch | None:
        """``search(text[max(0, end - window):end])`` with spans in ``text``, given ``rev == text[::-1]``.

        The figure reader tries several of these patterns before each number; reversing the text once per scan
        instead of once per try saves a slice and a copy each time (``endpos`` bounds the window exactly as the
        slice would, and none of these patterns looks behind its first character).
        """
        a = len(text) - end
        m = self.rx.match(rev, a, a + window)
        return TailMatch(m, text) if m is not None else None


def reverse_phrases(phrases) -> list[str]:
    """The phrases spelled backwards, for building a :class:`TailPattern`."""
    return [p[::-1] for p in phrases]
