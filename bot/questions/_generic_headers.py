"""Column headers that name no kind of thing: "Fact", "Detail", "Notes", "Key point".

A header such as "Port" or "Dangers" says what each of its cells is, so "What is the port for
IMAP?" reads as a question and the column's other cells are wrong answers of the same kind. A
header such as "Fact" only says that the cell holds something: "What is the fact for Distance?"
asks nothing a student can picture, and the column's other cells (a place, a reason, a date
range beside a distance) are of other kinds, so the key stands out by its kind alone (round 32,
deck A Q4, Q8, Q35, Q46). Such a header is never the thing a question asks for.
"""

from __future__ import annotations

import re

from knowledge.text import fold

# Nouns that only say "something is written here".
_EMPTY_NOUNS = frozenset(
    {
        "fact",
        "facts",
        "detail",
        "details",
        "info",
        "information",
        "note",
        "notes",
        "description",
        "descriptions",
        "point",
        "points",
        "comment",
        "comments",
        "remark",
        "remarks",
        "explanation",
        "explanations",
        "summary",
        "content",
        "contents",
        "entry",
        "entries",
        "value",
        "values",
        "item",
        "items",
        "text",
        "answer",
        "answers",
        "what",
        "know",
        "remember",
        "things",
        "thing",
    }
)
# Words that qualify such a noun without naming a kind: "Key point", "Main facts", "Extra info".
_EMPTY_QUALIFIERS = frozenset(
    {
        "key",
        "main",
        "important",
        "extra",
        "other",
        "more",
        "further",
        "general",
        "useful",
        "additional",
        "brief",
        "short",
        "quick",
        "basic",
        "my",
        "the",
        "to",
        "a",
        "and",
        "or",
        "need",
        "you",
        "i",
        "must",
        "should",
    }
)
_WORD = re.compile(r"[^\W\d_]+")


def names_no_kind(header: str | None) -> bool:
    """True for a header whose every word is an empty noun or its qualifier ("Fact", "Details",
    "Key point", "Notes / info", "What to remember"), with at least one such noun; False for one
    naming a kind ("Dangers / notes", "Distance", "Main exports")."""
    if header is None:
        return False
    words = _WORD.findall(fold(header))
    return any(word in _EMPTY_NOUNS for word in words) and all(
        word in _EMPTY_NOUNS or word in _EMPTY_QUALIFIERS for word in words
    )
