"""Hints for questions answered by choosing: they narrow the choice, never make it.

A typed answer's hint shows its first letters and length (`_phrasing.hint_for`); among options that
singles out the one that fits, so a question with options gets one of these instead:

- two or more wrong options: one of them, drawn from the seed, is ruled out ("It isn't “1956”.");
- one wrong option (two options): a nudge back to the notes it comes from, naming no option;
- true/false: which part of the statement to check, worded the same whether it is true or false;
- chronology: the year of one of its events, which alone fixes no order.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.questions._context import DeckContext, FactRef
from bot.questions._model import Question
from bot.questions._phrasing import label, on_notes
from bot.questions._spans import Span, SpanKind
from bot.questions._words import gives_away

_MIN_LETTERS_FOR_MORE = 4
# How a true/false hint names the part of the statement that may have been swapped.
_PART = {
    SpanKind.PERSON: "the person",
    SpanKind.PLACE: "the place",
    SpanKind.TERM: "the key term",
    SpanKind.TOPIC: "the name",
    SpanKind.ACRONYM: "the abbreviation",
    SpanKind.YEAR: "the year",
    SpanKind.QUANTITY: "the number",
    SpanKind.PERCENT: "the percentage",
    SpanKind.MONEY: "the amount of money",
    SpanKind.DATE: "the date",
}


def choice_hint(ctx: DeckContext, question: Question) -> str:
    """A hint for a question with options: rule out one wrong option, or nudge toward the notes.

    Ruling one out is only done while another wrong option stays, so the answer is never left
    alone; which one is drawn from the seed and the question's id, so it does not change between
    runs and is not always the first or the last.
    """
    wrong = [index for index in range(len(question.options)) if index not in question.correct]
    if len(wrong) >= 2:
        ruled_out = question.options[ctx.rng("hint", question.id).choice(wrong)]
        return f"It isn't {_quoted(ruled_out)}."
    topic = ctx.deck.topic(question.topic_id) if question.topic_id else None
    return notes_nudge(ctx, question.options, topic.title if topic else None)


def more_hints(ctx: DeckContext, question: Question, first: str | None = None) -> tuple[str, ...]:
    """Hints after the first (`first`, else the question's own), each narrowing more: a second
    wrong option ruled out (while two options stay), or for a typed answer half of its letters."""
    first = question.hint if first is None else first
    if question.typed:
        answer = question.answers[0] if question.answers else ""
        if first is None or len(answer) < _MIN_LETTERS_FOR_MORE:
            return ()
        shown = (len(answer) + 1) // 2
        pattern = " ".join(
            ch if i < shown or not ch.isalnum() else "_" for i, ch in enumerate(answer)
        )
        return (f"It begins “{answer[:shown]}”: {pattern}",)
    wrong = [index for index in range(len(question.options)) if index not in question.correct]
    if len(wrong) < 3 or first is None or question.ordered:
        return ()
    rest = [question.options[i] for i in wrong if _quoted(question.options[i]) not in first]
    return (
        (f"It isn't {_quoted(ctx.rng('hint2', question.id).choice(rest))} either.",) if rest else ()
    )


def notes_nudge(ctx: DeckContext, options: Sequence[str], where: str | None) -> str:
    """ "Look again at your notes on <topic>", unless its title (or the deck's) names an option."""
    for place in (where, ctx.deck.title):
        if (
            place
            and place not in ctx.file_titles
            and not any(gives_away(option, place) for option in options)
        ):
            return f"Look again at your notes on {place}."
    return "Think back to your notes: only one option fits the question exactly."


def true_false_hint(ref: FactRef, span: Span) -> str:
    """Which part of the statement to check; the same for the true and the swapped statement."""
    part = _PART.get(span.kind, "each detail")
    return f"Check {part} in it against {on_notes(label(ref))}."


def chronology_hint(event: str, years: str) -> str:
    """The date of one event: a fixed point to order the others by, not the order itself."""
    return f"{_quoted(event)} was in {years}."


def _quoted(text: str) -> str:
    """`text` in double quotes, or in single ones when it quotes something itself."""
    return f"‘{text}’" if "“" in text or "”" in text else f"“{text}”"
