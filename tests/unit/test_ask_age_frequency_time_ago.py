"""/ask: "how old", "how often" and "how long ago" are answered by the line saying it in the ways
notes say it (issue 13, heldout16 class 4).

Such a question must be answered by a line giving an age, a frequency or a span of time, and the
line saying it was dropped as giving none: an age as a bare figure after "at" ("girls at 12") or
in days ("on the eighth day"), a frequency in words ("twice a day", "every morning"), a span of
time counted in millions ("13.8 billion years ago"). The deck is written here and imported the way
an upload is.
"""

from __future__ import annotations

import pytest

from bot.explain import answer_question
from tests.unit.asking import imported, lead_of

LIFE = """# Growing up and staying healthy

## Milestones
- Mozart wrote his first symphony at 8, in London
- Lambs are weaned at about eight weeks old
- In some traditions a baby is named on the fortieth day

## Habits
- Brush your teeth twice a day for two minutes
- Replace your toothbrush every three months
- Check your tyre pressures weekly

## Deep time
- The Earth formed about 4.6 billion years ago
- The dinosaurs died out 66 million years ago after an asteroid impact
"""


@pytest.mark.parametrize(
    ("question", "lead"),
    [
        ("how old was mozart when he wrote his first symphony", "at 8"),
        ("how old are lambs when they are weaned", "eight weeks old"),
        ("how old is a baby when it is named", "fortieth day"),
        ("how often should you brush your teeth", "twice a day"),
        ("how often should you check your tyre pressures", "weekly"),
        ("how long ago did the earth form", "4.6 billion years ago"),
        ("how long ago did the dinosaurs die out", "66 million years ago"),
    ],
)
def test_an_age_a_frequency_or_a_time_ago_answers(question: str, lead: str) -> None:
    deck, index = imported(LIFE, "markdown", "life.md")
    assert lead in lead_of(answer_question(deck, index, question))


@pytest.mark.parametrize(
    "question",
    ["how old was mozart when he died", "how often do lambs feed"],
)
def test_a_line_without_the_age_or_frequency_asked_is_no_answer(question: str) -> None:
    deck, index = imported(LIFE, "markdown", "life.md")
    assert answer_question(deck, index, question).status == "none"
