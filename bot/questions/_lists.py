"""Questions from the lists in the notes: which item belongs to a list, the steps of a process
in order, and what each item of a "Term - description" list is.

A teacher's outline lists things under a lead-in ("Abiotic factors include:", "Hard
engineering:", "Formation of a waterfall:", "Leaf adaptations:"); round 11's blind review found a
plain-text deck's lists (abiotic factors, uses of glucose, the eutrophication chain) never asked
and the sample short of 60. Three questions come from them, on any deck whose groups read so:

- "Which of these is listed under “Hard engineering”?" (or "… is NOT …"): a list asked against a
  list it stands beside in the same topic, the two headings sharing a word and differing in
  another ("Hard engineering" / "Soft engineering", "Physical causes of flooding" / "Human causes
  of flooding"). Only such a contrasting list lends wrong options: a line from elsewhere could
  belong to the list too, or give itself away by its subject. An item in both lists is never a
  wrong option ("Solution" under erosion and under transportation).
- "Put these steps of “Formation of a waterfall” in order, first to last.": the lines under a
  heading that names a process ("formation", "stages", "steps", "how … forms"), or the steps of
  an arrow chain ("Fertiliser washes into a lake -> algae grow quickly -> …"), which a line
  starting with an arrow carries on.
- "Leaf adaptations: match each to what your notes say about it. 1. Thin. 2. Stomata. …": three
  or four "Term - description" lines of one list, each description short enough to show.

A question on a list names all its shown lines as what it asks about, so a quiz asks none of them
again, and one question per list (or pair of lists) is asked in one quiz.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from bot.questions._carried_on import carried_on
from bot.questions._context import DeckContext, FactRef
from bot.questions._group_heads import defined_term, own_lines
from bot.questions._model import (
    MAX_EXPLANATION,
    MAX_OPTION,
    MAX_PROMPT,
    Question,
    QuestionKind,
    shorten,
)
from bot.questions._part import WHOLE, Part
from bot.questions._phrasing import listed_under
from bot.questions._sorting import sorting_questions
from bot.questions._symbols import symbol_gives_away
from bot.questions._trivia_blanks import numbers_an_item
from bot.questions._words import content_words, is_cross_reference, roots
from knowledge.headings import short_title
from knowledge.importers.terms import split_glossary
from knowledge.model import stable_id
from knowledge.text import fold

WRONG_OPTIONS = 3
MIN_WRONG_OPTIONS = 2
MIN_MEMBERS_FOR_NOT = 3
# A step or a list item shown as an option is read at a glance.
MAX_ITEM = 80
MIN_STEPS = 3
MAX_STEPS = 4
MATCH_SIZES = (4, 3)
MAX_DESCRIPTION = 60
_MIN_DESCRIPTION_WORDS = 2
_FIRST_CLAUSE = re.compile(r";\s|,?\s\(?(?:e\.g\.|eg\b|for example|such as)|\s\(")
_ARROW = re.compile(r"\s*(?:->|→|=>|⇒)\s*")
_ARROW_END = re.compile(r"(?:->|→|=>|⇒)\s*$")
# A heading naming a process whose lines are its steps in order.
_SEQUENCE = re.compile(
    r"(?i)\b(?:formation|stages?|steps?|sequence|procedure|method|chain of events"
    r"|how\b.+\b(?:forms?|formed|develops?|works?|happens?))\b"
)
# Words of a heading that only introduce a list ("Abiotic factors include").
_INTRO = frozenset(
    {"include", "includes", "including", "key", "main", "examples", "example", "types", "list"}
)
_SUBJECT_PREFIX = "list:"


@dataclass(frozen=True, slots=True)
class ListGroup:
    """A group heading of a topic and the lines under it, in the notes' order."""

    topic_id: str
    heading: str
    members: tuple[FactRef, ...]
    # A list written in one line ("Plants compete for: light, space, water and mineral ions."):
    # its items, each with that line.
    items: tuple[tuple[FactRef, str], ...] = ()

    @property
    def inline(self) -> bool:
        return bool(self.items)

    @property
    def subject(self) -> str:
        return f"{_SUBJECT_PREFIX}{self.topic_id}:{fold(self.heading)}"


