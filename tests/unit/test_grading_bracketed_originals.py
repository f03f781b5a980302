"""A thing's name in its own language, in brackets after it, is another name for it (round 25:
"wo dui" for "wet piling", "sha qing" for "fixing" refused): two or three short words of another
language (rare in English, mostly no English words) after the words they name, or at the end
of a glossary line, naming the line's term. A bracket that lists examples names none of them
("Herbal teas (rooibos, chamomile, peppermint)": "rooibos" is no other name of teas), and a
month is no name ("Riots of 9 Jan 1964 ("Martyrs' Day")")."""

from __future__ import annotations

import pytest

from bot.grading import Grader
from bot.questions import QuestionGenerator
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck

# Cheese making and horology, Markdown pages.
NOTES = """# Mountain cheeses
- Alpine herders make cheese in summer huts (malga alta) high on the pasture.
- **Tomme** – a small round cheese of the mountain pastures (toma di alpe)
- Washed-rind cheeses (Taleggio, Reblochon, Epoisses) smell strongly.
- Soft cheeses (brie, camembert, chaource) ripen from the rind inwards.

# Clocks of Japan
- Japanese temple clocks (wa dokei) kept unequal hours.
- **Wadokei** – a clock whose hours change length with the seasons (very old)
- Riots of 9 Jan 1964 ("Martyrs' Day") are in no deck of clocks.
"""


@pytest.fixture(scope="module")
def grader() -> Grader:
    deck = parse_deck(dump_deck(import_text(NOTES, format="markdown", source_name="alps.md")))
    return Grader(QuestionGenerator(deck).entities())


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("summer huts", "malga alta"),  # after the words it names
        ("Tomme", "toma di alpe"),  # ending a glossary line: the line's term
        ("Japanese temple clocks", "wa dokei"),
    ],
)
def test_a_name_in_its_own_language_is_right(grader: Grader, expected: str, given: str) -> None:
    result = grader.grade(expected, given)
    assert result.correct, result.reason
    assert result.reason == f"Accepted — also known as “{expected}”."


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Soft cheeses", "brie"),  # one example of a list in brackets
        ("Washed-rind cheeses", "Taleggio"),
        ("Wadokei", "very old"),  # English words: a comment, no name
        ("Jan", "Martyrs' Day"),  # a month is no name
    ],
)
def test_examples_comments_and_months_are_no_other_name(
    grader: Grader, expected: str, given: str
) -> None:
    result = grader.grade(expected, given)
    assert not result.correct, result.reason


# Cheese making and falconry: a common name of three words, its scientific name in brackets.
PESTS = """# Pests and moulds
- Cheese stores are kept clean of the cheese skipper fly (Piophila casei).
- Hawks are treated for the red mite (Dermanyssus) in summer.
"""


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Piophila casei", "cheese skipper fly"),  # the common name whole
        ("Dermanyssus", "red mite"),
    ],
)
def test_a_scientific_name_in_brackets_names_the_whole_common_name(
    expected: str, given: str
) -> None:
    deck = parse_deck(dump_deck(import_text(PESTS, format="markdown", source_name="pests.md")))
    result = Grader(QuestionGenerator(deck).entities()).grade(expected, given)
    assert result.correct, result.reason
