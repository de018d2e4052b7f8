"""Stage 3, context: what each figure measures, who states it, and for when.

Reads: a :class:`~reecheck.sources.Source` and its :class:`~reecheck.figures.Figure` list. Adds: one
:class:`Claim` per figure with its subject (entity · metric · scope, and the basis it is stated on), its
attribution, its period (and whether it is a target rather than an actual), its sentence, and its
line:column in the file.

How each part is found (all word lists come from rules/):
- **window**: the stretch of the figure's clause between its neighbouring figures (counts such as
  "15 types" do not bound it: they describe the figure next to them).
- **entity**: the nearest entity named before the figure in its sentence; else one named after it in its
  clause; else the entity carried from earlier sentences ("it", "the country" inherit it).
- **metric**: for a percentage, the phrase after "of" ("1 % of global output"); otherwise the metric word
  nearest the figure in its window, then in its sentence; else the previous sentence's metric in the
  same paragraph.
- **scope**: a scope word after the figure in its window ("tonnes of rare earth oxides"), else before it,
  else the scope the document mentions most.
- **attribution**: "by <Body>" right after the figure; "according to <Body>" in the figure's clause (in
  another clause it yields to a speaker opening the figure's own); else the nearest "<Body> <verb>" before
  the figure in the sentence (a description between commas may stand between them: "Palmer Flows, a
  consultancy that tracks tankers, puts ..."; a person may follow a role: "Acme's analyst, Mira Holm,
  said"); else a speaker named after it (", regulators said", ", its operator Velmar Ports said").
  Lower-case speakers keep their description ("a Brisk-based grain broker"). "The carrier said" and "It
  has guided" point back to a company (one named earlier in the sentence, else the one described or
  last called so, else the one named last). A figure no one in its sentence states belongs to a company
  that spoke earlier and that the sentence names or points to ("Velmar plans a $640 million expansion").
- **period**: "by 2030", a goal ("aims to", "a quota of") or a plan sentence with "to <figure>" make a
  target; a forecast for a stated year ("will reach 34 Mt in the 2024-25 season") is that year's
  estimate; "in 2024" / "as of January 2023" give the period of an actual, and a dated text (metadata
  or dateline) dates "in April", "on Tuesday" and "last year".
- **reference**: "the April figure", "the bill", "that total" take the subject and period of the figure
  they answer; a figure a speaker rejects ("180 hectares, not 104") measures what the figure before it does and
  is not the speaker's.
- **people**: a person (named after a title, with an honorific, or in full and then by surname) speaks for a
  body and is never an entity.
- **whole text**: figures no sentence placed take the place the headline and lead share; fact-box rows ("Killed:
  64") take the voice their title names or the text's main voice.
"""
from __future__ import annotations

import re
import sys
from bisect import bisect_left
from dataclasses import dataclass, replace
from functools import lru_cache
from types import MappingProxyType
from typing import Mapping

from .errors import RulesError
from .figures import Figure, added_share, by_before, fact_row_label, is_counted_noun
from .lexicon import is_common, is_common_form
from .rules import Lexeme, Rules
from .sources import Source
from .text import NOTHING, TailPattern, clause_spans, reverse_phrases, sentence_spans, trie_alternation

#: How far after a percentage its "of <what>" phrase may reach.
SHARE_OF_CHARS = 70
#: How far after a quantity a metric word may stand and still name it ("2,500 t of output").
METRIC_AFTER_CHARS = 30
#: How far after a figure "by <Body>" may start.
BY_BODY_CHARS = 40
#: How close an "actual" cue ("now", "currently") must be to a figure to override a plan sentence.
ACTUAL_CUE_CHARS = 14
#: rapidfuzz score (0-100) above which a capitalised name is taken as a known attributor.
ATTRIBUTOR_MATCH_CUTOFF = 90
#: How close after a figure a metric of kind "after" ("over the quota", "the country is allowed to pump") must start
#: to win over the metric named before the figure.
AFTER_METRIC_CHARS = 25
#: The metric of an amount of money per unit ("$61.40 a barrel") when its sentence names none.
PRICE_METRIC = "price"
#: The metric of an amount of money set before a noun ("a $2bn expansion", "the firm's €650m terminal"): its cost.
COST_METRIC = "cost"
#: A determiner or possessive right before an amount used as an adjective ("a", "the", "Acme's").
_ATTRIBUTIVE_BEFORE = re.compile(r"(?:\b(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)|['’]s)\s+(?:planned\s+|proposed\s+)?$")
#: The word after an amount used as an adjective, and the works whose cost it then is: a facility word from the
#: rules ("a $2bn mine") or one of these ("a $48.5bn expansion"); other nouns ("a $41m consultancy", "a $90m
#: repair") name too many different things to be one subject.
_WORKS_AFTER = re.compile(r"[\s-]+([a-z]{3,})\b(?:\s+([a-z]{3,})\b)?")  # the noun, or an adjective and the noun
_WORKS_NOUNS = frozenset("expansion expansions upgrade upgrades enlargement extension extensions programme program "
                         "project projects scheme overhaul renovation redevelopment construction".split())
#: How far after a figure (characters, within its clause) a goal word still makes it a goal ("the 1.4 Mt
#: the country is allowed to pump").
GOAL_AFTER_CHARS = 40
#: How many words may stand between a target cue and its figure ("targets domestic output of 50,000 t").
TARGET_CUE_WORDS = 3
#: How long (characters) a description set off by commas between a speaker's name and its verb may be
#: ("Palmer Flows, a consultancy that follows tanker loadings and pipeline flows, puts ...").
APPOSITIVE_CHARS = 140
#: How many lower-case words may describe a speaker between its determiner and its head noun
#: ("a Brisk-based grain trader", "the four pipeline system operators").
SPEAKER_DESCRIPTOR_WORDS = 3
#: How many words may describe a speaker whose name follows between commas ("Hartwell's analyst, Priya
#: Castellane, said", "Its general secretary, K. Mensah, said"): longer runs are clauses, not descriptions.
NAMED_DESCRIPTION_WORDS = 4
#: How many lower-case words may describe a speaker between ", its" and its name after a figure
#: ("..., its operator Velmar Ports said").
POST_DESCRIPTOR_WORDS = 3

_MONTHS = {m: i for i, m in enumerate("january february march april may june july august september "
                                        "october november december".split(), 1)}
