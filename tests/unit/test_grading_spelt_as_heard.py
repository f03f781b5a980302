"""A word spelt as it sounds, "f" for "ph", is one slip of it (issue 14, round-16 grading probe
A01 with the deck's entities: "chromatografy" was refused as looking as much like "Chromatogram"
as "chromatography", two letters from each). The two spellings are one sound, so the slip is
counted as one edit, and a word that differs otherwise stays as far as it was."""

from __future__ import annotations

import pytest

from bot.grading import Verdict, grade


@pytest.mark.parametrize(
    ("expected", "given", "others"),
    [
        ("photosynthesis", "fotosynthesis", ()),
        ("chromatography", "chromatografy", ("Chromatogram", "Chromatography")),
        ("telephone", "telefone", ()),
        ("Philip", "Filip", ()),
    ],
)
def test_f_for_ph_is_one_slip(expected: str, given: str, others: tuple[str, ...]) -> None:
    result = grade(expected, given, others=others)
    assert result.correct, result
    assert result.verdict is Verdict.TYPO


@pytest.mark.parametrize(
    ("expected", "given", "others"),
    [
        ("chromatography", "chromatogram", ("Chromatogram", "Chromatography")),
        ("photosynthesis", "fotosinthasis", ()),  # more than the sound changed
        ("graph", "grafe", ()),
    ],
)
def test_other_changes_still_count(expected: str, given: str, others: tuple[str, ...]) -> None:
    assert not grade(expected, given, others=others).correct
