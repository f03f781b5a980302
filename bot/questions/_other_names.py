"""The one reader of the other names a deck gives its things, for every part that grades.

Notes name a thing twice in many shapes. Each shape has a reader that reads text alone
(`_notes_names`, `_notes_glosses`, `_notes_equals`, `_table_names`); the deck says which of
their pairs are safe (`_term_pairs` for one line, `_equal_pairs` for a name set equal to
another), by one set of rules (`_name_checks`). Every pair kept here then goes to all three
users alike:

- the deck's grader, as "X, also called Y" among its entities (`synonyms`), so that
  `grade(…, others=deck entities)` accepts it;
- a blank's extra answers and a key term's accepted forms (`other_names`, `term_glosses`);
- the rivals a slip must not land on (`all_glosses`: "corrasion" is no slip of "corrosion").

Before, each user read its own subset: a gloss after a capitalised name ("the Reichstag
(parliament)") reached the quiz's blanks but not `grade()`, and a name set equal ("Taiwan (=
Formosa)") `grade()` but not the blanks. Every line is read, and every sub-heading, the same way.

The rules every pair meets, whichever reader found it: the two are not one name; neither is a
describing word ("chlorite (low)": a grade); neither is a tag the notes put in brackets after
several things ("(HT only)"). A bare bracket after a name is a gloss only by
`_name_checks.gloss_of`, a definition's other name only as `_term_pairs` reads it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

from bot.questions._column_names import describing_word
from bot.questions._context import DeckContext
from bot.questions._equal_pairs import equal_pairs
from bot.questions._name_checks import bracket_tags, gloss_of, group_labels, names_something
from bot.questions._name_lists import listed_names
from bot.questions._not_other_names import names_something_else
from bot.questions._notes_glosses import short_forms
from bot.questions._notes_names import bynames, glossed_names, initials_spelt, peer_names
from bot.questions._notes_renames import (
    acronym_bracket,
    bracket_renames,
    foreign_acronym,
    line_label,
    renamed,
    slash_label,
)
from bot.questions._quoted_glosses import quoted_dash_glosses
from bot.questions._table_names import cell_texts, table_pairs
from bot.questions._term_pairs import line_pairs
from bot.questions._words import STOP_WORDS
from knowledge.given_names import names_a_person
from knowledge.search._spans import spells_acronym_words
from knowledge.text import fold


class NamePair(NamedTuple):
    """A name and another name the notes give the same thing."""

    name: str
    other: str
    # "the Weimar Reichstag (parliament)": each shorter end of the name ("Reichstag") is the
    # thing too, for a blank on it
    by_its_end: bool = False


def name_pairs(ctx: DeckContext) -> tuple[NamePair, ...]:
    """Every other name the deck gives a thing, each pair once (use `ctx.once(name_pairs)`)."""
    found: dict[tuple[str, str], NamePair] = {}
    tags = None
    for pair in _candidates(ctx):
        if _SHORT_FOR.match(pair.other):  # "Cotton gin (short for cotton engine)"
            pair = pair._replace(other=_SHORT_FOR.sub("", pair.other, count=1))  # noqa: PLW2901
        if fold(pair.name) == fold(pair.other) or not fold(pair.name) or not fold(pair.other):
            continue
        if describing_word(pair.other) or describing_word(pair.name):
            continue  # "chlorite (low)": a grade, not another name (round 20, A32)
        if names_something_else(pair.name, pair.other):
            continue  # "Andaman Islands (Bay of Bengal)", "Holmes (last line)" (round 27)
        if tags is None:
            tags = ctx.once(bracket_tags)  # read when a deck gives a pair, not before
        tagged = fold(pair.other) in tags or fold(pair.name) in tags
        if tagged and not _spelt_out(pair):
            continue  # "(triple)", "(HT only)": a tag of the course, not another name
        key = (fold(pair.name), fold(pair.other))
        if key not in found or pair.by_its_end:
            found[key] = pair
    return tuple(found.values())


# A gloss that says what a name is short for: its other name is the words after the cue.
_SHORT_FOR = re.compile(r"^(?:short|shortened|abbreviated)\s+(?:for|from)\s+(?:the\s+)?", re.I)


def _spelt_out(pair: NamePair) -> bool:
    """True when one name of the pair is an acronym the other's words spell ("PPO", "polyphenol
    oxidase"): an acronym the notes put in brackets after several words ("the enzymes (PPO)")
    is still its words' other name, not a tag."""
    for short, long in ((pair.name, pair.other), (pair.other, pair.name)):
        if short.isupper() and short.isalpha() and " " in long:
            words = tuple(fold(long).split())
            if spells_acronym_words(short.casefold(), words):
                return True
    return False


def _candidates(ctx: DeckContext) -> Iterator[NamePair]:
    """The pairs every reader finds, before the rules every pair meets."""
    lines = ctx.once(_line_pairs)
    for text in _texts(ctx):
        for name, gloss in glossed_names(text):
            if gloss_of(ctx, name, gloss):
                yield NamePair(name, gloss, by_its_end=True)
        for name, initials in initials_spelt(text):
            yield NamePair(name, initials)
        for name, byname in bynames(text, person=names_a_person):
            yield NamePair(name, byname)
        for name, other in lines.get(text, ()):
            yield NamePair(name, other)
        for name, gloss in quoted_dash_glosses(text):  # "aringa ora – “living faces”"
            if not names_something(ctx, gloss):
                yield NamePair(name, gloss)
        for name, other in listed_names(text):  # "Names: Rapa Nui (…), Easter Island (…)"
            yield NamePair(name, other)
        for name, other in peer_names(text):  # "Lord Shaftesbury (Anthony Ashley-Cooper)"
            yield NamePair(name, other)
    for word, short in ctx.once(_short_forms):
        yield NamePair(word, short)
    for name, other, _ in table_pairs(ctx):
        yield NamePair(name, other)
    for text in cell_texts(ctx):  # "gold (yellow)": a cell's name and its gloss
        name, _, gloss = text.partition("(")
        name, gloss = name.strip(), gloss.removesuffix(")").strip()
        if gloss_of(ctx, name, gloss):
            yield NamePair(name, gloss)
    for name, other in ctx.once(equal_pairs):  # "Taiwan (= Formosa)", "genrō = elder statesmen"
        yield NamePair(name, other)
    yield from ctx.once(_renamed_pairs)


