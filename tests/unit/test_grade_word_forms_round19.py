"""Word forms a teacher takes for the key (round 19: "stress-diathesis model" for
"diathesis-stress model", "cultural bias" for "culture bias", "Stephenson's Rocket" for "Rocket"
where the notes name George Stephenson were refused). Rules for any subject: two things a key
joins with a hyphen read either way round; a noun before the head noun may be its describing
word and back; the maker's name before a name, with "'s", says whose it is."""

from __future__ import annotations

import pytest

from bot.grading import Grader, grade

# Economics and history decks, with the words each rule must not open up.
ECONOMICS = Grader(["cost-benefit analysis", "push-pull factors", "economic migrant", "refugee"])
RAILWAYS = Grader(
    ["Rocket", "George Stephenson", "Robert Stephenson", "Locomotion", "Puffing Billy"]
)


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("diathesis-stress model", "stress-diathesis model"),
        ("diathesis-stress model", "stress diathesis model"),
        ("cost-benefit analysis", "benefit-cost analysis"),
        ("push-pull factors", "pull-push factors"),
        ("Molotov-Ribbentrop Pact", "Ribbentrop-Molotov Pact"),
    ],
)
def test_the_halves_of_a_hyphened_pair_turned_round(expected: str, given: str) -> None:
    result = ECONOMICS.grade(expected, given)
    assert result.correct
    assert result.reason == f"Accepted — usually written “{expected}”."


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("wave-cut platform", "cut-wave platform"),  # a short half says what the other does
        ("phosphate rock", "rock phosphate"),  # no hyphen: the words keep their places
        ("U-2 incident", "2-U incident"),
        ("diathesis-stress model", "stress-diathesis theory"),  # another head noun too
    ],
)
def test_other_words_turned_round_stay_wrong(expected: str, given: str) -> None:
    result = grade(expected, given)
    assert not result.correct
    assert result.reason == f"Not quite — the answer is “{expected}”."


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("culture bias", "cultural bias"),
        ("economic migrant", "economy migrant"),
        ("national park", "nation park"),
    ],
)
def test_a_noun_before_the_head_as_its_describing_word_or_back(expected: str, given: str) -> None:
    result = ECONOMICS.grade(expected, given)
    assert result.correct
    assert result.reason == f"Accepted — the notes say “{expected}”."


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("economic migrant", "economical migrant"),  # two describing words: another meaning
        ("historic building", "historical building"),
        ("culture bias", "cultural shock"),  # another head noun
    ],
)
def test_other_describing_words_stay_wrong(expected: str, given: str) -> None:
    assert not grade(expected, given).correct


def test_the_makers_name_before_a_name_says_whose_it_is() -> None:
    result = RAILWAYS.grade("Rocket", "Stephenson's Rocket")
    assert result.correct
    assert result.reason == "Accepted — the answer is “Rocket”."
    assert RAILWAYS.grade("Rocket", "Robert Stephenson's Rocket").correct
    wrong = RAILWAYS.grade("Rocket", "Stephenson Rocket")  # no "'s": a name of another entity
    assert not wrong.correct
    assert wrong.reason == "Not quite — the answer is “Rocket”."
    assert not RAILWAYS.grade("Rocket", "Stephenson").correct
