"""Wrong options for a blanked span: same type, same shape, and never true elsewhere in the notes.

A wrong option that is actually right somewhere else teaches the wrong thing, so each candidate is
rejected when it appears in a fact of the same topic, belongs to that topic's people or places, or,
put in the blank, would read like a phrase some other fact says.
"""

from __future__ import annotations

import datetime
import random
import re
import weakref
from collections.abc import Callable, Iterator, Set
from dataclasses import dataclass
from functools import lru_cache

from bot.questions._context import DeckContext, FactRef
from bot.questions._deck_numbers import same_unit_numbers, unit_after
from bot.questions._draw import Joined, random_order
from bot.questions._entities import Entity, without_parenthetical
from bot.questions._filters import plural_after_one
from bot.questions._kinds import APART, PROCESS, UNKNOWN, is_abstract
from bot.questions._life_spans import outside_life
from bot.questions._limits import beyond_limit
from bot.questions._near_terms import LONG_LIST, fits_long_list
from bot.questions._note_labels import is_note_label
from bot.questions._numbers import look_alikes, parse_number
from bot.questions._repeated_labels import is_repeated_label
from bot.questions._spans import NUMERIC_KINDS, Span, SpanKind
from bot.questions._stated_ranges import outside_stated_period, outside_stated_range
from bot.questions._statement import plausible
from bot.questions._term_forms import read_apart
from bot.questions._tokens import shape, tokenize
from bot.questions._words import STOP_WORDS, content_words, root, roots
from bot.questions._worked_out import turns_range
from knowledge.importers.terms import split_glossary
from knowledge.text import fold

_ARTICLES = frozenset({"the", "a", "an"})
# Words either side of the blank that must not, with the wrong option, repeat another fact.
_WINDOW = 2


def option_text(span: Span) -> str:
    """How the right answer reads as an option ("West Germany (FRG)" -> "West Germany")."""
    if span.kind in NUMERIC_KINDS:
        return span.text
    return as_option(without_parenthetical(span.text))


def as_option(text: str) -> str:
    """An option stands alone, so it starts with a capital ("police state" -> "Police state")."""
    return text[:1].upper() + text[1:]


def in_running_text(option: str, replaced: str) -> str:
    """An option put in place of `replaced` mid-sentence: "Police state" -> "police state".

    Only a sentence-case option is lowered; "Open Skies" or "NATO" keep their capitals.
    """
    first, _, rest = option.partition(" ")
    sentence_case = first[:1].isupper() and first[1:].islower() and rest == rest.lower()
    if replaced[:1].islower() and sentence_case:
        return option[:1].lower() + option[1:]
    return option


def _after(name: str, before: str) -> str:
    """`name` without its leading article when the text already has one: "the [The] atmosphere"."""
    previous = before.split()[-1:]
    first, _, rest = name.partition(" ")
    if previous and previous[0].lower() in _ARTICLES and first.lower() in _ARTICLES and rest:
        return rest
    return name


@lru_cache(maxsize=4096)
def _shape(text: str) -> tuple[bool, int]:
    return shape(text)


# A number after one of these names a thing ("Group 7", "Article 48", "Key Stage 3"): it is not
# a quantity with look-alike values.
_LABEL_BEFORE = re.compile(
    r"\b(?:Group|Article|Stage|Level|Phase|Chapter|Section|Clause|Part|Type|Class|Grade|Unit"
    r"|Category|Platform|Route|Book|Act|Year|Period|Point|Step)\s+$",
    re.IGNORECASE,  # "than the group 1 metals": "group 2" is no falsehood the notes refute
)


