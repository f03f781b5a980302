"""/ask: a key term answers "what is X?" only when it names X (issue 13, heldout15 class 8).

"What is X?" is first looked up among the deck's key terms, and the lookup also matches a longer
term that starts with X: "what does birth rate mean?" got the key term "Birth rate formula —
births ÷ population × 1000", a way to work it out, while the notes' line saying what the birth
rate is was never asked for. A key term now answers only when its words are the question's, in
any word form or split ("Ecotourism" for "eco tourism"); otherwise /ask looks for the line.
The decks are written here and imported as an upload is.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from tests.unit.asking import imported, lead_of

POPULATION = """# Population

## Measuring population
- Birth rate formula: (births ÷ total population) × 1000
- Death rate: the number of deaths per 1000 people in a year
- Natural increase: the birth rate minus the death rate
- Migration: the movement of people from one place to another
- Net migration (NM): immigrants minus emigrants in a year
- Ecotourism: small-scale tourism that protects the environment and helps local people
- The birth rate is the number of live births per 1000 people in a year
"""


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("what does birth rate mean", "number of live births per 1000 people"),
        ("what is eco tourism", "small-scale tourism"),
        ("what is the birth rate formula", "births ÷ total population"),
        ("what is net migration", "immigrants minus emigrants"),
    ],
)
def test_a_key_term_answers_only_when_it_is_what_is_asked(question: str, lead: str) -> None:
    deck, index = imported(POPULATION, "markdown", "notes.md")
    assert lead in lead_of(answer_question(deck, index, question))
