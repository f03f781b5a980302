"""What a definition says a key term is, read from its noun phrase's own head (issue 14, round-15
blind review class 1: A16, A29, A36).

"Auxin: plant hormone …", "Receptor: cells that detect …" and "Type 2: body cells no longer
respond to insulin …" were one kind (organisms) and each other's only wrong options in every
blank. A definition that is a clause ("body cells no longer respond …") has a subject, not a
head: its verb ends the phrase and says nothing of what the term is. A word before the head noun
("plant" of "plant hormone") says which sort, not what kind. A bracket or an arrow ends the phrase
too ("a sex cell (sperm and egg …)" is a cell). A term named as a verb's noun ("Precipitation",
"Appeasement") and defined by what happens is a process, as a "-ing" name already was.

Notes written for these tests (history, geography), not the review decks."""

from __future__ import annotations

from bot.questions import Question, QuestionGenerator, QuestionKind
from bot.questions._context import DeckContext
from bot.questions._kinds import PROCESS, UNKNOWN
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck
from knowledge.text import fold

HISTORY = """THE ROAD TO WAR 1933-39

1. KEY TERMS
  Czechoslovakia: a country created in 1918 from the old Austro-Hungarian Empire
  Austria: a country on Germany's southern border with many German speakers
  Poland: a country rebuilt in 1919 with a corridor to the Baltic Sea
  Appeasement: countries give in to a dictator's demands to avoid a war
  Rearmament: Germany builds up its army, navy and air force again
  - Hitler broke the Treaty of Versailles by rearming openly from 1935
"""

WATER = """THE WATER CYCLE

1. PROCESSES
  Evaporation: water molecules escape from the surface of seas and lakes
  Transpiration: plants lose water vapour through their leaves
  Precipitation: droplets grow too heavy and fall from clouds as rain or snow
  Infiltration: raindrops soak into the soil and the rock below
  - more infiltration happens when the ground is dry and unfrozen

2. STORES
  Aquifer: a layer of porous rock (chalk or sandstone) that holds groundwater
  Reservoir: an artificial lake (behind a dam) that stores water for towns
"""


def _deck(text: str) -> Deck:
    return parse_deck(dump_deck(import_text(text, source_name="n.txt", format="outline")), "t")


def _asked(deck: Deck, kind: QuestionKind, seeds: int = 4) -> list[Question]:
    return [
        q
        for seed in range(seeds)
        for q in QuestionGenerator(deck, seed=seed).all_candidates(kinds=[kind])
    ]


def test_a_plural_subject_and_its_verb_name_no_kind() -> None:
    deck = _deck(HISTORY)
    kinds = DeckContext(deck, 1).term_kinds
    states = {"czechoslovakia", "austria", "poland"}

    # "countries give in …" is what happens, not a country; "Germany builds up …" no more.
    assert kinds["appeasement"] != kinds["poland"]
    assert kinds["rearmament"] != kinds["poland"]
    for question in _asked(deck, QuestionKind.CHOICE, seeds=6):
        options = {fold(option) for option in question.options}
        if fold(question.answers[0]) in states:
            assert not options & {"appeasement", "rearmament"}, question


def test_processes_defined_by_what_happens_stand_among_each_other() -> None:
    deck = _deck(WATER)
    kinds = DeckContext(deck, 1).term_kinds
    processes = {"evaporation", "transpiration", "precipitation", "infiltration"}

    assert {kinds[name] for name in processes} == {PROCESS}
    # A bracket ends the noun phrase: an aquifer is a layer, a reservoir a lake, not "chalk"'s
    # or "dam"'s kind, and neither is a process.
    assert kinds["aquifer"] != PROCESS and kinds["reservoir"] != PROCESS
    blanks = [
        q
        for q in _asked(deck, QuestionKind.CHOICE, seeds=6)
        if fold(q.answers[0]) in processes and q.prompt.startswith("Processes: _____")
    ]
    assert blanks  # "_____: droplets grow too heavy …" asked among the other processes
    for question in blanks:
        assert {fold(option) for option in question.options} <= processes, question


def test_a_verb_after_a_plural_subject_is_no_head_noun() -> None:
    """A29/A36: "body cells no longer respond to insulin" (Type 2) and "cells that detect
    stimuli" (Receptor) were both read as organisms, from "cells"."""
    deck = _deck(
        """HOMEOSTASIS

1. TERMS
  Receptor: cells that detect a change in the environment
  Insulin resistance: body cells no longer respond to insulin properly
  Auxin: plant hormone that controls growth near the tips of shoots and roots
  Stomata: pores that open and close to let gases in and out of a leaf
"""
    )
    kinds = DeckContext(deck, 1).term_kinds

    assert kinds["insulin resistance"] == UNKNOWN
    assert kinds["auxin"] != kinds["receptor"]
    assert kinds["insulin resistance"] != kinds["receptor"]
