"""A term answered by its head noun alone, and the nouns a describing word never answers for.

Teachers accept the head noun of a term alone ("pop" for "squeaky pop", "sanctions" for
"economic sanctions", "commutator" for "split-ring commutator", "flux density" for "magnetic
flux density") when the words left out are not what tells it from another term: "respiration"
is no answer for "aerobic respiration", since anaerobic respiration is one too, nor "rate" for
"birth rate". Strings alone cannot say which, so the grader asks the deck (`Grader._head_alone`):
the head kept is accepted only where no other entity of the deck has it, and never when the word
left out has an opposite English makes with a prefix ("aerobic": "anaerobic", "renewable":
"non-renewable") or is such an opposite itself, or is a noun naming things ("cell" in "cell
wall", "guard" in "guard cell"), nor when the word kept is a quantity's noun. In a
name only a word for the part or the position of a place is left out ("Hebrides" for "Outer
Hebrides", "London" for "Greater London"): "York" is no "New York". A term named after a person
may lose the name ("left-hand rule" for "Fleming's left-hand rule") when two words are kept.

A quantity's noun ("number", "mass", "rate") is what a term for a measure names: a describing
word alone ("atomic" for "atomic number") could be atomic mass or atomic radius as well, and the
noun alone ("number") says nothing (`QUANTITY_NOUNS`, used by `_grade_variants` too).
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
_PLURAL_SHARE = 1.0  # zipf: a plural at least a tenth as common as its word names things
_OPPOSITE_SHARE = 2.5  # zipf: an opposite at least ~1/300 as common as the word is in use


def head_alone(given: tuple[str, ...], expected: tuple[str, ...], name: bool) -> bool:
    """True when folded `given` is the term `expected` (two to four words) without its first
    words, which may go as far as words alone can tell: none of them has an opposite English
    makes with a prefix, and the word kept is no quantity's noun when it is alone; in a `name`,
    only words for a part or position of a place go. Whether the deck names the head with other
    words is the grader's to ask."""
    if without_eponym(given, expected):
        return True
    if not 2 <= len(expected) <= _MAX_WORDS or not 1 <= len(given) < len(expected):
        return False
    if expected[-len(given) :] != given:
        return False
    dropped = expected[: len(expected) - len(given)]
    if any(word in _LINKS or word in NUMBER_WORDS or not word.isalpha() for word in expected):
        return False
    head = given[-1]
    if len(head) < _MIN_HEAD or (len(given) == 1 and head in QUANTITY_NOUNS):
        return False
    if name:  # "Hebrides" for "Outer Hebrides"; never "Sea" for "North Sea"
        return all(word in _PLACE_PARTS for word in dropped) and not ends_in_category(given)
    return not any(has_opposite(word) or _names_things(word) for word in dropped)


def _names_things(word: str) -> bool:
    """True when folded `word` is as much a noun naming things as a describing word: its plural
    is in use beside it ("cells" beside "cell": "wall" is no "cell wall", "cell" no "guard
    cell"). A word in "-ic" is a describing word ("economics" is a field, not economics)."""
    zipf = zipf_frequency(word, "en")
    return bool(zipf) and plural_in_use(word, zipf, _PLURAL_SHARE)


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
