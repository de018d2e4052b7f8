"""A figure whose own text names no entity the rules or the text make out takes the one entity the run's other
texts give their figures, when its text names it; never one its text does not name, and never one of two."""
from __future__ import annotations

from reecheck import check


def _entities(report, text: str) -> set:
    return {c.entity for c in report.claims if c.figure.text == text}


def test_a_figure_with_no_entity_takes_the_one_the_other_texts_use_and_its_text_names(write_sources):
    folder = write_sources({
        "a.txt": "TARNOW, 10 March 2026 - Velmar Bauxite employs 1,380 people directly, the company said on Monday.",
        "b.txt": "Union disputes headcount at Velmar Bauxite\n\nThe Tarn Mineworkers Union says its rolls show about "
                 "1,050 direct employees, and that temporary staff are counted as permanent.",
    })
    assert _entities(check(folder), "about 1,050") == {"Velmar Bauxite"}


def test_a_text_that_names_none_of_the_runs_entities_keeps_its_figures_without_one(write_sources):
    folder = write_sources({
        "a.txt": "TARNOW, 10 March 2026 - Velmar Bauxite employs 1,380 people directly, the company said on Monday.",
        "b.txt": "Union disputes headcount\n\nThe Tarn Mineworkers Union says its rolls show about 1,050 direct "
                 "employees, and that temporary staff are counted as permanent.",
    })
    assert _entities(check(folder), "about 1,050") == {None}


def test_a_text_that_names_two_of_the_runs_entities_takes_neither(write_sources):
    folder = write_sources({
        "a.txt": "TARNOW, 10 March 2026 - Velmar Bauxite employs 1,380 people directly, the company said on Monday.",
        "b.txt": "Kavo Alumina employs 2,100 people, the company said.",
        "c.txt": "Union disputes headcounts at Velmar Bauxite and Kavo Alumina\n\nThe Tarn Mineworkers Union says "
                 "its rolls show about 1,050 direct employees.",
    })
    assert _entities(check(folder), "about 1,050") == {None}
