"""Wording shared by the question builders: the context line, explanations and hints."""

from __future__ import annotations

from bot.questions._context import DeckContext, FactRef
from bot.questions._model import MAX_EXPLANATION, shorten
from bot.questions._spans import NUMERIC_KINDS, Span, SpanKind


def label(ref: FactRef) -> str:
    """Where a fact sits, shown before it: "Berlin Wall (Americans react)"."""
    if ref.fact.group:
        return f"{ref.topic.title} ({ref.fact.group})"
    return ref.topic.title


def topic_path(ctx: DeckContext, ref: FactRef, *, with_group: bool = True) -> str:
    """Where a fact sits in the topic tree: "Cold War › Berlin Wall (Americans react)"."""
    titles = [topic.title for topic in ctx.deck.path(ref.topic.id)] or [ref.topic.title]
    path = " › ".join(titles)
    return f"{path} ({ref.fact.group})" if ref.fact.group and with_group else path


def quote_fact(lead: str, ref: FactRef, *, with_topic: bool = True) -> str:
    """`lead` then the source fact in quotes (and its topic), cut to fit an explanation."""
    tail = f" ({ref.topic.title})" if with_topic else ""
    budget = MAX_EXPLANATION - len(lead) - len(tail) - 4
    fact = ref.text
    if budget >= 20:
        fact = shorten(fact, budget)
    return shorten(f"{lead} “{fact}”{tail}", MAX_EXPLANATION)


def hint_for(span: Span) -> str:
    """A typed answer's hint: the author's, else its kind and letters ("N _ _ _ (4 letters)")."""
    if span.author_hint:
        return span.author_hint
    if span.kind in NUMERIC_KINDS or span.kind is SpanKind.DATE:
        article = "an" if span.kind.value[0] in "aeiou" else "a"
        return f"{article} {span.kind.value}"
    words = span.text.split()
    pattern = "   ".join(
        " ".join(char if i == 0 or not char.isalnum() else "_" for i, char in enumerate(word))
        for word in words
    )
    letters = sum(char.isalnum() for char in span.text)
    size = f"{letters} letters" if len(words) == 1 else f"{len(words)} words"
    if span.kind in (SpanKind.PERSON, SpanKind.PLACE):
        size = f"a {span.kind.value}, {size}"
    return f"{pattern} ({size})"
