"""/ask: a count or an age the notes give without a unit (issue 13, heldout15 class 3).

"How many times …?" wants a number, and "Only reheat once" or "twice a day" gives it in a word;
"how old was …?" wants an age, and "the boy king, who was only 14" gives it as a bare figure. Both
were refused, the number question for want of a figure, the age question for want of "aged" or
"years old". "once"/"twice"/"thrice" now answer how many times ("once you…", "once thawed" mean
"after"), and a figure after "was", "only", "just" or "aged" that ends its phrase is an age ("only
14 people" is a count). The decks are written here and imported as an upload is.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from tests.unit.asking import imported, lead_of

MEDICINE = """# Medicines

## Taking antibiotics
- Take amoxicillin twice a day, with food
- Finish the whole course even once you feel better
- Side effects include diarrhoea and rashes
"""

TUDORS = """# The Tudors

## Edward VI
- Edward VI became king in 1547, when he was only 9
- His uncle, the Duke of Somerset, ruled as Lord Protector
- He died of tuberculosis in 1553
"""


@pytest.mark.parametrize(
    ("notes", "question", "lead"),
    [
        (MEDICINE, "how many times a day do you take amoxicillin", "twice a day"),
        (TUDORS, "how old was edward vi when he became king", "he was only 9"),
    ],
)
def test_a_count_or_age_without_a_unit_answers(notes: str, question: str, lead: str) -> None:
    deck, index = imported(notes, "markdown", "notes.md")
    assert lead in lead_of(answer_question(deck, index, question))


def test_once_meaning_after_is_no_count() -> None:
    deck, index = imported(MEDICINE, "markdown", "notes.md")
    asked = answer_question(deck, index, "how many times should you feel better")
    assert asked.status == "none" or "once you feel" not in (asked.lead or "")
