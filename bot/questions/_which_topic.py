""" "Which topic does this fact belong to?": the fact with the words that name its topic masked.

Words sharing a root with the topic's title or aliases are masked ("Hungary" under "Hungarian
Uprising"); topics whose own title the fact mentions, and the topics above or below the fact's own in
the deck's tree, are never offered as wrong options, since the fact would then belong to them too.

Two topics about the same thing make the question ambiguous ("Penicillin comes from the Penicillium
mould" fits "Drug development" as well as "Antibiotics"), so a wrong topic must share none of the
line's distinctive words (roots used by fewer than half the deck's topics) in its own title or lines.
A line under a sub-heading ("Criticisms: based on artificial lab tasks") is read with its heading:
shown alone it could belong to any topic of the same sort, so it is never asked.
Sections every set of notes has ("Summary", "Introduction") are neither answers nor options.

Wrong topics are the right one's own kind, or the question gives itself away (a line about the
stomach among plant topics): topics under the same heading, a section of its own only among
sections of their own and a heading with sub-headings only among such headings; and the items of
sibling lists of one kind ("Viral diseases", "Bacterial diseases": headings ending in one plural
noun). A line that names its topic ("students sat at a lunch counter" under "Sit-ins"; a word
that had to be masked) is not asked: what is left still points at the answer.
"""

from __future__ import annotations

import random
import re
import weakref
from collections.abc import Callable
from functools import lru_cache

from bot.questions._attribute_lists import is_notes_label
from bot.questions._context import DeckContext, FactRef
from bot.questions._date_cues import date_form, dated_shares
from bot.questions._glossary import is_glossary_line
from bot.questions._model import MASK, MAX_OPTION, Question, QuestionKind
from bot.questions._phrasing import quote_fact
from bot.questions._reasons import is_lead_in
from bot.questions._tables import table_rows
from bot.questions._tokens import tokenize
from bot.questions._words import (
    STOP_WORDS,
    content_words,
    echoes,
    pronoun_led,
    roots,
    same_family,
)
from knowledge.headings import is_layout_title, is_structural_title, without_instruction
from knowledge.importers.definitions import is_generic_label
from knowledge.importers.terms import is_equation_line
from knowledge.model import Topic, stable_id
from knowledge.search._embed import Vectors, embed
from knowledge.text import fold

# A line needs this many content words (after masking) to point at one topic: "Food Shortages"
# could belong to half the topics of a history deck.
MIN_TOPIC_WORDS = 3
WRONG_TOPICS = 3
MIN_WRONG_TOPICS = 2
_OPTION_TOPICS: weakref.WeakKeyDictionary[DeckContext, tuple[Topic, ...]] = (
    weakref.WeakKeyDictionary()
)


_YEAR = re.compile(r"(?<!\d)(1\d{3}|20\d{2})(?!\d)")


