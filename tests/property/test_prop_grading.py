"""Property tests for `grade`: no crash on any unicode, a number is never accepted for another
number, and grading is stable under the normalisation a student's typing goes through."""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from bot.grading import grade
from knowledge.text import fold
from tests.counts import count

ANSWERS = st.text(min_size=1, max_size=60).filter(lambda value: fold(value) != "")
NUMBERS = st.integers(min_value=0, max_value=10**9)


@given(st.one_of(ANSWERS, st.lists(ANSWERS, min_size=1, max_size=4)), st.text(max_size=200))
def test_any_unicode_is_graded_without_a_crash(expected: str | list[str], given_text: str) -> None:
    count("property: answers graded")
    result = grade(expected, given_text)
    assert isinstance(result.correct, bool)
    assert result.reason


@given(NUMBERS, NUMBERS, st.sampled_from(["{}", "{:,}", " {} ", "{} people"]))
def test_numbers_are_never_fuzzy(right: int, typed: int, shape: str) -> None:
    assume(right != typed)
    count("property: answers graded")
    assert not grade(str(right), shape.format(typed)).correct
    assert grade(str(right), shape.format(right).replace(" people", "")).correct


@given(ANSWERS)
def test_the_expected_answer_is_always_right_however_it_is_cased_or_spaced(answer: str) -> None:
    count("property: answers graded")
    assert grade(answer, answer).correct
    assert grade(answer, f"  {answer.upper()}  ").correct == grade(answer, answer.upper()).correct


@given(st.text(max_size=200))
def test_folding_is_stable(value: str) -> None:
    once = fold(value)
    assert fold(once) == once
