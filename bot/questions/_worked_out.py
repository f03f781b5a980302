"""Blanks the rest of the stem answers: a number worked out from the stem, a range's end.

A number is worth asking when it must be recalled. The stem gives it away when it can be worked
out from what the stem prints beside the blank: the same value in another form ("1 in 4 chance
(25%)", "three quarters (75%)", "0.5 (1 in 2)"), or one sum, difference, product or quotient of
two numbers the stem prints ("2 Ω and 3 Ω make 5 Ω", "23 pairs of chromosomes (46 in total)",
"3 A through a lamp of 4 Ω, so 12 V"). A code of capital letters is given away by the letters
the stem spells out ("one X and one Y chromosome (XY)").

A blank at one end of a range ("rose from _____ to 40%", "between 1949 and _____") is trivial or
open: the direction and the other end leave a handful of values, or any value on one side fits.
Neither end of a from…to or between…and pair is blanked, nor one side of a ratio ("_____:1"), nor
the 1 of odds ("_____ in 25 people"): a line's other blanks are asked instead.

Each check reads the stem a student sees (label and line, a dropped gloss left out), so it holds
for every kind of question with a blank, whatever built it.
"""

from __future__ import annotations

import re
from fractions import Fraction
from itertools import permutations

from bot.questions._model import BLANK
from bot.questions._numbers import parse_number, scan_numbers
from bot.questions._spans import SpanKind

