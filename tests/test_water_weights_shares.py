"""Water in megalitres and gigalitres, pounds weighed in a text that prices by the pound, a hedge that opens a
quotation, and "half the catch" as a share."""
from __future__ import annotations

import pytest

from reecheck.figures import scan


def _read(text: str) -> list[tuple[str, str, float, str]]:
    return [(f.text, f.unit, f.value, f.qualifier) for f in scan(text)[0]]


@pytest.mark.parametrize("text, unit, value", [
    ("The Velka borefield pumped 6.1 gigalitres from the aquifer.", "gigaliter", 6.1),
    ("Its own meters show 6,100 megalitres.", "megaliter", 6100.0),
    ("The Tarn dam held 450 GL of water in March.", "gigaliter", 450.0),
    ("The permit caps the take at 7 gigalitres a year.", "gigaliter / year", 7.0),
    ("Farmers bought 3,200 kilolitres for stock.", "kiloliter", 3200.0),
])
def test_water_volumes(text, unit, value):
    ((_, got_unit, got_value, _),) = _read(text)
    assert (got_unit, got_value) == (unit, value)


def test_two_capitals_without_water_are_no_volume():
    assert [u for _, u, _, _ in _read("The lab trained a 40 ML model on 3 GB of notes.")][0] == "dimensionless"


def test_a_text_that_prices_by_the_pound_weighs_its_pounds():
    got = _read("Tarn walnut growers shipped 6.2 million pounds in all, earning about $19 million, and packers "
                "offered $2.95 a pound.")
    assert got[0][:2] == ("6.2 million pounds", "pound")
    assert got[2][:2] == ("$2.95 a pound", "USD / pound")


def test_a_text_that_prices_in_sterling_keeps_its_pounds_sterling():
    got = _read("The club paid 11.8 million pounds for the striker. Beef costs £3.40 a pound at the ground.")
    assert got[0][:2] == ("11.8 million pounds", "GBP")


@pytest.mark.parametrize("text, figure, qualifier", [
    ('The buyer took "nearly 40 tonnes" this week.', "nearly 40 tonnes", "at_most"),
    ("The buyer said it was “about 2,500 tonnes” in all.", "about 2,500 tonnes", "approx"),
])
def test_a_hedge_opening_a_quotation_is_kept(text, figure, qualifier):
    ((got, _, _, got_qualifier),) = _read(text)
    assert (got, got_qualifier) == (figure, qualifier)


def test_half_the_catch_is_a_share_but_half_another_figure_is_not(claims_of):
    claims = claims_of('The Velka Walnut Guild said one packer handled "almost half the harvest" last autumn. '
                       "The packer counts 95 growers, under half the guild's tally of 230.")
    units = {c.figure.text: (c.figure.unit, c.figure.value) for c in claims}
    assert units["almost half"] == ("percent", 50.0)
    assert units["under half"] == ("dimensionless", 0.5)
