"""Shared helpers of the /ask tests: a deck from notes (YAML or imported), indexed once per text,
and the fact an answer leads with."""

from __future__ import annotations

from functools import cache

from bot.explain import Asked
from knowledge.importers import dump_deck, import_text
from knowledge.loader import parse_deck
from knowledge.model import Deck
from knowledge.search import DeckIndex


@cache
def indexed(text: str) -> tuple[Deck, DeckIndex]:
    """A deck written in the project's YAML, and its index."""
    deck = parse_deck(text)
    return deck, DeckIndex(deck)


@cache
def imported(text: str, format: str, name: str) -> tuple[Deck, DeckIndex]:
    """Notes in another format taken in as an upload would be (import, then load), and the index."""
    deck = parse_deck(dump_deck(import_text(text, format=format, source_name=name)), name)
    return deck, DeckIndex(deck)


def lead_of(asked: Asked) -> str:
    """The fact an answer leads with; fails when /ask did not answer."""
    assert asked.status == "answer", asked.reply.fallback.plain
    assert asked.lead is not None
    return asked.lead
