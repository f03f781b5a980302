"""/ask: a slip as near a longer word of the notes as a shorter one reads as the longer (issue 13,
heldout14 class 2).

"anerobic" is one edit from both "anaerobic" (a letter dropped) and "aerobic" (a letter added):
both were read at the same trust, the two lines tied, and the one listed first answered. A student
drops a letter far more often than typing one too many, so the longer word is read. The deck is
written here and imported the way an upload is.
"""

from __future__ import annotations

from bot.explain import answer_question
from tests.unit.asking import imported, lead_of

TRAINING = """# Methods of training

## Respiration
- aerobic = with oxygen, for jogging
- anaerobic = lacks oxygen, for sprints

## Principles
- overload: working harder than normal to improve
"""


def test_a_dropped_letter_reads_as_the_longer_word() -> None:
    deck, index = imported(TRAINING, "markdown", "notes.md")
    lead = lead_of(answer_question(deck, index, "wat is anerobic respiration"))
    assert "sprints" in lead


def test_the_shorter_word_asked_in_full_is_still_itself() -> None:
    deck, index = imported(TRAINING, "markdown", "notes.md")
    lead = lead_of(answer_question(deck, index, "what is aerobic respiration"))
    assert "jogging" in lead