def list_groups(ctx: DeckContext) -> list[ListGroup]:
    """Every group of statements under a heading, per topic, in deck order."""
    found: list[ListGroup] = []
    for topic in ctx.deck.topics:
        groups: dict[str, list[FactRef]] = {}
        for ref in ctx.topic_facts(topic.id):
            if ref.is_statement and ref.fact.group:
                groups.setdefault(ref.fact.group, []).append(ref)
        # A definition's lines are a list named by its term (`_group_heads`).
        found += [
            ListGroup(topic.id, defined_term(heading) or heading, own_lines(refs))
            for heading, refs in groups.items()
            if own_lines(refs)
        ]
        for ref in ctx.topic_facts(topic.id):
            inline = _inline_list(ref) if ref.is_statement else None
            if inline is not None:
                found.append(inline)
    return found


# "Plants compete for: light, space, water and mineral ions."
_INLINE = re.compile(r"^(?P<label>[A-Z][^:;()]{2,40}):\s+(?P<items>[^:;()]+?)\.?$")
_ITEM_SPLIT = re.compile(r",\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+")
_MAX_INLINE_ITEM_WORDS = 4


def _inline_list(ref: FactRef) -> ListGroup | None:
    """A line listing three or more short items after a label, as a list of its own."""
    found = _INLINE.match(ref.text.strip())
    if found is None:
        return None
    items = [item.strip() for item in _ITEM_SPLIT.split(found["items"]) if item.strip()]
    if len(items) < MIN_STEPS or any(
        len(item.split()) > _MAX_INLINE_ITEM_WORDS or any(c.isdigit() for c in item)
        for item in items
    ):
        return None
    return ListGroup(ref.topic.id, found["label"], (ref,), tuple((ref, item) for item in items))


def list_questions(
    ctx: DeckContext, part: Part = WHOLE
) -> Iterator[tuple[frozenset[str], Question]]:
    """Each list's questions (those of `part`), with what each asks about."""
    groups = ctx.once(list_groups)
    by_topic: dict[str, list[ListGroup]] = {}
    for group in groups:
        by_topic.setdefault(group.topic_id, []).append(group)
    for position, group in enumerate(groups):
        if position not in part:
            continue
        # Lines an arrow or an example hangs under a line are no list (`carried_on`).
        siblings = [
            other
            for other in by_topic[group.topic_id]
            if _contrasting(group, other) and not carried_on(other.members)
        ]
        if siblings and not carried_on(group.members):
            yield from _membership(ctx, group, siblings)
        if group.inline:
            continue  # a line's items: no steps to order, no descriptions to match
        steps = _steps(group)
        if steps is not None:
            found = _ordering(ctx, group, steps)
            if found is not None:
                yield found
        matched = _matching(ctx, group)
        if matched is not None:
            yield matched
    yield from sorting_questions(ctx, _sortable(groups, part))


def _sortable(
    groups: list[ListGroup], part: Part
) -> Iterator[tuple[str, list[tuple[str, Sequence[FactRef], str]]]]:
    """Per topic with three lists or more under their own headings (built with the part that
    has its first list), those lists with their subjects, for `sorting_questions`."""
    by_topic: dict[str, list[tuple[int, ListGroup]]] = {}
    for position, group in enumerate(groups):
        if not group.inline and _steps(group) is None:  # a process's steps are asked in order
            by_topic.setdefault(group.topic_id, []).append((position, group))
    for topic_id, found in by_topic.items():
        if len(found) >= MIN_STEPS and found[0][0] in part:
            yield topic_id, [(g.heading, g.members, g.subject) for _, g in found]


def _heading_words(heading: str) -> set[str]:
    return {w for w in content_words(heading.rstrip(":")) if w not in _INTRO}


