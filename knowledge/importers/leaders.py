"""Glossaries typed with dot leaders: "HOUSEHOLD .......... one person living alone, or…".

A student lining up a term list in a plain-text file pads each term with dots (or, where the term
is as long as the column, with a short leader or two spaces) before its meaning. The dots are the
separator between the term and what it means, as "=" is in "Term = meaning": read as such, each
line becomes a key term instead of a fact whose words run into a row of dots. Only a file that
lays out several lines this way is read so, so an ellipsis in prose ("and so on... then") is
never taken for one.
"""

from __future__ import annotations

import re

# A term, then a leader of four or more dots, then the meaning.
_LONG = re.compile(r"^(?P<term>[^\s.][^.]{0,59}?)\s*\.{4,}\s*(?P<meaning>[^\s.].*)$")
# Where the term fills the column: a short leader with a space each side ("Vertically extended .
# three or more…"), or two spaces ("Neo-conventional family  dual-earner…"). A bracket after the
# gap is an aside on a heading ("KEY TERMS  (learn these …)"), not a meaning.
_SHORT = re.compile(r"^(?P<term>[^\s.][^.]{0,59}?)(?:\s\.{1,3}\s+|\s{2,})(?P<meaning>[^\s.(].*)$")
_MIN_LEADER_LINES = 3
_MAX_TERM_WORDS = 6


def leader_glossary(lines: list[str]) -> bool:
    """True when a file lays out at least three lines as "term ...... meaning"."""
    return sum(1 for line in lines if _LONG.match(line.strip())) >= _MIN_LEADER_LINES


def unlead(text: str) -> str:
    """A leader line of a dot-leader glossary written as "term = meaning" (other text as it is):
    "Kinship ....... the network of relatives" -> "Kinship = the network of relatives"."""
    match = _LONG.match(text) or _SHORT.match(text)
    if match is None or "=" in match.group("term"):
        return text
    term = match.group("term").strip()
    if len(term.split()) > _MAX_TERM_WORDS:
        return text
    return f"{term} = {match.group('meaning').strip()}"
