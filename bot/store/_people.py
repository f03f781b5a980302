"""Users and chats: who studies, and each chat's settings."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import datetime
from functools import cached_property
from typing import Any

from sqlalchemy import Select, Table, bindparam, case, select, update

from bot.store import _schema as t
from bot.store._connection import Connection, Insert, chat_is
from bot.store._prepared import Statements
from bot.store._records import ChatRef, UserRecord, UserRef, require_json_object
from bot.store._time import require_utc


class PeopleQueries(Connection):
    """Users (upserted on every visit) and per-chat settings (a JSON object)."""

    async def upsert_user(self, user: UserRef, display_name: str, seen_at: datetime) -> None:
        statement = upsert_user_statement(self._insert, user, display_name, seen_at)
        async with self._write() as conn:
            await conn.execute(statement)

    async def get_user(self, user: UserRef) -> UserRecord | None:
        query = select(t.users).where(
            t.users.c.platform == user.platform, t.users.c.user_id == user.user_id
        )
        async with self._read() as conn:
            row = (await conn.execute(query)).first()
        if row is None:
            return None
        return UserRecord(user, row.display_name, row.first_seen, row.last_seen)

    async def get_chat_settings(self, chat: ChatRef) -> dict[str, Any]:
        """Read for the first event of a chat (which deck it studies) and battles' rules: one
        round trip to the store's thread on a SQLite file, the query prepared once
        (`_read_prepared`; building and running it through Core was three quarters of a new
        chat's /explain)."""
        query = self._chat_settings_query
        key = {"k_platform": chat.platform, "k_chat_id": chat.chat_id}

        def work(run: Statements) -> Any:
            row = run.first(query, key)
            return None if row is None else row.settings

        settings = await self._read_prepared(work)
        return dict(settings) if settings else {}

    @cached_property
    def _chat_settings_query(self) -> Select[Any]:
        return select(t.chats.c.settings).where(
            t.chats.c.platform == bindparam("k_platform"),
            t.chats.c.chat_id == bindparam("k_chat_id"),
        )

    async def update_chat_settings(
        self, chat: ChatRef, changes: Mapping[str, Any]
    ) -> dict[str, Any]:
        changes = require_json_object("chat settings", changes)
        ensure_row = (
            self._insert(t.chats)
            .values(platform=chat.platform, chat_id=chat.chat_id, settings={})
            .on_conflict_do_nothing()
        )
        # FOR UPDATE serialises concurrent merges on PostgreSQL; SQLite is already serialised.
        current = select(t.chats.c.settings).where(*chat_is(t.chats, chat)).with_for_update()
        async with self._write() as conn:
            await conn.execute(ensure_row)
            settings = dict((await conn.execute(current)).scalar_one())
            for key, value in changes.items():
                if value is None:
                    settings.pop(key, None)
                else:
                    settings[key] = value
            await conn.execute(
                update(t.chats).where(*chat_is(t.chats, chat)).values(settings=settings)
            )
        return settings


def upsert_user_statement(
    insert_into: Callable[[Table], Insert], user: UserRef, display_name: str, seen_at: datetime
) -> Insert:
    """The upsert of a user's name and first/last seen, to run in any write transaction."""
    statement, rows = upsert_users_rows(insert_into, {user: display_name}, seen_at)
    return statement.values(rows)


def upsert_users_rows(
    insert_into: Callable[[Table], Insert], names: Mapping[UserRef, str], seen_at: datetime
) -> tuple[Insert, list[dict[str, Any]]]:
    """The upsert of users' names, all seen at `seen_at`, and its rows (at least one user): run
    as `conn.execute(statement, rows)`, one statement for every row."""
    return users_upsert(insert_into), user_rows(names, seen_at)


def user_rows(names: Mapping[UserRef, str], seen_at: datetime) -> list[dict[str, Any]]:
    """The parameters of `users_upsert` for users' names, all seen at `seen_at` (at least one)."""
    if not names:
        raise ValueError("user_rows needs at least one user")
    for display_name in names.values():
        if not isinstance(display_name, str):
            raise ValueError(f"display_name must be a string, got {display_name!r}")
    seen_at = require_utc("seen_at", seen_at)
    return [
        {
            "platform": user.platform,
            "user_id": user.user_id,
            "display_name": display_name,
            "first_seen": seen_at,
            "last_seen": seen_at,
        }
        for user, display_name in names.items()
    ]


def users_upsert(insert_into: Callable[[Table], Insert]) -> Insert:
    """The upsert of a user's name and first/last seen, values left as parameters (`user_rows`):
    built once and run with each call's rows, it is compiled once."""
    insert = insert_into(t.users)
    new = insert.excluded
    # Out-of-order calls (two processes) must not move first_seen later or last_seen earlier.
    return insert.on_conflict_do_update(
        index_elements=[t.users.c.platform, t.users.c.user_id],
        set_={
            "display_name": new.display_name,
            "first_seen": case(
                (new.first_seen < t.users.c.first_seen, new.first_seen),
                else_=t.users.c.first_seen,
            ),
            "last_seen": case(
                (new.last_seen > t.users.c.last_seen, new.last_seen),
                else_=t.users.c.last_seen,
            ),
        },
    )
