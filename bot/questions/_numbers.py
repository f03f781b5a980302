"""Numbers in notes: finding them, telling years from quantities, and making believable wrong ones.

A wrong option must look exactly like the right one, or students pick by shape: "30,000" gets
values written "16,000" or "41,000" (not "16000"), "$10 million" gets "$6 million", a year gets
years a few either side of it. A count, amount or share takes the deck's own values of its unit
first, then values rounded as it is, never a set that steps evenly or whose values are all
multiples of the answer ("30" among 60, 90, 120 is the one the others are built from). Which side
of the answer the wrong ones fall on is drawn at random, so the right answer is not always the
second smallest.
"""

from __future__ import annotations

import math
import random
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from fractions import Fraction
from functools import lru_cache
from itertools import pairwise

from bot.questions._spans import Span, SpanKind

# Thousands grouped by commas ("30,000") or, as in science and most of Europe, by a space or a
# thin space ("400 000 V"): both are one number, never "_____ 000".
_SPACES = "\u0020\u00a0\u2009\u202f"
_NUM = (
    r"\d{1,3}(?:,\d{3})+(?:\.\d+)?"
    rf"|\d{{1,3}}(?:[{_SPACES}]\d{{3}})+(?![\d,]|\.\d)"
    r"|\d+(?:\.\d+)?"
)
_SCALE = r"thousand|million|billion|trillion"
_CURRENCY_WORDS = r"dollars|pounds|euros|roubles|rubles|yen|francs|marks|pesos|rupees"
# Not glued to a word, a currency sign or another number on either side.
_BEFORE = r"(?<![\w$£€¥.,/^])"
_AFTER = r"(?![\w%/^]|[.,]\d)"
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"

# Spans that look numeric but must never be blanked piecemeal ("1953–64", "6.02 × 10^23", "10:30").
_RESERVED = re.compile(
    r"\d{4}\s?[-–—/]\s?\d{2,4}(?!\d)"
    r"|\d+(?:\.\d+)?\s?[×x*]\s?10\s?\^?\s?[-−]?\d+"
    r"|\d+\s?\^\s?[-−]?\d+"
    r"|\d{1,2}:\d{2}"
    r"|\d+\s?-?\s?marks?\b"  # an exam question's worth ("6-mark questions"), not a fact to learn
    rf"|\d+/\d{{1,3}}(?:[{_SPACES}]\d{{3}})+(?!\d)"  # "1/10 000": never "_____ 000"
)
_DATE = re.compile(
    rf"(?<!\w)(?:{_DAY}(?:\s?[-–]\s?{_DAY})?\s+(?:of\s+)?{_MONTH}(?:\s+\d{{4}})?"
    rf"|{_MONTH}\s+{_DAY}(?:,?\s+\d{{4}})?)(?!\w)"
)
_MONEY = re.compile(
    rf"(?P<pre>[$£€¥]\s?)(?P<num>{_NUM})(?P<suf>\s?(?:{_SCALE})\b|(?:bn|m|k)\b)?"
    rf"|{_BEFORE}(?P<num2>{_NUM})(?P<suf2>(?:\s(?:{_SCALE}))?\s(?:{_CURRENCY_WORDS})\b)"
)
_PERCENT = re.compile(rf"{_BEFORE}(?P<num>{_NUM})(?P<suf>\s?%|\s(?:percent|per cent)\b)")
_FRACTION = re.compile(rf"{_BEFORE}(?P<top>\d+)/(?P<bottom>\d+){_AFTER}")
_YEAR = re.compile(
    rf"{_BEFORE}(?P<num>1\d{{3}}|20\d{{2}})"
    rf"(?![\w%/^]|[.,]\d|\s?(?:%|percent|per cent|{_SCALE})\b)"
)
_QUANTITY = re.compile(rf"{_BEFORE}(?P<num>{_NUM})(?P<suf>\s(?:{_SCALE})\b)?{_AFTER}")
_DIGIT = re.compile(r"\d")

_FRACTION_SCALES: tuple[tuple[str, ...], tuple[str, ...]] = (
    ("0.5", "0.25", "0.6"),
    ("2", "1.5", "3", "4"),
)
_YEAR_OFFSETS = 6


