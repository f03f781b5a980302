"""/ask "how old …?" wants an age (issue 13, session 13; ask_eval13 ANALYSIS.md class 5): a number
word after "about" is an age ("about twenty", "only seventeen"), unless a sum, a distance or a
count of people follows it ("about fifty pounds", "about forty miles", "about thirty men").
A line giving only such a figure leaves "how old …?" "not in these notes".

The deck is written here, in a subject of its own, and imported the way an upload is.
"""

from __future__ import annotations

from bot.explain import answer_question
from tests.unit.asking import imported

NOVEL = """Jane Eyre - characters

Jane
  - Jane is only ten when she is sent to Lowood school
  - As a governess she earns about thirty pounds a year

Mr Rochester
  - Rochester owns Thornfield Hall and rides about twenty miles to see his friends
  - He keeps his first wife hidden in the attic
"""


def ask(question: str) -> tuple[str, str | None]:
    deck, index = imported(NOVEL, "outline", "jane_eyre.txt")
    asked = answer_question(deck, index, question)
    return asked.status, asked.lead


def test_a_sum_of_money_is_no_age() -> None:
    assert ask("how old was rochester")[0] == "none"


def test_an_age_in_words_still_answers() -> None:
    status, lead = ask("how old is jane when she goes to lowood")
    assert status == "answer"
    assert lead is not None and "only ten" in lead
