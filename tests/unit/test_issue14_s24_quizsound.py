"""Session 24, quiz soundness: round 26's classes of unsound question, each checked on what a
student is shown, on small decks in this session's subjects (the Republic of Venice, whales,
windmills) written in the shapes the review decks used: a lead-in sentence over a list, a table
of abbreviations, ranges of years, "Label: text" lines that are no terms, the deck's own topic.
"""

from __future__ import annotations

import re

from bot.grading import grade
from bot.questions import QuestionKind
from bot.questions._model import BLANK, Question
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck
from tests.unit.questioning import every_question

SEEDS = range(4)


def _deck(text: str) -> Deck:
    mapping = import_text(text, source_name="notes.md", format="markdown")
    return parse_deck(dump_deck(mapping), "notes.yaml")


def _shown(questions: list[Question]) -> str:
    return "\n".join(
        f"{q.prompt} {' | '.join(q.options)} {' | '.join(q.answers)}" for q in questions
    )


# --- 1. A heading is never cut at an abbreviation, nor left as an opening adverbial -------------

LEAD_INS = """# The Republic of Venice

## The Arsenal

The Arsenal lay c. 1 km east of St. Mark's Square and employed approx. 16,000 men at its peak. It built:

- war galleys, rowed by about 150 oarsmen each
- great galleys for the spice convoys to Alexandria
- a complete galley in a single day for Henry III of France in 1574

## Windmills of the lagoon

Within days, the Senate sent engineers to the mainland to copy the new mills:

- post mills, turned by hand on a single post
- tower mills, with a turning cap on a brick tower
- tide mills, driven by the lagoon's falling water
"""


def test_a_lead_in_is_not_cut_at_an_abbreviation_or_a_comma() -> None:
    shown = _shown(every_question(_deck(LEAD_INS), SEEDS))
    assert "lay c)" not in shown and "(The Arsenal lay c" not in shown
    assert "(Within days)" not in shown
    assert "(St)" not in shown


# --- 2. A short form is not asked from the name it spells ---------------------------------------

SHORT_FORMS = """# Whales

## Sighting codes

| Code | Name | What it means |
|---|---|---|
| Hb | humpback | long pectoral fins, sings in the breeding season |
| Fw | fin whale | fast swimmer, pale right jaw |
| Sp | sperm whale | square head, blow angled forward |
| Mk | minke | small, pointed snout |
| Bl | blue whale | largest animal ever known |
| Ki | killer whale | black and white, tall dorsal fin |
"""


def test_a_code_and_the_name_it_spells_are_not_asked_from_each_other() -> None:
    questions = every_question(_deck(SHORT_FORMS), SEEDS)
    pairs = {"hb": "humpback", "fw": "fin whale", "sp": "sperm whale", "bl": "blue whale"}
    for q in questions:
        text = f"{q.prompt} {' '.join(q.answers)}".casefold()
        for code, name in pairs.items():
            asks_one_from_other = re.search(rf"\b{code}\b", text) and name in text
            assert not asks_one_from_other, q.prompt
    # what each code means is still asked
    assert any("means" in q.prompt.casefold() for q in questions)


# --- 3. The end of a range of years is never the blank ----------------------------------------

RANGES = """# Venice and its wars

## Wars

- The War of Chioggia (1378–81) ended in a Venetian victory over Genoa.
- Crete was lost after the long siege of Candia (1648-1669).
- The Arsenal's new dock was built 1473--76 beside the old yard.
- The League of Cambrai was formed in 1508 against Venice.
"""


def test_a_range_is_not_blanked_at_its_end() -> None:
    questions = every_question(_deck(RANGES), SEEDS, QuestionKind.CLOZE, QuestionKind.CHOICE)
    assert questions  # the line's other facts are still asked
    for q in questions:
        assert not re.search(rf"\d\s*(?:--?|[–—])\s*{BLANK}", q.prompt), q.prompt
        assert not re.search(rf"{BLANK}\s*(?:--?|[–—])\s*\d\d\b(?!\d)", q.prompt), q.prompt
        for answer in q.answers:
            assert answer not in ("81", "1669", "76"), q.prompt


# --- 4. A label over a name or a bare list is no term ------------------------------------------

LABELS = """# Whales and whaling

## Overview

- Founder of modern whale biology: Sir Sidney Harmer
- First IWC chairman: Birger Bergersen
- Threats today: ship strikes, entanglement in fishing gear, noise pollution, plastics.
- Main food: krill, small fish, squid.

## Key words

- Blubber: a thick layer of fat under the skin that keeps a whale warm.
- Baleen: plates of keratin that filter food from the water.
- Fluke: one of the two lobes of a whale's tail.
"""


