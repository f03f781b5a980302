""" "What does X mean?" answered by the line giving the word's meaning (issue 13; heldout22's
ceramics and Viking notes): under "Sgraffito", the point 'The name comes from the Italian for
"scratched"' sat below "Cover the pot with a coloured slip, then scratch through it", and the
line saying how it is done was given as what the word means. A line that gives a word's meaning
("means", "meant", "literally", "Italian for", "from the Greek") in the context of what is asked
answers a question asking what it means. Decks of their own: fencing and ballet, both full of
French terms."""

from __future__ import annotations

from bot.explain import answer_question
from tests.unit.asking import imported

FENCING = """# Fencing

## Actions
- Riposte
  - An attack made straight after a successful parry
    - The word comes from the Italian for "reply"
- Lunge
  - The back leg drives the body forward onto the front foot
- Touché
  - Called when a hit lands on the target area
    - It is French for "touched"
"""

BALLET = """# Ballet technique

## Barre work
- Plié
  - Bending the knees with the legs turned out, heels down in first position
    - The word literally means "bent"
- Relevé
  - Rising onto the balls of the feet or onto pointe
- Port de bras
  - Exercises for the carriage of the arms
"""


def lead(notes: str, name: str, question: str) -> str | None:
    deck, index = imported(notes, "markdown", name)
    asked = answer_question(deck, index, question)
    return asked.lead if asked.status == "answer" else None


def test_what_a_word_means_is_the_line_giving_its_meaning() -> None:
    assert lead(FENCING, "fencing.md", "what does riposte mean") == (
        'The word comes from the Italian for "reply"'
    )
    assert lead(BALLET, "ballet.md", "what does plie mean") == 'The word literally means "bent"'


def test_what_a_thing_is_is_still_the_line_saying_what_it_is() -> None:
    assert lead(FENCING, "fencing.md", "what is a riposte") == (
        "An attack made straight after a successful parry"
    )
