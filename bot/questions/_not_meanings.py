"""Labelled lines whose text is an example, a summary or a setting, not what the label means.

The importer reads every "**Label**: text" and "Title - text" line as a term and its
definition. Round 27's blind review (class 5) found lines of three sorts where the text is no
meaning, each asked "Which term means …?" or "What does X mean?":
- a chapter list or a plot summary ("In Quest of a Solution - Holmes learns that Major John
  Sholto … died in 1882"), and a list of settings ("The Thames - the chase ends near the
  Plumstead Marshes"): the text tells what happens there, and a chapter's title is no term;
- a list of methods or examples whose text is one instance of the label ("Pathetic fallacy:
  fog and drizzle over London as Watson and Mary set off (ch. 3)", "Red herring: the creosote
  barrel (ch. 7) and the arrest of Thaddeus"): the student is asked to recognise the method in
  an example, which "Which term means" does not say, and the examples of two methods make poor
  options for each other;
A fact file's slot whose text is a name and then a story ("Ruler: the Oba (king). People
believed the Oba was sacred …") is no term either.
Such a line is asked another way (a cloze on the line) or not at all; its label is no term.
A glossary under "Methods" whose texts say what each test or technique is ("Float test: drop a
spoonful of starter into water to see if it is ready") is read as definitions still: only a
text that reads as an instance (a name, a figure, a quotation, a chapter, a past event, "e.g.")
is taken for one.
"""

from __future__ import annotations

import re

from bot.questions._context import DeckContext, FactRef
from bot.questions._distractors import defining_line
from bot.questions._spans import Span
from knowledge.model import Term

# Headings under which every labelled line tells a story or a place: "Plot summary by chapter",
# "Chapters of our set book", "Episode guide", "Settings", "Key scenes", "Timeline".
_SUMMARY_HEADING = re.compile(
    r"(?i)\b(?:chapters?|summar(?:y|ies)|plot|synopsis|story|storyline|episodes?|scenes?"
    r"|settings?|locations|timeline|chronology|case\s+stud(?:y|ies)|quotations?|quotes)\b"
)
# Headings under which a labelled line may give an instance of its label: "Methods: language,
# form and structure", "Examples of spin-offs", "Techniques", "Devices", "Themes".
_EXAMPLE_HEADING = re.compile(r"(?i)\b(?:examples?|methods?|techniques?|devices?|themes?)\b")
_ONLY_EXAMPLES = re.compile(r"(?i)\bexamples?\b")
# What makes a text read as an instance: a quotation, a chapter or a figure, "e.g.", a name
# after its first word, a verb's past form.
_INSTANCE = re.compile(
    r"[“”\"]|\b(?:ch|chap|chapter|chapters|p|pp)\.?\s*\d|\d|\be\.g\.|\bfor\s+example\b"
    r"|(?<=[a-z,;] )[A-Z][a-z]+|\b[a-z]{3,}ed\b"
)


# A text that is a name and then a new sentence: "Ruler: the Oba (king). People believed …"
# fills a fact file's slot with a name and goes on to tell more.
_NAME_THEN_SENTENCE = re.compile(
    r"(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}\s*(?:\([^()]*\))?\s*[.;]\s+[A-Z]"
)


def example_or_summary(ctx: DeckContext, term: Term) -> bool:
    """True when `term`'s text is an example, a summary or a setting (see the docstring)."""
    definition = term.definition.strip()
    if _NAME_THEN_SENTENCE.match(definition):
        return True
    headings = tuple(_headings(ctx, term))
    said = ctx.once(_heading_readings).get(headings)
    if said is None:
        said = ctx.once(_heading_readings)[headings] = _read_headings(headings)
    if said == _EXAMPLES:
        return _INSTANCE.search(definition) is not None
    return said == _SUMMARY


# What a term's headings say of its lines (`_read_headings`).
_NOTHING, _SUMMARY, _EXAMPLES = 0, 1, 2


def _read_headings(headings: tuple[str, ...]) -> int:
    """`_SUMMARY` under a heading of summaries or of examples only, `_EXAMPLES` under one of
    examples (a line there is one when it reads as an instance), else `_NOTHING`."""
    if any(_SUMMARY_HEADING.search(heading) for heading in headings):
        return _SUMMARY
    if any(_ONLY_EXAMPLES.search(heading) for heading in headings):
        return _SUMMARY
    if any(_EXAMPLE_HEADING.search(heading) for heading in headings):
        return _EXAMPLES
    return _NOTHING


def _heading_readings(_ctx: DeckContext) -> dict[tuple[str, ...], int]:
    """The per-deck memo of `_read_headings` (use `ctx.once(_heading_readings)`): a big deck's
    tens of thousands of terms stand under a few headings."""
    return {}


def _headings(ctx: DeckContext, term: Term) -> list[str]:
    """The titles of the term's sections and the sub-heading its line stands under."""
    titles = [topic.title for topic in map(ctx.deck.topic, term.topics) if topic is not None]
    line = defining_line(ctx, term.term)
    if line is not None:
        titles.append(line.topic.title)
        if line.fact.group:
            titles.append(line.fact.group)
    return titles


# What follows a line's label: "First loaves - the author bakes …", "Cordless tools: a drill …",
# "Lyceum Theatre (the Strand) - meeting place".
_LABEL_AFTER = re.compile(r"\s*(?:\([^()]*\)\s*)?(?::|=|[–—-]\s)")


def blanks_a_summary_label(ref: FactRef, span: Span) -> bool:
    """True when `span` is the label of a line under a heading of chapters, settings or
    examples ("_____ - the author bakes a flat, dense loaf" → a chapter's title, "_____: a
    battery drill developed for …" → an example's name): the cloze asks the same as "Which term
    means …?" would, of a text that is no meaning."""
    if ref.text[: span.start].strip(" *_") or not _LABEL_AFTER.match(ref.text, span.end):
        return False
    headings = [ref.topic.title, *([ref.fact.group] if ref.fact.group else [])]
    return any(
        _SUMMARY_HEADING.search(heading) or _ONLY_EXAMPLES.search(heading) for heading in headings
    )
