"""What a group of lines is named by, and which of its lines are its own.

An outline indents lines under a term's definition ("Motor effect: when a wire carrying a current
is placed in a magnetic field, the magnet and the wire exert a force on each other"), and under a
label of a list of its own ("Ways to increase the induced p.d.:"). Round 17's blind review saw the
whole sentence quoted as a list's name ("Which of these were among the “Motor effect: when a wire
…”? Pick all that apply."), read as a list of effects for its word "effect", and the label's items
("more turns on the coil") asked as facts of the definition's term. A list is named by its term;
its lines stop at a line that labels a list of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.questions._context import FactRef

# "Motor effect: when a wire carrying a current …", "TNC – a company that …": a term and its
# definition, at least this many words of it after the separator.
_DEFINED = re.compile(r"^\s*([^:–—]{1,60}?)\s*(?::|\s[–—-])\s+(\S+(?:\s+\S+){2,})")


def defined_term(heading: str) -> str | None:
    """The term a heading defines ("Motor effect" for "Motor effect: when a wire carrying a
    current is placed in a magnetic field, …"), None for a heading that defines nothing. Such a
    heading is no lead-in, whatever its words ("effect"), and its sentence names no list."""
    match = _DEFINED.match(heading)
    if match is None or "=" in match.group(2):
        return None  # "Gravitational potential energy: Ep = m x g x h": a formula, quoted whole
    return match.group(1).strip()


def own_lines(refs: Sequence[FactRef]) -> tuple[FactRef, ...]:
    """The lines of a group that are its own: up to a line that labels a list of its own ("Ways
    to increase the induced p.d.:"), whose lines are that label's, not the group's (round 17,
    A22 offered "more turns on the coil" as a fact of the generator effect)."""
    kept: list[FactRef] = []
    for ref in refs:
        if ref.text.rstrip().endswith(":"):
            break
        kept.append(ref)
    return tuple(kept)
