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
from reecheck.text import _END, LazyAlternations, LazyPattern, TailPattern, phrase_alternation, phrase_groups


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
    assert [m.span() for m in numerals(text)] == [m.span() for m in NUMERAL.full().finditer(text)]


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


# -- patterns compiled a few first letters at a time (LazyAlternations) and on first use ----------------------

#: Characters that test the edges of first-letter dispatch: the optional leads (spaces of several kinds, a hyphen,
#: "/"), letters that case-blind matching folds into ASCII ones (long s, Kelvin sign, dotless i), micro and mu.
_EDGE_TOKENS = [" ", "  ", "\u00a0", "\u2009", "\t", "-", "/", " per ", "per", " a ", "an ", "A ", "ſ", "\u212a", "ı",
                "µ", "μ", "°", "%", "$", "5", ".", ",", "(", "x", "Z", "s", "S"]


def _sample(words, n: int = 80) -> list[str]:
    """Every k-th of ``words`` (sorted, so the sample is the same every run), about ``n`` of them."""
    words = sorted(set(words))
    return words[:: max(1, len(words) // n)]


_R = reader_for()
_UNIT_TOKENS = _sample(list(_R.units) + list(_R.gated_units) + list(_R.cur_names)) + _EDGE_TOKENS
_RATE_TOKENS = _sample(_R.rates) + _sample(_R.units, 40) + _EDGE_TOKENS


def _same_matches(lazy, full, text: str) -> None:
    """``lazy.match`` and ``full.match`` agree at every position of ``text`` (spans of every named group too),
    also when the match may not run to the end of the text."""
    for pos in range(len(text) + 1):
        end = len(text) - pos % 3
        a, b = lazy.match(text, pos, end), full.match(text, pos, end)
        assert (a is None) == (b is None), (text, pos)
        if a is not None:
            assert a.span() == b.span() and a.groupdict() == b.groupdict(), (text, pos)
            assert all(a.span(g) == b.span(g) for g in b.re.groupindex), (text, pos)


_FULL_UNIT, _FULL_RATE = _R.re_unit.full(), _R.re_rate.full()


@settings(max_examples=300, deadline=None)
@given(joined(_UNIT_TOKENS))
def test_unit_pattern_compiled_by_first_letter_matches_as_the_whole_pattern(text):
    _same_matches(_R.re_unit, _FULL_UNIT, text)


@settings(max_examples=300, deadline=None)
@given(joined(_RATE_TOKENS))
def test_rate_pattern_compiled_by_first_letter_matches_as_the_whole_pattern(text):
    _same_matches(_R.re_rate, _FULL_RATE, text)


@settings(max_examples=300, deadline=None)
@given(joined(["one", "a ", "half", "third", "ſeven", "\u212a", "2", "1/2", "½", ".5", " ", "-", "and ", "x",
               "hundred", "٣", "A", "thousand ", ","]))
def test_numeral_matched_by_its_digit_or_word_half_is_the_whole_numeral_match(text):
    full = NUMERAL.full()
    for pos in range(len(text) + 1):
        a, b = NUMERAL.match(text, pos), full.match(text, pos)
        assert (a and a.span()) == (b and b.span()), (text, pos)


def test_lazy_alternations_compile_only_the_groups_that_can_begin_there():
    groups = phrase_groups(["kilogram", "kg", "metre", "mile", "tonne"], lambda p: len(p) < 3)
    lz = LazyAlternations([r"\s?(?P<u>", groups, r")\b"], lambda w: ((w[:2] if w[:1].isspace() else w[:1]),), 2)
    m = lz.match("5 kg of it", 1)
    assert m is not None and m.group("u") == "kg"
    only_k = lz._by_window[" k"].pattern  # noqa: SLF001 - the point of the test is what got compiled
    assert "[Kk]" in only_k and "[Mm]" not in only_k and "[Tt]" not in only_k
    assert lz.match("5 Mile", 1).group("u") == "Mile" and lz.match("5 x", 1) is None
    assert lz.pattern == r"\s?(?P<u>" + phrase_alternation(["kilogram", "kg", "metre", "mile", "tonne"],
                                                           lambda p: len(p) < 3) + r")\b"


def test_lazy_pattern_and_tail_pattern_compile_on_first_use():
    lp = LazyPattern(r"\bfrom\s+$", re.I)
    assert lp._rx is None  # noqa: SLF001
    assert lp.search("rose FROM ") is not None and lp.match("x") is None
    assert [m.span() for m in lp.finditer("from from ")] == [(5, 10)]
    tp = TailPattern(r"\s*(?:tuoba)", re.I)
    assert tp.search("ABOUT 5"[:6]).group(0) == "ABOUT "


# -- numeral starts scanned as a digit half and a word half (numbers._starts) ---------------------------------

#: Pieces that meet the edges of the split scan: number words and their prefixes, articles, digits, points,
#: separators, underscores (a word character), capitals, and characters beyond ASCII (which keep the one scan).
_START_TOKENS = ["one", "ten", "tenant", "Twenty", "a", "an", "A ", "and", "half", "quarter", "hundred", "x", " ",
                 "-", ".", ",", "_", "3", "45", "0.5", "(", "'", "\n", "é", "½", "٣", "ſix", "Z"]


@settings(max_examples=500, deadline=None)
@given(joined(_START_TOKENS))
def test_split_start_scan_finds_the_one_pattern_starts(text):
    from reecheck.numbers import _FAST_START, _starts

    assert _starts(text, 0, None) == [m.span() for m in _FAST_START.finditer(text)]


#: Pieces for word fractions: numerators, denominators (and words that hold one), "first"/"second", joiners.
_FRACTION_TOKENS = ["one", "two", "three", "twenty", "a", "an", "and", "half", "halves", "third", "thirds",
                    "quarter", "fifths", "hundredth", "first", "second", "seconds", "million", " ", "-", " of ",
                    "Third", "ſecond", ".", "7"]


@settings(max_examples=500, deadline=None)
@given(joined(_FRACTION_TOKENS))
def test_number_words_read_without_the_fraction_half_only_where_no_fraction_can_be(text):
    from reecheck.numbers import _word_matcher

    starts = [m.start() for m in re.finditer(r"(?<!\w)[^\W\d_]", text)]
    assert [_word_matcher(text)(text, s) and _word_matcher(text)(text, s).span() for s in starts] == [
        NUMERAL.words.match(text, s) and NUMERAL.words.match(text, s).span() for s in starts]


# -- character tests before the figure reader's label, date, age, era and proportion patterns ------------------

_BEFORE_TOKENS = ["page ", "Fig.", "no. ", "#", "№ ", "[", "March ", "Sept. ", "the ", "THE ", "of ", "who was ",
                  "she IS ", "he turned  ", "will be ", "aged ", "AGED ", "aged 19, ", "and ", "ſeptember ", "ıs ",
                  "\u212a", " ", "  ", "\u00a0", "x", "-", ",", "5"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_BEFORE_TOKENS), max_size=6).map("".join))
