"""Terms the notes list as cases of another term: never each other's wrong options.

Notes list the cases of a term under a heading naming it ("TNCs in Nigeria": Shell, Unilever),
sometimes beside the term's own definition ("TNC: transnational corporation – a company that
operates in more than one country"). Round 17 offered Shell and Unilever as the wrong terms for
that definition, and the definition as a wrong meaning of "Shell": each is also true of the other.
A name defined under a heading that names another term (in either number) is a case of it.

A definition naming another key term says how the two are related ("Galvanising = coating iron
with zinc – works as a barrier and sacrificial protection"): round 18 offered galvanising as the
wrong term for sacrificial protection's meaning (B11), which the notes say it also is.
"""

from __future__ import annotations

import re
from functools import lru_cache

from bot.questions._context import DeckContext
from bot.questions._distractors import defining_line
from knowledge.importers.terms import split_glossary
from knowledge.model import Term
from knowledge.text import fold


def case_of(ctx: DeckContext, term: Term, other: Term) -> bool:
    """True when one of the two terms is a name ("Shell", "Del Monte") defined under a heading
    naming the other ("TNCs in Nigeria"). A common noun under such a heading ("Activation
    energy" under "Catalysts") is a term beside it, not a case of it."""
    headings = ctx.once(_headings)
    return (_named(other.term) and _names(headings.get(fold(other.term), ""), term.term)) or (
        _named(term.term) and _names(headings.get(fold(term.term), ""), other.term)
    )


def names_the_other(term: Term, other: Term) -> bool:
    """True when either term's definition says it is, or works as, the other ("Galvanising =
    coating iron with zinc – works as a barrier and sacrificial protection"; "a type of …", "also
    …"). A definition naming the other as a part or a place ("relative charge +1, found in the
    nucleus") keeps the two apart."""
    return _said_to_be(term.definition, other.term) or _said_to_be(other.definition, term.term)


# "works as a barrier and _", "is a type of _", "also _": what comes next says what it is.
_IS = r"(?:\b(?:is|are|as|also)|\b(?:type|kind|form|example|sort)s?\s+of)\s+"
_FEW_WORDS = r"(?:[\w'’-]+\s+){0,4}?"


def _said_to_be(definition: str, name: str) -> bool:
    folded, text = _folded(name), _folded(definition)
    if not folded or folded not in text:
        return False  # most pairs: a plain substring test, before any pattern is built
    said = rf"{_IS}{_FEW_WORDS}{re.escape(folded)}(?:s|es)?\b"
    if re.search(said, text) is not None:
        return True
    # "Millefiori: murrine with flower patterns": a definition headed by the other's name says
    # it is one of those (own glassblowing page: murrine's definition fitted millefiori too)
    headed = rf"^(?:(?:a|an|the)\s+)?{re.escape(folded)}(?:s|es)?\s+(?:with|that|which)\b"
    return re.match(headed, text.strip()) is not None


@lru_cache(maxsize=8192)
def _folded(text: str) -> str:
    return fold(text)


def _named(term: str) -> bool:
    """True for a name: every word capitalised, and not an acronym alone ("TNC")."""
    words = term.split()
    return bool(words) and all(word[:1].isupper() for word in words) and not term.isupper()


def _names(heading: str, term: str) -> bool:
    name = fold(term)
    return bool(name) and (f" {name} " in heading or f" {name}s " in heading)


def _headings(ctx: DeckContext) -> dict[str, str]:
    """Folded term -> the topic title and sub-heading over its defining line, folded, padded."""
    found: dict[str, str] = {}
    # A definition with lines indented under it is their sub-heading ("Shell – Anglo-Dutch oil
    # company …" over its advantages): its topic heads it.
    for ref in ctx.facts:
        split = split_glossary(ref.fact.group) if ref.fact.group else None
        if split is not None:
            found.setdefault(fold(split[0]), f" {fold(ref.topic.title)} ")
    for term in ctx.deck.terms:
        line = defining_line(ctx, term.term)
        if line is not None:
            found[fold(term.term)] = f" {fold(line.topic.title)} {fold(line.fact.group or '')} "
    return found
