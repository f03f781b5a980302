"""Reasoning questions from the notes' structure: reasons, effects and aims.

Teachers write causes and consequences as a lead-in with lines under it ("Willing to Compromise
because", "Why volcanoes form at destructive margins:", "Primary effects", "Soviet aims"), which the
deck keeps as a group (or as a topic whose title is such a lead-in). Each line under one is a
reason (effect, aim) of what the lead-in names, so it can be asked as:

- "Which of these was a reason for “Willing to Compromise”?" (or "Why …?" when the lead-in asks
  it) — one line of the group among lines that are not in it;
- "Which of these was NOT a reason for …?" — three lines of the group and one from elsewhere;
- "Which of these were reasons for …? Pick all that apply." — two or three lines of the group
  among two or three from elsewhere, every right one to be picked (multi-select).

Wrong options are lines of the same kind: the lines under a sibling lead-in of the same topic
("Secondary effects" beside "Primary effects") and under lead-ins of the same kind in other topics
(any other line of the notes could be a reason nobody wrote down). A line that shares most of its
words with a line of the group, or that defines a term, is never a wrong option; nor is a line of a
list about the same thing (`_comparable`), and reasons given for one claim of the notes are only
asked against other such reasons. A question whose right options alone name what it asks about
(or alone do not) is not asked (`_singled_out`).
"""

from __future__ import annotations

import itertools
import re
import weakref
from collections.abc import Iterator
from dataclasses import dataclass

from bot.questions._carried_on import carried_on
from bot.questions._context import DeckContext, FactRef
from bot.questions._group_heads import defined_term, own_lines
from bot.questions._line_shapes import same_shape
from bot.questions._lists import contrasts_with, process_steps
from bot.questions._model import MAX_OPTION, Question, QuestionKind, shorten
from bot.questions._part import WHOLE, Part
from bot.questions._phrasing import listed_under, quote_fact, topic_path
from bot.questions._sorting import names_a_list
from bot.questions._symbols import symbol_gives_away
from bot.questions._words import content_words, pronoun_led, root, roots
from knowledge.model import stable_id
from knowledge.search._lemma import lemma
from knowledge.text import fold