@dataclass(frozen=True, slots=True)
class Number:
    """A number as written: its kind, value and the shape to write look-alikes in."""

    kind: SpanKind
    value: Fraction
    decimals: int = 0
    grouped: bool = True  # thousands written with commas
    separator: str = ","  # or the space they are grouped with ("400 000")
    prefix: str = ""  # "$", "£ "
    suffix: str = ""  # "%", " million", " million dollars"
    fraction: bool = False  # written "1/6"

    @property
    def shape(self) -> tuple[SpanKind, str, str, bool]:
        """What two numbers must share to look alike as options."""
        return (self.kind, self.prefix.strip(), self.suffix.strip().lower(), self.fraction)

    def format(self, value: Fraction) -> str:
        """`value` written the way this number is written."""
        if self.kind is SpanKind.YEAR:
            return str(int(value))
        if self.fraction:
            return f"{value.numerator}/{value.denominator}"
        exact = Decimal(value.numerator) / Decimal(value.denominator)
        rounded = exact.quantize(Decimal(1).scaleb(-self.decimals), rounding=ROUND_HALF_UP)
        body = f"{rounded:,.{self.decimals}f}" if self.grouped else f"{rounded:.{self.decimals}f}"
        return f"{self.prefix}{body.replace(',', self.separator)}{self.suffix}"

    def rounded(self, value: Fraction) -> Fraction:
        """`value` as it reads once written (so 62.5 written with no decimals is 63)."""
        if self.kind is SpanKind.YEAR or self.fraction:
            return value
        written = self.format(value).removeprefix(self.prefix).removesuffix(self.suffix)
        return Fraction(written.replace(self.separator, "").replace(",", ""))


@dataclass(frozen=True, slots=True)
class NumberScan:
    """The numeric spans of a text, and the ranges no other rule may blank either."""

    spans: tuple[Span, ...]
    reserved: tuple[tuple[int, int], ...]


_NO_NUMBERS = NumberScan((), ())


def _plain(digits: str, *, kind: SpanKind, prefix: str = "", suffix: str = "") -> Number:
    integer, _, decimals = digits.partition(".")
    separator = next((char for char in integer if not char.isdigit()), ",")
    long_without_commas = separator not in integer and len(integer) >= 4
    return Number(
        kind=kind,
        value=Fraction(digits.replace(separator, "")),
        decimals=len(decimals),
        grouped=not long_without_commas,
        separator=separator,
        prefix=prefix,
        suffix=suffix,
    )


def _from_match(pattern: re.Pattern[str], match: re.Match[str]) -> Number | None:
    groups = match.groupdict()
    if pattern is _MONEY:
        if groups.get("num"):
            return _plain(
                groups["num"], kind=SpanKind.MONEY, prefix=groups["pre"], suffix=groups["suf"] or ""
            )
        return _plain(groups["num2"], kind=SpanKind.MONEY, suffix=groups["suf2"])
    if pattern is _PERCENT:
        return _plain(groups["num"], kind=SpanKind.PERCENT, suffix=groups["suf"])
    if pattern is _FRACTION:
        bottom = int(groups["bottom"])
        if bottom == 0:
            return None
        value = Fraction(int(groups["top"]), bottom)
        return Number(kind=SpanKind.QUANTITY, value=value, fraction=True)
    if pattern is _YEAR:
        return Number(kind=SpanKind.YEAR, value=Fraction(int(groups["num"])))
    return _plain(groups["num"], kind=SpanKind.QUANTITY, suffix=groups.get("suf") or "")


_IN_ORDER = (_MONEY, _PERCENT, _FRACTION, _YEAR, _QUANTITY)


@lru_cache(maxsize=16384)
def parse_number(text: str) -> Number | None:
    """The number `text` is, when all of it is one number ("30,000", "$10 million", "1956").

    Kept per text (a `Number` is frozen): a pool asks it of the same answers and options again
    and again, in its give-away, range, limit and worked-example checks, each a run of regexes
    and Fractions."""
    text = text.strip()
    for pattern in _IN_ORDER:
        match = pattern.fullmatch(text)
        if match:
            return _from_match(pattern, match)
    return None


def is_date(text: str) -> bool:
    """True when the whole of `text` is a day and month ("4th Nov", "16 June 1953")."""
    return bool(_DATE.fullmatch(text.strip()))


# Asked of one line by its spans, its filters, its distractors' range and limit checks and its
# hints (bench_questions: 2,793 calls, 92 texts).
@lru_cache(maxsize=65536)
def scan_numbers(text: str) -> NumberScan:
    """Every year, quantity, percentage, amount of money and date in `text`, left to right."""
    if _DIGIT.search(text) is None:  # every pattern needs a digit: most lines have none
        return _NO_NUMBERS
    taken: list[tuple[int, int]] = []
    reserved: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    for match in _RESERVED.finditer(text):
        taken.append(match.span())
        reserved.append(match.span())
    spans: list[Span] = []
    for match in _DATE.finditer(text):
        if free(*match.span()):
            taken.append(match.span())
            spans.append(Span(match.start(), match.end(), match.group(), SpanKind.DATE))
    for pattern in _IN_ORDER:
        for match in pattern.finditer(text):
            if not free(*match.span()):
                continue
            number = _from_match(pattern, match)
            taken.append(match.span())
            if number is None:
                reserved.append(match.span())
                continue
            spans.append(Span(match.start(), match.end(), match.group(), number.kind))
    spans.sort(key=lambda span: span.start)
    return NumberScan(tuple(spans), tuple(sorted(reserved)))


