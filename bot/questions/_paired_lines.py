"""Choice questions on what the notes pair with a thing: a test's result, a reagent's effect.

Science outlines set facts out as pairs a student must know one from the other, in two layouts
no blank is found in (their words are everyday ones: "squeaky pop", "blue precipitate"):

- records with the same labels under sibling headings ("Hydrogen:" / "Test: hold a burning
  splint …" / "Result: burns rapidly with a squeaky pop"; "Oxygen:" / "Test: …" / "Result: …");
- a list of arrow lines under one heading ("copper(II) ions (Cu2+) -> blue precipitate",
  "iron(II) ions (Fe2+) -> green precipitate", …).

Round 16's chemistry outline gave 47 questions of 60 with six such sections unasked. Each pair
becomes "Identification of common gases – Hydrogen: what is the result?" or "Coloured
precipitates: what do your notes give for “copper(II) ions (Cu2+)”?", its wrong options the other
values of the same label (or list): of one kind, and each the notes' answer to another thing, so
none is also right. A value said twice in the list (two ions both "white ppt") is no answer and
no wrong option; nor is a wrong option sharing most of its words with the right one; a right
value alone naming what is asked about gives itself away and is not asked.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from bot.questions._carried_on import ARROW_LED, carries_on
from bot.questions._context import DeckContext, FactRef
from bot.questions._model import MAX_OPTION, Question, QuestionKind
from bot.questions._part import WHOLE, Part
from bot.questions._phrasing import quote_fact, topic_path
from bot.questions._words import content_words, echoes
from knowledge.model import stable_id
from knowledge.text import fold

WRONG_OPTIONS = 3
MIN_WRONG = 2
# A label of a record is a word or two ("Test", "Result", "Word equation").
_LABELLED = re.compile(r"\s*(?P<label>[A-Z][a-z]+(?: [a-z]+)?)\s*:\s+(?P<value>\S.*)$")
# Labels shared by this many sibling headings or more make records.
MIN_RECORDS = 3
# An arrow line (`ARROW_LED`): a short thing before the arrow and a value after it.
_MAX_THING_WORDS = 6
_MIN_VALUE_WORDS = 1
# A value ending in an aside: "(cloudy)", "(silver iodide)" is shown without it.
_ASIDE = re.compile(r"\s*\([^()]*\)\s*$")
# Two values of three words or more sharing this share of their content words could both be
# right (`_alike`).
_OVERLAP = 0.75
_MIN_ALIKE = 3
_CALCULATION = re.compile(r"\d\s*[=/÷×*+]|[=/÷×*+]\s*\d")


@dataclass(frozen=True, slots=True)
class Paired:
    """A line giving what the notes pair with a thing, and the set of lines it stands among."""

    ref: FactRef
    about: str  # "Hydrogen", "copper(II) ions (Cu2+)"
    label: str | None  # "Result" for a record's line; None in an arrow list
    value: str  # as shown: "burns rapidly with a squeaky pop"
    family: str  # the records' label or the arrow list, in its topic


def paired_lines(ctx: DeckContext) -> list[Paired]:
    """Every record line and arrow-list line of the deck, in deck order of topics."""
    found: list[Paired] = []
    for topic in ctx.deck.topics:
        refs = [ref for ref in ctx.topic_facts(topic.id) if ref.is_statement]
        found += _records(topic.id, refs)
        found += _arrow_lists(topic.id, refs)
    return found


def _value(text: str) -> str | None:
    value = _ASIDE.sub("", text.strip().rstrip(".;,")).strip()
    if (
        not value
        or len(value) > MAX_OPTION
        or len(content_words(value)) < _MIN_VALUE_WORDS
        or ARROW_LED.search(value)
        or _CALCULATION.search(value)
        or carries_on(value)
    ):
        return None
    return value


def _records(topic_id: str, refs: list[FactRef]) -> list[Paired]:
    """Lines "Label: value" under sibling headings that share the label."""
    by_label: dict[str, dict[str, FactRef]] = {}
    for ref in refs:
        group = ref.fact.group
        found = _LABELLED.match(ref.text)
        if group is None or found is None:
            continue
        # The first line of a label under each heading; a heading with it twice is no record.
        by_label.setdefault(found["label"].lower(), {}).setdefault(group, ref)
    records: list[Paired] = []
    for label, groups in by_label.items():
        if len(groups) < MIN_RECORDS:
            continue
        for group, ref in groups.items():
            found = _LABELLED.match(ref.text)
            value = _value(found["value"]) if found is not None else None
            if value is not None and len(group.split()) <= _MAX_THING_WORDS:
                family = f"record:{topic_id}:{label}"
                records.append(Paired(ref, group.strip().rstrip(":"), label, value, family))
    return records


def _arrow_lists(topic_id: str, refs: list[FactRef]) -> list[Paired]:
    """Lines "thing -> value" (one arrow) of one heading, three or more of them; and lines
    "thing: value" with a short value under one heading ("Flame test colours:" / "lithium ions
    (Li+): crimson", "sodium ions (Na+): yellow", …), three or more of them."""
    by_group: dict[tuple[str, str | None], list[Paired]] = {}
    for ref in refs:
        text = ref.text.strip()
        # Every arrow holds one of these: a line without any is split at none (most lines).
        parts = ARROW_LED.split(text) if any(mark in text for mark in _ARROW_MARKS) else [text]
        if len(parts) == 1 and ref.fact.group is not None:
            found = _COLON_PAIR.match(ref.text.strip())
            if found is None or len(found["value"].split()) > _MAX_COLON_VALUE_WORDS:
                continue
            parts, kind = [found["thing"], found["value"]], "colons"
        else:
            kind = "arrows"
        if len(parts) != 2 or not parts[0].strip() or carries_on(ref.text):
            continue
        thing, value = parts[0].strip(), _value(parts[1])
        if value is None or len(thing.split()) > _MAX_THING_WORDS or ":" in thing:
            continue
        family = f"{kind}:{topic_id}:{fold(ref.fact.group or '')}"
        pair = Paired(ref, thing, None, value, family)
        by_group.setdefault((kind, ref.fact.group), []).append(pair)
    return [pair for pairs in by_group.values() if len(pairs) >= MIN_RECORDS for pair in pairs]


_ARROW_MARKS = (">", "→", "⇒")  # `ARROW_LED`'s arrows: "->", "-->", "=>", "==>", "→", "⇒"
# "lithium ions (Li+): crimson": a thing and, after one colon, what the notes pair with it in a
# few words (a longer value is a definition or a statement, asked as such).
_COLON_PAIR = re.compile(r"(?P<thing>[^:]{1,60}?)\s*:\s+(?P<value>[^:]+)$")
_MAX_COLON_VALUE_WORDS = 3


def paired_questions(ctx: DeckContext, part: Part = WHOLE) -> Iterator[tuple[Paired, Question]]:
    """A choice question for each paired line of `part` with enough wrong values beside it."""
    lines = ctx.once(paired_lines)
    families: dict[str, list[Paired]] = {}
    for line in lines:
        families.setdefault(line.family, []).append(line)
    for position, line in enumerate(lines):
        if position not in part:
            continue
        question = _question(ctx, line, families[line.family])
        if question is not None:
            yield line, question


def _question(ctx: DeckContext, line: Paired, family: list[Paired]) -> Question | None:
    own = fold(line.value)
    if sum(fold(other.value) == own for other in family) > 1:
        return None  # two things give it: no one thing to ask it of
    said = {fold(other.value) for other in family}
    wrong: dict[str, str] = {}
    for other in family:
        key = fold(other.value)
        if other is line or key in wrong or key == own:
            continue
        if sum(fold(o.value) == key for o in family) > 1 or _alike(other.value, line.value):
            continue
        wrong[key] = other.value
    if len(wrong) < MIN_WRONG or len(said) < MIN_WRONG + 1:
        return None
    if _names_it(line.about, line.value) and not any(
        _names_it(line.about, value) for value in wrong.values()
    ):
        return None  # "iodide" asked, "yellow precipitate of silver iodide" the answer
    rng = ctx.rng(QuestionKind.CHOICE.value, line.ref.fact_id, "paired")
    shown = rng.sample(sorted(wrong.values()), min(WRONG_OPTIONS, len(wrong)))
    options = [line.value, *shown]
    rng.shuffle(options)
    where = topic_path(ctx, line.ref, with_group=False)
    if line.label is not None:
        prompt = f"{where} – {line.about}: what is the {line.label}?"
    else:
        heading = line.ref.fact.group
        at = f"{where} ({heading.strip().rstrip(':')})" if heading else where
        prompt = f"{at}: what do your notes give for “{line.about}”?"
    return Question(
        id=stable_id(line.ref.topic.id, line.ref.fact_id, QuestionKind.CHOICE.value, "paired"),
        kind=QuestionKind.CHOICE,
        prompt=prompt,
        answers=(line.value,),
        options=tuple(options),
        correct=(options.index(line.value),),
        explanation=quote_fact(f"Answer: {line.value}.", line.ref),
        source_fact=line.ref.text,
        topic_id=line.ref.topic.id,
        fact_id=line.ref.fact_id,
    )


def paired_subject(line: Paired) -> str:
    """What a paired line is about, without an aside: "copper(II) ions" of "… (Cu2+)"."""
    return _ASIDE.sub("", line.about).strip()


def paired_keys(ctx: DeckContext) -> dict[str, str]:
    """Folded text of each paired line -> what it is about, as a subject key ("about:hydrogen"):
    any question on the line asks about its thing, so a quiz asks one of "Carbon dioxide ->
    limewater milky" (a summary table) and "Result: limewater turns milky" (the gas's test)."""
    return {
        fold(line.ref.text): f"about:{fold(paired_subject(line))}"
        for line in ctx.once(paired_lines)
    }


def _alike(one: str, other: str) -> bool:
    """True when one value says all the other says ("limewater milky" in "acid, fizzing, CO2
    turns limewater milky"), or most of it in three words or more: both could be right. Two
    values differing in their telling word ("blue precipitate", "green precipitate") are not."""
    mine, theirs = set(content_words(one)), set(content_words(other))
    if not mine or not theirs:
        return False
    shared = sum(any(echoes(word, their) for their in theirs) for word in mine)
    smaller = min(len(mine), len(theirs))
    return shared >= smaller or (smaller >= _MIN_ALIKE and shared >= _OVERLAP * smaller)


def _names_it(about: str, value: str) -> bool:
    """True when the value has a word that reads as a word of what is asked about."""
    asked = [word for word in content_words(_ASIDE.sub("", about)) if len(word) >= 4]
    return any(echoes(word, other) for word in asked for other in content_words(value))
