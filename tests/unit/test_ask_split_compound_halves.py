"""/ask: a word the question writes as one and the notes as two needs both halves in the line
(issue 13, heldout16 class 2).

"what is redshift?" against notes writing "red-shift" found the notes' pair (`SplitWords`), but
either half met the whole word, so "Which planet is called the Red Planet?" answered it. The two
halves are now two words of the question, as if the student had written them apart. The deck is
written here and imported the way an upload is.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from tests.unit.asking import imported, lead_of

GLOSSARY = """# Science glossary

## Ecology
- A food web shows how the food chains of a habitat link together
- Producer = a green plant that makes its own food

## Computing
- Web = the pages of the internet, read in a browser
- Browser = a program for reading web pages

## Astronomy
- Star = a ball of hot gas giving out light
"""


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("what is a foodweb", "food chains of a habitat"),
        ("what is a foodchain", "food chains of a habitat"),
    ],
)
def test_both_halves_of_a_split_word_are_asked(question: str, lead: str) -> None:
    deck, index = imported(GLOSSARY, "markdown", "glossary.md")
    assert lead in lead_of(answer_question(deck, index, question))


def test_one_half_alone_is_no_answer() -> None:
    deck, index = imported(GLOSSARY, "markdown", "glossary.md")
    assert answer_question(deck, index, "what is a webcam").status == "none"