def test_character_tests_before_a_number_never_turn_a_match_away(before):
    from reecheck.figures import (_AGE_VERB_BEFORE, _AGE_VERB_LASTS, _AGED, _AGED_BEFORE, _AGED_LIST_BEFORE,
                                  _MONTH_BEFORE, _MONTH_LASTS, _REF_BEFORE, _REF_LASTS)

    text = before + "12"
    rev, ra = text[::-1], len(text) - len(before)
    window = before[-LOOKBACK_CHARS:]
    lead = window.rstrip()[-1:]
    if _REF_BEFORE.rx.match(rev, ra, ra + LOOKBACK_CHARS):
        assert lead in _REF_LASTS
    if _MONTH_BEFORE.rx.match(rev, ra, ra + LOOKBACK_CHARS):
        assert lead in _MONTH_LASTS
    if _AGE_VERB_BEFORE.search(window):
        assert lead in _AGE_VERB_LASTS
    if _AGED_BEFORE.search(window) or _AGED_LIST_BEFORE.search(window):
        assert _AGED in window.lower()


_AFTER_TOKENS = [" ", "  ", "\t", "BC", "BCE", "A.D.", "AD", "CE", "bc", " of ", " in ", " out of ", " every ",
                 "ten", "3", " tonnes", "o", "i", ".", "\u00a0"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_AFTER_TOKENS), max_size=6).map("".join))
