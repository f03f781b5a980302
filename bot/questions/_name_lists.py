"""A line listing one thing's names ("Names: Rapa Nui (Polynesian name), Easter Island
(English), Isla de Pascua (Spanish)"), read as pairs of other names.

Blind round 28 refused "Easter Island" and "Isla de Pascua" for "Rapa Nui" though the notes'
"Names:" line gave all three. The label says every item is a name of one thing, so each item
is another name of every other; a short bracket after an item says which language or whose
name it is, and is dropped. An item too long for a name, or a list of one, gives nothing.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import combinations

# The label: "Names:", "Other names:", "Also known as:", "Known as:".
_LABEL = re.compile(
    r"^\s*(?:[-*•]\s+)?(?:(?:other\s+|its\s+)?names|(?:also\s+)?known\s+as)\s*:\s*(?P<items>.+)$",
    re.IGNORECASE,
)
# An item's bracket saying which language or whose name: "(Spanish)", "(Polynesian name)".
_TAG = re.compile(r"\s*\([^()]{1,30}\)\s*$")
_ITEM = re.compile(r"[^\W\d_][\w'’. -]*")
_MOST_ITEMS = 8
_MOST_WORDS = 5


def listed_names(text: str) -> Iterator[tuple[str, str]]:
    """(name, other name) for each two items of a "Names:" line."""
    found = _LABEL.match(text) if ":" in text else None
    if found is None:
        return
    items = [_TAG.sub("", item).strip() for item in re.split(r",|;|\band\b", found["items"])]
    if len(items) < 2 or len(items) > _MOST_ITEMS:
        return
    if not all(_ITEM.fullmatch(item) and len(item.split()) <= _MOST_WORDS for item in items):
        return  # a sentence, not a list of names
    yield from combinations(items, 2)
