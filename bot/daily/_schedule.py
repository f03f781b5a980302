"""A chat's daily-push timetable, `HH:MM [timezone] [days] [deadline=HH:MM]`, and when it falls.

Times are wall-clock times in an IANA zone, so a push at 08:00 Europe/London is at 08:00 local on
both sides of a daylight-saving change (07:00 UTC in summer, 08:00 UTC in winter). A time that a
spring-forward change skips (01:30 on the March night) falls an hour later that day; one that an
autumn change repeats falls on its first occurrence, so a day never has two pushes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.daily._days import EVERY_DAY, DaysError, describe_days, looks_like_days, parse_days
from bot.daily._zones import UnknownZone, resolve_zone
from bot.explain import echo

DEFAULT_ZONE = "UTC"
USAGE = "/daily set HH:MM [timezone] [days] [deadline=HH:MM]"
EXAMPLE = "/daily set 08:00 Europe/London mon-fri deadline=17:00"

_CLOCK = re.compile(r"(\d{1,2})[:.](\d{2})")
_MERIDIEM = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?(am|pm)")
_DEADLINE_KEYS = ("deadline", "until", "close", "closes")
# A week ahead (plus a day either side of DST oddities) always contains the next push day.
_SEARCH_DAYS = 9


class ScheduleError(ValueError):
    """A timetable that could not be read; the message is for the user who typed it."""


@dataclass(frozen=True, slots=True)
class Timetable:
    """When a chat's question of the day goes out, and when answers close.

    `days` are Python weekdays (0 = Monday). Without `deadline`, answers close at the next push.
    """

    at: time
    zone: str = DEFAULT_ZONE
    days: frozenset[int] = EVERY_DAY
    deadline: time | None = None

    def __post_init__(self) -> None:
        if self.at.tzinfo is not None or (self.deadline and self.deadline.tzinfo is not None):
            raise ValueError("timetable times are wall-clock times, without a zone")
        if not self.days or not self.days <= EVERY_DAY:
            raise ValueError(f"days must be a non-empty set of weekdays 0–6, got {self.days!r}")
        ZoneInfo(self.zone)  # raises for an unknown zone

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.zone)  # ZoneInfo keeps one instance per key

    def local_day(self, moment: datetime) -> date:
        """The date in this timetable's zone at `moment`."""
        return moment.astimezone(self.tz).date()

    def is_push_day(self, day: date) -> bool:
        return day.weekday() in self.days

    def push_time(self, day: date) -> datetime:
        """The UTC instant of the push on local `day` (whether or not it is a push day)."""
        return _instant(day, self.at, self.tz)

    def next_push(self, after: datetime) -> tuple[date, datetime]:
        """The first push strictly after `after`: its local date and UTC instant."""
        start = self.local_day(after) - timedelta(days=1)
        for offset in range(_SEARCH_DAYS):
            day = start + timedelta(days=offset)
            moment = self.push_time(day)
            if self.is_push_day(day) and moment > after:
                return day, moment
        raise AssertionError("a non-empty set of weekdays always has a push within a week")

    def latest_push(self, at_or_before: datetime) -> tuple[date, datetime]:
        """The last push at or before `at_or_before`: its local date and UTC instant."""
        start = self.local_day(at_or_before) + timedelta(days=1)
        for offset in range(_SEARCH_DAYS):
            day = start - timedelta(days=offset)
            moment = self.push_time(day)
            if self.is_push_day(day) and moment <= at_or_before:
                return day, moment
        raise AssertionError("a non-empty set of weekdays always has a push within a week")

    def closes_at(self, day: date, sent_at: datetime) -> datetime:
        """When answers to the question of local `day`, sent at `sent_at`, stop counting.

        At the push of the next push day; sooner when a deadline comes first: the first time the
        local clock shows `deadline` after the question went out.
        """
        following = self._first_push_after_day(day)
        if self.deadline is None:
            return following
        start = self.local_day(sent_at)
        for offset in range(2):
            moment = _instant(start + timedelta(days=offset), self.deadline, self.tz)
            if moment > sent_at:
                return min(moment, following)
        return following

    def _first_push_after_day(self, day: date) -> datetime:
        for offset in range(1, _SEARCH_DAYS):
            later = day + timedelta(days=offset)
            if self.is_push_day(later):
                return self.push_time(later)
        raise AssertionError("a non-empty set of weekdays always has a push within a week")

    def describe(self) -> str:
        """ "08:00 Europe/London, Monday to Friday; answers close at 17:00"."""
        closing = (
            f"answers close at {self.deadline:%H:%M}"
            if self.deadline is not None
            else "answers close at the next question"
        )
        return f"{self.at:%H:%M} {self.zone}, {describe_days(self.days)}; {closing}"