_WEEKDAYS = frozenset("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split())
#: Month names and the short forms datelines use ("Jan. 20, 2026", "Sept. 3").
_MONTH_NAMES = {**_MONTHS, **{m[:3]: i for m, i in _MONTHS.items()}, "sept": 9}
#: A year used as an adjective of the measured thing ("2025 output").
_YEAR_NOUN = re.compile(r"\b((?:19|20)\d\d)(?:[-–/](?P<y2>(?:\d\d){1,2}))?\s+(?:[a-z]+\s+)?(?:output|production|supply|demand|"
                        r"guidance|capacity|sales|exports|imports|reserves|consumption|target|harvest|crop|season|"
                        r"budget|deficit|surplus|average|level|total|figure|prices?|high|low|peak|revenue|"
                        r"earnings|profit|loss|results?)\b")
#: A speaking company is the figure's entity when the figure follows its verb this closely with no other name
#: in between ("Acme Uranium has guided to 25,000 t").
SELF_REPORT_CHARS = 40
#: The period given to the first value of "from X to Y" when no year is stated.
EARLIER = "earlier value"
#: Asides that name other things: ", which ... ," relative clauses and parentheses.
_ASIDE = re.compile(r",\s+(?:which|who|whose|where|once|until)\b[^,;]{0,120},|\([^()]{0,120}\)"
                    # appositives: "Tarnow, Ostland's third-largest city, has ...", ", a port on the coast,"
                    r"|(?<=[A-Za-z]),\s+(?:[A-Z][\w-]*['’]s|an?)\s+[^,;.]{0,80},")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
#: A capitalised word of a name, with its possessive: "Velmar's", and "Workers'" when the name goes on ("the Velmar
#: Workers' Union", "the Tarn Miners' and Drivers' Union"; "the Mineworkers' count" ends the name at the apostrophe).
#: A capital and a small letter of a name, accented ones too ("Ciarán", "Ó", "Øster"), Latin's extended letters
#: included ("Čistá", "Łódź", "Şahin").
_LATIN_EXTENDED = [chr(c) for c in range(0x100, 0x250)]  # Latin Extended-A and -B
_UP = "[A-ZÀ-ÖØ-Þ" + "".join(c for c in _LATIN_EXTENDED if c.isupper()) + "]"
_LOW = "[a-zß-öø-ÿ" + "".join(c for c in _LATIN_EXTENDED if c.islower()) + "]"
_NAME_WORD = rf"{_UP}[\w.&-]*(?:['’][A-Z][\w.&-]*)?(?:['’]s|(?<=s)['’](?=\s+(?:and\s+)?[A-Z]))?"  # ("Ó Velkarta", "O'Brien")
#: Lower-case words inside a name, English and the particles of other languages' names ("Observatório das
#: Obras", "Instituto de Estudos", "Verband der Velka"): the name goes on across them.
#: (other languages' particles apart: after them a name goes on, "Velka do Tarn", never a sentence)
_FOREIGN_CONNECTORS = "de|la|del|da|das|do|dos|des|du|di|der|den|van|von|y|za|na|od|pri|dla|voor|och|og"
_NAME_CONNECTORS = f"of|for|and|the|on|{_FOREIGN_CONNECTORS}"
#: The names of days and months, capitalised as in running text.
_DAY_AND_MONTH_NAMES = "|".join((*sorted(_WEEKDAYS), *(m.capitalize() for m in _MONTHS)))
#: A day or a month after "on" ends a name: "the Roads Service on Wednesday said", "a meeting in Tarnow on Saturday".
_DATE_AFTER_ON = rf"(?<=\bon)(?=\s+(?:{_DAY_AND_MONTH_NAMES})\b)"
#: An elided particle glued to the next word of a name, as French and Italian write them: "Velka d'Arno",
#: "Banca dell'Adriatico", "Agence de l'Eau".
_ELIDED_PARTICLE = r"(?:d|l|dell|dall|nell|sull|all|qu)['’]"
_PROPER = rf"(?:{_NAME_WORD}|{_ELIDED_PARTICLE}{_NAME_WORD}|U\.S\.|(?:{_NAME_CONNECTORS})\b(?!{_DATE_AFTER_ON}))"
#: The space between two words of a name: never a blank line ("... on Tuesday.\n\nDike warden Ana Ruiz said").
_NAME_GAP = r"(?:[^\S\n]+|[^\S\n]*\n[^\S\n]*)"
_PROPER_NP = re.compile(rf"(?:the\s+|The\s+)?(?P<np>{_NAME_WORD}(?:{_NAME_GAP}{_PROPER})*)")


@dataclass(frozen=True)
class Claim:
    """A figure as one source states it, with everything needed to compare it with others."""

    id: str
    source: str
    figure: Figure
    sentence: str
    line: int
    column: int
    entity: str | None
    metric: str | None
    scope: str | None
    basis: str | None
    attribution: str | None
    period: str | None
    is_target: bool
    subject: str
    #: The year the source is written in (its date, else the latest year it states as a fact's period):
    #: a figure that states no year is taken to be of about then.
    written: int | None = None
    #: The day the source is dated ("2025-08-14"), when its metadata or dateline gives one: a figure that states
    #: no period can be of no later day ("has grown to 48,300 hectares" is the area up to then).
    dated: str | None = None
    #: The facility the figure is about when its entity is the company that runs it ("its Tarn smelter"): what
    #: lets the run's other texts, which name only the facility, meet the company's figures.
    facility: str | None = None
    #: (line, column) of the figure in the same text that this one is set against as wrong ("180 hectares, not
    #: 104": the 104 is set against the 180): the text itself says the two disagree.
    set_against: tuple[int, int] | None = None


@dataclass(frozen=True)
class _Mention:
    start: int
    end: int
    name: str
    kind: str = ""


class _Mentions:
    """A document's mentions in order, sliced by sentence with a binary search."""

    def __init__(self, ms: list[_Mention]) -> None:
        self.ms = ms
        self.starts = [m.start for m in ms]

    def within(self, s: int, e: int) -> list[_Mention]:
        lo, hi = bisect_left(self.starts, s), bisect_left(self.starts, e)
        return [m for m in self.ms[lo:hi] if m.end <= e]


def _alternation_ci(phrases) -> str:
    """:func:`_alternation` for a case-blind pattern, shaped as a prefix tree when every phrase is ASCII.

    The engine tries a flat list's branches one by one at every place it looks; a tree rules most out on one
    letter. All the phrases one place can match are prefixes of one another, and both forms try longer ones
    first, so the match is the same; lower-casing changes nothing in a case-blind pattern (outside ASCII case
    folding has exceptions, so the flat list is kept there)."""
    phrases = list(phrases)
    if phrases and all(p and p.isascii() for p in phrases):
        return trie_alternation({p.lower() for p in phrases})
    return _alternation(phrases)


def _alternation(phrases) -> str:
    """A regex alternation of literal ``phrases``, longest first; one that never matches if empty."""
    return "|".join(sorted(map(re.escape, phrases), key=len, reverse=True)) or r"(?!x)x"


#: A word that starts where a lexeme could (not inside a word or right after a hyphen).
_WORD_START = re.compile(r"(?<![\w-])\w+")


def word_starts(text: str, s: int = 0, e: int | None = None) -> list[tuple[int, str]]:
    """(position, lower-case word) for every word of text[s:e] that a lexeme could start at."""
    return [(m.start(), m.group(0).lower()) for m in _WORD_START.finditer(text, s, len(text) if e is None else e)]


def _WORD_OR_HYPHEN(ch: str) -> bool:
    return ch == "-" or ch.isalnum() or ch == "_"


def _first_word_index(table: dict, case_sensitive: bool) -> dict[str, list[tuple[str, bool]]]:
    """First word (lower case) → [(phrase, case-sensitive?)], longest phrase first, as the alternation of
    :func:`_lexeme_regex` orders them."""
    index: dict[str, list[tuple[str, bool]]] = {}
    for w in sorted(table, key=len, reverse=True):
        first = re.match(r"\w+", w)
        if not first:
            continue
        sensitive = case_sensitive or any(c.isupper() for c in w)
        index.setdefault(first.group(0).lower(), []).append((w if sensitive else w.lower(), sensitive))
    return index


class _LexemeMatch:
    """A match of a :class:`LexemePattern` found without the regex engine: the spans and text a caller reads."""

    __slots__ = ("string", "_s", "_e")

    def __init__(self, string: str, s: int, e: int) -> None:
        self.string, self._s, self._e = string, s, e

    def start(self, group: int = 0) -> int:
        return self._s

    def end(self, group: int = 0) -> int:
        return self._e

    def span(self, group: int = 0) -> tuple[int, int]:
        return self._s, self._e

    def group(self, group: int = 0) -> str:
        return self.string[self._s:self._e]


class LexemePattern:
    """The alternation of a word table's phrases, ``(?<![\\w-])(?:p1|p2|...)(?![\\w-])`` longest first, matched
    without compiling it.

    Compiling the entity or attributor alternation takes tens of milliseconds, and every match attempt walks all
    its branches. Each branch is a literal phrase (case-blind if written in lower case), so a match at ``pos`` is
    the first phrase, in the alternation's order, that begins with the character there, equals the text there and
    ends at a word's edge: :meth:`match` compares those phrases as strings. Case folding outside ASCII has special
    pairs, so there it falls back to a pattern of the branches for that first character (compiled once per
    character). :meth:`search` tries only the places a small pattern of first characters allows. Results equal
    the whole pattern's (:meth:`full`; tests/test_context_speed.py compares them)."""

    _EDGE_BEFORE, _EDGE_AFTER = r"(?<![\w-])(?:", r")(?![\w-])"

    def __init__(self, phrases: list[tuple[str, bool]]) -> None:
        # phrases: (phrase, case-sensitive?), in alternation order
        self._branches = [(w, sensitive, re.escape(w) if sensitive else f"(?i:{re.escape(w)})")
                          for w, sensitive in phrases]
        self._by_char: dict[str, list | None] = {}  # first character → its phrases, for ASCII characters
        self._rx_by_char: dict[str, re.Pattern | None] = {}
        self._full: re.Pattern | None = None
        # an empty phrase matches anywhere: then only the whole pattern is safe
        self._whole_only = any(not w for w, _, _ in self._branches)
        sens = "".join(sorted({re.escape(w[0]) for w, s, _ in self._branches if s and w}))
        insens = "".join(sorted({re.escape(w[0]) for w, s, _ in self._branches if not s and w}))
        firsts = "|".join(([f"[{sens}]"] if sens else []) + ([f"(?i:[{insens}])"] if insens else [])) or NOTHING
        #: the places a match can start: a word's edge before a character some phrase can begin with
        self._starts = re.compile(rf"(?<![\w-])(?={firsts})")

    @property
    def pattern(self) -> str:
        return self._EDGE_BEFORE + ("|".join(b for _, _, b in self._branches) or NOTHING) + self._EDGE_AFTER

    def full(self) -> re.Pattern:
        """The whole pattern, compiled once (slow to build: for tests)."""
        if self._full is None:
            self._full = re.compile(self.pattern)
        return self._full

    def _phrases_for(self, c: str) -> list[tuple[int, frozenset, frozenset]] | None:
        """The phrases that can begin with ASCII character ``c`` as (length, case-sensitive ones, case-blind ones
        in lower case), longest first; None if a case-blind one is not ASCII (then only the regex knows how cases
        fold). A match is a span, so which of the phrases of one length matches does not matter."""
        try:
            return self._by_char[c]
        except KeyError:
            pass
        by_len: dict[int, tuple[set, set]] = {}
        for w, sensitive, _ in self._branches:
            if sensitive and w[0] == c:
                by_len.setdefault(len(w), (set(), set()))[0].add(w)
            elif not sensitive and (not w[0].isascii() or w[0].lower() == c.lower()):
                if not w.isascii():
                    self._by_char[c] = None
                    return None
                by_len.setdefault(len(w), (set(), set()))[1].add(w.lower())
        out = self._by_char[c] = [(n, frozenset(sens), frozenset(blind))
                                  for n, (sens, blind) in sorted(by_len.items(), reverse=True)]
        return out

    def _rx_for(self, c: str) -> re.Pattern | None:
        """The pattern of the branches that can begin with character ``c``; None if none can."""
        try:
            return self._rx_by_char[c]
        except KeyError:
            pass
        # outside ASCII every case-blind branch is kept (a superset changes no result)
        wide = not c.isascii()
        kept = [b for w, sensitive, b in self._branches
                if (w[0] == c if sensitive else wide or not w[0].isascii() or w[0].lower() == c.lower())]
        rx = self._rx_by_char[c] = re.compile(self._EDGE_BEFORE + "|".join(kept) + self._EDGE_AFTER) if kept else None
        return rx

    def _at(self, string: str, pos: int, endpos: int, whole: bool):
        """The match at ``pos`` (``whole``: one that ends at ``endpos``), as the alternation's ``match`` or
        ``fullmatch`` gives it."""
        if self._whole_only or not 0 <= pos < min(endpos, len(string)):
            full = self.full()
            return full.fullmatch(string, pos, endpos) if whole else full.match(string, pos, endpos)
        e = min(endpos, len(string))
        if pos and _WORD_OR_HYPHEN(string[pos - 1]):
            return None
        c = string[pos]
        phrases = self._phrases_for(c) if c.isascii() else None
        if phrases is not None:
            for n, sens, blind in phrases:
                q = pos + n
                if q > e or (whole and q != e) or (q < e and _WORD_OR_HYPHEN(string[q])):
                    continue
                piece = string[pos:q]
                if piece in sens:
                    return _LexemeMatch(string, pos, q)
                if blind:
                    if not piece.isascii():
                        break  # case folding outside ASCII: the regex below decides
                    if piece.lower() in blind:
                        return _LexemeMatch(string, pos, q)
            else:
                return None
        rx = self._rx_for(c)
        if rx is None:
            return None
        return rx.fullmatch(string, pos, endpos) if whole else rx.match(string, pos, endpos)

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        return self._at(string, pos, endpos, False)

    def fullmatch(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        return self._at(string, pos, endpos, True)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        if self._whole_only:
            return self.full().search(string, pos, endpos)
        for st in self._starts.finditer(string, pos, endpos):
            m = self._at(string, st.start(), endpos, False)
            if m is not None:
                return m
        return None

    def finditer(self, string: str, pos: int = 0, endpos: int = sys.maxsize):
        if self._whole_only:
            yield from self.full().finditer(string, pos, endpos)
            return
        while True:
            m = self.search(string, pos, endpos)
            if m is None:
                return
            yield m
            pos = m.end()  # never empty: no phrase is


def _lexeme_regex(lexemes, case_sensitive: bool) -> tuple[LexemePattern, dict[str, Lexeme]]:
    table: dict[str, Lexeme] = {}
    for lx in lexemes:
        for w in lx.words:
            key = w if case_sensitive or any(c.isupper() for c in w) else w.lower()
            table.setdefault(key, lx)
    return LexemePattern([(w, case_sensitive or any(c.isupper() for c in w))
                          for w in sorted(table, key=len, reverse=True)]), table


class ContextReader:
    """Compiled word lists for one set of rules. Build through :func:`context_reader`."""

    #: Phrases whose canonical attributor is remembered before the memory is emptied (each is a short string).
    MAX_CANONICAL = 20_000

    def __init__(self, rules: Rules) -> None:
        self.rules = rules
        self._canonical: dict[str, str] = {}  # phrase → canonical_attributor(phrase)
        self._first_words: dict[int, dict] = {}  # id(table) → _first_word_index(table), built on first use
        self.re_entity, self.entities = _lexeme_regex(rules.entities, True)
        self.re_attr, self.attributors = _lexeme_regex(rules.attributors, True)
        self.re_metric, self.metrics = _lexeme_regex(rules.metrics, False)
        self.re_scope, self.scopes = _lexeme_regex(rules.scopes, False)
        self.re_basis, self.bases = _lexeme_regex(rules.bases, False)
        self.re_aspect, self.aspects = _lexeme_regex(rules.aspects, False)
        self.aspect_skip = frozenset(rules.aspect_skips)
        # places a text names that the rules do not know ([places] in entities.toml)
        nouns = _alternation(rules.place_nouns) if rules.place_nouns else "(?!)"
        self.place_nouns = frozenset(n.lower() for n in rules.place_nouns)  # "county": never a surname
        self.re_named_place = re.compile(rf"(?<![\w'’-])(?P<name>{_PLACE_NAME})\s+(?P<noun>{nouns})\b")
        self.re_place_of = re.compile(rf"\b[Tt]he\s+(?P<noun>{nouns})\s+of\s+(?P<name>{_PLACE_NAME})\b")
        self.place_body_noun = dict(rules.place_bodies)
        bodies = _alternation(self.place_body_noun) if self.place_body_noun else "(?!)"
        self.re_place_body = re.compile(rf"(?<![\w'’-])(?P<name>{_PLACE_NAME})\s+(?P<body>{bodies})\b")
        # "Across the province, 612,000 hectares have burned": the whole place, not the fire the text is about
        self.re_across_place = re.compile(rf"\b(?:[Aa]cross|[Tt]hroughout)\s+the\s+(?P<noun>{nouns}|country|state|nation)\b")
        # "admissions in Tarnovo Vale reached ...", "homes across Tarnow in 2025": a name where a place goes
        self.re_in_place = re.compile(rf"\b(?:in|across|throughout)\s+(?:{_COMPASS_WORD}\s+)?(?P<name>{_PLACE_NAME})"
                                      rf"(?=\s*[,.;:)]|\s+(?:{_IN_PLACE_NEXT})\b)")
        #: dimension (as :func:`reecheck.units.base_of` names it) → the metric a figure in it has when its
        #: sentence names none ([metric_by_unit]); and those metrics' names
        self.metric_by_dimension = _metric_by_dimension(rules.metric_by_unit, "metric_by_unit", rules)
        self.unit_metrics = frozenset(self.metric_by_dimension.values())
        #: dimension → the metric a figure in it has when nothing else gives it one ([metric_when_none])
        self.metric_when_none = _metric_by_dimension(rules.metric_when_none, "metric_when_none", rules)
        self._case_sensitive = {id(self.entities), id(self.attributors)}  # names; the rest match in any case
        verbs = _alternation_ci(rules.attribution_verbs)
        # a speaker's verb, after an adverb or a time ("Velmar last month reported", "the agency on Monday said")
        self.re_verb = re.compile(rf"\s+(?:\w+ly\s+|also\s+|now\s+|still\s+|today\s+|yesterday\s+|has\s+|have\s+|had\s+|"
                                  rf"(?:last|this|earlier\s+this)\s+(?:week|month|year|quarter)\s+|on\s+[A-Z][a-z]+day\s+)?"
                                  rf"(?:{verbs})\b", re.I)
        # "said on Tuesday": the day a statement was made, not the period of the figure it gives
        self.re_said_before = re.compile(rf"\b(?:{verbs})\s+(?:[\w-]+\s+){{0,{SAID_DAY_WORDS}}}$", re.I)
        # ", which represents farmers in A, B and C," or ", whose count relies on ...," between a body and its verb
        self.re_relative = re.compile(rf",\s+(?:which|who|whose|that)\b[^.;]{{1,160}}?,(?={self.re_verb.pattern})", re.I)
        # ", a consultancy that tracks tankers," between a body and its verb
        self.re_appositive = re.compile(rf",\s+(?:a|an|the|one\s+of\s+the)\s+[^.;]{{1,{APPOSITIVE_CHARS}}}?,"
                                        rf"(?={self.re_verb.pattern})", re.I)
        self.re_observer = re.compile(rf"\b(?:{_alternation_ci(rules.observer_words)})\b", re.I)
        # a document and its owner: "Velmar's annual report", "the council's housing register" (a verb follows)
        docs = _alternation_ci(rules.attribution_documents) if rules.attribution_documents else "(?!)"
        # a document a speaker brings in ("said in a study published on Wednesday", "its latest survey") and the
        # same document speaking later ("the study puts its demand at ..."): the speaker who brought it in speaks
        self.re_document_new = re.compile(rf"\b(?:[Aa]n?|[Ii]ts|[Tt]heir|[Nn]ew|[Ll]atest)\s+(?:[a-z-]+\s+){{0,2}}?"
                                          rf"(?P<noun>(?i:{docs}))\b")
        self.re_the_document = re.compile(rf"\b[Tt]he\s+(?:[a-z-]+\s+){{0,2}}?(?P<noun>(?i:{docs}))\b")
        self.re_document_of = re.compile(
            rf"(?P<owner>[Tt]he\s+[a-z]+|[A-Z][\w&.-]*(?:\s+(?:(?:of|{_FOREIGN_CONNECTORS})\s+)?[A-Z][\w&.-]*)*)['’]s\s+"
            rf"(?:[a-z-]+\s+){{0,2}}?(?P<noun>(?i:{docs}))\b")
        # a name introduced by what kind of body it is: "the consumer association Tarnovo Vale", "the campaign group
        # Fair Fares Tarnow": a body that speaks, never what its figures are about
        # (lower-case patterns take the body words in ASCII only: a letter beyond it, "observatório", slows every search
        # of a case-blind pattern many times over, and such a word is written lower-case about as rarely)
        body_nouns = _alternation_ci(set(rules.observer_words) | {w.lower() for w in rules.body_words
                                                                   if w.isalpha() and w.isascii()}
                                     | {"group", "campaign group", "lobby", "pressure group", "advocacy group"})
        self.re_body_described_before = re.compile(
            rf"\b(?:[Tt]he|[Aa]n?)\s+(?:[a-z-]+\s+){{0,2}}?(?:{body_nouns})\s+$")
        # ", environmental group Tarn Trust said": a body described without a determiner after the figures
        # (one describing word at most, and no clause word: ", while the campaign group Tarn Fares, ..., put")
        # (or a company, ", pipeline operator Velmar said")
        self.re_comma_body_described = re.compile(
            rf"[,;(—–]\s*(?:(?!(?:while|and|but|whereas|as|the|a|an)\s)[a-z-]+\s+)?"
            rf"(?:{body_nouns}|{_alternation_ci(rules.attribution_org_nouns)})\s+$")
        # a described lower-case speaker: "a Brisk-based grain trader", "the city's records division"
        heads = set(rules.attribution_speakers) | {w.lower() for w in rules.body_words if w.isalpha() and w.isascii()}
        self.re_speaker = re.compile(rf"(?<![\w-])(?P<head>{_alternation_ci(heads)})(?![\w-])", re.I)
        roles = _alternation_ci({w.lower() for w in rules.attribution_titles})
        #: whose role a person holds, read backwards from the name: "Velmar's chief executive, ", "the
        #: department's head, ", "a ministry spokesman, ", "its finance director, ", "Velmar chief executive "
        self.re_role_owner = re.compile(
            rf"(?P<owner>(?:[Tt]he|[Aa]n?)\s+[a-z]+|(?:[Ii]ts|[Tt]heir)(?:[^\S\n]+[A-Z][a-z-]+)?|(?:[A-Z][\w&.-]*[^\S\n]+)*[A-Z][\w&.-]*?)(?P<poss>['’]s?)?"
            rf"(?:\s+\([A-Z][\w&.-]{{1,12}}\))?"  # ("Velka Meat Board (VMB) president Ana Ruiz": its short name)
            rf"[^\S\n]+(?P<role>(?:[a-z-]+\s+){{0,2}}?(?i:{roles})),?\s+$")  # (no owner across a line: "... on
        # Tuesday.¶Chief executive Ana Ruiz" names no owner)
        #: a role held inside a company ("chief financial officer"): with no owner named, the company in focus
        titles = _alternation(rules.attribution_company_titles) if rules.attribution_company_titles else "(?!)"
        self.re_company_title = re.compile(rf"(?i:(?:[a-z-]+\s+){{0,2}}?(?:{titles}))")
        self.re_company_title_before = re.compile(rf"(?<![\w-])(?i:{titles}),?\s+$")
        #: a role held inside a public body ("education director"): with no owner named, the body named last
        body_titles = _alternation(rules.attribution_body_titles) if rules.attribution_body_titles else "(?!)"
        self.re_body_title_before = re.compile(rf"(?<![\w-])(?i:{body_titles}),?\s+$")
        self.role_words = frozenset(w for t in rules.attribution_titles for w in t.lower().split()) | {
            "senior", "deputy", "acting", "former", "interim", "vice"}  # words that open a title, never a name
        #: "chief executive Ana Ruiz", "analyst Ana Ruiz": a person after a role
        self.re_person_after_role = re.compile(rf"\b(?i:{roles}),?\s+(?P<name>{_NAME})\b")  # "chief executive, Ana Ruiz"
        #: a speaking verb, then a role, right before a name: "said the group's coordinator, ", "said chief executive "
        self.re_said_role_before = re.compile(
            rf"\b(?:said|says|added|told)\s+(?:(?:the|its|their|a|an)\s+)?(?:[\w'’-]+\s+){{0,3}}?(?i:{roles}),?\s+$")
        #: ", alliance hydrologist " / ", union official ": a role (and a word or two naming whose) set off by a comma
        #: right before a name: the speaker comes after the figure
        self.re_role_set_off_before = re.compile(rf"[,(—–][\"”’]?\s*(?:[a-z][\w'’-]*\s+){{0,2}}?(?i:{roles})\s+$")
        #: "Ana Ruiz, the airline's chief executive," / "Ana Ruiz, an analyst at": a person before a role
        self.re_person_before_role = re.compile(
            rf"(?P<name>{_NAME}),\s+(?:(?:the|a|an|its|their)\s+)?(?:[\w'’-]+\s+){{0,4}}?(?i:{roles})\b")
        #: "Velkar, the trader's sales director, told ...": a surname alone opening a sentence, before an
        #: owned role set off by commas
        self.re_surname_before_role = re.compile(
            rf"(?:^|(?<=[.!?][ \n])|(?<=\n))(?P<name>[A-Z][a-z'’-]+),\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){{0,3}}?"
            rf"(?i:{roles}),", re.M)
        #: nouns of people counted ([glued_scale] counts: "people", "residents", "workers", ...)
        self.re_people_noun = re.compile(rf"(?i:{_alternation(rules.glued_scale_counts)})") if rules.glued_scale_counts \
            else re.compile(r"(?!)")
        #: words for people who speak ("Analysts say", "Critics say"): capitalised at a sentence start, no name
        self.speaker_words = frozenset(w.lower() for w in (*rules.attribution_speakers, *rules.attribution_generic))
        self.mouthpieces = frozenset(w.lower() for w in rules.attribution_mouthpieces)
        self.group_titles = frozenset(w.lower() for w in rules.attribution_group_titles)
        acc = _alternation_ci(rules.attribution_according)
        self.re_according = re.compile(rf"(?:{acc})\s+", re.I)
        # the same, ending where the text before a name ends ("according to the "), matched backwards: one
        # match attempt instead of a search that tries every place before the name (see TailPattern)
        acc_reversed = _alternation_ci(reverse_phrases(rules.attribution_according))
        self.re_according_before = TailPattern(rf"\s+(?:{acc_reversed})", re.I)
        self.re_according_the_before = TailPattern(rf"(?:\s+eht)?\s+(?:{acc_reversed})", re.I)
        by = _alternation_ci(rules.attribution_by)
        self.re_by = re.compile(rf"\b(?:{by})\s+(?:the\s+)?$", re.I)  # "... by the <Body>"
        #: re_by matched backwards from the name (one attempt, not a search through the text before it)
        self.re_by_before = TailPattern(
            rf"(?:\s+eht)?\s+(?:{_alternation_ci(reverse_phrases(rules.attribution_by))})\b", re.I)
        # generic speakers: the rules' list and "the <body word>" ("the bureau said", "the ministry expects")
        gen = _alternation_ci(set(rules.attribution_generic) | {f"the {w.lower()}" for w in rules.body_words
                                                                if w.isalpha() and w.isascii()})  # (ASCII: see above)
        self.re_generic = re.compile(rf"\b(?P<g>{gen})\b", re.I)
        # "the carrier", "the state-owned operator's": a pointer back to a company the text named
        self.org_nouns = frozenset(rules.attribution_org_nouns)
        self.own_voice = frozenset(w.lower() for w in rules.attribution_own_voice)
        on = _alternation(rules.attribution_org_nouns)
        self.re_org_anaphor = re.compile(rf"\b[Tt]he\s+(?:[\w-]+\s+)?(?P<noun>{on})(?:['’]s)?(?![\w-])")
        self.body_words = frozenset(rules.body_words)
        #: "the agency", "The transition agency": a body pointed to by its noun, with up to two describing words
        self.re_body_pointer = re.compile(
            rf"\b[Tt]he\s+(?:[a-z-]+\s+){{0,2}}?(?:{_alternation({w.lower() for w in rules.body_words if w.isalpha()})})\b")
        #: last words of a body's or facility's name ("Centre", "Council", "mine"): see :class:`_Casing`
        self.name_ends = self.body_words | frozenset(w for w in rules.facility_words if " " not in w)
        self.company_words = frozenset(w for w in rules.company_words if " " not in w)
        #: a legal form written in small letters after a firm's name ("Tarn Tin plc said"): the name goes on to it
        lower_forms = [w for w in self.company_words if w.islower()]
        self.re_small_legal_form = re.compile(rf"\s+(?:{_alternation(lower_forms)})(?![\w-])") if lower_forms else None
        self.unit_words = frozenset(u.alias for u in rules.units)  # "GW", "MW": units, never names
        #: "the union" → the words of body names it may point back to ("Association"), from [bodies] kin
        self.body_kin = MappingProxyType({noun.lower(): frozenset(words) for noun, words in rules.body_kin})
        fac = _alternation(rules.facility_words)
        self.facility_words = frozenset(rules.facility_words)
        self.re_facility = re.compile(rf"\s+(?:{fac})\b")
        self.re_described_facility = re.compile(rf",\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,3}}?(?:{fac})\b")
        # "the cable", "the 4,000 MW link": a pointer back to the facility named last
        self.re_facility_anaphor = re.compile(rf"\b[Tt]he\s+(?:\S+\s+){{0,2}}?(?:{fac})\b")
        self.alias_names = {w: lx.name for lx in rules.attributors for w in lx.words}
        self._aliases_by_words: dict[int, list[str]] | None = None  # alias names by _name_words, built on first use
        tb = _alternation_ci(rules.target_before)
        # up to TARGET_CUE_WORDS words between the cue and the figure ("targets domestic output of 50,000 t")
        self.re_target_before = re.compile(rf"\b(?:{tb})\s+(?:[\w-]+\s+){{0,{TARGET_CUE_WORDS}}}$", re.I)
        ty = _alternation_ci(rules.target_year_preps)
        months_alt = "|".join(_MONTHS)
        self.re_target_year = re.compile(
            rf"\b(?:{ty})\s+(?:the\s+end\s+of\s+)?(?:(?P<m>{months_alt})\s+)?(?P<y>(?:19|20)\d\d)\b", re.I)
        cues = _alternation_ci(rules.target_cues)
        self.re_target_cue = re.compile(rf"\b(?:{cues})\b", re.I)
        fv = _alternation_ci(rules.forecast_verbs)
        self.re_forecast = re.compile(rf"\b(?:{fv})\b", re.I)
        self.re_goal = re.compile(rf"\b(?:{_alternation_ci(rules.target_goals)})\b", re.I)
        tv = _alternation_ci(rules.target_to_verbs)
        self.re_to_verb = re.compile(rf"\b(?:{tv})\b", re.I)
        ac = _alternation_ci(rules.actual_cues)
        self.re_actual = re.compile(rf"\b(?:{ac})\b", re.I)
        py = _alternation_ci(rules.period_year_preps)
        self.re_period = re.compile(
            rf"\b(?:{py})\s+(?:the\s+)?(?:(?P<m>{months_alt})\s+|{_QUARTER}\s+(?:of\s+)?|{_HALF}\s+(?:of\s+)?)?"
            rf"(?P<y>(?:19|20)\d\d)"
            rf"(?:[-–/](?P<y2>\d\d(?:\d\d)?)(?=\s+(?:{_SEASON_WORDS})\b|[\s,.;:)]|$))?\b(?![-–/]\d)", re.I)

    # -- mention finders -----------------------------------------------------------------------
    def mentions(self, regex: re.Pattern, table: dict[str, Lexeme], text: str, s: int, e: int,
                 tokens: list[tuple[int, str]] | None = None) -> list[_Mention]:
        """The words of ``table`` in text[s:e], as ``regex`` (built by :func:`_lexeme_regex`) finds them.

        A giant alternation tried at every character is slow on long texts, so this walks the word
        starts instead (``tokens``, from :func:`word_starts`, when the caller has them) and tries only the
        phrases that begin with that word, longest first; the matches are the same
        (tests/test_context_speed.py compares the two)."""
        index = self._first_words.get(id(table))
        if index is None:
            index = self._first_words[id(table)] = _first_word_index(table, id(table) in self._case_sensitive)
        if tokens is None:
            tokens = word_starts(text, s, e)
        out = []
        taken = s
        for p, word in tokens:
            cands = index.get(word)
            if cands is None or p < taken:
                continue
            for cand, case_sensitive in cands:
                q = p + len(cand)
                if q > e:
                    continue
                piece = text[p:q]
                if (piece == cand if case_sensitive else piece.lower() == cand) and (
                        q == len(text) or q == e or not _WORD_OR_HYPHEN(text[q])):
                    lx = table.get(piece) or table.get(piece.lower())
                    if lx:
                        out.append(_Mention(p, q, lx.name, lx.kind))
                        taken = q
                    break
        return out

    def canonical_attributor(self, phrase: str) -> str:
        """The known name for a capitalised phrase, else the phrase itself (leading "The" dropped).

        Remembered per phrase: a text names the same bodies again and again, and the fuzzy look-up is slow."""
        name = self._canonical.get(phrase)
        if name is None:
            if len(self._canonical) >= self.MAX_CANONICAL:
                self._canonical.clear()
            name = self._canonical[phrase] = self._canonical_attributor(phrase)
        return name

    def _canonical_attributor(self, phrase: str) -> str:
        phrase = re.sub(r"^(?:the|The)\s+", "", phrase.strip(" ,.;:")).strip()
        owner = re.match(r"(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*['’]s\s+(?=[A-Z])", phrase)
        if owner and not self.re_attr.search(phrase):  # "Nordavia's Producers Council" → the council
            phrase = phrase[owner.end():]
        m = self.re_attr.search(phrase)
        if m and not re.match(r"\s+of\s+(?:the\s+)?[A-Z]", phrase[m.end():]):
            return self.alias_names.get(m.group(0), m.group(0))
        if m:  # "Geological Survey of Ostland" is not the body whose alias is "Geological Survey"
            return phrase
        if self.alias_names and len(phrase) > 3:
            from rapidfuzz import fuzz, process

            # a misspelling of a known name, never a longer or shorter name: "National Bureau of Trade
            # Statistics" is another body than the "National Bureau of Statistics"
            if self._aliases_by_words is None:
                self._aliases_by_words = {}
                for a in self.alias_names:
                    self._aliases_by_words.setdefault(_name_words(a), []).append(a)
            best = process.extractOne(phrase, self._aliases_by_words.get(_name_words(phrase), []),
                                      scorer=fuzz.token_sort_ratio, score_cutoff=ATTRIBUTOR_MATCH_CUTOFF)
            if best:
                return self.alias_names[best[0]]
        ent = self.re_entity.fullmatch(re.sub(r"['’]s$", "", phrase))
        if ent:
            return self.entities[ent.group(0)].name
        return phrase


#: Words that join a body's name without naming anything ("Ministry of Natural Resources").
_NAME_GLUE = frozenset("of the for and on de del la".split())


def _name_words(name: str) -> int:
    """How many naming words ``name`` has: "Natural Resources Ministry" and "Ministry of Natural Resources"
    both have three."""
    return sum(w.lower() not in _NAME_GLUE for w in name.split())


@lru_cache(maxsize=8)
def context_reader(rules: Rules) -> ContextReader:
    return ContextReader(rules)


def _nearest_before(ms: list[_Mention], pos: int, lo: int) -> _Mention | None:
    best = None
    for m in ms:
        if lo <= m.start and m.end <= pos and (best is None or m.end > best.end):
            best = m
    return best


def _first_after(ms: list[_Mention], pos: int, hi: int) -> _Mention | None:
    best = None
    for m in ms:
        if m.start >= pos and m.end <= hi and (best is None or m.start < best.start):
            best = m
    return best


def situate(source: Source, figures: list[Figure], rules: Rules, id_prefix: str = "f",
            start_index: int = 1) -> list[Claim]:
    """Give every figure of ``source`` its subject, attribution and period (see the module docstring)."""
    cr = context_reader(rules)
    text = source.text
    figures = [_as_share(f, text) for f in figures]
    sents = sentence_spans(text)
    # every known name in the document, found once and then read sentence by sentence
    words = word_starts(text)
    # "Velmar Steel" names a company, not what its figures measure
    all_scopes = [m for m in cr.mentions(cr.re_scope, cr.scopes, text, 0, len(text), words)
                  if not _inside_name(text, m)]
    # words the text capitalises inside a sentence: a lone capitalised word opening one is a name only if here
    casing = _Casing.of(text, cr.name_ends)
    known = [_region_of(m, text) for m in cr.mentions(cr.re_entity, cr.entities, text, 0, len(text), words)
             if text[m.end:m.end + 1] != "$"]  # "US$8.7 million": a currency's mark, not the country
    doc_ents = _Mentions(sorted((m for m in known + _text_places(cr, text, known, casing)
                                 if not _place_goes_on(cr, text, m, casing)), key=lambda m: m.start))
    # (a known name that goes on across a connector is part of another's: "Velka" in "its Velka do Tarn mine")
    doc_attrs = _Mentions([m for m in cr.mentions(cr.re_attr, cr.attributors, text, 0, len(text), words)
                           if not _CONNECTED_NAME_AFTER.match(text, m.end)])
    doc_metrics = _Mentions(cr.mentions(cr.re_metric, cr.metrics, text, 0, len(text), words))
    doc_bases = _Mentions(cr.mentions(cr.re_basis, cr.bases, text, 0, len(text), words))
    doc_aspects = _Mentions(cr.mentions(cr.re_aspect, cr.aspects, text, 0, len(text), words))
    doc_scope = None
    if all_scopes:
        counts: dict[str, int] = {}
        for m in all_scopes:
            counts[m.name] = counts.get(m.name, 0) + 1
        doc_scope = max(counts.items(), key=lambda kv: kv[1])[0]
        if not any(m.name == doc_scope and m.start < LEAD_CHARS for m in all_scopes):
            doc_scope = None  # named often, but not in the lead: one topic among others (see LEAD_CHARS)

    body_shorts = _body_short_names(cr, text)
    persons = _person_names(cr, text)
    person_owner: dict[str, str] = {}  # a person (and their surname) → the body the text said they speak for
    mouthpiece_owner: dict[str, str] = {}  # "spokeswoman" → the body the text first named her with
    bodies: list[tuple[int, str]] = []  # (position, name) of every body named so far, for "the ministry"
    state_facility: str | None = None  # the mine, field or line "the cable" / "the 4,000 MW link" refers to
    facility_owner: dict[str, str] = {}  # a facility → the company the text says runs it ("its Tarn smelter")
    facilities_named: set[str] = set()  # every facility the text names
    claims: list[Claim] = []
    kind_metric: dict[str, str] = {}  # the last metric seen for each kind of figure, for elided subjects
    doc_date = _doc_date(source)
    doc_year = doc_date[0] if doc_date else None
    now_year = doc_year or _latest_stated_year(cr, text, sents)
    dated = "%04d-%02d-%02d" % doc_date if doc_date and doc_date[1] and doc_date[2] else None
    seasons = tuple(sorted({_season(m.group(1), m.group(2)) for m in _SPLIT_YEAR.finditer(text)}))
    state_entity: str | None = None
    entity_uses: dict[str, int] = {}  # entity → how many of the text's sentences so far gave figures its name
    speakers = _Speakers()  # who has spoken so far, for speakers the text only points back to
    state_org: str | None = None  # the company or mine "the company" / "the miner" refers to
    state_org_kind = "anaphor"  # "body" when state_org is a group that speaks ("the group" then is no topic)
    last_company: str | None = None  # the last state_org that was no body: what "the company" means past a body
    state_metric: str | None = None
    state_metric_dim: str | None = None  # the dimension of the figure that last gave state_metric, if one did
    state_line = -1
    state_period: dict[str, str] = {}  # metric → the year its last figure in the paragraph was stated for
    fi = 0
    n = start_index
    for ss, se in sents:
        sfigs = []
        while fi < len(figures) and figures[fi].start < se:
            if figures[fi].start >= ss:
                sfigs.append(figures[fi])
            fi += 1
        ents = [m for m in doc_ents.within(ss, se) if not any(g.start <= m.start < g.end for g in sfigs)]
        attrs = _attributions(cr, text, ss, se, ents)
        attr_spans = [(a.start, a.end) for a in attrs]
        # an entity that is part of a body's name ("US Geological Survey") is not the figure's entity;
        # an owner in front of it ("Nordavia's Ministry") is
        name_spans = attr_spans + [(m.start(), m.end()) for m in cr.re_attr.finditer(text, ss, se)]
        ents = [m for m in ents if not any(a <= m.start < b and (a, b) != (m.start, m.end) for a, b in name_spans)
                or re.match(r"['’]s\b", text[m.end:m.end + 2])]
        # "the European Flight Safety Office", "Ostland Cocoa Board": a place opening a body's name
        ents = [m for m in ents if not _opens_a_name(cr, text, m)]
        # "told reporters in Ostgrad", "a news conference in Tarnow": where it was said, not what it is about
        ents = [m for m in ents if not _SPOKEN_IN_BEFORE.search(text, max(ss, m.start - SPOKEN_IN_CHARS), m.start)]
        # (a relative clause holding a list, ", which represents farmers in A, B and C, estimates", ends at its verb)
        asides = [(m.start(), m.end()) for m in _ASIDE.finditer(text, ss, se)] + [
            (m.start(), m.end()) for m in cr.re_relative.finditer(text, ss, se)]
        ents = [m for m in ents if not any(a < m.start < b for a, b in asides)] + [
            m for m in ents if any(a < m.start < b for a, b in asides)]  # kept, flagged below per figure
        aside_of = {id(m): next(((a, b) for a, b in asides if a < m.start < b), None) for m in ents}
        # "the second-largest producer after Ostland", "more than Brisk": a yardstick, never whose figure it is
        strong = [m for m in ents if m.kind != "world" and not _yardstick(text, ss, m)]
        # "of global output" names the base of a share, not whose figure it is
        world = [m for m in ents if m.kind == "world" and not _WORLD_RANKING.match(text, m.end)]
        share_bases = [m for m in world if re.search(r"(?:%|percent|per cent|\bshare)\s+of\s+(?:the\s+)?$",
                                                     text[max(ss, m.start - 20):m.start])]
        orgs = [o for o in _organisations(cr, text, ss, se, ents, attrs, body_shorts, casing)
                if not _is_person(o.name, persons) and not _titled_person(o.name, persons, cr.body_words | cr.company_words)
                and not _NUMBER_SIGN.fullmatch(o.name)  # "the No. 1 shaft" names no organisation
                and not _DATELINE_OUTLET.match(text, o.end)
                and not any(g.start < o.end and o.start < g.end for g in sfigs)]  # ("Rmb4.10" is money, no name)
        facilities_named.update(o.name for o in orgs if o.kind == "facility")
        for o in orgs:
            if o.kind == "facility" and o.name not in facility_owner:
                owner = _facility_owner(cr, text, ss, se, o, orgs, state_org)
                if owner and owner != o.name:
                    facility_owner[o.name] = owner
        opening = cr.re_generic.match(text, ss)
        # "The alliance also repeated its estimate that about 3.4 million m3 ...", "The union has obtained ledgers
        # showing the council spent £8.3m": the body named before states something about another
        reports = opening is not None and (_OWN_RECKONING_AFTER.match(text, opening.end()) is not None or _REPORTS_ON.search(
            text, opening.end(), min(se, opening.end() + REPORTS_ON_CHARS)) is not None)
        if reports and not any(a.start == ss for a in attrs):
            name = _resolve_generic(opening.group("g").lower(), bodies, ss, text, cr.body_kin)
            if name[:1].isupper():
                attrs.append(_Mention(opening.start(), opening.end(), name, "verb"))
        if opening and not reports and not cr.re_verb.match(text, opening.end()) and re.match(r"\s+[a-z]", text[opening.end():]):
            # "The authority employs 3,400 dockworkers": the body named before, speaking of itself
            name = _resolve_generic(opening.group("g").lower(), bodies, ss, text)
            if name[:1].isupper():
                orgs.append(_Mention(opening.start(), opening.end(), name, "org"))
        if state_org:  # "the company", "the state-owned miner's output": the organisation named last
            orgs += [_Mention(m.start(), m.end(), state_org, state_org_kind) for m in cr.re_org_anaphor.finditer(text, ss, se)
                     if not re.search(r",\s*$", text[max(ss, m.start() - 3):m.start()])]  # not an appositive
        if state_facility:  # "The cable will carry 4 GW", "the 4,000 MW link": the facility named last
            for m in cr.re_facility_anaphor.finditer(text, ss, se):
                holds = any(m.start() < f.start < m.end() for f in sfigs)
                # the sentence's subject, the subject of what a speaker says ("Velmar says the project needs"),
                # or a figure inside it
                if m.start() - ss <= 4 or holds or _SAYS_THAT.search(text, max(ss, m.start() - 20), m.start()):
                    orgs.append(_Mention(m.start(), m.start() + 3, state_facility, "facility anaphor"))
        # "..., the operator said", "It has guided ...": a speaker the sentence only points back to
        carried = speakers.carried(source.position(ss)[0])
        # (a body named last is no "company" or "miner" a sentence points back to; it may be "the group")
        attrs = _pointed_speakers(cr, text, ss, se, attrs, state_org, carried, speakers,
                                  last_company if state_org_kind == "body" else state_org)
        # "14 per cent more than the company reports, the Tarn Trust said": a yardstick's speaker states no figure here
        attrs = [a for a in attrs if _THAN_BEFORE.search(text, max(ss, a.start - 6), a.start) is None]
        if cr.mouthpieces and attrs:  # "..., a spokeswoman said": the organisation in focus speaks through her
            attrs = _mouthpieces_resolved(cr, text, attrs, bodies, person_owner.get(carried, carried) if carried else None,
                                          persons, state_org, mouthpiece_owner)
        quoted_by = _quote_speaker(cr, text, ss, se)
        spoke_before = speakers.named_in(cr, text, ss, se, state_org)  # "Velmar plans ...", "the airline's debt"
        goes_on = carried if _CONTINUES.match(text, ss) and not attrs and not quoted_by else None  # "That is up 12 %"
        bodies += _named_bodies(cr, text, ss, se, attrs, doc_attrs.within(ss, se))
        metrics = [m for m in doc_metrics.within(ss, se) if not any(a <= m.start < b for a, b in name_spans)
                   and not _names_a_body(cr, text, m.end)  # "the natural resources ministry" measures nothing
                   and not _RULED_OUT.search(text, max(ss, m.start - RULED_OUT_CHARS), m.start)]
        scopes = [m for m in all_scopes if ss <= m.start < se]
        bases = doc_bases.within(ss, se)
        aspects = doc_aspects.within(ss, se)
        clauses = clause_spans(text, ss, se)
        line_no = source.position(ss)[0]
        if line_no != state_line:
            if entity_uses:  # a new paragraph goes back to what the text is mostly about, not to the last name in
                # the one before (a union or a buyer named there is seldom the topic of the next paragraph's figures)
                # (a public body is a source before a topic: "The agency paid €3.2 million" makes the agency that
                # figure's owner, yet the paragraphs after it are about the place the service counts for)
                topics = {e: k for e, k in entity_uses.items() if not set(e.split()) & cr.body_words} or entity_uses
                state_entity = max(topics, key=topics.get)
            state_metric = state_metric_dim = None  # a metric is inherited only within a paragraph
            state_period = {}  # and so is a metric's year
        sentence = re.sub(r"\s+", " ", text[ss:se]).strip()
        # (a sum restated in brackets in another currency bounds nothing: "€3.2 million ($3.5 million) in
        # compensation" is compensation, the words after the bracket still the first sum's)
        restated = {id(p): text.index(")", g.end) + 1 for p, g in zip(sfigs, sfigs[1:])
                    if p.kind == "money" and g.kind == "money" and p.unit != g.unit and "(" in text[p.end:g.start]
                    and _CONVERSION_GAP.fullmatch(text, p.end, g.start) and text[g.end:g.end + 2].lstrip()[:1] == ")"}
        bounding = [f for i, f in enumerate(sfigs) if f.kind != "count" and not (i and id(sfigs[i - 1]) in restated)]
        first_here = len(claims)  # where this sentence's claims start
        used_entities = []
        last_metric = None
        last_metric_dim = None
        for f in sfigs:
            # a metric of things counted ("population") never measures money or a physical quantity, and a
            # metric of physical amounts ("capacity") never measures money ("a $2 billion expansion added
            # 80,000 b/d of capacity": the money is no capacity)
            fmetrics = metrics if f.kind in _COUNTED_KINDS else [
                m for m in metrics if m.kind != "count" and not (m.kind == "measure" and f.kind == "money")]
            if f.kind not in ("money", "percent", "points", "multiple"):  # "sales rose to 128,400": no revenue
                fmetrics = [m for m in fmetrics if m.kind not in ("money", "sum")]
            elif f.kind == "money" and " / " in f.unit:  # "copper spent the autumn at $9,500 a tonne": a price
                fmetrics = [m for m in fmetrics if m.kind != "sum"]
            fdim = _dimension(f, rules)
            cs, ce = next(((a, b) for a, b in clauses if a <= f.start < b), (ss, se))
            prev_end = max([g.end for g in bounding if g.end <= f.start] + [cs])
            next_start = min([g.start for g in bounding if g.start >= f.end] + [ce])
            # entity: nearest in the figure's own window (a world mention counts there: "a world total
            # of 230,000 t"), else nearest named before it in the sentence, else after it in its clause
            win_lo = max(prev_end, cs)
            outside = [m for m in strong if aside_of.get(id(m)) is None or aside_of[id(m)][0] < f.start < aside_of[id(m)][1]]
            # the base of a share ("24 % of world supply") is whose figure only when the figure hangs off
            # it directly ("world mine supply of roughly 180,000 t"); one in an aside that does not hold the
            # figure is not ("Ostland, which grows two-fifths of global supply, expects 1.7 Mt")
            world_here = [m for m in world if (m not in share_bases
                                               or re.fullmatch(r"[\s\w-]{0,30}\bof\s+", text[m.end:f.start]))
                          and (aside_of.get(id(m)) is None or aside_of[id(m)][0] < f.start < aside_of[id(m)][1])]
            # a body that speaks is the figure's entity only when it speaks of itself ("reported that its ponds"), never when its verb points back to something named before ("puts it
            # at 4.4 Mt": the "it" is the last figure's subject)
            own = [o for o in orgs if o.kind not in ("speaker", "body") or (
                       ((own_word := _OWN_WORD.search(text, o.end, f.start)) is not None
                        and not _RECKONING.match(text, own_word.end()))  # ("repeated its estimate that": a reckoning)
                       or (f.start - o.end < SELF_REPORT_CHARS and not _names_between(text, o.end, f.start)
                           and o.kind != "body" and not set(o.name.split()) & cr.body_words))  # a union or a
                   # campaign that speaks counts others ("the group estimates 22,000 households"), not itself
                   and not _POINTS_BACK.search(text, o.end, f.start)]
            ent = _nearest_before(outside + world_here + own, f.start, win_lo)
            if ent is None and (whose := _whose_owner(text, f.start, asides, orgs + strong + attrs)) is not None and (
                    not set(whose.name.split()) & cr.body_words):  # (a body's "whose data show" counts others)
                ent = whose  # "Velmar, whose output fell to 2.4 Mt, said ...": the figure is the name's own
            if ent is None:
                ent = _nearest_before(outside + own, f.start, ss) or _nearest_before(world_here, f.start, ss)
                # after the figure: its owner ("3 Mt in Ostland"), not a place goods go to or come from
                ent = ent or _first_after([m for m in outside if not _NOT_OWNER_BETWEEN.search(text, f.end, m.start)],
                                          f.end, ce)
            if ent is not None and ent.kind in _PLACE_KINDS:  # "the Kestrel mine in Ostland produced": the mine's
                ent = _located(text, ent, orgs) or ent
            if (whole := cr.re_across_place.search(text, cs, f.start)) is not None and (
                    ent is None or ent.start < whole.start()):
                ent = _Mention(whole.start(), whole.end(), f"the {whole.group('noun')}", "region")
            entity = ent.name if ent else state_entity
            if entity:
                entity = re.sub(r"(?<=\w)['’]s?$", "", entity)  # "Velmar's estimate" is Velmar's figure
            # a ratio compares, it is not about one; "the cable" does not change what the text is about
            if ent is not None and ent.kind not in ("world", "facility anaphor") and f.kind != "multiple":
                used_entities.append(ent.name)
            org_entity = ent is not None and ent.kind in ("org", "speaker", "facility") and " " in ent.name  # not "Nordavia"
            if ent is not None and ent.kind == "anaphor":
                used_entities.append(ent.name)
            # "the $37.6m it says is owed", "the $4.5 million it appealed for": a clause after the figure
            it_clause = _IT_SAYS_AFTER.match(text, f.end) if _THE_BEFORE.search(text, max(ss, f.start - 5), f.start) else None
            # metric
            metric = mm = None
            if f.kind in ("percent", "points"):
                of = re.match(r"[\s\w]{0,12}?\bof\s", text[f.end:f.end + 16]) or (
                    _HALF_THE.match(text[f.end:f.end + 16]) if f.text.lower().endswith("half") else None)  # "half the catch"
                if of:
                    mm = _first_after(fmetrics, f.end, min(se, f.end + SHARE_OF_CHARS, next_start if next_start > f.end else se))
                    metric = mm.name if mm else None
                    part = _nearest_before(fmetrics, f.start, cs) if mm is not None and mm.kind == "whole" else None
                    if part is not None:  # "imports cover 75 % of demand": the share is the imports'
                        metric = part.name
                if metric is None:  # a share's metric is in its own sentence if anywhere ("75 % of ... is imported")
                    mm = (_nearest_before(fmetrics, f.start, prev_end) or _nearest_before(fmetrics, f.start, ss)
                          or _first_after(fmetrics, f.end, se))
                    metric = mm.name if mm else None
                if _ONE_IN.search(f.text) and not of and (counted := _COUNTED_PLURAL.match(text, f.end, se)):
                    metric = counted.group(1)  # "one in five calls from the north": a share of the calls
                if metric is None and of:  # "52 per cent of auction proceeds": a share of what it names, never
                    metric = _share_whole(cr, text, f.end + of.end(), se)  # of a metric from sentences before
            if (metric is None and f.kind == "money" and " / " not in f.unit
                    and _ATTRIBUTIVE_BEFORE.search(text, max(ss, f.start - 12), f.start)
                    and (na := _WORKS_AFTER.match(text, f.end)) is not None
                    and any(w and (w in _WORKS_NOUNS or cr.re_facility.match(" " + w)) for w in na.groups())
                    and _first_after(metrics, f.end, min(next_start, f.end + METRIC_AFTER_CHARS)) is None):
                metric = COST_METRIC  # "Aerolusa's €650m terminal enlargement", "a $2bn expansion": what it costs
            # the text's own name for what it measures, when the rules have none: (phrase, text it spans)
            own_words = (_counted_phrase(text, f, se) or _money_phrase(text, f, ss, se)
                         or _number_of_at(text, f, ss) or _put_at(text, f, ss)) if metric is None else None
            if metric is None:
                brk = _PHRASE_BREAK.search(text, f.end, se)  # ("from 119 billion rupees, as high world prices
                # made up for it": a metric past a comma is another clause's)
                after_at = restated.get(id(f), f.end)  # (past the bracket restating it)
                mm = _nearest_before(fmetrics, f.start, prev_end) or _first_after(
                    metrics, f.end, min(next_start, after_at + METRIC_AFTER_CHARS, brk.start() if brk else se))
                if (mm is not None and f.kind == "count" and f.noun and mm.kind != "count" and mm.start >= f.end
                        and text[mm.start:mm.end].strip().lower() == f.noun.lower()):
                    mm = None  # "crews repaired 14,300 leaks": a count of its own noun, not the leakage it names
                if mm is not None and own_words and mm.start > f.end + len(own_words[1]) and mm.kind == "count":
                    mm = None  # "412,000 doses had been given to residents": the doses are counted, not residents
                    # (a state after them stays: "37 homes have been destroyed" counts the homes destroyed)
                if mm is None and fact_row_label(text, f.start) is not None:  # "Quota, 2027: 95": a box row's
                    mm = _nearest_before(fmetrics, f.start, text.rfind("\n", 0, f.start) + 1)  # label names it
                if mm is None:  # (a limit before an earlier figure is that figure's: "cap withdrawals at 11 million
                    # m3 ... for 60 days" gives the days no quota)
                    mm = _nearest_before([m for m in fmetrics if m.kind != "after"], f.start, ss)
                if (mm is None and not own_words and not (f.noun and f.noun.lower() not in _GENERIC_COUNTED)
                        and fdim not in cr.metric_by_dimension and not (f.kind == "money" and " / " in f.unit)):
                    own_words = _clause_topic(cr, text, cs, f.start, casing)  # "admissions reached 2,910" (not
                    # "... is one step", a count that names what it counts, nor a speed or a price: the unit says)
                inherited = (state_metric if _may_inherit(state_metric_dim, fdim) else None
                             ) or kind_metric.get(_kind_key(f))
                if inherited == PRICE_METRIC and f.kind == "money" and " / " not in f.unit:
                    inherited = None  # "$1.1 billion building the project" after "$11,800 a tonne": a sum, no price
                if f.kind == "count" and f.noun and cr.re_people_noun.match(f.noun):
                    inherited = None  # "About 11,000 people were moved": people counted are no earlier metric
                if it_clause is not None:
                    inherited = None  # "the $4.5 million it appealed for": a clause says what it is, not the last metric
                if mm is None and f.kind == "money" and " / " in f.unit:
                    inherited = PRICE_METRIC  # "$61.40 a barrel" with no metric word is a price
                elif mm is None and fdim in cr.metric_by_dimension:
                    inherited = cr.metric_by_dimension[fdim]  # "the line will run for 38 km": a length, whatever
                    # came before ([metric_by_unit] in the rules)
                if mm is None and inherited is None and not own_words:
                    mm = _first_after(fmetrics, f.end, se)
                if (mm is None and not own_words and f.kind not in ("percent", "points") and inherited != PRICE_METRIC
                        and inherited not in cr.unit_metrics):  # ("a network of 3,800 km" is a length all the same)
                    own_words = _noun_of_before(text, ss, f.start)  # "claims of up to $90 million"
                if mm is None and not own_words and not metrics and f.kind == "money" and " / " in f.unit:
                    own_words = _sentence_topic(cr, text, ss, f.start)  # "Treatment charges ... fell to $165 a tonne"
                metric = mm.name if mm else (own_words and own_words[0]) or inherited
            after = [m for m in fmetrics if f.end <= m.start <= f.end + AFTER_METRIC_CHARS and m.kind == "after"]
            if after:  # "300,000 b/d over the quota" is a gap, "1.468 million b/d it is allowed to pump" a quota
                metric = after[0].name
            if metric is not None:
                if not (after or mm is not None and mm.kind == "after"):
                    # (a limit names its own figure only: "would cap withdrawals at 11 million m3" leaves the water
                    # drawn, the jobs and the days that follow to their own words)
                    last_metric = metric
                    last_metric_dim = fdim
                    kind_metric[_kind_key(f)] = metric
            elif f.kind == "quantity" and fdim in cr.metric_when_none:
                metric = cr.metric_when_none[fdim]  # "it used 78 GWh of electricity": energy, and no later figure's
            # scope and basis
            # after the figure, within its phrase: "$720 million, once steel prices rise" is no steel
            brk = _PHRASE_BREAK.search(text, f.end, next_start) if next_start > f.end else None
            sc_after = _first_after(scopes, f.end, brk.start() if brk else next_start)
            sc = sc_after or _nearest_before(scopes, f.start, prev_end) or _nearest_before(scopes, f.start, ss)
            scope = sc.name if sc else _paragraph_scope(text, all_scopes, f.start, doc_scope)
            # a basis before the figure is not its basis when the words after it say what is counted: "turned
            # that ore into 48,000 t of nickel in matte" counts nickel
            bs = _first_after(bases, f.end, next_start)
            if bs is not None and not _BASIS_PHRASE.fullmatch(text, f.end, bs.start):
                bs = None  # "190 Mt, a gap put down to how ore is classified": not the figure's own noun phrase
            bs = bs or (None if sc_after else _nearest_before(bases, f.start, prev_end))
            basis = bs.name if bs else None
            # attribution
            attribution = _attribution_for(cr, text, f, attrs, ss, se, next_start)
            if attribution is None and (saying := _SAYING.search(text, ss, f.start)) is not None:
                attribution = _subject_body(cr, text, ss, saying.start())  # "X were less sure, saying it ..."
            if attribution is None and it_clause is not None and cr.re_verb.match(text, it_clause.end()):
                # "Ostland has given Velmar 30 days to settle the $37.6m it says is owed": the sentence's subject
                opening = [m for m in (*strong, *orgs) if m.start - ss <= 4 and m.kind != "world"]
                attribution = opening[0].name if opening else None
            if attribution is None and quoted_by and quoted_by[0] <= f.start < quoted_by[1]:
                attribution = quoted_by[2]
            if attribution and attribution[:1].islower():  # "the ministry": the ministry named last
                attribution = _resolve_generic(attribution, bodies, f.start, text, cr.body_kin)
                noun = attribution.split()[-1]
                if attribution[:1].islower() and noun in cr.org_nouns:  # "said the company's chief executive"
                    attribution = speakers.roles.get(noun) or (
                        state_org if state_org_kind != "body" or noun == "group" else last_company) or attribution
            if attribution is None and org_entity:
                attribution = entity  # a company stating its own output
            if attribution is None:
                attribution = _unclaimed_speaker(f, spoke_before, goes_on)
            if attribution:
                attribution = _POSSESSIVE_END.sub("", attribution)  # "Velmar's figures show": Velmar says so
                attribution = _DAY_AFTER_NAME.sub("", attribution)  # "the Roads Service on Wednesday": the body
            if attribution and not _is_person(attribution, persons):
                # "Forum convenor Ana Ruiz said" read as one name: the person at its end speaks for the body
                # its first word names ("Agriculture Minister Ana Ruiz" names no body, and stays as read)
                attribution = _titled_body_member(cr, attribution, persons, body_shorts) or attribution
            if attribution and _is_person(attribution, persons):
                # "Velmar's chief executive, Ana Ruiz, said": she speaks for Velmar, the voice a camp is made of;
                # later "Ruiz said" still does
                # (a company opening the sentence is the one its officer speaks for: "Grupo Tarn crushed 41.7
                # million tons ..., Chief Executive Ana Ruiz said")
                opening_firm = next((o.name for o in orgs if o.start - ss <= 4 and o.kind == "org"
                                     and set(o.name.split()) & cr.company_words), None)
                owner = _role_owner(cr, text, ss, se, attribution, bodies, opening_firm or state_org,
                                    "anaphor" if opening_firm else state_org_kind)
                if owner:
                    tail = " ".join(attribution.split()[-2:])  # ("Rodríguez Velkarta"; "da Costa", later "Da Costa")
                    person_owner.update({attribution: owner, attribution.split()[-1]: owner, tail: owner,
                                         tail[0].upper() + tail[1:]: owner})
                attribution = owner or person_owner.get(attribution) or attribution
            if attribution in body_shorts:  # "AIVE counted ...": the body the text named in full, with its short name
                attribution = f"{body_shorts[attribution]} ({attribution})"
            # the figure this one rejects, right before it in the sentence ("180 hectares, not 104"), if any
            rebutted = claims[-1] if len(claims) > first_here else None
            if rebutted is not None and not _REBUTTAL_GAP.fullmatch(text, rebutted.figure.end, f.start):
                rebutted = None
            if rebutted is not None and attribution is not None and attribution == rebutted.attribution:
                # "Families say the park took 180 hectares, not 104": the 104 is what they dispute, someone else's
                # figure, never theirs; "not the 74 the hospital cited" names whose
                near = (f.end, min(se, f.end + REBUTTED_OWNER_CHARS))
                owner = next((a.name for a in attrs if near[0] <= a.start <= near[1] and a.name[:1].isupper()), None)
                the = _THE_AFTER.match(text, f.end) if owner is None else None
                if the is not None:
                    # "not the 870 the Velka Game Office has paid for": the body named right after it, whatever
                    # its verb
                    owner = next((name for st, name in bodies if st == the.end() and name[:1].isupper()), None) or next(
                        (o.name for o in orgs if o.start == the.end() and o.kind in ("org", "body", "speaker")), None)
                if owner is None and the is not None and cr.re_company_title.match(text, the.end()):
                    owner = state_org if state_org_kind != "body" else last_company  # "not the 11.8% the chief
                    # executive keeps quoting": the company's officer
                if owner is None and (g := cr.re_generic.search(text, *near) or cr.re_org_anaphor.search(text, *near)):
                    noun = (g.groupdict().get("g") or g.group(0)).lower()
                    owner = _resolve_generic(re.sub(r"['’]s$", "", noun), bodies, f.start, text, cr.body_kin)
                if owner is None and (doc := cr.re_the_document.search(text, *near)) is not None:
                    owner = speakers.documents.get(doc.group("noun").lower())  # "not the 90 the study gives"
                attribution = owner if owner and owner[:1].isupper() else None
            elif (whose := _OWNER_RIGHT_AFTER.match(text, f.end)) is not None:
                # "three times the 12 the company admits", "not 85 as Velmar counts": the speaker right after a figure
                # owns it
                attribution = next((a.name for a in attrs if a.start == whose.end() and a.name[:1].isupper()
                                    and a.kind.endswith(("verb", "post"))), attribution)
            # period
            prev_any = max([g.end for g in sfigs if g.end <= f.start] + [ss])
            period, is_target = _period(cr, text, f, ss, se, cs, ce, prev_any, prev_end, next_start, doc_year,
                                        now_year, doc_date, seasons,
                                        tuple(g.start for g in sfigs if g.start >= f.end))
            prev_here = claims[-1] if len(claims) > first_here else None
            if (prev_here is not None and prev_here.is_target and not is_target
                    and _ENDPOINT_AFTER.fullmatch(text, prev_here.figure.end, f.start)):
                period, is_target = prev_here.period, True  # "should fall by 70 %, to 1.3 Mt": where the change ends
            if period is None and not is_target and metric is not None:
                period = state_period.get(metric)  # "..., production was about 12,300 t": the paragraph's year
            if not is_target and period and period[:4].isdigit() and metric is not None:
                state_period[metric] = period
            line, col = source.position(f.start)
            base = _share_base(cr, text, f, strong, se, next_start) if f.kind == "percent" else None
            if base == entity:
                base = None
            metric_label = metric
            change = f.direction or _change_before(text, f, ss)  # "an increase of 411,000 b/d" is a change too
            if metric and change:  # "exports rose 5 %" is a change, never a share or a level
                metric_label = f"{'rise' if change == 'up' else 'fall'} in {metric}"
            elif metric and f.kind == "percent":
                gap = _RELATIVE_GAP.match(text, f.end)  # "21 % above the quota" measures the gap, not a share
                if gap and not metric.startswith(("excess over", "shortfall from")):
                    metric = f"{'excess over' if gap.group('up') else 'shortfall from'} {metric}"
                metric_label = f"share of {base + ' ' if base else ''}{metric}"
            elif metric and _PART_OF_MENTIONED.match(text, f.end):
                metric_label = f"part of {metric}"  # "580,000 of those residents": a subset, never the whole again
            aspect = _aspect(aspects, f, prev_end, next_start, brk)
            if metric and aspect and (aspect, metric) not in cr.aspect_skip:
                metric_label = f"{aspect} {metric_label}"  # "an average of 4.6 TWh a year": not one year's output
            ref = _DEFINITE_REF.search(text, max([g.end for g in sfigs if g.end <= f.start] + [ss]), f.start)
            if ref and not any(ref.start() <= m.start < f.start for m in fmetrics):
                before = _antecedent(claims, f, ref.group("when"), rules)
                if before is not None:  # "puts the April figure higher, at ...": what was measured before
                    entity, metric_label, scope = before.entity, before.metric, before.scope
                    if period is None and not is_target:
                        period, is_target = before.period, before.is_target
            prev_claim = claims[-1] if len(claims) > first_here else None
            if (prev_claim is not None and f.kind == "money" and prev_claim.figure.kind == "money"
                    and prev_claim.figure.unit != f.unit and _CONVERSION_GAP.fullmatch(text, prev_claim.figure.end, f.start)):
                # "US$1.2 billion (about 610 billion tenge)": the same sum in another currency
                entity, metric_label, scope = prev_claim.entity, prev_claim.metric, prev_claim.scope
                period, is_target, attribution = prev_claim.period, prev_claim.is_target, prev_claim.attribution
            if rebutted is not None and rebutted.figure.kind == f.kind and (metric_label is None or (
                    rebutted.metric is not None and (mm is None or mm.start < f.start))):
                # "60,000 calls, not the 48,700 it published": the figure rejected measures what the other does
                # (a metric word between them is the other's: "half the catch at the reduced price, not the 36%")
                metric_label, entity = rebutted.metric, entity or rebutted.entity
                if period is None and not is_target:  # "would bring it down to 400 t, not the 180 they promise"
                    period, is_target = rebutted.period, rebutted.is_target
                if f.kind == "count" and not f.noun and rebutted.figure.noun:
                    f = replace(f, noun=rebutted.figure.noun)
            subject = _subject_phrase(entity, metric_label, scope)
            claims.append(Claim(f"{id_prefix}{n}", source.name, f, sentence, line, col, entity, metric_label, scope,
                                basis, attribution, period, is_target, subject, now_year, dated,
                                set_against=(rebutted.line, rebutted.column) if rebutted is not None else None))
            n += 1
        speakers.after_sentence(cr, text, attrs, bodies, claims[len(claims) - len(sfigs):], source.position(se)[0], ss,
                                se, persons)
        speakers.note_documents(cr, text, ss, se)
        opener = next((o for o in orgs if o.start - ss <= 4 and o.kind in ("org", "speaker")), None)  # "Acme Lithium develops"
        named = [o for o in orgs if o.kind in ("org", "speaker", "body")
                 and not (o.kind == "org" and _WHERE_BEFORE.search(text, max(ss, o.start - 12), o.start))
                 and not _TOLD_BEFORE.search(text, max(ss, o.start - 10), o.start)] + [
            m for m in doc_attrs.within(ss, se)
            if not (set(re.findall(r"[A-Z][a-z]+", m.name + " " + text[m.start:m.end])) & cr.body_words)
            and not cr.re_entity.fullmatch(m.name) and not re.fullmatch(r"[A-Z]{2,6}", m.name)
            and not _is_person(m.name, persons)]  # ("Velkista Ana Ruiz, who represents Tarn, said": no company)
        if named and not _name_line(text, ss, se):  # (an outlet's own line names no company the story is about)
            last_named = max(named, key=lambda m: m.end)
            state_org, state_org_kind = last_named.name, "body" if last_named.kind == "body" else "anaphor"
            if state_org_kind != "body":
                last_company = state_org
        facilities = [o for o in orgs if o.kind == "facility"]
        if facilities:
            state_facility = facilities[-1].name
        for e in used_entities:
            entity_uses[e] = entity_uses.get(e, 0) + 1
        if _name_line(text, ss, se):
            pass  # "Southern Ocean Herald", "By Ana Ruiz": an outlet or byline on its own line names no topic
        elif used_entities:
            state_entity = used_entities[-1]
        elif sfigs and all(f.kind == "multiple" for f in sfigs):
            pass  # "ten-fold higher than the American one": a comparison does not change what the text is about
        elif opener is not None and not any(c.attribution == opener.name and c.entity not in (None, opener.name)
                                            for c in claims[first_here:]) and not (
                not sfigs and set(opener.name.split()) & cr.body_words):  # "The Tarn Watershed Alliance based
            # its count on ...": a body that says how it counts is no new topic
            state_entity = opener.name  # (not a body that gave figures about something else: "The Tarn District
            # put the number of homes destroyed at 52" speaks of the fire, and the next sentence still does)
        elif topical := [m for m in strong if not _RECKONING.match(text, m.end)  # not "the American estimate"
                         and not _quoted(text, ss, m.start)]:  # '"Every project in Europe pays more," she said'
            state_entity = topical[-1].name
        if last_metric or (metrics := [m for m in metrics if m.kind != "after"]):
            state_metric = last_metric or metrics[-1].name
            state_metric_dim = last_metric_dim if last_metric else None
        state_line = source.position(se)[0]
    claims = _facility_as_owner(_echoed_nouns(claims, text), facility_owner, facilities_named)
    if any(c.entity is None for c in claims) and (topic := _headline_topic(cr, text, persons, doc_attrs)):
        # "Tarn road deaths climb to 64" over a lead on "Tarn's roads": the place the story counts, for the figures
        # no sentence gave an entity (a place the rules do not know and the text names no place noun with)
        claims = [replace(c, entity=topic, subject=_subject_phrase(topic, c.metric, c.scope))
                  if c.entity is None and c.figure.kind != "multiple" else c for c in claims]
    claims = _fact_box_voices(cr, text, claims, bodies, persons, speakers.documents)
    if persons and any(c.attribution and c.attribution.split(" ", 1)[0].lower() in cr.role_words for c in claims):
        # "Grower Ana Velkar, who farms 35 ha, said": the person, without the title a sentence opened with
        untitled = {c.attribution: rest for c in claims if c.attribution and " " in c.attribution
                    and c.attribution.split(" ", 1)[0].lower() in cr.role_words
                    and (rest := c.attribution.split(" ", 1)[1]) in persons}
        claims = [replace(c, attribution=untitled[c.attribution]) if c.attribution in untitled else c for c in claims]
    if persons and ('"' in text or "”" in text) and any(c.attribution is None for c in claims):
        claims = _quotes_spoken_at_their_end(text, claims, persons)
    if bodies:
        claims = _generics_named_later(cr, text, claims, bodies)
    return _full_company_names(cr, claims)


#: A quotation's closing tag: its last words, the closing mark, then "she said" or "Velkar added".
_QUOTE_TAG = re.compile(r"\s+(?:(?P<pron>[Hh]e|[Ss]he)|(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}))\s+"
                        r"(?:said|says|added|adds|told|explained|warned|insisted)\b")


def _quotes_spoken_at_their_end(text: str, claims: list[Claim], persons: frozenset[str]) -> list[Claim]:
    """Figures no one states inside a quotation that runs over several sentences are the words of whoever its
    closing tag names: '"Two of my six boats are idle. ... Now I hire one," she said' is hers throughout ("she"
    being the person who spoke just before the quotation)."""
    spans = []  # (open, close) of each quotation, paragraph by paragraph
    for para in re.finditer(r"[^\n]+", text):
        marks = [m.start() for m in re.finditer(r'["“”]', para.group(0))]
        spans += [(para.start() + a, para.start() + b) for a, b in zip(marks[::2], marks[1::2])]
    out = list(claims)
    for a, b in spans:
        inside = [i for i, c in enumerate(out) if a < c.figure.start < b]
        tag = _QUOTE_TAG.match(text, b + 1)
        if not inside or tag is None or all(out[i].attribution for i in inside):
            continue
        speaker = next((out[i].attribution for i in reversed(inside) if out[i].attribution), None)
        if speaker is None and tag.group("pron"):  # the person who spoke right before the quotation
            para_before = text.rfind("\n", 0, max(0, text.rfind("\n", 0, a)))  # (this paragraph or the last)
            before = [c.attribution for c in out[:inside[0]] if c.attribution and c.figure.start > para_before]
            speaker = before[-1] if before and any(before[-1] == p or before[-1].endswith(" " + p)
                                                   for p in persons) else None
        elif speaker is None:
            speaker = next((p for p in sorted(persons, key=len, reverse=True)
                            if p == tag.group("name") or p.endswith(" " + tag.group("name"))), None)
        if speaker:
            for i in inside:
                if out[i].attribution is None:
                    out[i] = replace(out[i], attribution=speaker)
    return out


#: A second voice whose verb the writer left out, right before its figure: "growers count 1,200, the office 870".
_GAPPED_VOICE = re.compile(r"\w[\w ]*\d[^,;.\n]*,\s+(?:the\s+)?(?P<v>[a-z]+)\s+$")
#: How far back from a figure that test looks (characters).
GAPPED_VOICE_CHARS = 80


def _generics_named_later(cr: ContextReader, text: str, claims: list[Claim], bodies: list[tuple[int, str]]) -> list[Claim]:
    """A kind word that speaks before the text has named any body of that kind ("Drought: union counts 640 ha",
    a headline over "the cooperative Tarn Unis said ...") is the body of that kind the text names after it; a kind
    word whose verb the writer left out ("..., the board 590") speaks for the figure after it."""
    kinds = {w.lower() for w in cr.body_words}
    out = []
    for c in claims:
        generic = c.attribution or ""
        gap = _GAPPED_VOICE.search(text, max(0, c.figure.start - GAPPED_VOICE_CHARS), c.figure.start)
        if gap is not None and gap.group("v") in kinds and gap.group("v") not in generic.lower():
            generic = gap.group("v")  # "union counts 640 ha, the board 590": the board's 590
        noun = generic.split()[-1] if generic[:1].islower() else ""
        if noun in kinds:
            if generic != c.attribution:  # (a gapped voice the text named before: that body)
                c = replace(c, attribution=_resolve_generic(f"the {noun}", bodies, c.figure.start, text, cr.body_kin))
                if c.attribution[:1].isupper():
                    out.append(c)
                    continue
            later = [(st, name) for st, name in bodies if st > c.figure.end]
            name = _resolve_generic(f"the {noun}", later, len(text), text, cr.body_kin)
            if name[:1].isupper() and len(name.split()) > 1 and not any(
                    st < c.figure.start and noun in name.lower().split() for st, name in bodies):
                c = replace(c, attribution=name)
        out.append(c)
    return out


#: A fact box's title naming whose numbers they are: "Tarn road casualties, 2025 (partnership figures)".
#: Or by its name or acronym: "Dune belts (Tarn Survey data)", "Tarn lake (TLS data)".
_BOX_SOURCE = re.compile(r"\((?:the\s+)?(?:(?P<g>[a-z][a-z-]*)|(?P<n>[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,5}))(?:['’]s)?\s+"
                         r"(?:figures|data|forecast|estimates?|numbers|count|projections?)\)")
#: How many lines above a fact-box row its title may sit.
FACT_BOX_ROWS = 8
#: The share of a text's attributed figures its main voice must hold more than to speak for an untitled fact box.
FACT_BOX_MAIN_VOICE_SHARE = 0.5


def _fact_box_voices(cr: ContextReader, text: str, claims: list[Claim], bodies: list[tuple[int, str]],
                     persons: frozenset[str] = frozenset(),
                     documents: Mapping[str, str] = MappingProxyType({})) -> list[Claim]:
    """Rows of a fact box ("Killed: 64") that no sentence credits take the voice their label names ("2025, Tarn Trust:
    850"; "company:", the firm the text credits most; "Agency:", the body the text named with that word), else
    the voice its title names ("(partnership figures)", the body the text named with that word; "(TGS data)",
    the body of that name or acronym; "(company data)", the firm it credits most; "(study figures)", whoever
    ``documents`` says brought the study in), or else the text's main voice, when one body holds more than
    :data:`FACT_BOX_MAIN_VOICE_SHARE` of the text's credited figures: a box at the foot of a story restates its
    source's numbers. A person is never the firm: "Company:" is not the voice of whoever spoke most."""
    rows = [c for c in claims if c.attribution is None and c.figure.kind != "multiple"
            and fact_row_label(text, c.figure.start) is not None]  # ("Killed: 64", "Sown area: 118 thousand ha")
    if not rows:
        return claims
    voices: dict[str, int] = {}
    for c in claims:
        if c.attribution and c.attribution[:1].isupper():
            voices[c.attribution] = voices.get(c.attribution, 0) + 1
    main = max(voices, key=voices.get) if voices else None
    if main and voices[main] <= FACT_BOX_MAIN_VOICE_SHARE * sum(voices.values()):
        main = None
    firms = {v: n for v, n in voices.items() if not set(v.split()) & cr.body_words and "(" not in v
             and not _is_person(v, persons)}
    # (a name with a company word is a firm for certain: "Velkarta Minerals" before "Tarn Clean Air")
    firms = {v: n for v, n in firms.items() if set(v.split()) & cr.company_words} or firms
    firm = max(firms, key=firms.get) if firms else None
    voice_of: dict[str, str | None] = {}
    for c in rows:
        line_start = text.rfind("\n", 0, c.figure.start) + 1
        label = fact_row_label(text, c.figure.start)
        # a row whose label names a voice is that voice's: "2025, Tarn Trust: 850", "After filters, company: 180"
        named = [v for v in voices if re.search(rf"(?<![\w-]){re.escape(v)}(?![\w-])", label)]
        if named or firm and any(w.lower() in cr.org_nouns or w.lower() in cr.facility_words
                                 for w in re.findall(r"[A-Za-z]+", label)):  # ("Mill: 38%": the firm that runs it)
            voice_of[c.id] = max(named, key=len) if named else firm
            continue
        # ("Agency (ground survey): 410 ha": the label's bracket says how it counted)
        if (kind := re.sub(r"\s*\([^)]*\)", "", label).strip(" :\t")) in cr.body_words:  # "Agency: 410 ha": the
            # agency the text named
            body = _resolve_generic(f"the {kind.lower()}", bodies, c.figure.start, text, cr.body_kin)
            if body[:1].isupper() and len(body.split()) > 1:  # (a name, not the label read back: "Union: ... 700")
                voice_of[c.id] = body
                continue
        titled = None
        for title in reversed(text[:line_start].rstrip("\n").split("\n")[-FACT_BOX_ROWS:]):
            if (tm := _BOX_SOURCE.search(title)) is not None and tm.group("g"):
                titled = _resolve_generic(f"the {tm.group('g').lower()}", bodies, c.figure.start, text, cr.body_kin)
                break
            if tm is not None:  # "(TGS data)": the voice or body of that name or acronym
                said = re.compile(rf"(?<![\w-]){re.escape(tm.group('n'))}(?![\w-])")
                titled = next((v for v in sorted(voices, key=voices.get, reverse=True) if said.search(v)),
                              next((name for _, name in bodies if said.search(name)), tm.group("n")))
                break
        if titled and titled[:1].islower() and titled.split()[-1] in cr.org_nouns:
            titled = firm  # "(company data)": the firm the text credits most
        elif titled and titled[:1].islower() and titled.split()[-1] in documents:
            titled = documents[titled.split()[-1]]  # "(study figures)": whoever the text said filed the study
        voice_of[c.id] = titled if titled and titled[:1].isupper() else main
    return [replace(c, attribution=voice_of[c.id]) if voice_of.get(c.id) else c for c in claims]


#: How many lines from the top the headline may sit (after an outlet's name, a dateline, a byline).
HEADLINE_LINES = 4
#: A headline has at least this many words; the lead paragraph, at least LEAD_MIN_WORDS.
HEADLINE_MIN_WORDS = 5
LEAD_MIN_WORDS = 15
_CAPITALISED_RUN_AFTER = re.compile(r"(?:[ ][A-Z][\w'’-]*)+")
_PLACE_USE_AFTER = re.compile(r"['’]s\s+[a-z]")
_CAPITALISED_RUN_IN_LINE = re.compile(r"(?<![\w'’-])[A-Z][\w-]*(?:[ ][A-Z][\w-]*)*")


def _headline_topic(cr: ContextReader, text: str, persons: frozenset[str], doc_attrs: _Mentions) -> str | None:
    """The one name a text's headline and lead paragraph both carry that is no person, body, firm, speaker, known
    entity or common word: the place or thing the story counts ("Tarn road deaths climb to 64" over "killed on
    Tarn's roads in 2025"). None when there is no such name, or more than one."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    head_at = next((i for i, ln in enumerate(lines[:HEADLINE_LINES]) if len(ln.split()) >= HEADLINE_MIN_WORDS
                    and not ln.endswith(".") and re.search(r"\b[a-z]{3,}\b", ln)), None)
    if head_at is None:
        return None
    lead = next((ln for ln in lines[head_at + 1:head_at + 1 + HEADLINE_LINES] if len(ln.split()) >= LEAD_MIN_WORDS), "")
    speakers = {m.name for m in doc_attrs.ms}
    lower = frozenset(_LOWER_WORD.findall(text))  # ("Contractors say ...": a word the text also writes in lower case)
    found = set()
    for m in _CAPITALISED_RUN_IN_LINE.finditer(lines[head_at]):
        name = re.sub(r"['’]s?$", "", m.group(0))
        words = name.split()
        if (words[0].lower() in lower or words[0].lower() in _MONTHS or words[0] in _WEEKDAYS or name in persons
                or name in speakers or set(words) & (cr.body_words | cr.company_words) or cr.re_entity.search(name)
                or not re.search(rf"(?<![\w-]){re.escape(name)}(?![\w-])", lead)):
            continue
        uses = list(re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text))
        if any(_names_facility(cr, text, u.end()) or (
                (run := _CAPITALISED_RUN_AFTER.match(text, u.end())) and not set(run.group(0).split()) & cr.body_words)
               for u in uses):
            continue  # "Velka" of "Velka Polytechnic", "Tarn Ridge" of "the Tarn Ridge mine": no place (but
            # "Tarnow" of "Tarnow Roads Bureau" is: the place whose body it is)
        if not any(_WHERE_BEFORE.search(text, max(0, u.start() - OTHERS_BEFORE_CHARS), u.start())
                   or _PLACE_USE_AFTER.match(text, u.end())
                   for u in uses):
            continue  # a place is somewhere things happen: "in Tarn", "Tarn's roads"
        found.add(name)
    return found.pop() if len(found) == 1 else None


#: An acronym right after a figure: a unit or name the rules lack ("3.1 million TEU"), not an elided count.
_UNKNOWN_UNIT_AFTER = re.compile(r"\s+[A-Z]{2,}\b")


def _echoed_nouns(claims: list[Claim], text: str) -> list[Claim]:
    """A count that names nothing after it, beside a counted figure of the same metric that another voice states
    (or that is of another period), is that voice's version of the same count: "142 assaults, says the
    department; the union says more than 200 over the same period", "212 assaults, well above the department's
    142". It takes the noun the other figure counts, so the two meet as counts of one thing. Within one voice
    and period a bare count beside a counted one is mostly a part or another measure ("18,300 houses damaged,
    of which 4,700 were destroyed"), so it stays as it is; so does one whose sentence counts two nouns, and one
    with an acronym after it, a unit the rules lack ("3.1 million TEU")."""
    counted: dict[tuple[str, str], list[Claim]] = {}
    for c in claims:
        if c.figure.kind == "count" and c.figure.noun and c.metric:
            counted.setdefault((c.sentence, c.metric), []).append(c)
    if not counted:
        return claims
    out = []
    for c in claims:
        others = counted.get((c.sentence, c.metric), ()) if c.figure.kind == "count" and not c.figure.noun else ()
        if len({o.figure.noun for o in others}) == 1 and all(
                (o.attribution, o.period) != (c.attribution, c.period) for o in others
        ) and not _UNKNOWN_UNIT_AFTER.match(text, c.figure.end):
            c = replace(c, figure=replace(c.figure, noun=others[0].figure.noun))
        out.append(c)
    return out


def _names_between(text: str, a: int, b: int) -> bool:
    """Whether a capitalised word other than a day or a month stands in ``text[a:b]`` ("Velmar said on Tuesday it
    mined" names no one else between the speaker and its figure)."""
    return any(w.lower().rstrip(".") not in _MONTH_NAMES and w not in _WEEKDAYS for w in _CAPITAL_TOKEN.findall(text, a, b))


_CAPITAL_TOKEN = re.compile(r"[A-Z][\w.]*")


#: How far back (characters) a name that ends right before a word may begin: "Velmar Steel" of "Velmar Steel, whose
#: output ...", "Tarn Roads Service" of "A Tarn Roads Service spokeswoman".
NAME_BEFORE_CHARS = 60
_NAME_ENDING_HERE = re.compile(rf"(?<![\w'’-])(?P<np>{_NAME_WORD}(?:{_NAME_GAP}{_PROPER})*)\s*$")
#: Where a sentence ends inside a run of capitalised words ("Tarnow. Velmar"; not "U.S. Steel", "Acme Co. Ltd").
_SENTENCE_BREAK = re.compile(r"(?<=[a-z])[.!?]\s+|\n")


def _name_ending_at(text: str, end: int) -> str | None:
    """The capitalised name that ends right before ``end`` (white space between allowed), within its sentence and
    without an article before it or a connector after it: "Velmar Steel" of "... Velmar Steel, whose output",
    "Tarn Roads Service" of "... on Wednesday. A Tarn Roads Service spokeswoman"."""
    m = _NAME_ENDING_HERE.search(text, max(0, end - NAME_BEFORE_CHARS), end)
    if m is None:
        return None
    name = _TRAILING_CONNECTORS.sub("", _SENTENCE_BREAK.split(m.group("np"))[-1])
    return re.sub(r"^(?:A|An|The)\s+", "", name) or None


def _whose_owner(text: str, at: int, asides: list[tuple[int, int]], names: list[_Mention]) -> _Mention | None:
    """The name right before a ", whose ..." aside holding position ``at``: the one the aside's figures belong to,
    whether or not it goes on to speak ("Velmar, whose output fell 6 % to 2.4 Mt, said its reporting ...")."""
    a = next((a for a, b in asides if a < at < b and text.startswith(", whose ", a)), None)
    if a is None:
        return None
    named = next((m for m in names if m.end == a), None)
    if named is None and (name := _name_ending_at(text, a)) is not None:
        named = _Mention(a - len(name), a, name, "org")  # a name the sentence gave no role yet
    return named


def _facility_as_owner(claims: list[Claim], owner: dict[str, str], named: set[str]) -> list[Claim]:
    """A text about one facility of a company ("its Tarn smelter ... The smelter produced 210,000 t") speaks of
    the company's figures, which another text on the story gives under the company's name: the facility's
    claims take the owner as entity. Only when the text names a single facility: with two ("its Tarn pit" and
    "its Bream fertiliser plant"), the facility is what tells rock output from fertiliser output."""
    if len(named) != 1 or not owner:
        return claims
    (facility,) = named
    if facility not in owner:
        return claims
    company = owner[facility]
    return [replace(c, entity=company, facility=facility, subject=_subject_phrase(company, c.metric, c.scope))
            if c.entity == facility else c for c in claims]


def _subject_phrase(entity: str | None, metric: str | None, scope: str | None) -> str:
    """The subject as reports show it and groups match it: "Velmar · production · zinc"."""
    return " · ".join(x for x in (entity, metric, scope) if x) or "(no subject)"


def _full_company_names(cr: ContextReader, claims: list[Claim]) -> list[Claim]:
    """A company the text names in full and then by its first words ("Velmar Offshore Energy" ... "Velmar") is one
    entity and one speaker: the short form takes the full name, so its figures meet those of texts that only use
    the full one. Only a name with a company word besides the short form's words is a full form, so a place never becomes its
    namesake firm; a legal form may come first ("PT Velmar Nikel Tbk" ... "Velmar")."""
    names = {c.entity for c in claims if c.entity}
    said = names | {c.attribution for c in claims if c.attribution}  # "Velmar Offshore Energy said ..." names it too
    full: dict[str, str] = {}
    for short in said:  # (a speaker named short, "Velmar said", is the firm named in full too)
        if cr.re_entity.fullmatch(short):
            continue
        longer = {n for n in said if _opens_company_name(short, n, cr.company_words)}
        if len(longer) == 1:
            full[short] = longer.pop()
    if not full:
        return claims
    out = []
    for c in claims:
        if c.entity in full:
            entity = full[c.entity]
            c = replace(c, entity=entity, subject=_subject_phrase(entity, c.metric, c.scope))
        if c.attribution in full:
            c = replace(c, attribution=full[c.attribution])
        out.append(c)
    return out


def _opens_company_name(short: str, name: str, company_words: frozenset[str]) -> bool:
    """True when ``name`` is a company's full name that ``short`` opens, after any legal form that leads it
    ("Velmar" in "Velmar Offshore Energy" and in "PT Velmar Nikel Tbk")."""
    words, head = name.split(), short.split()
    lead = 0
    while lead < len(words) - 1 and words[lead] in company_words:
        lead += 1
    rest = words[:lead] + words[lead + len(head):]
    return len(words) > len(head) and words[lead:lead + len(head)] == head and bool(set(rest) & company_words)


#: Words between a figure and a name after it that make the name a destination, origin or comparison, not the
#: figure's owner ("about 25 Mt, with strong demand from Ostland, Brisk and Velka", "among the worst of any
#: Brisk port"), or where it was said ("640 ha, the union told its members in Ostburg").
_NOT_OWNER_BETWEEN = re.compile(r"\b(?:from|to|than|against|including|like|such\s+as|versus|among|any|other|"
                                r"told|said|says|announced)\b"
                                r"|,\s+(?:and|but|while|whereas)\s+(?:that\s+)?", re.I)  # (", and that one school in
# Skye has ...": a clause of its own, whose place is not the figure's)
#: A percentage followed by a comparison: how far above or below the thing named next the figure is.
_RELATIVE_GAP = re.compile(r"\s+(?:(?P<up>more\s+than|higher\s+than|greater\s+than|above|over)|less\s+than|lower\s+than|"
                           r"below|under|short\s+of)\b", re.I)
#: "the April figure", "the bill", "that total": a figure that restates or answers one the text gave before.
_DEFINITE_REF = re.compile(r"\b(?:[Tt]he|[Tt]hat|[Tt]his)\s+(?:(?P<when>[A-Z][\w-]*|(?:19|20)\d\d)\s+)?"
                           r"(?:figure|total|bill|tally|sum|number|count|estimate|amount)\b")


#: Most words a counted noun phrase may take after its number ("800,000 smallholder tea farmers").
COUNTED_PHRASE_WORDS = 3
_COUNTED_WORD = re.compile(r"\s+([a-z][a-z-]*)")


def _words_after(text: str, pos: int, se: int, most: int) -> list[str]:
    """Up to ``most`` lower-case words from ``pos``, stopping at a function word or a verb-like stop
    (:data:`_WHOLE_STOP`, :data:`_COUNT_STOP_WORDS`): the noun phrase a figure's own words may name."""
    words = []
    while len(words) < most and (m := _COUNTED_WORD.match(text, pos, se)) is not None:
        if m.group(1) in _WHOLE_STOP or m.group(1) in _COUNT_STOP_WORDS:
            break
        words.append(m.group(1))
        pos = m.end()
    return words


#: "put the number of households that lost power ... at 3,800": the noun counted, read back from the figure.
_NUMBER_OF_AT = re.compile(r"\bthe\s+(?:(?:true|real|actual|official|total)\s+)?(?:number|count|total|tally)\s+of\s+"
                           r"(?P<n>[a-z][a-z-]{2,})\b[^.;]{0,90}?\b(?:at|is|was|are|were|reached|rose\s+to|fell\s+to)\s+"
                           r"(?:about\s+|around\s+|nearly\s+|some\s+|roughly\s+)?$")  # "the true number of vacancies is 231"
#: How far before a figure "the number of <noun> ... at" may start.
NUMBER_OF_AT_CHARS = 130


def _number_of_at(text: str, f: Figure, ss: int) -> tuple[str, str] | None:
    """The noun of "the number of <noun> ... at <figure>" (a count a body "put at" a value), as the figure's own
    words; the span is empty, for the noun stands before the figure."""
    m = _NUMBER_OF_AT.search(text, max(ss, f.start - NUMBER_OF_AT_CHARS), f.start)
    return (m.group("n"), "") if m and is_common(m.group("n")) else None


#: "put admissions over the same period at nearer 2,000": what a body put at a value, read back from the figure.
_PUT_AT = re.compile(r"\bput(?:s|ting)?(?:\s+(?:the|its|their))?(?:\s+[\w-]+['’]s)?(?:\s+\d{4})?"  # "put the city's 2024"
                     r"(?P<np>(?:\s+[a-z][a-z-]+){1,%d}?)\b[^.;]{0,60}?\bat\s+(?:[a-z]+\s+){0,2}$" % COUNTED_PHRASE_WORDS)
#: How far before a figure "put <noun> ... at" may start.
PUT_AT_CHARS = 100


def _put_at(text: str, f: Figure, ss: int) -> tuple[str, str] | None:
    """What a body "put at" the figure ("put admissions over the same period at 2,000" measures admissions);
    a frame noun ("put the toll at") or a word no noun names nothing."""
    m = _PUT_AT.search(text, max(ss, f.start - PUT_AT_CHARS), f.start)
    if m is None:
        return None
    words = _words_after(text, m.start("np"), f.start, COUNTED_PHRASE_WORDS)
    if not words or _NOT_NOUN_END.search(words[-1]) or not is_common_form(words[-1]) or words[-1] in _FRAME_NOUNS:
        return None
    return " ".join(words), ""


def _counted_phrase(text: str, f: Figure, se: int) -> tuple[str, str] | None:
    """What a count with no metric counts, in the text's own words, and the text it spans: "6,850 rapid
    chargers" → ("rapid chargers", " rapid chargers").

    A count names its own measure when the sentence has no metric word the rules know; the phrase runs over
    lower-case words up to a function word or a verb-like stop (:data:`_WHOLE_STOP`) and must end in a
    plural, so "4,460 people" and "14,300 leaks" measure something while "12 new" does not."""
    if f.kind != "count" or not f.noun:
        return None
    words = _words_after(text, f.end, se, COUNTED_PHRASE_WORDS)
    while words and not is_counted_noun(words[-1]):
        words.pop()
    if not words or all(w in _GENERIC_COUNTED for w in words):
        return None  # "19 people", "some 31,000 people": who is counted, not what about them (missing? sheltered?)
    end = text.index(words[-1], f.end) + len(words[-1])
    if (state := _STATE_AFTER.match(text, end, se)) is not None:
        # "8,640 homes were completed", "2,300 homes listed as lets": what happened to them is part of it
        return f"{' '.join(words)} {state.group('s') or 'under construction'}", text[f.end:end]
    return " ".join(words), text[f.end:end]


#: A state right after a counted noun, in the passive: "homes were completed", "homes under construction" (not a
#: verb that only reports the count: "cases were recorded").
_STATE_AFTER = re.compile(r"\s+(?:(?:were|was|are|is|have\s+been|had\s+been)\s+(?:[a-z]+ly\s+)?"
                          r"(?P<s>(?!(?:needed|used|based|expected|estimated|said|reported|counted|recorded|confirmed|"
                          r"registered|logged|assigned|deployed|employed|affected)\b)[a-z]+ed|built|sold|let|lost)"
                          r"|(?P<u>under\s+construction))\b")


#: How many words a sum's own name for what it is may take ("in emergency flood aid").
MONEY_PHRASE_WORDS = 3
#: "in" right after a sum, then what the sum is of: "$212 million in royalties", "$28 million in aid".
_IN_AFTER = re.compile(r"\s+in(?=\s)")
#: Word endings that make a word a verb form or an adverb, never the noun a sum is of ("building", "raised").
_NOT_NOUN_END = re.compile(r"(?:ing|ed|ly)$")


def _money_phrase(text: str, f: Figure, ss: int, se: int) -> tuple[str, str] | None:
    """What a sum with no metric is, in the text's own words, and the text it spans: "$212 million in
    royalties" → royalties, "a $1.2 billion relief package" → relief package. Only for a total (a rate is a
    price); the phrase runs over lower-case words up to a stop word and ends in a common noun."""
    if f.kind != "money" or " / " in f.unit:
        return None
    pos = f.end
    lead = _IN_AFTER.match(text, pos, se)
    if lead is not None:
        pos = lead.end()
    elif not _ATTRIBUTIVE_BEFORE.search(text, max(ss, f.start - 12), f.start):
        return None  # "spent $1.1 billion building": no name for the sum
    words = _words_after(text, pos, se, MONEY_PHRASE_WORDS)
    while words and (_NOT_NOUN_END.search(words[-1]) or not is_common(words[-1])):
        words.pop()
    if not words or words[0] in _FRAME_NOUNS:
        return None  # "the $212 million figure stands": a figure restated, not named
    end = text.index(words[-1], f.end) + len(words[-1])
    return " ".join(words), text[f.end:end]


#: "claims of " right before a figure: the noun the figure is an amount of (read backwards from the figure).
_NOUN_OF_BEFORE = re.compile(r"\b(?P<n>[a-z][a-z-]{2,})\s+of\s+$")
#: Nouns before "of" that say how a figure is stated, not what it measures ("a total of", "an estimate of").
_FRAME_NOUNS = frozenset("total average sum amount value level figure estimate number tally count toll rate peak high low record "
                         "maximum minimum range benchmark forecast target increase rise fall drop decline gain loss "
                         "growth jump cut reduction change share part most some all many none each any half "
                         "one tenth quarter third fifth".split())


def _noun_of_before(text: str, ss: int, start: int) -> tuple[str, str] | None:
    """The noun a figure is an amount of, when the rules know no metric near it: "claims of up to $90 million"
    measures claims. A noun that only frames the figure ("a total of", "a rise of") names nothing."""
    m = _NOUN_OF_BEFORE.search(text, max(ss, start - 40), start)
    if m is None or m.group("n") in _FRAME_NOUNS or m.group("n") in _WHOLE_STOP or not is_common(m.group("n")):
        return None
    return m.group("n"), ""


#: The words that may open a sentence before its topic noun phrase ("The", "Its").
_TOPIC_LEAD = re.compile(r"(?:(?:The|Its|Their|Such)\s+)?(?P<np>[A-Z][a-z-]+(?:\s+[a-z][a-z-]+){0,2}?)"
                         r"(?=\s*,|\s+(?:is|are|was|were|has|have|had|will|would|could|can|may|might|rose|fell|"
                         r"grew|stood|reached|climbed|dropped|jumped|slipped|hit|topped|came|totalled|totaled)\b)")


def _sentence_topic(cr: ContextReader, text: str, ss: int, before: int) -> tuple[str, str] | None:
    """The noun phrase a sentence opens with as its subject, when the rules know no metric in it: "Treatment
    charges, the fees ..., have fallen to $165 a tonne" measures treatment charges. Only common English words
    (no names), and never a pronoun, a speaker ("Analysts") or a pointer to a body ("The company")."""
    m = _TOPIC_LEAD.match(text, ss, before)
    if m is None:
        return None
    words = m.group("np").lower().split()
    head = words[-1]
    if (head in _PRONOUNS or head in _NOT_NAMES or head in cr.speaker_words or head in cr.org_nouns
            or head.endswith("ly") or not all(is_common(w) for w in words)
            or cr.re_scope.search(m.group("np"))):  # "Benchmark crude was at $61.40 a barrel": crude's price
        return None
    return " ".join(words), ""


#: Verbs by which a clause's subject takes the figure right after them as its level or change: "hospital
#: admissions reached 2,910", "visitor numbers rose by about 4,000".
_LEVEL_VERBS = ("rose|fell|grew|stood|reached|climbed|dropped|jumped|slipped|hit|topped|totalled|totaled|numbered|"
                "amounted|increased|decreased|declined|passed|exceeded|surpassed|peaked|neared|was|were|is|are|"
                # headlines speak in the present: "Tarnow home completions reach 8,640"
                "reach|reaches|hits|top|tops|rise|rises|fall|falls|climb|climbs|pass|passes|exceed|exceeds|near|"
                "nears|jump|jumps|total|totals|stand|stands|grow|grows|drop|drops|slip|slips")
#: At most this many words ("a record", "by about") stand between the verb and the figure it takes.
TOPIC_GAP_WORDS = 3
#: At most this many words make the subject noun phrase read back from the verb ("heat-related hospital admissions").
TOPIC_WORDS = 4
#: The verb that takes the figure, right before it (not "were working 12-hour shifts": a verb of its own).
_VERB_BEFORE_FIGURE = re.compile(r"\s+(?:(?:has|have|had)\s+)?(?:" + _LEVEL_VERBS
                                 + r")(?:\s+(?![a-z]+ing\b)[a-z]+){0,%d}\s*$" % TOPIC_GAP_WORDS)
#: A place between a subject and its verb: "admissions in Tarnovo Vale reached".
#: ("in the city", "in Tarnow's clinics" too)
_PLACE_BEFORE_VERB = re.compile(r"\s+(?:in|across|at|for|on)\s+(?:(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
                                r"|[A-Z][\w-]*['’]s(?:\s+[a-z-]+){1,3}|the(?:\s+[a-z-]+){1,3})$")
#: The last word before a position.
_LAST_WORD = re.compile(r"(?:^|(?<=[\s\"“(]))([A-Za-z][a-z-]*)\s*$")
#: Prepositions: a noun phrase after one is no subject ("the number of people waiting for planned surgery").
_PREPOSITIONS = frozenset("of in on at by for from to with than since during over under after before into onto about "
                          "between among across through throughout within without per via".split())
#: Time nouns that open a subject only to date it ("last season coverage").
_TIME_NOUNS = frozenset("season year month week quarter day".split())
#: Marks a subject may follow directly ("- hospital admissions reached", ', "admissions reached').
_TOPIC_OPENERS = (",", ":", "-", "—", "–", '"', "“")
_DETERMINER_END = re.compile(r"(?:^|\s)(?i:the|its|their|his|her|our|this|that|these|those|an?)$")
#: Words a subject noun phrase never holds: what ends it when read backwards.
_TOPIC_STOP = frozenset("the a an its their his her our your my this that these those as when if because where then "
                        "also and or but".split())


def _clause_topic(cr: ContextReader, text: str, cs: int, start: int, casing: _Casing) -> tuple[str, str] | None:
    """The subject of the verb that takes the figure, when the rules know no metric for it: "Heat-related
    hospital admissions in Tarnow reached 2,910" measures heat-related hospital admissions, and so does "the
    union said hospital admissions reached 2,000". Read backwards from the verb over common English words; a
    name ("Tarnow home completions reach 8,640") or a function word ends it. Never a pronoun, a speaker, a
    body, a frame noun ("the toll", "the figure") or a scope the rules name."""
    v = _VERB_BEFORE_FIGURE.search(text, cs, start)
    if v is None:
        return None
    end = v.start()
    if (p := _PLACE_BEFORE_VERB.search(text, cs, end)) is not None:
        end = p.start()
    words: list[str] = []
    while len(words) < TOPIC_WORDS and (m := _LAST_WORD.search(text, cs, end)) is not None:
        w = m.group(1)
        lw = w.lower()
        if w[0].isupper() and (text[cs:m.start()].strip(" \t\n\"“(-—–") or w in casing.inside):
            break  # a capitalised word inside the clause, or one the text capitalises inside sentences, is a name
        if (lw in _TOPIC_STOP or lw in _WHOLE_STOP or lw in _PRONOUNS
                or not all(is_common_form(part) for part in lw.split("-") if part)):
            break
        words.insert(0, lw)
        end = m.start()
    while words and words[0] in _TIME_NOUNS:
        words.pop(0)  # "Last season coverage was 65 %": coverage
    if not words:
        return None
    # what stands before the noun phrase: the clause's start, a determiner, a conjunction or a verb ("the union
    # said hospital admissions reached"), never a preposition or a number ("a fraction of the highs reached",
    # "inflows during the 2024/25 rainy season were"): then the phrase is no subject
    rest = text[cs:end].rstrip()
    if (dm := _DETERMINER_END.search(rest)) is not None:
        rest = rest[:dm.start()].rstrip()
    prev = _LAST_WORD.search(rest)
    if rest and (prev.group(1).lower() in _PREPOSITIONS if prev else not rest.endswith(_TOPIC_OPENERS)):
        return None
    head = words[-1]
    phrase = " ".join(words)
    if (head in _NOT_NAMES or head in cr.speaker_words or head in cr.org_nouns or head in _FRAME_NOUNS
            or head.endswith("ly") or cr.re_scope.search(phrase) or cr.re_metric.search(phrase)):
        return None  # (a metric the rules name was weighed already: "aircraft dropped 12 million litres")
    return phrase, ""


_COUNT_STOP_WORDS = frozenset("the a an its their this these those more less than it they he she we you i".split())
#: Counted nouns that say nothing of what is measured on their own.
_GENERIC_COUNTED = frozenset("people persons individuals others ones".split())
#: The most words an outlet's name or a byline on a line of its own takes.
NAME_LINE_WORDS = 8
_NAME_LINE = re.compile(r"(?:[A-Z][\w'’.&-]*|of|and|the|for|de|la|by|&)(?:[ \t]+(?:[A-Z][\w'’.&-]*|of|and|the|for|de|la|by|&))*")


def _name_line(text: str, ss: int, se: int) -> bool:
    """Whether the sentence at ``ss`` is a whole line of capitalised words with no number and no closing stop:
    an outlet's name or a byline between the headline and the story, which is about nothing."""
    if ss > 0 and text[ss - 1] != "\n":
        return False
    eol = text.find("\n", se)
    if text[se:eol if eol >= 0 else len(text)].strip():
        return False  # the line goes on past the sentence
    line = text[ss:se].strip()
    return len(line.split()) <= NAME_LINE_WORDS and _NAME_LINE.fullmatch(line) is not None


def _antecedent(claims: list[Claim], f: Figure, when: str | None, rules: Rules) -> Claim | None:
    """The latest claim read before ``f`` in its text that measures the same kind of quantity and, when the
    reference names a month, year or entity ("the April figure", "the 2024 total"), matches it."""
    from .units import base_of

    try:
        dim = base_of(f.unit, rules)[1]
    except Exception:  # noqa: BLE001 - a unit pint cannot read has no antecedent
        return None
    for c in reversed(claims):
        try:
            if base_of(c.figure.unit, rules)[1] != dim or c.metric is None:
                continue
        except Exception:  # noqa: BLE001
            continue
        if when and when.lower() in _MONTHS:
            if not (c.period and c.period[5:7] == f"{_MONTHS[when.lower()]:02d}"):
                continue
        elif when and when.isdigit():
            if not (c.period and c.period.startswith(when)):
                continue
        elif when and c.entity != when:
            continue
        return c
    return None


#: "the record 40 million tonnes", "the previous record of 9 %": a past extreme the text compares with ("a record
#: 2 million" is a new one, today's value, and is not matched).
#: How far before a figure (characters) "the record" may stand.
RECORD_LOOKBACK_CHARS = 40
_PAST_RECORD_BEFORE = re.compile(r"\bthe\s+(?:previous\s+|old\s+|former\s+|prior\s+|all-time\s+)?record"
                                 r"(?:\s+(?:high|low))?(?:\s+of)?\s+$", re.I)

#: A count followed by "of those", "of them": a part of a whole the text has already named.
_PART_OF_MENTIONED = re.compile(r"\s+of\s+(?:those|these|them|whom|which|it)\b", re.I)

#: A change named as a noun right before its size: "an increase of 411,000 b/d", "a 5 % cut" is not here.
_CHANGE_NOUN = re.compile(r"\b(?:(?P<up>increases?|rises?|jumps?|gains?|growth|boosts?|hikes?)|(?P<down>cuts?|reductions?|"
                          r"decreases?|drops?|falls?|declines?|curbs?))\s+of\s+(?:about\s+|around\s+|some\s+|roughly\s+|"
                          r"nearly\s+|almost\s+|up\s+to\s+)?$", re.I)


#: A change named as a noun right after its size: "every $10 fall in the oil price", "a 5 % rise".
_CHANGE_NOUN_AFTER = re.compile(r"\s+(?:(?P<up>increase|rise|jump|gain|hike|boost|increment)|(?P<down>fall|drop|decline|cut|"
                                r"reduction|decrease|slump|slide))s?\b(?!\s+(?:of|by)\b)", re.I)


def _change_before(text: str, f: Figure, ss: int) -> str:
    """"up" or "down" when the figure is the size of a change named just before it ("an increase of 411,000
    b/d") or just after it ("every $10 fall in the oil price"), else ""."""
    m = _CHANGE_NOUN.search(text, max(ss, f.start - 30), f.start) or _CHANGE_NOUN_AFTER.match(text, f.end)
    return "" if not m else "up" if m.group("up") else "down"


def _names_a_body(cr: ContextReader, text: str, end: int) -> bool:
    """True when the words right after a metric word make it part of a body's name ("resources ministry",
    "Production Agency")."""
    m = re.match(r"\s+(?:[A-Za-z-]+\s+)?([A-Za-z]+)", text[end:end + 40])
    return bool(m) and m.group(1).capitalize() in cr.body_words and m.group(1).lower() not in _NOT_BODY_NOUNS


#: Body words that are also ordinary nouns after a metric ("production exchange" is rare; "supply office" is not)
_NOT_BODY_NOUNS = frozenset({"exchange", "exchanges", "bank", "fund", "service", "board", "centre", "center"})


def _named_bodies(cr: ContextReader, text: str, ss: int, se: int, attrs, known) -> list[tuple[int, str]]:
    """Bodies named in the sentence by name (not "the ministry"): speakers, known attributors and
    capitalised names with a body word ("Ostland's Ministry of Mines")."""
    out = [(a.start, a.name) for a in attrs if a.name[:1].isupper()] + [(m.start, m.name) for m in known]
    for m in _PROPER_NP.finditer(text, ss, se):
        words = m.group("np").split()
        if set(words) & cr.body_words and not all(w.lower() in cr.role_words for w in words):  # ("Chief executive
            out.append((m.start("np"), cr.canonical_attributor(re.sub(r"['’]s$", "", m.group("np")))))  # A. Ruiz")
    return sorted(out)


#: How many leading letters of a description word must start a word of a body's name ("infrastructure
#: ministry" → "Ministry of Infrastructure", "statistics office" → "Federal Statistical Office").
DESCRIPTION_STEM_CHARS = 4


def _names_another(name: str, noun: str) -> bool:
    """Whether ``noun`` stands in ``name`` only to describe another body that more capitalised words go on to
    name: "the county" is not the "Tarn County Paramedics Association" ("Ministry of Mines" and "Tarn County
    Council" are a ministry and a council)."""
    words = name.split()
    at = next((i for i, w in enumerate(words) if w.lower() == noun), None)
    return at is not None and at + 1 < len(words) - 1 and words[at + 1][:1].isupper() and words[-1].lower() != noun


#: A body's noun in lower case right before its name: "the residents' association Velka Dom".
_NOUN_BEFORE_NAME = re.compile(r"(?<![\w'’-])([a-z]+)[^\S\n]+$")
#: How far back the noun before a body's name is looked for (one word and its space).
NOUN_BEFORE_NAME_CHARS = 24


#: What stands between a name and a description of it: "the Tarn Board (TB), the sugar board".
_DESCRIBES = re.compile(r"(?:\s*\([A-Z][A-Za-z]{1,9}\))?,\s*")


def _resolve_generic(generic: str, bodies: list[tuple[int, str]], pos: int, text: str = "",
                     kin: Mapping[str, frozenset[str]] = MappingProxyType({})) -> str:
    """The last body named before ``pos`` whose name has the generic's noun ("the ministry" → "Ministry of
    Mines"); else the fullest description of it earlier in the text ("the bureau" → "municipal health
    bureau"); else the last body named with a word of the noun's kin in the rules ("the union" → "Tarnow
    Paramedics Association"); else the generic itself. A name that is the noun alone ("Council officials said")
    counts only when no fuller name has the noun."""
    noun = generic.split()[-1].lower()
    # "the regional council" is not "International Tin Study Council": a description must be in the name
    # (an owner, "the country's ministry", is no description)
    described_by = {w for w in re.split(r"['’]s\s+", generic.lower())[-1].split()[:-1] if w != "the"}
    bare = None  # the noun alone ("Council officials said"), if no name with more words has it
    for start, name in reversed(bodies):
        words = [w.rstrip("'’") for w in name.lower().replace("’s", "").replace("'s", "").split()]  # ("Exporters'")
        if start < pos and noun in words and not _names_another(name, noun) and (
                not described_by or any(x.startswith(w[:DESCRIPTION_STEM_CHARS]) for x in words for w in described_by)):
            if words != [noun]:
                return name
            bare = bare or name
        elif start < pos and (nb := _NOUN_BEFORE_NAME.search(text, max(0, start - NOUN_BEFORE_NAME_CHARS), start)) \
                and nb.group(1) == noun:
            return name  # "the residents' association Velka Dom said ... the association says": the name it gave
        elif start < pos and name[:1].isupper() and text.find(f"{noun} {name}", 0, pos) >= 0:
            return name  # "... the residents' group Velka Dom ..., the group told a meeting": introduced so before
    if bare:
        return bare
    described = list(re.finditer(rf"\b[Tt]he\s+((?:[a-z-]+\s+){{1,3}}{re.escape(noun)})\b", text[:pos]))
    if described:
        best = max(described, key=lambda m: len(m.group(1)))
        for start, name in bodies:  # "the Tarn Board (TB), the sugar industry board, said": the name it describes
            end = start + len(name)
            if text.startswith(name, start) and end <= best.start() and _DESCRIBES.fullmatch(text, end, best.start()):
                return name
        return best.group(1)
    words = kin.get(noun)
    if words:
        for start, name in reversed(bodies):
            if start < pos and set(name.split()) & words:
                return name
    return generic


#: What "half" is of when no "of" follows: "nearly half the catch", "half its output".
_HALF_THE = re.compile(r"\s+(?=(?:the|its|their|our|his|her)\s)")
#: A fraction in words or digits: "three-quarters", "two thirds", "half", "1/4".
_FRACTION = re.compile(r"(?i)\b(?:halfs?|halves|thirds?|quarters?|fifths?|tenths?)\b|^\D*\d+\s*/\s*\d+\D*$")
#: A proportion as the figure reader writes it: "one in five", "3 out of 10", "two of every three".
_PROPORTION_TEXT = re.compile(r"(?i)\s(?:out\s+of|in|of)\s+(?:every\s+)?\S+$")


#: Figure kinds a metric of counted things (kind = "count" in subjects.toml) can describe.
_COUNTED_KINDS = frozenset({"count", "percent", "points", "multiple"})


#: A fraction's whole after it: "of ..." or a determiner not followed by another figure ("half the catch").
_OF_AFTER = re.compile(r"\s+of\b")
_DETERMINER_AFTER = re.compile(r"\s+(?:the|its|their|our|all)\b(?!\s+\S*\d)")
_AFTER_COMMA = re.compile(r",\s*$")


def _fraction_of_a_whole(f: Figure, text: str) -> bool:
    """Whether a fraction is a share of something: "two-thirds of its needs", or "half the catch" after a verb
    (not "half the R24 million", nor ", less than half the guild's estimate": set after another figure, a
    fraction compares the two)."""
    return _OF_AFTER.match(text, f.end) is not None or (
        _DETERMINER_AFTER.match(text, f.end) is not None
        and _AFTER_COMMA.search(text, max(0, f.start - 3), f.start) is None)


def _as_share(f: Figure, text: str) -> Figure:
    """A fraction of something ("about three-quarters of its needs") is a share, and a change by a fraction
    ("fell by a quarter") a change in percent: the same figure in percent, so it meets "75 %" or "fell 25 %" in
    another source."""
    from dataclasses import replace

    if f.kind != "count" or f.unit != "dimensionless" or not 0 < f.value <= 1:
        return f
    if not _PROPORTION_TEXT.search(f.text) and not (
            _FRACTION.search(f.text) and f.value < 1 and (
                _fraction_of_a_whole(f, text) or by_before(text, f.start)  # ("might drop by more than half")
                or added_share(text, f.start, f.end))):  # ("would add a tenth to the grid")
        return f
    pct = lambda v: None if v is None else v * 100  # noqa: E731
    return replace(f, value=f.value * 100, low=pct(f.low), high=pct(f.high), step=f.step * 100, unit="percent",
                   kind="percent")


#: Where the phrase a figure stands in ends: a comma, semicolon, colon or dash.
_PHRASE_BREAK = re.compile(r"[,;:]|\s[-–—]\s")
#: What may stand between a figure and the basis word after it for the basis to be the figure's own: "4.2 Mt
#: of laterite ore", "30,000 t of copper in concentrate", "49 Mt of lithium reserves measured as carbonate
#: equivalent"; a few words and no clause ("1.3 Mt as ore grades declined", "190 Mt, a gap put down to ore").
_CLAUSE_WORDS = r"as|at|from|to|by|for|with|than|and|or|while|after|before|which|that|when|because|since"
_BASIS_PHRASE = re.compile(
    r"(?:\s*[“”\"‘’(]"  # a quotation mark or bracket
    r"|(?:\s+|(?<=[“\"‘(]))"  # or a word: "measured as", or any word that opens no clause
    rf"(?:(?:measured|expressed|counted|stated|given)\s+as|(?!(?:{_CLAUSE_WORDS})\b)[\w-]+)"
    r"){0,6}\s*[“\"‘(]?", re.I)
#: Capitalised words after a place that continue a name ("European Flight Safety Office").
_NAME_GOES_ON = re.compile(r"\s+((?:[A-Z][\w&.-]*\s+){0,4}[A-Z][\w&.-]*)")


def _opens_a_name(cr: ContextReader, text: str, m: _Mention) -> bool:
    """True when the capitalised words right after a place end in a body or company word: the place is
    part of that body's or company's name, not what a figure is about."""
    after = _NAME_GOES_ON.match(text, m.end)
    if not after:
        return False
    words = after.group(1).split()
    return any(w in cr.body_words or w.lower() in cr.company_words for w in words[-1:])


#: What stands between a change and the level it ends at ("fall by 70 %, to 1.3 Mt").
_ENDPOINT_AFTER = re.compile(r"\s*,?\s*(?:to|at)\s+")
#: A capitalised word (not a function word) right before a capitalised scope word: the two are one name.
_NAME_WORD_BEFORE = re.compile(r"(?<![.!?]\s)\b(?!(?:The|A|An|In|On|At|Of|For|And|But|As|By|From|To|With)\b)"
                               r"[A-Z][\w&'’.-]*\s+$")


def _inside_name(text: str, m: _Mention) -> bool:
    """True when a scope mention is part of a capitalised name ("Velmar Steel", "Ostland Copper Ltd"): the
    name is a company's or a body's, and the company may make anything."""
    if not text[m.start:m.start + 1].isupper() or text[m.start:m.end].isupper():  # "CO2", "LNG" stand alone
        return False
    line_start = text.rfind("\n", 0, m.start) + 1
    return bool(_NAME_WORD_BEFORE.search(text, line_start, m.start)) and not _headline(text, line_start)


def _headline(text: str, line_start: int) -> bool:
    """A line that capitalises most of its words and ends without a full stop (a title), where capitals
    mark no name."""
    line = text[line_start:text.find("\n", line_start) if "\n" in text[line_start:] else len(text)].strip()
    words = re.findall(r"[A-Za-z][\w'’-]*", line)
    caps = sum(w[0].isupper() for w in words)
    return bool(words) and not line.endswith((".", '"', "”")) and caps * 2 > len(words)


#: How far before a name "the consumer association" or "the campaign group" may start.
BODY_DESCRIBED_CHARS = 40
#: A metric the text names only to say a figure is not one: "counts resources rather than reserves".
_RULED_OUT = re.compile(r"\b(?:rather\s+than|instead\s+of|as\s+opposed\s+to)\s+(?:the\s+|its\s+|their\s+)?$", re.I)
#: How far before a metric word _RULED_OUT looks (the longest phrase and a determiner).
RULED_OUT_CHARS = 24

#: Dimensions a figure of any other dimension may take a metric from, and that may take any metric: a share or a
#: count ("output rose 5 %") says nothing against the metric before it.
_ANY_DIMENSION = frozenset({None, "percent", "count"})


def _may_inherit(before: str | None, here: str | None) -> bool:
    """Whether a figure of dimension ``here`` may take the paragraph's metric, last given to a figure of dimension
    ``before``: "the overrun was €1.3 billion ... at least 280 days behind" gives the days no cost."""
    return before == here or before in _ANY_DIMENSION or here in _ANY_DIMENSION


def _quoted(text: str, ss: int, pos: int) -> bool:
    """Whether ``pos`` lies inside a quotation opened in its paragraph (an odd number of double quotes before it):
    a quote runs over sentences ('"The centre counts warehouses. It skips the dryers in Tarnow," said Velkar')."""
    start = min(ss, text.rfind("\n", 0, ss) + 1)
    return sum(text.count(q, start, pos) for q in '"“”') % 2 == 1


def _metric_by_dimension(entries, table: str, rules: Rules) -> dict[str, str]:
    """A (metric, unit, where) table ([metric_by_unit], [metric_when_none]) keyed by dimension; a unit pint cannot
    read is an error naming its line."""
    from .units import base_of

    out: dict[str, str] = {}
    for metric, unit, where in entries:
        try:
            dim = base_of(unit, rules)[1]
        except Exception:  # noqa: BLE001 - any failure means pint does not know the unit
            path, _, line = where.rpartition(":")
            raise RulesError(path, int(line) if line.isdigit() else None,
                             f"[{table}] {metric}: pint cannot read the unit '{unit}'",
                             'use a pint unit name such as "kilometre" or "degree_Celsius"') from None
        out.setdefault(dim, metric)
    return out


def _dimension(f: Figure, rules: Rules) -> str | None:
    """The figure's dimension, None for a unit pint cannot read."""
    from .units import base_of

    try:
        return base_of(f.unit, rules)[1]
    except Exception:  # noqa: BLE001 - an unknown unit has no dimension to go by
        return None


#: How far into a text its lead runs (headline, dateline and first paragraph): a scope the text names most is the
#: whole text's scope only when the lead names it too. A health story that turns to the power grid in its sixth
#: paragraph is no story about electricity; its figures in other paragraphs keep no scope.
LEAD_CHARS = 700


def _paragraph_scope(text: str, scopes, pos: int, doc_scope: str | None) -> str | None:
    """The scope its paragraph names most before it (ties go to the document's most named scope)."""
    lo = text.rfind("\n", 0, pos) + 1
    hi = pos
    counts: dict[str, int] = {}
    for m in scopes:
        if lo <= m.start < hi:
            counts[m.name] = counts.get(m.name, 0) + 1
    if not counts:
        return doc_scope
    top = max(counts.values())
    best = [n for n, c in counts.items() if c == top]
    return doc_scope if doc_scope in best else best[0]


#: How far before a figure an aspect word still describes it ("an average of 4.6 TWh", "its peak output of").
ASPECT_BEFORE_CHARS = 30
#: How far after a figure an aspect word still describes it ("6,400 workers at the peak").
ASPECT_AFTER_CHARS = 25


def _aspect(aspects: list[_Mention], f: Figure, prev_end: int, next_start: int, brk) -> str | None:
    """The aspect ("average", "peak") of the figure's own phrase: just before it, never past the figure
    before it, or just after it, within its phrase."""
    before = _nearest_before(aspects, f.start, max(prev_end, f.start - ASPECT_BEFORE_CHARS))
    if before is not None:
        return before.name
    hi = min(brk.start() if brk else next_start, next_start if next_start > f.end else f.end + ASPECT_AFTER_CHARS,
             f.end + ASPECT_AFTER_CHARS)
    after = _first_after(aspects, f.end, hi)
    return after.name if after else None


def _kind_key(f: Figure) -> str:
    return "percent" if f.kind in ("percent", "points") else f.unit.split(" / ")[0]


#: How far into a text (characters) a news dateline ("TARNOW, May 6, 2025 - ...") may stand.
DATELINE_CHARS = 600
_DATELINE = re.compile(r"(?m)^[A-Z][A-Za-z .'’-]*(?:,\s+[A-Z][A-Za-z .'’-]*)?,?\s+(?:(?P<m1>[A-Z][a-z]+)\.?\s+(?P<d1>\d{1,2})|(?P<d2>\d{1,2})\s+"
                       r"(?P<m2>[A-Z][a-z]+))\.?,?\s+(?P<y>(?:19|20)\d\d)\s*(?:[-–—:]|\(|$)")


def _doc_date(source: Source) -> tuple[int, int, int] | None:
    """(year, month, day) the text is dated: its metadata's date, else a news dateline near its top."""
    m = re.match(r"\s*((?:19|20)\d\d)(?:-(\d\d)(?:-(\d\d))?)?", source.metadata.get("date", ""))
    if m:
        return int(m.group(1)), int(m.group(2) or 0), int(m.group(3) or 0)
    d = _DATELINE.search(source.text, 0, DATELINE_CHARS)
    month = d and _MONTH_NAMES.get((d.group("m1") or d.group("m2") or "").lower())
    if not month:
        return _date_near_top(source.text)
    return int(d.group("y")), month, int(d.group("d1") or d.group("d2"))


def _date_near_top(text: str) -> tuple[int, int, int] | None:
    """(year, month, day) of the first full date that opens one of the text's first lines (within
    :data:`DATE_LINE_CHARS` of the line's start, and before its first sentence ends), however the dateline is
    laid out: "TARNOW (Wire), 5 March 2026 –", "Tarnow · Published 18 March 2026, 6.40pm", "Tarnow — 19.03.2026",
    "Tarnow, 19. 3. 2026, 17:20",
    "Velka, Tarn state · Tue Apr 28, 2026". A date deep in a paragraph dates an event, not the text."""
    for line in _LINE.finditer(text, 0, DATELINE_CHARS):
        head = line.group(0)[:DATE_LINE_CHARS]
        end = _SENTENCE_END.search(head)
        for m in _FULL_DATE.finditer(head, 0, end.start() if end else len(head)):
            if len(_SMALL_WORD.findall(head, 0, m.start())) > DATELINE_MAX_SMALL_WORDS:
                break  # "... said a survey finished on 5 March 2019": a sentence, not a dateline
            if m.group("mo"):
                day, month = int(m.group("dn")), int(m.group("mo"))
            else:
                day, month = int(m.group("d1") or m.group("d2")), _MONTH_NAMES.get((m.group("m1") or m.group("m2")).lower())
            if month and 1 <= month <= 12 and 1 <= day <= 31:
                return int(m.group("y1") or m.group("y2") or m.group("yn")), month, day
    return None


#: How far into a line (characters) a date may start and still be the text's own: a dateline's date comes after
#: a place, an outlet or "Published", never deep in a paragraph.
DATE_LINE_CHARS = 90
_LINE = re.compile(r"(?m)^.+$")
#: A dateline names a place, an outlet, a district or a state and "Published" before its date, with at most this
#: many lower-case words ("Tarnow (Velka district) —"); more, and the line is a sentence.
DATELINE_MAX_SMALL_WORDS = 3
_SMALL_WORD = re.compile(r"(?<![\w'’-])[a-z]{2,}\b")
_SENTENCE_END = re.compile(r"[.!?][\"”’]?\s+[A-Z]")
_MONTH_WORD = r"[A-Z][a-z]{2,8}"
#: A full date: "5 March 2026", "March 5, 2026", "Tue Apr 28, 2026", "19.03.2026" (day first, as written outside
#: the United States; a slash is left alone, since "03/05" is read both ways).
_FULL_DATE = re.compile(rf"(?<![\w.])(?:(?P<m1>{_MONTH_WORD})\.?\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>(?:19|20)\d\d)"
                        rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH_WORD})\.?,?\s+(?P<y2>(?:19|20)\d\d)"
                        rf"|(?P<dn>\d{{1,2}})\.[ \u00a0]?(?P<mo>\d{{1,2}})\.[ \u00a0]?(?P<yn>(?:19|20)\d\d))(?![\w]|\.\d)")


#: A year named relative to the text's date.
_SPLIT_YEAR_KINDS = r"(?:(?:school|financial|fiscal|academic|crop|marketing)\s+)"
_RELATIVE_YEAR = re.compile(rf"\b(last|this|next)\s+{_SPLIT_YEAR_KINDS}?(?:year|season)\b(?!['’])", re.I)  # not "this year's surplus"
#: The same before a figure, where "last year's crop came to 24.6 Mt" dates it too.
_RELATIVE_YEAR_BEFORE = re.compile(rf"\b(last|this|next)\s+{_SPLIT_YEAR_KINDS}?(?:year|season)\b", re.I)
#: How many words may stand between a speech verb and "on Tuesday" for the day to date the statement
#: ("said in a statement on Tuesday").
SAID_DAY_WORDS = 4
#: How far after a figure (characters) "last year" may stand and still date it.
RELATIVE_YEAR_CHARS = 30
#: ... or further, up to this many characters, when nothing breaks the figure's phrase before it ("produced
#: 96,000 tonnes of concentrate at its Tarn mine in the north last year, a third more than ...").
RELATIVE_YEAR_PHRASE_CHARS = 90


def _phrase_end(text: str, start: int, hi: int, most: int) -> int:
    """Where the phrase that opens at ``start`` ends: the first comma, semicolon, colon or dash before ``hi``,
    at most ``most`` characters on; ``start`` itself when none comes that soon (the phrase runs on past)."""
    brk = _PHRASE_BREAK.search(text, start, min(hi, start + most))
    return brk.start() if brk else start
#: A split year anywhere in a text ("2024-25", "2024/2025"): the seasons "this season" may mean.
_SPLIT_YEAR = re.compile(r"\b((?:19|20)\d\d)[-–/](\d\d(?:\d\d)?)\b(?![-–/]\d)")


#: "recover to 650 kt from 531 kt in ": a year that dates the old value of a change, not the forecast.
_FROM_FIGURE_IN = re.compile(r"\bfrom\s+[^,;]{1,25}?\s+in\s+(?:the\s+)?$")
_YEAR_OR_SEASON = re.compile(r"\b(1[89]\d\d|20\d\d)(?:[-–/](\d\d(?:\d\d)?)\b(?![-–/]\d))?\b")


#: From this month on, a text counting in seasons is in the season that starts in its year (a December 2024
#: report speaks of 2024/25); before it, in the one that ends in its year.
SEASON_TURN_MONTH = 7


def _current_period(doc_year: int, seasons: tuple[str, ...], month: int | None = None) -> str:
    """The period a text written in ``doc_year`` is in: its season if it counts in seasons, else the year."""
    split = [p for p in seasons if "/" in p]
    if split:
        if month:
            y = doc_year if month >= SEASON_TURN_MONTH else doc_year - 1
        else:  # the latest season the text names that holds its year
            held = [int(p[:4]) for p in split if int(p[:4]) <= doc_year <= _last_year_of(p)]
            y = max(held) if held else doc_year - 1
        return f"{y}/{(y + 1) % 100:02d}"
    return str(doc_year)


def _relative_period(m: re.Match, doc_year: int, seasons: tuple[str, ...], month: int | None = None) -> str:
    """The period "last year", "this season" or "next season" means in a text written in ``doc_year``: a
    season when the text counts in seasons (the one ending in its year is "this season"), else a year."""
    shift = {"last": -1, "this": 0, "next": 1}[m.group(1).lower()]
    current = _current_period(doc_year, seasons, month)
    if re.search(r"season|school|financial|fiscal|academic|crop|marketing", m.group(0), re.I) and "/" in current:
        # ("this school year" in a text that counts in 2024-25 years is the one under way)
        y = int(current[:4]) + shift
        return f"{y}/{(y + 1) % 100:02d}"
    return str(doc_year + shift)


#: What every period's year contains (:attr:`ContextReader.re_period`).
_YEARISH = re.compile(r"(?:19|20)\d\d")


def _latest_stated_year(cr: ContextReader, text: str, sents) -> int | None:
    """For an undated text, the year it is written in as far as it shows: the latest year it states as the
    period of a fact ("in 2024"), leaving out sentences that forecast or plan."""
    years = []
    for ss, se in sents:
        if not _YEARISH.search(text, ss, se):
            continue  # no year, no period (a cheap test first: the cue and period patterns are slow)
        if cr.re_target_cue.search(text, ss, se) or cr.re_forecast.search(text, ss, se):
            continue
        years += [int(m.group("y")) for m in cr.re_period.finditer(text, ss, se)]
    return max(years, default=None)


#: "the world's fifth-largest reserves": the world is the ranking's frame, not whose figure it is.
_WORLD_RANKING = re.compile(r"(?:['’]s)?\s+(?:\w+-)?(?:largest|biggest|top|leading|richest|highest|lowest|smallest|"
                            r"first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\w+est)\b", re.I)

#: Words after a capitalised name that make it the subject doing the measured thing ("Acme produced").
_ORG_VERB_GAP = re.compile(r"\s+(?:\w+ly\s+|has\s+|had\s+|also\s+|will\s+|now\s+)?")


def _body_short_names(cr: ContextReader, text: str) -> dict[str, str]:
    """Short names the text gives bodies, with the name each stands for: "the Bureau of Crop Economics (BAREC)"
    → {"BAREC": "Bureau of Crop Economics"}."""
    out: dict[str, str] = {}
    for m in re.finditer(r"\(([A-Z][\w&.-]{1,12})\)", text):
        np = _PROPER_NP.search(text, max(0, m.start() - 160), m.start())
        while np and np.end("np") < m.start() - 2:  # the name that ends right before the bracket
            np = _PROPER_NP.search(text, np.end(), m.start())
        if np is None:
            continue
        if set(np.group("np").split()) & (cr.body_words | cr.company_words):
            out.setdefault(m.group(1), cr.canonical_attributor(np.group("np")))
        elif m.group(1).isupper() and (words := _spelled_by_initials(np.group("np").split(), m.group(1))):
            out.setdefault(m.group(1), cr.canonical_attributor(" ".join(words)))  # "Velka d'Arno Servizi (VDS)"
    caps = set(_ACRONYM.findall(text)) - set(out)
    if caps:  # "the Student Representative Council ... the SRC says": an acronym of a body's initials, undefined
        for np in _PROPER_NP.finditer(text):
            words = [w for w in np.group("np").split() if w[:1].isupper()]
            if len(words) < 2 or not set(words) & cr.body_words:
                continue
            with_of = "".join(w[0].upper() for w in np.group("np").split() if w[:1].isupper() or w == "of")
            for short in {"".join(w[0] for w in words), with_of} & caps:  # ("TDOT": Tarn Department of Transportation)
                out.setdefault(short, cr.canonical_attributor(np.group("np")))
    return out


def _spelled_by_initials(words: list[str], acronym: str) -> list[str] | None:
    """The last words of a name whose initials spell ``acronym``, the short name the text gives it in brackets
    right after: a body the rules have no word for ("Velka d'Arno Servizi (VDS)", "Velka Kontor (VK)"). A
    connector may give its letter or none ("Tarn Office of Rates (TOR)"), an elided particle its own letter or its
    word's ("d'Arno": D or A). At least two words; None when no run of them spells it."""
    def letters(word: str) -> tuple[str, ...]:
        if word in _CONNECTOR_WORDS:
            return ("", word[0].upper())
        if (el := re.match(_ELIDED_PARTICLE, word)) is not None:
            return (word[0].upper(), word[el.end():][:1].upper())
        return (word[0].upper(),) if word[:1].isupper() else ()

    def spells(ws: list[str], rest: str) -> bool:
        if not ws:
            return not rest
        return any(rest.startswith(c) and spells(ws[1:], rest[len(c):]) for c in letters(ws[0]))

    for k in range(2, min(len(words), len(acronym) + ACRONYM_EXTRA_WORDS) + 1):
        tail = words[-k:]
        if tail[0][:1].isupper() and not tail[0].endswith(".") and spells(tail, acronym):
            return tail
    return None


#: Connector words inside a name may go unspelled by its initials: up to this many more words than letters.
ACRONYM_EXTRA_WORDS = 3
_CONNECTOR_WORDS = frozenset(_NAME_CONNECTORS.split("|"))
#: Where a speaker spoke, right before a place: "told reporters in", "at a news conference in", "speaking in"; or
#: where a speaker is from: "Senator Ana Ruiz, of".
_SPOKEN_IN_BEFORE = re.compile(r"\b(?:(?:told|telling|briefed|briefing)\s+(?:reporters|journalists|the\s+press|"
                               r"(?:a\s+)?(?:news\s+|press\s+)?(?:conference|briefing|meeting))|speaking|"
                               r"(?:news|press)\s+(?:conference|briefing))\s+in\s+$"
                               # where a speaker is from: "Senator Ana Ruiz, of Tarnow, told ..."
                               r"|[A-Z][\w'’-]+,\s+(?:of|from)\s+$")
#: How far before a place :data:`_SPOKEN_IN_BEFORE` is looked for (characters).
SPOKEN_IN_CHARS = 48
#: An all-capitals word of two to six letters: a short name ("SRC", "NUM").
_ACRONYM = re.compile(r"(?<![\w&.-])[A-Z]{2,6}(?![\w&-])")


def _observer_described(cr: ContextReader, text: str, end: int, se: int) -> bool:
    """True when the name ending at ``end`` is described, between commas, as a body that measures others
    ("Palmer Flows, a consultancy that follows tankers, puts ..."; the [bodies] observers list)."""
    m = cr.re_appositive.match(text, end, min(se, end + 2 * APPOSITIVE_CHARS)) or cr.re_relative.match(
        text, end, min(se, end + 200))
    return bool(m) and bool(cr.re_observer.search(text, m.start(), m.end()))


# Patterns of _organisations and _attributions, compiled once: both run for every capitalised phrase of every
# sentence, where looking a pattern up by its text each time costs more than the match.
#: Connector words trailing a capitalised phrase ("the agency and" → "the agency").
_TRAILING_CONNECTORS = re.compile(rf"(?:\s+(?:{_NAME_CONNECTORS}))+$")
#: A full stop that belongs to the phrase: an initial or a short abbreviation ("Acme Co.", "U.S.").
_ABBREVIATION_END = re.compile(r"(?:\b[A-Z]|\b[A-Z][a-z]{1,3})\.$")
_INITIAL = re.compile(r"[A-Z]\.?|[HQ][1-4]|FY\d{2,4}")  # an initial, or a part of a year ("H2", "Q3", "FY25")
#: "State-owned " before a name.
_HYPHENATED_LEAD = re.compile(r"(?:[A-Z][a-z]+-[a-z]+\s+)+")
_DASH_BEFORE = re.compile(r"\s[-–—]\s*$")
#: What follows a name that opens a sentence and acts: ", which", " reported", " says", " went" (a past tense of
#: its own).
_OPENER_AFTER = re.compile(r"(?:,\s+(?:which|who|the|a|an|one)\b|\s+(?:[a-z]+(?:ed|s)\b|(?:went|made|put|said|gave|took|found|"
                           r"saw|kept|held|paid|sold|built|spent|told|brought|became|rose|fell|grew|won|lost|set|cut|"
                           r"ran|began|sent|struck|wrote|chose|drew|bought|sought|thought|met|led)\b))")
#: "the field run by " before a company (searched only where "by" occurs: it is case-exact).
_RUN_BY_BEFORE = re.compile(r"\b(?:run|operated|owned|controlled|developed|built)\s+by\s+(?:the\s+)?$")
#: "in (the) ", "at ", "of " ending the text before a name, matched backwards ("(?:^|\W)(?:in|at|of)\s+(?:the\s+)?$").
_PLACE_BEFORE = TailPattern(r"(?:\s+eht)?\s+(?:ni|ta|fo)(?:\W|$)")
_WHICH_VERB_AFTER = re.compile(r",\s+which\s+(?:has\s+|had\s+|will\s+)?[a-z]+(?:ed|s)\b")
_POSSESSIVE_END = re.compile(r"['’]s$")
#: Abbreviations that stand before a number ("No. 1 shaft", "Vol. 3"): capitalised, but no name.
_NUMBER_SIGN = re.compile(r"(?:No|Nos|Vol|Art|Sec|Ch|Fig|Pt)\.?")
#: A day read into a name through its "on" ("the Roads Service on Wednesday", "the board on March 3"): when the
#: body spoke, not part of its name.
_DAY_AFTER_NAME = re.compile(rf"\s+on\s+(?:{_DAY_AND_MONTH_NAMES})\b.*$")
_POSSESSIVE_SPLIT = re.compile(r"['’]s\s+")
_CAPITALISED_WORD = re.compile(r"[A-Z][a-z]+")
#: "according to the <few lower-case words> " before a name ("according to preliminary survey figures").
_ACCORDING_TO_WORDS = re.compile(rf"\baccording\s+to\s+(?:the\s+)?(?:(?:(?-i:[a-z][a-z-]*)|{'|'.join(sorted(_WEEKDAYS))})"
                                 r"\s+){1,6}$", re.I)  # ("according to figures published on Wednesday by the ...")
#: Letters :data:`_ACCORDING_TO_WORDS` must find in lower case, a cheap test before it (no character beyond
#: ASCII matches one of them case-blind, so lower-casing the text finds every place it could match).
_ACCORDING_LETTERS = "ccord"
_ACRONYM_AFTER = re.compile(r"\s*\([A-Z][\w&.-]{1,12}\)")
_COMMA_ASIDE = re.compile(r",[^,]{1,50},")
_SAID_BEFORE = re.compile(r"\b(?:said|says)\s+(?:the\s+)?$", re.I)
#: A pronoun that has already said: the name after "She said" is what she spoke of.
_PRONOUN_SAID_BEFORE = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ww]e|I)\s+(?:also\s+)?(?:said|says)\s+(?:the\s+)?$")
_CLAUSE_MARK_AFTER = re.compile(r"\s*(?:[,.;)]|$)")
#: A mark before a speaker that follows what it says (", the agency said"). Not a semicolon: that opens a clause
#: of its own, whose speaker states what comes after ("...; the X puts the figure at about 1,900 hectares").
_MARK_THE_BEFORE = re.compile(r"[,(—–][\"”’]?\s*(?:the\s+|The\s+)?$")
_BODY_VERB_AFTER = re.compile(r"\s+(?:\w+ly\s+)?(?:\w+s|said|told|estimated|reported|expects|wants)\b")


