"""The arithmetic of a battle, as pure functions: speed points, the streak bonus, team averages,
places with ties, and how players are dealt into teams.

Kept apart from the state and the timers so every number a player sees can be checked by hand.
Time is exact (whole microseconds as fractions), so no float rounding decides a point.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import timedelta
from fractions import Fraction
from typing import Generic, TypeVar

from knowledge.frozen import quick_init

T = TypeVar("T")

FULL_POINTS = 1000
GRACE = timedelta(seconds=0.5)  # answers faster than this earn full points
STREAK_STEP = 100
STREAK_CAP = 500
_MICROSECOND = timedelta(microseconds=1)
_NO_TIME = timedelta(0)


@dataclass(frozen=True, slots=True)
class Rules:
    """How right answers are paid in one battle; speed and streak can each be turned off."""

    speed: bool = True
    streak: bool = True
    full_points: int = FULL_POINTS


@quick_init  # one for each right answer of a round close
@dataclass(frozen=True, slots=True)
class Award:
    """What one answer earned: base points (speed-scaled or flat), the streak bonus, and the streak
    the player is on afterwards (0 after a wrong or missing answer)."""

    base: int
    bonus: int
    streak: int

    @property
    def total(self) -> int:
        return self.base + self.bonus


# What a wrong or missing answer earns: one value for all of them (a round close of a thousand
# players made one each).
_NOTHING = Award(0, 0, 0)


def half_up(value: Fraction) -> int:
    """Round to the nearest whole number, halves up (as Kahoot's JavaScript Math.round does).

    Python's round() would send 962.5 to 962 and 987.5 to 988 (to even); players expect 963.
    """
    return math.floor(value + Fraction(1, 2))


def speed_points(elapsed: timedelta, limit: timedelta, *, full_points: int = FULL_POINTS) -> int:
    """Points for a right answer after `elapsed` of a `limit`-long timer: round(P × (1 − (t/T)/2)).

    Under half a second earns the full P; at the buzzer P/2. Time outside [0, T] is clamped, so a
    clock skew can never pay more than P or less than P/2.
    """
    if limit <= _NO_TIME:
        raise ValueError(f"the timer must be longer than zero, not {limit}")
    if elapsed < GRACE:
        return full_points
    # round half up of P × (1 − t/(2T)), in whole microseconds: floor((2TP − tP + T) / 2T), the
    # same exact value as with Fractions at a tenth of the cost (a 1,000-player round close).
    taken, whole = min(elapsed, limit) // _MICROSECOND, limit // _MICROSECOND
    return (2 * whole * full_points - taken * full_points + whole) // (2 * whole)


def streak_bonus(streak: int) -> int:
    """+100 for each consecutive right answer from the second on, capped at +500.

    `streak` counts the right answers in a row including this one: 1 → 0, 2 → 100, 6+ → 500.
    """
    if streak < 0:
        raise ValueError(f"a streak cannot be negative: {streak}")
    return min(STREAK_STEP * max(streak - 1, 0), STREAK_CAP)


def award(
    correct: bool, elapsed: timedelta | None, limit: timedelta, streak_before: int, rules: Rules
) -> Award:
    """What an answer (or no answer, `elapsed` None) earns under `rules`.

    The streak is counted even when the bonus is off, so the scoreboard can still show it.
    """
    if not correct or elapsed is None:
        return _NOTHING
    streak = streak_before + 1
    base = (
        speed_points(elapsed, limit, full_points=rules.full_points)
        if rules.speed
        else rules.full_points
    )
    return Award(base, streak_bonus(streak) if rules.streak else 0, streak)


def average(points: Sequence[int]) -> Fraction:
    """A team's score: its members' mean, exact (an empty team scores 0)."""
    return Fraction(sum(points), len(points)) if points else Fraction(0)


@quick_init  # one for each player of a scoreboard
@dataclass(frozen=True, slots=True)
class Placed(Generic[T]):
    place: int
    entry: T


def placed(entries: Sequence[T], score: Callable[[T], Fraction | int]) -> list[Placed[T]]:
    """Entries best first with competition places: equal scores share a place ("1, 2, 2, 4").

    The sort is stable, so tied entries keep the order they came in (join order, for players).
    """
    scored = sorted(((score(entry), entry) for entry in entries), key=_first, reverse=True)
    out: list[Placed[T]] = []
    place, last = 0, None
    for index, (value, entry) in enumerate(scored):
        if not index or value != last:
            place, last = index + 1, value
        out.append(Placed(place, entry))
    return out


def _first(pair: tuple[Fraction | int, object]) -> Fraction | int:
    return pair[0]


def deal(entries: Sequence[T], teams: int) -> list[list[T]]:
    """Deal entries into `teams` teams like cards, in the given order: sizes differ by at most one,
    and the same players in the same order always land in the same teams."""
    if teams < 1:
        raise ValueError(f"need at least one team, not {teams}")
    dealt: list[list[T]] = [[] for _ in range(teams)]
    for index, entry in enumerate(entries):
        dealt[index % teams].append(entry)
    return dealt
