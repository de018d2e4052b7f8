"""Numerals: digits with separators, decimals and number words, read into a value and its precision.

This module knows nothing of units; :mod:`reecheck.figures` calls :func:`parse_numeral` on every match of
:data:`NUMERAL` and decides what the number measures.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from .text import trie_alternation

_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
_MULT = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
         "trillion": 1_000_000_000_000}
#: Number words as one prefix-tree alternation (see :func:`reecheck.text.trie_alternation`: much faster to scan).
_WORD_LIST = list(_SMALL) + list(_MULT) + ["dozen", "nought", "naught"]
_WORDS = trie_alternation(_WORD_LIST)
_TENS = trie_alternation("twenty thirty forty fifty sixty seventy eighty ninety".split())
_UNITS = trie_alternation("one two three four five six seven eight nine".split())

#: Denominators written as words: "a third", "two-fifths", "three quarters", "a hundredth".
_ORDINAL_DEN = {
    "half": 2, "halves": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80,
    "ninetieth": 90, "hundredth": 100, "thousandth": 1_000, "millionth": 1_000_000, "billionth": 1_000_000_000,
    "trillionth": 1_000_000_000_000,
}
_DEN_ALT = trie_alternation([d + "s" for d in _ORDINAL_DEN if d != "halves"] + list(_ORDINAL_DEN))
_SCALE_AHEAD = r"(?:dozens?|hundred|thousand|million|billion|trillion)\b"
#: Unicode vulgar fractions.
VULGAR = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6, "⅘": 0.8,
          "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}
_VULGAR_ALT = "".join(VULGAR)

_PLAIN = (r"(?:\d{1,3}(?:,\d{3})+(?![\d])|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d,])|\d+)(?:\.\d+)?"
          r"|\.\d+")
#: Digits: "2,600", "816 000" (thin or plain space between groups of three), "3.8", ".5"; scientific notation
#: ("4e14", "2.48×10−5", "1.3x10^6"); fractions ("1/4", "2 1/2", "2½", "⅓"); tokenised text ("6 . 2", "80 , 000").
DIGITS = (rf"(?:\d+(?:\.\d+)?(?:[eE][+-]?\d+(?![\w.])|\s?[x×]\s?10\s?\^?\s?[−-]?\d+(?![\w.]))"
          rf"|\d+\s{{1,2}}[1-9]\d?/[1-9]\d{{0,2}}(?![\d/])|(?<!/)[1-9]\d?/[1-9]\d{{0,2}}(?![\d/.]|,\d)"
          rf"|\d*[{_VULGAR_ALT}]"
          rf"|\d+ \. \d+(?! \.)|\d{{1,3}}(?: , \d{{3}})+(?![\d])"
          rf"|{_PLAIN})")
_NUM_WORD = (rf"(?:(?:{_TENS})\s?-\s?(?:{_UNITS})\b|(?:{_WORDS}))")
_WORDS_CORE = (rf"(?:\b(?:an?\s+(?=(?:hundred|thousand|million|billion|trillion|dozen)\b))?{_NUM_WORD}"
               rf"(?:(?:(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion)|(?<=trillion))(?:\s+and\s+|\s*&\s*)|(?:(?<=thousand)|(?<=million)|(?<=billion)|(?<=trillion)),\s+|\s+|-){_NUM_WORD})*\b"
               rf"(?:\s+point(?:\s+(?:{_WORDS}|nought|naught|oh)\b(?:-(?:{_UNITS})\b)?)+)?)")
#: Fractions in words: "two thirds", "one-half", "two and a half", "a quarter", "half a million".
FRACTION_WORDS = (rf"(?:\b(?:{_WORDS_CORE}\s+and\s+)?(?:(?:an?\s+)?{_NUM_WORD}(?:[\s-]{_NUM_WORD})?|an?)[\s-]+(?:{_DEN_ALT})\b"
                  rf"|\b(?:half|quarter)(?=\s+(?:an?\s+)?{_SCALE_AHEAD}))"
                  rf"(?:\s+(?:of\s+)?an?(?=\s+{_SCALE_AHEAD}))?")
#: Number words: "twenty-five", "three hundred and twelve", "a dozen", "two million".
WORDS = _WORDS_CORE
NUMERAL = re.compile(rf"(?<![\w.,/])(?:{DIGITS})|(?i:{FRACTION_WORDS}|{WORDS})")
#: Where a numeral can begin: a digit, a decimal point, a vulgar fraction, or a word that can open a number phrase.
#: :func:`numerals` tries :data:`NUMERAL` only at these places, which is several times faster than letting the
#: regex engine try every position of the text.
NUMERAL_START = re.compile(
    rf"\d+|\.(?=\d)|[{_VULGAR_ALT}]|(?i:\b(?:{trie_alternation(_WORD_LIST + ['half', 'quarter'])}|an?\b))")


def _fast_start() -> re.Pattern:
    """:data:`NUMERAL_START` rewritten to open with one character class (the same start positions).

    The regex engine skips quickly over characters outside a pattern's opening class, so the scan for starts
    costs less: a digit that opens a run of digits, a decimal point before a digit, a vulgar fraction, or the
    first letter of a number word at the start of a word, checked behind it.
    """
    words = _WORD_LIST + ["half", "quarter"]
    rest: dict[str, list[str]] = {}
    for w in words:
        rest.setdefault(w[0], []).append(w[1:])
    rest.setdefault("a", [])
    branches = []
    for first, tails in sorted(rest.items()):
        alts = [f"(?i:{trie_alternation([t for t in tails if t])})"] if any(tails) else []
        if first == "a":
            alts.append(r"(?i:n?)\b")
        branches.append(f"(?<=[{first}{first.upper()}])(?:{'|'.join(alts)})")
    letters = "".join(sorted(rest)) + "".join(sorted(rest)).upper()
    return re.compile(rf"[\d.{_VULGAR_ALT}{letters}](?:(?<=\d)(?<!\d\d)\d*|(?<=\.)(?=\d)|(?<=[{_VULGAR_ALT}])"
                      rf"|(?<!\w[{letters}])(?:{'|'.join(branches)}))")


_FAST_START = _fast_start()


_DIGITS_ONLY = re.compile(DIGITS)


def numerals(text: str):
    """The matches of :data:`NUMERAL` in ``text``, left to right and not overlapping (as ``NUMERAL.finditer``).

    Digits glued to a short word that opens with a capital ("USD115", "RM79", "Rs50", "$US113") are yielded too:
    the figure reader decides whether the word is a currency code or the number is part of a name ("MP3").
    """
    end = 0
    match = NUMERAL.match
    for c in _FAST_START.finditer(text):
        st = c.start()
        if st < end:
            continue
        m = match(text, st)
        if m is None and st >= 2 and text[st - 1].isalpha() and _glued_word(text, st):
            m = _DIGITS_ONLY.match(text, st)
        if m is not None:
            end = m.end()
            yield m


#: Letters a currency code glued to its amount may have ("RM79", "USD115").
GLUED_CODE_LETTERS = (1, 2, 3)


def _glued_word(text: str, st: int) -> bool:
    """Whether the letters right before ``st`` form a word of :data:`GLUED_CODE_LETTERS` letters that opens with
    a capital and starts after a non-alphanumeric character (one letter only after a currency sign: "$A82")."""
    for n in GLUED_CODE_LETTERS:
        w = st - n
        if w >= 0 and text[w:st].isalpha() and text[w].isupper() and (w == 0 or not text[w - 1].isalnum()) \
                and (n > 1 or (w > 0 and text[w - 1] in "$€£¥")):
            return True
    return False


@dataclass(frozen=True)
class Numeral:
    """A number as written: its value and one unit of its last stated digit (its precision).

    ``weak`` marks a word fraction that may be an ordinal ("a third" in "a third term"): the figure reader
    keeps it only when a unit, a scale word or "of" follows.
    """

    value: float
    step: float
    is_word: bool
    digits: str  # the digits as written, separators removed ("" for words)
    weak: bool = False


_SEPARATORS = re.compile(r"[,\s\u00a0\u202f\u2009]")
_POINT = re.compile(r"\s+point\s+")
#: Largest power of ten read in scientific notation (floats end near 1e308).
MAX_EXPONENT = 300
_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
_SCI = re.compile(r"^(\d+(?:\.\d+)?)(?:[eE]([+-]?\d+)|\s?[x×]\s?10\s?\^?\s?([−-]?\d+))$")
_FRAC = re.compile(r"^(?:(\d+)\s{1,2})?(\d+)/(\d+)$")


#: How many distinct numerals :func:`parse_numeral` remembers: texts repeat the same few ("2", "10", "one").
PARSE_CACHE_SIZE = 4096


@lru_cache(maxsize=PARSE_CACHE_SIZE)  # Numeral is frozen, so a cached one can be shared
def parse_numeral(text: str, min_sig_digits: int = 2) -> Numeral | None:
    """Read ``text`` (a match of :data:`NUMERAL`) into a :class:`Numeral`; None if it is not a number.

    >>> parse_numeral("2,500").value, parse_numeral("2,500").step
    (2500.0, 100.0)
    >>> parse_numeral("twenty-five").value
    25.0
    >>> parse_numeral("2 1/2").value, parse_numeral("two thirds").value > 0.66
    (2.5, True)
    """
    t = text.strip()
    if t and (t[0].isdigit() or t[0] == "." or t[0] in VULGAR):
        if t[-1] in VULGAR:
            whole = float(t[:-1]) if len(t) > 1 else 0.0
            return Numeral(whole + VULGAR[t[-1]], 0.01, False, t)
        if "/" in t:
            fm = _FRAC.match(t)
            if not fm:
                return None
            whole, num, den = int(fm.group(1) or 0), int(fm.group(2)), int(fm.group(3))
            if den == 0 or num >= den:
                return None
            return Numeral(whole + num / den, 1.0 / den / 2, False, t)
        sm = _SCI.match(t)
        if sm:
            exp = int((sm.group(2) or sm.group(3)).replace("−", "-"))
            mant = sm.group(1)
            if abs(exp) > MAX_EXPONENT:
                return None  # beyond what a float holds: not a figure anyone states
            step = digit_step(mant, min_sig_digits) * 10.0 ** exp
            return Numeral(float(mant) * 10.0 ** exp, step, False, t)
        digits = _SEPARATORS.sub("", t) if not t.isdigit() else t
        try:
            value = float(digits)
        except ValueError:
            return None
        if not math.isfinite(value):
            return None  # hundreds of digits in a row: an identifier or noise, not a figure
        return Numeral(value, digit_step(digits, min_sig_digits), False, digits)
    low = t.lower()
    frac = _word_fraction(low)
    if frac is not None:
        return frac
    point = _POINT.search(low) if "point" in low else None
    if point:
        whole = words_to_number(low[:point.start()])
        dec = _decimal_words(low[point.end():])
        if whole is None or dec is None:
            return None
        return Numeral(float(f"{whole}.{dec}"), 10.0 ** -len(dec), True, "")
    value = words_to_number(t)
    if value is None:
        return None
    # "two million" is as precise as "2 million": one unit of its last stated word
    return Numeral(float(value), digit_step(str(int(value)), 1) if value else 1.0, True, "")


_DIGIT_WORD = {"zero": "0", "nought": "0", "naught": "0", "oh": "0", "one": "1", "two": "2", "three": "3",
               "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9"}


def _decimal_words(text: str) -> str | None:
    """The digits after "point": "zero three" → "03", "seventy-one" → "71"."""
    tokens = text.split()
    if all(w in _DIGIT_WORD for w in tokens):
        return "".join(_DIGIT_WORD[w] for w in tokens)
    v = words_to_number(text)
    return None if v is None else str(v)


#: After a scale word at least this large, "and a half" is a fraction of the scale ("two million and a half" is
#: 2.5 million), not of a unit.
FRACTION_OF_SCALE_MIN = 1e6


def _word_fraction(low: str) -> Numeral | None:
    """ "two thirds", "one and a half", "a quarter", "half a million" (the scale is read by the caller)."""
    low = re.sub(r"\s+(?:of\s+)?an?$", "", low)  # "half a" (million), "two thirds of a" (million)
    m = re.match(r"^(?:(?P<whole>.+)\s+and\s+)?(?:(?P<num>.+?)[\s-]+)?(?P<den>[a-z]+)$", low)
    if not m:
        return None
    den_word = m.group("den")
    den = _ORDINAL_DEN.get(den_word) or (_ORDINAL_DEN.get(den_word[:-1]) if den_word.endswith("s") else None)
    if den is None:
        return None
    num_txt = m.group("num")
    if num_txt is None:
        num = 1
    elif num_txt in ("a", "an"):
        num = 1
    else:
        num = words_to_number(num_txt.replace(" - ", "-"))
        if num is None:
            return None
    whole, of = 0, 1  # ``of``: what the fraction is a fraction of (1, or the scale word before "and")
    if m.group("whole"):
        whole = words_to_number(m.group("whole"))
        if whole is None:
            return None
        last = m.group("whole").split()[-1]
        if _MULT.get(last, 0) >= FRACTION_OF_SCALE_MIN:  # "five billion and three quarters": of a billion
            of = _MULT[last]
    singular = not den_word.endswith("s") or den_word == "halves"
    weak = (not m.group("whole") and num == 1 and den_word not in ("half",)) or den_word in ("quarters", "seconds")
    if den_word.endswith("s") and den_word != "halves" and num == 1 and not m.group("whole"):
        return None  # "one thirds" is not English
    del singular
    return Numeral(whole + of * num / den, of / den / 2, True, "", weak=weak)


def digit_step(digits: str, min_sig_digits: int = 2) -> float:
    """One unit of the last stated digit. Trailing zeros of a round integer are read as rounding, but a
    number is never read as coarser than ``min_sig_digits`` significant digits (2,500 → 100; 200 → 10)."""
    if "." in digits:
        return 10.0 ** -len(digits.split(".", 1)[1])
    stripped = digits.lstrip("0") or "0"
    sig = len(stripped.rstrip("0")) or 1
    zeros = len(stripped) - max(sig, min_sig_digits)
    return 10.0 ** max(zeros, 0)


def words_to_number(text: str) -> int | None:
    """Value of an English number phrase ("three hundred and twelve", "a dozen"); None if not one."""
    tokens = [w for w in re.split(r"[\s&,-]+", text.lower()) if w and w != "and"]
    if not tokens:
        return None
    total = current = 0
    seen = False
    for i, w in enumerate(tokens):
        if w in ("a", "an") and i == 0:
            current = 1
            continue
        if w in _SMALL:
            current += _SMALL[w]
        elif w in ("nought", "naught"):
            pass
        elif w == "dozen":
            current = (current or 1) * 12
        elif w == "hundred":
            current = (current or 1) * 100
        elif w in _MULT:
            total += (current or 1) * _MULT[w]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


def format_number(value: float) -> str:
    """A compact human form: 3800000 → '3.8 million', 2550 → '2,550', 0.5 → '0.5'."""
    a = abs(value)
    for mult, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if a >= mult:
            return f"{value / mult:.3g} {word}"
    if a >= 1000:
        return f"{value:,.0f}" if value == int(value) else f"{value:,.1f}"
    return f"{value:.4g}"
