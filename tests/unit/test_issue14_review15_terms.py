"""Term questions whose options are read off the stem, and cases taken for terms (issue 14,
round-15 blind review class 1: A44, A12, A51).

- A44: "Which term means: “in the CNS, connects sensory to motor”?" offered relay, motor and
  sensory neurone: the definition names what sets two of the three apart, so the key comes out by
  elimination. A wrong term whose own words (beyond those it shares with the key) the definition
  all names is no option; with too few left the term is typed.
- A12, A51: "near object: ciliary muscles contract …" and "far object: …", indented under
  "Accommodation: changing the shape of the lens …", were asked as key terms ("What does “far
  object” mean?"): they are the cases of the term above, not terms of their own.

Notes written for these tests (electricity, waves), not the review decks."""

from __future__ import annotations

from bot.questions import QuestionKind
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck
from knowledge.text import fold
from tests.unit.questioning import every_question

CIRCUITS = """CIRCUITS

1. TYPES OF CIRCUIT
  - circuit types:
      - series circuit: components joined one after another in a single loop
      - parallel circuit: components joined on separate branches
      - mixed circuit: components joined partly in series and partly in parallel
  - a switch breaks the circuit so no current flows
"""

PHYSICS = """WAVES

1. REFRACTION
  Refraction: the change in direction of a wave as it crosses a boundary between materials
    - into a denser material: slows down, bends towards the normal
    - into a less dense material: speeds up, bends away from the normal
  Reflection: the wave bounces back from a boundary at the same angle
  Diffraction: the wave spreads out as it passes through a gap
  Normal: a line at right angles to the boundary where the wave meets it
"""


def _deck(text: str) -> Deck:
    return parse_deck(dump_deck(import_text(text, source_name="n.txt", format="outline")), "t")


def test_a_term_the_definition_names_is_no_wrong_option() -> None:
    asked = every_question(_deck(CIRCUITS), range(6), QuestionKind.DEFINITION_TO_TERM)
    mixed = [q for q in asked if fold(q.answers[0]) == "mixed circuit"]

    assert mixed  # still asked, typed if need be
    for question in mixed:
        options = {fold(option) for option in question.options}
        assert not options & {"series circuit", "parallel circuit"}, question


def test_the_cases_under_a_defined_term_are_not_asked_as_terms() -> None:
    asked = every_question(
        _deck(PHYSICS),
        range(6),
        QuestionKind.TERM_TO_DEFINITION,
        QuestionKind.DEFINITION_TO_TERM,
    )
    cases = {"into a denser material", "into a less dense material"}

    assert any(fold(q.answers[0]) == "refraction" or "Refraction" in q.prompt for q in asked)
    for question in asked:
        shown = {fold(text) for text in (*question.answers, *question.options)}
        assert not shown & cases, question
        assert "denser material" not in question.prompt, question
