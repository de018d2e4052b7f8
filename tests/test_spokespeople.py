"""Who speaks through whom: a spokeswoman named with her body ("A Courts Service spokeswoman") and "the
spokeswoman" after her, an officer titled with a body's short name ("Velgro President Ana Ruiz"), a chief
executive of the firm that opens the sentence, and a person who "chairs" a body; and who does not: the speaker of
a figure they reject ("180 hectares, not 104"), or a table row's opening word."""
from __future__ import annotations

import reecheck


def _speaker(claims, text: str) -> str | None:
    (c,) = [c for c in claims if c.figure.text == text]
    return c.attribution


def test_a_spokeswoman_speaks_for_the_body_named_with_her_and_so_does_the_spokeswoman_later(claims_of):
    claims = claims_of("A Tarn Courts Office spokeswoman said the average wait was 412 days last year. The Velka "
                       "Solicitors Association says it counted 9,640 cases. Nine judges sit in the city's courts, "
                       "the spokeswoman said.")
    assert _speaker(claims, "412 days") == "Tarn Courts Office"
    assert _speaker(claims, "Nine") == "Tarn Courts Office"
    assert _speaker(claims, "9,640") == "Velka Solicitors Association"


def test_an_acronym_before_a_spokesman_is_his_body(claims_of):
    claims = claims_of("An OVMA spokesman said mills paid R$163 per tonne in March.")
    assert _speaker(claims, "R$163 per tonne") == "OVMA"


def test_a_spokeswoman_without_a_name_before_her_is_not_given_one(claims_of):
    claims = claims_of("A Tarn Courts Office spokeswoman said the average wait was 412 days last year. The Velka "
                       "Union said 40 posts were empty, a spokeswoman said.")
    assert _speaker(claims, "40") == "Velka Union"


def test_an_officer_titled_with_a_short_name_speaks_for_the_body(claims_of):
    claims = claims_of("The Velka Growers Federation (Velgro) says fires burned about 260,000 hectares last season. "
                       "Velgro President Ana Ruiz said growers had lost R$3 billion in burned cane.")
    assert _speaker(claims, "R$3 billion").startswith("Velka Growers Federation")


def test_a_chief_executive_speaks_for_the_firm_that_opens_the_sentence(claims_of):
    claims = claims_of("The Tarn Growers Federation said prices fell 4 percent. Grupo Velka, the second-largest "
                       "milling group, crushed 41.7 million tons at its mills last season, Chief Executive Ana "
                       "Ruiz said. Ruiz said the group employs 13,800 people.")
    assert _speaker(claims, "41.7 million tons") == "Grupo Velka"
    assert _speaker(claims, "13,800") == "Grupo Velka"


def test_a_person_who_chairs_a_body_speaks_for_it(claims_of):
    claims = claims_of("Ana Ruiz, who chairs the Tarn Legal Practitioners' Association, said some parents had "
                       "waited 740 days for a hearing. Ruiz said 2,200 applications were waiting.")
    assert _speaker(claims, "740 days") == "Tarn Legal Practitioners' Association"
    assert _speaker(claims, "2,200") == "Tarn Legal Practitioners' Association"


def test_a_member_of_parliament_speaks_and_is_no_topic(claims_of):
    claims = claims_of("Court backlog grows. In the Dail last week, Tarnow TD Ana Ruiz said that 9,640 cases were "
                       "stuck. The Velka Courts Office counted 9,460 cases.")
    assert _speaker(claims, "9,640").endswith("Ana Ruiz")
    assert all("Ana Ruiz" not in (c.entity or "") for c in claims)


def test_a_licence_limit_is_no_amount_released(claims_of):
    claims = claims_of("The Velka Water Trust says the mine released about 3.9 million m3 of water last year. That "
                       "put the mine nearly a third over its 3,000,000 m3 licence limit, the trust said.")
    (limit,) = [c for c in claims if c.figure.text == "3,000,000 m3"]
    (released,) = [c for c in claims if c.figure.text == "about 3.9 million m3"]
    assert limit.metric != released.metric


def test_a_numbered_shaft_is_no_company_a_later_sentence_points_to(claims_of):
    claims = claims_of("The Tarn Miners Union says Velka Gold Ltd has warned that 640 jobs at the No. 1 shaft could "
                       "go. A company that poured 9,420 ounces of gold last year could afford to keep them, the "
                       "union said.")
    assert _speaker(claims, "9,420 ounces") != "No."


def test_a_chairperson_speaks_for_her_forum(claims_of):
    claims = claims_of("The Tarn Community Forum disputes the count. Chairperson Ana Ruiz said 112 houses had "
                       "been handed over since 2022.")
    assert _speaker(claims, "112") == "Tarn Community Forum"


def test_the_figure_a_speaker_rejects_is_not_theirs(write_sources):
    text = ("Tarn growers dispute park\n\nFamilies say the Velka solar park took 180 hectares, not 104, and that 62 "
            "households moved.\n")
    report = reecheck.check(write_sources({"a.txt": text}))
    claims = {c.figure.text: c for c in report.claims}
    assert claims["180 hectares"].attribution == "Families"
    assert claims["104"].attribution is None
    (group,) = [v.group for v in report.verdicts if claims["104"] in v.group.claims]
    assert claims["180 hectares"] in group.claims  # one subject, two camps, not split as one voice's two values


