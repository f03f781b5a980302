"""Multiple-choice questions: a fact with a blank, the right value among look-alike wrong ones."""

from __future__ import annotations

import re
from collections.abc import Iterator
from fractions import Fraction

from bot.questions._aliases import shares_its_noun
from bot.questions._attribute_lists import blanks_a_slot
from bot.questions._context import DeckContext, FactRef
from bot.questions._dated import incidental_year
from bot.questions._distractors import Sibling, answer_siblings, distractors, option_text
from bot.questions._example_lists import example_member
from bot.questions._filters import blank_problem, names_its_section
from bot.questions._kinds import UNKNOWN
from bot.questions._model import Question, QuestionKind
from bot.questions._not_definitions import blanks_a_told_label
from bot.questions._numbers import parse_number
from bot.questions._phrasing import gives_year_away, label, labelled, quote_fact
from bot.questions._repeated_labels import blanks_repeated_label
from bot.questions._samples import cited_year, counts_a_sample
from bot.questions._second_answer import another_term_fits
from bot.questions._spans import CHOOSABLE_KINDS, NUMERIC_KINDS, Span, SpanKind
from bot.questions._stems import blanked, fit_article
from bot.questions._trivia_blanks import bare_list_item
from bot.questions._words import gives_away
from knowledge.model import stable_id
from knowledge.text import fold

# Three wrong options make four in all; two still make an acceptable three-option question.
WRONG_OPTIONS = 3
MIN_WRONG_OPTIONS = 2
_FAR = Sibling(rank=2, own_line="")
# "~0.7%", "approx 1%", "about 40", "c. 300", "around 1450": a figure the notes give as an estimate.
ESTIMATE_BEFORE = re.compile(
    r"(?:~|≈|\b(?:approx\.?|approximately|about|around|roughly|nearly|almost|circa|c\.))\s*$",
    re.IGNORECASE,
)
# How many years a date the notes give as an estimate must move before it is plainly another.
CLEAR_YEARS = 25


def choosable_spans(ctx: DeckContext, ref: FactRef) -> list[Span]:
    """Spans of the fact that a choice or true/false question can use, best first.

    Worked out once per fact and deck: the choice and the true/false builder both ask it of
    every line, and its checks read the whole line for each span."""
    made = ctx.once(_choosable_made)
    found = made.get(id(ref))
    if found is None or found[0] is not ref:  # the ref kept alive beside it: its id stays its own
        found = made[id(ref)] = (ref, _choosable(ctx, ref))
    return list(found[1])


def _choosable_made(_ctx: DeckContext) -> dict[int, tuple[FactRef, list[Span]]]:
    return {}


# The kinds of blank a study's citation can make trivia of: its sample's size, its year.
_CITED_KINDS = frozenset({SpanKind.QUANTITY, SpanKind.YEAR})


def _choosable(ctx: DeckContext, ref: FactRef) -> list[Span]:
    spans = [
        span
        for span in ctx.spans(ref.fact)
        if span.kind in CHOOSABLE_KINDS
        and not blank_problem(ref.text, span)
        and not (ref.fact.group is None and bare_list_item(ref.text, span))
        and not example_member(ref.text, span)
        and not blanks_repeated_label(ctx, ref.text, span)
        and not blanks_a_slot(ctx, ref.text, span)  # "_____ = a line spectrum" -> "Output"
        and not blanks_a_told_label(ctx, ref.text, span)  # "_____: kept the army together"
        and not gives_away(span.text, label(ref, span))
        and not names_its_section(ctx, ref.topic.id, span)
        and not gives_year_away(ref, span)
        and not incidental_year(ctx, span)
        and not shares_its_noun(ctx, ref.text, span)  # "stranger and _____" (anxiety)
        and not (
            span.kind in _CITED_KINDS
            and (counts_a_sample(ctx, ref, span) or cited_year(ctx, ref, span))
        )  # "Willis (1977) - _____ working-class lads", "(Escobar _____)"
    ]
    return sorted(spans, key=lambda s: (-s.score, s.start))


def choice_questions(ctx: DeckContext, ref: FactRef) -> Iterator[Question]:
    """A multiple-choice question for each choosable span of the fact with enough wrong options."""
    for span in choosable_spans(ctx, ref):
        question = _choice(ctx, ref, span)
        if question is not None:
            yield question


def _choice(ctx: DeckContext, ref: FactRef, span: Span) -> Question | None:
    if another_term_fits(ctx, ref, span):
        return None  # "_____: very high melting point …": diamond's line says so too
    rng = ctx.rng(QuestionKind.CHOICE.value, ref.fact_id, span.text)
    wrong = distractors(ctx, ref, span, rng, WRONG_OPTIONS)
    if len(wrong) < MIN_WRONG_OPTIONS or _near_an_estimate(ref.text, span, wrong):
        return None
    if span.kind is SpanKind.TERM and len(wrong) < WRONG_OPTIONS:
        # Three options are a fair choice only among the answer's own list ("Ria" beside
        # "Fjord" and "Dalmatian coast") or its known kind (a weapon among weapons); with a term
        # from elsewhere one of two is a giveaway.
        kin = answer_siblings(ctx, ref, span)
        mine = ctx.term_kinds.get(fold(span.entity or span.text), UNKNOWN)
        alike = mine != UNKNOWN and all(ctx.term_kinds.get(fold(o)) == mine for o in wrong)
        if not alike and any(kin.get(fold(option), _FAR).rank for option in wrong):
            return None
    answer = option_text(span)
    options = [answer, *wrong]
    if span.kind in NUMERIC_KINDS:
        options.sort(key=_value)
    else:
        rng.shuffle(options)
    text = ref.text
    return Question(
        id=stable_id(ref.topic.id, ref.fact_id, QuestionKind.CHOICE.value, span.text),
        kind=QuestionKind.CHOICE,
        prompt=labelled(label(ref, span), fit_article(blanked(text, span), options)),
        answers=(answer,),
        options=tuple(options),
        correct=(options.index(answer),),
        explanation=quote_fact(f"Answer: {answer}.", ref),
        source_fact=text,
        topic_id=ref.topic.id,
        fact_id=ref.fact_id,
    )


def _near_an_estimate(text: str, span: Span, wrong: list[str]) -> bool:
    """True when a year the notes give as an estimate ("built around 1450") stands among years
    a few either side of it: "around 1449" is as right (own Inca deck)."""
    if span.kind is not SpanKind.YEAR or ESTIMATE_BEFORE.search(text, 0, span.start) is None:
        return False
    year = parse_number(span.text)
    others = [parse_number(option) for option in wrong]
    return year is None or any(
        other is None or abs(other.value - year.value) < CLEAR_YEARS for other in others
    )


def _value(option: str) -> Fraction:
    number = parse_number(option)
    return number.value if number is not None else Fraction(0)
