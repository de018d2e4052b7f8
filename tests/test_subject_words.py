"""Subjects read from the text's own words when the rules know no metric, and entities that are not names:
common words opening a sentence, an outlet's name on its own line, a speaking charity."""
from __future__ import annotations

import pytest

from reecheck import lexicon
from reecheck.context import PRICE_METRIC


def _claim(claims, text: str):
    (c,) = [c for c in claims if c.figure.text == text]
    return c


def test_common_words_are_common_and_invented_names_are_not():
    assert lexicon.is_common("Smaller") and lexicon.is_common("counting") and lexicon.is_common("insurers")
    assert not lexicon.is_common("Velmar") and not lexicon.is_common("Tarnowice")


def test_the_common_word_list_is_cached_and_read_back(tmp_path, monkeypatch):
    monkeypatch.setattr(lexicon, "CACHE_DIR", tmp_path)
    lexicon.common_words.cache_clear()
    try:
        built = lexicon.common_words()
        (cached,) = list(tmp_path.glob("common-words-*.txt"))
        lexicon.common_words.cache_clear()
        assert lexicon.common_words() == built
        assert "smaller" in cached.read_text(encoding="utf-8").split("\n")
    finally:
        lexicon.common_words.cache_clear()


def test_a_read_only_cache_still_gives_the_words(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder")
    monkeypatch.setattr(lexicon, "CACHE_DIR", blocked / "sub")
    lexicon.common_words.cache_clear()
    try:
        assert lexicon.is_common("harvest")
    finally:
        lexicon.common_words.cache_clear()


@pytest.mark.parametrize("opening", ["Smaller provinces lag far behind", "Counting the night shifts"])
def test_a_common_word_opening_a_sentence_is_no_entity(claims_of, opening):
    claims = claims_of(f"Ostland opened 41,700 chargers last year. {opening}, with 6,850 rapid chargers.")
    assert _claim(claims, "6,850").entity != opening.split()[0]


def test_a_count_with_no_metric_word_measures_what_it_counts(claims_of):
    claims = claims_of("Velmar Water said crews repaired 14,300 leaks in 2024. "
                       "The bureau said 412,000 doses had been given to residents of Tarnow.")
    assert _claim(claims, "14,300").metric == "leaks"
    assert _claim(claims, "412,000").metric == "doses"  # not the residents they were given to


def test_people_alone_do_not_say_what_is_counted(claims_of):
    claims = claims_of("Floods in Ostland left 19 people in hospital.")
    assert _claim(claims, "19").metric != "people"


def test_the_noun_an_amount_is_of(claims_of):
    claims = claims_of("Ostland's fish farms lost stock in the bloom. Insurers face claims of up to $90 million, "
                       "brokers said. The utility runs a network of 3,800 kilometres of pipes.")
    assert _claim(claims, "up to $90 million").metric == "claims"
    assert _claim(claims, "3,800 kilometres").metric != "network"  # a length all the same


def test_a_rate_with_no_metric_word_takes_the_sentence_topic(claims_of):
    claims = claims_of("Velmar Zinc mined 250,000 tonnes in 2024. Treatment charges, the fees miners pay smelters, "
                       "fell to $165 a tonne for 2025.")
    assert _claim(claims, "$165 a tonne").metric == "treatment charges"
    claims = claims_of("Ostland's tea fetched $2.71 a kilogram at auction in 2024.")
    assert _claim(claims, "$2.71 a kilogram").metric == PRICE_METRIC


def test_an_outlet_line_is_no_topic(claims_of):
    text = ("Tarnow floods force 120,000 from their homes\n\nSouthern Ostland Monitor\n\nMonday 18 August 2025\n\n"
            "At the height of the flooding 126,400 people were displaced, the authority said.\n")
    claims = claims_of(text)
    assert _claim(claims, "126,400").entity == "Tarnow"
    assert _claim(claims, "126,400").metric == "displaced"


def test_a_speaking_charity_is_no_entity(claims_of):
    claims = claims_of("Ostland's relief authority counted 126,400 displaced people. The Velmar Relief Trust, a charity "
                       "running kitchens, says the number is nearer 180,000.")
    assert "Trust" not in (_claim(claims, "180,000").entity or "")
    assert "Trust" in (_claim(claims, "180,000").attribution or "")


def test_a_company_named_in_full_then_by_its_first_word_is_one_entity(claims_of):
    claims = claims_of("Velmar Offshore Energy said the Tarn Bank farm will cost €3.1 billion. "
                       "Velmar produced 4.3 TWh at its older farms in 2024.")
    assert _claim(claims, "4.3 TWh").entity == "Velmar Offshore Energy"


def test_a_place_does_not_become_a_firm_named_after_it(claims_of):
    claims = claims_of("Ostland mined 3 Mt of phosphate rock in 2024. Ostland Water Board pumped 9 million cubic "
                       "metres.")
    assert _claim(claims, "3 Mt").entity == "Ostland"


def test_a_share_lost_to_leaks_measures_leakage_and_a_count_of_leaks_counts_them(claims_of):
    claims = claims_of("Leaks swallow 46% of the water the Tarn utility treats. In Velka, 52% of treated water is "
                       "lost to leaks. Crews repaired 14,300 leaks in 2024.")
    assert _claim(claims, "14,300").metric == "leaks"
    assert _claim(claims, "46%").metric == _claim(claims, "52%").metric == "share of leakage"


def test_services_called_off_measure_cancellations(claims_of):
    claims = claims_of("The Tarn ferry authority canceled 1,126 sailings last year. Riders say it cancelled about "
                       "1,480 boats.")
    assert _claim(claims, "1,126").metric == _claim(claims, "about 1,480").metric == "cancellations"
