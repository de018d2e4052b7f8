"""A person named by surname in one text speaks for the body the run's other texts tie them to."""
from __future__ import annotations

import reecheck

FIRST = ("Velka Coal plans expansion\n\nTARNOW, 3 March 2026 - Chairman Ana Ruiz said revenue rose to $486 million "
         "in 2025. Ruiz said the project would create 2,100 direct jobs, Velka Coal Ltd said.\n")
SECOND = ("Forest row\n\nTARNOW, 19 March 2026 - The Tarn Forest Forum says the mine will fell 45,000 trees. Ruiz "
          "told the Herald that the mine's output of 12.4 million tonnes last year was within its limit.\n")


def _speaker(report, text: str) -> str | None:
    (c,) = [c for c in report.claims if c.figure.text == text]
    return c.attribution


def test_a_surname_speaks_for_the_body_another_text_ties_it_to(write_sources):
    report = reecheck.check(write_sources({"a.txt": FIRST, "b.txt": SECOND}))
    owner = _speaker(report, "$486 million")
    assert owner and "Ruiz" not in owner
    assert _speaker(report, "12.4 million tonnes") == owner


def test_a_surname_no_other_text_ties_to_a_body_keeps_its_name(write_sources):
    report = reecheck.check(write_sources({"b.txt": SECOND}))
    assert _speaker(report, "12.4 million tonnes") == "Ruiz"


def test_a_surname_credited_once_with_its_firm_elsewhere_speaks_for_it(write_sources):
    first = ("Snow bill\n\nTARNOW, 18 March 2026 - Economist Ana Velkova of the Tarn Research Institute said the "
             "bill would land between ¥33 billion and ¥35 billion.\n")
    second = ("Snow row\n\nTARNOW, 25 March 2026 - Velkova said the bill could run as high as ¥35 billion.\n")
    report = reecheck.check(write_sources({"a.txt": first, "b.txt": second}))
    owner = _speaker(report, "¥33 billion and ¥35 billion")
    assert owner and "Tarn Research Institute" in owner
    assert _speaker(report, "¥35 billion") == owner


def test_a_body_spelled_the_british_and_the_american_way_is_one_speaker(write_sources):
    from reecheck import check

    folder = write_sources({
        "a.txt": "The Tarn Dairy Monitoring Center said the stockpile was 310,000 tonnes. The Tarn Dairy Monitoring "
                 "Center also counted 138,000 cows culled.\n",
        "b.txt": "The Tarn Dairy Monitoring Centre put the stockpile at 310,000 tonnes.\n",
    })
    speakers = {c.attribution for c in check(folder).claims if c.attribution}
    assert speakers == {"Tarn Dairy Monitoring Center"}


def test_a_common_noun_for_a_speaker_is_the_one_body_of_the_run_with_that_noun(write_sources):
    from reecheck import check

    folder = write_sources({
        "a.txt": "Exports reached 362 million boxes, the Velka Mango Council (Velman) said on Tuesday.\n",
        "b.txt": "Growers doubt the figures. The council says 38 disinfection points are working.\n",
    })
    claims = {c.figure.text: c for c in check(folder).claims}
    assert claims["38"].attribution == "Velka Mango Council (Velman)"


def test_a_common_noun_that_fits_two_bodies_of_the_run_stays_as_written(write_sources):
    from reecheck import check

    folder = write_sources({
        "a.txt": "The Velka Mango Council said exports reached 362 million boxes. The Tarn Waste Council said "
                 "1,800 tonnes lay uncollected.\n",
        "b.txt": "Growers doubt the figures. The council says 38 disinfection points are working.\n",
    })
    claims = {c.figure.text: c for c in check(folder).claims}
    assert claims["38"].attribution in (None, "the council")


def test_the_exporters_are_the_exporters_chamber(write_sources):
    from reecheck import check

    folder = write_sources({
        "a.txt": "Ostland shipped 362 million boxes, the Mango Exporters' Chamber (Velmanex) said.\n",
        "b.txt": "Buyers took 21% of the fruit last year, the exporters said.\n",
    })
    claims = {c.figure.text: c for c in check(folder).claims}
    assert claims["21%"].attribution == "Mango Exporters' Chamber (Velmanex)"
