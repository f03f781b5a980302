"""How a table's column header reads inside a question's sentence.

A header is a label, not always a noun. Round 20 (class 1) read "Began (Ma, approx.)" as one
("What is the began (Ma, approx.) for Cambrian?", "Which period has the began … “145”?") and
"Fine" (fine-grained rock, beside "Coarse" and "Medium") too ("match each type to its fine").
Here a header is split into its words and the bracket after them (a unit, an "approx."), and:

- a header naming what happened, over times ("Began (Ma, approx.)", "Opened", "Founded" over
  years, dates or a unit of time), is asked as the verb it is: "When did Cambrian begin (Ma)?",
  "Which period began about 145 Ma?", "Cambrian began about 541 Ma." ("When was Rocket built?"
  for a verb whose past form is also its passive);
- a header that is no noun (a question, a phrase ending in a preposition, a past form over
  values that are no times, a describing word) is quoted: "under “Fine”".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.questions._numbers import is_date, parse_number
from bot.questions._spans import SpanKind

# The bracket after a header's words: "Began (Ma, approx.)", "Depth (km)".
_BRACKET = re.compile(r"^(?P<words>[^()]+?)\s*\((?P<inside>[^()]*)\)\s*$")
# A unit in a bracket is a word or three ("million years ago"); more is a note on the column.
_MAX_UNIT_WORDS = 3
_ABOUT = re.compile(r"(?i)^(?:approx\.?|approximately|c\.|ca\.?|circa|about|roughly|est\.?)$")
# Units of time a number may count in ("66 Ma", "1200 BC"): such a column holds when things were.
_TIME_UNITS = frozenset(
    "ma mya ga bya ka kya bc bce ad ce yr yrs year years million years ago".split()  # noqa: SIM905
)
# A column named by what happened, one word: "Opened", "Founded", "Began", "Died".
PAST = re.compile(
    r"(?i)^(?:[a-z]{2,}[^aeiou\W]ed|[a-z]*(?:ied|ued|ated|ised|ized)|built|born|began|begun|won|held"
    r"|led|made|sold|found|fought|kept|met|ran|run|set|took|taken|wrote|written|given|known|rose"
    r"|fell|became|came|left|lost|grew|arose)$"
)
# Past forms of verbs that take no object in a table of when things happened: "When did it
# begin?", never "When was it begun?". Any other past form is read as done to the row ("When was
# the bridge built?", "Which railway was opened in 1830?").
_DONE_BY_ITSELF = {
    "began": "begin",
    "begun": "begin",
    "ended": "end",
    "started": "start",
    "finished": "finish",
    "died": "die",
    "lived": "live",
    "lasted": "last",
    "ruled": "rule",
    "reigned": "reign",
    "happened": "happen",
    "occurred": "occur",
    "erupted": "erupt",
    "appeared": "appear",
    "emerged": "emerge",
    "evolved": "evolve",
    "arrived": "arrive",
    "joined": "join",
    "rose": "rise",
    "fell": "fall",
    "peaked": "peak",
    "arose": "arise",
    "flourished": "flourish",
    "existed": "exist",
    "became": "become",
    "came": "come",
    "left": "leave",
    "retired": "retire",
    "resigned": "resign",
    "collapsed": "collapse",
    "surrendered": "surrender",
    "formed": "form",
}
# Words that describe rather than name, heading a column of a comparison ("Coarse | Medium |
# Fine", "Low | High"): "its fine" is no English. Endings that only describing words have
# ("-ous", "-ful", "-less", "-ible", "-able" in a longer word) count as well.
_DESCRIBING = frozenset(
    """
    fine coarse medium low high hot cold warm cool fast slow short long early late light heavy
    dark pale strong weak wet dry young old new small large big tiny huge thick thin deep shallow
    acidic alkaline neutral positive negative simple complex major minor primary secondary
    tertiary rich poor urban rural internal external direct indirect upper lower inner outer
    hard soft open closed common rare true false good bad best worst better worse similar
    different same mild severe extreme moderate slight great little intrusive extrusive
    top bottom middle centre center front rear left right
    """.split()  # noqa: SIM905
)
_DESCRIBING_ENDINGS = ("ous", "ful", "less", "ible", "able")


@dataclass(frozen=True, slots=True)
class Header:
    """A column header read apart: its words ("Began"), the unit its bracket names ("Ma") and
    whether the bracket says the values are approximate."""

    words: str
    unit: str
    about: bool


def read_header(column: str) -> Header:
    """ "Began (Ma, approx.)" → words "Began", unit "Ma", about; "Depth (km)" → "Depth", "km";
    a header with no bracket, or one holding words ("Composition (silica content)"), is all
    words."""
    name = column.rstrip("?: ").strip()
    found = _BRACKET.match(name)
    if found is None:
        return Header(name, "", about=False)
    parts = [part.strip() for part in found.group("inside").split(",") if part.strip()]
    about = any(_ABOUT.match(part) for part in parts)
    units = [part for part in parts if not _ABOUT.match(part)]
    if len(units) > 1 or any(len(part.split()) > _MAX_UNIT_WORDS for part in units):
        return Header(name, "", about=False)
    return Header(found.group("words").strip(), units[0] if units else "", about=about)


def is_past(column: str) -> bool:
    """True for a header naming what happened ("Opened", "Began (Ma, approx.)")."""
    return bool(PAST.match(read_header(column).words))


def is_describing(column: str) -> bool:
    """True for a one-word header that describes rather than names ("Fine", "High",
    "Porous")."""
    return describing_word(read_header(column).words)


def describing_word(text: str) -> bool:
    """True for one word that describes rather than names ("low", "fine", "porous"): no other
    name of a thing, whatever brackets it sits in."""
    words = text.split()
    if len(words) != 1:
        return False
    word = words[0].lower()
    return word in _DESCRIBING or (
        len(word) > len("able") + 2 and word.endswith(_DESCRIBING_ENDINGS)
    )


def holds_times(column: str, values: list[str]) -> bool:
    """True when every value of a column is a time: a year, a date, or a number counted in the
    header's unit of time ("66" under "Began (Ma)")."""
    if not values:
        return False
    unit = read_header(column).unit.lower()
    for value in values:
        if _is_year(value):
            continue
        if parse_number(value) is None or unit not in _TIME_UNITS:
            return False
    return True


