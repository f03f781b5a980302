"""Search over a deck: `/explain` lookup, `/ask` question answering and autocomplete.

Build one `DeckIndex(deck)` per loaded deck and share it; it is read-only after construction.
"""

from typing import TYPE_CHECKING

from knowledge.search._index import DeckIndex
from knowledge.search._types import Answer, Hit, HitKind, Lookup, Passage

if TYPE_CHECKING:
    from knowledge.search._filler import plain_question

__all__ = ["Answer", "DeckIndex", "Hit", "HitKind", "Lookup", "Passage", "plain_question"]


def __getattr__(name: str) -> object:
    """`plain_question` is imported when first asked for: only /ask needs it, and its patterns were
    part of every one-shot `studybot explain`'s start-up."""
    if name == "plain_question":
        from knowledge.search._filler import plain_question

        return plain_question
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
