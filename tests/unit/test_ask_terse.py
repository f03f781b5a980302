"""/ask on terse notes: a bullet with sub-points that says something itself, shorthand ("N", "S",
"govt", "bc", "w/", "US"), common names of states ("Soviet Union" for USSR), a people's name for
their country ("Italian" for Italy), adjectives of a noun ("dangerous" / "Danger"), acronyms spelt
out in other shapes ("the PIGS economies (Portugal, …)", "OPEC – Organisation of …"), a question
word the notes capitalise in a table ("Why"), and a sum of money asked "how much … cost".

Decks in other subjects, written here; what is asserted is what the student reads.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from tests.unit.asking import imported, indexed, lead_of

PHYSICS = """\
# Electricity

## Transformers

- A **transformer** changes the voltage of an alternating current
  - it only works with alternating current
  - step-up transformers have more turns on the secondary coil
- The National Grid uses step-up transformers
  - a high voltage means a low current, so less energy is wasted as heat

## Safety

- The earth wire stops the case becoming live
- Danger: water conducts electricity, so wet hands can cause a shock
"""

AMERICA = """
deck: {id: usa-1861-1918, title: USA 1861-1918}
topics:
  - id: civil-war
    title: Civil War
    facts:
      - 1861 – N states vs S states, fighting starts at Fort Sumter
      - govt in the N introduces conscription in 1863 bc of heavy losses
      - Lincoln popular w/ soldiers
  - id: ww1
    title: USA in World War One
    facts:
      - US troops arrive in France in June 1917
      - Americans paid £2 million a day towards the war by 1918
      - War bonds raised 30% of the cost of the war
  - id: space
    title: Space race
    facts:
      - USSR launches Sputnik in October 1957
      - Italian engineers built parts of the space station in 1998
"""

ECONOMY = """
deck: {id: world-economy, title: World economy}
topics:
  - id: groups
    title: Groups of countries
    facts:
      - In 2010 the press wrote about the PIGS economies (Portugal, Italy, Greece and Spain) and their debts
      - Oil prices are set by OPEC – Organisation of the Petroleum Exporting Countries
  - id: bridge
    title: The new bridge
    facts:
      - "Step: survey; Why: to find solid rock for the piers"
      - The bridge took four years to build and used 30% of the city budget
      - The piers are sunk deep because the river bed is soft mud
"""


def test_a_bullet_with_sub_points_is_an_answer_itself() -> None:
    deck, index = imported(PHYSICS, "markdown", "electricity.md")

    lead = lead_of(answer_question(deck, index, "what is a transformer?"))

    assert lead == "A transformer changes the voltage of an alternating current"


def test_an_adjective_finds_its_noun() -> None:
    deck, index = imported(PHYSICS, "markdown", "electricity.md")

    found = answer_question(deck, index, "why are wet hands dangerous?")

    # the notes' "Danger: water conducts …" is read as the line under its label "Danger"
    assert lead_of(found).startswith("water conducts electricity")
    assert "› Danger" in found.reply.fallback.plain  # shown as where the line sits


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        (
            "when did the war between the north and the south start?",
            "1861 – N states vs S states, fighting starts at Fort Sumter",
        ),
        (
            "why did the government introduce conscription?",
            "govt in the N introduces conscription in 1863 bc of heavy losses",
        ),
        ("when did american troops arrive in france?", "US troops arrive in France in June 1917"),
        ("when did the soviet union launch sputnik?", "USSR launches Sputnik in October 1957"),
        (
            "when did italy build parts of the space station?",
            "Italian engineers built parts of the space station in 1998",
        ),
    ],
)
def test_shorthand_and_other_names_of_a_place(question: str, lead: str) -> None:
    deck, index = indexed(AMERICA)

    assert lead_of(answer_question(deck, index, question)) == lead


@pytest.mark.parametrize(
    ("question", "expansion"),
    [
        ("what does PIGS stand for?", "Portugal, Italy, Greece and Spain"),
        ("what does opec stand for", "Organisation of the Petroleum Exporting Countries"),
    ],
)
def test_acronyms_spelt_out_in_other_shapes(question: str, expansion: str) -> None:
    deck, index = indexed(ECONOMY)

    assert expansion in lead_of(answer_question(deck, index, question))


def test_a_question_word_the_notes_capitalise_is_no_name() -> None:
    deck, index = indexed(ECONOMY)

    lead = lead_of(answer_question(deck, index, "why are the piers sunk so deep?"))

    assert lead == "The piers are sunk deep because the river bed is soft mud"


def test_how_much_it_cost_wants_a_sum_of_money() -> None:
    deck, index = indexed(ECONOMY)

    asked = answer_question(deck, index, "how much did the bridge cost?")

    assert asked.status == "none", asked.lead  # 30% of a budget is no sum of money
    deck, index = indexed(AMERICA)
    lead = lead_of(
        answer_question(deck, index, "how much did americans pay towards the war each day?")
    )
    assert lead == "Americans paid £2 million a day towards the war by 1918"


@pytest.mark.parametrize(
    "question", ["what does the earth wire acutally do?", "what does the earth wire basicly do?"]
)
def test_a_misspelt_filler_adverb_is_not_a_name_the_notes_lack(question: str) -> None:
    deck, index = imported(PHYSICS, "markdown", "electricity.md")

    lead = lead_of(answer_question(deck, index, question))

    assert lead == "The earth wire stops the case becoming live"
