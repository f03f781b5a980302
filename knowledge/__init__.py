"""Knowledge: the deck model, the YAML loader, importers and the search index. Imports no platform code."""

from knowledge.model import Deck, DeckQuestion, Fact, Term, Topic, cloze_answers, stable_id, strip_cloze

__all__ = [
    "Deck",
    "DeckQuestion",
    "Fact",
    "Term",
    "Topic",
    "cloze_answers",
    "stable_id",
    "strip_cloze",
]