def look_alikes(
    number: Number,
    rng: random.Random,
    count: int,
    reject: Callable[[str], bool],
    known: Sequence[str] = (),
    *,
    near: bool = False,
) -> list[str]:
    """Up to `count` wrong values written like `number`, none of them `reject`ed.

    `near` keeps a count of nothing named within a few tenths of the answer (an age, a bare
    figure the rest of the line may bound), and takes no deck values of another size.

    `reject` is the caller's check that a value is not true elsewhere in the notes. `known` are
    the deck's other values of the same kind and unit: offered first when near the answer's size.
    A count, amount or share never gets options that step evenly or are all multiples of the
    answer ("30" among 60, 90, 120): the answer would be the one the others are built from.
    """
    answer_text = number.format(number.value)
    seen = {answer_text}

    def usable(value: Fraction) -> str | None:
        if value <= 0 or (number.kind is SpanKind.YEAR and value > 2100):
            return None
        if number.kind is SpanKind.PERCENT and number.value < 100 and value >= 100:
            return None  # over a whole, or all of it ("100% efficient"): ruled out on sight
        if (number.fraction or number.decimals) and number.value < 1 and value >= 1:
            return None  # "0.93" among "0.88", "0.98", never "1.05": written alike, as an index is
        text = number.format(value)
        shown = number.rounded(value)
        if text in seen or shown <= 0 or shown == number.value or reject(text):
            return None
        return text

    if number.kind is SpanKind.YEAR or number.fraction or _reading(number):
        below, above = _candidates(number, rng)
        wanted_below = rng.randint(0, count)
        chosen_below = _take(below, wanted_below, usable, seen)
        chosen_above = _take(above, count - len(chosen_below), usable, seen)
        # One side ran short (e.g. nothing below 1): make up the count from the other side.
        chosen_below += _take(below, count - len(chosen_below) - len(chosen_above), usable, seen)
        return chosen_below + chosen_above
    return _unpatterned(number, rng, count, usable, reject, known, near=near)


# Near sizes, none a simple multiple of another: a student cannot rebuild the answer from them.
_BELOW = tuple(Fraction(m) for m in ("0.4", "0.55", "0.6", "0.7", "0.8"))
_ABOVE = tuple(Fraction(m) for m in ("1.25", "1.4", "1.6", "1.8", "2.2", "2.5"))
# For a bare count (`near`): close either side, as a teacher would offer 35/38/46 beside 42.
_NEAR_BELOW = tuple(Fraction(m) for m in ("0.7", "0.75", "0.8", "0.85", "0.9"))
_NEAR_ABOVE = tuple(Fraction(m) for m in ("1.1", "1.15", "1.2", "1.3", "1.4"))
_NEAR_SPREAD = Fraction(3, 2)
# A deck value this many times larger or smaller than the answer is of another size.
_KNOWN_SPREAD = 5
# Whole multiples or parts the answer would be the hub of.
_SIMPLE = frozenset(Fraction(k) for k in (2, 3, 4, 5, 10))


def _unpatterned(  # noqa: PLR0917 (look_alikes' own arguments, passed on)
    number: Number,
    rng: random.Random,
    count: int,
    usable: Callable[[Fraction], str | None],
    reject: Callable[[str], bool],
    known: Sequence[str],
    *,
    near: bool = False,
) -> list[str]:
    """Wrong values for a count, amount or share: the deck's own values of its unit and size
    first, then scaled ones rounded as the answer is, never a set that forms a pattern."""
    answer = number.value
    spread = _NEAR_SPREAD if near else _KNOWN_SPREAD
    pool: list[tuple[Fraction, str | None]] = []
    sized = [
        (value, text)
        for text in known
        for value in (_known_value(number, text),)
        if value is not None and answer / spread <= value <= answer * spread
    ]
    rng.shuffle(sized)
    pool += sized
    step = _step(number)
    below = [_round_to(answer * m, step) for m in (_NEAR_BELOW if near else _BELOW)]
    above = [_round_to(answer * m, step) for m in (_NEAR_ABOVE if near else _ABOVE)]
    rng.shuffle(below)
    rng.shuffle(above)
    # Which side of the answer the made-up values fall on is drawn, as for any number.
    sides = [below, above] if rng.random() < 0.5 else [above, below]
    mixed = [value for pair in zip(*sides, strict=False) for value in pair]
    mixed += sides[0][len(sides[1]) :] + sides[1][len(sides[0]) :]
    pool += [(value, None) for value in mixed]
    chosen: list[tuple[Fraction, str]] = []
    for value, written in pool:
        if len(chosen) == count:
            break
        text = usable(value)
        if written is not None and text is not None:
            # As the notes write it ("1.5 million" beside "3 million").
            text = None if reject(written) else written
        if text is None or any(value == v or text == t for v, t in chosen):
            continue
        values = [answer, *(v for v, _ in chosen), value]
        if len(values) == count + 1 and patterned(answer, values):
            continue
        chosen.append((value, text))
    if len(chosen) >= 2 and patterned(answer, [answer, *(v for v, _ in chosen)]):
        chosen.pop()
    return [text for _, text in chosen]


