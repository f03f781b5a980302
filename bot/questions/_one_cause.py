"""One cause of a section asked alone: "Chromatography: what do your notes say follows from
“substance more attracted to the solvent”?"

A section's causes and effects too few, or too alike in their words, to match three at once
(`_matching`: "substance more attracted to the solvent -> moves further up the paper" beside
"substance more attracted to the paper -> moves a shorter distance") are still worth asking one
by one. The wrong options are the effects of the other causes stated in one line under the same
sub-heading of the same topic (`Fact.group`), so they are of the key's kind by the notes' own
layout and none is the notes' answer for this cause. Where that list has fewer than two others,
lines of the section's other short lists stand in, never a list of three or more causes of its
own (a sequence's steps): round 17 offered two electric-bell steps ("Hammer hits the gong") for
what follows from "Further from the wire", a line of the field around a wire;
an effect equal to the key (or to it but for a last bracket: "USA (1945)", "USA (1952)") or of the
same cause is left out, and a cause with fewer than two others to offer is not asked. A lead-in's
subject ("Effects of inflation") has many effects, any of which could be asked for: not asked so.
A list's rows ("iodide -> yellow precipitate") are asked by `_paired_lines`.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from typing import TYPE_CHECKING

from bot.questions._context import DeckContext
from bot.questions._draw import random_order
from bot.questions._model import MAX_EXPLANATION, MAX_OPTION, Question, QuestionKind, shorten
from knowledge.headings import short_title
from knowledge.model import stable_id
from knowledge.text import fold

if TYPE_CHECKING:
    from bot.questions._matching import Pair

WRONG_OPTIONS = 3
MIN_WRONG_OPTIONS = 2
# A sub-heading with this many one-line causes is a list of its own (a sequence's steps): its
# effects are wrong options only for its own causes.
_OWN_LIST = 3


def cause_question(ctx: DeckContext, pair: Pair, section: Sequence[Pair]) -> Question | None:
    """The question asking what follows from `pair`'s cause, among the effects of the other
    one-line causes of its `section`; None for a list's row or a lead-in's pair."""
    if pair.listed or not _one_line(pair) or len(pair.effect) > MAX_OPTION:
        return None
    topic = ctx.deck.topic(pair.topic_id)
    if topic is None:
        return None
    block = _block(ctx, pair)
    sizes = Counter(_block(ctx, other) for other in section if _one_line(other))
    seen = {_bare(pair.effect)}
    rng = ctx.rng(QuestionKind.CHOICE.value, "cause", pair.source)
    own: list[str] = []
    lent: list[str] = []  # effects of a short list elsewhere in the section
    for index in random_order(range(len(section)), rng):
        other = section[index]
        value = _bare(other.effect)
        if other is pair or value in seen or len(other.effect) > MAX_OPTION:
            continue
        if fold(other.cause) == fold(pair.cause) or not _one_line(other):
            continue
        where = _block(ctx, other)
        if where != block and sizes[where] >= _OWN_LIST:
            continue  # the steps of the electric bell are a list of their own kind
        seen.add(value)
        (own if where == block else lent).append(_cap(other.effect))
    wrong = own[:WRONG_OPTIONS] if len(own) >= MIN_WRONG_OPTIONS else [*own, *lent][:WRONG_OPTIONS]
    if len(wrong) < MIN_WRONG_OPTIONS:
        return None
    answer = _cap(pair.effect)
    options = [answer, *wrong]
    rng.shuffle(options)
    heading = short_title(topic.title)
    return Question(
        id=stable_id(pair.topic_id, pair.fact_id or pair.source, "cause", answer),
        kind=QuestionKind.CHOICE,
        prompt=f"{heading}: what do your notes say follows from “{pair.cause}”?",
        answers=(answer,),
        options=tuple(options),
        correct=(options.index(answer),),
        explanation=shorten(
            f"Your notes: {_cap(pair.cause)} → {pair.effect} ({heading}).", MAX_EXPLANATION
        ),
        source_fact=pair.source,
        topic_id=pair.topic_id,
        fact_id=pair.fact_id,
    )


def _block(ctx: DeckContext, pair: Pair) -> tuple[str, str | None]:
    """The topic and sub-heading (`Fact.group`) of the line stating `pair`: its own list."""
    groups = ctx.once(_groups)
    return pair.topic_id, groups.get(pair.fact_id or "")


def _groups(ctx: DeckContext) -> dict[str, str | None]:
    """Each fact's id -> the sub-heading it sits under (None under none)."""
    return {ref.fact_id: ref.fact.group for ref in ctx.facts}


def _one_line(pair: Pair) -> bool:
    """True for a pair one line states ("X led to Y", "X -> Y"), not a lead-in's."""
    return pair.group.startswith("line:")


def _bare(value: str) -> str:
    """A value without its last bracket: "USA (1952)" says "USA" as "USA (1945)" does."""
    return fold(_LAST_BRACKET.sub("", value)) or fold(value)


_LAST_BRACKET = re.compile(r"\s*\([^()]*\)\s*$")


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]