def which_topic_question(ctx: DeckContext, ref: FactRef) -> Question | None:
    """The question for one fact; None when masking leaves too little or too few topics remain, or
    when the fact's topic is a section of the notes ("Summary", "Key terms"), whose title is no
    answer; such topics are never wrong options either."""
    if not _content_topic(ctx, ref.topic):
        return None
    masked = mask_topic_words(ref.text, ref.topic)
    kept = [w for w in fold(masked).split() if w not in STOP_WORDS]
    if len(kept) < MIN_TOPIC_WORDS or MASK in masked:
        # A line echoing its topic's title gives it away, masked or not ("single clone of
        # cells" under "Monoclonal antibodies"; "Linda …" under "Brown v Board …").
        return None
    if pronoun_led(ref.text):
        return None  # "It reached England …": which "it" is the question
    if all(word[:1].isupper() or fold(word) in STOP_WORDS for word in ref.text.split()):
        return None  # "Chief Justice Earl Warren": a name, with no claim to place
    if _judging_label(ref.text) or _NEGATED.search(ref.text) or _PERSONAL.search(ref.text):
        # "Why it matters: less photosynthesis …", "Produces no carbon dioxide": a consequence
        # or a thing a topic lacks, which its siblings may share.
        return None
    if ref.fact.group is not None or is_equation_line(ref.text):
        return None  # "USSR = 'first and mightiest'" labels a thing, as a key term does
    if _about_a_term(ctx, ref) or _shared(ctx, ref) or _names_a_term_of(ctx, ref):
        return None
    rng = ctx.rng(QuestionKind.WHICH_TOPIC.value, ref.fact_id)
    same_fact = ref.folded
    fact_roots = roots(ref.text)
    distinctive = _distinctive_roots(ctx, ref)
    # A line of a subtopic also belongs to every topic above it, and a parent's line to its
    # subtopics' theme: none of them can be the wrong option.
    lineage = {topic.id for topic in ctx.deck.path(ref.topic.id)} | set(
        ctx.deck.subtree(ref.topic.id)
    )

    form = date_form(ref.text)
    shares = ctx.once(dated_shares)
    years = [int(year) for year in _YEAR.findall(ref.text)]
    if any(_spans_year(ref.topic, year, slack=1) for year in years):
        return None  # "… munitions by 1917" under "The First World War (1914-18)": dates match

    def fits(topic: Topic) -> bool:
        return (
            topic.id not in lineage
            and not ctx.name_roots(topic) & fact_roots
            and not ctx.topic_roots(topic.id) & distinctive
            and not any(f" {name} " in ref.folded for name in ctx.folded_names(topic))
            and all(other.folded != same_fact for other in ctx.topic_facts(topic.id))
            and not _titles_overlap(topic.title, ref.topic.title)
            and not any(_spans_year(topic, year) for year in years)
            # "1859: Darwin published …" among undated sections: the date names the section
            and shares.alike(form, ref.topic.id, topic.id)
        )

    wrong = _plausible(ctx, ref.topic, rng, fits)
    if len(wrong) < MIN_WRONG_TOPICS or _means_its_title(ctx, ref.text, ref.topic, wrong):
        return None
    options = [ref.topic.title, *(topic.title for topic in wrong)]
    rng.shuffle(options)
    return Question(
        id=stable_id(ref.topic.id, ref.fact_id, QuestionKind.WHICH_TOPIC.value, ref.topic.title),
        kind=QuestionKind.WHICH_TOPIC,
        prompt=f"Which topic does this belong to? “{masked}”",
        answers=(ref.topic.title,),
        options=tuple(options),
        correct=(options.index(ref.topic.title),),
        explanation=quote_fact(f"Answer: {ref.topic.title}.", ref, with_topic=False),
        source_fact=ref.text,
        topic_id=ref.topic.id,
        fact_id=ref.fact_id,
    )


def _option_topics(ctx: DeckContext) -> tuple[Topic, ...]:
    """The deck's topics that can be options: titles short enough, and no section every set of
    notes has (worked out once a deck)."""
    found = _OPTION_TOPICS.get(ctx)
    if found is None:
        found = _OPTION_TOPICS[ctx] = tuple(
            topic
            for topic in ctx.deck.topics
            if len(topic.title) <= MAX_OPTION and _content_topic(ctx, topic)
        )
    return found


def _content_topic(ctx: DeckContext, topic: Topic) -> bool:
    """False for a section of the handout rather than of the subject: one every set of notes has
    ("Summary", "Key terms", the deck's title), one setting the scene ("Background") and one
    showing other sections' lines again ("Timeline", "Comparing the two revolutions"). Its title
    is neither an answer nor a wrong option."""
    title = _STUDY_TAIL.sub("", without_instruction(topic.title)) or topic.title
    return not (
        is_structural_title(title, ctx.deck.title)
        or scene_setting(title)
        or is_layout_title(title)
        or topic.id in ctx.once(_table_only)
    )


def _table_only(ctx: DeckContext) -> frozenset[str]:
    """The ids of sections holding nothing but a table: a summary of the other sections
    ("Emperors at a glance"), which no line of theirs is about (round 23, A21 and A41; round 23b,
    A6: offered as a topic beside "Economy and society")."""
    rows = ctx.once(table_rows)
    lines: dict[str, list[bool]] = {}
    for ref in ctx.facts:
        lines.setdefault(ref.topic.id, []).append(ref.fact_id in rows)
    return frozenset(topic for topic, in_table in lines.items() if all(in_table))


# "Key terms to learn", "Dates to know": a study instruction after a section's kind.
_STUDY_TAIL = re.compile(r"\s+to\s+(?:learn|know|remember|revise|memori[sz]e)\s*$", re.IGNORECASE)


_LABEL = re.compile(r"^\s*(?P<label>[^:—–]{1,40}?)\s*(?::|\s[—–-]\s)")
_JUDGING = re.compile(
    r"(?i)\b(?:(?:dis)?advantages?|pros?|cons?|strengths?|weaknesses?|problems?|benefits?"
    r"|drawbacks?|matters?|importance|evaluation|criticisms?|limitations?)\b"
)
_NEGATED = re.compile(r"(?i)\b(?:no|not|never|none|without|cannot)\b|n['’]t\b")
# "her funeral" points at the one topic named after a woman.
_PERSONAL = re.compile(r"(?i)\b(?:he|she|him|her|his|hers|himself|herself)\b")


