"""False accepts a blind review found (round 19), in other subjects: a term under the prefix
"ant-" is its opposite ("Arctic" for "Antarctic"), a word of English of its own that keeps a
longer word's letters in order is no contraction of it ("plate" for "particulate"), and in a
long phrase a short word with a letter added that makes a common word is that word ("Fibre"
for "Fire"). Contractions, slips and first names of the same shapes stay accepted."""

from __future__ import annotations

import pytest

from bot.grading import Verdict, grade


@pytest.mark.parametrize(
    ("expected", "given"),
    [
        ("Antarctic Circle", "Arctic Circle"),  # ant- makes the opposite, as anti-
        ("Antarctic Treaty", "Arctic Treaty"),
        ("antacid tablets", "acid tablets"),
        ("particulate matter", "plate matter"),  # a word of its own, not a contraction
        ("Pacific Ring of Fire", "Pacific Ring of Fibre"),  # a letter added makes a word
        ("Band of Brothers", "Bland of Brothers"),
    ],
)
def test_another_word_is_refused_with_the_answer_shown(expected: str, given: str) -> None:
    result = grade(expected, given)
    assert not result.correct, result
    assert result.verdict is Verdict.WRONG
    assert result.reason == f"Not quite — the answer is “{expected}”."


@pytest.mark.parametrize(
    ("expected", "given", "verdict"),
    [
        ("Department of Health", "Dept of Health", Verdict.ALIAS),  # contractions
        ("Local Government Act", "Local Govt Act", Verdict.ALIAS),
        ("Provisional Government", "Prov Government", Verdict.ALIAS),
        ("Pacific Ring of Fire", "Pacific Ring of Fiire", Verdict.TYPO),  # no word
        ("Pride and Prejudice", "Pride ad Prejudice", Verdict.TYPO),  # a letter left out
        ("Anne of Green Gables", "Ann of Green Gables", Verdict.TYPO),  # a first name
    ],
)
def test_short_forms_and_slips_stay_accepted(expected: str, given: str, verdict: Verdict) -> None:
    result = grade(expected, given)
    assert result.correct, result
    assert result.verdict is verdict
