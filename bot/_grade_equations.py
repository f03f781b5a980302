"""An equation answered with its operators changed, or its terms moved.

Letters and digits carry an answer's words, so grading compares them and lets spaces and
punctuation go ("F=BIL" for "F = BIL"). In an equation the signs between the letters are the
answer too: "V = I/R" is not "V = IR", nor "speed = distance x time" "speed = distance / time".
A student writes multiplication many ways ("IV", "I x V", "I × V", "I*V"), so only the signs that
change the relation are compared: division, addition and subtraction, in order.

The order of the terms matters the same way (`same_equation`): a product's factors may come in
any order ("F = B x I x L" or "F = ILB" for "F = BIL", "F = am" for "F = ma") and so may the
terms of a sum, but what is divided by what, and what is taken from what, may not: "volume /
mass" is no "mass / volume" and "Costs - Income" no "Income - Costs", though the signs agree.
An answer with no "=" is an expression when a minus sign stands between its terms ("Income −
Costs", "Output - Input"); a bare "/" is not one, since notes write "X / Y" for two names.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import TypeAlias

from knowledge.text import fold

# The signs compared, each written its usual ways: ÷ and / divide, − (minus sign) and - subtract.
_SIGN = re.compile(r"[/÷+\-−–]")
_SAME_SIGN = str.maketrans({"÷": "/", "−": "-", "–": "-"})
# A minus sign between the terms of an answer with no "=": the minus sign itself, or a hyphen
# with spaces either side ("Output - Input"; "Nazi-Soviet" is one name).
_MINUS = re.compile(r"\s[-−]\s|−")
# Multiplication written out: a cross, star or dot, or an "x" with spaces either side ("B x I").
_TIMES = re.compile(r"\s+[x×*·]\s+|[×*·]")


def equation_signs(text: str) -> str | None:
    """The dividing, adding and subtracting signs of an equation answer ("a = (v - u) / t" ->
    "-/"), or None when `text` is no equation (no "=" in it)."""
    if "=" not in text:
        return None
    return "".join(_SIGN.findall(text)).translate(_SAME_SIGN)


def signs_differ(equations: tuple[str, ...], given: str) -> bool:
    """Whether `given` changes the signs of every equation answer in `equations` (their signs,
    from `equation_signs`). A given answer with no "=" is read as the equation's right side
    ("BIL" for "F = BIL"), so only its signs count too."""
    mine = "".join(_SIGN.findall(given)).translate(_SAME_SIGN)
    return all(mine != signs for signs in equations)


# One side of an equation read for comparing: its terms as (sign before it, letters), in order.
_Side: TypeAlias = tuple[tuple[str, str], ...]


def equation_sides(text: str) -> tuple[_Side, ...] | None:
    """The sides of an equation answer ("F = BIL"), or of an expression whose terms a minus sign
    joins ("Income - Costs"), read for `same_equation`; None for any other answer."""
    if "=" in text:
        return tuple(_side(side, _SIGN) for side in text.split("="))
    if _MINUS.search(text) is None:
        return None
    return (_side(text, _MINUS),)


def _side(text: str, signs: re.Pattern[str]) -> _Side:
    """The terms of one side: the sign before each term ("+" before the first), and the term as
    a sorted run of its folded letters and digits: a product reads the same in any order ("B x
    I x L", "LIB" and "BIL" are all "bil")."""
    pieces = signs.split(text)
    found = ["+", *(s.strip().translate(_SAME_SIGN) for s in signs.findall(text))]
    return tuple(
        (sign, "".join(sorted("".join(fold(_TIMES.sub("", piece)).split()))))
        for sign, piece in zip(found, pieces, strict=True)
    )


def same_equation(expected: tuple[_Side, ...], given: str) -> bool | None:
    """True when `given` is the equation `expected` (from `equation_sides`) with a product's
    factors in another order or written with signs ("F = B x I x L" for "F = BIL"), the terms
    of a sum in another order, or its sides swapped; False when it has the same terms and signs
    but what is divided or taken away moved ("volume / mass" for "mass / volume"): wrong however
    close it reads; None when it is neither, and is graded as any answer. A given answer with no
    "=" is read as the equation's right side."""
    if "=" in given:
        mine = equation_sides(given)
        theirs = expected
    else:
        mine = (_side(given, _SIGN if len(expected) > 1 else _MINUS),)
        theirs = expected[-1:]
    if mine is None or len(mine) != len(theirs):
        return None
    pairs = zip(mine, theirs, strict=True)
    if all(_same_side(m, t) for m, t in pairs):
        return True
    if len(mine) == 2 and all(_same_side(m, t) for m, t in zip(mine, theirs[::-1], strict=True)):
        return True  # "BIL = F"
    if all(_same_parts(m, t) for m, t in zip(mine, theirs, strict=True)):
        return False
    return None


def _same_side(mine: _Side, theirs: _Side) -> bool:
    """True when the two sides are the same terms in order, or the same terms added and taken
    away in another order ("-c + a" for "a - c"); never across a dividing sign."""
    if mine == theirs:
        return True
    if any(sign == "/" for sign, _ in (*mine, *theirs)):
        return False
    return Counter(mine) == Counter(theirs)


def _same_parts(mine: _Side, theirs: _Side) -> bool:
    """True when the two sides hold the same terms and the same signs, in whatever order."""
    return Counter(term for _, term in mine) == Counter(term for _, term in theirs) and Counter(
        sign for sign, _ in mine
    ) == Counter(sign for sign, _ in theirs)
