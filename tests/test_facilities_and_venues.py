"""Whose figure it is: a facility one text gives to a company is that company in the run's other texts, a place
where a speaker spoke is no topic, and a figure in a ", whose ..." aside belongs to the name before it."""
from __future__ import annotations

from reecheck import check


def _claim(claims, text: str):
    (c,) = [c for c in claims if c.figure.text == text]
    return c


def test_a_facility_another_text_gives_to_a_company_meets_the_companys_figures(write_sources):
    folder = write_sources({
        "a.txt": "Velka Fibre Oyj will build a new line at its Tarn mill. The company said the line would use "
                 "6.7 million cubic metres of wood a year.\n",
        "b.txt": "Critics say the Tarn line will use 8.1 million cubic metres of wood a year.\n",
    })
    report = check(folder)
    groups = [v for v in report.verdicts if "8.1 million cubic metres" in [c.figure.text for c in v.group.claims]]
    assert len(groups) == 1 and groups[0].status == "discrepancy"
    assert {c.figure.text for c in groups[0].group.claims} >= {"6.7 million cubic metres", "8.1 million cubic metres"}


def test_a_company_with_two_facilities_keeps_them_apart(write_sources):
    folder = write_sources({
        "a.txt": "Velka Fibre Oyj runs its Tarn mill and its Bream mill. Its Tarn mill made 600,000 tonnes of pulp.\n"
                 "Separately, its Bream mill made 450,000 tonnes of pulp.\n",
        "b.txt": "The Tarn mill made 610,000 tonnes of pulp, and the Bream mill made 300,000 tonnes of pulp.\n",
    })
    claims = check(folder).claims
    assert _claim(claims, "300,000 tonnes").entity != "Velka Fibre Oyj"


def test_where_the_speaker_spoke_is_no_topic(write_sources, tmp_path):
    rules_dir = tmp_path / "extra"
    rules_dir.mkdir()  # a country whose capital stands for it, as the shipped rules list some
    (rules_dir / "entities.toml").write_text('[[entity]]\nname = "Ostland"\nkind = "country"\n'
                                             'aliases = ["Ostland", "Ostgrad"]\n', encoding="utf-8")
    folder = write_sources({"a.txt": "Velka Fibre Oyj said output rose. The mill produced 612,000 tonnes of pulp in "
                                     "2025, up from 588,000 tonnes a year earlier, chief executive Ana Ruiz told "
                                     "reporters in Ostgrad.\n"})
    assert _claim(check(folder, rules=rules_dir).claims, "588,000 tonnes").entity != "Ostland"


def test_a_figure_in_a_whose_aside_is_the_names_own(claims_of):
    claims = claims_of("Velmar Steel runs a mill near Tarnow. Velmar, whose output fell 6 percent last year to "
                       "2.4 million tonnes of crude steel, said its reporting follows European rules.")
    assert _claim(claims, "2.4 million tonnes").entity.startswith("Velmar")


def test_a_bodys_whose_data_count_others(claims_of):
    claims = claims_of("Tarn Metro reported 46.1 million journeys. The Tarnow Transport Partnership, whose "
                       "ticket-machine data show 38.9 million journeys, has commissioned an audit.")
    assert _claim(claims, "38.9 million").entity != "Tarnow Transport Partnership"


def test_where_a_speaker_is_from_is_no_topic(claims_of):
    claims = claims_of("Velka Meat Board said exports grew. Senator Ana Ruiz, of Tarnow, told the upper house that "
                       "beef was a US$ 246 million business.")
    assert _claim(claims, "US$ 246 million").entity != "Tarnow"


def test_a_tradesman_named_with_his_trade_is_a_person_who_speaks(claims_of):
    claims = claims_of("In the town market, butcher Hugo Velkarta said steers sold at US$ 4.35 a pound.")
    c = _claim(claims, "US$ 4.35 a pound")
    assert c.attribution == "Hugo Velkarta" and c.entity != "Hugo Velkarta"
