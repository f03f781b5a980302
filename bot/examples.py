"""Examples drawn from the deck a chat studies, for help text, hints and error messages.

A chat on an uploaded biology deck must never be told "/quiz Berlin Wall 5": every example a reply
shows is picked from that chat's own deck (a short topic title, a key term, a person), so it works
when typed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from knowledge.headings import is_structural_title
from knowledge.model import Deck

_YEARS = re.compile(r"\s*\([^)]*\)\s*$")
_SHORT_WORDS = 3
_SHORT_CHARS = 28


@dataclass(frozen=True, slots=True)
class Examples:
    """`topic`: a title worth typing; `question`: an /ask that the notes answer; `answer`: a typed answer."""

    topic: str
    question: str
    answer: str


def examples_for(deck: Deck) -> Examples:
    """Examples from `deck`: the first short topic title (not a "Summary" or the deck's own title:
    a section of the notes), the first key term, the first person."""
    topic = _first_topic(deck)
    term = next((term.term for term in deck.terms if len(term.term) <= _SHORT_CHARS), None)
    question = f"what is {term}?" if term else f"what happened in {topic}?"
    person = next((p for t in deck.topics for p in t.people if len(p) <= _SHORT_CHARS), None)
    return Examples(topic=topic, question=question, answer=person or term or topic)


def _first_topic(deck: Deck) -> str:
    """The first short title (without its years), else the first title, else the deck's own; read
    in order only as far as the first short one (every /quiz start asks, and a deck may have
    10,000 topics)."""
    first: str | None = None
    for candidate in deck.topics:
        if is_structural_title(candidate.title, deck.title):
            continue
        title = _YEARS.sub("", candidate.title).strip() or candidate.title
        if len(title.split()) <= _SHORT_WORDS and len(title) <= _SHORT_CHARS:
            return title
        first = first or title
    return first or deck.title
