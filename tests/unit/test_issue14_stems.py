"""Round-10 review, stems that give the answer away or leave it open (classes 1 and 2): a number
the rest of the stem works out ("1 _____ in 4 chance (25%)", "23 pairs (46 in total)", "2 Ω and
3 Ω make 5 Ω"), a code the stem spells ("one X and one Y chromosome (_____)"), one end of a range
("fell from _____ to 17%", "between 1949 and _____"). The decks are notes written for these
tests in three subjects (`tests/data/stems/`): inheritance, electricity, the British economy."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.questions import Question, QuestionKind
from knowledge.model import Deck
from tests.unit import questioning

NOTES = Path(__file__).parents[1] / "data" / "stems"
BLANKS = (QuestionKind.CLOZE, QuestionKind.CHOICE)


def _blanks(name: str) -> list[Question]:
    deck: Deck = questioning.imported_notes(NOTES / name)
    return questioning.every_question(deck, range(3), *BLANKS)


@pytest.fixture(scope="module")
def genetics() -> list[Question]:
    return _blanks("genetics_inheritance.txt")


@pytest.fixture(scope="module")
def electricity() -> list[Question]:
    return _blanks("electricity_circuits.md")


@pytest.fixture(scope="module")
def economy() -> list[Question]:
    return _blanks("economy_1970s.txt")


def _asked_on(questions: list[Question], line_start: str) -> set[str]:
    """The answers of the blanks asked on the line starting with `line_start`."""
    return {q.answers[0] for q in questions if q.source_fact.startswith(line_start)}


@pytest.mark.parametrize(
    ("line", "given"),
    [
        ("Each child of two carriers has a 1 in 4 chance (25%)", {"1", "4", "25%"}),
        ("The chance of a carrier child from two carriers is 2 in 4", {"2", "4", "50%"}),
        ("Each human body cell has 23 pairs of chromosomes (46", {"23", "46"}),
        ("Probability of a boy is 0.5 (1 in 2)", {"1", "2"}),
        ("Males have one X and one Y chromosome (XY)", {"XY"}),
        ("Females have two X chromosomes (XX)", {"XX"}),
        ("Two heterozygous parents (Bb x Bb) give offspring in a 3:1", {"3", "1"}),
        ("About 1 in 25 people", {"1"}),
    ],
)
def test_a_number_the_stem_works_out_is_not_blanked(
    genetics: list[Question], line: str, given: set[str]
) -> None:
    assert not _asked_on(genetics, line) & given, [
        q.prompt for q in genetics if q.source_fact.startswith(line)
    ]


@pytest.mark.parametrize(
    ("line", "given"),
    [
        ("In a series circuit the total resistance", {"2", "3", "5"}),
        ("A 12 V battery driving 3 A", {"12", "3", "4"}),
        ("Switching from filament lamps to LEDs cut", {"75%"}),
    ],
)
def test_sums_and_fractions_in_words_give_a_number_away(
    electricity: list[Question], line: str, given: set[str]
) -> None:
    assert not _asked_on(electricity, line) & given


@pytest.mark.parametrize(
    ("questions", "line", "ends"),
    [
        ("genetics", "Antibiotic resistance: the number of resistant", {"2%", "40%"}),
        ("electricity", "The resistance of an LDR falls from", {"10", "100"}),
        ("electricity", "A transformer at a substation", {"400,000", "230"}),
        ("economy", "Inflation rose from 8% in 1972", {"8%", "24%", "1972", "1975"}),
        ("economy", "Inflation fell from 18%", {"18%", "5%", "1980", "1983"}),
        ("economy", "Unemployment rose from 1.5 million", {"1.5 million", "3 million", "1983"}),
        ("economy", "The top rate of income tax", {"83%", "60%", "40%", "1988"}),
        ("economy", "The number of people owning shares", {"3 million", "9 million", "1979"}),
        ("economy", "The miners' strike lasted from", {"1984", "1985"}),
        ("economy", "Manufacturing's share of output", {"25%", "17%"}),
    ],
)
def test_neither_end_of_a_range_is_blanked(
    request: pytest.FixtureRequest, questions: str, line: str, ends: set[str]
) -> None:
    asked: list[Question] = request.getfixturevalue(questions)
    assert not _asked_on(asked, line) & ends, [
        q.prompt for q in asked if q.source_fact.startswith(line)
    ]


def test_numbers_nothing_gives_away_are_still_asked(
    genetics: list[Question], electricity: list[Question], economy: list[Question]
) -> None:
    assert "20,000" in _asked_on(genetics, "The human genome contains")
    assert "50" in _asked_on(electricity, "UK mains electricity is")
    assert "17%" in _asked_on(economy, "Interest rates were raised")
