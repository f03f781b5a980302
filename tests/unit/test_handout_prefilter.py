"""A sentence is looked for document labels only when it holds a word a label opens with
(`_may_hold_labels`): the answer must be the expression's own on any text, labels or not."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from bot.questions._handout import _LABELS, _may_hold_labels, is_handout_line

_PIECES = [
    "Year 11",
    "yr 9b",
    "KS3",
    "ks 4",
    "Key Stage 2",
    "A-level",
    "AS level",
    "a level",
    "GCSE",
    "Cambridge  IGCSE",
    "İB",
    "ıgcse",
    "Spec ref",
    "specification point",
    "Higher tier",
    "revision notes",
    "Study guide",
    "knowledge organiser",
    "cheat sheet",
    "Paper 2",
    "Unit IV",
    "topics 3 and 4",
    "National 5",
    "handout",
    "_year 5",
    "2year 5",
    "AQA",
    "Aqa",
    "Term 2",
    "photosynthesis",
    "the",
    "and",
    " ",
    ", ",
    "-",
    "(",
    ")",
    ".",
    "ſtudy guide",
    "\u212aS3",
]


@given(st.lists(st.sampled_from(_PIECES), max_size=8).map(" ".join) | st.text(max_size=30))
def test_the_prefilter_never_hides_a_label(sentence: str) -> None:
    if _LABELS.search(sentence):
        assert _may_hold_labels(sentence), sentence


def test_each_label_alone() -> None:
    found = [piece for piece in _PIECES if _LABELS.search(piece)]
    assert len(found) > 20
    for piece in found:
        assert _may_hold_labels(piece), piece


def test_labels_are_still_found() -> None:
    assert is_handout_line("Revision notes – Year 11 (AQA Topics 2 and 3)")
    assert is_handout_line("KS3 Science")
    assert not is_handout_line("Photosynthesis: the making of sugar from light")
