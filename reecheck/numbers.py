"""Numerals: digits with separators, decimals and number words, read into a value and its precision.

This module knows nothing of units; :mod:`reecheck.figures` calls :func:`parse_numeral` on every match of
:data:`NUMERAL` and decides what the number measures.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from .text import LazyPattern, trie_alternation

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
#: "first" and "second" end a denominator only inside a compound ordinal ("three twenty-firsts", "a hundred and
#: first"): alone they are an ordinal or the unit of time ("one second").
_DEN_COMPOUND = r"(?:(?<=ty[\s-])|(?<=ed\s)|(?<=nd\s))(?:first|second)s?"
#: Ordinal words and the cardinal each is formed from ("fifth" → "five"): denominators and ranks.
_ORDINAL_CARDINAL = {
    "first": "one", "second": "two", "third": "three", "fourth": "four", "fifth": "five", "sixth": "six",
    "seventh": "seven", "eighth": "eight", "ninth": "nine", "tenth": "ten", "eleventh": "eleven",
    "twelfth": "twelve", "thirteenth": "thirteen", "fourteenth": "fourteen", "fifteenth": "fifteen",
    "sixteenth": "sixteen", "seventeenth": "seventeen", "eighteenth": "eighteen", "nineteenth": "nineteen",
    "twentieth": "twenty", "thirtieth": "thirty", "fortieth": "forty", "fiftieth": "fifty", "sixtieth": "sixty",
    "seventieth": "seventy", "eightieth": "eighty", "ninetieth": "ninety", "hundredth": "hundred",
    "thousandth": "thousand", "millionth": "million", "billionth": "billion", "trillionth": "trillion",
}
_SCALE_AHEAD = r"(?:dozens?|hundred|thousand|million|billion|trillion)\b"
#: Unicode vulgar fractions.
VULGAR = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6, "⅘": 0.8,
          "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}
_VULGAR_ALT = "".join(VULGAR)

_PLAIN = (r"(?:\d{1,3}(?:,\d{3})+(?![\d])|\d{1,2}(?:,\d{2})+,\d{3}(?![\d])|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d,])"
          r"|\d{1,3}(?:['’]\d{3})+(?![\d])|\d+)(?:\.\d+)?"
          r"|\.\d+")
#: Digits: "2,600", "816 000" (thin or plain space between groups of three), "1,20,000" (Indian grouping, in twos
#: above the thousands), "1'250'000" (Swiss), "3.8", ".5"; scientific notation
#: ("4e14", "2.48×10−5", "1.3x10^6"); powers ("1.1^23", "8x2^10"); fractions ("1/4", "2 1/2", "2½", "⅓", and
#: "1⁄32" with the Unicode fraction slash);
#: tokenised text ("6 . 2", "80 , 000").
DIGITS = (rf"(?:\d+(?:\.\d+)?(?:[eE][+-]?\d+(?![\w.])|\s?[x×]\s?10\s?\^?\s?[−-]?\d+(?![\w.]))"
          rf"|\d+(?:\.\d+)?(?:\s?[x×*]\s?\d+(?:\.\d+)?)?\s?\^\s?[+−-]?\d+(?![\w^]|\.\d)"
          rf"|\d+\s{{1,2}}[1-9]\d?[/⁄][1-9]\d{{0,2}}(?![\d/⁄])|(?<![/⁄])[1-9]\d?[/⁄][1-9]\d{{0,2}}(?![\d/⁄.]|,\d)"
          rf"|\d*[{_VULGAR_ALT}]"
          rf"|\d+ \. \d+(?! \.)|\d{{1,3}}(?: , \d{{3}})+(?![\d])"
          rf"|{_PLAIN})")
_NUM_WORD = (rf"(?:(?:{_TENS})\s?-\s?(?:{_UNITS})\b|(?:{_WORDS}))")
_WORDS_RUN = (rf"(?:\b(?:an?\s+(?=(?:hundred|thousand|million|billion|trillion|dozen)\b))?{_NUM_WORD}"
              rf"(?:(?:(?:(?<=hundred)|(?<=thousand)|(?<=million)|(?<=billion)|(?<=trillion))(?:\s+and\s+|\s*&\s*)|(?:(?<=thousand)|(?<=million)|(?<=billion)|(?<=trillion)),\s+|\s+|-){_NUM_WORD})*\b)")
_WORDS_CORE = (rf"(?:{_WORDS_RUN}"
               rf"(?:\s+point(?:\s+(?:{_WORDS}|nought|naught|oh)\b(?:-(?:{_UNITS})\b)?)+)?)")
#: Fractions in words: "two thirds", "one-half", "two and a half", "a quarter", "half a million".
#: A numerator (number words, or "a"), then a denominator that may be a compound ordinal ("one twenty-fifth",
#: "three hundred thirty fifths"); :func:`_word_fraction` decides where the numerator ends.
FRACTION_WORDS = (rf"(?:\b(?:{_WORDS_RUN}\s+and\s+)?"
                  rf"(?:an?[\s-]+(?:{_WORDS_RUN}[\s-]+)?|{_WORDS_RUN}(?:\s+and\s+|[\s-]+))"
                  rf"(?:{_DEN_ALT}|{_DEN_COMPOUND})\b"
                  rf"|\b(?:half|quarter)(?=\s+(?:an?\s+)?{_SCALE_AHEAD}))"
                  rf"(?:\s+(?:of\s+)?an?(?=\s+{_SCALE_AHEAD}))?")
#: Number words: "twenty-five", "three hundred and twelve", "a dozen", "two million".
WORDS = _WORDS_CORE
#: The two halves of :data:`NUMERAL`. Digits open with a digit, a point or a vulgar fraction, never a letter;
#: number words open with an ASCII letter (or a letter that folds to one, "ſ"), always alphabetic.
_DIGIT_NUMERAL = rf"(?<![\w.,/⁄])(?:{DIGITS})"
_WORD_NUMERAL = rf"(?i:{FRACTION_WORDS}|{WORDS})"
#: :data:`_DIGIT_NUMERAL` with only its last branch, the plain number (:data:`_PLAIN`).
_PLAIN_NUMERAL = rf"(?<![\w.,/⁄])(?:{_PLAIN})"
#: :data:`_PLAIN_NUMERAL` as :class:`NumeralPattern` runs it: the one to three digits before a group separator are
#: taken whole (possessive). Giving one back never helps, as a digit then stands where the separator must, and the
#: engine no longer tries it twice more for each of the first two branches at every plain number ("192").
_PLAIN_NUMERAL_FAST = _PLAIN_NUMERAL.replace(r"\d{1,3}(?:", r"\d{1,3}+(?:")
#: Where a branch of :data:`DIGITS` before the plain number can match: each opens with digits (and maybe a decimal
#: part), all inside the run of digits and points at the start, and goes on right where that run ends with an
#: exponent, a times sign, a power, a slash or a vulgar fraction, or with white space and then a times sign, a
#: power, a tokenised point or comma ("6 . 2", "80 , 000"), a fraction's numerator ("2 1/2") or more white space.
#: Where this does not match, :data:`_DIGIT_NUMERAL` matches as :data:`_PLAIN_NUMERAL` does, which is much faster
#: (the other branches each read the digits again and back off from them one by one).
_OTHER_DIGIT_BRANCHES = rf"[\d.]*+(?:[eEx×*^/⁄{_VULGAR_ALT}]|\s[\sx×*^.,1-9])"


class NumeralPattern:
    """``re.compile(digits | words)``, matched as the half that can start at the position, each compiled apart.

    The word half is most of the pattern and slow to compile, and a first call on a sentence without number
    words never needs it, so it is compiled on first use. Which half can match depends only on whether the
    first character is a letter, so the match is the whole pattern's.
    """

    __slots__ = ("digits", "_words", "_plain", "_others")

    def __init__(self) -> None:
        self.digits = re.compile(_DIGIT_NUMERAL)
        self._plain = re.compile(_PLAIN_NUMERAL_FAST)
        self._others = re.compile(_OTHER_DIGIT_BRANCHES)
        self._words: re.Pattern | None = None

    def match_digits(self, string: str, pos: int = 0) -> re.Match | None:
        """``digits.match(string, pos)``, from the plain-number pattern where no other branch can match."""
        return (self.digits if self._others.match(string, pos) else self._plain).match(string, pos)

    @property
    def words(self) -> re.Pattern:
        """The word half, compiled on first use."""
        if self._words is None:
            self._words = re.compile(_WORD_NUMERAL)
        return self._words

    def match(self, string: str, pos: int = 0) -> re.Match | None:
        """``full().match(string, pos)``."""
        return self.words.match(string, pos) if string[pos:pos + 1].isalpha() else self.match_digits(string, pos)

    @property
    def pattern(self) -> str:
        return f"{_DIGIT_NUMERAL}|{_WORD_NUMERAL}"

    def full(self) -> re.Pattern:
        """Both halves as one pattern, as it was written (for tests and references)."""
        return re.compile(self.pattern)


#: A numeral in digits or words; :func:`numerals` finds them in a text.
NUMERAL = NumeralPattern()
#: A rank in words or digits: "fifteenth", "twenty-first", "one hundred and fifth", "10th".
#: Loose on purpose (any run of number words before the ordinal word): :func:`ordinal_value` checks the words.
ORDINAL_PHRASE = (rf"(?:\d+(?:st|nd|rd|th)\b|(?:(?:{_WORDS})(?:\s+and\s+|[\s-]+))*"
                  rf"(?:{trie_alternation(list(_ORDINAL_CARDINAL))})\b)")


@lru_cache(maxsize=1)
def cardinal_words() -> re.Pattern:
    """Number words alone: what a word match that reads as no fraction falls back to ("one second" → "one").
    Compiled on first use, which is rare, to keep the import fast."""
    return re.compile(rf"(?i:{WORDS})")
#: Where a numeral can begin: a digit, a decimal point, a vulgar fraction, or a word that can open a number phrase.
#: :func:`numerals` tries :data:`NUMERAL` only at these places, which is several times faster than letting the
#: regex engine try every position of the text. Kept as the plain reference for :func:`_fast_start`, which is
#: what runs, so it is compiled only if used.
NUMERAL_START = LazyPattern(
    rf"\d+|\.(?=\d)|[{_VULGAR_ALT}]|(?i:\b(?:{trie_alternation(_WORD_LIST + ['half', 'quarter'])}|an?\b))")


def _fast_start() -> re.Pattern:
    """:data:`NUMERAL_START` rewritten to open with one character class (the same start positions).

    The regex engine skips quickly over characters outside a pattern's opening class, so the scan for starts
    costs less: a digit that opens a run of digits, a decimal point before a digit, a vulgar fraction, or the
    first letter of a number word at the start of a word, checked behind it. The check that a letter starts its
    word comes first, as one test, because most letters the class stops at are inside a word (it holds for every
    digit, point and fraction, so the branches after it are the same).
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
    return re.compile(rf"[\d.{_VULGAR_ALT}{letters}](?<!\w[{letters}])(?:(?<=\d)(?<!\d\d)\d*|(?<=\.)(?=\d)"
                      rf"|(?<=[{_VULGAR_ALT}])|{'|'.join(branches)})")


