"""/ask on question-and-answer revision sheets, and questions wrapped in the way students talk.

A teacher's Q&A sheet puts the question on one line and its answer on the next ("**Why does the
stomach contain acid?**" / "To kill bacteria…"): the answer line is read with its question, and
the question line itself is never given as an answer. A student's question comes with filler ("um",
"so like", "can you tell me", "… again?") that must not change the answer.

The decks are written here in subjects of their own and go through the importer the way
`studybot ask --deck notes.md` reads them; what is asserted is what the student reads.
"""

from __future__ import annotations

import pytest

from bot.explain import Asked, answer_question
from knowledge.search import plain_question
from tests.unit.asking import imported, indexed, lead_of

ACIDS_SHEET = """# Acids and alkalis — revision Q&A

Cover the answers and test yourself.

## The pH scale

**What does the pH scale measure?**
How acidic or alkaline a solution is, from 0 to 14.

**Who invented the pH scale?**
The Danish chemist Søren Sørensen, in 1909.

**What colour does universal indicator go in a strong acid?**
Red; it goes purple in a strong alkali and green when neutral.

## Reactions

**What does neutralisation make?**
A salt and water.

**Why does the stomach contain hydrochloric acid?**
To kill bacteria in food and to help enzymes digest protein.

**How are bee stings treated?**
With a weak alkali such as baking soda, because the sting is acidic.
"""

ROCKS_SHEET = """Rocks - exam questions

Q1. How are igneous rocks formed?
A. When magma or lava cools and turns solid.
Q2. Why does granite have large crystals?
A. It cooled slowly underground, so the crystals had time to grow.
Q3. Name a metamorphic rock
A. Marble, made when limestone is heated under pressure.
"""

WEATHER = """
deck: {id: weather, title: Weather and climate}
topics:
  - id: fronts
    title: Weather fronts
    facts:
      - A depression is an area of low pressure that brings wind and rain
      - A cold front brings heavy showers and a drop in temperature
      - An anticyclone is an area of high pressure that brings dry, settled weather
  - id: storms
    title: The Great Storm of 1987
    facts:
      - The Great Storm hit southern England on 16 October 1987
      - Winds reached 115 miles per hour
      - 18 people were killed in England
"""


def ask_sheet(question: str) -> Asked:
    deck, index = imported(ACIDS_SHEET, "markdown", "acids.md")
    return answer_question(deck, index, question)


# --- question-and-answer sheets --------------------------------------------------------------


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("who invented pH?", "Søren Sørensen"),
        ("when was the pH scale invented?", "in 1909"),
        ("what colour is universal indicator in strong acid?", "Red; it goes purple"),
        ("what is made in neutralisation?", "A salt and water"),
        ("why is there hydrochloric acid in the stomach?", "To kill bacteria"),
        ("how do you treat a bee sting?", "With a weak alkali"),
    ],
)
def test_an_answer_line_is_read_with_the_question_above_it(question: str, lead: str) -> None:
    assert lead in lead_of(ask_sheet(question))


def test_the_answer_is_shown_with_the_question_it_answers() -> None:
    shown = ask_sheet("why is there hydrochloric acid in the stomach?").reply.fallback.plain
    assert "From Reactions › Why does the stomach contain hydrochloric acid?" in shown


def test_a_question_line_is_never_the_answer() -> None:
    # The student's wording is nearly the sheet's question; the answer is the line under it.
    assert lead_of(ask_sheet("what does the pH scale measure?")).startswith("How acidic")


@pytest.mark.parametrize(
    "question",
    [
        "what is the pH of blood?",
        "who invented litmus paper?",
        "when did Sørensen die?",
        "how are wasp stings treated?",
        "why is the pH scale logarithmic?",
        "who invented universal indicator?",
    ],
)
def test_a_sheet_still_says_when_it_does_not_answer(question: str) -> None:
    # Each shares words with a question of the sheet, whose answer line does not answer it.
    assert ask_sheet(question).status == "none"


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("how do igneous rocks form?", "When magma or lava cools"),
        ("why are the crystals in granite so large?", "It cooled slowly underground"),
        ("give me an example of a metamorphic rock", "Marble"),
    ],
)
def test_numbered_questions_and_answers_in_outline_notes(question: str, lead: str) -> None:
    deck, index = imported(ROCKS_SHEET, "outline", "rocks.txt")
    assert lead in lead_of(answer_question(deck, index, question))


# --- filler around the question ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("said", "meant"),
    [
        ("um what does the cerebellum do", "what does the cerebellum do"),
        ("so like whats a synapse", "what is a synapse"),
        ("can you tell me how fast sound travels", "how fast sound travels"),
        ("Wait, what is a lahar again?", "what is a lahar?"),
        ("do you know what a catalyst is?", "what is a catalyst?"),
        ("i forgot what the liver does", "what does the liver do"),
        ("Hey, quick question: who wrote Macbeth?", "who wrote Macbeth?"),
        ("umm so like, when did the war end lol", "when did the war end"),
        ("ok so hows a rainbow made?", "how is a rainbow made?"),
        ("wen did the war end", "when did the war end"),
        # nothing to take off, or nothing would be left
        ("what is osmosis?", "what is osmosis?"),
        ("right ventricle pumps where?", "right ventricle pumps where?"),
        ("um", "um"),
    ],
)
def test_filler_is_taken_off_the_question(said: str, meant: str) -> None:
    assert plain_question(said) == meant


@pytest.mark.parametrize(
    "hostile",
    [
        "," * 20_000 + "x",
        "?" * 20_000 + "x",
        "can you tell me what the " + "a " * 10_000 + "is",
        "um " * 10_000 + "what",
        ", again" * 5_000,
    ],
)
def test_filler_removal_reads_a_bounded_part_of_any_input(hostile: str) -> None:
    # Long punctuation runs once made the trailing-tag pattern backtrack for minutes.
    assert len(plain_question(hostile)) <= 500


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("um what is a depression", "A depression is an area of low pressure"),
        ("so like whats an anticyclone", "An anticyclone is an area of high pressure"),
        ("can you tell me when the Great Storm hit?", "16 October 1987"),
        ("wait what does a cold front bring again?", "A cold front brings heavy showers"),
        ("do you know how many people were killed in the great storm?", "18 people"),
        ("hmm how fast were the winds in 1987 please", "115 miles per hour"),
    ],
)
def test_filler_does_not_change_the_answer(question: str, lead: str) -> None:
    deck, index = indexed(WEATHER)
    assert lead in lead_of(answer_question(deck, index, question))


def test_filler_does_not_make_an_answer_of_what_the_notes_lack() -> None:
    deck, index = indexed(WEATHER)
    assert answer_question(deck, index, "umm who invented the barometer lol").status == "none"
