"""Other forms of a right answer a teacher accepts: a word of the same family ("social" for
"sociable"), and a country without the compass point the notes give it ("Germany" for "West
Germany") when the deck names no other part of that country.

Both are decided against the deck's other answers by the grader: a form that is, or as much
resembles, another answer of the deck is never accepted.
"""

from __future__ import annotations

# Endings that make another word of one family from one stem: social/sociable,
# aggressive/aggression, secure/security. The stem must be long enough to mean something; "-ism"
# and "-ist" are left out: socialism is not what "social" says.
_SUFFIXES = frozenset(
    """
    able ible al ial ical ic ity ive ion ation ness ment ly y e ed ing ise ize ous ious
    er ence ance ent ant
    """.split()  # noqa: SIM905
) | {""}
MIN_STEM = 4
_COMPASS = frozenset({"north", "south", "east", "west"})
# What a compass point names a part of, not a country of its own: "South Africa" is not "Africa",
# "North America" not "America" (the USA), "North Pole" not a pole.
_NOT_COUNTRIES = frozenset(
    {"africa", "america", "americas", "asia", "europe", "pole", "atlantic", "pacific", "side"}
)


def same_family(given: str, expected: str) -> bool:
    """True when folded single words `given` and `expected` are one stem with two of the endings
    above ("social" / "sociable", "aggression" / "aggressive"), and differ."""
    if given == expected or not given.isalpha() or not expected.isalpha():
        return False
    shared = 0
    while shared < min(len(given), len(expected)) and given[shared] == expected[shared]:
        shared += 1
    return any(
        given[size:] in _SUFFIXES and expected[size:] in _SUFFIXES
        for size in range(MIN_STEM, shared + 1)
    )


def without_compass(expected: tuple[str, ...]) -> tuple[str, ...] | None:
    """The country a compass-qualified name is part of ("west germany" -> "germany"), or None."""
    if len(expected) < 2 or expected[0] not in _COMPASS:
        return None
    rest = expected[1:]
    return None if rest[-1] in _NOT_COUNTRIES else rest
