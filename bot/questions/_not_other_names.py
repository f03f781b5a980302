"""Brackets that say where a thing is, or where a quotation stands, not another name for it.

Round 27's blind review (class 6) found two such brackets read as glosses, each accepted as the
answer to a blank on the name: "The Andaman Islands (Bay of Bengal) were used as a penal
colony" gave "Bay of Bengal" for "Andaman Islands" on every other line naming the islands, and
"“For me, there still remains the cocaine-bottle.” - Holmes (last line)" gave "last line" for
"Holmes" on every other quotation. A bracket naming a place of another kind (a bay round
islands, a county round a river) says where the thing is; one naming a line, a chapter or a
page says where a quotation is. Neither is the thing, in any subject.
"""

from __future__ import annotations

import re

from bot.questions._words import content_words
from knowledge.text import fold

# The kinds of place a name says it is by one of its words: "Bay of Bengal", "Andaman Islands".
_FEATURES = frozenset(
    """
    bay gulf sea ocean river lake loch mountains mountain hills hill valley coast strait straits
    channel peninsula island islands isle isles province county region state district desert
    delta estuary plain plains forest basin harbour harbor
    """.split()  # noqa: SIM905
)
# "last line", "the opening chapter", "ch. 3", "p. 12", "Act 2": a place in a text.
_IN_A_TEXT = re.compile(
    r"(?i)^(?:the\s+)?(?:(?:first|last|final|opening|closing|end|start|second|third)\s+"
    r"(?:line|lines|words?|chapters?|scenes?|pages?|paragraphs?|sentences?|stanzas?|verses?)"
    r"|(?:ch|chap|chapter|p|pp|page|act|scene|line|lines|verse|stanza)s?\.?\s*\d[\w.–-]*)$"
)


def names_something_else(name: str, other: str) -> bool:
    """True when `other`, read as another name of `name`, says where `name` is or where a
    quotation stands instead (see the module's docstring)."""
    if _IN_A_TEXT.match(other.strip()) or _IN_A_TEXT.match(name.strip()):
        return True
    mine, theirs = _features(name), _features(other)
    if not theirs or theirs & mine:
        return False
    return not set(content_words(name)) & set(content_words(other))


def _features(name: str) -> frozenset[str]:
    words = fold(name).split()
    return frozenset(word for word in (words[:1] + words[-1:]) if word in _FEATURES)