def _judging_label(text: str) -> bool:
    """True for a line led by a label that introduces a cause, effect, aim, judgement or list
    ("Why it matters: …", "Effects: …", "Disadvantages: …", "Examples: …"): of what, the line
    alone does not say."""
    found = _LABEL.match(text)
    if found is None:
        return False
    label = found.group("label")
    if is_notes_label(label):
        return True  # "Easy way to remember: LAMB", "Exam tip: …": how to learn, not what
    return is_lead_in(label) or is_generic_label(label) or _JUDGING.search(label) is not None


# A wrong topic is offered only when its notes are this close to the right one's, as a share of
# the closest same-kind topic's: "Measles" for a line of "HIV" (symptoms, spread, immune), not
# "Rose black spot" (leaves, fungus), whose lines no human disease's resemble.
_PLAUSIBLE_SHARE = 0.5
# Wrong topics are drawn at random from this many of the closest that fit.
_CLOSEST = WRONG_TOPICS + 2


def _plausible(
    ctx: DeckContext, topic: Topic, rng: random.Random, fits: Callable[[Topic], bool]
) -> list[Topic]:
    """Up to WRONG_TOPICS wrong topics of the right one's kind that a student who has not learnt
    the line could believe: the closest in what their notes talk about. When the closest are
    ruled out (they share the line's own words, so it would fit them too), what is left is far
    from the answer, and none is offered: such options would give the answer away."""
    scored = _closest_first(ctx, topic)
    if not scored:
        return []
    # Among a few topics (a short deck's sections) there is no closer set to choose from.
    floor = scored[0][0] * _PLAUSIBLE_SHARE if len(scored) > _CLOSEST else 0.0
    close: list[Topic] = []
    for score, other in scored:
        if score < floor or len(close) == _CLOSEST:
            break  # closest first: the rest are further still
        if fits(other):
            close.append(other)
    return rng.sample(close, min(WRONG_TOPICS, len(close)))


# Topics whose same-kind topics were last scored, kept per deck context: a topic's lines come
# one after another, so its scores are worked out once for all of them, not once per line.
_SCORED_KEPT = 8
_SCORED: weakref.WeakKeyDictionary[DeckContext, dict[str, list[tuple[float, Topic]]]] = (
    weakref.WeakKeyDictionary()
)


def _closest_first(ctx: DeckContext, topic: Topic) -> list[tuple[float, Topic]]:
    """The topic's same-kind topics with their likeness to it, closest first (deck order among
    equals); the same for every line of the topic."""
    kept = _SCORED.setdefault(ctx, {})
    found = kept.get(topic.id)
    if found is None:
        mine = ctx.topic_roots(topic.id)
        scored = [
            (_likeness(mine, ctx.topic_roots(other.id)), position, other)
            for position, other in enumerate(_same_kind(ctx, topic))
        ]
        scored.sort(key=lambda item: (-item[0], item[1]))
        found = [(score, other) for score, _, other in scored]
        if len(kept) >= _SCORED_KEPT:
            del kept[next(iter(kept))]
        kept[topic.id] = found
    return found


# How much closer in meaning the line may be to its own topic's title than to the nearest wrong
# one: "Hygiene — hand washing …" is an instance of "Preventing the spread of disease" (+0.25),
# "A sexually transmitted disease" of "Gonorrhoea" among Measles and Malaria (+0.19), "Set up the
# Equal Employment Opportunity Commission" of "Civil Rights Act" (+0.21); knowing which fuel is
# mostly methane (+0.17) is the subject itself.
_GIVEAWAY_MARGIN = 0.18
_TITLE_VECTORS: weakref.WeakKeyDictionary[DeckContext, dict[str, Vectors]] = (
    weakref.WeakKeyDictionary()
)


def _means_its_title(ctx: DeckContext, line: str, answer: Topic, wrong: list[Topic]) -> bool:
    """True when the line's words mean its topic's title, so everyday sense picks it: word
    vectors (`knowledge.search._embed`) put the line much nearer the right title than any
    wrong one. Without the vectors installed, no line is refused on this ground."""
    titles = [_PARENTHESES.sub(" ", topic.title).strip() for topic in (answer, *wrong)]
    known = _TITLE_VECTORS.setdefault(ctx, {})
    missing = [title for title in titles if title not in known]
    vectors = embed([line, *missing])
    if vectors is None:
        return False
    known.update(zip(missing, vectors[1:], strict=True))
    scores = [float(known[title] @ vectors[0]) for title in titles]
    return scores[0] - max(scores[1:]) > _GIVEAWAY_MARGIN


