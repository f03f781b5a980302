"""Wrong options that are also right: a date inside the key's date.

Round 27 (class 4): "Which date has the event “British Punitive Expedition …”?" keyed "Feb 1897"
offered "18 Feb 1897" (the city's capture, another row) as a wrong option. A student who knows
the expedition reached Benin City on 18 February is not wrong, and one who picks "Feb 1897" must
guess which of two true answers is wanted. The same holds for a year beside a month of it
("1897" and "Feb 1897"), and a year inside a range ("1904" beside "1904–1905"). So a wrong
option whose date overlaps the key's is left out; a question left with too few options is not
asked.

Dates are read here, not with a date library: a library fills a partial date ("Feb 1897") with
a default day, and the span a partial date covers is the point.
"""

from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import replace

from bot.questions._model import Question, QuestionKind

_MONTHS = {
    name.casefold(): number
    for number in range(1, 13)
    for name in (calendar.month_name[number], calendar.month_abbr[number])
}
_MONTHS["sept"] = 9
_CIRCA = r"(?:c\.\s*|ca\.\s*|circa\s+|about\s+)?"
_ORDINAL = r"(?:st|nd|rd|th)?"
_ONE = re.compile(
    rf"^{_CIRCA}(?:(?P<day>\d{{1,2}}){_ORDINAL}\s+(?P<month>[A-Za-z]{{3,9}})\.?\s+(?P<year>\d{{3,4}})"
    rf"|(?P<month2>[A-Za-z]{{3,9}})\.?\s+(?P<day2>\d{{1,2}}){_ORDINAL},?\s+(?P<year2>\d{{3,4}})"
    rf"|(?P<month3>[A-Za-z]{{3,9}})\.?\s+(?P<year3>\d{{3,4}})"
    rf"|(?P<year4>\d{{3,4}})(?:\s*(?:AD|CE))?)$",
    re.IGNORECASE,
)
_RANGE = re.compile(r"^(?P<first>.+?)\s*(?:–|—|-|to)\s*(?P<last>.+)$")
# Fewer wrong options than this and a choice question tests nothing (as its builders require).
_MIN_WRONG = 2


def date_span(text: str) -> tuple[int, int] | None:
    """The days (as ordinals) a date covers: a day one, "Feb 1897" the month, "1897" the year,
    "1904–1905" both years; None when `text` is no date of these forms (BC dates are not read)."""
    text = " ".join(text.strip().rstrip(".").split())
    one = _one(text)
    if one is not None:
        return one
    found = _RANGE.match(text)
    if found is None:
        return None
    first, last = _one(found["first"]), _one(found["last"])
    if first is None or last is None or last[1] < first[0]:
        return None
    return first[0], last[1]


def dates_overlap(one: str, other: str) -> bool:
    """True when two different dates share a day: one inside the other, or ranges crossing."""
    if one.strip() == other.strip():
        return False
    first, second = date_span(one), date_span(other)
    if first is None or second is None:
        return False
    return first[0] <= second[1] and second[0] <= first[1]


def without_also_true(question: Question) -> Question | None:
    """`question` with the wrong options whose date overlaps the key's date left out; None when
    fewer than two wrong options are left. Other questions are returned as they are."""
    if question.kind is not QuestionKind.CHOICE or len(question.correct) != 1:
        return question
    key = question.options[question.correct[0]]
    if date_span(key) is None:
        return question
    kept = [
        option for option in question.options if option == key or not dates_overlap(key, option)
    ]
    if len(kept) == len(question.options):
        return question
    if len(kept) - 1 < _MIN_WRONG:
        return None
    notes = question.option_notes
    if notes:
        notes = tuple(
            note for option, note in zip(question.options, notes, strict=True) if option in kept
        )
    return replace(question, options=tuple(kept), correct=(kept.index(key),), option_notes=notes)


def _one(text: str) -> tuple[int, int] | None:
    found = _ONE.match(text)
    if found is None:
        return None
    year = int(found["year"] or found["year2"] or found["year3"] or found["year4"])
    if found["year4"]:
        return _days(year, 1, 1), _days(year, 12, 31)
    month_name = found["month"] or found["month2"] or found["month3"]
    month = _MONTHS.get(month_name.casefold())
    if month is None:
        return None
    day = found["day"] or found["day2"]
    last = calendar.monthrange(year, month)[1]
    if day is None:
        return _days(year, month, 1), _days(year, month, last)
    if not 1 <= int(day) <= last:
        return None
    return _days(year, month, int(day)), _days(year, month, int(day))


def _days(year: int, month: int, day: int) -> int:
    return datetime.date(year, month, day).toordinal()
