"""A question typed without its question mark is no answer (issue 13; heldout22's WhatsApp chat):
"what's a whip i keep seeing it" and "what's a green paper vs a white paper" were given as the
answers to "what do whips do?" and "what's the difference between a green paper and a white
paper?", since a line asks only when it ends with "?". A line opening with a question word and
the verb it inverts ("what are …", "how do …", "what's a …"), short and telling nothing (no
colon, dash, comma or full stop inside), asks; it is never the answer. Decks of their own: a
climbing club's chat and a chess club's chat."""

from __future__ import annotations

from bot.explain import answer_question
from tests.unit.asking import imported

CLIMBING = """Messages and calls are end-to-end encrypted. No one outside of this chat can read them.
03/02/2026, 18:01 - Maya: whats a belay device i keep hearing about it
03/02/2026, 18:02 - Tom: belay devices are friction brakes the belayer uses to hold the rope and catch a fall
03/02/2026, 18:03 - Maya: ok and what's a quickdraw vs a sling
03/02/2026, 18:04 - Tom: a quickdraw = two carabiners joined by a short sewn sling, clipped to bolts
03/02/2026, 18:05 - Ben: slings are loops of tape for anchors and extending runners
03/02/2026, 18:06 - Maya: how do you tie in
03/02/2026, 18:07 - Ben: tie in with a figure of eight knot through both tie-in points on the harness
"""

CHESS = """Messages and calls are end-to-end encrypted. No one outside of this chat can read them.
10/03/2026, 19:00 - Sam: what is castling again
10/03/2026, 19:01 - Ada: castling moves the king two squares towards a rook and the rook jumps over it
10/03/2026, 19:02 - Sam: whats en passant
10/03/2026, 19:03 - Ada: en passant lets a pawn capture a pawn that has just moved two squares past it
"""


def lead(notes: str, name: str, question: str) -> str | None:
    deck, index = imported(notes, "chat", name)
    asked = answer_question(deck, index, question)
    return asked.lead if asked.status == "answer" else None


def test_a_chat_question_without_its_mark_is_not_the_answer() -> None:
    assert lead(CLIMBING, "climbing.txt", "what does a belay device do") == (
        "belay devices are friction brakes the belayer uses to hold the rope and catch a fall"
    )
    assert lead(
        CLIMBING, "climbing.txt", "what is the difference between a quickdraw and a sling"
    ) == ("a quickdraw = two carabiners joined by a short sewn sling, clipped to bolts")


def test_the_reply_answers_not_the_question_repeated() -> None:
    assert lead(CHESS, "chess.txt", "what is castling") == (
        "castling moves the king two squares towards a rook and the rook jumps over it"
    )
    assert lead(CHESS, "chess.txt", "whats en passant") == (
        "en passant lets a pawn capture a pawn that has just moved two squares past it"
    )