def distractors(
    ctx: DeckContext, ref: FactRef, span: Span, rng: random.Random, count: int
) -> list[str]:
    """Up to `count` wrong options for `span` in fact `ref`, in no particular order."""

    def reject(candidate: str) -> bool:
        return (
            _clashes(candidate, span)
            or _breaks_range(ref.text, span, candidate)
            or (
                span.kind in NUMERIC_KINDS
                and outside_stated_range(ctx, ref.topic.id, span.text, candidate)
            )
            or (
                span.kind in NUMERIC_KINDS
                and turns_range(ref.text, span.start, span.end, candidate)
            )
            or _outside_era(ctx, span, candidate)
            or outside_life(ctx, ref, span, candidate)
            or (
                span.kind is SpanKind.YEAR
                and outside_stated_period(ctx, span.text, candidate, ref.topic.id)
            )
            or _before_its_cause(ref, span, candidate)
            or crosses_years(ref.text, span, candidate)
            or (
                span.kind in NUMERIC_KINDS
                and beyond_limit(ref.text, span.start, span.end, candidate)
            )
            or _true_somewhere(ctx, ref, span, candidate)
            or (span.kind is SpanKind.QUANTITY and plural_after_one(ref.text, span, candidate))
            or (
                span.kind in NUMERIC_KINDS
                and not plausible(
                    ref.text[: span.start] + candidate + ref.text[span.end :], ref.text
                )
            )
        )

    if span.kind is SpanKind.YEAR and _OPEN_ENDED.search(ref.text[: span.start]):
        return []  # "By 2023 about 5.4 billion …": a later year would be as true
    if span.kind is SpanKind.QUANTITY and _LABEL_BEFORE.search(ref.text[: span.start]):
        return []  # "Group 7", "Article 48": a name's number; "Group 21" is no alternative
    if span.kind in NUMERIC_KINDS:
        number = parse_number(span.text)
        # A number counting nothing named ("By 1527 Catherine was _____ and …") keeps near it,
        # and takes no other bare number of the deck (Edward's age 9, Henry's 55): 9 or 25
        # beside 42 may be ruled out by the rest of the line, 38 or 46 are not.
        near = span.kind is SpanKind.QUANTITY and not unit_after(ref.text, span)
        known = [] if near else same_unit_numbers(ctx, ref, span)
        if number is None:
            return []
        return look_alikes(number, rng, count, reject, known, near=near)
    # Look-alikes first: an acronym among acronyms, "the Sahara" among names the notes write with
    # "the", a two-word name among two-word names; in random order among equally alike ones.
    acronym, length = _shape(span.text)
    after_the = ref.text[: span.start].split()[-1:] in (["the"], ["The"])

    def unlike(look: _Look) -> tuple[bool, int, int]:
        article = (
            1 if look.usage == (False, False) else 0 if look.usage[0 if after_the else 1] else 2
        )
        return (look.acronym != acronym, article, abs(look.words - length))

    # Never the answer itself, nor a name of the fact's own topic.
    own = {fold(name) for name in (*ref.topic.people, *ref.topic.places, ref.topic.title)}
    chosen: list[str] = []
    seen = {fold(option_text(span))}
    found = _buckets(ctx, span)
    buckets, used = found.for_topic(ref.topic.id) if found is not None else ({}, _NONE)
    # A key term's siblings first: the terms the notes define beside it, in its list and then its
    # section ("Ria" among "Fjord" and "Dalmatian coast", not "Littoral zone" from the glossary).
    kin = answer_siblings(ctx, ref, span) if span.kind is SpanKind.TERM and found else {}
    # A practice or a process named by what it does ("touching an enemy …", "moving cattle …")
    # is told apart by its section, which the stem shows: its wrong options come from there.
    narrow = span.kind is SpanKind.TERM and ctx.term_kinds.get(fold(span.entity or span.text)) == (
        PROCESS
    )
    tried: set[int] = set()
    for entity, kinship in _siblings_first(
        ctx, found, kin, buckets=buckets, unlike=unlike, rng=rng
    ):
        if id(entity) in tried:
            continue
        tried.add(id(entity))
        sibling = kinship is not None
        if not sibling and kin and len(chosen) >= _FROM_OWN_LIST:
            # Its own list gave enough: "One _____ in the outer shell" asks Electron among Proton
            # and Neutron, not with "Mass number", a quantity, as a fourth (round 12 and 13).
            break
        if (id(entity) in used and not sibling) or entity.name == span.entity:
            continue  # (an option the topic's own lines use would be refused below anyway)
        if fold(entity.name) in own:
            continue
        candidate = as_option(_after(entity.written_like(span.text), ref.text[: span.start]))
        if fold(candidate) in seen:
            continue
        if is_repeated_label(ctx, entity.name) or read_apart(ctx, span.text, entity.name):
            continue  # the answer would be the only option of its form
        if not sibling and narrow and not _in_topic_terms(ctx, ref, entity.name):
            continue  # a practice of another section ("Long drive" for "Counting coup")
        if _card_of_another_kind(ctx, span, entity.name):
            continue  # "National Gallery, London" among villages, a painting among printmakers
        if sibling:
            # Its own definition line names it in the topic; elsewhere it must not, and its line
            # must not say what this one does (then it would be right too).
            own_line = kinship.own_line if kinship is not None else ""
            if _named_beside(ctx, ref, entity.name, own_line) or _also_fits(
                ctx, ref, span, entity.name
            ):
                continue
            if _rejected_beside_topic(reject, ctx, ref, span, candidate):
                continue
        elif reject(candidate):
            continue
        chosen.append(candidate)
        seen.add(fold(candidate))
        if len(chosen) == count:
            break
    return chosen