def _organisations(cr: ContextReader, text: str, ss: int, se: int, ents, attrs,
                   body_shorts: Mapping[str, str] = MappingProxyType({}), casing: _Casing | None = None
                   ) -> list[_Mention]:
    """Capitalised names the rules do not know that act as the subject of a metric ("Sal de Vientos
    Lithium produced 3,100 t"): companies, mines and agencies become the figure's entity. ``body_shorts``
    are the short names the text gave to bodies ("... Economics (BAREC)"): they speak, never are spoken of."""
    out = []
    taken = [(m.start, m.end) for m in ents] + [(a.start, a.end) for a in attrs if a.kind.endswith(("verb", "post"))]
    for m in _PROPER_NP.finditer(text, ss, se):
        a, b = m.start("np"), m.end("np")
        phrase = _TRAILING_CONNECTORS.sub("", m.group("np"))
        if phrase.endswith(".") and not _ABBREVIATION_END.search(phrase):
            phrase = phrase[:-1]  # "run by Tarnoil." ends the sentence; "Acme Co." and "U.S." keep theirs
        if " and " in phrase:  # "Velka Seafoods Inc and Tarnow officials": a firm's name ends with its company word
            head, _, tail = phrase.partition(" and ")
            if head.split()[-1] in cr.company_words and tail.split()[-1] not in cr.company_words:
                phrase = head  # (but "Tarn Mining and Metals" is one name)
        b = a + len(phrase)
        # "Tarn Magnesia a.s. will spend": a legal form in small letters ends the firm's name, which is named without it
        legal = cr.re_small_legal_form.match(text, b, se) if cr.re_small_legal_form else None
        if legal:
            b = legal.end()
        if any(x <= a < y for x, y in taken) or _sentence_initial_common(text, ss, a, phrase) or text[b:b + 1] == "$":
            continue  # (nor a currency's mark: "US$8.7 million", "A$96 million")
        if phrase.lower() in _MONTHS or _INITIAL.fullmatch(phrase) or (
                phrase in cr.unit_words and _NUMBER_BEFORE.search(text, max(ss, a - 3), a)):
            continue  # (nor a unit after its number: "the 0.4 GW plant")
        first = phrase.split()[0]
        if cr.re_scope.fullmatch(first) or cr.re_metric.fullmatch(first) or cr.re_scope.fullmatch(phrase):
            continue  # "REE production", "Lithium output": a topic word, not a company
        fw = _LEADING_FUNCTION_WORDS.match(phrase)  # "With the Kestrel project" → "Kestrel"
        if fw and len(phrase) > fw.end():
            a, phrase = a + fw.end(), phrase[fw.end():]
        lead = _HYPHENATED_LEAD.match(phrase)  # "State-owned Acme" → "Acme"
        if lead and len(phrase) > lead.end():
            a, phrase = a + lead.end(), phrase[lead.end():]
        gap = _ORG_VERB_GAP.match(text, b)
        mm = cr.re_metric.match(text, gap.end()) if gap else None
        facility = cr.re_facility.match(text, b)
        opener = (a - ss <= 4 or _DASH_BEFORE.search(text[max(ss, a - 4):a])) and _OPENER_AFTER.match(
            text[b:b + 20]) and phrase.lower() not in _NOT_NAMES \
            and not (" " not in phrase and phrase.endswith("ly"))  # "Domestically developed reserves"
        if " " not in phrase and phrase.lower() in _NOT_NAMES:
            continue  # "The link will open": an article, not a name
        if casing is not None and casing.opener_only(text, ss, a, phrase):
            continue  # "Local officials ...", '"Underground projects rarely ..."': a word that only opens
        if opener and " " not in phrase and _APPOSITIVE_OPEN.match(text, b) and not _APPOSITIVE.match(text, b):
            opener = False  # "Worldwide, the industry faces ...": no appositive closes, so no name opens
        # "Tarn Ridge, the giant field on the coast": a name described as a facility
        described = cr.re_described_facility.match(text, b)
        # "the Tarn hydroelectric project": one describing word between the name and its facility word
        facility = facility or described or (
            " " not in phrase and phrase not in _WEEKDAYS and (mod := _FACILITY_MODIFIER.match(text, b)) is not None
            and cr.re_facility.match(text, mod.end()))
        # "the field run by Tarnoil", "a line owned by Westgrid": the company behind a facility
        lead_in = text[max(ss, a - 30):a]
        runner = _RUN_BY_BEFORE.search(lead_in) if "by" in lead_in else None
        mm = mm or facility or opener
        company = len(phrase.split()) >= 2 and bool(set(phrase.split()[1:]) & cr.company_words) or bool(runner or legal)
        # "Nordavia's nickel output", "output in Nordavia", "production at Escondida": an owner or place
        owner = _POSSESSIVE_END.search(phrase) and cr.re_metric.search(text, b, min(se, b + 30))
        place = _PLACE_BEFORE.search(lead_in) and cr.re_metric.search(lead_in)
        # "slots at Santa Luzia, which handled 33.7 million passengers": what the relative clause describes
        described_by = _WHICH_VERB_AFTER.match(text[b:b + 30])
        mm = mm or owner or place or described_by
        if a == ss and " " not in phrase and not mm:
            continue  # a lone capitalised word opening a sentence is a name only if it then does something
        if not company and cr.re_body_described_before.search(text, max(ss, a - BODY_DESCRIBED_CHARS), a):
            continue  # "the consumer association Tarnovo Vale, which ...": a body that speaks, not a topic
        if mm or company:
            name = _POSSESSIVE_END.sub("", phrase)
            parts = _POSSESSIVE_SPLIT.split(name)
            name = parts[-1]  # "Acme Mining's Kestrel" → "Kestrel"
            if set(name.split()) & cr.body_words:  # a ministry or survey speaks; its owner is what it is about
                if len(parts) > 1 and not cr.re_entity.fullmatch(parts[-2]) and parts[-2].lower() not in _NOT_NAMES:
                    out.append(_Mention(a, a + len(parts[-2]), parts[-2], "org"))
                elif opener and len(parts) == 1:  # "Tarnow Renters Voice went further.": what "the group" means next
                    out.append(_Mention(a, b, name, "body"))
                continue
            kind = "facility" if facility and not company else "body" if _GROUP_NOUN_AFTER.match(text, b) else "org"
            out.append(_Mention(a, b, name, kind))  # ("the Tarn Water Action group": a body, which counts others)
    for at in attrs:  # the owner of a speaking body is a place or firm the figure may be about ("Ostland's Ministry of Mines")
        om = _BODY_OWNER.match(text, at.start, at.end)
        if om and not cr.re_entity.fullmatch(om.group("o")) and not cr.re_attr.search(om.group("o")) \
                and om.group("o").lower() not in _NOT_NAMES:
            out.append(_Mention(om.start("o"), om.end("o"), om.group("o"), "org"))
    for at in attrs:  # an unknown body speaking for itself ("Acme Lithium reported that its ponds produced")
        if at.name in body_shorts or _observer_described(cr, text, at.end, se):
            continue  # "Palmer Flows, a consultancy that tracks tankers, puts ...": it measures others
        if cr.re_body_described_before.search(text, max(ss, at.start - BODY_DESCRIBED_CHARS), at.start):
            continue  # "the consumer association Tarnovo Vale said": a body, described as one
        if at.kind in ("verb", "post") and not cr.re_attr.search(text, at.start, at.end) and not any(
                m.start == at.start for m in ents) and at.name[:1].isupper() and at.name.lower() not in _NOT_NAMES \
                and at.name.lower() not in cr.speaker_words \
                and not (casing is not None and casing.opener_only(text, ss, at.start, at.name)) \
                and not (set(_CAPITALISED_WORD.findall(at.name)) & cr.body_words):
            out.append(_Mention(at.start, at.end, at.name, "speaker"))
    return out