_FAST_START = _fast_start()

#: :data:`_FAST_START`'s digit half for ASCII text (which has no vulgar fraction and no digit beyond 0-9): a digit
#: that opens a run of digits, or a decimal point before a digit. With few characters in its opening class, and
#: those ASCII, the engine skips ahead fast.
_ASCII_DIGIT_START = re.compile(r"[0-9.](?:(?<=[0-9])(?<![0-9][0-9])[0-9]*|(?<=\.)(?=[0-9]))")
#: For ASCII text: capitals made small and every character that is not a word character (``\w``) made a space.
#: In this form a word begins wherever a space is followed by a letter.
_WORD_SPACES = str.maketrans({chr(c): " " if not re.match(r"\w", chr(c)) else chr(c).lower() for c in range(128)})
#: :data:`_FAST_START`'s word half, for text in the :data:`_WORD_SPACES` form with a space put before it: a number
#: word (or "a", "an") at the start of a word. Opening with a literal space lets the engine jump from word to
#: word instead of trying every letter, which is several times faster on sentences with few numbers.
_WORD_START = re.compile(rf" (?:{trie_alternation(_WORD_LIST + ['half', 'quarter'])}|an?(?![a-z\d_]))")


#: :data:`_WORD_SPACES` as a table for bytes, keeping points: ASCII text turned into bytes in which capitals are
#: small, points stay points and every other character that is not a word character is a space.
_WORD_SPACES_POINTS = bytes(ord(_WORD_SPACES[c]) if c != ord(".") else c for c in range(128)) + bytes(range(128, 256))
_DIGIT_BYTES = frozenset(b"0123456789")
#: :data:`_ASCII_DIGIT_START` and :data:`_WORD_START` as one pattern over those bytes. A word may now start after a
#: point as well as after a space (the point was a space before); a point that starts a digit numeral is followed by
#: a digit and one that starts a word by a letter, so no character opens both halves, and no match holds the first
#: character of another (digit matches hold digits or a lone point, word matches a separator and letters), so the
#: matches are those of the two halves merged by start.
_ASCII_STARTS_PLAIN = LazyPattern(rf"[0-9.](?:(?<=[0-9])(?<![0-9][0-9])[0-9]*|(?<=\.)(?=[0-9]))"
                                  rf"|[ .](?:{trie_alternation(_WORD_LIST + ['half', 'quarter'])}|an?(?![a-z\d_]))".encode())


