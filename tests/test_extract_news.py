"""Figure reading on news-style text: ranges vs changes, counted "one", scale letters, compound measures,
frequencies, currency prefixes; and the fast scanning helpers checked against slow, obvious references.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reecheck import extract
from reecheck.figures import scan
from reecheck.numbers import NUMERAL, numerals
from reecheck.text import TailPattern, phrase_alternation, reverse_phrases


def read(text: str) -> list[tuple]:
    return [(f.text, pytest.approx(f.value), f.unit) for f in extract(text)]


def bounds(text: str) -> list[tuple]:
    return [(pytest.approx(f.low), pytest.approx(f.high), f.unit, f.qualifier) for f in extract(text)]


# --- "from X to Y": a range unless a change word says the value moved ------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    # no change word: a range
    ("Fares at the Tollmere ferry run from 7 to 12 crowns.", [(7.0, 12.0, "dimensionless", "range")]),
    ("The pumps move from 40 to 65 % of the flow.", [(40.0, 65.0, "percent", "range")]),
    # a change word before "from": the earlier and the later value, two figures
    ("Output at the Brackwell mill fell from 80 % to 55 % last year.",
     [(80.0, 80.0, "percent", "exact"), (55.0, 55.0, "percent", "exact")]),
    ("Rents climbed from $900 to $1,150 a month.",
     [(900.0, 900.0, "USD", "exact"), (1150.0, 1150.0, "USD per month", "exact")]),
])
def test_from_to_is_a_range_unless_a_change_word_precedes(text, expected):
    assert bounds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a range is written from its low end, so a falling pair is a change even with no change word
    ("Inflation is seen easing from 6.1 to 5.4 percent next year.", [("6.1", 6.1, "percent"), ("5.4 percent", 5.4, "percent")]),
    ("Staff numbers went from 1.2 million to 900,000 people.", [("1.2 million", 1.2e6, "dimensionless"),
                                                                ("900,000", 9e5, "dimensionless")]),
    # rising pairs stay ranges, a scale word on the far end included
    ("Flats in the block cost from $600,000 to $1.1 million.", [("$600,000 to $1.1 million", 850000.0, "USD")]),
    # minus signs: "ranged from -8 to -21" is a range however it is ordered
    ("Night temperatures ranged from -8 to -21 C.", [("-8 to -21 C", -14.5, "degree_Celsius")]),
])
def test_a_falling_from_to_pair_is_a_change(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the old level takes the unit, and the scale word, of the new one
    ("Turnover rose from 21.5 to 30-32 billion euros in five years.",
     [("21.5", 21.5e9, "EUR"), ("30-32 billion euros", 31e9, "EUR"), ("five years", 5.0, "year")]),
    ("Harvests grew from 12 to 15 tonnes per hectare.", [("12", 12.0, "metric_ton / hectare"),
                                                       ("15 tonnes per hectare", 15.0, "metric_ton / hectare")]),
    # lists share their scale word too
    ("Stocks stood at 4 and 7 million barrels.", [("4", 4e6, "oil_barrel"), ("7 million barrels", 7e6, "oil_barrel")]),
    # a bare number far from the scaled one is left alone: 800 of what scale?
    ("Output went from 800 to 1.4 million tonnes.", [("800", 800.0, "dimensionless"),
                                                     ("1.4 million tonnes", 1.4e6, "metric_ton")]),
])
def test_the_old_level_of_a_change_takes_the_unit_of_the_new(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Coastal towns could be under water by 2180, engineers say.", []),
    ("The treaty is meant to last until 2250.", []),
    # a change verb before "by" makes it an amount; a noun after makes it a count
    ("Entries rose by 2180.", [("2180", 2180.0, "dimensionless")]),
    ("In 2180 households the meters failed.", [("2180", 2180.0, "dimensionless")]),
])
def test_a_year_past_the_usual_range_after_a_time_word(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The album sold 1.4m combined vinyl and streamed copies.", [("1.4m", 1.4e6, "dimensionless")]),
    ("The firm has 22m of its Lumo handsets in use.", [("22m", 2.2e7, "dimensionless")]),
    ("The crew laid 22m of cable.", [("22m", 22.0, "meter")]),
    ("She parked 40m from the cars.", [("40m", 40.0, "meter")]),
    ("It is a 30m long car ferry.", [("30m", 30.0, "meter")]),
])
def test_a_glued_m_before_a_counted_noun_a_few_words_on_is_a_million(text, expected):
    assert read(text) == expected


# --- the word "one" ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "count"), [
    ("The club signed one striker in the window.", 1),       # one + noun: a count
    ("She is one of the longest-serving judges.", 1),        # one of the ...: a count
    ("No one answered the phone at the depot.", 0),          # "no one" is a pronoun
    ("One can hear the trains from the square.", 0),         # "one can": a pronoun
    ("The pair blamed one another for the delay.", 0),       # "one another": an idiom
    ("He scored twice in one half.", 0),                     # "in one ...": an idiom, not a tally
])
def test_the_word_one_counts_only_before_a_noun(text, count):
    assert [f.value for f in extract(text) if f.value == 1.0] == [1.0] * count


# --- scale letters and words -------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The bolt is 8 mm wide.", [("8 mm", 8.0, "millimeter")]),            # "mm" is millimetres, never "MM"
    ("The fund raised US$ 2MM last spring.", [("US$ 2MM", 2e6, "USD")]),  # "MM" is a million
    ("The app passed 10M downloads.", [("10M", 1e7, "dimensionless")]),   # a glued M is a million
    ("The sign said 5 M ahead.", [("5", 5.0, "dimensionless")]),          # a spaced M is not
])
def test_scale_letters_are_read_by_their_case(text, expected):
    assert read(text) == expected


# --- compound measures, frequencies, rates -----------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The goalkeeper stands 6 ft 3 in tall.", [("6 ft 3 in", 6.25, "foot")]),
    ("The fence is 4 feet and 6 inches high.", [("4 feet and 6 inches", 4.5, "foot")]),
    ("The parcel weighed 3 lb 8 oz at the counter.", [("3 lb 8 oz", 3.5, "pound")]),
    # durations stay separate figures
    ("The trial lasted 2 years and 3 months.", [("2 years", 2.0, "year"), ("3 months", 3.0, "month")]),
])
def test_a_larger_and_a_smaller_unit_make_one_measure(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The ferry sails three times a day in summer.", [("three times a day", 3.0, "1 / day")]),
    ("Inspectors call 2 times per week.", [("2 times per week", 2.0, "1 / week")]),
    # without a period it is a multiple
    ("Prices are three times higher.", [("three times", 3.0, "dimensionless")]),
])
def test_times_per_period_is_a_frequency(text, expected):
    assert read(text) == expected


def test_a_year_earlier_is_not_a_rate():
    assert read("Sales reached $4.5 billion, against $3.9 billion a year earlier.") == [
        ("$4.5 billion", 4.5e9, "USD"), ("$3.9 billion", 3.9e9, "USD")]


# --- currencies written in other ways ---------------------------------------------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("The toll is HK $ 12 for cars.", [("HK $ 12", 12.0, "HKD")]),       # a space inside the prefix
    ("tokenised text: hk $ 3.5 billion in toys", [("hk $ 3.5 billion", 3.5e9, "HKD")]),
    ("The invoice says USD240 in total.", [("USD240", 240.0, "USD")]),   # a code glued to the amount
    ("A $5 fee applies at weekends.", [("$5", 5.0, "USD")]),             # "A $" is an article, not A$
])
def test_currency_prefixes_in_other_spellings(text, expected):
    assert read(text) == expected


def test_letters_glued_to_a_number_that_are_no_currency_stay_an_identifier():
    assert extract("The QRS200 scanner and the G7 talks.") == []


# --- the fast scanners against slow, obvious references ----------------------------------------------------

def _flat(phrases, exact) -> str:
    """The obvious form: a flat alternation, longest first, each phrase exact or case-blind."""
    parts = []
    for p in sorted(set(phrases), key=len, reverse=True):
        parts.append(re.escape(p) if exact(p) else f"(?i:{re.escape(p)})")
    return "|".join(parts)


_WORDS = st.text(alphabet="abcMT$ %/.", min_size=1, max_size=5)


@settings(max_examples=200, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=12), st.text(alphabet="abcMTx$ %/.", max_size=8))
def test_phrase_alternation_matches_like_the_flat_alternation(phrases, probe):
    exact = lambda p: len(p) < 3 or any(c.isupper() for c in p)  # noqa: E731 - the reader's own rule
    fast = re.compile(rf"(?:{phrase_alternation(phrases, exact)})(?![\w])")
    slow = re.compile(rf"(?:{_flat(phrases, exact)})(?![\w])")
    for text in [probe] + [p + probe for p in phrases]:
        a, b = fast.match(text), slow.match(text)
        assert (a and a.group(0)) == (b and b.group(0))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["about", "over", "more than", "some", "up to", "~"]), min_size=1, max_size=4),
       st.text(alphabet="about vermsn~", max_size=20))
def test_tail_pattern_finds_what_an_end_anchored_search_finds(phrases, text):
    alt = "|".join(re.escape(p) for p in sorted(set(phrases), key=len, reverse=True))
    slow = re.compile(rf"(?:^|\s)(?P<q>{alt})\s*$")
    ralt = "|".join(re.escape(p) for p in sorted(set(reverse_phrases(phrases)), key=len, reverse=True))
    fast = TailPattern(rf"\s*(?P<q>{ralt})(?=\s|$)")
    a, b = slow.search(text), fast.search(text)
    assert (a and (a.group("q"), a.start("q"))) == (b and (b.group("q"), b.start("q")))


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789 ,.-/abtwonehalfquirdsx½", max_size=40))
def test_numerals_finds_what_numeral_finditer_finds(text):
    assert [m.span() for m in numerals(text)] == [m.span() for m in NUMERAL.full().finditer(text)]


# --- a glued "m" (or "b") is a scale word before a unit word or a counted noun, a metre otherwise ----------

@pytest.mark.parametrize(("text", "expected"), [
    ("The Korvath mine shipped 3.8m tonnes of ore in the spring.", [("3.8m tonnes", 3.8e6, "metric_ton")]),
    ("Surveyors confirmed a 3.8m-tonne deposit near Ellsby.", [("3.8m-tonne", 3.8e6, "metric_ton")]),
    ("Some 3.8m people now live along the Tarn valley.", [("Some 3.8m", 3.8e6, "dimensionless")]),
    ("The valley holds 1.2m households and 40,000 farms.",
     [("1.2m", 1.2e6, "dimensionless"), ("40,000", 40000.0, "dimensionless")]),
    ("The port handles 2m-3m barrels a day.", [("2m-3m barrels a day", 2.5e6, "oil_barrel / day")]),
    ("The app reached 5b users.", [("5b", 5e9, "dimensionless")]),
    # metres: alone, before a singular noun, an adjective or a preposition
    ("Climbers passed the 5m mark before noon.", [("5m", 5.0, "meter")]),
    ("A 5m wall surrounds the yard.", [("5m", 5.0, "meter")]),
    ("She ran 100m in 11 seconds.", [("100m", 100.0, "meter"), ("11 seconds", 11.0, "second")]),
    ("The crater is 5m across and 2m deep.", [("5m", 5.0, "meter"), ("2m", 2.0, "meter")]),
    ("He bought 5m of rope.", [("5m", 5.0, "meter")]),
    ("A 5m-high fence was built.", [("5m", 5.0, "meter")]),
    ("She won the 400m hurdles.", [("400m", 400.0, "meter")]),
])
def test_glued_m_is_a_million_before_a_unit_or_a_counted_noun(text, expected):
    assert read(text) == expected


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="aBz09-._ éG7", max_size=30))
def test_identifier_seams_find_what_the_identifier_pattern_finds(text):
    from reecheck.figures import _IDENT, _identifiers

    assert list(_identifiers(text)) == [m.span() for m in _IDENT.finditer(text)]


def test_the_fast_figure_constructor_gives_an_equal_figure():
    from reecheck.figures import Figure, _figure

    args = (2.5, 2.0, 3.0, "metric_ton", "range", "2-3 t", 4, 9)
    kw = {"kind": "quantity", "step": 1.0, "noun": "", "direction": "up", "hedge": ""}
    assert _figure(*args, **kw) == Figure(*args, **kw)
    with pytest.raises(ValueError):
        _figure(1.0, 1.0, 1.0, "meter", "roughly", "1 m", 0, 3)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="about over  some5$ ", max_size=30), st.integers(min_value=0, max_value=30))
def test_tail_search_at_matches_search_on_the_slice(text, end):
    from reecheck.figures import reader_for

    rx = reader_for().re_qual
    end = min(end, len(text))
    a, b = rx.search(text[max(0, end - 12):end]), rx.search_at(text, text[::-1], end, 12)
    offset = max(0, end - 12)
    assert (a and (a.group("q"), a.start("q") + offset)) == (b and (b.group("q"), b.start("q")))


# --- scale words: stacked, and with a fraction after "and" -------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("The Velmora scheme will cost Rs 3 lakh crore over ten years.", 3e12),
    ("Pilgrims numbered 2 hundred thousand on the first day.", 2e5),
    ("The fund held 5 thousand million euros.", 5e9),
    ("The city has 3 million and a half residents.", 3.5e6),
    ("The estate is worth five billion and three quarters.", 5.75e9),
    ("The archive holds one billion and a half million pages.", 1.0005e9),
    ("Turnout reached two and a half million.", 2.5e6),
])
def test_stacked_scales_and_fractions_of_a_scale(text, value):
    assert [pytest.approx(f.value) for f in extract(text)][:1] == [value]


def test_a_fraction_of_something_after_a_scale_is_not_added_to_it():
    assert [f.value for f in extract("The plant made 3 million and a half of them were sold.")][:1] == [3e6]


# --- temperatures: a glued letter after a minus, and "°" before the scale's name ------------------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Overnight it dropped to -10C in the hills.", [("-10C", -10.0, "degree_Celsius")]),
    ("Lows near −5F are expected.", [("−5F", -5.0, "degree_Fahrenheit")]),
    ("Water boils at 100° Celsius at sea level.", [("100° Celsius", 100.0, "degree_Celsius")]),
    ("Investors read the 13F filing.", []),
])
def test_temperature_scales_without_a_context_word(text, expected):
    assert read(text) == expected


def test_money_rates_read_per_in_extract_and_slash_in_the_pipeline():
    from reecheck import scan
    from reecheck.rules import load_rules
    from reecheck.units import base_of

    text = "Copper fetched $9,100 a tonne at the Harwick exchange."
    (piped,), _ = scan(text)
    (api,) = extract(text)
    assert (piped.unit, api.unit) == ("USD / metric_ton", "USD per metric_ton")
    assert base_of(api.unit, load_rules()) == base_of(piped.unit, load_rules())


# --- suspended hyphens, inches before a dimension word, trillions after a currency, international phones -----

@pytest.mark.parametrize(("text", "expected"), [
    ("Engineers proposed a 8- to 12-metre mirror.", [(8.0, 12.0, "meter", "range")]),
    ("Judges handed down 10- to 15-year terms.", [(10.0, 15.0, "year", "range")]),
    ("A 5- or 6-room house.", [(5.0, 5.0, "dimensionless", "exact"), (6.0, 6.0, "dimensionless", "exact")]),
    ("The slab is 3 in thick.", [(3.0, 3.0, "inch", "exact")]),
    ("Meet me at 5 in the square.", [(5.0, 5.0, "dimensionless", "exact")]),
    ("Its economy is worth $1.8T.", [(1.8e12, 1.8e12, "USD", "exact")]),
])
def test_suspended_ranges_inches_and_trillions(text, expected):
    assert bounds(text) == expected


def test_an_international_phone_number_is_not_a_figure():
    from reecheck import scan

    figures, skipped = scan("Call the Dunmore desk on +44 20 7946 0958 or +1-555-010-0199 before 5 pm.")
    assert figures == []
    assert [k.reason for k in skipped][:2] == ["phone number", "phone number"]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="0123456789 ,.-/abtwonehalfquirdsxzAO½é_", max_size=40))
def test_the_fast_start_scan_finds_the_same_starts(text):
    from reecheck.numbers import _FAST_START, NUMERAL_START

    assert [m.start() for m in _FAST_START.finditer(text)] == [m.start() for m in NUMERAL_START.finditer(text)]


# --- vague magnitudes, bare halves, signs, glued codes, names, ages, addresses and eras --------------------

@pytest.mark.parametrize(("text", "expected"), [
    ("Repairs will cost tens of thousands of dollars.", [(1e4, 1e5, "USD", "range")]),
    ("Dozens of trawlers stayed in port.", [(12.0, 120.0, "dimensionless", "range")]),
    ("The plume reached hundreds of miles into the sky.", [(100.0, 1000.0, "mile", "range")]),
    ("Hundreds of thousands of visitors came.", [(1e5, 1e6, "dimensionless", "range")]),
    # a number with a plural scale is read by the number reader, not as a magnitude
    ("Turnout was 3 millions of voters.", [(3e6, 3e6, "dimensionless", "exact")]),
])
def test_plural_scale_words_are_a_range_of_one_order_of_magnitude(text, expected):
    assert bounds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Half the flats in Dunmere have sold.", [(0.5, 0.5, "dimensionless", "exact")]),
    ("The firm employs 300 people, almost half of them abroad.",
     [(300.0, 300.0, "dimensionless", "exact"), (None, 0.5, "dimensionless", "at_most")]),
    ("Sales slowed in the second half of the year.", []),
    ("The loaf was cut in half.", []),
])
def test_a_bare_half_before_of_or_the_is_a_fraction(text, expected):
    assert bounds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a space before the dash and none after: a minus sign, not a range
    ("Markets: Tarnex -1.4% and Brel -0.2%.", [(-1.4, -1.4, "percent", "exact"), (-0.2, -0.2, "percent", "exact")]),
    ("The drive ended at minus-5 yards.", [(-5.0, -5.0, "yard", "exact")]),
    ("The tank holds gas at minus-160 degrees Celsius.", [(-160.0, -160.0, "degree_Celsius", "exact")]),
    # a bound joined by a hyphen
    ("The plant makes sub-5 nanometre chips.", [(None, 5.0, "nanometer", "at_most")]),
])
def test_signs_and_bounds_written_with_a_hyphen(text, expected):
    assert bounds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The plan costs RM79 a month.", [("RM79 a month", 79.0, "MYR per month")]),
    ("Debt reached $US113 trillion.", [("$US113 trillion", 1.13e14, "USD")]),
    ("The fund raised S$1mil last year.", [("S$1mil", 1e6, "SGD")]),
    ("The deal was worth 9 billion shekels.", [("9 billion shekels", 9e9, "ILS")]),
    ("Shares closed at 164p, up 2.5pc.", [("164p", 164.0, "penny"), ("2.5pc", 2.5, "percent")]),
    ("The stock rose 12 sen to RM4.10.", [("12 sen", 12.0, "sen"), ("RM4.10", 4.1, "MYR")]),
    ("The engine makes 280 pound-feet of torque.", [("280 pound-feet", 280.0, "foot * force_pound")]),
    ("It was 2.1degF warmer (1.2deg C).", [("2.1degF", 2.1, "degree_Fahrenheit"), ("1.2deg C", 1.2, "degree_Celsius")]),
    # letters that are no currency stay a name
    ("He queued for a PS5 and an MP3 player.", []),
])
def test_glued_currency_codes_and_more_units(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a number right after a name inside a sentence is part of the name
    ("Buyers preferred the eVolt 12 over older models.", []),
    ("In Asia: the Hang Seng rose while the ABC/XYZ 200 fell 0.4%.", [("0.4%", 0.4, "percent")]),
    # an age between commas after a name
    ("Ada Brennick, 34, runs the ferry.", [("34", 34.0, "year")]),
    # street addresses and years with their era are not figures
    ("The office at 575 Quarry Road, Elmsby, opened.", []),
    ("Units at 16-18 Harbour Street were leased.", []),
    ("The walls were raised between A.D. 1000 and 1260.", []),
    ("The town was founded in 300 BC.", []),
])
def test_names_ages_addresses_and_eras(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a scale word written once, at the far end of a range
    ("The fair drew four to five thousand visitors.", [(4000.0, 5000.0, "dimensionless", "range")]),
    # a currency prefix that is letters, on both ends
    ("Flats are priced from RM120,000 to RM310,000.", [(120000.0, 310000.0, "MYR", "range")]),
    # a range of days after a month is a date
    ("The fair runs Oct. 18-22 in Dunmere.", []),
    # a number word in a compound adjective describes a noun; a duration stays a figure
    ("It has a six-speed gearbox and a four-door body.", []),
    ("The yard closed for a two-year refit.", [(2.0, 2.0, "year", "exact")]),
    # money per share
    ("The bank earned 63 cents per share.", [(63.0, 63.0, "cent per share", "exact")]),
    # "kt" is the knot where the sentence speaks of wind, the kilotonne elsewhere
    ("Gusts reached 70 kt in the wind storm.", [(70.0, 70.0, "knot", "exact")]),
    ("The mine shipped 70 kt of ore.", [(70.0, 70.0, "kilometric_ton", "exact")]),
])
def test_scales_prefixes_dates_adjectives_and_rates(text, expected):
    assert bounds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "by X to Y" far apart: the change and the new level
    ("The trade gap widened by $4.1 billion to $52.3 billion.", [(4.1e9, 4.1e9, "USD", "exact"), (52.3e9, 52.3e9, "USD", "exact")]),
    # close together: a range of the change
    ("Fees were cut by 5 to 10 percent.", [(5.0, 10.0, "percent", "range")]),
    # a year, then the new level
    ("Shipments rose in 2021 to 4.2 million units.", [(4.2e6, 4.2e6, "dimensionless", "exact")]),
    # an address with a compass letter and an ordinal, and an amount in "$A"
    ("The flat at 9 W 42nd St sold for $A1,250,000.", [(1.25e6, 1.25e6, "AUD", "exact")]),
])
def test_change_then_level_years_and_addresses(text, expected):
    assert bounds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a bare degree sign takes the temperature scale its clause names after it; an angle stays a bare number
    ("Helium boils at −268.9° on the Celsius scale.", [(-268.9, -268.9, "degree_Celsius", "exact")]),
    ("Turn the dial 90° to the left.", [(90.0, 90.0, "dimensionless", "exact")]),
    # a suspended hyphen in a list: both sizes are inches
    ("It ships with a 7- or 8-inch panel.", [(7.0, 7.0, "inch", "exact"), (8.0, 8.0, "inch", "exact")]),
])
def test_bare_degree_signs_and_suspended_list_units(text, expected):
    assert bounds(text) == expected


# --- round 6: scores, the fraction slash, glued hyphens, labels, rates after a conversion -----------------

def skipped(text: str) -> list[tuple]:
    from reecheck.figures import scan
    return [(k.text, k.reason.split(" (")[0]) for k in scan(text)[1]]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Larkfield side won 3-1 and led 7-2 at the break of the second game.",
     [("3-1", "score or tally"), ("7-2", "score or tally")]),
    ("It finished level at 64-64 after extra time.", [("64-64", "score or tally")]),
])
def test_dashed_pairs_that_do_not_rise_are_scores(text, expected):
    assert skipped(text) == expected
    assert extract(text) == []


def test_a_rising_dashed_pair_is_still_a_range():
    assert bounds("Crates weigh 12-15 kg and there are 40-60 of them.") == [
        (12.0, 15.0, "kilogram", "range"), (40.0, 60.0, "dimensionless", "range")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Add 1\u204432 of a cup of brine.", [("1\u204432", 1 / 32, "dimensionless")]),
    ("The strip is 2 1\u20442 inches wide.", [("2 1\u20442 inches", 2.5, "inch")]),
])
def test_the_unicode_fraction_slash_reads_as_a_fraction(text, expected):
    assert read(text) == expected


def test_a_hyphen_glued_to_to_is_not_a_minus():
    assert bounds("The bones are 150,000 to-190,000 years old.") == [(150000.0, 190000.0, "year", "range")]
    assert bounds("Lows of -8 to -15 C are expected overnight.")[0][:2] == (-15.0, -8.0)


@pytest.mark.parametrize("text", [
    "A category 3 storm reached the Pellan coast.",
    "Viewers of Channel 9 missed the parade.",
    "Sales of the Model 2 doubled.",
])
def test_label_words_before_a_number_make_it_a_label(text):
    assert extract(text) == [] or all(f.kind == "multiple" for f in extract(text))
    assert [r for _, r in skipped(text)] == ["reference or label number"]


def test_a_rate_after_a_bracketed_conversion_belongs_to_the_amount_before_it():
    assert read("Holders get C$8 (US$5.90) per share in cash.") == [
        ("C$8", 8.0, "CAD per share"), ("US$5.90", 5.9, "USD")]
    assert read("It is a 4 billion crowns (€360 million) a year trade.")[1][2] == "EUR"


def test_gas_prices_per_million_btu():
    assert read("Gas settled at $3.10 per MMBtu.") == [("$3.10 per MMBtu", 3.1, "USD per million_BTU")]


def test_a_part_of_a_whole_takes_the_unit_of_the_whole():
    assert read("Ada has raised only 40 million of the 1.2 billion euros the dam needs.") == [
        ("40 million", 4e7, "EUR"), ("1.2 billion euros", 1.2e9, "EUR")]
    assert read("Four of the 9 tonnes were lost.")[0][2] == "metric_ton"
    # a part larger than the whole is no part: the unit stays where it was written
    assert read("Some 900 of the 12 tonnes.")[0][2] == "dimensionless"


def test_a_conversion_in_brackets_lends_no_unit_to_a_later_bare_amount():
    assert [u for _, _, u in read("It lists at 3,150,000 yen ($21,400) for the base trim and 3,020,000 ($20,500) "
                                  "for the sport trim.")] == ["JPY", "USD", "JPY", "USD"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The chief's package is worth up to PS3.4m a year.", [("up to PS3.4m a year", 3.4e6, "GBP per year")]),
    ("They paid PS18,250 for the flights.", [("PS18,250", 18250.0, "GBP")]),
    ("The PS7 console sold 4 million units.", [("4 million", 4e6, "dimensionless")]),
])
def test_a_shaped_prefix_counts_only_before_a_money_like_amount(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Its 610bhp twin-turbo engine is new.", [("610bhp", 610.0, "horsepower")]),
    ("Tuners lifted the engine to 702 HP.", [("702 HP", 702.0, "horsepower")]),
    # capital HP outside a sentence about engines is left without a unit (it may be a name)
    ("The office ordered 40 HP toner packs.", [("40", 40.0, "dimensionless")]),
])
def test_horsepower_spellings(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The defence gave up 412 passing yards.", [("412 passing yards", 412.0, "yard")]),
    ("Crews need 6 more kilometres of cable.", [("6 more kilometres", 6.0, "kilometer")]),
    # a describing word before a noun that is no unit leaves the number a count
    ("The hotel has 12 sleeping rooms.", [("12", 12.0, "dimensionless")]),
])
def test_one_describing_word_between_a_number_and_a_spelled_unit(text, expected):
    assert read(text) == expected


def test_a_time_word_may_describe_a_spelled_unit_too():
    assert read("The archive adds to 40 previous years of recordings.") == [("40 previous years", 40.0, "year")]
    assert read("Prices fell for 3 straight months.") == [("3 straight months", 3.0, "month")]


@pytest.mark.parametrize(("text", "expected"), [
    ("A cup is 1/4 of a US gallon.", [("1/4 of a US gallon", 0.25, "gallon")]),
    ("The lead shrank to a tenth of a second.", [("a tenth of a second", 0.1, "second")]),
    ("Rates rose by a third of a percentage point.", [("a third of a percentage point", 1 / 3, "percent")]),
    # a fraction of a thing that is no unit stays a share
    ("Two-thirds of a village voted.", [("Two-thirds", 2 / 3, "dimensionless")]),
])
def test_a_fraction_of_one_unit_is_a_quantity_in_that_unit(text, expected):
    assert read(text) == expected


def test_kilovolts_and_a_second_rate_per_time():
    assert read("Fields reached 12 kV/cm in the chamber.") == [("12 kV/cm", 12.0, "kilovolt / centimeter")]
    assert read("The plot absorbs 40 J/m^2 per year.") == [("40 J/m^2 per year", 40.0, "joule / meter ** 2 / year")]
    assert read("Farms harvest 3 t/ha a year.") == [("3 t/ha a year", 3.0, "metric_ton / hectare / year")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The drone hovered at 40' before landing.", [("40'", 40.0, "foot")]),
    ("The guard is 6'4\" tall.", [("6'4\"", 6 + 4 / 12, "foot")]),
    # a quote mark that closes a quotation opened on the line is no foot
    ("Fans called it the 'best 10' of the year.", [("10", 10.0, "dimensionless")]),
    ("Possessive years stay years: 1998's drought.", []),
])
def test_a_single_quote_after_a_number_is_the_foot(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Their son, who was 9, moved with them.", [("9", 9.0, "year")]),
    ("She will be 41 by the time the bridge opens.", [("41", 41.0, "year")]),
    # a number after the verb that goes on to something else is no age
    ("He was 4 under par after the round.", [("4", 4.0, "dimensionless")]),
    ("Output was 9 when the line stopped.", [("9", 9.0, "dimensionless")]),
])
def test_an_age_stated_with_a_verb(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("We bought a fifty pound sack of flour for $30.", [("fifty pound sack", 50.0, "pound"), ("$30", 30.0, "USD")]),
    ("A ride costs 90 kn at the pier.", [("90", 90.0, "dimensionless")]),
    ("Gusts of 45 kn hit the vessel.", [("45 kn", 45.0, "knot")]),
    ("The reef formed 120 Ma ago.", [("120 Ma", 120.0, "megayear")]),
    ("The ward has 120 Ma beds.", [("120", 120.0, "dimensionless")]),
])
def test_units_settled_by_the_words_around_them(text, expected):
    assert read(text) == expected


def test_a_comma_alone_does_not_make_a_list_that_lends_a_unit():
    assert read("The index closed at 17,205, 3 per cent above its start.") == [
        ("17,205", 17205.0, "dimensionless"), ("3 per cent", 3.0, "percent")]
    assert [u for _, _, u in read("Bags of 4, 6 and 9 kg.")] == ["kilogram"] * 3


def test_the_new_level_after_from_takes_the_unit_of_the_old():
    assert read("Economy improved from 31 mpg overall to 35 for the hybrid.") == [
        ("31 mpg", 31.0, "mile / gallon"), ("35", 35.0, "mile / gallon")]
    # a number that counts a noun keeps its own meaning
    assert read("Deliveries went from 8 tonnes to 12 clients.")[1][2] == "dimensionless"


def test_a_unit_joined_by_a_hyphen_lends_nothing_and_a_counted_noun_keeps_its_number():
    assert read("They signed a three-year deal to print four thousand copies a week.") == [
        ("three-year", 3.0, "year"), ("four thousand", 4000.0, "dimensionless")]
    assert read("The pit holds 6.2 million tonnes and employs 1.1 million workers.")[1][2] == "dimensionless"


def test_a_year_whose_possessive_lost_its_apostrophe_is_no_quantity():
    assert read("Tech, 2021s strongest sector, fell 2%.") == [("2%", 2.0, "percent")]
    assert read("The test ran for 2021s in all.") == [("2021s", 2021.0, "second")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ridership doubled after the fare cut.", [("doubled", 2.0, "multiple", "up", "exact")]),
    ("Exports have more than tripled.", [("more than tripled", 3.0, "multiple", "up", "at_least")]),
    ("The council is halving the grant.", [("halving", 0.5, "multiple", "down", "exact")]),
    # idioms and adjectives are no multiples
    ("The board doubled down on the plan.", []),
    ("The barn doubled as a clinic.", []),
    ("A double-digit gain.", []),
])
def test_a_multiple_stated_by_a_verb(text, expected):
    assert [(f.text, f.value, f.kind, f.direction, f.qualifier) for f in extract(text)] == expected


def test_a_change_then_a_level_with_the_unit_written_twice():
    assert read("Stocks fell by 2,150 tonnes to 31,900 tonnes.") == [
        ("2,150 tonnes", 2150.0, "metric_ton"), ("31,900 tonnes", 31900.0, "metric_ton")]
    # the unit written once keeps a range of changes
    assert read("Fares rose by 4 to 6 per cent.") == [("4 to 6 per cent", 5.0, "percent")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The mill will hold 45ktpa of spodumene.", [("45ktpa", 45.0, "kilometric_ton / year")]),
    ("A 3 Mtpa expansion was approved.", [("3 Mtpa", 3.0, "megametric_ton / year")]),
    ("Guidance is 1.1-1.3 Moz for the year.", [("1.1-1.3 Moz", 1.2, "million_ounce")]),
    ("The pit yielded 410 koz.", [("410 koz", 410.0, "thousand_ounce")]),
])
def test_mining_output_units(text, expected):
    assert read(text) == expected


def test_a_change_word_then_two_amounts_with_their_units_is_a_change_and_a_level():
    assert read("Their stock slid 9p to 187p.") == [("9p", 9.0, "penny"), ("187p", 187.0, "penny")]
    assert read("Forecasts span 40 tonnes to 45 tonnes.") == [("40 tonnes to 45 tonnes", 42.5, "metric_ton")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The pulse repeats at 3e9 s-1 in the lab.", [("3e9 s-1", 3e9, "1 / second")]),
    ("Drag fell to 4 m⁻² on the new hull.", [("4 m⁻²", 4.0, "1 / meter ** 2")]),
    ("A slope of 2 km^-1 was logged.", [("2 km^-1", 2.0, "1 / kilometer")]),
])
def test_a_negative_power_glued_to_a_unit_symbol_inverts_it(text, expected):
    assert read(text) == expected


def test_decimals_no_clock_writes_make_pm_a_length_where_the_sentence_speaks_of_size():
    assert read("The pore has a radius of 3.4 pm.") == [("3.4 pm", 3.4, "picometer")]
    assert read("The pore has a radius of 3.456 am.") == [("3.456 am", 3.456, "attometer")]
    # a clock time stays a time, even in a sentence about sizes
    assert read("We measured the radius at 3.45 pm and at 4 pm.") == []


def test_a_signed_number_glued_to_a_catalogue_name_is_part_of_it():
    figures, skipped = scan("The quasar QSO J0712.4+4411 lies 9 billion light years away.")
    assert [f.text for f in figures] == ["9 billion light years"]
    assert [s.text for s in skipped] == ["J0712.4+4411"]


def test_a_power_glued_to_unknown_letters_is_part_of_them():
    figures, skipped = scan("The run collected 12 zq−1 of data.")
    assert [f.text for f in figures] == ["12"]
    assert [s.text for s in skipped] == ["zq−1"]


@pytest.mark.parametrize(("text", "units"), [
    # 3' = 180" holds for minutes and seconds of arc, not for feet and inches
    ("The survey maps a 3' (180\") patch of sky.", ["arcminute", "arcsecond"]),
    ("The lens covers a 1.5′ (90″) field.", ["arcminute", "arcsecond"]),
    ("The shelf is 3' (36\") wide.", ["foot", "inch"]),
])
def test_a_bracketed_conversion_settles_what_quote_marks_mean(text, units):
    assert [f.unit for f in extract(text)] == units


def test_a_bare_temperature_letter_reads_with_weather_words():
    assert read("It was 34 C outside by noon.") == [("34 C", 34.0, "degree_Celsius")]
    assert read("They sold 34 C shares.") == [("34", 34.0, "dimensionless")]


@pytest.mark.parametrize(("text", "expected"), [
    # the sentence counts people and says nothing of size: the glued "m" is a million
    ("The town's population reached 2.4m last year.", [("2.4m", 2.4e6, "dimensionless")]),
    ("Visitor numbers hit 1.7m, the board said.", [("1.7m", 1.7e6, "dimensionless")]),
    ("Voters in the north number 3.1m.", [("3.1m", 3.1e6, "dimensionless")]),
    # a size word, or no counting word, keeps the metre
    ("Residents say the new mast is 2.4m tall.", [("2.4m", 2.4, "meter")]),
    ("The hedge was trimmed to 2.4m.", [("2.4m", 2.4, "meter")]),
    ("Members jumped 2.4m in the long jump.", [("2.4m", 2.4, "meter")]),
    # a word that can be counted after the letter is read as before ("2m members"; "a 2m pole")
    ("Members of the club raised a 2m pole.", [("2m", 2.0, "meter")]),
])
def test_a_glued_m_counts_where_its_sentence_counts_people(text, expected):
    assert read(text) == expected


def test_a_glued_m_stays_the_metre_without_glued_scale_rules():
    from dataclasses import replace as dc_replace

    from reecheck.rules import load_rules

    bare = dc_replace(load_rules(), glued_scale_letters=(), glued_scale_counts=())
    assert [(f.value, f.unit) for f in extract("The town's population reached 2.4m last year.", bare)] == [
        (pytest.approx(2.4), "meter")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The capacitor holds 3.3 F at full charge.", [("3.3 F", 3.3, "farad")]),
    ("It was 41 F outside, the coldest day.", [("41 F", 41.0, "degree_Fahrenheit")]),
    # both readings fit: the entry written first in the rules (the temperature) wins
    ("It was 41 F outside and the capacitor froze.", [("41 F", 41.0, "degree_Fahrenheit")]),
    ("The rod gained 2e-9 C of static charge.", [("2e-9 C", 2e-9, "coulomb")]),
    ("A 13 A fuse protects the circuit.", [("13 A", 13.0, "ampere")]),
    ("The filter uses a 22 µF part and a 470 pF part.", [("22 µF", 22.0, "microfarad"), ("470 pF", 470.0, "picofarad")]),
    ("She scored 41 A grades.", [("41", 41.0, "dimensionless")]),
])
def test_one_letter_units_with_more_than_one_gated_meaning(text, expected):
    assert read(text) == expected


def test_a_number_the_next_words_call_a_code_is_no_figure():
    figures, skipped = scan("Homes in the 60614 ZIP code sold for $2.1 million.")
    assert [f.text for f in figures] == ["$2.1 million"]
    assert [(s.text, s.reason.split()[0]) for s in skipped] == [("60614 ZIP code", "code")]
    assert read("The page showed a 503 error code twice.") == []
    assert read("They ran 5 security code reviews.") == [("5", 5.0, "dimensionless")]


@pytest.mark.parametrize(("text", "unit"), [
    ("The ward set aside ¥4.5 billion for clinics.", "JPY"),
    ("A bowl of noodles costs ¥18, or 18 yuan.", "CNY"),
    ("Fares rose to ¥25 as the renminbi weakened.", "CNY"),
])
def test_the_yen_sign_is_the_yuan_only_where_the_sentence_names_the_yuan(text, unit):
    assert extract(text)[0].unit == unit


@pytest.mark.parametrize(("text", "expected"), [
    ("The state budget is 19.8 trillion tenge.", [("19.8 trillion tenge", 19.8e12, "KZT")]),
    ("Rents hit R$4,200 in the capital.", [("R$4,200", 4200.0, "BRL")]),
    # ("a kilo of rice costs": the price of a kilo)
    ("A kilo of rice costs 45 baht or ₦1,900.", [("45 baht", 45.0, "THB / kilogram"), ("₦1,900", 1900.0, "NGN")]),
    ("The levy is TRY 2,400 a year.", [("TRY 2,400 a year", 2400.0, "TRY / year")]),
    # codes that are words in lower case count only before an amount written like money
    ("Let me try 3 more.", [("3", 3.0, "dimensionless")]),
    ("The pen 5 was lost.", [("5", 5.0, "dimensionless")]),
])
def test_more_currencies_by_sign_code_and_name(text, expected):
    assert [(f.text, pytest.approx(f.value), f.unit) for f in scan(text)[0]] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a named figure from [named_figures] in rules/units.toml; its number word is not read again
    ("At absolute zero the gas would hold no heat.", [("absolute zero", 0.0, "kelvin")]),
    ("Absolute zero, −273.15 °C, cannot be reached.", [("Absolute zero", 0.0, "kelvin"),
                                                       ("−273.15 °C", -273.15, "degree_Celsius")]),
    ("The score stayed at zero.", [("zero", 0.0, "dimensionless")]),
])
def test_a_named_figure_is_read_from_the_rules(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # the barn is gated by words of physics; elsewhere a glued b is a billion
    ("The neutron capture cross section is 2.6 b.", [("2.6 b", 2.6, "barn")]),
    ("The agency's budget reached 4.5b.", [("4.5b", 4.5e9, "dimensionless")]),
    ("Each 900b frame carries a header.", [("900", 900.0, "dimensionless")]),
])
def test_the_barn_reads_only_in_a_physics_sentence(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a capitalised number word after a capitalised word, inside a sentence, names something
    ("Fans still talk about the Double Six play of that final.", []),
    ("She drove in a Formula Nine race last spring.", []),
    # at the start of a sentence, or after a lower-case word, it counts
    ("Officials left. Three ferries were stuck.", [("Three", 3.0, "dimensionless")]),
    ("The club signed Four strikers.", [("Four", 4.0, "dimensionless")]),
])
def test_a_capitalised_number_word_inside_a_name_is_no_figure(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a sentence that weighs or tows speaks of mass even when it also speaks of money
    ("The van can tow 3,500 pounds and has a payload of 1,200 pounds.", [("3,500 pounds", 3500.0, "pound"),
                                                                          ("1,200 pounds", 1200.0, "pound")]),
    ("The crate weighed 9 pounds and cost £12 to send.", [("9 pounds", 9.0, "pound"), ("£12", 12.0, "GBP")]),
    ("The club paid 4 million pounds for the striker.", [("4 million pounds", 4e6, "GBP")]),
    # units of cameras, screens, magnets and engines, hyphenated or glued
    ("It has a 48-megapixel sensor and a 12MP selfie camera.", [("48-megapixel", 48.0, "megapixel"),
                                                                ("12MP", 12.0, "megapixel")]),
    ("The panel reaches 1,600 nits.", [("1,600 nits", 1600.0, "nit")]),
    ("The coil produced 11.7 teslas.", [("11.7 teslas", 11.7, "tesla")]),
    ("Each engine gives 2,260 kN of thrust.", [("2,260 kN", 2260.0, "kilonewton")]),
    ("The 1,850-square-foot flat sold quickly.", [("1,850-square-foot", 1850.0, "foot ** 2")]),
])
def test_units_read_by_context_and_new_units(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a year then a new level is no range
    ("Entries rose from 312 in 2021 to 9,400 in 2024.", [("312", 312.0, "dimensionless"),
                                                         ("9,400", 9400.0, "dimensionless")]),
    # a change in points, then the new level
    ("The bank cut its rate by 0.5 percentage points to 3.75 per cent.",
     [("0.5 percentage points", 0.5, "percent"), ("3.75 per cent", 3.75, "percent")]),
    # "grow by 2 to 3 per cent" stays a range
    ("Sales should grow by 2 to 3 per cent.", [("2 to 3 per cent", 2.5, "percent")]),
    # a numbered exit names a place
    ("Lanes closed near exit 42 after the crash.", []),
])
def test_years_changes_and_exits_are_not_ranges_or_figures(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an old price after "from" takes the "per" of the new one
    ("Spot coal eased to $131 a tonne, down from $140 a week earlier.",
     [("$131 a tonne", 131.0, "USD per metric_ton"), ("$140", 140.0, "USD per metric_ton")]),
    ("Lamb costs £7.20 a kilo at the market, up from a low of £6.10 in May.",
     [("£7.20 a kilo", 7.2, "GBP per kilogram"), ("£6.10", 6.1, "GBP per kilogram")]),
    # money raised from someone is no old price
    ("Oil hit $90 a barrel, and the firm raised $5 million from investors.",
     [("$90 a barrel", 90.0, "USD per oil_barrel"), ("$5 million", 5e6, "USD")]),
])
def test_an_old_price_takes_the_per_of_the_new(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The trial enrolled adults aged 18 and over.", [("18", 18.0, "year")]),
    ("It tracked 9,000 men aged between 50 and 74.", [("9,000", 9000.0, "dimensionless"), ("50 and 74", 62.0, "year")]),
    ("The driver, 37, was arrested.", [("37", 37.0, "year")]),
    # a time noun before the comma is no person
    ("In the quarter, 37 stores closed.", [("37", 37.0, "dimensionless")]),
])
def test_ages_after_aged_and_after_a_person(text, expected):
    assert read(text) == expected


def kinds(text: str) -> list[tuple]:
    return [(f.text, pytest.approx(f.value), f.unit, f.kind) for f in extract(text)]


@pytest.mark.parametrize(("text", "expected"), [
    # "points" beside a percentage are percentage points
    ("The Dunmore pass rate climbed 3.4 points to 81.2%.",
     [("3.4 points", 3.4, "percent", "points"), ("81.2%", 81.2, "percent", "percent")]),
    ("Approval stood at 38 per cent, down almost 6 points on March.",
     [("38 per cent", 38.0, "percent", "percent"), ("almost 6 points", 6.0, "percent", "points")]),
    # an index's points joined to its percentage by "or" stay a count, and so do points with no percentage
    ("The Kellford index dropped 240 points, or 1.1%.",
     [("240", 240.0, "dimensionless", "count"), ("1.1%", 1.1, "percent", "percent")]),
    ("The index shed 12 points, or 0.4%, on Monday.",
     [("12", 12.0, "dimensionless", "count"), ("0.4%", 0.4, "percent", "percent")]),
    ("She scored 21 points to lift the side, hitting 60% of her shots.",
     [("21", 21.0, "dimensionless", "count"), ("60%", 60.0, "percent", "percent")]),
])
def test_points_beside_a_percentage_are_percentage_points(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # every member of a list after "aged" is an age
    ("Two women, aged 31, 44 and 58, were treated.",
     [("Two", 2.0, "dimensionless"), ("31", 31.0, "year"), ("44", 44.0, "year"), ("58", 58.0, "year")]),
    ("Boys aged 12 or 14 can enter.", [("12", 12.0, "year"), ("14", 14.0, "year")]),
    # a comma alone after an age starts a new clause
    ("Of the riders aged 70, 35 finished.", [("70", 70.0, "year"), ("35", 35.0, "dimensionless")]),
])
def test_a_list_of_ages_after_aged(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "a third straight week" is an ordinal, not a third of a week
    ("Sales at the Orbry chain slipped for a third straight week.", []),
    ("Shares fell for a fifth consecutive session, losing 2%.", [("2%", 2.0, "percent")]),
    # a count "in" a period is a count and a duration, not a share
    ("Patients should take no more than six in 24 hours.",
     [("no more than six", 6.0, "dimensionless"), ("24 hours", 24.0, "hour")]),
    ("One in eight drivers failed.", [("One in eight", 0.125, "dimensionless")]),
    ("Three in every 20 days were dry.", [("Three in every 20", 0.15, "dimensionless")]),
    # a hedged "half" stands alone as a fraction; a half of one unit is a quantity; "half past" is a clock time
    ("Almost half say they cannot afford it.", [("Almost half", 0.5, "dimensionless")]),
    ("Fares have fallen by nearly half since May.", [("nearly half", 0.5, "dimensionless")]),
    ("The queue took about half an hour.", [("about half an hour", 0.5, "hour")]),
    ("They met at almost half past nine.", [("nine", 9.0, "dimensionless")]),
    ("Only half turned up.", []),
])
def test_ordinal_fractions_counts_in_a_period_and_hedged_halves(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # numbers to dial and toll-free numbers are phone numbers
    ("Dial 999 or ring the Harwick helpline on 1-800-555-0142.", []),
    # the numbered variant of a glued model name is part of the name; a currency code glued to a range is money
    ("The Corvan K220-900 jet entered service.", []),
    ("Profit should reach EUR3-4bn.", [("EUR3-4bn", 3.5e9, "EUR")]),
    # a vote written with "to" runs downwards: a tally, not a range
    ("The motion passed the assembly 61 to 38 after a long debate.", []),
    ("The panel ruled 7 to 2 in favour.", []),
    # a descending pair with its unit stays a range
    ("The forecast is 30 to 25 percent.", [("30 to 25 percent", 27.5, "percent")]),
    # the sets of a match: a rising pair beside a score is a score too
    ("She won 3-6, 7-6 (7-3), 6-2 in the final.", []),
    ("Children aged 5-7 and 8-10 play first.", [("5-7", 6.0, "year"), ("8-10", 9.0, "year")]),
])
def test_phone_numbers_names_tallies_and_set_scores(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a rate per a round number of a metric unit: the number folds into an SI prefix, the value stays as written
    ("The limit is 50mg of alcohol per 100ml of blood.", [("50mg of alcohol per 100ml", 50.0, "milligram / deciliter")]),
    ("The saloon uses 5.2 litres per 100 km.", [("5.2 litres per 100 km", 5.2, "centiliter / kilometer")]),
    ("Cheddar sells at £1.90 per 100 g.", [("£1.90 per 100 g", 1.9, "GBP per hectogram")]),
    # a count per a round number of people is no unit: both numbers stay figures
    ("There were 12 cases per 1,000 residents.", [("12", 12.0, "dimensionless"), ("1,000", 1000.0, "dimensionless")]),
    # grain by the bushel
    ("Maize rose to $4.72 a bushel.", [("$4.72 a bushel", 4.72, "USD per bushel")]),
])
def test_rates_per_a_round_number_and_bushels(text, expected):
    assert read(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a number after "over" or "under" right after people named in the rules' [ages] is an age
    ("Toddlers under three ride free on the Lenby tram.", [("under three", 3.0, "year")]),
    ("Adults over 70 are offered the booster.", [("over 70", 70.0, "year")]),
    ("Anyone younger than 16 must bring a guardian.", [("16", 16.0, "year")]),
    # a counted noun or a unit after the number keeps it a count or a measure
    ("People over 30 nations took part.", [("over 30", 30.0, "dimensionless")]),
    ("Boys under 1.5 metres may enter.", [("under 1.5 metres", 1.5, "meter")]),
])
def test_ages_after_people_over_or_under(text, expected):
    assert read(text) == expected


def test_ages_after_people_come_from_the_rules():
    from reecheck.rules import load_rules

    bare = load_rules(defaults=False)
    assert [(f.text, f.unit) for f in extract("Adults over 70 are offered the booster.", bare)] == [
        ("70", "dimensionless")]  # no rules: no qualifiers and no age nouns


@pytest.mark.parametrize(("text", "expected"), [
    # a text that defines an abbreviation for a unit uses it later; the longest unit name before the bracket wins
    ("Ostland shipped 40 kilotonnes (kt) of ore; another 12 kt followed.",
     [("40 kilotonnes", 40.0, "kilometric_ton"), ("12 kt", 12.0, "kilometric_ton")]),
    ("The mill made 5,000 metric tonnes (mt) in May and 6,000 mt in June.",
     [("5,000 metric tonnes", 5000.0, "metric_ton"), ("6,000 mt", 6000.0, "metric_ton")]),
    # a body's abbreviation defines no unit
    ("The Ostland Bureau (OB) counted 40 ships.", [("40", 40.0, "dimensionless")]),
])
def test_a_unit_abbreviation_defined_in_the_text(text, expected):
    assert read(text) == expected
