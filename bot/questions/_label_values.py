"""A label with examples after it: "Road: smart motorways, e.g. the M6".

Notes list the items of a heading under everyday labels ("Road", "Rail", "Tourism") and put
examples, names or what the item does after each. Such a label is neither a key term the value
defines (round 17: "What does “Road” mean?") nor a word worth a blank ("Transport improvements:
_____: smart motorways, e.g. the M6" asks which everyday word the notes wrote); the value is
what the line teaches.
"""

from __future__ import annotations

import re

from bot.questions._arrow_sentences import is_s_verb
from bot.questions._everyday import is_everyday

# "e.g. the M6", "(e.g. Jamaica)", "such as …": what follows is an example, not a meaning.
_EXAMPLE = re.compile(r"\be\.\s?g\.|\beg\b|\bfor example\b|\bsuch as\b|\bfor instance\b", re.I)


def labels_examples(name: str, definition: str, *, doing: bool = True) -> bool:
    """True for an everyday word labelling a list's item with examples, names or what it does
    after it ("Road: smart motorways, e.g. the M6", "Rail: HS2, Crossrail", "Tourism – brings in
    money and jobs"): the word needs no definition, and the line says what the notes list under
    it. A subject word so written ("Sanctions: penalties, e.g. banning trade", "medulla: controls
    unconscious activities") is a key term, asked as one. With `doing` False, a value saying
    what the item does ("Tourism – brings in money and jobs") does not count: blanked, its label
    is a fair question ("Strategies …: _____ – brings in money and jobs")."""
    words = definition.split()
    if len(name.split()) != 1 or not words or words[0].lower() in _ARTICLES:
        return False  # "Bar: a spit that grows across a bay": said as a definition is
    shaped = (
        _EXAMPLE.search(definition) or _names(definition) or (doing and is_s_verb(words[0].lower()))
    )
    # the word's frequency is looked up last: a 44,000-card upload has as many terms
    return bool(shaped) and is_everyday(name)


def _names(definition: str) -> bool:
    """True for names one after another: "HS2, Crossrail (now the Elizabeth line)"."""
    items = [item.strip() for item in _BRACKET.sub("", definition).split(",")]
    return len(items) >= _MIN_NAMES and all(
        item[:1].isupper() or item[:1].isdigit() for item in items
    )


_ARTICLES = frozenset({"a", "an", "the"})
_BRACKET = re.compile(r"\([^()]*\)")
_MIN_NAMES = 2
