"""A list item that carries on its parent's sentence is shown with that sentence's lead.

Notes write a list as one sentence broken over lines: "Three feather features reduce the noise
of flight:" over "a comb-like fringe of serrations … breaks up turbulence;", "a soft, fringed
trailing edge on the wing.". The importer files the items under their lead as a group, and a
question on one item used to show it alone, lower case, with the list's semicolon: "Silent
flight: a comb-like fringe of _____ … breaks up turbulence;" and the true/false "a soft, fringed
trailing edge on the wing." (round 29, A12, A50, B3, B56) read as fragments, and the second
claims nothing. Here such a stem carries its lead, as the notes read: "Silent flight: Three
feather features reduce the noise of flight: a comb-like fringe of _____ … breaks up
turbulence." A lead too long to show, or an item with no lead to carry, is not asked; a list's
closing semicolon is a full stop in any stem.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.questions._context import DeckContext, FactRef
from bot.questions._model import MAX_PROMPT, Question, QuestionKind
from bot.questions._phrasing import label, labelled, short_group
from bot.questions._spans import Span, SpanKind
from knowledge.headings import short_title

# The kinds whose stem shows the line itself (blanked, or changed for a false claim).
_SHOWN_KINDS = frozenset({QuestionKind.CLOZE, QuestionKind.CHOICE, QuestionKind.TRUE_FALSE})
_TRUE_OR_FALSE = "True or false? "
# A lead longer than this is a paragraph, not the opening of the item's sentence.
MAX_LEAD = 90
# An item carrying on a sentence: it opens with a lower-case word ("a moat …", "the Battle …").
_CONTINUES = re.compile(r"^[a-z][a-z'’-]*\b")
# A list's closing mark on an item: "…breaks up turbulence;", "…bones,".
_LIST_END = re.compile(r"\s*[;,]\s*$")


def _ref(ctx: DeckContext, question: Question) -> FactRef | None:
    if question.topic_id is None:
        return None
    for ref in ctx.topic_facts(question.topic_id):
        if ref.fact_id == question.fact_id or ref.text == question.source_fact:
            return ref
    return None


def continues_lead(text: str) -> bool:
    """True for a line that carries on a sentence begun above it: lower case at its start
    ("a moat 190 m wide …"), or closed by a list's semicolon or comma."""
    stripped = text.strip()
    return bool(_CONTINUES.match(stripped)) or bool(_LIST_END.search(stripped))


def with_list_lead(ctx: DeckContext, question: Question) -> Question | None:
    """`question` with its list item's lead before the item and no closing semicolon; the
    question as it is when its line is no such item; None when the item cannot be shown with a
    lead (none, or too long)."""
    if question.kind not in _SHOWN_KINDS or not question.source_fact:
        return question
    text = question.source_fact.strip()
    if not continues_lead(text):
        return question
    ref = _ref(ctx, question)
    if ref is None:
        return question
    prompt = _LIST_END.sub(".", question.prompt) if _LIST_END.search(question.prompt) else None
    if not _CONTINUES.match(text):
        # Only the semicolon ("Causes of decline;") is a list's: a full stop ends the stem.
        return replace(question, prompt=prompt) if prompt is not None else question
    group = (ref.fact.group or "").strip().rstrip(":").strip()
    if not group:
        # The topic's title is the item's lead ("Etna's lava flows threaten …: the town of …"),
        # shown before it; with no title either, the item is about nothing.
        if not ref.titled:
            return None
        return replace(question, prompt=prompt) if prompt is not None else question
    if len(group) > MAX_LEAD:
        return None  # a paragraph before the item, not the opening of its sentence
    if _shown_group(ref) and not _LIST_END.search(text):
        # "Hormones (Thyroxine): controlled by negative feedback": the heading's subject, shown
        # in brackets, is the subject the line goes on from; only a list's item is led in full.
        return question
    prompt = _with_lead(ref, prompt or question.prompt, group)
    if prompt is None or len(prompt) > MAX_PROMPT:
        return None
    return replace(question, prompt=prompt)


def _with_lead(ref: FactRef, prompt: str, group: str) -> str | None:
    """The stem with `group` before the item, under the heading it showed less its group: the
    lead now says what the group heading said ("Angkor Wat: Layout: a moat …", not "Angkor Wat
    (Layout): Layout: …")."""
    asks = prompt.startswith(_TRUE_OR_FALSE)
    body = prompt[len(_TRUE_OR_FALSE) :] if asks else prompt
    shown_group = _shown_group(ref)
    for heading in _headings(ref):
        if heading and body.startswith(f"{heading}: "):
            item = body[len(heading) + 2 :]
            break
    else:
        if body[:1].isupper():
            return None  # the stem is laid out some other way: not one this can read
        heading, item = "", body
    if shown_group and heading.endswith(f" ({shown_group})"):
        heading = heading[: -len(shown_group) - 3]
    elif shown_group and heading == shown_group:
        heading = ""  # a line under no titled topic: its group was the heading
    said = labelled(heading, f"{group}: {item}")
    return f"{_TRUE_OR_FALSE}{said}" if asks else said


def _shown_group(ref: FactRef) -> str | None:
    title = short_title(ref.topic.title) if ref.titled else ""
    return short_group(ref.fact.group, title) if ref.fact.group else None


# A year asked: the label then leaves the title's own dates out (`label`).
_A_YEAR = Span(0, 4, "1900", SpanKind.YEAR)


def _headings(ref: FactRef) -> list[str]:
    """The headings a stem on `ref` may open with: its label, with the title's dates or
    without them (a year asked)."""
    return [label(ref), label(ref, _A_YEAR)]