def _ascii_starts() -> re.Pattern:
    """:data:`_ASCII_STARTS_PLAIN` with every branch opening on one literal byte (a space, a point, each digit).

    The regex engine skips ahead only to characters a pattern can open with, and it works them out only when the
    pattern opens with one class or with branches that each open with a literal; the plain form (two classes)
    made it start a match attempt at every character, most of the cost of a sentence with few numbers (one opening
    class would still need a look-behind per branch to tell which character it met). The branches open with
    different bytes, so at most one applies at a place and their order does not change the matches. A digit starts
    a run of digits when no digit stands before it (checked behind it, as in the plain form).
    """
    words = rf"{trie_alternation(_WORD_LIST + ['half', 'quarter'])}|an?(?![a-z\d_])"
    digits = "|".join(rf"{d}(?<![0-9]{d})[0-9]*" for d in "0123456789")
    return re.compile(rf" (?:{words})|\.(?:(?=[0-9])|{words})|{digits}".encode())


#: The start scan that runs (see :func:`_ascii_starts`).
_ASCII_STARTS = _ascii_starts()


def _starts(text: str, pos: int, endpos: int | None) -> list[tuple[int, int]]:
    """The spans of :data:`_FAST_START`'s matches in ``text`` between ``pos`` and ``endpos``, in text order.

    For a whole ASCII text the digit half and the word half are scanned apart (:data:`_ASCII_DIGIT_START`,
    :data:`_WORD_START`), which is faster; a digit match holds no letter and a word match no digit, point or
    fraction, so the two never overlap and, merged by start, they are :data:`_FAST_START`'s matches.
    """
    if pos == 0 and endpos is None and text.isascii():
        # both halves in one pass over the bytes of " " + text with points kept (see _ASCII_STARTS); a match that
        # opens with a digit, or is a lone point, is a digit start (one character on in these bytes)
        return [(a - 1, b - 1) if (c := m.group()[0]) in _DIGIT_BYTES or b - a == 1 else (a, b - 1)
                for m in _ASCII_STARTS.finditer((" " + text).encode().translate(_WORD_SPACES_POINTS))
                for a, b in (m.span(),)]
    return [m.span() for m in _FAST_START.finditer(text, pos, len(text) if endpos is None else endpos)]