def _is_year(value: str) -> bool:
    number = parse_number(value)
    return is_date(value) or (number is not None and number.kind is SpanKind.YEAR)


def _when(header: Header, value: str) -> str:
    """The value as a time in a sentence: "in 1830", "about 145 Ma", "on 4 July 1776"."""
    if header.unit:
        return f"{'about ' if header.about else ''}{value} {header.unit}"
    if is_date(value) and re.match(r"\d", value):
        return f"on {value}"
    return f"{'in about' if header.about else 'in'} {value}"


def _past(header: Header) -> str:
    """ "began", "was opened": the verb said of the row."""
    word = header.words.lower()
    return word if word in _DONE_BY_ITSELF else f"was {word}"


def ask_when(key: str, column: str) -> str:
    """ "When did Cambrian begin (Ma)?", "When was Rocket built?"."""
    header = read_header(column)
    word = header.words.lower()
    unit = f" ({header.unit})" if header.unit else ""
    verb = _DONE_BY_ITSELF.get(word)
    if verb is not None:
        return f"When did {key} {verb}{unit}?"
    return f"When was {key} {word}{unit}?"


def ask_which_when(thing: str, column: str, value: str) -> str:
    """ "Which period began about 145 Ma?", "Which railway was opened in 1830?"."""
    header = read_header(column)
    return f"Which {thing} {_past(header)} {_when(header, value)}?"


def claim_when(key: str, column: str, value: str) -> str:
    """ "Cambrian began about 541 Ma.", "Rocket was built in 1829."."""
    header = read_header(column)
    return f"{key} {_past(header)} {_when(header, value)}."


def match_when(column: str) -> str:
    """ "when it was founded", "when it began (BC)": what a matching question pairs each row
    with."""
    header = read_header(column)
    unit = f" ({header.unit})" if header.unit else ""
    return f"when it {_past(header)}{unit}"
