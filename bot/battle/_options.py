"""Reading what a user typed after `/battle`, `/battle settings` and `/leaderboard`.

Option words may come in any order and anywhere: `/battle Berlin Wall 5 teams=3 nospeed`. Whatever
is left after the options and a trailing round count is the topic. A lone number above the round
limit is a topic (a year: `/battle 1956`), not a round count.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.explain import echo

MAX_TEAMS = 8
_TEAM_PREFIXES = ("teams=", "teams:")
_FLAGS: dict[str, tuple[str, bool]] = {
    "speed": ("speed", True),
    "nospeed": ("speed", False),
    "no-speed": ("speed", False),
    "streak": ("streak", True),
    "streaks": ("streak", True),
    "nostreak": ("streak", False),
    "nostreaks": ("streak", False),
    "no-streak": ("streak", False),
}
_SWITCH = {"on": True, "yes": True, "true": True, "off": False, "no": False, "false": False}


@dataclass(frozen=True, slots=True)
class BattleRequest:
    """A `/battle` command, read. None for speed/streak means "the chat's default"."""

    topic_query: str = ""
    rounds: int | None = None
    teams: int = 0  # 0: everyone for themselves
    speed: bool | None = None
    streak: bool | None = None
    typed: bool = False


def parse_battle(args: str, *, max_rounds: int, example: str = "") -> BattleRequest | str:
    """`/battle [topic] [rounds] [options]` -> a request, or the sentence saying what was wrong.

    `example` is a topic of the chat's own deck, shown in the sentence so it works when typed."""
    flags: dict[str, bool] = {}
    teams = 0
    typed = False
    words: list[str] = []
    for word in args.split():
        key = word.casefold()
        if key in _FLAGS:
            name, value = _FLAGS[key]
            flags[name] = value
        elif key == "typed":
            typed = True
        elif key == "teams" or key.startswith(_TEAM_PREFIXES):
            count = _team_count(key)
            if isinstance(count, str):
                return count
            teams = count
        else:
            words.append(word)
    rounds: int | None = None
    if words and words[-1].isdigit():
        number = int(words[-1])
        if len(words) > 1 or number <= max_rounds:
            if not 1 <= number <= max_rounds:
                shown = f"/battle {example} 5" if example else "/battle 5"
                return f"Pick between 1 and {max_rounds} rounds, e.g. {shown}."
            rounds = number
            words.pop()
    return BattleRequest(
        " ".join(words), rounds, teams, flags.get("speed"), flags.get("streak"), typed
    )


def _team_count(word: str) -> int | str:
    if word == "teams":
        return 2
    value = word[len("teams=") :]
    if not value.isdigit() or not 2 <= int(value) <= MAX_TEAMS:
        return f"Teams need a number from 2 to {MAX_TEAMS}, e.g. teams=3 (not “{echo(value)}”)."
    return int(value)


@dataclass(frozen=True, slots=True)
class SettingChange:
    """`/battle settings speed off` -> SettingChange("speed", False)."""

    name: str
    value: bool


SETTINGS_USAGE = "Use /battle settings speed on|off or /battle settings streak on|off."


def parse_setting(args: str) -> SettingChange | str | None:
    """The change asked for; None for a bare `/battle settings` (show them); a str when unclear."""
    words = args.casefold().split()
    if not words:
        return None
    if len(words) != 2 or words[1] not in _SWITCH:
        return SETTINGS_USAGE
    name = {"speed": "speed", "streak": "streak", "streaks": "streak"}.get(words[0])
    if name is None:
        return SETTINGS_USAGE
    return SettingChange(name, _SWITCH[words[1]])


def parse_period(args: str) -> str | None:
    """`/leaderboard [week|all]` -> "week" or "all"; None when the word is neither."""
    word = args.strip().casefold()
    if word in {"", "all", "alltime", "all-time", "ever"}:
        return "all"
    if word in {"week", "weekly", "7d"}:
        return "week"
    return None
