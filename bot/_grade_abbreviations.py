"""A word of a name written short or in full: "St" / "Saint", "Dr" / "Doctor", "Rd" / "Road",
and an ordinal in digits or in words ("3rd Reich" / "Third Reich": `ordinal_otherwise`).

A teacher takes "Fort Saint Elmo" for the notes' "Fort St Elmo" and "St Louis" for "Saint
Louis": the short form and the word are one word of the name, whichever the notes use. The
grader tries the answer with each such word written the other way (`written_otherwise`) only
once the answer as typed is refused, so a right answer costs nothing more.

Only the words English writes before a name this way — "St", "Mt", "Ft" and the titles "Dr",
"Prof", "Capt", "Lt" ("Doctor Gachet" for "Dr Gachet") — and the nouns of a road after its name
("Rd", "Ave", "Blvd", "Sq": "Grand Trunk Rd"), and a month written short ("Feb", "Sept" for
"February", "September": a date reads them already, a month answered alone did not). "Pt" /
"Point" and "St" / "Street" are left out ("Point" is an everyday word, and "St" after a name is
a street, not a saint, or the other way).
"""

from __future__ import annotations

import re

_OTHER = {
    "st": "Saint", "ste": "Sainte", "mt": "Mount", "ft": "Fort",
    "saint": "St", "sainte": "Ste", "mount": "Mt", "fort": "Ft",
    "dr": "Doctor", "doctor": "Dr", "prof": "Professor", "professor": "Prof",
    "capt": "Captain", "captain": "Capt", "lt": "Lieutenant", "lieutenant": "Lt",
}  # fmt: skip
# One of the words, a dot after a short form maybe, then a space or a hyphen and a name.
_BEFORE_NAME = re.compile(
    r"(?<![\w'’])(?P<word>st|ste|mt|ft|saint|sainte|mount|fort|dr|doctor|prof|professor|capt|"
    r"captain|lt|lieutenant)\.?(?=[\s-]+[^\W\d_])",
    re.IGNORECASE,
)
# The noun of a road after its name, short or in full: "Grand Trunk Rd" / "Grand Trunk Road".
_AFTER_NAME_OTHER = {
    "rd": "Road", "road": "Rd", "ave": "Avenue", "avenue": "Ave", "blvd": "Boulevard",
    "boulevard": "Blvd", "sq": "Square", "square": "Sq",
}  # fmt: skip
_AFTER_NAME = re.compile(
    r"(?<=[^\W\d_][\s-])(?P<word>rd|road|ave|avenue|blvd|boulevard|sq|square)\.?(?![\w'’])",
    re.IGNORECASE,
)

# A month written short ("Feb", "Sept."): the month in full, as a date reads it (`_numbers`).
_MONTH_OTHER = {
    "jan": "January", "feb": "February", "mar": "March", "apr": "April", "jun": "June",
    "jul": "July", "aug": "August", "sep": "September", "sept": "September", "oct": "October",
    "nov": "November", "dec": "December",
}  # fmt: skip
_MONTH = re.compile(
    r"(?<![\w'’])(?P<word>jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?(?![\w'’])",
    re.IGNORECASE,
)


_SHORTEST_LOWER_MONTH = 4  # "sept" says the month in any case; "mar", "dec", "aug" do not


def _a_month_as_written(match: re.Match[str]) -> bool:
    """True when a month's short form is written as a date writes it: capitalised ("Mar",
    "Feb"), with a stop ("mar."), or "sept". Lower case and bare, "mar", "dec", "jun", "aug"
    are words or slips of other words, no month (session 26 review: "mar" for March)."""
    word = match.group("word")
    return word[:1].isupper() or match.group(0).endswith(".") or len(word) >= _SHORTEST_LOWER_MONTH


def month_written_short(word: str) -> bool:
    """True for a folded month written short ("sept"): no doer's name, whatever it spells."""
    return word in _MONTH_OTHER


