"""/ask on notes it was never tuned on: outline notes whose sections are numbered "1." with no
sub-numbers, questions about one person answered by a clause about another, wordings the notes
put with another word of the same meaning, and capitalised common phrases that are no names.

Each class is checked on small decks of other subjects written here; what is asserted is what the
student reads: the lead line, where it sits in the notes, or "not in these notes".
"""

from __future__ import annotations

import pytest

from bot.explain import Asked, answer_question
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from tests.unit.asking import imported, indexed, lead_of

RIVERS = """Rivers - Geography revision

1. The water cycle
• Evaporation turns water from the sea into water vapour
• Condensation forms clouds as the vapour cools
• Precipitation falls as rain, sleet or snow

2. Erosion
• Hydraulic action is the force of water hitting the river bank
• Abrasion is rocks carried by the river wearing away the bed
• Attrition makes rocks smaller and rounder as they hit each other

3. Flooding
• Heavy rain and steep slopes make flooding more likely
• Flood defences such as levees cost about 5 million pounds per kilometre
• Boscastle flooded in August 2004
"""

STEPS = """Making a cup of tea

1. Boil the kettle
2. Put a tea bag in the cup
3. Pour in the water
• Leave it for three minutes
"""


def _ask(notes: str, question: str) -> Asked:
    deck, index = imported(notes, "outline", "notes.txt")
    return answer_question(deck, index, question)


def test_numbered_sections_without_sub_numbers_become_topics() -> None:
    deck = parse_deck(dump_deck(import_text(RIVERS, format="outline", source_name="rivers.txt")))

    assert deck.title == "Rivers - Geography revision"
    assert [topic.title for topic in deck.topics] == ["The water cycle", "Erosion", "Flooding"]
    assert [fact.text for fact in deck.topics[1].facts] == [
        "Hydraulic action is the force of water hitting the river bank",
        "Abrasion is rocks carried by the river wearing away the bed",
        "Attrition makes rocks smaller and rounder as they hit each other",
    ]


def test_a_numbered_list_with_nothing_between_its_items_stays_a_list() -> None:
    deck = parse_deck(dump_deck(import_text(STEPS, format="outline", source_name="tea.txt")))

    facts = [fact.text for topic in deck.topics for fact in topic.facts]
    assert "Boil the kettle" in facts
    assert "Put a tea bag in the cup" in facts
    assert len(deck.topics) == 1


@pytest.mark.parametrize(
    ("question", "lead", "where"),
    [
        ("how much do levees cost?", "5 million pounds", "Flooding"),
        ("when did boscastle flood", "August 2004", "Flooding"),
        ("what is abrasion", "Abrasion is rocks", "Erosion"),
    ],
)
def test_a_fact_under_a_numbered_section_is_answered_with_its_section(
    question: str, lead: str, where: str
) -> None:
    asked = _ask(RIVERS, question)

    assert lead in lead_of(asked)
    assert where in asked.reply.fallback.plain


MIXED = """
deck: {id: mixed, title: Mixed revision}
topics:
  - id: prague
    title: Prague Spring
    facts:
      - Warsaw Pact troops enter Czechoslovakia on 20 August 1968
      - Dubcek was arrested and taken to Moscow
  - id: waves
    title: Waves
    facts:
      - Light travels faster than sound
      - Sound waves are longitudinal
  - id: tudors
    title: Henry VIII
    facts:
      - Henry VIII reigned from 1509 to 1547
      - He broke with Rome so he could divorce Catherine of Aragon
  - id: weather
    title: Weather forecasting
    facts:
      - Meteorologists forecast rain using satellite images
      - Hurricanes form over warm oceans above 27°C
"""


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("when did the warsaw pact invade czechoslovakia?", "20 August 1968"),
        ("which is quicker, light or sound?", "Light travels faster"),
        ("when did henry viii rule", "reigned from 1509"),
        ("how do meteorologists predict rain?", "forecast rain"),
        ("what temp do hurricanes need", "27°C"),
    ],
)
def test_a_word_of_the_same_meaning_finds_the_fact(question: str, lead: str) -> None:
    deck, index = indexed(MIXED)

    assert lead in lead_of(answer_question(deck, index, question))


@pytest.mark.parametrize(
    "question",
    [
        "when did the warsaw pact invade poland?",  # a country the notes never name, lower case
        "when did the warsaw pact enter hungary?",
        "who reigned in 1600",
        "how fast do earthquakes travel?",
    ],
)
def test_a_synonym_does_not_answer_what_the_notes_do_not_cover(question: str) -> None:
    deck, index = indexed(MIXED)

    assert answer_question(deck, index, question).status == "none"