#: How many words after "of" the whole a share is of may take ("of the utility's treated water").
SHARE_WHOLE_WORDS = 4
#: Words that end the noun phrase after "of": prepositions, conjunctions, verbs, time words.
_WHOLE_STOP = frozenset("of in on at by for from to with than since last this next that which who whom whose and or but "
                        "as after before during over under while is are was were be been being will would could "
                        "should can may might has have had said says say according get gets got go goes went "
                        "year years month months week weeks".split())
_WHOLE_DETERMINERS = frozenset("the its their his her our your my a an all this that these those every each "
                               "total world global overall entire whole national".split())  # "of the world total"
_WHOLE_WORD = re.compile(r"[A-Za-z][\w'’-]*")


def _share_whole(cr: ContextReader, text: str, start: int, se: int) -> str | None:
    """What a share is of when no metric word says it: the noun phrase after "of", by its last one or two
    common words ("52 per cent of auction proceeds" → "auction proceeds", "a third of the network" →
    "network"), so shares of different wholes never meet. None when the phrase names only places, bodies or
    a topic ("three-fifths of Ostland's tea" is a share of whatever the sentence measures)."""
    words: list[str] = []
    pos = start
    while len(words) < SHARE_WHOLE_WORDS:
        m = _WHOLE_WORD.match(text, pos, se)
        if m is None:
            break
        w = m.group(0)
        if w.lower() in _WHOLE_STOP:
            break
        words.append(w)
        pos = m.end()
        gap = re.match(r" +", text[pos:se])
        if gap is None:
            break
        pos += gap.end()
    common = [w.lower() for w in words if w[:1].islower() and w.lower() not in _WHOLE_DETERMINERS
              and not re.search(r"['’]s?$", w)]
    if not common or len(common) < len([w for w in words if w.lower() not in _WHOLE_DETERMINERS]) - 1:
        return None  # mostly names: "of Ostland's Northern Province"
    head = " ".join(common[-2:])
    if cr.re_scope.fullmatch(head) or cr.re_scope.fullmatch(common[-1]) or cr.re_entity.fullmatch(common[-1]):
        return None
    return head


