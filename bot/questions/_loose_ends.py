"""What a question shows must stand on its own: no pointer into the handout, no broken-off phrase.

Notes point at their own pages ("Several stages (above)", "see p.12", "(see diagram)") and stop
a line where a list takes over ("kill microbes using one of:"). Shown to a student in a question,
the pointer points nowhere and the phrase stops mid-way (round 18, class 3: B59 keyed "Several
stages (above)", B53 "Which term means: “kill microbes using one of”?"). A pointer in brackets is
left out of what is shown (the explanation still quotes the notes as written); a question whose
stem, options or answers still point elsewhere or break off is not asked.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.questions._model import BLANK, Question, QuestionKind

# Where the notes point: "above", "below", "p.12", "page 4", "fig. 3", "the diagram".
_PLACE = (
    r"(?:above|below|opposite|overleaf|earlier|later|previous\s+page|next\s+page"
    r"|p\.?\s*\d+|pp\.?\s*\d+(?:\s*[-–]\s*\d+)?|pages?\s+\d+(?:\s*[-–]\s*\d+)?"
    r"|fig(?:ure)?\.?\s*\d+[a-z]?"
    r"|(?:the\s+)?(?:diagram|table|graph|chart|notes?)(?:\s+\d+)?"
    r"(?:\s+(?:above|below|opposite|overleaf|on\s+p\.?\s*\d+))?)"
)
_BRACKETED = re.compile(
    rf"(?i)\s*\((?:see\s+|cf\.?\s+|as\s+)?{_PLACE}\)"
    r"|\s*\((?:see|cf\.?)\s+(?:section|unit|topic|part|chapter)\s+\w{1,4}\)"
    # a section of the notes by its number alone: "(see 5)", "(see 2.1)", "(cf. §3)"
    r"|\s*\((?:see|cf\.?)\s+§?\s*\d{1,2}(?:\.\d{1,2})*[a-z]?\)"
)
_POINTER = re.compile(rf"(?i)\bsee\s+{_PLACE}\b|\bas\s+(?:above|below)\b|\((?:see|cf)\b[^()]*\)")
# Words a phrase cannot end on: it runs on into a list the question does not show. A stranded
# preposition ends a phrase well ("the age a person is expected to live to"), and "of" does
# after a word that takes it ("what it is made of"). Lower case only: "Vitamin A", "Plan A" end
# on a letter, not an article; "Cl-" ends on an ion's charge, not a dash.
_DANGLING = frozenset(
    "the a an and or such as e.g e.g. eg i.e i.e. ie include includes including using via".split()  # noqa: SIM905
)
_TAKES_OF = frozenset("made composed consists consist aware out".split())  # noqa: SIM905
_TRAILING = " \t\"'”’*_?!"
# The last letters of the words above: a phrase ending otherwise is checked no further.
_LAST_LETTERS = frozenset(word[-1] for word in (*_DANGLING, "of"))
# A word every pointer holds: most questions hold none, and skip the patterns.
_MARKS = (
    "see ",
    "above",
    "below",
    "opposite",
    "overleaf",
    "earlier",
    "later",
    "page",
    "p.",
    "pp.",
    "fig",
    "diagram",
    "table",
    "graph",
    "chart",
    "notes",
    "cf",
)
_QUOTED = re.compile(r"“([^“”]+)”")


def without_loose_ends(question: Question) -> Question | None:
    """`question` with bracketed pointers into the notes left out of its stem, options and
    answers; None when something shown still points elsewhere or breaks off. The same question
    when it has neither (most questions: checked without a copy)."""
    # A definition quoted as the stem ("Which term means: “…”?"); a heading quoted in "listed
    # under “Plants compete for”" is a list's lead-in, which may end so.
    quoted = (
        _QUOTED.findall(question.prompt) if question.kind is QuestionKind.DEFINITION_TO_TERM else []
    )
    if any(breaks_off(text) for text in (*question.answers, *question.options, *quoted)):
        return None
    shown = " ".join((question.prompt, *question.answers, *question.options)).lower()
    if not any(mark in shown for mark in _MARKS):
        return question  # nearly every question: nothing points anywhere
    prompt = _cut(question.prompt)
    answers = tuple(_cut(answer) for answer in question.answers)
    options = tuple(_cut(option) for option in question.options)
    if any(not text.strip() for text in (prompt, *answers, *options)):
        return None
    if any(_POINTER.search(text) for text in (prompt, *answers, *options)):
        return None
    if prompt == question.prompt and answers == question.answers and options == question.options:
        return question
    return replace(
        question,
        prompt=prompt,
        answers=answers,
        options=options,
        explanation=_cut(question.explanation),
        hint=None if question.hint is None else _cut(question.hint),
        hints=tuple(_cut(hint) for hint in question.hints),
    )


def _cut(text: str) -> str:
    if "(" not in text:
        return text
    return _BRACKETED.sub("", text)


def breaks_off(text: str) -> bool:
    """True for a phrase ending on a word that leads into more ("using one of", "such as")."""
    if text.endswith(BLANK):
        return False
    end = text.rstrip(_TRAILING)
    if not end:
        return False
    mark = end[-1]
    if mark == ":":
        return True
    if mark in "-–—":
        return end[-2:-1] == " "
    if mark not in _LAST_LETTERS:
        return False  # most phrases: no dangling word ends in this letter
    cut = end.rfind(" ")
    last = end[cut + 1 :]
    if last == "of":
        before = end[:cut].rstrip()
        return before[before.rfind(" ") + 1 :].lower() not in _TAKES_OF
    if last == "as":
        return end[:cut].rstrip().endswith("such")
    return last in _DANGLING
