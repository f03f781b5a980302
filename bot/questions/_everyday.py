"""Whether a word is everyday English, which a teacher would not blank as the point of a fact.

A word a deck uses once is not therefore vocabulary worth testing: "Isolating infected _____" ->
"individuals", "some _____" -> "memories", "Catalyst = _____ that speeds up …" -> "substance" are
words any reader knows. wordfreq's Zipf scale (the log10 of uses per billion words) tells them
apart from subject words such as "phagocytosis" (2.2) or "dreadnoughts" (2.2); its word lists ship
inside the package, so nothing is downloaded.
"""

from __future__ import annotations

from functools import lru_cache

from wordfreq import zipf_frequency

# At or above this a word is common in general English ("substance" 4.23, "individuals" 4.8);
# below it, subject vocabulary ("proteins" 4.1, "catalyst" 3.8, "pathogen" 3.2).
EVERYDAY_ZIPF = 4.2


@lru_cache(maxsize=65536)
def is_everyday(word: str) -> bool:
    """True for a word common in general English (case ignored)."""
    return frequency(word) >= EVERYDAY_ZIPF


@lru_cache(maxsize=65536)
def frequency(word: str) -> float:
    """The word's Zipf frequency in general English (case ignored); a lookup costs ~0.1 ms, so
    each word is looked up once."""
    return zipf_frequency(word.casefold(), "en")
