"""Sentence and clause boundaries, shared by the figure reader and the context stage.

Kept deliberately simple and fast: a sentence ends at . ! or ? followed by white space and a capital,
digit or quote, unless the word before the stop is an abbreviation ("U.S.", "Mr.", "approx.") or a
single capital initial; a line break always ends a sentence (sources are one paragraph per line).
"""
from __future__ import annotations

import re
import sys

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
CLAUSE_BREAK = re.compile(r";|:\s|\s[—–-]\s|—|,\s+(?:but|while|whereas|yet|although|though|so|and\s+(?=a\s|the\s))\s")


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


#: The key of each ASCII character in a phrase tree: both cases of a letter, else the character alone.
_FOLD_KEYS = {chr(c): chr(c).lower() + chr(c).upper() if chr(c).isalpha() else chr(c) for c in range(128)}
#: The regex of each ASCII key (a class of both cases, or the escaped character), looked up while a tree is written:
#: the unit aliases alone make thousands of edges for every reader built.
_KEY_ATOMS = {**{c: re.escape(c) for c in map(chr, range(128))},
              **{k: f"[{k}]" for k in _FOLD_KEYS.values() if len(k) > 1}}


def _tree_safe(ch: str) -> bool:
    """Whether ``ch`` can sit in a phrase tree (:func:`_tree_body`): ASCII, or a character without case.

    Siblings in the tree must never match the same character, with or without case-blind flags. ASCII letters
    fold only into each other and into a few letters beyond ASCII that stand for one of them alone (dotless i,
    long s, Kelvin sign), so two different ASCII keys stay apart; a cased letter beyond ASCII ("µ" folds into
    the Greek mu) may not, and its group keeps the flat alternation.
    """
    return ch.isascii() or (ch.lower() == ch == ch.upper() and ch.casefold() == ch)


def _tree_body(members: list[str], exact_of: dict[str, bool], head_literal: bool) -> str:
    """The regex for the tails (``p[1:]``) of one first-letter group, shaped as a prefix tree.

    A flat alternation sorted longest first makes the regex engine try every member in turn; in a tree it rules
    out most of them on one character. The two match the same spans in the same order: members that match at
    one place lie on one path of the tree (siblings never share a character, see :func:`_tree_safe`), and the
    tree tries the deeper end of that path first, as the flat list tries the longer member first.

    A letter is written as the class of both its cases, so case-blind and exact members share nodes; an exact
    member is checked where it ends by a look-behind over its spelling (not needed when the group's head is its
    one spelling, ``head_literal``, and it ends there). ``exact_of`` tells for each member whether it is exact.
    """
    tree: dict = {}
    for p in members:
        node = tree
        for ch in p[1:]:
            key = _FOLD_KEYS.get(ch, ch)
            child = node.get(key)
            if child is None:
                child = node[key] = {}
            node = child
        node.setdefault("", set()).add(p if exact_of[p] else "")
    return _tree_regex(tree, head_literal)


