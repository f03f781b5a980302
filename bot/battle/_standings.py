"""Who is where: players and teams in order with shared places, and who won.

Works on players alone (not on a live battle), so a battle read back after a restart is ranked by
the same rules as one that finished normally.
"""

from __future__ import annotations

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
    return {spot.entry.user_id for spot in players_ranked(listed) if spot.place == 1}