def test_character_tests_after_a_number_never_turn_a_match_away(after):
    from reecheck.figures import LOOKAHEAD_CHARS, _ERA_AFTER, _ERA_FIRSTS, _PROPORTION, _PROPORTION_FIRSTS

    text = "12" + after
    nxt = text[2:2 + LOOKAHEAD_CHARS].lstrip()[:1]
    if _ERA_AFTER.match(text, 2):
        assert nxt in _ERA_FIRSTS
    if _PROPORTION.match(text, 2):
        assert nxt in _PROPORTION_FIRSTS or not nxt


def test_every_word_a_fraction_needs_holds_one_of_the_fraction_pieces():
    from reecheck.numbers import _FRACTION_PIECES, _ORDINAL_DEN

    for word in [*_ORDINAL_DEN, "first", "second", "half", "quarter"]:
        assert any(piece in word for piece in _FRACTION_PIECES), word


@settings(max_examples=400, deadline=None)
@given(joined(["per", "/", " ", "1", "0", ",", "10", "x", "P", "super", "+", "±", "-", "−", "\u00a0"]))
def test_plus_minus_and_per_number_tests_never_turn_a_match_away(text):
    from reecheck.figures import (LOOKAHEAD_CHARS, _PER_NUMBER_HINT, _PLUSMINUS, _PLUSMINUS_SIGNS, _holds_any,
                                  _per_number_hinted)

    for pos in range(len(text) + 1):
        assert _per_number_hinted(text, pos) == (_PER_NUMBER_HINT.search(text, pos, pos + LOOKAHEAD_CHARS) is not None)
        if _PLUSMINUS.match(text, pos):
            assert _holds_any(text[pos:pos + 2], _PLUSMINUS_SIGNS)


@settings(max_examples=400, deadline=None)
@given(joined(["a", "Z", "-", "1", "9", " ", ".", "_", "x7", "G-", "0"]))
def test_ascii_identifier_seams_are_the_identifier_seams(text):
    from reecheck.figures import _ASCII_IDENT_SEAM

    assert [m.start() for m in _ASCII_IDENT_SEAM.finditer(text)] == [m.start() for m in _IDENT_SEAM.finditer(text)]


# -- speed11: the digit half read as a plain number where no other branch can match, and more cheap tests ----------

_DIGIT_TOKENS = ["1", "12", "2019", ".", ".5", ",", ", ", " , ", " . ", "000", "e", "E", "e5", "x", "×", "*", "^", "/",
                 "⁄", "½", " ", "  ", "\u00a0", "\u2009", "-", "−", "+", "a", "٣", "10", "(", "\t"]


@settings(max_examples=600, deadline=None)
@given(joined(_DIGIT_TOKENS))
def test_digit_numerals_read_as_plain_numbers_are_the_digit_half_matches(text):
    full = NUMERAL.digits
    for pos in range(len(text) + 1):
        slow, fast = full.match(text, pos), NUMERAL.match_digits(text, pos)
        assert (slow and slow.span()) == (fast and fast.span())
    # digits glued to letters are yielded on purpose; a point between letters and digits ("Ex.5") is read as a
    # decimal point by the start scan but not by the full pattern, before this branch as after it (see handover)
    if re.search(r"[^\W\d_]\.?[\d½]", text) is None:
        assert [m.span() for m in numerals(text)] == [m.span() for m in NUMERAL.full().finditer(text)]


_AFTER_NUMBER_TOKENS = [" ", "  ", "\t", "\u00a0", "-", "(", "[", "{", "<", '"', "'", "’", "in", "in.", " in", "thick",
                        "k", "K", "m", "M", "b", " k", "g", ".", ",", "_", "5", "é", "ſ", "\u212a", "th", "st", "May",
                        "of", " of ", "sept", "rushing", " more", "tonnes", "+", "or more", "ish", "-odd", "plus",
                        "per", "/", "a year", "annually", "x", "fold", " times", "every", "o", "i", "ABC"]


