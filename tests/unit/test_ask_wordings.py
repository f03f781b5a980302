"""/ask across wordings the notes don't share: abbreviations and the names they stand for,
names the notes never mention, a question naming the victim by title, a subject on the line
above, "when does …" asking for a condition, and a list counted in the question.

Each class is checked on small decks of other subjects written here (and on the evaluation decks
of tests/data/ask_eval/); what is asserted is what the student reads: the lead line, or "not in
these notes".
"""

from __future__ import annotations

import pytest

from benchmarks.bench_ask import eval_deck
from bot.explain import Asked, answer_question
from tests.unit.asking import indexed, lead_of

SPACE = """
deck: {id: space-race, title: The Space Race}
topics:
  - id: sputnik
    title: Sputnik
    facts:
      - The Soviet satellite Sputnik 1 was launched on 4 October 1957
      - Laika the dog went into orbit on Sputnik 2 in November 1957
      - American schools were given more money for science after Sputnik
  - id: apollo
    title: Apollo programme
    facts:
      - The National Aeronautics and Space Administration was set up in 1958
      - Apollo 11 landed on the Moon on 20 July 1969
      - Neil Armstrong was the first person to walk on the Moon
      - The programme cost about 25 billion dollars
"""

COMPUTING = """
deck: {id: computing, title: Computing}
topics:
  - id: processor
    title: The processor
    facts:
      - The CPU (Central Processing Unit) is the brain of the computer
      - The CPU fetches, decodes and executes instructions
      - Cache is fast memory close to the processor
  - id: memory
    title: Memory
    facts:
      - Random Access Memory holds the programs in use and loses them when the power is off
      - Read Only Memory stores the boot instructions
  - id: networks
    title: Networks
    facts:
      - A Local Area Network covers a single site such as a school
      - A router forwards packets between networks
"""

HISTORY = """
deck: {id: usa-1960s, title: USA in the 1960s}
topics:
  - id: kennedy
    title: Kennedy
    facts:
      - President Kennedy was assassinated in Dallas on 22 November 1963
      - Shot by Lee Harvey Oswald from the Texas School Book Depository
      - Lyndon Johnson was sworn in as president on the plane
  - id: hazards
    title: Volcanoes
    facts:
      - Mount Pinatubo erupted in the Philippines in June 1991
      - Around 800 people were killed
      - Global temperatures fell by 0.5°C
      - Mount St Helens erupted in Washington State in May 1980
      - 57 people were killed
"""

SCIENCE = """
deck: {id: science, title: Science}
topics:
  - id: plants
    title: Plants
    facts:
      - Stomata close when the plant is short of water
      - "Cell division: mitosis and meiosis"
      - Xylem carries water up from the roots
  - id: materials
    title: Materials
    facts:
      - "States of matter: solid, liquid and gas"
      - Iron rusts when it is exposed to water and oxygen
      - Aluminium does not rust because of its oxide layer
"""


def ask(notes: str, question: str) -> Asked:
    deck, index = indexed(notes)
    return answer_question(deck, index, question)


def ask_eval(name: str, question: str) -> Asked:
    deck, index = eval_deck(name)
    return answer_question(deck, index, question)


# --- abbreviations and what they stand for -----------------------------------------------------


@pytest.mark.parametrize(
    ("notes", "question", "lead"),
    [
        # a country's short name (ISO 3166, current and former) against the notes' own word
        (SPACE, "when did the USSR launch Sputnik?", "The Soviet satellite Sputnik 1"),
        (SPACE, "what did the ussr send into orbit in November 1957?", "Laika the dog"),
        # a deck's own multiword name, asked by its initials
        (COMPUTING, "what does RAM hold?", "Random Access Memory holds"),
        (COMPUTING, "what does ROM store?", "Read Only Memory stores"),
        (SPACE, "when was NASA set up?", "The National Aeronautics and Space Administration"),
        (COMPUTING, "what does a LAN cover?", "A Local Area Network covers"),
        # the full name asked, the notes using the acronym they spell out once
        (
            COMPUTING,
            "what does the central processing unit execute?",
            "The CPU fetches, decodes and executes",
        ),
    ],
)
def test_an_abbreviation_finds_the_name_it_stands_for(notes: str, question: str, lead: str) -> None:
    assert lead_of(ask(notes, question)).startswith(lead)