def _share_base(cr: ContextReader, text: str, f: Figure, strong, se: int, next_start: int) -> str | None:
    """The entity a percentage is a share of ("45 % of the EU's imports" → EU); None for the world."""
    m = re.match(r"\s+(?:of|in)\s+(?:the\s+)?", text[f.end:f.end + 12])
    if not m:
        return None
    start = f.end + m.end()
    for e in strong:
        if e.start == start:
            return e.name
    return None


#: How far before a name (characters) "according to ..." or "... by" may start: "according to figures published on
#: Wednesday by the Tarn Partnership".
ACCORDING_LOOKBACK_CHARS = 64


def _attributions(cr: ContextReader, text: str, ss: int, se: int, ents) -> list[_Mention]:
    """Bodies named in the sentence as the speaker, with the shape of each (verb, according, by)."""
    out: list[_Mention] = []
    asides: list[tuple[int, int]] = []
    seg = text[ss:se]
    for m in _PROPER_NP.finditer(seg):
        np_start, np_end = ss + m.start("np"), ss + m.end("np")
        phrase = m.group("np")
        # trim trailing connector words ("the agency and" → "the agency")
        trimmed = _TRAILING_CONNECTORS.sub("", phrase)
        np_end -= len(phrase) - len(trimmed)
        phrase = trimmed
        if cr.re_small_legal_form and (form := cr.re_small_legal_form.match(text, np_end, se)):
            np_end = form.end()  # "Tarn Tin plc said": the firm's name runs to its legal form
            phrase = text[np_start:np_end]
        if " of " in phrase and (firm := _PERSON_OF_FIRM.fullmatch(phrase)) and firm.group("title") and (
                firm.group("title").lower() in cr.role_words) and (
                set(firm.group("org").split()) & (cr.company_words | cr.body_words)) and not (
                set(firm.group("person").split()) & (cr.company_words | cr.body_words)
                or cr.re_entity.search(firm.group("person"))):  # ("Ostland Bureau of Statistics" is one name)
            np_start += firm.start("person")  # "Analyst Ana Ruiz of Velkor Capital said": she and her firm, no title
            phrase = phrase[firm.start("person"):]
        before = text[max(ss, np_start - ACCORDING_LOOKBACK_CHARS):np_start]
        acc = cr.re_according_the_before.search(before) or (
            _ACCORDING_LETTERS in before.lower() and _ACCORDING_TO_WORDS.search(before)) or (
            cr.re_said_role_before.search(before))  # 'said the group's coordinator, Ana Ruiz': she speaks
        # "according to preliminary survey figures", "according to the secondary sources that <Body> uses"
        if phrase.rstrip(".") in _WEEKDAYS or phrase.rstrip(".").lower() in _MONTHS:
            continue  # ("officials said Tuesday.": a day, at the end of a sentence too)
        by = cr.re_by_before.search(before) or _BY_DESCRIBED_BEFORE.search(before)
        if by and _HELD_BY_BEFORE.search(before):
            by = None  # "the mill owned by Velmar Steel emitted ...": who owns it, not who says so
        acronym = _ACRONYM_AFTER.match(text[np_end:np_end + 16])  # "... Sciences (ABARES) said"
        verb = cr.re_verb.match(text, np_end + (acronym.end() if acronym else 0))
        if verb is not None and _ROW_LABEL_END.match(text, verb.end()) and (np_start == 0 or text[np_start - 1] == "\n"):
            verb = None  # "Population estimate: 860", a row of a fact box: the word is its label's noun, not a verb
        if verb is None and not acronym and (kind_noun := _GROUP_NOUN_AFTER.match(text, np_end)) is not None:
            verb = cr.re_verb.match(text, kind_noun.end())  # "the Tarn Water Action group says"
        named = None if verb or acronym else _named_after_description(cr, text, ss, np_start, np_end)
        if named:  # "Hartwell's analyst, Priya Castellane, said": the name is the speaker
            verb = named[0]
        if verb is None and not named and (rel := _RELATIVE_OPENING.match(text, np_end, se)) is not None:
            verb = cr.re_verb.match(text, rel.end())  # "The Tarn Union, which counts 1,046 members, ...": it speaks
        name_end = np_end + (acronym.end() if acronym else 0)  # "the Tarn Board (TB), the sugar board, said"
        appositive = None if verb else (cr.re_relative.match(text, name_end, min(se, name_end + 200))
                                        or cr.re_appositive.match(text, name_end, min(se, name_end + 2 * APPOSITIVE_CHARS))
                                        or _COMMA_ASIDE.match(text[name_end:name_end + 54]))
        if appositive:  # "Caspian Partners, an Almaty-based brokerage, estimates ...", "X, which represents Y, Z, says"
            absolute = appositive.re in (cr.re_relative, cr.re_appositive)
            verb = cr.re_verb.match(text, appositive.end() if absolute else name_end + appositive.end())
            if verb:  # names inside the aside describe the speaker; they do not speak
                asides.append((np_end, verb.start()))
        known = bool(cr.re_attr.search(phrase)) or bool(cr.re_entity.fullmatch(_POSSESSIVE_END.sub("", phrase)))
        if verb and not acc and _WHERE_BEFORE.search(text, max(ss, np_start - OTHERS_BEFORE_CHARS), np_start):
            continue  # "farmers in Tarnow say": the place says where the speakers are; it does not speak
        if acc and _SAID_BEFORE.search(before) and (not _CLAUSE_MARK_AFTER.match(text[np_end:np_end + 2])
                                                    or _PRONOUN_SAID_BEFORE.search(before)):
            acc = None  # "said Nordavia produced", "She said Tarnow, with 53,000 residents, ...": what was said about
        if not acc and by and _POSSESSIVE_END.search(phrase) and _RECKONING.match(text, np_end):
            acc = by  # "by the Battery Council's count, ..." / "on the agency's estimates"
        if acc:
            out.append(_Mention(np_start, np_end, cr.canonical_attributor(_POSSESSIVE_END.sub("", phrase)), "according"))
        elif verb and (known or not _sentence_initial_common(text, ss, np_start, phrase)):
            post = _MARK_THE_BEFORE.search(text[max(ss, np_start - 6):np_start]) or (
                _POST_DESCRIBED.search(text, max(ss, np_start - 80), np_start)) or (
                cr.re_role_set_off_before.search(text, max(ss, np_start - ROLE_OWNER_CHARS), np_start)) or (
                cr.re_comma_body_described.search(text, max(ss, np_start - 50), np_start)) or (  # "..., its operator Velmar said"
                (role := cr.re_role_owner.search(text, max(ss, np_start - ROLE_OWNER_CHARS), np_start)) is not None
                and _MARK_THE_BEFORE.search(text, max(ss, role.start() - 3), role.start())) or (  # ", Velmar's chief, A. Ruiz, said"
                (title := cr.re_company_title_before.search(text, max(ss, np_start - ROLE_OWNER_CHARS), np_start)
                 or cr.re_body_title_before.search(text, max(ss, np_start - ROLE_OWNER_CHARS), np_start))
                is not None and _MARK_THE_BEFORE.search(text, max(ss, title.start() - 3), title.start()))
            # (", chief financial officer Ana Ruiz told a briefing": a company's officer after the figure)
            if named:
                post = named[1]
            name = cr.canonical_attributor(phrase)
            if acronym and not known:  # the text's own short name, the one its later sentences use
                name = acronym.group(0).strip(" ()")
            # a person named after a role ("Hartwell's analyst, P. C., said") or the author of a review ("a review
            # by Brantley found") speaks of others, never of itself: an "observer" is never the figure's entity
            observer = "observer " if named or by else ""
            out.append(_Mention(np_start, np_end, name, observer + ("post" if post else "verb")))
        elif by and (known or len(phrase.split()) >= 2):
            out.append(_Mention(np_start, np_end, cr.canonical_attributor(phrase), "by"))
    documents: list[tuple[int, int]] = []  # "the council's register": its words are no speaker of their own
    for m in cr.re_document_of.finditer(text, ss, se):  # "Velmar's annual report shows", "the council's register lists"
        if cr.re_verb.match(text, m.end()) and not any(o.start <= m.start("owner") < o.end for o in out):
            out.append(_Mention(m.start("owner"), m.end("owner"), _document_owner(cr, text, m), "verb"))
            documents.append((m.start(), m.end()))
    for m in _OWNED_BODY.finditer(text, ss, se):  # "Nordavia's mining ministry wants ...", "Ostland's customs agency said"
        if _BODY_VERB_AFTER.match(text[m.end():m.end() + 30]) and not any(o.start <= m.start() < o.end for o in out):
            out.append(_Mention(m.start(), m.end(), f"{m.group('owner')}'s {m.group('body')}", "verb"))
    for m in cr.re_generic.finditer(seg):
        if any(a <= ss + m.start() < b for a, b in documents):
            continue  # "the office's latest survey shows": the office speaks, not "the survey"
        if m.group("g")[-1:].isalpha() and m.group("g").split()[-1][:1].isupper() and _NAME_GOES_ON_AFTER.match(
                text, ss + m.end()):
            continue  # "according to the Ministry of Velka Mines", "the Observatório das Obras": a name, read whole
        if cr.re_verb.match(text, ss + m.end()):
            # "..., the authority said": a speaker after the figure, set off by a comma, as for named ones
            post = re.search(r"[,;(—–]\s*$", text[max(ss, ss + m.start() - 3):ss + m.start()])
            name = m.group("g").lower()
            if (body := _BODY_WORD_BEFORE.search(text, max(ss, ss + m.start() - 30), ss + m.start())) is not None \
                    and body.group(1).capitalize() in cr.body_words and " " not in name:
                name = f"the {body.group(1).lower()}"  # "Council officials said": the council's officials speak for it
            out.append(_Mention(ss + m.start(), ss + m.end(), name, "post" if post else "verb"))
        elif cr.re_according_before.search(text[max(ss, ss + m.start() - 30):ss + m.start()]) and not (
                _said_about(text, ss, ss + m.start(), ss + m.end())
                and (any(b <= ss + m.start() for _, b in documents)
                     or cr.re_the_document.search(text, ss, ss + m.start()) is not None or any(
                    a.end <= ss + m.start() and (set(a.name.split()) & (cr.body_words | cr.company_words)
                                                 or a.name.startswith(("the ", "The "))) for a in out))):
            out.append(_Mention(ss + m.start(), ss + m.end(), m.group("g").lower(), "according"))  # "according to the ministry"
            # (not "The regulator said the firm had omitted ...", "The audit said the firm had spent ...": an
            # organisation or a document speaks, and the company is what it speaks of; after a person, "Ruiz said
            # the board had ..." is her own body's word)
    out += _described_speakers(cr, text, ss, se, [(a.start, a.end) for a in out] + documents)
    out = [a for a in out if not any(lo <= a.start < hi for lo, hi in asides)]
    return sorted(out, key=lambda x: x.start)


#: What continues a body's name after its body word: "of Velka Mines", "das Obras", "Velkano".
_NAME_GOES_ON_AFTER = re.compile(rf"\s+(?:(?:{_NAME_CONNECTORS})\s+)*[A-Z]")
#: A name going on across a lower-case connector of another language's names: "Velka do Tarn", "Banco do Velka".
_CONNECTED_NAME_AFTER = re.compile(rf"\s+(?:{_FOREIGN_CONNECTORS})\s+[A-Z]")


def _document_owner(cr: ContextReader, text: str, m: re.Match) -> str:
    """Who owns the document ``m`` (a :attr:`ContextReader.re_document_of` match) names: "Velmar's annual report"
    is Velmar's; "the partnership's data" belongs to the partnership named before ("the company" and its like
    are resolved later with the other pointers)."""
    owner = m.group("owner")
    if owner[:4].lower() == "the " and owner[4:].islower():
        noun = owner[4:]
        named = [] if noun in cr.org_nouns else re.findall(
            rf"\b((?:(?!The\b)[A-Z][\w&.'’-]*\s+){{1,4}}{noun.title()})\b", text[:m.start()])
        return named[-1] if named else owner.lower()
    return cr.canonical_attributor(owner)


#: A finite verb right after "said the company": the body is the subject of what was said ("She said the company
#: had shipped 1,100 t"), not the one saying it ("..., said the company on Monday").
_REPORTED_SUBJECT_AFTER = re.compile(r"\s+(?:had|has|have|was|were|is|are|would|will|could|can|should|might|may|"
                                     r"must|did|does|do|paid|sold|cut|told|set|kept|[a-z]+ed)\b")


def _said_about(text: str, ss: int, start: int, end: int) -> bool:
    """Whether the speaker-like words at ``start``-``end`` follow "said" and a finite verb follows them: what was
    said is about them ("He said producers had dug ..."), they do not say it."""
    return (_REPORTED_SUBJECT_AFTER.match(text, end) is not None
            and _SAID_BEFORE.search(text, max(ss, start - 8), start) is not None)


#: The words that open a described speaker: "the", "a", "two", "several" ("Two delegates, who ..., said").
_SPEAKER_LEAD = re.compile(
    r"(?:^|(?<=[\s,;(]))(?P<det>(?i:the|an?|two|three|four|five|six|seven|eight|nine|ten|several|some|many|most|"
    r"other|\d+))\s+(?P<desc>(?:(?!(?:the|an?|its|their|this|that|had|has|have|was|were|is|are|would|will)\s)(?:[a-z][\w-]*|(?:[A-Z][a-z]+\s+){0,2}[A-Z][a-z]+-[a-z]+)(?:['’]s)?\s+)"
    rf"{{0,{SPEAKER_DESCRIPTOR_WORDS}}})$")


#: ", its operator " / ", the state carrier " / ", state-run " / ", Tarnow-based " / ", analysts at " right before a
#: speaker's name that follows the figure (without a determiner, only hyphened words or a person's place of work:
#: ", while Velmar said" is a new clause).
_POST_DESCRIBED = re.compile(rf"[,;(—–]\s*(?:(?:its|their|the|The|Its)\s+(?:[a-z][\w-]*['’]?\s+){{1,{POST_DESCRIPTOR_WORDS}}}"
                             r"|(?:[A-Za-z]\w*-[a-z][\w-]*\s+){1,2}"
                             r"|(?:an?\s+|the\s+)?[a-z]+\s+(?:at|with|from)\s+(?:the\s+)?)$")  # ", analysts at"


def _named_after_description(cr: ContextReader, text: str, ss: int, np_start: int,
                             np_end: int) -> tuple[re.Match, bool] | None:
    """(verb, follows its figure?) for a speaker named between commas after a short description of it
    ("Hartwell's analyst, Priya Castellane, said", "..., its general secretary, K. Mensah, said"), else None.
    The description ends in a lower-case role noun; a place or date before the comma ("In Ostland, Velmar,
    ...") is none."""
    if not text.startswith(",", np_end) or not re.search(r"[a-z]{2,},\s+$", text[max(ss, np_start - 40):np_start]):
        return None
    verb = cr.re_verb.match(text, np_end + 1)
    if not verb:
        return None
    head = text[ss:np_start].rstrip()[:-1]  # what stands before the description's comma
    brk = max(head.rfind(c) for c in ",;(—–:")
    desc = head[brk + 1:]
    if len(desc.split()) > NAMED_DESCRIPTION_WORDS:
        return None
    return verb, brk >= 0