def _contrasting(group: ListGroup, other: ListGroup) -> bool:
    """True for another list of the same topic whose heading shares a word with this one's and
    differs in another: two kinds of one thing ("Hard engineering", "Soft engineering"); or
    differs only by a negating word, the thing and its opposite ("Non-renewable resources",
    "Renewable resources"; "Non-metals", "Metals")."""
    if other is group or other.topic_id != group.topic_id or other.inline != group.inline:
        return False
    mine, theirs = _heading_words(group.heading), _heading_words(other.heading)
    if not mine & theirs:
        return False
    differ = (mine - theirs) | (theirs - mine)
    return (bool(mine - theirs) and bool(theirs - mine)) or bool(differ and differ <= _NEGATING)


def contrasts_with(heading: str, other: str) -> bool:
    """True when two list headings of one topic name two kinds of one thing, as `_contrasting`:
    such lists are asked against each other here."""
    return _contrasting(ListGroup("", heading, ()), ListGroup("", other, ()))


# Words that make a heading name the opposite of another ("Non-renewable": "non", "renewable").
_NEGATING = frozenset({"non", "not", "un"})


def _item(ref: FactRef, terms: bool) -> str | None:
    """How a list line is shown as an option: its term when the lists are of terms, else the
    line itself; None when it does not fit as an option."""
    text = ref.text.strip()
    if terms:
        found = split_glossary(text)
        text = found[0] if found is not None else text
    text = text.rstrip(".;,").strip()
    if not text or len(text) > MAX_ITEM or len(content_words(text)) < 1:
        return None
    return text  # as the notes write it, as a reason question shows it


def _listed(group: ListGroup, terms: bool) -> list[tuple[FactRef, str]]:
    """The group's items as options, each with its line."""
    if group.inline:
        return list(group.items)
    return [(ref, item) for ref in group.members if (item := _item(ref, terms)) is not None]


def _subject(item: str) -> str | None:
    """What a "thing: what about it" item is about, folded ("gibberellins" of "gibberellins:
    end seed dormancy"); None for an item with no such subject (each is its own)."""
    found = _SUBJECT.match(item)
    if found is None or len(found.group(1).split()) > _MAX_SUBJECT_WORDS:
        return None
    return fold(found.group(1)) or None


def _label_subjects(ctx: DeckContext) -> frozenset[str | None]:
    """The subjects (`_subject`) that open `_LABEL_LINES` lines of the notes or more: labels of
    the notes' layout ("Worked figure: …"), not things two lists say something about; and None."""
    counts = Counter(_subject(ref.text) for ref in ctx.facts)
    return frozenset({None, *(name for name, count in counts.items() if count >= _LABEL_LINES)})


_LABEL_LINES = 3
_SUBJECT = re.compile(r"\s*([^:]+?)\s*:\s+\S")
_MAX_SUBJECT_WORDS = 4


def _termed(groups: list[ListGroup]) -> bool:
    """True when every line of the lists is "Term - description": they are shown by term."""
    return all(split_glossary(ref.text) is not None for g in groups for ref in g.members)


