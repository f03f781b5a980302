"""Questions whose stem has lost what its line is about: a pronoun subject with nothing named
before it, or a label cut short at a formatting boundary.

The blind review of round 28 (class 3) found "It drinks about _____ ml of blood a night" (the
vampire bat is named only on the line above) and a label quoted as “Causes (the “ecocide” view”
(cut at an italic run, its bracket and quotes left open); class 2 found the key "Autumn:
swarming" (a lead-in and its first bold word read as one run). A student cannot tell what the first
is about, and the second is not readable. A pronoun line is still asked when the stem names its
subject just before it, as the line's parent ("The family (Branwell): He painted …", "The physics
(The Sun): its tidal effect …"); otherwise it is not asked. A topic's title is no such subject
("Feeding: It drinks …").
"""

from __future__ import annotations

import re

from bot.questions._context import DeckContext
from bot.questions._model import Question, QuestionKind

# A line opening with a pronoun for its subject (or a possessive standing for it).
_PRONOUN_FIRST = re.compile(r"(?i)^\W*(?:It|They|He|She|Its|Their|His|Her|These|Those)\b(?!['’])")
# The parent a stem names in brackets before the line: "Topic (Parent): line".
_PARENT = re.compile(r"\(([^()]*(?:\([^()]*\)[^()]*)*)\):\s*$")
# A parent that names one thing: a few capitalised words ("Branwell", "The Sun").
_NAMED = re.compile(r"(?:[A-Z][\w'’.-]*)(?:\s+[A-Z][\w'’.-]*){0,3}")
# A short key holding a label and its text: "Autumn: swarming" (two bold runs read as one).
# A table's "Kenya: 31" (a column and its value) is no such key.
_LEAD_IN = re.compile(r"^[^:\d]{2,30}:\s+[^\W\d_][^\d]*$")
_BLANK_KINDS = frozenset({QuestionKind.CLOZE})
_PAIRS = (("(", ")"), ("[", "]"), ("“", "”"))


def context_problem(question: Question, ctx: DeckContext) -> str | None:
    """Why the question's stem has lost its context, or None (module docstring)."""
    if unbalanced(question.prompt) or any(unbalanced(option) for option in question.options):
        return "the stem has an unclosed bracket or quote"
    if question.kind in _BLANK_KINDS and any(_LEAD_IN.match(key) for key in question.answers):
        return "the key takes in its line's lead-in label"  # "Autumn: swarming"
    line = (question.source_line or question.source_fact).strip()
    if not line or not _PRONOUN_FIRST.match(line):
        return None
    if _names_the_subject(question.prompt, line) or _titled_subject(question, ctx, line):
        return None
    return "the line's subject is a pronoun"


def unbalanced(text: str) -> bool:
    """True when a bracket or curly quote opens in `text` and never closes (or the reverse)."""
    if any(text.count(left) != text.count(right) for left, right in _PAIRS):
        return True
    return text.count('"') % 2 == 1


def _names_the_subject(prompt: str, line: str) -> bool:
    """True when the stem names one thing just before the line: the pronoun's subject."""
    head = line.split(maxsplit=1)[0].strip("\"“‘'")
    at = re.search(rf":\s+{re.escape(head)}\b", prompt, re.IGNORECASE)
    if at is None:
        return False
    found = _PARENT.search(prompt[: at.start() + 1])
    return found is not None and _NAMED.fullmatch(found.group(1).strip()) is not None


def _titled_subject(question: Question, ctx: DeckContext, line: str) -> bool:
    """True when the stem opens the line with its topic's title and that title names a thing
    ("The safety bicycle: It had …", "Mount Etna: Its last eruption …"), not a side of one: a
    lone "-ing" word names an activity ("Feeding: It drinks …", whose "it" is the bat above)."""
    topic = ctx.deck.topic(question.topic_id) if question.topic_id else None
    if topic is None:
        return False
    if any(fact.group and fact.text == question.source_fact for fact in topic.facts):
        return False  # its parent line or sub-heading is what "it" stands for, not the title
    title = topic.title.strip()
    words = title.split()
    if not words or (len(words) == 1 and words[0].casefold().endswith("ing")):
        return False
    head = line.split(maxsplit=1)[0].strip("\"“‘'")
    return (
        re.search(rf"{re.escape(title)}:\s+{re.escape(head)}\b", question.prompt, re.I) is not None
    )
