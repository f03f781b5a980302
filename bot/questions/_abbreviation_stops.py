"""Clause cuts that do not fall inside an abbreviation.

Several question builders cut a line at its first clause end (". ", ", ", "; ") to show a short
heading or to find a list's end. Round 26's blind review saw a lead-in "The Eddystone Rocks lie
c. 14 miles …" shown as the sub-heading "(The Eddystone Rocks lie c)": the stop of "c." was read
as a sentence's end. The sentence splitter of the importers already knows which stops belong to
abbreviations ("c.", "e.g.", "i.e.", "approx.", "St.", "Dr.", "no.", "U.S."); this module lets a
clause cutter use the same knowledge, so the two never disagree.
"""

from __future__ import annotations

import re

from knowledge.importers.sentences import ends_in_abbreviation

# Stands in for an abbreviation's stop: the same length, so a match's offsets in the masked text
# are offsets in the original, and no clause-end pattern matches it.
_HIDDEN_STOP = "\u2024"
_STOP = re.compile(r"\.(?=[\s,;:)]|$)")

# Words that open an adverbial phrase, not a name: "Within days, several men sent plans …" cut at
# its comma keeps "Within days", a fragment that names nothing (round 26, A14, A26, A45).
_ADVERBIAL_OPENERS = frozenset(
    {
        "within", "in", "on", "at", "after", "before", "during", "when", "while", "whilst", "if",
        "although", "though", "because", "since", "as", "by", "from", "until", "till", "for",
        "with", "without", "over", "under", "throughout", "once", "despite", "instead", "soon",
        "later", "then", "meanwhile", "however", "eventually", "finally", "at first", "by then",
        "so", "but", "yet", "also", "still", "even", "only", "here", "there", "today", "now",
    }
)  # fmt: skip


def masked(text: str) -> str:
    """`text` with every stop that ends an abbreviation hidden, the same length: "lie c. 14
    miles" keeps its "c." out of a pattern looking for ". "."""
    if "." not in text:
        return text
    chars = list(text)
    for match in _STOP.finditer(text):
        if ends_in_abbreviation(text[: match.end()]):
            chars[match.start()] = _HIDDEN_STOP
    return "".join(chars)


def first_clause(text: str, clause_end: re.Pattern[str]) -> str:
    """The text up to its first clause end that is no abbreviation's stop (`clause_end` finds the
    ends); "" when the cut leaves an opening adverbial alone ("Within days" from "Within days,
    several men sent plans …"), which names nothing."""
    found = clause_end.search(masked(text))
    if found is None:
        return text
    clause = text[: found.start()]
    if text[found.start()] == "," and _opens_adverbial(clause):
        return ""
    return clause


def _opens_adverbial(clause: str) -> bool:
    """True when a clause cut off at a comma opens with a word that starts an adverbial."""
    words = clause.split()
    return bool(words) and words[0].casefold() in _ADVERBIAL_OPENERS


def split_outside(pattern: re.Pattern[str], text: str) -> list[str]:
    """`text` split where `pattern` matches outside an abbreviation ("Biology club / Mr. Hale"
    is not cut after "Mr."), the pieces taken from `text` itself."""
    pieces: list[str] = []
    start = 0
    for found in pattern.finditer(masked(text)):
        pieces.append(text[start : found.start()])
        start = found.end()
    pieces.append(text[start:])
    return pieces
