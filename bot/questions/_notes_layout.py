"""Words that point at the notes themselves: "the tests above", "see below", "the table overleaf".

Round 16 turned "Use tests above to identify ions" into "Use tests below …" and asked it true or
false: the word says where in the handout something is, not which way a thing goes, and a student
who knows the chemistry learns nothing from it. "above"/"below" with no object of its own ("the
tests above", "described below", "above to …") points at the page; with one ("below the start
line", "above 100 °C", "below the equilibrium price") it says where a thing is, and is content.
"""

from __future__ import annotations

import re

_PLACE = frozenset({"above", "below"})
# Words after which "above"/"below" has no object: the end, a stop, or the next clause.
_NO_OBJECT = re.compile(
    r"\s*(?:$|[.,;:!?)\]–—-]|(?:to|for|in|and|or|as|when|if|with|is|are|was|were|shows?|gives?"
    r"|on\s+page|from)\b)",
    re.IGNORECASE,
)


def points_at_the_notes(text: str, match: re.Match[str]) -> bool:
    """True when the matched word of `text` is "above" or "below" pointing at the notes."""
    if match.group(0).lower() not in _PLACE:
        return False
    return _NO_OBJECT.match(text, match.end()) is not None
