"""Scale abbreviations with a full stop before their unit ("Mio. litres", "milj. tonnes", "tūkst. t"), a label
word that is a verb before a measure ("would level 9 ha"), centavos read as the hundredth of the currency a text
writes, a price paid "for a kilo", and the voices of fact boxes and of sentences that quote two speakers: a box
titled with a body's acronym, a row labelled with a body's kind, a surname with a particle that opens a sentence,
and a figure another body "counts" inside a sentence a pronoun opens."""
from __future__ import annotations

import pytest

from reecheck.figures import in_home_conventions, scan


def _read(text: str, rules):
    figures, _ = scan(text, rules)
    return [(f.text, f.value, f.unit) for f in in_home_conventions(text, figures, rules)]


@pytest.mark.parametrize(("text", "value", "unit"), [
    ("The pumps drew 270 Mio. litres from the lake.", 270e6, "liter"),
    ("Growers cut 2,3 milj. tonnes of reed.", 2.3e6, "metric_ton"),
    ("The mill sawed 318 tūkst. tonnes of timber.", 318e3, "metric_ton"),
    ("The fund holds €17 milj. for the work.", 17e6, "EUR"),
])
def test_an_abbreviated_scale_keeps_its_unit_past_its_full_stop(text, value, unit, rules):
    (read,) = _read(text, rules)
    assert (read[1], read[2]) == (pytest.approx(value), unit)


def test_a_label_word_before_a_measure_is_a_verb_not_a_label(rules):
    assert [r[0] for r in _read("Crews would level 9 ha of dunes for the car park.", rules)] == ["9 ha"]
    assert _read("Visitors park on level 3 of the garage.", rules) == []


def test_centavos_are_the_hundredth_of_the_currency_the_text_writes(rules):
    reads = _read("Growers got 45 centavos a kilo. The trader says it paid US$ 0.70 a kilo.", rules)
    assert reads[0][1:] == (pytest.approx(0.45), "USD / kilogram")
    reads = _read("The fare rose 80 centavos. The city spent 2 million Mexican pesos on buses.", rules)
    assert reads[0][1:] == (pytest.approx(0.8), "MXN")
    (alone,) = _read("A bus ride costs 80 centavos.", rules)
    assert alone[1:] == (80, "centavo")


def test_a_price_paid_for_a_kilo_is_a_price_per_kilo_and_a_quantity_takes_no_such_rate(rules):
    (price,) = _read("Buyers paid $1.15 for a kilo of beans.", rules)
    assert price[2] == "USD / kilogram"
    (hours,) = _read("Drivers queued 6 hours for a tonne of flour.", rules)
    assert hours[2] == "hour"


def test_a_box_titled_with_a_bodys_acronym_and_rows_labelled_with_a_kind_take_those_bodies(claims_of):
    claims = claims_of("The Velka Forest Survey (VFS) said the forest covered 310 hectares, Velmar Timber said.\n\n"
                       "Velmar Timber said the Ostland Parks Agency had approved the felling.\n\n"
                       "Tarn forest (VFS data)\nArea, 2026: 290 ha\n\nArea to fell\nAgency: 40 ha")
    by_text = {c.figure.text: c.attribution for c in claims}
    assert by_text["290 ha"] == "Velka Forest Survey (VFS)"
    assert by_text["40 ha"] == "Ostland Parks Agency"


def test_a_company_row_is_never_the_person_who_spoke_most(claims_of):
    claims = claims_of("Tarn Fishers Cooperative said members were paid 50 cents a kilo. Fisherman Ana Ruiz "
                       "said 300 boats sailed. Ruiz said 40 had sunk. Ruiz said 12 were repaired.\n\n"
                       "Price paid\nCompany: $0.80/kg")
    assert claims[-2].attribution == "Ruiz"
    assert claims[-1].attribution not in ("Ana Ruiz", "Ruiz")


def test_a_headline_shaped_like_a_row_is_not_spoken_by_its_label(claims_of):
    claims = claims_of("Union: the plan will cost 900 jobs, not 400\n\nThe Velka Dockers Union said on Monday that "
                       "the closure would cost 900 jobs. Velmar Ports said 400 jobs would go.")
    assert [c.attribution for c in claims[:2]] == [None, None]


def test_a_surname_with_a_particle_speaks_for_her_body_when_it_opens_a_sentence(claims_of):
    claims = claims_of("The Tarn Weavers Guild said prices had fallen. \"We sell for 20% less,\" guild president Rosa "
                       "de Souza told members.\n\nDe Souza said 140 looms stood idle.")
    assert claims[-1].attribution == "Tarn Weavers Guild"


