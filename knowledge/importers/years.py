"""Years written in a title: "1956", "1953-64", "1953–1964", "1950s"; never guessed."""

from __future__ import annotations

import re

_YEAR = r"(?:1\d{3}|20\d{2})"
_RANGE = re.compile(rf"(?<!\d)({_YEAR})\s*(?:-|–|—|to)\s*(\d{{4}}|\d{{2}})(?!\d)")
_DECADE = re.compile(rf"(?<!\d)({_YEAR})'?s\b")
_SINGLE = re.compile(rf"(?<![\d£$€])({_YEAR})(?!\d)")


def _range_end(start: int, written: str) -> int | None:
    """The end of a range: "64" after 1953 is 1964, "02" after 1998 is 2002."""
    if len(written) == 4:
        end = int(written)
    else:
        end = start // 100 * 100 + int(written)
        if end < start:
            end += 100
    return end if start <= end <= 2099 else None


def years_in(text: str) -> tuple[int, int] | None:
    """The first and last year written in `text`, ranges and decades expanded; None if none."""
    found: list[int] = []
    remaining = text
    for match in _RANGE.finditer(text):
        start = int(match.group(1))
        end = _range_end(start, match.group(2))
        if end is not None:
            found += [start, end]
            remaining = remaining.replace(match.group(0), " ")
    for match in _DECADE.finditer(remaining):
        start = int(match.group(1))
        if start % 10 == 0:
            found += [start, start + 9]
            remaining = remaining.replace(match.group(0), " ")
    found += [int(year) for year in _SINGLE.findall(remaining)]
    if not found:
        return None
    return min(found), max(found)


def years_value(span: tuple[int, int]) -> int | str:
    """The deck format's `years`: an int for one year, "1953-1964" for a range."""
    start, end = span
    return start if start == end else f"{start}-{end}"


def years_label(span: tuple[int, int]) -> str:
    """The years as a reader writes them: "1956" or "1953–1964"."""
    start, end = span
    return str(start) if start == end else f"{start}–{end}"