def _likeness(one: frozenset[str], other: frozenset[str]) -> float:
    """How much two topics' notes share: the Jaccard index of their word roots (the union's
    size counted, not made: a topic is scored against every topic of its kind)."""
    shared = len(one & other)
    union = len(one) + len(other) - shared
    return shared / union if union else 0.0


def _same_kind(ctx: DeckContext, topic: Topic) -> tuple[Topic, ...]:
    """The option topics of the same kind as `topic`: under the same heading (or at the top of
    the tree, both), and either both with sub-headings or neither; and the items of sibling lists
    whose headings end in one plural noun ("Viral diseases", "Bacterial diseases").

    Every topic of one kind has the same list but itself, so each kind's list is made once
    (`_Kinds`): made for each topic, it read every option topic's heading again, and a deck of
    10,000 topics spent most of its first questions' build doing so."""
    deck = ctx.deck
    parent = deck.parent(topic.id)
    kin = _plural_head(parent.title) if parent is not None else None
    key = (
        bool(deck.children(topic.id)),
        _is_document(topic.title),
        None if parent is None else parent.id,
        kin,
    )
    kinds = ctx.once(_Kinds)
    found = kinds.lists.get(key)
    if found is None:
        found = kinds.lists[key] = tuple(
            other for other, features in kinds.features if _same(features, key)
        )
    return tuple(other for other in found if other.id != topic.id)


# What `_same_kind` reads of an option topic: whether it has sub-headings, whether it names a
# document, its parent's id and the plural noun its parent's heading ends in (None: none).
_Features = tuple[bool, bool, str | None, str | None]


class _Kinds:
    """Each option topic with what `_same_kind` reads of it, and the list of each kind made so
    far (one per deck context: `ctx.once(_Kinds)`)."""

    def __init__(self, ctx: DeckContext) -> None:
        deck = ctx.deck
        self.features: list[tuple[Topic, _Features]] = []
        for other in _option_topics(ctx):
            theirs = deck.parent(other.id)
            self.features.append(
                (
                    other,
                    (
                        bool(deck.children(other.id)),
                        _is_document(other.title),
                        None if theirs is None else theirs.id,
                        None if theirs is None else _plural_head(theirs.title),
                    ),
                )
            )
        self.lists: dict[_Features, tuple[Topic, ...]] = {}


def _same(other: _Features, kind: _Features) -> bool:
    """Whether an option topic (`other`) is of the kind `kind` (both as `_Kinds` reads them)."""
    grouping, document, parent, kin = kind
    if other[0] != grouping:
        return False
    if other[1] != document:
        return False  # a law among events: "Civil Rights Act (1964)" beside "Sit-ins"
    if other[2] is None or parent is None:
        return other[2] is None and parent is None
    return other[2] == parent or (kin is not None and other[3] == kin)


_PARENTHESES = re.compile(r"\([^()]*\)")


# Headings naming a document rather than an event, place or person: a line of one ("Banned
# discrimination in employment") is told from the rest by its kind alone.
_DOCUMENTS = frozenset(
    """
    act acts law laws amendment amendments treaty treaties pact charter report bill bills ruling
    constitution declaration agreement accord convention directive manifesto
    """.split()  # noqa: SIM905
)


@lru_cache(maxsize=4096)  # asked of every option topic for every "which topic" question
def _is_document(title: str) -> bool:
    words = fold(_PARENTHESES.sub(" ", title)).split()
    words = [word for word in words if not word.isdigit()]
    while words and words[-1] in STOP_WORDS:
        words.pop()  # "Civil Rights Acts of 1957 and 1960" -> "… acts"
    return bool(words) and words[-1] in _DOCUMENTS


def _plural_head(title: str) -> str | None:
    """The plural noun a heading ends in ("Viral diseases" -> "diseases"), naming the kind of
    each item under it; None for any other heading ("Plant disease (Higher tier)")."""
    words = fold(_PARENTHESES.sub(" ", title)).split()
    last = words[-1] if words else ""
    return last if len(last) > 3 and last.endswith("s") and not last.endswith("ss") else None


def _distinctive_roots(ctx: DeckContext, ref: FactRef) -> frozenset[str]:
    """The line's roots that fewer than half the deck's topics use: the words that say what it is
    about ("penicillin", "haber"), not the subject's everyday words ("memory" in a memory deck)."""
    limit = len(ctx.deck.topics) / 2
    return frozenset(r for r in roots(ref.text) if ctx.topics_using(r) < limit)


