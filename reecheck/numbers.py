"""Numerals: digits with separators, decimals and number words, read into a value and its precision.

This module knows nothing of units; :mod:`reecheck.figures` calls :func:`parse_numeral` on every match of
:data:`NUMERAL` and decides what the number measures.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_SMALL = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}
_MULT = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
         "trillion": 1_000_000_000_000}
_WORDS = "|".join(sorted(list(_SMALL) + list(_MULT) + ["dozen"], key=len, reverse=True))

#: Digits: "2,600", "816 000" (thin or plain space between groups of three), "3.8", ".5".
DIGITS = (r"(?:\d{1,3}(?:,\d{3})+(?![\d])|\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+(?![\d,])|\d+)(?:\.\d+)?"
          r"|\.\d+")
#: Number words: "twenty-five", "three hundred and twelve", "a dozen", "two million".
WORDS = (rf"(?:\b(?:an?\s+(?=(?:hundred|thousand|million|billion|dozen)\b))?(?:{_WORDS})"
         rf"(?:(?:\s+and\s+|\s+|-)(?:{_WORDS}))*\b)")
NUMERAL = re.compile(rf"(?<![\w.,])(?:{DIGITS})|(?i:{WORDS})")


@dataclass(frozen=True)
class Numeral:
    """A number as written: its value and one unit of its last stated digit (its precision)."""

    value: float
    step: float
    is_word: bool
    digits: str  # the digits as written, separators removed ("" for words)


def parse_numeral(text: str, min_sig_digits: int = 2) -> Numeral | None:
    """Read ``text`` (a match of :data:`NUMERAL`) into a :class:`Numeral`; None if it is not a number.

    >>> parse_numeral("2,500").value, parse_numeral("2,500").step
    (2500.0, 100.0)
    >>> parse_numeral("twenty-five").value
    25.0
    """
    t = text.strip()
    if t and (t[0].isdigit() or t[0] == "."):
        digits = re.sub(r"[,\s\u00a0\u202f\u2009]", "", t)
        try:
            value = float(digits)
        except ValueError:
            return None
        return Numeral(value, digit_step(digits, min_sig_digits), False, digits)
    value = words_to_number(t)
    if value is None:
        return None
    # "two million" is as precise as "2 million": one unit of its last stated word
    return Numeral(float(value), digit_step(str(int(value)), 1) if value else 1.0, True, "")


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
    tokens = [w for w in re.split(r"[\s-]+", text.lower()) if w and w != "and"]
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
