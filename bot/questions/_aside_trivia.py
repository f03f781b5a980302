"""Blanks on what a line says in passing: a remark inside brackets, an age, a count of days.

Round 26's blind review (class 7) failed clozes and choices on the incidental detail of a line
whose point stood in the stem: "Gustaf Dalén
(Swedish, _____ company)" → AGA, "(…; first at Maplin Sands in the _____, 1838)" → Thames
Estuary, "swallowed molten lead … and died _____ days later" → 12, "saved nine survivors of the
_____ Forfarshire" → steamship. A bracket of remarks after
the line's claim, a person's age and how many days later something happened are not what the
line teaches; its claim is asked instead. A year in such a bracket ("(Vasco da Gama, 1498)") often
dates what the line tells, and is still asked.
"""

from __future__ import annotations

import re

from bot.questions._spans import Span, SpanKind

# "(aged _____)", "(age _____)", "aged _____,": an age given in passing.
_AGE_BEFORE = re.compile(r"\b(?:aged|age)\s+$", re.IGNORECASE)
# "_____ days later", "_____ weeks afterwards": how long after, in a story.
_THE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)
_NAME_AFTER = re.compile(r" [A-Z][a-z]+\b")
_LATER_AFTER = re.compile(
    r"\s*(?:days?|weeks?|months?|hours?|minutes?)\s+(?:later|afterwards|after|earlier|before)\b",
    re.IGNORECASE,
)


def _names_the_kind(text: str, span: Span) -> bool:
    """True for one lower-case word between "the" and a name: "survivors of the _____
    Forfarshire" -> steamship. The name is what the line tells; the word only says what it is."""
    word = span.text.strip()
    if " " in word or not word.isalpha() or not word.islower():
        return False
    return bool(_THE_BEFORE.search(text[: span.start])) and bool(_NAME_AFTER.match(text, span.end))


def aside_trivia_problem(text: str, span: Span) -> str | None:
    """Why the blank is a detail the line gives in passing, or None."""
    if span.marked:
        return None
    before = text[: span.start]
    if _names_the_kind(text, span):
        return "the blank is the kind of thing the name after it is"
    if span.kind is SpanKind.QUANTITY or span.kind is SpanKind.YEAR:
        if _AGE_BEFORE.search(before):
            return "the blank is an age given in passing"
        if _LATER_AFTER.match(text, span.end):
            return "the blank is how long after, told in passing"
    opened = before.rfind("(")
    if opened < 0 or ")" in before[opened:]:
        return None
    closed = text.find(")", span.end)
    if closed < 0:
        return None
    inside_before = before[opened + 1 :]
    if not inside_before.strip():
        return None  # the bracket opens with the blank: it names what the words before are
    if span.kind in (SpanKind.YEAR, SpanKind.DATE):
        return None  # "(Vasco da Gama, _____)" -> 1498: the year of what the line tells
    if "," in inside_before or ";" in inside_before:
        # "(Swedish, _____ company)", "(…; first at Maplin Sands in the _____)": one remark of several
        return "the blank is one remark of a bracket of remarks"
    return None