def _about_a_term(ctx: DeckContext, ref: FactRef) -> bool:
    """True when the line is a key term or its definition: terms belong to the whole deck. A
    glossary line behind a label ("Key terms: Freikorps - bands of ex-soldiers …") is one too:
    the section a glossary entry is filed under is the author's choice, not a fact to learn."""
    words = frozenset(content_words(ref.text))
    if next(ctx.similar_terms.matches(words), None) is not None:
        return True
    return is_glossary_line(ctx, ref.text)


def _names_a_term_of(ctx: DeckContext, ref: FactRef) -> bool:
    """True when the line uses a key term its own topic defines ("… calculated from quadrat
    counts" under the topic defining "Quadrat"): the term points at the answer, and the line's
    section is all the question would test."""
    return any(
        ref.topic.id in term.topics
        and len(term.topics) <= _FEW_TOPICS  # "Security", defined in four topics, points at none
        and any(f" {name} " in ref.folded for name in (fold(term.term), f"{fold(term.term)}s"))
        for term in ctx.deck.terms
        if fold(term.term)
    )


_FEW_TOPICS = 2


# "Background: the Church in England c.1500": a section setting the scene for the topics after
# it. A line of it ("Around 800 monasteries existed") belongs there only by the author's layout.
_SCENE_SETTING = re.compile(
    r"(?i)^\W*(?:\d{1,2}\.?\s+)?(?:background|context|introduction|overview)\b"
)


def scene_setting(title: str) -> bool:
    """True for a section that sets the scene ("Background: …", "Context – …"): which lines it
    holds is the author's layout, not something to learn."""
    return _SCENE_SETTING.match(title) is not None


def _shared(ctx: DeckContext, ref: FactRef) -> bool:
    """True when another topic has (nearly) the same line: it would belong to both."""
    words = frozenset(content_words(ref.text))
    if not words:
        return True
    return any(
        ctx.facts[position].topic.id != ref.topic.id
        for position in ctx.similar_facts.matches(words)
    )


def mask_topic_words(text: str, topic: Topic) -> str:
    """`text` with each word echoing the topic's title or aliases replaced by "…" ("lens" for
    "Lenses"), or of one word family with a word of it ("robbing" for "Highway robbery")."""
    giveaway = frozenset().union(*(content_words(n) for n in (topic.title, *topic.aliases)))
    pieces: list[str] = []
    cursor = 0
    for token in tokenize(text):
        if not _gives_away(token.folded, giveaway):
            continue
        joined = bool(pieces) and pieces[-1] == MASK and not text[cursor : token.start].strip()
        if joined:
            cursor = token.end + _possessive(text, token.end)
            continue
        pieces += [text[cursor : token.start], MASK]
        cursor = token.end + _possessive(text, token.end)
    pieces.append(text[cursor:])
    return "".join(pieces)


@lru_cache(maxsize=65536)
def _gives_away(word: str, giveaway: frozenset[str]) -> bool:
    """True when `word` echoes a word of the title or is of its family (asked once per word and
    title: a deck's lines repeat their words, and every line is masked for every topic)."""
    return any(echoes(word, other) or same_family(word, other) for other in giveaway)


_POSSESSIVE = re.compile(r"['’]s\b|s?['’](?!\w)")


def _possessive(text: str, end: int) -> int:
    """How many characters of a possessive ending follow a masked word ("girls'", "Galen's"):
    masked with it, so no stray apostrophe is left ("…' skills")."""
    found = _POSSESSIVE.match(text, end)
    return found.end() - end if found else 0


def _titles_overlap(one: str, other: str) -> bool:
    """True when one title's words are all in the other's ("The periodic table", "Atoms and the
    periodic table"): a line of either could be argued to belong to both."""
    mine, theirs = set(content_words(one)), set(content_words(other))
    mine = {w for w in mine if not w[:1].isdigit()}
    theirs = {w for w in theirs if not w[:1].isdigit()}
    return bool(mine) and bool(theirs) and (mine <= theirs or theirs <= mine)


def _spans_year(topic: Topic, year: int, *, slack: int = 0) -> bool:
    """True when the topic's dates take in the year the line names ("The Weimar Republic,
    1918–29" for a line dated 1920): by its dates the line belongs there too."""
    if topic.start_year is None:
        return False
    end = topic.end_year if topic.end_year is not None else topic.start_year
    return topic.start_year - slack <= year <= end + slack
