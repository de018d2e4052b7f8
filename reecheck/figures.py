"""Stage 2, figures: find every number a reader would check, with its unit, scale and qualifier.

Reads: cleaned text (a string). Adds: :class:`Figure` records (value, low, high, pint unit string,
qualifier, the text as written and its span) and :class:`Skipped` records for numbers that are not
figures (years, dates, times, ordinals, identifiers, page and footnote numbers), each with its reason.

Public functions: :func:`extract` (figures only, the API the evaluation kit calls) and :func:`scan`
(figures and skipped numbers, what the pipeline uses). The compiled patterns are built once per
:class:`~reecheck.rules.Rules` and cached. pint is not imported here: unit strings come from the rules,
and the comparison stage is the one that converts.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import cached_property, lru_cache
from operator import attrgetter
from dataclasses import dataclass, fields

from .numbers import (DIGITS_ONLY, NUMERAL, ORDINAL_PHRASE, Numeral, cardinal_words, digit_word_run, numerals,
                      ordinal_value, parse_numeral, words_to_number)
from .rules import Rules, load_rules
from .text import LazyAlternations, LazyPattern, TailPattern, phrase_alternation, phrase_groups, reverse_phrases, sentence_spans

QUALIFIERS = ("exact", "approx", "at_most", "at_least", "range")

_MONTHS = ("january february march april may june july august september october november december "
           "jan feb mar apr jun jul aug sep sept oct nov dec").split()
_MONTH_ALT = phrase_alternation(_MONTHS)

#: Lowest and highest numbers read as calendar years when they stand without a unit.
YEAR_RANGE = (1800, 2100)
#: Pairs of characters whose :meth:`Reader.tails_allow` answers are kept before the store is emptied (a text
#: ends its words in a few hundred ways; the cap only bounds memory on unusual input).
TAIL_ANSWERS_MAX = 20_000
#: Aliases whose :meth:`Reader.unit_of` answers are kept before the store is emptied (a bound on memory only: the
#: rules hold a few thousand aliases).
PLAIN_UNIT_ANSWERS_MAX = 20_000
#: "Not looked up yet" in a store whose answers may be None.
_UNSEEN = object()
#: How many characters before a number are searched for a qualifier or currency sign.
LOOKBACK_CHARS = 40
#: A bare number carries the unit of an earlier figure in its sentence only if it is at least this large
#: (or has a scale word) and within this factor of that figure ("86,000 tonnes ..., Nordavia 44,000").
CARRY_MIN_VALUE = 100
CARRY_MAX_FACTOR = 1000
#: How many characters after a figure are searched for a rate ("annually") or a unit after "of".
LOOKAHEAD_CHARS = 40


@dataclass(frozen=True)
class Figure:
    """A number as the text states it.

    ``value`` is the nominal number in ``unit``; ``low``/``high`` are the stated bounds (None for an open
    side); ``step`` is one unit of the last stated digit, in ``unit`` (the figure's precision).
    ``kind`` is quantity, count, percent, money or multiple; ``unit_from`` says whether the unit was
    stated, carried from a neighbouring figure of the same sentence, or defined by the document.
    """

    value: float
    low: float | None
    high: float | None
    unit: str
    qualifier: str
    text: str
    start: int
    end: int
    kind: str = "quantity"
    step: float = 1.0
    unit_from: str = "stated"
    noun: str = ""
    direction: str = ""  # "up" / "down" for signed changes ("rose 5 %")
    hedge: str = ""  # the qualifier as written ("nearly", "over", "+")

    def __post_init__(self) -> None:
        if self.qualifier not in QUALIFIERS:
            raise ValueError(f"unknown qualifier {self.qualifier!r}; expected one of {QUALIFIERS}")

    def as_dict(self) -> dict:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}


_QUALIFIER_SET = frozenset(QUALIFIERS)
_new = object.__new__
_set_dict = object.__setattr__  # (a frozen dataclass refuses its own __setattr__; the fields go in as one dict)


def _figure(value, low, high, unit, qualifier, text, start, end, *, kind="quantity", step=1.0, unit_from="stated",
            noun="", direction="", hedge="") -> Figure:
    """A :class:`Figure` built without the frozen dataclass's per-field ``object.__setattr__`` calls.

    The hot path makes one per number; this is about four times faster and gives an equal object.
    """
    if qualifier not in _QUALIFIER_SET:
        raise ValueError(f"unknown qualifier {qualifier!r}; expected one of {QUALIFIERS}")
    f = _new(Figure)
    _set_dict(f, "__dict__", {"value": value, "low": low, "high": high, "unit": unit, "qualifier": qualifier,
                              "text": text, "start": start, "end": end, "kind": kind, "step": step,
                              "unit_from": unit_from, "noun": noun, "direction": direction, "hedge": hedge})
    return f


_FIGURE_FIELDS = frozenset(f.name for f in fields(Figure))


def _replaced(f: Figure, **changes) -> Figure:
    """``dataclasses.replace(f, **changes)`` without its walk over the field definitions and the keyword call of
    ``__init__`` (the reader copies a figure whenever a later pass changes it); an equal object, checked alike."""
    if not changes.keys() <= _FIGURE_FIELDS:
        raise TypeError(f"Figure has no field {sorted(changes.keys() - _FIGURE_FIELDS)[0]!r}")
    values = dict(f.__dict__)
    values.update(changes)
    if values["qualifier"] not in _QUALIFIER_SET:
        raise ValueError(f"unknown qualifier {values['qualifier']!r}; expected one of {QUALIFIERS}")
    g = _new(Figure)
    _set_dict(g, "__dict__", values)
    return g


@dataclass(frozen=True)
class Skipped:
    """A number that is not a figure, and why (kept so the report can account for every number)."""

    text: str
    start: int
    end: int
    reason: str


#: One-letter unit aliases that still mark a glued "m" as a million: "3.8m t" (tonnes). Others ("5m s") are too
#: rare after a scale word to outweigh "m" = metre.
NOUN_SCALE_ONE_LETTER_UNITS = ("t",)
#: Words ending in "s" that are not counted nouns, so "5m across", "100m towards" stay metres.
_NOT_PLURAL = ("as was has does its towards always sometimes afterwards downwards upwards forwards backwards "
               "besides whereas perhaps hers ours theirs yours goes seems means makes gives takes hurdles").split()
#: Plurals without a final "s" that follow a count in millions: "3.8m people".
_IRREGULAR_PLURALS = "people children men women staff cattle sheep livestock personnel folk".split()
#: A counted noun right after a glued scale letter: a plural ("homes", "Britons"), not a singular ("wall", "mark").
_COUNTED_NOUN = (rf"(?:(?!(?:{'|'.join(_NOT_PLURAL)})\b)[A-Za-z][a-z]+(?<![su'’i]s)(?<=s)\b"
                 rf"|(?:{'|'.join(_IRREGULAR_PLURALS)})\b)")


_COUNTED_NOUN_RX = re.compile(_COUNTED_NOUN)


def is_counted_noun(word: str) -> bool:
    """Whether ``word`` reads as a plural a count can be of ("leaks", "people"), not a singular or "towards"."""
    return _COUNTED_NOUN_RX.fullmatch(word) is not None
#: Scale letters (looked up in the rules' [scales]) that may lead a three-letter currency code, the finance
#: shorthand for thousands and millions of it: "30 MUSD", "MEUR 120", "450 kEUR".
CODE_SCALE_LETTERS = ("M", "k")


def _exact(flags_ci: bool):
    """Which phrases match letter case exactly: all of them, or (``flags_ci``) the short or capitalised ones."""
    return (lambda p: True) if not flags_ci else (lambda p: len(p) < 3 or any(c.isupper() for c in p))


def _alt(phrases, flags_ci: bool = True) -> str:
    """A regex alternation of ``phrases``, longest first; short or capitalised ones match case exactly."""
    return phrase_alternation(phrases, _exact(flags_ci))


def _alt_groups(phrases, flags_ci: bool = True) -> list[tuple[str, str]]:
    """:func:`_alt` as first-letter groups, for a :class:`~reecheck.text.LazyAlternations` pattern."""
    return phrase_groups(phrases, _exact(flags_ci))


#: Characters that decide which unit groups :attr:`Reader.re_unit` needs: an optional space or hyphen, then the
#: alias's first letter.
UNIT_WINDOW = 2
#: What may stand between a number and its unit: a space, a no-break space, a hyphen, or a line break when the
#: next line does not open with a capital (a wrapped line, not the next line of a headline block).
_UNIT_SEP = r"(?:[^\S\n]|\u00a0|-|\n(?![A-Z]))?"


def _unit_starts(window: str) -> tuple[str, str]:
    """Where :attr:`Reader.re_unit` can begin a unit or a currency name: at the window's start, or one character
    further past a space or hyphen (its optional lead; ``str.isspace`` is the regex's ``\\s``)."""
    c = window[:1]
    s = window[:2] if c.isspace() or c == "-" else c
    return s, s


#: What :attr:`Reader.re_rate` writes before a unit ("per", "/", "a"): the same text and flags as there.
_RATE_UNIT_LEAD = re.compile(r"\s?(?:per\s?|/\s?|an?\s)", re.I)
#: Characters that decide which groups :attr:`Reader.re_rate` needs: the longest lead (" per ") and one letter.
RATE_WINDOW = 6


def _rate_starts(window: str) -> tuple[str, str]:
    """Where :attr:`Reader.re_rate` can begin a rate word (at the window's start or past one space) and a unit
    (after its lead, or on the lead's last character when that is an optional space)."""
    c = window[:1]
    lead = _RATE_UNIT_LEAD.match(window)
    return window[:2] if c.isspace() else c, window[lead.end() - 1:lead.end() + 1] if lead else ""


def _lookup(table: dict[str, str], key: str) -> str | None:
    return table.get(key) or table.get(key.lower())


class Reader:
    """The compiled patterns for one set of rules. Build through :func:`reader_for`."""

    def __init__(self, rules: Rules) -> None:
        self.rules = rules
        tol = dict(rules.tolerances)
        self.min_sig = int(tol.get("min_sig_digits", 2))
        #: aliases that mean a unit (or a currency) only where the sentence has one of the context words
        #: in file order, so the first entry whose words fit wins ("F": Fahrenheit beside "weather", the farad
        #: beside "capacitor"; see :func:`_first_fitting`)
        self.gated_units: dict[str, list[tuple[str, re.Pattern]]] = {}
        self.gated_cur: dict[str, tuple[str, re.Pattern]] = {}
        self.units = {}
        for u in rules.units:
            if u.context:
                self.gated_units.setdefault(u.alias, []).append((u.pint, _context_pattern(u.context)))
                continue
            self.units.setdefault(u.alias, u.pint)
            if len(u.alias) >= 3 and not any(c.isupper() for c in u.alias):
                self.units.setdefault(u.alias.lower(), u.pint)
            if " " in u.alias and u.alias.replace(" ", "").isalpha():  # "an 11-million-cubic-metre cap"
                self.units.setdefault(u.alias.replace(" ", "-"), u.pint)
        self.cur_names = {}
        for u in rules.currency_names:
            if u.context:
                self.gated_cur.setdefault(u.alias, (u.pint, _context_pattern(u.context)))
                self.gated_cur.setdefault(u.alias.lower(), (u.pint, _context_pattern(u.context)))
                continue
            self.cur_names.setdefault(u.alias, u.pint)
            self.cur_names.setdefault(u.alias.lower(), u.pint)
        self.cur_prefix = {}
        #: prefixes that count only before an amount written like money ("PS2.7m", not "PS9")
        self.shaped_prefixes = frozenset(v for u in rules.currency_prefixes if u.shaped for v in _prefix_variants(u.alias))
        #: prefixes with context words: their currency where the sentence has one of the words, the plain entry's
        #: elsewhere ("¥" is the yen unless the sentence names the yuan)
        self.gated_prefix: dict[str, list[tuple[str, re.Pattern]]] = {}
        for u in sorted(rules.currency_prefixes, key=lambda u: bool(u.context)):  # plain entries first
            for variant in _prefix_variants(u.alias):
                self.cur_prefix.setdefault(variant, u.pint)
                if u.context:
                    self.gated_prefix.setdefault(variant, []).append((u.pint, _context_pattern(u.context)))
        codes = {u.pint for u in rules.currency_prefixes + rules.currency_names}
        #: "MUSD" → ("USD", 1e6): a scale letter glued before a currency code that the rules write as an alias
        written = {u.alias for u in rules.currency_prefixes + rules.currency_names}
        scales = dict(rules.scales)
        self.code_scaled = {letter + c: (c, scales[letter]) for letter in CODE_SCALE_LETTERS
                            if letter in scales for c in sorted(codes)
                            if re.fullmatch(r"[A-Z]{3}", c) and c in written}
        for alias, (code, _) in self.code_scaled.items():
            self.cur_names.setdefault(alias, code)
            self.cur_prefix.setdefault(alias, code)
        #: units defined as a fraction of a currency ("cent = 0.01 * USD"): figures in them are money
        self.subunits = {m.group(1) for d, _ in rules.pint_defines
                         for m in [re.match(r"(\w+)\s*=\s*[\d.eE+-]+\s*\*\s*(\w+)", d)] if m and m.group(2) in codes}
        self.scales = dict(rules.scales)
        self.cur_scales = dict(rules.currency_scales)
        # a letter counts only where the rules name the words that make it count
        self.glued_scale_letters = frozenset(rules.glued_scale_letters if rules.glued_scale_counts else ())
        self.glued_scale_counts = _context_pattern(tuple(rules.glued_scale_counts))
        self.glued_scale_sizes = _context_pattern(tuple(rules.glued_scale_sizes)) if rules.glued_scale_sizes else None
        #: phrases that state a figure in words, with no unit after them ("absolute zero"): [named_figures]
        self.named = {p.lower(): (v, u) for p, v, u in rules.named_figures}
        self.re_named = LazyPattern(rf"(?i:\b(?:{phrase_alternation(self.named)})\b)") if self.named else None
        self.glued_scale_things = (_context_pattern(tuple(rules.glued_scale_things)) if rules.glued_scale_things
                                   else None)
        self.rates = {k.lower(): v for k, v in rules.rates}
        self.qual = {p.lower(): q for p, q in rules.qualifiers}
        self.suffix_qual = {p.lower(): q for p, q in rules.suffix_qualifiers}

        # short or capitalised scale words match case exactly: "mm" is millimetres, not "MM" (a million)
        self.re_scale = re.compile(rf"[ \u00a0]?-?\s?(?:{_alt(self.scales)})(?![\w])")
        #: what re_scale can show first past white space (a hyphen or a scale word's first letter, either case):
        #: a cheap test before it
        self.scale_firsts = frozenset({"-"} | {c for w in self.scales for c in (w[0], w[0].lower(), w[0].upper())})
        self.re_cur_scale = re.compile(rf"\s?(?:{_alt(self.cur_scales, False)})(?![\w])")
        # a currency scale glued to its number also counts before a unit word or a counted noun: "3.8m tonnes",
        # "a 3.8m-tonne deposit", "3.8m people" (but "a 5m wall", "the 5m mark", "ran 100m" stay metres)
        cur_scale_alt = _alt(self.cur_scales, False)
        self.re_noun_scale = re.compile(rf"(?P<w>{cur_scale_alt})(?=[-\u00a0 ])")
        self.re_noun_scale_range = re.compile(rf"(?P<w>{cur_scale_alt})\s?(?:-|–|to|and)\s?\d[\d.,]*(?P=w)(?=[-\u00a0 ])")
        # the two biggest patterns are compiled a few first letters at a time, as matches need them (see
        # LazyAlternations): compiled whole they were most of the time of a first call
        unit_groups = _alt_groups(list(self.units) + list(self.gated_units))
        cur_groups = _alt_groups([u.alias for u in rules.currency_names] + list(self.code_scaled))
        # (a line break before a capitalised word ends the figure: "admissions pass 2,900" and, on the next line,
        # "Euro-Med Health Report", the outlet; cleaned text keeps no blank lines between them)
        self.re_unit = LazyAlternations([rf"{_UNIT_SEP}(?P<u>", unit_groups, rf")(?![\w])|{_UNIT_SEP}(?P<c>",
                                         cur_groups, r")(?![\w])"], _unit_starts, UNIT_WINDOW)
        # patterns that end where the text before a number ends are matched backwards (see TailPattern)
        # a prefix that starts with a letter ("HK$", "USD") must not be the end of a longer word
        worded = [p for p in self.cur_prefix if p[:1].isalpha()]
        signs = [p for p in self.cur_prefix if not p[:1].isalpha()]
        self.re_prefix = TailPattern(rf"\s?(?:(?:{_alt(reverse_phrases(worded), False)})(?![A-Za-z])"
                                     rf"|{_alt(reverse_phrases(signs), False)})")
        # (the hedge may open a quotation: 'bought "nearly half the catch"')
        self.re_qual = TailPattern(rf"\s*(?P<q>{_alt(reverse_phrases(self.qual))})(?=[\s(\[—–\"“‘-]|$)", re.I)
        # the characters a currency prefix or a qualifier can end with: the last one before a number (past white
        # space) must be one of them for re_prefix or re_qual to match there (a cheap test before them)
        self.prefix_lasts = _last_chars(self.cur_prefix, case_blind=False)
        self.qual_lasts = _last_chars(self.qual, case_blind=True)
        # and the last two characters: a sharper test of the same kind
        self.prefix_tail = tail_test(self.cur_prefix, case_blind=False)
        self.qual_tail = tail_test(self.qual, case_blind=True)
        #: the answers of those tests (and of the sign and minus words') by the two characters they read (see
        #: :meth:`tails_allow`)
        self.tail_answers: dict[str, tuple[bool, bool, bool, bool]] = {}
        #: :meth:`unit_of`'s answers for aliases without a context entry, which hang on the alias alone
        self.plain_unit_answers: dict[str, tuple[str, str, str] | None] = {}
        self.re_suffix = re.compile(rf"\s?(?P<q>{_alt(self.suffix_qual)})(?![\w])", re.I)
        #: what re_suffix can show first, at once or past its optional white space (a cheap test before it)
        self.suffix_firsts = _first_chars(self.suffix_qual, case_blind=True)
        self.re_rate = LazyAlternations(
            [r"\s?(?:(?P<r>", _alt_groups(self.rates), r")(?![\w])|(?:per\s?|/\s?|an?\s)(?P<u>", unit_groups,
             r")(?![\w]))(?!\s+(?:earlier|ago|before|later|after|prior|previously|back)\b)"], _rate_starts,
            RATE_WINDOW, re.I)
        self.noun_scale_firsts = frozenset(w[0] for w in self.cur_scales)
        # "8- to 16-metre": a suspended hyphen before "to" still joins a range
        # (the far end may open with any currency sign the rules know: "between ₹6 lakh and ₹8 lakh")
        signs = re.escape("".join(sorted({p[0] for p in self.cur_prefix if p and not p[0].isalnum()} | set("$€£¥"))))
        self.re_range = re.compile(rf"\s?(?:-\s+to(?=\s)|-|–|—|~|(?i:to|and|through|thru))\s?(?=[{signs}\d.]|[A-Za-z]{{3}}"
                                   r"|[A-Z][A-Za-z]{0,2}(?:\$\s?|\.?\s?)\d|[-−]\d)")  # ("US$ 4.10": a spaced prefix)
        #: glued scale letters that also name a temperature scale ("K"), and the temperature words that make them one
        temp_units = ("degree_Celsius", "degree_Fahrenheit", "kelvin")
        self.temperature_letters = frozenset(a for a, entries in self.gated_units.items()
                                             if a in self.scales and any(p in temp_units for p, _ in entries))
        self._temperature_names = [a for a, pint_u in self.units.items() if pint_u in temp_units and len(a) > 1]
        self._unit_alt = "|".join(h + b for h, b in unit_groups) or _alt([])
        # a unit and the abbreviation a text defines for it, matched where a word starts (see defined_units)
        self.re_defined_at = LazyAlternations([r"(?P<u>", unit_groups, r")\s*\((?P<abbr>[A-Za-z]{1,6})\)"],
                                              _first_char, 1)

    @cached_property
    def shared_names(self) -> dict[str, tuple[str, str]]:
        """Words that name both a unit and, where the sentence speaks of money, a currency ("pounds"): the word →
        (currency, unit) as pint units. See :func:`_one_reading_per_text`."""
        plain = {u.alias.lower(): u.pint for u in self.rules.units if not u.context}
        return {c.alias.lower(): (c.pint, plain[c.alias.lower()]) for c in self.rules.currency_names
                if c.context and c.alias.lower() in plain}

    # -- patterns built on first use: few texts need them, and they are slow to compile ------------
    @cached_property
    def re_prefix_fwd(self) -> re.Pattern:
        """A currency prefix read forwards, for the far end of a range ("RM120,000 to RM300,000")."""
        return re.compile(rf"(?:{_alt(self.cur_prefix, False)})\s?(?=[\d.])")

    @cached_property
    def re_age_people(self) -> re.Pattern | None:
        """People named right before "over"/"under" and a number (the rules' [ages]): "children under ", the text
        before an age ("adults over 65")."""
        if not self.rules.age_nouns:
            return None
        return re.compile(rf"\b(?:{_alt(self.rules.age_nouns)})\s+(?:over|under|older\s+than|younger\s+than)\s+$",
                          re.I)

    @cached_property
    def re_temperature_named(self) -> re.Pattern:
        """A temperature scale named in words ("Celsius"), for a bare degree sign or a glued "K"."""
        named = self._temperature_names
        return re.compile(rf"(?i:{phrase_alternation(named)})") if named else re.compile(r"(?!)")

    def defined_units(self, text: str) -> dict[str, str]:
        """The abbreviations a text defines for units, to their pint units: "tonnes (t)". Each bracketed
        abbreviation is tried against the units that can end right before it, starting at the farthest word
        (the longest name wins, as a left-to-right search would find it), with the unit alternation compiled only
        for the first letters met (compiling it whole took a tenth of a second of every cold run)."""
        out: dict[str, str] = {}
        for pm in _PAREN_ABBR.finditer(text):
            for ws in _WORD_HEAD.finditer(text, max(0, pm.start() - DEFINED_LOOKBACK_CHARS), pm.start()):
                m = self.re_defined_at.match(text, ws.start())
                if m is not None and m.end() == pm.end():
                    abbr = m.group("abbr")
                    if not abbr.isdigit() and abbr != m.group("u"):
                        unit = _lookup(self.units, m.group("u")) or "dimensionless"
                        out[abbr] = self._scaled_definition(text, ws.start(), abbr, unit)
                    break
        return out

    def _scaled_definition(self, text: str, start: int, abbr: str, unit: str) -> str:
        """The unit an abbreviation defined at ``start`` stands for, with the scale word before the unit's name:
        "12.4 million tonnes (MT)" makes "18 MT" eighteen million tonnes. Not when the text also writes the scale
        word before the abbreviation ("3.8 million metric tons (MT) ... nearly 29 million MT"): there it names the
        unit alone."""
        before = _WORD_BEFORE.search(text, max(0, start - 20), start)
        prefix = SCALE_PREFIXES.get(self.scales.get(before.group(1).lower(), 0.0)) if before else None
        if prefix is None or unit == "dimensionless":
            return unit
        scale_words = [w for w, k in self.scales.items() if k in SCALE_PREFIXES and w.isalpha() and len(w) > 2]
        if re.search(rf"(?<![\w-])(?:{'|'.join(map(re.escape, scale_words))})\s+{re.escape(abbr)}(?!\w)", text, re.I):
            return unit
        return prefix + unit

    @cached_property
    def re_ordinal_ranges(self) -> tuple[re.Pattern, re.Pattern]:
        """Ranks as the ends of a range: "between the tenth and the fifteenth", "above the 3rd but below the 9th"
        (few texts have a rank that ends a clause)."""
        bounds = [p for p, q in self.qual.items() if q in ("at_least", "at_most")]
        ord_ = rf"(?:the\s+)?(?P<a>{ORDINAL_PHRASE})"
        ord2 = rf"(?:the\s+)?(?P<b>{ORDINAL_PHRASE})(?=\s*(?:[.,;:!?)]|$))"
        return (re.compile(rf"(?i:\bbetween\s+{ord_}\s+and\s+{ord2})"),
                re.compile(rf"(?i:(?<!\w)(?P<q1>{_alt(bounds)})\s+{ord_}\s*,?\s*(?:(?:and|but|yet)\s+)?"
                           rf"(?P<q2>{_alt(bounds)})\s+{ord2})"))

    # -- helpers -----------------------------------------------------------------------------------
    def tails_allow(self, two: str) -> tuple[bool, bool, bool, bool]:
        """Whether a currency prefix, a qualifier, a sign word and a minus word may end right before a number,
        given ``two``: the last two characters before it past white space (``stripped[-2:]`` in the reader).

        Each test (:class:`TailTest`, or the last-character test where none was built) reads those two characters
        and nothing else, so the four answers are worked out once per pair and kept in :attr:`tail_answers`: one
        look-up per number instead of up to four method calls.
        """
        out = self.tail_answers.get(two)
        if out is None:
            out = ((self.prefix_tail.allows(two) if self.prefix_tail is not None
                    else self.prefix_lasts is None or two[-1:] in self.prefix_lasts),
                   (self.qual_tail.allows(two) if self.qual_tail is not None
                    else self.qual_lasts is None or two[-1:] in self.qual_lasts),
                   _SIGN_TAIL.allows(two), _MINUS_TAIL.allows(two))
            if len(self.tail_answers) >= TAIL_ANSWERS_MAX:
                self.tail_answers.clear()
            self.tail_answers[two] = out
        return out

    def scale_at(self, text: str, pos: int) -> tuple[float, int]:
        """(multiplier, end) of a scale word at ``pos`` ("million", "bn"), or (1.0, pos) if none."""
        m = self.re_scale.match(text, pos)
        if not m:
            return self.noun_scale_at(text, pos) or (1.0, pos)
        word = m.group(0).strip("- \u00a0")
        if len(word) == 1 and m.group(0)[0] in " \u00a0-":
            return 1.0, pos  # a one-letter scale ("k", "M") only counts glued to its number
        return self.scales.get(word) or self.scales.get(word.lower(), 1.0), m.end()

    def noun_scale_at(self, text: str, pos: int) -> tuple[float, int] | None:
        """(multiplier, end) of a currency scale letter glued at ``pos`` that a unit word or a counted noun follows
        ("3.8m tonnes", "3.8m-tonne", "3.8m people", "2m-3m people"); None elsewhere ("a 5m wall")."""
        if text[pos:pos + 1] not in self.noun_scale_firsts:
            return None
        m = self.re_noun_scale.match(text, pos)
        if m is None:
            return None
        word = m.group("w")
        if self._unit_or_noun_at(text, m.end()):
            return self.cur_scales[word], m.end()
        rm = self.re_noun_scale_range.match(text, pos)  # "2m to 3m people": the scale of the range's far end
        if rm is not None and self._unit_or_noun_at(text, rm.end()):
            return self.cur_scales[word], m.end()
        return None

    def letter_scale_at(self, text: str, pos: int) -> tuple[float, int] | None:
        """(multiplier, end) of a one-letter scale that ends the clause after a number: "2.33 k", "4.5 M." (from
        [scales]), "1.2b" (from [currency_scales], glued only). A letter that names a unit ("5 m" is metres) or a
        temperature scale in a sentence about temperature ("300 K") is not one; nor is a letter a word follows
        ("5 M shares" is left alone)."""
        m = _SCALE_LETTER.match(text, pos)
        if m is None:
            return None
        letter = m.group(1)
        if m.start(1) == pos and letter in self.glued_scale_letters and letter in self.cur_scales:
            # "the population reached 8.3m, according to …": a unit letter that counts ([glued_scale] in rules)
            if ((_CLAUSE_GOES_ON.match(text, m.end()) and self.in_context(self.glued_scale_counts, text, pos)
                 or self._counted_soon(text, m.end()))
                    and not (self.glued_scale_sizes and self.in_context(self.glued_scale_sizes, text, pos))):
                return self.cur_scales[letter], m.end()
        if _BARE_END.match(text, m.end()) is None:
            return None
        if letter in self.scales:
            mult = self.scales[letter]
        elif (letter in self.cur_scales and m.start(1) == pos and letter not in self.units
              and _first_fitting(self.gated_units.get(letter, ()), text, pos) is None):
            # "1.2b" glued, unless the sentence calls for a unit that letter names ("3.8b cross section")
            mult = self.cur_scales[letter]
        else:
            return None
        if letter in self.temperature_letters and self.in_context(self.re_temperature_named, text, pos):
            return None
        if _first_fitting(self.gated_units.get(letter, ()), text, pos) is not None:
            return None  # "300 K" in a sentence about temperature: the unit its context words call for
        return mult, m.end()

    def _unit_or_noun_at(self, text: str, pos: int) -> bool:
        """Whether a unit word (not a one-letter symbol such as "s") or a counted noun follows ``pos``."""
        um = self.re_unit.match(text, pos)
        if um is not None:
            alias = um.group("u") if um.group("u") is not None else um.group("c")
            if len(alias) >= 2 or alias in NOUN_SCALE_ONE_LETTER_UNITS:
                return True
        return _COUNTED_NOUN_RX.match(text, pos + 1) is not None

    def measure_unit_at(self, text: str, pos: int) -> bool:
        """Whether a unit word of two or more letters follows ``pos``: "crews would level 9 ha of dunes" measures, where
        "level 9" alone is a label (a reference word's number followed by a unit is a quantity)."""
        um = self.re_unit.match(text, pos)
        return um is not None and um.group("u") is not None and len(um.group("u")) >= 2

    def unit_of(self, m: re.Match, defined: dict[str, str], text: str = "", scaled: bool = False) -> tuple[str, str, str] | None:
        """(pint unit, kind, how the unit was found) for a match of :attr:`re_unit`; None when the alias needs a
        context word that its sentence lacks ("the 13F filing")."""
        alias = m.group("u")
        if alias is not None and text and _COMPOUND_AFTER_UNIT.match(text, m.end()):
            return None  # "9,000 year-round posts": the word makes an adjective with what follows, and counts nothing
        if alias is not None:
            if alias in defined:
                return defined[alias], "quantity", "defined"
            known = self.plain_unit_answers.get(alias, _UNSEEN)
            if known is not _UNSEEN:
                return known
            cur = self.gated_cur.get(alias) or self.gated_cur.get(alias.lower())
            # an alias with a context entry means that entry where its context words occur ("661 kt" beside "wind"),
            # and its plain entry, if any, elsewhere; a unit's context words win over a currency's ("weighed 2
            # pounds and cost £7"), a scale word makes it money ("3 million pounds")
            gated = self.gated_units.get(alias)
            if cur is None and gated is None:  # no context entry: the answer hangs on the alias alone, so keep it
                pint_unit = _lookup(self.units, alias)
                answer = None if pint_unit is None else (pint_unit, self._unit_kind(pint_unit), "stated")
                if len(self.plain_unit_answers) >= PLAIN_UNIT_ANSWERS_MAX:
                    self.plain_unit_answers.clear()
                self.plain_unit_answers[alias] = answer
                return answer
            # after a scale word a word that is also a currency is money ("3 million pounds"); one that is not
            # keeps its context test ("1.9 millones TM")
            pint_unit = (_first_fitting(gated, text, m.start())
                         if gated is not None and (not scaled or cur is None) else None)
            # "a 20-pound bag" is a weight even in a sentence about prices
            if (pint_unit is None and cur is not None and not m.group(0).startswith("-")
                    and (scaled or self.in_context(cur[1], text, m.start()))):
                return cur[0], "money", "stated"
            if pint_unit is None:  # a gated alias outside its context falls back only to a plain entry of its spelling
                pint_unit = self.units.get(alias) if gated is not None else _lookup(self.units, alias)
                if pint_unit is None:
                    return None
            return pint_unit, self._unit_kind(pint_unit), "stated"
        return _lookup(self.cur_names, m.group("c")) or "dimensionless", "money", "stated"

    def _unit_kind(self, pint_unit: str) -> str:
        return "percent" if pint_unit == "percent" else "money" if pint_unit in self.subunits else "quantity"

    def prefix_currency(self, prefix: str, text: str, pos: int) -> str | None:
        """The currency a prefix written before ``pos`` means: a gated entry's where its words occur, else the plain one."""
        return _first_fitting(self.gated_prefix.get(prefix, ()), text, pos) or self.cur_prefix.get(prefix)

    def _counted_soon(self, text: str, pos: int) -> bool:
        """Whether a counted word of [glued_scale] is the noun a few words on, inside the clause: "2.7m combined
        print and digital copies", "35m of its devices" (a million; "35m of its pipeline" stays metres)."""
        for _ in range(COUNTED_NOUN_GAP_WORDS + 1):
            w = _NEXT_WORD.match(text, pos)
            if w is None or w.group(1).lower() in _PLACE_WORDS:
                return False  # "50m from the car": a distance from a thing, not a count of them
            if self.glued_scale_counts.match(text, w.start(1)) or (
                    self.glued_scale_things and self.glued_scale_things.match(text, w.start(1))):
                return True
            pos = w.end()
        return False

    @staticmethod
    def in_context(words: re.Pattern, text: str, pos: int) -> bool:
        """Whether the sentence around ``pos`` holds one of ``words``."""
        a = max(0, pos - 300)
        starts = [m.end() for m in _SENT_END.finditer(text, a, pos)]
        lo = starts[-1] if starts else a
        nm = _SENT_END.search(text, pos, pos + 300)
        hi = nm.start() + 1 if nm else min(len(text), pos + 300)
        return words.search(text, lo, hi) is not None


_SENT_END = re.compile(r"[.!?](?:\s+|$)")
#: How many words may stand between a glued scale letter and the counted noun it scales.
COUNTED_NOUN_GAP_WORDS = 4
_NEXT_WORD = re.compile(r"[ \u00a0]+([A-Za-z]+)")
#: Words of place or direction: after one, a noun is where a length is measured from, not what is counted.
_PLACE_WORDS = frozenset("from to into onto at on in by behind away above below beneath near off beyond under "
                         "over across along past toward towards inside outside around through up down".split())


def _first_fitting(entries, text: str, pos: int) -> str | None:
    """The meaning of the first (meaning, context words) entry whose words occur in the sentence around ``pos``:
    how every context-gated alias and prefix in the rules is settled."""
    return next((meaning for meaning, words in entries if Reader.in_context(words, text, pos)), None)


@lru_cache(maxsize=64)
def _context_pattern(words: tuple[str, ...]) -> LazyPattern:
    """A case-blind pattern for an alias's context words (from the ``context`` key in rules/units.toml)."""
    alt = "|".join((r"\b" if w[:1].isalnum() else "") + re.escape(w) for w in sorted(words, key=len, reverse=True))
    return LazyPattern(rf"(?i:{alt})")  # most context words are never looked for


#: The characters beyond ASCII that Python's case-blind regex matching takes for ASCII letters (dotted and dotless
#: i, long s, Kelvin sign).
_ASCII_FOLDS = frozenset("\u0130\u0131\u017f\u212a")


def _last_chars(phrases, case_blind: bool) -> frozenset[str] | None:
    """The characters ``phrases`` can end with as a regex matches them (in either case, with the characters that
    case-blind matching folds into ASCII letters, when ``case_blind``); None (no test) when one ends in white space
    or, case-blind, in a letter with case beyond ASCII, whose case-blind matches are not worked out here."""
    out = set(_ASCII_FOLDS) if case_blind else set()
    for p in phrases:
        c = p[-1]
        if c.isspace() or (case_blind and not c.isascii() and c.lower() != c.upper()):
            return None
        out.update((c, c.lower(), c.upper()) if case_blind else (c,))
    return frozenset(out)


class TailTest:
    """A cheap necessary condition for a backward pattern that ends with one of ``phrases`` (past white space) where
    a number starts: the last two characters before the number, past white space, must end one of the phrases
    (a phrase of one character: the last one must be it). Far fewer texts pass than the last-character test.

    Case-blind (``case_blind``), it compares ASCII in small letters and lets any text beyond ASCII through (case-blind
    matching folds some of those characters into ASCII letters). :func:`tail_test` gives None when it cannot be
    built: a phrase ends in white space or, case-blind, in a character that folds into an ASCII letter.
    """

    __slots__ = ("singles", "pairs", "fold")

    def __init__(self, phrases, case_blind: bool) -> None:
        low = (lambda x: x.lower()) if case_blind else (lambda x: x)
        self.singles = frozenset(low(p) for p in phrases if len(p) == 1)
        self.pairs = frozenset(low(p[-2:]) for p in phrases if len(p) > 1)
        self.fold = case_blind

    def allows(self, stripped: str) -> bool:
        """Whether the pattern may match before a number, given the text before it with its end white space
        stripped (as ``str.rstrip`` strips the white space ``\\s`` matches)."""
        two = stripped[-2:]
        if self.fold:
            if not two.isascii():
                return True
            two = two.lower()
        return two in self.pairs or two[-1:] in self.singles


def tail_test(phrases, case_blind: bool) -> TailTest | None:
    """A :class:`TailTest` for ``phrases``, or None when none can be built."""
    phrases = [p for p in phrases if p]
    for p in phrases:
        if p[-1].isspace() or case_blind and any(c in _ASCII_FOLDS for c in p[-2:]):
            return None
    return TailTest(phrases, case_blind)


def _first_chars(phrases, case_blind: bool) -> frozenset[str] | None:
    """The characters ``phrases`` can begin with as a regex matches them: :func:`_last_chars` from the other end."""
    return _last_chars([p[::-1] for p in phrases], case_blind)


def _opens(text: str, pos: int, firsts: frozenset[str]) -> bool:
    """Whether ``text`` at ``pos`` shows one of ``firsts``, at once or past one white-space character: a cheap
    necessary condition for a pattern that opens with ``\\s?`` and then one of those characters."""
    c = text[pos:pos + 1]
    return c in firsts or c.isspace() and text[pos + 1:pos + 2] in firsts


def _prefix_variants(alias: str) -> list[str]:
    """How a currency prefix may be written: "HK$" also as "HK $", "hk$", "hk $"; "USD" also as "usd".

    One-letter prefixes ("A$", "C$") keep their one form: "a $5 fee" is English, not Australian dollars.
    """
    letters = len(alias.rstrip("$").rstrip())
    if not alias[:1].isalpha() or letters < 2 or not alias.rstrip("$").isalpha():
        return [alias]
    out = [alias, alias.lower()]
    if alias.endswith("$") and not alias.endswith(" $"):
        out += [alias[:-1] + " $", alias.lower()[:-1] + " $"]
    return out


def reader_for(rules: Rules | None = None) -> Reader:
    """The reader for ``rules`` (the shipped rules when None), built once per rules object."""
    if rules is None:
        rules = load_rules()  # cached by rules.py, so the same object (and reader) every call
    return _reader(rules)


@lru_cache(maxsize=8)
def _reader(rules: Rules) -> Reader:  # Rules hash by identity, so this lookup is cheap
    return Reader(rules)


_ORDINAL = re.compile(r"(?:st|nd|rd|th)\b", re.I)
_GLUED_AFTER = re.compile(r"[^\W\d_]+")
#: The identifier a "+" joins a number to: "J1149.5" in "J1149.5+6663" (letters, then digits).
_IDENT_BEFORE_PLUS = re.compile(r"(?<![\w.])[A-Za-z]+\d[\d.]*$")
#: The name a dash joins a number to: "K220" in "K220-900" (letters, then the digits ``d``).
_IDENT_BEFORE_DASH = re.compile(r"(?<![\w.])[A-Za-z]+(?P<d>\d+)$")
#: A negative power glued to a unit symbol: "4e14 s-1", "3 m s^-2", "9.8 m⁻²" (the unit is inverted).
_INVERSE_POWER = re.compile(r"(?:\^\s?)?(?:[-−](?P<p>[123])|⁻(?P<q>[¹²³]))(?![\w.,]\d|\w)")
#: Longest alias read as a unit symbol that a power can follow ("s", "km"; "seconds-1" is no power).
SYMBOL_UNIT_MAX = 3
_DECADE = re.compile(r"'?s\b")
_TIME_AFTER = re.compile(r"\s?(?:[ap]\.?m\.?\b|[:.]\d{2}\s?[ap]\.?m\.?\b|:\d{2}\b|\s?(?:GMT|UTC|BST|EST|CET)\b)", re.I)
_MONTH_BEFORE = TailPattern(rf"(?:\s+eht)?\s+(?:\.\s?)?(?:{phrase_alternation(reverse_phrases(_MONTHS))})\b", re.I)
_MONTH_AFTER = re.compile(rf"(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH_ALT})\b", re.I)
#: A first day and a second before a month: "the mornings of 9 and 10 March", "on 3-5 May", "14th or 15th June".
_DAYS_THEN_MONTH = re.compile(rf"(?:st|nd|rd|th)?\s*(?:and|or|to|&|-|–)\s*(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
                              rf"\s+(?:of\s+)?(?:{_MONTH_ALT})\b", re.I)
_REF_WORDS = ("page pages p pp no nos number section sec chapter ch article art figure fig table tab footnote note "
              "version ver v rule item vol volume paragraph para clause route level step phase grade stage episode "
              "season tier room flight platform category channel gate seat row size model exit junction").split()
_REF_BEFORE = TailPattern(rf"\s*\.?(?:{phrase_alternation(reverse_phrases(_REF_WORDS))})\b|\s?#|\s?№|\[", re.I)
#: A number named as a code by the words after it: "the 90210 ZIP code", "a 404 error code", "the 020 area code".
#: Digits a code has at least ("5 security code courses" counts courses; area codes have three digits).
CODE_MIN_DIGITS = 3
_CODE_AFTER = re.compile(r"\s+(?:(?:zip|postal|post|area|dialling|dialing|country|error|status|sort|tax|product|"
                         r"promo|discount|access|security|pin)\s+code|postcode|zip)\b", re.I)
_VERSION_OR_DATE_AFTER = re.compile(r"\.\d|[-/]\d{1,2}[-/]\d")
_VERSION_TAIL = re.compile(r"[\d./-]+")
#: After a day, the rest of a date Central European papers write with spaces: "16. 6. 2026" (day. month. year).
_SPACED_DATE_AFTER = re.compile(r"\.[ \u00a0](?:0?[1-9]|1[0-2])\.[ \u00a0](?:19|20)\d\d\b")
#: The characters a time can start with after a number (past white space): "am", ":30", ".15pm", "GMT".
_TIME_FIRST = frozenset("aApP:.gGuUbBeEcC")
#: Where "fold", "x", "×" or "times" can start after a number: a cheap test before the full patterns.
_MULTIPLE_HEAD = re.compile(r"[-\s]?[ftx×]", re.I)
#: Scale words at least this large can follow another scale word and multiply it ("lakh crore" = 1e12), and
#: can take a fraction after "and" ("3 million and a half").
STACKED_SCALE_MIN = 1e3
_SCALE_AND_FRACTION = re.compile(
    r"\s+and\s+(?P<f>(?:an?|one|two|three|four|five|six|seven|eight|nine)[\s-]+"
    r"(?:half|halves|thirds?|quarters?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?))(?![\w-])(?!\s+of\b)", re.I)
_SCALE_WORD_VALUES = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}
_DIGIT_CHARS = tuple("0123456789")
#: How many characters before a figure are searched for a sign word ("rose by", "fell some").
SIGN_WORD_CHARS = 25
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+")
_A_AN = re.compile(r"an?\b", re.I)
#: "an hour and a half": the half is of the unit before; "4,200 hectares and a fifth of the trees" is a share.
_AND_BEFORE = re.compile(r"\band\s+$")
_OF_NEXT = re.compile(r"\s+of\b")
#: What may follow a change's fraction word: "fell by a quarter in a year" (not "by a third party").
_CLAUSE_NEXT = re.compile(r"\s+(?:in|since|from|over|between|during|after|this|last|and|or|but|as|compared|"
                          r"while|when|to|on)\b|\s*(?:[.,;:!?)\"”]|$)", re.I)


def by_before(text: str, start: int) -> bool:
    """Whether "by" stands right before ``start`` (a hedge belongs to the figure): the figure there is the size of a
    change ("fell by a quarter", "cut by about a third")."""
    return _BY_BEFORE.search(text, max(0, start - 4), start) is not None


def _change_by_fraction(text: str, start: int, end: int) -> bool:
    """Whether the fraction word at ``start``-``end`` is the size of a change ("dropped by a quarter over the year",
    "would add a tenth to the grid")."""
    return by_before(text, start) and _CLAUSE_NEXT.match(text, end) is not None or added_share(text, start, end)


#: A verb that changes an amount by a share, right before a fraction: "would add almost a tenth to", "cut a fifth off".
_SHARE_VERB_BEFORE = re.compile(r"\b(?:add|adds|added|adding|cut|cuts|cutting|shave|shaves|shaved|knock|knocks|"
                                r"knocked|wipe|wipes|wiped)\s+$")
#: What the amount changed by that share is introduced by ("to the grid", "off the bill", "from its costs"), or the
#: clause's end when the amount was named before ("demand topped 900 MW, so the station would add a tenth.").
_SHARE_VERB_OBJECT_AFTER = re.compile(r"\s+(?:to|off|from)\b|\s*(?:[.;!?]|,\s|$)")


def added_share(text: str, start: int, end: int) -> bool:
    """Whether the fraction at ``start``-``end`` is the share a verb adds or takes away: "add a tenth to the grid",
    "cut a fifth off bills" (a change in percent, as "by a quarter" is)."""
    return (_SHARE_VERB_BEFORE.search(text, max(0, start - 12), start) is not None
            and _SHARE_VERB_OBJECT_AFTER.match(text, end) is not None)
_POINTS = re.compile(r"\s?percentage points?", re.I)
_PLUS_WORD = re.compile(r"\s?plus\s+\w")
#: A name right before a number, not at the start of a sentence: "Tarnex 11", "the eVolt 12", "ABC/XYZ 200".
_CAPITALISED_BEFORE = re.compile(r"(?<=[a-z0-9,;:] )([A-Z][A-Za-z]+|[a-z]+[A-Z][A-Za-z]*|[A-Z][A-Z&/.]*[&/][A-Z][A-Za-z]*) $")
_LIST_GAP = re.compile(r"-?\s*(?:,|and|or|,\s*and|,\s*or)\s*")  # "-?": "a 7- or 8-inch screen"
_SCALE_END = re.compile(r"\b(?:thousand|million|billion|trillion|bn|mn|m)$", re.I)
_PM_LOWER = re.compile(r"\s?[ap]m\b")
_AM_PM = re.compile(r"\s?[ap]\.?m\.?\b", re.I)
#: An hour as a clock writes it before "am"/"pm": "2", "2.15", "11.30"; "2.1 pm" or "2.123 am" is no time (a
#: picometre or attometre where the rules gate those letters in).
_CLOCK_HOUR = re.compile(r"\d{1,2}(?:\.[0-5]\d)?")
_PHONE = re.compile(r"\+?\(?\d{2,4}\)?[\s.-]\d{3,4}[\s.-]\d{3,4}|1([\s.-])\d{3}\1\d{3}\1\d{4}\b")  # "1-800-555-0199"
#: A number to dial: "dial 999", "dialled 112" (the verb names it a phone number, however short).
_DIAL_BEFORE = re.compile(r"(?<!the )(?<!a )\bdial(?:l?ed|l?ing|s)?\s+$", re.I)
#: Digits a number after "dial" has at least ("turn the dial 90°" is an angle; emergency numbers have three).
DIAL_MIN_DIGITS = 3
#: The numbered parts after an identifier: "K220-900", "XT-7-2".
_IDENT_DASH_TAIL = re.compile(r"(?:-\d+[A-Za-z]*)+\b")
#: An international number: "+" and a country code, then at least two more groups ("+1-222-555-0100").
_PHONE_INTL = re.compile(r"\d{1,3}(?:[\s.-]\(?\d{1,4}\)?){2,}(?![\d])")
#: Digits an international phone number has at least (shorter runs after "+" are signed figures: "+2-3 %").
PHONE_MIN_DIGITS = 7
_MULTIPLE_AFTER = re.compile(r"(?:-|\s)?(?:fold\b|x\b|×|times\b(?!\s+(?:a|per|each|every)\b))", re.I)
#: After "N times", the end of its clause or a word of when or where: the times something happened ("pipes failed
#: 146 times during the season", "burst more than 300 times."), not a multiple ("three times the size").
_EVENTS_AFTER = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:in|during|since|between|last|this|so\s+far|before|after|on|at|"
                           r"across|within|over\s+the\s+(?:past|last))\b", re.I)
