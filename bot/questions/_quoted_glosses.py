"""A name's meaning in quotes after a dash, read as another name of it.

Notes translate a name from its own language by a dash and quotes: "Earlier Polynesian name: Te
Pito o te Henua – “the navel of the world”", "Also called aringa ora – “living faces”" (blind
round 28 refused both typed in English). The quotes say the words are the name put in other
words, not a description of the thing, so a short quoted phrase of lower-case words (an
article first at most) is another name of the words before the dash. A long or capitalised
quote, or one that names something else of the deck, is left to the caller (`_other_names`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# The words before the dash (after a label's colon or an "also called"), the dash, the quote.
_QUOTED_DASH = re.compile(
    r"(?:^|:\s+|^\s*[-*•]\s+)"
    r"(?:(?:also\s+)?(?:called|known\s+as)\s+)?"
    r"(?P<name>[^\W\d_][\w'’-]*(?:\s+[^\W\d_][\w'’-]*){0,4})"
    r"\s+[-–—]\s+[\"“‘](?P<gloss>(?:the\s+|an?\s+)?[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){0,4})[\"”’]"
    r"(?=\s*(?:$|[,;.(]))",  # the quote ends the clause: not 'raced – "very fast" they said'
    re.IGNORECASE,
)
_LOWER_GLOSS = re.compile(r"(?:the\s+|an?\s+)?[a-z][a-z'’-]*(?:\s+[a-z][a-z'’-]*){0,4}")


def quoted_dash_glosses(text: str) -> Iterator[tuple[str, str]]:
    """(name, gloss) for "Name – “a few words”" opening the line or its part after a label."""
    if "–" not in text and "-" not in text and "—" not in text:
        return
    for found in _QUOTED_DASH.finditer(text):
        gloss = found.group("gloss")
        if _LOWER_GLOSS.fullmatch(gloss):  # the quote's words lower case, whatever the flag
            yield found.group("name"), gloss
