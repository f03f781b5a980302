"""A big index's postings are laid out with numpy, a small one's in Python: both must make the
same index, bit for bit, or a deck would answer differently by its size."""

from __future__ import annotations

import random

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from knowledge.search import _bm25
from knowledge.search._bm25 import Field, FieldIndex
from knowledge.search._index import DeckIndex
from knowledge.uploads import UploadedDeck, read_upload

_WORDS = st.sampled_from(["mitosis", "cell", "spindle", "1066", "x", "anode", "ion", "salt"])
_FIELD = st.tuples(
    st.lists(_WORDS, max_size=6).map(tuple),
    st.sampled_from([1.0, 0.7, 0.35, 2.0]),
    st.integers(0, 3),
)
_DOCUMENTS = st.lists(st.lists(_FIELD, min_size=1, max_size=4), max_size=30)


def _state(index: FieldIndex) -> dict[str, object]:
    return index.__getstate__()


def _both(
    documents: list[list[Field]], monkeypatch: pytest.MonkeyPatch, counted: list[bool] | None
) -> tuple[dict[str, object], dict[str, object]]:
    monkeypatch.setattr(_bm25, "VECTORISED_FROM", 10**9)
    in_python = _state(FieldIndex(documents, counted, 0.5))
    monkeypatch.setattr(_bm25, "VECTORISED_FROM", 0)
    in_numpy = _state(FieldIndex(documents, counted, 0.5))
    return in_python, in_numpy


@settings(max_examples=60, deadline=None)
@given(documents=_DOCUMENTS, seed=st.integers(0, 1000))
def test_numpy_and_python_lay_out_the_same_postings(
    documents: list[list[Field]], seed: int
) -> None:
    counted = [random.Random(seed + n).random() < 0.7 for n in range(len(documents))]
    with pytest.MonkeyPatch.context() as monkeypatch:
        for chosen in (None, counted):
            in_python, in_numpy = _both(documents, monkeypatch, chosen)
            assert in_python == in_numpy


def test_a_flashcard_deck_answers_the_same_whichever_layout(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rows = [
        "Osmosis\tthe movement of water across a partially permeable membrane",
        "Diffusion\tthe net movement of particles from high to low concentration",
        "Active transport\tmovement against a concentration gradient, using energy from respiration",
        "Enzyme\ta biological catalyst that speeds up reactions without being used up",
        "Mitosis\tcell division that makes two identical daughter cells",
    ]
    read = read_upload("biology.tsv", "\n".join(rows).encode())
    assert isinstance(read, UploadedDeck)
    answers = []
    for threshold in (10**9, 0):
        monkeypatch.setattr(_bm25, "VECTORISED_FROM", threshold)
        index = DeckIndex(read.deck)
        answers.append(
            [
                index.ask("what moves water across a membrane?").passages,
                index.ask("what does an enzyme do").passages,
                index.lookup("mitosis").best,
                index.lookup("difusion").best,
            ]
        )
    assert answers[0] == answers[1]
    assert answers[0][2] is not None and answers[0][2].title == "Mitosis"