_CAUSE = "reason"
_EFFECT = "effect"
_AIM = "aim"
# Any other list under a lead-in of its own ("Solutions:", "Features:", "Problems in the …:"):
# its lines are asked as "listed under" it, against the lines of other lists near it.
LISTED = "listed"
_LEAD_INS = (
    # "bc" is shorthand for because, but "594 BC" is a year (round s17-quizb: a line with a BC
    # date was read as a lead-in of reasons, and its date lost the "BC").
    (_CAUSE, r"because|bcs|(?<!\d)(?<!\d\s)bc|cos|coz|reasons?|why|causes?|caused|factors|due to"),
    (_EFFECT, r"impacts?|effects?|consequences?|results?|significance|outcomes?|led to"),
    (_AIM, r"aims?|goals?|objectives?|motives?"),
)
_PATTERNS = tuple(
    (kind, re.compile(rf"\b(?:{words})\b", re.IGNORECASE)) for kind, words in _LEAD_INS
)
WRONG_OPTIONS = 3
# Wrong options are drawn from the best few lines outside the group: only these are looked for.
POOL_SIZE = WRONG_OPTIONS * 3
MIN_MEMBERS_FOR_NOT = 3
# Options are lines: a line this long or longer does not fit as a button.
_MAX_LINE = MAX_OPTION
# Two lines sharing this share of their content words could both be right.
_OVERLAP = 0.5
_MIN_OPTION_WORDS = 2
_DEFINITION = re.compile(r"\s(?:=|means|is defined as)\s")
# What is left of "Reasons given for …", "Causes put forward for …" once the cause word goes.
_QUALIFIED = re.compile(
    r"\s*(?!(?:of|for|behind|main|key|risk|the)\b)[a-z]+(?:\s+forward)?\s+(?:for|of|behind)\b",
    re.IGNORECASE,
)
# A heading ending in the cause noun names a kind of cause ("Internal factors").
_KIND_OF_CAUSE = re.compile(r"\S\s+(?:reasons|causes|factors)\s*[.:]?\s*$", re.IGNORECASE)
# A line "Name: claim" (a researcher, a source) reads differently from a bare claim.
_ATTRIBUTED = re.compile(
    r"[A-Z][\w'’.-]*(?:\s+(?:and|&)\s+[A-Z][\w'’.-]*)?(?:\s+[A-Z][\w'’.-]*)?:\s"
)
# Options whose lengths differ by more than this factor look like they come from elsewhere.
_LENGTH_RATIO = 1.6
_DATES = re.compile(r"\(?\b\d{2,4}s?\b[–-]?\)?")
# A line that points elsewhere ("See the textbook chapter 4.") is not a fact to choose.
_PREFIXES: weakref.WeakKeyDictionary[DeckContext, dict[int, frozenset[str]]] = (
    weakref.WeakKeyDictionary()
)
_POINTER = re.compile(r"\s*(?:see|cf\.?|p\.|pp\.|page|chapter|ch\.)\s", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class LeadIn:
    """A cause/effect/aim lead-in and the lines under it."""

    kind: str  # reason, effect or aim
    heading: str  # as the notes write it
    subject: str  # what the lines are reasons (effects, aims) of
    topic_id: str
    members: tuple[FactRef, ...]
    topic_level: bool = False  # the lead-in is the topic's title, not a group heading
    # For a bare lead-in ("Reasons:") under a line of the notes, that line: what the lines under
    # it explain ("Simple molecular substances have low melting points"). None otherwise.
    about: str | None = None


def lead_ins(ctx: DeckContext) -> list[LeadIn]:
    """Every group or topic of the deck headed by a cause, effect or aim lead-in."""
    found: list[LeadIn] = []
    for topic in ctx.deck.topics:
        refs = [ref for ref in ctx.topic_facts(topic.id) if ref.is_statement]
        groups: dict[str | None, list[FactRef]] = {}
        for ref in refs:
            groups.setdefault(ref.fact.group, []).append(ref)
        for heading, lines in groups.items():
            if heading is not None and defined_term(heading) is not None:
                continue  # lines under a term's definition: a list named by its term, below
            text = heading if heading is not None else topic.title
            kind = _kind_of(text)
            members = own_lines(lines)
            if kind is not None and members:
                # "Reasons why" names no subject: it is asked as "listed under …".
                subject = _subject(text, kind) or text
                top = heading is None
                # A bare "Reasons:" explains the line above it; bare "Effects" are usually the
                # topic's, so only a list of reasons is asked about that line.
                bare = kind == _CAUSE and not top and _BARE.match(text)
                about = _explained_line(refs, members[0]) if bare else None
                found.append(LeadIn(kind, text, subject, topic.id, tuple(members), top, about))
    # After the lead-ins of a kind, so their positions (parts of a pool) stay as they were.
    found += _plain_lists(ctx)
    return found


_MIN_LISTED = 2
# A heading of these words heads a glossary, not a list of one kind of thing.
_GLOSSARY_WORDS = frozenset(
    "key terms term words keywords definitions vocabulary glossary facts".split()  # noqa: SIM905
)
# Wrong options of a plain list come from topics this near it in the notes, and at least this
# many from other lists of its own topic (lines of a far topic are told apart by their subject).
_NEAR_TOPICS = 2
_MIN_SIBLING_LINES = 2


def _plain_lists(ctx: DeckContext) -> list[LeadIn]:
    """Every other list of two or more lines under a heading that names what they are (not a
    label such as "Examples", not a process's steps in order), as a lead-in of its own."""
    found: list[LeadIn] = []
    for topic in ctx.deck.topics:
        groups: dict[str, list[FactRef]] = {}
        for ref in ctx.topic_facts(topic.id):
            if ref.is_statement and ref.fact.group:
                groups.setdefault(ref.fact.group, []).append(ref)
        for group, members in groups.items():
            # Lines under "Motor effect: when a wire carrying a current …" are the motor
            # effect's: named by the term, never by the whole sentence (round 17, A8).
            heading = defined_term(group) or group
            refs = own_lines(members)
            if (
                len(refs) >= _MIN_LISTED
                and _kind_of(heading) is None
                and names_a_list(heading)
                and not set(content_words(heading)) <= _GLOSSARY_WORDS
                and not process_steps(topic.id, heading, refs)
                and not carried_on(refs)  # "-> e.g. …" under a line: no list (`_carried_on`)
                # Two kinds of one thing ("Hard engineering", "Soft engineering") are asked
                # against each other by the list builder, with surer wrong options.
                and not any(contrasts_with(group, other) for other in groups)
            ):
                found.append(LeadIn(LISTED, heading, heading.rstrip(":?. "), topic.id, refs))
    return found


# A lead-in naming nothing but its kind: "Reasons:", "Effects", "The main causes were:".
_BARE = re.compile(
    r"\s*(?:the\s+)?(?:main\s+|key\s+)?(?:reasons?|causes?|because|why|explanations?|effects?"
    r"|consequences?|results?|impacts?)(?:\s+(?:are|were|include|included))?\s*[:.]?\s*$",
    re.IGNORECASE,
)


def _explained_line(refs: list[FactRef], first: FactRef) -> str | None:
    """The line of the notes just before a bare lead-in's first line, when it is a plain line of
    the topic (not under another heading) that can stand as what the list explains."""
    position = next(i for i, ref in enumerate(refs) if ref is first)
    if position == 0:
        return None
    before = refs[position - 1]
    text = before.text.strip().rstrip(".:;")
    if before.fact.group is not None or pronoun_led(text) or len(text) > _MAX_ABOUT:
        return None
    return text


_MAX_ABOUT = 160


def is_lead_in(heading: str) -> bool:
    """True when a heading introduces reasons, effects or aims."""
    return _kind_of(heading) is not None


def _kind_of(heading: str) -> str | None:
    for kind, pattern in _PATTERNS:
        if pattern.search(heading):
            return kind
    return None


def _subject(heading: str, kind: str) -> str:
    """What the lead-in is about: "Willing to Compromise because" -> "Willing to Compromise",
    "Reasons for Nazi success" -> "Nazi success"; an
    effect or aim heading is kept whole ("Primary effects")."""
    text = heading.strip().rstrip(":").strip()
    if kind != _CAUSE:
        return text
    if _KIND_OF_CAUSE.search(text):
        # "External factors", "Long-term causes": a kind of cause, not causes of something named.
        return ""
    for _, pattern in _PATTERNS[:1]:
        text = pattern.sub(" ", text)
    text = re.sub(r"\b(?:the|of|for|behind|main)\s*$", "", " ".join(text.split()), flags=re.I)
    if _QUALIFIED.match(text):
        # "Reasons given for the Black Death": no subject to put after "a reason for"; the
        # heading is quoted whole ("listed under …").
        return ""
    # "Reasons for Nazi success" -> "Nazi success", "Main causes of the war" -> "the war".
    text = re.sub(r"^(?:(?:main|key|risk)\s+)?(?:of|for|behind)\s+", "", text.strip(), flags=re.I)
    return text.strip(" ,:;–-")


def reason_questions(ctx: DeckContext, part: Part = WHOLE) -> Iterator[tuple[LeadIn, Question]]:
    """For each line under a lead-in, a "which was a reason" question; for each lead-in with
    three or more lines, one "which was NOT a reason" question; for each with two or more, one
    "pick all that apply" question. Only the lead-ins of `part` (all by default)."""
    groups = ctx.once(lead_ins)
    for position, group in enumerate(groups):
        if position not in part:
            continue
        pool = _outsiders(ctx, group, groups)
        for member in group.members:
            question = _which_was(ctx, group, member, pool)
            if question is not None:
                yield group, question
        if group.kind == LISTED:
            continue  # each line its own question: the list is not the notes' claim to test
        for question in (_which_was_not(ctx, group, pool), _which_were(ctx, group, pool)):
            if question is not None:
                yield group, question


def _usable(text: str) -> bool:
    return (
        len(text) <= _MAX_LINE
        and len(content_words(text)) >= _MIN_OPTION_WORDS
        and not _POINTER.match(text)
    )


def _outsiders(ctx: DeckContext, group: LeadIn, groups: list[LeadIn]) -> list[str]:
    """Lines not in the group, best wrong options first, none that could also be right."""
    mine = [set(content_words(ref.text)) for ref in group.members]
    # A line sharing a distinctive word with the group ("gold" in "the discovery of gold promised
    # quick wealth" and "gold was discovered in the Black Hills") could be argued to belong to it.
    # (in a deck of four topics or more, a word of only two is distinctive too; in two or three,
    # a word two topics use is the subject's common vocabulary).
    count = len(ctx.deck.topics)
    limit = count / 2 if count < 4 else max(3, count / 2)
    ours = frozenset().union(roots(group.subject), *(roots(ref.text) for ref in group.members))
    distinctive = frozenset(r for r in ours if len(r) >= 4 and ctx.topics_using(r) < limit)
    member_facts = {fold(ref.text) for ref in group.members}
    # A topic whose title is a lead-in ("Factors affecting rate") holds its groups' lines too:
    # it takes no wrong options from them, nor they from its own lines.
    siblings = [
        g
        for g in groups
        if g.topic_id == group.topic_id
        and g is not group
        and not g.topic_level
        and not group.topic_level
    ]
    # A list the other way round ("Reasons against …" beside "Reasons for building …", riots'
    # causes beside a boycott's success) gives itself away: its lines read as the opposite.
    siblings = [g for g in siblings if not _opposed(group, g) and _comparable(ctx, group, g)]
    if group.kind == LISTED:
        return _nearby(
            ctx,
            group,
            groups,
            siblings=siblings,
            member_facts=member_facts,
            mine=mine,
            distinctive=distinctive,
        )
    # Effects of another topic that shares a distinctive word with this one are defensible as
    # effects of this one too (the treaty's reparations led to the 1923 crisis, so "savings became
    # worthless" is a consequence of both); causes likewise.
    alike: Iterator[LeadIn] = (
        g
        for g in groups
        if g.topic_id != group.topic_id
        and g.kind == group.kind
        and not _opposed(group, g)
        and not _linked(ctx, group, g, groups, limit)
        and _comparable(ctx, group, g, limit)
    )
    contrasts = [g for g in siblings if _KIND_OF_CAUSE.search(g.heading)]
    if _KIND_OF_CAUSE.search(group.heading) and contrasts:
        # "Internal factors" is asked against the list it contrasts with ("External factors"):
        # a cause of something else ("an ethnocentric curriculum") may be internal too.
        siblings, alike = contrasts, iter(())
    elif group.kind == _CAUSE:
        # Another event's causes either give the answer away (off-topic) or could be argued right
        # for this one too; what the notes list as the same subject's effects can be neither.
        return _own_effects(ctx, group, groups, member_facts, mine)
    # Lines under other lead-ins of the same kind are the same kind of line; other lines of the
    # notes only when the deck has too few of those (never for aims, which are broad).
    same_kind = itertools.chain(
        (tidy(ref.text) for g in siblings if g.kind == group.kind for ref in g.members),
        (tidy(ref.text) for g in alike for ref in g.members),
    )
    # Read lazily: only the first few are ever offered, and a deck has thousands.
    first = list(itertools.islice(same_kind, WRONG_OPTIONS - 1))
    ordered = itertools.chain(first, same_kind) if len(first) >= WRONG_OPTIONS - 1 else iter(())
    chosen: dict[str, str] = {}
    for text in ordered:
        if len(chosen) == POOL_SIZE:
            break
        key = fold(text)
        if key not in chosen and _offerable(ctx, text, member_facts, mine, distinctive):
            chosen[key] = text
    return list(chosen.values())


def _offerable(
    ctx: DeckContext,
    text: str,
    member_facts: set[str],
    mine: list[set[str]],
    distinctive: frozenset[str],
) -> bool:
    """True for a line that can be offered as a wrong option: not one of the list's own lines,
    usable as an option, no definition, not led by a pronoun, sharing no word distinctive of
    the list's subject, and not mostly the words of one of the list's lines."""
    if fold(text) in member_facts or not _usable(text) or _defines(ctx, text):
        return False
    if pronoun_led(text) or roots(text) & distinctive:
        return False
    words = set(content_words(text))
    return not any(len(words & m) >= _OVERLAP * min(len(words), len(m)) for m in mine if m)


# "Example - Freiburg", "e.g. London", "Case study: …": a list of what illustrates its topic.
_EXAMPLE = re.compile(r"\s*(?:e\.?g\b|examples?\b|case\s+stud(?:y|ies)\b)", re.IGNORECASE)


def _nearby(
    ctx: DeckContext,
    group: LeadIn,
    groups: list[LeadIn],
    *,
    siblings: list[LeadIn],
    member_facts: set[str],
    mine: list[set[str]],
    distinctive: frozenset[str],
) -> list[str]:
    """Wrong options for a plain list: the lines of the other lists of its topic, then of the
    lists of the nearest topics, first. A list under the same heading elsewhere ("Location" of
    another case study) is left out: its lines are of the same kind and read as right."""
    order = {topic.id: position for position, topic in enumerate(ctx.deck.topics)}
    here = order.get(group.topic_id, 0)
    heading = fold(group.heading.rstrip(":?. "))
    others = sorted(
        (
            g
            for g in groups
            if g.topic_id != group.topic_id
            and not g.topic_level
            and fold(g.heading.rstrip(":?. ")) != heading
            and not _opposed(group, g)
            and _comparable(ctx, group, g)
        ),
        key=lambda g: abs(order.get(g.topic_id, 0) - here),
    )
    others = [g for g in others if abs(order.get(g.topic_id, 0) - here) <= _NEAR_TOPICS]
    chosen: dict[str, str] = {}
    for other in itertools.chain(siblings, others):
        if _EXAMPLE.match(other.heading):
            continue  # an example's lines illustrate every list of its topic: arguably right
        if other.topic_id != group.topic_id and len(chosen) < _MIN_SIBLING_LINES:
            return []  # only other topics' lines: the one of this topic's subject stands out
        for ref in other.members:
            text = tidy(ref.text)
            key = fold(text)
            if key in chosen or not _offerable(ctx, text, member_facts, mine, distinctive):
                continue
            chosen[key] = text
            if len(chosen) == POOL_SIZE:
                return list(chosen.values())
    return list(chosen.values())


# "Effects of the Factory Acts" -> "the Factory Acts": what an effect lead-in is about.
_EFFECT_OF = re.compile(
    r"^\s*(?:the\s+)?(?:main\s+|key\s+)?(?:effects?|impacts?|consequences?|results?|outcomes?)"
    r"\s+(?:of|on)\s+",
    re.IGNORECASE,
)


def _own_effects(
    ctx: DeckContext,
    group: LeadIn,
    groups: list[LeadIn],
    member_facts: set[str],
    mine: list[set[str]],
) -> list[str]:
    """Wrong options for a list of causes: lines under an effect lead-in about the same subject
    (the same words after "Effects of", or a telling word shared by what the two lists are about;
    a bare "Effects:" only in the same topic). Empty when the notes list too few such effects,
    and then no question is asked from the list."""
    ours = _about_roots(ctx, group)
    chosen: dict[str, str] = {}
    for other in groups:
        if other.kind != _EFFECT or (
            other.topic_id != group.topic_id and _BARE.match(other.heading)
        ):
            continue  # a bare "Effects" elsewhere is another topic's
        named = fold(_EFFECT_OF.sub("", other.heading.strip().rstrip(":")))
        if fold(group.subject) != named and not any(
            _telling(r) for r in ours & _about_roots(ctx, other)
        ):
            continue
        for ref in other.members:
            text = tidy(ref.text)
            key = fold(text)
            if key in member_facts or key in chosen or not _usable(text) or _defines(ctx, text):
                continue
            words = set(content_words(text))
            if pronoun_led(text) or any(
                len(words & m) >= _OVERLAP * min(len(words), len(m)) for m in mine if m
            ):
                continue
            chosen[key] = text
    return list(chosen.values())[:POOL_SIZE] if len(chosen) >= WRONG_OPTIONS - 1 else []


_CONNECTIVE = re.compile(r"(?:and|but|so|or|also)\s+(?=\w)", re.IGNORECASE)


def tidy(line: str) -> str:
    """A listed line as an option: a list that carries one sentence over several items ("the
    bonds are strong," / "but the forces between molecules are weak,") loses its joining words
    and trailing commas, so its lines read as the others do."""
    text = line.strip()
    joined = _CONNECTIVE.match(text)
    if joined is not None:
        text = text[joined.end() :]
    return text.rstrip(",;").rstrip()


def _linked(
    ctx: DeckContext, group: LeadIn, other: LeadIn, groups: list[LeadIn], limit: float
) -> bool:
    """True when `group`'s topic leads into `other`'s, so the other's effects are defensible as
    this group's too: the later topic's title or its causes name something the earlier topic is
    about (a title word most topics do not use, a cause's word under `limit` topics use).
    "Consequences" of a treaty beside those of a crisis whose causes include the treaty's
    reparations would be arguable; so would a crisis's beside those of the recession its title
    names."""
    if group.kind != _EFFECT:
        return False  # causes of two topics are told apart by their own lines (`_outsiders`)
    upstream, downstream = group.topic_id, other.topic_id
    title = next((t.title for t in ctx.deck.topics if t.id == downstream), "")
    upstream_roots = ctx.topic_roots(upstream)
    # A title is short and names its subject: a title word most topics do not use is enough.
    common = _TITLE_WORD_SHARE * len(ctx.deck.topics)
    if any(_telling(r) and ctx.topics_using(r) < common for r in roots(title) & upstream_roots):
        return True
    causes: set[str] = set()
    for g in groups:
        if g.topic_id == downstream and g.kind == _CAUSE:
            causes.update(*(roots(ref.text) for ref in g.members))
    # A word only these two topics use links them however small the deck.
    rare = max(limit, _PAIR)
    return any(_telling(r) and ctx.topics_using(r) < rare for r in causes & upstream_roots)


def _comparable(ctx: DeckContext, group: LeadIn, other: LeadIn, limit: float = 0) -> bool:
    """True when `other`'s lines are reasons (effects) of the same kind as `group`'s, and not
    arguably reasons of the same thing. Reasons given for one claim of the notes ("Nepal's
    earthquake killed more than Chile's" – Reasons:) explain that claim, and lend no wrong options
    to a list of why people do something, nor take any from it. Two lists about one thing ("Factors
    increasing hazard risk", "Why people live in areas at risk") are both defensible for each
    other: a telling word of their subjects shared (one under `limit` topics use, when given)."""
    if (group.about is None) != (other.about is None):
        return False
    shared = _about_roots(ctx, group) & _about_roots(ctx, other)
    return not any(_telling(r) and (not limit or ctx.topics_using(r) < limit) for r in shared)


def _about_roots(ctx: DeckContext, group: LeadIn) -> frozenset[str]:
    """The roots of what a lead-in is about: its subject, the line it explains, and its topic's
    title when the heading names no subject of its own ("Reasons:"), for a list not about one line."""
    text = f"{group.subject} {group.about or ''}"
    if group.about is None and (group.topic_level or _BARE.match(group.heading)):
        topic = ctx.deck.topic(group.topic_id)
        text += f" {topic.title}" if topic is not None else ""
    # By lemma first: "city growth" and "cities" are one word ("citie" is not "city"). Words of
    # change ("Inflation rose", "Unemployment rose") say how, not what the list is about.
    lemmas = (lemma(word) for word in content_words(text))
    return frozenset(root(w) for w in lemmas if w not in _CHANGE_WORDS) - _LEAD_ROOTS


_CHANGE_WORDS = frozenset(
    """
    rise rose risen fall fell fallen grow grew grown increase decrease decline drop climb
    high higher low lower more less most least great greater few fewer far much many even
    good better bad worse big bigger small smaller large larger become make get change
    """.split()  # noqa: SIM905
)


def _telling(word_root: str) -> bool:
    return len(word_root) >= 4 and not word_root.isdigit() and word_root not in _LEAD_ROOTS


_NEGATIVE = re.compile(
    r"(?i)\b(?:against|fail(?:ure|ures|ed|ing|s)?|los(?:e|ing|s|t)|declin(?:e|ed|ing)|fall|fell"
    r"|collapse|defeat|weakness(?:es)?|disadvantages?|opposition|opposed|problems?|criticisms?"
    r"|limitations?|riots?|unrest|unpopularity|dangers?|risks?|costs?|drawbacks?|cons)\b"
)
_POSITIVE = re.compile(
    r"(?i)\b(?:success(?:es|ful)?|support|growth|rise|rose|victory|victories|win|won|strengths?"
    r"|advantages?|popularity|benefits?|improvements?|recovery|pros|progress|achievements?)\b"
)
# The words a lead-in is made of, which say nothing of its subject.
_LEAD_WORDS = frozenset({"reasons", "reason", "causes", "cause", "why", "effects", "effect"})
_TITLE_WORD_SHARE = 0.75
_PAIR = 2.5
_LEAD_ROOTS = frozenset(
    root(word)
    for word in (
        "reasons",
        "causes",
        "effects",
        "consequences",
        "results",
        "impact",
        "significance",
        "aims",
        "factors",
    )
)


def _polarity(heading: str) -> int:
    """-1 for a list of what went against something or why it failed, 1 for why it succeeded,
    0 when the heading does not say."""
    if _NEGATIVE.search(heading):
        return -1
    return 1 if _POSITIVE.search(heading) else 0


def _opposed(one: LeadIn, other: LeadIn) -> bool:
    """True when two lists run opposite ways: one for success, the other for failure; or one
    against a subject the other names ("Reasons for building new nuclear stations", "Reasons
    against new nuclear stations")."""
    mine, theirs = _polarity(one.heading), _polarity(other.heading)
    if mine * theirs < 0:
        return True
    if mine == theirs or -1 not in (mine, theirs):
        return False
    shared = set(content_words(one.heading)) & set(content_words(other.heading)) - _LEAD_WORDS
    return bool(shared)


def _defines(ctx: DeckContext, text: str) -> bool:
    """True for a line that defines a term ("Pathogen = microorganism …"): not a reason or effect."""
    if _DEFINITION.search(text):
        return True
    key = fold(text)
    return any(key[:length] in names for length, names in _term_prefixes(ctx).items())


def _term_prefixes(ctx: DeckContext) -> dict[int, frozenset[str]]:
    """The deck's folded key terms by length: a line starts with one when its start of that
    length is among them (a lookup per length, not a scan of every term per line)."""
    found = _PREFIXES.get(ctx)
    if found is None:
        by_length: dict[int, set[str]] = {}
        for term in ctx.deck.terms:
            if term.term:
                name = fold(term.term)
                by_length.setdefault(len(name), set()).add(name)
        found = _PREFIXES[ctx] = {length: frozenset(names) for length, names in by_length.items()}
    return found


def _bare_noun(group: LeadIn) -> str:
    """The noun a bare lead-in lists: "reasons", "effects", "consequences"."""
    words = fold(group.heading).strip(" :.").split()
    noun = next((w for w in words if _kind_of(w)), words[-1] if words else "reasons")
    if noun in {"because", "why"}:
        return "reasons"
    return noun if noun.endswith("s") else f"{noun}s"


def _ask(group: LeadIn, negative: bool) -> str:
    if group.about is not None:
        # "Reasons:" under "Simple molecular substances have low melting points": ask about that.
        noun = _bare_noun(group)
        return f"{group.about}. Which of these is {'NOT ' if negative else ''}one of the {noun}?"
    subject = group.subject
    plain = _plain(group)
    if plain or not content_words(_DATES.sub(" ", subject)):
        # "Causes (1770s–1789)": the heading names no subject of its own.
        return listed_under(group.heading, negative=negative)
    if group.kind == _CAUSE:
        clause = _why_clause(group)
        if clause is not None:
            # "Why volcanoes form at …", "Reasons the army lost": a clause, read after "why".
            return f"Which of these is {'NOT ' if negative else ''}a reason why {clause}?"
        if negative:
            return f"Which of these was NOT a reason for “{subject}”?"
        return f"Which of these was a reason for “{subject}”?"
    noun = "effect" if group.kind == _EFFECT else "aim"
    words = subject.strip().lower().split()
    if len(words) == 1 and words[0].isalpha() and not words[0].endswith("s"):
        # "Outcome:" heads a list as one word: "one of the outcomes", never "one of the “Outcome”"
        return f"Which of these was {'NOT ' if negative else ''}one of the {words[0]}s?"
    if negative:
        return f"Which of these was NOT one of the “{subject}”?"
    if fold(subject).split() == [f"{noun}s"] or fold(subject) == noun:
        return f"Which of these was one of the {noun}s?"
    return f"Which of these was one of the “{subject}”?"


# "Reasons the army lost", "Why volcanoes form": what follows is a clause, not a noun phrase a
# reason is "for" ("a reason for “the army lost”" reads as a pasted fragment).
_WHY_CLAUSE = re.compile(
    r"^(?:the\s+)?(?:main\s+|key\s+)?(?:(?:reasons?|causes?)\s+(?:why\s+)?|why\s+)"
    r"(?!(?:for|of|behind|given|put|why|include|included|are|were)\b)(?P<clause>\w.*)$",
    re.IGNORECASE,
)


def _why_clause(group: LeadIn) -> str | None:
    """The clause a cause lead-in asks why of, or None when it names a thing ("Reasons for …")."""
    match = _WHY_CLAUSE.match(group.heading.strip().rstrip(":?. "))
    return match["clause"] if match is not None else None


def _plain(group: LeadIn) -> bool:
    """True when the heading is quoted whole ("listed under “Reasons for success”"): it is the
    topic's title, names no subject of its own, or one word a reason "for" would read badly
    with ("a reason for “success”", "a reason for “against new …”")."""
    subject = group.subject
    return (
        group.topic_level
        or group.kind == LISTED
        or (group.kind == _CAUSE and subject == group.heading)
        or (group.kind == _CAUSE and len(content_words(subject)) < 2)
        or fold(subject).startswith("against ")
    )


def _ask_many(group: LeadIn) -> str:
    """The multi-select wording of `_ask`: every option under the lead-in is to be picked."""
    if group.about is not None:
        return f"{group.about}. Which of these are {_bare_noun(group)}?"
    subject = group.subject
    plain = _plain(group)
    if plain or not content_words(_DATES.sub(" ", subject)):
        return f"Which of these are listed under “{group.heading.rstrip(':')}”?"
    if group.kind == _CAUSE:
        clause = _why_clause(group)
        if clause is not None:
            return f"Which of these are reasons why {clause}?"
        return f"Which of these were reasons for “{subject}”?"
    noun = "effect" if group.kind == _EFFECT else "aim"
    if fold(subject).split() == [f"{noun}s"] or fold(subject) == noun:
        return f"Which of these were {noun}s?"
    return f"Which of these were among the “{subject}”?"


PICK_ALL = "Pick all that apply."
MULTI_RIGHT = (2, 3)
MULTI_OPTIONS = 5


def _which_were(ctx: DeckContext, group: LeadIn, pool: list[str]) -> Question | None:
    members = [ref for ref in group.members if _usable(ref.text)]
    rng = ctx.rng(QuestionKind.MULTI_SELECT.value, group.topic_id, group.heading)
    right_count = min(rng.choice(MULTI_RIGHT), len(members))
    wrong_count = min(MULTI_OPTIONS - right_count, len(pool[: WRONG_OPTIONS * 2]))
    # Two right and two wrong at the least: with one of either, picking all is one choice.
    if right_count < MULTI_RIGHT[0] or wrong_count < 2:
        return None
    right = [tidy(ref.text) for ref in rng.sample(members, right_count)]
    drawn = rng.sample(pool[: WRONG_OPTIONS * 2], len(pool[: WRONG_OPTIONS * 2]))
    wrong = sorted(drawn, key=lambda text: not _alike(text, right))[:wrong_count]
    options = [*right, *wrong]
    rng.shuffle(options)
    where = topic_path(ctx, members[0], with_group=False)
    listed = "; ".join(right)
    prompt = f"{where}: {_ask_many(group)} {PICK_ALL}"
    if _singled_out(prompt, right, wrong):
        return None
    return Question(
        id=stable_id(group.topic_id, group.heading, QuestionKind.MULTI_SELECT.value),
        kind=QuestionKind.MULTI_SELECT,
        prompt=prompt,
        answers=tuple(right),
        options=tuple(options),
        correct=tuple(sorted(options.index(text) for text in right)),
        explanation=shorten(f"Under “{group.heading.rstrip(':')}” your notes list: {listed}.", 200),
        source_fact=f"{group.heading}: {'; '.join(ref.text for ref in group.members)}",
        topic_id=group.topic_id,
        fact_id=None,
    )


def _which_was(
    ctx: DeckContext, group: LeadIn, member: FactRef, pool: list[str]
) -> Question | None:
    if not _usable(member.text):
        return None
    text = tidy(member.text)
    rng = ctx.rng(QuestionKind.REASON.value, member.fact_id)
    # The best wrong options come first in the pool; a few of them, drawn by the seed.
    head = pool[:POOL_SIZE]
    if group.kind == LISTED:
        if pronoun_led(text):
            return None  # "it can reduce suffering": what "it" is was in the heading's context
        # A full sentence among bare phrases (or the reverse) is picked by its full stop; a
        # statement among entries ("Rano Kau – the south-western corner") by its kind.
        head = [
            line
            for line in head
            if line.endswith(".") == text.endswith(".") and same_shape(line, text)
        ]
    drawn = rng.sample(head, len(head))
    # Wrong lines shaped like the right one first, so its form never singles it out.
    wrong = sorted(drawn, key=lambda line: not _alike(line, [text]))[:WRONG_OPTIONS]
    if len(wrong) < WRONG_OPTIONS - 1 or not _alike(text, wrong):
        return None
    options = [text, *wrong]
    rng.shuffle(options)
    where = topic_path(ctx, member, with_group=False)
    prompt = f"{where}: {_ask(group, negative=False)}"
    if _singled_out(prompt, [text], wrong):
        return None
    return Question(
        id=stable_id(group.topic_id, member.fact_id, QuestionKind.REASON.value, "which"),
        kind=QuestionKind.REASON,
        prompt=prompt,
        answers=(text,),
        options=tuple(options),
        correct=(options.index(text),),
        explanation=quote_fact(f"Your notes list under “{group.heading}”:", member),
        source_fact=member.text,
        topic_id=group.topic_id,
        fact_id=member.fact_id,
    )


def _which_was_not(ctx: DeckContext, group: LeadIn, pool: list[str]) -> Question | None:
    members = [ref for ref in group.members if _usable(ref.text)]
    if len(members) < MIN_MEMBERS_FOR_NOT or not pool:
        return None
    rng = ctx.rng(QuestionKind.REASON.value, group.topic_id, group.heading, "not")
    shown = rng.sample(members, WRONG_OPTIONS)
    shown_texts = [tidy(ref.text) for ref in shown]
    # The odd one out must look like the lines it stands among, or its form gives it away.
    fitting = [
        text
        for text in pool[:POOL_SIZE]
        if _alike(text, shown_texts)
        and (group.kind != LISTED or all(same_shape(text, line) for line in shown_texts))
    ]
    if not fitting:
        return None
    # Of those, one of the two closest in form to the lines shown.
    fitting.sort(key=lambda text: _unlike(text, shown_texts))
    right = rng.choice(fitting[:2])
    options = [right, *shown_texts]
    rng.shuffle(options)
    where = topic_path(ctx, members[0], with_group=False)
    listed = "; ".join(ref.text for ref in members)
    prompt = f"{where}: {_ask(group, negative=True)}"
    if _singled_out(prompt, [right], shown_texts):
        return None
    return Question(
        id=stable_id(group.topic_id, group.heading, QuestionKind.REASON.value, "not"),
        kind=QuestionKind.REASON,
        prompt=prompt,
        answers=(right,),
        options=tuple(options),
        correct=(options.index(right),),
        explanation=shorten(
            f"“{right}” is not under “{group.heading}”, which lists: {listed}.", 200
        ),
        source_fact=f"{group.heading}: {listed}",
        topic_id=group.topic_id,
        fact_id=None,
    )


_ASKING = roots(
    "which these was were NOT reason reasons one listed under why among aims effects pick all"
    " that apply"
)


def _singled_out(prompt: str, odd: list[str], rest: list[str]) -> bool:
    """True when the options to pick (`odd`) name what the question is about and the others do
    not (or the reverse): "Nepal's earthquake killed far more than Chile's … which is one of the
    reasons?" with Chile and Nepal only in the right option is answered without knowing why."""
    if symbol_gives_away(prompt, odd, rest):
        return True  # "listed under “…: Ep = m x g x h”": "Ep" in the right option alone
    odd_aims = [_PURPOSE.match(text) is not None for text in odd]
    rest_aims = [_PURPOSE.match(text) is not None for text in rest]
    if (all(odd_aims) and not any(rest_aims)) or (all(rest_aims) and not any(odd_aims)):
        # "to win support from the people …" among "loyalty shifted …", "Athens was strong
        # enough …": the one aim among outcomes is told by its form (round s17-quizb)
        return True
    asked = _names_in(prompt) - _ASKING
    if not asked:
        return False

    def names(text: str) -> bool:
        return bool(_names_in(text) & asked)

    odd_named, rest_named = [names(t) for t in odd], [names(t) for t in rest]
    return (all(odd_named) and not any(rest_named)) or (all(rest_named) and not any(odd_named))


_NAME_WORD = re.compile(r"(?<![\w'’-])([A-Z][a-z][\w'’-]*)")
# A line saying what something was for: "to win support …", "in order to stop …".
_PURPOSE = re.compile(r"\s*(?:in order |so as )?to\s+[a-z]", re.IGNORECASE)


def _names_in(text: str) -> frozenset[str]:
    """The roots of the names `text` writes with a capital ("Nepal's", "Chile"), headings in
    capitals aside."""
    return frozenset(r for r in roots(" ".join(_NAME_WORD.findall(text))) if _telling(r))


def _shape(text: str) -> tuple[bool, bool]:
    """How a line looks at a glance: capitalised or not, and "Name: claim" or a bare claim."""
    return text[:1].isupper(), bool(_ATTRIBUTED.match(text))


def _unlike(text: str, others: list[str]) -> tuple[int, float]:
    """How far `text` is in form from `others`: how many of them differ in shape, then how far
    its length is from their middle one's."""
    sizes = sorted(len(other.split()) for other in others)
    differ = sum(_shape(other) != _shape(text) for other in others)
    return differ, abs(len(text.split()) - sizes[len(sizes) // 2])


def _alike(text: str, others: list[str]) -> bool:
    """True when `text` looks like one of `others` and is not far longer or shorter than all of
    them: an option that stands out by form is picked (or ruled out) without knowing anything."""
    if not others:
        return True
    if _shape(text) not in {_shape(other) for other in others}:
        return False
    size = len(text.split())
    sizes = [len(other.split()) for other in others]
    return size <= max(sizes) * _LENGTH_RATIO and size * _LENGTH_RATIO >= min(sizes)
