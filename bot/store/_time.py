"""Timestamps are timezone-aware UTC going in and coming out, whatever the database keeps.

PostgreSQL has `timestamptz`; SQLite has no time zones, so it keeps naive UTC text. `UtcDateTime`
hides that difference, and `require_utc` turns a naive datetime into a clear error before any
database sees it (a naive value would silently mean "local time" somewhere else).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo

from sqlalchemy.engine import Dialect
from sqlalchemy.types import DateTime, TypeDecorator


def require_utc(name: str, value: datetime) -> datetime:
    """`value` converted to UTC; a ValueError names the field when it is naive or not a datetime."""
    if not isinstance(value, datetime):
        raise ValueError(f"{name} must be a datetime, not {type(value).__name__}")
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError(f"{name} must be timezone-aware, got the naive {value.isoformat()}")
    return value.astimezone(UTC)


def day_bounds(day: date, tz: tzinfo) -> tuple[datetime, datetime]:
    """The UTC instants where `day` starts and ends in `tz` (23 or 25 hours apart across DST)."""
    start = datetime.combine(day, time(0), tzinfo=tz)
    end = datetime.combine(day + timedelta(days=1), time(0), tzinfo=tz)
    return start.astimezone(UTC), end.astimezone(UTC)


class UtcDateTime(TypeDecorator[datetime]):
    """A timestamp column that accepts and returns aware UTC datetimes on every backend."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        value = require_utc("timestamp", value)
        # SQLite stores fixed-width naive text, which sorts and compares correctly as UTC.
        return value.replace(tzinfo=None) if dialect.name == "sqlite" else value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)
