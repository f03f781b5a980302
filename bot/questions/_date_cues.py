"""How plainly a line is dated, and how much of each topic is: a cue a "Which topic?" question
must not give away.

A history of a theory in a science deck ("1859: Darwin published …", "Late 1800s: chromosomes
were observed …") is the only section whose lines start with a date: asked which section such a
line belongs to, a student picks the dated one without knowing anything. So a dated line is
only asked among topics whose lines are dated about as often as its own topic's (half as often
will do): then the date tells nothing. The other way round, a section of date-led lines among
ones without is a wrong option anyone rules out. Topics seldom dated are alike, whatever their
odd dated line.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.questions._context import DeckContext
from knowledge.search._lemma import MONTH_NAMES, month_or_ordinal
from knowledge.text import fold

UNDATED, HOLDS_YEAR, DATE_LED = 0, 1, 2
# "1859", "1800s", "2019": a year (or a decade or century written with its year).
_YEAR = re.compile(r"(?<!\d)(?:1\d{3}|20\d{2})s?(?!\d)")
# A line's label, before ": " or a spaced dash ("20 September 1066: …", "1831-1836 – …").
_LABEL = re.compile(r"^\s*(?P<label>[^:—–]{1,40}?)\s*(?::\s|\s[—–-]\s)")
# Words a date label may hold beside its numbers and months: "Late 1800s", "c. 1500", "mid-1960s".
_DATE_WORDS = frozenset(
    """
    early late mid c ca circa the in by around about from to and until between century centuries
    decade bc ad bce ce st nd rd th
    """.split()  # noqa: SIM905
)
# A topic counts as dated from this share of its lines; a line of a less dated topic gives no cue.
DATED_TOPIC = 0.25
# Wrong topics must be dated at least this share as often as the right one.
_AS_OFTEN = 0.5


def date_form(text: str) -> int:
    """DATE_LED for a line led by a date label ("1859: …", "Late 1800s: …"), HOLDS_YEAR for any
    other line naming a year, UNDATED otherwise."""
    if not _YEAR.search(text):
        return UNDATED
    found = _LABEL.match(text)
    if found is not None and _YEAR.search(found.group("label")):
        words = fold(found.group("label")).split()
        if all(_date_word(word) for word in words):
            return DATE_LED
    return HOLDS_YEAR


def _date_word(word: str) -> bool:
    return (
        word[:1].isdigit()
        or word in _DATE_WORDS
        or word in MONTH_NAMES
        or month_or_ordinal(word) is not None
    )


@dataclass(frozen=True, slots=True)
class DatedShares:
    """Per topic id, the share of its statements naming a year and led by a date label."""

    holds_year: dict[str, float]
    date_led: dict[str, float]

    def share(self, topic_id: str, form: int) -> float:
        shares = self.date_led if form == DATE_LED else self.holds_year
        return shares.get(topic_id, 0.0)

    def alike(self, form: int, answer_id: str, other_id: str) -> bool:
        """True when a topic can be a wrong option for a line of date form `form` under
        `answer_id`. A line naming a year is asked only among topics dated about as often as
        its own (a dated line among undated sections names its section by its date); and
        neither topic may be led by dates much more often than the other, whatever the line:
        "History of the periodic table" (every line "1869: …") among "Group 1", "Group 7" and
        "Transition metals" is ruled out by its kind alone."""
        if not _alike(self.share(answer_id, DATE_LED), self.share(other_id, DATE_LED)):
            return False
        if form == UNDATED:
            return True
        mine = self.share(answer_id, HOLDS_YEAR)
        return mine < DATED_TOPIC or self.share(other_id, HOLDS_YEAR) >= mine * _AS_OFTEN


def _alike(one: float, other: float) -> bool:
    low, high = sorted((one, other))
    return high < DATED_TOPIC or low >= high * _AS_OFTEN


def dated_shares(ctx: DeckContext) -> DatedShares:
    """The deck's `DatedShares` (worked out once per deck: `DeckContext.once`)."""
    holds_year: dict[str, float] = {}
    date_led: dict[str, float] = {}
    for topic in ctx.deck.topics:
        forms = [date_form(ref.text) for ref in ctx.topic_facts(topic.id) if ref.is_statement]
        if forms:
            holds_year[topic.id] = sum(form >= HOLDS_YEAR for form in forms) / len(forms)
            date_led[topic.id] = sum(form == DATE_LED for form in forms) / len(forms)
    return DatedShares(holds_year, date_led)
