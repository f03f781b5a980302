"""One builder for every true/false question: a line as the notes say it, or changed.

A true/false question is a line of the notes shown as written or with one thing in it changed
(a value swapped for a look-alike: `_truefalse`; a word turned round: `_opposites`). Both build
the same question, so the wording, the id and the explanation come from here.
"""

from __future__ import annotations

import random

from bot.questions._context import DeckContext, FactRef
from bot.questions._model import FALSE, TRUE, Question, QuestionKind
from bot.questions._phrasing import quote_fact
from knowledge.model import stable_id
from knowledge.text import fold


def draw_truth(ctx: DeckContext, ref: FactRef, *salt: str) -> bool:
    """Whether the line is shown as written, drawn from the seed (about half are)."""
    rng: random.Random = ctx.rng(QuestionKind.TRUE_FALSE.value, ref.fact_id, *salt)
    return rng.random() < 0.5


def statement_question(
    ctx: DeckContext,
    ref: FactRef,
    *,
    truth: bool,
    changed: str,
    was: str,
    now: str,
    context: str,
    hint: str,
) -> Question | None:
    """The true/false question on `ref`'s line: as written when `truth`, else `changed` (the line
    with `was` turned into `now`). None when the false statement is itself a line of the notes."""
    text = ref.text
    if not truth and (ctx.line(fold(changed)) is not None):
        return None
    verdict = TRUE if truth else FALSE
    lead = f"{verdict}: the notes say" if truth else f"{verdict}: not “{now}”; the notes say"
    return Question(
        id=stable_id(ref.topic.id, ref.fact_id, QuestionKind.TRUE_FALSE.value, was, verdict),
        kind=QuestionKind.TRUE_FALSE,
        prompt=f"True or false? {context}: {text if truth else changed}",
        answers=(verdict,),
        options=(TRUE, FALSE),
        correct=(0,) if truth else (1,),
        explanation=quote_fact(lead, ref),
        source_fact=text,
        topic_id=ref.topic.id,
        fact_id=ref.fact_id,
        hint=hint,
    )
