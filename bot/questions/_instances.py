"""Terms the notes list as cases of another term: never each other's wrong options.

Notes list the cases of a term under a heading naming it ("TNCs in Nigeria": Shell, Unilever),
sometimes beside the term's own definition ("TNC: transnational corporation – a company that
operates in more than one country"). Round 17 offered Shell and Unilever as the wrong terms for
that definition, and the definition as a wrong meaning of "Shell": each is also true of the other.
A name defined under a heading that names another term (in either number) is a case of it.
"""

from __future__ import annotations

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