_TABLES = {_BEFORE_NAME: _OTHER, _AFTER_NAME: _AFTER_NAME_OTHER, _MONTH: _MONTH_OTHER}

_MAX_WORDS = 3


def written_otherwise(given: str) -> list[str]:
    """`given` with one or more of its short forms before a name written in full, or full
    words short ("Fort Saint Elmo": "Ft Saint Elmo", "Fort St Elmo", "Ft St Elmo"); empty when
    it has none. A name has one or two such words, so the few ways are all tried."""
    found = sorted(
        (
            *_BEFORE_NAME.finditer(given),
            *_AFTER_NAME.finditer(given),
            *filter(_a_month_as_written, _MONTH.finditer(given)),
        ),
        key=lambda m: m.start(),
    )
    if not found or len(found) > _MAX_WORDS:
        return []
    ways: list[str] = []
    for mask in range(1, 1 << len(found)):
        pieces: list[str] = []
        end = 0
        for i, match in enumerate(found):
            pieces.append(given[end : match.start()])
            word = match.group("word")
            other = _TABLES[match.re]
            pieces.append(other[word.casefold()] if mask >> i & 1 else match.group(0))
            end = match.end()
        pieces.append(given[end:])
        ways.append("".join(pieces))
    return ways


_ORDINAL_WORDS = (
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth",
    "seventeenth", "eighteenth", "nineteenth", "twentieth",
)  # fmt: skip
_ORDINAL_DIGITS = {
    word: f"{n}{'th' if 10 < n % 100 < 14 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"
    for n, word in enumerate(_ORDINAL_WORDS, start=1)
}
_ORDINAL_BY_DIGITS = {digits: word for word, digits in _ORDINAL_DIGITS.items()}
# An ordinal of the first twenty in digits ("3rd", "11th") or in words ("Third").
_ORDINAL = re.compile(
    r"(?<![\w'’])(?P<word>\d{1,2}(?:st|nd|rd|th)|" + "|".join(_ORDINAL_WORDS) + r")(?![\w'’])",
    re.IGNORECASE,
)


def ordinal_otherwise(given: str) -> list[str]:
    """`given` with its ordinals written the other way, digits for words and words for digits
    ("3rd Battle of Panipat": "Third Battle of Panipat"; "Third Reich": "3rd Reich"); empty
    when it has none. A teacher takes either for the notes' own: the same number, written
    short or in full, as "St" is "Saint"."""
    if _ORDINAL.search(given) is None:
        return []

    def other(match: re.Match[str]) -> str:
        word = match.group("word")
        folded = word.casefold()
        if folded in _ORDINAL_DIGITS:
            return _ORDINAL_DIGITS[folded]
        found = _ORDINAL_BY_DIGITS.get(folded)
        if found is None:  # "25th", or a wrong suffix ("3th"): no ordinal of the table
            return word
        return found.capitalize() if word[:1].isupper() or match.start() == 0 else found

    turned = _ORDINAL.sub(other, given)
    return [turned] if turned != given else []


# Every folded word `written_otherwise` or `ordinal_otherwise` may turn: an answer with none of
# them (most answers) is not read by their patterns at all.
_TURNED_WORDS = (
    frozenset(_OTHER)
    | frozenset(_AFTER_NAME_OTHER)
    | frozenset(_MONTH_OTHER)
    | frozenset(_ORDINAL_WORDS)
)
_ORDINAL_ENDINGS = ("st", "nd", "rd", "th")


def may_be_written_otherwise(words: tuple[str, ...]) -> bool:
    """False when none of the folded `words` is a word `written_otherwise` or
    `ordinal_otherwise` turns ("st", "mount", "rd", "third", "3rd"): then both give nothing,
    and a wrong answer (graded through every rule) skips their patterns."""
    return any(
        word in _TURNED_WORDS or (word[:1].isdigit() and word.endswith(_ORDINAL_ENDINGS))
        for word in words
    )
