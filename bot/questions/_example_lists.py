"""A blank on one member of a list of examples: "Most metals (copper, _____, gold) are NOT
magnetic", "Few natural resources – no oil, _____, fertile soil".

Round 17's blind review failed both (A46, B57): the line holds no claim that pins that member
down, and many things fit where the notes happened to write one (tin, zinc; water, timber). A
member of a list of three or more common things, in brackets or in one clause, is not blanked,
unless it is a word rare in general English (a term of the subject: one of "traction,
saltation, suspension and solution"). A name among names ("aid from the UK, the USA and the
World Bank") is the notes' own fact, a specific one, and stays askable. A bracket right after a
plural noun lists examples of it even with two members (round 18, B37: "removes large objects
(rags, _____) and grit" -> plastics; bottles or wood fit as well).
"""

from __future__ import annotations

import re

from bot.questions._abbreviation_stops import masked
from bot.questions._everyday import frequency
from bot.questions._spans import NUMERIC_KINDS, Span
from knowledge.text import fold

# What may stand between a member and the comma or bracket before it.
# An initial may stand before the member: "(Lancashire, W. Yorkshire)".
_LEAD = re.compile(
    r"(?:^|[,(]|\b(?:and|or|e\.g\.|eg|such as|including|like|no))\s*(?:[A-Z]\.\s*)?$", re.I
)
_TRAIL = re.compile(r"^\s*(?:$|[,)]|(?:and|or|etc)\b)", re.I)
_CLAUSE_END = re.compile(r"[;:–—()]|\s-\s|\.\s|\.$")
_ITEM_SPLIT = re.compile(r",\s*|\s+(?:and|or)\s+")
MIN_LISTED = 3
# Members a bracket after a plural noun needs: "large objects (rags, plastics)".
MIN_BRACKETED = 2
_PLURAL_BEFORE = re.compile(r"\b[a-z]{3,}(?<!ss)(?<!us)(?<!is)s\s*$")
# "the three powers (…)", "2 towns (…)": a count before the plural says the list is whole.
_COUNTED_BEFORE = re.compile(
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|both)\s+(?:[\w-]+\s+)?[a-z]+s\s*$",
    re.IGNORECASE,
)
# A word this rare in general English is the notes' own term ("traction, _____, suspension and
# solution" -> saltation): one list of the subject's terms, not of everyday examples.
_RARE_ZIPF = 2.5
_MAX_ITEM_WORDS = 3


def example_member(text: str, span: Span) -> bool:
    """True when the blank is one whole member of a list of examples (see the module)."""
    if span.kind in NUMERIC_KINDS or span.marked:
        return False
    before, after = text[: span.start], text[span.end :]
    if not _LEAD.search(before) or not _TRAIL.match(after):
        return False
    opened, closed = before.rfind("("), before.rfind(")")
    bracketed = opened > closed and ")" in after
    plural = bracketed and _PLURAL_BEFORE.search(text[:opened]) is not None
    if bracketed and plural and not _COUNTED_BEFORE.search(text[:opened]):
        # "near coalfields + towns (Lancashire, _____)": names in a bracket after a plural are
        # examples of it too, and other places fit (round 19, B51); "the three powers
        # (Britain, France, _____)" counts them, and is asked
        inside = text[opened + 1 : span.end + after.index(")")]
        return len(_items(inside)) >= MIN_BRACKETED and "," in inside
    if _named(span.text) or _rare(span.text):
        return False
    if bracketed:
        inside = text[opened + 1 : span.end + after.index(")")]
        least = MIN_BRACKETED if plural else MIN_LISTED
        return len(_items(inside)) >= least and "," in inside
    start = max((m.end() for m in _CLAUSE_END.finditer(masked(before))), default=0)
    if not text[:start].strip():
        return False  # a line that is all list: `bare_list_item`'s, and asked under a heading
    stop = _CLAUSE_END.search(masked(after))  # not at "c." nor "e.g."
    clause = text[start : span.end + (stop.start() if stop else len(after))]
    items = _items(clause)
    return (
        "," in clause
        and len(items) >= MIN_LISTED
        and all(len(item.split()) <= _MAX_ITEM_WORDS for item in items[1:])
    )


def _items(text: str) -> list[str]:
    return [item for item in (part.strip() for part in _ITEM_SPLIT.split(text)) if item]


def _rare(text: str) -> bool:
    return any(frequency(word) < _RARE_ZIPF for word in fold(text).split() if word.isalpha())


def _named(text: str) -> bool:
    """True for a name ("World Bank", "USA", "Isle of Arran"): every word capitalised but the
    small words joining a name's parts."""
    words = text.split()
    return (
        bool(words)
        and words[0][:1].isupper()
        and all(word[:1].isupper() or word in _NAME_JOINERS for word in words)
    )


_NAME_JOINERS = frozenset({"of", "the", "and", "upon", "on", "de", "du", "la", "le", "von", "van"})
