"""Who-questions about a thing named after its maker (issue 13; heldout21's "who invented the
Harris matrix?"): a name the question gives by its title is who was asked about ("who shot the
Archduke?"), but a name the question puts before a thing ("the Mercator projection") names the
thing, and the person it is named after is the answer (a surname that is also a word,
"harrison", was taken for a title). A deck of its own, on the history of
cartography."""

from __future__ import annotations

from bot.explain import answer_question
from tests.unit.asking import imported

MAPS = """# The history of cartography

## Projections

- The Mercator (devised by Gerardus Mercator in 1569) projection keeps compass bearings straight
- The Peters projection shows areas in their true proportions
- Atlas Ptolemy Geographia was copied in Byzantium for centuries

## Surveys

- The Ordnance Survey began mapping Britain in 1791
- The Harrison (invented by John Harrison in 1761) chronometer let navigators find longitude
- Archduke Franz Ferdinand owned a celebrated map collection in Vienna
"""


def ask(question: str) -> str | None:
    deck, index = imported(MAPS, "markdown", "maps.md")
    asked = answer_question(deck, index, question)
    return asked.lead if asked.status == "answer" else None


def test_the_maker_of_a_thing_named_after_them_is_the_answer() -> None:
    assert ask("who devised the mercator projection") == (
        "The Mercator (devised by Gerardus Mercator in 1569) projection keeps compass bearings "
        "straight"
    )
    assert ask("who invented the harrison chronometer") == (
        "The Harrison (invented by John Harrison in 1761) chronometer let navigators find longitude"
    )


def test_a_person_named_by_title_is_still_who_was_asked_about() -> None:
    # the line names the archduke, who is asked about: not who did it
    assert ask("who collected maps for the archduke") is None
