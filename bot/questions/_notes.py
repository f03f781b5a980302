"""What each option of a question is in the notes, so a wrong pick is explained, not just marked.

After "❌ Not quite", a student learns more from "“Ulbricht” is in East German Revolt: “Ulbricht
ordered to slow Sovietisation”" than from the right answer alone: it says why the pick was
tempting and where it really belongs. A note names the topic path and quotes the line; a key term
gives its definition; a topic title says it is a topic; an option the notes never use gets "".
"""

from __future__ import annotations

from bot.questions._context import DeckContext
from bot.questions._model import FALSE, TRUE, Question, QuestionKind, shorten
from bot.questions._phrasing import topic_path
from bot.questions._tables import cell_notes, table_rows
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
    if question.fact_id in ctx.once(table_rows):
        said = ctx.once(cell_notes).get(key)
        if said is not None:
            return shorten(f"“{option}” is {said}.", MAX_NOTE)
    line = ctx.line(key)
    if line is not None:  # a whole line (reason questions)
        return shorten(f"“{option}” is a line of {topic_path(ctx, line)}.", MAX_NOTE)
    named, defined = ctx.term_named(key), ctx.term_defined(key)
    if named is not None and (defined is None or named[0] <= defined[0]):
        return shorten(f"“{option}” is a key term: {named[1].definition}.", MAX_NOTE)
    if defined is not None:
        return shorten(f"That is the definition of “{defined[1].term}”.", MAX_NOTE)
    if question.kind is QuestionKind.WHICH_TOPIC and option in ctx.topic_titles:
        return ""  # every option is a topic; naming it again teaches nothing
    ref = ctx.first_mention(option, question.fact_id)
    if ref is not None:
        return shorten(f"“{option}” is in {topic_path(ctx, ref)}: “{ref.text}”", MAX_NOTE)
    if option in ctx.topic_titles:
        return f"“{option}” is another topic of these notes."
    return ""
