"""Spaced repetition with FSRS: ratings from quiz outcomes, and card state in and out of the store."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from fsrs import Card, Rating, Scheduler


@dataclass(frozen=True, slots=True)
class Outcome:
    """How a question went, in the terms that decide its FSRS rating."""

    correct: bool
    hinted: bool = False
    typo: bool = False
    multiple_choice: bool = False


def rating_for(outcome: Outcome) -> Rating:
    """Wrong -> Again; right after a hint or with a typo -> Hard; right -> Good.

    Easy is never given: a right multiple-choice answer counts at most Good (recognition is easier than recall),
    and one right typed answer is not evidence enough to stretch the interval further.
    """
    if not outcome.correct:
        return Rating.Again
    if outcome.hinted or outcome.typo:
        return Rating.Hard
    return Rating.Good


def make_scheduler(*, fuzzing: bool = True) -> Scheduler:
    """FSRS without minute-long learning steps.

    fsrs's default steps (1 and 10 minutes) suit an app open in front of the learner; a chat bot is visited a
    few times a day at most, so a new or lapsed card goes straight to day-sized intervals (Again: tomorrow).
    """
    return Scheduler(learning_steps=(), relearning_steps=(), enable_fuzzing=fuzzing)


def card_number(card_id: str) -> int:
    """FSRS wants an int id; ours are hex digests. Without one, fsrs sleeps 1 ms to make one from the clock."""
    return int(card_id[:15], 16)


def new_card(card_id: str, now: datetime) -> Card:
    return Card(card_id=card_number(card_id), due=now)


def review(
    scheduler: Scheduler,
    state: dict[str, Any] | None,
    card_id: str,
    outcome: Outcome,
    now: datetime,
) -> tuple[Card, Rating]:
    """The card after this review (a new card when the user has never seen it)."""
    card = Card.from_dict(state) if state else new_card(card_id, now)  # type: ignore[arg-type]
    rating = rating_for(outcome)
    updated, _log = scheduler.review_card(card, rating, review_datetime=now)
    return updated, rating
