"""Who is where: players and teams in order with shared places, and who won.

Works on players alone (not on a live battle), so a battle read back after a restart is ranked by
the same rules as one that finished normally.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterable
from dataclasses import dataclass
from fractions import Fraction

from bot.battle._model import TEAM_NAMES, Player
from bot.battle._scoring import Placed, average, placed


@dataclass(frozen=True, slots=True)
class TeamScore:
    index: int
    members: tuple[Player, ...]
    score: Fraction  # the members' mean, exact; shown rounded

    @property
    def name(self) -> str:
        return team_name(self.index)


def team_name(index: int) -> str:
    return TEAM_NAMES[index] if index < len(TEAM_NAMES) else f"Team {index + 1}"


def players_ranked(players: Iterable[Player]) -> list[Placed[Player]]:
    """Most points first; equal points share a place and keep join order."""
    return placed(sorted(players, key=lambda p: p.seq), lambda p: p.points)


def top_players(players: Iterable[Player], rows: int) -> tuple[list[Placed[Player]], int]:
    """The first `rows` of `players_ranked(players)`, and how many players there are: a
    scoreboard shows ten of a thousand players after every round, and ranking them all on the
    event loop for that was a third of a round's close. The same order (most points first, then
    join order) and the same places: a player's place depends only on those ranked above."""
    listed = list(players)
    if rows < 0:  # a slice from the end, as `players_ranked(players)[:rows]` would be
        return players_ranked(listed)[:rows], len(listed)
    top = heapq.nsmallest(rows, listed, key=_rank_key)
    return placed(top, _points), len(listed)


def _rank_key(player: Player) -> tuple[int, int]:
    return -player.points, player.seq


def _points(player: Player) -> int:
    return player.points


def teams_ranked(players: Iterable[Player]) -> list[Placed[TeamScore]]:
    """Teams by their members' average points (members who left still count)."""
    members: dict[int, list[Player]] = {}
    for player in sorted(players, key=lambda p: p.seq):
        if player.team is not None:
            members.setdefault(player.team, []).append(player)
    scores = [
        TeamScore(index, tuple(group), average([p.points for p in group]))
        for index, group in sorted(members.items())
    ]
    return placed(scores, lambda team: team.score)


def winners(players: Iterable[Player], teams: int) -> set[str]:
    """The user ids that won: first place, or every member of a first-placed team. Nobody wins a
    battle in which nobody scored."""
    listed = list(players)
    if not any(p.points for p in listed):
        return set()
    if teams:
        return {
            member.user_id
            for spot in teams_ranked(listed)
            if spot.place == 1
            for member in spot.entry.members
        }
    best = max(player.points for player in listed)  # first place: every player with the most
    return {player.user_id for player in listed if player.points == best}
