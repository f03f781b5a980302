"""What the deck says of a candidate other name: the one set of rules every reader's pair meets.

The shape readers (`_notes_names`, `_notes_glosses`, `_notes_equals`, `_table_names`) read text
alone; whether what they found is safe to accept is the deck's to say, and it is said here once:

- a bare bracket (no word saying "also called") holds another name only when it reads as one
  (`reads_as_gloss`): a few lower-case words, not a comment ("from the Greek"), a description
  ("a green pigment"), an example ("sperm or egg"), nor another name of the deck; after a name
  (`gloss_of`), not what a place of two capitalised words is ("Flamborough Head (chalk)"), the
  people of a place ("Nottinghamshire (framework knitters)") nor what an acronym's owners did
  ("MPs (secret ballot)");
- a tag the notes put in brackets after several things ("(HT only)") names none of them
  (`bracket_tags`);
- a name of the deck (`names_something`): an entity, a proper noun, a capitalised phrase of its
  lines, which an answer could mean instead.
"""

from __future__ import annotations

import re

from bot.questions._context import DeckContext
from bot.questions._spans import SpanKind
from bot.questions._words import STOP_WORDS, spells_initials
from knowledge.text import fold

# A bracket right after some words: "Selective breeding (artificial selection)", "IVF (in vitro
# fertilisation)". What comes before it is matched against the deck's key terms.
BRACKET = re.compile(r"\(([^()]{2,60})\)")

GLOSS_WORDS = re.compile(r"[a-z][a-z'’-]+(?: [a-z][a-z'’-]+){0,3}")

# A gloss starting so is a comment, not another name: "(from the Greek …)", "(see below)".
_NOT_A_GLOSS = frozenset(
    {"from", "see", "eg", "e", "ie", "i", "c", "about", "approx", "now", "aka", "also", "known"}
)


def group_labels(ctx: DeckContext) -> tuple[str, ...]:
    """The deck's group labels, each once: a sub-heading is a line of the notes too ("ADH
    (anti-diuretic hormone): released by the pituitary …" over the lines it leads)."""
    return tuple(
        dict.fromkeys(fact.group for topic in ctx.deck.topics for fact in topic.facts if fact.group)
    )


def bracket_tags(ctx: DeckContext) -> frozenset[str]:
    """What brackets hold after two or more different words of the deck's lines, headings and
    titles ("THE EYE (triple only)", "Other plant hormones (triple)"): a tag the notes put on
    several things (a course, a tier, a date), which names none of them."""
    before: dict[str, set[str]] = {}
    texts = (
        *(ref.text for ref in ctx.facts),
        *group_labels(ctx),
        *(topic.title for topic in ctx.deck.topics),
    )
    for text in texts:
        for match in BRACKET.finditer(text) if "(" in text else ():
            words = text[: match.start()].split()
            inside = fold(match.group(1)).removesuffix(" only")
            before.setdefault(inside, set()).add(fold(words[-1]) if words else "")
    return frozenset(inside for inside, words in before.items() if len(words) > 1)


def reads_as_gloss(ctx: DeckContext, inside: str) -> bool:
    """True when what a bracket (or quotes) holds reads as another name: a few lower-case
    words, not a comment ("from the Greek"), a description ("a green pigment"), an example
    ("sperm or egg"), an "aka" (read as such elsewhere), nor another name of the deck
    (accepting it would accept a wrong answer)."""
    if not GLOSS_WORDS.fullmatch(inside):
        return False  # capitals, digits or punctuation: a name, a date, a note
    folded = fold(inside).split()
    if folded[0] in _NOT_A_GLOSS or folded[0] in STOP_WORDS or " or " in f" {inside} ":
        return False  # "(from the Greek)", "(a green pigment)", "(sperm or egg)"
    return not names_something(ctx, inside)


def is_entity(ctx: DeckContext, text: str) -> bool:
    """True when `text` is an entity of the deck or a proper noun its lines use. A definition
    that is only another name is lower case (`_NAME_ONLY`), so the capitalised phrases of every
    line (`endings`, which reads all of a deck's lines: seconds for a 44,000-card upload) are
    not needed to check it."""
    return ctx.index.lookup(text) is not None or fold(text) in ctx.stats.proper_nouns


def names_something(ctx: DeckContext, text: str) -> bool:
    """True when `text` is a name of the deck: an entity, or a name its lines capitalise."""
    key = fold(text)
    if is_entity(ctx, text):
        return True
    words = key.split()
    return bool(words) and key in ctx.once(endings).get(words[-1], ())


def endings(ctx: DeckContext) -> dict[str, set[str]]:
    """Folded last word -> the folded names of two or more words ending in it (the deck's names
    and the capitalised phrases of its lines)."""
    ends: dict[str, set[str]] = {}
    names = [entity.name for entity in ctx.index.entities]
    for ref in ctx.facts:
        names += [span.text for span in ctx.spans(ref.fact) if span.kind is SpanKind.PHRASE]
    for name in names:
        words = fold(name).split()
        if len(words) > 1:
            ends.setdefault(words[-1], set()).add(" ".join(words))
    return ends


_ACRONYM_WORD = re.compile(r"[A-Z]{2,6}s?")


def gloss_of(ctx: DeckContext, name: str, gloss: str) -> bool:
    """True when a bare bracket after `name` holds another name of it (`reads_as_gloss`), and
    says neither who did something there nor what an acronym's owners did: "began in
    Nottinghamshire (framework knitters)" names the knitters, not the place (round 19, B49), and
    "elected by MPs (secret ballot)" how they voted (round 21, B); "Reichstag (parliament)" and
    "IVF (in vitro fertilisation)" say what the name is."""
    if not reads_as_gloss(ctx, gloss):
        return False
    words = name.split()
    while len(words) > 1 and fold(words[0]) in ("the", "a", "an"):
        words = words[1:]  # "The Imam (prayer leader)": a line's article is no part of the name
    if not words:
        return False
    if _ACRONYM_WORD.fullmatch(words[-1]):
        return spells_initials(words[-1], gloss)
    proper = words[0][:1].isupper() and fold(" ".join(words)) not in ctx.term_names
    if proper and len(words) > 1 and all(w[:1].isupper() or w in _INSIDE_NAMES for w in words):
        return False  # "Flamborough Head (chalk)": what the place is made of, not its name
    return not (proper and _plural(fold(gloss).split()[-1]) and not _plural(fold(words[-1])))


_INSIDE_NAMES = frozenset({"of", "de", "von", "van", "der", "la", "le", "the", "and", "for", "on"})


def _plural(word: str) -> bool:
    """A plural noun by its ending ("knitters", "croppers"; not "glass", "census", "analysis")."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is"))