def test_a_table_row_opening_word_is_no_name(write_sources):
    text = "Tarn road casualties, 2025 (partnership figures)\nKilled: 64\nSeriously injured: 548\n"
    claims = {c.figure.text: c for c in reecheck.check(write_sources({"a.txt": text})).claims}
    assert claims["548"].entity is None


def test_a_rejected_figure_belongs_to_the_body_named_right_after_it(write_sources):
    text = ("Nurses dispute count\n\nThe Tarn Nurses' Alliance says the Velka Regional Hospital has 131 vacancies, "
            "not the 74 the hospital cited, and Tarnow is 480 operators short, not the 310 the Velka Roads Bureau "
            "reported.\n")
    claims = {c.figure.text: c for c in reecheck.check(write_sources({"a.txt": text})).claims}
    assert claims["74"].attribution == "Velka Regional Hospital"
    assert claims["310"].attribution == "Velka Roads Bureau"
    assert claims["131"].attribution == claims["480"].attribution == "Tarn Nurses' Alliance"


def test_a_rejected_figure_measures_what_the_figure_before_it_does(write_sources):
    text = ("Hotline row\n\nThe Tarn Residents Network says the bureau's hotline received more than 60,000 calls "
            "over the winter, not the 48,700 it published.\n")
    claims = {c.figure.text: c for c in reecheck.check(write_sources({"a.txt": text})).claims}
    assert claims["48,700"].metric == claims["more than 60,000"].metric == "calls"
    assert claims["48,700"].figure.noun == "calls"


FACT_BOX = ("Tarn road deaths climb\n\nThe Velka Road Safety Partnership said 64 people were killed in 2025. Its "
            "manager said 548 were hurt, and the Tarn Riders Union said 19 riders died.\n\n"
            "Tarn road casualties, 2025 (partnership figures)\nKilled: 64\nSeriously injured: 548\n")


def test_a_fact_box_speaks_with_the_voice_its_title_names(write_sources):
    claims = reecheck.check(write_sources({"a.txt": FACT_BOX})).claims
    rows = [c for c in claims if c.line >= 6]
    assert [c.figure.text for c in rows] == ["64", "548"]
    assert {c.attribution for c in rows} == {"Velka Road Safety Partnership"}


def test_an_untitled_fact_box_with_no_main_voice_stays_uncredited(write_sources):
    text = ("Tarn roads\n\nThe Velka Partnership said 64 people died. The Tarn Riders Union said 19 riders died.\n\n"
            "Key figures\nKilled: 64\n")
    claims = reecheck.check(write_sources({"a.txt": text})).claims
    (row,) = [c for c in claims if c.line >= 5]
    assert row.attribution is None


def test_an_officer_titled_with_a_body_noun_speaks_for_that_body(write_sources):
    text = ("Nut factories\n\nThe Tarn Cashew Processors Association said its members had bought 41,000 tonnes of "
            "raw nuts. Eleven of the factories are running, employing 9,800 people, association president Ana Ruiz "
            "said.\n")
    claims = {c.figure.text: c for c in reecheck.check(write_sources({"a.txt": text})).claims}
    assert claims["9,800"].attribution == "Tarn Cashew Processors Association"


def test_a_body_named_in_portuguese_speaks_and_is_no_topic(write_sources):
    text = ("Toll row\n\nThe Observatório das Concessões, a Lisbon think tank, said about 7,000 cars a day use the "
            "Velka motorway.\n")
    (c,) = reecheck.check(write_sources({"a.txt": text})).claims
    assert c.attribution == "Observatório das Concessões" and c.entity != "Observatório das Concessões"


def test_an_undefined_acronym_of_a_bodys_initials_is_that_body(write_sources):
    text = ("Student debt\n\nThe Student Representative Council at Velka University says 3,600 students are blocked "
            "by debt. SRC president Ana Ruiz said students owe closer to R520 million.\n")
    claims = {c.figure.text: c for c in reecheck.check(write_sources({"a.txt": text})).claims}
    assert "Student Representative Council" in claims["closer to R520 million"].attribution


def test_a_universitys_registrar_speaks_for_the_university(write_sources):
    text = ("Enrolment\n\nVelka University of Technology said it registered 18,400 students. Registrar Dr Ana Ruiz "
            "said 2,140 returning students owe money.\n")
    claims = {c.figure.text: c for c in reecheck.check(write_sources({"a.txt": text})).claims}
    assert claims["2,140"].attribution == "Velka University of Technology"


def test_a_place_fronted_by_at_is_not_the_company_the_sentence_points_to(write_sources):
    text = ("Dust\n\nVelka Iron Ltd plans to grow. At Port Tarnow, where the ore is stockpiled before loading, the "
            "company said it had spent A$46 million on sprays.\n")
    (c,) = reecheck.check(write_sources({"a.txt": text})).claims
    assert c.attribution == "Velka Iron Ltd"


def test_an_acronym_may_keep_the_of_of_its_name(write_sources):
    text = ("Bridge bill\n\nThe Tarn Department of Transportation said the bridge carried 14,500 vehicles a day. "
            "TDOT says only 31 days were lost to weather.\n")
    claims = {c.figure.text: c for c in reecheck.check(write_sources({"a.txt": text})).claims}
    assert "Tarn Department of Transportation" in claims["31 days"].attribution
