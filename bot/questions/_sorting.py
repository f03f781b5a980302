"""Sorting lines into the lists of one topic: "match each to the list your notes give it under".

A teacher's section often holds several short lists under their own lead-ins ("Evidence", "Ways
fossils form", "Why the fossil record is incomplete", "To reduce the rate of resistance"). Round
13's and 14's blind reviews found such lists unasked when they are not two kinds of one thing
(`_lists` asks those) nor reasons or effects (`_reasons`): a standalone list has no wrong options
that are surely wrong, since a line from elsewhere might belong to it too. Sorting needs none: each
shown line is under exactly one of the shown headings, and the headings themselves are the
options ("Which topic does this belong to?" one level down, the sorting task teachers set).

A line is shown only when it shares no word (by its root) with any shown heading, which would give
its list away or point at the wrong one, and when it reads alone (no "it …", not too long). A
heading that only labels ("Examples", "Note") or asks about something unnamed ("Why it matters")
is no option. Three or four lists of the topic, drawn from the seed, and the shortest line of
each that can be shown (the prompt holds them all).
"""

from __future__ import annotations

import itertools
import random
import re
from collections.abc import Iterator, Sequence

from bot.questions._aspect_labels import aspect_labels
from bot.questions._context import DeckContext, FactRef
from bot.questions._lost_context import unbalanced
from bot.questions._model import (
    MAX_EXPLANATION,
    MAX_OPTION,
    MAX_PROMPT,
    Question,
    QuestionKind,
    shorten,
)
from bot.questions._words import content_words, pronoun_led, roots
from knowledge.headings import short_title
from knowledge.model import stable_id
from knowledge.text import fold

SIZES = (4, 3)
# A line shown in the prompt is read at a glance.
MAX_ITEM = 80
_MIN_ITEM_WORDS = 2
# Headings that label what follows rather than name a list of one kind of thing.
_LABELS = frozenset(
    """
    example examples e.g eg note notes nb key point points tip tips summary remember problem
    problems other also more misc miscellaneous
    """.split()  # noqa: SIM905
)
# A step of an arrow chain ("-> decomposers break them down -> fish die") is no line of its own.
_ARROW = re.compile(r"->|→|=>|⇒")
_PRONOUN_HEADING = re.compile(r"(?i)\b(?:it|they|this|these|them|its|their)\b")


def sorting_question(
    ctx: DeckContext,
    topic_id: str,
    lists: Sequence[tuple[str, Sequence[FactRef]]],
    subjects: Sequence[str],
) -> tuple[frozenset[str], Question] | None:
    """One sorting question on the lists (heading, lines) of one topic, or None when fewer than
    three of them have a line that can be shown. `subjects` name the lists, so a quiz asks no
    other question about them beside it."""
    labels = ctx.once(aspect_labels)  # "Material", "Eyes": a line's lead-in, not a list's name
    usable: list[tuple[str, list[FactRef], str]] = [
        (heading, items, subject)
        for (heading, refs), subject in zip(lists, subjects, strict=True)
        if _option(heading)
        and fold(_shown(heading)) not in labels
        and (items := [ref for ref in refs if _item(ref)])
    ]
    if len(usable) < min(SIZES):
        return None
    rng = ctx.rng("sorting", topic_id)
    for size in SIZES:
        tries = list(itertools.combinations(range(len(usable)), size))
        rng.shuffle(tries)
        for chosen in tries:
            found = _sorted_lists(topic_id, [usable[i] for i in chosen], rng)
            if found is not None:
                return found
    return None


def _sorted_lists(
    topic_id: str,
    picked: list[tuple[str, list[FactRef], str]],
    rng: random.Random,
) -> tuple[frozenset[str], Question] | None:
    """The question on these lists, one line of each, or None when one has no line to show."""
    size = len(picked)
    headings = [_shown(heading) for heading, _, _ in picked]
    if len({fold(h) for h in headings}) != size:
        return None
    heading_roots = frozenset().union(*(roots(h) for h in headings))
    lines: list[FactRef] = []
    for _, items, _ in picked:
        fits = [ref for ref in items if not roots(ref.text) & heading_roots]
        if not fits:
            return None
        lines.append(min(fits, key=lambda ref: len(_line(ref))))  # the prompt holds them all
    found = _question(topic_id, headings, lines, rng.random())
    if found is None:
        return None
    asked = {subject for _, _, subject in picked} | {f"fact:{fold(ref.text)}" for ref in lines}
    return frozenset(asked), found


