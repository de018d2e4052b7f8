"""The speed-ups of the figure reader checked against slow, obvious references: patterns rewritten to open with
a literal or one character class, and the cheap character tests run before a pattern (each must be a necessary
condition of its pattern, so it never turns a match away).

Every text here is generated or invented for the test.
"""
from __future__ import annotations

import re

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from reecheck.figures import _ASCII_FOLDS, _IDENT_SEAM, _VAGUE_HINT, LOOKBACK_CHARS, reader_for
from reecheck.numbers import NUMERAL, numerals
from reecheck.text import _END


def joined(tokens: list[str]):
    """Texts made of ``tokens`` run together (so tokens meet with and without spaces between them)."""
    return st.lists(st.sampled_from(tokens), max_size=12).map("".join)


@settings(max_examples=400, deadline=None)
@given(joined(["a", "Z", "-", "1", "9", " ", ".", "_", "é", "٣", "x7", "G-"]))
def test_identifier_seams_found_from_digits_are_the_letter_digit_seams(text):
    slow = [m.start() for m in re.finditer(r"[A-Za-z]-?(?=\d)", text)]
    fast = [q - 1 if text[q - 1] != "-" else q - 2 for q in (m.start() for m in _IDENT_SEAM.finditer(text))]
    assert fast == slow


@settings(max_examples=400, deadline=None)
@given(joined(["ens", "ands", "ons", "eds", "s", " ", "a", "x", "n", "d", "e", "o", "S", "é"]))
def test_vague_hint_opening_with_a_literal_finds_what_the_plain_hint_finds(text):
    assert bool(_VAGUE_HINT.search(text)) == bool(re.search(r"(?:ens|ands|ons|eds) [a-z]", text))


@settings(max_examples=400, deadline=None)
@given(joined([".", "!", "?", "\n", " ", "A", "a", "1", '"', "”", ")", "]", "(", "“", "Mr", "\t"]))
def test_sentence_ends_opening_with_one_class_are_the_plain_sentence_ends(text):
    plain = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])|\n+")
    assert [m.span() for m in _END.finditer(text)] == [m.span() for m in plain.finditer(text)]


@settings(max_examples=400, deadline=None)
@given(joined(["a", "an", "A", "a ", "an ", " ", "-", "third", "hundred", "year", "half", "a a ", "fifths", "one",
               "ſ", "2", "1/2", "and "]))
def test_numerals_after_an_article_are_the_numeral_matches(text):
    assume(re.search(r"[^\W\d_]\d", text) is None)  # digits glued to letters ("Aa2") are yielded on purpose
    assert [m.span() for m in numerals(text)] == [m.span() for m in NUMERAL.finditer(text)]


def test_ascii_folds_hold_every_non_ascii_character_a_case_blind_letter_matches():
    letter = re.compile(r"[a-z]", re.I)
    beyond = {chr(c) for c in range(128, 0x110000) if letter.match(chr(c))}
    assert beyond <= _ASCII_FOLDS


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["about ", "ſome ", "over  ", "US$", "Rs.", "€ ", "the ", "(", "-", "up to ", "≈",
                                 "NEARLY ", "  ", "of ", "more or leſſ "]), max_size=6).map("".join))
def test_last_character_tests_never_turn_a_prefix_or_qualifier_away(before):
    r = reader_for()
    text = before + "12"
    rev, end = text[::-1], len(before)
    lead = before.rstrip()[-1:]
    if r.re_prefix.search_at(text, rev, end, LOOKBACK_CHARS) is not None:
        assert lead in r.prefix_lasts
    if r.re_qual.search_at(text, rev, end, LOOKBACK_CHARS) is not None:
        assert lead in r.qual_lasts
