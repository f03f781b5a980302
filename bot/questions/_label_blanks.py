"""Blanks on the notes' own furniture: a list's lead-in label, an abbreviation in brackets, the
number of a numbered name or of the handout.

The round-13 blind review found "_____: effects on populations of wild flowers …" → "Concerns
about GM crops" (the label introducing a list, not a term it defines), "before implantation
(_____)" → IVF (the bracket only abbreviates what stands before it), "Order No. _____" → 1 and
"Unit _____" → 2. Each asks how the notes are written, not what they teach; the line is asked
on its other words instead.
"""

from __future__ import annotations

import re

from bot.questions._label_values import labels_examples
from bot.questions._spans import NUMERIC_KINDS, Span, SpanKind
from knowledge.importers.definitions import is_generic_label

# "Label: …" with the label near the start of the line.
_LABEL_END = re.compile(r":\s")
_MAX_LABEL = 60
# "(IVF)", "(SRs)": an abbreviation alone in brackets.
_ABBREVIATION = re.compile(r"[A-Z][A-Z0-9&]{1,6}s?")
# "Order No. 1", "Symphony no. 5", "#3": the number of a numbered name.
_NUMBER_SIGN = re.compile(r"(?:\b(?:No|Nos|Nr|Number)\.?|\bno\.|#|№)\s*$")
# "Unit 2", "Paper 1", "page 45", "Year 10", "Psalm 51": where something is in a course or a book.
_PLACE_IN_COURSE = re.compile(
    r"\b(?:unit|chapter|paper|page|pages|pp|lesson|module|topic|section|question|figure"
    r"|fig|slide|week|year|yr|grade|level|tier|component"
    # a passage of a book: "Psalm 51", "verse 3", "stanza 2"
    r"|psalm|verse|stanza|canto|paragraph)\.?\s+$",
    re.IGNORECASE,
)


def label_blank_problem(text: str, span: Span) -> str | None:
    """Why blanking `span` asks about the notes' furniture rather than their content, or None."""
    if _whole_lead_label(text, span):
        return "the blank is the label introducing the line"
    if _abbreviation_in_brackets(text, span):
        return "the blank is an abbreviation in brackets"
    if span.kind in NUMERIC_KINDS and span.kind is not SpanKind.YEAR:
        before = text[: span.start]
        if _NUMBER_SIGN.search(before):
            return "the blank is the number of a numbered name"
        if _PLACE_IN_COURSE.search(before):
            return "the blank numbers a part of the course or the book"
    return None


def _whole_lead_label(text: str, span: Span) -> bool:
    """True for a blank on the whole of a "Label: …" line's label when the label names a slot of
    the notes (`is_generic_label`: "Concerns about GM crops: effects on …", "Examples: …")
    rather than a term."""
    found = _LABEL_END.search(text)
    if found is None or found.start() > _MAX_LABEL or span.start >= found.start():
        return False
    label = text[: found.start()]
    start = len(label) - len(label.lstrip(' *_"“'))
    end = len(label.rstrip(' *_"”'))
    if not (span.start <= start and span.end >= end):
        return False
    value = text[found.end() :]
    return (
        is_generic_label(label[start:end])
        or _named_value(value)
        or labels_examples(label[start:end], value.strip(), doing=False)
    )


# "Capital: Abuja. Largest city: Lagos", "Population: 200 million": a label with a name of a
# word or two and the next slot after it, or with a figure, is a slot of a fact file, not a term
# the value defines (round 17, B12: "_____: Abuja" keyed "Capital"); the value is asked, not the
# label. A card "Dog: Hund" is a word and its meaning, blanked either way.
_NAMED_VALUE = re.compile(
    r"\s*[*_]*[A-Z0-9][\w,.%-]*(?:\s+[\w%-]+)?[*_]*\s*[.;]\s+[*_]*[A-Z][\w ]{0,30}:\s"
    r"|\s*[*_]*\d[\d,.%]*(?:\s+[\w%-]+)?[*_]*\s*(?:[.;]\s|[.;]?$)"
)


def _named_value(rest: str) -> bool:
    return _NAMED_VALUE.match(rest) is not None


def _abbreviation_in_brackets(text: str, span: Span) -> bool:
    """True when the blank is all of a bracket and an abbreviation: "before implantation
    (_____)" → IVF. A bracket spelling out what stands before it ("A (_____)" → adenine) is
    asked."""
    answer = span.text.strip()
    before = text[: span.start].rstrip()
    after = text[span.end :].lstrip()
    return (
        before.endswith("(")
        and after.startswith(")")
        and _ABBREVIATION.fullmatch(answer) is not None
        and bool(before[:-1].strip())
    )
