"""Round-10 review, class 3: years that are no content. A year in brackets after a line's label
("Young Plan (1929): …") was blanked as if the line were about it, and biology notes that named
a discovery's year in passing were quizzed on it ("Mendel … published his work in _____").
Decks: notes written for these tests (`tests/data/stems/`) in four subjects."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.questions import Question, QuestionGenerator, QuestionKind
from bot.questions._dated import dated_share
from bot.questions._generator import turns_on_year
from knowledge.model import Deck
from tests.unit import questioning

NOTES = Path(__file__).parents[1] / "data" / "stems"
YEAR_KINDS = (QuestionKind.CLOZE, QuestionKind.CHOICE, QuestionKind.TRUE_FALSE)


def _deck(name: str) -> Deck:
    return questioning.imported_notes(NOTES / name)


def _asked(deck: Deck, *kinds: QuestionKind) -> list[Question]:
    return questioning.every_question(deck, range(3), *kinds)


@pytest.mark.parametrize("name", ["genetics_inheritance.txt", "electricity_circuits.md"])
def test_science_notes_are_never_quizzed_on_a_year_they_mention_in_passing(name: str) -> None:
    deck = _deck(name)
    asked = _asked(deck)
    assert not [q.prompt for q in asked if turns_on_year(q)]
    assert not [q for q in asked if q.kind is QuestionKind.CHRONOLOGY]
    # The lines that name a year are still asked about what they teach.
    dated = [q for q in asked if "Watson and Crick" in q.source_fact or "Faraday" in q.source_fact]
    assert dated or name != "genetics_inheritance.txt"
    for q in dated:
        assert q.answers[0] not in {"1953", "1831"}, q.prompt


@pytest.mark.parametrize(
    ("name", "label", "year"),
    [
        ("cold_war_tables.md", "Marshall Plan (1947)", "1947"),
        ("cold_war_tables.md", "Truman Doctrine (1947)", "1947"),
        ("economy_1970s.txt", "Oil Crisis (1973)", "1973"),
        ("economy_1970s.txt", "IMF loan (1976)", "1976"),
    ],
)
def test_the_year_of_a_label_is_not_blanked(name: str, label: str, year: str) -> None:
    asked = _asked(_deck(name), *YEAR_KINDS)
    on_line = [q for q in asked if label.split(" (", maxsplit=1)[0] in q.source_fact + q.prompt]
    assert on_line, label
    for q in on_line:
        assert "(_____)" not in q.prompt, q.prompt
        if q.kind is not QuestionKind.TRUE_FALSE:
            assert q.answers[0] != year, q.prompt
        else:  # nor changed in a true/false: "Oil Crisis (1975): …"
            assert label in q.prompt or f"({year})" not in q.source_fact, q.prompt


def test_a_history_decks_years_in_running_text_are_still_asked() -> None:
    asked = _asked(_deck("cold_war_tables.md"), QuestionKind.CLOZE, QuestionKind.CHOICE)
    assert any(q.answers[0] == "1961" and "Berlin Wall was built" in q.prompt for q in asked)


@pytest.mark.parametrize(
    "path",
    [
        NOTES / "economy_1970s.txt",
        NOTES.parent / "review" / "suffrage.txt",
        NOTES.parent / "yield" / "economics_markets.txt",
        NOTES.parent / "review" / "memory_psychology.txt",
    ],
    ids=lambda p: p.name,
)
def test_a_sample_turns_on_years_no_more_than_the_notes_do(path: Path) -> None:
    deck = questioning.imported_notes(path)
    share = min(0.3, dated_share(deck))
    for seed in range(3):
        sample = QuestionGenerator(deck, seed=seed).generate(60)
        assert sum(turns_on_year(q) for q in sample) <= 60 * share, path.name
