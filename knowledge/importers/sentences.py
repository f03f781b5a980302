"""Cutting a paragraph into sentences, one fact each: shared by the Markdown importer (paragraphs)
and the outline importer (hard-wrapped prose run back together)."""

from __future__ import annotations

import re

_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")
_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "st", "vs", "etc", "e.g", "i.e", "eg", "ie", "no", "approx", "ca"}
    | {"ch", "chap", "p", "pp", "vol", "fig", "cf", "sc", "l", "ll"}  # "(ch. 3)", "(p. 12)"
)
# "…Clean from my hand? (2.2)": where a quotation comes from ends its sentence, it is no sentence
_TRAILING_REFERENCE = re.compile(r"\([^()]{1,30}\)[.;]?\s*$")
_LONGEST_WORD = 40  # longer than any abbreviation, so a cut-off word is never mistaken for one


def split_sentences(text: str) -> list[str]:
    """A paragraph cut into sentences, one fact each ("Dr." or "J. F." do not end a sentence)."""
    pieces: list[str] = []
    start = 0
    for match in _SENTENCE_BREAK.finditer(text):
        # The word before the break, read from a short window: a paragraph of a thousand "Dr."s
        # would otherwise rescan everything since the last cut at each one.
        window = text[max(start, match.start() - _LONGEST_WORD) : match.start()]
        before = window.rsplit(None, 1)[-1].rstrip(".").lstrip("([\"“‘'").casefold()
        if len(before) <= 1 or before in _ABBREVIATIONS:
            continue
        if _TRAILING_REFERENCE.match(text, match.end()) or _inside_quotation(text, match.end()):
            continue
        pieces.append(text[start : match.start()].strip())
        start = match.end()
    pieces.append(text[start:].strip())
    return [piece for piece in pieces if piece]


def _inside_quotation(text: str, end: int) -> bool:
    """True when `text[:end]` leaves a quotation open: "\"I ain't got no people. I seen the
    guys…\"" is one quotation, not three facts."""
    before = text[:end]
    return before.count('"') % 2 == 1 or before.count("“") > before.count("”")