def _described_speakers(cr: ContextReader, text: str, ss: int, se: int, taken) -> list[_Mention]:
    """Lower-case speakers with their description: "a Brisk-based grain trader said", "..., regulators said",
    "the four pipeline system operators put", "according to the city's records division". The name is the
    description and the head noun, without the determiner or an owner ("the city's")."""
    out = []
    for m in cr.re_speaker.finditer(text, ss, se):
        hs, he = m.start("head"), m.end("head")
        if not (m.group("head")[0].islower() or hs == ss) or any(a <= hs < b for a, b in taken):
            continue  # "Federal Statistical Office" is a name, read elsewhere
        lead = _SPEAKER_LEAD.search(text, max(ss, hs - 80), hs)
        start, desc = (lead.start(), lead.group("desc")) if lead else (hs, "")
        desc = re.split(r"['’]s\s+", desc)[-1]  # "the city's records division" → "records division"
        if lead and not desc and lead.group("det").lower() == "the":
            name = f"the {m.group('head').lower()}"  # "the bureau": resolved to the bureau named before
        else:
            name = f"{desc}{m.group('head')}".strip()
            name = name[0].lower() + name[1:] if hs == ss and not lead else name
        aside = cr.re_relative.match(text, he, min(se, he + 200)) or cr.re_appositive.match(
            text, he, min(se, he + 2 * APPOSITIVE_CHARS))
        verb = cr.re_verb.match(text, aside.end() if aside else he)
        if verb:
            post = re.search(r"[,;(—–]\s*$", text[max(ss, start - 3):start])
            out.append(_Mention(start, he, name, "post" if post else "verb"))
        elif cr.re_according_before.search(text[max(ss, start - 30):start]) and not _said_about(text, ss, start, he):
            out.append(_Mention(start, he, name, "according"))  # (not "He said producers had dug ...")
    return out


#: A speaker's verb whose object points back ("puts it at", "estimates them at", "sees the figure at").
_POINTS_BACK = re.compile(r"\b(?:it|them|this|that|the\s+(?:figure|total|number|amount|toll|count)"
                          r"(?:\s+of\s+[\w\s-]{1,40}?)?)\s+(?:at|as)\s+\S*$")  # "put the number of homes lost at"
_QUOTE_MARKS = frozenset('"“‘\'')
#: ", the ..." after a sentence's first word, and the same closed by a comma: an appositive ("Tarnoil, the
#: state producer, said"), which a fronted adverb ("Worldwide, the industry faces") lacks.
_APPOSITIVE_OPEN = re.compile(r",\s+(?:the|a|an)\b")
_APPOSITIVE = re.compile(r",\s+(?:the|a|an)\b[^,.;:]{1,80},")


@dataclass(frozen=True)
class _Casing:
    """How one text capitalises its words, to tell a name from a common word that opens a sentence."""

    inside: frozenset[str]  # words it capitalises inside a sentence ("said Velmar", "at Tarn Ridge")
    lower: frozenset[str]  # words it writes in lower case
    #: words it capitalises only as a later word of a body's or a facility's name ("Remand" in "Tarn Remand
    #: Centre"): describing words of that name, not names of their own
    name_parts: frozenset[str] = frozenset()

    @classmethod
    def of(cls, text: str, name_ends: frozenset[str] = frozenset()) -> _Casing:
        parts = set()
        openers = set()  # where a body's or facility's name begins ("the regional Dairy Support Office")
        if name_ends:
            for run in _CAPITALISED_RUN.finditer(text):
                words = [w.removesuffix("'s").removesuffix("’s").rstrip("'’") for w in run.group(0).split()]
                start = run.start()
                if words[0] in _RUN_ARTICLES:
                    start += len(words[0]) + 1
                    words = words[1:]  # "The Velmar Workers Council": Velmar opens the name
                if len(words) > 1 and (words[-1] in name_ends or words[-1].lower() in name_ends):
                    openers.add(start)
                    parts.update(words[1:-1])  # (none for a two-word name)
        # a word capitalised inside a sentence only where it opens such a name is a describing word of that name
        # ("Dairy farmers say" beside "the regional Dairy Support Office"), no name of its own
        # and so is one after a connector inside a longer name ("the Union of Mango Plantation Workers")
        inside = frozenset(m.group(1) for m in _MID_CAP.finditer(text) if m.start(1) not in openers
                           and not _NAME_BEFORE_CONNECTOR.search(text, max(0, m.start() - 40), m.start(1)))
        return cls(inside, frozenset(_LOWER_WORD.findall(text)), frozenset(parts))

    def opener_only(self, text: str, ss: int, start: int, word: str) -> bool:
        """Whether a lone capitalised ``word`` at ``start`` is no name: it opens a quotation ('"Underground
        projects rarely ..."'), or it opens the sentence at ``ss`` (or follows a dateline's "TARNOW, May 6 - ")
        while the text never capitalises it inside a sentence and either writes it in lower case elsewhere ("Local
        officials ..."), or it is a common English word ("Smaller provinces lag", see :mod:`.lexicon`), or the text
        capitalises it only inside a longer name of a body or facility ("Remand prisoners make up 41 per cent"
        beside "Tarn Remand Centre")."""
        if " " in word:
            return False
        if start > ss and text[ss:start].strip() in _QUOTE_MARKS:
            return True
        opens = start - ss <= 1 or _DASH_BEFORE.search(text, max(ss, start - 4), start) is not None  # (after a dateline)
        return opens and self.common_word(word)

    def common_word(self, word: str) -> bool:
        """Whether a lone capitalised ``word`` is a common word wherever a sentence opens with it: the text never
        capitalises it inside a sentence, and writes it in lower case elsewhere, or it is common English, or the
        text capitalises it only inside a longer name."""
        return " " not in word and word not in self.inside and (
            word.lower() in self.lower or is_common(word) or word in self.name_parts)


#: A capitalised word and a name's connector right before a word: "Union of ", "Federation for ".
_NAME_BEFORE_CONNECTOR = re.compile(rf"[A-Z][\w'’&-]*[ ](?:of|for|{_FOREIGN_CONNECTORS})[ ]$")
#: Capitalised words that open a run of capitalised words without being part of the name ("The Velmar Workers Council").
_RUN_ARTICLES = frozenset({"The", "A", "An", "This", "That", "Its", "Their"})
#: A run of capitalised words joined by single spaces ("Tarn Remand Centre", "Tarn Land Users' Council").
_CAPITALISED_RUN = re.compile(r"\b[A-Z][\w'’&-]*(?: [A-Z][\w'’&-]*)+")
_LOWER_WORD = re.compile(r"(?<![\w'’-])[a-z][\w'’-]*")
#: (a word ending one line and a capital opening the next are not one sentence: "Killed: 64" / "Seriously injured:
#: 548", "(board forecast)" / "Raw nuts marketed" are a table's title and rows; a wrapped line loses only evidence)
_MID_CAP = re.compile(r"\b(?:[a-z][\w'’-]*|\d(?:[\d,.]*\d)?)[,;:)]?[^\S\n]+([A-Z][\w'’.&-]*?)(?:['’]s)?\b")
#: One word of a person's name: "Ruiz", "Asante-Mensah", "O'Brien", "McAdam", "Velkarta".
_NAME_PART = rf"(?:O['’]|Mc|Mac)?{_UP}{_LOW}+(?:[-'’]{_UP}?{_LOW}+)?"
#: A particle before a surname: "Ciarán Ó Velkarta", "Jo de Vries", "Ana van der Berg".
_SURNAME_PARTICLE = r"(?:(?:Ó|Ní|Nic|Ua|de|da|van|von|der|den|di|du|le|la|al|bin|ibn)\s+){0,2}"
#: A person's name: two or three capitalised words ("Ana Ruiz", "Kwame Asante-Mensah", "Jo de Vries").
_NAME = (rf"(?:[A-Z]\.\s?){{1,2}}{_NAME_PART}"  # "S. Ruiz", "A. K. Ruiz"
         rf"|{_NAME_PART}(?:\s+{_SURNAME_PARTICLE}{_NAME_PART}){{1,2}}")
#: "more than the company reports": the speaker of a yardstick, right after "than".
_THAN_BEFORE = re.compile(r"\bthan\s+$")
#: "owned by", "run jointly by": a "by" that names who holds or runs a thing, never a source.
_HELD_BY_BEFORE = re.compile(r"\b(?:owned|operated|run|controlled|held|managed|built|developed|acquired|bought|"
                             r"backed|led|chaired|founded|employed|hired)\s+(?:[a-z]+ly\s+)?by\s+(?:the\s+)?$")
#: ", which" or ", who" opening a relative clause on a name; its verb may be the name's own speaking verb.
_RELATIVE_OPENING = re.compile(r",\s+(?:which|who)(?:\s+(?:also|now|still))?")
#: "Analyst Ana Ruiz of Velkor Capital": a person (after a one-word title) of a named firm or body.
_PERSON_OF_FIRM = re.compile(rf"(?:(?P<title>{_UP}{_LOW}+)\s+)?(?P<person>{_NAME})\s+of\s+(?:the\s+)?(?P<org>{_UP}.*)")


#: Capitalised words that make a known place part of a region's name: "Western Ostland" is not Ostland.
_REGION_WORDS = frozenset("Western Eastern Northern Southern North South East West Central Upper Lower Greater "
                          "Inner Outer Northwest Northeast Southwest Southeast".split())
#: The word before a known place, and the one before that ("Far East Ostland" is Ostland's Far East).
_REGION_BEFORE = re.compile(r"(?:\b(?P<prev>[A-Z][a-z]+)\s+)?\b(?P<w>[A-Z][a-z]+)\s$")


#: A capitalised word right after a place's name: "European Velmaria", "Ostlandic Tarn" (a name of its own).
_CAPITALISED_NEXT = re.compile(r" ([A-Z][a-z]+)\b")


def _place_goes_on(cr: ContextReader, text: str, m: _Mention, casing: _Casing) -> bool:
    """True when a known place's name runs on into a name of its own ("the European Velmaria basin" is no figure
    of Europe): the next word is capitalised, the text never writes it in lower case (so "Ostland Copper Output"
    in a headline keeps Ostland), and it is no body or company word ("Ostland Cocoa Board" is left to
    :func:`_opens_a_name`)."""
    nxt = _CAPITALISED_NEXT.match(text, m.end)
    return (nxt is not None and nxt.group(1).lower() not in casing.lower and nxt.group(1) not in cr.body_words
            and nxt.group(1).lower() not in cr.company_words)


#: One to three capitalised words that may name a place ("Tarnow", "Kavo Delga", "Ostra Vel Tarn").
_PLACE_NAME = r"[A-Z][a-z][\w-]*(?:\s+[A-Z][a-z][\w-]*){0,2}"
#: A part of a place written in lower case before its name: "in northern Ostland", "across south-west Velka".
_COMPASS_WORD = r"(?:(?:far|north|south)[- ]?)?(?:northern|southern|eastern|western|central|north|south|east|west)"
#: Words before "in <name>" that place a body, not a topic: "a clinic in", "an engineering consultancy in", "based in".
_WHERE_A_BODY_IS = re.compile(r"(?:\b(?:based|headquartered|located|registered|listed)"
                              r"|\b[Aa]n?\s+(?:[\w'’-]+\s+){0,2}[\w'’-]+)\s+$")
#: What may follow a name after "in"/"across" for it to be a place: a function word or a verb, never a noun
#: ("a stake in Velmar shares" is no place).
_IN_PLACE_NEXT = ("and|or|on|in|at|by|for|from|to|with|since|during|over|after|before|last|this|next|as|where|"
                  "while|but|" + _LEVEL_VERBS + "|has|have|had|will|would|said|says|say"
                  "|[a-z]{3,}ed")  # a past tense: "its Tarn mine in northern Ostland produced"


@lru_cache(maxsize=4)
def _place_names(cr: ContextReader, text: str) -> Mapping[str, str]:
    """Name → noun of every place ``text`` names as one ("Kavo Delga province" → "Kavo Delga": "province"); kept
    (read-only) for the text being read, which several stages of :func:`situate` ask about."""
    places: dict[str, str] = {}
    for m in (*cr.re_named_place.finditer(text), *cr.re_place_of.finditer(text)):
        places.setdefault(m.group("name"), m.group("noun"))
    for m in cr.re_place_body.finditer(text):
        places.setdefault(m.group("name"), cr.place_body_noun[m.group("body")])
    sitters = cr.role_words | cr.speaker_words | cr.org_nouns  # people and bodies a place may only locate
    for m in cr.re_in_place.finditer(text):  # a place with no noun of its own: "the city" never points to it
        name = m.group("name")
        before = _LAST_WORD.search(text, max(0, m.start() - 40), m.start())
        if name in places or _WHERE_A_BODY_IS.search(text, max(0, m.start() - 40), m.start()) or (
                before and before.group(1).lower() in sitters):
            continue  # "a brokerage in Tarnow", "based in Tarnow", "its coordinator in Tarnow": where a speaker
            # sits, not what the story counts
        if (not set(name.split()) & (cr.company_words | cr.body_words)
                and not any(cr.re_verb.match(text, n.end()) or _names_facility(cr, text, n.end()) for n in
                            re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w'’-])", text))):
            places[name] = ""  # (a name that speaks or acts anywhere in the text is no place, "Velmar said", and
            # one that names a mine or plant is the facility's: "its Tarnow smelter"; "Ostland mines" are a
            # place's)
    return MappingProxyType(places)


def _names_facility(cr: ContextReader, text: str, end: int) -> bool:
    """Whether a facility word in the singular follows a name ending at ``end`` ("Tarnow smelter" names one; "Tarnow
    mines produced" are the mines of a place)."""
    fm = cr.re_facility.match(text, end)
    return fm is not None and not fm.group(0).endswith("s")


def _text_places(cr: ContextReader, text: str, known: list[_Mention], casing: _Casing) -> list[_Mention]:
    """Mentions of places the rules do not know but the text names as places: "Kavo Delga province", "the city of
    Tarnow", "Tarnow City Council" (its council). Every mention of such a name in the text is then a place (never
    a company or a speaker), and "the city" or "the province" points back to it when the text named one place
    with that noun. (A dateline's place is not one: where the reporter files from, "TARNOW, May 6 - ", is seldom
    what the story counts; reading it so cost two keys' grouping. Nor is a common word the text capitalises only
    where it opens a sentence: "Independent town councillor Ana Ruiz" names no town.)"""
    known_names = {m.name for m in known} | {text[m.start:m.end] for m in known}
    places = {name: noun for name, noun in _place_names(cr, text).items()
              if name not in known_names and not any(name.endswith(" " + k) for k in known_names)  # ("Far East
              # Ostland" is a part of Ostland, which keeps its name: see _region_of)
              and name.split()[0].lower() not in _NOT_NAMES | _MONTHS.keys()
              and name.split()[0] not in _WEEKDAYS and not set(name.split()) & cr.body_words
              and not casing.common_word(name)}
    if not places:
        return []
    taken = [(m.start, m.end) for m in known]
    out = [_Mention(m.start(), m.end(), name, "region")
           for name in places for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)
           if not any(a <= m.start() < b for a, b in taken) and not _on_dateline(text, m.start())
           # "Tarnow Renters Voice" is a name of its own ("Tarnow City Council" is left to the body's rules)
           and not (_CAPITALISED_NEXT.match(text, m.end()) and not cr.re_place_body.match(text, m.start()))]
    by_noun: dict[str, list[str]] = {}
    for name, noun in places.items():
        if noun:
            by_noun.setdefault(noun, []).append(name)
    for noun, names in by_noun.items():
        if len(names) == 1:  # "the city's target": the one city the text named
            out += [_Mention(m.start(), m.end(), names[0], "region")
                    for m in re.finditer(rf"\b[Tt]he\s+{re.escape(noun)}\b(?!\s+of\b)", text)]
    return out


#: A line that dates a text: a year, or the separators outlets set between place, day and time ("Tarnow · Thursday").
_DATELINE_MARK = re.compile(r"\b(?:19|20)\d\d\b|[·|]")


def _on_dateline(text: str, pos: int) -> bool:
    """Whether ``pos`` opens a dateline near the top ("Tarnow · Thursday 12 March 2026 · 16h30"): the place a
    reporter files from, even when the story later names it as a place ("hearings in Tarnow")."""
    if pos > DATELINE_CHARS:
        return False
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return not text[start:pos].strip() and _DATELINE_MARK.search(text, pos, end if end >= 0 else len(text)) is not None


def _region_of(m: _Mention, text: str) -> _Mention:
    """A known place right after a compass word names a region of its own ("Western Ostland"); a longer name
    ("Far East Ostland") is a part of the place, which keeps its name."""
    rb = _REGION_BEFORE.search(text, max(0, m.start - 24), m.start)
    if rb is None or rb.group("w") not in _REGION_WORDS or m.kind == "world" or rb.group("prev"):
        return m
    return _Mention(rb.start("w"), m.end, f"{rb.group('w')} {text[m.start:m.end]}", m.kind)


#: How many texts' person names are kept: situate reads each text's, and people_from_the_run asks again for the
#: whole run (a bigger run reads them twice, which costs time, not results).
PERSON_NAMES_CACHE = 512


@lru_cache(maxsize=PERSON_NAMES_CACHE)
def _person_names(cr: ContextReader, text: str) -> frozenset[str]:
    """The people a text names, full names and surnames: after a role ("chief executive Ana Ruiz", "analyst Ana
    Ruiz"), before one (", the airline's chief executive,", ", an analyst at ..."), or with an age ("Ana Ruiz,
    54,"). A person speaks; the figure is never about them."""
    found = set()
    for rx in (cr.re_person_after_role, cr.re_person_before_role, cr.re_surname_before_role, _PERSON_AGE):
        for m in rx.finditer(text):
            words = m.group("name").split()
            if words[0] in _NOT_FIRST_NAMES or words[-1] in cr.body_words or words[-1] in cr.company_words:
                continue  # "In Kinshasa", "Grid Institute", "Resource Partners": no person
            found.add(re.sub(r"['’]s$", "", m.group("name")))
    for m in _PERSON_WHO_LEADS.finditer(text):  # "Ana Ruiz, who chairs the Tarn Growers' Union, said"
        if m.group("name").split()[0] not in _NOT_FIRST_NAMES:
            found.add(m.group("name"))
    for m in _NAME_WHO.finditer(text):  # "Velkista Ana Ruiz, who represents Tarn, said": "who" is said of people
        words = m.group("name").split()
        if (words[0] not in _NOT_FIRST_NAMES and not set(words) & (cr.body_words | cr.company_words)
                and not cr.re_entity.search(m.group("name"))):
            found.add(m.group("name"))
    for m in _ONE_NAME_WHO.finditer(text):  # "said Velkar, who chairs ...": a person with one name
        if m.group("name") not in _NOT_FIRST_NAMES and not cr.re_entity.fullmatch(m.group("name")):
            found.add(m.group("name"))
    for m in _HONORIFIC_NAME.finditer(text):  # "Mr Velkarta said", "Dr. Ana Ruiz": a person by the honorific
        found.update({m.group(0), m.group("name")})
    for m in _PERSON_THEN_SURNAME.finditer(text):  # "Ana Ruiz, reeve of ..., said"; later "Ruiz also doubted"
        words = m.group("name").split()
        if (words[0] not in _NOT_FIRST_NAMES and words[0].lower() not in cr.role_words
                and not set(words) & (cr.body_words | cr.company_words) and words[-1].lower() not in cr.place_nouns
                and not cr.re_entity.search(m.group("name"))
                and (cr.re_verb.match(text, m.end()) or _APPOSITIVE_AFTER.match(text, m.end()))
                and _surname_acts_alone(text, words[-1], m.end())):
            found.add(m.group("name"))
    for m in _PERSON_OF_ORG.finditer(text):  # "Ana Ruiz of Corvel Capital estimates": a person who speaks
        words = m.group("name").split()
        if (cr.re_verb.match(text, m.end()) and words[0] not in _NOT_FIRST_NAMES
                and not set(words) & (cr.body_words | cr.company_words) and not cr.re_entity.search(m.group("name"))):
            found.add(m.group("name"))
    # a surname alone, and a double surname where the name has three words ("Álvaro Rodríguez Velkarta" is later
    # "Rodríguez Velkarta"; "Ana María Ruiz" is never "María Ruiz", but nothing names a person so)
    found |= {n.split()[-1] for n in found} | {" ".join(n.split()[-2:]) for n in found
                                                if len(n.split()) == 3 and not cr.re_entity.search(n)}
    # a surname with a particle opens a sentence capitalised: "Maria da Costa", later "Da Costa said"
    return frozenset(found | {n[0].upper() + n[1:] for n in found if n[:1].islower()})


#: An honorific and the name it is given to: "Mr Velkarta", "Dr. Ana Ruiz", "Mrs O'Brien".
_HONORIFIC_NAME = re.compile(rf"\b(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?[ ](?P<name>{_NAME_PART}(?:[ ]{_NAME_PART})?)\b")
#: A name of two or three capitalised words on one line, not the opening of a longer name: a person when it speaks
#: or is described (:data:`_APPOSITIVE_AFTER`) and its last word later acts alone (:func:`_surname_acts_alone`).
_ONE_LINE_NAME = _NAME.replace(r"\s", "[ ]")  # (a headline's last word and the next line's first are no name)
_PERSON_THEN_SURNAME = re.compile(rf"(?<![\w'’.-])(?P<name>{_ONE_LINE_NAME})(?![\w'’-])(?![ ]+[A-Z])")
#: ", reeve of ...", ", an engineer at ...": a lower-case description right after a name.
_APPOSITIVE_AFTER = re.compile(r",\s+(?:an?\s+|the\s+)?[a-z]")
#: A word before a lone capitalised word that makes it a place or part of a name, not a person acting: "in Tarnow",
#: "de Tarnos", "Velka Tarnow".
_NOT_ALONE_BEFORE = re.compile(rf"(?:[A-Z][\w'’-]*|\b(?:in|of|at|from|to|for|by|on|into|near|le|{_FOREIGN_CONNECTORS}))"
                               r"\s+$")
#: What a surname does when it acts alone: a lower-case verb ("Ruiz also doubted", "Ruiz estimated", "Ruiz says").
_ACTS_AFTER = re.compile(r"\s+(?:[a-z]+ly\s+|also\s+)?[a-z]+(?:ed|s|d)\b")


def _surname_acts_alone(text: str, surname: str, name_end: int) -> bool:
    """Whether ``surname`` (the last word of a name ending at ``name_end``) stands alone elsewhere in ``text`` as the
    subject of a verb: people are named in full once and by surname after, while a place or a firm's last word
    seldom acts on its own ("Velkova also doubted"; not "in Tarnow", "de Tarnos")."""
    for s in re.finditer(rf"(?<![\w'’-]){re.escape(surname)}(?![\w'’-])", text):
        if s.end() == name_end or _NOT_ALONE_BEFORE.search(text, max(0, s.start() - 30), s.start()):
            continue
        if _ACTS_AFTER.match(text, s.end()):
            return True
    return False


#: How far after a rejected figure (characters) the body it belongs to may be named: "not the 74 the hospital cited".
REBUTTED_OWNER_CHARS = 20
#: "the" right after a rejected figure, opening who states it: "not the 11.8% the chief executive quotes".
_THE_AFTER = re.compile(r"\s+the\s+")
#: How many words may stand between a figure and the ", not the" that rejects another: "nearly half the catch at
#: the reduced price, not the 36%".
REBUTTAL_GAP_WORDS = 6
#: Between a speaker's figure and the figure they reject: "180 hectares, not 104", "131 vacancies, not the 74", "480
#: plow drivers short, not 310" (a few lower-case words may end the first figure's phrase).
_REBUTTAL_GAP = re.compile(rf"(?:[\"”]?\s+[A-Za-z][\w'’-]*){{0,{REBUTTAL_GAP_WORDS}}}[\"”]?\s*,?\s+[\"“]?(?:and\s+)?not\s+(?:the\s+|its\s+|their\s+)?"
                           r"(?:[A-Za-z][\w-]*['’]s?\s+)?")  # ("a kilo, not the board's 4.35")


#: Two or three capitalised words, "of" and a capitalised name: a person and where they work, when a speech
#: verb follows ("Ana Ruiz of Corvel Capital said").
_PERSON_OF_ORG = re.compile(rf"(?P<name>{_NAME})\s+of\s+(?:the\s+)?[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|and))*")


#: A person's role told in a relative clause right after their name: ", who chairs the Tarn Growers' Union".
_WHO_LEADS = re.compile(rf",\s+who\s+(?:chairs|heads|leads|runs|directs|founded|co-founded)\s+(?:the\s+)?"
                        rf"(?P<org>{_NAME_WORD}(?:{_NAME_GAP}{_PROPER})*)")
#: A role set off after a person's name, with its owner: ", the exporter's general manager,", ", Velmar's head,".
_ROLE_AFTER = re.compile(r",\s+(?P<owner>the\s+[a-z]+|[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,3})['’]s?\s+"
                         r"(?P<role>[a-z][a-z-]*(?:\s+[a-z][a-z-]*){0,2}),")
#: Two or three capitalised words and a relative clause that says which organisation they lead: a person.
_PERSON_WHO_LEADS = re.compile(rf"(?P<name>{_NAME})(?={_WHO_LEADS.pattern})")
#: Two or three capitalised words on one line set off before ", who": a person, whatever the clause says.
_NAME_WHO = re.compile(rf"(?<![\w'’.-])(?P<name>{_ONE_LINE_NAME}),[ ]+who[ ]")
#: One name after a speaking verb and before ", who ...": a person known by one name ("said Velkar, who chairs the
#: Tarn Herders' Co-operative"); "who" is never said of a body or a place.
_ONE_NAME_WHO = re.compile(rf"\b(?:said|says|told|added|explained)\s+(?P<name>{_NAME_PART})(?=,\s+who\s)")


#: Capitalised words that open a sentence or a title and are no first name.
_NOT_FIRST_NAMES = frozenset("In At On For From By With The A An And But Of To As After Before Since Under Over "
                             "Across Throughout Near Around Inside Outside Within Between "
                             "Deputy Acting Former Energy Finance Trade Foreign Prime".split())


_PERSON_AGE = re.compile(rf"(?P<name>{_NAME}),\s+\d{{1,3}},")


def _titled_body_member(cr: ContextReader, name: str, persons: frozenset[str],
                        short_names: Mapping[str, str] = MappingProxyType({})) -> str | None:
    """The person ending a name read as one ("Union president Ana Ruiz", "Coordinator Ana Ruiz"), when the words
    before their title are a body word or none: the role owner then finds the union named before. When those
    words are a short name the text gave a body ("Velgro President Ana Ruiz" after "the Velka Growers Federation
    (Velgro)"), that short name: the body speaks through its officer. None otherwise."""
    for p in persons:
        if " " in p and name.endswith(" " + p) and p.split()[0].lower() not in cr.role_words:
            head = name[:-len(p)].split()
            while head and head[-1].lower() in cr.role_words:
                head.pop()
            if not head or len(head) == 1 and head[0] in cr.body_words:
                return p  # ("Coordinator Ana Ruiz said": a title opening the sentence, no body named in it)
            if len(head) == 1 and head[0] in short_names and len(head) < len(name.split()) - len(p.split()):
                return head[0]  # (a title stood between the short name and the person)
    return None


#: Initials before a surname: "S. " in "managing director S. Ruiz".
_INITIALS_BEFORE = re.compile(r"(?:[A-Z]\.\s*)*$")
#: How far before a person's name (characters) the role that names whom they speak for may start.
ROLE_OWNER_CHARS = 80


def _role_owner(cr: ContextReader, text: str, ss: int, se: int, person: str, bodies, state_org,
                state_org_kind: str = "anaphor") -> str | None:
    """The body or company a person named with a role speaks for, when the role names it: "Velmar's chief
    executive, Ana Ruiz" → Velmar; "its finance director, Owen Pratt" → the organisation named last; "the
    department's head, Lena Ortiz" → the department named before; "Forum convenor A. Ruiz" → the forum named
    before; a company role with no owner ("chief financial officer Ana Ruiz") → the company named last. None
    when the text does not say, or when the role is an observer's (an analyst, an economist: the observers in
    rules/attribution.toml)."""
    at = text.find(person, ss, se)
    if at < 0:  # "She said ...": a person named in full in an earlier sentence, with her role there
        at = text.rfind(person, 0, ss)
        if at < 0:
            return None
    at -= len(_INITIALS_BEFORE.search(text, max(ss if at >= ss else 0, at - 12), at).group(0))  # "managing director S. Ruiz"
    if " " not in person and (first := re.compile(rf"\b[A-Z][\w.'’-]*\s+{re.escape(person)}\b").search(text, 0, ss)):
        at = first.start()  # "Ruiz said" after "chief executive Ana Ruiz told ...": the role where she was named
    lo = max(ss if at >= ss else 0, at - ROLE_OWNER_CHARS)
    if (leads := _WHO_LEADS.match(text, at + len(person))) is not None:  # "Ana Ruiz, who chairs the Tarn
        return _POSSESSIVE_END.sub("", leads.group("org").strip())      # Solicitors' Association, said"
    if (ra := _ROLE_AFTER.match(text, at + len(person))) is not None and set(ra.group("role").split()) & cr.role_words \
            and not cr.re_observer.search(ra.group("role")):
        # "Ana Ruiz, the exporter's general manager, said": the owner the role after her name gives
        owner = ra.group("owner")
        if not owner.startswith(("the ", "The ")):
            return owner
        if owner.split()[-1].lower() in cr.org_nouns and state_org and state_org_kind != "body":
            return state_org  # "the company's", "the exporter's": the company in focus
        name = _resolve_generic(owner.lower(), bodies, at, text, cr.body_kin)  # "the agency's": the agency named
        return name if name[:1].isupper() else None

    def named_last() -> str | None:
        """The organisation in focus, else the last body named before the person (never the person)."""
        before = [b for p, b in bodies if p < at and b != person and not b.endswith(" " + person)]
        return state_org or (before[-1] if before else None)

    def bare_title(title: str) -> str | None:
        """Whom a title with no owner speaks for: a company's officer ("Chief executive") the company in focus, when
        the text is about a company; an officer of a body ("Executive director", rules' body_titles) the body
        named last."""
        if cr.re_company_title.fullmatch(title) and state_org and state_org_kind != "body":
            return state_org
        return named_last() if cr.re_body_title_before.search(title + " ") else None

    m = cr.re_role_owner.search(text, lo, at)
    if m is not None and any(w.endswith(".") and not _ABBREVIATION_END.search(w) for w in m.group("owner").split()):
        m = None  # "... said on Tuesday. Chief executive Ana Ruiz": a sentence's last word owns no role
    if m is None and (its := _ITS_ROLE_BEFORE.search(text, lo, at)) is not None and (
            subject := _last_subject(cr, text, its.start(), bodies)):
        return subject  # "Its coordinator, Ana Ruiz, said" after a sentence a campaign group opened
    if m is None:  # ", chief financial officer Ana Ruiz told ...": a company's officer, no owner named
        bare = cr.re_company_title_before.search(text, lo, at)
        if bare and state_org and state_org_kind != "body":
            return state_org
        # ", education director Ana Ruiz said": an officer of the council named last; "Chairperson Ana Ruiz said":
        # of the group named last (rules' group_titles)
        if cr.re_body_title_before.search(text, lo, at) is not None:
            return named_last()
        if (bt := _BODY_NOUN_TITLE.search(text, lo, at)) is not None and bt.group("b").capitalize() in cr.body_words \
                and all(w in cr.role_words for w in bt.group("t").split()):
            # ", association president Ana Ruiz said": the association named before
            name = _resolve_generic(f"the {bt.group('b')}", bodies, at, text, cr.body_kin)
            return name if name[:1].isupper() else None
        before = re.search(r"([A-Za-z-]+)\s+$", text[lo:at])
        return named_last() if before and before.group(1).lower() in cr.group_titles else None
    if cr.re_observer.search(m.group("role")):
        return None  # "Hartwell's analyst, Ana Ruiz": an observer's forecast is her own (rules' observers)
    owner = m.group("owner")
    if owner.split()[0].lower() in cr.own_voice or any(
            w in cr.own_voice for w in (*owner.split()[1:], *m.group("role").split()) if w.islower()):
        return None  # "Independent geologist Ana Ruiz", "Tarnow municipal councillor Ana Ruiz": her own voice
    if owner.split()[0].lower() in ("its", "their"):
        # ("Its Northern director, A. Ruiz": a region's officer of the body named last; "The agency said ...
        # its director A. Ruiz said": of the body the paragraph opened with; "Velka Bogs, a campaign group,
        # said ... the agency's figure. Its coordinator, Ana Ruiz, said": of the last sentence's subject)
        return (_last_subject(cr, text, at, bodies) if owner.startswith("Its") else None) \
            or _body_in_paragraph(cr, text, at, bodies) or named_last()
    if owner.lower() in cr.role_words:  # "Chief executive Ana Ruiz said": the role's own first word, no owner;
        # a company's officer speaks for the company the text is about
        return bare_title(f"{owner} {m.group('role').strip(' ,')}")  # ("Chief executive")
    if owner.split()[0].lower() in ("the", "a", "an") or owner in cr.body_words:  # "the department's head",
        name = _resolve_generic("the " + owner.split()[-1].lower(), bodies, m.start(), text, cr.body_kin)  # "a ministry spokesman"
        if name[:1].isupper():
            return name
        # "A company spokeswoman, Ana Ruiz, said": the company the text is about
        return state_org if owner.split()[-1].lower() in cr.org_nouns and state_org_kind != "body" else None
    if not m.group("poss") and cr.re_body_title_before.match(f"{owner} {m.group('role').strip(' ,')} "):
        return named_last()  # "Dike warden Ana Ruiz said": the whole is a body's title (rules' body_titles)
    if not m.group("poss") and owner.split()[0] in _NOT_FIRST_NAMES:
        # "Finance director Ana Ruiz said": a company's officer when the text is about a company, else no owner
        # ("In May chief executive Ana Ruiz said", "Finance minister Ana Ruiz said")
        return bare_title(f"{owner} {m.group('role').strip(' ,')}")
    if not m.group("poss") and " " not in owner and is_common(owner):
        return named_last()  # "Regional secretary Ana Ruiz said": a word describing the role, no owner
    return owner


#: "told" right before a name: whom a speaker told ("told Tarn Weekly that ..."), never the firm a text is about.
_TOLD_BEFORE = re.compile(r"\btold\s+(?:the\s+)?$")
#: "Its" opening a sentence, then a role set off before a name: "Its coordinator, ".
_ITS_ROLE_BEFORE = re.compile(r"(?:^|(?<=[.!?][ \n])|(?<=\n))Its\s+(?:[a-z-]+\s+){0,2}[a-z-]+,?\s+$", re.M)
#: A name opening a sentence and set off as its subject: "Velka Bogs, a campaign group, said", "The Tarn Union said".
_SUBJECT_NAME = re.compile(r"(?:The\s+)?(?P<name>[A-Z][\w&'’-]*(?:\s+(?:of|for|and|[A-Z][\w&'’-]*)){0,5}),?\s")
#: A short description set off after a subject's name that calls it an organisation: ", an environmental group,".
_ORG_DESCRIBED = re.compile(r",\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}?(?P<noun>[a-z]+),")


def _last_subject(cr: ContextReader, text: str, at: int, bodies) -> str | None:
    """The organisation that opens the sentence before the one at ``at``, in the same paragraph: whom "Its
    coordinator" at a sentence start belongs to. It must be a body or firm by its name, by having been named as
    one before, or by a description set off after it (", an environmental group,")."""
    para = text.rfind("\n", 0, at) + 1
    before = [a for a, _ in sentence_spans(text[para:at + 1])]  # (the sentence at ``at`` opens the last span)
    if len(before) < 2:
        return None  # the paragraph's first sentence: no sentence before it here
    m = _SUBJECT_NAME.match(text, para + before[-2])
    if m is None:
        return None
    name = m.group("name")
    desc = _ORG_DESCRIBED.match(text, m.end("name"))
    if (set(name.split()) & (cr.body_words | cr.company_words) or any(b == name for _, b in bodies)
            or desc is not None and (desc.group("noun") in cr.org_nouns or desc.group("noun").capitalize() in cr.body_words)):
        return name
    return None


def _body_in_paragraph(cr: ContextReader, text: str, at: int, bodies) -> str | None:
    """The body last named or pointed to ("the agency") in the paragraph before ``at``: whom "its director"
    belongs to."""
    para = text.rfind("\n", 0, at) + 1
    named = [(p, b, True) for p, b in bodies if para <= p < at and set(b.split()) & cr.body_words]
    pointed = [(m.start(), m.group(0).lower(), False) for m in cr.re_body_pointer.finditer(text, para, at)]
    last = max(named + pointed, default=None)
    if last is None:
        return None
    pos, name, is_name = last
    return name if is_name else _resolve_generic(name, bodies, pos, text, cr.body_kin)


#: A lower-case body noun and a title of one or two words right before a person: "association president ".
_BODY_NOUN_TITLE = re.compile(r"(?<![\w-])(?P<b>[a-z]+)\s+(?P<t>[a-z-]+(?:\s+[a-z-]+)?),?\s+$")


def _titled_person(name: str, persons: frozenset[str], org_words: frozenset[str]) -> bool:
    """Whether a name read as one ends with one of the text's people, full name and all, behind words none of which
    is a body's or a company's (``org_words``): "State Deputy Ana Ruiz", "Tarnow TD Ana Ruiz" is a person, whom no
    figure is about ("Tarn Union president Ana Ruiz" also names the union, which :func:`_titled_body_member` finds)."""
    return any(" " in p and name.endswith(" " + p) and not set(name[:-len(p)].split()) & org_words for p in persons)


def _is_person(name: str, persons: frozenset[str]) -> bool:
    """Whether an organisation candidate is one of the text's people ("Sarmento", "Ana Ruiz of Corvel Capital")."""
    return name in persons or any(name.startswith(p + " of ") for p in persons if " " in p)


class _Speakers:
    """Who has spoken so far in one text (one per :func:`situate` call; it changes as the text is read): the
    companies that spoke, what each org noun ("the carrier") last pointed to, and the last sentence's speaker."""

    def __init__(self) -> None:
        self.spoken: dict[str, str] = {}  # companies and people that spoke, and their short names → the full name
        self.roles: dict[str, str] = {}  # org noun → the company it last pointed to
        self.role_at: dict[str, int] = {}  # org noun → where it last pointed
        self.last: str | None = None  # the speaker of the last sentence
        self.line = -1  # the line that sentence ended on
        self.documents: dict[str, str] = {}  # a document noun ("study") → who brought the document in
        self.opener: str | None = None  # the speaker opening the last sentence ("The group estimates ...")
        #: a person the last sentence named who did not speak there, while an organisation did ("Velmar offers 3%,
        #: which Ruiz called too little."): whom a "He said" that follows means
        self.bystander: str | None = None
        self._persons: re.Pattern | None = None
        self._names_key: tuple[str, ...] = ()
        self._names: re.Pattern | None = None

    def carried(self, line: int) -> str | None:
        """The previous sentence's speaker, when it ended on ``line`` (the same paragraph)."""
        return self.last if line == self.line else None

    def named_in(self, cr: ContextReader, text: str, ss: int, se: int, state_org) -> list[tuple[int, str]]:
        """(position, name) of each company that has spoken and that the sentence names again or points back to
        ("Velmar plans ...", "helping the airline to ..."); not one named as a rival, origin or yardstick
        ("overtook Velmar", "up from Velmar's 3 Mt")."""
        out = []
        if self.spoken:
            key = tuple(sorted(self.spoken))
            if key != self._names_key:  # compiled again only when a new company has spoken
                self._names_key = key
                self._names = re.compile(rf"(?<![\w-])(?:{_alternation(self.spoken)})(?![\w-])")
            names = self._names
            out = [(m.start(), self.spoken[m.group(0)]) for m in names.finditer(text, ss, se)
                   if not _OTHERS_BEFORE.search(text, max(ss, m.start() - OTHERS_BEFORE_CHARS), m.start())]
        for m in cr.re_org_anaphor.finditer(text, ss, se):
            name = _org_pointed_to(cr, text, m, state_org, self, ss)
            if name in self.spoken:
                out.append((m.start(), self.spoken[name]))
        return sorted(out)

    def after_sentence(self, cr: ContextReader, text: str, attrs, bodies, claims, line: int,
                       ss: int | None = None, se: int | None = None, persons: frozenset[str] = frozenset()) -> None:
        """Note the sentence's speakers (``attrs``), the one opening it at ``ss``, what its ``claims`` were
        attributed to, and a person (of ``persons``) it names who did not speak."""
        self.bystander = None
        if persons and ss is not None and se is not None and claims and any(c.attribution for c in claims):
            if self._persons is None:
                self._persons = re.compile(rf"(?<![\w-])(?:{_alternation(persons)})(?![\w-])")
            named = [m for m in self._persons.finditer(text, ss, se)]
            said = [c.attribution for c in claims if c.attribution]
            if named and not any(a.start <= named[-1].start() < a.end for a in attrs) \
                    and not any(_is_person(a, persons) for a in said):
                self.bystander = named[-1].group(0)
        first = None if ss is None else next((a for a in attrs if a.kind == "verb" and 0 <= a.start - ss <= 4), None)
        self.opener = None if first is None else (
            _resolve_generic(first.name, bodies, first.start, text, cr.body_kin) if first.name[:1].islower() else first.name)
        if self.opener and not self.opener[:1].isupper():
            self.opener = None
        for a in attrs:
            if a.kind.endswith(("verb", "post", "according")) and a.name[:1].isupper() and not cr.re_attr.search(a.name) \
                    and not cr.re_entity.fullmatch(a.name) and not set(a.name.split()) & cr.body_words:
                self.spoken[a.name] = a.name
                tail = re.search(r"(?:\s+[A-Z][\w.&-]*)+$", a.name)
                short = a.name[:tail.start()] if tail and set(tail.group(0).split()) <= cr.company_words else a.name
                if short != a.name:  # "Velmar" for "Velmar Metals" ([companies] words)
                    self.spoken.setdefault(short, a.name)
        said = [c.attribution for c in claims if c.attribution]
        if said:
            self.last = said[-1]
        elif attrs:  # "The council said in a statement that ...": no figure, but a speaker
            a = attrs[-1]
            self.last = _resolve_generic(a.name, bodies, a.start, text, cr.body_kin) if a.name[:1].islower() else a.name
        elif claims:
            self.last = None  # figures nobody states: what follows is not carried past them
        self.line = line

    def note_documents(self, cr: ContextReader, text: str, ss: int, se: int) -> None:
        """Note who brought in each document the sentence introduces ("Velmar said in a study ...") or names as
        its own ("Velmar's impact study")."""
        if self.last and self.last[:1].isupper():
            for m in cr.re_document_new.finditer(text, ss, se):
                self.documents.setdefault(m.group("noun").lower(), self.last)
        owned = "'s " in text[ss:se] or "’s " in text[ss:se]  # (no possessive, no owned document: skip the search)
        for m in (cr.re_document_of.finditer(text, ss, se) if owned else ()):  # "Minas do Tarn's impact study"
            if m.group("owner")[:1].isupper() and not m.group("owner").startswith("The "):
                self.documents.setdefault(m.group("noun").lower(), cr.canonical_attributor(m.group("owner")))


#: How far before a name (characters) :data:`_OTHERS_BEFORE` looks.
OTHERS_BEFORE_CHARS = 20
#: Words right before a name that make it another party than the one speaking: a rival, an origin, a yardstick.
_OTHERS_BEFORE = re.compile(r"\b(?:from|to|than|against|with|over|versus|like|including|overtook|overtaking|"
                            r"beat|behind|ahead\s+of)\s+(?:the\s+)?$", re.I)
#: One describing word between a name and its facility word ("Tarn hydroelectric project"); not a function word
#: ("on Tuesday the project").
_FACILITY_MODIFIER = re.compile(r"\s+(?!(?:the|a|an|its|their|this|that|his|her|our|and|or|of|to|in)\b)[a-z][\w-]*")
#: A share written "one in five", "two out of every ten": the noun after it is what it is a share of.
_ONE_IN = re.compile(r"\b(?:in|out\s+of)\s+(?:every\s+)?\w+$", re.I)
#: The plural noun counted right after such a share, with one describing word at most: "urgent calls", "riders".
_COUNTED_PLURAL = re.compile(r"\s+((?:[a-z][a-z-]+\s+)?[a-z][a-z-]+s)\b(?!\s+(?:of|to)\b)")
#: A participle that makes what follows something the sentence's subject says: "X were less sure, saying ...".
_SAYING = re.compile(r",\s+(?:saying|adding|arguing|noting|warning|estimating|forecasting)\b")


def _subject_body(cr: ContextReader, text: str, ss: int, end: int) -> str | None:
    """The body or company that opens the clause before ``end``, as the speaker of a participle after it
    ("Analysts at Tarnow Research were less sure, saying ..."): the first name before ``end`` with a body or
    company word, or one the rules know as a speaker; None when the clause opens with no such name."""
    for m in _PROPER_NP.finditer(text, ss, end):
        phrase = re.split(r"\s+(?:on|in|at)\s+", _POSSESSIVE_END.sub("", m.group("np")))[0]
        if m.start("np") - ss > SUBJECT_BODY_CHARS or {w.lower() for w in phrase.split()} & cr.role_words:
            return None  # (a person with a title speaks for a body the role names: _role_owner's work)
        if re.match(r"\s+(?:at|of|from|with)\s", text[m.end("np"):m.end("np") + 7]) and " " not in phrase:
            continue  # "Analysts at Tarnow Research": the people are the firm's
        if set(phrase.split()) & (cr.body_words | cr.company_words) or cr.re_attr.fullmatch(phrase):
            return cr.canonical_attributor(phrase)
    return None


#: How far into its sentence (characters) the subject that speaks a participle may start ("Analysts at X").
SUBJECT_BODY_CHARS = 40
#: What stands between a sum and the same sum in another currency: "US$1.2 billion (about 610 billion tenge)",
#: "R410 million, about US$22.5 million at ...", "64.2 billion rupees ($713 million)".
_CONVERSION_GAP = re.compile(r"\s*(?:\(|,|—|–|-)\s*(?:or\s+|about\s+|around\s+|roughly\s+|some\s+|nearly\s+|"
                             r"approximately\s+|equivalent\s+to\s+(?:about\s+|roughly\s+)?)?")
#: A speech verb opening a reported clause: "Velmar says (that) " before its subject.
_SAYS_THAT = re.compile(r"\b(?:says|said|adds|added|reports|reported|estimates|estimated)\s+(?:that\s+)?$")
#: A number right before a unit the rules know: the unit of that number ("0.4 GW", "12 MW"), never a name.
_NUMBER_BEFORE = re.compile(r"\d\s?$")
#: Words right before a name that make it where something is ("near Tarnow in the Northern Velka"), not a firm.
#: A preposition of place right before a name: "its mine near Velkor", "into the Tarn River". Such a name is where
#: things are, never a company nor the organisation "the company" points back to.
_WHERE_BEFORE = re.compile(r"\b(?:in|near|outside|across|throughout|into|onto|around|along)\s+(?:the\s+)?$", re.I)
#: "At" opening a sentence before a name: where something happens ("At Port Tarnow, where the ore is stockpiled, the
#: company said"), not a company (inside a sentence "at" is left alone: "output at Velmar Mining").
_FRONTED_AT = re.compile(r"\s*[\"“]?At\s+(?:the\s+)?")
#: A sentence that goes on about the previous one's figure ("That is up 12 % on a year earlier", "It was the
#: lowest since 2019"): with no speaker of its own, it is the previous sentence's speaker's.
_CONTINUES = re.compile(r"(?:That|This|It)\s+(?:is|was|would\s+be|will\s+be|marks|marked|compares)\b")
#: "It" opening a sentence, as a speaker's pronoun when a speech verb follows ("It has guided 2025 output of ...").
_IT = re.compile(r"It(?=\s)")
#: "He" or "she" before a speech verb: the speaker of the sentence before, in the same paragraph.
_PERSON_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)(?=\s)")