def test_a_figure_another_body_counts_is_theirs_and_the_opening_pronoun_keeps_the_rest(claims_of):
    claims = claims_of("The Velka Growers Union said on Monday that prices fell. \"We are paid less,\" union president "
                       "Anna Velkar told a meeting. She said 3,100 families lived from the crop, not the 2,400 "
                       "households the farm agency counts, and that the farms had produced only 870 t last year.")
    by_text = {c.figure.text: c.attribution for c in claims}
    assert by_text["3,100"] == "Velka Growers Union"
    assert by_text["870 t"] == "Velka Growers Union"
    assert by_text["2,400"] != "Velka Growers Union"


def test_a_body_after_said_is_what_was_said_about_when_a_verb_follows(claims_of):
    claims = claims_of("The Velka Grain Board said exports fell. Ruiz said the board had told traders to hold 300 t "
                       "back.")
    assert claims[-1].attribution == "Velka Grain Board"
    (inverted,) = claims_of("Exports fell to 300 t, said the board on Monday.")
    assert inverted.attribution is not None and "board" in inverted.attribution.lower()


def test_a_surname_with_an_owned_role_set_off_after_it_speaks_for_the_owner(claims_of):
    claims = claims_of("Velmar Kelp Traders buys the crop. Velkar, the firm's sales director, told the Tarn "
                       "Herald that the firm paid $910 a tonne. She said the company had sent 1,300 tonnes abroad.")
    assert [c.attribution for c in claims] == ["Velmar Kelp Traders"] * 2
    (head,) = claims_of("Ana Ruiz, Velmar's head of research, said prices would rise 4%.")
    assert head.attribution == "Velmar"


def test_an_expert_named_with_her_bodys_acronym_speaks_for_it(claims_of):
    claims = claims_of("The Tarn Ice Survey (TIS) said the ice thinned by 2.1 metres. TIS glaciologist Ana Ruiz said "
                       "the glacier covered 280 hectares.")
    assert claims[-1].attribution.startswith("Tarn Ice Survey")


def test_its_officer_after_a_sentence_a_group_opened_speaks_for_that_group(claims_of):
    claims = claims_of("The Ostland Wetlands Agency said 90 bogs were wet again.\n\nSave Tarn Bogs, a campaign group, "
                       "said the loss was \"twice what the agency admits\", against the agency's 2.3 milj. tonnes. Its "
                       "coordinator, Ana Ruiz, said 120 bogs were still dry.")
    assert claims[-1].attribution == "Save Tarn Bogs"


def test_a_municipal_councillor_named_with_her_town_speaks_for_herself(claims_of):
    (claim,) = claims_of("Tarnow municipal councillor Ana Ruiz said the parish had 1,150 residents.")
    assert claim.attribution == "Ana Ruiz"


def test_whom_a_speaker_told_is_not_the_company_a_later_sentence_means(claims_of):
    claims = claims_of("Velmar Kelp Traders buys the crop. Velkar, the firm's sales director, told Tarn Weekly "
                       "that the firm paid $910 a tonne. She said the company had sent 1,300 tonnes abroad.")
    assert [c.attribution for c in claims] == ["Velmar Kelp Traders"] * 2


def test_he_after_a_sentence_that_names_a_person_who_did_not_speak_is_that_person(claims_of):
    claims = claims_of("The Velka Dockers Union wants a 7 per cent rise. Union secretary Ana Ruiz called the offer "
                       "poor.\n\nVelmar Ports says it has offered 2 per cent, which Ruiz called \"an insult\". She said "
                       "19 dockers had been hurt on the quay in 2025.")
    assert claims[-1].attribution == "Velka Dockers Union"


def test_an_organisation_speaking_of_a_company_is_not_the_company(claims_of):
    claims = claims_of("The Tarn Energy Authority said the company had kept the grid link out of its budget; it "
                       "valued the link alone at €380 million.")
    assert claims[-1].attribution == "Tarn Energy Authority"


def test_a_part_of_a_group_takes_no_money_unit_from_its_sentence(rules):
    reads = _read("Growers got 45 cents a kilo, not the 70 cents the buyer claims, the union said after reading the "
                  "slips of 260 of its members.", rules)
    assert reads[-1] == ("260", 260, "dimensionless")


def test_a_bare_number_set_against_a_figure_after_its_period_takes_its_unit(rules):
    reads = _read("The drought left only 52 grazing days last season, against 77 in 2024.", rules)
    assert reads[-1][2] == "day"


def test_a_quoted_bare_number_echoes_an_amount_the_text_gave_before(rules):
    reads = _read("Growers were paid 45 cents a kilo, not the 70 cents the buyer claims. \"The buyer writes 70 in "
                  "town. At the farm gate we get 45,\" she said. \"We have 45 boats,\" he added.", rules)
    units = [u for _, _, u in reads]
    # (the rejected "70 cents" is a price a kilo too, so its echo is)
    assert units[1:4] == ["cent / kilogram", "cent / kilogram", "cent / kilogram"]
    assert units[-1] == "dimensionless"


