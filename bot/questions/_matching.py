"""Matching questions: pair each cause with its effect.

Notes state causes and effects in two ways, and both give pairs:

- in one line: "high voltage → lower current → less energy lost" (an arrow chain, first to last),
  "the verb “smashed” led to higher estimates", "X resulted in Y", "Y because of X";
- as a lead-in with lines under it: each line under "Effects of the WannaCry attack" is an effect
  of "the WannaCry attack". (Lines under "X because" are reasons for a claim, not causes with an
  effect: "Report everything → Cognitive interview works" reads wrongly, so they are left to the
  reason questions.)

Three or four pairs from different facts make one question: the causes numbered in the prompt,
the effects lettered as options, and `correct[i]` the option that is cause i's effect. The engine
offers it, like a chronology, as a choice among matchings. Pairs come from one section of the
notes (a top-level topic and those under it): pairs of unrelated sections are each matched by
their subject alone (round 16 matched "Solvent", "Iodide", "Hydrogen" and "Substance more
attracted to the solvent" from four sections, each option the only one of its kind). Never two
pairs whose words cross (an effect sharing a word root with another pair's cause could match it
too), nor a pair whose effect repeats its own cause's word ("iodide -> … (silver iodide)": a last
bracket doing so is dropped).

A row "name -> what goes with it" of a list ("Hydrogen -> squeaky pop", "pigment -> gives the
colour") pairs a thing with its result, use or part, not a cause with its effect. A list of three
or more rows is matched only within itself, under its heading ("5d. Halides – Results: match each
to what your notes pair it with."), and a shorter list not at all. A line quoting an exam prompt
('"Calculate the Rf value" -> show working'), an example ("-> e.g. …") or an equation pairs
nothing.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from bot.questions._arrow_sentences import arrows_said
from bot.questions._context import DeckContext, FactRef
from bot.questions._draw import random_order
from bot.questions._model import MAX_EXPLANATION, MAX_PROMPT, Question, QuestionKind, shorten
from bot.questions._one_cause import cause_question
from bot.questions._part import WHOLE, Part
from bot.questions._reasons import lead_ins
from bot.questions._words import content_words, roots
from knowledge.headings import short_title
from knowledge.model import stable_id
from knowledge.text import fold

PROMPT = "Match each cause to its effect."
# A list's rows matched under its heading: what they pair is the notes' own, whatever it is.
LIST_PROMPT = "match each to what your notes pair it with."
SIZES = (3, 4)
# Pairs looked at for one question: where a deck's pairs nearly all clash (one heading repeated in
# every topic), giving up beats comparing every pair with every other.
MAX_TRIES = 200
# Each side is shown in full in the prompt: long ones would not fit a 300-character poll.
_MAX_SIDE = 60
_MAX_SIDE_WORDS = 9
_ARROW = re.compile(r"\s*(?:→|->|=>|⇒)\s*")
_OPEN, _CLOSE = "([{", ")]}"
_FORWARD = re.compile(
    r"\s+(?:led to|leads to|lead to|leading to|resulted in|results in|result in"
    r"|caused(?!\s+by\b)|causes)\s+",
    re.IGNORECASE,
)
_BACKWARD = re.compile(
    r"\s*[—–-]?\s+(?:because of|due to|as a result of|caused by)\s+", re.IGNORECASE
)
# A line that names a term or labels a list ("Pathogen – microorganism that causes …",
# "Order: preclinical → phase 1 → phase 2"): no cause-and-effect claim of its own.
_LABELLED = re.compile(r"^[^:=–—]{1,40}?\s*(?::|=|\s[–—-]\s)")
# A side cut off mid-clause ("microorganism that"): no thing a student can match.
_DANGLING = re.compile(r"(?i)\b(?:that|which|who|whose|and|or|of|by|to|the|a|an)$")
# "Effects of the WannaCry attack" -> "the WannaCry attack"
_EFFECTS_OF = re.compile(
    r"^\s*(?:the\s+)?(?:main\s+)?(?:effects?|impacts?|consequences?|results?)\s+(?:of|on)\s+(.+?)"
    r"\s*:?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Pair:
    """A cause and its effect, as the notes word them, with the line that says so."""

    cause: str
    effect: str
    topic_id: str
    fact_id: str | None
    source: str  # the line (or "lead-in: line") the pair comes from
    group: str  # pairs of one group (a lead-in) are never asked together
    # A row of a list ("Hydrogen -> squeaky pop"): the heading it is asked under, and only with
    # rows of the same list. Empty for a cause and its effect, asked with any others.
    listed: str = ""


def matching_questions(
    ctx: DeckContext, part: Part = WHOLE
) -> Iterator[tuple[tuple[Pair, ...], Question]]:
    """One question per pair (of `part`, all by default), built around it with other pairs of
    its own family (`_families`) drawn by the seed; and a one-line cause asked alone
    (`_one_cause`)."""
    pairs, families = ctx.once(_families)
    for position, anchor in enumerate(pairs):
        if position not in part:
            continue
        rng = ctx.rng(QuestionKind.MATCHING.value, anchor.source)
        size = rng.choice(SIZES)
        kin = families[_family(ctx, anchor)]
        alone = cause_question(ctx, anchor, kin)  # a cause of the section asked on its own
        if alone is not None:
            yield (anchor,), alone
        picked = [anchor]
        tries = itertools.islice(
            (kin[index] for index in random_order(range(len(kin)), rng)), MAX_TRIES
        )
        for pair in tries:
            if pair is not anchor and all(_apart(pair, chosen) for chosen in picked):
                picked.append(pair)
                if len(picked) == size:
                    break
        if len(picked) < SIZES[0]:
            continue
        question = _question(ctx, anchor, picked, rng.random())
        if question is not None:
            yield tuple(picked), question


def _families(ctx: DeckContext) -> tuple[list[Pair], dict[str, list[Pair]]]:
    """The deck's pairs, and each family's: a list's rows (one sub-heading of one topic), or the
    causes and effects of one section of the notes (a top-level topic and those under it). Pairs
    from unrelated sections would each be matched by its subject alone (round 16, A10: "Solvent",
    "Iodide", "Hydrogen" and their results)."""
    pairs = cause_effect_pairs(ctx)
    families: dict[str, list[Pair]] = {}
    for pair in pairs:
        families.setdefault(_family(ctx, pair), []).append(pair)
    return pairs, families


def _family(ctx: DeckContext, pair: Pair) -> str:
    if pair.listed:
        return f"list:{pair.topic_id}:{pair.listed}"
    path = ctx.deck.path(pair.topic_id)
    return f"section:{path[0].id if path else pair.topic_id}"


def _question(ctx: DeckContext, anchor: Pair, picked: list[Pair], draw: float) -> Question | None:
    rng = ctx.rng(QuestionKind.MATCHING.value, anchor.source, "order", str(draw))
    causes = list(picked)
    rng.shuffle(causes)
    effects = list(picked)
    rng.shuffle(effects)
    if effects == causes:  # effects in the causes' order would be no question at all
        effects = effects[1:] + effects[:1]
    listed = " ".join(f"{number}. {_cap(pair.cause)}." for number, pair in enumerate(causes, 1))
    title = f"{anchor.listed}: {LIST_PROMPT}" if anchor.listed else PROMPT
    prompt = f"{title} {listed}"
    options = tuple(_cap(pair.effect) for pair in effects)
    if len(prompt) + sum(len(option) + 5 for option in options) > MAX_PROMPT:
        return None
    matched = "; ".join(f"{_cap(pair.cause)} → {pair.effect}" for pair in causes)
    return Question(
        id=stable_id(
            anchor.topic_id,
            anchor.fact_id or anchor.source,
            QuestionKind.MATCHING.value,
            "|".join(pair.source for pair in causes),
        ),
        kind=QuestionKind.MATCHING,
        prompt=prompt,
        answers=tuple(_cap(pair.effect) for pair in causes),
        options=options,
        correct=tuple(effects.index(pair) for pair in causes),
        explanation=shorten(f"Your notes pair them: {matched}.", MAX_EXPLANATION),
        source_fact=" | ".join(pair.source for pair in causes),
        topic_id=anchor.topic_id,
        fact_id=anchor.fact_id,
        hint=f"{_cap(anchor.cause)} → {_cap(anchor.effect)}.",
    )


def _apart(one: Pair, other: Pair) -> bool:
    """True when the two pairs can stand in one question with only one right matching."""
    if one.group and one.group == other.group:
        return False
    if one.source == other.source or fold(one.effect) == fold(other.effect):
        return False
    if fold(one.cause) == fold(other.cause):
        return False
    crossed = roots(one.effect) & roots(other.cause) or roots(other.effect) & roots(one.cause)
    return not crossed


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def cause_effect_pairs(ctx: DeckContext) -> list[Pair]:
    """Every pair the deck states, one per source, in deck order."""
    found: dict[str, Pair] = {}
    lines = [(ref, split) for ref in ctx.statements if (split := _in_line(ref.text)) is not None]
    # The rows of each list: a list of fewer than `SIZES[0]` is matched neither as rows nor as
    # causes (a gland and its hormone is no cause and effect).
    rows: dict[tuple[str, str | None], int] = {}
    for ref, (cause, _) in lines:
        if _is_row(ref.text, cause):
            key = (ref.topic.id, ref.fact.group)
            rows[key] = rows.get(key, 0) + 1
    for ref, (cause, effect) in lines:
        listed = ""
        if _is_row(ref.text, cause):
            if rows[(ref.topic.id, ref.fact.group)] < SIZES[0]:
                continue  # "pituitary -> growth hormone": a row of too short a list, no cause
            listed = _list_heading(ref)
        pair = Pair(
            cause, effect, ref.topic.id, ref.fact_id, ref.text, f"line:{ref.fact_id}", listed
        )
        found.setdefault(fold(ref.text), pair)
    for group in ctx.once(lead_ins):
        if group.topic_level:
            continue
        subject = _lead_in_subject(group.heading, group.kind)
        if subject is None:
            continue
        for member in group.members:
            line = member.text.strip().rstrip(".")
            if not _side(line) or member.fact.group is None:
                continue
            cause, effect = subject, line
            source = f"{group.heading.rstrip(':')}: {member.text}"
            pair = Pair(cause, effect, group.topic_id, member.fact_id, source, group.heading)
            found.setdefault(fold(source), pair)
    return list(found.values())


def _in_line(text: str) -> tuple[str, str] | None:
    """(cause, effect) stated by one line, or None."""
    text = text.strip().rstrip(".")
    if _LABELLED.match(text):
        return None
    parts = _outside_brackets(_ARROW, text)
    if len(parts) >= 2:
        cause, effect = parts[0], parts[-1]
    else:
        forward = _FORWARD.split(text, maxsplit=1)
        backward = _BACKWARD.split(text, maxsplit=1)
        if len(forward) == 2:
            cause, effect = forward
        elif len(backward) == 2:
            effect, cause = backward
        else:
            return None
    cause, effect = cause.strip(" ,;:—–-"), effect.strip(" ,;:—–-")
    if _QUOTED.match(cause):
        return None  # '"Calculate the Rf value" -> show working': an exam's prompt, no cause
    if _EXAMPLE.match(effect) or _equation(cause) or _equation(effect):
        return None  # "additives -> e.g. to make it dry faster"; "CO3 2- + 2H+ -> CO2 + H2O"
    if arrows_said(f"{cause} → {effect}") is None:
        return None  # "Too much salt -> do not water the plant": an instruction, no effect
    effect = _without_echo(cause, effect)
    if not (_balanced(cause) and _balanced(effect)):
        return None  # a bracket cut in two: "widen → more heat lost)" would pair half a gloss
    if not (_side(cause) and _side(effect)) or fold(cause) == fold(effect):
        return None
    if _DANGLING.search(cause) or _DANGLING.search(effect):
        return None
    if roots(cause) & roots(effect):
        return None  # "bromide → bromide ions": the pair says its own answer
    return cause, effect


_QUOTED = re.compile(r"^[\"“‘']")
_EXAMPLE = re.compile(r"(?i)^(?:e\.\s?g\.?|eg\b|for example\b|for instance\b)")


def _equation(side: str) -> bool:
    """True for one side of an equation: a sum of formulas ("CO3 2- + 2H+", "HNO3 + AgNO3")."""
    return " + " in side and any(char.isdigit() for char in side)


_LAST_BRACKET = re.compile(r"\s*\([^()]*\)\s*$")


def _without_echo(cause: str, effect: str) -> str:
    """The effect without a last bracket repeating the cause's words: "iodide -> yellow
    precipitate (silver iodide)" pairs "iodide" with "yellow precipitate"."""
    found = _LAST_BRACKET.search(effect)
    if found is not None and roots(found.group()) & roots(cause):
        return effect[: found.start()]
    return effect


