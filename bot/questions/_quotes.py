"""A table cell's words put in quotes inside a question ("Which character has “…” under …?").

A cell that is itself a quotation ("“half spaniel and half lurcher”", a Google Docs or Word table
of key quotations) was wrapped again, and a student read ““half spaniel and half lurcher””. A cell
wholly in one pair of double quotes keeps that one pair (as curly quotes); one that quotes words
inside it is put in single quotes, as the quiz's hints already do.
"""

from __future__ import annotations

_OPENING = '“"„'
_CLOSING = '”"'
_DOUBLE = '“”"„'


def in_quotes(text: str) -> str:
    """`text` in quotes for a question, never in two pairs of them."""
    inner = text[1:-1]
    if (
        len(text) > 2
        and text[0] in _OPENING
        and text[-1] in _CLOSING
        and not any(mark in inner for mark in _DOUBLE)
    ):
        return f"“{inner.strip()}”"
    if any(mark in text for mark in "“”"):
        return f"‘{text}’"
    return f"“{text}”"