def _membership(
    ctx: DeckContext, group: ListGroup, siblings: list[ListGroup]
) -> Iterator[tuple[frozenset[str], Question]]:
    terms = _termed([g for g in (group, *siblings) if not g.inline])
    theirs = {fold(item) for other in siblings for _, item in _listed(other, terms)}
    listed = _listed(group, terms)
    own = {fold(item) for _, item in listed}
    if not group.inline:
        own |= {fold(ref.text) for ref in group.members}
    # An item under both lists ("Solution" under erosion and transportation) is no answer, nor
    # is a line about a thing the other list has a line about ("gibberellins: initiate seed
    # germination" beside "gibberellins: end seed dormancy …": one fact said twice, round 15).
    # A label opening line after line ("Worked figure: …" under each formula) is no subject.
    labels = ctx.once(_label_subjects)
    their_subjects = {_subject(item) for other in siblings for _, item in _listed(other, terms)}
    own_subjects = {_subject(item) for _, item in listed}
    their_subjects -= labels
    own_subjects -= labels
    mine = [
        (ref, item)
        for ref, item in listed
        if fold(item) not in theirs and _subject(item) not in their_subjects
    ]
    outsiders: dict[str, tuple[FactRef, str]] = {}
    for other in siblings:
        for ref, item in _listed(other, terms):
            if _subject(item) in own_subjects:
                continue
            if fold(item) not in own and fold(ref.text) not in own:
                if _said_under(item, group):
                    continue  # "Boiling points increase going down the group" is true of both
                outsiders.setdefault(fold(item), (ref, item))
    wrong = list(outsiders.values())
    family = frozenset({group.subject, *(other.subject for other in siblings)})
    where = short_title(group.members[0].topic.title)
    heading = _shown(group.heading)
    if mine and len(wrong) >= MIN_WRONG_OPTIONS:
        rng = ctx.rng("list-member", group.subject)
        ref, answer = rng.choice(mine)
        shown = rng.sample(wrong, min(WRONG_OPTIONS, len(wrong)))
        options = [answer, *(item for _, item in shown)]
        rng.shuffle(options)
        if symbol_gives_away(heading, [answer], [item for _, item in shown]):
            return  # "listed under “…: Ep = m x g x h”" with "Ep" in the answer alone
        yield (
            family | _facts([ref, *(r for r, _ in shown)]),
            Question(
                id=stable_id(group.topic_id, ref.fact_id, "list-member", heading),
                kind=QuestionKind.REASON,
                prompt=f"{where}: {listed_under(heading)}",
                answers=(answer,),
                options=tuple(options),
                correct=(options.index(answer),),
                explanation=shorten(
                    f"Answer: {answer}. Your notes list it under “{heading}” ({where}).",
                    MAX_EXPLANATION,
                ),
                source_fact=ref.text,
                topic_id=group.topic_id,
                fact_id=ref.fact_id,
            ),
        )
    if len(mine) >= MIN_MEMBERS_FOR_NOT and wrong:
        rng = ctx.rng("list-not", group.subject)
        shown_mine = rng.sample(mine, WRONG_OPTIONS)
        odd_ref, odd = rng.choice(wrong)
        options = [odd, *(item for _, item in shown_mine)]
        rng.shuffle(options)
        if symbol_gives_away(heading, [odd], [item for _, item in shown_mine]):
            return
        other_heading = next((_shown(g.heading) for g in siblings if odd_ref in g.members), heading)
        yield (
            family | _facts([odd_ref, *(r for r, _ in shown_mine)]),
            Question(
                id=stable_id(group.topic_id, odd_ref.fact_id, "list-not", heading),
                kind=QuestionKind.REASON,
                prompt=f"{where}: {listed_under(heading, negative=True)}",
                answers=(odd,),
                options=tuple(options),
                correct=(options.index(odd),),
                explanation=shorten(
                    f"Answer: {odd}. Your notes list it under “{other_heading}”, the others "
                    f"under “{heading}” ({where}).",
                    MAX_EXPLANATION,
                ),
                source_fact=odd_ref.text,
                topic_id=group.topic_id,
                fact_id=odd_ref.fact_id,
            ),
        )


# "Abiotic factors include:" is shown as the list's name, "Abiotic factors".
_TRAILING_VERB = re.compile(r"(?i)\s+(?:include|includes|including|are|were|is|such as)\s*:?\s*$")


def _said_under(item: str, group: ListGroup) -> bool:
    """True when every word the item says (by its root) is said by one line of `group`:
    "Boiling points increase going down the group" under Group 0 is also true of Group 7, whose
    notes say "Melting and boiling points increase going down the group", so it is no wrong
    option (nor the odd one out) for Group 7. One word of its own ("colder" where the line says
    "warmer") keeps it apart."""
    wanted = roots(item)
    if not wanted:
        return False
    lines = [ref.text for ref in group.members] + [text for _, text in group.items]
    # Either way round: "Melting and boiling points increase …" claims what Group 0's "Boiling
    # points increase going down the group" says, and more.
    return any(
        wanted <= (said := roots(line)) or (len(said) >= _MIN_CLAIM and said <= wanted)
        for line in lines
    )


