"""The other names one line of the notes gives a name, checked against the deck: a line's part
of the one reader (`_other_names`).

- "Term (other name)" after a term the deck defines, or an acronym and its words either way
  round ("IVF (in vitro fertilisation)");
- "Term: … (also called other name)", "born Amenhotep", "also spelled Rameses";
- "sex cells called gametes";
- each shape `_notes_names` and `_notes_glosses` read ("X (aka Y)", "Label (gloss) -", a
  nickname in quotes, "Name (…, aka Other)", "Name (Article 231)", "a diktat – a dictated
  peace", "sodium hydroxide (NaOH)").

A bare bracket's gloss meets `_name_checks.gloss_of`; a name the notes say is the same ("aka",
"also called") may be a name of the deck too, but not another term it defines.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from bot.questions._bracket_names import bracket_names
from bot.questions._context import DeckContext
from bot.questions._name_checks import (
    BRACKET,
    GLOSS_WORDS,
    gloss_of,
    is_entity,
    names_something,
)
from bot.questions._notes_glosses import bracket_aka, dash_gloss, named_formula, numbered_name
from bot.questions._notes_names import (
    acronym_pairs,
    also_pairs,
    label_gloss,
    nickname,
    same_noun_pairs,
)
from bot.questions._words import STOP_WORDS, spells_initials
from knowledge.search._dictionary import is_english
from knowledge.text import fold

_MAX_TERM_WORDS = 6


def line_pairs(ctx: DeckContext, text: str) -> Iterator[tuple[str, str]]:
    """(key term, other name) for each other name a line of the notes gives a term the deck
    defines: "Term (other name)", "Term: … (also called other name)", "other name called term",
    each a line gives the name it opens with (`_line_names`), and a bracket's gloss of other
    words (`_bracket_names`)."""
    yield from _term_glosses(ctx, text)
    yield from _also_called(ctx, text)
    yield from _called(ctx, text)
    yield from _line_names(ctx, text)
    yield from bracket_names(ctx, text)


def _line_names(ctx: DeckContext, text: str) -> Iterator[tuple[str, str]]:
    """(name, other name) for each other name a line gives by its shape (`_notes_names`): an
    acronym spelt out, "X (aka Y)" where X opens the line, a gloss in brackets after the line's
    label, a nickname in quotes after it. The other name, when no acronym's words, names nothing
    else of the deck; a gloss reads as a name, not a comment."""
    yield from acronym_pairs(text)
    for name, other in also_pairs(text):
        if fold(other) != fold(name) and not names_something(ctx, other):
            yield name, other
    for name, other in same_noun_pairs(text):
        # the line itself makes the other name a phrase of the deck: it must name no entity
        # nor another term the deck defines
        if not is_entity(ctx, other) and fold(other) not in ctx.term_names:
            yield name, other
    for found in (label_gloss(text), nickname(text)):
        if found is not None and fold(found[1]) != fold(found[0]) and gloss_of(ctx, *found):
            yield found
    yield from _more_line_names(ctx, text)


def _more_line_names(ctx: DeckContext, text: str) -> Iterator[tuple[str, str]]:
    """(name, other name) for the shapes `_notes_glosses` reads: "Name (…, aka Other)" — the
    notes say it is the same thing, so the other name may be an entity of the deck too, though
    not another term it defines —, "Name (Article 231)", "a diktat – a dictated peace", "iron(III)
    ions (Fe3+)". A word glossed in brackets ("explicit (declarative)") is not read so: the
    notes' own term in the bracket is asked, and the word before it would give it away."""
    found = bracket_aka(text)
    if found is not None and fold(found[1]) not in {fold(found[0]), *ctx.term_names}:
        yield found
    for name, other in numbered_name(text):
        if not names_something(ctx, other):
            yield name, other
    for word, gloss in dash_gloss(text):
        if fold(word) in ctx.term_names and gloss_of(ctx, word, gloss):
            yield word, gloss
    yield from named_formula(text)


def _term_glosses(ctx: DeckContext, text: str) -> Iterator[tuple[str, str]]:
    """(key term, other name) for each "Term (other name)" of a line of the notes, where the
    term is one the deck defines, in any case: an acronym and the words its letters stand for,
    either way round ("IVF (in vitro fertilisation)", "in vitro fertilisation (IVF)"), or a term
    and a lower-case synonym ("Selective breeding (artificial selection)"). A bracket that is a
    comment ("(from the Greek)"), an example ("(sperm or egg)") or another name of the deck is
    no synonym."""
    for before, inside in _bracketed_terms(ctx, text):
        if spells_initials(before, inside) or spells_initials(inside, before):
            yield before, inside  # an acronym and its expansion, either way round
            continue
        if fold(before) in ctx.once(_terms_with_examples):
            continue  # "white precipitate (silver chloride)", "… (silver iodide)": examples
        if gloss_of(ctx, before, inside):
            yield before, inside