_SCALES = {"thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12}
_WORD_VALUES: dict[str, Fraction] = {
    **{
        word: Fraction(value)
        for value, word in enumerate(
            "zero one two three four five six seven eight nine ten eleven twelve".split(),  # noqa: SIM905
            start=0,
        )
    },
    "half": Fraction(1, 2),
    "halved": Fraction(1, 2),
    "quarter": Fraction(1, 4),
    "quarters": Fraction(1, 4),
    "third": Fraction(1, 3),
    "thirds": Fraction(1, 3),
    "pair": Fraction(2),
    "pairs": Fraction(2),
    "twice": Fraction(2),
    "double": Fraction(2),
    "doubled": Fraction(2),
    "triple": Fraction(3),
    "tripled": Fraction(3),
    "trebled": Fraction(3),
    "threefold": Fraction(3),
    "fourfold": Fraction(4),
    "quadrupled": Fraction(4),
    "fivefold": Fraction(5),
    "tenfold": Fraction(10),
    "dozen": Fraction(12),
}
_WORD = re.compile(r"[a-z]+")
# "three quarters", "two thirds": a fraction written in words.
_WORD_FRACTION = re.compile(
    r"\b(one|two|three|four|five)[\s-]+(halves|thirds|quarters|fifths|tenths)\b", re.IGNORECASE
)
_PARTS = {"halves": 2, "thirds": 3, "quarters": 4, "fifths": 5, "tenths": 10}
# Years differ by a span of years; they are never added to or multiplied with a count.
_MAX_YEAR_GAP = 200

_FILLER = r"(?:(?:about|around|roughly|approximately|almost|nearly|over|under|just|some|c\.)\s+)?"
# One slot of a range: the blank or a number, with what may stand round it ("March 1984",
# "8% in 1972", "about 10 kΩ in the dark", "$3", "400,000 V").
_SLOT = r"(?:[^,;:()]|(?<=\d),(?=\d)){0,40}?"
_TOKEN = r"(?:[^\s,;:()]|(?<=\d),(?=\d))+"
# The far end: its first words ("March 1985", "24% in 1975", "3 million in 1983").
_END = rf"{_TOKEN}(?:\s+{_TOKEN}){{0,3}}"
_TO = r"(?:to|until|till|up to|down to)"
_RANGES = (
    re.compile(rf"\bfrom\s+{_FILLER}(?P<a>{_SLOT})\s+{_TO}\s+{_FILLER}(?P<b>{_END})", re.I),
    re.compile(rf"\bbetween\s+{_FILLER}(?P<a>{_SLOT})\s+and\s+{_FILLER}(?P<b>{_END})", re.I),
    # A range carried on: "cut from 83% to 60% in 1979 and to _____ in 1988".
    re.compile(
        rf"\bfrom\s+(?P<a>[^;.]{{1,80}}?)\s+(?:and|then|and then)\s+{_TO}\s+{_FILLER}(?P<b>{_END})",
        re.I,
    ),
    re.compile(r"(?P<a>\S+)\s*(?:→|->|⟶)\s*(?P<b>\S+)"),
    # A range written with a dash: "about _____-35 degrees C", "about 30,000–_____ rebels".
    re.compile(
        rf"(?P<a>{re.escape(BLANK)}|\d[\d,.]*)\s?[-–—]\s?(?P<b>{re.escape(BLANK)}|\d[\d,.]*)"
    ),
)
_DIGIT = re.compile(r"\d")
_RATIO_SIDE = re.compile(rf"{re.escape(BLANK)}\s*:\s*\d|\d\s*:\s*{re.escape(BLANK)}")
_ODDS_ONE = re.compile(rf"{re.escape(BLANK)}\s+in\s+(?:every\s+)?\d")
_CODE = re.compile(r"[A-Za-z]{2,3}")


def worked_out(prompt: str, answer: str) -> str | None:
    """Why the stem `prompt` (with its blank) gives `answer` away or leaves it open; else None."""
    if BLANK not in prompt:
        return None
    number = parse_number(answer)
    if number is None and _DIGIT.search(answer) is None:
        spelt = stem_works_out(prompt, answer)
        return "the stem spells out the answer" if spelt else None
    if range_end(prompt):
        return "the blank is one end of a range"
    if _RATIO_SIDE.search(prompt):
        return "the blank is one side of a ratio"
    if answer.strip() == "1" and _ODDS_ONE.search(prompt):
        return "the blank is the 1 of odds"  # "_____ in 25 people" -> 1
    return "the stem works the number out" if stem_works_out(prompt, answer) else None


def stem_works_out(prompt: str, answer: str) -> bool:
    """True when the rest of `prompt` (its blank left out) gives `answer`: a number in one step,
    a multiple in words, or a code's letters. A true/false that changes such a value is false
    on sight ("13 pairs of chromosomes (46 in total)"), so it is not asked either."""
    rest = prompt.replace(BLANK, " ")
    word = _WORD_VALUES.get(answer.strip().lower())
    if word is not None:  # "raised the price _____, from 3 dollars to 12 dollars" -> fourfold
        return _derivable(SpanKind.QUANTITY, {word}, _numbers(rest))
    number = parse_number(answer)
    if number is None:
        return _DIGIT.search(answer) is None and _spelt_code(answer, rest)
    return _derivable(number.kind, _values(answer), _numbers(rest))


def range_end(prompt: str) -> bool:
    """True when the blank is one end of a from…to / between…and range whose other end is a
    number ("fell from _____ to 75%", "from March 1984 to March _____")."""
    if _DIGIT.search(prompt) is None:
        return False  # every range found must have a digit on one side: most stems have none
    for pattern in _RANGES:
        for found in pattern.finditer(prompt):
            a, b = found.group("a"), found.group("b")
            if (BLANK in a and _DIGIT.search(b)) or (BLANK in b and _DIGIT.search(a)):
                return True
    return False


def turns_range(text: str, start: int, end: int, candidate: str) -> bool:
    """True when `candidate` in place of `text[start:end]`, one end of a from…to or between…and
    range, would turn the range round ("Inflation rose from 40% in 1972 to 24%"): a true/false
    then reads false on sight."""
    was, now = parse_number(text[start:end]), parse_number(candidate)
    if was is None or now is None:
        return False
    marked = text[:start] + BLANK + text[end:]
    for pattern in _RANGES[:3]:
        for found in pattern.finditer(marked):
            a, b = found.group("a"), found.group("b")
            other = b if BLANK in a else a if BLANK in b else None
            ends = [s for s in scan_numbers(other or "").spans if s.kind is was.kind]
            far = parse_number(ends[0].text) if ends else None
            if far is not None and (
                now.value == far.value or (was.value < far.value) != (now.value < far.value)
            ):
                return True
    return False


def _spelt_code(answer: str, rest: str) -> bool:
    """True for a short letter code whose every letter stands alone in the stem: "XY" beside
    "one X and one Y chromosome", "XX" beside "two X chromosomes"."""
    code = answer.strip()
    if not _CODE.fullmatch(code) or not any(ch.isupper() for ch in code):
        return False
    alone = set(re.findall(r"(?<![\w-])([A-Za-z])(?![\w-])", rest))
    return set(code) <= alone


def _values(text: str) -> set[Fraction]:
    """The values `text` (one number) stands for: as written and scaled, a percentage also as
    a share ("25%" is 25 and 1/4)."""
    number = parse_number(text)
    if number is None:
        return set()
    value = number.value
    scale = next((v for word, v in _SCALES.items() if word in number.suffix.lower()), 1)
    found = {value, value * scale}
    if number.kind is SpanKind.PERCENT:
        found.add(value / 100)
    return found


def _numbers(rest: str) -> list[tuple[set[Fraction], bool]]:
    """The numbers of the stem beside the blank, each as its values and whether it is a year."""
    numbers: list[tuple[set[Fraction], bool]] = []
    for span in scan_numbers(rest).spans:
        if span.kind is SpanKind.DATE:
            continue
        values = _values(span.text)
        if values:
            numbers.append((values, span.kind is SpanKind.YEAR))
    taken: list[tuple[int, int]] = []
    for found in _WORD_FRACTION.finditer(rest):
        top, parts = _WORD_VALUES[found.group(1).lower()], _PARTS[found.group(2).lower()]
        numbers.append(({top / parts}, False))
        taken.append(found.span())
    for found in _WORD.finditer(rest.lower()):
        word = found.group()
        if word in _WORD_VALUES and not any(a <= found.start() < b for a, b in taken):
            numbers.append(({_WORD_VALUES[word]}, False))
    return numbers


def _derivable(
    kind: SpanKind, answer: set[Fraction], numbers: list[tuple[set[Fraction], bool]]
) -> bool:
    """True when a value of the answer is a value of the stem, or one step of arithmetic on two
    of its numbers (years only as a year and a gap of years)."""
    if any(answer & values for values, _ in numbers):
        return True
    year = kind is SpanKind.YEAR
    for (one, one_year), (other, other_year) in permutations(numbers, 2):
        for x in one:
            for y in other:
                if one_year or other_year or year:
                    results = _year_steps(x, one_year, y, other_year, year)
                else:
                    results = {x + y, x - y, x * y}
                    if y:
                        results.add(x / y)
                if answer & results:
                    return True
    return False


def _year_steps(x: Fraction, x_year: bool, y: Fraction, y_year: bool, year: bool) -> set[Fraction]:
    """Sums a student can do with years: the gap between two years, or a year and a gap."""
    if x_year and y_year and not year:
        return {x - y}
    if year and x_year and not y_year and 0 < y <= _MAX_YEAR_GAP:
        return {x + y, x - y}
    return set()