#: "three times a week", "twice per day" (with "per", "a", "each" or "every"): a frequency, not a multiple.
_FREQUENCY_UNITS = {"second": "second", "minute": "minute", "hour": "hour", "day": "day", "night": "day",
                    "week": "week", "fortnight": "fortnight", "month": "month", "year": "year", "decade": "decade"}
_FREQUENCY_AFTER = re.compile(rf"\s?times\s+(?:a|an|per|each|every)\s+(?P<u>{phrase_alternation(_FREQUENCY_UNITS)})\b",
                              re.I)
_MULTIPLE_WORD = re.compile(r"\b(?P<w>one|two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|thousand)fold\b", re.I)
_SIGN_WORDS = {"rose": "up", "rises": "up", "rise": "up", "risen": "up", "increased": "up", "increase": "up",
               "grew": "up", "gained": "up", "climbed": "up", "jumped": "up", "up": "up", "fell": "down",
               "falls": "down", "fall": "down", "dropped": "down", "declined": "down", "decreased": "down",
               "down": "down", "slid": "down", "lost": "down", "shrank": "down", "cut": "down"}
#: Words that may stand between a change verb and its number ("fell only 2.4 percent", "rose by about 4 %").
_SIGN_HEDGES = ("about", "around", "some", "only", "just", "barely", "nearly", "almost", "roughly")
_SIGN_BEFORE = TailPattern(rf"(?:\s+(?:{'|'.join(h[::-1] for h in _SIGN_HEDGES)}))?\s+(?:yb\s+)?(?P<w>{phrase_alternation(reverse_phrases(_SIGN_WORDS))})\b", re.I)
#: "makes up 21 %", "took up 30 % of the floor": a verb whose "up" is part of it, not a rise.
_PHRASAL_UP = re.compile(r"\b(?:make|makes|made|making|take|takes|took|taken|taking|use|uses|used|using|eat|eats|"
                         r"ate|eaten|eating|snap|snaps|snapped|snapping|buy|buys|bought|buying)\s+up\s+"
                         rf"(?:by\s+)?(?:(?:{'|'.join(_SIGN_HEDGES)})\s+)?$", re.I)
