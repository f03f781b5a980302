"""A count the line states as part of a whole it also states: a wrong option stays on its side.

`_limits` bounds "230 of the 608 seats" (the part written right before "of the" and its whole).
Notes say it other ways too, and round 28 offered 19 and 22 beside "The UK has 18 species of
bat; _____ of them breed here" (B15): a student rules them out without knowing the subject. So:

- a blank followed by "of them", "of these", "of those" or "of which" is a part of the count the
  line states before it ("18 species …; _____ of them"): no wrong option above that count;
- a blank after "of these," or "Of the 18 astronauts …," is a part of that count ("40,000 plant
  species have been described; of these, around _____ are tree species");
- a blank that is the whole of a part the line states after it ("_____ species; 17 of them
  breed", "The _____ astronauts …, 8 of whom …") gets no wrong option below that part.

A year is never a whole (a date is no count), and only the number nearest the blank is read.
"""

from __future__ import annotations

import re

from bot.questions._numbers import Number, parse_number

_NUM = r"\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?"
# "_____ of them breed": what follows the blank.
_PART_AFTER = re.compile(r"^\s+(?:of\s+(?:them|these|those|which|whom)|out\s+of\s+them)\b", re.I)
# "Of the 18 astronauts on SM3A and SM3B, _____": a whole named before the blank's clause.
_OF_THE_WHOLE = re.compile(
    rf"\bof\s+(?:the|these|those|its|their|all)\s+(?P<n>{_NUM})\b[^;.:]*,\s*(?:\w+\s+){{0,2}}$",
    re.I,
)
# "…; of these, around _____": the whole is the count the line states before "of these". One way
# to read the spaces around the comma (`\s*,?\s*` split a run of spaces every way).
_OF_THESE_BEFORE = re.compile(
    r"\bof\s+(?:them|these|those|which|whom)\s*(?:,\s*)?(?:\w+\s+){0,2}$", re.I
)
_NUMBER = re.compile(rf"(?<![\d,.]){_NUM}(?![\d,]|\.\d)")
# A part stated after the blank: "_____ species; 17 of them breed".
_PART_LATER = re.compile(
    rf"(?<![\d,.])(?P<n>{_NUM})\s+(?:of\s+(?:them|these|those|whom|which))\b", re.I
)
_YEAR = re.compile(r"^(?:1[0-9]{3}|20[0-9]{2})$")


def breaks_part_whole(text: str, start: int, end: int, candidate: str) -> bool:
    """True when `candidate` in place of text[start:end] makes a part larger than its whole, or a
    whole smaller than its part (see the module)."""
    value = parse_number(candidate)
    if value is None:
        return False
    before, after = text[:start], text[end:]
    whole = _whole_before(before, after)
    if whole is not None and value.value > whole.value:
        return True
    part = _part_after(after)
    return part is not None and value.value < part.value


def _whole_before(before: str, after: str) -> Number | None:
    if _PART_AFTER.match(after) or _OF_THESE_BEFORE.search(before):
        cut = _OF_THESE_BEFORE.search(before)
        head = before[: cut.start()] if cut else before
        found = [m.group() for m in _NUMBER.finditer(head) if not _YEAR.match(m.group())]
        return parse_number(found[-1]) if found else None
    named = _OF_THE_WHOLE.search(before)
    if named is not None and not _YEAR.match(named["n"]):
        return parse_number(named["n"])
    return None


def _part_after(after: str) -> Number | None:
    sentence = re.split(r"(?<=[.!?])\s", after, maxsplit=1)[0]
    found = _PART_LATER.search(sentence)
    if found is None or _YEAR.match(found["n"]):
        return None
    return parse_number(found["n"])
