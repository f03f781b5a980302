"""Words close in spelling that a teacher tells apart, or not: classes the round-21 blind review
and session 19's own probes found graded against the teacher (docs/quiz-review/21-findings.md,
s19-grading-probes.tsv), each checked on words of no review deck, with what the student reads.

- The word for the doer is no answer for the deed, nor the deed for the doer ("usurper" /
  "usurpation"), though a letter or two apart.
- A common word of English two edits from a rare term is the word the student knows, not a slip.
- In a phrase, a word written as it sounds ("royal ascent") is a slip whatever it spells, while
  terms told apart by a vowel or an ending stay apart.
"""

from __future__ import annotations

import pytest

from bot.grading import grade


@pytest.mark.parametrize(
    ("expected", "given", "reason"),
    [
        ("reformation", "reformer", "Not quite — “reformer” names who does it; the answer is “reformation”."),
        ("exploration", "explorers", "Not quite — “explorers” names who does it; the answer is “exploration”."),
        ("settler", "settlement", "Not quite — the answer names who does it: “settler”."),
    ],
)  # fmt: skip
def test_the_doer_is_no_answer_for_the_deed(expected: str, given: str, reason: str) -> None:
    result = grade(expected, given)
    assert not result.correct
    assert result.reason == reason


@pytest.mark.parametrize(
    ("expected", "given"),
    [("reformation", "reformations"), ("settler", "setler"), ("lustre", "luster")],
)
def test_the_deed_in_the_plural_or_mistyped_is_still_right(expected: str, given: str) -> None:
    assert grade(expected, given).correct


def test_a_common_word_two_edits_from_a_rare_term_is_another_word() -> None:
    result = grade("Strategoi", "Strategy")
    assert not result.correct
    assert result.reason == "Not quite — the answer is “Strategoi”."
    assert grade("Strategoi", "Stratgoi").correct  # one letter dropped: a slip


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Papal Bull", "papal bul"),
        ("Royal Assent", "royal ascent"),  # another word of English, heard alike
        ("Habeas Corpus", "Habeas Corpis"),
        ("Magna Carta", "Magna Charta"),
    ],
)
def test_a_word_of_a_phrase_written_as_it_sounds_is_a_slip(expected: str, given: str) -> None:
    result = grade(expected, given)
    assert result.correct, result
    assert result.reason == f"Accepted — the spelling is “{expected}”."


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("silver nitrate", "silver nitrite"),  # two anions
        ("liquid ethane", "liquid ethene"),  # told apart by a vowel
        ("potable water", "portable water"),
    ],
)
def test_terms_a_vowel_or_a_sound_tells_apart_stay_apart(expected: str, given: str) -> None:
    assert not grade(expected, given).correct
