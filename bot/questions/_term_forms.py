"""The grammatical form of a key term's name, so the answer is never the only option of its form.

A wrong option must read as the same part of speech as the answer, or the form gives it away
whatever the subject: "Unreliable" (a describing word) among "Heating" and "Pumped storage"
(things), "Vigilance committee" (a common noun) among "Billy the Kid" and "Wyatt Earp" (proper
names of people). The form is read from the name as the notes write it (its capitals, its
ending); a describing word is one only before a statement ("Unreliable: no electricity is
generated …"), since a subject's own adjectives defined as what they have ("Heterozygous:
having two different alleles") stand among its nouns in a teacher's list.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from bot._names import ends_in_category
from bot.questions._kinds import (
    OFFICE,
    PERSON,
    ROLE,
    UNKNOWN,
    defines_one_person,
    is_clause_definition,
    name_has_kind,
)
from knowledge.given_names import names_a_person
from knowledge.text import fold

if TYPE_CHECKING:
    from bot.questions._context import DeckContext

ADJECTIVE = "adjective"
# A proper name that names no kind of thing in its own words ("Wyatt Earp", "Billy the Kid"),
# unlike "War Communism" or "Sand Creek Massacre", whose last word says what they are.
PROPER = "proper name"
# A common noun phrase written in sentence case ("Vigilance committee", "Open range").
COMMON = "common noun"
UNTOLD = ""  # one word in capitals (a sentence's first word): a noun of either sort

# Endings only describing words have ("reliable", "visible", "porous", "harmless", "useful").
_SURE_ADJECTIVE = ("able", "ible", "ous", "less", "ful")
# Endings nouns share ("incentive", "republic", "arrival"), and plurals of them are nouns.
_MAYBE_ADJECTIVE = ("ive", "ic", "al", "ent", "ant", "ary")
# Small words a proper name may hold in lower case: "Billy the Kid", "Charles de Gaulle".
_NAME_PARTICLES = frozenset(
    "the of de da di del der den van von la le du dos das bin ibn al el y and".split()  # noqa: SIM905
)
_WORD = re.compile(r"[^\W\d_][\w'’.]*")


_BRACKETED = re.compile(r"\s*\([^()]*\)")
_WORD_BREAK = re.compile(r"[\s\-–]+")


def _name_words(term: str) -> tuple[str, list[str]]:
    """A key term's name without its brackets ("Pure (chemistry)" -> "Pure"), and its words."""
    name = (_BRACKETED.sub("", term) if "(" in term else term).strip() or term
    return name, _WORD_BREAK.split(name)


def is_adjective(term: str, definition: str) -> bool:
    """True when `term_form(term, definition)` is ADJECTIVE, read without the rest of
    `term_form`: only a one-word name is a describing word, so a name of several words costs no
    look-up of people's names or word frequencies (a 44,000-card upload asks this of each card)."""
    name, words = _name_words(term)
    return len(words) == 1 and _describing(fold(name), definition)


@lru_cache(maxsize=8192)
def term_form(term: str, definition: str = "") -> str:
    """ADJECTIVE, PROPER, COMMON or UNTOLD for a key term's name (see the module docstring)."""
    name, words = _name_words(term)
    if len(words) == 1:
        return ADJECTIVE if _describing(fold(name), definition) else UNTOLD
    if not all(_WORD.fullmatch(word) for word in words):
        return UNTOLD
    lowered = [word for word in words if not word[:1].isupper()]
    if not lowered:
        folded = tuple(fold(word) for word in words)
        if names_a_person(folded):
            return PROPER
        if ends_in_category(folded) or name_has_kind(name) or any(map(_everyday, folded)):
            return UNTOLD  # "War Communism", "Sand Creek Massacre": a named thing of a kind
        return PROPER
    if all(fold(word) in _NAME_PARTICLES for word in lowered) and words[-1][:1].isupper():
        return PROPER  # "Billy the Kid", "Charles de Gaulle"
    if words[0][:1].isupper() and all(word.islower() for word in words[1:]):
        return COMMON
    return UNTOLD


