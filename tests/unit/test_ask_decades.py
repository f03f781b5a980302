"""/ask: a decade written short or in full is one decade (issue 13, session 11).

"What did Sharpe find when she did it again in the 90s?" against "When Sharpe repeated the study
in the 1990s, careers …": "90s" was a word the notes never use, and a figure in seconds the line
had to give, so the line holding the answer could not be it. A decade is matched in either form
("90s" / "1990s", "the '60s" / "1960s"), and "the 90s" is no ninety seconds. The decks are written
here and imported the way an upload is.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from knowledge.search._lemma import decade_forms
from knowledge.search._spans import measured_numbers
from tests.unit.asking import imported, lead_of

GENDER = """# Gender and achievement

## Sharpe
- Sue Sharpe interviewed working-class girls in London in the 1970s
- their priorities then were love, marriage, husbands and children
- When Sharpe repeated the study in the 1990s, careers and independence came first

## Policies
- GIST encouraged girls into science and technology
"""

MUSIC = """# British pop

## The sixties
- Beatlemania swept Britain in the '60s
- pirate radio stations broadcast from ships in the North Sea

## Punk
- punk began in London in the mid-70s with the Sex Pistols
"""


@pytest.mark.parametrize(
    ("notes", "question", "lead"),
    [
        (GENDER, "what did sharpe find when she did it again in the 90s", "careers"),
        (MUSIC, "what swept britain in the 1960s", "Beatlemania"),
        (MUSIC, "where did punk begin in the 1970s", "Sex Pistols"),
    ],
)
def test_a_decade_is_found_however_it_is_written(notes: str, question: str, lead: str) -> None:
    deck, index = imported(notes, "markdown", "notes.md")
    assert lead in lead_of(answer_question(deck, index, question))


def test_a_decade_the_notes_do_not_mention_is_not_in_them() -> None:
    deck, index = imported(GENDER, "markdown", "notes.md")
    assert answer_question(deck, index, "what did sharpe find in the 80s").status == "none"


def test_the_forms_of_a_decade() -> None:
    assert "1990s" in decade_forms("90s")
    assert decade_forms("1970s") == ("70s",)
    assert decade_forms("90") == ()
    assert measured_numbers("in the 90s") == set()
    assert measured_numbers("note the mass every 30s") == {"30"}
