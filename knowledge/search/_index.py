"""`DeckIndex`: everything searchable in one deck, built once when the deck is loaded."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING

from knowledge.model import Deck
from knowledge.search._lookup import TopicLookup
from knowledge.search._suggest import Suggester
from knowledge.search._types import Answer, Hit, Lookup
from knowledge.search._words import TextWords

if TYPE_CHECKING:
    from knowledge.search._ask import FactSearch

DEFAULT_SUGGESTIONS = 25
FREEZE_MIN_FACTS = 5000


class DeckIndex:
    """Lookup (`/explain`), question answering (`/ask`) and autocomplete over one deck.

    Building reads every name and fact once (about a second for a 10,000-topic deck); queries then
    touch only precomputed lists and posting lists. Read-only after construction, so one index can
    serve many chats at once.
    """

    __slots__ = ("_ask", "_lookup", "_suggest", "deck")

    def __init__(self, deck: Deck, *, eager: bool = True) -> None:
        """`eager` False leaves the /ask index to its first question and autocomplete's names to
        its first prefix: a one-shot `studybot explain` then pays only for the lookup. A server
        keeps it eager (built once, off the event loop)."""
        if not isinstance(deck, Deck):
            raise TypeError(f"DeckIndex needs a knowledge.model.Deck, not {type(deck).__name__}")
        self.deck = deck
        self._ask: FactSearch | None = None
        with _collector_paused(freeze=sum(len(t.facts) for t in deck.topics) >= FREEZE_MIN_FACTS):
            text_words = TextWords()  # shared by both indexes, dropped after the build
            self._lookup = TopicLookup(deck, text_words)
            self._suggest: Suggester | None = None
            if eager:
                self._ask = _fact_search(deck, self._lookup, text_words)
                self._suggest = Suggester(self._lookup)

    def _fact_search(self) -> FactSearch:
        if self._ask is None:
            self._ask = _fact_search(self.deck, self._lookup, TextWords())
        return self._ask

    def lookup(self, query: str) -> Lookup:
        """The topic or key term `query` names: "match", "ambiguous" (did you mean…) or "none"."""
        _require_text(query, "query")
        return self._lookup.lookup(query)

    def ask(self, question: str, k: int = 3) -> Answer:
        """Up to `k` facts answering `question`, best first; else "none" and what is closest."""
        _require_text(question, "question")
        if isinstance(k, bool) or not isinstance(k, int) or k < 1:
            raise ValueError(f"k must be a positive whole number, not {k!r}")
        from knowledge.search._filler import plain_question  # here: /explain never needs it

        question = plain_question(question)  # "um so like whats a synapse" -> "what is a synapse"
        answer = self._fact_search().ask(question, k)
        if answer.status == "none":
            closest = answer.closest or self._lookup.closest(question)
            return Answer("none", (), closest, answer.kind)
        return answer

    def suggest(self, prefix: str, limit: int = DEFAULT_SUGGESTIONS) -> list[Hit]:
        """Autocomplete: up to `limit` topics and terms for a partly typed (or misspelt) query."""
        _require_text(prefix, "prefix")
        if isinstance(limit, bool) or not isinstance(limit, int) or limit < 0:
            raise ValueError(f"limit must be a whole number ≥ 0, not {limit!r}")
        if self._suggest is None:
            self._suggest = Suggester(self._lookup)
        return self._suggest.suggest(prefix, limit)


def _fact_search(deck: Deck, lookup: TopicLookup, text_words: TextWords) -> FactSearch:
    # Imported here: `studybot explain` never loads the /ask machinery (nor its lemmatizer).
    from knowledge.search._ask import FactSearch

    return FactSearch(deck, lookup.vocabulary, text_words)


@contextmanager
def _collector_paused(freeze: bool) -> Iterator[None]:
    """Keep Python's cyclic garbage collector off the index: paused while building, then (for a
    big deck) the index, and whatever else lives now, moved to the collector's permanent generation.

    A big deck's build makes hundreds of thousands of small objects, none of them cyclic, that live
    as long as the deck is loaded. With the collector on, it would re-scan them during the build
    (more than doubling its time) and again during queries (a latency spike whenever a collection
    runs). A small deck's index is too small for either to matter, so it is not frozen.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if freeze:
            gc.freeze()
        if was_enabled:
            gc.enable()


def _require_text(value: object, name: str) -> None:
    if not isinstance(value, str):
        raise TypeError(f"{name} must be text (str), not {type(value).__name__}")
