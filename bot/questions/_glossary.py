"""Whether a line of the notes is a glossary entry: a key term and its definition.

"Key terms: Freikorps - bands of ex-soldiers …", "**Mole** – the amount of substance …": the
line's point is the term, so only the term is worth blanking (a word of the definition has
synonyms a student could type: "hatred of, or _____ against" -> prejudice, discrimination), and
the section it is filed under is the author's choice, not a fact to learn.
"""

from __future__ import annotations

import re

from bot.questions._context import DeckContext
from knowledge.text import fold

# Between a glossary line's term and its definition, and a label in front of the term.
_SEPARATOR = re.compile(r"\s+[-–—=]\s+|:\s+")
_LABEL = re.compile(r"^[^:]{1,40}:\s+")


def is_glossary_line(ctx: DeckContext, text: str) -> bool:
    """True when `text` is "[Label:] Term – definition" for a key term of the deck."""
    for match in _SEPARATOR.finditer(text):
        name = _LABEL.sub("", text[: match.start()])
        if ctx.term_named(fold(name)) or ctx.term_defined(fold(text[match.end() :])):
            return True
    return False
