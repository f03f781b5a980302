"""Ions written with their charge ("Fe2+", "Cl-", "NH4+", "SO4 2-", "Cu²⁺"), which no blank may cut.

Round 16's blind review: "iron(II) ions (_____+) → green precipitate" was keyed "Fe2", a symbol
that does not exist, because words end at the "+". An ion is a formula with its charge, and a
formula is never a blank's answer (`Token.is_formula`: a student names the substance as often as
its symbol), so the words of an ion, and the charge number written apart ("SO4 2-"), are left
out of every blank. A sign with a space before it ("A + B", "Fe - iron") or a word after it
("Na-K pump", "self-reliance") is no charge.
"""

from __future__ import annotations

import re

from bot.questions._tokens import element_symbols

# Element symbols with counts, then the charge: an optional number (apart after one space, as
# in "SO4 2-") and a sign directly after it, with no word or arrow head (">") following.
_ION = re.compile(
    r"(?<![^\W_])((?:[A-Z][a-z]?[0-9₀-₉⁰¹²³⁴-⁹]*)+)(?: ?[0-9²³])?[+\-−⁺⁻](?![^\W_]|[>+\-−])"
)
_SIGNS = frozenset("+-−⁺⁻")


def ion_ranges(text: str) -> tuple[tuple[int, int], ...]:
    """The `(start, end)` character ranges of the ions `text` writes with their charge."""
    if _SIGNS.isdisjoint(text):
        return ()  # most lines have no sign at all
    return tuple(found.span() for found in _ION.finditer(text) if element_symbols(found.group(1)))
