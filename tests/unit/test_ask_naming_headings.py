""" "What is X?" where X is a heading that only names it (issue 13; heldout22's forensic outline):
"B. Locard's exchange principle" or "D. Chain of custody (continuity)" heads the lines saying
what it is, yet the heading itself was given as the answer, since its outline letter and its
bracketed second name made it more than an echo of the question. A short heading with no verb or
definition mark that names all the question asks about is answered by the line under it. Decks
of their own: falconry as a lettered outline and bookbinding as nested Markdown bullets."""

from __future__ import annotations

from bot.explain import answer_question
from tests.unit.asking import imported

FALCONRY = """FALCONRY - REVISION OUTLINE

I. MANNING AND TRAINING
   A. Manning (taming)
      1. Getting a new hawk used to people by carrying it on the fist for hours.
      2. Done in a quiet room at first, then outdoors.
   B. The creance
      1. A long light line tied to the jesses while the hawk learns to fly to the fist.
      2. Taken off once the hawk comes back every time.
   C. Weight control
      1. The hawk is weighed every day before flying.
      2. Flying weight is usually a little under its fat weight.

II. EQUIPMENT
   A. Jesses (leg straps)
      1. Soft leather straps on each leg that the falconer holds.
      2. Modern jesses have no slit, so they cannot snag on branches.
   B. Hood
      1. Covers the eyes so the hawk stays calm while travelling.
      2. The Dutch hood is the most common pattern.
"""

BOOKBINDING = """# Bookbinding

## Sewing
- Kettle stitch (catch stitch)
  - A stitch linking each signature to the one below it, at the head and the tail
  - Made with a small loop behind the previous station
- Signatures
  - Folded sheets sewn together as one unit
  - Usually four sheets, giving sixteen pages
- Supports for the spine
  - Tapes
  - Cords
  - Ribbons

## Covering
- Full binding
  - Leather covers the whole case, spine and boards
- Quarter binding
  - Leather on the spine only, cloth or paper on the boards
"""


def lead(notes: str, format: str, name: str, question: str) -> str | None:
    deck, index = imported(notes, format, name)
    asked = answer_question(deck, index, question)
    return asked.lead if asked.status == "answer" else None


def falconry(question: str) -> str | None:
    return lead(FALCONRY, "outline", "falconry.txt", question)


def bookbinding(question: str) -> str | None:
    return lead(BOOKBINDING, "markdown", "bookbinding.md", question)


def test_a_lettered_heading_naming_the_thing_is_answered_by_the_line_under_it() -> None:
    assert falconry("what is the creance") == (
        "A long light line tied to the jesses while the hawk learns to fly to the fist."
    )
    assert falconry("what are jesses") == "Soft leather straps on each leg that the falconer holds."


def test_a_bullet_naming_the_thing_with_a_second_name_is_answered_by_its_first_point() -> None:
    assert bookbinding("what is a kettle stitch") == (
        "A stitch linking each signature to the one below it, at the head and the tail"
    )
    assert bookbinding("what is a catch stitch") == (
        "A stitch linking each signature to the one below it, at the head and the tail"
    )
