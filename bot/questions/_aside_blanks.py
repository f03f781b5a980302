"""Blanks a teacher would not set on an outline line's asides, labels and exclusions.

The round-20 blind review (classes 3 and 4) failed clozes that blank:
- one item of a bracketed list of examples ("war now a WORLD war for Brit (Caribbean, India,
  _____)"): the other places fit as well;
- a date or a name in an aside on a source ("“the shot heard round the world” (Emerson's poem,
  _____)"): who later said it, and when, is not what the line teaches;
- a word of a title in an aside on a person ("Charles Townshend (Chancellor of the _____)"): the
  set phrase gives it, and the line is about the person's duties;
- the label of a line whose content is a name ("_____ = the Mississippi River" → western border):
  the name is what the line teaches;
- a count beside the one left out ("_____ colonies (NOT Georgia) met …"): with the whole among
  the options, the answer is the whole less one;
- the end of a name whose beginning the stem shows ("French and _____" -> Indian War,
  "Administration of _____" -> Justice Act): the set name gives it, and half a name is not what
  the line teaches;
- an approximate year ("(c. _____)" -> 1831): the neighbouring years offered are as right.
Each is read from the line's text alone, in any subject.
"""

from __future__ import annotations

import re

from bot._names import ends_in_category
from bot.questions._spans import NUMERIC_KINDS, Span, SpanKind
from knowledge.text import fold


def aside_blank_problem(text: str, span: Span) -> str | None:
    """Why blanking `span` in `text` asks an aside or gives itself away, or None."""
    bracket = _enclosing_bracket(text, span)
    if bracket is not None:
        opened, inside = bracket
        if span.kind not in NUMERIC_KINDS and _listed_example(inside, span):
            return "the blank is one item of a bracketed list"
        if _SOURCE.search(inside):
            return "the blank is part of an aside naming a source"  # "(_____'s poem, 1837)"
        if (
            span.kind not in NUMERIC_KINDS
            and _NAME_BEFORE.search(text, 0, opened)
            and _TITLE_FIRST.match(inside)
            and not inside.strip().startswith(span.text.strip())
        ):
            return "the blank is part of a title in an aside on a person"
    if span.kind is SpanKind.YEAR and _CIRCA.search(text, 0, span.start):
        return "the blank is an approximate year"
    if (
        span.kind not in NUMERIC_KINDS
        and _NAME_HEAD_BEFORE.search(text, 0, span.start)
        and ends_in_category(tuple(fold(span.text).split()))
    ):
        return "the blank is the end of a name the stem begins"
    if span.kind is SpanKind.QUANTITY and _LEFT_OUT.search(text):
        return "the line names what the count leaves out"
    if (
        not span.marked
        and span.kind not in NUMERIC_KINDS
        and not text[: span.start].strip()
        and span.text.strip() == span.text.strip().lower()
        and _NAME_AFTER_LABEL.match(text, span.end)
    ):
        return "the blank is the label of the name the line gives"
    return None


def _enclosing_bracket(text: str, span: Span) -> tuple[int, str] | None:
    """Where the bracket holding `span` opens and what it holds, or None outside brackets."""
    opened = text.rfind("(", 0, span.start)
    if opened < 0 or text.rfind(")", opened, span.start) >= 0:
        return None
    closed = text.find(")", span.end)
    if closed < 0 or text.find("(", span.end, closed) >= 0:
        return None
    return opened, text[opened + 1 : closed]


def _listed_example(inside: str, span: Span) -> bool:
    """True when the bracket is a list of three or more short items, one of them the blank."""
    items = [item.strip() for item in _ITEMS.split(inside) if item.strip()]
    return (
        len(items) >= _MIN_ITEMS
        and all(len(item.split()) <= _MAX_ITEM_WORDS for item in items)
        and span.text.strip() in items
    )


_ITEMS = re.compile(r",\s*|\s+(?:and|or|\+|&)\s+")
_MIN_ITEMS = 3
_MAX_ITEM_WORDS = 3
# An aside naming a source: "Emerson's poem", "(from his book, 1859)", "(speech, 1775)".
_SOURCE = re.compile(
    r"(?i)[’']s\s+[a-z]+|\b(?:poem|book|novel|song|speech|film|play|painting|essay|letter|diary"
    r"|memoir|article|report|interview|lecture|sermon|pamphlet)\b"
)
# A capitalised name right before the bracket: "Charles Townshend (".
_NAME_BEFORE = re.compile(r"[A-Z][\w'’-]+\s*$")
# A bracket opening with a capitalised title: "(Chancellor of the …", "(Secretary of State …".
_TITLE_FIRST = re.compile(r"\s*[A-Z][a-z]+\s+(?:of|to|for)\b")
# "(NOT Georgia)", "except Georgia", "all but one": the count says which is left out.
_LEFT_OUT = re.compile(
    r"\bNOT\s+[A-Z][a-z]|\((?i:not|except|excluding)\s|\b(?i:all but|apart from)\b"
)
# "= the Mississippi River", ": Thomas Jefferson", "= the city of Chang'an": what follows the
# label is a name.
_NAME_AFTER_LABEL = re.compile(
    r"\s*(?:=|:)\s+(?:(?:the|a|an)\s+)?(?:[a-z]+\s+(?:of\s+)?){0,2}[A-Z][\w'’-]+"
)
# "(c. _____)", "circa _____", "approx. _____": a year given as roughly.
_CIRCA = re.compile(r"(?i)\b(?:c\.|ca\.|circa|approx\.?|approximately|about)\s*$")
# A capitalised word and "of"/"and" right before the blank: "Administration of ", "French and ".
# Not "the USA and the _____" (World Bank): a list of names, each whole.
_NAME_HEAD_BEFORE = re.compile(r"\b[A-Z][\w'’-]+\s+(?:of|and|&)\s+$")
