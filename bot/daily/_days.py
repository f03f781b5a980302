"""Days of the week as teachers write them: `mon-fri`, `weekdays`, `weekends`, `mon,wed,fri`, `daily`.

Days are Python weekdays, 0 = Monday … 6 = Sunday (PTB's JobQueue counts from Sunday; we never
hand days to it, so there is one numbering here).
"""

from __future__ import annotations

DAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
EVERY_DAY = frozenset(range(7))
WEEKDAYS = frozenset(range(5))
WEEKENDS = frozenset({5, 6})

_KEYWORDS = {
    "daily": EVERY_DAY,
    "everyday": EVERY_DAY,
    "all": EVERY_DAY,
    "weekdays": WEEKDAYS,
    "weekday": WEEKDAYS,
    "weekends": WEEKENDS,
    "weekend": WEEKENDS,
}
_SPELLINGS = {
    0: ("mon", "monday", "mo"),
    1: ("tue", "tues", "tuesday", "tu"),
    2: ("wed", "weds", "wednesday", "we"),
    3: ("thu", "thur", "thurs", "thursday", "th"),
    4: ("fri", "friday", "fr"),
    5: ("sat", "saturday", "sa"),
    6: ("sun", "sunday", "su"),
}
_DAY_BY_NAME = {spelling: day for day, names in _SPELLINGS.items() for spelling in names}
_HINT = "Use days like mon-fri, weekdays, weekends, mon,wed,fri or daily."


class DaysError(ValueError):
    """Days that could not be read; the message says which part and what would work."""


def parse_days(value: str) -> frozenset[int]:
    """`mon-fri` -> {0, 1, 2, 3, 4}. Ranges may wrap (`fri-mon`); parts join with commas."""
    folded = value.strip().casefold().replace("–", "-").replace("—", "-")
    if not folded:
        raise DaysError(f"No days given. {_HINT}")
    if folded in _KEYWORDS:
        return _KEYWORDS[folded]
    days: set[int] = set()
    for raw in folded.split(","):
        part = raw.strip()
        if not part:
            continue
        if part in _KEYWORDS:
            days |= _KEYWORDS[part]
        elif "-" in part:
            first, _, last = part.partition("-")
            start, end = _day(first, value), _day(last, value)
            days.update((start + step) % 7 for step in range((end - start) % 7 + 1))
        else:
            days.add(_day(part, value))
    if not days:
        raise DaysError(f"No days given in “{value.strip()}”. {_HINT}")
    return frozenset(days)


def looks_like_days(value: str) -> bool:
    """Whether `value` was meant as days (some part names a day), so a typo gets a days error."""
    parts = value.casefold().replace("–", "-").replace(",", "-").split("-")
    return any(part.strip() in _DAY_BY_NAME or part.strip() in _KEYWORDS for part in parts)


def describe_days(days: frozenset[int]) -> str:
    """{0..4} -> "Monday to Friday"; {0, 2, 4} -> "Monday, Wednesday and Friday"."""
    if days == EVERY_DAY:
        return "every day"
    if days == WEEKENDS:
        return "weekends"
    ordered = sorted(days)
    run = _wrapping_run(days)
    if run is not None and len(days) >= 3:
        return f"{DAY_NAMES[run[0]]} to {DAY_NAMES[run[1]]}"
    names = [DAY_NAMES[day] for day in ordered]
    if len(names) == 1:
        return f"{names[0]}s"
    return ", ".join(names[:-1]) + " and " + names[-1]


def _wrapping_run(days: frozenset[int]) -> tuple[int, int] | None:
    """(first, last) when the days are consecutive, possibly across Sunday -> Monday."""
    for start in days:
        if (start - 1) % 7 not in days:
            end = start
            while (end + 1) % 7 in days:
                end = (end + 1) % 7
            length = (end - start) % 7 + 1
            return (start, end) if length == len(days) else None
    return None


def _day(name: str, whole: str) -> int:
    day = _DAY_BY_NAME.get(name.strip())
    if day is None:
        shown = name.strip() or "(nothing)"
        raise DaysError(f"“{shown}” in “{whole.strip()}” is not a day of the week. {_HINT}")
    return day
