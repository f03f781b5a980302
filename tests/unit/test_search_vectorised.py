"""/explain on a big deck sums a common word's scores in numpy instead of walking its postings in
Python (`knowledge.search._lookup.VECTORISED_SCORING_FROM`): a student must get exactly the same
answer, candidates and scores either way.

The deck is a made-up chemistry flashcard set of a few hundred cards whose definitions share common
words ("acid", "salt", "used", "water"), so most queries touch hundreds of postings and rivals tie.
"""

from __future__ import annotations

import random
from functools import cache

import pytest

import knowledge.search._lookup as lookup_module
from knowledge.search import DeckIndex, Lookup
from knowledge.uploads import UploadedDeck, read_upload

_ELEMENTS = [
    "sodium",
    "potassium",
    "calcium",
    "magnesium",
    "iron",
    "copper",
    "zinc",
    "silver",
    "lead",
    "tin",
    "aluminium",
    "barium",
    "lithium",
    "nickel",
    "cobalt",
    "manganese",
    "chromium",
    "mercury",
]
_ANIONS = [
    "chloride",
    "sulfate",
    "nitrate",
    "carbonate",
    "phosphate",
    "bromide",
    "iodide",
    "acetate",
    "oxide",
]
_USES = (
    "used in fertilisers",
    "used to treat water",
    "used in glass making",
    "found in rocks as an ore",
    "added to food as a preservative",
    "used in batteries",
    "used as a pigment in paint",
    "dissolves in water to give an acid solution",
    "a white salt that dissolves in water",
    "made by neutralising an acid with a base",
)


@cache
def _chemistry() -> DeckIndex:
    rng = random.Random(15)
    rows = ["term\tdefinition"]
    for element in _ELEMENTS:
        for anion in _ANIONS:
            uses = " and ".join(rng.sample(_USES, 2))
            rows.append(f"{element} {anion}\tA salt of {element} and {anion} ions, {uses}.")
    uploaded = read_upload("salts.tsv", "\n".join(rows).encode())
    assert isinstance(uploaded, UploadedDeck), uploaded
    return DeckIndex(uploaded.deck)


def _queries() -> list[str]:
    rng = random.Random(7)
    queries = [
        "salt used in batteries",
        "acid solution",
        "white salt dissolves in water",
        "which salt is used to treat water",
        "ore found in rocks",
        "neutralising an acid with a base",
        "preservative",
        "pigment paint",
        "sodium",
        "chloride used in glass",
        "sodum chloride",  # a typo: corrected, then the blend
        "copper sulphate fertiliser",  # British spelling
        "salts of zinc",
    ]
    for _ in range(40):
        words = rng.sample(_ELEMENTS + _ANIONS + ["salt", "acid", "water", "used", "ions"], 3)
        queries.append(" ".join(words))
    return queries


def _answers(
    index: DeckIndex, monkeypatch: pytest.MonkeyPatch, threshold: int
) -> list[tuple[Lookup, list[tuple[int, float, str]]]]:
    """Each query's answer, and the whole ranking behind it (which entities made the cut of
    RANK_LIMIT, ties at the cut included)."""
    monkeypatch.setattr(lookup_module, "VECTORISED_SCORING_FROM", threshold)
    ranking = index._lookup.rank
    return [
        (index.lookup(query), [(s.entity, s.score, s.matched) for s in ranking(query)])
        for query in _queries()
    ]


def test_big_queries_get_the_same_answers_summed_in_numpy_as_walked_in_python(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    index = _chemistry()
    walked = _answers(index, monkeypatch, 10**12)
    summed = _answers(index, monkeypatch, 0)
    assert summed == walked
    # The table is not trivial: it holds matches, doubts and candidates lists.
    statuses = {answer.status for answer, _ in walked}
    assert {"match", "ambiguous"} <= statuses


def test_a_query_touching_many_postings_is_summed_in_numpy(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    index = _chemistry()
    monkeypatch.setattr(lookup_module, "VECTORISED_SCORING_FROM", 100)
    summed: list[int] = []
    original = lookup_module.TopicLookup._top_vectorised

    def spy(self: lookup_module.TopicLookup, *args: object) -> object:
        summed.append(1)
        return original(self, *args)  # type: ignore[arg-type]

    monkeypatch.setattr(lookup_module.TopicLookup, "_top_vectorised", spy)
    found = index.lookup("salt that dissolves in water used in batteries")
    assert summed, "a query over hundreds of postings should take the numpy path"
    assert found.candidates
