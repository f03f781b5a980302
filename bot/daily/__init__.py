"""Daily question pushes into class chats: `/daily set 08:00 Europe/London mon-fri`.

Wire it into the engine with `Engine(deck, features=[DailyFeature(deck, store=…, clock=…)])`, attach
the adapter's Messenger (`feature.messenger = …`) once it exists, and call `engine.tick()` about
once a second. Pacing is the adapter's policy: `NoPacing` by default (Telegram's adapter paces below
the core), a `RatePacer` with the platform's limits where the adapter does not.
"""

from bot.daily._days import describe_days, parse_days
from bot.daily._decks import DeckChoice, DeckPool, DeckPools, DeckSource
from bot.daily._feature import DailyFeature
from bot.daily._pacer import NoPacing, Pacer, RatePacer
from bot.daily._picker import ClassRecord, Tally, coverage_key, pick_question, pushable
from bot.daily._render import DAILY_ACTION
from bot.daily._schedule import ScheduleError, Timetable, parse_time, parse_timetable
from bot.daily._scheduler import Due, Timekeeper
from bot.daily._state import DailyStore
from bot.daily._zones import UnknownZone, resolve_zone, suggest_zones

__all__ = [
    "DAILY_ACTION",
    "ClassRecord",
    "DailyFeature",
    "DailyStore",
    "DeckChoice",
    "DeckPool",
    "DeckPools",
    "DeckSource",
    "Due",
    "NoPacing",
    "Pacer",
    "RatePacer",
    "ScheduleError",
    "Tally",
    "Timekeeper",
    "Timetable",
    "UnknownZone",
    "coverage_key",
    "describe_days",
    "parse_days",
    "parse_time",
    "parse_timetable",
    "pick_question",
    "pushable",
    "resolve_zone",
    "suggest_zones",
]
