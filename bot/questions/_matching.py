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
offers it, like a chronology, as a choice among matchings. Pairs come from different topics where
the deck allows (two effects of one topic could often be argued either way), and never two pairs
whose words cross (an effect sharing a word root with another pair's cause could match it too).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from bot.questions._context import DeckContext
from bot.questions._draw import random_order
from bot.questions._model import MAX_EXPLANATION, MAX_PROMPT, Question, QuestionKind, shorten
from bot.questions._part import WHOLE, Part
from bot.questions._reasons import lead_ins
from bot.questions._words import content_words, roots
from knowledge.model import stable_id
from knowledge.text import fold

PROMPT = "Match each cause to its effect."
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


def matching_questions(
    ctx: DeckContext, part: Part = WHOLE
) -> Iterator[tuple[tuple[Pair, ...], Question]]:
    """One question per pair (of `part`, all by default), built around it with other pairs drawn
    by the seed."""
    pairs, runs = ctx.once(_pairs_by_topic)
    for position, anchor in enumerate(pairs):
        if position not in part:
            continue
        rng = ctx.rng(QuestionKind.MATCHING.value, anchor.source)
        size = rng.choice(SIZES)
        start, end = runs[anchor.topic_id]
        # Pairs from other topics first: two effects of one topic are easily argued either way.
        elsewhere = (
            pairs[index if index < start else index + end - start]
            for index in random_order(range(len(pairs) - (end - start)), rng)
        )
        same_topic = (pairs[index] for index in random_order(range(start, end), rng))
        picked = [anchor]
        tries = itertools.islice(itertools.chain(elsewhere, same_topic), MAX_TRIES)
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


def _pairs_by_topic(ctx: DeckContext) -> tuple[list[Pair], dict[str, tuple[int, int]]]:
    """The deck's pairs grouped by topic, each topic one run of the list, and each topic's run:
    the pairs of other topics are the list around the anchor's run, drawn from lazily (a few
    steps per question, not a shuffle of every pair of the deck)."""
    pairs = cause_effect_pairs(ctx)
    topic_order: dict[str, int] = {}
    pairs.sort(key=lambda pair: topic_order.setdefault(pair.topic_id, len(topic_order)))
    runs: dict[str, tuple[int, int]] = {}
    for position, pair in enumerate(pairs):
        start, _ = runs.get(pair.topic_id, (position, position))
        runs[pair.topic_id] = (start, position + 1)
    return pairs, runs


def _question(ctx: DeckContext, anchor: Pair, picked: list[Pair], draw: float) -> Question | None:
    rng = ctx.rng(QuestionKind.MATCHING.value, anchor.source, "order", str(draw))
    causes = list(picked)
    rng.shuffle(causes)
    effects = list(picked)
    rng.shuffle(effects)
    if effects == causes:  # effects in the causes' order would be no question at all
        effects = effects[1:] + effects[:1]
    listed = " ".join(f"{number}. {_cap(pair.cause)}." for number, pair in enumerate(causes, 1))
    prompt = f"{PROMPT} {listed}"
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
    for ref in ctx.statements:
        split = _in_line(ref.text)
        if split is not None:
            cause, effect = split
            pair = Pair(cause, effect, ref.topic.id, ref.fact_id, ref.text, f"line:{ref.fact_id}")
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
    if not (_balanced(cause) and _balanced(effect)):
        return None  # a bracket cut in two: "widen → more heat lost)" would pair half a gloss
    if not (_side(cause) and _side(effect)) or fold(cause) == fold(effect):
        return None
    if _DANGLING.search(cause) or _DANGLING.search(effect):
        return None
    return cause, effect


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