#: Words right before a name that make it a yardstick the sentence compares with, not what it is about.
_YARDSTICK_BEFORE = re.compile(r"\b(?:than|after|behind|ahead\s+of|versus|like|unlike|(?:compared|relative)\s+(?:with|to)|"
                               r"overtook|overtaking|trailing|trails)\s+(?:the\s+)?$", re.I)


def _yardstick(text: str, ss: int, m: _Mention) -> bool:
    """True for a name the sentence measures against ("after Ostland", "than Brisk"), unless the figure is
    the name's own ("than Brisk's 3 Mt")."""
    return (bool(_YARDSTICK_BEFORE.search(text, max(ss, m.start - OTHERS_BEFORE_CHARS), m.start))
            and not re.match(r"['’]s\b", text[m.end:m.end + 2]))


#: The word right before a name, and how far back it may start: a title there makes the name a person's ("its
#: president, Ana Ruiz").
_WORD_BEFORE = re.compile(r"([A-Za-z-]+),?\s+$")
TITLE_WORD_CHARS = 24


def _company_before(cr: ContextReader, text: str, ss: int, pos: int) -> str | None:
    """The last name of two or more capitalised words before ``pos`` in the sentence that may be a company: not
    a known place or body, a date, a dateline, a facility ("the Kessing mine"), nor a rival, origin or yardstick
    ("from Velka Air"). Of several companies, the one the sentence opens with: its subject."""
    best = best_company = None
    opening_company = False
    for m in _PROPER_NP.finditer(text, ss, pos):
        phrase = _TRAILING_CONNECTORS.sub("", m.group("np"))
        phrase = phrase[_LEADING_FUNCTION_WORDS.match(phrase).end():] if _LEADING_FUNCTION_WORDS.match(phrase) else phrase
        words = phrase.split()
        owner = _POSSESSIVE_END.search(phrase) is not None  # "Velmar Mining's open pit": the pit's owner, no pit
        last = _POSSESSIVE_SPLIT.split(phrase)[-1]  # "Ostland's Kavo Delga" is Kavo Delga
        if len(words) < 2 or phrase.isupper() or set(words) & cr.body_words or cr.re_entity.fullmatch(phrase) \
                or any(w.lower() in _MONTHS or w in _WEEKDAYS for w in words) or cr.re_attr.search(phrase) \
                or not owner and (cr.re_facility.match(text, m.end("np")) or _facility_after_modifier(cr, text, m.end("np"))) \
                or last in _place_names(cr, text) or _DATELINE_OUTLET.match(text, m.end("np")) \
                or _OTHERS_BEFORE.search(text, max(ss, m.start() - OTHERS_BEFORE_CHARS), m.start()) \
                or _WHERE_BEFORE.search(text, max(ss, m.start() - OTHERS_BEFORE_CHARS), m.start()) \
                or _TOLD_BEFORE.search(text, max(ss, m.start() - 10), m.start()) \
                or ((at := _FRONTED_AT.match(text, ss)) is not None and m.start() <= at.end() < m.end("np")) \
                or ((wb := _WORD_BEFORE.search(text, max(ss, m.start() - TITLE_WORD_CHARS), m.start())) is not None
                    and wb.group(1).lower() in cr.role_words):
            continue  # (nor a place the text names as one: "in Ostland's Kavo Delga province", "At Port Tarnow, where
            # ...", nor the outlet, nor whom a speaker told: "told Tarn Weekly that the company ...", nor a person
            # after a title: "its president, Ana Ruiz, said the company ...")
        best = re.sub(r"['’]s$", "", phrase)
        form = _LEGAL_FORM_AFTER.match(text, m.end("np"))
        if set(re.sub(r"['’]s$", "", w) for w in words[1:]) & cr.company_words or (
                form is not None and form.group(1) in cr.company_words):  # ("Velmar Tarn, SA will build")
            if best_company is not None and m.start() - ss > OPENING_NAME_CHARS and opening_company:
                continue  # "Velmar Tarn SA signed with Ostra Power Ltd, the company said": the subject speaks
            best_company = best  # "Velmar Minerals ... at its Salar de Tarnow site, the company said": the company
            opening_company = m.start() - ss <= OPENING_NAME_CHARS
    return best_company or best


#: A legal form set off by a comma after a firm's name: "Velmar Tarn, SA", "Ostra Foods, Inc.".
_LEGAL_FORM_AFTER = re.compile(r",\s+([A-Z][\w./]*)")
#: How far into its sentence a name may begin and still be the sentence's subject (characters: "The ", quotes).
OPENING_NAME_CHARS = 4


#: Entity kinds (entities.toml) that are places.
_PLACE_KINDS = frozenset({"country", "region"})
#: A place named as where something is: "in", "off", "near" and up to two words ("in southern", "off the").
_LOCATED_BEFORE = re.compile(r"\s+(?:in|off|near|outside)\s+(?:the\s+)?(?:[A-Z][\w-]*['’]s\s+)?(?:[a-z-]+\s+){0,2}$")
#: What may stand between a name and the place it is in: its facility or company word ("Kestrel mine", "Velmar Ltd").
_NAME_TO_PLACE = re.compile(r"(?:\s+[a-z-]+){0,3}$")


def _located(text: str, place: _Mention, orgs) -> _Mention | None:
    """The company or facility a place only locates: "the Kestrel mine in Ostland produced 9,400 t" is the
    mine's output, "the wind farm off Tarn Head will cost" the farm's cost. None when no name stands right
    before the place."""
    loc = _LOCATED_BEFORE.search(text, max(0, place.start - 40), place.start)
    if loc is None:
        return None
    named = [o for o in orgs if o.kind in ("org", "facility") and o.end <= loc.start()
             and _NAME_TO_PLACE.fullmatch(text, o.end, loc.start())]
    return named[-1] if named else None


#: The company a facility belongs to, named before it: "its Tarn smelter", "Velmar Copper's Tarn smelter".
_OWNER_BEFORE_FACILITY = re.compile(r"(?:\b(?P<its>[Ii]ts|[Tt]heir)|(?P<o>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)['’]s)"
                                    r"\s+(?:[a-z-]+\s+){0,2}$")
#: ... or after it: "the Tarn mine, operated by Velmar Copper", "the Tarn mine ..., its operator Velmar said".
_OWNER_AFTER_FACILITY = re.compile(r"(?:[^.;]{0,120}?\b(?:owned|operated|run|developed|built|managed)\s+by|"
                                   r"[^.;]{0,160}?\bits\s+(?:operator|owner|developer),?)\s+(?:the\s+)?"
                                   r"(?P<o>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)")


def _facility_owner(cr: ContextReader, text: str, ss: int, se: int, fac: _Mention, orgs, state_org) -> str | None:
    """The company the text says runs a facility, so that the facility's figures and the company's meet: "its
    Tarn smelter" (the organisation named last), "Velmar Copper's Tarn smelter", "the Tarn mine, operated by
    Velmar", "the Tarn mine produced ..., its operator Velmar said". A place is never an owner ("Ostland's
    Tarn mine" stays the Tarn mine)."""
    before = _OWNER_BEFORE_FACILITY.search(text, max(ss, fac.start - 60), fac.start)
    owner = None
    if before is not None and before.group("its"):
        named = [o for o in orgs if o.kind in ("org", "speaker") and o.end <= before.start()]
        owner = named[-1].name if named else state_org
    elif before is not None:
        owner = before.group("o")
    else:
        after = _OWNER_AFTER_FACILITY.match(text, fac.end, se)
        owner = after.group("o") if after else None
    if owner is None or cr.re_entity.fullmatch(owner) or owner.lower() in _NOT_NAMES:
        return None
    return owner


def _facility_after_modifier(cr: ContextReader, text: str, end: int) -> bool:
    """"Salar de Tarnow brine operation": a name followed by one describing word and a facility word."""
    m = re.match(r"\s+[a-z][\w-]*", text[end:end + 30])
    return bool(m) and bool(cr.re_facility.match(text, end + m.end()))


@lru_cache(maxsize=64)
def _org_role(noun: str) -> re.Pattern:
    """A company described with an org noun: "its operator Velmar Ports", "Velmar Air, the state carrier"."""
    name = r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*"
    return re.compile(rf"\b{re.escape(noun)}\s+(?P<a>{name})|(?P<b>{name}),\s+(?:the|its|a|an)\s+(?:[\w'’-]+\s+){{0,3}}?"
                      rf"{re.escape(noun)}\b")


def _org_pointed_to(cr: ContextReader, text: str, m: re.Match, state_org, speakers: _Speakers,
                    ss: int) -> str | None:
    """The company "the <org noun>" points back to: one named before it in its sentence ("Brisk Air swung to a
    profit, the carrier said"); else the one last described with that noun ("its operator Velmar Ports") or
    last called so; else the one named last."""
    here = _company_before(cr, text, ss, m.start())
    if here:
        return here
    noun = m.group("noun").lower()
    # every description holds the noun as written, so a text without it before here has none (a cheap test first)
    described = list(_org_role(noun).finditer(text, 0, m.start())) if text.find(noun, 0, m.start()) >= 0 else []
    if described:
        x = described[-1]
        name = cr.canonical_attributor(x.group("a") or x.group("b"))
        # a description after the company last called so wins; otherwise the text still means that one
        if noun not in speakers.roles or x.start() > speakers.role_at.get(noun, -1):
            return name
    return speakers.roles.get(noun, state_org)


def _mouthpieces_resolved(cr: ContextReader, text: str, attrs, bodies, carried: str | None, persons,
                          state_org: str | None, owners: dict[str, str]) -> list[_Mention]:
    """``attrs`` with each spokeswoman (rules' mouthpieces) replaced by the organisation she speaks for: "a
    Roads Service spokeswoman" for the body named right before her, and "the spokeswoman" later in the text for
    that body too (``owners``, kept across the text's sentences); "a department spokeswoman" for the department
    named before; a bare one for the previous sentence's body (not a person), else for the organisation in focus."""
    voice = carried if carried and not _is_person(carried, persons) else state_org
    out = []
    for a in attrs:
        words = a.name.lower().removeprefix("the ").split()
        body = _name_ending_at(text, a.start) if words and " ".join(words) in cr.mouthpieces else None
        if body and body not in persons and body.split()[0] not in _NOT_FIRST_NAMES:
            # "A Roads Service spokeswoman said", "a VELCA spokesman": the body named right before her
            a = _Mention(a.start, a.end, body, a.kind)
            owners[" ".join(words)] = body
        elif a.name.lower().startswith("the ") and " ".join(words) in owners:  # "the spokeswoman said" later:
            # the one named with her body ("a spokeswoman" may be another's)
            a = _Mention(a.start, a.end, owners[" ".join(words)], a.kind)
        elif words and " ".join(words) in cr.mouthpieces and voice:
            a = _Mention(a.start, a.end, voice, a.kind)
        elif len(words) == 2 and words[1] in cr.mouthpieces and words[0][:1].isalpha():  # "a ministry spokesman"
            owner = _resolve_generic("the " + words[0], bodies, a.start, text, cr.body_kin)
            if owner[:1].isupper():
                a = _Mention(a.start, a.end, owner, a.kind)
        out.append(a)
    return out


def _pointed_speakers(cr: ContextReader, text: str, ss: int, se: int, attrs, state_org, carried,
                      speakers: _Speakers, company: str | None) -> list[_Mention]:
    """``attrs`` with the speakers the sentence names only by pointing back: "the carrier said" (see
    :func:`_org_pointed_to`; ``company`` is what it means when nothing nearer says, the last company named
    even past a body) and "It has guided ..." opening a sentence (the previous sentence's speaker in the
    paragraph, else the company named last)."""
    new = []
    for m in cr.re_org_anaphor.finditer(text, ss, se):
        # "the group" may be a body; "the company" or "the miner" is the last company (``company``)
        name = _org_pointed_to(cr, text, m, state_org if m.group("noun").lower() == "group" else company, speakers, ss)
        if name is None:
            continue
        speakers.roles[m.group("noun").lower()] = name
        speakers.role_at[m.group("noun").lower()] = m.start()
        if not re.search(r"['’]s$", m.group(0)) and cr.re_verb.match(text, m.end()):
            post = re.search(r"[,;(—–]\s*$", text[max(ss, m.start() - 3):m.start()])
            new.append(_Mention(m.start(), m.end(), name, "post" if post else "verb"))
    for m in cr.re_the_document.finditer(text, ss, se) if speakers.documents else ():
        owner = speakers.documents.get(m.group("noun").lower())
        if owner and cr.re_verb.match(text, m.end()):  # "the study puts its demand at ...": whoever brought it in
            post = re.search(r"[,;(—–]\s*$", text[max(ss, m.start() - 3):m.start()])
            new.append(_Mention(m.start(), m.end(), owner, "post" if post else "verb"))
    it = _IT.match(text, ss)
    if it and cr.re_verb.match(text, it.end()) and (carried or state_org):
        # "The group estimates ... against the council's 16,240. It also counted ...": the body that opened it
        opener = speakers.opener if carried else None
        new.append(_Mention(it.start(), it.end(), opener or carried or state_org, "verb"))
    if carried:  # (in one paragraph only)
        # "She said lost-time injuries fell to 48", "..., he added": the person who spoke last (not when the
        # sentence names its speaker: "Hartwell's analyst, P. Castel, said she expects ..."; but a pronoun that
        # opens the sentence speaks for all of it: "She said 3,100 families ..., not the 2,400 the board counts")
        named = any(a.kind.endswith(("verb", "post", "according")) for a in attrs)
        carried = speakers.bystander or carried  # "..., which Ruiz called too little. He said ...": Ruiz
        for he in _PERSON_PRONOUN.finditer(text, ss, se):
            if named and not (text[ss:he.start()].strip(" \"“‘'") == "" and not any(a.start < he.start() for a in attrs)):
                continue
            if cr.re_verb.match(text, he.end()):  # ('"... two people," she said': after a quotation too)
                post = re.search(r"[,;(—–][\"”’']?\s*$", text[max(ss, he.start() - 4):he.start()])
                new.append(_Mention(he.start(), he.end(), carried, "post" if post else "verb"))
    if not new:
        return attrs
    return sorted([a for a in attrs if not any(n.start <= a.start < n.end for n in new)] + new, key=lambda a: a.start)


def _unclaimed_speaker(f: Figure, named: list[tuple[int, str]], carried: str | None) -> str | None:
    """Who states a figure no speaker in its sentence claims: a company that has spoken in the text and that
    the sentence names (nearest before the figure, else after it): its plans and accounts are its own
    statements ("Velmar plans a $640 million expansion"); else ``carried``, the previous sentence's speaker
    when this sentence only goes on about its figure (see :data:`_CONTINUES`)."""
    before = [name for p, name in named if p < f.start]
    if before:
        return before[-1]
    return named[0][1] if named else carried


def _sentence_initial_common(text: str, ss: int, np_start: int, phrase: str) -> bool:
    """A capitalised word that only starts the sentence ("Production fell"), or its body after a dateline
    ("TARNOW, Jan 20 (Wire) - The estimated cost ..."), is not a name."""
    return " " not in phrase and (phrase.lower() in _PRONOUNS or phrase.lower() in _NOT_NAMES and (
        np_start == ss or _DATELINE_DASH.search(text, ss, np_start) is not None
        or text[ss:np_start].strip() in _QUOTE_MARKS))  # ('"The report says ...": the quotation's first word)


#: What follows the outlet a dateline names in brackets: "(Tarnow Wire) - Velmar said ...". The outlet reports the
#: story; it is never a company of it.
_DATELINE_OUTLET = re.compile(r"\)\s+[-–—]\s")
#: The dash that ends a dateline, right before the story's first word: "(Tarnow Wire) - ", "TARNOW, May 2 — ".
_DATELINE_DASH = re.compile(r"[)\dA-Z]\s+[-–—]\s+$")


#: "Ostland's Ministry of Mines": the owner in front of a body's name.
_BODY_OWNER = re.compile(r"(?:the\s+|The\s+)?(?P<o>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,2})['’]s\s+(?=[A-Z])")
#: "its", "our", "their": a body speaking of its own things ("reported that its ponds ...").
_OWN_WORD = re.compile(r"\b(?:its|our|their)\b")
#: "by its operator, " right before a name: the name is who did it, described first ("the 2.3 hectares reported by
#: its operator, Velka Water")
_BY_DESCRIBED_BEFORE = re.compile(r"\bby\s+(?:its|their|the)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+,\s+$")
#: The noun of a body right before a generic speaker, with at most one word between: "Council officials", "county
#: EMS officials" (only a noun of the rules' body words counts).
_BODY_WORD_BEFORE = re.compile(r"\b([A-Za-z]+)\s+(?:[A-Z]{2,6}\s+)?$")
#: A lower-case noun saying what kind of body a name is, between the name and its verb: "the Tarn Water Action group
#: says", "the Velka Rivers campaign estimates".
_GROUP_NOUN_AFTER = re.compile(r"\s+(?:group|campaign|coalition|alliance|network|forum|association|charity|union)(?=\s)")
#: A word that opens what a body found out about something else: "ledgers showing", "a survey that found".
_REPORTS_ON = re.compile(r"\b(?:showing|shows|show|shown|found|finds|suggesting|suggests|revealing|reveals)\b")
#: How far after a body opening a sentence (characters) :data:`_REPORTS_ON` is looked for.
REPORTS_ON_CHARS = 60
#: The end of a fact box's row label, right before its figure: "Population estimate: 860".
_ROW_LABEL_END = re.compile(r"\s*:\s*[^\s\"“]")


#: Nouns of a reckoning: what a body counts or estimates, as opposed to what it has.
_RECKONING_NOUNS = r"(?:own\s+)?(?:count|counts|estimate|estimates|reckoning|figures|data|calculations?|numbers|tally)\b"
#: A few words and then "its estimate", "their count": a body giving its reckoning of something, not its own figure.
_OWN_RECKONING_AFTER = re.compile(rf"\s+(?:[a-z]+\s+){{0,3}}?(?:its|their)\s+{_RECKONING_NOUNS}")
#: "<Body>'s count": a reckoning that attributes what follows to the body.
_RECKONING = re.compile(rf"\s+{_RECKONING_NOUNS}")
#: A public body named in lower case after its owner: "Nordavia's mining ministry", "Ostland's copper commission".
_OWNED_BODY = re.compile(r"(?P<owner>[A-Z][\w.-]+|(?<=[Tt]he )(?:country|nation|state|government))['’]s\s+(?P<body>(?:[a-z-]+\s+){0,3}?(?:ministry|agency|commission|"
                         r"survey|regulator|government|department|office|bureau|central bank|statistics office))\b")
#: A quotation followed by its speaker: '"We expect 1.4 Mt," Acme's chief executive said'.
_QUOTE_THEN_SPEAKER = re.compile(
    r"[\"”’']\s*,?\s*(?:the\s+|The\s+)?(?P<np>[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*)*)(?:['’]s\s+(?:[a-z-]+\s+){0,3})?"
    r"\s*(?:said|says|told|added|noted)\b")


def _quote_speaker(cr, text: str, ss: int, se: int) -> tuple[int, int, str] | None:
    """(start, end, speaker) of a quotation in the sentence whose speaker is named right after it."""
    m = _QUOTE_THEN_SPEAKER.search(text, ss, se)
    if not m:
        return None
    open_q = max(text.rfind("\u201c", ss, m.start()), text.rfind('"', ss, m.start()))
    start = open_q if open_q >= 0 else ss
    return start, m.start() + 1, cr.canonical_attributor(m.group("np"))


_LEADING_FUNCTION_WORDS = re.compile(
    r"(?:(?:With|In|On|At|For|By|From|As|After|Before|While|When|If|But|And|Since|Despite|Under|Of|The|A|An|Across|"
    r"Throughout|Within|Outside|Inside|Beyond|Among|Between|Around|Along|Near|Unlike|Like|Without|During|Until|"
    r"Through|Over|Against|Toward|Towards|Its|Their|Our|His|Her|This|That|These|Those)\s+(?:the\s+)?)+")
_PRONOUNS = frozenset("i we you he she it they this that these those one".split())
#: Capitalised words that start sentences but never name a speaker.
_NOT_NAMES = frozenset("it this that these those he she they we i you one two three some many most all each "
                       "production output prices demand supply imports exports data figures estimates reserves "
                       "there here such another other both the a an its their our his her my your "
                       # adjectives and adverbs that open sentences ("Actual production is modest")
                       "actual current total overall annual global domestic official estimated recent new old "
                       "final initial early late earlier later last next first second third previous future "
                       "average combined gross net real nominal proven probable likely possible potential "
                       "still meanwhile however also only just even yet today currently recently "
                       "much several few more less".split())


#: "<Body>'s [reckoning] [of]" right before a figure: "the ministry's 28.7 million tonnes",
#: "the agency's latest estimate of 12 %". Group ``np`` is the body, ``gen`` a lower-case generic one.
_POSSESSIVE_BODY = re.compile(
    r"(?:(?P<np>(?:[A-Z][\w.&-]*\s+){0,5}[A-Z][\w.&-]*)|(?P<gen>\b[Tt]he\s+[a-z]+(?:\s+[a-z]+)?))['’]s\s+"
    r"(?:(?:own|latest|new|official|revised|previous|earlier|current|higher|lower|preliminary|widely\s+cited)\s+)*"
    r"(?:(?P<rk>count|estimate|figure|tally|reckoning|calculation|number|data|assessment|forecast|projection|target|"
    r"goal|plan|guidance|aim)s?"
    r"(?:\s+(?:of|at|is|was|puts\s+it\s+at))?\s+)?(?:some\s+|about\s+|around\s+|nearly\s+|roughly\s+)?$")


def _possessive_body(cr, text: str, f: Figure, ss: int) -> str | None:
    """The body in "<Body>'s estimate of <figure>", if it is a body (a known attributor, a lower-case
    generic speaker such as "the ministry", or a name with a body word), not a place; a company only with a
    reckoning word ("Velmar's count of 1,140", not "Velmar's 1,140 staff")."""
    m = _POSSESSIVE_BODY.search(text, max(ss, f.start - 90), f.start)
    if not m:
        return None
    if m.group("gen"):
        g = m.group("gen")
        head = g.split()[-1]
        return g.lower() if cr.re_generic.fullmatch(g) or head.capitalize() in cr.body_words else None
    phrase = m.group("np")
    if cr.re_attr.search(phrase) or set(phrase.split()) & cr.body_words:
        return cr.canonical_attributor(phrase)
    if m.group("rk") and not cr.re_entity.fullmatch(phrase) and phrase.split()[0] not in _NOT_FIRST_NAMES:
        return phrase  # "against Velmar's count of 1,140": a company's own reckoning is the company's
    return None


#: "the 1,850 " / "the $4.5 million that " right before a speaker: the speaker of that figure alone.
_FIGURE_THE_BEFORE = re.compile(r"\b[Tt]he\s+\S*\d[\d,.]*\S*(?:\s+(?:per\s+cent|percent|million|billion|[a-z]+)){0,2}"
                                r"\s+(?:that\s+|which\s+)?$")  # (and "the 2,400 homes " before "the board")
