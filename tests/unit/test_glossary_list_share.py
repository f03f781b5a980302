"""A section is a glossary list when most of its terms read as definitions (`_glossary_lists`).
The share is counted only until it is reached or can no longer be (`_mostly_defined`: a
flashcard deck is one list of 44,000 terms), so the answer must be the full count's at every
size and mix, the threshold's edge included."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.questions._aspect_labels import (
    _LIST_DEFINED_SHARE,
    _mostly_defined,
    _reads_as_definition,
)
from knowledge.model import Term

# Definitions a glossary writes, and lines that say something of their label instead.
_DEFINING = (
    "the force of gravity on a mass",
    "a group of families who shared land",
    "lines joining places of equal pressure",
)
_TELLING = (
    "died in Scarborough in 1849",
    "about 164 km² of desert",
    "Pliny the Younger watched the eruption",
)


def _terms(pattern: list[bool]) -> list[Term]:
    return [
        Term(id=f"t{i}", term=f"Term {i}", definition=(_DEFINING if d else _TELLING)[i % 3])
        for i, d in enumerate(pattern)
    ]


@settings(max_examples=500)
@given(st.lists(st.booleans(), max_size=40))
def test_the_share_is_the_full_counts(pattern: list[bool]) -> None:
    terms = _terms(pattern)
    full = sum(_reads_as_definition(term.definition) for term in terms)
    assert _mostly_defined(terms) == (full >= _LIST_DEFINED_SHARE * len(terms))


def test_the_threshold_edge() -> None:
    assert _mostly_defined(_terms([True] * 8 + [False] * 2))  # 80 %: a list
    assert not _mostly_defined(_terms([True] * 7 + [False] * 3))  # 70 %: not
    assert not _mostly_defined(_terms([False] * 3 + [True] * 9))  # 75 %, the misses first
    assert _mostly_defined(_terms([False] + [True] * 4))  # 80 %, a miss first