def _card_of_another_kind(ctx: DeckContext, span: Span, name: str) -> bool:
    """True when a name the deck defines as a term of a known kind is offered for a person or a
    place the deck also defines, as another kind of thing or one of no known kind: card decks
    name paintings, museums and villages alike, and the names read as people or places
    ("National Gallery, London" and "The Starry Night" among the villages for "Auvers-sur-Oise",
    "The Child's Bath" among printmakers, round 23's card deck). Names the notes only mention
    stay options."""
    if span.kind not in (SpanKind.PERSON, SpanKind.PLACE):
        return False
    mine = ctx.term_kinds.get(fold(span.entity or span.text))
    if not mine:
        return False
    theirs = ctx.term_kinds.get(fold(name))
    return theirs is not None and theirs != mine


# Wrong options from the answer's own list that make a question without a stranger beside them.
_FROM_OWN_LIST = 2


@dataclass(frozen=True, slots=True)
class Sibling:
    """A key term defined in the same list as a line (`rank` 0; a term from elsewhere is ranked
    further), with the line defining it."""

    rank: int
    own_line: str


# A topic with more lines than this is a flashcard list, not a section of notes: its terms are
# no list of siblings, and its cards' definitions, written apart, are not read against each other.
_MAX_SIBLING_LINES = 200
_SIBLINGS: weakref.WeakKeyDictionary[DeckContext, dict[tuple[str, str], dict[str, Sibling]]] = (
    weakref.WeakKeyDictionary()
)
GLOSSARY_SECTION = re.compile(
    r"(?i)\b(?:key\s+(?:terms?|words?|vocabulary|concepts?)|glossary|keywords?|vocabulary"
    r"|definitions?)\b"
)


def answer_siblings(ctx: DeckContext, ref: FactRef, span: Span) -> dict[str, Sibling]:
    """The siblings (`siblings`) of the term in the blank, from the line defining it (`ref`
    itself when the blank is the term its line defines), without any term the asked line names
    (it would echo the stem) and without a term of another known kind."""
    defining = ref if _defines(ref, span.text) else defining_line(ctx, span.text)
    if defining is None:
        return {}
    mine = ctx.term_kinds.get(fold(span.text), UNKNOWN)
    found: dict[str, Sibling] = {}
    listed = siblings(ctx, defining)
    # Imported here: the label rules (`_label_lines`) import this module.
    from bot.questions._aspect_labels import aspect_labels

    labels = ctx.once(aspect_labels)  # "Exception", "Animals brought": no option among terms
    # A flashcard export's one long list holds terms of every kind: only near ones stand together.
    unsorted = len(listed) > LONG_LIST
    for name, sibling in listed.items():
        theirs = ctx.term_kinds.get(name, UNKNOWN)
        if f" {name} " in ref.folded or kinds_apart(mine, theirs) or name in labels:
            continue
        if is_note_label(name):
            continue  # "proof for lock and key": the notes' label, no term to offer
        if unsorted and not fits_long_list(ctx, mine, theirs, fold(span.text), name):
            continue
        if read_apart(ctx, span.text, name):
            continue  # "Vigilance committee" beside "Billy the Kid"; "Unreliable" beside things
        found[name] = sibling
    return found


def kinds_apart(mine: str, theirs: str) -> bool:
    """True when two kinds of key term may not stand as each other's options: two known kinds
    that differ, or a kind that reads apart at a glance (a person, an event) beside any other
    (round 14: "Long drive" beside "Joseph McCoy", a process beside a person)."""
    if mine == theirs:
        return False
    if mine in APART or theirs in APART:
        return True
    if PROCESS in (mine, theirs) and is_abstract(mine) and is_abstract(theirs):
        return False  # "Streamlining" beside "Thermal insulation": ways of one list
    return UNKNOWN not in (mine, theirs)