def _terms_with_examples(ctx: DeckContext) -> frozenset[str]:
    """The folded terms the notes follow with two or more different brackets of lower-case
    words ("white precipitate (silver chloride)", "yellow precipitate (silver iodide)"): those
    brackets name examples of the term, not another name for it."""
    seen: dict[str, set[str]] = {}
    for ref in ctx.facts:
        for before, inside in _bracketed_terms(ctx, ref.text):
            if GLOSS_WORDS.fullmatch(inside) and not spells_initials(before, inside):
                seen.setdefault(fold(before), set()).add(fold(inside))
    return frozenset(term for term, insides in seen.items() if len(insides) > 1)


def _bracketed_terms(ctx: DeckContext, text: str) -> Iterator[tuple[str, str]]:
    """(key term, what the bracket after it holds) for each "Term (…)" of a line, the term one
    the deck defines; quotes and an "aka" in the bracket are left out ('Lebensraum ("living
    space")')."""
    names = ctx.term_names
    for match in BRACKET.finditer(text) if "(" in text else ():
        # "relay neurone (aka relay neuron)": the other name, without the words saying it is one
        inside = _NAMING.sub("", match.group(1).strip()).strip("\"'“”‘’ ")
        opening = text[: match.start()].split()
        words = opening[-_MAX_TERM_WORDS:]
        before = next(
            (
                " ".join(words[i:])
                for i in range(len(words))
                if _a_term(names, words[i:])
                and not (_inside_a_name(words, i) and not _opening_verb(ctx, opening, i))
            ),
            None,
        )
        if before is not None and inside:
            yield before, inside


def _opening_verb(ctx: DeckContext, opening: list[str], start: int) -> bool:
    """True when the capitalised word before a term is the line's first word, a word of English
    and with the term no name of the deck: 'Gain Lebensraum ("living space")' opens with a verb,
    while "Flamborough Head (chalk)" is a name."""
    if len(opening) > _MAX_TERM_WORDS or start != 1:
        return False
    return is_english(fold(opening[0])) and not names_something(ctx, " ".join(opening[:2]))


_NAMING = re.compile(
    r"^(?:aka|a\.k\.a\.|also\s+(?:called|known\s+as|named|termed)|sometimes\s+called)\s+",
    re.IGNORECASE,
)

# "Atomic number: the number of protons … (also called the proton number)": the other name a
# definition line gives its term, after "also called", "also known as", "aka".
_ALSO_CALLED = re.compile(
    r"(?:\(|,|;|\s[-–—]\s)\s*(?:also\s+(?:called|known\s+as|named|termed)|sometimes\s+called|"
    r"aka|a\.k\.a\.)\s+(?:the\s+|a\s+|an\s+)?[\"'“‘]?"
    r"(?P<other>[A-Za-z][a-z'’-]+(?:\s+[A-Za-z][a-z'’-]+){0,3})"
)


def _label_and_definition(text: str) -> tuple[str, str, str]:
    """A definition line cut at its label: "Term: definition", or "term = definition" as a
    flashcard export is read (the card's two sides), whichever comes first."""
    colon, equals = text.find(":"), text.find(" = ")
    if equals >= 0 and (colon < 0 or equals < colon):
        return text[:equals], " = ", text[equals + 3 :]
    return text.partition(":")


# "pharaoh born Amenhotep IV", "born Tutankhaten", "also spelled Rameses", "formerly Akhetaten":
# the name a person or place went by before, or another spelling of it, a capitalised name (a
# regnal number may follow) after the word that says so.
_NAMED_BEFORE_CUE = re.compile(
    r"(?<![\w'’-])(?:born|formerly|originally|previously|also\s+spel(?:t|led))\s+(?=[A-Z])"
)

_NAMED_BEFORE = re.compile(
    r"(?<![\w'’-])(?:born|formerly|originally|previously|also\s+spel(?:t|led))\s+"
    r"(?P<other>[A-Z][\w'’-]+(?:\s+(?:[A-Z][\w'’-]+|[IVX]{1,4}\b)){0,2})"
)

_REGNAL = re.compile(r"[IVX]{1,4}")


def _named_before(ctx: DeckContext, head: str, definition: str) -> Iterator[tuple[str, str]]:
    """(term, other name) for each name a definition says the term went by before, or spelt
    otherwise ("Tutankhamun: … born Tutankhaten", "Ramesses II: … also spelled Rameses"): the
    same one, so a student's answer by either name is right. A spelling of a king's name keeps
    his number ("Rameses II"). Not another term the deck defines, nor the term itself."""
    numeral = head.rsplit(maxsplit=1)[-1]
    for match in _NAMED_BEFORE.finditer(definition):
        other = match.group("other")
        if "spel" in match.group(0) and _REGNAL.fullmatch(numeral) and " " not in other:
            other = f"{other} {numeral}"  # "Rameses" spells the name of Ramesses II, not the king
        if fold(other) != fold(head) and fold(other) not in ctx.term_names:
            yield head, other


