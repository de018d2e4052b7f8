"""Local pages in English: land and weight units of other national presses (the stremma, the manzana, the
quintal in its two sizes, the Spanish "TM"), Baltic and Slavic scale abbreviations, fractions that state a share or
a change, and the voices such pages quote: an officer named by her body's short name and a title, a body described
after its name, an elected member who speaks for herself, "its director" after a body opens the paragraph, and a
quotation that gives its figure to a document."""
from __future__ import annotations

import pytest

from reecheck.figures import in_home_conventions, scan
from reecheck.units import base_of


def _read(text: str, rules):
    figures, _ = scan(text, rules)
    return [(f.text, f.value, f.unit) for f in in_home_conventions(text, figures, rules)]


def _in(value: float, unit: str, target: str, rules) -> float:
    f_from, d_from = base_of(unit, rules)
    f_to, d_to = base_of(target, rules)
    assert d_from == d_to
    return value * f_from / f_to


@pytest.mark.parametrize(("text", "hectares"), [
    ("The estate covers 12,000 stremmata of olive groves.", 1200),
    ("The cooperative farms 3,000 manzanas.", 2096.1),
    ("The cooperative farms 3,000 mz of coffee.", 2096.1),
])
def test_local_land_units_are_areas(text, hectares, rules):
    (read,) = _read(text, rules)
    assert _in(read[1], read[2], "hectare", rules) == pytest.approx(hectares, rel=1e-3)


def test_the_quintal_is_a_hundred_kilograms_unless_the_page_writes_qq_or_manzanas(rules):
    (plain,) = _read("The support price is 2,275 rupees a quintal; growers sold 40 quintals.", rules)[1:]
    assert _in(plain[1], plain[2], "kilogram", rules) == pytest.approx(4000)
    reads = _read("Growers expect 1.8 million quintals of coffee from 90,000 manzanas.", rules)
    assert _in(reads[0][1], reads[0][2], "metric_ton", rules) == pytest.approx(81647, rel=1e-4)
    (qq,) = _read("Coffee: 1.8 million qq", rules)
    assert _in(qq[1], qq[2], "metric_ton", rules) == pytest.approx(81647, rel=1e-4)


def test_spanish_tonnes_and_the_spanish_of_after_a_scale_word(rules):
    reads = _read("The port will ship 3.4 millones TM of soy and store 2 millones de toneladas of grain.", rules)
    assert [(v, u) for _, v, u in reads] == [(pytest.approx(3.4e6), "metric_ton"), (pytest.approx(2e6), "metric_ton")]
    (qq,) = _read("The institute expects 1.8 millones de qq of coffee.", rules)
    assert qq[0] == "1.8 millones de qq"


def test_tm_is_no_unit_where_no_spanish_word_is_near(rules):
    reads = _read("The Velka TM 5 sold 3 million TM units.", rules)
    assert all(u == "dimensionless" for _, _, u in reads)


@pytest.mark.parametrize(("text", "value"), [
    ("The new terminal will cost €2,4 mld.", 2.4e9),
    ("The district has 87 tuh. voters.", 87e3),
])
def test_baltic_and_slavic_scale_abbreviations(text, value, rules):
    assert _read(text, rules)[0][1] == pytest.approx(value)


def test_a_fraction_after_and_is_a_share_when_of_follows(rules):
    reads = _read("The blaze consumed 3,100 hectares and a fifth of the valley's olive trees.", rules)
    assert [r[0] for r in reads] == ["3,100 hectares", "a fifth"]
    assert _read("The walk took an hour and a half.", rules)[0][1] == pytest.approx(1.5)


def test_a_change_by_a_fraction_is_a_change_in_percent(claims_of):
    (claim,) = claims_of("Ferry ticket sales in Tarnow have fallen by a quarter since 2024, the council said.")
    assert (claim.figure.value, claim.figure.unit) == (pytest.approx(25), "percent")
    (claim,) = claims_of("Velmar said bookings could drop by more than half.")
    assert (claim.figure.value, claim.figure.unit) == (pytest.approx(50), "percent")
    assert claims_of("The plant was bought by a third party.") == []


