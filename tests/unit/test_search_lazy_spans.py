"""A very big deck's /ask index finds a line's typed spans when the line is first a candidate
answer, key terms' lines included (a flashcard deck is a key term a card): the same spans, and so
the same answers, as finding them all at build time."""

from __future__ import annotations

from collections import defaultdict

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from benchmarks.bench_ask import DATA7, eval_deck, read_cases
from knowledge.model import Deck
from knowledge.search import DeckIndex, _ask
from knowledge.search._words import content_words
from knowledge.uploads import UploadedDeck, read_upload

_CASES = read_cases("cases.yaml") + read_cases("heldout7.yaml", DATA7)


def _by_deck() -> dict[str, list[str]]:
    asked: dict[str, list[str]] = defaultdict(list)
    for case in _CASES:
        asked[case.deck].append(case.ask)
    return asked


def _flashcards() -> Deck:
    """A flashcard TSV read as an upload is: each card a key term and its line."""
    cards = [
        ("Osmosis", "the movement of water across a partially permeable membrane"),
        ("Diffusion", "the spreading out of particles from high to low concentration"),
        ("Active transport", "movement against a concentration gradient using ATP"),
        ("Mitosis", "cell division giving two identical cells, described by Walther Flemming"),
        ("Enzyme", "a biological catalyst made of protein that works best at 37 °C"),
    ]
    text = "\n".join(f"{term}\t{meaning}" for term, meaning in cards)
    uploaded = read_upload("cards.tsv", text.encode())
    assert isinstance(uploaded, UploadedDeck), uploaded
    return uploaded.deck


def _both(deck: Deck, monkeypatch: pytest.MonkeyPatch) -> tuple[DeckIndex, DeckIndex]:
    eager = DeckIndex(deck)
    with monkeypatch.context() as patched:
        patched.setattr(_ask, "EAGER_SPAN_FACTS", -1)
        lazy = DeckIndex(deck)
    return eager, lazy


@pytest.mark.parametrize("name", sorted(_by_deck()))
def test_spans_found_later_answer_alike(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    deck, _ = eval_deck(name)
    eager, lazy = _both(deck, monkeypatch)
    for question in _by_deck()[name]:
        assert lazy.ask(question) == eager.ask(question), question
    search, lazy_search = eager._fact_search(), lazy._fact_search()
    for fact_id in range(len(search._contexts)):
        assert lazy_search._spans(fact_id) == search._spans(fact_id)


def test_a_cards_term_span_is_kept_when_found_later(monkeypatch: pytest.MonkeyPatch) -> None:
    deck = _flashcards()
    assert deck.terms
    eager, lazy = _both(deck, monkeypatch)
    lazy_search = lazy._fact_search()
    assert any(context.spans is None for context in lazy_search._contexts)
    terms = [
        i for i in range(len(lazy_search._contexts)) if ("term", 0, 7) in lazy_search._spans(i)
    ]
    assert terms  # "Osmosis: …" starts with its term, found on first use as at build time
    for fact_id in range(len(lazy_search._contexts)):
        assert lazy_search._spans(fact_id) == eager._fact_search()._spans(fact_id)
    for question in ("what is osmosis?", "what uses ATP?", "what works best at 37 °C?"):
        assert lazy.ask(question) == eager.ask(question)


_PIECES = st.sampled_from(
    [*"abcXYZ019 ,.'’:;-_()=éÉßﬁ\u00a0\u202fŁðñ?!\"&/", "don't", "didnt", "1,000", "can’t", "the"]
)


@settings(max_examples=2000, deadline=None)
@given(st.lists(_PIECES, max_size=12).map("".join), st.lists(_PIECES, max_size=12).map("".join))
def test_a_term_lines_words_are_its_terms_then_its_definitions(term: str, meaning: str) -> None:
    """/ask reads a key term's line "term: definition" as the term's words, then the
    definition's, which /explain has read already: the same words as reading the line."""
    assert content_words(f"{term}: {meaning}") == content_words(term) + content_words(meaning)
