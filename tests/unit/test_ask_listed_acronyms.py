"""/ask: acronyms the notes spell out in lists, and a pronoun opening a line (issue 13, session 9).

- "MEDIC / LEDC = more economically developed country / less …": acronyms and expansions listed
  side by side, separated by slashes, are paired in order.
- "A: ROYGBIV - Red, Orange, Yellow, …": a mnemonic spelt by the items after a dash, colon or
  equals sign, to the end of the line, also after a flashcard's "A: ".
- A line defining a part of what is asked ("DO / IO - direct object / indirect object") is no
  definition of the whole ("what are the indirect object pronouns?"): the line answering it is.
- "Her role: …" opening a line names no one: a who-question the notes don't answer gets "not in
  these notes", not "Her".

Each deck is written here, in subjects of its own, and imported the way an upload is.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from knowledge.search._spans import expansion_pairs
from tests.unit.asking import imported, lead_of

DEVELOPMENT = """DEVELOPMENT GAP

KEY TERMS
  MEDC / LEDC = more economically developed country / less economically developed country
  GDP - the value of everything a country produces in a year

AID
  - NGOs such as WaterAid fund wells in rural areas
"""

CARDS = """PHYSICS OF LIGHT - FLASHCARDS

=== COLOURS ===
Q: Order of the colours of the rainbow?
A: ROYGBIV - Red, Orange, Yellow, Green, Blue, Indigo, Violet
Q: Which colour bends most in a prism?
A: violet light is refracted the most
"""

NETWORK_CARDS = """NETWORKS - FLASHCARDS

=== WIDE AREA NETWORKS ===
LAN / WAN - local area network / wide area network
Q: Wide area network protocols?
A: MPLS, frame relay and leased lines
Q: Who owns the cables?
A: telecoms companies lease them to businesses
"""

FRENCH_CARDS = """FRENCH GRAMMAR - FLASHCARDS

=== KEY TERMS ===
DO / IO - direct object / indirect object
infinitive - the verb form ending in -er, -ir or -re

=== PRONOUNS ===
Q: Subject pronouns?
A: je, tu, il/elle, nous, vous, ils/elles
Q: Direct object pronouns?
A: me, te, le/la, nous, vous, les
Q: Indirect object pronouns?
A: me, te, lui, nous, vous, leur
Q: Where do object pronouns go?
A: before the verb: je le vois
"""

PLAY = """AN INSPECTOR CALLS - CHARACTERS

Sheila Birling
  - Her link to Eva: had her sacked from the shop out of jealousy
  - changes the most during the play
"""


@pytest.mark.parametrize(
    ("line", "pairs"),
    [
        (
            "MEDC / LEDC = more economically developed country / less economically developed country",
            [
                ("medc", "more economically developed country"),
                ("ledc", "less economically developed country"),
            ],
        ),
        (
            "A: ROYGBIV - Red, Orange, Yellow, Green, Blue, Indigo, Violet",
            [("roygbiv", "Red, Orange, Yellow, Green, Blue, Indigo, Violet")],
        ),
        ("PIN / ATM = a number you type", []),  # counts differ: no pairs
        ("Key: NATO - a military alliance of western states", []),  # initials spell nothing
    ],
)
def test_listed_acronyms_are_spelt_out(line: str, pairs: list[tuple[str, str]]) -> None:
    assert expansion_pairs(line) == pairs


@pytest.mark.parametrize(
    ("notes", "question", "lead"),
    [
        (DEVELOPMENT, "what does ledc stand for", "less economically developed country"),
        (DEVELOPMENT, "what does MEDC stand for?", "more economically developed country"),
        (CARDS, "what does roygbiv stand for", "Red, Orange, Yellow"),
        (NETWORK_CARDS, "what does wan stand for", "wide area network"),
        (NETWORK_CARDS, "what are the wide area network protocols", "MPLS, frame relay"),
        (FRENCH_CARDS, "what does IO stand for", "indirect object"),
        (FRENCH_CARDS, "what are the indirect object pronouns", "te, lui, nous"),
        (FRENCH_CARDS, "wat are the direct object pronouns", "te, le/la"),
    ],
)
def test_what_a_listed_acronym_stands_for(notes: str, question: str, lead: str) -> None:
    deck, index = imported(notes, "outline", "notes.txt")
    assert lead in lead_of(answer_question(deck, index, question))


def test_a_pronoun_opening_a_line_names_no_one() -> None:
    deck, index = imported(PLAY, "outline", "notes.txt")
    asked = answer_question(deck, index, "what was the name of the shop manager who sacked eva")
    assert asked.status == "none"
