"""Session 25, quiz soundness: round 27's classes of unsound question, each checked on what a
student is shown, on small decks in this session's subjects (the Apollo programme, the Dutch
Golden Age, bread and sourdough) written in the shapes the review decks used: bracketed asides,
addresses and chapter references, job titles before names, places listed as examples, a
glossary whose definition echoes its term, chapter summaries and a Methods list of examples,
and brackets that say where a thing is rather than what else it is called.
"""

from __future__ import annotations

from bot.grading import grade
from bot.questions import QuestionKind
from bot.questions._model import Question
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck
from tests.unit.questioning import every_question

SEEDS = range(4)
_TERM_KINDS = (QuestionKind.TERM_TO_DEFINITION, QuestionKind.DEFINITION_TO_TERM)


def _deck(text: str) -> Deck:
    mapping = import_text(text, source_name="notes.md", format="markdown")
    return parse_deck(dump_deck(mapping), "notes.yaml")


def _keys(questions: list[Question]) -> set[str]:
    """Every key a student could be marked right for, folded to lower case."""
    return {answer.casefold() for q in questions for answer in q.answers}


# --- 1. A blank falls on the line's key item, never on what it mentions in passing ---------------

IN_PASSING = """# The Dutch Golden Age

## Amsterdam

- Rembrandt lived at 4 Jodenbreestraat from 1639 to 1658 and painted The Night Watch there.
- The Town Hall on Dam Square was built from 1648 by architect Jacob van Campen.
- A single Semper Augustus tulip bulb cost more than a canal house (important for 1637!).
- The Dutch flooded the polders to stop the French army near Utrecht in 1672.
- Migrants from Antwerp, Portugal and France brought money and skills to the Republic.
- Skylab was launched as a space station (NASA, 1973) after the Apollo programme ended.
- Apollo 15, 16 and 17 carried the Lunar Roving Vehicle across the Moon.
- Grotius argued that the sea is free to all nations in Mare Liberum, ch. 5 of his work.
"""


def test_no_blank_on_an_aside_an_address_a_title_or_an_example_place() -> None:
    questions = every_question(_deck(IN_PASSING), SEEDS, QuestionKind.CLOZE, QuestionKind.CHOICE)
    keys = _keys(questions)
    for trivia in ("4", "jodenbreestraat", "architect", "1637", "utrecht", "antwerp", "nasa"):
        assert trivia not in keys, trivia
    assert not {"15", "17", "5"} & keys
    # The lines' key items are still asked.
    assert {"jacob van campen", "semper augustus", "rembrandt"} & keys


def test_a_true_false_statement_does_not_turn_a_house_number() -> None:
    questions = every_question(_deck(IN_PASSING), SEEDS, QuestionKind.TRUE_FALSE)
    assert not any("Jodenbreestraat" in q.prompt and " 4 " not in q.prompt for q in questions)


# --- 2. A question does not give its answer away -------------------------------------------------

GIVEAWAYS = """# Bread and sourdough

## Key terms

- Lost-wax proving – a way of proving dough under a wax cloth that keeps the surface moist
- Banneton – a cane basket that supports shaped dough while it proves
- Lame – a razor blade on a handle used to score dough
- Retarding – slowing fermentation by chilling the dough in the fridge
- Crumb – the inside texture of a loaf, with its pattern of holes

## History

- The Boudin Bakery's emblem was first shown at Expo ’58 (the world fair held in Brussels, 1958).
- Miners carried sourdough starter over the passes and past the Bridalveil Falls to the goldfields.
"""


def test_a_definition_that_echoes_its_term_is_never_the_one_option_saying_so() -> None:
    questions = every_question(_deck(GIVEAWAYS), SEEDS)
    for q in questions:
        if q.kind is QuestionKind.TERM_TO_DEFINITION:
            assert "Lost-wax" not in q.prompt, q.options  # the one option saying "wax"
        if "wax cloth" in q.prompt and q.kind is QuestionKind.DEFINITION_TO_TERM:
            assert q.typed, q.options  # typed, the rest of the name is still to recall
        if q.kind is QuestionKind.CLOZE and q.prompt.endswith("keeps the surface moist"):
            assert "Lost-wax proving" not in q.answers, q.prompt


