"""A right answer with the noun for its kind added after it: "hawksbill turtle" for
"hawksbill", "dormant volcano" for "dormant", "silcrete sandstone" for "silcrete".

A key that names one kind of a thing is often written without the thing ("hawksbill" in notes
on sea turtles); a student who writes the thing too has said the same. Strings alone cannot
tell that noun from one that makes another thing ("carbon dioxide" is no "carbon", "cell wall"
no "cell"), so the deck must say the noun is what it is about: two of its other names or more
hold it, in either number ("Sea Turtles: Revision Notes", "green turtle"; "shield volcano",
"composite volcano"). And the key must be a word that names nothing else alone: a rare word of English,
or none ("hawksbill", "silcrete", "dormant"), never an everyday one ("water", "iron", "active")
that forms compounds of its own. The grader checks that the answer typed is no entity of the
deck itself.
"""

from __future__ import annotations

from wordfreq import zipf_frequency

MIN_KIND_NAMES = 2  # names of the deck holding the noun: a thing the deck is about
_EVERYDAY_ZIPF = 3.5  # a word this common makes compounds of its own ("water frame", "iron ore")


def kind_added(expected: tuple[str, ...], given: tuple[str, ...], names_holding: int) -> bool:
    """True when folded `given` is `expected` and one noun after it that `names_holding` names
    of the deck hold, and `expected`'s words are rare enough to name one thing alone."""
    if len(given) != len(expected) + 1 or given[:-1] != expected or names_holding < MIN_KIND_NAMES:
        return False
    noun = given[-1]
    if not noun.isalpha() or noun == expected[-1]:
        return False
    return all(word.isalpha() and zipf_frequency(word, "en") < _EVERYDAY_ZIPF for word in expected)


def nouns_named(words: tuple[str, ...]) -> set[str]:
    """The nouns a name of the deck holds, each once, a plural in "-s" also as its singular
    ("sea turtles" -> "sea", "turtles", "turtle"): what `kind_added` counts names by."""
    found = {word for word in words if word.isalpha()}
    return found | {word[:-1] for word in found if len(word) > 3 and word.endswith("s")}
