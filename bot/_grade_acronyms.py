"""Acronyms for the grader: which answers are written as one, the one name of the deck an
acronym stands for ("GDP", "Gross Domestic Product"), and an acronym in either number.

Each letter of an acronym stands for a word, so a slip in one is another acronym, and the
grader needs to know which answers are written so once per question (`_is_acronym`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import OSA

from bot._grade_answers import (
    _Answer,
)
from bot._grade_variants import (
    slash_sides,
)
from knowledge.search._aliases import initials
from knowledge.search._real_words import is_real_word
from knowledge.text import fold

_MIN_ACRONYM = 4  # shorter words take no slip at all (`_spelling.allowance`)
_MAX_ACRONYM = 6
_CONSONANT_RUN = re.compile(r"[B-DF-HJ-NP-TV-XZ]{3}")


def _acronym_numbers(answer: _Answer) -> tuple[str, str]:
    """The folded acronym `answer` in the singular and the plural ("yoi", "yois")."""
    one = (
        answer.form.compact.removesuffix("s") if answer.text.endswith("s") else answer.form.compact
    )
    return one, one + "s"


@lru_cache(maxsize=1024)
def _is_acronym(text: str) -> bool:
    """True for an answer written as an acronym ("MRSA", "USSR", "ICBM"): capitals, three
    consonants running, no word of English. A changed letter in it is another word's initial,
    so another acronym, not a slip of this one. An answer list in capitals ("PARIS", "SPRING")
    and acronyms read as words ("NATO", "UNESCO") keep the slips of a word."""
    if not (_MIN_ACRONYM <= len(text) <= _MAX_ACRONYM and text.isalpha() and text.isupper()):
        return False
    return _CONSONANT_RUN.search(text) is not None and not is_real_word(text.casefold())


def _slip_of(given: str, expected: str) -> bool:
    """True when `given` is `expected` with one letter changed or two swapped ("MSRA")."""
    return len(given) == len(expected) and OSA.distance(given, expected, score_cutoff=1) == 1


# "New Economic Policy (NEP)", "NEP (New Economic Policy)": a name with its acronym in brackets.
_BRACKETED = re.compile(r"^\s*([^()]+?)\s*\(\s*([^()]+?)\s*\)\s*$")
# What opens a bracket that gives the thing's other name: "(also called …)", "(aka …)", "(or …)".
_NAMED_SO = re.compile(
    r"(?:also\s+(?:called|known\s+as|named|termed)|sometimes\s+called|aka|a\.k\.a\.|or|i\.e\.|=)"
    r"\s+(?:the\s+)?",
    re.IGNORECASE,
)


def _acronym_of(acronym: str, words: str) -> bool:
    """Whether `acronym` ("NEP", "GM", "IPCC") is made of the initials of `words` ("New Economic
    Policy", "Genetically modified", "Intergovernmental Panel on Climate Change")."""
    letters = acronym.replace(".", "")
    return letters.isalpha() and letters.isupper() and letters.casefold() == initials(words)


def _with_acronym_sides(item: str) -> tuple[str, ...]:
    """An answer written with its acronym in brackets, then each side alone: a teacher accepts
    "NEP" or "New Economic Policy" for "New Economic Policy (NEP)"; likewise either spelling of
    a key written "Vagabondage / vagrancy" (`slash_sides`), and either name of a key that gives
    the other in brackets, saying so ("sodium hydroxide (also called caustic soda)", "stanza (or
    verse)"). A bare bracket may say what the thing is like ("conglomerate (rounded)"), so its
    words alone are not taken for the answer."""
    if "/" in item:
        sides = slash_sides(item)
        return (item,) if sides is None else (item, *sides)
    found = _BRACKETED.match(item)
    if found is None:
        return (item,)
    outside, inside = found.group(1), found.group(2)
    if _acronym_of(inside, outside) or _acronym_of(outside, inside) or _clipped(inside, outside):
        return (item, outside, inside)
    named = _NAMED_SO.match(inside)
    if named is not None and named.end() < len(inside):  # "caustic soda" of "sodium hydroxide
        return (item, outside, inside[named.end() :])  # (also called caustic soda)"
    return (item,)


def _clipped(short: str, word: str) -> bool:
    """True when `short` is the one word `word` cut to its first letters, as notes abbreviate a
    term in brackets ("Perpendicular (Perp)", "Decorated (Dec.)", "Carboniferous (Carb)"): the
    notes' own short form of the answer. Two letters at least: one is a symbol or an initial."""
    short = short.rstrip(".")
    if " " in word or not short.isalpha() or not _MIN_CLIPPED <= len(short) < len(word):
        return False
    return fold(word).startswith(fold(short))


_MIN_CLIPPED = 2
