"""/ask: an everyday word of the question that the notes never use is how the question is put,
not what it is about (issue 13, misses of the development sets).

"what did Bazalgette build?" against "The Great Stink of 1858 led Bazalgette to design London's
sewers": no line can say "build", which the notes never use, and a question of two informative
words may leave neither unsaid, so it was refused. An everyday word the notes lack no longer has to be
said by the answer. A name, a place ("… in America"), the thing a definition is asked of ("what
is a railway tax?") and what happened to someone ("born") still must: the notes do not answer
those.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from tests.unit.asking import imported, lead_of

VICTORIANS = """# Victorian Britain

## Engineering
- The Forth Bridge opened in 1890 and carries the railway across the Firth of Forth.
- Brunel's Great Western Railway linked London and Bristol in 1841.
- The Clifton Suspension Bridge was finished in 1864, after Brunel's death.
- Third-class passengers paid a penny a mile under the 1844 Railway Act.

## Public health
- The Great Stink of 1858 led Bazalgette to design London's sewers.
- Cholera was spread by dirty water, as John Snow showed in 1854.
- The 1875 Public Health Act made councils provide clean water and sewers.
"""


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("what did bazalgette build", "led Bazalgette to design London's sewers"),
    ],
)
def test_an_everyday_word_the_notes_never_use_need_not_be_said(question: str, lead: str) -> None:
    deck, index = imported(VICTORIANS, "markdown", "victorians.md")
    assert lead in lead_of(answer_question(deck, index, question))


@pytest.mark.parametrize(
    "question",
    [
        "what is a railway tax",
        "when did the railway reach america",
        "who built the tay bridge",
        # what happened to someone is what is asked, said or not: no line says Brunel was born
        "what year was brunel born",
    ],
)
def test_what_the_question_is_about_must_still_be_in_the_notes(question: str) -> None:
    deck, index = imported(VICTORIANS, "markdown", "victorians.md")
    assert answer_question(deck, index, question).status == "none"
