"""One term the notes define twice, under two spellings of its name: neither definition is a
wrong option for the other.

Round 28 (A54) asked "What does “huri mo’ai” mean?" (the glossary: "the period of
statue-toppling") and offered "moai pulled down, probably in clan conflict", which is what the
slide on the collapse says under "Huri mo’ai (“statue-toppling”):". The two terms differ only by a
bracketed gloss, so the name comparison that keeps a term's own definition out of its options
missed it. Names are compared here without brackets, case, accents or punctuation, with each
term's other names, and a bracket that glosses one name with the other's definition words
("statue-toppling") ties them too.
"""

from __future__ import annotations

import re
from functools import lru_cache

from knowledge.model import Term
from knowledge.text import fold

_BRACKET = re.compile(r"\(([^()]*)\)")
_MIN_GLOSS_WORD = 4


def defined_twice(term: Term, candidate: Term) -> bool:
    """True when `candidate` names the same thing as `term` (see the module)."""
    if not _names(term).isdisjoint(_names(candidate)):
        return True
    return _glossed_by(term, candidate) or _glossed_by(candidate, term)


@lru_cache(maxsize=8192)
def _names(term: Term) -> frozenset[str]:
    names = set()
    for name in (term.term, *term.aliases):
        bare = fold(_BRACKET.sub(" ", name))
        if bare:
            names.add(bare)
        names.update(fold(inner) for inner in _BRACKET.findall(name) if fold(inner))
    return frozenset(names)


def _glossed_by(term: Term, other: Term) -> bool:
    """True when a bracket in `other`'s name is a gloss whose words `term`'s definition holds and
    their names share a word ("Huri mo’ai (“statue-toppling”)" beside "huri mo’ai: the period of
    statue-toppling")."""
    glosses = [fold(inner) for inner in _BRACKET.findall(other.term)]
    definition = f" {fold(term.definition)} "
    words = set(fold(_BRACKET.sub(" ", other.term)).split())
    if words.isdisjoint(fold(term.term).split()):
        return False
    return any(
        gloss and len(gloss) >= _MIN_GLOSS_WORD and f" {gloss} " in definition for gloss in glosses
    )
