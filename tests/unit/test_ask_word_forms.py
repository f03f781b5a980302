"""/ask: a plural in "-ves" and a small count in figures are forms of the word (issue 13, s12).

"Why are leaves so thin?" against "the leaf is broad and flat … and thin so gases only have a short
distance to diffuse": the lemmatizer reads "leaves" as the verb "leave", so "leaf" was a word the
line lacked and the line was dropped for missing what the question is about. "Who came up with
the 3 domains?" against "Carl Woese -> three-domain system": "3" and "three" were two words. A
plural in "-ves" now finds its singular in "-f"/"-fe" and back; a count from 0 to 20 written in
figures finds it in words and back. The decks are written here and imported the way an upload is.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from knowledge.search._lemma import number_forms, word_family
from tests.unit.asking import imported, lead_of

PLANTS = """# Plants

## Leaf structure
- the leaf is broad and flat so it absorbs plenty of light, and thin so gases diffuse only a short way
- stomata on the underside let carbon dioxide in

## Roots
- root hair cells have a large surface area to take up water
- roots anchor the plant in the soil

## Animals in the food web
- wolves hunt deer in packs
- a knife-edge ridge is called an arete
"""

CLASSIFICATION = """# Classification

## Linnaeus
- Carl Linnaeus sorted living things into kingdoms, with two-part Latin names

## Woese
- Carl Woese proposed a three-domain system based on chemical analysis of RNA
- the domains are archaea, bacteria and eukaryota

## Other scientists
- Darwin wrote On the Origin of Species in 1859
"""


@pytest.mark.parametrize(
    ("notes", "question", "lead"),
    [
        (PLANTS, "why are leaves so thin", "gases diffuse only a short way"),
        (PLANTS, "what does a wolf hunt", "deer"),
        (CLASSIFICATION, "who came up with the 3 domains", "Carl Woese"),
        (CLASSIFICATION, "how many parts do linnaeus's names have", "two-part"),
    ],
)
def test_a_word_is_found_in_its_other_written_form(notes: str, question: str, lead: str) -> None:
    deck, index = imported(notes, "markdown", "notes.md")
    assert lead in lead_of(answer_question(deck, index, question))


def test_a_count_the_notes_do_not_give_is_still_not_in_them() -> None:
    deck, index = imported(CLASSIFICATION, "markdown", "notes.md")
    assert answer_question(deck, index, "who came up with the 5 kingdoms").status == "none"


def test_the_forms() -> None:
    assert "leaf" in word_family("leaves")
    assert "knives" in word_family("knife")
    assert "wolves" in word_family("wolf")
    assert "cliffves" not in word_family("cliff")
    assert number_forms("3") == ("three",)
    assert number_forms("fourteen") == ("14",)
    assert number_forms("1066") == ()
