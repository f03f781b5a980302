"""A right answer with the noun for its kind added after it: "hawksbill turtle" for
"hawksbill", "dormant volcano" for "dormant", "silcrete sandstone" for "silcrete".

A key that names one kind of a thing is often written without the thing ("hawksbill" in notes
on sea turtles); a student who writes the thing too has said the same. Strings alone cannot
tell that noun from one that makes another thing ("carbon dioxide" is no "carbon", "cell wall"
no "cell"), so the deck must say the noun is a kind it sorts its things by: two of its other
names or more end in it ("green turtle", "loggerhead turtle"; "shield volcano", "composite
volcano"). And the key must be a word that names nothing else alone: a rare word of English,
or none ("hawksbill", "silcrete", "dormant"), never an everyday one ("water", "iron", "active")
that forms compounds of its own. The grader checks that the answer typed is no entity of the
deck itself.
"""

from __future__ import annotations

from wordfreq import zipf_frequency

MIN_KIND_NAMES = 2  # other names of the deck ending in the noun: it is a kind the deck sorts by
_EVERYDAY_ZIPF = 3.5  # a word this common makes compounds of its own ("water frame", "iron ore")


def kind_added(expected: tuple[str, ...], given: tuple[str, ...], names_ending: int) -> bool:
    """True when folded `given` is `expected` and one noun after it that `names_ending` other
    names of the deck end in, and `expected`'s words are rare enough to name one thing alone."""
    if len(given) != len(expected) + 1 or given[:-1] != expected or names_ending < MIN_KIND_NAMES:
        return False
    noun = given[-1]
    if not noun.isalpha() or noun == expected[-1]:
        return False
    return all(word.isalpha() and zipf_frequency(word, "en") < _EVERYDAY_ZIPF for word in expected)
