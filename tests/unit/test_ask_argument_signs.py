"""/ask on arguments set out with the logician's signs (issue 13; heldout20's philosophy notes):
"∴ the mind is not the body" is what an argument concludes, yet no word of it says so, and
"what does the indivisibility argument conclude?" found nothing. "∴" is read as "therefore" (a
conclusion), "∵" as "because" (a reason). A deck of its own, in another subject.
"""

from __future__ import annotations

from bot.explain import answer_question
from knowledge.search._shorthand import spelt_in_full
from tests.unit.asking import imported

RELIGION = """# Arguments for the existence of God

## The cosmological argument (Aquinas)

1. Everything that exists has a cause
2. An infinite chain of causes is impossible
3. ∴ there must be a first cause, which is God

## The design argument (Paley)

- A watch found on a heath shows signs of purpose
- The universe shows the same order and purpose
- ∴ the universe has a designer
- ∵ order this complex cannot come about by chance
"""


def ask(question: str) -> str | None:
    deck, index = imported(RELIGION, "markdown", "god.md")
    asked = answer_question(deck, index, question)
    return asked.lead if asked.status == "answer" else None


def test_the_signs_are_read_as_the_words_they_stand_for() -> None:
    assert "therefore" in spelt_in_full("∴ the universe has a designer").split()
    assert "because" in spelt_in_full("∵ order this complex cannot come about").split()
    assert spelt_in_full("the universe has a designer") == ""


def test_what_an_argument_concludes_is_its_therefore_line() -> None:
    assert ask("what does the cosmological argument conclude") == (
        "∴ there must be a first cause, which is God"
    )
    assert ask("what is the conclusion of the design argument") == "∴ the universe has a designer"
