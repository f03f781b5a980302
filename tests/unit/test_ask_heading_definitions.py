"""/ask "what is X?" on outline notes that define X by its heading (issue 13, session 13;
ask_eval13 ANALYSIS.md class 4): under a heading "Glaciers", the first bullet ("slow-moving rivers
of ice …") is what a glacier is, though it never repeats the word; a later bullet that names it
("The Aletsch glacier is the largest …") only mentions it. Only a question asking just what the
heading names ("the 4 humours" under "Four Humours") is answered so: "what is the problem with
glaciers?" is not.

The deck is written here, in a subject of its own, and imported the way an upload is.
"""

from __future__ import annotations

from bot.explain import answer_question
from tests.unit.asking import imported

ICE = """GLACIAL LANDSCAPES - REVISION

1. ICE
   Glaciers:
     - slow-moving rivers of ice formed from compacted snow
     - The Aletsch glacier is the largest glacier in the Alps
     - a glacier retreats when melting is faster than snowfall

2. LANDFORMS
   Deposition:
     - moraine = rocks and soil dumped by a glacier
     - drumlins are egg-shaped hills of till
"""


def ask(question: str) -> tuple[str, str | None]:
    deck, index = imported(ICE, "outline", "glaciers.txt")
    asked = answer_question(deck, index, question)
    return asked.status, asked.lead


def test_the_first_line_under_the_asked_heading_defines_it() -> None:
    status, lead = ask("what is a glacier")
    assert status == "answer"
    assert lead is not None and lead.startswith("slow-moving rivers of ice")


def test_a_line_defining_the_thing_still_answers_under_another_heading() -> None:
    status, lead = ask("what is a moraine")
    assert status == "answer"
    assert lead is not None and "rocks and soil dumped by a glacier" in lead


def test_an_aspect_of_the_heading_is_not_its_definition() -> None:
    """ "What is the problem with glaciers?" asks more than what they are: the first line under
    "Glaciers" is no answer for that reason alone."""
    status, lead = ask("what is the problem with glaciers")
    assert status == "none", lead