#: Digits alone, with no check of what stands before them ("RM79": the digits after a currency code).
DIGITS_ONLY = re.compile(DIGITS)
#: What follows "a" or "an" when it opens a numeral ("a third", "an eighth", "a hundred", "a a hundred fifths"):
#: dashes or white space, then the first letter of a number word, of a denominator or of another article.
_ARTICLE_NEXT = "".join(sorted({w[0] for w in _WORD_LIST + list(_ORDINAL_DEN) + ["first", "second", "a"]}))
_AFTER_ARTICLE = re.compile(rf"[\s-]+(?i:[{_ARTICLE_NEXT}])")


def numerals(text: str, pos: int = 0, endpos: int | None = None):
    """The matches of :data:`NUMERAL` in ``text``, left to right and not overlapping (as ``NUMERAL.finditer``),
    that start between ``pos`` and ``endpos``.

    Digits glued to a short word that opens with a capital ("USD115", "RM79", "Rs50", "$US113", "R410") are yielded too:
    the figure reader decides whether the word is a currency code or the number is part of a name ("MP3").
    """
    end = 0
    digits, plain, others, words = NUMERAL.digits.match, NUMERAL._plain.match, NUMERAL._others.match, None
    for st, c_end in _starts(text, pos, endpos):
        if st < end:
            continue
        if text[st] in "aA" and _AFTER_ARTICLE.match(text, c_end) is None:
            continue  # "a year", "an hour": no number word after the article, so NUMERAL cannot match here
        if text[st].isalpha():  # a number word: only the word half can match here (see NumeralPattern)
            if words is None:
                words = _word_matcher(text)
            m = words(text, st)
        else:
            m = (digits if others(text, st) else plain)(text, st)  # NumeralPattern.match_digits, inlined
        if m is None and st >= 1 and text[st - 1].isalpha() and _glued_word(text, st):
            m = DIGITS_ONLY.match(text, st)
        elif m is None and st >= 3 and _SLASH_POINT_CODE.match(text, st - 3):
            m = DIGITS_ONLY.match(text, st)  # (a slash-and-point currency sign glued to it: "B/.3.25", "S/.25")
        if m is not None:
            end = m.end()
            yield m