@settings(max_examples=600, deadline=None)
@given(joined(_AFTER_NUMBER_TOKENS))
def test_character_tests_after_a_number_never_turn_a_later_match_away(after):
    from reecheck.figures import (_BRACKET_OPEN, _CONVERSION_AFTER, _FOOT_QUOTE, _INCH_AT_END, _INCH_DIMENSION,
                                  _INCH_QUOTE, _MONTH_AFTER, _MONTH_AFTER_FIRSTS, _MULTIPLE_HEAD, _NOUN_AFTER, _OF_THING,
                                  _PER_NUMBER_HINT, _PHONE, _PROPORTION, _SCALE_LETTER, _UNIT_MARK_FIRSTS,
                                  _UNIT_MARK_SECONDS, _WORD_BEFORE_UNIT, LOOKAHEAD_CHARS, MONTH_AFTER_MIN_CHARS,
                                  PHONE_MIN_CHARS, _lone_letter_at)

    r = reader_for()
    text = "12" + after
    n = len(text)
    for pos in range(2, n + 1):
        window = text[pos:pos + LOOKAHEAD_CHARS]
        nxt = window.lstrip()[:1]
        if pos == n:  # the patterns guarded by "a character is left" need one
            for rx in (r.re_unit, r.re_suffix, r.re_rate, _NOUN_AFTER, _OF_THING, _CONVERSION_AFTER, _PROPORTION,
                       _MULTIPLE_HEAD, _PER_NUMBER_HINT):
                assert rx.match(text, pos) is None
        if _PHONE.match(text, pos - 2):
            assert n - (pos - 2) >= PHONE_MIN_CHARS
        if _MONTH_AFTER.match(window):
            assert nxt in _MONTH_AFTER_FIRSTS and len(window) >= MONTH_AFTER_MIN_CHARS
        if _WORD_BEFORE_UNIT.match(text, pos):
            assert text.startswith(" ", pos)
        if _INCH_DIMENSION.match(text, pos):
            assert "in" in text[pos:pos + 3]
        if any(rx.match(text, pos) for rx in (_BRACKET_OPEN, _INCH_QUOTE, _INCH_AT_END, _FOOT_QUOTE)):
            c0 = text[pos:pos + 1]
            assert c0 in _UNIT_MARK_FIRSTS or c0.isspace() and text[pos + 1:pos + 2] in _UNIT_MARK_SECONDS
        if _SCALE_LETTER.match(text, pos):
            assert _lone_letter_at(text, pos)
        if r.re_suffix.match(text, pos):
            c0 = text[pos:pos + 1]
            assert c0 in r.suffix_firsts or c0.isspace() and text[pos + 1:pos + 2] in r.suffix_firsts


_BEFORE_NUMBER_TOKENS = ["about ", "ſome ", "over  ", "US$", "Rs.", "€ ", "the ", "(", "-", "up to ", "≈", "NEARLY ",
                         "  ", "of ", "more or leſſ ", "rose ", "ROSE by ", "fell about ", "cut ", "up ", "minus ",
                         "NEGATIVE ", "weighs ", "is ", "\u212a", "ı", "HK $", "CN¥", "hs ", "s", " ", "\u00a0", "by "]


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_BEFORE_NUMBER_TOKENS), max_size=6).map("".join))
def test_last_two_character_tests_never_turn_a_backward_match_away(before):
    from reecheck.figures import _MINUS_BEFORE, _MINUS_TAIL, _SIGN_BEFORE, _SIGN_TAIL, SIGN_WORD_CHARS

    r = reader_for()
    text = before + "12"
    rev, end = text[::-1], len(before)
    stripped = before[-LOOKBACK_CHARS:].rstrip()
    if r.re_prefix.search_at(text, rev, end, LOOKBACK_CHARS) is not None:
        assert r.prefix_tail.allows(stripped)
    if r.re_qual.search_at(text, rev, end, LOOKBACK_CHARS) is not None:
        assert r.qual_tail.allows(stripped)
    if _SIGN_BEFORE.search_at(text, rev, end, SIGN_WORD_CHARS) is not None:
        assert _SIGN_TAIL.allows(stripped)
    if _MINUS_BEFORE.search_at(text, rev, end, LOOKBACK_CHARS) is not None:
        assert _MINUS_TAIL.allows(stripped)


@settings(max_examples=300, deadline=None)
@given(joined(["a", "Z", "-", "1", "9", " ", ".", "_", "é", "٣", "x7", "G-", "COVID-19", "+5"]))
def test_glued_identifiers_found_only_where_a_letter_meets_a_digit(text):
    from reecheck.figures import _IDENT, _glued_identifiers

    found = [(k.start, k.end) for k in _glued_identifiers(text, [], [])]
    assert found == [m.span() for m in _IDENT.finditer(text)]