def _instant(day: date, wall: time, zone: ZoneInfo) -> datetime:
    """The UTC instant a wall clock in `zone` shows `wall` on `day`.

    zoneinfo reads a skipped time with the offset from before the change (so it lands an hour
    later) and a repeated time as its first occurrence (fold=0).
    """
    return datetime.combine(day, wall, tzinfo=zone).astimezone(UTC)


def parse_time(value: str) -> time:
    """`08:00`, `8:00`, `8.30`, `8am`, `5:30pm` -> a wall-clock time; ScheduleError otherwise."""
    folded = value.strip().casefold()
    shown = echo(value)
    clock = _CLOCK.fullmatch(folded)
    if clock is not None:
        hours, minutes = int(clock[1]), int(clock[2])
        if hours > 23:
            raise ScheduleError(f"“{shown}” is not a time of day: hours go from 00 to 23.")
        if minutes > 59:
            raise ScheduleError(f"“{shown}” is not a time of day: minutes go from 00 to 59.")
        return time(hours, minutes)
    meridiem = _MERIDIEM.fullmatch(folded)
    if meridiem is not None:
        hours, minutes = int(meridiem[1]), int(meridiem[2] or 0)
        if not 1 <= hours <= 12:
            raise ScheduleError(f"“{shown}” is not a time of day: with am/pm, hours go 1 to 12.")
        if minutes > 59:
            raise ScheduleError(f"“{shown}” is not a time of day: minutes go from 00 to 59.")
        return time(hours % 12 + (12 if meridiem[3] == "pm" else 0), minutes)
    raise ScheduleError(f"“{shown}” is not a time of day. Write it as HH:MM, like 08:00 or 17:30.")


def parse_timetable(args: str) -> Timetable:
    """`08:00 Europe/London mon-fri deadline=17:00` -> a Timetable; ScheduleError explains why not.

    The time comes first; the zone (default UTC), days (default every day) and deadline follow
    in any order.
    """
    words = args.split()
    if not words:
        raise ScheduleError(f"Give a time, e.g. {EXAMPLE}")
    if not any(char.isdigit() for char in words[0]):
        raise ScheduleError(f"Start with the time of day, e.g. {EXAMPLE}")
    at = parse_time(words[0])
    zone: str | None = None
    days: frozenset[int] | None = None
    deadline: time | None = None
    for word in words[1:]:
        if "=" in word:
            key, _, value = word.partition("=")
            if key.casefold() not in _DEADLINE_KEYS:
                raise ScheduleError(
                    f"I don't know the setting “{echo(key)}”. The one setting is deadline=HH:MM, "
                    f"e.g. {EXAMPLE}"
                )
            if deadline is not None:
                raise ScheduleError("Give one deadline.")
            deadline = parse_time(value)
        elif word.casefold() in _DEADLINE_KEYS:
            raise ScheduleError("Write the deadline with an equals sign, like deadline=17:00.")
        else:
            zone, days = _zone_or_days(word, zone, days)
    if deadline is not None and deadline == at:
        raise ScheduleError(
            f"The deadline ({deadline:%H:%M}) is the push time itself; pick a later time, "
            "or leave it out to close answers at the next question."
        )
    return Timetable(at, zone or DEFAULT_ZONE, days or EVERY_DAY, deadline)


def _zone_or_days(
    word: str, zone: str | None, days: frozenset[int] | None
) -> tuple[str | None, frozenset[int] | None]:
    """Read one word as days, else as a time zone; a clear error when it is neither."""
    try:
        parsed = parse_days(word)
    except DaysError as days_error:
        if "/" not in word and looks_like_days(word):
            raise ScheduleError(str(days_error)) from None
    else:
        if days is not None:
            raise ScheduleError("Give the days once, e.g. mon-fri or mon,wed,fri.")
        return zone, parsed
    try:
        resolved = resolve_zone(word)
    except UnknownZone as zone_error:
        if zone_error.suggestions or "/" in word:
            raise ScheduleError(str(zone_error)) from None
        raise ScheduleError(
            f"I couldn't read “{echo(word)}”: after the time, give a time zone (like Europe/London) "
            "and days (like mon-fri, weekdays, weekends, mon,wed,fri or daily)."
        ) from None
    if zone is not None:
        raise ScheduleError(f"Give one time zone (you gave {zone} and {resolved}).")
    return resolved, days