#: What every match of :data:`FRACTION_WORDS` holds, in small letters: a denominator ("third", "halves",
#: "hundredths"), "first" or "second" (a compound denominator, "twenty-firsts"), or "half" or "quarter". Each of
#: those words holds one of these pieces (most end in "-th"), and a few substring tests cost far less than a search.
_FRACTION_PIECES = ("nth", "fth", "xth", "hth", "rth", "eth", "dth", "ird", "half", "halv", "quarter", "first",
                    "second")


def _word_matcher(text: str):
    """The ``match`` of :data:`NUMERAL`'s word half for ``text``, or of the cheaper :func:`cardinal_words` when
    no word fraction can occur in ``text``.

    The word half tries :data:`FRACTION_WORDS` before the plain number words at every number word; a fraction
    needs a denominator, so an ASCII text that holds none (:data:`_FRACTION_PIECES`) reads the same with the
    number words alone. Beyond ASCII, case-blind matching folds letters such as "ſ" into ASCII ones, so such a
    text keeps the whole pattern.
    """
    if text.isascii():
        low = text.lower()
        for piece in _FRACTION_PIECES:
            if piece in low:
                return NUMERAL.words.match
        return cardinal_words().match
    return NUMERAL.words.match


#: Letters a currency code glued to its amount may have ("RM79", "USD115").
GLUED_CODE_LETTERS = (1, 2, 3)


#: A capital, a slash and a point right before a digit: the way some Latin American currencies are signed ("B/.",
#: "S/."). The point and slash would otherwise keep the digits from being a number at all (a path, a decimal).
_SLASH_POINT_CODE = re.compile(r"(?<![A-Za-z])[A-Z]/\.(?=\d)")


def _glued_word(text: str, st: int) -> bool:
    """Whether the letters right before ``st`` form a word of :data:`GLUED_CODE_LETTERS` letters that opens with
    a capital and starts after a non-alphanumeric character ("RM79", "$A82", and one letter: "R410m", which the
    figure reader takes as money only for a one-letter prefix the rules list, else as a name: "G7")."""
    for n in GLUED_CODE_LETTERS:
        w = st - n
        if w >= 0 and text[w:st].isalpha() and text[w].isupper() and (w == 0 or not text[w - 1].isalnum()):
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


_SEPARATORS = re.compile(r"[,\s\u00a0\u202f\u2009'’]")
_POINT = re.compile(r"\s+point\s+")
#: Largest power of ten read in scientific notation (floats end near 1e308).
MAX_EXPONENT = 300
_SUPERSCRIPT = str.maketrans("⁰¹²³⁴⁵⁶⁷⁸⁹⁻", "0123456789-")
_SCI = re.compile(r"^(\d+(?:\.\d+)?)(?:[eE]([+-]?\d+)|\s?[x×]\s?10\s?\^?\s?([−-]?\d+))$")
_POWER = re.compile(r"^(\d+(?:\.\d+)?)(?:\s?[x×*]\s?(\d+(?:\.\d+)?))?\s?\^\s?([+−-]?\d+)$")
#: Relative precision of a power ("1.1^23"): the result is exact, but its float is not.
POWER_REL_STEP = 1e-9
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
        if "/" in t or "⁄" in t:
            fm = _FRAC.match(t.replace("⁄", "/"))
            if not fm:
                return None
            whole, num, den = int(fm.group(1) or 0), int(fm.group(2)), int(fm.group(3))
            if den == 0 or num >= den:
                return None
            return Numeral(whole + num / den, 1.0 / den / 2, False, t)
        pw = _POWER.match(t) if "^" in t else None
        if pw:
            mant, base, exp = float(pw.group(1)), pw.group(2), int(pw.group(3).replace("−", "-"))
            try:
                value = mant * float(base) ** exp if base else mant ** exp
            except (OverflowError, ZeroDivisionError):
                return None
            if not math.isfinite(value) or abs(exp) > MAX_EXPONENT:
                return None
            return Numeral(value, abs(value) * POWER_REL_STEP or POWER_REL_STEP, False, t)
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


