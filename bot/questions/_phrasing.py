"""Wording shared by the question builders: the context line, explanations and hints."""

from __future__ import annotations

import re

from bot.questions._context import DeckContext, FactRef
from bot.questions._model import MAX_EXPLANATION, shorten
from bot.questions._spans import NUMERIC_KINDS, Span, SpanKind


def label(ref: FactRef, span: Span | None = None) -> str:
    """Where a fact sits, shown before it: "Berlin Wall (Americans react)". When the question
    turns on a year (`span`), the title's own dates are left out: "Montgomery Bus Boycott
    (1955-56): December _____: buses desegregated" would give 1956 away."""
    title = ref.topic.title
    if span is not None and span.kind in (SpanKind.YEAR, SpanKind.DATE) and _YEAR.search(title):
        title = _TITLE_DATES.sub("", title).strip(" ,–—-:") or title
    if ref.fact.group:
        return f"{title} ({ref.fact.group})"
    return title


def gives_year_away(ref: FactRef, span: Span) -> bool:
    """True when a year question's label still names a year (its group's "1 December 1955: Rosa
    Parks arrested …" over "December _____: buses desegregated")."""
    return span.kind in (SpanKind.YEAR, SpanKind.DATE) and bool(_YEAR.search(label(ref, span)))


_YEAR = re.compile(r"(?<!\d)(?:1\d|20)\d\d(?!\d)")
# A title's dates: "(1955-56)", "(28 August 1963)", ", 1918–29", "1066:".
_TITLE_DATES = re.compile(
    r"\s*\([^()]*(?<!\d)(?:1\d|20)\d\d[^()]*\)"
    r"|\s*[,:–—]\s*(?:c\.\s*)?(?<!\d)(?:1\d|20)\d\d(?:\s*[-–—/]\s*\d{2,4})?$"
)


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