def _tail_answers_in_full(r, stripped: str) -> tuple[bool, bool, bool, bool]:
    """The four tests before a number as the reader ran them before their answers were kept by character pair."""
    from reecheck.figures import _MINUS_TAIL, _SIGN_TAIL

    lead = stripped[-1:]
    return ((r.prefix_tail.allows(stripped) if r.prefix_tail is not None
             else r.prefix_lasts is None or lead in r.prefix_lasts),
            (r.qual_tail.allows(stripped) if r.qual_tail is not None
             else r.qual_lasts is None or lead in r.qual_lasts),
            _SIGN_TAIL.allows(stripped), _MINUS_TAIL.allows(stripped))


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_BEFORE_NUMBER_TOKENS + ["É", "ß", "x", "Q", "7", "\t"]), max_size=6).map("".join))
def test_tail_answers_kept_by_the_last_two_characters_are_the_answers_on_the_whole_text(before):
    from reecheck.figures import Reader

    stripped = before[-LOOKBACK_CHARS:].rstrip()
    r = reader_for()
    assert r.tails_allow(stripped[-2:]) == _tail_answers_in_full(r, stripped)
    # rules for which no two-character test could be built fall back on the last character, kept the same way
    bare = Reader(r.rules)
    bare.prefix_tail = bare.qual_tail = None
    assert bare.tails_allow(stripped[-2:]) == _tail_answers_in_full(bare, stripped)
    assert bare.tails_allow(stripped[-2:]) == _tail_answers_in_full(bare, stripped)  # the kept answer, asked again


@settings(max_examples=300, deadline=None)
@given(joined(["12", " ", "kg", "in", "(", "'", '"', "°", "per", "/", "-", "to", "±", "+", "of a ", "a", "\u00a0", "é"]))
def test_rules_after_a_number_skipped_at_the_end_of_the_text_cannot_match_there(text):
    """The reader skips the plus-minus, range, unit, unit-mark and rate rules where nothing follows the number
    (``pos == len(text)``): none of their patterns matches at the end of a text."""
    from reecheck.figures import (_BRACKET_OPEN, _CONVERSION_AFTER, _FOOT_QUOTE, _INCH_AT_END, _INCH_DIMENSION,
                                  _INCH_QUOTE, _OF_A_UNIT, _OF_THING, _PLUSMINUS, _WORD_BEFORE_UNIT,
                                  _per_number_hinted)

    r = reader_for()
    n = len(text)
    for rx in (_PLUSMINUS, r.re_range, r.re_unit, _WORD_BEFORE_UNIT, _INCH_DIMENSION, _BRACKET_OPEN, _INCH_QUOTE,
               _INCH_AT_END, _FOOT_QUOTE, _OF_A_UNIT, r.re_rate, _OF_THING, _CONVERSION_AFTER):
        assert rx.match(text, n) is None
    assert not _per_number_hinted(text, n) and not text.startswith("°", n)


# -- first-letter groups shaped as prefix trees (phrase_groups) against the flat, longest-first alternation -------

def _flat_groups(phrases, exact) -> str:
    """The alternation as it was written before the tree: each group's members flat, longest first."""
    return "|".join(head + body for head, body in phrase_groups(phrases, exact, tree=False))


#: Letters that fold into others under case-blind matching (long s, Kelvin sign, dotless i, micro and mu), a
#: caseless sign beyond ASCII, and the pieces a tree shares: prefixes, both cases, spaces.
_PHRASE_ALPHABET = "abkmsMKS $.ſ\u212aıµμ°"


@settings(max_examples=400, deadline=None)
@given(st.lists(st.text(alphabet=_PHRASE_ALPHABET, min_size=1, max_size=5), min_size=1, max_size=14),
       st.text(alphabet=_PHRASE_ALPHABET + "x", max_size=8), st.booleans(), st.sampled_from([r"(?![\w])", r"(?=x)", ""]))
def test_phrase_tree_matches_the_spans_of_the_flat_alternation(phrases, probe, case_blind, after):
    exact = lambda p: len(p) < 3 or any(c.isupper() for c in p)  # noqa: E731 - the reader's own rule
    flags = re.I if case_blind else 0
    tree = re.compile(rf"(?:{phrase_alternation(phrases, exact)}){after}", flags)
    flat = re.compile(rf"(?:{_flat_groups(phrases, exact)}){after}", flags)
    for text in [probe] + [p + probe for p in phrases] + [p.swapcase() + probe for p in phrases]:
        a, b = tree.match(text), flat.match(text)
        assert (a and a.span()) == (b and b.span()), (phrases, text)


