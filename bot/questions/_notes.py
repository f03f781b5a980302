"""What each option of a question is in the notes, so a wrong pick is explained, not just marked.

After "❌ Not quite", a student learns more from "“Ulbricht” is in East German Revolt: “Ulbricht
ordered to slow Sovietisation”" than from the right answer alone: it says why the pick was
tempting and where it really belongs. A note names the topic path and quotes the line; a key term
gives its definition; a topic title says it is a topic; an option the notes never use gets "".
"""

from __future__ import annotations

from bot.questions._context import DeckContext, FactRef
from bot.questions._model import FALSE, TRUE, Question, QuestionKind, shorten
from bot.questions._phrasing import topic_path
from bot.questions._words import contains_phrase
from knowledge.text import fold

MAX_NOTE = 160


def option_notes(ctx: DeckContext, question: Question) -> tuple[str, ...]:
    """One note per option (wrong ones only; the right one is the explanation's job)."""
    if question.ordered or question.kind is QuestionKind.TRUE_FALSE or not question.options:
        return ()
    notes = tuple(
        "" if index in question.correct else _note(ctx, question, option)
        for index, option in enumerate(question.options)
    )
    return notes if any(notes) else ()


def _note(ctx: DeckContext, question: Question, option: str) -> str:
    if option in (TRUE, FALSE):
        return ""
    key = fold(option)
    for line in ctx.facts:
        if fold(line.text) == key:  # a whole line (reason questions)
            return shorten(f"“{option}” is a line of {topic_path(ctx, line)}.", MAX_NOTE)
    for term in ctx.deck.terms:
        if fold(term.term) == key or key in {fold(a) for a in term.aliases}:
            return shorten(f"“{option}” is a key term: {term.definition}.", MAX_NOTE)
        if fold(term.definition) == key:
            return shorten(f"That is the definition of “{term.term}”.", MAX_NOTE)
    if question.kind is QuestionKind.WHICH_TOPIC and option in ctx.topic_titles:
        return ""  # every option is a topic; naming it again teaches nothing
    ref = _first_mention(ctx, option, question.fact_id)
    if ref is not None:
        return shorten(f"“{option}” is in {topic_path(ctx, ref)}: “{ref.text}”", MAX_NOTE)
    if option in ctx.topic_titles:
        return f"“{option}” is another topic of these notes."
    return ""


def _first_mention(ctx: DeckContext, option: str, except_fact: str | None) -> FactRef | None:
    for ref in ctx.facts:
        if ref.fact_id != except_fact and contains_phrase(ref.text, option):
            return ref
    return None
