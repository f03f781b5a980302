"""Knowledge: the deck model, the YAML loader, importers and the search index. Imports no platform code."""

from knowledge.loader import DeckError, DeckProblem, check_deck, load_deck, parse_deck
from knowledge.model import (
    Deck,
    DeckQuestion,
    Fact,
    Term,
    Topic,
    cloze_answers,
    stable_id,
    strip_cloze,
)

__all__ = [
    "Deck",
    "DeckError",
    "DeckProblem",
    "DeckQuestion",
    "Fact",
    "Term",
    "Topic",
    "check_deck",
    "cloze_answers",
    "load_deck",
    "parse_deck",
    "stable_id",
    "strip_cloze",
]
