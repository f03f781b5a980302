"""Put-in-order questions from a sequence the notes give as one: a section whose heading says its
lines come in order ("Headland to stump sequence", "Sand dune succession", "… (learn in order)",
"Stages of mitosis"; a topic's own lines also when its instruction, the bracket an import keeps
out of its title, says so), or a history whose lines carry rising dates.

Round 12's blind review found no ordering item from either deck although both held numbered
sequences (a dated history of the atomic model, cave → arch → stack → stump, five dune stages):
the list builder reads only sub-groups, and the dated-events builder skips a science deck's years.
A teacher asks exactly these ("Put these stages in order"). The order is the notes' own, so the
question needs no dates; the dates, and any word that says where a step falls ("later",
"finally"), are kept out of the options, which would otherwise give the order away.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import pairwise

from bot.questions._context import DeckContext, FactRef
from bot.questions._lists import process_steps
from bot.questions._model import MAX_EXPLANATION, MAX_PROMPT, Question, QuestionKind, shorten
from bot.questions._part import WHOLE, Part
from bot.questions._tables import table_rows
from bot.questions._tidy_stems import lost_referent
from bot.questions._words import STOP_WORDS, content_words
from knowledge.headings import short_title
from knowledge.importers.terms import split_glossary
from knowledge.model import stable_id
from knowledge.text import fold

MIN_STEPS = 3
MAX_STEPS = 4
# An option is read at a glance.
MAX_STEP = 80
# A stage's name ("Grey dunes") stands for its line when it is this short.
MAX_NAME_WORDS = 5

# A heading that says its lines come in order.
_IN_ORDER = re.compile(
    r"(?i)\b(?:in\s+order|sequence|succession|stages|steps|life\s+cycle|chain\s+of\s+events"
    r"|timeline|chronology)\b"
)
# A heading that tells a story in time: its lines are in order when their dates rise.
# "(learn in order of increasing frequency)": the order a question asks for.
_ORDER_OF = re.compile(r"(?i)\bin\s+order\s+of\s+([a-z][a-z ]{2,40}?)\s*(?:\)|$)")
_STORY = re.compile(r"(?i)\b(?:history|development|evolution|timeline)\b")
_YEAR = re.compile(r"\b(?:1\d{3}|20\d{2})s?\b")
# "1897: ", "Early 1800s: ", "c.1500 - ", "In 1869 ": a step's date, which would give the order.
_DATE_LABEL = re.compile(
    r"^(?:(?:in|by|from|around|about)\s+)?(?:(?P<part>early|late|mid|the)[\s-]+)?(?:c\.?\s*)?"
    r"(?:1\d{3}|20\d{2})s?(?:\s*[–—-]\s*(?:1\d{3}|20\d{2})s?)?(?:\s*[:–—-]\s*|,?\s+)",
    re.IGNORECASE,
)
# Where in its decade or century "Early 1900s", "Late 1800s" falls: a late 1800s event comes after
# one of 1866, and an early 1900s one after it.
_PART_OF = {"early": 0.2, "mid": 0.5, "late": 0.8}
# A line that comments on the sequence instead of being a step of it ("Remember: …").
_NOT_A_STEP = frozenset(
    """
    remember note nb tip tips conditions condition example examples key summary definition
    why reasons causes effects exam hint
    """.split()  # noqa: SIM905
)
# Words that say where a step falls: an option holding one gives its place away.
_PLACE_WORDS = re.compile(
    r"(?i)\b(?:first|firstly|second|secondly|third|fourth|fifth|final|finally|last|lastly"
    r"|later|earlier|early|initial|initially|next|then|eventually|afterwards|begins?|ends?)\b"
)
_BRACKET = re.compile(r"\s*\([^()]*\)")
# Where a step's first clause ends: what follows explains it.
_CLAUSE_END = re.compile(r";\s|\s[-–—]\s|,\s(?:which|but|so|who|although|and\s+so)\b|:\s")
_DIGIT = re.compile(r"\d")


@dataclass(frozen=True, slots=True)
class Step:
    """One line of a sequence as an option, with its line and the year it gives, if any."""

    shown: str
    ref: FactRef
    year: float | None  # a part of a decade or century falls within it ("Late 1800s": 1880.0)
    date: str = ""  # the date as the notes write it ("Early 1800s")


def sequence_questions(
    ctx: DeckContext, part: Part = WHOLE
) -> Iterator[tuple[frozenset[str], Question]]:
    """One ordering question per sequence the notes give (of `part`), with what it asks about."""
    for position, (topic_id, heading, refs) in enumerate(ctx.once(_sequences)):
        if position not in part:
            continue
        found = _question(ctx, topic_id, heading, refs)
        if found is not None:
            yield found


def _sequences(ctx: DeckContext) -> list[tuple[str, str, tuple[FactRef, ...]]]:
    """Each run of lines under one heading (a section's own lines, or a sub-group), in order."""
    found: list[tuple[str, str, tuple[FactRef, ...]]] = []
    rows = ctx.once(table_rows)
    for topic in ctx.deck.topics:
        runs: dict[str | None, list[FactRef]] = {}
        for ref in ctx.topic_facts(topic.id):
            if ref.is_statement and ref.fact_id not in rows:  # a table row is no step
                runs.setdefault(ref.fact.group, []).append(ref)
        for group, refs in runs.items():
            heading = topic.title if group is None else group
            if group is None and topic.instruction:
                # "MEIOSIS (learn the steps in order)": the import keeps the bracket out of the
                # title, as the topic's instruction; read with it, the heading says so again.
                heading = f"{heading} ({topic.instruction})"
            if group is not None and process_steps(topic.id, group, tuple(refs)):
                continue  # a process's steps under a sub-heading: `_lists` orders them
            if _STORY.search(heading) or says_in_order(heading):
                found.append((topic.id, heading, tuple(refs)))
    return found


def says_in_order(heading: str) -> bool:
    """True when `heading` says its lines come in order: an order word heading it ("Stages of
    mitosis", "Sand dune succession", "Steps in sewage treatment"), not one describing another
    noun ("Life cycle assessments (LCAs)", round 18, B7: its lines are caveats, not stages)."""
    for found in _IN_ORDER.finditer(heading):
        after = _NEXT_WORD.match(heading, found.end())
        if after is None or fold(after.group(1)) in STOP_WORDS:
            return True
    return False


# The word right after an order word: a noun it describes, or a word of the heading's phrase.
_NEXT_WORD = re.compile(r"\s+([^\W\d_][\w'’-]*)")


def steps_of(heading: str, refs: tuple[FactRef, ...]) -> list[Step] | None:
    """The steps a heading's lines give, in the notes' order, or None when they are no sequence
    the notes vouch for: the heading must say so, or every dated step must come after the one
    before (a history told in order)."""
    lines = list(refs)
    # Lines that comment on the sequence, before or after it, are not steps of it.
    while lines and _comment(lines[0].text):
        lines.pop(0)
    while lines and _comment(lines[-1].text):
        lines.pop()
    if len(lines) < MIN_STEPS:
        return None
    steps = [_step(ref) for ref in lines]
    years = [step.year for step in steps if step.year is not None]
    if len(years) >= MIN_STEPS:
        # A history told by its dates: an undated line before the first or after the last
        # ("Ideas changed slowly because …") comments on it, with no place among its steps.
        while steps and steps[-1].year is None:
            steps.pop()
        while steps and steps[0].year is None:
            steps.pop(0)
    rising = all(a < b for a, b in pairwise(years))
    if not rising:
        return None  # dates out of the notes' order: the order is not the lines'
    if not says_in_order(heading) and len(years) < MIN_STEPS:
        return None  # "History of …" with few dates: a story, not an order the notes give
    usable = [step for step in steps if step.shown]
    if len(usable) < MIN_STEPS or len({fold(s.shown) for s in usable}) != len(usable):
        return None  # a step said twice has no one place in the order
    return usable


def _comment(text: str) -> bool:
    found = split_glossary(text)
    label = found[0] if found is not None else text.split(":", 1)[0] if ":" in text else ""
    words = fold(label).split()
    return bool(words) and words[0] in _NOT_A_STEP


def _step(ref: FactRef) -> Step:
    """A line as a step: its stage's name when it opens with one ("Grey dunes: …"), else its
    first clause, without its date; `shown` is empty when the line cannot be shown fairly."""
    text = ref.text.strip()
    year: float | None = None
    date = ""
    dated = _DATE_LABEL.match(text)
    found_year = _YEAR.search(dated.group(0)) if dated is not None else None
    if dated is not None and found_year is not None:
        written = found_year.group(0)
        year = int(written[:4])
        part = _PART_OF.get(fold(dated.group("part") or ""))
        if written.endswith("s") and part is not None:
            # "Late 1800s": a century (or a decade, "early 1960s"), and a part of it.
            span = 100 if year % 100 == 0 else 10
            year += part * span
        date = dated.group(0).strip(" :–—-,")
        text = text[dated.end() :]
    text = _BRACKET.sub("", text).strip()
    found = split_glossary(text)
    named = found is not None and len(found[0].split()) <= MAX_NAME_WORDS
    if found is not None and named:
        shown = found[0]
    else:
        cut = _CLAUSE_END.search(text)
        shown = text[: cut.start()] if cut else text
    shown = " ".join(shown.split()).strip(" .,;:")
    shown = shown[:1].upper() + shown[1:]
    if (
        len(shown) > MAX_STEP
        or len(content_words(shown)) < (1 if named else 2)  # a stage's name may be one word
        or _YEAR.search(shown)
        or _DIGIT.search(shown)
        or _PLACE_WORDS.search(shown)
        or lost_referent(shown)
    ):
        shown = ""
    return Step(shown, ref, year, date)


def _question(
    ctx: DeckContext, topic_id: str, heading: str, refs: tuple[FactRef, ...]
) -> tuple[frozenset[str], Question] | None:
    steps = steps_of(heading, refs)
    if steps is None:
        return None
    topic = refs[0].topic
    name = _shown_heading(heading)
    where = short_title(topic.title)
    dated = sum(step.year is not None for step in steps) >= MIN_STEPS
    ask = "Put these in order, earliest first." if dated else "Put these in order, first to last."
    order = _ORDER_OF.search(heading)
    if order is not None and not dated:
        ask = f"Put these in order of {order.group(1)}."  # "… (in order of increasing frequency)"
    prompt = (
        f"{name}: {ask}"
        if fold(name) == fold(_shown_heading(where))
        else (f"{where} ({name}): {ask}")
    )
    rng = ctx.rng("sequence", topic_id, heading)
    for size in range(min(MAX_STEPS, len(steps)), MIN_STEPS - 1, -1):
        picked = sorted(rng.sample(range(len(steps)), size))
        in_order = [steps[i] for i in picked]
        if len(prompt) + sum(len(step.shown) + 5 for step in in_order) <= MAX_PROMPT:
            break
    else:
        return None
    options = [step.shown for step in in_order]
    rng.shuffle(options)
    answers = [step.shown for step in in_order]
    if options == answers:  # already in order would be no question at all
        options = options[1:] + options[:1]
    listing = " → ".join(
        f"{step.shown} ({step.date})" if step.date else step.shown for step in in_order
    )
    subjects = frozenset(
        {f"sequence:{topic_id}:{fold(heading)}", *(f"fact:{fold(s.ref.text)}" for s in in_order)}
    )
    return (
        subjects,
        Question(
            id=stable_id(topic_id, in_order[0].ref.fact_id, "sequence", "|".join(answers)),
            kind=QuestionKind.CHRONOLOGY,
            prompt=prompt,
            answers=tuple(answers),
            options=tuple(options),
            correct=tuple(options.index(text) for text in answers),
            explanation=shorten(f"Your notes give the order: {listing}.", MAX_EXPLANATION),
            source_fact="; ".join(step.ref.text for step in in_order),
            topic_id=topic_id,
            fact_id=in_order[0].ref.fact_id,
            hint=f"“{answers[0]}” comes first.",
        ),
    )


def _shown_heading(heading: str) -> str:
    """The heading as a question names it: without a handout's "(learn in order)"."""
    shown = re.sub(r"\s*\((?:[^()]*\border\b[^()]*)\)", "", heading).strip().rstrip(":")
    return short_title(shown)
