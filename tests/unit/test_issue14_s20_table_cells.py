"""A table's cells asked one by one when a deck is short of questions (session 20, issue 14,
class a): a table was asked about once per row, so a handout with a table of six rows and three
columns gave six of its eighteen facts, and a quiz of 60 fell short (each missing question counts
as unsound). A quiz the deck can fill still asks each row once; no cell is ever asked twice.
Notes written for these tests (the planets), not a review deck."""

from __future__ import annotations

from collections import Counter

from bot.questions import Question, QuestionGenerator, QuestionKind
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck

PLANETS = """# The outer planets

## Exploration
- Pioneer 10 was the first probe to cross the asteroid belt, in 1972
- Voyager 2 is the only probe to have visited Uranus and Neptune
- The Cassini probe ended its mission by diving into Saturn in 2017

## Planet facts
| Planet | Moons found | Day length | Discovered by |
|---|---|---|---|
| Jupiter | 95 | 10 hours | known since ancient times |
| Saturn | 146 | 11 hours | known to the ancients |
| Uranus | 28 | 17 hours | William Herschel |
| Neptune | 16 | 16 hours | Urbain Le Verrier |
"""

COLUMNS = ("moons found", "day length", "discovered by")


def _deck() -> Deck:
    return parse_deck(
        dump_deck(import_text(PLANETS, source_name="planets.md", format="markdown")), "t"
    )


def _cells(batch: list[Question]) -> list[tuple[str, str]]:
    """The (row, column) each single-cell table question asks about."""
    found = []
    for q in batch:
        if "Planet:" not in q.source_fact or q.kind is QuestionKind.MATCHING:
            continue
        shown = (q.prompt + " " + " ".join(q.options)).lower()
        columns = [c for c in COLUMNS if c in shown] or ["?"]
        found.append((q.source_fact, columns[0]))
    return found


def test_a_short_deck_asks_a_row_about_more_than_one_of_its_cells() -> None:
    for seed in range(3):
        batch = QuestionGenerator(_deck(), seed=seed).generate(60)
        rows = Counter(row for row, _ in _cells(batch))

        assert max(rows.values()) >= 2


def test_no_cell_is_asked_twice() -> None:
    for seed in range(3):
        cells = _cells(QuestionGenerator(_deck(), seed=seed).generate(60))

        assert len(cells) == len(set(cells)), cells


def test_a_quiz_the_deck_can_fill_asks_each_row_once() -> None:
    for seed in range(3):
        rows = Counter(row for row, _ in _cells(QuestionGenerator(_deck(), seed=seed).generate(4)))

        assert all(count == 1 for count in rows.values())
