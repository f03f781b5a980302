"""True/false flips that give themselves away, or are not plainly false, are not made (issue 14,
round 17 class 5).

Round 17 failed "Like poles attract, unlike poles attract" (the flip made both halves the
same), "richer, with lower wages" (self-contradicting), "Problem: jobs are seasonal and high
paid" (absurd as a problem), "a measure of how weak the magnetic field is" (a measure of how
strong is one of how weak) and list items as statements ("use a stronger magnet"). The notes
here are on urban geography and economics, written for the test.
"""

from __future__ import annotations

from pathlib import Path

from bot.questions import Question, QuestionKind
from tests.unit.questioning import every_question, imported_notes

NOTES = Path(__file__).resolve().parents[1] / "data" / "round17" / "urban_economy.notes.md"
SEEDS = range(1, 13)


def _statements() -> list[Question]:
    deck = imported_notes(NOTES)
    return every_question(deck, SEEDS, QuestionKind.TRUE_FALSE)


def _false_ones() -> list[str]:
    return [q.prompt for q in _statements() if q.answers == ("False",)]


def test_a_line_holding_both_of_a_pair_is_turned_both_ways() -> None:
    flipped = [p for p in _false_ones() if "Subsidies" in p]
    assert not any("increase supply, taxes on producers increase" in p for p in flipped)
    assert not any("decrease supply, taxes on producers decrease" in p for p in flipped)


def test_no_flip_contradicts_the_rest_of_its_line() -> None:
    assert not any("richer, with lower" in p for p in _false_ones())


def test_a_problem_or_advantage_is_not_turned() -> None:
    assert not any(
        "Problem: jobs in the city centre are temporary and high" in p for p in _false_ones()
    )
    assert not any("lower footfall" in p for p in _false_ones())


def test_a_measure_of_how_something_is_is_not_turned() -> None:
    assert not any("how high incomes are" in p for p in _false_ones())


def test_a_list_item_is_not_a_statement() -> None:
    items = ("build more park and ride schemes", "the parking charges", "a congestion charge")
    asked = [q.prompt for q in _statements() if any(item in q.source_fact for item in items)]
    assert not asked


def test_two_words_of_a_pair_joined_as_one_phrase_are_not_turned() -> None:
    # "between low and high" turned is "between high and low": the same statement
    assert not any("high and low" in p or "low and high" in p for p in _false_ones())


def test_lines_that_make_a_claim_are_still_asked() -> None:
    sources = {q.source_fact for q in _statements()}
    assert any("interest rates" in source or "taxes" in source for source in sources)


def test_a_long_lower_case_line_is_a_claim() -> None:
    # a plural subject's verb has no "-s": the line is still a statement, not a list item
    asked = [q.prompt for q in _statements() if "costs of producers" in q.source_fact]
    assert asked
    assert not any("raise the costs of producers and raise" in p for p in asked)