# A row of a list names a thing in a word or two ("Hydrogen", "Sulfate ions", "pigment"); a
# cause says what happens or changes ("groynes trap sand", "higher interest rates", "new machines").
_ROW_WORDS = 2
_CHANGE = re.compile(
    r"(?i)^(?:\w{2,}ing|\w{2,}ed|higher|lower|greater|bigger|smaller|larger|faster|slower|hotter"
    r"|colder|warmer|cooler|stronger|weaker|longer|shorter|new|more|less|fewer|no|lack|loss|rise"
    r"|rises|fall|falls|increase|increases|decrease|decreases)$"
)


def _is_row(text: str, cause: str) -> bool:
    """True for a line pairing a name with what the notes give for it by an arrow (not a verb
    such as "led to"): "Iodide -> yellow precipitate", "pigment -> gives the colour"."""
    if len(_outside_brackets(_ARROW, text)) < 2:
        return False
    words = _LAST_BRACKET.sub("", cause).split()
    return len(words) <= _ROW_WORDS and not any(_CHANGE.match(word) for word in words)


def _list_heading(ref: FactRef) -> str:
    """The heading a list's rows are asked under: its topic and sub-heading, as they are shown."""
    title = short_title(ref.topic.title)
    group = (ref.fact.group or "").strip().rstrip(":")
    return f"{title} – {group}" if group else title