def test_a_speaker_who_says_a_figure_in_a_headline_owns_only_that_figure(claims_of):
    claims = claims_of("Dune plan: Velmar Sands to lose 700 ha, board says 480\n\nVelmar Sands said it would lose "
                       "700 ha. Velka Ports said 12 ships had called.")
    assert claims[0].attribution != "board"
    assert claims[1].attribution == "board"


def test_the_metical_written_before_an_amount_and_tonnes_after_one(rules):
    (money,) = _read("The dam will cost MT 4,2 mil milhões.", rules)
    assert money[1:] == (pytest.approx(4.2e9), "MZN")
    (tonnes,) = _read("Output reached 5,000 MT of wheat.", rules)
    assert tonnes[2] == "metric_ton"


def test_a_verb_after_a_number_is_no_counted_noun_so_a_quote_can_echo_it(rules):
    reads = _read("Villagers counted 12.500 barrels spilled.\n\n\"A figure of 12.500 has no basis,\" he said.", rules)
    assert [u for _, _, u in reads] == ["oil_barrel", "oil_barrel"]


def test_a_plus_between_a_number_and_its_unit_is_at_least(rules):
    figures, _ = scan("Locals: 12,500+ barrels", rules)
    (f,) = figures
    assert (f.value, f.unit, f.qualifier) == (12500, "oil_barrel", "at_least")


def test_a_share_a_verb_adds_or_takes_away_is_a_change_in_percent(claims_of):
    claims = claims_of("Demand topped 900 MW, so the new station would add nearly a tenth. The levy would cut a "
                       "fifth off bills.")
    assert [(c.figure.value, c.figure.unit) for c in claims[1:]] == [(pytest.approx(10), "percent"),
                                                                     (pytest.approx(20), "percent")]


@pytest.mark.parametrize(("text", "values"), [
    ("Kilns closing: 3 of 7", [3, 7]),
    ("Nine of 10 growers sell to the mill.", [0.9]),
    ("4 of 10 homes are empty.", [0.4]),
])
def test_a_part_of_an_uneven_whole_in_digits_is_two_counts(text, values, rules):
    assert [v for _, v, _ in _read(text, rules)] == [pytest.approx(v) for v in values]


def test_a_threshold_later_in_the_sentence_is_a_price_per_the_same_unit(rules):
    reads = _read("Traders said prices near 21 cents a pound meant sales of $40 million, and that growers lose money "
                  "on every sack sold below 23 cents.", rules)
    assert reads[-1][2] == "cent / pound"


def test_a_box_row_labelled_with_a_facility_is_the_firm_that_runs_it(claims_of):
    claims = claims_of("Velmar Cane said it cut 40% of its cane green. The Tarn Cutters Union said it logged 18%.\n\n"
                       "Green-cut share\nMill: 40%")
    assert claims[-1].attribution == "Velmar Cane"


def test_a_demand_is_a_target_not_a_fact(claims_of):
    claims = claims_of("The Tarn Bakers Union is asking for a 7.5 per cent pay rise. It calls for 140 new posts. "
                       "Its hotline answered 52,000 calls.")
    assert [c.is_target for c in claims] == [True, True, False]


def test_a_figure_its_text_sets_against_another_stays_in_that_ones_group(write_sources):
    from reecheck import check

    folder = write_sources({"a.txt": "The farm-gate price in Tarnow was 45 cents a kilo last year, not the 70 cents "
                                     "Velmar Foods says it pays, the Tarn Growers Union said on Monday. The union said "
                                     "it would ask buyers for 95 cents a kilo this year."})
    report = check(folder)
    groups = {c.figure.text: v.group.id for v in report.verdicts for c in v.group.claims}
    assert groups["45 cents a kilo"] == groups["70 cents"]


def test_two_subjects_a_text_sets_against_each_other_are_one(claims_of, rules):
    from dataclasses import replace

    from reecheck.groups import group_claims

    fam, hh = claims_of("Growers said 3,100 families live from the crop, not the 2,400 households the agency counts.")
    fam = replace(fam, entity="Tarnow", metric="families", subject="Tarnow · families")
    hh = replace(hh, entity="Tarnow", metric="households", subject="Tarnow · households",
                 set_against=(fam.line, fam.column))
    groups, _ = group_claims([fam, hh], rules)
    assert [len(g.claims) for g in groups] == [2]


def test_bare_degrees_take_the_temperature_scale_the_text_writes_and_stay_angles_elsewhere(rules):
    reads = _read("The lake reached 27.5 °C in July. \"Forty days over 25 degrees,\" she said. The ramp climbs at 9 "
                  "degrees.", rules)
    assert [u for _, _, u in reads] == ["degree_Celsius", "day", "degree_Celsius", "degree"]
    (angle,) = _read("The roof slopes at 30 degrees.", rules)
    assert angle[2] == "degree"
