"""Chronology questions: put three or four events in order, earliest first.

Events are the deck's dated topics, and facts that date themselves ("… in 1869"). Only events whose
years do not overlap are put together, so there is exactly one right order.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from bot.questions._context import DeckContext
from bot.questions._dated import years_worth_asking
from bot.questions._filters import cites
from bot.questions._hints import chronology_hint
from bot.questions._model import MAX_EXPLANATION, MAX_OPTION, Question, QuestionKind, shorten
from bot.questions._numbers import scan_numbers
from bot.questions._part import WHOLE, Part
from bot.questions._spans import SpanKind
from bot.questions._tables import flattened_row, table_rows
from bot.questions._tidy_stems import lost_referent, verb_led
from bot.questions._words import content_words, pronoun_led
from knowledge.model import stable_id
from knowledge.search._lemma import lemma
from knowledge.text import fold

PROMPT = "Put these in order, earliest first."
SIZES = (3, 4)
_MONTH = (
    r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
)
# a decade ("by 1830s") dates the line as much as a year: it spans a period, not one year
_ANY_YEAR = re.compile(r"\b1\d{3}s?\b|\b20\d{2}s?\b")
# Where an event's label starts a new clause: "…; Witchcraft Act repealed", "protest → pardoned".
_CLAUSES = re.compile(r"\s*(?:;|->|→|=>|⇒)\s*")
# A dated topic spanning more years than this is a period of the course, not an event.
MAX_EVENT_YEARS = 20
# A dated fact needs this many content words left once its year is cut out to name an event.
_MIN_FACT_EVENT_WORDS = 3


@dataclass(frozen=True, slots=True)
class Event:
    """Something that happened, with its years (start == end for a single year)."""

    label: str
    start: int
    end: int
    topic_id: str
    fact_id: str | None
    source: str  # what the year comes from: "Berlin Wall: 13 August 1961", or the dated fact

    @property
    def years(self) -> str:
        return str(self.start) if self.start == self.end else f"{self.start}–{self.end}"

    def apart_from(self, other: Event) -> bool:
        """True when the two events' years do not overlap (so their order is certain)."""
        return self.end < other.start or other.end < self.start


def chronology_questions(
    ctx: DeckContext, part: Part = WHOLE
) -> Iterator[tuple[tuple[Event, ...], Question]]:
    """One question per event (of `part`, all by default), built around it with other events
    drawn by the seed."""
    if not years_worth_asking(ctx.deck):
        return  # notes that date a discovery in passing: its order by years is trivia too
    events = ctx.once(dated_events)
    for position, anchor in enumerate(events):
        if position not in part:
            continue
        rng = ctx.rng(QuestionKind.CHRONOLOGY.value, anchor.label)
        size = rng.choice(SIZES)
        others = [event for event in events if event is not anchor]
        rng.shuffle(others)
        picked = [anchor]
        for event in others:
            # A topic's dates and a line's date are different kinds of thing to order: a heading
            # ("Renaissance medicine, c1500–c1700") among events reads as no event at all.
            if (event.fact_id is None) != (anchor.fact_id is None):
                continue
            if all(event.apart_from(chosen) for chosen in picked):
                picked.append(event)
                if len(picked) == size:
                    break
        if len(picked) < SIZES[0]:
            continue
        in_order = sorted(picked, key=lambda event: event.start)
        options = list(picked)
        rng.shuffle(options)
        if options == in_order:  # already sorted would be no question at all
            options = options[1:] + options[:1]
        labels = tuple(event.label for event in in_order)
        dated = rng.choice(in_order)
        listing = ", ".join(f"{event.label} ({event.years})" for event in in_order)
        if any(event.fact_id is None for event in in_order):
            listing = f"by the dates in this deck, {listing}"
        yield (
            tuple(in_order),
            Question(
                id=stable_id(
                    anchor.topic_id,
                    anchor.fact_id or "",
                    QuestionKind.CHRONOLOGY.value,
                    "|".join(labels),
                ),
                kind=QuestionKind.CHRONOLOGY,
                prompt=PROMPT,
                answers=labels,
                options=tuple(event.label for event in options),
                correct=tuple(options.index(event) for event in in_order),
                explanation=shorten(f"Earliest first: {listing}.", MAX_EXPLANATION),
                source_fact="; ".join(event.source for event in in_order),
                topic_id=anchor.topic_id,
                fact_id=anchor.fact_id,
                hint=chronology_hint(dated.label, dated.years),
            ),
        )


def dated_events(ctx: DeckContext) -> list[Event]:
    """The deck's events with known years, one per label, in deck order."""
    events: dict[str, Event] = {}
    for topic in ctx.deck.topics:
        entity = ctx.index.lookup(topic.title)
        if entity is not None and entity.kind in (SpanKind.PLACE, SpanKind.PERSON):
            continue  # "Poland" is where things happened, not an event to put in order
        if topic.start_year is not None and _cited(topic.title):
            continue  # "Harlow (1958)" is a study's reference, not when something happened
        if topic.start_year is not None and _usable_label(topic.title, 1):
            end = topic.end_year if topic.end_year is not None else topic.start_year
            if end - topic.start_year > MAX_EVENT_YEARS:
                continue  # "Medieval medicine, c1250–c1500" is an era: ordering eras tests nothing
            source = f"{topic.title}: {topic.date or topic.years}"
            event = Event(topic.title, topic.start_year, end, topic.id, None, source)
            events.setdefault(fold(event.label), event)
    rows = ctx.once(table_rows)
    for ref in ctx.statements:
        if ref.fact_id in rows or flattened_row(ref.text):
            continue  # "Detail: Result; Fact: c. 60,000 arrested …" is a row, no event (round 32)
        dated = _dated_fact(ref.text)
        if dated is not None:
            label, year = dated
            event = Event(label, year, year, ref.topic.id, ref.fact_id, ref.text)
            events.setdefault(fold(label), event)
    return list(events.values())


