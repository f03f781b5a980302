"""Lines shaped "X: Y" or "X = Y" that do not say what X means: a mnemonic, an equality, a label.

The importer reads "Term: definition" and "Term = definition" lines as key terms, and most are.
The round-17 blind review (class 2) found seven that are not, each asked "What does X mean?":
- a memory aid's lines ("thuMb = Motion (force)", "First finger = Field (north to south)"):
  the letters the aid capitalises leak, and the stem never names the rule they belong to;
- an equality of two quantities ("Frequency of the sound = frequency of the a.c."): the two sides
  name the same kind of thing, neither defines the other;
- an item of a method and its number ("Tube 3: air dried with anhydrous calcium chloride …",
  round 18);
- a list's labels with examples or a benefit after them ("Road: smart motorways, e.g. the M6",
  "Tourism – brings in money and jobs (e.g. Jamaica)"), or a fact file's slot with a name after it
  ("Capital: Abuja. Largest city: Lagos").
Such a term is neither asked nor offered as a wrong option; its line is still asked as a line
(a cloze with its section as context).
"""

from __future__ import annotations

import re

from bot.questions._context import DeckContext, FactRef
from bot.questions._distractors import defining_line
from bot.questions._label_values import labels_examples
from bot.questions._trivia_blanks import numbers_an_item
from bot.questions._words import content_words, root
from knowledge.model import Term

# "thuMb", "seCond", "LaNd": a capital inside a word after two letters or more, the letter a
# memory aid singles out ("McCarthy", "MacDonald" are names, "pH" a symbol).
_AID_CAPITAL = re.compile(r"\b(?!Mc|Mac)[A-Za-z][a-z]+[A-Z]")
# "Label = value": the sign between a term and what the line says of it.
_EQUALS = re.compile(r"\s=\s")
# "e.g. the M6", "(e.g. Jamaica)", "such as …": what follows is an example, not a meaning.
# "Abuja. Largest city: Lagos": a name of a word or two, then the fact file's next slot. A card
# "Haus: House" or "Dog: Hund" is a word and its meaning, and is asked.
_NAMED_VALUE = re.compile(r"[A-Z0-9][\w,.%-]*(?:\s+[\w%-]+)?[.;]\s+[A-Z][\w ]{0,30}:\s")


def not_a_definition(ctx: DeckContext, term: Term) -> bool:
    """True when `term`'s line does not say what the term means (see the module's docstring)."""
    definition = term.definition.strip()
    if _aid_capital(term.term) or _in_a_memory_aid(ctx, term):
        return True
    if _equality(ctx, term):
        return True
    if _NAMED_VALUE.match(definition) or _instruction(term.term) or numbers_an_item(term.term):
        return True
    return labels_examples(term.term, definition)


def _aid_capital(name: str) -> bool:
    """`_AID_CAPITAL` found in `name`; its capital comes third or later, so a name with none
    there (most names) is not searched."""
    rest = name[2:]
    return rest != rest.lower() and _AID_CAPITAL.search(name) is not None


def _instruction(name: str) -> bool:
    """True for a "term" that is an instruction to the student ("Learn the units: g, mol, dm3",
    "Remember the order: …"): it opens with a verb of studying."""
    words = name.lower().split()
    return len(words) >= _MIN_INSTRUCTION and words[0] in _STUDY_VERBS


_MIN_INSTRUCTION = 2
# What notes tell a student to do; a strategy named with a verb ("Hold the line") is a term.
_STUDY_VERBS = frozenset(
    {"learn", "remember", "revise", "practise", "practice", "memorise", "memorize", "know"}
    | {"always", "never", "dont", "don't", "check", "show", "label", "draw", "quote"}
)


def _line(ctx: DeckContext, term: Term) -> FactRef | None:
    return defining_line(ctx, term.term)


def _equality(ctx: DeckContext, term: Term) -> bool:
    """True for "X = Y" where both sides name the same quantity (their first content words are
    one word): "Frequency of the sound = frequency of the a.c.", "Power in = power out". A
    definition naming its term's head ("Eustatic change = a global change in sea level") opens
    with a word of its own."""
    line = _line(ctx, term)
    if line is None or not _EQUALS.search(line.text):
        return False
    return _head(term.term) == _head(term.definition) != ""


def _head(text: str) -> str:
    """The root of a text's first content word: "frequency" of "Frequency of the sound"."""
    words = content_words(text)
    return root(words[0]) if words else ""


def _in_a_memory_aid(ctx: DeckContext, term: Term) -> bool:
    """True for a term whose line sits among lines of a memory aid: a line of the same section
    and group whose term capitalises a letter inside a word ("First finger = Field" beside
    "thuMb = Motion")."""
    line = _line(ctx, term)
    return line is not None and (line.topic.id, line.fact.group) in ctx.once(_aid_sections)


def _aid_sections(ctx: DeckContext) -> frozenset[tuple[str, str | None]]:
    found = set()
    for term in ctx.deck.terms:
        if _aid_capital(term.term):
            line = _line(ctx, term)
            if line is not None:
                found.add((line.topic.id, line.fact.group))
    return frozenset(found)
