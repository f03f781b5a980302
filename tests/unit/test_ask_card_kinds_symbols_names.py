"""/ask: three ways a question says what it wants that the notes' words alone did not show (issue
13, misses of the development sets).

- A question-and-answer card vouches for the kind of its answer: "Q: Who keeps the beat?" /
  "A: The conductor, …" answers "who keeps the beat in an orchestra?" though "the conductor" is no
  name the spans know (a who-question wants someone named). A number in another unit ("about 5 g"
  for "how many concerts …") stays no answer, whatever its card asks.
- "stand for" said of an ordinary word asks what it represents, not what its initials spell:
  "what does the green light stand for?" is answered by the line saying what it stands for, and
  refused when no line says so. An acronym ("what does NATO stand for?") keeps its expansion.
- "what is Tom's first name?" asks for a name as "what is the name of …" does: a line only
  mentioning "the first description of Tom" is no answer.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from tests.unit.asking import imported, lead_of

SHEET = """=== THE ORCHESTRA ===
Q: Who keeps the beat in an orchestra?
A: The conductor, standing on a podium at the front.
Q: What is a symphony?
A: A long piece for orchestra, usually in four movements.
Q: Who plays the first violin part?
A: The leader of the orchestra, who also tunes it before the concert.
Q: How much rosin should a violinist use a week?
A: About 5 g.
Q: What is an overture?
A: A piece played at the start of an opera or a concert.
"""


def test_a_card_asking_who_vouches_for_an_answer_naming_no_one() -> None:
    deck, index = imported(SHEET, "outline", "orchestra_qa.txt")
    lead = lead_of(answer_question(deck, index, "who keeps the beat in the orchestra"))
    assert lead.startswith("A: The conductor")


def test_a_card_asking_how_much_vouches_for_no_number_of_another_unit() -> None:
    deck, index = imported(SHEET, "outline", "orchestra_qa.txt")
    asked = answer_question(deck, index, "how many concerts should a violinist play a week")
    assert asked.status == "none"


NOVEL = """# The Great Gatsby

## Symbols
- The green light at the end of Daisy's dock stands for Gatsby's dream of winning her back.
- The valley of ashes = the moral decay hidden beneath the wealth of the 1920s.
- Nick sees the lighthouse across the bay on his first evening at West Egg.
- Dr T. J. Eckleburg's eyes watch over the valley of ashes.

## Characters
- Nick Carraway narrates the story looking back from the Midwest.
- The first description of Tom shows a powerful, cruel body.
- The OECD (Organisation for Economic Co-operation and Development) is named here only to test
  acronyms.
"""


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("what does the green light stand for", "stands for Gatsby's dream"),
        ("what does the valley of ashes stand for", "the moral decay"),
        ("what does the OECD stand for", "Organisation for Economic Co-operation"),
    ],
)
def test_stand_for_of_an_ordinary_word_asks_what_it_represents(question: str, lead: str) -> None:
    deck, index = imported(NOVEL, "markdown", "gatsby.md")
    assert lead in lead_of(answer_question(deck, index, question))


def test_stand_for_with_no_line_saying_what_it_represents_is_not_in_the_notes() -> None:
    deck, index = imported(NOVEL, "markdown", "gatsby.md")
    asked = answer_question(deck, index, "what does the lighthouse stand for")
    assert asked.status == "none"


def test_a_first_name_asked_of_someone_is_not_a_line_mentioning_them() -> None:
    deck, index = imported(NOVEL, "markdown", "gatsby.md")
    assert answer_question(deck, index, "what is tom's first name").status == "none"
    assert "Nick Carraway" in lead_of(answer_question(deck, index, "who narrates the story"))
