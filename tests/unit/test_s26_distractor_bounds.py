"""Wrong options a line itself rules out, and a term's own second definition (round 28).

Round 28 offered 19 and 22 beside "The UK has 18 species of bat; _____ of them breed here" (B15),
and "moai pulled down, probably in clan conflict" (the notes' definition of "Huri mo’ai
(“statue-toppling”)") as a wrong meaning of "huri mo’ai" (A54). These lines are the session's
own, on the Hubble Space Telescope and the Amazon rainforest.
"""

from __future__ import annotations

import pytest

from bot.questions import QuestionKind
from bot.questions._limits import beyond_limit
from bot.questions._line_shapes import is_entry
from bot.questions._twice_defined import defined_twice
from knowledge.model import Term
from tests.unit import questioning


def _offered(line: str, candidate: str) -> bool:
    """True when `candidate` may stand in the blank of `line` (a number no bound rules out)."""
    start = line.index("_____")
    text = line.replace("_____", "XXXXX")
    return not beyond_limit(text, start, start + 5, candidate)


@pytest.mark.parametrize(
    ("line", "inside", "outside"),
    [
        ("5 servicing missions in all; _____ of them fitted new cameras", "3", "7"),
        ("Of the 18 astronauts on SM3A and SM3B, _____ took part in spacewalks", "12", "22"),
        (
            "About 40,000 plant species have been described; of these, around _____ are trees",
            "16,000",
            "52,000",
        ),
        ("The forest has _____ indigenous groups; 50 of them have no regular contact", "80", "30"),
    ],
)
def test_a_part_stays_below_its_whole_and_a_whole_above_its_part(
    line: str, inside: str, outside: str
) -> None:
    assert _offered(line, inside)
    assert not _offered(line, outside)


def test_a_year_is_no_whole() -> None:
    assert _offered("Launched in 1990; _____ of its mirrors were re-coated", "2100")


def test_one_term_defined_twice_is_no_wrong_option_for_itself() -> None:
    slide = Term("a", "Tipping point (“dieback”)", "parts of the forest turn into savanna")
    glossary = Term("b", "tipping point", "the point of dieback, past which change cannot stop")
    other = Term("c", "Carbon sink", "a store that takes in more carbon dioxide than it gives out")
    assert defined_twice(glossary, slide)
    assert defined_twice(slide, glossary)
    assert not defined_twice(glossary, other)


_AMAZON = """\
# The Amazon rainforest

## People of the forest

- The first people arrived at least 11,000 years ago
- **Oral histories:**
  - Their villages were linked by raised causeways across the floodplain
  - The forest spirits punished hunters who took too much game
  - The rivers were made by a giant anaconda
- **Rivers:**
  - Rio Negro – the black-water river, stained by tannins
  - Madeira – the longest tributary, about 3,250 km
  - Xingu – the river of the Kayapó lands
- **Crops:**
  - Manioc was grown in clearings and soaked to remove its poison
  - Brazil nuts were gathered from wild trees
  - Peach palms were planted near villages
"""


def test_a_listed_line_is_offered_among_lines_of_its_kind() -> None:
    deck = questioning.imported_notes_text(_AMAZON, "amazon.md")
    asked = [
        q
        for q in questioning.every_question(deck, range(1, 6), QuestionKind.REASON)
        if "listed under" in q.prompt
    ]
    assert asked
    for question in asked:
        shapes = {is_entry(option) for option in question.options}
        assert len(shapes) == 1, (question.prompt, question.options)