_REGNAL = re.compile(r"[IVX]{1,4}")


def _renamed_pairs(ctx: DeckContext) -> tuple[NamePair, ...]:
    """The pairs `_notes_renames` reads: a name after "renamed", "once called", "now known as"
    (of the name before the cue, the line's label, or the label of the line a sub-bullet hangs
    from when the cue opens it: "(i) Culebra Cut - 13 km …" over "Renamed Gaillard Cut in
    1915"), and an acronym in brackets with its words or in another language. The notes say the
    two are one, so the other name may be a name of the deck, though not another term it
    defines."""
    found: list[NamePair] = []
    labels = {ref.text: ref.fact.group or "" for ref in ctx.facts}
    for text in ctx.once(_texts):
        pairs = [*acronym_bracket(text), *foreign_acronym(text), *bracket_renames(text)]
        sides = slash_label(text)
        if sides is not None and not any(fold(side) in ctx.term_names for side in sides):
            pairs.append(sides)  # "Estate / garden – …", neither a term the deck defines alone
        for name, other in pairs:
            found.append(NamePair(name, other))
        for before, given in renamed(text):
            parent = labels.get(text, "")
            name = before or (line_label(parent) if parent else "")
            numeral = name.rsplit(maxsplit=1)[-1] if name else ""
            other = given
            if _REGNAL.fullmatch(numeral) and not _REGNAL.fullmatch(given.rsplit()[-1]):
                other = f"{given} {numeral}"  # "Ramesses II … also spelled Rameses": his number
            if name and fold(other) not in ctx.term_names and fold(other) != fold(name):
                found.append(NamePair(name, other))
    return tuple(found)


def _texts(ctx: DeckContext) -> tuple[str, ...]:
    """The deck's lines and sub-headings, each once: a sub-heading is a line of the notes too
    ("ADH (anti-diuretic hormone): released by the pituitary …" over the lines it leads)."""
    return tuple(dict.fromkeys((*(ref.text for ref in ctx.facts), *group_labels(ctx))))


def _line_pairs(ctx: DeckContext) -> dict[str, tuple[tuple[str, str], ...]]:
    """Each line (or sub-heading) of the notes giving pairs -> its pairs (`_term_pairs`)."""
    found: dict[str, tuple[tuple[str, str], ...]] = {}
    for text in _texts(ctx):
        pairs = tuple(line_pairs(ctx, text))
        if pairs:
            found[text] = pairs
    return found


def _short_forms(ctx: DeckContext) -> tuple[tuple[str, str], ...]:
    """(word, short form) of each short form the notes use for one of their words ("ppt" for
    "precipitate", `_notes_glosses.short_forms`), read over all of the deck's lines."""
    return tuple(short_forms(ctx.once(_texts)))


def other_names(ctx: DeckContext) -> dict[str, tuple[str, ...]]:
    """Folded name -> the other names the deck gives it, both ways round (a name read "by its
    end" under each shorter end too: use `ctx.once(other_names)`)."""
    found: dict[str, dict[str, str]] = {}
    for pair in ctx.once(name_pairs):
        found.setdefault(fold(pair.other), {}).setdefault(fold(pair.name), pair.name)
        for name in _names(pair):
            found.setdefault(fold(name), {}).setdefault(fold(pair.other), pair.other)
    return {key: tuple(names.values()) for key, names in found.items()}


def term_glosses(ctx: DeckContext, term: str) -> tuple[str, ...]:
    """The other names the notes give a key term (or the term for them): each is accepted as
    the term typed, as a blank's extra answers are."""
    return ctx.once(other_names).get(fold(term), ())


def all_glosses(ctx: DeckContext) -> tuple[str, ...]:
    """Every other name the notes give a thing ("corrasion" beside "Abrasion"): each is a name
    of the deck, which a misspelling of another must not be taken for ("corrasion" is no slip
    of "corrosion" when the notes name both)."""
    return tuple(name for pair in ctx.once(name_pairs) for name in (pair.other, pair.name))


def synonyms(ctx: DeckContext) -> tuple[str, ...]:
    """Each pair written "name, also called other name", both ways round: the deck's grader
    reads these among its entities, so that `grade(…, others=…)` accepts "artificial selection"
    for a bare "Selective breeding", or "anti-diuretic hormone" for "ADH", just as a quiz on
    the deck does."""
    return ctx.once(_synonyms)


def _synonyms(ctx: DeckContext) -> tuple[str, ...]:
    found: dict[str, None] = {}
    for pair in ctx.once(name_pairs):
        for name in _names(pair):
            found[f"{name}, also called {pair.other}"] = None
            found[f"{pair.other}, also called {name}"] = None
    return tuple(found)


def _names(pair: NamePair) -> list[str]:
    """The pair's name, and for a name read by its end each shorter end that opens with a
    capital ("Reichstag" of "the Weimar Reichstag"; not "of Versailles")."""
    words = pair.name.split()
    ends = range(len(words)) if pair.by_its_end else range(1)
    return [
        " ".join(words[k:])
        for k in ends
        if k == 0 or (words[k][:1].isupper() and fold(words[k]) not in STOP_WORDS)
    ]
