"""A term answered without a qualifier the deck does not need to tell it from another.

Common names of species and long technical terms carry words that set them apart from
relatives: "giant golden-crowned flying fox", "brown long-eared bat", "common pipistrelle",
"Doppler shift compensation". A student who writes "golden-crowned flying fox", "long-eared
bat", "pipistrelle" or "Doppler compensation" names the same thing whenever the notes hold no
relative that the dropped word would tell it from: a teacher accepts (round 28: 5 such false
rejects). Whether the deck holds a relative is the grader's question (`_held_elsewhere`); this
module says only which words may go:

- leading words for size, colour or commonness, the words a common name tells relatives apart
  by ("giant", "greater", "brown", "common"), with two words kept, or one rare word
  ("pipistrelle": a word this rare says which alone; "jersey", "coral", "shuttle" do not);
- one inner word of a term of three words or more, its first and last words kept ("Doppler
  compensation"), never a link, a number or a word for a part of a place.

A name written as one (capitalised: "Little Ice Age", "Great Fire", "Black Death") is never
shortened so: there the qualifier is the name. Nor a term whose first word is an opposite's
prefix or part ("non", "anti").
"""

from __future__ import annotations

from wordfreq import zipf_frequency

from bot._numbers import NUMBER_WORDS

# Size, colour and commonness: how common names tell a species from its relatives.
QUALIFIERS = frozenset(
    """
    common greater lesser giant little great small large big dwarf pygmy tiny lesser least
    brown grey gray black white red golden yellow green blue pale dark spotted striped
    """.split()  # noqa: SIM905
)
_LINKS = frozenset("of the and a an in on at for to by with from de la le du des von van s".split())  # noqa: SIM905
_NEVER_DROPPED = frozenset(
    """
    non anti not no pre post first second third fourth fifth last new old outer inner upper lower
    north south east west northern southern eastern western central early late male female
    """.split()  # noqa: SIM905
)
_RARE_ZIPF = 3.0  # one word kept must be this rare to say which alone ("pipistrelle": 1.6)
_MIN_WORD = 3  # letters of a dropped inner word: no initial or a stray letter


def _droppable(word: str) -> bool:
    return (
        word.isalpha()
        and word not in _LINKS
        and word not in NUMBER_WORDS
        and word not in _NEVER_DROPPED
    )


def without_qualifier(given: tuple[str, ...], expected: tuple[str, ...]) -> bool:
    """True when folded `given` is the term `expected` with leading words of size, colour or
    commonness left out ("long eared bat" for "brown long eared bat"), two words kept or one
    rare one, or with one inner word left out ("doppler compensation" for "doppler shift
    compensation"). Whether the deck names a relative is the caller's to ask."""
    if not given or len(given) >= len(expected) or given[-1] != expected[-1]:
        return False
    if any(not word.isalpha() for word in given):
        return False
    dropped = expected[: len(expected) - len(given)]
    if expected[len(dropped) :] == given and all(
        word in QUALIFIERS and _droppable(word) for word in dropped
    ):
        return len(given) > 1 or zipf_frequency(given[0], "en") < _RARE_ZIPF
    if len(expected) < 3 or len(given) != len(expected) - 1 or given[0] != expected[0]:
        return False
    inner = next(k for k, word in enumerate(given) if word != expected[k])
    word = expected[inner]
    return expected[inner + 1 :] == given[inner:] and len(word) >= _MIN_WORD and _droppable(word)


def abbreviated_genus(given: tuple[str, ...], expected: tuple[str, ...], written: str) -> bool:
    """True when folded `given` is the binomial `expected` (written "Genus species": the genus
    capitalised, the species not) with its genus cut to the initial, as biology writes it
    after the first use ("P. destructans" for "Pseudogymnoascus destructans", "E. coli").
    Whether another species of the deck shares the initial and the epithet is the caller's."""
    shown = written.split()
    return (
        len(expected) == len(given) == len(shown) == 2
        and len(given[0]) == 1
        and len(expected[0]) > 1
        and expected[0].isalpha()
        and given[0] == expected[0][0]
        and given[1] == expected[1]
        and shown[0][:1].isupper()
        and shown[1].islower()
    )
