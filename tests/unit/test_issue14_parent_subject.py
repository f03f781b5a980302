"""Lines under a long line of the notes are shown with that line's subject: "Before democracy
(Solon): set up the Council of _____", not "Before democracy: set up the Council of _____",
which a student could answer 500 from another reformer's council (round s17-quizb, Athens A60).
A heading too long to show was dropped whole, and with it who the lines are about. Notes
written for this test (ancient Egypt), not the review decks."""

from __future__ import annotations

from bot.questions import QuestionGenerator
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck

NOTES = """# The Amarna Period

## Religious change

- Akhenaten moved the royal court to a new city in the desert around 1346 BC
  - closed the temples of Amun at Thebes
  - built a capital called Akhetaten on empty land
  - worshipped a single sun god, the Aten
- His son Tutankhamun reversed the changes after a short reign of about ten years
  - reopened the temples of Amun at Thebes
  - moved the court back to Memphis
- the priests of Amun recovered their land and their wealth within a generation
- Religious festivals for the old gods were banned across the whole of Egypt
  - the festival of Opet was no longer held at Thebes
  - statues of Amun were defaced on royal orders
"""


def _deck() -> Deck:
    return parse_deck(dump_deck(import_text(NOTES, source_name="n.md", format="markdown")), "t")


def _prompts() -> dict[str, list[str]]:
    found: dict[str, list[str]] = {}
    for question in QuestionGenerator(_deck(), seed=0).all_candidates():
        found.setdefault(question.source_fact, []).append(question.prompt)
    return found


def test_a_line_under_a_long_line_names_its_subject() -> None:
    # A blank or a statement shows the line under its heading; "listed under" quotes it whole.
    asked = [
        prompt
        for prompt in _prompts()["built a capital called Akhetaten on empty land"]
        if "listed under" not in prompt
    ]

    assert asked
    for prompt in asked:
        assert "Religious change (Akhenaten):" in prompt, prompt


def test_a_long_line_opening_with_a_pronoun_names_nobody() -> None:
    prompts = [prompt for asked in _prompts().values() for prompt in asked]

    assert not any("(His" in prompt or "(His son" in prompt for prompt in prompts), prompts


def test_a_capitalised_common_word_opening_a_line_is_no_name() -> None:
    prompts = [prompt for asked in _prompts().values() for prompt in asked]

    assert not any("(Religious" in prompt for prompt in prompts), prompts
