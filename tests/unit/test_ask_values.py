"""/ask and questions asking for a value of something the notes mention but give no value for.

"What is the birth rate in Afghanistan?" against notes that define the birth rate and mention
Afghanistan elsewhere; "what is the pH of vinegar?" against a line adding 5 cm³ of vinegar; "what
is the formula of glucose?" against a line naming glucose: the notes hold no value of that kind
for that thing, so the reply is "not in these notes" — while a line that does give one is the
answer. Decks in other subjects, written here.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from tests.unit.asking import indexed, lead_of

POPULATION = """
deck: {id: population, title: Population}
topics:
  - id: measures
    title: Measuring population
    facts:
      - "Birth rate: the number of live births per 1,000 people per year"
      - "Literacy rate: the percentage of adults who can read and write"
      - "Life expectancy: the average number of years a person can expect to live"
  - id: brazil
    title: Brazil
    facts:
      - Brazil is an NEE with a fast-growing economy
      - The birth rate in Brazil is 13 per 1,000
      - Many people in Brazil moved from the north-east to the cities of the south-east
  - id: peru
    title: Peru
    facts:
      - Peru exports copper and gold
      - Most people in Peru live on the coast
"""

KITCHEN = """
deck: {id: kitchen-science, title: Kitchen science}
topics:
  - id: acids
    title: Acids in the kitchen
    facts:
      - Add 5 cm³ of vinegar to the bicarbonate and watch it fizz
      - Lemon juice has a pH of about 2
      - Vinegar contains ethanoic acid
  - id: sugar
    title: Sugars
    facts:
      - Glucose is a sugar made by plants in photosynthesis
      - Table sugar is sucrose, made of glucose and fructose joined together
      - The formula of sucrose is C12H22O11
  - id: cooking
    title: Cooking
    facts:
      - Bread is baked for 30 minutes in a hot oven
      - Water boils at 100 °C at sea level
"""


@pytest.mark.parametrize(
    "question",
    [
        "what is the birth rate in peru",
        "what is the life expectancy in brazil",
        "what is peru's literacy rate",
    ],
)
def test_a_measure_defined_but_not_given_for_the_place_is_not_in_the_notes(question: str) -> None:
    deck, index = indexed(POPULATION)

    asked = answer_question(deck, index, question)

    assert asked.status == "none", asked.lead


def test_a_measure_given_for_the_place_is_the_answer() -> None:
    deck, index = indexed(POPULATION)

    assert lead_of(answer_question(deck, index, "what is the birth rate in brazil?")) == (
        "The birth rate in Brazil is 13 per 1,000"
    )
    assert lead_of(answer_question(deck, index, "what is the birth rate?")).startswith(
        "Birth rate:"
    )


@pytest.mark.parametrize(
    "question",
    [
        "what is the ph of vinegar",
        "what temperature should bread be baked at",
        "what is the formula of glucose",
        "what is the word equation for photosynthesis",
    ],
)
def test_a_value_of_the_wrong_kind_is_not_an_answer(question: str) -> None:
    deck, index = indexed(KITCHEN)

    asked = answer_question(deck, index, question)

    assert asked.status == "none", asked.lead


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("what is the ph of lemon juice", "Lemon juice has a pH of about 2"),
        ("what temperature does water boil at", "Water boils at 100 °C at sea level"),
        ("what is the formula of sucrose", "The formula of sucrose is C12H22O11"),
        ("how long is bread baked for", "Bread is baked for 30 minutes in a hot oven"),
    ],
)
def test_a_value_of_the_kind_asked_is_the_answer(question: str, lead: str) -> None:
    deck, index = indexed(KITCHEN)

    assert lead_of(answer_question(deck, index, question)) == lead
