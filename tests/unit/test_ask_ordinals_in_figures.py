"""/ask: an ordinal asked in words finds the notes' ordinal in figures (issue 13, session 15
class b).

Notes write "1st shell", "3rd law"; students ask for "the first shell", "Newton's third law". An
ordinal in figures is indexed as its bare figure ("1st" as "1"), so "first" found only other lines
("2nd shell holds up to 8 electrons" answered "how many electrons can the first shell hold?"). An
ordinal word now also finds its figure form, but only when the notes write that form: otherwise it
would find every line giving the bare number. The deck is written here and imported the way an
upload is.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from tests.unit.asking import imported, lead_of

CHEMISTRY = """# Chemistry of the elements

## Periodic table
- Group 1 metals react with water to make an alkaline solution
- Group 7 elements are the halogens: fluorine, chlorine, bromine and iodine

## Electron shells
- 1st shell holds up to 2 electrons
- 2nd shell holds up to 8 electrons
- sodium has 11 electrons: 2 in the inner shell, 8 next and 1 on the outside
"""


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("how many electrons can the first shell hold", "1st shell holds up to 2 electrons"),
        ("what does the first shell hold", "1st shell holds up to 2 electrons"),
        ("how many electrons can the second shell hold", "2nd shell holds up to 8 electrons"),
    ],
)
def test_an_ordinal_in_words_finds_it_in_figures(question: str, lead: str) -> None:
    deck, index = imported(CHEMISTRY, "markdown", "notes.md")
    assert lead in lead_of(answer_question(deck, index, question))


def test_an_ordinal_the_notes_never_write_finds_no_bare_figure() -> None:
    # "1st" is written, so "first" finds the figure 1: only in a line about the group asked
    # for, not "sodium has 11 electrons: … 1 on the outside"
    deck, index = imported(CHEMISTRY, "markdown", "notes.md")
    asked = answer_question(deck, index, "which metals are in the first group")
    assert asked.status == "none" or "Group 1" in (asked.lead or "")
