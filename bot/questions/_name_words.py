"""Whether words shown with a blank give a name of several words away.

"Act for the _____ of the Lesser Monasteries" under "The Dissolution of the Monasteries" asks the
section's own name. A name of several words sharing only a plain word with the title or the stem
does not: "the _____ lighthouse" (Bell Rock) under "The Stevensons and rock lighthouses", "the
_____" (Port of London) in notes on the Great Fire of London, "The _____ near Kraków" (Wieliczka
Salt Mine) under "Rock salt mining" were never asked (round 26: whole topics gave no question).
Such a name is given away when its rarest word, the one that makes it this name, is shown:
"Robert _____" under "The Stevensons", "the General _____ Fund" under "General Lighthouse
Authorities", "Enclosure Acts" under "The Enclosure of the Commons".
"""

from __future__ import annotations

from bot.questions._everyday import frequency
from bot.questions._words import content_words, gives_away

# Words shorter than this are never compared by root (`gives_away`).
_MIN_COMPARED = 4


def name_given_away(answer: str, shown: str) -> bool:
    """True when `shown` gives the blank `answer` away: for one word, the word or its root
    shown; for a name of several words, its rarest word's (or the whole name)."""
    words = [
        word for word in content_words(answer) if len(word) >= _MIN_COMPARED and word.isalpha()
    ]
    if len(words) < 2:  # one word: compared whole
        return gives_away(answer, shown)
    rarest = min(words, key=frequency)
    return gives_away(rarest, shown) or gives_away(answer, shown, by_root=False)
