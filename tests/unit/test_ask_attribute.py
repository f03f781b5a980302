"""/ask: "what is the X of Y?" asks for X — a line about Y that gives something else is no answer
(issue 13, session 9).

On flashcards of German verbs, "what is the imperfect of sein?" was answered with the card of
irregular *present* forms, which names "sein": the attribute asked ("imperfect"), a word the notes
do use, must be in the answer's context (its line, its card's question, its section), as the
words naming which measure are ("the *thinking* distance"). An aspect word ("the role of …",
"the point of …") is phrasing, not such an attribute.

The deck is written here and imported the way an upload is.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from tests.unit.asking import imported, lead_of

GERMAN = """GERMAN VERBS - FLASHCARDS

=== PRESENT TENSE ===
Q: Irregular present forms?
A: ich habe (haben), ich bin (sein), ich weiss (wissen)
Q: Endings?
A: -e, -st, -t, -en, -t, -en

=== IMPERFECT TENSE ===
Q: Imperfect of haben?
A: ich hatte, du hattest
Q: Imperfect of machen?
A: ich machte, du machtest
Q: When is the imperfect used?
A: mostly in writing and stories
Q: Imperfect endings for weak verbs?
A: -te, -test, -te, -ten, -tet, -ten
Q: Imperfect or perfect in speech?
A: perfect in speech, imperfect in writing
Q: Imperfect of modal verbs?
A: no umlaut: ich konnte, ich musste
"""


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("what is the imperfect of haben", "ich hatte"),
        ("what is the imperfect of machen", "ich machte"),
    ],
)
def test_the_attribute_asked_is_answered(question: str, lead: str) -> None:
    deck, index = imported(GERMAN, "outline", "german.txt")
    assert lead in lead_of(answer_question(deck, index, question))


@pytest.mark.parametrize(
    "question", ["what is the imperfect of sein", "what is the imperfect of wissen"]
)
def test_a_line_giving_another_attribute_is_no_answer(question: str) -> None:
    # the present-tense card names "sein" and "wissen", but gives no imperfect of them
    deck, index = imported(GERMAN, "outline", "german.txt")
    assert answer_question(deck, index, question).status == "none"
