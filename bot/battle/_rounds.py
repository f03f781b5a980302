"""Rounds: taking answers while a question is open, and scoring the round when it closes.

Synchronous on purpose: a check and the write it guards run without an await between them, so a
thousand answers arriving in the same instant are each counted once, in arrival order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from bot.battle._model import Battle, Phase, Response, Round
from bot.battle._scoring import Award, award
from bot.events import User
from bot.explain import echo


@dataclass(frozen=True, slots=True)
class Taken:
    """What the one player who answered is told (a Notice), and whether the answer counted."""

    notice: str
    counted: bool


def refusal(battle: Battle, user: User, round_number: int | None, now: datetime) -> str | None:
    """Why `user` may not answer round `round_number` (None: the open round) now; None if they may."""
    player = battle.players.get(user.id)
    if player is None:
        return "You're not in this battle — join the next one when it opens."
    if player.left:
        return "You left this battle, so this answer doesn't count (your points are kept)."
    current = battle.current
    if battle.phase is not Phase.QUESTION or current is None:
        return "That question has closed — wait for the next one."
    if round_number is not None and round_number != current.number:
        return "That question has closed — answer the latest one."
    if user.id in current.responses:
        return "You've already answered this question — one answer each."
    if now > current.deadline:
        return "Too late — time was up for this question."
    return None


def take_choice(battle: Battle, user: User, round_number: int, picked: int, now: datetime) -> Taken:
    """Record a press of option `picked` in round `round_number`."""
    refused = refusal(battle, user, round_number, now)
    if refused is not None:
        return Taken(refused, counted=False)
    current = battle.current
    assert current is not None
    if current.typed or not 0 <= picked < len(current.labels):
        return Taken("That button has expired.", counted=False)
    return _record(current, user, now, picked in current.question.correct, current.labels[picked])


def take_typed(
    battle: Battle, user: User, given: str, judge: Callable[[str], bool | None], now: datetime
) -> Taken:
    """Record a typed answer to the open round; `judge` says right, wrong, or None for nothing to
    grade (blank or junk, which does not use up the player's one answer)."""
    refused = refusal(battle, user, None, now)
    if refused is not None:
        return Taken(refused, counted=False)
    current = battle.current
    assert current is not None
    if not current.typed:
        return Taken("Pick one of the options on the question.", counted=False)
    verdict = judge(given)
    if verdict is None:
        return Taken("Type an answer to the question (in groups: /a your answer).", counted=False)
    return _record(current, user, now, verdict, echo(given))


def _record(current: Round, user: User, now: datetime, correct: bool, given: str) -> Taken:
    elapsed = now - current.asked_at
    current.responses[user.id] = Response(user.id, len(current.responses), elapsed, correct, given)
    seconds = max(elapsed.total_seconds(), 0.0)
    return Taken(f"Locked in: {given} ({seconds:.1f} s). Results when the round ends.", True)


@dataclass(frozen=True, slots=True)
class RoundOutcome:
    """A closed round: what each player earned and who was fastest among the right answers."""

    round: Round
    awards: dict[str, Award]
    fastest: Response | None

    @property
    def right_answer(self) -> str:
        question = self.round.question
        if self.round.labels:
            return " / ".join(self.round.labels[i] for i in question.correct)
        return " / ".join(question.answers[:3])


def close_round(battle: Battle) -> RoundOutcome:
    """Score the open round into the players' totals and close it. Call once per round."""
    current = battle.current
    if current is None:
        raise RuntimeError("no round is open")
    awards: dict[str, Award] = {}
    limit = current.deadline - current.asked_at  # (once, not once a player)
    rules, responses = battle.options.rules, current.responses
    for player in battle.players.values():
        response = responses.get(player.user_id)
        earned = award(
            response is not None and response.correct,
            response.elapsed if response is not None else None,
            limit,
            player.streak,
            rules,
        )
        awards[player.user_id] = earned
        player.points += earned.total
        player.streak = earned.streak
        if response is not None:
            player.answered += 1
            player.correct += int(response.correct)
    right = [r for r in current.responses.values() if r.correct]
    fastest = min(right, key=lambda r: (r.elapsed, r.arrival)) if right else None
    battle.current = None
    battle.played += 1
    return RoundOutcome(current, awards, fastest)
