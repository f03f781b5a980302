"""A right answer given shorter or longer than the key, in the ways a teacher still accepts.

Each rule compares folded words (`grading._form`) and says only whether `given` is such a form
of `expected`; the grader accepts it only when it is no other entity of the deck and the words it
keeps name no other one (`Grader._shortened`).

- The term without its head noun, when the words left say which one: "non renewable" for
  "Non-renewable resource", "Wounded Knee" for "Wounded Knee Massacre", "specific heat" for
  "Specific heat capacity" (`without_head`). Two words at least are kept (a single word is
  `_grade_variants.distinctive_word`'s), never from a name built with "of" ("Battle of the
  Little Bighorn" is no "Battle of the Little"), nor a number or a group's noun left out
  ("World War", "Boston Tea"); in a name only a noun for a kind of event, place or document
  ("massacre", "crisis": the "New York Times" is no "New York").
- Its initials, three letters or more (two for a state's: "UN", "EU"): "GPE" for
  "Gravitational potential energy", "SHC" for "Specific heat capacity" (`initials_of`), typed
  in capitals or no word of English ("ram" is no initials).
- A natural feature with or without the noun for its kind: "the Nile river" or "River Nile" for
  "The Nile", "Sahara" for "Sahara Desert", "Everest mountain" for "Mount Everest"
  (`same_feature`); only natural features, since "Vietnam War", "Berlin Wall" or "Mexico City"
  name other things than the place, and a bare name must say which ("Dead" is no "Dead Sea").
- A name's number written another way: "Henry the Eighth" or "Henry 8" for "Henry VIII",
  "Apollo eleven" for "Apollo 11" (`number_in_name`).
- The answer followed by the year it is dated by, or by a clause saying more of it ("Homestead
  Act 1862", "Joseph McCoy who built Abilene"): `said_with_more` gives the answer part, which is
  graded on its own.
- A chemical formula with a zero typed for the letter O ("H20" for "H2O", "C02" for "CO2"):
  `formula_with_zero`.
"""

from __future__ import annotations

import re
from fractions import Fraction
from functools import cache

from wordfreq import zipf_frequency

from bot._grade_variants import GROUP_NOUNS
from bot._names import ends_in_category
from bot._numbers import NUMBER_WORDS, parse_quantity
from bot._spelling import words_distance
from knowledge.search._aliases import (
    COMMON_STATE_NAMES,
    country_abbreviations,
    country_words,
    initials,
)
from knowledge.search._dictionary import is_english
from knowledge.search._real_words import is_real_word
from knowledge.text import fold

# Words that join a name's parts: a name with one of them has its head first ("Treaty of X").
_LINKS = frozenset("of the and a an in on at for to by with from de la le von van".split())  # noqa: SIM905
_MIN_HEAD = 3
_MAX_WORDS = 4
# Nouns for a natural feature, which English writes before or after the feature's name, and
# the kind each says ("mount" and "mountain" one kind: "Everest mountain" is "Mount Everest").
_FEATURE_NOUNS = {
    "river": "river", "sea": "sea", "ocean": "ocean", "lake": "lake", "mount": "mountain",
    "mt": "mountain", "mountain": "mountain", "mountains": "mountains", "desert": "desert",
    "island": "island", "islands": "islands",
}  # fmt: skip
_EVERYDAY_ZIPF = 5.0  # a bare name this common is an everyday word ("dead", "red", "black")
# A Roman numeral (folded): a regnal number after a name ("henry viii").
_ROMAN = re.compile(r"m{0,4}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})")
_MIN_INITIALS = 3  # fewer only for a state's short form ("UN"): "CW" for "Cold War" says too little
_MAX_INITIALS = 6
# A year after the answer, bare or in brackets: "Homestead Act 1862", "Homestead Act (1862)".
_TRAILING_YEAR = re.compile(r"^(?P<answer>.*?[^\W\d_].*?)[\s,]*\(?\s*(?:1\d{3}|20\d{2})\s*\)?$")
# Words that start a clause saying more of the answer ("who built Abilene", "which ended it").
_DIGIT = re.compile(r"\d")
_CLAUSE_WORDS = re.compile(r"\s+(?:who|which|that|whose|where|because)\s+", re.IGNORECASE)


def without_head(given: tuple[str, ...], expected: tuple[str, ...], name: bool) -> bool:
    """True when `given` is `expected` (three or four words) without its last word, a noun of
    English naming the kind of thing: a term's ("resource", "capacity"), or in a `name` a noun
    for a kind of event, place or document ("massacre", "crisis", "city": `ends_in_category`).
    A name's other last words may make it another thing than the words before them name: the
    "New York Times" is no "New York", the "Black Sea Fleet" no "Black Sea"."""
    if not 3 <= len(expected) <= _MAX_WORDS or given != expected[:-1]:
        return False
    head = expected[-1]
    if any(word in _LINKS for word in expected):
        return False
    if len(head) < _MIN_HEAD or not head.isalpha() or head in NUMBER_WORDS or head in GROUP_NOUNS:
        return False
    return ends_in_category(expected) if name else is_english(head)