def _defines(ref: FactRef, name: str) -> bool:
    split = split_glossary(ref.text)
    return split is not None and fold(split[0]) == fold(name)


# A deck with more lines than this is not searched for the line defining a term.
_MAX_DEFINING_SEARCH = 5000


def defining_line(ctx: DeckContext, term: str) -> FactRef | None:
    """The first line of the notes defining `term` ("Term: definition"), if any."""
    return ctx.once(_defining_lines).get(fold(term))


def _defining_lines(ctx: DeckContext) -> dict[str, FactRef]:
    """Folded term -> the first line defining it ("Term: definition"), for decks of notes."""
    found: dict[str, FactRef] = {}
    if len(ctx.statements) > _MAX_DEFINING_SEARCH:
        return found
    for ref in ctx.statements:
        split = split_glossary(ref.text)
        if split is not None:
            found.setdefault(fold(split[0]), ref)
            found.setdefault(fold(without_parenthetical(split[0])), ref)  # "silicon dioxide"
    return found


def siblings(ctx: DeckContext, ref: FactRef) -> dict[str, Sibling]:
    """The terms defined ("Term: definition") in `ref`'s topic, folded, except `ref`'s own: the
    notes' own list of things of one kind. None in a glossary section ("Key terms"), whose terms
    are of every kind, nor in a flashcard-sized topic. Made once per topic and group."""
    per_ctx = _SIBLINGS.setdefault(ctx, {})
    key = (ref.topic.id, ref.fact.group or "")
    found = per_ctx.get(key)
    if found is None:
        found = per_ctx[key] = _siblings_of(ctx, ref)
    mine = split_glossary(ref.text)
    if mine is not None and fold(mine[0]) in found:
        return {name: s for name, s in found.items() if name != fold(mine[0])}
    return found


def _siblings_of(ctx: DeckContext, ref: FactRef) -> dict[str, Sibling]:
    lines = ctx.topic_facts(ref.topic.id)
    if len(lines) > _MAX_SIBLING_LINES or GLOSSARY_SECTION.search(ref.topic.title):
        return {}
    if ref.fact.group and GLOSSARY_SECTION.search(ref.fact.group):
        return {}
    mine = [line for line in lines if line.is_statement and line.fact.group == ref.fact.group]
    heads: dict[str, str] = {}
    for line in mine:
        split = split_glossary(line.text)
        if split is not None and fold(without_parenthetical(split[0])):
            heads.setdefault(fold(without_parenthetical(split[0])), line.fact_id)
    if ref.fact.group is None and len(heads) < _LIST_SHARE * len(mine):
        return {}  # a section's loose lines, a few of them definitions, are no list
    return {name: Sibling(0, own_line) for name, own_line in heads.items()}


# A section's own lines (under no sub-heading) are a list of terms when this share define one.
_LIST_SHARE = 0.75


def _siblings_first(
    ctx: DeckContext,
    found: _KindOptions | None,
    near: dict[str, Sibling],
    *,
    buckets: _Buckets,
    unlike: Callable[[_Look], tuple[bool, int, int]],
    rng: random.Random,
) -> Iterator[tuple[Entity, Sibling | None]]:
    """The siblings in `near` (nearest first, in random order among equally near), then every
    entity of `buckets`, most alike first. A term of the same list is of the answer's kind by
    the notes' own grouping ("Submergent landforms: Ria …, Fjord …"), whatever kind its
    definition reads as; one elsewhere in the section only when of the answer's kind."""
    if found is not None and near:
        close: list[tuple[Entity, Sibling]] = []
        for name, sibling in near.items():
            entity = found.by_name.get(name)
            if entity is None and sibling.rank == 0:
                entity = ctx.index.lookup(name)
                if entity is not None and entity.kind is not SpanKind.TERM:
                    entity = None
            if entity is not None:
                close.append((entity, sibling))
        rng.shuffle(close)
        close.sort(key=lambda pair: pair[1].rank)
        for entity, sibling in close:
            yield entity, sibling
    for entity in _alike_first(buckets, unlike, rng):
        yield entity, None


def _in_topic_terms(ctx: DeckContext, ref: FactRef, name: str) -> bool:
    """True when `name` is a key term the notes file under `ref`'s topic."""
    found = ctx.term_named(fold(name))
    return found is not None and ref.topic.id in found[1].topics


