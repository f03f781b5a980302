"""A name answered without a word for the part of a place, a term without the person it is
named after, and the nouns a describing word never answers for.

In a name only a word for the part or the position of a place is left out ("Hebrides" for
"Outer Hebrides", "London" for "Greater London") where the deck names no other part: "York" is
no "New York". A term named after a person may lose the name ("left-hand rule" for "Fleming's
left-hand rule") when two words are kept.

A term's head noun alone is no answer ("dyskinesia" for "tardive dyskinesia", "shuttle" for
"flying shuttle", "condenser" for "separate condenser", "heat capacity" for "specific heat
capacity"): the words left out are most often what the term is, and strings cannot tell those
from a mere description ("squeaky pop"). Blind reviews split evenly (rounds 14-18 accepted
"pop", "conductivity", "flux density", "condenser" for "Liebig condenser"; rounds 14 and 19
refused the five above), and a wrong answer accepted costs more than a right one refused, so
none is taken; until round 19 it was, when the deck held no other term with that noun.

A quantity's noun ("number", "mass", "rate") is what a term for a measure names: a describing
word alone ("atomic" for "atomic number") could be atomic mass or atomic radius as well, and the
noun alone ("number") says nothing (`QUANTITY_NOUNS`, used by `_grade_variants`).
"""

from __future__ import annotations

from wordfreq import zipf_frequency

from bot._names import ends_in_category
from bot._numbers import NUMBER_WORDS
from knowledge.search._dictionary import is_english

# Nouns for a measured quantity: a term ending in one names a measure, which neither its
# describing word nor the noun alone says ("atomic number", "birth rate", "flux density").
QUANTITY_NOUNS = frozenset(
    """
    number numbers mass rate rates ratio radius volume weight density frequency speed velocity
    charge length width height depth area size count index percentage proportion quantity
    capacity concentration constant coefficient value values level levels temperature distance
    pressure resistance amplitude wavelength period
    """.split()  # noqa: SIM905
)
# ("energy", "power", "force", "current" are left out: energy stores and forces are named by
# their describing word alone, "thermal" for "thermal energy".)
# Words for a part or position of a place, which a name may leave out when the deck names no
# other part ("Outer Hebrides", "Greater London", "Upper Silesia").
_PLACE_PARTS = frozenset(
    """
    outer inner upper lower greater north south east west northern southern eastern western
    central
    """.split()  # noqa: SIM905
)
# Prefixes English makes an opposite with ("anaerobic", "non-renewable", "unsaturated").
_OPPOSITE_PREFIXES = ("non", "an", "un", "in", "im", "ir", "il", "dis", "a")
_LINKS = frozenset("of the and a an in on at for to by with from de la le von van".split())  # noqa: SIM905
_MIN_HEAD = 3
_MAX_WORDS = 4
_MIN_ROOT = 4
_MIN_EPONYM_WORDS = 4  # "fleming s left hand rule": the name, its "s" and two words kept
_RARE_ZIPF = 1.5  # an opposite rarer than this is no word in use ("nonsticky")
_OPPOSITE_SHARE = 2.5  # zipf: an opposite at least ~1/300 as common as the word is in use


def head_alone(given: tuple[str, ...], expected: tuple[str, ...], name: bool) -> bool:
    """True when folded `given` is `expected` without the person it is named after
    (`without_eponym`), or the `name` `expected` (two to four words) without its first words,
    each a word for a part or position of a place. Whether the deck names the words kept with
    other words is the grader's to ask."""
    if without_eponym(given, expected):
        return True
    if not name or not 2 <= len(expected) <= _MAX_WORDS or not 1 <= len(given) < len(expected):
        return False
    if expected[-len(given) :] != given:
        return False
    dropped = expected[: len(expected) - len(given)]
    if any(word in _LINKS or word in NUMBER_WORDS or not word.isalpha() for word in expected):
        return False
    if len(given[-1]) < _MIN_HEAD:
        return False
    # "Hebrides" for "Outer Hebrides"; never "Sea" for "North Sea"
    return all(word in _PLACE_PARTS for word in dropped) and not ends_in_category(given)


def plural_in_use(word: str, zipf: float, share: float) -> bool:
    """True when folded `word` (of Zipf frequency `zipf`) has a plural in use beside it, at most
    `share` Zipf rarer: a noun naming things, which a describing word's plural is not
    ("solvents", "cells"; not "thermals"). A word in "-ic" or "-s" has none to tell by (a
    plural in "-ics" names a field)."""
    if word.endswith(("ic", "s")):
        return False
    return zipf_frequency(f"{word}s", "en") >= zipf - share


def without_eponym(given: tuple[str, ...], expected: tuple[str, ...]) -> bool:
    """True when folded `given` is `expected` without the name it is named after and its "'s"
    ("left hand rule" for "Fleming's left-hand rule", "third law" for "Newton's third law"):
    two words kept at least, so a bare noun ("law" for "Boyle's law") never answers."""
    return (
        len(expected) >= _MIN_EPONYM_WORDS
        and expected[1] == "s"
        and len(expected[0]) >= _MIN_HEAD
        and expected[0].isalpha()
        and given == expected[2:]
    )


def has_opposite(word: str) -> bool:
    """True when English makes an opposite of folded `word` with a prefix ("aerobic":
    "anaerobic"; "natural": "unnatural") or `word` is such an opposite ("anaerobic",
    "asexual"), and the opposite is in use: no rarer than a hundredth of the word's frequency
    and not rare outright ("uneconomic", "unsticky" are not what tells two terms apart)."""
    floor = max(_RARE_ZIPF, zipf_frequency(word, "en") - _OPPOSITE_SHARE)
    for prefix in _OPPOSITE_PREFIXES:
        if zipf_frequency(prefix + word, "en") >= floor:  # (a hyphen splits it into words)
            return True
        root = word[len(prefix) :]
        if (
            word.startswith(prefix)
            and len(root) >= _MIN_ROOT
            and is_english(root)
            and zipf_frequency(root, "en") >= _RARE_ZIPF
        ):
            return True
    return False
