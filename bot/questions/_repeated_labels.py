"""Labels the notes repeat before many lines ("Worked figure: …", "Example: …", "Tip: …").

A key term is defined once (perhaps again in a glossary); a label of the notes' layout opens line
after line, each saying something else. Round 14's blind review found "Efficiency: _____: a motor
given 500 J …" with the answer "Worked figure": the label was taken for a term, blanked, asked
and offered as an option. A name that opens three or more lines, or two in one section, is such
a label: never an answer, an option or a term asked, whatever words it is made of.
"""

from __future__ import annotations

import re
from collections import defaultdict
from typing import TYPE_CHECKING

from bot.questions._spans import Span
from bot.questions._term_forms import is_adjective
from knowledge.text import fold

if TYPE_CHECKING:
    from bot.questions._context import DeckContext

# Lines a name must open (with different text after it) to be a label anywhere in the notes.
_LINES = 3
# Decks with more lines than this are card lists, not notes with a layout of their own.
_MAX_LINES = 5000


def repeated_labels(ctx: DeckContext) -> frozenset[str]:
    """The folded names that open `_LINES` or more lines, or two lines of one section, each with
    its own text (made once per deck: `DeckContext.once`)."""
    seen: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    if len(ctx.facts) > _MAX_LINES:
        return frozenset()  # a flashcard upload: each card its own line, labels or not
    for ref in ctx.facts:
        split = _label(ref.text)
        if split is not None:
            seen[fold(split[0])][ref.topic.id].add(fold(split[1]))
    labels = set()
    for name, topics in seen.items():
        bodies = [body for found in topics.values() for body in found]
        if len(set(bodies)) >= _LINES or any(len(found) > 1 for found in topics.values()):
            labels.add(name)
    return frozenset(labels)


def is_repeated_label(ctx: DeckContext, name: str) -> bool:
    """True when `name` is a label the notes repeat (`repeated_labels`), not a term."""
    return fold(name) in ctx.once(repeated_labels)


def describes_a_statement(label: str, text: str) -> bool:
    """True for a describing word before a statement ("Unreliable: no electricity is generated
    when the wind is not blowing"): a label of a point in the notes, not a term with a meaning;
    blanked or asked "Which term means …?", it wants one word of the many a teacher would take
    ("intermittent", "unpredictable")."""
    return is_adjective(label, text)  # read so only before a statement (`term_form`)


def blanks_repeated_label(ctx: DeckContext, text: str, span: Span) -> bool:
    """True when `span` is the whole of a label opening `text` that the notes repeat ("_____: a
    motor …" -> "Worked figure") or that describes a statement (`describes_a_statement`)."""
    split = _label(text)
    if split is None:
        return False
    label, rest = split
    if not is_repeated_label(ctx, label) and not describes_a_statement(label, rest):
        return False
    start = text.find(label)
    return start >= 0 and span.start <= start and span.end >= start + len(label)


# "Worked figure: …", "Exam tip: …": a few words and a colon opening the line.
_LABELLED = re.compile(r"^\W*([^\W\d_][\w'’ -]{0,40}?)\s*:\s+(\S.*)$")
_MAX_LABEL_WORDS = 4


def _label(text: str) -> tuple[str, str] | None:
    """The label opening a line and what follows it, or None."""
    if ":" not in text:
        return None  # no colon, no label (most lines): not matched at all
    found = _LABELLED.match(text)
    if found is None or len(found.group(1).split()) > _MAX_LABEL_WORDS:
        return None
    return found.group(1), found.group(2)
