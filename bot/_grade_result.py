"""What grading returns (`Grade`, `Verdict`: the contract `bot.grading` exports) and the
sentences several groups of rules give the student for a form of a name they accept.

A module of its own so that the rule groups split off `bot.grading.Grader` (`bot._grader_names`,
`bot._grader_forms`) can build a grade's parts without importing the grader.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass

from knowledge.frozen import quick_init


class Verdict(enum.StrEnum):
    """Why an answer was accepted or rejected."""

    EXACT = "exact"  # the accepted answer, up to case, accents, punctuation and articles
    ALIAS = "alias"  # another accepted answer, or part of / more of a name ("Nagy" for "Imre Nagy")
    TYPO = "typo"  # accepted with a spelling slip; the reason shows the right spelling
    NUMBER = "number"  # numerically equal ("thirty thousand" for "30,000")
    WRONG = "wrong"
    CLOSE_TO_OTHER = "close_to_other"  # near the answer, but as near to another entity of the deck
    EMPTY = "empty"  # nothing to grade


@quick_init
@dataclass(frozen=True, slots=True)
class Grade:
    """The outcome of grading one answer (made for every answer graded: `quick_init`)."""

    correct: bool
    verdict: Verdict
    expected: str  # the accepted answer that matched, else the first accepted answer
    given: str  # what the student typed, cleaned for display (no control characters, trimmed)
    reason: str  # one short sentence the student reads


_NAME_REASONS = {
    "reorder": "Accepted — usually written “{}”.",
    "part": "Accepted — in full, “{}”.",
    "extended": "Accepted — the answer is “{}”.",
}
_NOTES_SAY = "Accepted — the notes say “{}”."
