"""Stories about public services and farms: a utility's tariff and a household's bill are their own measures, a pipe
network's failures are counted, a body introduced by its kind ("the residents' association Velka Dom") is what
"the association" means later, and a figure rejected after a metric word measures what the figure it answers does."""
from __future__ import annotations


def test_a_role_after_a_sentence_end_names_no_owner(claims_of):
    claims = claims_of("Velka Heat JSC will replace 240 km of mains, the company said on Tuesday. Chief executive "
                       "Ana Ruiz said 71% of the network was worn.\n\nRuiz said the first 35 km would be laid this "
                       "year.")
    assert [c.attribution for c in claims] == ["Velka Heat JSC"] * 3


def test_the_association_is_the_one_the_text_introduced_by_its_kind(claims_of):
    claims = claims_of("Pipes failed more than 300 times, the residents' association Velka Dom said on Monday.\n\n"
                       "Volunteers measured 11°C in living rooms on 16 December, the association says.")
    assert [c.attribution for c in claims] == ["Velka Dom", "Velka Dom"]


def test_a_tariff_and_a_bill_are_different_measures(claims_of):
    claims = claims_of("The agency approved a rise in the heat tariff to 8,035 tenge per gigacalorie. The monthly "
                       "heating bill for a two-room flat will rise to about 11,400 tenge, it said.")
    assert [c.metric for c in claims] == ["tariff", "bill"]


def test_failures_are_counted(claims_of):
    (claim,) = claims_of("Residents logged 300 pipe bursts, and the company says its mains failed 146 times.")[1:]
    assert claim.metric == "failures"


def test_heat_lost_in_the_network_is_a_loss_not_output(claims_of):
    (claim,) = claims_of("About 31% of the heat leaving the plants is lost before it reaches homes, "
                         "the company said.")
    assert claim.metric == "share of leakage"


def test_half_the_catch_is_a_share_of_the_catch(claims_of):
    (claim,) = claims_of("The buyer bought nearly half the catch, the crabbers said.")
    assert claim.metric == "share of production"


def test_a_rejected_share_measures_what_the_share_it_answers_does(claims_of):
    claims = claims_of('The crabbers said the buyer took "nearly half the catch" at the reduced price, not the 36% '
                       'the company claimed.')
    assert [c.metric for c in claims] == ["share of production", "share of production"]
