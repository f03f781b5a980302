"""The particle-chain and "of these" patterns give the same answers as the forms they replaced
(which re-read long words and runs of spaces from every position) on short random lines."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from bot.questions._name_fragments import _PARTICLE_CHAIN
from bot.questions._part_whole import _OF_THESE_BEFORE

_OLD_PARTICLE_CHAIN = re.compile(
    r"[A-Z][\w'’-]*\s+(?:(?:the|o|te|de|del|della|di|da|do|dos|das|du|la|le|van|von|der|den|y|al"
    r"|el|bin|ibn)\s+)+$"
)
_OLD_OF_THESE_BEFORE = re.compile(
    r"\bof\s+(?:them|these|those|which|whom)\s*,?\s*(?:\w+\s+){0,2}$", re.I
)

# Pieces the patterns turn on, so random lines often come near a match.
_PIECES = st.sampled_from(
    [
        " ",
        "  ",
        "\t",
        ",",
        "-",
        "'",
        "’",
        "A",
        "Vasco",
        "deVries",
        "x",
        "é",
        "É",
        "1",
        "_",
        "da",
        "the",
        "o",
        "te",
        "of",
        "these",
        "OF",
        "Them",
        "which",
        "around",
        "x ",
    ]
)
LINES = st.lists(_PIECES, max_size=14).map("".join)


@given(LINES)
def test_the_particle_chain_finds_what_it_found(line: str) -> None:
    assert bool(_PARTICLE_CHAIN.search(line)) == bool(_OLD_PARTICLE_CHAIN.search(line))


@given(LINES)
def test_of_these_finds_what_it_found_where_it_found_it(line: str) -> None:
    new, old = _OF_THESE_BEFORE.search(line), _OLD_OF_THESE_BEFORE.search(line)
    assert (new.start() if new else None) == (old.start() if old else None)
