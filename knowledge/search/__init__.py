"""Search over a deck: `/explain` lookup, `/ask` question answering and autocomplete.

Build one `DeckIndex(deck)` per loaded deck and share it; it is read-only after construction.
"""

from knowledge.search._filler import plain_question
from knowledge.search._index import DeckIndex
from knowledge.search._types import Answer, Hit, HitKind, Lookup, Passage

__all__ = ["Answer", "DeckIndex", "Hit", "HitKind", "Lookup", "Passage", "plain_question"]