def _tree_regex(node: dict, exact_so_far: bool) -> str:
    """The regex of one node: its edges in order, each followed by its subtree, then the members ending here.
    ``exact_so_far``: the path to the node is written in characters without case only (no class of two cases)."""
    branches = []
    for key in sorted(k for k in node if k):
        atoms, exact_path, child = [], exact_so_far, node[key]
        while True:  # a run of nodes with one edge and no member ending is written in one go
            atoms.append(_KEY_ATOMS.get(key) or re.escape(key))
            exact_path = exact_path and len(key) == 1
            if len(child) != 1 or "" in child:
                break
            key = next(iter(child))
            child = child[key]
        branches.append("".join(atoms) + _tree_regex(child, exact_path))
    ends = node.get("", set())
    if ends and "" not in ends and not exact_so_far:  # only exact members end here: check their spelling
        branches += ["(?<=" + re.escape(p) + ")" for p in sorted(ends)]
    elif ends:
        branches.append("")  # a member ends here (after the longer members below it were tried)
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def phrase_groups(phrases, exact=None, tree: bool = True) -> list[tuple[str, str]]:
    """The first-letter groups of :func:`phrase_alternation`, each as (head, body): ``head`` is the one character
    class (or escaped character) every phrase of the group opens with, ``body`` the rest of the group's regex
    (a prefix tree, see :func:`_tree_body`, unless ``tree`` is false or a letter beyond ASCII needs the flat list).

    Kept apart so :class:`LazyAlternations` can compile only the groups whose head can match where it looks.
    """
    groups: dict[str, list[str]] = {}
    for p in sorted({p for p in phrases if p}, key=len, reverse=True):
        groups.setdefault(p[0].lower(), []).append(p)
    out = []
    for members in groups.values():
        exact_of = {p: bool(exact and exact(p)) for p in members}
        firsts: set[str] = set()
        for p in members:
            firsts.update({p[0]} if exact_of[p] else {p[0], p[0].lower(), p[0].upper()})
        firsts = {c for c in firsts if len(c) == 1}
        head = re.escape(next(iter(firsts))) if len(firsts) == 1 else "[" + "".join(re.escape(c) for c in sorted(firsts)) + "]"
        if tree and ("".join(members).isascii() or all(_tree_safe(c) for p in members for c in p)):
            out.append((head, _tree_body(members, exact_of, len(firsts) == 1)))
            continue
        out.append((head, _flat_body(members, exact_of, len(firsts) > 1)))
    return out


def _flat_body(members: list[str], exact_of: dict[str, bool], guard_first: bool) -> str:
    """The tails of one first-letter group as a flat alternation, longest first."""
    alts = []
    for p in members:
        if exact_of[p]:
            guard = f"(?<={re.escape(p[0])})" if guard_first else ""
            alts.append(guard + re.escape(p[1:]))
        else:
            alts.append("".join(_ci(c) for c in p[1:]))
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


#: A regex that never matches: the alternation of no phrases.
NOTHING = r"(?!x)x"


def phrase_alternation(phrases, exact=None) -> str:
    """A regex that matches any of ``phrases``, longest first, grouped by first letter.

    ``exact(phrase)`` says whether a phrase must match letter case exactly (default: all case-blind). The result
    behaves like the flat alternation of the phrases sorted longest first, but each group opens with a character
    class, so the regex engine skips the whole group on one comparison at positions where it cannot start.
    """
    return "|".join(head + body for head, body in phrase_groups(phrases, exact)) or NOTHING


class LazyPattern:
    """``re.compile(regex, flags)``, done on first use: for module-level patterns most texts never need, whose
    compiling would otherwise be paid by every ``import``. Offers the methods of a compiled pattern that the
    package calls; each costs one extra Python call, so hot patterns are compiled up front instead."""

    __slots__ = ("_regex", "_flags", "_rx")

    def __init__(self, regex: str, flags: int = 0) -> None:
        self._regex, self._flags, self._rx = regex, flags, None

    def compiled(self) -> re.Pattern:
        if self._rx is None:
            self._rx = re.compile(self._regex, self._flags)
        return self._rx

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        return self.compiled().match(string, pos, endpos)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        return self.compiled().search(string, pos, endpos)

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        return self.compiled().finditer(string, pos, endpos)

    @property
    def pattern(self) -> str:
        return self._regex