def _describing(word: str, definition: str) -> bool:
    """True for a describing word used as a label before a statement ("Unreliable: no
    electricity is generated …"). One defined by what it has or is ("Heterozygous: having two
    different alleles", "Dominant: an allele that …") is a key term of its subject, asked among
    the others as the notes list them (round 13 found those sound)."""
    ending = (word.endswith(_SURE_ADJECTIVE) and len(word) > len("able") + 1) or (
        word.endswith(_MAYBE_ADJECTIVE) and not word.endswith("s")
    )
    # The ending first: most names have none, and reading the definition costs far more.
    return ending and bool(definition) and is_clause_definition(definition)


def _everyday(word: str) -> bool:
    from wordfreq import zipf_frequency  # loaded on first use, as the importer loads it

    return float(zipf_frequency(word, "en")) >= _EVERYDAY_ZIPF


# A word this common in English makes a capitalised name a named thing ("War Communism", "Bow
# Street Runners"), not a person's or a place's own name ("Wyatt Earp", "Wakan Tanka").
_EVERYDAY_ZIPF = 4.5


def forms_differ(one: str, other: str) -> bool:
    """True when two forms (`term_form`) read apart: a describing word beside any noun, a proper
    name beside a common noun phrase. An untold form differs from no noun."""
    if ADJECTIVE in (one, other):
        return one != other
    return {one, other} == {PROPER, COMMON}


def is_plural(term: str) -> bool:
    """True when a name ends in a plural ("Homesteaders", "Forty-niners"): people named so are a
    group, which reads apart from one person ("Joseph McCoy") among the options."""
    last = fold(re.sub(r"\s*\([^()]*\)", "", term)).split()[-1:] or [""]
    word = last[0].rsplit("-", 1)[-1]
    return len(word) > len("ss") and word.endswith("s") and not word.endswith(_SINGULAR_S)


_SINGULAR_S = ("ss", "us", "is", "ics", "ous", "as")


def form_in_deck(ctx: DeckContext, name: str) -> str:
    """`term_form` of a name as the deck defines it (its definition read when it is a key term)."""
    found = ctx.term_named(fold(name))
    if found is None:
        return term_form(name)
    return term_form(found[1].term, found[1].definition)


def read_apart(ctx: DeckContext, one: str, other: str) -> bool:
    """True when two names the deck defines read apart by form (`forms_differ`), or are people
    of whom one is a group and the other one person."""
    if forms_differ(form_in_deck(ctx, one), form_in_deck(ctx, other)):
        return True
    people = (PERSON, ROLE, OFFICE)
    kinds = (ctx.term_kinds.get(fold(one), UNKNOWN), ctx.term_kinds.get(fold(other), UNKNOWN))
    return all(kind in people for kind in kinds) and _group(ctx, one) != _group(ctx, other)


def _group(ctx: DeckContext, name: str) -> bool:
    """True for a name of several people: plural in form ("Suffragettes"), unless its
    definition says one person ("Archimedes: Mathematician and inventor of Syracuse")."""
    return (
        is_plural(name)
        and not one_named_person(name)
        and fold(name) not in ctx.once(_one_person_names)
    )


def one_named_person(name: str) -> bool:
    """True for a name written as one person's ("Samuel Adams", "Lord Hastings"): capitalised
    words opening with a given name or a title, however the surname ends (round 20, B30 and B44:
    "Samuel Adams" read as a group beside "Patriots" and "Loyalists")."""
    words = name.split()
    if not _NAMED_WORDS[0] <= len(words) <= _NAMED_WORDS[1]:
        return False
    if not all(word[:1].isupper() or word in _PARTICLES for word in words):
        return False
    return names_a_person(tuple(fold(name).split()))


_NAMED_WORDS = (2, 4)
_PARTICLES = frozenset(("the", "of", "de", "da", "di", "van", "von", "la", "le", "du"))


def _one_person_names(ctx: DeckContext) -> frozenset[str]:
    return frozenset(fold(t.term) for t in ctx.deck.terms if defines_one_person(t.definition))
