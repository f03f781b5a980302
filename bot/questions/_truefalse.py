"""True/false questions: a fact as the notes say it, or with one value swapped for a look-alike.

Whether a fact is shown true or false is drawn from the seed, so about half are true; the
explanation always quotes the real fact, so a false statement never stands uncorrected. The
question itself is built by `_statement`, as for a word turned round (`_opposites`).
"""

from __future__ import annotations

from bot.questions._choice import CLEAR_YEARS, ESTIMATE_BEFORE, choosable_spans
from bot.questions._context import DeckContext, FactRef
from bot.questions._distractors import distractors, in_running_text
from bot.questions._hints import true_false_hint
from bot.questions._model import BLANK, Question, QuestionKind
from bot.questions._numbers import parse_number
from bot.questions._phrasing import label, labelled
from bot.questions._spans import Span, SpanKind
from bot.questions._statement import statement_question
from bot.questions._unit_pairs import in_measurement
from bot.questions._words import content_words
from bot.questions._worked_out import range_end, stem_works_out

# A statement needs this many content words besides the detail it turns on to claim something.
MIN_CLAIM_WORDS = 3
# Details a reader can check against the notes: who, where, when, how many. A key term or a topic
# name heading a line ("Destalinisation (although …)") is a label, not a claim.
_CHECKABLE = frozenset(
    {
        SpanKind.PERSON,
        SpanKind.PLACE,
        SpanKind.ACRONYM,
        SpanKind.YEAR,
        SpanKind.QUANTITY,
        SpanKind.PERCENT,
        SpanKind.MONEY,
        SpanKind.DATE,
    }
)


def checkable(text: str, span: Span) -> bool:
    """True when the statement makes a claim about `span` that the notes can confirm or refute."""
    rest = text[: span.start] + " " + text[span.end :]
    return span.kind in _CHECKABLE and len(content_words(rest)) >= MIN_CLAIM_WORDS


def true_false_question(ctx: DeckContext, ref: FactRef) -> Question | None:
    """One true/false question on the fact, or None when nothing in it can be swapped."""
    text = ref.text
    rng = ctx.rng(QuestionKind.TRUE_FALSE.value, ref.fact_id)
    truth = rng.random() < 0.5
    for span in choosable_spans(ctx, ref):
        if not checkable(ref.text, span) or in_measurement(text, span):
            continue  # "765 km2 (164 sq miles)": the other unit would still say 425
        whole = labelled(label(ref, span), f"{text[: span.start]}{BLANK}{text[span.end :]}")
        if stem_works_out(whole, span.text):
            continue  # "13 pairs of chromosomes (46 in total)": false on sight
        if range_end(whole):
            continue  # "about 20,000–40,000 rebels" is no clearer false than the range it moves
        wrong = distractors(ctx, ref, span, rng, 1)
        if not wrong or _nudges_an_estimate(text, span, wrong[0]):
            continue
        swapped = in_running_text(wrong[0], span.text)
        question = statement_question(
            ctx,
            ref,
            truth=truth,
            changed=text[: span.start] + swapped + text[span.end :],
            was=span.text,
            now=swapped,
            context=label(ref, span),
            hint=true_false_hint(ref, span),
        )
        if question is not None:
            return question
    return None


# How far an estimate must move before the statement is plainly false.
_CLEAR_FACTOR = 1.5


def _nudges_an_estimate(text: str, span: Span, wrong: str) -> bool:
    """True when the false statement would move a figure the notes give as an estimate by less
    than half as much again: "~0.6% at <25" against the notes' "~0.7%" is not clearly false,
    both being approximate (round 19, A28)."""
    if span.kind not in (SpanKind.QUANTITY, SpanKind.PERCENT, SpanKind.MONEY, SpanKind.YEAR):
        return False
    if ESTIMATE_BEFORE.search(text, 0, span.start) is None:
        return False
    was, now = parse_number(span.text), parse_number(wrong)
    if span.kind is SpanKind.YEAR:
        # "built around 1450" against "around 1453": both are "around" the same time
        return was is None or now is None or abs(was.value - now.value) < CLEAR_YEARS
    if was is None or now is None or was.value <= 0 or now.value <= 0:
        return False
    low, high = sorted((float(was.value), float(now.value)))
    return high < _CLEAR_FACTOR * low