def test_a_name_or_a_list_under_a_label_is_not_asked_as_a_meaning() -> None:
    questions = every_question(
        _deck(LABELS), SEEDS, QuestionKind.DEFINITION_TO_TERM, QuestionKind.TERM_TO_DEFINITION
    )
    shown = _shown(questions)
    for label in ("Founder of modern whale biology", "First IWC chairman", "Threats today"):
        assert label not in shown
    assert "Sir Sidney Harmer" not in shown and "ship strikes" not in shown
    assert "Blubber" in shown and "Baleen" in shown  # the glossary is still asked


# --- 5. The deck's own subject is not the blank --------------------------------------------------

OWN_TOPIC = """# The Fourth Crusade

## Outline

- The Fourth Crusade was diverted to Constantinople, which was sacked in April 1204.
- Pope Innocent III had called the Fourth Crusade in 1198 to retake Jerusalem.
- Doge Enrico Dandolo led the Venetian fleet himself.
"""


def test_the_decks_own_subject_is_not_the_blank() -> None:
    questions = every_question(_deck(OWN_TOPIC), SEEDS, QuestionKind.CLOZE, QuestionKind.CHOICE)
    answers = {a.casefold() for q in questions for a in q.answers}
    assert "constantinople" in answers  # the line's own facts are still asked
    assert "fourth crusade" not in answers


# --- 6. Grading: an era written before its year ---------------------------------------------------


def test_an_era_before_the_year_accepts_the_bare_year_but_not_the_other_era() -> None:
    assert grade("AD 43", "43").correct
    assert grade("AD 43", "43 AD").correct
    assert grade("A.D. 1066", "1066").correct
    assert not grade("AD 43", "43 BC").correct
    assert not grade("AD 43", "44").correct
    assert not grade("CE 79", "79 BCE").correct


# --- 7. A list item that states nothing is no true/false statement ----------------------------

FRAGMENTS = """# Windmills

## Why a tower mill outlasts a post mill

A tower mill lasts longer than a post mill because of:

- heavy, solid brick walls (a low centre of mass);
- a cap that alone turns to face the wind;
- small doors and windows low in the tower.

## Decline

Causes: cheap steam power, large roller mills at the ports, and imported grain.

- In 1850 England had about 10,000 working windmills; by 1950 fewer than 50 still worked.
"""


def test_a_list_item_with_no_verb_is_not_asked_true_or_false() -> None:
    questions = every_question(_deck(FRAGMENTS), range(12), QuestionKind.TRUE_FALSE)
    shown = _shown(questions)
    assert "heavy, solid" not in shown
    assert "cheap steam power" not in shown.casefold()
    assert "working windmills" in shown  # a line that claims something is still asked


# --- 8. A detail given in passing is not the blank -----------------------------------------------

ASIDES = """# Whaling history

## Whaling

- The whaler Essex was sunk by a sperm whale in 1820 (Pacific Ocean, off Chile).
- The first steam whaler was built in Dundee (by the Tay Whale Fishing Company, 1857).
- Captain George Pollard (aged 29) commanded the Essex.
- The IWC agreed a moratorium on commercial whaling in 1982.
"""


def test_a_remark_in_brackets_or_an_age_is_not_the_blank() -> None:
    questions = every_question(_deck(ASIDES), SEEDS, QuestionKind.CLOZE, QuestionKind.CHOICE)
    answers = {a for q in questions for a in q.answers}
    assert "1982" in answers  # the claim is still asked
    assert "Tay Whale Fishing Company" not in answers and "29" not in answers


# --- 9. A byline read as a heading is not shown before a question ---------------------------------

BYLINE = """WHALES - revision list
Biology club / Mr. Hale / approx. 2 lessons

- The blue whale is the largest animal ever known, at up to c. 30 m long.
- The International Whaling Commission (IWC) was set up in 1946.
- Humpback whales migrate up to c. 8,000 km between feeding and breeding grounds.
"""


def test_a_byline_is_not_shown_as_where_a_line_comes_from() -> None:
    mapping = import_text(BYLINE, source_name="whales.txt", format="outline")
    questions = every_question(parse_deck(dump_deck(mapping), "notes.yaml"), SEEDS)
    assert questions
    assert not any("Mr. Hale" in q.prompt or "lessons" in q.prompt for q in questions)


def test_the_word_saying_what_a_name_is_is_not_the_blank() -> None:
    notes = """# Whaling history

## Disasters

- In 1866 ice trapped the steamship Diana, a Hull whaler, off Greenland for six months.
- In 1820 a sperm whale rammed and sank the whaler Essex in the Pacific.
"""
    questions = every_question(_deck(notes), SEEDS, QuestionKind.CLOZE, QuestionKind.CHOICE)
    answers = {a.casefold() for q in questions for a in q.answers}
    assert "steamship" not in answers
    assert "diana" in answers  # the name is still asked