def patterned(answer: Fraction, values: Sequence[Fraction]) -> bool:
    """True when options (the answer among them) form a pattern a student can spot: even steps
    (15, 30, 45, 60) or wrong ones that step evenly (40, 50, 60 beside 90), a constant ratio
    (4, 8, 16, 32), or every wrong one a whole multiple or part of the answer (30 among 60, 90,
    120; 12 among 4, 6, 24)."""
    ordered = sorted(values)
    if len(ordered) < 3:
        return False
    steps = {b - a for a, b in pairwise(ordered)}
    if len(steps) == 1:
        return True
    if ordered[0] > 0 and len({b / a for a, b in pairwise(ordered)}) == 1:
        return True
    wrong = [value for value in ordered if value != answer]
    if len(wrong) >= 3 and len({b - a for a, b in pairwise(wrong)}) == 1:
        return True  # 40%, 50%, 60% and 90%: the answer is the odd one out
    return bool(answer) and all(
        value / answer in _SIMPLE or (value and answer / value in _SIMPLE) for value in wrong
    )


def _known_value(number: Number, text: str) -> Fraction | None:
    found = parse_number(text)
    return found.value if found is not None and found.shape == number.shape else None


def _reading(number: Number) -> bool:
    """A reading on a scale ("magnitude 8.8", "pH 6.5"): its options stay a few tenths off."""
    return bool(number.decimals) and number.kind is SpanKind.QUANTITY and not number.suffix.strip()


def _step(number: Number) -> Fraction:
    """What the answer is rounded to, so made-up values look like it: 27,000 to thousands, 25%
    to fives, 230 to tens; at least four steps make the answer, never finer than it is written."""
    finest = Fraction(1, 10**number.decimals)
    # Counted in the finest steps: a size of k of them divides the answer only when the answer
    # is a whole number of them; sizes grow (1, 2, 5, 10, 20, 50, …), so the largest that still
    # goes four times is the last that fits. Integers, not Fractions: this runs per number asked.
    scaled = number.value / finest
    if scaled.denominator != 1:
        return finest
    whole = scaled.numerator
    best = 1
    for size in _STEP_SIZES:
        if size * 4 > whole:
            break
        if whole % size == 0:
            best = size
    return finest * best


# The step sizes `_step` tries, in finest steps: 1, 2 and 5 times each power of ten to 10**12.
_STEP_SIZES = tuple(unit * 10**power for power in range(13) for unit in (1, 2, 5))


def _round_to(value: Fraction, step: Fraction) -> Fraction:
    return step * math.floor(value / step + Fraction(1, 2))


def _take(
    values: list[Fraction], count: int, usable: Callable[[Fraction], str | None], seen: set[str]
) -> list[str]:
    taken: list[str] = []
    while values and len(taken) < count:
        text = usable(values.pop(0))
        if text is not None:
            seen.add(text)
            taken.append(text)
    return taken


def _candidates(number: Number, rng: random.Random) -> tuple[list[Fraction], list[Fraction]]:
    if number.kind is SpanKind.YEAR:
        below_offsets = rng.sample(range(1, _YEAR_OFFSETS + 1), _YEAR_OFFSETS)
        above_offsets = rng.sample(range(1, _YEAR_OFFSETS + 1), _YEAR_OFFSETS)
        return (
            [number.value - offset for offset in below_offsets],
            [number.value + offset for offset in above_offsets],
        )
    if number.fraction:
        down, up = _FRACTION_SCALES
        return (
            [(number.value * Fraction(m)).limit_denominator(20) for m in down],
            [(number.value * Fraction(m)).limit_denominator(20) for m in up],
        )
    # A reading on a scale ("magnitude 8.8", "pH 6.5"): doubling it gives an impossible value,
    # so the wrong options are near it ("7.9", "9.2"), a few tenths to a couple of units away.
    step = Fraction(1, 10**number.decimals)
    offsets = rng.sample(range(3, 25), 8)
    return (
        [number.value - step * k for k in offsets],
        [number.value + step * k for k in offsets],
    )