def initials_of(given: str, typed: str, expected: str) -> bool:
    """True when folded `given` is the initials of the answer `expected` as written ("gpe" for
    "Gravitational potential energy") and the student typed it as initials: in capitals, or as
    no word of English."""
    if not 2 <= len(given) <= _MAX_INITIALS or not given.isalpha():
        return False
    if initials(expected) != given:
        return False
    if len(given) < _MIN_INITIALS and (given, fold(expected)) not in _known_short_forms():
        return False  # "CW" for "Cold War": too little to tell, unless a state's ("UN", "EU")
    return typed.isupper() or not is_real_word(given)


@cache
def _known_short_forms() -> frozenset[tuple[str, str]]:
    """(short form, folded name) of the states and unions notes shorten to two letters ("un" /
    "united nations", "uk" / "united kingdom"), from `knowledge.search._aliases`."""
    pairs = (*COMMON_STATE_NAMES, *country_abbreviations())
    return frozenset((short, fold(name)) for short, name in pairs)


def same_feature(given: tuple[str, ...], expected: tuple[str, ...]) -> bool:
    """True when `given` names the natural feature `expected` names, with or without the noun
    for its kind, before or after the name, the name with a slip at most ("nile river" or "river
    nile" for "nile", "sahara" for "sahara desert", "everest mountain" for "mount everest"). A
    name left bare must say which alone: not an everyday word ("Dead" is no "Dead Sea")."""
    mine, kind = _feature_core(given)
    theirs, their_kind = _feature_core(expected)
    if not mine or (kind is None and their_kind is None):
        return False
    if mine != theirs and words_distance(mine, theirs) is None:
        return False  # "Mediteranean" for "Mediterranean Sea": a slip in the name is one
    if len(mine) == 1 and mine[0] in country_words():
        return False  # "Jordan River" is no "Jordan", "Chad" no "Lake Chad"
    if kind is not None and their_kind is not None:
        return kind == their_kind
    return kind is not None or len(mine) > 1 or zipf_frequency(mine[0], "en") < _EVERYDAY_ZIPF


def _feature_core(words: tuple[str, ...]) -> tuple[tuple[str, ...], str | None]:
    """The name without a feature noun before or after it, and the kind that noun says."""
    if len(words) > 1 and words[0] in _FEATURE_NOUNS:
        return words[1:], _FEATURE_NOUNS[words[0]]
    if len(words) > 1 and words[-1] in _FEATURE_NOUNS:
        return words[:-1], _FEATURE_NOUNS[words[-1]]
    return words, None


def number_in_name(given: tuple[str, ...], expected: tuple[str, ...]) -> bool:
    """True when `given` is the name `expected` with its one number written another way: a
    regnal number as a number or an ordinal ("henry the eighth", "henry 8" for "henry viii"), or
    digits in words ("apollo eleven" for "apollo 11")."""
    numbers = [k for k, word in enumerate(expected) if word.isdigit()]
    if not numbers and len(expected) > 1 and _ROMAN.fullmatch(expected[-1]):
        numbers = [len(expected) - 1]
    if len(numbers) != 1:
        return False
    k = numbers[0]
    value = int(expected[k]) if expected[k].isdigit() else _roman_value(expected[k])
    head, tail = expected[:k], expected[k + 1 :]
    if len(given) <= len(head) + len(tail) or given[: len(head)] != head:
        return False
    if tail and given[len(given) - len(tail) :] != tail:
        return False
    middle = given[len(head) : len(given) - len(tail)]
    if middle[0] == "the" and len(middle) > 1:
        middle = middle[1:]
    quantity = parse_quantity(" ".join(middle))
    return (
        quantity is not None
        and not quantity.units
        and quantity.values == frozenset((Fraction(value),))
    )


_ROMAN_DIGITS = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}


def _roman_value(numeral: str) -> int:
    """The value of a folded Roman numeral ("viii" -> 8, "xiv" -> 14)."""
    total = 0
    for letter, after in zip(numeral, (*numeral[1:], ""), strict=True):
        value = _ROMAN_DIGITS[letter]
        total += -value if after and _ROMAN_DIGITS[after] > value else value
    return total


def said_with_more(given: str) -> str | None:
    """The part of `given` before a year or a clause that only says more of it, or None when
    there is no such part ("Homestead Act 1862" -> "Homestead Act")."""
    clause = _CLAUSE_WORDS.search(given)
    part: str | None
    if clause is not None and clause.start() > 0:
        part = given[: clause.start()]
    else:
        year = _TRAILING_YEAR.match(given)
        part = None if year is None else year["answer"].strip()
    return None if part is None or _DIGIT.search(part) else part  # "4 November" is a date


def formula_with_zero(given: str, expected: str) -> bool:
    """True when folded `given` is the formula `expected` (letters and digits, "h2o") with the
    letter O typed as a zero ("h20")."""
    return "0" in given and "o" in expected and given.replace("0", "o") == expected
