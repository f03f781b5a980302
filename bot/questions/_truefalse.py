"""True/false questions: a fact as the notes say it, or with one value swapped for a look-alike.

Whether a fact is shown true or false is drawn from the seed, so about half are true; the
explanation always quotes the real fact, so a false statement never stands uncorrected.
"""

from __future__ import annotations

from bot.questions._choice import choosable_spans
from bot.questions._context import DeckContext, FactRef
from bot.questions._distractors import distractors, in_running_text
from bot.questions._hints import true_false_hint
from bot.questions._model import FALSE, TRUE, Question, QuestionKind
from bot.questions._phrasing import label, quote_fact
from knowledge.model import stable_id
from knowledge.text import fold


def true_false_question(ctx: DeckContext, ref: FactRef) -> Question | None:
    """One true/false question on the fact, or None when nothing in it can be swapped."""
    text = ref.text
    rng = ctx.rng(QuestionKind.TRUE_FALSE.value, ref.fact_id)
    truth = rng.random() < 0.5
    for span in choosable_spans(ctx, ref):
        wrong = distractors(ctx, ref, span, rng, 1)
        if not wrong:
            continue
        swapped = in_running_text(wrong[0], span.text)
        statement = text if truth else text[: span.start] + swapped + text[span.end :]
        if not truth and any(fold(statement) == fold(other.text) for other in ctx.facts):
            continue
        verdict = TRUE if truth else FALSE
        lead = (
            f"{verdict}: the notes say" if truth else f"{verdict}: not “{swapped}”; the notes say"
        )
        return Question(
            id=stable_id(
                ref.topic.id, ref.fact_id, QuestionKind.TRUE_FALSE.value, span.text, verdict
            ),
            kind=QuestionKind.TRUE_FALSE,
            prompt=f"True or false? {label(ref)}: {statement}",
            answers=(verdict,),
            options=(TRUE, FALSE),
            correct=(0,) if truth else (1,),
            explanation=quote_fact(lead, ref),
            source_fact=text,
            topic_id=ref.topic.id,
            fact_id=ref.fact_id,
            hint=true_false_hint(ref, span),
        )
    return None