_TOKEN_SPLIT = re.compile(r"[\s-]+")
_SCALE_WORDS = frozenset(_MULT)


def strict_cardinal(tokens: list[str]) -> int | None:
    """Value of number-word ``tokens`` that form a well-made English cardinal; None otherwise.

    Stricter than :func:`words_to_number`: "thirty two five" and "one one hundred" are not numbers, so a
    trailing ordinal can be told apart from the numerator before it ("one hundred thirty fifths"). "and" may only
    follow a scale word ("three hundred and twelve"); larger scales come first ("two million three thousand").
    """
    if len(tokens) > 1 and tokens[0] in ("a", "an") and tokens[1] in _MULT:
        tokens = ["one"] + tokens[1:]  # "a hundred", "a million"
    total, group, last_scale = 0, 0, None
    below = None  # what the current group below a hundred holds: None, "unit", "teen", "tens", "tens-unit"
    hundred = False
    prev = None
    for w in tokens:
        if w == "and":
            if prev not in _SCALE_WORDS:
                return None
        elif w in _SMALL:
            v = _SMALL[w]
            if below is None:
                below = "tens" if v >= 20 and v % 10 == 0 else "teen" if v >= 10 else "unit"
            elif below == "tens" and 0 < v < 10:
                below = "tens-unit"
            else:
                return None
            group += v
        elif w == "hundred":
            if hundred or (group >= 100):
                return None
            group = (group or 1) * 100
            hundred, below = True, None
        elif w in _MULT:
            m = _MULT[w]
            if last_scale is not None and m >= last_scale:
                return None
            total += (group or 1) * m
            group, hundred, below, last_scale = 0, False, None, m
        else:
            return None
        prev = w
    if prev is None or prev == "and":
        return None
    return total + group


@lru_cache(maxsize=PARSE_CACHE_SIZE)  # called with the same few numerals again and again, like parse_numeral
def digit_word_run(text: str) -> int | None:
    """Length of the first number of a run of small number words that do not make one number together
    ("three-nought-four" is read out digit by digit; "twenty twenty" is two twenties): the end, in characters,
    of its first word. None when the words make one number or are not such a run."""
    tokens = [w for w in _TOKEN_SPLIT.split(text.lower()) if w]
    if len(tokens) < 2 or not all(w in _SMALL or w in ("nought", "naught") for w in tokens):
        return None
    if strict_cardinal([w if w in _SMALL else "zero" for w in tokens]) is not None:
        return None
    first = re.match(r"[A-Za-z]+(?:\s*-\s*(?=[A-Za-z]))?", text)
    head = first.group(0)
    # a tens word and a unit written hyphenated ("twenty-five") stay one number
    m = re.match(rf"(?i:(?:{_TENS})\s?-\s?(?:{_UNITS})\b)", text)
    if m and strict_cardinal(_TOKEN_SPLIT.split(m.group(0).lower())) is not None:
        return m.end()
    return len(head.rstrip(" -"))


def ordinal_value(text: str) -> int | None:
    """Rank of an ordinal phrase ("fifteenth", "twenty-first", "one hundred and fifth", "10th"); None if not one."""
    dm = re.fullmatch(r"(?:the\s+)?(\d+)(?:st|nd|rd|th)", text.strip().lower())
    if dm:
        return int(dm.group(1))
    tokens = [w for w in _TOKEN_SPLIT.split(text.strip().lower()) if w]
    if not tokens:
        return None
    if tokens[0] == "the":
        tokens = tokens[1:]
    if not tokens or tokens[-1] not in _ORDINAL_CARDINAL:
        return None
    if len(tokens) > 1 and tokens[0] in _SCALE_WORDS:
        return None  # "hundred and fifth": a rank is written with its leading number
    return strict_cardinal(tokens[:-1] + [_ORDINAL_CARDINAL[tokens[-1]]])