def test_the_rules_unit_and_rate_trees_match_as_their_flat_alternations():
    r = reader_for()
    exact = lambda p: len(p) < 3 or any(c.isupper() for c in p)  # noqa: E731 - the reader's own rule
    aliases = list(r.units) + list(r.gated_units)
    tree = re.compile(rf"\s?(?P<u>{phrase_alternation(aliases, exact)})(?![\w])")
    flat = re.compile(rf"\s?(?P<u>{_flat_groups(aliases, exact)})(?![\w])")
    rates = re.compile(rf"\s?(?P<u>{phrase_alternation(r.rates, exact)})(?![\w])", re.I)
    rates_flat = re.compile(rf"\s?(?P<u>{_flat_groups(r.rates, exact)})(?![\w])", re.I)
    for a in aliases + list(r.rates):
        for text in (" " + a, " " + a + "s", " " + a.swapcase() + ".", " " + a[:-1], " " + a.upper() + " x"):
            m, n = tree.match(text), flat.match(text)
            assert (m and m.span("u")) == (n and n.span("u")), text
            m, n = rates.match(text), rates_flat.match(text)
            assert (m and m.span("u")) == (n and n.span("u")), text


@settings(max_examples=500, deadline=None)
@given(joined([" ", ".", "5", "12", "0", "a", "an", "one", "on", "half", "hundred", "thousand", "x", "_", "e", "t",
               "ten", "twenty", "s", "quarter", "z", "zero"]))
def test_ascii_start_scan_with_a_literal_per_branch_finds_the_plain_scans_matches(text):
    from reecheck.numbers import _ASCII_STARTS, _ASCII_STARTS_PLAIN

    data = text.encode()
    assert [m.span() for m in _ASCII_STARTS.finditer(data)] == [
        m.span() for m in _ASCII_STARTS_PLAIN.compiled().finditer(data)]


@settings(max_examples=500, deadline=None)
@given(joined(["1", "12", "123", "1234", ",", ", ", ".", " ", "\u00a0", "\u202f", "000", "5", "x", "/"]))
def test_plain_numeral_with_possessive_leading_digits_matches_as_the_plain_numeral(text):
    from reecheck.numbers import _PLAIN_NUMERAL

    slow = re.compile(_PLAIN_NUMERAL)
    for pos in range(len(text) + 1):
        a, b = NUMERAL._plain.match(text, pos), slow.match(text, pos)  # noqa: SLF001 - the pattern under test
        assert (a and a.span()) == (b and b.span()), (text, pos)


def test_unit_answers_kept_per_alias_hang_on_the_alias_alone():
    """:meth:`Reader.unit_of` keeps its answer for an alias without a context entry; worked out afresh in other
    sentences (with context words of other entries around, with a scale word before it) it is the same."""
    r = reader_for()
    plain = [a for a in _sample(r.units, 120) if a not in r.gated_units and a not in r.gated_cur
             and a.lower() not in r.gated_cur]
    sentences = ["The crate of {} was weighed on Tuesday.", "The share price rose, paying 3 {} per engine.",
                 "About 5 {} of charge were stored in the capacitor."]
    checked = 0
    for alias in plain:
        answers = set()
        for sentence in sentences:
            text = sentence.format("12 " + alias)
            m = r.re_unit.match(text, text.index("12 ") + 2)
            if m is None or m.group("u") != alias:
                continue  # another alias matches longer here ("m" inside "mph"): not this alias's answer
            for scaled in (False, True):
                r.plain_unit_answers.clear()
                answers.add(r.unit_of(m, {}, text, scaled))  # worked out
                answers.add(r.unit_of(m, {}, text, scaled))  # kept
        assert len(answers) <= 1, (alias, answers)
        checked += bool(answers)
    assert checked > 50


def test_aliases_with_a_context_entry_are_never_kept():
    r = reader_for()
    for alias in sorted(r.gated_units)[:40]:
        text = f"It was 12 {alias} on the scale."
        m = r.re_unit.match(text, text.index("12 ") + 2)
        if m is not None and m.group("u") is not None:
            r.unit_of(m, {}, text)
            assert m.group("u") not in r.gated_units or m.group("u") not in r.plain_unit_answers