#: How far before a speaker _FIGURE_THE_BEFORE looks.
FIGURE_THE_CHARS = 40
#: "it" or "they" right after a figure, before a speech verb: "the $37.6m it says is owed".
_IT_SAYS_AFTER = re.compile(r"\s+(?:that\s+)?(?:it|they)(?=\s)")
#: "the" right before a figure, and what may stand between it and a speaker that follows ("the 412 the company
#: reports", "the 12,500 that the agency counted"): a figure some other speaker states, inside a sentence.
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
#: (the figure's own noun may come first: "not the 1,700 homes the water board counts")
_SPEAKER_GAP = re.compile(r"\s+(?:[a-z]+\s+){0,2}?(?:that\s+|which\s+)?(?:the\s+(?:[a-z]+-[a-z]+\s+)?)?")  # "the 46.2bn the state-run X estimates"
#: Between a figure and a speaker right after it, who owns it in :func:`situate` even past a rebuttal ("more than 300
#: times, not 146 [as] Velka Heat says, the residents said"): white space, and "as".
_OWNER_RIGHT_AFTER = re.compile(r"[^\S\n]+(?:as[^\S\n]+)?")
#: A figure, at most two words, then "on"/"in"/"from" before a document someone owns: "16,240 households on the
#: council's register", "the 38.9m in the partnership's data". The owner states the figure.
_ON_DOCUMENT = re.compile(r"(?:\s+[a-z]+){0,2}?\s+(?:on|in|from)\s+")


def _attribution_for(cr, text, f: Figure, attrs, ss, se, next_start) -> str | None:
    owned = _possessive_body(cr, text, f, ss)
    if owned:
        return owned
    for a in attrs:
        if a.kind == "by" and f.end <= a.start <= f.end + BY_BODY_CHARS and a.start <= max(next_start, f.end + 1) + 60:
            gap = text[f.end:a.start]
            if (cr.re_by.search(gap) or _BY_DESCRIBED_BEFORE.search(gap)) and not re.search(r"[;.]", gap):
                return a.name
    if (on := _ON_DOCUMENT.match(text, f.end, se)) and (doc := cr.re_document_of.match(text, on.end(), se)):
        return _document_owner(cr, text, doc)  # "against the 16,240 on the council's register"
    if _THE_BEFORE.search(text, max(ss, f.start - 5), f.start):
        for a in attrs:  # "not the 1,850 the company cites": the figure is what that speaker states
            if a.kind.endswith("verb") and f.end < a.start and _SPEAKER_GAP.fullmatch(text, f.end, a.start):
                return a.name
    according = [a for a in attrs if a.kind == "according"]
    if according:
        # "according to X" speaks for its own clause; in another clause it yields to a speaker that opens the
        # figure's clause ("the council forecasts 1.57 Mt, while Nordavia's crop ..., according to the authority")
        cs, ce = next(((a, b) for a, b in clause_spans(text, ss, se) if a <= f.start < b), (ss, se))
        here = [a for a in according if cs <= a.start < ce]
        own = [a for a in attrs if a.kind.endswith(("verb", "post")) and cs <= a.start and a.end <= f.start]
        return here[0].name if here else own[-1].name if own else according[0].name
    best = None
    for a in attrs:
        if a.kind.endswith("verb") and a.end <= f.start \
                and not _FIGURE_THE_BEFORE.search(text, max(ss, a.start - FIGURE_THE_CHARS), a.start):
            best = a  # (not "the 1,850 the company cites": that speaker states only the figure before it)
    if best is None:  # "240,000 tonnes in 2023, the geological survey estimates, or ..."
        for a in attrs:
            if a.kind.endswith("post"):
                if f.end <= a.start and _SAYS_FIGURE_AFTER.match(text, a.end):
                    continue  # "Velmar to lose 700 ha, board says 480": the speaker's own is the figure after it
                return None if _quoted_voice_before(text, f, ss, a.start) else a.name
    return best.name if best else None


#: A speech verb that introduces a figure right after it: " says 480", " puts it at 1,300".
_SAYS_FIGURE_AFTER = re.compile(r"\s+(?:says|said|puts\s+it\s+at|counts|estimates)\s+(?:only\s+|just\s+|about\s+)?[\d$€£¥]")


#: A voice inside a quotation before its figure: '"The report says 1.4 million m3 ...," she said'.
_QUOTED_VOICE = re.compile(r"\b(?:says|say|said|shows|show|claims|claim|states|puts|put|gives|give)\b")


def _quoted_voice_before(text: str, f: Figure, ss: int, speaker_at: int) -> bool:
    """Whether ``f`` sits in a quotation that closes before the speaker after it and that gives the figure to
    a voice of its own ("The report says ..."): the one quoted disputes that figure; she does not state it."""
    before = text[ss:f.start]
    straight = before.rfind('"') if before.count('"') % 2 else -1  # an odd count: the last one opened
    curly = before.rfind("“") if before.rfind("“") > before.rfind("”") else -1
    opened = max(straight, curly)
    if opened < 0 or not re.search(r"[\"”]", text[f.end:speaker_at]):
        return False
    return _QUOTED_VOICE.search(text, ss + opened + 1, f.start) is not None


#: A word of change before a "from" figure in its clause: the figure is where the change started.
_CHANGE_VERB = re.compile(r"\b(?:up|down|rose|rise|rises|rising|fell|fall|falls|falling|grew|grow|dropped|declined|"
                          r"increased|decreased|climbed|jumped|slipped|eased|raised|cut|reduced|lifted|lowered)\b", re.I)
#: "from" right before a figure (whose hedge, "about", is part of the figure): the level a change starts from.
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.I)
#: "to" right before a figure: where a change takes something ("cut dust to about 180 t").
_TO_BEFORE = re.compile(r"\bto\s+$", re.I)


def _period(cr: ContextReader, text: str, f: Figure, ss: int, se: int, cs: int, ce: int,
            prev_any: int, prev_end: int, next_start: int, doc_year: int | None = None,
            now_year: int | None = None, doc_date: tuple[int, int, int] | None = None,
            seasons: tuple[str, ...] = (), later_figures: tuple[int, ...] = ()) -> tuple[str | None, bool]:
    """(period, is_target) for figure ``f`` in sentence [ss, se), clause [cs, ce) and window
    [prev_end, next_start); ``prev_any`` is the end of the figure before it, count or not; ``now_year`` is
    the year the text is written in (its date, else the latest year it states as a fact's period);
    ``later_figures`` are where the sentence's figures after this one start."""
    before = text[max(ss, f.start - 40):f.start]
    doc_month = doc_date[1] if doc_date else None
    near_after = text[f.end:min(se, f.end + ACTUAL_CUE_CHARS)]
    # a cue right after the previous figure belongs to it ("from 75 % now to 45 % by 2030")
    near_before = text[max(prev_any + ACTUAL_CUE_CHARS if prev_any > ss else ss, f.start - ACTUAL_CUE_CHARS - 6):f.start]
    actual_cue = bool(cr.re_actual.search(near_after) or cr.re_actual.search(near_before))
    target_years, past_bys = [], []
    for m in cr.re_target_year.finditer(text, ss, se):
        y = int(m.group("y"))
        if doc_year and (y < doc_year or y == doc_year and (
                doc_month is None or m.group("m") is not None and _MONTHS[m.group("m").lower()] < doc_month)):
            past_bys.append((m.start(), m))  # "by December 2023" in a 2024 article is a past date; "by the end of
            # 2026" in a text of March 2026 is a target
            continue
        target_years.append((m.start(), m.group("y")))
    clause_target_years = [y for p, y in target_years if max(cs, prev_end) <= p < min(ce, next_start)
                           # ("to 420,000 t by 2029 from 310,000 t in 2025": the deadline is the new level's)
                           and not (p < f.start and _FROM_BEFORE.search(before))]
    is_target = False
    if not actual_cue:
        if cr.re_target_before.search(before):
            is_target = True
        elif clause_target_years:
            is_target = True
        elif cr.re_forecast.search(text, max(cs, prev_any), f.start):  # "we expect output of 1.4 Mt"
            is_target = True
        elif _TO_BEFORE.search(before) and cr.re_target_cue.search(text, cs, f.start) and (
                cr.re_to_verb.search(text, max(cs, prev_any), f.start)):
            is_target = True  # "the filters would cut dust to 180 t": where a plan takes it, not where it is
    def estimate(y) -> bool:
        """A forecast for a stated year ("will reach 34 Mt in the 2024-25 season", "estimates 2025 output at
        20,500 t") is an estimate of that year's figure, which other estimates of it meet; a goal ("aims to
        reach", "a quota of") or a deadline ("by 2030") stays a target, and so does a forecast for a year
        the text already looks back on ("ahead of its guidance for the year" in a text of the next year)."""
        if now_year is not None and _last_year_of(str(y)) < now_year:
            return False
        after = re.match(r"[^,;]{0,%d}" % GOAL_AFTER_CHARS, text[f.end:se]).group(0)
        return not cr.re_goal.search(text[max(cs, prev_any):f.start] + " " + after)

    year_noun = _YEAR_NOUN.search(text, max(cs, prev_any), f.start)  # "estimates 2025 output at 20,500 t"
    if year_noun and _FROM_BEFORE.search(before) and _CHANGE_VERB.search(text, year_noun.end(), f.start):
        year_noun = None  # "146 during the 2024-25 season, up from 118": the season is the new level's
    if year_noun and not actual_cue:
        y = _season(year_noun.group(1), year_noun.group("y2"))  # "the 2024-25 crop" is the season's
        if doc_year and _last_year_of(y) >= doc_year:
            return (y, False) if estimate(y) else (f"by {y}", True)
        if not is_target:
            return y, False
    if is_target:
        year = None
        if target_years:
            year = min(target_years, key=lambda py: abs(py[0] - f.start))[1]
        elif doc_year and (rel := _RELATIVE_YEAR.search(text, f.end, min(se, f.end + RELATIVE_YEAR_CHARS))
                           or _RELATIVE_YEAR_BEFORE.search(text, max(cs, prev_any), f.start)):  # (not "last
            # year" after a figure before the clause's: "Velmar, whose road carried 9,800 a day last year, ...")
            year = _relative_period(rel, doc_year, seasons, doc_month)  # "forecasts a crop of 1.57 Mt this season"
        else:  # a guidance "for 2025" or "in 2025": the nearest year the sentence names
            years = [(m.start(), _season(m.group(1), m.group(2)))
                     for m in _YEAR_OR_SEASON.finditer(text, ss, se)
                     if not _FROM_FIGURE_IN.search(text, max(ss, m.start() - 40), m.start())]
            if years:
                year = min(years, key=lambda py: abs(py[0] - f.start))[1]
        if doc_year and year is None and not target_years and cr.re_forecast.search(text, max(cs, prev_any), f.start):
            # "is expected to recover to 650 kt from 531 kt in 2023-24", "she expects 560,000 t": a forecast that
            # names no year of its own is for the period the text is written in
            year = _current_period(doc_year, seasons, doc_month)
        if year and not target_years and estimate(year):
            return year, False
        return (f"by {year}" if year else "target"), True
    if _PAST_RECORD_BEFORE.search(text, max(ss, f.start - RECORD_LOOKBACK_CHARS), f.start):
        return EARLIER, False  # "well short of the record 40 million tonnes": a past extreme, not today's value
    # a year beyond a later figure set off by a comma is that figure's ("has risen to £3bn, the company said, a rise
    # on the £1bn budgeted in 2016"; "250 jobs at the mill, which employs 540, and 3,500 at the peak in 2027")
    set_off = next((p for p in later_figures if _SET_OFF.search(text, f.end, p)), se)
    periods = [(m.start(), m) for m in cr.re_period.finditer(text, max(cs, prev_end), min(ce, next_start, set_off))
               # ("to reach 420 000 t in 2029, up from 310 000 t last year": the year before is the new level's)
               if not (m.start() < f.start and _FROM_BEFORE.search(before))]
    if not periods and (re.search(r"\b(?:up|down)\s+from\s+$", text[max(ss, f.start - 12):f.start])
                        # ("up from 310 000 t last year" is that year's)
                        and not (doc_year and _RELATIVE_YEAR.search(text, f.end, min(se, f.end + RELATIVE_YEAR_CHARS)))
                        or re.match(r"[^.;]{0,25}?\b(?:ago|earlier(?!\s+(?:this|that|in\s+the)\b)|previously)\b",
                                 text[f.end:min(se, f.end + 35)])):
        return EARLIER, False  # "up from less than 10 % a decade ago" ("earlier this month" is a date)
    from_before = _FROM_BEFORE.search(text, max(ss, f.start - 6), f.start) is not None
    if not periods and from_before and re.match(
            r"[^.;]{0,30}?\bto\s+(?:about\s+|around\s+|some\s+|roughly\s+|nearly\s+)?(?:US)?[$€£¥]?\s?\d", text[f.end:min(se, f.end + 50)]):
        return EARLIER, False  # "rose from 6 % to 9 %": the starting value, not today's
    if not periods and from_before and _CHANGE_VERB.search(
            text, max(cs, ss), f.start) and not (
            doc_year and _RELATIVE_YEAR.search(text, f.end, min(se, f.end + RELATIVE_YEAR_CHARS))):
        return EARLIER, False  # "up 31% from 119 billion rupees", "will rise to 11,400 from 9,200": where it started
    periods += [(p, m) for p, m in past_bys if max(cs, prev_end) <= p < min(ce, next_start)]
    periods = [(p, _period_text(m)) for p, m in periods if not _comparison_frame(text, m.start(), ss)]
    # "41,000 in the third quarter of 2025 and 38,500 in the fourth quarter": a quarter in the figure's own
    # window is its period (a month there is often when something was said: "reported in February")
    periods += _dated_without_year(cr, text, max(cs, prev_end), min(ce, next_start), doc_date, quarters_only=True)
    relative = doc_year and (_RELATIVE_YEAR_BEFORE.search(text, max(cs, prev_any), f.start)
                             or _RELATIVE_YEAR.search(text, f.end, min(ce, next_start, f.end + RELATIVE_YEAR_CHARS))
                             or _RELATIVE_YEAR.search(text, f.end, _phrase_end(text, f.end, min(ce, next_start),
                                                                               RELATIVE_YEAR_PHRASE_CHARS)))
    if relative and (not periods or relative.start() >= f.end and all(p > relative.start() for p, _ in periods)):
        # "Ostland produced 5.3 Mt last year" in a text dated 2024: 2023; also when a year is named only further
        # on ("carried 9,800 vehicles a day last year, expects 9,300 a day in 2026")
        return _relative_period(relative, doc_year, seasons, doc_month), False
    for lo, hi in ((max(cs, prev_end), min(ce, next_start)), (cs, ce), (ss, se)):
        if periods:
            break
        if lo < f.start:
            hi = min(hi, set_off)
        periods = [(m.start(), _period_text(m)) for m in cr.re_period.finditer(text, lo, hi)
                   if not _comparison_frame(text, m.start(), ss)] + _dated_without_year(cr, text, lo, hi, doc_date)
    if periods:  # a period right after the figure is its own; one before it may belong to the previous figure
        return min(periods, key=lambda pm: (pm[0] - f.end if pm[0] >= f.end else (f.start - pm[0]) * 2))[1], False
    return None, False


#: Punctuation that sets a later figure off from this one: a year beyond it is that figure's.
_SET_OFF = re.compile(r"[,;:]|\s[-–—]\s")


def _period_text(m: re.Match) -> str:
    """"2024", "2024-03", the quarter "2024-Q3" or the season "2024/25" for a period match of
    :attr:`ContextReader.re_period`, or of :attr:`ContextReader.re_target_year` (a past "by March 2025"), which
    has only a month and a year."""
    g = m.groupdict()
    month = g.get("m")
    if month:
        return f"{g['y']}-{_MONTHS[month.lower()]:02d}"
    if g.get("q") or g.get("qn"):
        return f"{g['y']}-Q{_quarter_number(m)}"
    if g.get("h") or g.get("hn") or g.get("hm"):
        return f"{g['y']}-H{_half_number(m)}"
    return _season(g["y"], g.get("y2"))


#: A quarter of a year: "the third quarter", "Q3", "the final quarter".
_QUARTER = r"(?:(?P<q>first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+quarter|Q(?P<qn>[1-4]))"
_QUARTER_WORDS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4,
                  "final": 4, "last": 4}


def _quarter_number(m: re.Match) -> int:
    return int(m.group("qn")) if m.group("qn") else _QUARTER_WORDS[m.group("q").lower()]


#: A half of a year: "the first half", "H1". Its period is written "2025-H1".
#: A half year: "first half", "H2", and as Australian companies report it, by the month it ends ("the December half").
_HALF = r"(?:(?P<h>first|second|1st|2nd)\s+half|H(?P<hn>[12])|(?P<hm>June|December)\s+half)"


def _half_number(m: re.Match) -> int:
    if m.group("hm"):
        return 1 if m.group("hm").lower() == "june" else 2
    return int(m.group("hn")) if m.group("hn") else 1 if m.group("h").lower() in ("first", "1st") else 2


#: A half named without its year ("in the first half of the year", "the second half alone yielded"): the last
#: such half at least :data:`HALF_UNDER_WAY_MONTHS` into its course by the text's date.
_HALF_ALONE = re.compile(rf"\b(?:(?:in|for|during|over)\s+(?:the\s+)?|the\s+){_HALF}\b(?![\s,]+(?:of\s+)?(?:19|20)\d\d)"
                         r"(?:\s+of\s+(?:the|this)\s+year)?", re.I)
#: How many whole months a half year must have run, by a text's date, for "the first half" with no year to mean
#: it: in February, "output in the first half was 540 tonnes" reports last year's (one month in, nothing is
#: reported yet); from March on, this year's.
HALF_UNDER_WAY_MONTHS = 2


#: A quarter named without its year ("in the third quarter"): the last such quarter up to the text's date.
_QUARTER_ALONE = re.compile(rf"\b(?:in|for|during|over)\s+(?:the\s+)?{_QUARTER}\b(?![\s,]+(?:of\s+)?(?:19|20)\d\d)",
                            re.I)


#: Words that follow a split year ("the 2024-25 season") in the seasons and fiscal years news reports.
_SEASON_WORDS = "season|crop|harvest|campaign|marketing year|fiscal year|financial year|year|budget"


def _season(y: str, y2: str | None) -> str:
    """A split year is one period, written "2024/25" however the text writes it ("2024-25", "2024/2025"; the
    slash keeps it apart from a month, "2024-03"); anything else ("2012-16", a span of years) is its first year."""
    if y2 and int(y2[-2:]) == (int(y) + 1) % 100:
        return f"{y}/{y2[-2:]}"
    return y


def _last_year_of(period: str) -> int:
    """The latest calendar year a period touches: 2025 for the season "2024/25"."""
    return int(period[:4]) + (1 if period[4:5] == "/" else 0)


#: "lower than in 2023", "its lowest level since 2021": a year the figure is compared with, not its own.
_COMPARED_WITH = re.compile(r"\b(?:than|levels?|highs?|lows?)\s+$", re.I)


def _comparison_frame(text: str, pos: int, ss: int) -> bool:
    return bool(_COMPARED_WITH.search(text, max(ss, pos - 40), pos))


_MONTH_ALONE = re.compile(r"\b(?:in|for|during|by|at\s+the\s+end\s+of|end-)\s*(?:early\s+|late\s+|mid-)?(?P<m>" + "|".join(_MONTHS)
                          + r")\b(?![\s,]+\d)", re.I)
_ON_WEEKDAY = re.compile(r"\b(?:on|by)\s+(?P<d>monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.I)
#: A statement's "that" after its day: "... on Tuesday that".
_THAT_AFTER = re.compile(r",?\s+that\b")
_MONTH_ALT = "|".join(sorted(_MONTH_NAMES, key=len, reverse=True))
#: A day of a month with no year: "as of April 8", "by 8 April", "on Sept. 3" (not "April 8, 2025": that has one).
_DAY_NO_YEAR = re.compile(rf"\b(?P<prep>as\s+of|as\s+at|by|on|to|through|until)\s+(?:(?P<m>{_MONTH_ALT})\.?\s+(?P<d>\d{{1,2}})"
                          rf"|(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH_ALT})\.?)(?:st|nd|rd|th)?\b(?![\s,]+\d)", re.I)


def _dated_without_year(cr: ContextReader, text: str, lo: int, hi: int, doc_date, quarters_only: bool = False
                        ) -> list[tuple[int, str]]:
    """Periods a dated text gives without a year: "in April" (the last April up to its date), "in the third
    quarter" (the last one begun by then) and "on Tuesday" (the last Tuesday up to it, news's way of dating
    the week's events, unless it dates a statement: "the council said on Tuesday"). "By Tuesday" and "by
    mid-August" date a running tally the same way: the fire "had burned 48,300 hectares by Tuesday"."""
    if not doc_date or not doc_date[1]:
        return []
    import datetime

    year, month, day = doc_date
    out = []
    for m in _QUARTER_ALONE.finditer(text, lo, hi):
        q = _quarter_number(m)
        out.append((m.start(), f"{year if 3 * q - 2 <= month else year - 1}-Q{q}"))
    for m in _HALF_ALONE.finditer(text, lo, hi):
        h = _half_number(m)
        out.append((m.start(), f"{year if month - (6 * h - 5) >= HALF_UNDER_WAY_MONTHS else year - 1}-H{h}"))
    if quarters_only:
        return out
    for m in _MONTH_ALONE.finditer(text, lo, hi):
        mm = _MONTHS[m.group("m").lower()]
        out.append((m.start(), f"{year if mm <= month else year - 1}-{mm:02d}"))
    for m in _DAY_NO_YEAR.finditer(text, lo, hi):  # "86 confirmed cases as of April 8"
        if m.group("prep").lower() == "on" and cr.re_said_before.search(text, max(0, m.start() - 40), m.start()):
            continue  # "the county said on April 8": when it spoke
        mm = _MONTH_NAMES[(m.group("m") or m.group("m2")).lower()]
        dd = int(m.group("d") or m.group("d2"))
        if 1 <= dd <= 31:
            out.append((m.start(), f"{year if (mm, dd) <= (month, day or 31) else year - 1}-{mm:02d}-{dd:02d}"))
    if day:
        today = datetime.date(year, month, day)
        for m in _ON_WEEKDAY.finditer(text, lo, hi):
            if cr.re_said_before.search(text, max(0, m.start() - 40), m.start()) or _THAT_AFTER.match(text, m.end()):
                continue  # (and "told a meeting in the village hall on Tuesday that 19% had died": when she spoke)
            back = (today.weekday() - _WEEKDAY_INDEX[m.group("d").lower()]) % 7
            out.append((m.start(), (today - datetime.timedelta(days=back)).isoformat()))
    return out


_WEEKDAY_INDEX = {d: i for i, d in enumerate("monday tuesday wednesday thursday friday saturday sunday".split())}


#: British and American spellings of the words bodies are named with, folded to one form to compare names:
#: "Monitoring Centre" and "Monitoring Center", "Labour Council" and "Labor Council", "Co-operative".
_SPELLING_FOLDS = ((re.compile(r"(?<=[a-z])tre\b"), "ter"), (re.compile(r"(?<=[a-z]{2})our\b"), "or"),
                   (re.compile(r"(?<=[a-z])is(?=ation|e\b|ed\b|ing\b)"), "iz"), (re.compile(r"ence\b"), "ense"),
                   (re.compile(r"(?<=[a-z])-(?=[a-z])"), ""), (re.compile(r"amme\b"), "am"))


def _spelling_key(name: str) -> str:
    """``name`` in lower case with British spellings folded to American ones (see :data:`_SPELLING_FOLDS`)."""
    key = name.lower()
    for pattern, repl in _SPELLING_FOLDS:
        key = pattern.sub(repl, key)
    return key


def _one_spelling(claims: list[Claim]) -> list[Claim]:
    """Within one run, names of speakers that differ only in British or American spelling ("Tarn Dairy
    Monitoring Centre" in one text, "... Center" in another) are one speaker, under the spelling most of its
    figures use (the first one read, on a tie)."""
    counts: dict[str, int] = {}
    for c in claims:
        if c.attribution:
            counts[c.attribution] = counts.get(c.attribution, 0) + 1
    by_key: dict[str, dict[str, int]] = {}
    for name, n in counts.items():
        by_key.setdefault(_spelling_key(name), {})[name] = n
    target = {name: max(spellings, key=spellings.get) for spellings in by_key.values() if len(spellings) > 1
              for name in spellings}
    return [replace(c, attribution=target[c.attribution]) if c.attribution in target else c for c in claims]


def _generics_named_in_the_run(claims: list[Claim]) -> list[Claim]:
    """Within one run, a speaker a text only calls by a common noun ("the council says", "the mines ministry")
    is the one body in the run whose name has that noun and the words describing it ("Velka Mango Council
    (Velman)", named in another text): the two texts' figures then come from one voice. With no such body or
    more than one, the text's own words stay."""
    named = [(0, n) for n in sorted({c.attribution for c in claims if c.attribution and c.attribution[:1].isupper()})]
    if not named:
        return claims
    target: dict[str, str] = {}
    for generic in {c.attribution for c in claims if c.attribution and c.attribution[:1].islower()}:
        if len(generic.split()) > GENERIC_MAX_WORDS:
            continue  # ("ministry said the association": a misread clause, no name)
        if not generic.startswith("the "):
            continue  # "farmers say": people of a kind, no body ("the farmers" of the run's one farmers' body is)
        noun = generic.split()[-1]
        hits = {_resolve_generic(generic, [b], 1) for b in named if noun in b[1].lower()} - {generic}
        hits = {h for h in hits if h[:1].isupper()}
        if len(hits) == 1:
            target[generic] = hits.pop()
    return [replace(c, attribution=target[c.attribution]) if c.attribution in target else c for c in claims]


#: A speaker called by a common noun has at most this many words ("the provincial environment agency").
GENERIC_MAX_WORDS = 4


def unify_attributions(claims: list[Claim]) -> list[Claim]:
    """Within one run, a shorter name whose words all appear in a longer attribution is that body
    ("Ministry of Mining" after "Nordavian Ministry of Mining" in another source), so is a short name another
    source gave in brackets after the full one ("VSA" after "Velmar S.A. (VSA)"), and names spelled the British
    and the American way are one (:func:`_one_spelling`)."""
    from dataclasses import replace

    claims = _generics_named_in_the_run(_one_spelling(claims))
    names = sorted({c.attribution for c in claims if c.attribution}, key=len, reverse=True)
    words = {n: set(re.findall(r"\w+", n.lower())) for n in names}
    target: dict[str, str] = {}
    for short in names:
        longer = [n for n in names if len(n) > len(short) and words[short] < words[n] and len(words[short]) >= 2]
        if not longer and _ACRONYM.fullmatch(short):  # "VTSA" here, "Velmar Tarn S.A. (VTSA)" in another text
            longer = [n for n in names if n.endswith(f"({short})")]
        if len(longer) == 1:
            target[short] = longer[0]
    return [replace(c, attribution=target[c.attribution]) if c.attribution in target else c for c in claims]


def entities_from_the_run(claims: list[Claim], texts: Mapping[str, str], rules: Rules | None = None) -> list[Claim]:
    """Within one run, a figure whose own text gave it no entity takes the one entity that the run's other texts
    give their figures and that its text names somewhere ("Union puts Tarn teacher gap at nearly 250", in a text
    whose places the rules do not know, beside a text whose figures are Tarn's). A firm counts as named by its
    name without the company words that end it ("Velka Potash" for "Velka Potash Corp"; ``rules`` give the
    words), and among several such a body's or a firm's name gives way to a place's (a bureau measures its city, a
    buyer trades there). With none
    such, or more than one, it takes the entity its own text's figures give most, when that one leads clearly
    (:data:`TEXT_ENTITY_MIN_SHARE`: a headline's "212 families, not 85" is about what the rest of the text is about);
    else it stays without: a figure is never moved to a topic its text does not name."""
    missing = {c.source for c in claims if c.entity is None and c.figure.kind != "multiple"}
    if not missing:
        return claims
    used_in: dict[str, set[str]] = {}  # entity → the sources whose figures have it
    for c in claims:
        if c.entity:
            used_in.setdefault(c.entity, set()).add(c.source)
    if not used_in:
        return claims
    spelled = {e: e for e in used_in}  # how a text may write each entity → the entity
    body_words: frozenset[str] = frozenset()
    company_words: frozenset[str] = frozenset()
    if rules is not None:
        cr = context_reader(rules)
        company_words, body_words = cr.company_words, cr.body_words
        for e in used_in:
            words = e.split()
            while len(words) > 1 and words[-1] in company_words:
                words.pop()
            if len(words) >= SHORT_FIRM_MIN_WORDS:
                spelled.setdefault(" ".join(words), e)
    # one pass over each text for all the run's entities, longest first (a run may hold thousands of texts)
    names = re.compile(r"(?<![\w-])(?:" + "|".join(map(re.escape, sorted(spelled, key=len, reverse=True))) + r")(?![\w-])")
    fill: dict[str, str] = {}
    for source in missing:
        named = {spelled[m.group(0)] for m in names.finditer(texts.get(source, ""))}
        named = {e for e in named if used_in.get(e, set()) - {source}}
        if len(named) > 1 and body_words:  # "Tarnow" and "Tarnow Roads Bureau": the place, not the body measuring it
            named = {e for e in named if not set(e.split()) & body_words} or named
        if len(named) > 1 and company_words:  # "Tarnow" and "Velka Seafoods Inc": the place, not a firm trading there
            named = {e for e in named if not set(e.split()) & company_words} or named
        if len(named) == 1:
            fill[source] = named.pop()
    own: dict[str, dict[str, int]] = {}  # else the entity its own figures give most, when it clearly leads
    for c in claims:  # (one pass over the run, not one per source)
        if c.entity and c.source in missing and c.source not in fill:
            counts = own.setdefault(c.source, {})
            counts[c.entity] = counts.get(c.entity, 0) + 1
    for source, counts in own.items():
        top = max(counts, key=counts.get)
        if counts[top] >= TEXT_ENTITY_MIN_SHARE * sum(counts.values()):
            fill[source] = top
    if not fill:
        return claims
    return [replace(c, entity=fill[c.source], subject=_subject_phrase(fill[c.source], c.metric, c.scope))
            if c.entity is None and c.source in fill and c.figure.kind != "multiple" else c for c in claims]


#: A figure with no entity takes its own text's most-used entity when that holds at least this share of the
#: text's figures that have one.
TEXT_ENTITY_MIN_SHARE = 0.5


#: A firm's name without its company words names it in another text only with this many words left ("Velka Potash"
#: for "Velka Potash Corp"; a lone "Velka" may be the place the firm is named after).
SHORT_FIRM_MIN_WORDS = 2


_CAPITALISED = re.compile(r"(?<![\w'’-])[A-Z][\w'’-]*(?<!['’])")
#: A person who speaks in one text takes the body they speak for in the run's other texts when at least this many
#: of the figures in sentences naming them there were credited to that body ...
PERSON_OWNER_MIN_FIGURES = 2
#: ... and that body holds at least this share of those figures.
PERSON_OWNER_MIN_SHARE = 2 / 3


def people_from_the_run(claims: list[Claim], rules: Rules, texts: Mapping[str, str]) -> list[Claim]:
    """Within one run, a person a text credits figures to ("Mohapatra told the Herald") speaks for the body the run's
    other texts credit the figures of sentences naming them to ("Chairman Sudhir Mohapatra said revenue rose ..."
    credited to his company): a voice is the body, in every text. A person is a name some text of the run shows as
    one (:func:`_person_names`: after a title, with an age ...); a person other texts do not tie to one body (:data:`PERSON_OWNER_MIN_FIGURES`,
    :data:`PERSON_OWNER_MIN_SHARE`) keeps their own name. A figure whose entity is such a person loses it."""
    cr = context_reader(rules)
    org_words = cr.body_words | cr.company_words
    named = set().union(*(_person_names(cr, text) for text in texts.values())) if texts else set()
    # a person is never a figure's topic, even in a text that names them only by surname ("Ruiz said the partnership
    # stood by its 64", with Ruiz introduced in another text)
    claims = [replace(c, entity=None, subject=_subject_phrase(None, c.metric, c.scope))
              if c.entity in named and not set(c.entity.split()) & org_words else c for c in claims]
    people = {a for c in claims if (a := c.attribution) and a in named and not set(a.split()) & org_words}
    owner: dict[str, str] = {}
    if not people:
        return claims
    # the claims whose sentences name each surname, found once (a run may hold thousands of texts)
    surnames = {p.split()[-1] for p in people}
    naming: dict[str, list[Claim]] = {}
    for c in claims:
        if c.attribution and c.attribution[:1].isupper() and c.attribution not in people:  # (not "the director")
            for w in set(_CAPITALISED.findall(c.sentence)) & surnames:
                naming.setdefault(w, []).append(c)
    speaks_in: dict[str, set[str]] = {}  # person → the texts that credit figures to them
    for c in claims:
        if c.attribution in people:
            speaks_in.setdefault(c.attribution, set()).add(c.source)
    for person in people:
        tally: dict[str, int] = {}
        for c in naming.get(person.split()[-1], ()):
            if c.source not in speaks_in[person]:
                tally[c.attribution] = tally.get(c.attribution, 0) + 1
        if tally:
            body, n = max(tally.items(), key=lambda kv: kv[1])
            named_in = re.search(rf"(?<![\w-]){re.escape(person.split()[-1])}(?![\w-])", body) is not None
            # ("Ana Ruiz of Velkor Capital" credited in another text names her with her firm: one figure is enough)
            if (n >= PERSON_OWNER_MIN_FIGURES or named_in) and n >= PERSON_OWNER_MIN_SHARE * sum(tally.values()):
                owner[person] = body
    return [replace(c, attribution=owner[c.attribution]) if c.attribution in owner else c for c in claims]


def unify_company_names(claims: list[Claim], rules: Rules) -> list[Claim]:
    """Within one run, what :func:`_full_company_names` does within one text: an entity that opens exactly one
    company's full name given anywhere in the run is that company ("Velmar" in one source, "PT Velmar Nikel Tbk"
    in another), so texts that name a firm short or long meet. And a facility one text says a company runs is
    that company in the run's other texts too (:func:`_facilities_as_owners`)."""
    return _facilities_as_owners(_full_company_names(context_reader(rules), claims))


def _facilities_as_owners(claims: list[Claim]) -> list[Claim]:
    """Within one run, what :func:`_facility_as_owner` does within one text: a facility that some text gave to a
    company ("its Tarn mill") takes that company as entity where another text names only the facility ("the Tarn
    line will eat 8.1 million m3"), so the two texts' figures meet. Only a facility given to one company, and a
    company given one facility in the run: with two ("its Tarn pit" and "its Bream plant"), the facility is what
    tells their figures apart."""
    owner: dict[str, set[str]] = {}
    for c in claims:
        if c.facility and c.entity:
            owner.setdefault(c.facility, set()).add(c.entity)
    if not owner:
        return claims
    facilities_of: dict[str, int] = {}
    for companies in owner.values():
        for company in companies:
            facilities_of[company] = facilities_of.get(company, 0) + 1
    sole = {f: next(iter(cs)) for f, cs in owner.items() if len(cs) == 1 and facilities_of[next(iter(cs))] == 1}
    return [replace(c, entity=sole[c.entity], facility=c.entity, subject=_subject_phrase(sole[c.entity], c.metric,
                                                                                         c.scope))
            if c.entity in sole and not c.facility else c for c in claims]
