"""The question of the day: cover the deck before repeating, and lean towards what the class gets wrong.

Questions are grouped by what they ask about (their fact, else the question itself), so a class
sees every fact once before any comes back, whatever kinds of question a fact allows. Among the
facts not yet asked this round, the pick is a weighted draw: a topic (and, from the second round,
a fact) the class has got wrong weighs more than one it knows, and one nobody has answered yet
sits in between. The draw is seeded by chat and day, so it is varied but reproducible.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from bot.questions import ON_REQUEST_KINDS, Question, QuestionKind

# A push is answered with one tap (a button or a native quiz poll), so it must have options; an
# ordering (chronology, matching) does not fit a poll and reads badly as buttons, and a
# pick-all-that-apply question takes several taps.
_PUSHABLE_EXCLUDED = (
    frozenset({QuestionKind.CHRONOLOGY, QuestionKind.MATCHING, QuestionKind.MULTI_SELECT})
    | ON_REQUEST_KINDS
)
# Smoothing: an unanswered topic counts as one right and one wrong answer (a rate of 1/2).
_PRIOR_WRONG = 1.0
_PRIOR_TOTAL = 2.0
# Every fact keeps some chance, however well the class knows its topic.
_FLOOR = 0.1


def pushable(questions: Iterable[Question]) -> list[Question]:
    """The questions a class can answer with one tap."""
    return [q for q in questions if q.options and q.kind not in _PUSHABLE_EXCLUDED]


def coverage_key(question: Question) -> str:
    """What a question asks about: its fact, or for fact-less questions (terms) the question."""
    return f"f:{question.fact_id}" if question.fact_id else f"q:{question.id}"


@dataclass(frozen=True, slots=True)
class Tally:
    """Wrong answers out of all answers, from the class's past results."""

    wrong: int = 0
    total: int = 0

    def rate(self) -> float:
        return (self.wrong + _PRIOR_WRONG) / (self.total + _PRIOR_TOTAL)

    def add(self, wrong: int, total: int) -> Tally:
        return Tally(self.wrong + wrong, self.total + total)


@dataclass(frozen=True, slots=True)
class ClassRecord:
    """What a chat's class has been asked this round and how it has done so far."""

    asked: frozenset[str] = frozenset()  # coverage keys asked in the current round
    last: str | None = None  # the key asked most recently (not repeated across rounds)
    topics: Mapping[str, Tally] = field(default_factory=dict)
    keys: Mapping[str, Tally] = field(default_factory=dict)


def pick_question(
    questions: Sequence[Question], record: ClassRecord, seed: int
) -> tuple[Question, ClassRecord] | None:
    """Today's question and the record with it marked asked; None when nothing can be pushed.

    When every fact has been asked, a new round starts (everything is fresh again except the one
    asked last, so a round's end and the next round's start never repeat a question).
    """
    groups = _by_key(pushable(questions))
    if not groups:
        return None
    fresh = [key for key in groups if key not in record.asked]
    asked = record.asked
    if not fresh:
        asked = frozenset()
        fresh = [key for key in groups if key != record.last] or list(groups)
    rng = random.Random(seed)
    weights = [_weight(groups[key][0], key, record) for key in fresh]
    key = rng.choices(fresh, weights=weights, k=1)[0]
    question = rng.choice(groups[key])
    updated = ClassRecord(asked | {key}, key, record.topics, record.keys)
    return question, updated


def with_results(record: ClassRecord, question: Question, wrong: int, total: int) -> ClassRecord:
    """The record after the class answered `question`: `wrong` wrong out of `total`."""
    if total == 0:
        return record
    key = coverage_key(question)
    keys = dict(record.keys)
    keys[key] = keys.get(key, Tally()).add(wrong, total)
    topics = dict(record.topics)
    if question.topic_id is not None:
        topics[question.topic_id] = topics.get(question.topic_id, Tally()).add(wrong, total)
    return ClassRecord(record.asked, record.last, topics, keys)


def _by_key(questions: list[Question]) -> dict[str, list[Question]]:
    groups: dict[str, list[Question]] = {}
    for question in questions:
        groups.setdefault(coverage_key(question), []).append(question)
    return groups


def _weight(sample: Question, key: str, record: ClassRecord) -> float:
    topic = record.topics.get(sample.topic_id or "", Tally())
    rate = topic.rate()
    fact = record.keys.get(key)
    if (
        fact is not None
    ):  # asked in an earlier round: how the class did on this very fact counts most
        rate = (rate + 3 * fact.rate()) / 4
    # Squared, so a topic the class keeps getting wrong clearly stands out from an unknown one.
    return _FLOOR + rate**2