#: How far before a number :data:`_PHRASAL_UP` is looked for.
PHRASAL_UP_CHARS = 32
#: "minus 5", "from about 10 to 12", "between $5 and $6": words right before a number (matched backwards)
_MINUS_WORDS = ("minus", "negative")
_MINUS_BEFORE = TailPattern(rf"\s+(?:{'|'.join(reverse_phrases(_MINUS_WORDS))})\b", re.I)
#: The word joined to a number by a hyphen: a change ("up-5"), a minus ("minus-5") or a bound from the qualifier
#: rules ("sub-7 nm") reads with the number; any other word makes the number part of a name ("XR-19").
_WORD_BEFORE_HYPHEN = re.compile(r"\b([A-Za-z]+)-$")
_FROM_BEFORE = TailPattern(r"[$€£¥]?(?:\s+(?:tuoba|dnuora|emos))?\s+morf\b", re.I)
#: A year's preposition right before a number: "in 2022 to 42,200" is a year, then a level.
_YEAR_PREP_BEFORE = re.compile(r"\b(?:in|since|during|for)\s+$", re.I)
#: "by" right before a number (a hedge may stand between): the size of a change.
_BY_BEFORE = re.compile(r"\bby\s+(?:(?:about|around|some|roughly|nearly|almost|just|over|more\s+than)\s+)?$", re.I)
_BETWEEN_BEFORE = TailPattern(r"[$€£¥]?(?:\s+(?:tuoba|dnuora|emos))?\s+neewteb\b", re.I)
_FROM_BEFORE_BARE = TailPattern(r"(?:\s+(?:tuoba|dnuora|emos))?\s+morf\b", re.I)
_BETWEEN_BEFORE_BARE = TailPattern(r"(?:\s+(?:tuoba|dnuora|emos))?\s+neewteb\b", re.I)
#: Wholes a proportion written in digits with "of" is out of ("9 of 10", "45 of 100"); "3 of 7" counts two things.
PROPORTION_BASES = (10, 100, 1000)
_PROPORTION = re.compile(r"\s+(?:out\s+of|of|in)\s+(?:every\s+)?(?P<d>\d+|(?i:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|a hundred|a thousand))\b(?!\s*(?:%|per\s?cent|percent))")
#: The Spanish and Portuguese "of" between a scale word and its unit: "2 millones de toneladas".
_SPANISH_OF = re.compile(r"[ \u00a0]+de[ \u00a0]+")
_OF_THING = re.compile(r"\s+of\s+(?:[A-Za-z-]+\s+){0,2}?[A-Za-z-]+(?=\s)")
_NOUN_AFTER = re.compile(r"\s+(?P<n>[a-z][a-z-]{2,})")
_COUNT_STOP = frozenset("of and or to in on at by for the a an is are was were per from with than as that "
                        "this these those it its into over under "
                        # a pronoun opens the clause that follows ("not the 180 they promise"), it is nothing counted
                        "they we he she you who which "
                        # nor is a verb that follows the number as its subject ("a total of 9,000 is wrong")
                        "has had have will would could can should may might must did does do be been not".split())

# Cheap tests run before a pattern, each a necessary condition of its pattern (so it never turns a match away):
# most numbers fail them, and a character look-up costs far less than a match attempt.
#: The last character before a number (past white space) that :data:`_REF_BEFORE` can match at: the end of a
#: label word, its abbreviating point, "#", "№" or "[".
_REF_LASTS = _last_chars(_REF_WORDS, case_blind=True) | {".", "#", "№", "["}
#: The same for :data:`_MONTH_BEFORE`: the end of a month's name, its abbreviating point, or "the".
_MONTH_LASTS = _last_chars([*_MONTHS, "the"], case_blind=True) | {"."}
#: The same for :data:`_AGE_VERB_BEFORE`: the end of its verb ("is", "was", "turned", "turns", "be").
_AGE_VERB_LASTS = _last_chars(("is", "was", "turned", "turns", "be"), case_blind=True)
#: The same for :data:`_SIGN_BEFORE`: the end of a sign word, of "by", or of the hedge between (:data:`_SIGN_HEDGES`).
_SIGN_LASTS = _last_chars([*_SIGN_WORDS, "by", *_SIGN_HEDGES], case_blind=True)
#: The last-two-characters tests (see :class:`TailTest`) before :data:`_SIGN_BEFORE` and :data:`_MINUS_BEFORE`.
_SIGN_TAIL = tail_test([*_SIGN_WORDS, "by", *_SIGN_HEDGES], case_blind=True)
_MINUS_TAIL = tail_test(_MINUS_WORDS, case_blind=True)
#: The first character past white space after a number that :data:`_ERA_AFTER` and :data:`_PROPORTION` can match at
#: (a proportion's white space may run past the look-ahead window, so an empty window is tried too).
_ERA_FIRSTS = frozenset("ABC")
_PROPORTION_FIRSTS = frozenset("oi")
#: The first character after a number that :data:`_VERSION_OR_DATE_AFTER`, :data:`_ORDINAL` (as far as the reader
#: tries it) and :data:`_DECADE` can match at. Sets, not strings: the empty string (the text ends) is in every
#: string but in no set.
_VERSION_FIRSTS = frozenset(".-/")
#: What may join a number to the name or sign right before it ("J1149.5+6663", "K220-900", "fb−1").
_JOINS_BEFORE = frozenset("+-−")
_ORDINAL_FIRSTS = frozenset("sSnNrRtT")
_DECADE_FIRSTS = frozenset("'s")
#: The first characters past white space after a number that :data:`_DAYS_THEN_MONTH` can match at.
_DAYS_THEN_MONTH_FIRSTS = frozenset("sSnNrRtTaAoO&-–")
#: The fewest characters :data:`_PHONE` matches ("20 555 0100") and :data:`_MONTH_AFTER` matches (" May").
PHONE_MIN_CHARS = 10
MONTH_AFTER_MIN_CHARS = 4
#: The first character past white space after a number that :data:`_MONTH_AFTER` can match at: an ordinal's suffix
#: ("12th May"), "of" or a month's name (either case, with the characters case-blind matching folds into letters).
_MONTH_AFTER_FIRSTS = frozenset("sSnNrRtToO" + "".join(m[0] + m[0].upper() for m in _MONTHS)) | _ASCII_FOLDS
#: What the bracket, quote-mark and "in" patterns of a unit written without a word can open with, past an optional
#: white-space character (:data:`_BRACKET_OPEN`, :data:`_INCH_QUOTE`, :data:`_INCH_AT_END`, :data:`_FOOT_QUOTE`).
_UNIT_MARK_FIRSTS = frozenset("([{<\"i'’")
#: What they can show next when the first character is white space (only the foot's quote mark has no lead).
_UNIT_MARK_SECONDS = frozenset("([{<\"i")
#: What :data:`_AGED_BEFORE` and :data:`_AGED_LIST_BEFORE` hold, in small letters (no character beyond ASCII
#: matches one of its letters case-blind, so lower-casing finds every place they could match).
_AGED = "aged"


#: Digits joined by commas without spaces that are not thousands groups ("22,24,26"): a list of numbers.
_DIGIT_LIST = re.compile(r"\d+(?:,\d+){2,}(?!\d|[.,]\d)")
_DIGIT_ELEMENT = re.compile(r"\d+")


def _per_number_hinted(text: str, pos: int) -> bool:
    """Whether :data:`_PER_NUMBER_HINT` occurs in the look-ahead window after ``pos``; it needs "/" or "per", which
    two substring look-ups rule out faster than the search."""
    end = pos + LOOKAHEAD_CHARS
    return ((text.find("/", pos, end) >= 0 or text.find("per", pos, end) >= 0)
            and _PER_NUMBER_HINT.search(text, pos, end) is not None)


def _holds_any(text: str, pieces) -> bool:
    """Whether ``text`` holds one of ``pieces`` (a plain loop: faster than ``any()`` over a generator, and the
    figure reader asks this of every sentence)."""
    for piece in pieces:
        if piece in text:
            return True
    return False


def _list_parts(text: str, m: re.Match) -> list[re.Match]:
    """The numeral matches to read from ``m``: its own, or one per element of a comma list it opens.

    A run of at least three comma-joined digit groups that is not thousands grouping ("22,24,26,31") lists
    numbers; "1,300" stays one number, and two groups ("1,3") may be a decimal comma, so they are left alone.
    """
    if text[m.end():m.end() + 1] != "," or not m.group(0).isdigit():
        return [m]
    lm = _DIGIT_LIST.match(text, m.start())
    if lm is None or _THOUSANDS.fullmatch(lm.group(0)):
        return [m]
    return list(_DIGIT_ELEMENT.finditer(text, lm.start(), lm.end()))


_BY_START = attrgetter("start")
# attribute readers for the "does any figure ..." tests before the passes after the scan: ``x in map(...)`` stops
# at the first hit as ``any()`` does, without a generator frame per test
_KIND, _UNIT, _QUALIFIER, _KIND_UNIT = attrgetter("kind"), attrgetter("unit"), attrgetter("qualifier"), attrgetter("kind", "unit")
#: (kind, unit) of a bare count, the only figure :func:`_carry_units` gives a unit.
_BARE_COUNT = ("count", "dimensionless")
#: A bracketed abbreviation, with the white space before it ("tonnes (t)"): where :meth:`Reader.defined_units` looks.
_PAREN_ABBR = re.compile(r"\s*\([A-Za-z]{1,6}\)")
#: Endings that turn a time unit's word into an adjective ("year-round", "year-end", "month-on-month"): the number
#: before it counts the noun that follows, not years.
_COMPOUND_AFTER_UNIT = re.compile(r"-(?:round|end|on-year|over-year|on-month|to-date)\b")
#: The word right before a unit's name, for a scale word that an abbreviation's definition takes in.
_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")
#: pint prefixes for the scale words a defined abbreviation may take in ("million tonnes (MT)": megametric_ton).
SCALE_PREFIXES = {1e3: "kilo", 1e6: "mega", 1e9: "giga"}
#: A currency right after a scale word or letter: "146 M€", "2,5 Mio. €", "3 Mrd. euro" (a scale letter spaced
#: from its number counts only so).
_SIGN_AFTER_SCALE = re.compile(r"[ \u00a0]?(?:[€$£¥]|(?:euros?|EUR|USD|dollars?)\b)")
#: Where a unit's name may begin: a word character with no word character or hyphen before it.
_WORD_HEAD = re.compile(r"(?<![\w-])\w")
#: How far before a bracketed abbreviation its unit's name may begin (characters).
DEFINED_LOOKBACK_CHARS = 60


def _first_char(window: str) -> tuple[str]:
    """The one character a unit name begins with, for :attr:`Reader.re_defined_at`."""
    return (window[:1],)


def scan(text: str, rules: Rules | None = None) -> tuple[list[Figure], list[Skipped]]:
    """Every figure in ``text`` and every number that is not one, in text order. A text that writes decimals with a
    comma (:func:`_in_point_decimals`) is read as if written with points, and its figures quote it as written."""
    pointed = _in_point_decimals(text) if "," in text else None
    if pointed is None:
        return _scan(text, rules)
    figures, skipped = _scan(pointed, rules)
    return ([f if f.text != pointed[f.start:f.end] else _replaced(f, text=text[f.start:f.end]) for f in figures],
            [Skipped(text[k.start:k.end], k.start, k.end, k.reason) if k.text == pointed[k.start:k.end] else k
             for k in skipped])


#: A decimal comma: one to three digits, a comma and one or two digits ("3,1 million", "R6,8-billion", "US$1,15"),
#: never part of a longer run of digits and separators. English never writes a thousands comma so.
_COMMA_DECIMAL = re.compile(r"(?<![\d.,])\d{1,3},\d{1,2}(?![\d]|[.,]\d)")
#: A decimal point: digits, a point and one or two digits, not a date ("12.03.2026") nor a clock time ("16.30 hrs").
_POINT_DECIMAL = re.compile(r"(?<![\d.,])\d+\.\d{1,2}(?![\d]|[.,]\d|\s?(?:[ap]\.?m\b|h\b|hrs?\b|uhr\b|uur\b))", re.I)
#: An hour and minutes that end a line or a clause, as datelines give them ("Tarnow | 15.4.2026 at 16.05", "14.35
#: uur"): no decimal.
_CLOCK_AT_END = re.compile(r"(?<![\d.,])(?:[01]?\d|2[0-3])\.[0-5]\d[ \t]*(?:$|[)\],;\u00b7|]|(?i:uur|uhr)\b)", re.M)
#: The longest hour and minutes :data:`_CLOCK_AT_END` reads ("23.59").
CLOCK_MAX_CHARS = 5
#: A date in figures, day and month first or year first: "15.4.2026", "2026-03-10", "16/06/2026", "16. 6. 2026".
_NUMERIC_DATE = re.compile(r"\b\d{1,4}(?:[./-]|\.[ \u00a0])\d{1,2}(?:[./-]|\.[ \u00a0])\d{1,4}\b")
#: A date with its month in words, on a dateline before its hour: "Tarnow | 19 March 2026 | 17.05".
_WORD_DATE = re.compile(rf"(?i)\b(?:\d{{1,2}}\s+(?:{_MONTH_ALT})\.?|(?:{_MONTH_ALT})\.?\s+\d{{1,2}},?)\s+(?:19|20)\d\d\b")
#: A number with group or decimal separators, whole.
_SEPARATED_NUMBER = re.compile(r"(?<![\d.,])\d+(?:[.,]\d+)+(?![\d])")
_SWAP_SEPARATORS = str.maketrans(",.", ".,")


def _in_point_decimals(text: str) -> str | None:
    """``text`` with its numbers' separators written the English way, when it writes decimals with a comma and never
    with a point (South African, continental European and Latin American papers): "3,1 million" → "3.1 million",
    "162.000 tonnes" → "162,000 tonnes", "1.234,5" → "1,234.5". A comma before exactly three digits stays a
    thousands comma (it may be either; English is the safer reading). Same length, so every offset holds. None when
    the text gives no decimal comma, or also a decimal point (one text, one convention: a mixed one is left as is)."""
    if not _COMMA_DECIMAL.search(text):
        return None
    clocks = {m.start() for m in _CLOCK_AT_END.finditer(text)} if "." in text else set()
    if any(m.start() not in clocks for m in _POINT_DECIMAL.finditer(text)):
        return None

    def english(m: re.Match) -> str:
        num = m.group(0)
        if "," in num and "." in num:
            return num.translate(_SWAP_SEPARATORS) if num.rfind(",") > num.rfind(".") else num
        if "," in num:
            return num.replace(",", ".") if num.count(",") == 1 and len(num.rsplit(",", 1)[1]) != 3 else num
        return num.replace(".", ",") if all(len(g) == 3 for g in num.split(".")[1:]) else num

    out = _SEPARATED_NUMBER.sub(english, text)
    return out if out != text else None


def _scan(text: str, rules: Rules | None = None) -> tuple[list[Figure], list[Skipped]]:
    """:func:`scan` on a text whose numbers are written the English way."""
    reader = reader_for(rules)
    defined = reader.defined_units(text) if "(" in text else {}
    figures: list[Figure] = []
    skipped: list[Skipped] = []
    pos = 0
    urls = [(u.start(), u.end()) for u in _URL.finditer(text)] if ("/" in text or "@" in text or "www." in text) else []
    rev = text[::-1]
    low_text = text.lower()
    named = (list(reader.re_named.finditer(text))
             if reader.re_named is not None and _holds_any(low_text, reader.named) else [])
    for nm in named:
        value, unit = reader.named[nm.group(0).lower()]
        figures.append(_figure(value, value, value, unit, "exact", nm.group(0), nm.start(), nm.end(),
                               kind="count" if unit == "dimensionless" else "quantity"))
    for m in numerals(text):
        if m.start() < pos:
            continue
        if named and any(n.start() <= m.start() < n.end() for n in named):
            continue  # the number word of a named figure ("absolute zero") is read with its phrase
        if urls and any(a <= m.start() < b for a, b in urls):
            a, b = next((a, b) for a, b in urls if a <= m.start() < b)
            skipped.append(Skipped(text[a:b], a, b, "web or mail address"))
            urls = [u for u in urls if u != (a, b)]
            pos = b
            continue
        parts = _list_parts(text, m) if text[m.end():m.end() + 1] == "," else [m]
        while parts:
            item, pos = _read_at(text, parts.pop(0), reader, defined, rev)
            if not parts and pos < m.end():  # read less than matched ("three-nought-four"): read the rest too
                parts = list(numerals(text, pos, m.end()))[:1]
            if item is None:
                continue
            if isinstance(item, Skipped):
                skipped.append(item)
            else:
                figures.extend(item)
    if "fold" in low_text:
        figures += _word_multiples(text, figures, skipped)
    if _holds_any(low_text, _MULTIPLE_VERB_STEMS):
        figures += _verb_multiples(text, rev, figures, skipped, reader)
    if "half" in low_text:
        figures += _bare_halves(text, rev, figures, skipped, reader)
        if "and a half" in low_text and (one_half := _one_and_a_half(text, rev, figures, reader)):
            figures += one_half  # (its "a half" was set aside as the half of what came before: it is this figure's)
            skipped = [k for k in skipped if not any(h.start <= k.start < h.end for h in one_half)]
    if ("s of " in low_text or "s more" in low_text or _VAGUE_HINT.search(low_text)) and (
            not text.isascii() or _holds_any(low_text, _VAGUE_WORDS)):  # (case-blind matching beyond ASCII)
        figures += _vague_magnitudes(text, figures, skipped, reader)
    if _RANK_CLAUSE_END.search(text) or text.rstrip()[-2:].lower() in _RANK_SUFFIXES:
        figures += _ordinal_ranges(text, figures, skipped, reader)
    if figures or skipped or _DIGIT.search(text):  # with no digit there is no glued identifier ("G7") either
        skipped += _glued_identifiers(text, figures, skipped)
    if skipped and any(k.reason is _TALLY_REASON for k in skipped):
        figures = _score_runs(text, figures, skipped)
    figures.sort(key=_BY_START)
    skipped.sort(key=_BY_START)
    figures = _carry_units(text, figures)
    if ":" in text and "(" in text and _BARE_COUNT in map(_KIND_UNIT, figures):
        figures = _box_units(text, figures, rules)
    if len(figures) > 1 and "point" in low_text:
        figures = _percentage_points(text, figures)
    if len(figures) > 1:
        figures = _carry_rates(text, figures)
    if (" of " in text or "by the " in low_text) and "money" in map(_KIND, figures):
        figures = _units_named_before(text, figures, reader)
    if ('"' in text or "“" in text) and _BARE_COUNT in map(_KIND_UNIT, figures):
        figures = _quoted_echoes(text, figures)  # (after the rates: an echo takes its amount's rate too)
    if len(figures) > 1 and "(" in text:
        figures = _arc_conversions(text, figures)
    if len(figures) > 1:
        figures = _money_compounds(text, _measure_compounds(text, _bound_pairs(text, figures)), reader)
    if len(figures) > 1 and "money" in map(_KIND, figures) and reader.shared_names:
        figures = _one_reading_per_text(figures, reader)
    return figures, skipped


def _one_reading_per_text(figures: list[Figure], reader: Reader) -> list[Figure]:
    """A word that names a unit and a currency ("pounds") means one of them throughout a text: a text that writes
    "7.2 million pounds of uranium", "lb" or "$3.40 a pound" and never "£", "GBP" or "sterling" weighs its "5.4
    million pounds it turned out in 2024" too, though a scale word or a money word in that sentence reads it as
    sterling alone."""
    shared = reader.shared_names
    out = figures
    for currency, unit in set(shared.values()):
        def bare_name(f: Figure) -> bool:  # the figure's unit is only the shared word ("96 million pounds")
            words = f.text.rsplit(None, 1)
            return (len(words) == 2 and words[1].lower() in shared and shared[words[1].lower()] == (currency, unit)
                    and f.unit in (currency, unit))  # ("£3.40 a pound" is a price, not a bare name)
        # (a price per pound, "$3.40 a pound", weighs too)
        weighed = any((f.unit == unit or f.unit.endswith(" / " + unit)) and not bare_name(f) for f in out)
        if not weighed or any((f.unit == currency or f.unit.startswith(currency + " / ")) and not bare_name(f)
                              for f in out):
            continue  # the text never settles it, or it also writes the currency plainly
        out = [_replaced(f, unit=unit, kind="quantity") if f.unit == currency and bare_name(f) else f for f in out]
    return out


_TALLY_REASON = "score or tally (a pair that does not rise)"
#: What joins the scores of one match: "6-7 (4-7), 7-6": spaces, commas and brackets.
_SCORE_GAP = re.compile(r"[\s,;()\[\]]*")
_DASHED_PAIR = re.compile(r"\d{1,3}[-–]\d{1,3}")


