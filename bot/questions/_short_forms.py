"""A short form that spells its own long form: "Fl" and "flashing", "Iso" and "isophase", "Q" and
"quick", "Mo" and "Morse code", "LFl" and "long flashing", "NLB" and "Northern Lighthouse Board".

Round 26's blind review (class 4) saw a table of light characteristics (Abbrev. | Name |
Meaning) asked "What is the name for Fl?" with "flashing" the only option that starts "Fl",
"Which abbrev. has the name “Morse code”?" → "Mo", and the true/false "The name for Oc is
“fixed”", false on its letters alone. A short form made of the first letters of its long form's
words answers a question that asks one from the other: the pair is not asked either way. A short
form that does not spell its name ("Fe" and "iron", "K" and "potassium") is still asked.
"""

from __future__ import annotations

import re
from functools import lru_cache

# Words a short form skips: "CIL" for "Commissioners of Irish Lights".
_SKIPPED = frozenset({"of", "and", "the", "for", "de", "du", "la", "le", "&"})
_MAX_SHORT = 6  # letters of a short form; longer is a word of its own
_WORD = re.compile(r"[^\W_]+")


@lru_cache(maxsize=4096)
def spells(short: str, long: str) -> bool:
    """True when `short` (no space, at most six letters, shorter than `long`) is made of
    `long`'s letters in order from its first: a prefix of each word it uses ("LFl", "CIL"), or
    any of its letters after the first ("Hb" for "humpback")."""
    letters = "".join(ch for ch in short if ch.isalpha()).casefold()
    if not letters or len(letters) > _MAX_SHORT or " " in short.strip():
        return False
    words = [w.casefold() for w in _WORD.findall(long)]
    if not words or len(letters) >= len("".join(words)):
        return False
    if _built_from(letters, tuple(words)):
        return True
    # "Hb" for "humpback", "Sp" for "sperm whale": the first letter, then letters in order
    rest = iter("".join(words)[1:])
    return letters[0] == words[0][0] and all(letter in rest for letter in letters[1:])


def _built_from(letters: str, words: tuple[str, ...]) -> bool:
    """True when `letters` is a prefix of the first word then, for what is left, of later words
    (a skipped word of `_SKIPPED` aside)."""
    if not letters:
        return True
    if not words:
        return False
    first, rest = words[0], words[1:]
    for size in range(min(len(letters), len(first)), 0, -1):
        if first[:size] == letters[:size] and _built_from(letters[size:], rest):
            return True
    return first in _SKIPPED and _built_from(letters, rest)


def spell_each_other(one: str, other: str) -> bool:
    """True when either text is a short form spelling the other."""
    return spells(one, other) or spells(other, one)