def sorting_questions(
    ctx: DeckContext, topics: Iterator[tuple[str, list[tuple[str, Sequence[FactRef], str]]]]
) -> Iterator[tuple[frozenset[str], Question]]:
    """A sorting question per topic of `topics` (its id, and its lists with their subjects)."""
    for topic_id, lists in topics:
        found = sorting_question(
            ctx,
            topic_id,
            [(heading, refs) for heading, refs, _ in lists],
            [subject for _, _, subject in lists],
        )
        if found is not None:
            yield found


def names_a_list(heading: str) -> bool:
    """True when `heading` names what the lines under it are ("Solutions", "Problems in the
    town"), short enough to quote: not a label ("Examples", "Note"), a pronoun or a "Term: …"."""
    return _option(heading)


def _option(heading: str) -> bool:
    shown = _shown(heading)
    words = content_words(shown)
    return (
        bool(words)
        and len(shown) <= MAX_OPTION
        and not all(word in _LABELS for word in words)
        and not _PRONOUN_HEADING.search(shown)
        and ":" not in shown
        and not unbalanced(shown)  # "Causes (the “ecocide” view": cut at a formatting run
    )


def _item(ref: FactRef) -> bool:
    text = _line(ref)
    return (
        ref.is_statement
        and not _ARROW.search(ref.text)
        and len(text) <= MAX_ITEM
        and len(content_words(text)) >= _MIN_ITEM_WORDS
        and not pronoun_led(text)
    )


def _line(ref: FactRef) -> str:
    """The line as shown: its first clause, without an example or a bracket ("Poisons to deter
    herbivores (e.g. foxgloves)" -> "Poisons to deter herbivores")."""
    text = _FIRST_CLAUSE.split(_BRACKET.sub("", ref.text.strip()), maxsplit=1)[0]
    return " ".join(text.split()).strip().rstrip(".;,:").strip()


_BRACKET = re.compile(r"\s*\([^()]*\)")
_FIRST_CLAUSE = re.compile(r";\s|,?\s(?:e\.g\.|eg\b|for example|such as)")


_TRAILING = re.compile(r"(?i)\s+(?:include|includes|including|are|were|is|such as)\s*:?\s*$")


def _shown(heading: str) -> str:
    text = heading.strip().rstrip(":").strip()
    return _TRAILING.sub("", text) or text


def _question(
    topic_id: str, headings: list[str], lines: list[FactRef], draw: float
) -> Question | None:
    where = short_title(lines[0].topic.title)
    items = [_line(ref) for ref in lines]
    listed = " ".join(f"{n}. {item[:1].upper()}{item[1:]}." for n, item in enumerate(items, 1))
    prompt = f"{where}: match each to the list your notes give it under. {listed}"
    if len(prompt) > MAX_PROMPT:
        return None
    options = list(headings)
    # The options in an order of their own, never the lines' order (that would be the answer).
    shift = 1 + int(draw * (len(options) - 1))
    options = options[shift:] + options[:shift]
    matched = "; ".join(
        f"{item} → {heading}" for item, heading in zip(items, headings, strict=True)
    )
    return Question(
        id=stable_id(topic_id, lines[0].fact_id, "sorting", "|".join(items)),
        kind=QuestionKind.MATCHING,
        prompt=prompt,
        answers=tuple(headings),
        options=tuple(options),
        correct=tuple(options.index(heading) for heading in headings),
        explanation=shorten(f"Your notes list them so: {matched}.", MAX_EXPLANATION),
        source_fact=" | ".join(ref.text for ref in lines),
        topic_id=topic_id,
        fact_id=lines[0].fact_id,
        hint=f"“{items[0]}” is under “{headings[0]}”.",
    )
