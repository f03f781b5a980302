"""Round-10 review, class 4: table rows asked as lines ("Nitrates | making proteins for growth |
stunted growth _____", "1919 — Treaty of Versailles — _____"). A table is read as a table however
it is written (without outer pipes, without a rule under its header, in plain-text notes), and
each question on it reads as a sentence naming the row and the column; a line that still holds a
row's separators is not asked. Notes here are written for these tests (plant nutrients, the Weimar
Republic, the Cold War)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.questions import Question, QuestionGenerator
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck, Fact, Topic
from tests.unit import questioning

NO_OUTER_PIPES = """# Plants

## Nutrients

Nutrient | Use | Deficiency sign
--- | --- | ---
Nitrates | making proteins for growth | stunted growth
Phosphates | respiration and growth | poor root growth
Potassium | enzymes for photosynthesis | yellow leaves
Magnesium | making chlorophyll | yellow leaves between veins
"""

NO_RULE = """# Weimar Germany

## Key events

| Year | Event | Significance |
| 1919 | Treaty of Versailles | Germany lost 13% of its land |
| 1923 | Hyperinflation | savings were wiped out |
| 1924 | Dawes Plan | American loans helped recovery |
| 1929 | Young Plan | reparations were reduced |
"""

OUTLINE = """PLANT NUTRIENTS

1. Minerals
   | Nutrient | Use | Deficiency sign |
   | Nitrates | making proteins for growth | stunted growth |
   | Phosphates | respiration and growth | poor root growth |
   | Potassium | enzymes for photosynthesis | yellow leaves |
   | Magnesium | making chlorophyll | yellow leaves between veins |
2. Transport
   - Xylem carries water and minerals up from the roots.
   - Phloem carries sugars in both directions.
"""


def _deck(text: str, fmt: str) -> Deck:
    mapping = import_text(text, source_name="notes", format=fmt)
    return parse_deck(dump_deck(mapping), "notes.yaml")


def _asked(deck: Deck) -> list[Question]:
    return questioning.every_question(deck, range(3))


@pytest.mark.parametrize(
    ("text", "fmt", "expected"),
    [
        (NO_OUTER_PIPES, "markdown", "Nutrients: What is the use for Nitrates?"),
        (NO_RULE, "markdown", "Key events: What is the significance for Dawes Plan?"),
        (OUTLINE, "outline", "Minerals: Which nutrient has the use “making chlorophyll”?"),
    ],
    ids=["no-outer-pipes", "no-rule", "outline"],
)
def test_a_table_however_written_is_asked_cell_by_cell_in_sentences(
    text: str, fmt: str, expected: str
) -> None:
    asked = _asked(_deck(text, fmt))
    prompts = {q.prompt for q in asked}
    assert expected in prompts, sorted(prompts)
    for q in asked:
        assert "|" not in q.prompt, q.prompt
        assert " — " not in q.prompt, q.prompt  # never "1919 — Treaty of Versailles — _____"
        assert q.prompt.endswith(("?", ".", "”")) or q.kind.value == "matching", q.prompt
        # No header cell is asked as if it were a row: "Year — Event — _____" -> Significance.
        assert q.answers[0] not in {"Year", "Event", "Significance", "Nutrient", "Use"}, q.prompt


def test_a_line_still_holding_a_rows_separators_is_not_asked() -> None:
    topic = Topic(
        id="t",
        title="Nutrients",
        facts=(
            Fact("Nitrates | making proteins for growth | stunted growth"),
            Fact("Phosphates | respiration and growth | poor root growth"),
            Fact("Magnesium is needed to make chlorophyll in the leaves."),
        ),
    )
    deck = Deck(id="plants", title="Plants", topics=(topic,))
    asked = [q for seed in range(3) for q in QuestionGenerator(deck, seed=seed).all_candidates()]
    assert asked  # the sentence is still asked
    assert not [q.prompt for q in asked if "|" in q.prompt + q.source_fact]


def test_a_row_question_names_its_column_in_a_sentence() -> None:
    deck = questioning.imported_notes(
        Path(__file__).parents[1] / "data" / "stems" / "cold_war_tables.md"
    )
    prompts = {q.prompt for q in _asked(deck)}
    # Before: "The arms race: Hydrogen bomb — USA first: _____", "Conferences: Geneva — Year: _____".
    assert "The arms race: What is the USA first for Hydrogen bomb?" in prompts
    assert "Conferences: What are the leaders for Geneva?" in prompts
    assert not [p for p in prompts if " — " in p]
