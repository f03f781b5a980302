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


TUDORS = """# The Tudors

## Henry VIII
- Henry VIII became king in 1509
- His first wife Catherine of Aragon died in 1536
- Henry VIII died on 28 January 1547

## Edward VI
- Edward VI was crowned aged nine
- Edward VI died of tuberculosis in July 1553, aged 15

## Mary I
- Mary I married Philip II of Spain in 1554
- About 280 Protestants were burned for heresy
- Elizabeth became queen on 17 November 1558, when her half-sister Mary I died
"""

VICTORIA = """# Victorian Britain

## Early reign
- Victoria became queen in 1837 when her uncle William IV died
- Victoria was crowned in Westminster Abbey

## Marriage
- Victoria married Prince Albert in 1840
- Albert died of typhoid in December 1861, aged 42

## Later years
- Victoria was made Empress of India in 1876
"""

VOLCANOES = """# Volcanoes

## Mount St Helens
- Mount St Helens in Washington State erupted on 18 May 1980
- 57 people were killed

## Mount Pinatubo
- Mount Pinatubo in the Philippines erupted in June 1991
"""

SPACE = """
deck: {id: space, title: Space Race}
topics:
  - id: gagarin
    title: Vostok 1
    facts:
      - Yuri Gagarin orbited the Earth on 12 April 1961
      - Gagarin died in a training flight in March 1968
      - Laika the dog died in orbit in November 1957
      - Vladimir Komarov of the Soviet Union died in April 1967 when his parachute failed
  - id: apollo
    title: Apollo 1
    facts:
      - Three astronauts died in a cabin fire in January 1967
      - Gus Grissom was killed in the Apollo 1 fire
"""


@pytest.mark.parametrize(
    ("notes", "format", "question", "lead"),
    [
        (TUDORS, "markdown", "when did Henry VIII die", "28 January 1547"),
        (TUDORS, "markdown", "when did Catherine of Aragon die", "1536"),
        (TUDORS, "markdown", "when did Mary I die?", "17 November 1558"),
        (TUDORS, "markdown", "when did Elizabeth become queen", "17 November 1558"),
        (VICTORIA, "markdown", "when did Albert die?", "December 1861"),
        (VICTORIA, "markdown", "when did William IV die?", "1837"),
        (SPACE, "yaml", "when did Gagarin die?", "March 1968"),
        (SPACE, "yaml", "when did Laika die?", "November 1957"),
        (SPACE, "yaml", "when did Komarov die?", "April 1967"),  # "of the Soviet Union" is no one
        (VOLCANOES, "markdown", "when did mount st helens erupt?", "18 May 1980"),
        (SPACE, "yaml", "how many astronauts died in the Apollo 1 fire?", "Three astronauts"),
    ],
)
def test_a_date_asked_of_someone_comes_from_a_clause_about_them(
    notes: str, format: str, question: str, lead: str
) -> None:
    deck, index = indexed(notes) if format == "yaml" else imported(notes, format, "notes.md")

    assert lead in lead_of(answer_question(deck, index, question))


@pytest.mark.parametrize(
    ("notes", "format", "question"),
    [
        # the only line saying "died" says it of Mary I, on the day Elizabeth became queen
        (TUDORS, "markdown", "when did Elizabeth die?"),
        # Mary I married Philip II: nothing says when he died
        (TUDORS, "markdown", "when did Philip II die?"),
        # William IV and Albert died; nothing says when Victoria did
        (VICTORIA, "markdown", "when did Victoria die?"),
        (VICTORIA, "markdown", "how old was Victoria when she died?"),
    ],
)
def test_a_clause_about_someone_else_is_not_the_answer(
    notes: str, format: str, question: str
) -> None:
    deck, index = indexed(notes) if format == "yaml" else imported(notes, format, "notes.md")

    assert answer_question(deck, index, question).status == "none"


SMOG = """
deck: {id: env, title: Environment}
topics:
  - id: smog
    title: Air pollution in London
    facts:
      - The Great Smog hit London in December 1952
      - About 4,000 people died in the first week
      - The Great Smog led to the Clean Air Act 1956
      - Coal fires in homes were the main source of the smoke
  - id: ozone
    title: Ozone layer
    facts:
      - CFCs from fridges and aerosols destroyed ozone
      - The Montreal Protocol banned CFCs in 1987
      - Scientist Joe Farman discovered the ozone hole in 1985
  - id: rivers
    title: River management
    facts:
      - The Thames Barrier protects London from tidal floods
      - The Environment Agency built new flood walls in York
"""


@pytest.mark.parametrize(
    "question",
    [
        "who passed the Clean Air Act?",  # not the Great Smog, which led to it
        "who died in the great smog",  # nobody is named
        "who designed the Thames Barrier?",  # the barrier is named, not who designed it
    ],
)
def test_a_capitalised_common_phrase_is_not_who_did_it(question: str) -> None:
    deck, index = indexed(SMOG)

    assert answer_question(deck, index, question).status == "none"


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("who discovered the ozone hole?", "Joe Farman"),
        ("who banned CFCs", "Montreal Protocol"),
        ("who built the flood walls in york?", "Environment Agency"),
    ],
)
def test_a_name_that_did_what_was_asked_still_answers_who(question: str, lead: str) -> None:
    deck, index = indexed(SMOG)

    assert lead in lead_of(answer_question(deck, index, question))


BERLIN = """# The Berlin Wall

## Building the wall
- Construction began on 13 August 1961
- About 3.5 million people had fled East Germany before it was built

## Crossing points
- Checkpoint Charlie was the best-known crossing for foreigners
- Around 140 people were killed trying to cross

## The fall
- The border was opened on 9 November 1989
"""


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("when was the berlin border opened", "9 November 1989"),
        ("when did construction of the Berlin Wall begin", "13 August 1961"),
        ("how many people were killed crossing the Berlin Wall?", "140 people"),
    ],
)
def test_the_deck_title_is_what_every_line_is_about(question: str, lead: str) -> None:
    deck, index = imported(BERLIN, "markdown", "berlin.md")

    assert lead in lead_of(answer_question(deck, index, question))


def test_a_name_of_the_deck_title_does_not_answer_for_another_place() -> None:
    deck, index = imported(BERLIN, "markdown", "berlin.md")

    asked = answer_question(deck, index, "how many people were killed at the Great Wall of China")

    assert asked.status == "none"
