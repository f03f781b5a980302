"""A blank at the end of a range: "built 1671–_____", "The Second Anglo-Dutch War (1665–_____)".

Round 26's blind review (class 6) saw the two-digit tail of "1671--77" and "(1665--67)" asked with
options 46 / 77 / 139 / 169: the tail is no year, its options no years, and when a war ended is an
aside of the line. The range is asked whole or not at all, so neither its end nor a start whose
end is a shortened tail ("_____–77") is blanked.
"""

from __future__ import annotations

import re

from bot.questions._spans import NUMERIC_KINDS, Span, SpanKind

# A number then a dash ("1671–", "1665--") right before the blank; a spaced dash joins two years
# only ("1648 – _____"): "in 1666 – 13,200 houses burned" puts a clause after a dash.
_END_OF_RANGE = re.compile(r"\d(?:-{1,2}|[–—])(?:c\.\s*)?$")
_SPACED_END_OF_YEARS = re.compile(r"(?<!\d)\d{3,4}\s+(?:-{1,2}|[–—])\s+(?:c\.\s*)?$")
# A dash then a shortened tail ("–77", "--67") right after the blank.
_SHORT_TAIL_AFTER = re.compile(r"\s*(?:-{1,2}|[–—])\s*\d{1,2}(?!\d)")


def range_end_problem(text: str, span: Span) -> str | None:
    """Why a numeric blank may not be asked as part of a range, or None."""
    if span.kind not in NUMERIC_KINDS and span.kind is not SpanKind.DATE:
        return None
    if not span.text.strip()[:1].isdigit():
        return None
    before = text[: span.start]
    if _END_OF_RANGE.search(before) or (
        span.kind is SpanKind.YEAR and _SPACED_END_OF_YEARS.search(before)
    ):
        return "the blank is the end of a range"
    if _SHORT_TAIL_AFTER.match(text, span.end):
        return "the blank is the start of a range whose end is shortened"
    return None