def _named_beside(ctx: DeckContext, ref: FactRef, name: str, own_line: str) -> bool:
    """True when a line of `ref`'s topic other than `name`'s own definition names it."""
    padded = f" {fold(name)} "
    return any(
        padded in line.folded
        for line in ctx.topic_facts(ref.topic.id)
        if line.fact_id not in (own_line, ref.fact_id)
    )


def _rejected_beside_topic(
    reject: Callable[[str], bool], ctx: DeckContext, ref: FactRef, span: Span, candidate: str
) -> bool:
    """`reject` for a sibling term, which the topic names on its own line: every check but the
    topic's words (`_true_somewhere` with the filled line and its window still applies)."""
    return reject(candidate) and not (
        ctx.in_topic(ref.topic.id, candidate) and not _filled_elsewhere(ctx, ref, span, candidate)
    )


def _filled_elsewhere(ctx: DeckContext, ref: FactRef, span: Span, candidate: str) -> bool:
    """True when the line with `candidate` in the blank says what another line says."""
    text = ref.text
    filled = text[: span.start] + candidate + text[span.end :]
    return ctx.said_elsewhere(filled, ref.fact_id)


def _also_fits(ctx: DeckContext, ref: FactRef, span: Span, other: str) -> bool:
    """True when the blank is the term a line defines and `other`'s own line says (nearly) all its
    definition says: "_____: very high melting point; does not conduct electricity" fits diamond
    as well as silicon dioxide."""
    mine = split_glossary(ref.text)
    if mine is None or fold(span.text) not in (fold(mine[0]), fold(without_parenthetical(mine[0]))):
        return False
    return bool(defining_lines_fitting(ctx, ref, mine[1], other))


_MAX_HEADING_WORDS = 3


def _lone_heading(ctx: DeckContext, line: FactRef) -> str | None:
    """The heading of a group holding only `line`, when short: "diamond:" over its one line is
    that line's term ("- diamond: each carbon atom …" read as a heading and its item). A heading
    over several lines ("Ionic compounds have:") names no one of them."""
    group = line.fact.group
    if not group or len(group.split()) > _MAX_HEADING_WORDS:
        return None
    members = [r for r in ctx.topic_facts(line.topic.id) if r.fact.group == group]
    return group if len(members) == 1 else None


def defining_lines_fitting(
    ctx: DeckContext, ref: FactRef, definition: str, name: str | None = None
) -> list[str]:
    """The terms (of `ref`'s topic, or only `name`) whose own line says what `definition` says:
    each would fit a blank for the term `definition` defines (`_says_all`)."""
    wanted = _slots(definition)
    if len(wanted) < 2 or len(ctx.topic_facts(ref.topic.id)) > _MAX_SIBLING_LINES:
        return []  # a flashcard list: each card its own fact, not a section of notes
    negated = _negated(definition)
    found: list[str] = []
    # The topic's lines (a line there may name its term in its group heading), and any line of
    # the deck using the definition's rarest word (an identical definition in another section).
    used = content_words(definition)
    rarest = min((ctx.facts_with(word) for word in used), key=len) if used else []
    lines = {line.fact_id: line for line in (*ctx.topic_facts(ref.topic.id), *rarest)}
    for line in lines.values():
        if line.fact_id == ref.fact_id or not line.is_statement:
            continue
        split = split_glossary(line.text)
        head = split[0] if split is not None else _lone_heading(ctx, line)
        if not head or (name is not None and fold(head) != fold(name)):
            continue
        # What the line says of its term, not the term's own name: "Primary consumer - an animal
        # that eats producers" does not say "primary" of anything, so it does not fit "an animal
        # that eats primary consumers" (a secondary consumer).
        body = split[1] if split is not None else line.text
        words = roots(body) | (roots(line.fact.group or "") - roots(head))
        if _says_all(wanted, words) and _negated(body) == negated:
            found.append(head)
    return found


# A word glossed by a bracket after it: "the joining (fusion) of male and female gametes".
_GLOSSED = re.compile(r"([^\W\d_][\w'’-]*)\s*\(([^()]{1,40})\)")
_EXAMPLE = re.compile(r"(?i)^\s*(?:e\.?g\.?|i\.?e\.?|eg|ie|such as|for example|see)\b")
_MAX_GLOSS_WORDS = 2
# One slot of a definition in this many may go unsaid by another line that fits it: a short
# definition must be said whole ("having two different alleles" is not "two identical alleles").
_SLOTS_PER_MISS = 5


