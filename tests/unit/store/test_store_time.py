"""Days in a time zone, as the store turns them into UTC ranges."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.store._time import day_bounds, require_utc

LONDON = ZoneInfo("Europe/London")


def test_a_day_in_utc_is_midnight_to_midnight() -> None:
    assert day_bounds(date(2025, 1, 15), UTC) == (
        datetime(2025, 1, 15, tzinfo=UTC),
        datetime(2025, 1, 16, tzinfo=UTC),
    )


def test_the_day_clocks_go_forward_is_23_hours_long() -> None:
    start, end = day_bounds(date(2025, 3, 30), LONDON)
    assert start == datetime(2025, 3, 30, 0, 0, tzinfo=UTC)
    assert end - start == timedelta(hours=23)


def test_a_summer_day_in_london_starts_at_23_utc_the_day_before() -> None:
    start, _ = day_bounds(date(2025, 7, 1), LONDON)
    assert start == datetime(2025, 6, 30, 23, 0, tzinfo=UTC)


def test_require_utc_converts_and_names_the_field() -> None:
    converted = require_utc("due", datetime(2025, 7, 1, 12, 0, tzinfo=LONDON))
    assert converted == datetime(2025, 7, 1, 11, 0, tzinfo=UTC)
    assert converted.tzinfo is UTC
    with pytest.raises(ValueError, match="due must be timezone-aware"):
        require_utc("due", datetime(2025, 7, 1, 12, 0))
    with pytest.raises(ValueError, match="due must be a datetime, not str"):
        require_utc("due", "2025-07-01")  # type: ignore[arg-type]