def _score_runs(text: str, figures: list[Figure], skipped: list[Skipped]) -> list[Figure]:
    """A rising dashed pair next to a score is a score too: the first set and tie-break of "won 6-7 (4-7), 7-6
    (8-6), 6-4" are read as ranges on their own, but their neighbour 7-6 cannot be one."""
    scores = [k for k in skipped if k.reason is _TALLY_REASON]
    out = list(figures)
    grown = True
    while grown:
        grown = False
        for f in out:
            if f.kind == "count" and f.qualifier == "range" and _DASHED_PAIR.fullmatch(f.text) and any(
                    (k.start >= f.end and _SCORE_GAP.fullmatch(text, f.end, k.start))
                    or (f.start >= k.end and _SCORE_GAP.fullmatch(text, k.end, f.start)) for k in scores):
                k = Skipped(f.text, f.start, f.end, _TALLY_REASON)
                scores.append(k)
                skipped.append(k)
                out.remove(f)
                grown = True
                break
    return out


#: "per 100" or "/1,000" within reach after a figure: a cheap test before :data:`_PER_NUMBER`.
_PER_NUMBER_HINT = re.compile(r"(?:\bper|/)\s?1[0,]")
#: A rate per a power of ten of a unit, right after a figure: " per 100 ", "/1,000 ".
_PER_NUMBER = re.compile(r"\s?(?:per|/)\s?(?P<n>10|100|1,?000)\s?(?=[^\W\d_])")
#: SI prefixes by power of ten, and the metric units they are written on, for folding "per 100 ml" into
#: "per decilitre" (or "4.5 litres per 100 km" into 4.5 centilitres per kilometre: the same rate, the value as written).
_SI_PREFIXES = {-12: "pico", -9: "nano", -6: "micro", -3: "milli", -2: "centi", -1: "deci", 0: "", 1: "deca",
                2: "hecto", 3: "kilo", 6: "mega", 9: "giga", 12: "tera"}
_SI_POWERS = {v: k for k, v in _SI_PREFIXES.items() if v}
_METRIC_BASES = ("gram", "meter", "liter")


def _si_split(unit: str) -> tuple[int, str] | None:
    """(power of ten, metric base) of a plain metric unit name ("milliliter" → (-3, "liter")), else None."""
    for base in _METRIC_BASES:
        if unit.endswith(base) and (head := unit[:-len(base)]) in _SI_POWERS or unit == base:
            return (_SI_POWERS[head] if unit != base else 0), base
    return None


def _fold_per_number(unit: str, denom: str, power: int, money: bool) -> str | None:
    """``unit`` per 10**``power`` ``denom`` as one pint unit string with the number folded into an SI prefix of the
    denominator ("milligram / deciliter") or, failing that, of the numerator ("centiliter / kilometer"); None when
    neither is a metric unit whose prefix can take it (the number is then read as a figure of its own)."""
    d = _si_split(denom)
    if d is not None and (p := d[0] + power) in _SI_PREFIXES:
        return f"{unit} / {_SI_PREFIXES[p]}{d[1]}"
    n = None if money else _si_split(unit)
    if n is not None and (p := n[0] - power) in _SI_PREFIXES:
        return f"{_SI_PREFIXES[p]}{n[1]} / {denom}"
    return None


#: Quote marks a number may carry as a unit: the foot or minute of arc, the inch or second of arc.
_SINGLE_QUOTES, _DOUBLE_QUOTES = ("'", "’", "′"), ('"', "”", "″")
#: How far two readings of a bracketed conversion may differ, relative to the larger, and still agree.
CONVERSION_AGREEMENT = 0.02
_CONVERSION_GAP = re.compile(r"\s*[(\[]\s*")


def _arc_conversions(text: str, figures: list[Figure]) -> list[Figure]:
    """Quote-mark units settled by the conversion bracketed after them: "2½' (150\")" holds for minutes and seconds
    of arc (sixty to one), not for feet and inches (twelve to one), so it is an angle, as on a sky survey's image."""
    out = list(figures)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if not (a.text.endswith(_SINGLE_QUOTES) and b.text.endswith(_DOUBLE_QUOTES)
                and _CONVERSION_GAP.fullmatch(text, a.end, b.start)):
            continue
        arc = a.value * 60
        if abs(arc - b.value) <= CONVERSION_AGREEMENT * max(arc, b.value) and b.value != a.value * 12:
            out[i] = _replaced(a, unit="arcminute")
            out[i + 1] = _replaced(b, unit="arcsecond")
    return out


#: A larger unit followed by a smaller one makes one measure ("5 ft 2 in", "7 lb 4 oz"): (larger, smaller) → how
#: many of the smaller make one of the larger. Durations ("21 years and 6 months") stay separate figures, as
#: news readers and the peer test sets count them.
COMPOUND_UNITS = {("foot", "inch"): 12, ("yard", "foot"): 3, ("pound", "ounce"): 16, ("meter", "centimeter"): 100}
_COMPOUND_LARGER = frozenset(large for large, _ in COMPOUND_UNITS)
_MEASURE_GAP = re.compile(r"\s*,?\s*(?:and\s+)?")
#: "5 ft 2 in": a bare "in" after the second number is the inch when no article or name follows it.
_INCH_DIMENSION = re.compile(r"\s?in\.?(?=\s+(?:thick|long|wide|tall|high|deep|across|in\s+diameter)\b)")
#: '10" long', 'a 9" plate', '8" ': a double quote after a number that cannot open a quotation (a space, a
#: punctuation mark or the end follows it) and does not close one (an even number of quotes before it in its
#: paragraph: a quotation running over paragraphs reopens each one without closing the last).
_INCH_QUOTE = re.compile(r' ?"(?=[\s,.;:!?)]|$)')
#: A single quote mark glued to a number is the foot ("an altitude of 30'", "5'10\"") unless it closes a quotation
#: opened earlier on the line (see :data:`_QUOTE_OPENS`).
_FOOT_QUOTE = re.compile(r"['’](?=[\s,.;:!?)]|$|\d+(?:\.\d+)?\")")
#: A single quote mark that opens a quotation: at the start of a line or after a space, bracket or double quote.
_QUOTE_OPENS = re.compile(r"(?:^|[\s(\[“\"])['‘](?=\w)")
_INCH_AT_END = re.compile(r"\s?in(?=\.?\s*$|\.\s+[A-Z]|[,;:!?)])")
_BRACKET_OPEN = re.compile(r" ?[(\[{<]")
_BRACKET_CLOSE = {"(": ")", "[": "]", "{": "}", "<": ">"}
_INCH_AFTER = re.compile(r"\s?in\b\.?(?!\s+(?:the|a|an|his|her|its|their|this|that|our|my|your|[A-Z0-9]))")


def _join_adjacent(figures: list[Figure], join) -> list[Figure]:
    """Walk the figures in order and replace each neighbouring pair that ``join(f, g)`` merges (it returns
    the merged figure, or None to keep both) by the merged one."""
    out: list[Figure] = []
    i = 0
    while i < len(figures):
        f = figures[i]
        merged = join(f, figures[i + 1]) if i + 1 < len(figures) else None
        if merged is not None:
            out.append(merged)
            i += 2
        else:
            out.append(f)
            i += 1
    return out


def _measure_compounds(text: str, figures: list[Figure]) -> list[Figure]:
    """ "5 feet 2 inches", "5 ft 2 in", "2 hours and 30 minutes" → one figure in the larger unit."""
    if _COMPOUND_LARGER.isdisjoint(map(_UNIT, figures)):
        return figures  # nothing to join: each pair opens with a larger unit

    def join(f: Figure, g: Figure) -> Figure | None:
        if f.qualifier != "exact" or g.qualifier != "exact" or g.value < 0:
            return None
        gm = _MEASURE_GAP.match(text, f.end)
        small_unit, end = g.unit, g.end
        if f.unit == "foot" and g.kind == "count" and not g.noun:
            im = _INCH_AFTER.match(text, g.end)
            if im:
                small_unit, end = "inch", g.end + len(im.group(0).rstrip())
        per = COMPOUND_UNITS.get((f.unit, small_unit))
        if not (per and gm and gm.end() == g.start and g.value < per):
            return None
        v = f.value + g.value / per
        return _replaced(f, value=v, low=v, high=v, text=text[f.start:end], end=end, step=min(f.step, g.step / per))

    return _join_adjacent(figures, join)


_COMPOUND_GAP = re.compile(r"\s+(?:and\s+)?$", re.I)


def _money_compounds(text: str, figures: list[Figure], r: Reader) -> list[Figure]:
    """"3 dollars 50 cents", "thirteen dollars and forty-five cents", "15 dollars 50." → one amount."""
    if "money" not in map(_KIND, figures):
        return figures  # nothing to join: each pair opens with an amount of money

    def join(f: Figure, g: Figure) -> Figure | None:
        if (f.kind == "money" and f.unit not in r.subunits and f.qualifier == "exact"
                and f.text[-1:].isalpha() and _COMPOUND_GAP.match(text[f.end:g.start]) and 0 < g.value < 100
                and g.qualifier == "exact"
                and (g.unit in r.subunits or (g.kind == "count" and re.match(r"\s*(?:[.!?;]|$)", text[g.end:g.end + 2])))):
            v = f.value + g.value / 100
            return _replaced(f, value=v, low=v, high=v, text=text[f.start:g.end], end=g.end, step=0.01)
        return None

    return _join_adjacent(figures, join)


_PAIR_GAP = re.compile(r"\s*(?:,\s*(?:(?:and|but|yet)\s*)?|(?:and|but|yet)\s*)$", re.I)


def _bound_before(r: Reader, text: str, rev: str, start: int) -> bool:
    """Whether a bound ("more than", "below") stands right before ``start``: "above a quarter" is a fraction."""
    qm = r.re_qual.search_at(text, rev, start, LOOKBACK_CHARS)
    return qm is not None and r.qual.get(qm.group("q").lower()) in ("at_least", "at_most")


def _bound_pairs(text: str, figures: list[Figure]) -> list[Figure]:
    """"more than 10 and less than 20 km" (or the bounds the other way round) states one range."""
    quals = set(map(_QUALIFIER, figures))
    if "at_least" not in quals or "at_most" not in quals:
        return figures  # nothing to join: each pair holds one bound of each side

    def join(f: Figure, g: Figure) -> Figure | None:
        if not ({f.qualifier, g.qualifier} == {"at_least", "at_most"}
                and (f.kind == g.kind or "dimensionless" in (f.unit, g.unit))
                and (f.unit == g.unit or "dimensionless" in (f.unit, g.unit)) and _PAIR_GAP.match(text[f.end:g.start])):
            return None
        lo_f, hi_f = (f, g) if f.qualifier == "at_least" else (g, f)
        if lo_f.low is None or hi_f.high is None or lo_f.low >= hi_f.high:
            return None
        unit = f.unit if f.unit != "dimensionless" else g.unit
        return _replaced(f, value=(lo_f.low + hi_f.high) / 2, low=lo_f.low, high=hi_f.high, unit=unit,
                       qualifier="range", text=text[f.start:g.end], end=g.end,
                       kind=g.kind if f.unit == "dimensionless" else f.kind, hedge="")

    return _join_adjacent(figures, join)


#: Words that make "from X to Y" a change (two figures, the earlier and the later value) rather than a range:
#: "output fell from 75 % to 45 %". Without one, "from 7 to 10" states a range.
_CHANGE_WORDS = ("rose rise rises risen rising fell fall falls fallen falling increase increased increases increasing "
                 "decrease decreased decreases decreasing grew grow grows grown growing climbed climb climbs jumped "
                 "jump jumps dropped drop drops declined decline declines cut cuts reduced reduce reduces raised raise "
                 "raises lowered lower lowers slashed slash boosted boost boosts lifted lift soared soar surged surge "
                 "plunged plunge tumbled slid sank sink shrank shrink expanded expand widened narrowed doubled tripled "
                 "halved up down improved worsened recovered rebounded slumped eased edged inched hiked trimmed went "
                 "moved changed change changes shifted revised upgraded downgraded swung switched turned").split()
#: How far before "from" a change word may stand (characters, within the clause).
CHANGE_WORD_CHARS = 60
_CHANGE_BEFORE_FROM = LazyPattern(rf"\b(?:{phrase_alternation(_CHANGE_WORDS)})\b[^.;:!?]*\bfrom\s+\S*$", re.I)
#: The second day of a range of dates after a month ("Oct. 18-22").
_DAY_RANGE = re.compile(r"\s?[-–]\s?(?:[1-9]|[12]\d|3[01])\b(?![.,]\d)")
#: Words that end a street name: "575 Elm Road", "16-18 Harbour Street" are addresses, not figures.
_STREET_WORDS = ("Street St Road Rd Avenue Ave Lane Ln Drive Dr Boulevard Blvd Way Place Pl Court Ct Square Sq "
                 "Terrace Crescent Highway Hwy Parkway Pkwy Close Row").split()