def _slots(definition: str) -> tuple[frozenset[str], ...]:
    """What a definition says, word by word (by root): each content word outside brackets, with
    the words of a short bracket glossing it as other ways to say it ("joining (fusion)"); a
    bracket of examples ("(e.g. Bb)") says nothing the line must match."""
    glosses: dict[str, frozenset[str]] = {}
    for found in _GLOSSED.finditer(definition):
        gloss = found.group(2)
        if len(gloss.split()) <= _MAX_GLOSS_WORDS and not _EXAMPLE.match(gloss):
            glosses[root(fold(found.group(1)))] = roots(gloss)
    bare = re.sub(r"\s*\([^()]*\)", " ", definition)
    return tuple(frozenset({r, *glosses.get(r, ())}) for r in sorted(roots(bare)))


def _says_all(wanted: tuple[frozenset[str], ...], words: frozenset[str]) -> bool:
    """True when `words` say every slot of `wanted`, or all but one in five of a long one."""
    missed = sum(1 for slot in wanted if not slot & words)
    return missed <= (len(wanted) - 1) // _SLOTS_PER_MISS


# Words that turn a meaning into its opposite: "a non-living factor" is no "living factor".
_NEGATION = re.compile(r"\b(?:non|not|no|never|without|cannot|nor)\b", re.IGNORECASE)


def _negated(text: str) -> frozenset[str]:
    return frozenset(fold(word) for word in _NEGATION.findall(text))


@dataclass(frozen=True, slots=True)
class _Look:
    """How an option reads: one acronym or not, how many words, and whether the notes write the
    name after "the" / without it."""

    acronym: bool
    words: int
    usage: tuple[bool, bool]


_Buckets = dict[_Look, list[Entity]]
_NONE: frozenset[int] = frozenset()
# A topic whose lines use more of a kind's candidates than this (and than half of them) gets its
# own buckets without them; below it, a draw steps over them (a bounded number of steps).
_STEP_OVER = 256


