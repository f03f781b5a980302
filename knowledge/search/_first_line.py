"""The first line under a title that names just what a "what is X?" question asks about.

Notes with deep headings put a technique's name in a heading and what it is on the line under it:

    ##### Perfect cadence
    - chord V moving to chord I at the end of a phrase
      - also called an authentic cadence

A knowledge organiser, a mind map and a lecture handout do the same with a section title or a
parent node. The heading says what is defined, the first line under it defines it; the lines after
it say more about it (another name, an example, a criticism), which is not what "what is a perfect
cadence?" asks. The first line may be a list item with sub-points, which the importer keeps as the
group heading of the lines under it: it is still the first line of the section.

A title is compared without its brackets ("Tierce de Picardie (TdP)", the parent a subtopic's
title names in brackets) and without years or dates ("Peasants' Revolt June 1524"): those say which
one or when, not what it is.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from knowledge.model import Fact
from knowledge.search._lemma import MONTH_NAMES, month_or_ordinal, number_forms
from knowledge.search._words import index_word, meaningful, surface_words

_BRACKETED = re.compile(r"\([^()]*(?:\([^()]*\)[^()]*)*\)")


def _plain(word: str) -> bool:
    """A word that names the thing, not a number, year, day or month of it."""
    return (
        not any(ch.isdigit() for ch in word)
        and not number_forms(word)
        and word not in MONTH_NAMES
        and month_or_ordinal(word) is None
    )


def title_words(title: str, brackets: bool = False) -> frozenset[str]:
    """What a title names, as index words: no numbers, years or months, and no brackets unless
    `brackets` (a list item's "Abiotic (non-living) factors" says what they are in them)."""
    named = title if brackets else _BRACKETED.sub(" ", title)
    return frozenset(index_word(word) for word in surface_words(named) if _plain(word))


def asked_words(asked: Iterable[str]) -> frozenset[str]:
    """What a question names, as index words: its words less question phrasing and numbers."""
    return frozenset(index_word(word) for word in meaningful(tuple(asked)) if _plain(word))


def names_just(title: str, asked: Iterable[str], brackets: bool = False) -> bool:
    """True when `title` names just what the question's folded words `asked` ask about. A title
    that is itself a question ("Why did Harold become king?") names no thing."""
    if title.rstrip().endswith("?"):
        return False
    named = title_words(title, brackets)
    return bool(named) and named == asked_words(asked)


def first_line(facts: tuple[Fact, ...], start: int, headings: dict[str, int]) -> int | None:
    """The id of a topic's first line, its facts numbered from `start`: the first fact, or the
    group heading over it when the first fact hangs under one (`headings`: a group heading's id,
    for those kept as lines). None when the first group heading is a title ("Examples")."""
    if not facts:
        return None
    group = facts[0].group
    if group is None:
        return start
    return headings.get(group)
