"""Numbers, quantities and dates as students type them, parsed to exact values.

A typed number is graded by value, never by spelling: "30,000", "30 000", "30k" and "thirty
thousand" are one number, and "1965" is simply not 1956 (no fuzzy matching on digits). Values are
`Fraction`s so that "1/6", "one sixth" and "0.5" compare exactly. Where the text has two readings
("10m" is ten million or ten metres, "20%" is twenty or a fifth) every reading is kept, and two
quantities are equal when any of their readings meet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache

from bot._eras import era_last
from knowledge.frozen import quick_init

Value = Fraction | tuple[Fraction, Fraction]
"""A number, or an inclusive range such as 1953–1964."""

_DASHES = str.maketrans(
    {"‐": "-", "‑": "-", "‒": "-", "–": "-", "—": "-", "−": "-", "⁄": "/", "∕": "/", "’": "'"}
    # "12½%", "3¾ miles": a vulgar fraction is the fraction it shows, after its whole number
    | {"½": " 1/2", "⅓": " 1/3", "⅔": " 2/3", "¼": " 1/4", "¾": " 3/4", "⅕": " 1/5"}
    | {"⅖": " 2/5", "⅗": " 3/5", "⅘": " 4/5", "⅙": " 1/6", "⅚": " 5/6", "⅛": " 1/8"}
    | {"⅜": " 3/8", "⅝": " 5/8", "⅞": " 7/8"}
)
_TOKEN = re.compile(
    r"""
    (?P<num>
        \d{1,3}(?:[,'\u00a0\u202f\u2009\x20]\d{3})+(?!\d)   # 30,000  30 000  1'000'000
      | \d{1,3}(?:\.\d{3}){2,}(?!\d)                      # 1.000.000 (continental grouping)
      | \d+\.\d+ | \.\d+                                  # 3.5  .5
      | \d+,\d{1,2}(?!\d)                                 # 2,5 (decimal comma)
      | \d+
    )(?P<tail>[^\W\d_]*)                                  # 4th, 30k, 10m, 10km
    | (?P<word>[^\W\d_]+)
    | (?P<sym>[%$£€¥₽/+×*^-])
    """,
    re.VERBOSE,
)
_GROUP_SEPARATORS = re.compile(r"[,'\u00a0\u202f\u2009\x20]")
_DOTTED_THOUSANDS = re.compile(r"\d{1,3}\.\d{3}")
_DECIMAL_COMMA = re.compile(r"\d+,\d{1,2}")

_UNITS = {
    "zero": 0, "nought": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
_TEENS = {
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES = {
    "thousand": 10**3, "million": 10**6, "billion": 10**9, "trillion": 10**12,
    "dozen": 12,  # "a dozen", "two dozen", "3 dozen"
}  # fmt: skip
_ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
    "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
    "thousandth": 1000, "millionth": 10**6,
}  # fmt: skip
# Ordinals that also name a fraction after "one"/"a" ("one sixth"); "second" and "first" never do.
_SINGULAR_PARTS = {w: n for w, n in _ORDINALS.items() if n >= 3} | {"half": 2, "quarter": 4}
_PLURAL_PARTS = {w + "s": n for w, n in _SINGULAR_PARTS.items() if w != "half"} | {"halves": 2}
_NUMBER_WORDS = NUMBER_WORDS = (
    _UNITS.keys() | _TEENS.keys() | _TENS.keys() | _SCALES.keys() | _ORDINALS.keys()
    | _SINGULAR_PARTS.keys() | _PLURAL_PARTS.keys() | {"hundred"}
)  # fmt: skip
_CARDINAL_WORDS = CARDINAL_WORDS = (
    _UNITS.keys() | _TEENS.keys() | _TENS.keys() | _SCALES.keys() | {"hundred"}
)
_RUN_GLUE = frozenset({"and", "a", "an"})

# Scale written straight after digits ("30k", "2bn") or as the next word ("10 m").
_SUFFIX_SCALES = {"k": 10**3, "mn": 10**6, "mln": 10**6, "bn": 10**9}
_AMBIGUOUS_SUFFIXES = {"m": 10**6, "b": 10**9}  # also metres / bytes: keep both readings
_ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
_LEADING = frozenset(
    {
        "about", "around", "approximately", "approx", "roughly", "circa", "ca", "c", "nearly",
        "almost", "over", "under", "above", "below", "more", "less", "fewer", "than", "some",
        "up", "to", "least", "most",  # "up to 97%", "at least 4,000", "at most 3"
        "just", "exactly", "only", "precisely", "by", "in", "on", "at", "the", "year", "us",
        "usd", "gbp", "eur", "$", "£", "€", "¥", "₽", "+",
        # a scale named before its reading: "pH 4.5–5.5" is answered by "4.5 to 5.5"
        "ph", "mach", "magnitude",
    }
)  # fmt: skip
_MAX_UNIT_WORDS = 4

_MONTHS = MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
    "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
_MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December",
)  # fmt: skip

Token = tuple[str, str, str]
"""(kind, text, tail): kind is "num", "word" or "sym"; tail is the letters glued to a number."""


@quick_init
@dataclass(frozen=True, slots=True)
class Quantity:
    """A number as written in an answer, with the words around it set aside."""

    values: frozenset[Value]
    shown: str
    ordinal: bool = False
    units: tuple[str, ...] = ()

    def same_as(self, other: Quantity) -> bool:
        """True when some reading of one is a reading of the other."""
        return not self.values.isdisjoint(other.values)


@quick_init
@dataclass(frozen=True, slots=True)
class CalendarDate:
    """A day and month, a month and year, or all three ("4th Nov", "November 1956")."""

    day: int | None
    month: int
    year: int | None

    @property
    def shown(self) -> str:
        parts = [str(self.day)] if self.day is not None else []
        parts.append(_MONTH_NAMES[self.month - 1])
        if self.year is not None:
            parts.append(str(self.year))
        return " ".join(parts)

    def satisfies(self, expected: CalendarDate) -> bool:
        """True when this (given) date says what `expected` says; a part left out of either is not
        held against it, except that a day the question asks for must be there."""
        if self.month != expected.month:
            return False
        if expected.day is not None and self.day != expected.day:
            return False
        return self.year is None or expected.year is None or self.year == expected.year


def tokenise(text: str) -> list[Token]:
    """Numbers (with glued letters), words and the symbols that matter to a quantity."""
    return list(_tokenised(text))


# A word token of `_TOKEN` is a whole run of letters (a number's glued letters are its tail, also
# a run): the runs of a text hold every word it tokenises to, and maybe a tail or two more.
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=1024)
def _glance(text: str) -> tuple[bool, frozenset[str]]:
    """Whether `text`, prepared as `tokenise` prepares it, holds a digit, and its letter runs
    (a superset of its word tokens)."""
    prepared = _prepared(text)
    return _DIGIT.search(prepared) is not None, frozenset(_LETTER_RUN.findall(prepared))


def _prepared(text: str) -> str:
    """`text` casefolded, its dashes, fraction slashes and curly apostrophe made ASCII; an ASCII
    text (most answers) has none of them, so only the casefold is paid for."""
    return text.casefold() if text.isascii() else text.translate(_DASHES).casefold()


def _may_name_a_month(text: str) -> bool:
    """False when no word of `text` is a month's name, so it is no date (`parse_date`): a big
    deck's grader reads each of its tens of thousands of names as a date and as a quantity, and
    tokenising each for that was about half of the grader's build."""
    return not _MONTHS.keys().isdisjoint(_glance(text)[1])


def _may_hold_a_number(text: str) -> bool:
    """False when `text` has neither a digit nor a number word, so it states no quantity
    (`parse_quantity`: every amount starts with digits or a number word)."""
    digit, runs = _glance(text)
    return digit or not _NUMBER_WORDS.isdisjoint(runs)


@lru_cache(maxsize=1024)
def _tokenised(text: str) -> tuple[Token, ...]:
    """`tokenise`, kept for the last texts: an answer is read as a date and then as a quantity,
    each tokenising it (twice for each of a big deck's 44,000 names, as its grader is built)."""
    tokens: list[Token] = []
    for m in _TOKEN.finditer(_prepared(text)):
        num, tail, word, sym = m.groups()  # one call for the four groups, in `_TOKEN`'s order
        if num is not None:
            tokens.append(("num", num, tail))
        elif word is not None:
            tokens.append(("word", word, ""))
        else:
            tokens.append(("sym", sym, ""))
    return tuple(tokens)


def format_value(value: Value) -> str:
    """A value as a student would write it: "30,000", "10 million", "2.5", "1/6", "1953–1964"."""
    if isinstance(value, tuple):
        return f"{format_value(value[0])}–{format_value(value[1])}"
    if value.denominator == 1:
        n = value.numerator
        for scale, name in ((10**9, "billion"), (10**6, "million")):
            if abs(n) >= scale and (n * 10) % scale == 0:  # whole, or one decimal place
                whole, tenth = divmod(abs(n) * 10 // scale, 10)
                sign = "-" if n < 0 else ""
                return f"{sign}{whole}.{tenth} {name}" if tenth else f"{sign}{whole} {name}"
        return f"{n:,}" if abs(n) >= 10_000 else str(n)
    return _decimal(value) or f"{value.numerator}/{value.denominator}"


def _decimal(value: Fraction) -> str:
    """`value` as a terminating decimal ("2.5"), or "" when it has none (1/6)."""
    den = value.denominator
    twos = fives = 0
    while den % 2 == 0:
        den //= 2
        twos += 1
    while den % 5 == 0:
        den //= 5
        fives += 1
    if den != 1:
        return ""
    places = max(twos, fives)
    scaled = abs(value.numerator) * 10**places // value.denominator
    digits = str(scaled).rjust(places + 1, "0")
    sign = "-" if value < 0 else ""
    if places == 0:
        return f"{sign}{digits}"
    return f"{sign}{digits[:-places]}.{digits[-places:]}"


def _ordinal_suffix(n: int) -> str:
    """ "st", "nd", "rd" or "th" for the ordinal of `n`."""
    if n % 100 in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")


def _digits_value(raw: str) -> tuple[Fraction, Fraction | None]:
    """The value of a digit token, and a second reading for "30.000" (thirty thousand on the
    continent)."""
    if raw.isdecimal():  # most numbers typed: from an int, not Fraction's parse of a string
        return Fraction(int(raw)), None
    if _DOTTED_THOUSANDS.fullmatch(raw):
        return Fraction(raw), Fraction(raw.replace(".", ""))
    if raw.count(".") > 1:
        return Fraction(raw.replace(".", "")), None
    if _DECIMAL_COMMA.fullmatch(raw):
        return Fraction(raw.replace(",", ".")), None
    grouped = _GROUP_SEPARATORS.sub("", raw)  # "30,000", "30 000": a whole number, mostly
    return Fraction(int(grouped) if grouped.isdecimal() else grouped), None


@dataclass(slots=True)
class _Amount:
    value: Fraction
    alternatives: set[Fraction]
    ordinal: bool = False
    unit: str = ""


def _cardinal(words: list[str]) -> Fraction | None:
    """The value of number words ("one hundred and twenty-five", "nineteen fifty-six")."""
    total = current = 0
    last = ""  # kind of the previous word: unit, teen, ten, hundred, scale
    year_style = False  # "nineteen fifty-six": the pairs are hundreds and units
    for k, word in enumerate(words):
        if word == "and":
            if not last:
                return None
            continue
        if word in ("a", "an"):
            following = words[k + 1] if k + 1 < len(words) else ""
            if last or (following != "hundred" and following not in _SCALES):
                return None
            current, last = 1, "unit"
        elif word in _UNITS:
            if last in ("unit", "teen"):
                return None
            current += _UNITS[word]
            last = "unit"
        elif word in _TEENS or word in _TENS:
            value = _TEENS.get(word) or _TENS[word]
            if last in ("unit", "teen", "ten"):
                if year_style or not 10 <= current <= 99 or total:
                    return None
                current, year_style = current * 100 + value, True
            else:
                current += value
            last = "teen" if word in _TEENS else "ten"
        elif word == "hundred":
            if last == "hundred":
                return None
            current = (current or 1) * 100
            last = "hundred"
        elif word in _SCALES:
            if last == "scale" or year_style:
                return None
            total += (current or 1) * _SCALES[word]
            current, last = 0, "scale"
        else:
            return None
    return Fraction(total + current) if last else None


def _word_amount(words: list[str]) -> _Amount | None:
    """Number words, including fractions ("two thirds", "a half") and ordinals ("twenty-first")."""
    if len(words) > 3 and words[-3:] == ["and", "a", "half"]:
        whole = _cardinal(words[:-3])
        return None if whole is None else _Amount(whole + Fraction(1, 2), set())
    if len(words) > 4 and words[-4:-1] == ["and", "a", "half"] and words[-1] in _SCALES:
        whole = _cardinal(words[:-4])  # "one and a half million"
        if whole is None:
            return None
        return _Amount((whole + Fraction(1, 2)) * _SCALES[words[-1]], set())
    last, head = words[-1], words[:-1]
    if last in _PLURAL_PARTS:
        count = _cardinal(head) if head else None
        return None if count is None else _Amount(count / _PLURAL_PARTS[last], set())
    lone_part = not head and last in ("half", "quarter")  # "sixth" alone is an ordinal
    if last in _SINGULAR_PARTS and (lone_part or head in (["a"], ["an"], ["one"])):
        return _Amount(Fraction(1, _SINGULAR_PARTS[last]), set())
    if last in _ORDINALS:
        base = _cardinal(head) if head else Fraction(0)
        place = _ORDINALS[last]
        # A compound ordinal only adds a smaller place: twenty-first, one hundred and fifth.
        if base is None or (base and (base % 10 or (place >= 10 and base % 100) or place >= base)):
            return None
        return _Amount(base + place, set(), ordinal=True)
    value = _cardinal(words)
    return None if value is None else _Amount(value, set())


def _amount(tokens: list[Token], i: int) -> tuple[_Amount, int] | None:
    """One number starting at `tokens[i]`: digits with their scale, or a run of number words."""
    kind, text, tail = tokens[i]
    if kind == "num":
        value, alternative = _digits_value(text)
        amount = _Amount(value, {alternative} if alternative is not None else set())
        i += 1
        if tail in _ORDINAL_SUFFIXES and value.denominator == 1:
            amount.ordinal = True
            return amount, i
        if tail and not _apply_scale(amount, tail):
            amount.unit = tail  # a glued unit ("10km"): the number stands alone
            return amount, i
        if not tail and value.denominator == 1:
            i = _mixed_part(tokens, i, amount)  # "12 1/2", "12½", "2 and a half"
        while i < len(tokens) and tokens[i][0] == "word" and _apply_scale(amount, tokens[i][1]):
            i += 1
        return amount, i
    if kind != "word" or (text not in _NUMBER_WORDS and text not in ("a", "an")):
        return None
    end = i
    while end < len(tokens) and (
        (
            tokens[end][0] == "word"
            and (tokens[end][1] in _NUMBER_WORDS or tokens[end][1] in _RUN_GLUE)
        )
        or (
            tokens[end] == ("sym", "-", "")
            and end + 1 < len(tokens)
            and tokens[end + 1][1] in _NUMBER_WORDS
        )
    ):
        end += 1
    words = [t[1] for t in tokens[i:end] if t[0] == "word"]
    while words and words[-1] in _RUN_GLUE:
        words.pop()
        end -= 1
    if not words:
        return None
    parsed = _word_amount(words)
    return (parsed, end) if parsed is not None else None


# "2 and a half", "3 and three quarters": the part of a mixed number written in words
_WORDED_PARTS = {
    ("a", "half"): Fraction(1, 2), ("one", "half"): Fraction(1, 2),
    ("a", "quarter"): Fraction(1, 4), ("one", "quarter"): Fraction(1, 4),
    ("three", "quarters"): Fraction(3, 4), ("a", "third"): Fraction(1, 3),
    ("two", "thirds"): Fraction(2, 3),
}  # fmt: skip


def _mixed_part(tokens: list[Token], i: int, amount: _Amount) -> int:
    """Add the fraction of a mixed number after its whole number ("12 1/2", "12½" as
    `_prepared` spells it, "2 and a half") to `amount`, and return the index after it; `i` when
    none follows. Only a proper fraction is one ("1 1/2"; "20 30/40" is no number)."""
    if (
        i + 2 < len(tokens)
        and tokens[i][0] == "num"
        and tokens[i + 1] == ("sym", "/", "")
        and tokens[i + 2][0] == "num"
        and tokens[i][1].isdecimal()
        and tokens[i + 2][1].isdecimal()
        and not tokens[i][2]
        and 0 < int(tokens[i][1]) < int(tokens[i + 2][1]) <= 16
    ):
        amount.value += Fraction(int(tokens[i][1]), int(tokens[i + 2][1]))
        return i + 3
    if i + 2 < len(tokens) and tokens[i][1] == "and":
        part = _WORDED_PARTS.get((tokens[i + 1][1], tokens[i + 2][1]))
        if part is not None:
            amount.value += part
            return i + 3
    return i


def _apply_scale(amount: _Amount, word: str) -> bool:
    """Multiply `amount` by a scale word or suffix; False when `word` is not one."""
    if word == "hundred":
        factor: int | None = 100
    else:
        factor = _SCALES.get(word) or _SUFFIX_SCALES.get(word)
    if factor is not None:
        amount.value *= factor
        amount.alternatives = {a * factor for a in amount.alternatives}
        return True
    if word in _AMBIGUOUS_SUFFIXES:
        amount.alternatives |= {amount.value}
        amount.value *= _AMBIGUOUS_SUFFIXES[word]
        return True
    return False


def _range_end(start: Fraction, end: Fraction, end_text: str) -> Fraction:
    """The end of a range, with a shortened year spelled out ("1953-64" ends in 1964)."""
    if start.denominator == 1 and 1000 <= start < 10000 and len(end_text) == 2:
        century = start.numerator // 100 * 100
        full = century + end.numerator
        return Fraction(full if full >= start else full + 100)
    return end


@lru_cache(maxsize=16384)
def parse_quantity(text: str) -> Quantity | None:
    """The quantity `text` states, or None when it is not a single number with optional words.

    Accepted shapes: optional qualifiers ("about", "in", "$"), a number (digits, digits with a
    scale, number words, an ordinal, a fraction "1/6" / "one in six", or a range "1953-64"), an
    optional percent sign, then at most four unit words ("30,000 troops", "125 die").
    """
    if text.isdecimal():  # the commonest number answer, "1956", read without tokenising
        whole = Fraction(int(text))
        return Quantity(frozenset((whole,)), format_value(whole))
    if not _may_hold_a_number(text):
        return None
    tokens = tokenise(era_last(text))  # "AD 43" read as "43 AD"
    i = 0
    while i < len(tokens) and tokens[i][1] in _LEADING and tokens[i][0] != "num":
        i += 1
    sign = 1
    if i + 1 < len(tokens) and tokens[i][1] in ("-", "minus", "negative"):
        sign, i = -1, i + 1
    if i >= len(tokens):
        return None
    parsed = _amount(tokens, i)
    if parsed is None:
        return None
    amount, i = parsed
    value: Fraction = amount.value if sign == 1 else -amount.value
    readings: set[Value] = {value}
    if amount.alternatives:  # "10m", "30.000": a second reading (most numbers have none)
        readings.update(a if sign == 1 else -a for a in amount.alternatives)
    shown = format_value(value) + (_ordinal_suffix(value.numerator) if amount.ordinal else "")

    if amount.unit == "s" and value.denominator == 1 and value % 10 == 0 and value >= 10:
        readings, shown = {(value, value + 9)}, f"{value}s"  # a decade: "1950s"
    power = _power_of_ten(tokens, i, amount)
    if power is not None:
        mantissa, exponent, i = power
        value = mantissa * sign * Fraction(10) ** exponent
        readings = {value}
        shown = (
            f"{format_value(mantissa * sign)} × 10^{exponent}"
            if mantissa != 1
            else f"10^{exponent}"
        )
    joined = _joined_number(tokens, i, value)
    if joined is not None:
        readings, shown, i = joined
    if i < len(tokens) and (tokens[i][1] in ("%", "percent", "pc", "pct")):
        i += 1
        readings = _as_percent(readings)
        shown += "%"
    elif i + 1 < len(tokens) and tokens[i][1] == "per" and tokens[i + 1][1] == "cent":
        i += 2
        readings = _as_percent(readings)
        shown += "%"

    rest = tokens[i:]
    if not rest and not amount.unit:  # the number alone ("20%", "1/6"): nothing after it to read
        return Quantity(frozenset(readings), shown, amount.ordinal)
    units = (amount.unit,) * bool(amount.unit) + tuple(t[1] for t in rest if t[0] == "word")
    if any(t[0] == "num" for t in rest) or len(units) > _MAX_UNIT_WORDS:
        return None
    if any(w in _CARDINAL_WORDS for w in units):
        return None  # "five and six": two numbers, not one
    if any(t[1] in ("/", "%") for t in rest):
        return None
    return Quantity(frozenset(readings), shown, ordinal=amount.ordinal, units=units)


def _power_of_ten(tokens: list[Token], i: int, amount: _Amount) -> tuple[Fraction, int, int] | None:
    """Scientific notation after a number: "× 10^23", "x 10^-3", "* 10**5", "10^6", or a glued
    "6.02e23". Returns the mantissa, the exponent and the index after the exponent."""
    j = i
    mantissa = amount.value
    if amount.unit == "e":
        pass  # "6.02e23": the exponent follows
    elif j < len(tokens) and tokens[j][1] == "^" and amount.value == 10:
        mantissa, j = Fraction(1), j + 1  # "10^6"
    elif (
        j + 2 < len(tokens)
        and tokens[j][1] in ("×", "x", "*")
        and tokens[j + 1] == ("num", "10", "")
        and tokens[j + 2][1] in ("^", "*")
    ):
        j += 3 + (tokens[j + 2][1] == "*" and j + 3 < len(tokens) and tokens[j + 3][1] == "*")
    else:
        return None
    sign = 1
    if j < len(tokens) and tokens[j][1] in ("-", "+"):
        sign, j = (-1 if tokens[j][1] == "-" else 1), j + 1
    if j >= len(tokens) or tokens[j][0] != "num" or tokens[j][2] or not tokens[j][1].isdigit():
        return None
    exponent = int(tokens[j][1])
    return (mantissa, sign * exponent, j + 1) if exponent <= 400 else None


def _joined_number(
    tokens: list[Token], i: int, first: Fraction
) -> tuple[set[Value], str, int] | None:
    """A fraction ("1/6", "1 in 6", "one out of six") or a range ("1953-64", "5 to 10") that
    continues the number `first` at `tokens[i]`."""
    if i >= len(tokens):
        return None
    kind, text, _ = tokens[i]
    skip = 0
    if (kind, text) in (("sym", "/"), ("word", "in")):
        skip, joiner = 1, "fraction"
    elif i + 1 < len(tokens) and text == "out" and tokens[i + 1][1] == "of":
        skip, joiner = 2, "fraction"
    elif (kind, text) in (("sym", "-"), ("word", "to")):
        skip, joiner = 1, "range"
    else:
        return None
    j = i + skip
    if j >= len(tokens):
        return None
    parsed = _amount(tokens, j)
    if parsed is None or parsed[0].alternatives:
        return None
    second, end = parsed
    if joiner == "fraction":
        whole = first.denominator == 1 and second.value.denominator == 1
        if not whole or not 0 < second.value <= 1000 or (text == "in" and first >= second.value):
            return None
        fraction = first / second.value
        return {fraction}, f"{first}/{second.value}", end
    last = _range_end(first, second.value, tokens[j][1])
    if last <= first:
        return None
    return {(first, last)}, format_value((first, last)), end


def _as_percent(readings: set[Value]) -> set[Value]:
    """Readings of a percentage: the number itself ("20") and the fraction it stands for (1/5)."""
    # (the fifth made as Fraction(20, 100), not 20 / 100: the division's operator dispatch
    # costs as much again, for the same value)
    return readings | {
        Fraction(v.numerator, v.denominator * 100) for v in readings if isinstance(v, Fraction)
    }


@lru_cache(maxsize=16384)
def parse_date(text: str) -> CalendarDate | None:
    """A calendar date in words: "4 November 1956", "4th Nov", "November 4, 1956", "the fourth of
    November", "November 1956". Numeric dates ("4/11/1956") are not read: day and month order differ
    between countries."""
    if text.isdecimal() or not _may_name_a_month(text):
        return None
    tokens = [t for t in tokenise(text) if t[0] != "sym" or t[1] not in "-/"]
    while tokens and tokens[0][1] in ("on", "the", "in"):
        tokens = tokens[1:]
    month_at = next((k for k, t in enumerate(tokens) if t[0] == "word" and t[1] in _MONTHS), -1)
    if month_at < 0:
        return None
    month = _MONTHS[tokens[month_at][1]]
    before = [t for t in tokens[:month_at] if t[1] not in ("the", "of")]
    after = [t for t in tokens[month_at + 1 :] if t[1] not in ("the", "of")]
    day = _day(before) if before else None
    if before and day is None:
        return None
    year = None
    # "November 4, 1956" or "November 1956"
    if after and day is None and (after[0][0] == "word" or len(after[0][1]) <= 2):
        k = 1
        while k < len(after) and after[k][0] == "word" and after[k][1] in _NUMBER_WORDS:
            k += 1
        day = _day(after[:k])
        if day is None:
            return None
        after = after[k:]
    if after:
        if len(after) != 1 or after[0][0] != "num" or after[0][2] or not after[0][1].isdigit():
            return None
        year = int(after[0][1])
    if day is None and year is None:
        return None
    return CalendarDate(day, month, year)


def _day(tokens: list[Token]) -> int | None:
    """A day of the month: "4", "4th", "fourth", "twenty-first"."""
    if len(tokens) == 1 and tokens[0][0] == "num":
        _, text, tail = tokens[0]
        if text.isdigit() and (not tail or tail in _ORDINAL_SUFFIXES) and 1 <= int(text) <= 31:
            return int(text)
        return None
    words = [t[1] for t in tokens]
    if not all(t[0] == "word" for t in tokens) or not words:
        return None
    amount = _word_amount(words)
    if amount is None or amount.value.denominator != 1 or not 1 <= amount.value <= 31:
        return None
    return amount.value.numerator
