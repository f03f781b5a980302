"""Words of a fact with their positions, so spans found on folded words can be cut from the text.

Matching runs on folded words ("Gerő" and "Gero" meet) while blanking must cut the original text, so
every token keeps its character offsets.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from bot.questions._words import STOP_WORDS
from knowledge.text import fold

_TOKEN = re.compile(r"[^\W_]+")
_ACRONYM = re.compile(r"(?=(?:[^A-Z]*[A-Z]){2})[A-Z][A-Z0-9]*s?")
# What may sit between the words of one name: "Dwight D. Eisenhower", "Ernő Gerő", "re-elected".
_JOINABLE = re.compile(r"[\s\-–'’.]{1,3}")
_SPACED_DASH = re.compile(r"\s[-–]|[-–]\s")
# A chemical formula: element symbols with counts ("CO2", "H₂O", "CaCO₃", "NaCl", "N₂").
_FORMULA_PART = re.compile(r"([A-Z][a-z]?)([0-9₀-₉]*)")
_FORMULA = re.compile(r"(?:[A-Z][a-z]?[0-9₀-₉]*)+")
_ELEMENTS = frozenset(
    """
    H He Li Be B C N O F Ne Na Mg Al Si P S Cl Ar K Ca Sc Ti V Cr Mn Fe Co Ni Cu Zn Ga Ge As Se
    Br Kr Rb Sr Y Zr Nb Mo Tc Ru Rh Pd Ag Cd In Sn Sb Te I Xe Cs Ba La Ce Pr Nd Pm Sm Eu Gd Tb
    Dy Ho Er Tm Yb Lu Hf Ta W Re Os Ir Pt Au Hg Tl Pb Bi Po At Rn Fr Ra Ac Th Pa U Np Pu Am Cm
    """.split()  # noqa: SIM905
)
# One element with a count is a formula only for the gases written so ("O2", "N₂", "Cl2");
# "U2", "V2", "B52" are names.
_DIATOMIC = frozenset({"H", "N", "O", "F", "Cl", "Br", "I"})
# What ends a sentence or a clause a bullet starts afresh after.
_SENTENCE_BREAK = re.compile(r"[.!?:;•\n]")


class Token(NamedTuple):
    """One word of a text: its offsets, its original spelling and its folded form, and what its
    spelling makes it (worked out once per distinct word by `tokenize`: a big deck's lines are
    read several times, and these were asked of each word again each time).

    A named tuple, immutable and compared by value as a frozen dataclass is, but made about
    three times faster: a big deck's lines are hundreds of thousands of tokens, and making
    them as frozen dataclasses (a guarded attribute set per field) was most of tokenizing."""

    start: int
    end: int
    text: str
    folded: str
    # Capitals (and digits): "NATO", "ICBMs", "CO2"; not a shouted stop word ("BUT").
    is_acronym: bool
    # Starts with a capital and is more than a stray initial, an acronym or a stop word.
    is_capitalised: bool

    @property
    def is_formula(self) -> bool:
        """A chemical formula ("CO2", "H₂O", "CaCO₃", "NaCl"): a student names the substance
        ("calcium carbonate") as often as its formula, so it is never a blank's answer."""
        return is_formula(self.text)


@lru_cache(maxsize=65536)
def _word(text: str) -> tuple[str, bool, bool]:
    """A word's folded form, and whether it is an acronym and whether capitalised (`Token`)."""
    folded = fold(text)
    acronym = bool(_ACRONYM.fullmatch(text)) and folded not in STOP_WORDS
    capitalised = len(text) >= 2 and text[0].isupper() and not acronym and folded not in STOP_WORDS
    return folded, acronym, capitalised


@lru_cache(maxsize=16384)
def is_formula(text: str) -> bool:
    """True for a chemical formula: element symbols, each with an optional count, with a
    subscript, or two symbols or more and a count or a lower-case letter ("NaCl"), or a gas
    written with its count ("O2")."""
    if not _FORMULA.fullmatch(text):
        return False
    parts = _FORMULA_PART.findall(text)
    if not all(symbol in _ELEMENTS for symbol, _ in parts):
        return False
    if any("₀" <= ch <= "₉" for ch in text):
        return True
    counted = any(count for _, count in parts)
    if len(parts) >= 2:
        return counted or any(ch.islower() for ch in text)
    symbol, count = parts[0]
    return symbol in _DIATOMIC and count in ("2", "3")


_SYMBOL = re.compile(r"[A-Z][a-z]?")


def element_symbols(text: str) -> bool:
    """True when every capital of `text` (element symbols with their counts, as "Fe2", "SO4",
    "OH") opens an element's symbol: "Fe2" and "OH" are, "NATO" is not."""
    return all(symbol in _ELEMENTS for symbol in _SYMBOL.findall(text))


# A text's words, in order.
Tokens = tuple[Token, ...]


@lru_cache(maxsize=16384)
def tokenize(text: str) -> Tokens:
    """The words of `text` (letters and digits; punctuation splits words)."""
    tokens: list[Token] = []
    for match in _TOKEN.finditer(text):
        word = match.group()
        folded, acronym, capitalised = _word(word)
        if folded:
            # tuple.__new__ makes the same Token as `Token(...)` without the Python-level
            # `__new__` a named tuple has: a 44,000-card deck's lines are 400,000 tokens.
            tokens.append(
                _new_tuple(Token, (match.start(), match.end(), word, folded, acronym, capitalised))
            )
    return tuple(tokens)


_new_tuple = tuple.__new__


def shape(text: str) -> tuple[bool, int]:
    """Whether `text` is one acronym alone, and how many words it has, as `tokenize` reads it,
    without making its tokens: a big deck's wrong options are grouped by this, tens of
    thousands of names each read once."""
    words = [word for word in _TOKEN.findall(text) if _word(word)[0]]
    return len(words) == 1 and _word(words[0])[1], len(words)


def joinable(text: str, left: Token, right: Token) -> bool:
    """True when `left` and `right` can be words of one name (spaces, a dot or a dash between).
    A dash with a space beside it parts a clause, not a name: "supporters of Parliament –
    Puritans, merchants …" names Parliament, then Puritans ("Goodnight-Loving" stays one)."""
    return bool(_JOINABLE.fullmatch(text, left.end, right.start)) and not _SPACED_DASH.search(
        text, left.end, right.start
    )


def starts_sentence(text: str, tokens: Tokens, index: int) -> bool:
    """True when token `index` is the first word of the text or of a sentence within it."""
    if index == 0:
        return True
    gap = text[tokens[index - 1].end : tokens[index].start]
    return bool(_SENTENCE_BREAK.search(gap))
