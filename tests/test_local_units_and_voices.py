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
    ("Fire took 42,000 stremmata of pine and orchards.", 4200),
    ("The cane grows on 79,000 manzanas.", 55197.3),
    ("The cane grows on 79,000 mz in the south.", 55197.3),
])
def test_local_land_units_are_areas(text, hectares, rules):
    (read,) = _read(text, rules)
    assert _in(read[1], read[2], "hectare", rules) == pytest.approx(hectares, rel=1e-3)


def test_the_quintal_is_a_hundred_kilograms_unless_the_page_writes_qq_or_manzanas(rules):
    (plain,) = _read("The support price is 2,275 rupees a quintal; growers sold 40 quintals.", rules)[1:]
    assert _in(plain[1], plain[2], "kilogram", rules) == pytest.approx(4000)
    reads = _read("Mills expect 16.2 million quintals of sugar from 79,000 manzanas.", rules)
    assert _in(reads[0][1], reads[0][2], "metric_ton", rules) == pytest.approx(734820, rel=1e-4)
    (qq,) = _read("Sugar: 16.2 million qq", rules)
    assert _in(qq[1], qq[2], "metric_ton", rules) == pytest.approx(734820, rel=1e-4)


def test_spanish_tonnes_and_the_spanish_of_after_a_scale_word(rules):
    reads = _read("The mill will crush 1.9 millones TM and make 2 millones de toneladas of raw sugar.", rules)
    assert [(v, u) for _, v, u in reads] == [(pytest.approx(1.9e6), "metric_ton"), (pytest.approx(2e6), "metric_ton")]
    (qq,) = _read("The board expects 16.2 millones de qq of sugar.", rules)
    assert qq[0] == "16.2 millones de qq"


def test_tm_is_no_unit_where_no_spanish_word_is_near(rules):
    reads = _read("The Velka TM 5 sold 3 million TM units.", rules)
    assert all(u == "dimensionless" for _, _, u in reads)


@pytest.mark.parametrize(("text", "value"), [
    ("Replacing the units needs €1,3 mld of investment.", 1.3e9),
    ("Tarnow, with 53 tuh. residents, has lost 9 000 people.", 53e3),
])
def test_baltic_and_slavic_scale_abbreviations(text, value, rules):
    assert _read(text, rules)[0][1] == pytest.approx(value)


def test_a_fraction_after_and_is_a_share_when_of_follows(rules):
    reads = _read("The fire took 4,200 hectares and a fifth of the island's trees.", rules)
    assert [r[0] for r in reads] == ["4,200 hectares", "a fifth"]
    assert _read("The walk took an hour and a half.", rules)[0][1] == pytest.approx(1.5)


def test_a_change_by_a_fraction_is_a_change_in_percent(claims_of):
    (claim,) = claims_of("Tarnow's mine output has fallen by a quarter in a single year, the council said.")
    assert (claim.figure.value, claim.figure.unit) == (pytest.approx(25), "percent")
    (claim,) = claims_of("Velmar said output could fall by more than half.")
    assert (claim.figure.value, claim.figure.unit) == (pytest.approx(50), "percent")
    assert claims_of("The plant was bought by a third party.") == []


def test_an_officer_named_by_her_bodys_short_name_and_title_speaks_for_it(claims_of):
    claims = claims_of("The Ostland Fire Response Agency (OFRA) said the fire burned 4,200 hectares. OFRA commander "
                       "Ana Ruiz said gusts of up to 80 km/h had driven the fire to the coast.")
    assert [c.attribution for c in claims] == ["Ostland Fire Response Agency (OFRA)"] * 2


def test_a_body_described_after_its_short_name_still_speaks(claims_of):
    claims = claims_of("The harvest will yield 7.1 million tons, the Junta Velka Nacional (JVN), the sugar industry "
                       "board, said on Wednesday. Ruiz said the board had ordered mills to cut at least 40% of their "
                       "cane green.")
    assert len(claims) == 2 and all(c.attribution.startswith("Junta Velka Nacional") for c in claims)


def test_a_union_officer_named_with_the_noun_speaks_for_the_union(claims_of):
    claims = claims_of("The Sindicato de Cortadores de Tarn (SCT) called a strike. \"We count the smoke,\" union "
                       "secretary general Julio Ruiz told a meeting. He said cutters were paid $3.60 for each ton.")
    assert claims[-1].attribution.startswith("Sindicato de Cortadores de Tarn")


def test_a_city_councillor_speaks_for_herself_and_she_said_keeps_her(claims_of):
    claims = claims_of("The Tarnow Energy Workers Union said it had 2,300 members. City councillor Olga Ruiz said "
                       "unemployment was already 14.1%. She said Tarnow, with 53,000 residents, had lost 9,000 "
                       "people in ten years.")
    assert [c.attribution for c in claims if c.figure.text != "ten years"] == [
        "Tarnow Energy Workers Union", "Olga Ruiz", "Olga Ruiz", "Olga Ruiz"]


def test_its_director_belongs_to_the_body_the_paragraph_opened_with(claims_of):
    claims = claims_of("Velmar Energia said it would cut 850 jobs.\n\nThe Ostland Transition Agency said "
                       "unemployment would peak at about 12.5%. \"We count 1,120 new jobs,\" its director Peeter "
                       "Ruiz said. Ruiz said 42 firms had received grants.")
    assert [c.attribution for c in claims] == ["Velmar Energia"] + ["Ostland Transition Agency"] * 3


def test_a_person_after_a_title_is_not_the_company_a_later_sentence_means(claims_of):
    claims = claims_of("Velmar Alumina Ltd said it mined 4.6 million tonnes. The Tarn Workers' Union says its rolls "
                       "show about 1,050 employees; its president, Errol Ruiz, said the company counts contract "
                       "staff.\n\nThe company also said it rehabilitated 212 hectares in 2025.")
    assert claims[-1].attribution == "Velmar Alumina Ltd"


def test_a_quotation_that_gives_its_figure_to_a_document_is_not_the_speakers(claims_of):
    claims = claims_of("Velmar Kalk said pumping would stay low. \"The report says 1.4 million m³ a year, but it "
                       "ignores the springs,\" alliance hydrologist Lena Ruiz told a meeting.")
    assert claims[-1].attribution != "Lena Ruiz"
    (claim,) = claims_of("\"We found 1,120 jobs in the payroll data,\" director Peeter Ruiz said.")
    assert claim.attribution == "Peeter Ruiz"


def test_land_a_fire_burns_is_one_measure_however_it_is_said(claims_of):
    claims = claims_of("The Velka fire burned 4,200 hectares, the agency said. Satellite images put the burned area "
                       "at 5,900 hectares.")
    assert [c.metric for c in claims] == ["burned area", "burned area"]


def test_gross_pay_is_pay_and_oil_shale_is_no_crude_oil(claims_of):
    claims = claims_of("Tarn Energia burned 7.2 million tonnes of oil shale last year. Average gross pay at the "
                       "plant was €2,180 a month, the company said.")
    assert claims[0].scope == "oil shale"
    assert claims[1].metric == "pay"