def _outside_brackets(pattern: re.Pattern[str], text: str) -> list[str]:
    """`text` split at the matches of `pattern` that are not inside brackets: in "vasodilation
    (vessels widen → more heat lost)" the arrow belongs to the gloss, not to the line."""
    parts: list[str] = []
    start = 0
    for match in pattern.finditer(text):
        if _depth(text[: match.start()]) == 0:
            parts.append(text[start : match.start()])
            start = match.end()
    parts.append(text[start:])
    return parts


def _depth(text: str) -> int:
    """How many brackets are open at the end of `text`."""
    depth = 0
    for char in text:
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE and depth:
            depth -= 1
    return depth


def _balanced(side: str) -> bool:
    """True when every bracket `side` opens it closes, and it closes none it did not open."""
    depth = 0
    for char in side:
        if char in _OPEN:
            depth += 1
        elif char in _CLOSE:
            depth -= 1
            if depth < 0:
                return False
    return depth == 0


def _lead_in_subject(heading: str, kind: str) -> str | None:
    """What a lead-in's lines are effects of, when the heading names it."""
    match = _EFFECTS_OF.match(heading) if kind == "effect" else None
    if match is None:
        return None
    subject = match.group(1).strip(" ,;:")
    return subject if _side(subject) else None


def _side(text: str) -> bool:
    """True for a cause or effect short enough to list and with a word that says something."""
    words = content_words(text)
    return 0 < len(words) <= _MAX_SIDE_WORDS and len(text) <= _MAX_SIDE and "?" not in text
