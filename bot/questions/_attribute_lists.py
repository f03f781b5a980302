"""Lists of short attributes ("lithium ions (Li+): crimson") and terms the notes define twice.

Notes write a heading and under it one "thing: attribute" line per item: the flame colour of each
ion, the precipitate of each halide, the capital of each country. The lines have a term's shape,
but the value says what the item does under the heading, not what the item means: round 16 asked
"What does “copper ions” mean?" (green) and "Which term means: “orange-red”?" with no word of the
flame test. Such an item is asked with its heading ("… – Colours to learn: which goes with
“copper ions”?"). A list is one of attributes when three or more of its lines pair a thing with a
value of at most two words and nearly all its "thing: value" lines do; a glossary section ("Key
words") is a list of terms whatever its definitions' length.

The same module tells when two of the deck's terms say the same thing: "Pure" in a Key words list
beside "Pure substance" in the section, or "Rf" beside "Rf value". One is never a wrong option for
the other (round 16, A19: both were offered, and both are right).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from bot.questions._context import DeckContext, FactRef
from bot.questions._distractors import GLOSSARY_SECTION, defining_line
from bot.questions._spans import Span
from bot.questions._words import content_words, roots
from knowledge.headings import is_numbered_label, short_title
from knowledge.importers.definitions import subject_word
from knowledge.importers.terms import split_glossary
from knowledge.model import Term
from knowledge.search._lemma import lemma
from knowledge.text import fold

# A value of at most this many words is an attribute ("crimson", "cream precipitate").
_ATTRIBUTE_WORDS = 2
# Lines of a list pairing a thing with such a value for it to be a list of attributes.
_MIN_ITEMS = 3
# The share of a list's "thing: value" lines that must be so.
_ITEM_SHARE = 0.75
# A definition this short of an everyday word ("Output = a line spectrum") is a slot of the
# notes filled in, not a key term explained.
_SLOT_WORDS = 2


@dataclass(frozen=True, slots=True)
class AttributeItem:
    """An item of a list of attributes: its line and the heading naming what the values are."""

    ref: FactRef
    heading: str  # "5a. Flame tests – Colours to learn"


def attribute_item(ctx: DeckContext, term: Term) -> AttributeItem | None:
    """The list of attributes `term` is an item of (see the module docstring), or None."""
    if len(term.definition.split()) > _ATTRIBUTE_WORDS:
        return None
    ref = defining_line(ctx, term.term)
    if ref is None:
        return None
    key = (ref.topic.id, ref.fact.group or "")
    lists = ctx.once(_attribute_lists)
    return AttributeItem(ref, lists[key]) if key in lists else None


def _attribute_lists(ctx: DeckContext) -> dict[tuple[str, str], str]:
    """(topic id, group) -> the heading shown, for each list of attributes of the deck."""
    counts: dict[tuple[str, str], list[int]] = {}
    first: dict[tuple[str, str], FactRef] = {}
    for ref in ctx.statements:
        split = split_glossary(ref.text)
        if split is None:
            continue
        key = (ref.topic.id, ref.fact.group or "")
        first.setdefault(key, ref)
        tally = counts.setdefault(key, [0, 0])
        tally[1] += 1
        if len(split[1].split()) <= _ATTRIBUTE_WORDS:
            tally[0] += 1
    found: dict[tuple[str, str], str] = {}
    for key, (short, lines) in counts.items():
        ref = first[key]
        if short < _MIN_ITEMS or short < _ITEM_SHARE * lines:
            continue
        if GLOSSARY_SECTION.search(ref.topic.title) or GLOSSARY_SECTION.search(key[1]):
            continue  # "Key words: …" defines terms, however briefly
        title = short_title(ref.topic.title)
        found[key] = f"{title} – {key[1].rstrip(': ')}" if key[1] else title
    return found


def attribute_prompt(item: AttributeItem, *, name: str | None = None, value: str = "") -> str:
    """The stem asking an item of a list of attributes with its heading: for the value of
    `name`, or for the item whose value is `value`."""
    if name is not None:
        return f"{item.heading}: which goes with “{name}”?"
    return f"{item.heading}: which one has “{value}”?"


def is_filled_slot(ctx: DeckContext, term: Term) -> bool:
    """True for a "term" that is one everyday word given a short value on a line of its own and
    named on no other line ("Output = a line spectrum"): a slot of the notes filled in, whose
    "meaning" is only what the notes put in it there. A key term ("Velocity: speed in a given
    direction") is used again in the notes that explain it."""
    return _slot(ctx, term.term, term.definition)


def blanks_a_slot(ctx: DeckContext, text: str, span: Span) -> bool:
    """True when `span` is the whole label of a "Label: value" or "Label = value" line and the
    label is a notes label or a filled slot (`is_filled_slot`): "_____ = a line spectrum" asks
    for "Output", the word the notes happened to write, not for what the line teaches. After a
    memory aid's label ("Easy way to remember: LAMB") no blank at all is asked."""
    found = _LEAD.match(text)
    if found is None:
        return False
    label = found.group("label")
    if _MNEMONIC.match(label.strip()) and span.start >= found.start("value"):
        return True  # "Easy way to remember: _____" -> LAMB: the memory aid, not the content
    if fold(span.text) != fold(label):
        return False
    return is_notes_label(label) or _slot(ctx, label, found.group("value"))


# Labels of a memory aid: what follows them is a way to remember the notes, not what they say.
_MNEMONIC = re.compile(
    r"(?i)^(?:(?:an?\s+)?(?:easy|quick|simple)\s+ways?\s+to\s+remember(?:\s.*)?|how\s+to\s+remember"
    r"(?:\s.*)?|to\s+remember|mnemonics?|memory\s+aids?)$"
)


# "Output = a line spectrum", "Worked example: …": a short label before a colon or equals sign.
_LEAD = re.compile(
    r"^\s*[*_\"“]*(?P<label>[^:=*_\"”]{1,40}?)[*_\"”]*\s*(?::|\s=)\s+(?P<value>\S.*)$"
)


def _slot(ctx: DeckContext, name: str, value: str) -> bool:
    words = content_words(name)
    if len(words) != 1 or len(content_words(value)) > _SLOT_WORDS:
        return False  # a slot is one word: "Output", "Result", "Total"
    if subject_word(name) or not name.strip().isalpha() or name.isupper():
        return False  # "UV = ultraviolet radiation": an abbreviation is a name of its own
    return len({ref.fact_id for ref in ctx.facts_with(words[0])}) <= 1


def say_the_same(one: Term, other: Term) -> bool:
    """True when two terms of the deck name one thing: one's words are all in the other's name
    ("Pure" and "Pure substance", "Rf" and "Rf value") and their definitions share at least half
    their words. Either would be right where the other is asked. Terms whose names differ
    ("Homozygous", "Heterozygous"; "proton", "neutron") are told apart by their definitions'
    one different word, however alike the rest."""
    names = _name_words(one.term), _name_words(other.term)
    if not (names[0] and names[1]) or not (names[0] <= names[1] or names[1] <= names[0]):
        return False
    mine, theirs = roots(one.definition), roots(other.definition)
    if not mine or not theirs:
        return False
    return len(mine & theirs) >= _NESTED_SHARE * min(len(mine), len(theirs))


# The share of the shorter definition's words the other must hold.
_NESTED_SHARE = 0.5


# `say_the_same` is asked of every wrong option drawn for every term: the same names again and
# again (a 44,000-card upload's first part: 32,580 calls, 6,359 names).
@lru_cache(maxsize=65536)
def _name_words(name: str) -> frozenset[str]:
    return frozenset(lemma(word) for word in content_words(fold(name)))


# Labels notes put before a line to say what sort of line it is, in any subject: never a term.
_NOTES_LABEL = re.compile(
    r"(?i)^(?:worked\s+examples?|(?:exam|top|revision)\s+tips?|tips?|common\s+(?:mistakes?|errors?"
    r"|misconceptions?)|watch\s+out|remember|n\.?\s?b\.?|hints?"
    r"|easy\s+way\s+to\s+remember(?:\s.*)?)$"
)


def is_notes_label(name: str) -> bool:
    """True for a label of the notes' layout ("Worked example", "Exam tip", "Common mistake"):
    what follows it is an example or a piece of advice, not the label's meaning; and a heading's
    number ("Section 2", read from "Section 2 - The settlement" by decks imported before)."""
    return bool(_NOTES_LABEL.match(name.strip(" *_:"))) or is_numbered_label(name)
