"""A key whose root the stem spells another way: "a dictated peace" and "Diktat".

Words of one root cross languages with their spelling changed ("dictated", "Diktat"; "phase",
"Fase"; "cycle", "Zyklus"): a root compared letter for letter misses them, but a student reading
"Which term means: “a dictated peace …”?" picks Diktat among Mandate, Self-determination and
Collective security by the sound alone (round 16, B12). A typed question still asks for the
word; with options the root picks the option, so such a question is not asked when the key
alone echoes the stem.
"""

from __future__ import annotations

from functools import lru_cache

from bot.questions._words import content_words, echoes
from knowledge.text import americanise

# Letters that spell one sound, in the order they are replaced.
_SOUNDS = (("ph", "f"), ("ck", "k"), ("qu", "kw"), ("c", "k"), ("y", "i"), ("z", "s"))
_MIN_LETTERS = 4


@lru_cache(maxsize=65536)
def _spoken(word: str) -> str:
    spelt = americanise(word)
    for letters, sound in _SOUNDS:
        spelt = spelt.replace(letters, sound)
    return spelt


def _sounds(text: str) -> frozenset[str]:
    return frozenset(
        _spoken(word)
        for word in content_words(text)
        if len(word) >= _MIN_LETTERS and word.isalpha()
    )


def sounds_alike(text: str, stem: str) -> bool:
    """True when a word of `text` echoes a word of `stem` once both are spelt by sound."""
    mine, theirs = _sounds(text), _sounds(stem)
    return any(echoes(word, other) for word in mine for other in theirs)


def key_alone_sounds_alike(stem: str, key: str, others: list[str]) -> bool:
    """True when the key echoes the stem by sound and no other option does."""
    return sounds_alike(key, stem) and not any(sounds_alike(other, stem) for other in others)