# A line saying fewer words than this claims too little to be said again by a longer item.
_MIN_CLAIM = 3


def _shown(heading: str) -> str:
    text = heading.strip().rstrip(":").strip()
    return _TRAILING_VERB.sub("", text) or text


def _facts(refs: list[FactRef]) -> frozenset[str]:
    return frozenset(f"fact:{fold(ref.text)}" for ref in refs)


def _steps(group: ListGroup) -> list[tuple[str, FactRef]] | None:
    """The steps of a process, in order: an arrow chain carried over the group's lines, or the
    group's lines when its heading names a process. None when the group is neither."""
    chain: list[tuple[str, FactRef]] = []
    before = ""  # the line before, stripped
    for ref in group.members:
        text = ref.text.strip()
        parts = [p.strip().rstrip(".") for p in _ARROW.split(text) if p.strip()]
        if not parts:  # a line of nothing but an arrow joins the lines around it
            before = text
            continue
        # A line carries the chain on only when an arrow joins it to the line before ("-> algae
        # grow", or a line ending "… ->"), or it opens with the step the last line ended on.
        # Lines that are each their own "A -> B" ("thyroid: thyroxine -> metabolic rate",
        # "Myopia … -> concave lens") are rows of a table, each pairing two things: no order.
        # A step holding a ";" is two clauses ("… alternator -> wave …; dynamo -> bumps …":
        # two pairs in one line, round 17's A7), so that chain has no one order.
        carried = bool(chain) and (
            _ARROW.match(text) is not None
            or _ARROW_END.search(before) is not None
            or fold(parts[0]) == fold(chain[-1][0])
        )
        if carried:
            joined = parts[1:] if fold(parts[0]) == fold(chain[-1][0]) else parts
            chain += [(part, ref) for part in joined]
        elif len(chain) >= MIN_STEPS:
            break
        elif len(parts) > 1:
            chain = [(part, ref) for part in parts]  # a chain of its own starts here
        elif chain:
            break
        before = text
    if len(chain) >= MIN_STEPS and not any(";" in step for step, _ in chain):
        return chain
    if _SEQUENCE.search(group.heading) and len(group.members) >= MIN_STEPS:
        if any(split_glossary(ref.text) is not None for ref in group.members):
            return None  # "Stage 1 - …": named stages, asked as terms
        return [(ref.text.strip().rstrip("."), ref) for ref in group.members]
    return None


def process_steps(topic_id: str, heading: str, members: tuple[FactRef, ...]) -> bool:
    """True when the lines under `heading` are ordered here (a process's steps or an arrow
    chain), so another builder does not order them again."""
    return _steps(ListGroup(topic_id, heading, members)) is not None


def _ordering(
    ctx: DeckContext, group: ListGroup, steps: list[tuple[str, FactRef]]
) -> tuple[frozenset[str], Question] | None:
    usable = [(text[:1].upper() + text[1:], ref) for text, ref in steps]
    if any(len(text) > MAX_ITEM or len(content_words(text)) < 2 for text, _ in usable):
        return None
    if len({fold(text) for text, _ in usable}) != len(usable):
        return None  # a step said twice has no one place in the order
    heading = _shown(group.heading)
    where = short_title(group.members[0].topic.title)
    prompt = f"{where}: Put these steps of “{heading}” in order, first to last."
    rng = ctx.rng("list-steps", group.subject)
    for size in range(min(MAX_STEPS, len(usable)), MIN_STEPS - 1, -1):
        picked = sorted(rng.sample(range(len(usable)), size))
        in_order = [usable[i][0] for i in picked]
        if len(prompt) + sum(len(text) + 5 for text in in_order) <= MAX_PROMPT:
            break
    else:
        return None
    options = list(in_order)
    rng.shuffle(options)
    if options == in_order:
        options = options[1:] + options[:1]
    refs = list(dict.fromkeys(usable[i][1] for i in picked))
    return (
        frozenset({group.subject}) | _facts(refs),
        Question(
            id=stable_id(group.topic_id, refs[0].fact_id, "list-steps", "|".join(in_order)),
            kind=QuestionKind.CHRONOLOGY,
            prompt=prompt,
            answers=tuple(in_order),
            options=tuple(options),
            correct=tuple(options.index(text) for text in in_order),
            explanation=shorten(f"In order: {' → '.join(in_order)}.", MAX_EXPLANATION),
            source_fact="; ".join(ref.text for ref in refs),
            topic_id=group.topic_id,
            fact_id=refs[0].fact_id,
            hint=f"“{in_order[0]}” comes first.",
        ),
    )