class LazyAlternations:
    """A regex built around big :func:`phrase_groups` alternations, compiled a few first letters at a time.

    Compiling the unit-alias patterns whole takes tens of milliseconds each, most of a cold start, although one
    match only ever needs the groups whose first letter stands where the alternation can begin. ``parts``
    alternates regex text and lists of groups ("(?P<u>", unit_groups, ")(?![\\w])"). A match attempt at ``pos``
    depends only on the ``width`` characters from there as far as choosing groups goes: ``starts(window)`` gives,
    for each list of groups, the characters the alternation can begin with in that window (a superset is fine).
    :meth:`match` compiles the pattern with only the groups whose head matches one of them, once per choice of
    groups, and caches it by window. A group left out cannot match at any place the alternation is tried, so the
    engine takes the same branches in the same order: the match is the one the whole pattern (:meth:`full`)
    gives, with the same group names and numbers. Over a long run the pieces add up to a little more than the
    whole pattern (a group recurs in pieces made for two first letters; 1.2 times its length over a news set),
    and matching costs the same: a slice and a dict look-up more, but a smaller pattern that skips the other
    groups' tests.
    """

    #: Windows remembered before the window cache is emptied (a window is a few characters; the compiled pieces
    #: are kept per choice of groups, of which there are far fewer).
    MAX_WINDOWS = 50_000

    def __init__(self, parts: list, starts, width: int, flags: int = 0) -> None:
        self._texts = parts[0::2]
        self._groups: list[list[tuple[str, str]]] = parts[1::2]
        self._starts = starts
        self._width = width
        self._flags = flags
        self._heads: list[list[re.Pattern] | None] = [None] * len(self._groups)
        self._char_bits: list[dict[str, int]] = [{} for _ in self._groups]
        self._by_window: dict[str, re.Pattern] = {}
        self._by_bits: dict[tuple[int, ...], re.Pattern] = {}
        self._full: re.Pattern | None = None

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match | None:
        """``full().match(string, pos, endpos)``, from a pattern holding only the groups that can begin here."""
        window = string[pos:pos + self._width]
        rx = self._by_window.get(window)
        if rx is None:
            rx = self._pattern_for(window)
        return rx.match(string, pos, endpos)

    def _pattern_for(self, window: str) -> re.Pattern:
        bits = tuple(self._bits(i, chars) for i, chars in enumerate(self._starts(window)))
        rx = self._by_bits.get(bits)
        if rx is None:
            rx = self._by_bits[bits] = re.compile(self._regex(bits), self._flags)
        if len(self._by_window) >= self.MAX_WINDOWS:
            self._by_window.clear()
        self._by_window[window] = rx
        return rx

    def _bits(self, i: int, chars: str) -> int:
        """The groups of alternation ``i`` whose head matches one of ``chars``, as a bit set."""
        cache, out = self._char_bits[i], 0
        for c in chars:
            b = cache.get(c)
            if b is None:
                if self._heads[i] is None:  # tested with the pattern's own flags: case folding decides
                    self._heads[i] = [re.compile(head, self._flags) for head, _ in self._groups[i]]
                b = cache[c] = sum(1 << n for n, h in enumerate(self._heads[i]) if h.match(c))
            out |= b
        return out

    def _regex(self, bits: tuple[int, ...] | None) -> str:
        out = [self._texts[0]]
        for i, groups in enumerate(self._groups):
            kept = [h + b for n, (h, b) in enumerate(groups) if bits is None or bits[i] >> n & 1]
            out += ["|".join(kept) or NOTHING, self._texts[i + 1]]
        return "".join(out)

    @property
    def pattern(self) -> str:
        """The whole regex, as :attr:`re.Pattern.pattern` would give it."""
        return self._regex(None)

    def full(self) -> re.Pattern:
        """The whole pattern, compiled once (slow to build: for tests and references)."""
        if self._full is None:
            self._full = re.compile(self.pattern, self._flags)
        return self._full


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

    __slots__ = ("rx", "_regex", "_flags")

    def __init__(self, reversed_regex: str, flags: int = 0) -> None:
        # compiled on first use: several of these patterns are rarely needed, and an import should not pay for them
        self._regex, self._flags = reversed_regex, flags

    def __getattr__(self, name: str):
        # called only while the ``rx`` slot is empty: compile once, after which ``self.rx`` is a plain slot read
        if name != "rx":
            raise AttributeError(name)
        self.rx = re.compile(self._regex, self._flags)
        return self.rx

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
