"""The people side of a battle: joining, leaving, who may start or stop it, and dealing teams.

Each function changes the battle's state at once (no awaits) and returns the sentence the one user
who acted is told. Anything that sends messages (starting the first round, closing the lobby)
happens on the next tick, so button presses stay quick.
"""

from __future__ import annotations

import dataclasses

from bot.battle._model import Battle, BattleSettings, Phase
from bot.battle._scoring import deal
from bot.events import User
from bot.wording import count


def join(battle: Battle, user: User) -> str:
    if battle.phase is not Phase.LOBBY:
        return "This battle has already started — join the next one."
    if battle.stopped_by is not None:
        return "This battle has been called off."
    if battle.join(user) is None:
        return f"You're already in — {count(len(battle.players), 'player')} so far."
    battle.lobby_dirty = True
    return f"You're in! {count(len(battle.players), 'player')} so far."


def leave(battle: Battle, user: User) -> str:
    """Leave the lobby (gone from the list) or a running battle (points kept, no more waiting on
    you before a round can end)."""
    player = battle.players.get(user.id)
    if player is None or player.left:
        return "You're not playing in this battle."
    if battle.phase is Phase.LOBBY:
        del battle.players[user.id]
        battle.lobby_dirty = True
        return "You've left the lobby."
    player.left = True
    return f"You've left the battle. Your {player.points:,} points stay on the board."


def _not_yours(battle: Battle, what: str) -> str:
    return f"Only {battle.starter.name} (who started it) or an admin can {what} this battle."


def request_start(battle: Battle, user: User, settings: BattleSettings) -> str:
    """Start early: the first question goes out on the next tick."""
    if not battle.may_run(user):
        return _not_yours(battle, "start")
    if battle.phase is not Phase.LOBBY or battle.stopped_by is not None:
        return "This battle is not waiting in its lobby any more."
    if len(battle.players) < settings.min_players:
        return (
            f"Need at least {settings.min_players} players to start — {len(battle.players)} so far."
        )
    battle.start_requested = True
    return "Starting now!"


def request_stop(battle: Battle, user: User) -> str:
    """Cancel a lobby, or end a running battle early (the rounds played are scored)."""
    if not battle.may_run(user):
        return _not_yours(battle, "cancel" if battle.phase is Phase.LOBBY else "stop")
    if battle.stopped_by is not None or battle.phase is Phase.OVER:
        return "This battle is already ending."
    battle.stopped_by = user.name
    if battle.phase is Phase.LOBBY:
        return "Battle cancelled."
    return "Stopping the battle now — the rounds played so far count."


def deal_teams(battle: Battle) -> None:
    """Split the players into teams in join order (as even as the numbers allow)."""
    wanted = battle.options.teams
    if not wanted:
        return
    players = sorted(battle.players.values(), key=lambda p: p.seq)
    count = min(wanted, len(players))
    for index, members in enumerate(deal(players, count)):
        for player in members:
            player.team = index
    battle.options = dataclasses.replace(battle.options, teams=count)
