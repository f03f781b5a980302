"""/ask "what is the name of the X?" wants X's name (issue 13, session 13; ask_eval13 ANALYSIS.md
class 5): a name in the line answers only when it stands beside what is named, a few words away
("The blacksmith, Joe Gargery, …"), or the line says what something is called ("a pale young
gentleman called Herbert Pocket"). A line that only mentions the thing and names someone else
further on ("meets a soldier, who says there is no sign of Magwitch") leaves the question "not in
these notes".

The deck is written here, in a subject of its own, and imported the way an upload is.
"""

from __future__ import annotations

from bot.explain import answer_question
from tests.unit.asking import imported

NOVEL = """Great Expectations - plot and characters

Pip's childhood
  - The blacksmith, Joe Gargery, raises Pip with his harsh sister
  - On the marshes Pip meets a soldier, who says there is no sign of Magwitch on the hulks
  - Pip's first friend in London is a pale young gentleman called Herbert Pocket

Satis House
  - Miss Havisham still wears her wedding dress and stopped the clocks
"""


def ask(question: str) -> tuple[str, str | None]:
    deck, index = imported(NOVEL, "outline", "great_expectations.txt")
    asked = answer_question(deck, index, question)
    return asked.status, asked.lead


def test_a_name_beside_the_thing_named_answers() -> None:
    status, lead = ask("what is the name of the blacksmith")
    assert status == "answer"
    assert lead is not None and "Joe Gargery" in lead


def test_a_line_saying_what_someone_is_called_answers() -> None:
    status, lead = ask("what is the name of pip's first friend in london")
    assert status == "answer"
    assert lead is not None and "Herbert Pocket" in lead


def test_someone_else_named_further_on_is_no_answer() -> None:
    assert ask("what was the name of the soldier pip met on the marshes")[0] == "none"
