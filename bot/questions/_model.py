"""What a quiz question is, and the platform limits every question must fit.

A question is a plain frozen value so the engine, the scheduler and the adapters can pass it around,
store its id and render it without knowing how it was made.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from enum import StrEnum
from operator import attrgetter

from knowledge.frozen import quick_init

# Telegram quiz polls are the tightest target (docs/platform-limits.md).
MAX_PROMPT = 300
MAX_OPTION = 100
MAX_OPTIONS = 10
MAX_EXPLANATION = 200
# A typed answer longer than this is a sentence to reproduce, not a fact to recall.
MAX_TYPED_WORDS = 4
# The mark that stands for the hidden words of a cloze.
BLANK = "_____"
# The mark that stands for words hidden because they would give the answer away.
MASK = "…"
TRUE = "True"
FALSE = "False"


class QuestionKind(StrEnum):
    """How a question asks: typed (cloze, most hand-written ones) or by choosing among options."""

    CLOZE = "cloze"
    CHOICE = "choice"
    WHICH_TOPIC = "which_topic"
    TRUE_FALSE = "true_false"
    CHRONOLOGY = "chronology"
    TERM_TO_DEFINITION = "term_to_definition"
    DEFINITION_TO_TERM = "definition_to_term"
    HANDWRITTEN = "handwritten"
    REASON = "reason"  # which line under a cause/effect/aim lead-in is (or is NOT) one
    MULTI_SELECT = "multi_select"  # every line of the options that is under the lead-in
    MATCHING = "matching"  # each cause paired with its effect


@quick_init
@dataclass(frozen=True, slots=True)
class Question:
    """One quiz question, with everything needed to ask it, grade it and explain it afterwards.

    `id` is stable for the same deck and seed, so the spaced-repetition scheduler can use it as a
    card id. For choice questions `answers` holds the right option text(s) and `correct` their
    indices; for CHRONOLOGY `correct` is the right order of option indices and `answers` the events
    in that order; for MATCHING `correct[i]` is the option (effect) matching cause i of the prompt
    and `answers` those effects in the causes' order; for MULTI_SELECT `correct` lists every right
    option, all of which (and no other) must be picked. `option_notes` says, for a wrong pick,
    where that option comes from in the notes.
    """

    id: str
    kind: QuestionKind
    prompt: str
    answers: tuple[str, ...]
    options: tuple[str, ...] = ()
    correct: tuple[int, ...] = ()
    explanation: str = ""
    source_fact: str = ""
    topic_id: str | None = None
    fact_id: str | None = None
    hint: str | None = None
    hints: tuple[str, ...] = ()  # further hints, each more specific than the one before
    option_notes: tuple[str, ...] = ()  # per option: what it is in the notes ("" when nothing)
    # The notes' line a question on one of its several facts comes from ("" when the question
    # asks its whole line): `_fact_parts.same_source_fact` says which questions ask one fact.
    source_line: str = ""

    def __reduce__(self) -> tuple[type[Question], tuple[object, ...]]:
        """Pickled as its fields in order (a frozen slots dataclass's own pickling looks its
        fields up again for each object, and its unpickling again): a big deck's pool parts
        come from a build worker pickled, thousands of questions at a time."""
        return Question, _question_fields(self)

    @property
    def ordered(self) -> bool:
        """True when the answer is an order of the options (chronology, matching), asked as a
        choice among orderings."""
        return self.kind in (QuestionKind.CHRONOLOGY, QuestionKind.MATCHING)

    @property
    def typed(self) -> bool:
        """True when the student types the answer (no options to choose from)."""
        return not self.options


# Every field of a Question, read at once (in C) for `Question.__reduce__`.
_question_fields = attrgetter(*(field.name for field in fields(Question)))


def shorten(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters at a word boundary, ending with "…" when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    space = cut.rfind(" ")
    if space > limit // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:–-") + "…"
