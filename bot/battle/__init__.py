"""Group quiz battles: a lobby, timed rounds with speed points and streaks, one scoreboard that is
edited as the battle goes, a podium, and a per-chat leaderboard.

Wire it into the engine with `Engine(deck, features=[BattleFeature(deck, clock=…, messenger=…,
store=…)])`; adapters call `engine.tick()` about once a second to drive its timers.
"""

from bot.battle._feature import BattleFeature, DeckChoice, DeckSource
from bot.battle._model import BattleSettings, Phase, Player
from bot.battle._options import BattleRequest, parse_battle
from bot.battle._persist import BattleStore
from bot.battle._scoring import (
    FULL_POINTS,
    STREAK_CAP,
    STREAK_STEP,
    Award,
    Placed,
    Rules,
    average,
    award,
    deal,
    half_up,
    placed,
    speed_points,
    streak_bonus,
)

__all__ = [
    "FULL_POINTS",
    "STREAK_CAP",
    "STREAK_STEP",
    "Award",
    "BattleFeature",
    "BattleRequest",
    "BattleSettings",
    "BattleStore",
    "DeckChoice",
    "DeckSource",
    "Phase",
    "Placed",
    "Player",
    "Rules",
    "average",
    "award",
    "deal",
    "half_up",
    "parse_battle",
    "placed",
    "speed_points",
    "streak_bonus",
]