def test_the_bundled_examples_with_ussr_find_the_soviet_facts() -> None:
    asked = ask_eval("ww1.txt", "what brought America into the war?")
    assert "Unrestricted submarine warfare" in lead_of(asked)


# --- a name the notes never mention --------------------------------------------------------------


@pytest.mark.parametrize(
    ("notes", "question"),
    [
        (SPACE, "when did Gagarin orbit the Earth?"),
        (SPACE, "when did gagarin orbit the earth?"),
        (COMPUTING, "who founded Microsoft?"),
        (HISTORY, "what happened at Kent State?"),
    ],
)
def test_a_name_the_notes_never_mention_is_not_in_these_notes(notes: str, question: str) -> None:
    asked = ask(notes, question)
    assert asked.status == "none"
    assert "is not in these notes" in asked.reply.fallback.plain


def test_a_battle_the_notes_never_mention_is_not_answered_with_another_death_toll() -> None:
    asked = ask_eval("ww1.txt", "how many people died at Passchendaele?")
    assert asked.status == "none"
    assert "1,198" not in asked.reply.fallback.plain


# --- who did it, when the question names the victim by title -------------------------------------


@pytest.mark.parametrize(
    ("notes", "question", "lead"),
    [
        (HISTORY, "who assassinated President Kennedy?", "Shot by Lee Harvey Oswald"),
        (HISTORY, "who killed the president?", "Shot by Lee Harvey Oswald"),
    ],
)
def test_who_did_it_is_not_answered_with_the_victim(notes: str, question: str, lead: str) -> None:
    assert lead_of(ask(notes, question)).startswith(lead)


def test_who_assassinated_the_archduke_is_princip() -> None:
    assert "Gavrilo Princip" in lead_of(ask_eval("ww1.txt", "who assassinated the Archduke?"))


# --- the subject on the line above ------------------------------------------------------------


@pytest.mark.parametrize(
    ("notes", "question", "lead"),
    [
        (HISTORY, "how many people were killed by Pinatubo?", "Around 800 people"),
        (HISTORY, "how many people did Mount St Helens kill?", "57 people"),
        ("ww1.txt", "how many ships did Britain lose at Jutland?", "British lost 14 ships"),
    ],
)
def test_a_line_named_by_the_line_above_answers_for_it(
    notes: str, question: str, lead: str
) -> None:
    asked = ask_eval(notes, question) if notes.endswith(".txt") else ask(notes, question)
    assert lead_of(asked).startswith(lead)


# --- "when does …" asks for a condition ---------------------------------------------------------


@pytest.mark.parametrize(
    ("notes", "question", "lead"),
    [
        (SCIENCE, "when do stomata close?", "Stomata close when"),
        (SCIENCE, "when does iron rust?", "Iron rusts when"),
        ("economics.md", "when does cyclical unemployment rise?", "Cyclical unemployment rises"),
    ],
)
def test_when_does_finds_the_condition(notes: str, question: str, lead: str) -> None:
    asked = ask_eval(notes, question) if notes.endswith(".md") else ask(notes, question)
    assert lead_of(asked).startswith(lead)


# --- a list counted in the question -------------------------------------------------------------


@pytest.mark.parametrize(
    ("notes", "question", "lead"),
    [
        (SCIENCE, "what are the three states of matter?", "States of matter"),
        (SCIENCE, "what are the two types of cell division?", "Cell division"),
        ("biology.txt", "what are the four types of pathogen?", "Pathogens:"),
        ("biology.txt", "what does vaccination involve?", "Vaccination injects"),
    ],
)
def test_a_counted_list_is_answered_by_the_list(notes: str, question: str, lead: str) -> None:
    asked = ask_eval(notes, question) if notes.endswith(".txt") else ask(notes, question)
    assert lead_of(asked).startswith(lead)


def test_how_big_is_answered_with_the_number_not_the_big_three() -> None:
    asked = ask_eval("ww1.txt", "how big could the German army be after Versailles?")
    assert lead_of(asked) == "Army limited to 100,000 men"