def _matching(ctx: DeckContext, group: ListGroup) -> tuple[frozenset[str], Question] | None:
    pairs: list[tuple[str, str, FactRef]] = []
    for ref in group.members:
        found = split_glossary(ref.text)
        if found is None:
            continue
        # Its first clause, without examples: "features of body shape or structure" of
        # "…, e.g. the thick fur and small ears of an Arctic fox".
        description = _FIRST_CLAUSE.split(found[1].strip(), maxsplit=1)[0].strip().rstrip(".,")
        term = found[0].strip()
        if is_cross_reference(description):
            continue  # "Attainder – see 2.2"
        if len(content_words(description)) < _MIN_DESCRIPTION_WORDS or numbers_an_item(term):
            continue  # "Tube 1", "Tube 2": which tube held what is the notes' numbering
        if roots(term) & roots(description):
            continue  # "Behavioural" - "the way an organism behaves": no matching to do
        if len(description) <= MAX_DESCRIPTION and len(term) <= MAX_ITEM:
            pairs.append((term[:1].upper() + term[1:], description, ref))
    terms = {fold(term) for term, _, _ in pairs}
    descriptions = {fold(description) for _, description, _ in pairs}
    if len(terms) != len(pairs) or len(descriptions) != len(pairs):
        return None  # one term twice: two right matchings
    # A description naming another item's term could be matched with it.
    pairs = [
        (term, description, ref)
        for term, description, ref in pairs
        if not any(
            set(content_words(other)) & set(content_words(description))
            for other, _, _ in pairs
            if other != term
        )
    ]
    where = short_title(group.members[0].topic.title) if group.members else ""
    heading = _shown(group.heading)
    rng = ctx.rng("list-match", group.subject)
    for size in MATCH_SIZES:
        if len(pairs) < size:
            continue
        picked = sorted(rng.sample(range(len(pairs)), size))
        chosen = [pairs[i] for i in picked]
        listed = " ".join(f"{n}. {term}." for n, (term, _, _) in enumerate(chosen, 1))
        prompt = f"{where} ({heading}): match each to what your notes say about it. {listed}"
        options = [description for _, description, _ in chosen]
        rng.shuffle(options)
        if options == [description for _, description, _ in chosen]:
            options = options[1:] + options[:1]
        if len(prompt) + sum(len(o) + 5 for o in options) > MAX_PROMPT:
            continue
        if any(len(o) > MAX_OPTION for o in options):
            continue
        refs = [ref for _, _, ref in chosen]
        matched = "; ".join(f"{term} → {description}" for term, description, _ in chosen)
        return (
            frozenset({group.subject}) | _facts(refs),
            Question(
                id=stable_id(group.topic_id, refs[0].fact_id, "list-match", heading),
                kind=QuestionKind.MATCHING,
                prompt=prompt,
                answers=tuple(description for _, description, _ in chosen),
                options=tuple(options),
                correct=tuple(options.index(description) for _, description, _ in chosen),
                explanation=shorten(f"Your notes pair them: {matched}.", MAX_EXPLANATION),
                source_fact=" | ".join(ref.text for ref in refs),
                topic_id=group.topic_id,
                fact_id=refs[0].fact_id,
                hint=f"{chosen[0][0]} → {chosen[0][1]}.",
            ),
        )
    return None