def _denominator(tokens: list[str]) -> int | None:
    """Value of a denominator: an ordinal, maybe compound and plural ("fifths", "twenty-firsts"), or half/quarter."""
    last = tokens[-1]
    if len(tokens) == 1 and last in _ORDINAL_DEN:
        return _ORDINAL_DEN[last]
    if len(tokens) == 1 and last.endswith("s") and last[:-1] in _ORDINAL_DEN:
        return _ORDINAL_DEN[last[:-1]]
    if last.startswith(("half", "halv", "quarter")):
        return None  # "twenty quarters" is not one denominator
    if len(tokens) == 1 and last.rstrip("s") in ("first", "second"):
        return None  # "one second": a unit of time, not a half
    word = last[:-1] if last.endswith("s") and last[:-1] in _ORDINAL_CARDINAL else last
    return ordinal_value(" ".join(tokens[:-1] + [word]))


def _numerator(tokens: list[str]) -> int | None:
    if tokens in (["a"], ["an"]):
        return 1
    return strict_cardinal(tokens)


def _pure_fraction(tokens: list[str], joined: frozenset[int] = frozenset()) -> tuple[int, int] | None:
    """(numerator, denominator) of a fraction without a whole part.

    The denominator is the longest trailing run of words that forms an ordinal and leaves a well-made numerator
    before it: "one hundred thirty fifths" is 100/35, "one hundred thirty two fifths" is 132/5 ("thirty two
    fifths" is no ordinal). A singular denominator takes only "a" or "one" ("one twenty-fifth"); "one hundred
    thirty fifth" is a rank, not a fraction. ``joined`` holds the indexes of tokens written hyphenated to the
    one before them.
    """
    plural = tokens[-1].endswith("s") and tokens[-1] != "halves"
    for i in range(1, len(tokens)):
        if i < len(tokens) - 1 and i in joined:
            continue  # "ninety-five hundred fifths": the denominator does not start inside "ninety-five"
        den = _denominator(tokens[i:])
        if den is None:
            continue
        num = _numerator(tokens[:i])
        if num is None:
            continue
        adjective = i == 1 and tokens[-1] in ("half", "quarter")  # "a three-quarter stake"
        if plural == (num == 1) and tokens[-1] != "halves" and not adjective:
            continue  # "one thirds", "three fifth" are not English fractions
        return num, den
    return None


def _word_fraction(low: str) -> Numeral | None:
    """ "two thirds", "one and a half", "a quarter", "one twenty-fifth", "half a million" (the scale is read by the
    caller). After "and", a proper fraction is the fraction of a whole ("two and three quarters"); an improper
    one belongs to the numerator ("one hundred and thirty fifths" is 130/5)."""
    low = re.sub(r"\s+(?:of\s+)?an?$", "", low)  # "half a" (million), "two thirds of a" (million)
    tokens, joined = [], set()
    for word in re.sub(r"\s*-\s*", "-", low.replace("&", " and ")).split():
        for k, part in enumerate(p for p in word.split("-") if p):
            if k:
                joined.add(len(tokens))
            tokens.append(part)
    if not tokens:
        return None
    den_word = tokens[-1]
    if len(tokens) == 1:
        if den_word not in ("half", "quarter"):
            return None
        return Numeral(1 / _ORDINAL_DEN[den_word], 1 / _ORDINAL_DEN[den_word] / 2, True, "")
    whole, of, nd = 0, 1, None  # ``of``: what the fraction is a fraction of (1, or the scale word before "and")
    if "and" in tokens:
        j = len(tokens) - 1 - tokens[::-1].index("and")
        tail = _pure_fraction(tokens[j + 1:], frozenset(k - j - 1 for k in joined)) if j + 1 < len(tokens) else None
        head = strict_cardinal(tokens[:j]) if j else None
        if tail is not None and tail[0] < tail[1] and head is not None:
            whole, nd = head, tail
            if _MULT.get(tokens[j - 1], 0) >= FRACTION_OF_SCALE_MIN:  # "five billion and three quarters"
                of = _MULT[tokens[j - 1]]
    if nd is None:
        nd = _pure_fraction(tokens, frozenset(joined))
        if nd is None and len(tokens) > 2 and tokens[0] in ("a", "an"):  # "a three-quarter stake"
            nd = _pure_fraction(tokens[1:], frozenset(k - 1 for k in joined))
        if nd is None:
            return None
    num, den = nd
    weak = (not whole and num == 1 and den_word != "half") or den_word in ("quarters", "seconds")
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
