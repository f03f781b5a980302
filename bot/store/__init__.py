"""Persistence for studybot: SQLite by default, PostgreSQL through DATABASE_URL.

The engine depends on the `Store` protocol; `SqlStore.open(url)` provides it on either database
(SQLAlchemy Core on aiosqlite or asyncpg) and runs the Alembic migrations shipped in
`bot/store/migrations/` before returning.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from bot.store._answers import CardStep
from bot.store._errors import StoreError
from bot.store._protocol import Store
from bot.store._records import (
    BattleRecord,
    BattleResult,
    BattleStatus,
    CardRecord,
    ChatRef,
    DailyAnswer,
    DailyPush,
    LeaderboardEntry,
    PushKey,
    PushState,
    QuizResult,
    Review,
    Schedule,
    StoredDeck,
    StoredPoll,
    TopicAccuracy,
    UploadAllowance,
    UploadEntry,
    UserRecord,
    UserRef,
)
from bot.store._sql import SqlStore
from bot.store._urls import default_database_url, to_async_url

__all__ = [
    "BattleRecord",
    "BattleResult",
    "BattleStatus",
    "CardRecord",
    "CardStep",
    "ChatRef",
    "DailyAnswer",
    "DailyPush",
    "LeaderboardEntry",
    "PushKey",
    "PushState",
    "QuizResult",
    "Review",
    "Schedule",
    "SqlStore",
    "Store",
    "StoreError",
    "StoredDeck",
    "StoredPoll",
    "TopicAccuracy",
    "UploadAllowance",
    "UploadEntry",
    "UserRecord",
    "UserRef",
    "default_database_url",
    "to_async_url",
]

if TYPE_CHECKING:

    def _sql_store_is_a_store(store: SqlStore) -> Store:
        """mypy proves here that SqlStore implements every method of the protocol."""
        return store