_STREET_ALT = "|".join(_STREET_WORDS)
#: What :data:`_ADDRESS_AFTER` can open with (a cheap test before it): a dash or a letter, else white space and
#: then a capital or a digit (no match is possible otherwise).
_ADDRESS_FIRST = frozenset("-–ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
_ADDRESS_WORD_FIRST = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_ADDRESS_AFTER = re.compile(rf"(?:[-–]\d+[A-Za-z]?)?[A-Za-z]?\s+(?:(?:[A-Z][A-Za-z'’-]*|\d+(?:st|nd|rd|th))\.?\s+){{1,3}}"
                            rf"(?:{_STREET_ALT})\b\.?|\s+(?:{_STREET_ALT})\b\.?(?=\s+[A-Z][a-z])")
#: "2018s best month": a year whose possessive lost its apostrophe ("ran for 2018s in all" stays seconds: a
#: function word after it).
_YEAR_POSSESSIVE = re.compile(r"s\s+(?!(?:in|of|and|or|to|for|per|a|an|the|on|at)\b)[a-z]")
#: Era markers: "1000 BC", "A.D. 1000 and 1260" are years.
_ERA_AFTER = re.compile(r"\s?(?:BCE|BC|B\.C\.E?\.?|AD|A\.D\.|CE)(?![\w])")
_ERA_BEFORE = re.compile(r"(?:\bA\.D\.|\bAD|\bCE)\s$")
_ERA_RANGE = re.compile(r"(?:\s*(?:-|–|to|and)\s*\d{1,4}\b)?")
#: An age after a name set off by commas: "Ann Smith, 34, said".
_NAME_COMMA_BEFORE = re.compile(r"(?:\b[A-Z][a-z]+|\b[Tt]he\s+(?!(?:year|quarter|month|week|day|period|season|"
                                r"decade|half|total|figure|number|rate|price|index)\b)[a-z]+),\s$")
#: "aged" before an age, a hedge or "between" may stand between ("aged over 65", "aged between 45 and 79").
_AGED_BEFORE = re.compile(r"\baged\s+(?:(?:between|over|under|about|around|from|at\s+least|up\s+to|less\s+than|"
                          r"more\s+than)\s+)?$", re.I)
#: A later member of a list of ages after "aged": "aged 19, 22 and 25". A member after a bare comma counts only if
#: the list goes on to "and" or "or" (see :data:`_AGED_LIST_AFTER`): "aged 65, 40 were women" is no list.
_AGED_LIST_BEFORE = re.compile(r"\baged\s+\d{1,3}(?:-\d{1,3})?(?:\s*,\s*\d{1,3}(?:-\d{1,3})?)*(?P<gap>\s*,\s*|,?\s+(?:and|or)\s+)$", re.I)
_AGED_LIST_AFTER = re.compile(r"(?:\s*,\s*\d{1,3}(?:-\d{1,3})?)*,?\s+(?:and|or)\s+\d")
#: A person's age stated by a verb ("a daughter who was 10.", "he will be 35 by then"); the number must end its
#: clause or come before when/by/and/but, so "he was 3 under par" or "she is 5 feet" are not ages.
_AGE_VERB_BEFORE = re.compile(r"\b(?:who|he|she)\s+(?:is|was|turned|turns|will\s+be|would\s+be|had\s+turned)\s+$", re.I)
_AGE_VERB_AFTER = re.compile(r"\s*(?:[.,;:!?)]|$|\s(?:when|by|at\s+the\s+time|and|but)\b)")
#: Units of a period: a number "in" one ("eight in 24 hours") is a count within it, not a proportion.
_PERIOD_UNITS = frozenset(("second", "minute", "hour", "day", "week", "month", "year"))
#: The denominators that may follow a rate as a second one ("5 W/m2 per year", "tonnes per hectare per year").
_TIME_DENOMINATORS = frozenset(("year", "day", "month", "week", "hour"))
#: "1/16 of a pint", "a tenth of a second": a fraction of one unit is a quantity in that unit.
_OF_A_UNIT = re.compile(r"\s+of\s+an?\s+(?:(?:[A-Z]{2}|imperial|metric|standard)\s+)?")
#: Oldest age read from "Name, 34," (older numbers there are something else).
AGE_MAX = 120
_CLAUSE_END = re.compile(r"[;:()]|[.!?](?:\s|$)|,\s")
#: "rose by X to Y": two figures (the change and the new level) when Y is more than this many times X; closer
#: numbers ("cut by 5 to 10 %") state a range of the change.
CHANGE_THEN_LEVEL_RATIO = 4
_BY_CHANGE_BEFORE = LazyPattern(rf"\b(?:{phrase_alternation(_CHANGE_WORDS)})\s+by\s+(?:[$€£¥]|[A-Z]{{1,3}}\$?)?\s?$", re.I)
#: What follows a vote written with "to" ("passed 68 to 32 after a debate"): the clause ends or goes on with a
#: function word, where a range would go on with its unit ("30 to 25 degrees").
_TALLY_TO_AFTER = re.compile(r"\s*(?:[.,;:!?)]|$)|\s+(?:after|in|on|with|against|at|and|but|when|to|for|as|over)\b")
#: A dash with a space before it and none after it ("50 -1.3") signs the next number; it joins no range.
_SIGNED_NOT_RANGE = re.compile(r"\s[-−]")
#: A describing word that may stand between a number and its unit ("517 rushing yards", "5 more kilometres").
_WORD_BEFORE_UNIT = re.compile(r" (?:more|extra|additional|fewer|further|previous|past|straight|consecutive|successive"
                               r"|[a-z]{3,}ing)(?= [a-z])")
#: The shortest unit spelling read past a describing word: spelled-out names ("yards"), not symbols ("m").
SPELLED_UNIT_MIN = 4
#: An amount in brackets right after an amount: the same sum in another currency ("C$6 (US$4.46)").
_CONVERSION_AFTER = re.compile(r" ?\([^()\d]{0,8}\d[^()]{0,24}\)")
#: The dashes that join the two ends of a range ("10-12", "10–12").
_DASHES = frozenset("-–—")
_PLUSMINUS = re.compile(r"\s?(?:±|\+/-|\+/−|\+-)\s?")
#: One of these stands in the first two characters wherever :data:`_PLUSMINUS` matches (a cheap test first).
_PLUSMINUS_SIGNS = ("±", "+")
_URL = re.compile(r"(?:\bhttps?://|\bwww\.)[^\s<>\"')\]]+|\b[\w.+-]+@[\w-]+\.[\w.-]+", re.I)
_DIGIT = re.compile(r"\d")
_IDENT = re.compile(r"(?<![\w.])[A-Za-z]+-?\d[\w-]*(?:\.\d+)?(?:[+−]\d+(?:\.\d+)?)?")
#: The first digit after a letter, maybe with a hyphen between ("G7", "COVID-19"): the seam of an identifier. The
#: scan opens with the digit, which text holds far fewer of than letters.
_IDENT_SEAM = re.compile(r"\d(?:(?<=[A-Za-z]\d)|(?<=[A-Za-z]-\d))")
#: The same for ASCII text, whose only digits are 0-9: a small ASCII class the engine tests faster than ``\d``.
_ASCII_IDENT_SEAM = re.compile(r"[0-9](?:(?<=[A-Za-z][0-9])|(?<=[A-Za-z]-[0-9]))")
#: An identifier's tail: "G7", "COVID-19", and a catalogue name's decimals and signed part ("J1149.5+6663").
_IDENT_TAIL = re.compile(r"\d[\w-]*(?:\.\d+)?(?:[+−]\d+(?:\.\d+)?)?")


def _taken(items, s: int, e: int) -> bool:
    return any(x.start < e and s < x.end for x in items)


def _identifiers(text: str):
    """The matches of :data:`_IDENT` as (start, end), found from the places where a letter meets a digit.

    Scanning for the letter-digit seam and walking back to the word's start gives the same spans as
    ``_IDENT.finditer`` without trying the pattern at every letter of the text.
    """
    end = 0
    for m in (_ASCII_IDENT_SEAM if text.isascii() else _IDENT_SEAM).finditer(text):
        q = m.start()  # the digit
        p = q - 1 if text[q - 1] != "-" else q - 2  # the letter
        if p < end:
            continue
        ws = p
        while ws > 0 and text[ws - 1].isascii() and text[ws - 1].isalpha():
            ws -= 1
        if ws < end or (ws > 0 and (text[ws - 1].isalnum() or text[ws - 1] in "._")):
            continue
        t = _IDENT_TAIL.match(text, q)
        end = t.end()
        yield ws, end


def _glued_identifiers(text: str, figures, skipped) -> list[Skipped]:
    """Numbers inside names such as "G7", "MP3" or "COVID-19": not figures, but counted as seen."""
    if (_ASCII_IDENT_SEAM if text.isascii() else _IDENT_SEAM).search(text) is None:
        return []  # no letter meets a digit: no identifier (one search costs less than setting up the walk)
    return [Skipped(text[a:b], a, b, "identifier (letters before the number)")
            for a, b in _identifiers(text) if not _taken(figures, a, b) and not _taken(skipped, a, b)]


#: Where a range of ranks can end: a word ending like an ordinal ("fifth", "21st", "second", "third") before a
#: clause mark. Found first, cheaply; the range patterns then run only in the text just before each.
_RANK_CLAUSE_END = re.compile(r"[.,;:!?)](?<=(?:th|st|nd|rd|TH|ST|ND|RD)[.,;:!?)])")
_RANK_SUFFIXES = ("th", "st", "nd", "rd")
_LAST_WORD = re.compile(r"\w+$")
#: How many characters before the clause mark a range of ranks may start ("between the one hundred and first and
#: the one hundred and fiftieth" is about 70).
RANK_RANGE_WINDOW = 160


def _ordinal_ranges(text: str, figures, skipped: list[Skipped], r: Reader) -> list[Figure]:
    """Ranks that bound a range: "between the tenth and the fifteenth", "higher than the 4th but lower than the
    9th". Only where the second rank ends its clause: "between the 10th and 12th centuries" names periods."""
    out = []
    ends = [m.start() for m in _RANK_CLAUSE_END.finditer(text)]
    if text.rstrip()[-2:].lower() in _RANK_SUFFIXES:
        ends.append(len(text.rstrip()))
    ends = [end for end in ends if (w := _LAST_WORD.search(text, max(0, end - 16), end)) is not None
            and ordinal_value(w.group(0)) is not None]  # "and," "north." end like a rank but are none
    found = (m for end in ends for rx in r.re_ordinal_ranges
             for m in rx.finditer(text, max(0, end - RANK_RANGE_WINDOW), end))
    for m in found:
        if _taken(figures, m.start(), m.end()) or _taken(out, m.start(), m.end()):
            continue
        a, b = ordinal_value(m.group("a")), ordinal_value(m.group("b"))
        if a is None or b is None or a == b:
            continue
        bounded = "q1" in m.re.groupindex
        if bounded:
            q1, q2 = r.qual.get(m.group("q1").lower()), r.qual.get(m.group("q2").lower())
            if {q1, q2} != {"at_least", "at_most"}:
                continue
            lo, hi = (a, b) if q1 == "at_least" else (b, a)
            if lo >= hi:
                continue
        else:
            lo, hi = min(a, b), max(a, b)
        start = m.start() if bounded else m.start("a")
        skipped[:] = [k for k in skipped if not (start <= k.start and k.end <= m.end())]  # now part of the range
        out.append(_figure((lo + hi) / 2, float(lo), float(hi), "dimensionless", "range", text[start:m.end()], start,
                           m.end(), kind="count", step=1.0))
    return out


def _word_multiples(text: str, figures, skipped) -> list[Figure]:
    """"threefold", "tenfold": multiples written as one word."""
    out = []
    for m in _MULTIPLE_WORD.finditer(text):
        if _taken(figures, m.start(), m.end()) or _taken(skipped, m.start(), m.end()):
            continue
        v = words_to_number(m.group("w"))
        if v:
            out.append(Figure(float(v), float(v), float(v), "dimensionless", "exact", m.group(0), m.start(), m.end(),
                              kind="multiple"))
    return out


#: Verbs that state a multiple without a number ("sales doubled", "the fleet has tripled"), by stem and factor.
_MULTIPLE_VERB_STEMS = {"doubl": 2.0, "tripl": 3.0, "trebl": 3.0, "quadrupl": 4.0, "quintupl": 5.0, "halv": 0.5}
_MULTIPLE_VERB = re.compile(rf"\b(?P<w>{'|'.join(_MULTIPLE_VERB_STEMS)})(?:ed|ing)\b"
                            r"(?!\s+(?:down|up|over|back|as)\b)", re.I)  # "doubled down", "doubled as a shelter": idioms


def _verb_multiples(text: str, rev: str, figures, skipped, r: Reader) -> list[Figure]:
    """"Output doubled", "has more than tripled", "halving the fleet": a multiple stated by a verb, with its
    direction (a change up or down) and any hedge before it."""
    out = []
    for m in _MULTIPLE_VERB.finditer(text):
        if _taken(figures, m.start(), m.end()) or _taken(skipped, m.start(), m.end()):
            continue
        factor = _MULTIPLE_VERB_STEMS[m.group("w").lower()]
        qual, hedge, fs, lo, hi = _hedged(r, text, rev, m.start(), factor)
        out.append(Figure(factor, lo, hi, "dimensionless", qual, text[fs:m.end()], fs, m.end(), kind="multiple",
                          hedge=hedge, direction="up" if factor > 1 else "down"))
    return out


#: "half the votes", "almost half of them": a bare "half" before these words is the fraction 0.5.
_HALF = re.compile(r"\b(?P<w>[Hh]alf)\s+(?=(?:of|the|its|their|his|her|our|all|those|these|them)\b)")
#: Any other "half" as a word of its own ("nearly half do not know", "down by almost half since"): the fraction
#: only when a qualifier from the rules stands right before it (a bare "half" is too often a period or a name).
_HALF_ALONE = re.compile(r"\b(?P<w>[Hh]alf)\b(?![-'’]|\s+past\b)")
#: "about half an hour", "almost half a mile": the half of one unit.
_HALF_A = re.compile(r"\s+an?\s+")
#: Words before "half" that make it part of a period or a phrase, not a fraction ("the second half of the year").
_HALF_NOT_AFTER = re.compile(r"(?:\b(?:first|second|final|latter|other|back|top|bottom|opening|closing|a|an|the|one|"
                             r"and|in|by|into|for|june|december)\s+|[-\d]\s*)$", re.I)  # ("the December half")


def _bare_halves(text: str, rev: str, figures, skipped, r: Reader) -> list[Figure]:
    """ "Half the flats have sold", "almost half of which": the fraction 0.5, with its hedge."""
    out = []
    for m in _HALF_ALONE.finditer(text):
        s, e = m.start("w"), m.end("w")
        if _taken(figures, s, e) or _taken(skipped, s, e) or _HALF_NOT_AFTER.search(text, max(0, s - 12), s):
            continue
        qual, hedge, fs, lo, hi = _hedged(r, text, rev, s, 0.5)
        if not hedge and _HALF.match(text, s) is None:
            continue
        unit, kind = "dimensionless", "count"
        if (ha := _HALF_A.match(text, e)) is not None:
            um = r.re_unit.match(text, ha.end())
            uo = r.unit_of(um, {}, text) if um is not None and um.start() == ha.end() else None
            if uo is None or uo[1] != "quantity":
                continue  # "nearly half a chance": no unit, no fraction to check
            unit, kind, e = uo[0], "quantity", um.end()
        out.append(Figure(0.5, lo, hi, unit, qual, text[fs:e], fs, e, kind=kind, step=0.25, hedge=hedge))
    return out


#: "a mile and a half", "an hour and a half": one unit and half of another, before the unit is read.
_ONE_UNIT = re.compile(r"\b(?:[Aa]n?|[Oo]ne)\s+(?=[a-z])")
_AND_A_HALF = re.compile(r"\s+and\s+a\s+half\b")


def _one_and_a_half(text: str, rev: str, figures, r: Reader) -> list[Figure]:
    """ "Less than a mile and a half", "an hour and a half": 1.5 of the unit, with its hedge."""
    out = []
    for m in _ONE_UNIT.finditer(text):
        um = r.re_unit.match(text, m.end())
        if um is None or um.start() != m.end() or (half := _AND_A_HALF.match(text, um.end())) is None:
            continue
        uo = r.unit_of(um, {}, text)
        s, e = m.start(), half.end()
        if uo is None or uo[1] != "quantity" or _taken(figures, s, e):
            continue
        qual, hedge, fs, lo, hi = _hedged(r, text, rev, s, 1.5)
        out.append(Figure(1.5, lo, hi, uo[0], qual, text[fs:e], fs, e, step=0.25, hedge=hedge))
    return out


#: Plural scale words that state an order of magnitude: "thousands of", "tens of millions", "dozens of".
_VAGUE = re.compile(r"\b(?:(?P<m>tens|hundreds)\s+of\s+)?(?P<w>dozens|hundreds|thousands|millions|billions|trillions)"
                    r"\b(?=\s+(?:of\b|more\b|[a-z]{3,}))", re.I)
#: The words every match of :data:`_VAGUE` holds: in an ASCII text a substring test rules it out cheaply.
_VAGUE_WORDS = ("dozens", "hundreds", "thousands", "millions", "billions", "trillions")
#: A vague magnitude runs from its scale to this many times it ("tens of thousands": 10,000 to 100,000).
VAGUE_SPAN = 10
_VAGUE_BASE = {"dozens": 12, "hundreds": 1e2, "thousands": 1e3, "millions": 1e6, "billions": 1e9, "trillions": 1e12,
               "tens": 10}
#: A cheap test for a plural scale word before a word ("thousands marched"), run before :data:`_VAGUE`.
#: Written as "(?:ens|ands|ons|eds) [a-z]" but opening with the literal "s ", which the regex engine finds fast.
_VAGUE_HINT = re.compile(r"s [a-z](?:(?<=[eo]ns [a-z])|(?<=eds [a-z])|(?<=ands [a-z]))")
_OF_UNIT = re.compile(r"\s+of(?=\s)")
_DIGIT_BEFORE = re.compile(r"[\d.]\s*$")


def _vague_magnitudes(text: str, figures, skipped, r: Reader) -> list[Figure]:
    """ "tens of thousands of dollars", "hundreds of miles", "dozens of people": a range of one order of
    magnitude (from the scale to :data:`VAGUE_SPAN` times it), in the unit named after "of" if there is one."""
    out = []
    for m in _VAGUE.finditer(text):
        s, e = m.start(), m.end()
        if _taken(figures, s, e) or _taken(skipped, s, e) or _DIGIT_BEFORE.search(text, max(0, s - 3), s):
            continue  # "3 millions", "1.5 thousands": a number with its scale, read elsewhere
        low = float(_VAGUE_BASE[m.group("w").lower()] * (_VAGUE_BASE[m.group("m").lower()] if m.group("m") else 1))
        unit, kind, end = "dimensionless", "count", e
        of = _OF_UNIT.match(text, e)
        um = r.re_unit.match(text, of.end()) if of else None
        uo = r.unit_of(um, {}, text, True) if um is not None and um.start() == of.end() else None
        if uo is not None and uo[1] in ("money", "quantity"):
            unit, kind, end = uo[0], uo[1], um.end()
        hi = low * VAGUE_SPAN
        out.append(Figure((low + hi) / 2, low, hi, unit, "range", text[s:end], s, end, kind=kind, step=low,
                          hedge="vague"))
    return out


def extract(text: str, rules: Rules | None = None) -> list[Figure]:
    """Every figure in ``text`` (the evaluation kit's API).

    Money rates are spelled with "per" ("USD per kilogram", which pint reads as "USD / kilogram"): quantity
    data sets name a price per unit that way, a currency first, so a reader of the unit sees money, not a new
    dimension. The pipeline (:func:`scan`) keeps the "/" form, which its grouping splits on.

    >>> [(f.value, f.unit, f.qualifier) for f in extract("about 2,500 tonnes")]
    [(2500.0, 'metric_ton', 'approx')]
    >>> [f.unit for f in extract("$11 per kg")]
    ['USD per kilogram']
    """
    figures = scan(text, rules)[0]
    if "money" not in map(_KIND, figures):
        return figures  # no money rate to spell with "per" (most texts: no copy of the list)
    return [_replaced(f, unit=f.unit.replace(" / ", " per ", 1)) if f.kind == "money" and " / " in f.unit else f
            for f in figures]


#: How far into a text (characters) its headline and dateline run: the place a story is written from stands
#: there ("THUNDER BAY, Ont., March 10 -", "PERTH WEEKLY SENTINEL"), while a place named further down is often
#: only what the story is about.
HOME_PLACE_CHARS = 300
#: A "$" that no letters touch ("$22-million", "$ 75 million"; not "US$", "C$" or "$US"), or "dollars" with the
#: word before it (if any): the amount names no country of its own when that word is not capitalised.
_BARE_DOLLAR = re.compile(r"(?<![A-Za-z])\$(?![A-Za-z])|(?:(?P<before>\S+)\s+)?\bdollars?\b")


def _names_no_country(amount: str) -> bool:
    """Whether an amount's own text leaves its dollar unnamed: "$22-million", "5 million dollars"; not "US$5",
    "5 US dollars" or "5 American dollars"."""
    m = _BARE_DOLLAR.search(amount)
    return m is not None and not (m.group("before") or "a")[0].isupper()


def in_home_currency(text: str, figures: list[Figure], rules: Rules | None = None) -> list[Figure]:
    """``figures`` with each bare-dollar amount read in the currency of the place ``text`` is written from.

    Canadian and Australian papers write their own dollar as a bare "$"; the reader, which sees one sentence
    at a time, takes "$" for the US dollar. A document-level pass (the pipeline's, not :func:`extract`'s) settles
    it: when the headline or dateline names places of one currency's ``home`` list (rules/units.toml) and the
    text never writes that currency's own prefix ("C$", "A$": a text that does keeps "$" for US dollars), a
    bare "$" amount, or one a period ("$12 an hour"), is that currency. A price per tonne or per barrel stays in
    US dollars: world commodity prices are quoted in them wherever the story is written.
    """
    rules = rules or load_rules()
    if not rules.home_currencies or "$" not in text and "dollar" not in text:
        return figures
    head = text[:HOME_PLACE_CHARS]
    homes = {code for code, places in _home_places(rules) if places.search(head)}
    if len(homes) != 1:
        return figures  # no home, or two (a story about both countries): the dollar stays unsettled
    code = homes.pop()
    own = [a.alias for a in rules.currency_prefixes if a.pint == code]
    if any(a in text for a in own if not a.isalpha()):
        return figures
    bare = next((a.pint for a in rules.currency_prefixes if a.alias == "$"), None)
    out = []
    for f in figures:
        unit = f.unit
        if f.kind == "money" and bare and (unit == bare or unit.startswith(bare + " / ") and
                                           _not_a_commodity_price(unit[len(bare) + 3:], rules)) \
                and _names_no_country(f.text):
            f = _replaced(f, unit=code + unit[len(bare):])
        out.append(f)
    return out


def in_home_units(text: str, figures: list[Figure], rules: Rules | None = None) -> list[Figure]:
    """``figures`` with each unit abbreviation read as the press of the text's region uses it: Indian papers write
    "MT" for million tonnes ("coal output of 12.4 MT"), where commodity writing elsewhere means the metric ton.
    A ``[[home_unit]]`` of rules/units.toml applies when the text shows one of its ``marks`` ("lakh", "crore",
    "₹"), does not define the abbreviation itself ("tonnes (MT)"), and the number is under ``below`` with no
    scale word ("5,000 MT of wheat" is tonnes in any press)."""
    rules = rules or load_rules()
    out = figures
    for alias, unit, marks, below, unless in rules.home_units:
        if alias not in text or f"({alias})" in text or not any(_marked(text, m) for m in marks):
            continue
        plain = next((u.pint for u in rules.units if u.alias == alias and not u.context), None)
        written = re.compile(rf"(?<![A-Za-z]){re.escape(alias)}(?![A-Za-z])")
        kind = "money" if unit in {c.pint for c in (*rules.currency_names, *rules.currency_prefixes)} else None
        out = [_replaced(f, unit=unit + f.unit[len(plain):], kind=kind or f.kind)
               if plain and (f.unit == plain or f.unit.startswith(plain + " / ")) and abs(f.value) < below
               and written.search(f.text) and not (unless and _says_any(_sentence_around(text, f), unless))
               else f for f in out]
    return out


def _sentence_around(text: str, f: Figure) -> str:
    """The sentence ``f`` stands in, lower-cased (its paragraph split as every stage splits sentences)."""
    lo = text.rfind("\n", 0, f.start) + 1
    hi = text.find("\n", f.end)
    para = text[lo:hi if hi >= 0 else len(text)]
    return next((para[a:b] for a, b in sentence_spans(para) if a <= f.start - lo < b), para).lower()


def _says_any(sentence: str, beginnings: tuple[str, ...]) -> bool:
    """Whether a word of ``sentence`` begins with one of ``beginnings`` (lower case)."""
    return any(re.search(rf"(?<![\w-]){re.escape(b)}", sentence) for b in beginnings)


def in_home_scales(text: str, figures: list[Figure], rules: Rules | None = None) -> list[Figure]:
    """``figures`` with each scale word read as the press of the text's region uses it: "240 mil barrels" is
    240,000 barrels in a text that also writes "millones" (a ``[[home_scale]]`` of rules/units.toml, applied when
    the text shows one of its ``marks``), where [scales] reads "mil" as a million."""
    rules = rules or load_rules()
    out = figures
    scales = dict(rules.scales)
    for word, value, marks in rules.home_scales:
        usual = scales.get(word)
        if not usual or word not in text or not any(_marked(text, m) for m in marks):
            continue
        written = re.compile(rf"\d[ \u00a0]?{re.escape(word)}\b\.?(?![ \u00a0]*{re.escape(word)})", re.I)  # not "mil milhões"
        factor = value / usual
        out = [_replaced(f, value=f.value * factor, step=f.step * factor,
                         low=None if f.low is None else f.low * factor, high=None if f.high is None else f.high * factor)
               if written.search(f.text) else f for f in out]
    return out


def in_text_currency(figures: list[Figure], rules: Rules | None = None) -> list[Figure]:
    """``figures`` with each amount in a shared subunit ("60 centavos") read as the hundredth of the currency the
    text writes most: centavos are the peso's, the real's or, where a text prices in US dollars, the cent's. The
    reader, which sees one sentence at a time, books them in the ``[[shared_subunit]]``'s own pint definition; a
    text with no other money keeps that reading."""
    rules = rules or load_rules()
    if not rules.shared_subunits:
        return figures
    shared = set(rules.shared_subunits)
    subunit_of = lambda f: f.unit.split(" / ", 1)[0]  # noqa: E731  (the money part of "centavo / kilogram")
    if not any(f.kind == "money" and subunit_of(f) in shared for f in figures):
        return figures
    codes = {c.pint for c in (*rules.currency_names, *rules.currency_prefixes)}
    written = Counter(subunit_of(f) for f in figures if f.kind == "money" and subunit_of(f) in codes)
    if not written:
        return figures
    code = written.most_common(1)[0][0]
    hundredth = lambda v: None if v is None else v / 100  # noqa: E731
    return [_replaced(f, unit=code + f.unit[len(subunit_of(f)):], value=f.value / 100, low=hundredth(f.low),
                      high=hundredth(f.high), step=f.step / 100)
            if f.kind == "money" and subunit_of(f) in shared else f for f in figures]


def in_home_conventions(text: str, figures: list[Figure], rules: Rules | None = None) -> list[Figure]:
    """``figures`` read with the conventions of the place ``text`` is written in: its bare dollar
    (:func:`in_home_currency`), its unit abbreviations (:func:`in_home_units`), its scale words
    (:func:`in_home_scales`) and the currency its shared subunits belong to (:func:`in_text_currency`)."""
    figures = in_home_scales(text, in_home_units(text, in_home_currency(text, figures, rules), rules), rules)
    return in_text_currency(figures, rules)


def _marked(text: str, mark: str) -> bool:
    """Whether ``text`` shows ``mark``: a word on word boundaries, a sign anywhere."""
    if not mark[:1].isalnum():
        return mark in text
    return re.search(rf"(?<![\w]){re.escape(mark)}(?!\w)", text) is not None


@lru_cache(maxsize=8)
def _home_places(rules: Rules) -> list[tuple[str, re.Pattern]]:
    """(currency, one pattern for its home places as written and as a dateline's capitals: "Ont.", "CALGARY")."""
    out = []
    for code, places in rules.home_currencies:
        forms = sorted({form for p in places for form in (p, p.upper())}, key=len, reverse=True)
        out.append((code, re.compile(r"(?<![\w.])(?:" + "|".join(map(re.escape, forms)) + r")(?!\w)")))
    return out


def _not_a_commodity_price(denominator: str, rules: Rules) -> bool:
    """True for money per hour, per year or per share; False for money per tonne, barrel or kilowatt-hour (a
    denominator with mass or length in it), which news quotes in US dollars whatever its home."""
    from .units import base_of  # pint is needed only here, for the rare bare-dollar rate

    try:
        dimension = base_of(denominator, rules)[1]
    except Exception:  # noqa: BLE001 - a unit pint cannot read is no period: leave the amount as it was read
        return False
    return "[mass]" not in dimension and "[length]" not in dimension


def _read_at(text: str, m: re.Match, r: Reader, defined: dict[str, str], rev: str):
    """Read the figure (or skipped number) that starts with numeral match ``m``; return it and the end.

    ``rev`` is ``text`` reversed, made once per scan for the patterns matched backwards before the number.
    """
    raw = m.group(0)
    s, e = m.start(), m.end()
    num = parse_numeral(raw, r.min_sig)
    if num is None and raw[:1].isalpha():
        if ordinal_value(raw) is not None:  # "her twenty-first birthday", "the one hundred and fifth"
            return Skipped(raw, s, e, "ordinal"), e
        cm = cardinal_words().match(text, s)  # "one second": the words read as no fraction, so read the number alone
        if cm is None or cm.end() >= e:
            return Skipped(raw, s, e, "number words that make no number"), e
        raw, e = cm.group(0), cm.end()
        num = parse_numeral(raw, r.min_sig)
    if num is None:
        return None, e
    digit_run = num.is_word and (" " in raw or "-" in raw) and (k := digit_word_run(raw)) is not None
    if digit_run:  # "three-nought-four": one number per word, and no range between them
        raw, e = raw[:k], s + k
        num = parse_numeral(raw, r.min_sig)
    if num.is_word:
        low_raw = raw.lower()
        if low_raw in ("hundred", "thousand", "million", "billion", "trillion", "dozen"):
            return None, e  # a bare scale word ("multi-billion") is not a number
        if low_raw == "one" and re.match(r"\s+(?:another|day|who|that|thing|side|way|hand|more)\b", text[e:e + 12], re.I):
            return Skipped(raw, s, e, "pronoun"), e
    before = text[max(0, s - LOOKBACK_CHARS):s]
    n = len(text)  # (a pattern that needs k characters cannot match where fewer than k are left)
    ra = n - s  # where the text before the number starts in ``rev`` (the boolean backward checks use it)
    after = text[e:e + LOOKAHEAD_CHARS]
    nxt = after.lstrip()[:1]  # the first character after the number past white space ("" if none in the window)
    stripped = before.rstrip()
    lead = stripped[-1:]  # the last character before the number past white space ("" if none in the window)
    two = stripped[-2:]  # may a currency prefix, a qualifier, a sign or a minus word end there (a look-up, once seen):
    tails = r.tail_answers.get(two) or r.tails_allow(two)

    # Numbers that are not figures ----------------------------------------------------------------
    if not num.is_word:
        a0 = after[:1]
        b0 = before[-1:]  # the character right before the number ("" at the start)
        if a0 in _VERSION_FIRSTS and _VERSION_OR_DATE_AFTER.match(after):
            end = e + _VERSION_TAIL.match(after).end()
            return Skipped(text[s:end], s, end, "version or date"), end
        if a0 == "." and num.value == int(num.value) and 1 <= num.value <= 31 and (sd := _SPACED_DATE_AFTER.match(after)):
            end = e + sd.end()
            return Skipped(text[s:end], s, end, "date"), end
        if b0 in _JOINS_BEFORE or b0.isalpha():  # (each test below needs a letter or one of these right before)
            if b0.isalpha() and _glued_code(r, text, rev, s, raw, e):
                pass  # "USD115": a currency code glued to its amount
            elif b0 == "+" and s > 1 and text[s - 2].isalnum() and (ident := _IDENT_BEFORE_PLUS.search(before[:-1])):
                a = s - 1 - len(ident.group(0))  # "J1149.5+6663": the signed part of a catalogue name
                return Skipped(text[a:e], a, e, "identifier (letters before the number)"), e
            elif (b0 == "-" and s > 1 and text[s - 2].isdigit() and (ident := _IDENT_BEFORE_DASH.search(before[:-1]))
                  and not _glued_code(r, text, rev, s - 1 - len(ident.group("d")), ident.group("d"), s - 1)):
                a = s - 1 - len(ident.group(0))  # "K220-900": the numbered variant of a glued name ("EUR5-6bn" is money)
                return Skipped(text[a:e], a, e, "identifier (letters before the number)"), e
            elif (b0.isalpha() or b0 == "−" and s > 1 and text[s - 2].isalpha()
                  or (b0 == "-" and s > 1 and text[s - 2].isalpha() and not _reads_with_hyphen_word(r, before))):
                ws = s - 1 if b0 in "-−" else s  # "fb−1": a power glued to a unit symbol the rules lack is part of it
                while ws > 0 and text[ws - 1].isalnum():
                    ws -= 1
                if text[e:e + 1] == "-" and (dt := _IDENT_DASH_TAIL.match(text, e)) is not None:
                    e = dt.end()  # "K220-900": the numbered variant is part of the name
                elif (im := _IDENT.match(text, ws)) is not None and im.end() > e:
                    e = im.end()  # "U3O8", "J0712.4+4411": on to the end of the name
                return Skipped(text[ws:e], ws, e, "identifier (letters before the number)"), e
        if ("." in raw and len(raw) <= CLOCK_MAX_CHARS and _CLOCK_AT_END.match(text, s)
                and (_NUMERIC_DATE.search(text, text.rfind("\n", 0, s) + 1, s)
                     or _WORD_DATE.search(text, text.rfind("\n", 0, s) + 1, s))):
            return Skipped(raw, s, e, "time"), e  # a dateline's hour: "Tarnow | 15.4.2026 at 16.05"
        if a0 in _ORDINAL_FIRSTS and _ORDINAL.match(after):
            end = e + _ORDINAL.match(after).end()
            return Skipped(text[s:end], s, end, "ordinal"), end
        if nxt in _TIME_FIRST and (
                _TIME_AFTER.match(after) and not _PM_LOWER.match(after)
                or _AM_PM.match(after) and num.value <= 12 and _CLOCK_HOUR.fullmatch(raw)):
            tm = _TIME_AFTER.match(after)
            end = e + (tm.end() if tm else 0)
            return Skipped(text[s:end], s, end, "time"), end
        if b0 == "+" and (s < 2 or not text[s - 2].isalnum()) and (
                (ip := _PHONE_INTL.match(text, s)) and sum(c.isdigit() for c in ip.group(0)) >= PHONE_MIN_DIGITS):
            return Skipped(text[s - 1:ip.end()], s - 1, ip.end(), "phone number"), ip.end()  # "+44 20 7946 0958"
        if (lead == "l" and len(num.digits) >= DIAL_MIN_DIGITS and "." not in raw and "," not in raw
                and _DIAL_BEFORE.search(before)):
            return Skipped(raw, s, e, "phone number"), e
        if n - s >= PHONE_MIN_CHARS and (pm := _PHONE.match(text, s)) and not _THOUSANDS.match(raw):
            return Skipped(pm.group(0), s, pm.end(), "phone number"), pm.end()
        if ("." not in num.digits and lead in _REF_LASTS and _REF_BEFORE.rx.match(rev, ra, ra + LOOKBACK_CHARS)
                and not r.measure_unit_at(text, e)):
            return Skipped(raw, s, e, "reference or label number (page, section, version, category, model)"), e
        if len(num.digits) >= CODE_MIN_DIGITS and "." not in num.digits and nxt.isalpha() and (
                cm_ := _CODE_AFTER.match(text, e)):
            return Skipped(text[s:cm_.end()], s, cm_.end(), "code (ZIP, area, error or other code)"), cm_.end()
        if num.value == int(num.value) and 1 <= num.value <= 31 and "," not in raw and (
                lead in _MONTH_LASTS and _MONTH_BEFORE.rx.match(rev, ra, ra + LOOKBACK_CHARS)
                or nxt in _MONTH_AFTER_FIRSTS and len(after) >= MONTH_AFTER_MIN_CHARS and _MONTH_AFTER.match(after)
                or nxt in _DAYS_THEN_MONTH_FIRSTS and _DAYS_THEN_MONTH.match(after)):
            mm = _MONTH_AFTER.match(after) or _DAYS_THEN_MONTH.match(after)
            end = e + (mm.end() if mm else 0)
            if not mm and (dr := _DAY_RANGE.match(text, end)):
                end = dr.end()  # "Sept. 20-24": a range of days
            if not mm:
                ym = re.match(r",?\s+\d{4}\b", text[end:end + 7])
                end += ym.end() if ym else 0
            return Skipped(text[s:end], s, end, "date"), end
        if (a0 in _ADDRESS_FIRST or (a0.isspace() and (nxt in _ADDRESS_WORD_FIRST or nxt.isdecimal() or not nxt))) and (
                am := _ADDRESS_AFTER.match(text, e)) and num.value == int(num.value):
            return Skipped(text[s:am.end()], s, am.end(), "street address"), am.end()
        # _ERA_BEFORE needs one of its marks written out, which a substring test rules out far faster than a search
        if (nxt in _ERA_FIRSTS and (era := _ERA_AFTER.match(text, e))) or (("AD" in before or "CE" in before or "A.D." in before)
                                                  and _ERA_BEFORE.search(before) and (era := _ERA_RANGE.match(text, e))):
            return Skipped(text[s:era.end()], s, era.end(), "year (with its era)"), era.end()
        if a0 in _DECADE_FIRSTS and _DECADE.match(after) and len(num.digits) in (2, 4) and num.value % 10 == 0:
            end = e + _DECADE.match(after).end()
            return Skipped(text[s:end], s, end, "decade"), end
        if a0 == "s" and _YEAR_POSSESSIVE.match(after) and _is_year(num, text, e):
            return Skipped(text[s:e + 1], s, e + 1, "year (a possessive without its apostrophe)"), e + 1

    if not num.is_word and after[:1].isalpha() and not (
            r.re_unit.match(after) or r.re_scale.match(after) or _MULTIPLE_AFTER.match(after)
            or r.re_cur_scale.match(after) or r.re_rate.match(after)):
        g = _GLUED_AFTER.match(after)
        return Skipped(raw + g.group(0), s, e + g.end(), "identifier (letters after the number)"), e + g.end()

    # A proportion: "three of every four tonnes", "one in five adults": a fraction (0.2) ------------------
    pm_ = (_PROPORTION.match(text, e) if nxt in _PROPORTION_FIRSTS or not nxt and after else None)  # ("": only
    # white space seen, or nothing: no proportion then)
    if pm_ and num.value >= 0:
        den = parse_numeral(pm_.group("d"), r.min_sig)
        if den is not None and _is_year(den, text, pm_.end()):
            den = None  # "1 fb in 2005": a year, not "one in every 2005"
        elif (den is not None and num.value != 1 and "every" not in pm_.group(0)
              and (tu := r.re_unit.match(text, pm_.end())) is not None
              and (tuo := r.unit_of(tu, defined, text)) is not None and tuo[0] in _PERIOD_UNITS):
            den = None  # "no more than eight in 24 hours": a count within a period ("one in ten days" stays a share)
        elif (den is not None and not num.is_word and not den.is_word and re.match(r"\s+of\s+\d", pm_.group(0))
              and den.value not in PROPORTION_BASES):
            den = None  # "Kilns closing: 3 of 7": two counts, the part and the whole ("9 of 10" stays a share)
        if den is not None and den.value > num.value > 0 or (den is not None and den.value >= num.value > 0 and num.is_word):
            end = pm_.end()
            # stated as a fraction, like "a fifth"; the context stage makes it a share in percent
            frac = num.value / den.value
            qual, hedge, fs, lo_, hi_ = _hedged(r, text, rev, s, frac)
            return [Figure(frac, lo_, hi_, "dimensionless", qual, text[fs:end], fs, end, kind="count",
                           step=1.0 / den.value / 2, hedge=hedge)], end

    # A multiple ("ten-fold", "7.6x", "three times") ----------------------------------------------
    multiple_head = after != "" and _MULTIPLE_HEAD.match(after) is not None
    fq = _FREQUENCY_AFTER.match(after) if multiple_head else None
    if fq:
        end = e + fq.end()
        unit = "1 / " + _FREQUENCY_UNITS[fq.group("u").lower().rstrip("s")]
        return [Figure(num.value, num.value, num.value, unit, "exact", text[s:end], s, end, step=num.step)], end
    mult = _MULTIPLE_AFTER.match(after) if multiple_head else None
    if mult and not r.re_unit.match(after):
        end = e + mult.end()
        if mult.group(0).strip().lower() == "times" and _EVENTS_AFTER.match(text, end) is not None:
            qual, hedge, fs, lo, hi = _hedged(r, text, rev, s, num.value)  # "more than 300 times in the season"
            return [Figure(num.value, lo, hi, "dimensionless", qual, text[fs:end], fs, end, kind="count",
                           step=num.step, hedge=hedge)], end
        return [Figure(num.value, num.value, num.value, "dimensionless", "exact", text[s:end], s, end,
                       kind="multiple", step=num.step)], end

    # Currency before, scale, unit, rate after --------------------------------------------------
    fig_start = s
    currency = None
    code_mult = 1.0  # "MUSD 30", "30 MUSD": a scale letter on the currency code
    pm = r.re_prefix.search_at(text, rev, s, LOOKBACK_CHARS) if tails[0] else None
    written = pm.group(0) if pm else ""  # the prefix as written, with the white space around it
    if pm and not (written.strip().isalpha() and text[max(0, s - LOOKBACK_CHARS):pm.start()].rstrip().endswith(_DIGIT_CHARS)):
        currency = r.prefix_currency(written.strip(), text, s) or r.prefix_currency(written.rstrip(), text, s)
        if currency and not _shape_fits(r, written.strip(), raw, text, e):
            currency = None  # "a PS 9 console": letters that also begin names count only before a money-like amount
        if currency:
            fig_start = s - len(written)
            code_mult = r.code_scaled.get(written.strip(), ("", 1.0))[1]
    sign = 1.0
    if currency is None and s > 1 and text[s - 1] in "-−" and (pm := r.re_prefix.search_at(text, rev, s - 1, LOOKBACK_CHARS)) \
            and not pm.group(0)[:1].isalpha() and (currency := r.prefix_currency(pm.group(0).strip(), text, s)):
        sign, fig_start = -1.0, s - 1 - len(pm.group(0))  # "$-99.99": the minus after the currency sign
    elif fig_start > 0 and text[fig_start - 1] in "-−" and (fig_start < 2 or not text[fig_start - 2].isalnum()):
        sign = -1.0
        fig_start -= 1
    elif before[-1:].isspace() and lead in "sSeE" and tails[3] and (
            mw := _MINUS_BEFORE.rx.match(rev, ra, ra + LOOKBACK_CHARS)):
        sign = -1.0
        fig_start = len(text) - mw.end()  # the minus word starts the figure: "between minus ten and fifteen"
    elif before[-1:] == "-" and (mh := _WORD_BEFORE_HYPHEN.search(before)) and mh.group(1).lower() in _MINUS_WORDS:
        sign, fig_start = -1.0, s - (len(before) - mh.start())  # "minus-5 yards"
    value = sign * num.value
    if not currency and text[e + 1:e + 5] == "over" and (ov := _over_division(text, e, num, r)) is not None:
        q, end = ov  # "one over three", "2000 over 3": a division written out
        return [_figure(sign * q, sign * q, sign * q, "dimensionless", "exact", text[fig_start:end], fig_start, end,
                        kind="count", step=abs(q) * OVER_STEP)], end
    step = num.step
    pos = e
    scale = 1.0
    sm = r.re_scale.match(text, pos) if nxt in r.scale_firsts else None  # no scale word opens otherwise
    if sm and sm.group(0) in r.temperature_letters and r.in_context(r.re_temperature_named, text, pos):
        sm = None  # "573.15K" beside "300 °C": the kelvin, not thousands
    if sm and not (len(sm.group(0).strip("- \u00a0")) == 1 and sm.group(0)[0] in " \u00a0-"
                   and not _SIGN_AFTER_SCALE.match(text, sm.end())):  # "5 k", "5 M": not glued ("146 M€" is)
        scale = r.scales.get(sm.group(0).strip("- \u00a0"), None) or r.scales.get(sm.group(0).strip("- \u00a0").lower(), 1.0)
        pos = sm.end()
        if text[pos:pos + 1] == "." and (_SIGN_AFTER_SCALE.match(text, pos + 1) or r.measure_unit_at(text, pos + 1)):
            pos += 1  # "2,5 Mio. €", "3 Mrd. euro", "270 Mio. litres": an abbreviated scale's full stop, then the unit
        # stacked scale words multiply: "3 lakh crore", "2 hundred thousand", "5 thousand million"
        while (sm2 := r.re_scale.match(text, pos)) and sm2.group(0)[:1] in " \u00a0":
            word2 = sm2.group(0).strip("- \u00a0")
            mult2 = r.scales.get(word2) or r.scales.get(word2.lower(), 1.0)
            if len(word2) < 2 or mult2 < STACKED_SCALE_MIN or mult2 <= scale:
                break
            scale, pos = scale * mult2, sm2.end()
        # "3 hundred and 21", "4 thousand 3 hundred": digits and scale words that go on into one number
        if not num.is_word and value == int(value) and sm.group(0).strip().isalpha() and len(sm.group(0).strip()) > 3:
            between = bool(_BETWEEN_BEFORE_BARE.search(text[max(0, fig_start - 25):fig_start]))
            comp = _compose_scaled(text, pos, scale, r, between)
            if comp is not None:
                extra, pos = comp
                value += sign * extra / scale
                step = min(step, 1.0 / scale)
        # "one billion and a half million": the fraction is of the scale after it, not of the billion
        if num.is_word and " and " in raw:
            head, _, tail = raw.lower().rpartition(" and ")
            whole, frac = words_to_number(head), parse_numeral(tail, r.min_sig)
            last = _SCALE_WORD_VALUES.get(head.split()[-1], 0.0) if head.split() else 0.0
            if whole is not None and frac is not None and frac.is_word and last > scale and 0 < frac.value < 1:
                value = sign * (whole + frac.value * scale) / scale
        # "3 million and a half", "five billion and three quarters": the fraction is of the scale
        if scale >= STACKED_SCALE_MIN and (fm := _SCALE_AND_FRACTION.match(text, pos)):
            frac = parse_numeral(fm.group("f"), r.min_sig)
            if frac is not None and 0 < frac.value < 1:
                value += sign * frac.value
                step = min(step, 2 * frac.step)
                pos = fm.end()
    elif currency:
        cm = r.re_cur_scale.match(text, pos)
        if cm:
            scale = r.cur_scales[cm.group(0).strip()]
            pos = cm.end()
    elif text[pos:pos + 1] in r.noun_scale_firsts and (nsm := r.noun_scale_at(text, pos)):  # (its own first test)
        scale, pos = nsm
    elif nxt.isalpha() and _lone_letter_at(text, pos) and (lsm := r.letter_scale_at(text, pos)):  # pos == e here
        scale, pos = lsm

    # A range: "2,500-2,600 t", "between 10 and 20 billion", "10 to 12 %" ----------------------------
    second = None
    tally = False  # two whole numbers joined by a dash, the second not larger: a score, not a range
    second_start = 0  # where the text joining the second end begins ("to", "-")
    neg2 = False  # the second end carries its own minus ("-18 °C to -34 °C")
    own_sign = False  # "between minus ten and fifteen": each end of a "between" range has its own sign
    uncert = None  # "2,000.45 ± 0.01"
    if pos < n:  # (a plus-minus sign and a range need a character at pos)
        pm2 = text[pos:pos + 2]
        pmm = _PLUSMINUS.match(text, pos) if "+" in pm2 or "±" in pm2 else None  # (one of _PLUSMINUS_SIGNS)
        if pmm:
            nu = NUMERAL.match(text, pmm.end())
            nun = parse_numeral(nu.group(0), r.min_sig) if nu else None
            if nun is not None and not nun.is_word:
                uncert = nun.value * scale
                pos = nu.end()
                sc_u, pos_u = r.scale_at(text, pos)
                if scale == 1.0 and sc_u != 1.0:
                    scale, uncert, pos = sc_u, nun.value * sc_u, pos_u
        rm = r.re_range.match(text, pos) if uncert is None and not digit_run else None
        if rm and _SIGNED_NOT_RANGE.fullmatch(rm.group(0)):
            rm = None  # "Tarnex 50 -1.3%": a space before the dash and none after it is a minus sign
        if rm:
            conj = rm.group(0).strip().lower()
            wants_between = conj == "and"
            from_before = _FROM_BEFORE.search(text[max(0, fig_start - 20):fig_start])
            if (from_before and not _CHANGE_BEFORE_FROM.search(text, max(0, fig_start - CHANGE_WORD_CHARS), fig_start)
                    and not (conj == "to" and sign > 0 and _descends_to(text, rm.end(), num.value, scale, r))):
                from_before = None  # "temperatures ranged from -18 to -34": a range, not a change
            ok = (_BETWEEN_BEFORE.search(text[max(0, fig_start - 25):fig_start])
                  if wants_between else not (conj == "to" and from_before))
            p1 = rm.end()
            if ok and text[p1:p1 + 1] in ("-", "−") and text[p1 + 1:p1 + 2].isdigit():
                neg2, p1 = not text[p1 - 1].isalpha(), p1 + 1  # "to-260,000": a hyphen glued to "to" is no minus
            nm = NUMERAL.match(text, p1) if ok else None
            if nm is None and ok:
                pre = r.re_prefix_fwd.match(text, rm.end())
                if pre:
                    nm = DIGITS_ONLY.match(text, pre.end())  # after "RM": digits glued to letters
            if nm:
                n2 = parse_numeral(nm.group(0), r.min_sig)
                if n2 is not None and n2.is_word and digit_word_run(nm.group(0)) is not None:
                    n2 = None  # "three-nought-four": digits read out, not a range
                if n2 is not None and not (n2.is_word and nm.group(0).lower() in ("hundred", "thousand", "million", "billion")):
                    if _is_year(num, text, e) and _is_year_like(n2, num):
                        return Skipped(text[s:nm.end()], s, nm.end(), "year range"), nm.end()
                    if scale == 1.0 and _is_year(num, text, e) and (
                            r.scale_at(text, nm.end())[0] != 1.0 or conj == "to" and _YEAR_PREP_BEFORE.search(before)):
                        n2 = None  # "rose in 2018 to 3.9 million", "from 941 in 2022 to 42,200": a year, then the new level
                    elif _is_year(num, text, e) and n2.value < num.value:
                        n2 = None  # "10 June 2026 – Sixty-four people": a dateline's year, then the story's first figure
                if n2 is not None and not (n2.is_word and nm.group(0).lower() in ("hundred", "thousand", "million", "billion")):
                    second, second_start = n2, rm.start()
                    tally = (not num.is_word and not n2.is_word and "." not in num.digits + n2.digits
                             and (conj in _DASHES and n2.value <= num.value
                                  or conj == "to" and n2.value < num.value and sign > 0 and not neg2
                                  and _TALLY_TO_AFTER.match(text, nm.end()) is not None
                                  and _FROM_BEFORE.search(text[max(0, fig_start - 20):fig_start]) is None))
                    # "won 3-1", "tied 89-89", "passed 68 to 32": no range runs downwards
                    own_sign = wants_between
                    pos2 = nm.end()
                    scale2, pos2 = r.scale_at(text, pos2)
                    if scale == 1.0 and scale2 != 1.0 and num.value < n2.value * 1.0001:
                        scale = scale2
                    elif scale == 1.0 and n2.is_word and (last := _SCALE_WORD_VALUES.get(nm.group(0).lower().split()[-1])) \
                            and num.value * last <= n2.value * 1.0001 and num.value < 1000 and not _is_year(num, text, e):
                        value, step = value * last, step * last  # "four to five thousand": one scale word, at the far end
                    pos = pos2
                    second_scale = scale2 if scale2 != 1.0 else scale

    unit, kind, unit_from = "dimensionless", "count", "stated"
    if currency:
        unit, kind = currency, "money"
    um = uo = None
    plus_before_unit = False  # "12,500+ barrels"
    unit_end = None  # where a unit read by the rules below ends, when that is not ``um.end()``
    unit_both_ends = False  # "12 tonnes to 45 tonnes": a unit written after each end (not a currency before each)
    if pos < n:  # (each rule below, unit, range with units, rate, needs a character at pos)
        um = r.re_unit.match(text, pos)
        uo = r.unit_of(um, defined, text, scale != 1.0) if um and um.group("u") != "in." else None
        if uo is None and um is not None and sign < 0 and um.start() == e and um.group("u") in r.gated_units:
            # "-10C": a glued letter after a minus is a temperature scale
            gated = next((p for p, _ in r.gated_units[um.group("u")] if p.startswith("degree_")), None)
            if gated is not None:
                uo = (gated, "quantity", "stated")
        if (um and uo is None and um.group("u") != "in." and pos == e and not currency and text[e:e + 1].isalpha()
                and um.group("u") not in r.cur_scales):  # "the 1500b packet": a scale letter is no name's part
            g = _GLUED_AFTER.match(text, e)  # "the 13F filing": a gated letter without its context is a name
            return Skipped(raw + g.group(0), s, g.end(), "identifier (letters after the number)"), g.end()
        if (um is None and not currency and not num.weak and text.startswith(" ", pos)
                and (am_ := _WORD_BEFORE_UNIT.match(text, pos)) is not None):
            # "517 rushing yards", "5 more kilometres": one describing word between the number and a spelled-out unit
            # ("a third straight month" is an ordinal: a weak fraction word takes no unit past a describing word)
            um2 = r.re_unit.match(text, am_.end())
            if um2 is not None and (u2 := um2.group("u")) is not None and len(u2) >= SPELLED_UNIT_MIN and u2.islower():
                uo2 = r.unit_of(um2, defined, text, scale != 1.0)
                if uo2 is not None and uo2[1] == "quantity":
                    uo, um = uo2, um2
        if (um is None and not currency and text.startswith("+", pos) and (um5 := r.re_unit.match(text, pos + 1))
                and um5.group("u") is not None and len(um5.group("u")) >= SPELLED_UNIT_MIN
                and (uo5 := r.unit_of(um5, defined, text, scale != 1.0)) is not None):
            uo, um, plus_before_unit = uo5, um5, True  # "12,500+ barrels": at least, then the unit
        if um is None and not currency and scale != 1.0 and (dm_ := _SPANISH_OF.match(text, pos)) is not None:
            um3 = r.re_unit.match(text, dm_.end())  # "16,2 millones de qq": the Spanish "of" between scale and unit
            uo3 = r.unit_of(um3, defined, text, True) if um3 is not None and um3.group("u") is not None else None
            if uo3 is not None and uo3[1] == "quantity":
                uo, um = uo3, um3
        if uo is None and not currency and "in" in text[pos:pos + 3] and (im := _INCH_DIMENSION.match(text, pos)):
            uo, um = ("inch", "quantity", "stated"), im  # "2 1/2 in thick": "in" before a dimension word is the inch
        if (uo is None and not currency and scale == 1.0 and (um is None or um.group("u") == "in.")
                and ((c0 := text[pos:pos + 1]) in _UNIT_MARK_FIRSTS or c0.isspace() and text[pos + 1:pos + 2] in _UNIT_MARK_SECONDS)):
            bo = _BRACKET_OPEN.match(text, pos) if not _is_year(num, text, e) else None  # "2024 (tonnes)": a heading
            ub = r.re_unit.match(text, bo.end()) if bo else None
            if (ub is not None and ub.group("u") is not None and ub.start("u") == bo.end() and len(ub.group("u")) > 1
                    and text[ub.end():ub.end() + 1] == _BRACKET_CLOSE[bo.group(0)[-1]]):
                uo_b = r.unit_of(ub, defined, text)
                if uo_b is not None and uo_b[1] == "quantity":
                    uo, um, unit_end = uo_b, ub, ub.end() + 1  # "20 (kg)", "20 [kg]": a unit in brackets
            elif (qm_ := _INCH_QUOTE.match(text, pos)) and text.count('"', text.rfind("\n", 0, pos) + 1, pos) % 2 == 0:
                uo, um = ("inch", "quantity", "stated"), qm_  # '10" long', 'a 9" plate': a quote mark that opens nothing
            elif im_ := _INCH_AT_END.match(text, pos):
                uo, um = ("inch", "quantity", "stated"), im_  # "it is 2 in.": "in" ending its sentence is the inch
            elif (fq_ := _FOOT_QUOTE.match(text, pos)) and not _QUOTE_OPENS.search(text, text.rfind("\n", 0, pos) + 1, pos):
                uo, um = ("foot", "quantity", "stated"), fq_  # "an altitude of 30'": no quotation open on the line
        if uo is None and not currency and text.startswith("°", pos) and scale == 1.0:
            # "-273.15° on the Celsius scale": a bare degree sign takes the scale its clause names after it
            clause = _CLAUSE_END.search(text, pos + 1, pos + LOOKAHEAD_CHARS)
            tm = r.re_temperature_named.search(text, pos + 1, clause.start() if clause else pos + LOOKAHEAD_CHARS)
            if tm is not None and (t_unit := _lookup(r.units, tm.group(0))) is not None:
                unit, kind, unit_from, pos = t_unit, "quantity", "stated", pos + 1
        if (uo is None and not currency and scale == 1.0 and 0 < num.value < 1 and unit == "dimensionless"
                and (of_a := _OF_A_UNIT.match(text, pos)) is not None):
            um4 = r.re_unit.match(text, of_a.end())  # "1/16 of a pint", "a tenth of a second"
            if um4 is not None and um4.start() == of_a.end() and (u4 := um4.group("u")) and len(u4) >= SPELLED_UNIT_MIN:
                uo4 = r.unit_of(um4, defined, text)
                if uo4 is not None and uo4[1] != "money":
                    uo, um = uo4, um4
        if uo is not None:
            u2, k2, how = uo
            if not currency:
                unit, kind, unit_from = u2, k2, how
                pos = unit_end or um.end()
                if (k2 == "quantity" and len(um.groupdict().get("u") or "") <= SYMBOL_UNIT_MAX
                        and (ip := _INVERSE_POWER.match(text, pos)) is not None):
                    power = int(ip.group("p") or "¹²³".index(ip.group("q")) + 1)
                    unit = f"1 / {unit}" if power == 1 else f"1 / {unit} ** {power}"  # "4e14 s-1" is per second
                    pos = ip.end()
            elif k2 == "money" and u2 == currency:  # "$5 USD": the currency written twice
                pos = um.end()
            if k2 == "money" and um.group("c") is not None:
                code_mult = r.code_scaled.get(um.group("c"), ("", code_mult))[1]
                # "75 USD million": a scale word after the currency code
                if scale == 1.0 and (sw3 := r.re_scale.match(text, pos)) and sw3.group(0)[:1] in " \u00a0":
                    word3 = sw3.group(0).strip("- \u00a0")
                    if len(word3) > 1:
                        scale, pos = r.scales.get(word3) or r.scales.get(word3.lower(), 1.0), sw3.end()
            # "$5 per kg" is read as a rate below
        # A range with the unit on both ends: "44 mg to 50 mg", "between $350 and $680", "2,500 t-2,600 t"
        if second is None and kind in ("quantity", "money", "percent"):
            rm2 = r.re_range.match(text, pos)
            if rm2 and not _SIGNED_NOT_RANGE.fullmatch(rm2.group(0)):
                conj2 = rm2.group(0).strip().lower()
                between = _BETWEEN_BEFORE_BARE.search(text[max(0, fig_start - 25):fig_start])
                from_ = _FROM_BEFORE_BARE.search(text[max(0, fig_start - 20):fig_start])
                if (from_ and not _CHANGE_BEFORE_FROM.search(text, max(0, fig_start - CHANGE_WORD_CHARS), fig_start)
                        and not (conj2 == "to" and sign > 0 and _descends_to(text, rm2.end(), num.value, scale, r))):
                    from_ = None
                # "raised by 0.25 percentage points to 5.25 %": a change in points, then the new level ("grow by 2
                # to 3 per cent" stays a range)
                by_ = (conj2 == "to" and um is not None and _POINTS.match(text, um.start(), um.end())
                       and _BY_BEFORE.search(text, max(0, fig_start - 30), fig_start))
                if (conj2 == "and" and between) or (conj2 in ("-", "–", "to", "through", "thru", "~") and not from_
                                                    and not by_):
                    p2 = rm2.end()
                    cur2 = r.re_prefix_fwd.match(text, p2)
                    if (cur2 is not None) == bool(currency):
                        p2 = cur2.end() if cur2 else p2
                        neg2 = text[p2:p2 + 1] in ("-", "−") and text[p2 + 1:p2 + 2].isdigit()
                        nm2 = (DIGITS_ONLY if cur2 else NUMERAL).match(text, p2 + neg2)
                        n2 = parse_numeral(nm2.group(0), r.min_sig) if nm2 and not nm2.group(0)[0].isalpha() else None
                        if n2 is not None:
                            q2 = nm2.end()
                            sc2, q2 = r.scale_at(text, q2)
                            um2 = r.re_unit.match(text, q2)
                            uo2 = r.unit_of(um2, defined, text, sc2 != 1.0) if um2 is not None else None
                            same = uo2 is not None and uo2[0] == unit if not currency else True
                            if same and sc2 == scale:
                                second, second_scale, second_start = n2, sc2, rm2.start()
                                unit_both_ends = not currency
                                pos = um2.end() if (um2 is not None and not currency) else q2

        # A rate: "tonnes annually", "$11 per kg", "barrels per day"
        if kind in ("quantity", "money"):
            ra = r.re_rate.match(text, pos) if pos < n else None
            # "50,000 tonnes of copper a year": the rate after the material (these patterns need a character at pos)
            if ra is None and kind == "quantity" and pos < n:
                ofm = _OF_THING.match(text, pos)
                ra = r.re_rate.match(text, ofm.end()) if ofm else None
                if ra is not None and ra.group("r") is None:
                    ra = None
                if ra is not None:
                    denom = r.rates.get(ra.group("r").lower())
                    if denom and denom in _TIME_DENOMINATORS:
                        unit = f"{unit} / {denom}"
                    ra = None
            rate_end = None  # where the rate ends, when it comes after a bracket that stays unread
            if ra is None and kind == "money" and (bc := _CONVERSION_AFTER.match(text, pos)) is not None:
                ra = r.re_rate.match(text, bc.end())  # "C$6 (US$4.46) per share": the rate after a conversion
                rate_end = pos  # the conversion in brackets is read as its own figure
            if ra:
                denom = _rate_denominator(r, ra)
                # "a tonne", "for a kilo": a price's rate; a quantity takes only a time after them ("5 hours a day")
                per_a = (ra.group("u") and re.match(r"\s?an?\s", ra.group(0), re.I)
                         or ra.group("r") and ra.group("r").lower().startswith("for "))
                if denom and denom != unit and not (per_a and kind != "money" and denom not in _TIME_DENOMINATORS):
                    unit = f"{unit} / {denom}"
                    pos = ra.end() if rate_end is None else rate_end
                    ra2 = r.re_rate.match(text, pos) if rate_end is None else None
                    denom2 = _rate_denominator(r, ra2) if ra2 else None
                    if denom2 in _TIME_DENOMINATORS and denom2 != denom:
                        unit, pos = f"{unit} / {denom2}", ra2.end()  # "20 J/m^2 per year", "3 t/ha a year": a rate per time
            elif second is None and _per_number_hinted(text, pos):
                # "80 mg of alcohol per 100 ml of blood", "4.5 litres per 100 km": a rate per a round number of a unit
                ofm = _OF_THING.match(text, pos) if kind == "quantity" else None
                pn = _PER_NUMBER.match(text, ofm.end() if ofm is not None and not _PER_NUMBER.match(text, pos) else pos)
                um5 = r.re_unit.match(text, pn.end()) if pn is not None else None
                uo5 = r.unit_of(um5, defined, text) if um5 is not None and um5.start("u") == pn.end() else None
                if uo5 is not None and uo5[1] == "quantity":
                    folded = _fold_per_number(unit, uo5[0], len(pn.group("n").replace(",", "")) - 1, kind == "money")
                    if folded is not None:
                        unit, pos = folded, um5.end()

    if num.weak and kind == "count" and scale == 1.0 and second is None and not re.match(
            r"\s+of\b|\s*(?:[.,;:!?)]|$)", text[pos:pos + 4]) and not _bound_before(r, text, rev, fig_start) \
            and not _change_by_fraction(text, fig_start, pos):
        return Skipped(raw, s, e, "ordinal (a fraction word without 'of', a unit or a scale)"), e
    if num.is_word and num.value < 1 and _A_AN.match(raw) and _AND_BEFORE.search(before) \
            and not _OF_NEXT.match(text, pos):
        return Skipped(raw, s, e, "the half of a count stated before it"), e  # "an hour and a half"
    if (kind == "count" and not currency and second is None and scale == 1.0 and sign > 0
            and 0 < num.value <= AGE_MAX and num.value == int(num.value)
            and (not num.is_word and text[pos:pos + 1] == "," and _NAME_COMMA_BEFORE.search(before)
                 or lead in _AGE_VERB_LASTS and _AGE_VERB_BEFORE.search(before) and _AGE_VERB_AFTER.match(text, pos))):
        unit, kind = "year", "quantity"  # an age: "Ann Smith, 34, said", "their daughter, who was 10."
    elif (kind == "count" and not currency and scale == 1.0 and sign > 0 and 0 < num.value <= AGE_MAX
          and (second is None or second.value <= AGE_MAX) and (
              (aged := _AGED in before.lower()) and _AGED_BEFORE.search(before)
              or aged and not num.is_word and (al := _AGED_LIST_BEFORE.search(before)) is not None
              and (al.group("gap").strip() != "," or _AGED_LIST_AFTER.match(text, pos))
              or second is None and lead in ("r", "n") and r.re_age_people is not None and r.re_age_people.search(before)
              and not ((nw := _NEXT_WORD.match(text, pos)) and _COUNTED_NOUN_RX.fullmatch(nw.group(1))))):
        # "people aged 16 and over", "women aged between 45 and 79", the 22 and 25 of "aged 19, 22 and 25";
        # "children under five", "adults over 65" (not "people over 40 countries": a counted noun follows)
        unit, kind = "year", "quantity"
    if kind == "count" and not currency:
        if num.is_word and num.value == 1 and scale == 1.0 and second is None and sign > 0 and not _one_counts(text, s, e):
            return Skipped(raw, s, e, "the word 'one' (a pronoun more often than a count)"), e
        if second is None and scale == 1.0 and len(num.digits) == 4 and (
                _is_year(num, text, e) or _far_year(num, text, s, pos)):  # (both need four digits)
            return Skipped(raw, s, e, "year"), e
        if (num.value == int(num.value) and scale == 1.0 and second is None and "," not in raw and " " not in raw
                and (not num.is_word or raw[:1].isupper()) and s >= 3 and _capitalised_before(text, s)):
            return Skipped(raw, s, e, "name or model number"), e  # "Aerion 737"; "the Kick Six", "Formula One"
    if tally and kind == "count" and not currency and scale == 1.0:
        return Skipped(text[s:pos].rstrip(), s, pos, _TALLY_REASON), pos
    if kind == "percent" and unit == "percent" and um and _POINTS.match(text, um.start(), um.end()):
        kind = "points"

    if (num.is_word and not currency and scale == 1.0 and second is None and text[e:e + 1] == "-"
            and unit == "dimensionless" and kind == "count" and NUMERAL.match(text, e + 1) is None):
        return Skipped(text[s:pos], s, pos, "a number word in a compound adjective ('a six-speed gearbox')"), pos
    qualifier, hedge = "exact", ""
    qm = (r.re_qual.search_at(text, rev, fig_start, LOOKBACK_CHARS)
          if fig_start != s or tails[1] else None)  # (``tails`` reads the text before s)
    if qm:
        hedge = qm.group("q").lower()
        qualifier = r.qual.get(hedge, "exact")
        fig_start = qm.start("q")
    elif text[fig_start - 1:fig_start] == "-" and (hw := _WORD_BEFORE_HYPHEN.search(text, max(0, fig_start - 20), fig_start)) \
            and hw.group(1).lower() in r.qual:
        qualifier, hedge = r.qual[hw.group(1).lower()], hw.group(1).lower()  # "sub-7 nm": a bound joined by a hyphen
        fig_start = hw.start(1)
    sq = (r.re_suffix.match(text, pos) if r.suffix_firsts is None or (c0 := text[pos:pos + 1]) in r.suffix_firsts
          or c0.isspace() and text[pos + 1:pos + 2] in r.suffix_firsts else None)
    if plus_before_unit and qualifier == "exact":
        qualifier, hedge = r.suffix_qual.get("+", "at_least"), "+"
    if sq and qualifier == "exact":
        word = sq.group("q").lower()
        if word != "plus" or not _PLUS_WORD.match(text, pos, pos + 12):
            qualifier, hedge = r.suffix_qual.get(word, "exact"), word
            pos = sq.end()

    if (second is not None and sign > 0 and second.value > 0 and value > 0
            and (unit_both_ends or second.value * second_scale > CHANGE_THEN_LEVEL_RATIO * value * scale)
            and (_BY_CHANGE_BEFORE.search(text, max(0, fig_start - CHANGE_WORD_CHARS), fig_start)
                 or unit_both_ends and text[fig_start - 1:fig_start].isspace()
                 and _SIGN_BEFORE.search_at(text, rev, fig_start, SIGN_WORD_CHARS))):
        # "grew by 2,000 to 12,000 jobs", "fell 12p to 245p": the change, then the new level (a range would write
        # its unit once); read the level as its own figure
        second, pos = None, second_start
    if code_mult != 1.0:
        scale *= code_mult
        if second is not None:
            second_scale *= code_mult
    lo = hi = value * scale
    val = value * scale
    if uncert is not None:
        lo, hi, qualifier = val - uncert, val + uncert, "range"
    elif second is not None:
        sign2 = 1.0 if own_sign or second.value < 0 else sign
        hi = sign2 * second.value * second_scale
        if neg2:
            hi = -second.value * second_scale
        lo = val
        if hi < lo:
            lo, hi = hi, lo
        val = (lo + hi) / 2
        qualifier = "range"
        step = min(step * scale, second.step * second_scale)
    else:
        step = step * scale
        if qualifier == "at_least":
            hi = None
        elif qualifier == "at_most":
            lo = None
    direction = ""
    sw = (_SIGN_BEFORE.search_at(text, rev, fig_start, SIGN_WORD_CHARS)
          if text[fig_start - 1:fig_start].isspace() and (fig_start != s or tails[2]) else None)
    if sw:
        direction = _SIGN_WORDS[sw.group("w").lower()]
        if direction == "up" and _PHRASAL_UP.search(text, max(0, fig_start - PHRASAL_UP_CHARS), fig_start):
            direction = ""  # "tea makes up 21 per cent of exports": a share, no rise
    noun = ""
    if kind == "count" and pos < n:
        nm = _NOUN_AFTER.match(text, pos)
        if nm and nm.group("n") not in _COUNT_STOP:
            noun = nm.group("n")
    end = pos
    while end > s and text[end - 1] == " ":
        end -= 1
    return [_figure(val, lo, hi, unit, qualifier, text[fig_start:end], fig_start, end, kind=kind, step=step,
                   unit_from=unit_from, noun=noun, direction=direction, hedge=hedge)], end


#: Words after "one" that make it a pronoun or part of an idiom ("one another", "one can see", "one way or another").
_ONE_NOT_BEFORE = frozenset(("another who whom whose that which thing things way hand day time point more less such "
                             "can could would should will must may might does did do has had have is was were are "
                             "says said thinks of or and than too else").split())
#: Words before "one" that make it a pronoun ("the one", "no one", "each one", "in one go").
_ONE_AFTER = re.compile(r"\b(?:the|this|that|each|every|any|no|which|some|another|a|an|only|in|at|on|per|like|"
                        r"last|next|first|other)\s+$", re.I)
_ONE_OF = re.compile(r"\s+of\s+(?:the|its|his|her|their|our|my|your|these|those|them|us)\b", re.I)


_SCALE_LETTER = re.compile(r"[ \u00a0]?([A-Za-z])(?![\w])")


def _lone_letter_at(text: str, pos: int) -> bool:
    """A cheap necessary condition for :data:`_SCALE_LETTER` at ``pos``: its letter stands at ``pos`` or one
    character on, and no word character follows it (``\\w`` is ``str.isalnum`` or "_")."""
    c = text[pos + 1:pos + 2] if text[pos:pos + 1].isalpha() else text[pos + 2:pos + 3]
    return not (c.isalnum() or c == "_")
#: Nothing word-like follows: the end of the text or a closing punctuation mark.
_BARE_END = re.compile(r"\s*(?:[.,;:!?)\]]|$)")
#: What may follow a number and its glued scale letter when the letter counts (see [glued_scale] in rules): the
#: clause ends, or goes on with a word that cannot be counted ("8.3m last year", "8.3m in 2020", "8.3m and").
_CLAUSE_GOES_ON = re.compile(
    r"\s*(?:[.,;:!?)\]—–]|$|(?:in|last|this|by|as|and|but|while|from|at|on|for|over|since|against|according|"
    r"compared|than|or|to|a|an|per|each)\b)", re.I)
_COMPOSE_GAP = re.compile(r"\s+and\s+|\s+")
#: After this spelled scale word, a digit tail joined with "and" continues the number ("3 hundred and 21");
#: after larger scales ("2 million and 50 staff") it is a separate figure.
COMPOSE_DIGIT_TAIL_SCALE = 100


def _compose_scaled(text: str, pos: int, scale: float, r: Reader, between: bool) -> tuple[float, int] | None:
    """(what to add, end) when the number at ``pos`` goes on after its scale word: "4 thousand 3 hundred and 21"
    adds 321, "6 crore and two hundred" adds 200. Each further part is smaller than the scale before it; a part
    with no scale word of its own needs "and" ("3 hundred and one"). None when nothing follows."""
    extra, last, end = 0.0, scale, None
    while (gm := _COMPOSE_GAP.match(text, pos)) is not None:
        has_and = "and" in gm.group(0)
        if has_and and between:
            break  # "between 3 thousand and 500": the far end of a range
        nm = NUMERAL.match(text, gm.end())
        if nm is None:
            break
        n2 = parse_numeral(nm.group(0), r.min_sig)
        if (n2 is None or n2.value <= 0 or n2.value != int(n2.value) or n2.weak
                or (not n2.is_word and not nm.group(0).isdigit())):
            break
        sc2, p2 = r.scale_at(text, nm.end())
        word2 = text[nm.end():p2].strip(" \u00a0-")
        if sc2 != 1.0 and word2.isalpha() and len(word2) > 3:
            part = n2.value * sc2
        elif sc2 == 1.0 and has_and and (n2.is_word or last == COMPOSE_DIGIT_TAIL_SCALE):
            part, p2 = n2.value, nm.end()
        else:
            break
        if part >= last:
            break
        extra, last, pos, end = extra + part, (sc2 if sc2 != 1.0 else 1.0), p2, p2
        if last == 1.0:
            break
    return (extra, end) if end is not None else None


#: "X over Y" is a division only when the divisor ends its clause: "one over three." (not "over 3 years").
_OVER = re.compile(r"\sover\s+")
_OVER_END = re.compile(r"\s*(?:[.,;:!?)\]]|$|(?:is|are|was|equals)\b)")
#: Relative precision given to a quotient written as "X over Y" (it is exact, but a float).
OVER_STEP = 1e-6


def _over_division(text: str, e: int, num: Numeral, r: Reader) -> tuple[float, int] | None:
    """(X / Y, end) for "X over Y" where Y is a bare number that ends its clause; None otherwise."""
    om = _OVER.match(text, e)
    if om is None:
        return None
    ym = NUMERAL.match(text, om.end())
    if ym is None:
        return None
    den = parse_numeral(ym.group(0), r.min_sig)
    if den is None or not den.value or _is_year(den, text, ym.end()) or den.weak:
        return None  # "2021 over 2020": a comparison of years, not a division
    end_m = _OVER_END.match(text, ym.end())
    if end_m is None or r.re_scale.match(text, ym.end()) and text[ym.end():ym.end() + 1].isalpha():
        return None
    return num.value / den.value, ym.end()


def _one_counts(text: str, s: int, e: int) -> bool:
    """Whether the word "one" counts something: "one solution", "one of the largest", not "no one" or "one can"."""
    if _ONE_AFTER.search(text, max(0, s - 12), s) or text[e:e + 1] in "-'’":
        return False
    if _ONE_OF.match(text, e):
        return True
    nm = _NOUN_AFTER.match(text, e)
    return bool(nm) and nm.group("n") not in _COUNT_STOP and nm.group("n") not in _ONE_NOT_BEFORE


def _reads_with_hyphen_word(r: Reader, before: str) -> bool:
    """Whether the word joined by a hyphen right before a number reads with it (see :data:`_WORD_BEFORE_HYPHEN`)."""
    hw = _WORD_BEFORE_HYPHEN.search(before)
    return hw is not None and ((w := hw.group(1).lower()) in _SIGN_WORDS or w in _MINUS_WORDS or w in r.qual)


def _rate_denominator(r: Reader, ra: re.Match) -> str | None:
    """The pint unit a match of :attr:`Reader.re_rate` divides by: a rate word ("annually") or a unit ("per kg")."""
    return r.rates.get(ra.group("r").lower()) if ra.group("r") else _lookup(r.units, ra.group("u"))


def _hedged(r: Reader, text: str, rev: str, s: int, value: float) -> tuple[str, str, int, float | None, float | None]:
    """(qualifier, hedge as written, where the figure starts, low, high) for ``value`` read at ``s`` with the
    qualifier words before it ("almost half", "some 3 in 10")."""
    qm = r.re_qual.search_at(text, rev, s, LOOKBACK_CHARS)
    if qm is None:
        return "exact", "", s, value, value
    hedge = qm.group("q").lower()
    qual = r.qual.get(hedge, "exact")
    lo, hi = (value, None) if qual == "at_least" else (None, value) if qual == "at_most" else (value, value)
    return qual, hedge, qm.start("q"), lo, hi


def _glued_code(r: Reader, text: str, rev: str, s: int, raw: str, e: int) -> bool:
    """Whether the text before ``s`` ends with a currency prefix the rules list that ends in a letter and starts
    with a capital or a sign ("USD115", "RM79", "Rs50", "$US113", and a one-letter shaped one: "R410m"); "x5" or
    "rm5" stay identifiers, and so does a shaped prefix before an amount not written like money ("PS9", "R2")."""
    pm = r.re_prefix.search_at(text, rev, s, LOOKBACK_CHARS)
    p = pm.group(0).strip() if pm is not None else ""
    return (p in r.cur_prefix and (len(p) >= 2 or p in r.shaped_prefixes) and (p[0].isupper() or not p[0].isalpha())
            and _shape_fits(r, p, raw, text, e))


#: What may group a number's thousands: a comma, a space (plain, no-break, narrow, thin).
_GROUP_SEPARATORS = ", \u00a0\u202f\u2009"


def _shape_fits(r: Reader, prefix: str, raw: str, text: str, e: int) -> bool:
    """Whether currency ``prefix`` may be read before the amount ``raw`` (ending at ``e``): always, unless the rules
    list it among shaped_prefixes; then only when the amount is written like money, with decimals ("2.70"),
    thousands separators ("21,700", "85 000") or a scale word after it ("6m", "8.1bn")."""
    return prefix not in r.shaped_prefixes or (
        "." in raw or any(c in raw for c in _GROUP_SEPARATORS) or r.re_cur_scale.match(text, e) is not None
        or r.re_scale.match(text, e) is not None)


def _descends_to(text: str, pos: int, first: float, scale: float, r: Reader) -> bool:
    """Whether the number after "to" at ``pos`` is below ``first``: "slowed from 4.8 to 4.7 percent" is a change
    even without a change word, since a range is written from its low end. A scale word on the far end only
    scales the first number too when that is smaller as written ("from 5 to 6 million", as the range reader
    does), so "from $800,000 to $1.3 million" rises."""
    cur = r.re_prefix_fwd.match(text, pos)
    nm = (DIGITS_ONLY if cur else NUMERAL).match(text, cur.end() if cur else pos)
    n2 = parse_numeral(nm.group(0), r.min_sig) if nm is not None and not nm.group(0)[0].isalpha() else None
    if n2 is None:
        return False
    scale2 = r.scale_at(text, nm.end())[0]
    if scale == 1.0 and first < n2.value * 1.0001:
        scale = scale2
    return n2.value * scale2 < first * scale


def _is_year(num: Numeral, text: str, end: int) -> bool:
    return (not num.is_word and "." not in num.digits and len(num.digits) == 4
            and not any(c in text[end - 4:end] for c in _GROUP_SEPARATORS)  # ("2,100", "2 100": grouped, no year)
            and YEAR_RANGE[0] <= num.value <= YEAR_RANGE[1])


#: Latest year read from a bare number past :data:`YEAR_RANGE` when a time word leads it ("sea levels by 2150.").
FAR_YEAR_MAX = 2500
_FAR_YEAR_BEFORE = re.compile(r"(?:\b(?P<w>[A-Za-z]+)\s+)?\b(?:by|in|until|till|before|after|around|beyond|circa|"
                              r"through)\s$", re.I)
_CHANGE_WORD_SET = frozenset(_CHANGE_WORDS)
#: What must follow such a year: the end of its clause.
_FAR_YEAR_AFTER = re.compile(r"\s*(?:[.,;:!?)]|$)")


def _far_year(num: Numeral, text: str, s: int, pos: int) -> bool:
    """A year beyond :data:`YEAR_RANGE` after a time word, ending its clause: "could rise 11 feet by 2150," (but
    "sales rose by 2150." is a change)."""
    return (not num.is_word and len(num.digits) == 4 and YEAR_RANGE[1] < num.value <= FAR_YEAR_MAX
            and _FAR_YEAR_AFTER.match(text, pos) is not None
            and (m := _FAR_YEAR_BEFORE.search(text, max(0, s - 30), s)) is not None
            and (m.group("w") or "").lower() not in _CHANGE_WORD_SET)


def _is_year_like(n2: Numeral, first: Numeral) -> bool:
    """The second half of a year range: "2012-13", "1990-2000"."""
    if n2.is_word or "." in n2.digits:
        return False
    return len(n2.digits) == 2 or (len(n2.digits) == 4 and YEAR_RANGE[0] <= n2.value <= YEAR_RANGE[1])


def _capitalised_before(text: str, s: int) -> bool:
    """A bare number right after a capitalised word inside a sentence is a name ("Tarnex 11", "Aerion 737")."""
    if s < 3 or text[s - 1] != " " or not text[s - 2].isalpha():
        return False
    m = _CAPITALISED_BEFORE.search(text[max(0, s - 30):s])
    return bool(m) and m.group(1).lower() not in _MONTHS


#: Words that set an amount against another: "not", "up from", "against", "compared with".
_COMPARED_WORDS = r"(?:(?:up|down)\s+from|from|not|rather\s+than|instead\s+of|compared\s+(?:with|to)|against|versus|vs\.?)"
#: Those words at the end of the gap between two amounts: "$4.35 per kilogram in March, against $3.70 a year
#: earlier", "€21.40 a cubic metre, up from €18.10".
_COMPARED_TAIL = re.compile(rf"(?:,\s*)?\b{_COMPARED_WORDS}\s+(?:the\s+)?$")
#: How long that gap may be (characters): a few words saying where or when the first amount holds.
COMPARED_RATE_CHARS = 60
#: How far apart the two prices may lie (a factor): a price a year ago is seldom more than double or half today's.
COMPARED_RATE_MAX_FACTOR = 3
#: How far an old price after "from" may lie from the new one (a factor): prices swing wider over the years a "from"
#: may span, but "€700 a tonne from a budget of €9 million" is a sum the rate is paid out of, not an old rate.
OLD_RATE_MAX_FACTOR = 10


#: A fact-box row up to its figure: a short label and a colon at the start of a line ("Killed: 64", "2025, company:
#: 610").
FACT_ROW_LABEL = re.compile(r"[^\S\n]*[A-Z0-9][^:\n.]{0,60}:[ \t]*")
#: A fact box's title that says the rows' unit in brackets at its end: "Dust from the works (tonnes a year)".
_BOX_TITLE_UNIT = re.compile(r"\((?P<u>[^()\n]{1,40})\)[ \t]*$")
#: How many rows a fact box's title may stand above a row.
BOX_ROWS = 12


def _unit_of_title(line: str, rules: Rules | None) -> Figure | None:
    """A figure in the unit a fact box's title gives in brackets ("(tonnes a year)"), None when the brackets hold
    no unit alone ("(company data)")."""
    tm = _BOX_TITLE_UNIT.search(line)
    if tm is None:
        return None
    probe = _scan("1 " + tm.group("u"), rules)[0]
    whole = len(probe) == 1 and probe[0].start == 0 and probe[0].end == len(tm.group("u")) + 2
    return probe[0] if whole and _KIND_UNIT(probe[0]) != _BARE_COUNT else None


def opens_fact_row(text: str, pos: int) -> bool:
    """Whether the line up to ``pos`` is a fact-box row's label (:data:`FACT_ROW_LABEL`)."""
    return FACT_ROW_LABEL.fullmatch(text, text.rfind("\n", 0, pos) + 1, pos) is not None


#: A fact-box row is a short line; a longer one that opens "Note: ..." is prose.
FACT_ROW_MAX_CHARS = 80


def fact_row_label(text: str, pos: int) -> str | None:
    """The label of the fact-box row ``pos`` stands in, for every figure on the row ("Company: 310,000 fish
    (11.8%)" labels both), or None when the line is no row."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    m = FACT_ROW_LABEL.match(text, start)
    if m is None or m.end() > pos or (end if end >= 0 else len(text)) - start > FACT_ROW_MAX_CHARS:
        return None
    return m.group(0)


def _box_units(text: str, figures: list[Figure], rules: Rules | None) -> list[Figure]:
    """Bare numbers in the rows of a fact box take the unit its title gives in brackets: under "Dust from the
    works (tonnes a year)", the row "2025, company: 610" is 610 tonnes a year."""
    out = list(figures)
    unit_of_title: dict[int, Figure | None] = {}  # where a title line starts → its unit, read once per box
    for i, f in enumerate(out):
        if _KIND_UNIT(f) != _BARE_COUNT or f.noun:
            continue
        line_start = text.rfind("\n", 0, f.start) + 1
        line_end = text.find("\n", f.end)
        line_end = len(text) if line_end < 0 else line_end
        if not opens_fact_row(text, f.start) or text[f.end:line_end].strip():
            continue
        at = line_start
        for _ in range(BOX_ROWS):  # up over the rows above to the first line that is no row
            if at == 0:
                break
            above = text.rfind("\n", 0, at - 1) + 1
            line = text[above:at - 1]
            if not line.strip():
                break
            if FACT_ROW_LABEL.match(line) and not _BOX_TITLE_UNIT.search(line):
                at = above
                continue
            if above not in unit_of_title:
                unit_of_title[above] = _unit_of_title(line, rules)
            if (donor := unit_of_title[above]) is not None:
                out[i] = _with_unit(f, donor)
            break
    return out


def _carry_units(text: str, figures: list[Figure]) -> list[Figure]:
    """A number whose unit is elided takes it from its neighbours in the same sentence.

    "28.7 million tonnes ... only 3.8 million" → the second carries tonnes (it has a scale word and no unit);
    "5 and 6 kg" → the first takes kg from the list it heads.
    """
    if len(figures) < 2 or _BARE_COUNT not in map(_KIND_UNIT, figures):
        return figures  # only a bare count takes a unit
    out = list(figures)
    spans = sentence_spans(text)
    sent_of = []
    j = 0
    for f in out:
        while j < len(spans) - 1 and f.start >= spans[j][1]:
            j += 1
        sent_of.append(j)
    for i in range(len(out) - 2, -1, -1):  # lists: "12, 15 and 18 tonnes" → all three in tonnes
        f, nxt = out[i], out[i + 1]
        if not (f.kind == "count" and f.unit == "dimensionless" and sent_of[i + 1] == sent_of[i]
                and nxt.kind in ("quantity", "money", "percent")):
            continue
        if (lg := _LIST_GAP.fullmatch(text, f.end, nxt.start)) and (
                nxt.unit_from == "carried" or lg.group(0).strip(" -") != ",") or (
                not f.noun and _TO_GAP.fullmatch(text, f.end, nxt.start)
                and _FROM_JUST_BEFORE.search(text, max(0, f.start - 8), f.start)):
            # a comma alone joins a list only inside one that ends in "and" or "or" ("12, 15 and 18 tonnes"):
            # "closed at 16,210, 4 per cent up" is a level, then a change; "fell from 4.8 to 4.7 per cent": the
            # old level is written in the unit of the new
            mult = _stated_scale(nxt, f)
            if mult is not None:
                out[i] = _with_unit(f, nxt, mult)  # "5 and 6 million tonnes": the scale word serves both
        elif _PART_OF_GAP.fullmatch(text, f.end, nxt.start) and 1 <= f.value <= nxt.value:
            # "raised 280 million of the 1.5 billion crowns": a part of a whole ("three-quarters of its 6.2 TWh"
            # is a share of it, no amount)
            out[i] = _with_unit(f, nxt)
    for i, f in enumerate(out):
        if f.kind != "count" or f.unit != "dimensionless":
            continue
        if i > 0 and not f.noun and sent_of[i - 1] == sent_of[i] and (prev := out[i - 1]).kind in ("quantity", "money", "percent") \
                and prev.unit_from != "carried" and _FROM_TO_GAP.fullmatch(text, prev.end, f.start) \
                and _FROM_JUST_BEFORE.search(text, max(0, prev.start - 8), prev.start):
            out[i] = _with_unit(f, prev)  # "from 21 mpg to 23": the new level in the unit of the old
            continue
        if i > 0 and not f.noun and sent_of[i - 1] == sent_of[i] and (prev := out[i - 1]).kind in ("quantity", "money") \
                and prev.unit_from != "carried" and _COMPARED_GAP.fullmatch(text, prev.end, f.start) \
                and (mult := _stated_scale(prev, f)) is not None:
            out[i] = _with_unit(f, prev, mult)  # "14 million m3 a year, not 9.5", "rose to $31 million from 18"
            continue
        if f.noun or _PARTITIVE_AFTER.match(text, f.end):
            continue  # "three thousand tests" counts its noun; "260 of its members" counts theirs
        has_scale = bool(_SCALE_END.search(f.text))
        echo = _ECHO_BEFORE_OWNER.match(text, f.end) is not None  # "three times the 12 the company admits": any size
        if not has_scale and (abs(f.value) < CARRY_MIN_VALUE and not echo or _MODIFIER_AFTER.match(text, f.end)):
            continue  # "a 300-seat hall", "360-ish": a number joined to the word after it describes that word
        if (i > 0 and sent_of[i - 1] == sent_of[i] - 1 and (prev := out[i - 1]).kind == "quantity"
                and prev.unit_from != "carried" and "\n" not in text[prev.end:f.start]
                and _OWN_COUNT_OPENING.match(text, spans[sent_of[i]][0], f.start)
                and prev.value and 1 / ANSWER_MAX_FACTOR <= abs(f.value / prev.value) <= ANSWER_MAX_FACTOR):
            out[i] = _with_unit(f, prev)  # '"Velmar says there are 178,000 hectares. We count 205,000," he said'
            continue
        for k in range(i - 1, -1, -1):
            if sent_of[k] != sent_of[i]:
                break
            prev = out[k]
            if text[prev.start - 1:prev.start] == "(" and text[prev.end:prev.end + 1] == ")":
                continue  # "2,400,000 crowns ($21,000) ... 2,300,000": a conversion in brackets lends no unit
            if _HYPHEN_UNIT_END.search(prev.text):
                continue  # "a two-month contract": a unit joined by a hyphen describes its noun and lends nothing
            if prev.kind in ("quantity", "money") and prev.unit_from != "carried":
                near = prev.value and 1 / CARRY_MAX_FACTOR <= abs(f.value / prev.value) <= CARRY_MAX_FACTOR
                if has_scale or near:
                    out[i] = _with_unit(f, prev)
                break
    return out


def _quoted_echoes(text: str, figures: list[Figure]) -> list[Figure]:
    """A bare number inside a quotation that repeats, digit for digit, an amount the text gave before with its unit
    is that amount in that unit: after "got 45 cents a kilo, not 70", the quote '"The buyer books 70 in town.
    At the gate we get 45"' echoes the two prices. Only a number that names nothing after it (punctuation or a little
    word follows, not a noun) echoes; the nearest earlier amount of that value lends its unit."""
    out = list(figures)
    stated: dict[float, Figure] = {}  # each value given with its unit so far → the latest figure that gave it
    for i, f in enumerate(out):
        if f.kind in ("quantity", "money") and (f.unit_from == "stated" or f.unit_from == "carried" and " / " in f.unit):
            stated[f.value] = f
            continue
        if not (f.kind == "count" and f.unit == "dimensionless" and not f.noun and f.value in stated
                and _ECHO_END.match(text, f.end) and not _SCALE_END.search(f.text)):
            continue
        para = text[text.rfind("\n", 0, f.start) + 1:f.start]
        if para.count('"') % 2 == 1 or para.count("“") > para.count("”"):  # inside a quotation
            out[i] = _with_unit(f, stated[f.value])
    return out


#: What may follow a bare number that echoes an amount: punctuation, a closing quote, or a little word, no noun.
_ECHO_END = re.compile(r"\s*[.,;:!?\"”’)]|\s+(?:in|at|to|for|on|by|and|or|but|not|last|this|from|with|is|was|has|"
                       r"had|would|will)\b")
#: A part of a group of people or things after a bare number: "260 of its members", "9 of the 40 drivers".
_PARTITIVE_AFTER = re.compile(r"\s+of\s+(?:its|their|the|our|his|her)\s+(?:[\d,.]+\s+)?(?:[a-z-]+\s+){0,2}[a-z]+s\b")
#: A sentence that opens with someone giving their own count, right up to a bare number: "We count more than ",
#: "They estimate ", "Our members put it at ". It answers the amount the sentence before gave, in its unit.
_OWN_COUNT_OPENING = re.compile(r"\W*(?:We|They|Our\s+\w+|Their\s+\w+)\s+(?:\w+\s+)?(?:count|counted|estimate|estimated|"
                                r"reckon|put\s+it\s+at|make\s+it|calculate|calculated|measured|found)\s+"
                                r"(?:[a-z]+\s+){0,3}$")
#: How far apart that answer and the amount it answers may lie (a factor): a count disputed, not another thing.
ANSWER_MAX_FACTOR = 3


#: A bare number followed straight by whose it is, "the 12 the company admits", "not 85 as Velmar counts": a figure
#: given before in the sentence, echoed in its unit.
_ECHO_BEFORE_OWNER = re.compile(r"\s+(?:the|its|their|as)\s+(?:[A-Za-z][\w'’-]*\s+){1,3}?(?:[a-z]+s|[a-z]+ed)\b(?![ \u00a0]+of\b)")


#: "points" after a bare number (matched at its end).
_POINTS_AFTER = re.compile(r"\s?points?\b", re.I)
#: Between "N points" and the percentage it moved to or from: "rose 2.1 points to 76.3 %".
_POINTS_TO_LEVEL = re.compile(r"\s+(?:to|from)\s+")
#: Between a percentage and the change in points after it: "67.4 per cent, up 5 points", "at 41 %, down by 3 points".
_LEVEL_THEN_POINTS = re.compile(r"\s*,\s*(?P<w>[A-Za-z]+)(?:\s+by)?\s+")
#: The largest change in percentage points a share can make; a bigger number of "points" is an index's.
PERCENT_POINTS_MAX = 100


def _percentage_points(text: str, figures: list[Figure]) -> list[Figure]:
    """"Points" written beside a percentage are percentage points: "the pass rate rose 2.1 points to 76.3 %",
    "turnout was 67.4 per cent, up 5 points". An index's points are joined to its percentage otherwise ("fell 300
    points, or 0.8 %") or stand alone, and stay counts."""
    out = list(figures)
    for i, f in enumerate(out):
        if not (f.kind == "count" and f.unit == "dimensionless" and f.noun in ("point", "points")
                and 0 < f.value <= PERCENT_POINTS_MAX and (pm := _POINTS_AFTER.match(text, f.end)) is not None):
            continue
        nxt = out[i + 1] if i + 1 < len(out) else None
        prev = out[i - 1] if i > 0 else None
        if (nxt is not None and nxt.kind == "percent" and _POINTS_TO_LEVEL.fullmatch(text, pm.end(), nxt.start)
                or prev is not None and prev.kind == "percent"
                and (lp := _LEVEL_THEN_POINTS.fullmatch(text, prev.end, f.start)) is not None
                and lp.group("w").lower() in _SIGN_WORDS):
            out[i] = _replaced(f, unit="percent", kind="points", noun="", text=text[f.start:pm.end()], end=pm.end())
    return out


_MODIFIER_AFTER = re.compile(r"-[A-Za-z]")
#: "a two-month contract": a figure ending in a unit joined by a hyphen describes its noun.
_HYPHEN_UNIT_END = re.compile(r"\w-[A-Za-z]+$")
#: "from 21 mpg combined to 23": the gap between an old level with its unit and a new one written bare.
_FROM_TO_GAP = re.compile(r"\s+(?:[a-z]+\s+)?to\s+")
_FROM_JUST_BEFORE = re.compile(r"\bfrom\s+$")
#: Between a figure and a bare number set against it: "14 million m3 a year, not 9.5", "$31 million, up from 18",
#: "2.1 billion euros versus 1.8", "a kilo, not the board's 4.35" (whose figure it is may stand between), 'a year,
#: "not the 180 they promise"' (a quotation may open between). The bare
#: number is the same kind of thing, in the same unit and scale.
#: (the first figure's period may end its phrase: "52 grazing days last season, against 77")
_COMPARED_GAP = re.compile(rf"(?:\s+(?:last|this|next)\s+(?:year|season|month|week|quarter|winter|summer|spring|autumn)"
                           rf"|\s+in\s+(?:19|20)\d\d)?\s*,?\s+[\"“‘]?{_COMPARED_WORDS}\s+(?:(?:the|its|their)\s+)?"
                           rf"(?:[A-Za-z][\w-]*['’]s?\s+)?")
#: "280 million of the 1.5 billion crowns": a bare number that is a part of the figure after it.
_PART_OF_GAP = re.compile(r"\s+of\s+(?:the|its|their|his|her|our)\s+")


def _carry_rates(text: str, figures: list[Figure]) -> list[Figure]:
    """A sum of money set against a price per unit in the same currency just before it is a price per that unit
    too: the writer drops the "per" the second time. An old price after "from" ("eased to $11.20 per mmBtu, down
    from $13.50"; "£4.50 a pound, up from £3.80 a year ago"), or one set against it by another word of comparison
    ("a record $4.35 per kilogram in March, against $3.70 a year earlier"; only within
    :data:`COMPARED_RATE_MAX_FACTOR` of the price it answers), or a threshold anywhere later in the sentence
    ("near 21 cents a pound ... sold under 23 cents")."""
    out = list(figures)
    for i in range(1, len(out)):
        f, prev = out[i], out[i - 1]
        rated_before = (f.kind == "money" and prev.kind == "money" and " / " not in f.unit
                        and prev.unit.startswith(f.unit + " / "))
        if rated_before and ((_RATE_GAP.fullmatch(text, prev.end, f.start) and prev.value and f.value
                              and 1 / OLD_RATE_MAX_FACTOR <= abs(f.value / prev.value) <= OLD_RATE_MAX_FACTOR) or (
                f.start - prev.end <= COMPARED_RATE_CHARS and prev.value and f.value
                and 1 / COMPARED_RATE_MAX_FACTOR <= abs(f.value / prev.value) <= COMPARED_RATE_MAX_FACTOR
                and not any(c in text[prev.end:f.start] for c in ".;\n")
                and _COMPARED_TAIL.search(text, prev.end, f.start))):
            out[i] = _replaced(f, unit=prev.unit, unit_from="carried")
        elif f.hedge in _THRESHOLD_HEDGES and " / " not in f.unit and f.kind == "money" and f.value:
            # "prices near 21 cents a pound ... growers lose on every sack sold under 23 cents": a threshold set
            # against a price earlier in the sentence, in its currency, is a price per the same unit
            donor = next((g for g in reversed(out[:i]) if g.kind == "money" and g.unit.startswith(f.unit + " / ")
                          and g.value and 1 / COMPARED_RATE_MAX_FACTOR <= abs(f.value / g.value) <= COMPARED_RATE_MAX_FACTOR
                          and not any(c in text[g.end:f.start] for c in ".;\n")), None)
            if donor is not None:
                out[i] = _replaced(f, unit=donor.unit, unit_from="carried")
    return out


#: A unit named before the price it sets ("a kilo of octopus sold for $7.40", "traders selling by the pound asked
#: 3.10", "a barrel of crude traded at $81"): an article or "by the" before the unit, perhaps "of" and the goods
#: (no number and no clause end among them), a verb of selling or costing, and nothing but a few words after it;
#: or the unit of some goods priced "at" or "for" ("puts the cost of a mile of sea wall at $9 million").
_UNIT_BEFORE_PRICE = re.compile(
    r"\b(?:an?|one|each|per|by\s+the)\s+(?P<u>[A-Za-z]+)(?:\s+of\s[^.;:!?\n\d]{0,60}?)?(?:\s+\w+){0,2}?\s+"
    r"(?:sold|sells?|cost|costs|fetched|fetch(?:es)?|traded|trades?|went|goes|asked|asks|retailed|retails?|"
    r"was\s+going|is\s+going)\b[^.;:!?\n\d]{0,20}$"
    r"|\b(?:an?|one|each)\s+(?P<u2>[A-Za-z]+)\s+of\s[^.;:!?\n\d]{0,60}?\s(?:at|for)\s+(?:[a-z]+\s+){0,2}$", re.I)
#: How far back from a price that test looks (characters).
UNIT_BEFORE_PRICE_CHARS = 120


def _units_named_before(text: str, figures: list[Figure], r: Reader) -> list[Figure]:
    """A plain sum of money whose unit of sale the sentence named before it is a price per that unit: "a kilo of
    fresh octopus sold for about $7.40" is USD a kilo, as "$7.40 a kilo" would be."""
    out = list(figures)
    for i, f in enumerate(out):
        if f.kind != "money" or " / " in f.unit:
            continue
        a = max(0, f.start - UNIT_BEFORE_PRICE_CHARS)
        m = _UNIT_BEFORE_PRICE.search(text, a, f.start)
        if m is None or any(g.end > m.start() and g.start < f.start for g in out[:i]):
            continue  # (another figure stands between the unit and the price)
        word = m.group("u") or m.group("u2")
        unit = _lookup(r.units, word) or _lookup(r.units, word.lower())
        if unit is not None and r._unit_kind(unit) == "quantity":
            out[i] = _replaced(f, unit=f"{f.unit} / {unit}", unit_from="carried")
    return out


#: Hedges that make an amount a threshold set against a price ("under 23 cents", "above $90").
_THRESHOLD_HEDGES = frozenset({"below", "above", "under", "over", "beneath", "less than", "more than"})
#: What may stand between the new price and the old: a few words, "from", and a few more ("on Tuesday, down from
#: a record above", "from the").
_RATE_GAP = re.compile(r"[\s,;]*(?:[\w-]+[\s,;]+){0,5}?from\s+(?:[\w-]+\s+){0,3}?", re.I)


#: "from 4.8 to 4.7 per cent": the gap between an old level written bare and a new one with its unit.
_TO_GAP = re.compile(r"\s+to\s+")
#: A scale word at the end of a list ("5 and 6 million tonnes") serves a bare member only if the two numbers are
#: within this factor of each other as written; "900 and 1.2 million" is left alone (900 of what scale?).
SCALE_CARRY_FACTOR = 10


def _stated_scale(donor: Figure, f: Figure) -> float | None:
    """The multiplier a bare ``f`` takes from ``donor`` in a list: 1 when the donor's number is written without a
    scale word, the donor's scale when ``f`` is near its written number, None when ``f`` is too far from it."""
    nm = next(numerals(donor.text), None)
    n = parse_numeral(nm.group(0)) if nm is not None else None
    base = donor.low if donor.low is not None else donor.value
    if n is None or not n.value or not base or _SCALE_END.search(f.text):
        return 1.0
    mult = round(abs(base / n.value))
    if mult < 1000 or abs(abs(base / n.value) - mult) > 1e-6 * mult:
        return 1.0  # no scale word ("84.75 cents" is stored in dollars, which is no scale)
    ratio = abs(f.value / n.value) if f.value else 0.0
    return float(mult) if ratio and 1 / SCALE_CARRY_FACTOR <= ratio <= SCALE_CARRY_FACTOR else None


def _with_unit(f: Figure, donor: Figure, mult: float = 1.0) -> Figure:
    if mult == 1.0:
        return _replaced(f, unit=donor.unit, kind=donor.kind, unit_from="carried", noun="")
    return _replaced(f, value=f.value * mult, low=None if f.low is None else f.low * mult,
                   high=None if f.high is None else f.high * mult, step=f.step * mult, unit=donor.unit,
                   kind=donor.kind, unit_from="carried", noun="")
