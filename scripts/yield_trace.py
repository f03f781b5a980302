"""Why a deck's lines give no question: per topic, each line, the blanks found in it and the check
that dropped each, the candidates built and the check (`question_problem`) that dropped each, and
whether a sample (`generate(n)`) asked about the line.

    PYTHONPATH=. python scripts/yield_trace.py DECK [--n 60] [--seed 1] [--topic WORD] [--quiet]

`--quiet` prints only the lines no question of the sample asks about. A diagnostic for whoever
works on the generator's yield (round 26's shortfall: whole topics asked nothing); it calls the
same checks the builders call, in their order, and changes nothing.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from functools import partial

from bot.questions._aliases import shares_its_noun
from bot.questions._attribute_lists import blanks_a_slot
from bot.questions._choice import choice_questions, choosable_spans
from bot.questions._cloze import cloze_questions, glossary_head, year_of_day
from bot.questions._context import DeckContext, FactRef
from bot.questions._dated import incidental_year
from bot.questions._example_lists import example_member
from bot.questions._filters import (
    blank_problem,
    generic_plural,
    names_its_section,
    question_problem,
    short_item,
    typed_synonym_risk,
)
from bot.questions._generator import QuestionGenerator
from bot.questions._model import Question
from bot.questions._not_definitions import blanks_a_told_label
from bot.questions._opposites import opposite_question
from bot.questions._phrasing import gives_year_away, shown_heading
from bot.questions._repeated_labels import blanks_repeated_label
from bot.questions._second_answer import another_term_fits, open_after_modifier
from bot.questions._sibling_subjects import subject_above
from bot.questions._spans import Span
from bot.questions._spelt_out import spelt_after
from bot.questions._tables import flattened_row, table_rows
from bot.questions._tidy_stems import lost_referent, subject_lost
from bot.questions._trivia_blanks import bare_list_item
from bot.questions._truefalse import true_false_question
from knowledge.deck_files import open_deck_file

_SpanCheck = Callable[[DeckContext, FactRef, Span], object]

# The cloze builder's checks on a blank, in its order (`cloze_questions`).
_CLOZE_CHECKS: tuple[tuple[str, _SpanCheck], ...] = (
    ("repeated label", lambda c, r, s: blanks_repeated_label(c, r.text, s)),
    ("a slot", lambda c, r, s: blanks_a_slot(c, r.text, s)),
    ("a told label", lambda c, r, s: blanks_a_told_label(c, r.text, s)),
    ("blank_problem", lambda c, r, s: blank_problem(r.text, s)),
    ("generic plural", lambda c, r, s: generic_plural(s)),
    ("short item", lambda c, r, s: r.fact.group is not None and short_item(r.text, s)),
    ("bare list item", lambda c, r, s: r.fact.group is None and bare_list_item(r.text, s)),
    ("spelt after", lambda c, r, s: spelt_after(r.text, s.start, s.end)),
    ("example member", lambda c, r, s: example_member(r.text, s)),
    ("synonym risk", lambda c, r, s: typed_synonym_risk(c, r.text, s)),
    ("gives year away", lambda c, r, s: gives_year_away(r, s)),
    ("names its section", lambda c, r, s: names_its_section(c, r.topic.id, s)),
    ("incidental year", lambda c, r, s: incidental_year(c, s)),
    ("another term fits", another_term_fits),
    ("open after modifier", open_after_modifier),
    ("shares its noun", lambda c, r, s: shares_its_noun(c, r.text, s)),
)


def _line_skip(ctx: DeckContext, ref: FactRef, rows: object) -> str | None:
    """Why the generator asks nothing of the line at all (`QuestionGenerator._build`)."""
    if isinstance(rows, (set, frozenset, dict)) and ref.fact_id in rows:
        return "a table row (asked cell by cell)"
    if lost_referent(ref.text) and ref.fact.group is None:
        return "lost referent"
    if subject_lost(ref.text, partial(shown_heading, ref)):
        return "subject lost"
    if subject_above(ctx, ref):
        return "subject above"
    if flattened_row(ref.text):
        return "flattened row"
    return None


def _span_report(ctx: DeckContext, ref: FactRef) -> list[str]:
    spans = ctx.spans(ref.fact)
    head = glossary_head(ref.text, spans)
    if head is not None:
        spans = [head, *(s for s in spans if not s.overlaps(head.start, head.end))]
    choosable = {(s.start, s.end) for s in choosable_spans(ctx, ref)}
    out = []
    for found in sorted(spans, key=lambda s: (-s.score, s.start)):
        span = year_of_day(found)
        why = []
        for name, check in _CLOZE_CHECKS:
            result = check(ctx, ref, span)
            if result:
                why.append(name if result is True else f"{name}: {result}")
        mark = "choosable" if (found.start, found.end) in choosable else "not choosable"
        reasons = "; ".join(why) or "ok"
        out.append(f"      span {span.kind.name} {span.text!r} ({mark}) -> {reasons}")
    return out


def _candidates(ctx: DeckContext, ref: FactRef) -> list[Question | None]:
    return [
        *cloze_questions(ctx, ref),
        *choice_questions(ctx, ref),
        true_false_question(ctx, ref) or opposite_question(ctx, ref),
    ]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("deck")
    parser.add_argument("--n", type=int, default=60)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--topic", default="")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args()
    generator = QuestionGenerator(open_deck_file(args.deck), seed=args.seed)
    sample = generator.generate(args.n)
    pool = generator.all_candidates()
    ctx = DeckContext(generator.deck, args.seed)
    # A question on one fact of a line stating several (`_fact_parts`) is on its line.
    asked_lines = {q.source_line or q.source_fact for q in sample}
    pooled_lines: dict[str, list[Question]] = {}
    for question in pool:
        for line in (question.source_line or question.source_fact).split(" | "):
            pooled_lines.setdefault(line, []).append(question)
    rows = ctx.once(table_rows)
    print(f"sample: {len(sample)} of {args.n}; pool: {len(pool)} candidates")
    topic = None
    for ref in ctx.statements:
        if args.topic.lower() not in f"{ref.topic.title} {ref.text}".lower():
            continue
        in_sample = any(ref.text in line for line in asked_lines)
        if args.quiet and in_sample:
            continue
        if ref.topic.id != topic:
            topic = ref.topic.id
            print(f"\n== {ref.topic.title}")
        pooled = pooled_lines.get(ref.text, [])
        state = "ASKED" if in_sample else f"not asked ({len(pooled)} in pool)"
        print(f"  - {ref.text[:110]!r}: {state}")
        skip = _line_skip(ctx, ref, rows)
        if skip is not None:
            print(f"      line skipped: {skip}")
            continue
        if not ref.is_statement:
            print("      not a statement (a question, a handout line or an aside)")
            continue
        print("\n".join(_span_report(ctx, ref)))
        for built in _candidates(ctx, ref):
            if built is None:
                continue
            question = built
            problem = question_problem(question, ctx)
            print(
                f"      built {question.kind.value}: {question.prompt[-70:]!r} -> {problem or 'kept'}"
            )
        for question in pooled:
            if question.kind.value not in ("cloze", "choice", "true_false"):
                print(f"      pool {question.kind.value}: {question.prompt[:80]!r}")


if __name__ == "__main__":
    main()
