"""A species' common name answered without the size, colour or commonness word before its trait.

Common names of species carry words that set them apart from relatives: "brown long-eared bat",
"greater mouse-eared bat". A student who writes "long-eared bat" or "mouse-eared bat" names the
same animal whenever the notes hold no relative the dropped word would tell it from: a teacher
accepts (round 28). Whether the deck holds a relative is the grader's question
(`_held_elsewhere`); this module says only which words may go: leading words for size, colour
or commonness ("brown", "greater", "common"), whole as written, before a hyphenated trait word
the name keeps ("long-eared", "golden-crowned"). The trait is the evidence the kept words still
name one kind of animal; without it the leading word is the name's whole difference: "blood
cell" says neither white nor red, "white shark", "ice age", "retriever", "rhinoceros" and
"hippopotamus" are other or wider things, "greatest divisor" and "high pressure" other terms
(session 26 review: an inner word or a leading word dropped on no evidence were false accepts).

A name written as one (capitalised: "Little Ice Age", "Great Fire", "Black Death") is never
shortened so: there the qualifier is the name.
"""

from __future__ import annotations

from knowledge.text import fold

# Size, colour and commonness: how common names tell a species from its relatives.
QUALIFIERS = frozenset(
    """
    common greater lesser giant little great small large big dwarf pygmy tiny lesser least
    brown grey gray black white red golden yellow green blue pale dark spotted striped
    """.split()  # noqa: SIM905
)
_MIN_KEPT = 2  # folded words kept: a trait word and the noun ("long eared bat": three)


def without_qualifier(given: tuple[str, ...], expected: tuple[str, ...], written: str) -> bool:
    """True when folded `given` is the term `expected` (written `written`) with its leading
    words of size, colour or commonness left out, whole as written, and the first word kept a
    hyphenated trait ("long eared bat" for "Brown long-eared bat"). Whether the deck names a
    relative is the caller's to ask."""
    if len(given) < _MIN_KEPT or len(given) >= len(expected):
        return False
    if expected[len(expected) - len(given) :] != given:
        return False
    dropped = expected[: len(expected) - len(given)]
    if not all(word in QUALIFIERS for word in dropped):
        return False
    tokens = written.split()
    words = 0
    for k, token in enumerate(tokens):
        if words == len(dropped):
            trait = token.strip("\"'“”‘’()")
            inner = trait.split("-")
            return (
                k < len(tokens) - 1  # the trait is no noun of the name
                and token[:1].islower()  # no name written as one ("Great White Shark")
                and len(inner) > 1
                and all(part.isalpha() for part in inner)
            )
        if words > len(dropped):
            return False
        words += len(fold(token).split())
    return False


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
