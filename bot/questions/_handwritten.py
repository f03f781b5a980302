"""The deck author's own questions, turned into quiz questions like the generated ones."""

from __future__ import annotations

from bot.questions._context import DeckContext
from bot.questions._model import MAX_EXPLANATION, MAX_OPTIONS, Question, QuestionKind, shorten
from bot.questions._words import contains_phrase
from knowledge.model import DeckQuestion, stable_id


def handwritten_question(ctx: DeckContext, written: DeckQuestion) -> Question:
    """`written` as a Question; the source fact is the topic fact holding an answer, if one does."""
    options, correct = _fit_options(written)
    answers = tuple(options[index] for index in correct) if options else written.answers
    source, fact_id = _source_fact(ctx, written, answers)
    explanation = written.explanation or f"Answer: {' / '.join(answers)}. “{source}”"
    return Question(
        id=stable_id(
            written.topic or "",
            written.id,
            QuestionKind.HANDWRITTEN.value,
            answers[0] if answers else "",
        ),
        kind=QuestionKind.HANDWRITTEN,
        prompt=written.prompt,
        answers=answers,
        options=options,
        correct=correct,
        explanation=shorten(explanation, MAX_EXPLANATION),
        source_fact=source,
        topic_id=written.topic,
        fact_id=fact_id,
    )


def _fit_options(written: DeckQuestion) -> tuple[tuple[str, ...], tuple[int, ...]]:
    """The options cut to the platform limit, keeping every right one and the first wrong ones."""
    options = written.options
    if len(options) <= MAX_OPTIONS:
        return options, written.correct
    right = set(written.correct)
    room_for_wrong = MAX_OPTIONS - len(right)
    keep: list[int] = []
    for index in range(len(options)):
        if index in right:
            keep.append(index)
        elif room_for_wrong > 0:
            keep.append(index)
            room_for_wrong -= 1
    kept = tuple(options[i] for i in keep)
    return kept, tuple(keep.index(i) for i in written.correct if i in keep)


def _source_fact(
    ctx: DeckContext, written: DeckQuestion, answers: tuple[str, ...]
) -> tuple[str, str | None]:
    """(the fact of the question's topic that holds an answer, its id), else the explanation."""
    if written.topic:
        for ref in ctx.topic_facts(written.topic):
            if any(contains_phrase(ref.text, answer) for answer in answers):
                return ref.text, ref.fact_id
    fallback = written.explanation or f"{written.prompt} {answers[0] if answers else ''}"
    return fallback.strip(), None
