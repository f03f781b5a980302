"""A slip that spells another word, told apart as a teacher does (round 20: "quarts" for quartz,
"dike" for dyke and "neiss" for gneiss refused; "magnesite" for magnetite and "carbonisation"
for carbonation accepted).

- A word that sounds as the answer does, with the same vowels, is the answer spelt as heard:
  accepted whatever word it happens to spell, and a silent first letter may go.
- A word in use that ends as the answer does, and is about as common, is another term of the
  same kind (two minerals, two processes, two enzymes): refused, and the student reads that it
  is another word.
- Two words with other vowels stay two terms, whatever they sound like ("alkane" / "alkene").
"""

from __future__ import annotations

import pytest

from bot._spelling import same_sound, term_of_its_own
from bot.grading import Grader, grade


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("siphon", "syphon"),  # chemistry apparatus, "y" for "i"
        ("knuckle", "nuckle"),  # anatomy: the silent first letter left out
        ("wrist", "rist"),
        ("pneumatic", "neumatic"),
    ],
)
def test_a_word_spelt_as_it_sounds_is_accepted(expected: str, given: str) -> None:
    result = grade(expected, given)
    assert result.correct, result
    assert result.reason == f"Accepted — the spelling is “{expected}”."


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("alkene", "alkane"),
        ("stationary", "stationery"),
        ("cellulose", "cellulase"),  # a polysaccharide and the enzyme that breaks it down
    ],
)
def test_another_vowel_is_another_term(expected: str, given: str) -> None:
    result = grade(expected, given)
    assert not result.correct
    assert result.reason == f"Not quite — “{given}” is another word; the answer is “{expected}”."


def test_a_term_of_its_own_with_the_same_ending_is_refused() -> None:
    # Geology and chemistry beyond the review's decks: "dolomite" and "stalagmite" are terms,
    # and so is "magnesite" though the dictionary lacks it.
    assert term_of_its_own("magnesite", "magnetite")
    assert term_of_its_own("carbonization", "carbonation")  # wordfreq's -ize spelling counted
    result = grade("stalactite", "stalagmite")
    assert not result.correct
    assert "another word" in result.reason


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("seperate", "separate"),  # a misspelling in use is far rarer than the word
        ("brimley", "brumley"),  # a surname's look-alike: no dictionary word has rivals here
        ("galina", "galena"),  # the slip changes the ending
        ("flourite", "fluorite"),  # in no word list
        ("flourine", "fluorine"),  # "-our" read as British would make it "florine", a word
    ],
)
def test_a_misspelling_is_no_term_of_its_own(given: str, expected: str) -> None:
    assert not term_of_its_own(given, expected)


def test_same_sound_needs_the_same_vowels() -> None:
    assert same_sound("syphon", "siphon")
    assert not same_sound("nitrite", "nitrate")  # one Metaphone key, two anions
    assert not same_sound("ethanal", "ethanol")


def test_a_homophone_that_is_another_answer_of_the_deck_is_still_refused() -> None:
    grader = Grader(["siphon", "syphon", "condenser"])  # the notes name both (two things)
    result = grader.grade("siphon", "syphon")
    assert not result.correct
    assert result.reason == "Not accepted — “syphon” is another answer in these notes; " + (
        "we wanted “siphon”."
    )
