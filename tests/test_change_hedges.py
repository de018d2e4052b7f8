"""A change keeps its direction when a hedge stands between the verb and the number ("fell only 2.4 percent")."""
from __future__ import annotations

import pytest

from reecheck import extract


@pytest.mark.parametrize(("text", "direction"), [
    ("The crush fell only 2.4 percent last season.", "down"),
    ("Output fell by only 3 per cent.", "down"),
    ("Sales dropped barely 21 percent.", "down"),
    ("Exports rose just 3 per cent.", "up"),
    ("Fees climbed almost 7 per cent.", "up"),
    # guards: no verb, no direction; a verb whose "up" is part of it
    ("It was only 5 percent of the total.", ""),
    ("Tea makes up only 21 per cent of exports.", ""),
])
def test_a_hedge_between_a_change_verb_and_its_number_keeps_the_direction(text, direction):
    (f,) = extract(text)
    assert f.direction == direction
