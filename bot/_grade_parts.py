"""Pairing the parts of a multi-part answer ("Warsaw and NATO" for "NATO and Warsaw").

Split out of the grader: which given part matches which expected part is a small bipartite
matching, independent of how one part is compared with another (the grader's job).
"""

from __future__ import annotations

from collections.abc import Sequence


def pair_parts(options: Sequence[Sequence[tuple[int, int]]]) -> dict[int, tuple[int, int]]:
    """As many given parts as possible, each paired with a different expected part it matches.

    `options[g]` lists (expected part, edits) for each expected part that given part `g` matches;
    the result maps given part -> (expected part, edits). Answers have a few parts, so a simple
    augmenting-path matching is enough.
    """
    owner: dict[int, int] = {}  # expected part -> given part
    edits: dict[tuple[int, int], int] = {}

    def assign(g: int, seen: set[int]) -> bool:
        for e, d in options[g]:
            if e in seen:
                continue
            seen.add(e)
            if e not in owner or assign(owner[e], seen):
                owner[e], edits[g, e] = g, d
                return True
        return False

    for g in range(len(options)):
        assign(g, set())
    return {g: (e, edits[g, e]) for e, g in owner.items()}
