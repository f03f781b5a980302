"""A right answer given shorter or longer than the key, in the ways a teacher still accepts.

Each rule compares folded words (`grading._form`) and says only whether `given` is such a form
of `expected`; the grader accepts it only when it is no other entity of the deck and the words it
keeps name no other one (`Grader._shortened`).

- The term without its head noun, when the words left say which one: "non renewable" for
  "Non-renewable resource", "Wounded Knee" for "Wounded Knee Massacre", "specific heat" for
  "Specific heat capacity" (`without_head`). Two words at least are kept (a single word is
  `_grade_variants.distinctive_word`'s), never from a name built with "of" ("Battle of the
  Little Bighorn" is no "Battle of the Little"), nor a number or a group's noun left out
  ("World War", "Boston Tea").
- Its initials: "GPE" for "Gravitational potential energy", "SHC" for "Specific heat
  capacity" (`initials_of`), typed in capitals or no word of English ("no" is no initials).
- A place with the noun for its kind of place added: "the Nile river" or "River Nile" for "The
  Nile", "Everest mountain" (`with_feature_noun`); only natural features, since "Vietnam War",
  "Berlin Wall" or "Mexico City" name other things than the place.
- The answer followed by the year it is dated by, or by a clause saying more of it ("Homestead
  Act 1862", "Joseph McCoy who built Abilene"): `said_with_more` gives the answer part, which is
  graded on its own.
- A chemical formula with a zero typed for the letter O ("H20" for "H2O", "C02" for "CO2"):
  `formula_with_zero`.
"""

from __future__ import annotations

import re

from bot._grade_variants import GROUP_NOUNS
from bot._numbers import NUMBER_WORDS
from knowledge.search._aliases import initials
from knowledge.search._dictionary import is_english
from knowledge.search._real_words import is_real_word

# Words that join a name's parts: a name with one of them has its head first ("Treaty of X").
_LINKS = frozenset("of the and a an in on at for to by with from de la le von van".split())  # noqa: SIM905
_MIN_HEAD = 3
_MAX_WORDS = 4
# Nouns for a natural feature, which English writes before or after the feature's name.
_FEATURE_NOUNS = frozenset(
    "river rivers sea ocean lake mountain mountains mount mt desert island islands".split()  # noqa: SIM905
)
_MIN_INITIALS = 2
_MAX_INITIALS = 6
# A year after the answer, bare or in brackets: "Homestead Act 1862", "Homestead Act (1862)".
_TRAILING_YEAR = re.compile(r"^(?P<answer>.*?[^\W\d_].*?)[\s,]*\(?\s*(?:1\d{3}|20\d{2})\s*\)?$")
# Words that start a clause saying more of the answer ("who built Abilene", "which ended it").
_DIGIT = re.compile(r"\d")
_CLAUSE_WORDS = re.compile(r"\s+(?:who|which|that|whose|where|because)\s+", re.IGNORECASE)


def without_head(given: tuple[str, ...], expected: tuple[str, ...]) -> bool:
    """True when `given` is `expected` (three or four words) without its last word, a noun of
    English naming the kind of thing ("resource", "massacre", "capacity")."""
    if not 3 <= len(expected) <= _MAX_WORDS or given != expected[:-1]:
        return False
    head = expected[-1]
    if any(word in _LINKS for word in expected):
        return False
    if len(head) < _MIN_HEAD or not head.isalpha() or head in NUMBER_WORDS or head in GROUP_NOUNS:
        return False
    return is_english(head)


def initials_of(given: str, typed: str, expected: str) -> bool:
    """True when folded `given` is the initials of the answer `expected` as written ("gpe" for
    "Gravitational potential energy") and the student typed it as initials: in capitals, or as
    no word of English."""
    if not _MIN_INITIALS <= len(given) <= _MAX_INITIALS or not given.isalpha():
        return False
    if initials(expected) != given:
        return False
    return typed.isupper() or not is_real_word(given)


def with_feature_noun(given: tuple[str, ...], expected: tuple[str, ...]) -> bool:
    """True when `given` is `expected` with a natural feature's noun before or after it ("nile
    river", "river nile" for "nile")."""
    if len(given) != len(expected) + 1 or not expected:
        return False
    if given[-1] in _FEATURE_NOUNS and given[:-1] == expected:
        return True
    return given[0] in _FEATURE_NOUNS and given[1:] == expected


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