class _KindOptions:
    """The candidate entities of one kind of span, grouped by how they read (each group in deck
    order), and for each topic those whose option its own lines already use (`in_topic`: such
    an option may be true, and is refused). A flashcard list is one topic whose lines use every
    term: without this a draw walked all of a kind's terms for each card, refusing each, which
    made a big glossary's pool build quadratic."""

    def __init__(self, ctx: DeckContext, span: Span, entities: list[Entity]) -> None:
        self.buckets = _group(ctx, span, entities)
        self.by_name = {fold(entity.name): entity for entity in entities}
        self.size = len(entities)
        self.used: dict[str, set[int]] = {}
        for entity in entities:
            written = entity.written_like(span.text)
            first, _, rest = written.partition(" ")
            if (first.lower() in _ARTICLES and rest) or fold(as_option(written)) != fold(written):
                continue  # its option may read otherwise (`_after`): left to the full check
            for topic_id in ctx.topics_saying(written):
                self.used.setdefault(topic_id, set()).add(id(entity))
        self._without: dict[str, _Buckets] = {}

    def for_topic(self, topic_id: str) -> tuple[_Buckets, Set[int]]:
        """The buckets to draw from for a fact of the topic, and the entities to step over (the
        topic's lines use them). A topic using most of them gets buckets without them, made
        once: their cost is that topic's share of the deck's lines."""
        used = self.used.get(topic_id)
        if used is None:
            return self.buckets, _NONE
        if len(used) <= max(self.size // 2, _STEP_OVER):
            return self.buckets, used
        without = self._without.get(topic_id)
        if without is None:
            without = self._without[topic_id] = {
                look: kept
                for look, entities in self.buckets.items()
                if (kept := [entity for entity in entities if id(entity) not in used])
            }
        return without, _NONE


# Per deck context: the candidate entities of each kind of span.
_BUCKETS: weakref.WeakKeyDictionary[DeckContext, dict[tuple[object, ...], _KindOptions]] = (
    weakref.WeakKeyDictionary()
)


def _buckets(ctx: DeckContext, span: Span) -> _KindOptions | None:
    """The entities a wrong option for `span` may come from (None: none may); worked out once
    per deck and kind (building them per question is quadratic)."""
    if span.kind is SpanKind.ACRONYM:
        # An acronym found by its shape alone has no known kind: "CERN" (an organisation) among
        # "IMAP" and "SMTP" (protocols), "WAP" (a device) among "SQL" (a language) and "TCP". It is
        # asked typed. (Acronyms the deck lists as people, places or terms have their kind.)
        return None
    if span.kind is SpanKind.TERM:
        # Terms only among terms of the same kind of thing: a weapon among weapons (`_kinds`).
        mine = ctx.term_kinds.get(fold(span.entity or span.text), UNKNOWN)
        if mine == UNKNOWN:
            return None
        key: tuple[object, ...] = (span.kind, mine)
    elif span.kind in (SpanKind.PERSON, SpanKind.PLACE):
        # A person's option is a surname beside a one-word answer, the full name otherwise.
        key = (span.kind, span.kind is SpanKind.PERSON and len(span.text.split()) == 1)
    else:
        return None  # topic titles are options only of "which topic"; others have no entities
    found = _BUCKETS.setdefault(ctx, {})
    options = found.get(key)
    if options is None:
        options = found[key] = _KindOptions(ctx, span, _candidates(ctx, key))
    return options


def _candidates(ctx: DeckContext, key: tuple[object, ...]) -> list[Entity]:
    kind = key[0]
    assert isinstance(kind, SpanKind)
    if kind is SpanKind.TERM:
        return ctx.once(_terms_by_kind).get(key[1], [])
    return list(ctx.index.of_kind(kind))


def _terms_by_kind(ctx: DeckContext) -> dict[object, list[Entity]]:
    """The deck's term entities by the kind of thing each names, in deck order, grouped once: a
    deck's kinds grow with it ("those named … bonding"), and walking every term for each kind
    made building a 22,000-card deck's questions quadratic."""
    grouped: dict[object, list[Entity]] = {}
    for entity in ctx.index.of_kind(SpanKind.TERM):
        grouped.setdefault(ctx.term_kinds.get(fold(entity.name)), []).append(entity)
    return grouped


def _group(ctx: DeckContext, span: Span, entities: list[Entity]) -> _Buckets:
    groups: _Buckets = {}
    for entity in entities:
        # `written_like` depends on the answer only through its word count (one word or more).
        name = entity.written_like(span.text)
        is_acronym, words = _shape(name)
        usage = (entity.name in ctx.stats.articled, entity.name in ctx.stats.bare)
        groups.setdefault(_Look(is_acronym, words, usage), []).append(entity)
    return groups


def _alike_first(
    buckets: _Buckets, unlike: Callable[[_Look], tuple[bool, int, int]], rng: random.Random
) -> Iterator[Entity]:
    """Every entity of `buckets`, the most alike first, in random order among equally alike ones
    (what shuffling them all and sorting by `unlike` gives, drawn lazily)."""
    ties: dict[tuple[bool, int, int], list[list[Entity]]] = {}
    for look, entities in buckets.items():
        ties.setdefault(unlike(look), []).append(entities)
    for rank in sorted(ties):
        groups = ties[rank]
        yield from random_order(groups[0] if len(groups) == 1 else Joined(groups), rng)


# A year after one of these words bounds a claim that holds on one side of it.
_OPEN_ENDED = re.compile(r"\b(?:by|before|after|since|until|till|from)\s+$", re.IGNORECASE)
_RANGE_AFTER = re.compile(r"\s*(?:to|-|–|—)\s*([\d,.]+)")
_RANGE_BEFORE = re.compile(r"([\d,.]+)\s*(?:to|-|–|—)\s*$")


def _breaks_range(text: str, span: Span, candidate: str) -> bool:
    """True when the number would put a range out of order: "about 36 to 30 seconds"."""
    if span.kind not in NUMERIC_KINDS:
        return False
    value = parse_number(candidate)
    if value is None:
        return False
    after = _RANGE_AFTER.match(text, span.end)
    before = _RANGE_BEFORE.search(text[: span.start])
    if _BETWEEN.search(text[: span.start]):  # "between [0.2] and 0.9 seconds"
        after = after or _AND_AFTER.match(text, span.end)
    before = before or _BETWEEN_BEFORE.search(text[: span.start])  # "between 0.2 and [0.9]"
    end = parse_number(after.group(1)) if after else None
    start = parse_number(before.group(1)) if before else None
    return (end is not None and value.value >= end.value) or (
        start is not None and value.value <= start.value
    )


def _outside_era(ctx: DeckContext, span: Span, candidate: str) -> bool:
    """True for a wrong year before the first or after the last year the notes name: 1913 in
    notes on 1918–1939 is plainly wrong, and a year after the notes may be after today. Notes
    that name years close together are taken to cover at least `_MIN_ERA` years, never reaching
    past this year."""
    if span.kind is not SpanKind.YEAR or ctx.stats.era is None:
        return False
    first, last = ctx.stats.era
    if last - first < _MIN_ERA:
        pad = -(-(_MIN_ERA - (last - first)) // 2)
        first, last = first - pad, max(last, min(last + pad, datetime.date.today().year))
    year = parse_number(candidate)
    return year is not None and not first <= year.value <= last


_MIN_ERA = 10
# A line (or its group) that tells what came of its topic: "Consequence: SCLC founded 1957".
_AFTERMATH = re.compile(
    r"(?i)^\s*(?:consequences?|effects?|results?|outcomes?|impacts?|aftermath|afterwards|later)\b"
)


def _before_its_cause(ref: FactRef, span: Span, candidate: str) -> bool:
    """True for a wrong year before its topic began on a line telling what came of the topic
    ("Consequence: SCLC founded 1952" under "Montgomery Bus Boycott (1955-56)"): a consequence
    dated before its cause is plainly false."""
    start = ref.topic.start_year
    if span.kind is not SpanKind.YEAR or start is None:
        return False
    if not (_AFTERMATH.match(ref.text) or _AFTERMATH.match(ref.fact.group or "")):
        return False
    year = parse_number(candidate)
    return year is not None and year.value < start


# A year standing alone, not the end of a range written short ("1529–32") or a part of a number.
_ANY_YEAR = re.compile(r"(?<![\w.,£$€])(1\d{3}|20\d{2})(?![\w%]|[.,]\d)")


def crosses_years(text: str, span: Span, candidate: str) -> bool:
    """True when a wrong year would move past another year the same line gives: "married May
    _____ … gave birth … 12 October 1537" takes no 1538, "drawn up in _____ but only issued in
    1538" no 1539, and a true/false never says "married 1544, executed … February 1542". The
    line's own years fix the order its events happened in; a wrong year keeps its side of each
    (a year equal to the answer's binds nothing)."""
    if span.kind is not SpanKind.YEAR:
        return False
    answer, wrong = parse_number(span.text), parse_number(candidate)
    if answer is None or wrong is None:
        return False
    for found in _ANY_YEAR.finditer(text):
        if span.start <= found.start() < span.end:
            continue
        other = int(found.group(1))
        if answer.value != other and (answer.value < other) != (wrong.value < other):
            return True
        if wrong.value == other != answer.value:
            return True
    return False


# "between X and Y" is a range too; "X and Y" alone is not ("12 seats and 230 seats").
_BETWEEN = re.compile(r"\bbetween\s+$", re.IGNORECASE)
_AND_AFTER = re.compile(r"\s+and\s+([\d,.]+)")
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+([\d,.]+)\s+and\s+$", re.IGNORECASE)


def _clashes(candidate: str, span: Span) -> bool:
    """True when the candidate is the answer in other words: equal, or one inside the other."""
    mine, theirs = f" {fold(span.text)} ", f" {fold(candidate)} "
    return mine in theirs or theirs in mine


def _true_somewhere(ctx: DeckContext, ref: FactRef, span: Span, candidate: str) -> bool:
    if ctx.in_topic(ref.topic.id, candidate):
        return True
    text = ref.text
    filled = text[: span.start] + candidate + text[span.end :]
    if ctx.said_elsewhere(filled, ref.fact_id):
        return True  # the whole line, filled in, is another line of the notes
    end = span.start + len(candidate)
    tokens = tokenize(filled)
    inside = [i for i, token in enumerate(tokens) if token.start < end and span.start < token.end]
    if not inside:
        return False
    first, last = inside[0], inside[-1]
    for window in (tokens[max(0, first - _WINDOW) : last + 1], tokens[first : last + 1 + _WINDOW]):
        context = [t for t in window if not (t.start < end and span.start < t.end)]
        if any(t.folded not in STOP_WORDS for t in context) and ctx.said_elsewhere(
            " ".join(t.folded for t in window), ref.fact_id
        ):
            return True
    return False
