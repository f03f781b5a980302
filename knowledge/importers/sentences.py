"""Cutting a paragraph into sentences, one fact each: shared by the Markdown importer (paragraphs)
and the outline importer (hard-wrapped prose run back together).

Hand-written rather than pysbd (the maintained rule-based splitter on PyPI): measured on notes'
sentences, pysbd cuts "c. 1200", "approx. 5 km", "vol. 2" and "Henry VIII. was" in two, and took
about 20 s for 100 kB of text where this takes well under a second, in time linear in the text.
"""

from __future__ import annotations

import re

_SENTENCE_BREAK = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“‘(]?[A-Z0-9])")
_ABBREVIATIONS = frozenset(
    {"mr", "mrs", "ms", "dr", "st", "vs", "etc", "e.g", "i.e", "eg", "ie", "no", "approx", "ca"}
    | {"ch", "chap", "p", "pp", "vol", "fig", "cf", "sc", "l", "ll"}  # "(ch. 3)", "(p. 12)"
    # titles and ranks before a name ("Gen. Gordon", "Prof. Yonath", "Mt. Fuji")
    | {"prof", "gen", "col", "capt", "cpt", "lt", "sgt", "adm", "gov", "pres", "rev", "hon", "fr"}
    | {"sr", "jr", "mt", "ft", "fl", "est", "al", "viz", "nr", "dept", "univ"}
    # months before a year or a day ("4 Jan. 1809")
    | {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"}
)
# A regnal number after a name ("Constantine V.", "Louis XIV."): read as part of the name, since a
# sentence wrongly cut there loses its subject, and one wrongly kept whole only runs on.
_REGNAL = re.compile(r"[IVXL]{1,7}")
# "U.S.", "a.m.", "B.C.": letters with a stop after each
_DOTTED = re.compile(r"(?:[A-Za-z]{1,2}\.){1,4}[A-Za-z]{1,2}")
# "…Clean from my hand? (2.2)": where a quotation comes from ends its sentence, it is no sentence
_TRAILING_REFERENCE = re.compile(r"\([^()]{1,30}\)[.;]?\s*$")
_LONGEST_WORD = 40  # longer than any abbreviation, so a cut-off word is never mistaken for one


def split_sentences(text: str) -> list[str]:
    """A paragraph cut into sentences, one fact each ("Dr.", "c.", "J. F.", "Constantine V." and
    "U.S." do not end a sentence)."""
    pieces: list[str] = []
    start = 0
    quotes = _Quotes(text)
    for match in _SENTENCE_BREAK.finditer(text):
        # The words before the break, read from a short window: a paragraph of a thousand "Dr."s
        # would otherwise rescan everything since the last cut at each one.
        window = text[max(start, match.start() - _LONGEST_WORD) : match.start()].split()
        if _abbreviated(window):
            continue
        if _TRAILING_REFERENCE.match(text, match.end()) or quotes.open_at(match.end()):
            continue
        pieces.append(text[start : match.start()].strip())
        start = match.end()
    pieces.append(text[start:].strip())
    return [piece for piece in pieces if piece]


def ends_in_abbreviation(before: str) -> bool:
    """Whether the stop that closes `before` (text up to and including a ".") belongs to an
    abbreviation ("c.", "e.g.", "approx.", "St.", "U.S."), so no clause or sentence ends there.
    Shared with the quiz's clause cutters, which must not cut where this splitter does not."""
    return _abbreviated(before[-_LONGEST_WORD:].split())


def _abbreviated(words: list[str]) -> bool:
    """Whether the stop closing `words` (the text before a break) belongs to an abbreviation."""
    if not words:
        return True
    raw = words[-1].lstrip("([\"“‘'").rstrip(".")
    before = raw.casefold()
    if len(before) <= 1 or before in _ABBREVIATIONS or _DOTTED.fullmatch(raw):
        return True
    named = len(words) >= 2 and words[-2][:1].isupper()
    return named and _REGNAL.fullmatch(raw) is not None and words[-1].endswith(".")


class _Quotes:
    """Whether a quotation is open at a point of the text, counted once from the start as the
    points move on (recounting from the start at each break was quadratic in the text)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.at = 0
        self.straight = 0
        self.curly = 0  # opened “ less closed ”

    def open_at(self, end: int) -> bool:
        """True when `text[:end]` leaves a quotation open: "\"I ain't got no people. I seen the
        guys…\"" is one quotation, not three facts. `end` never goes back."""
        piece = self.text[self.at : end]
        self.straight += piece.count('"')
        self.curly += piece.count("“") - piece.count("”")
        self.at = max(self.at, end)
        return self.straight % 2 == 1 or self.curly > 0
