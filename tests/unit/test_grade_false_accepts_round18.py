"""False accepts an outside review found with a bare `grade()` (round 18), and their kin in other
subjects: a term with or without a negating prefix is its opposite, an everyday word typed for
the rarer term it looks like is a confusion, and a describing word of capacity ("sustainable")
alone names no term. Genuine slips of the same words stay accepted with the spelling shown."""

from __future__ import annotations

import pytest

from bot.grading import Verdict, grade


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("anaerobic digestion", "aerobic digestion"),
        ("anaerobic respiration", "aerobic respiration"),
        ("aerobic respiration", "anaerobic respiration"),
        ("anaerobic", "aerobic"),
        ("unsaturated fat", "saturated fat"),
        ("saturated", "unsaturated"),
        ("non-renewable energy", "renewable energy"),
        ("renewable", "non-renewable"),
        ("asexual reproduction", "sexual reproduction"),
        ("sexual reproduction", "asexual reproduction"),
        ("insoluble", "soluble"),
        ("soluble salt", "insoluble salt"),
        ("abiotic factor", "biotic factor"),
        ("irreversible reaction", "reversible reaction"),
        ("legal", "illegal"),
    ],
)
def test_a_term_and_its_negation_are_two_answers(expected: str, given: str) -> None:
    result = grade(expected, given)
    assert not result.correct, result
    assert result.verdict is Verdict.WRONG
    assert result.reason == f"Not quite — the answer is “{expected}”."


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("potable water", "portable water"),
        ("potable", "portable"),
        ("effect", "affect"),  # another word of English with a letter changed
        ("affect", "effect"),
    ],
)
def test_an_everyday_word_for_the_term_it_looks_like_is_wrong(expected: str, given: str) -> None:
    result = grade(expected, given)
    assert not result.correct, result
    assert result.verdict is not Verdict.TYPO


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("sustainable development", "sustainable"),
        ("renewable energy", "renewable"),
        ("atomic number", "atomic"),
    ],
)
def test_a_describing_word_alone_that_sorts_nothing_is_wrong(expected: str, given: str) -> None:
    result = grade(expected, given)
    assert not result.correct, result
    assert result.verdict is Verdict.WRONG


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("anaerobic", "anaerobik"),
        ("anaerobic respiration", "anarobic respiration"),
        ("potable", "potible"),
        ("potable water", "potible water"),
        ("unsaturated fat", "unsaturatted fat"),
        ("insoluble", "insolluble"),
        ("asexual reproduction", "asexual reproducton"),
        ("Speed", "Seed"),  # a letter dropped onto a word about as common: the hand's slip
        ("form", "from"),  # two letters swapped
    ],
)
def test_genuine_slips_stay_accepted(expected: str, given: str) -> None:
    result = grade(expected, given)
    assert result.correct, result
    assert result.verdict is Verdict.TYPO
    assert result.reason == f"Accepted — the spelling is “{expected}”."


def test_a_describing_word_that_says_which_still_answers_alone() -> None:
    # "thermal" sorts stores into a kind; "sustainable" only says what can be done to one
    assert grade("Thermal store", "thermal").correct
    assert grade("Continuous variation", "continuous").correct
