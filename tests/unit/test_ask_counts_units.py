"""/ask: "how many X?" wants a count, and "what concentration/diameter/volume …?" a value in its
units (issue 13, session 9).

- A number given in a unit of measure ("with 48 hrs' warning", "0.25 m2", "two weeks") counts no
  houses: "how many houses were flooded?" on notes that give only those is "not in these notes",
  not the warning time. A number in the very unit asked about ("how many days …" — "3 days"), a
  bare number ("approx 85,000 people") or a share ("about 20% of homes") still answers.
- "What concentration of … should you use?" on notes that only say to vary the concentration is
  "not in these notes"; a line giving "0.5 mol/dm3" answers it. The same for diameters, lengths,
  wavelengths, volumes and areas, each in the units of its kind.

Each deck is written here, in subjects of its own, and imported the way an upload is.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from tests.unit.asking import imported, lead_of

TOWN = """HARBOURTON - COASTAL TOWN CASE STUDY

POPULATION
  - approx 85,000 people, many working at the port
  - east end: life expectancy 6 yrs lower than the west end
  - about 20% of homes have solar panels

THE 2019 FLOOD
  - river burst its banks in March 2019 after 90 mm of rain in a day
  - residents were evacuated with 48 hrs' warning
  - repairs took two weeks and cost £4 million

SUMMER FESTIVAL
  - the harbour festival lasted 3 days and drew big crowds
"""

LAB = """ELECTROLYSIS AND RESISTANCE PRACTICALS

Electrolysis of copper sulfate
  - vary the concentration of the copper sulfate solution between runs
  - weigh the copper electrode before and after
  - the lamp above the beaker gives off light so you can read the scale

Resistance of a wire
  - fix a length of nichrome wire to a metre ruler with tape
  - measure the current with an ammeter and the p.d. with a voltmeter
"""

LAB_WITH_VALUES = """ELECTROLYSIS AND RESISTANCE PRACTICALS

Electrolysis of copper sulfate
  - use 0.5 mol/dm3 copper sulfate solution in every run
  - weigh the copper electrode before and after

Resistance of a wire
  - use nichrome wire of diameter 0.3 mm, fixed to a metre ruler
  - measure the current with an ammeter and the p.d. with a voltmeter
"""


def ask(notes: str, question: str) -> tuple[str, str | None]:
    deck, index = imported(notes, "outline", "notes.txt")
    asked = answer_question(deck, index, question)
    return asked.status, asked.lead


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("how many people does harbourton have", "approx 85,000 people"),
        ("how many days did the festival last", "lasted 3 days"),
        ("how many homes have solar panels", "about 20% of homes"),
    ],
)
def test_a_count_answers_how_many(question: str, lead: str) -> None:
    deck, index = imported(TOWN, "outline", "notes.txt")
    assert lead in lead_of(answer_question(deck, index, question))


@pytest.mark.parametrize(
    "question",
    [
        "how many houses were flooded in 2019",
        "how many people were evacuated in the flood",
        "how many workers repaired the flood damage",
    ],
)
def test_a_measure_in_other_units_counts_nothing(question: str) -> None:
    # "48 hrs' warning", "90 mm of rain", "two weeks": measures, none of them a count of people
    assert ask(TOWN, question) == ("none", None)


@pytest.mark.parametrize(
    "question",
    [
        "what concentration of copper sulfate solution should you use",
        "what diameter of nichrome wire should you use",
        "what wavelength of light does the lamp give off",
    ],
)
def test_a_measure_the_notes_do_not_give_is_not_in_them(question: str) -> None:
    assert ask(LAB, question) == ("none", None)


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("what concentration of copper sulfate solution should you use", "0.5 mol/dm3"),
        ("what diameter of nichrome wire should you use", "diameter 0.3 mm"),
    ],
)
def test_a_measure_given_in_its_units_answers(question: str, lead: str) -> None:
    status, shown = ask(LAB_WITH_VALUES, question)
    assert status == "answer" and shown is not None and lead in shown