def _inside_a_name(words: list[str], start: int) -> bool:
    """True when `words[start:]` ends a longer capitalised name: "Head" of "Flamborough Head
    (chalk)" is not the term "Head" glossed."""
    return start > 0 and words[start - 1][:1].isupper() and words[start][:1].isupper()


def _a_term(names: frozenset[str], words: list[str]) -> bool:
    """True when `words` are a term the deck defines, in either number ("gametes", "Gamete")."""
    key = fold(" ".join(words))
    return key in names or key.removesuffix("s") in names


def _also_called(ctx: DeckContext, text: str) -> Iterator[tuple[str, str]]:
    """(key term, other name) for a definition line of a term the deck defines that gives the
    term another name ("Atomic number: … (also called the proton number)", "Loyalists: …; also
    called Tories"); the other name is cut at its first function word, and is no other name
    of the deck — a capitalised one, no other term the deck defines (the line itself may make
    it a name of the deck)."""
    head, colon, definition = _label_and_definition(text)
    if not colon or fold(head.strip()) not in ctx.term_names:
        return
    if "also" not in definition and _NAMED_BEFORE_CUE.search(definition) is None:
        return
    yield from _named_before(ctx, head.strip(), definition)
    for match in _ALSO_CALLED.finditer(definition) if "also" in definition else ():
        # "also called case law or judge-made law": each name the cue gives, up to its first
        # function word
        named_after = definition[match.start("other") :]
        for alternative in _ALTERNATIVES.split(named_after)[:_MAX_ALTERNATIVES]:
            other = _cut(alternative)
            if not other or fold(other) == fold(head):
                continue
            # The notes say the two are one: the other name may be a name of the deck too (the
            # line itself makes "Tories" one), though not another term the deck defines.
            named = (
                fold(other) in ctx.term_names
                if other[:1].isupper()
                else names_something(ctx, other)
            )
            if not named:
                yield head.strip(), other
            if not _ALTERNATIVE_NEXT.match(alternative[len(other) :]):
                break  # what follows the name is no "or": the cue named one


# "case law or judge-made law": the names one cue gives (not after a comma: "also called
# Tories, supporters of the king" says who they were).
_ALTERNATIVES = re.compile(r"\s+or\s+(?:the\s+|a\s+|an\s+)?")
_ALTERNATIVE_NEXT = re.compile(r"\s*$")
_MAX_ALTERNATIVES = 3
_OTHER_WORDS = re.compile(r"[\"'“‘]?([A-Za-z][a-z'’-]+(?:\s+[A-Za-z][a-z'’-]+){0,3})")


def _cut(text: str) -> str:
    """The name `text` opens with: up to four words, cut at the first function word."""
    found = _OTHER_WORDS.match(text.strip())
    words: list[str] = []
    for word in found.group(1).split() if found else ():
        if fold(word) in STOP_WORDS:
            break
        words.append(word)
    return " ".join(words)


# "sex cells called gametes", "a process known as osmosis": a name, then the term it is called.
_CALLED = re.compile(
    r"(?<![\w'’-])(?P<other>[a-z][a-z'’-]+\s+[a-z][a-z'’-]+)\s+(?:called|known\s+as|termed)\s+"
    r"[\"“‘]?(?P<term>[A-Za-z][a-z'’-]+(?:\s+[a-z][a-z'’-]+)?)"  # 'locomotives called "mules"'
)

_CALLING = re.compile(r"called|known|termed")


def _called(ctx: DeckContext, text: str) -> Iterator[tuple[str, str]]:
    """(key term, other name) for "sex cells called gametes": two words, then "called" (or
    "known as", "termed") and a term the deck defines (in either number); neither of the two
    words a function word, the two names not of one noun ("leaf cells called palisade cells"
    names a kind), and they no other name of the deck."""
    if not _CALLING.search(text):
        return  # no word `_CALLED` needs: its search tries each place of the line, far slower
    for match in _CALLED.finditer(text):
        other, term = match.group("other"), match.group("term")
        key = fold(term)
        if key not in ctx.term_names and key.removesuffix("s") not in ctx.term_names:
            continue
        if any(fold(word) in STOP_WORDS for word in other.split()):
            continue
        if _head(other) == _head(term):
            continue  # "leaf cells called palisade cells": a kind of leaf cell, not its name
        if not names_something(ctx, other):
            yield term, other


def _head(name: str) -> str:
    """A name's last word, folded, without a plural "s"."""
    return fold(name).split()[-1].removesuffix("s")
