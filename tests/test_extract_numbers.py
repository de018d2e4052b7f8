"""Number syntax: fractions with compound ordinals, "X over Y", powers, digits mixed with scale words, scale
letters that end a clause, comma lists, and bounds paired into ranges.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reecheck import extract
from reecheck.figures import scan
from reecheck.numbers import ordinal_value, parse_numeral, strict_cardinal


def values(text: str) -> list:
    return [pytest.approx(f.value) for f in extract(text)]


def spans(text: str) -> list[tuple]:
    return [(f.low, f.high, f.qualifier) for f in extract(text)]


# --- fractions whose denominator is a compound ordinal ----------------------------------------------------

@pytest.mark.parametrize(("words", "value"), [
    ("one twenty-fifth", 1 / 25),
    ("four twenty-firsts", 4 / 21),
    ("four twenty firsts", 4 / 21),
    ("thirty thirty fifths", 30 / 35),
    ("one one hundred fifth", 1 / 105),
    ("one one hundred and fifth", 1 / 105),
    ("a hundred thousandths", 100 / 1000),
    # the denominator is the longest trailing ordinal that leaves a well-made numerator
    ("two hundred forty sixths", 200 / 46),
    ("two hundred forty-sixths", 200 / 46),
    ("two hundred forty one sixths", 241 / 6),
    ("two hundred and forty sixths", 240 / 6),  # "and" binds the numerator
    ("seventy-five hundred thirds", 7500 / 3),  # no denominator starts inside "seventy-five"
    # a proper fraction after "and" is the fraction of a whole
    ("four and two fifths", 4.4),
    ("six and a quarter", 6.25),
])
def test_word_fractions_split_at_the_longest_ordinal(words, value):
    assert parse_numeral(words).value == pytest.approx(value)


@pytest.mark.parametrize("words", ["one thirds", "two hundred forty sixth", "one second", "twenty-first"])
def test_words_that_are_no_fraction(words):
    # a plural needs a numerator above one, a singular denominator takes "a" or "one"; "first" and "second"
    # alone are ranks or time
    assert parse_numeral(words) is None


def test_a_fraction_reads_as_one_only_where_it_can_be_one():
    assert values("The trust kept a twenty-first of the estate.") == [pytest.approx(1 / 21)]
    figures, skipped = scan("Marla Venn spent her twenty-first birthday at sea, in the twenty-first century.")
    assert figures == [] and [s.reason for s in skipped] == ["ordinal", "ordinal"]
    assert extract("The club held its one hundred and fifth regatta.") == []


@pytest.mark.parametrize(("words", "rank"), [
    ("tenth", 10), ("the fifteenth", 15), ("forty-second", 42), ("three hundred and first", 301),
    ("hundred fifth", None), ("thirty two fifth", None), ("fifteen", None),
])
def test_ordinal_value(words, rank):
    assert ordinal_value(words) == rank


@settings(deadline=None, max_examples=200)
@given(st.integers(min_value=1, max_value=999_999))
def test_strict_cardinal_reads_what_it_writes(n):
    ones = "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen " \
           "seventeen eighteen nineteen".split()
    tens = "_ _ twenty thirty forty fifty sixty seventy eighty ninety".split()

    def below_thousand(k: int) -> list[str]:
        out = []
        if k >= 100:
            out += [ones[k // 100], "hundred"] + (["and"] if k % 100 else [])
            k %= 100
        if k >= 20:
            out += [tens[k // 10]] + ([ones[k % 10]] if k % 10 else [])
        elif k:
            out.append(ones[k])
        return out

    words = (below_thousand(n // 1000) + ["thousand"] if n >= 1000 else []) + below_thousand(n % 1000)
    assert strict_cardinal(words) == n


# --- "X over Y" -------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The odds were one over four.", [0.25]),
    ("Write 3 over 8, then simplify.", [0.375]),
    ("The ratio came to 900 over 4.", [225.0]),
    ("The answer is minus two over five.", [-0.4]),
    # a unit or a counted noun after the divisor: "over" is a span or a bound, not a division
    ("Jorvik Ltd. will pay $900 over 4 years.", [900.0, 4.0]),
    ("The Harrow line carried 12 over 3 weekends.", [12.0, 3.0]),
    ("Sales in 2031 over 2030.", []),
])
def test_over_divides_only_bare_numbers(text, expected):
    assert values(text) == [pytest.approx(v) for v in expected]


# --- powers -----------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("Growth compounds to 1.05^10 over the decade.", 1.05 ** 10),
    ("The inverse is 4^-1 here.", 0.25),
    ("A block holds 4x2^8 cells.", 1024.0),
    ("It scales as 3 ^ 2.", 9.0),
])
def test_powers_are_one_number(text, value):
    assert values(text) == [pytest.approx(value)]


# --- digits mixed with scale words ------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The hall seats 5 hundred and 12 guests.", [512.0]),
    ("Orvane counted 7 thousand 2 hundred and 40 ballots.", [7240.0]),
    ("Only 2 hundred and nine came.", [209.0]),
    ("The fund holds 3 crore and five hundred.", [30_000_500.0]),
    # a number without a scale word does not open such a number
    ("They listed 6000 2 hundred and 15 names.", [6000.0, 215.0]),
    # after a large scale a bare digit tail is a separate figure
    ("The firm has 4 million and 30 clerks.", [4e6, 30.0]),
    # zero is no part of a number
    ("Both 5 thousand 2 hundred and 0 were typed.", [5200.0, 0.0]),
])
def test_digits_and_scale_words_compose(text, expected):
    assert values(text) == [pytest.approx(v) for v in expected]


# --- one-letter scales after a number ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Followers: 4.5 k", [4500.0]),
    ("Turnover reached 2.7b.", [2.7e9]),
    ("The index read 3,105,400.5 M.", [3_105_400.5e6]),
    ("The Larch fund ended at US$ 3MM", [3e6]),
    # a word after the letter: left alone
    ("About 5 M shares changed hands.", [5.0]),
    # a letter that is a unit stays the unit, and "12 b" may be a unit the rules lack
    ("She swam 400 m.", [400.0]),
    ("The cross-section is 12 b", [12.0]),
])
def test_scale_letters_that_end_the_clause(text, expected):
    assert values(text) == [pytest.approx(v) for v in expected]


def test_network_generations_and_product_names_are_not_scaled():
    assert extract("Tessaly rolled out 5G towers.") == []
    assert [f.value for f in extract("The lab kept the probe at 300 K, a temperature near the room's.")] == [300.0]


# --- comma lists ------------------------------------------------------------------------------------------

def test_digits_joined_by_commas_without_grouping_are_a_list():
    assert values("Read sections 14,18,23,40.") == [14.0, 18.0, 23.0, 40.0]
    assert values("The bill came to 2,300 crowns.") == [2300.0]
    assert values("Totals of 12,400,500 were logged.") == [12_400_500.0]


def test_dozen_abbreviations_come_from_the_rules():
    assert values("They baked seven dozs of rolls.") == [84.0]


def test_number_words_read_out_one_by_one_stay_separate():
    assert values("The code was five-nought-two.") == [5.0, 0.0, 2.0]
    assert values("Some thirty five people came.") == [35.0]


# --- bounds paired into ranges ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The grant is larger than forty and less or equal than sixty two.", [(40.0, 62.0, "range")]),
    ("Scores were higher or equal than fifty, lower or equal than ninety.", [(50.0, 90.0, "range")]),
    ("Keep more than 3, less than 8 crates.", [(3.0, 8.0, "range")]),
    # a fraction word after a bound is a fraction, not a rank
    ("The share stayed above one fifth and below a half.", [(0.2, 0.5, "range")]),
    ("Over a third voted.", [(1 / 3, None, "at_least")]),
    # each end of a "between" range carries its own sign
    ("Readings sat between minus four and nine.", [(-4.0, 9.0, "range")]),
    ("The lake stayed between -3 and 2 degrees.", [(-3.0, 2.0, "range")]),
])
def test_bounds_pair_into_a_range(text, expected):
    assert spans(text) == [(pytest.approx(lo), None if hi is None else pytest.approx(hi), q) for lo, hi, q in expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Tavi placed between the sixth and the eleventh.", [(6.0, 11.0)]),
    ("The crew ranked higher than the third but lower than the twentieth.", [(3.0, 20.0)]),
    ("She finished between 4th and 9th.", [(4.0, 9.0)]),
    # a noun after the second rank: ranks naming things ("centuries", "rounds"), not a range
    ("Walls rose between the 11th and 13th centuries.", []),
])
def test_ranks_as_range_ends(text, expected):
    figures, skipped = scan(text)
    assert [(f.low, f.high) for f in figures] == [(pytest.approx(lo), pytest.approx(hi)) for lo, hi in expected]
    if figures:
        assert not [k for k in skipped if k.reason == "ordinal"]  # the ranks are read once, as the range


def test_fraction_words_used_as_an_adjective():
    assert values("Quellan Oy bought a three-quarter stake in the dairy.") == [0.75]
    assert values("Cut three-quarter lengths of rope.") == [0.75]