NAMED_IN_ITS_DEFINITION = """# The Dutch Golden Age

## Key terms

- Rembrandt House – the museum in the house where Rembrandt lived from 1639 to 1658
- Grachtengordel – the ring of canals built round Amsterdam in the 17th century
- Wisselbank – the exchange bank set up in 1609 to give merchants a reliable currency
- Vroedschap – the town council of regents in each Dutch city
"""


def test_a_term_is_not_asked_from_a_definition_printing_a_name_it_is_made_of() -> None:
    questions = every_question(_deck(NAMED_IN_ITS_DEFINITION), SEEDS, *_TERM_KINDS)
    assert not any("where Rembrandt lived" in q.prompt for q in questions)
    assert any("ring of canals" in q.prompt for q in questions)


def test_a_year_is_not_asked_beside_its_own_short_form() -> None:
    questions = every_question(_deck(GIVEAWAYS), SEEDS)
    assert not any("’58" in q.prompt and "1958" in q.answers for q in questions)
    assert not any(q.prompt.count("’") and "58" in q.answers for q in questions)


def test_a_true_false_statement_does_not_turn_a_word_of_a_name() -> None:
    questions = every_question(_deck(GIVEAWAYS), SEEDS, QuestionKind.TRUE_FALSE)
    assert not any("Bridalveil Rises" in q.prompt for q in questions)


# --- 3. An example, a chapter summary or a setting is no term and its meaning -------------------

NOT_TERMS = """# Bread and the Apollo programme

## Chapters of our set book

- First loaves - the author bakes a flat, dense loaf and learns why gluten matters.
- The starter diaries - she feeds a starter every day for two weeks on her windowsill.
- Into the bakery - she takes a job at a small bakery near Bath and works night shifts.

## Methods (how NASA reduced risk)

- Simulation: crews spent hundreds of hours in simulators at the Manned Spacecraft Center.
- Redundancy: key systems had backups, e.g. two separate radio systems.
- Dress rehearsal: Apollo 10 flew to within 15 km of the Moon without landing.

## Examples of spin-offs

- Cordless tools: a battery drill developed for collecting Moon rock samples.
- Freeze-dried food: meals made light for flight.

## Methods (how to check the dough)

- Windowpane test: stretch a small piece of dough thin enough to see light through it.
- Poke test: press a floured finger into proved dough; it should spring back slowly.
- Float test: drop a spoonful of starter into water to see if it is ready.

## Key terms

- Regolith: the loose dust and broken rock covering the Moon's surface.
- Splashdown: the landing of the returning capsule in the ocean under parachutes.
"""


def test_examples_and_summaries_are_not_asked_as_meanings() -> None:
    questions = every_question(_deck(NOT_TERMS), SEEDS, *_TERM_KINDS)
    shown = " ".join(f"{q.prompt} {' '.join(q.options)} {' '.join(q.answers)}" for q in questions)
    for example in ("First loaves", "Simulation", "Dress rehearsal", "Cordless tools", "bakery"):
        assert example not in shown, example
    # Definitions, under "Key terms" or as what a test is, are still asked both ways.
    assert "Regolith" in shown and "Float test" in shown


def test_the_label_of_an_example_is_not_blanked() -> None:
    questions = every_question(_deck(NOT_TERMS), SEEDS, QuestionKind.CLOZE)
    assert not {"cordless tools", "freeze-dried food", "first loaves"} & _keys(questions)


# --- 4. An answer key accepts no bracket that says where a thing is ------------------------------

ALIASES = """# The Dutch Golden Age and Apollo

## Trade

- From 1641 the VOC traded from Dejima (Nagasaki Bay), the only Western trading post in Japan.
- Dutch merchants at Dejima were watched by Japanese officials and could not enter the city.
- The VOC ran its Asian trade from Batavia (Jakarta), founded by Jan Pieterszoon Coen in 1619.

## Quotations

- “The Eagle has landed.” - Armstrong (first words)
- “That's one small step for man, one giant leap for mankind.” - Armstrong
- “Houston, we've had a problem.” - Lovell
"""


def test_a_place_round_a_thing_or_a_quotations_place_is_no_other_name() -> None:
    deck = _deck(ALIASES)
    questions = every_question(deck, SEEDS, QuestionKind.CLOZE)
    keys = _keys(questions)
    assert "nagasaki bay" not in keys and "first words" not in keys
    on_dejima = [q for q in questions if "Dejima" in q.answers]
    assert all(not grade("Dejima", "Nagasaki Bay").correct for _ in on_dejima)