def test_an_officer_named_by_her_bodys_short_name_and_title_speaks_for_it(claims_of):
    claims = claims_of("The Ostland Flood Response Agency (OFRA) said the river covered 2,300 hectares. OFRA commander "
                       "Ana Ruiz said 640 soldiers were filling sandbags.")
    assert [c.attribution for c in claims] == ["Ostland Flood Response Agency (OFRA)"] * 2


def test_a_body_described_after_its_short_name_still_speaks(claims_of):
    claims = claims_of("Exports will reach 2.3 million bags, the Junta Velka Nacional (JVN), the coffee growers' "
                       "board, said on Friday. Ruiz said the board had ordered exporters to hold back at least 15% of "
                       "the crop.")
    assert len(claims) == 2 and all(c.attribution.startswith("Junta Velka Nacional") for c in claims)


def test_a_union_officer_named_with_the_noun_speaks_for_the_union(claims_of):
    claims = claims_of("The Sindicato de Choferes de Tarn (SCT) called a strike. \"Nobody asked us,\" union "
                       "secretary general Tomas Ruiz told a rally. He said drivers earned $9.20 an hour.")
    assert claims[-1].attribution.startswith("Sindicato de Choferes de Tarn")


def test_a_city_councillor_speaks_for_herself_and_she_said_keeps_her(claims_of):
    claims = claims_of("The Tarnow Dockers Union said it had 1,200 members. City councillor Ines Ruiz said rents "
                       "had risen 9.5%. She said Tarnow, with 41,000 residents, had lost 3,000 families.")
    assert [c.attribution for c in claims] == ["Tarnow Dockers Union", "Ines Ruiz", "Ines Ruiz", "Ines Ruiz"]


def test_its_director_belongs_to_the_body_the_paragraph_opened_with(claims_of):
    claims = claims_of("Velmar Freight said it would close 14 depots.\n\nThe Ostland Roads Agency said traffic "
                       "would peak at about 9,400 lorries a day. \"We counted 6,300 on Monday,\" its director Anton "
                       "Ruiz said. Ruiz said 12 bridges needed repair.")
    assert [c.attribution for c in claims] == ["Velmar Freight"] + ["Ostland Roads Agency"] * 3


def test_a_person_after_a_title_is_not_the_company_a_later_sentence_means(claims_of):
    claims = claims_of("Velmar Glass Ltd said it made 82,000 tonnes of bottles. The Tarn Glassworkers' Union says its "
                       "rolls show about 640 employees; its president, Oskar Ruiz, said the company counts agency "
                       "staff.\n\nThe company also said it recycled 31,000 tonnes of cullet in 2025.")
    assert claims[-1].attribution == "Velmar Glass Ltd"


def test_a_quotation_that_gives_its_figure_to_a_document_is_not_the_speakers(claims_of):
    claims = claims_of("Velmar Sand said the pit would use little water. \"Their study says 2.2 million m³ a year, "
                       "but it leaves out the wells,\" alliance ecologist Mira Ruiz told reporters.")
    assert claims[-1].attribution != "Mira Ruiz"
    (claim,) = claims_of("\"We found 310 empty flats on the register,\" director Anton Ruiz said.")
    assert claim.attribution == "Anton Ruiz"


def test_land_a_fire_burns_is_one_measure_however_it_is_said(claims_of):
    claims = claims_of("The Ostra fire burned 1,300 hectares, the forestry service said. Aerial surveys put the burned "
                       "area at 1,750 hectares.")
    assert [c.metric for c in claims] == ["burned area", "burned area"]


def test_gross_pay_is_pay_and_oil_shale_is_no_crude_oil(claims_of):
    claims = claims_of("Tarn Energia mined 5.4 million tonnes of oil shale in 2025. Average gross pay at the mine "
                       "was €1,940 a month, the company said.")
    assert claims[0].scope == "oil shale"
    assert claims[1].metric == "pay"