def _dated_fact(text: str) -> tuple[str, int] | None:
    """(the fact without its year, the year) for a fact dated by one year, else None."""
    scan = scan_numbers(text)
    years = [span for span in scan.spans if span.kind is SpanKind.YEAR]
    if len(years) != 1 or scan.reserved or any(s.kind is SpanKind.DATE for s in scan.spans):
        return None
    if cites(text, years[0]):
        return None  # "Becker (1963) argued …": the year references the study
    year = years[0].text
    patterns = (
        rf"\s*\(\s*{year}\s*\)",
        rf"^\s*{year}\s*[:–-]\s*",
        rf"\s*\b[Ii]n\s+(?:(?:early|late|mid)[\s-]+)?(?:{_MONTH}\s+)?{year}\b",
    )
    for pattern in patterns:
        found = re.search(pattern, text)
        if found is None:
            continue
        if pattern is patterns[0] and not _dates_the_line(text, found):
            return None  # "Thomas Telford – … Menai Suspension Bridge (1826); …" dates the bridge
        if _in_brackets(text, found.start()):
            # "Gandhi jailed (sentenced to six years, released in 1924)": the bracket dates its
            # own aside, not the line, and cut out it leaves "released )" (round 32, A5).
            return None
        label, count = re.subn(pattern, " ", text, count=1)
        if count:
            # No space is left where the year was: "failed to pay an instalment ." reads badly.
            label = re.sub(r"\s+([,;:.!?])", r"\1", " ".join(label.split())).strip(" ,;:")
            label = label[:1].upper() + label[1:]
            return (label, int(year)) if _usable_label(label, _MIN_FACT_EVENT_WORDS) else None
    return None


def _in_brackets(text: str, position: int) -> bool:
    """True when `position` falls inside a bracket the text opened before it."""
    before = text[:position]
    return before.count("(") > before.count(")")


# Where a line's first phrase ends: what a bracket after it dates is no longer the line's subject.
_PHRASE_END = re.compile(r"[;:,–—]|\s-\s|→|->")


def _dates_the_line(text: str, bracket: re.Match[str]) -> bool:
    """True when a bracketed year dates the whole line: it ends the line ("NICE recommends CBT
    … (2014)") or follows its opening phrase ("Treaty of Versailles (1919) ended …"). A bracket
    further in dates the name before it ("Thomas Telford – solid stone foundations; Menai
    Suspension Bridge (1826); …"), and put in order the line would be dated wrongly (round 19,
    B7)."""
    if not text[bracket.end() :].strip(" .;,"):
        return True
    return _PHRASE_END.search(text, 0, bracket.start()) is None


def _cited(title: str) -> bool:
    """True when a year in the title is a citation's ("Schaffer and Emerson (1964)")."""
    return any(
        cites(title, span) for span in scan_numbers(title).spans if span.kind is SpanKind.YEAR
    )


# "About 17.9 million, so roughly doubled …" (its year cut out): a figure, not an event.
_FIGURE_FIRST = re.compile(
    r"(?i)^(?:about|around|approx\.?|approximately|roughly|nearly|almost|over|under|c\.|~)?\s*"
    r"[£$€~]?\s*\d"
)


def _usable_label(label: str, min_words: int) -> bool:
    return (
        len(label) <= MAX_OPTION
        and not _FIGURE_FIRST.match(label)  # what is "about 17.9 million"? (round 19, B7)
        and not pronoun_led(label)  # "It reached England …": what reached it?
        # "William Stukeley named it the 'cursus' …": named what? (round 30, A5)
        and not lost_referent(label)
        and not _subjectless(label)
        and not _ANY_YEAR.search(label)
        and len(content_words(label)) >= min_words
    )


# A clause opening with a verb in the past and then a word in lower case: "Left the League and
# the Disarmament Conference" (round 16, B7's siblings), "Signed a pact with …". Who did? A
# capital after it is a name's ("United Nations set up").
_PAST_FIRST = re.compile(
    r"\s*(?P<verb>[A-Z][a-z]{2,}ed|Left|Took|Won|Lost|Made|Gave|Sent|Led|Built|Began|Became"
    r"|Broke|Kept|Held|Met|Sold|Brought|Fought|Wrote|Set|Put)\s+[a-z]"
)


def _past_first(clause: str) -> bool:
    found = _PAST_FIRST.match(clause)
    if found is None:
        return False
    verb = found["verb"].lower()
    return not verb.endswith("ed") or lemma(verb) != verb


def _subjectless(label: str) -> bool:
    """True for an event's label with a clause that says what happened but not to what or whom:
    "Declined after 1660s; Witchcraft Act repealed", "Public protest (800,000 signature
    petition) → pardoned", "Millicent Fawcett led the NUWSS, founded" (each year cut out)."""
    if any(verb_led(clause) or _past_first(clause) for clause in _CLAUSES.split(label)):
        return True
    last = label.rsplit(",", 1)[-1].strip(" .")
    return "," in label and " " not in last and verb_led(last)
