"""Plurals English took from Latin and Greek, and "-f" / "-ves": the forms `other_number` in
`_grade_forms` cannot tell by an added "s".

A science or history deck names one thing ("patagium", "tragus", "larva", "criterion") and a
student answers with the plural its textbook uses ("patagia", "tragi", "larvae", "criteria"),
or the other way round; a teacher marks the thing, not its number. The dictionary knows the
common ones as lemmas of each other ("fungi" -> "fungus") but not the rare terms of a deck
("patagia", "tragi"), so the endings are read here, with two guards: a plural that English
holds as a word of another lemma is refused ("data" is no plural of "date" here), and the
stem must be long enough that the ending is no accident of a short word. A plural English does
not hold is read only for a singular English does not hold either (a deck's technical term,
"patagium", "tragus"): an everyday word or a name has its own plural, so "alba", "Maratha",
"Bruti", "Venera" or "calcia" are other words or slips, not "album", "marathon", "Brutus",
"Venus" or "calcium" (session 26 review). "-ves" is read only for the few nouns English makes
so: "believes", "grieves", "serves", "saves" are verbs, never "belief", "grief", "serf", "safe".
"""

from __future__ import annotations

from knowledge.search._lemma import lemma
from knowledge.search._real_words import is_real_word

# (singular ending, plural ending): patagium / patagia, tragus / tragi, criterion / criteria,
# larva / larvae, crisis / crises, index / indices, matrix / matrices, wife / wives, leaf /
# leaves. The Latin "-us" -> "-era" / "-ora" (genus / genera, corpus / corpora) too.
_ENDINGS = (
    ("um", "a"),
    ("us", "i"),
    ("on", "a"),
    ("a", "ae"),
    ("is", "es"),
    ("ex", "ices"),
    ("ix", "ices"),
    ("fe", "ves"),
    ("f", "ves"),
    ("us", "era"),
    ("us", "ora"),
)
# The nouns in "-f" / "-fe" whose plural is "-ves" (and compounds ending so: "midwife",
# "bookshelf", "werewolf"); a closed class of English, where most "-f" nouns take "-s" ("beliefs",
# "reefs", "chiefs") and most "-ves" words are verbs ("believes", "serves", "saves").
_VES_NOUNS = (
    "leaf", "wolf", "knife", "life", "wife", "half", "calf", "shelf", "thief", "loaf", "scarf",
    "hoof", "elf", "self", "sheaf", "wharf",
)  # fmt: skip
_SINGULARS = tuple(dict.fromkeys(single for single, _ in _ENDINGS))
_PLURALS = tuple(dict.fromkeys(plural for _, plural in _ENDINGS))
_MIN_STEM = 3  # letters left before the ending: "trag-us", "larv-a"; never "b-us" / "b-i"
# ("wi-fe" / "wi-ves": two letters do for "-ves", an ending no short word has by accident)


def classical_plural(one: str, many: str) -> bool:
    """True when folded word `many` is `one`'s Latin, Greek or "-ves" plural ("patagia" of
    "patagium", "tragi" of "tragus", "criteria" of "criterion", "wives" of "wife"), and English
    holds `many` as no word of another lemma."""
    # Two C-level checks first: most pairs graded (a slip of a name) end in none of them.
    if not (one.endswith(_SINGULARS) and many.endswith(_PLURALS)) or one == many:
        return False
    if not (one.isalpha() and many.isalpha()):
        return False
    for single, plural in _ENDINGS:
        if not (one.endswith(single) and many.endswith(plural)):
            continue
        stem = one[: len(one) - len(single)]
        if len(stem) < (2 if plural == "ves" else _MIN_STEM) or many != stem + plural:
            continue
        if plural == "ves":
            if one.endswith(_VES_NOUNS):
                return True
            continue
        if lemma(many) == one or not (is_real_word(many) or is_real_word(one)):
            return True
    return False


def in_classical_number(given: tuple[str, ...], expected: tuple[str, ...]) -> bool:
    """True when folded `given` is `expected` with its last word in the other number by a
    classical ending ("patagia" / "patagium", "country wife" / "country wives")."""
    if len(given) != len(expected) or not given:
        return False
    a, b = given[-1], expected[-1]
    if a[:2] != b[:2] or a == b or given[:-1] != expected[:-1]:
        return False  # most pairs graded (a slip, another name) part here
    return classical_plural(a, b) or classical_plural(b, a)
