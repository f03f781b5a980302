"""What kind of line a list holds at a glance: an entry ("Rano Kau – the south-western corner")
or a statement ("His land was divided between his sons – the origin of the clans").

Round 28 (A10) asked "Which of these is listed under “Oral tradition”?" with the right line a
statement and two wrong ones entries from a list of the island's corners: a student picks the one
line of its kind without knowing the notes. A wrong option of a plain list ("listed under …") is
of the right line's kind.

An entry is a short name (up to four words, capitalised, no verb) before a spaced dash or a
colon, then what it is; anything else is a statement.
"""

from __future__ import annotations

import re

from knowledge.search._lemma import lemma

_ENTRY = re.compile(r"^(?P<name>[^\s–—:-][^–—:]{0,60}?)\s+[–—-]\s+\S|^(?P<label>[^:]{1,60}):\s+\S")
_MAX_NAME_WORDS = 4
_SHORTEST_PAST = 4
# Verbs a name never holds: "was divided", "said", "became".
_VERB_LEMMAS = frozenset(
    """
    be have do say make become take give come go bring find show lead build begin
    """.split()  # noqa: SIM905
)


def is_entry(line: str) -> bool:
    """True when `line` is a name and what it is (see the module)."""
    found = _ENTRY.match(line.strip())
    if found is None:
        return False
    name = found["name"] or found["label"] or ""
    words = name.split()
    if not words or len(words) > _MAX_NAME_WORDS or not words[0][:1].isupper():
        return False
    return not any(_verb(word) for word in words)


def same_shape(one: str, other: str) -> bool:
    """True when two lines are both entries or both statements."""
    return is_entry(one) == is_entry(other)


def _verb(word: str) -> bool:
    low = word.lower().strip("()’'“”\",")
    if low.endswith("ed") and len(low) > _SHORTEST_PAST:  # "divided", never "red" or "bed"
        return True
    return lemma(low) in _VERB_LEMMAS
