"""Capitalised words that are no topic and no speaker: money glued to its sign, a person known by one name, a
place inside a quotation that runs over sentences, a place that says where speakers are, and a common word that
opens a sentence and elsewhere only opens a body's name."""
from __future__ import annotations

from reecheck import check


def _claims(write_sources, text: str) -> dict:
    return {c.figure.text: c for c in check(write_sources({"a.txt": text})).claims}


def test_money_glued_to_its_sign_is_never_a_name(write_sources):
    claims = _claims(write_sources, "Velkar put his members' cost at Rmb4.10 per kilogram of milk, against the "
                                    "Rmb3.65 cited by the Tarn Dairy Federation.\n")
    assert not (claims["Rmb3.65"].entity or "").startswith("Rmb")


def test_one_name_said_before_who_is_a_person_and_no_topic(write_sources):
    claims = _claims(write_sources,
                     "Powder piles up.\n\n\"The centre counts warehouses,\" said Velkar, who chairs the Tarn Herders' "
                     "Co-operative.\n\nVelkar put his members' cost at Rmb4.10 per kilogram of milk.\n")
    assert claims["Rmb4.10 per kilogram"].entity != "Velkar"


def test_a_place_in_a_quote_running_over_sentences_is_no_topic(write_sources):
    claims = _claims(write_sources,
                     "Tarnow herders say the stockpile is 450,000 tonnes.\n\n"
                     "\"The centre counts warehouses. It does not count the powder in dryers in Velkova,\" said "
                     "the chairman. He said farmers had sent 200,000 cows to slaughter.\n")
    assert claims["200,000"].entity != "Velkova"


def test_a_place_after_in_says_where_speakers_are_and_does_not_speak(write_sources):
    claims = _claims(write_sources, "Dairy farmers in Velka Steppe say the stockpile is closer to 450,000 tonnes.\n")
    assert claims["closer to 450,000 tonnes"].attribution != "Velka Steppe"


def test_a_common_word_that_elsewhere_only_opens_a_bodys_name_is_no_topic(write_sources):
    claims = _claims(write_sources,
                     "The regional Dairy Support Office pays farms.\n\n"
                     "Dairy farmers in Velka Steppe say the stockpile is closer to 450,000 tonnes, against the "
                     "310,000 tonnes reported by the Tarn Dairy Monitoring Centre.\n")
    assert claims["310,000 tonnes"].entity != "Dairy"


def test_the_first_word_of_a_quotation_is_no_speaker(claims_of):
    claims = claims_of('"The report says 1.4 million m3 a year, but it models a dry year," the hydrologist told '
                       "a packed town hall on Sunday.")
    assert next(c for c in claims if c.figure.text == "1.4 million m3 a year").attribution != "The"


def test_an_authoritys_executive_director_speaks_for_it(claims_of):
    claims = claims_of("The Tarn Island Ferry Authority raised fares. An adult round trip to Velka will cost $21.25, "
                       "up from $18.00, executive director Dana Velkarta told the authority's board.")
    assert next(c for c in claims if c.figure.text == "$21.25").attribution == "Tarn Island Ferry Authority"


def test_a_bodys_expert_named_after_the_figure_speaks_for_the_body(claims_of):
    claims = claims_of("The Tarn Nature Alliance opposes the pit. Flow at the springs had already dropped 18% since "
                       "2019, alliance hydrologist Lena Velkarta said.")
    assert next(c for c in claims if c.figure.text == "18%").attribution == "Tarn Nature Alliance"


def test_a_chief_executive_speaks_for_the_body_named_before_and_chief_is_no_body(claims_of):
    claims = claims_of("Velka d'Arno Servizi (VDS) said 118 of its trucks were off the road. Chief executive "
                       "Ana Velkarta said 150 drivers would be hired by September.")
    assert next(c for c in claims if c.figure.text == "150").attribution == "Velka d'Arno Servizi (VDS)"


def test_a_known_speaker_inside_a_longer_foreign_name_is_not_that_speaker(write_sources, tmp_path):
    rules_dir = tmp_path / "extra"
    rules_dir.mkdir()
    (rules_dir / "attributors.toml").write_text('[[attributor]]\nname = "Velka"\naliases = ["Velka"]\n',
                                                encoding="utf-8")
    folder = write_sources({"a.txt": "Tarn Minas SA will expand its Velka da Urze tungsten mine, the company said.\n\n"
                                     "The mine produced 1,080 tonnes of concentrate in 2025, chief executive Rui "
                                     "Velkarta told reporters.\n"})
    claims = {c.figure.text: c for c in check(folder, rules=rules_dir).claims}
    assert claims["1,080 tonnes"].attribution != "Velka"


def test_a_common_word_capitalised_only_inside_longer_names_is_no_topic(write_sources):
    claims = _claims(write_sources,
                     "The Union of Mango Plantation Workers met on Monday.\n\n"
                     "Mango growers were paid USD 4.80 a box last year, the Federation of Small Mango Growers said.\n")
    assert claims["USD 4.80"].entity != "Mango"
