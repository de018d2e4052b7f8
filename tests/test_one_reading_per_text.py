"""A word that names both a unit and a currency ("pounds") keeps one meaning through a text that settles it."""
from __future__ import annotations

import pytest

from reecheck import extract


def _units(text: str) -> dict[str, str]:
    return {f.text: f.unit for f in extract(text)}


def test_a_text_that_weighs_in_pounds_weighs_its_scaled_pounds_too():
    units = _units("Velmar lifts uranium output to 7.2 million pounds, pays C$58m in royalties. The mine produced "
                   "7.2 million pounds of uranium concentrate last year, a third more than the 5.4 million pounds "
                   "it turned out in 2024. Reserves stand at 96 million pounds.")
    assert units["7.2 million pounds"] == "pound"
    assert units["5.4 million pounds"] == "pound"
    assert units["96 million pounds"] == "pound"
    assert units["C$58m"] == "CAD"


@pytest.mark.parametrize("text, figure", [
    # nothing settles the word: a scale word and a money word keep sterling
    ("The club paid 3 million pounds for the striker, who weighs 160 pounds.", "3 million pounds"),
    # the text writes sterling plainly as well: each sentence decides for itself
    ("The mill bought 2 million pounds of wool for £4.1m. It paid 1.5 million pounds in tax.", "1.5 million pounds"),
])
def test_a_text_that_does_not_settle_the_word_leaves_each_sentence_to_decide(text, figure):
    assert _units(text)[figure] == "GBP"
