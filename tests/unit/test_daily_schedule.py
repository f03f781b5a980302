"""`/daily set` arguments and the timetable they make: when pushes fall, across DST, and when answers close."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from bot.daily import (
    ScheduleError,
    Timetable,
    UnknownZone,
    describe_days,
    parse_days,
    parse_timetable,
    resolve_zone,
)

WEEKDAYS = frozenset(range(5))


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


# -- reading what an admin types --------------------------------------------------------------


def test_a_full_schedule_is_read() -> None:
    assert parse_timetable("08:00 Europe/London mon-fri deadline=17:00") == Timetable(
        time(8, 0), "Europe/London", WEEKDAYS, time(17, 0)
    )


def test_defaults_are_utc_every_day_and_no_deadline() -> None:
    assert parse_timetable("7:30") == Timetable(time(7, 30), "UTC", frozenset(range(7)), None)


def test_zone_and_days_come_in_any_order_and_any_case() -> None:
    assert parse_timetable("6pm WEEKENDS asia/tokyo") == Timetable(
        time(18, 0), "Asia/Tokyo", frozenset({5, 6})
    )


@pytest.mark.parametrize(
    ("typed", "zone"),
    [
        ("europe/london", "Europe/London"),
        ("AMERICA/NEW_YORK", "America/New_York"),
        ("new_york", "America/New_York"),
        ("London", "Europe/London"),
        ("utc", "UTC"),
        ("America/Argentina/Buenos_Aires", "America/Argentina/Buenos_Aires"),
    ],
)
def test_time_zones_match_whatever_the_case(typed: str, zone: str) -> None:
    assert resolve_zone(typed) == zone


@pytest.mark.parametrize(
    ("typed", "days"),
    [
        ("mon-fri", {0, 1, 2, 3, 4}),
        ("weekdays", {0, 1, 2, 3, 4}),
        ("weekends", {5, 6}),
        ("mon,wed,fri", {0, 2, 4}),
        ("Monday,Thursday", {0, 3}),
        ("daily", set(range(7))),
        ("fri-mon", {4, 5, 6, 0}),
        ("mon-wed,sat", {0, 1, 2, 5}),
        ("tue–thu", {1, 2, 3}),
    ],
)
def test_days_are_read_as_teachers_write_them(typed: str, days: set[int]) -> None:
    assert parse_days(typed) == frozenset(days)


def test_days_are_described_in_words() -> None:
    assert describe_days(frozenset(range(5))) == "Monday to Friday"
    assert describe_days(frozenset({0, 2, 4})) == "Monday, Wednesday and Friday"
    assert describe_days(frozenset({4, 5, 6, 0})) == "Friday to Monday"
    assert describe_days(frozenset({2})) == "Wednesdays"
    assert describe_days(frozenset(range(7))) == "every day"


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("25:00", "“25:00” is not a time of day: hours go from 00 to 23."),
        ("08:60", "“08:60” is not a time of day: minutes go from 00 to 59."),
        ("13pm", "with am/pm, hours go 1 to 12"),
        ("8 Europe/London", "“8” is not a time of day. Write it as HH:MM"),
        ("Europe/London 08:00", "Start with the time of day"),
        ("", "Give a time"),
        ("08:00 Europe/Londn", "Did you mean Europe/London"),
        ("08:00 Amerca/New_York", "Did you mean America/New_York?"),
        ("08:00 Mars/Olympus", "“Mars/Olympus” is not a time zone I know. Use an IANA name"),
        ("08:00 Istanbul", "could be several time zones: Asia/Istanbul, Europe/Istanbul"),
        ("08:00 mon-fry", "“fry” in “mon-fry” is not a day of the week"),
        ("08:00 funday", "I couldn't read “funday”"),
        ("08:00 UTC Asia/Tokyo", "Give one time zone"),
        ("08:00 mon weekends", "Give the days once"),
        ("08:00 colour=red", "I don't know the setting “colour”"),
        ("08:00 deadline 17:00", "deadline=17:00"),
        ("08:00 deadline=08:00", "is the push time itself"),
        ("08:00 deadline=24:00", "hours go from 00 to 23"),
    ],
)
def test_bad_schedules_get_a_clear_error(typed: str, message: str) -> None:
    with pytest.raises(ScheduleError) as caught:
        parse_timetable(typed)
    assert message in str(caught.value)


def test_a_wrong_zone_lists_close_real_names() -> None:
    with pytest.raises(UnknownZone) as caught:
        resolve_zone("Europe/Pariss")
    assert caught.value.suggestions[0] == "Europe/Paris"


# -- when pushes fall -------------------------------------------------------------------------

LONDON_8AM = Timetable(time(8, 0), "Europe/London")


def test_london_pushes_stay_at_eight_local_across_the_march_change() -> None:
    # BST starts at 01:00 UTC on Sunday 29 March 2026.
    assert LONDON_8AM.push_time(date(2026, 3, 28)) == utc(2026, 3, 28, 8, 0)
    assert LONDON_8AM.push_time(date(2026, 3, 29)) == utc(2026, 3, 29, 7, 0)
    assert LONDON_8AM.next_push(utc(2026, 3, 28, 8, 0)) == (date(2026, 3, 29), utc(2026, 3, 29, 7))


def test_london_pushes_stay_at_eight_local_across_the_october_change() -> None:
    # BST ends at 01:00 UTC on Sunday 25 October 2026.
    assert LONDON_8AM.push_time(date(2026, 10, 24)) == utc(2026, 10, 24, 7, 0)
    assert LONDON_8AM.next_push(utc(2026, 10, 24, 7, 0)) == (
        date(2026, 10, 25),
        utc(2026, 10, 25, 8),
    )


def test_new_york_changes_on_its_own_date() -> None:
    new_york = Timetable(time(8, 0), "America/New_York")
    assert new_york.push_time(date(2026, 3, 7)) == utc(2026, 3, 7, 13, 0)  # EST
    assert new_york.push_time(date(2026, 3, 8)) == utc(2026, 3, 8, 12, 0)  # EDT from 8 March
    assert new_york.push_time(date(2026, 3, 29)) == utc(2026, 3, 29, 12, 0)


def test_a_time_skipped_by_the_clocks_going_forward_falls_an_hour_later() -> None:
    night = Timetable(time(1, 30), "Europe/London")
    # 01:30 does not exist on 29 March: the push is at 02:30 BST, i.e. 01:30 UTC.
    assert night.push_time(date(2026, 3, 29)) == utc(2026, 3, 29, 1, 30)


def test_a_time_repeated_by_the_clocks_going_back_is_pushed_once() -> None:
    night = Timetable(time(1, 30), "Europe/London")
    first = night.push_time(date(2026, 10, 25))
    assert first == utc(2026, 10, 25, 0, 30)  # the first 01:30 (BST)
    assert night.next_push(first) == (date(2026, 10, 26), utc(2026, 10, 26, 1, 30))


def test_weekday_schedules_skip_the_weekend() -> None:
    weekdays = Timetable(time(8, 0), "UTC", WEEKDAYS)
    friday = utc(2026, 3, 6, 8, 0)
    assert weekdays.next_push(friday) == (date(2026, 3, 9), utc(2026, 3, 9, 8, 0))
    assert weekdays.latest_push(utc(2026, 3, 8, 12, 0)) == (date(2026, 3, 6), friday)
    assert weekdays.latest_push(friday) == (date(2026, 3, 6), friday)


# -- when answers close -----------------------------------------------------------------------


def test_without_a_deadline_answers_close_at_the_next_push() -> None:
    weekdays = Timetable(time(8, 0), "Europe/London", WEEKDAYS)
    friday = date(2026, 3, 27)
    assert weekdays.closes_at(friday, utc(2026, 3, 27, 8, 0)) == utc(2026, 3, 30, 7, 0)


def test_a_deadline_closes_answers_the_same_day() -> None:
    timetable = parse_timetable("08:00 Europe/London mon-fri deadline=17:00")
    monday = date(2026, 3, 30)
    assert timetable.closes_at(monday, utc(2026, 3, 30, 7, 0)) == utc(2026, 3, 30, 16, 0)


def test_a_deadline_earlier_than_the_push_closes_answers_the_next_morning() -> None:
    timetable = parse_timetable("20:00 UTC deadline=07:00")
    assert timetable.closes_at(date(2026, 3, 2), utc(2026, 3, 2, 20)) == utc(2026, 3, 3, 7)


def test_answers_never_stay_open_past_the_next_push() -> None:
    timetable = parse_timetable("08:00 UTC deadline=17:00")
    # Posted by hand late in the evening: tomorrow's 17:00 would be after tomorrow's push.
    assert timetable.closes_at(date(2026, 3, 2), utc(2026, 3, 2, 22)) == utc(2026, 3, 3, 8)


def test_a_schedule_describes_itself() -> None:
    timetable = parse_timetable("08:00 Europe/London mon-fri deadline=17:00")
    assert timetable.describe() == ("08:00 Europe/London, Monday to Friday; answers close at 17:00")
    assert parse_timetable("21:15").describe() == (
        "21:15 UTC, every day; answers close at the next question"
    )
