"""Battles in progress: each one's state, the process serving it, and that process's heartbeat.

Several processes may share one database. Each battle has an owner (a token the serving process
made for itself) that refreshes `heartbeat_at` while it runs the battle. A battle whose heartbeat
is old is served by nobody — its process died or lost the database — and any process may end it.
Every change is a conditional UPDATE on the battle's status (and owner or heartbeat), so when two
processes race for the same battle exactly one of them sees its row change.

The writes a running battle makes on every round (its snapshot, its heartbeat) are each one
transaction run whole in the store's thread on a SQLite file (`Connection._in_thread`): one round
trip from the loop instead of one per statement, and the snapshot's JSON is encoded off the loop.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import datetime
from typing import Any

from sqlalchemy import Row, select, update
from sqlalchemy.engine import Connection as SyncConnection

from bot.store import _schema as t
from bot.store._connection import Connection
from bot.store._records import (
    BattleRecord,
    BattleStatus,
    ChatRef,
    require_battle_status,
    require_id,
    require_json_object,
    require_owner,
)
from bot.store._time import require_utc

_RUNNING = BattleStatus.RUNNING.value


class RunningBattleQueries(Connection):
    """One row per battle, kept after it ends (its final state and how it ended)."""

    async def open_battle(
        self,
        chat: ChatRef,
        battle_id: str,
        state: Mapping[str, Any],
        *,
        owner: str,
        at: datetime,
    ) -> bool:
        """Record a new running battle owned by `owner`, its heartbeat at `at`.

        False (nothing written) when the chat already has a running battle, whichever process
        runs it, or when `battle_id` is taken.
        """
        require_id("battle_id", battle_id)
        when = require_utc("at", at)
        insert = (
            self._insert(t.battles)
            .values(
                battle_id=battle_id,
                platform=chat.platform,
                chat_id=chat.chat_id,
                state=require_json_object("battle state", state),
                status=_RUNNING,
                owner=require_owner(owner),
                heartbeat_at=when,
                started_at=when,
                updated_at=when,
            )
            .on_conflict_do_nothing()
        )
        return await self._in_thread(lambda conn: bool(conn.execute(insert).rowcount == 1))

    async def save_battle(
        self,
        battle_id: str,
        state: Mapping[str, Any],
        *,
        owner: str,
        at: datetime,
        status: BattleStatus = BattleStatus.RUNNING,
    ) -> bool:
        """Replace a running battle's state and refresh its heartbeat; with another `status`,
        end it with this final state.

        Only while `owner` still runs it: False (nothing written) when the battle has ended or
        another process ended it as stale — the caller must stop serving it then.
        """
        require_id("battle_id", battle_id)
        when = require_utc("at", at)
        owned_by = require_owner(owner)
        ending = require_battle_status(status).value

        def work(conn: SyncConnection) -> bool:
            ours = (  # (built here, as `heartbeat_battles` builds its statements)
                t.battles.c.battle_id == battle_id,
                t.battles.c.owner == owned_by,
                t.battles.c.status == _RUNNING,
            )
            # A thousand players' snapshot is checked and encoded here, in the store's thread.
            final = require_json_object("battle state", state)
            change = (
                update(t.battles)
                .where(*ours)
                .values(state=final, status=ending, heartbeat_at=when, updated_at=when)
            )
            return bool(conn.execute(change).rowcount == 1)

        return await self._in_thread(work)

    async def heartbeat_battles(
        self, owner: str, battle_ids: Collection[str], at: datetime
    ) -> set[str]:
        """`owner` still serves these battles: refresh their heartbeats to `at`.

        Returns the ones it still holds (running and its own); any other was ended meanwhile,
        perhaps by a process that found its heartbeat stale.
        """
        wanted = sorted(set(battle_ids))
        for battle_id in wanted:
            require_id("battle_id", battle_id)
        require_owner(owner)
        when = require_utc("at", at)
        if not wanted:
            return set()

        def work(conn: SyncConnection) -> set[str]:
            # The statements are built here, in the store's thread: SQLAlchemy's expression
            # building was a millisecond of the event loop's at every battle tick.
            held = (
                t.battles.c.battle_id.in_(wanted),
                t.battles.c.owner == owner,
                t.battles.c.status == _RUNNING,
            )
            conn.execute(update(t.battles).where(*held).values(heartbeat_at=when))
            still = select(t.battles.c.battle_id).where(*held)
            return {str(battle_id) for (battle_id,) in conn.execute(still)}

        return await self._in_thread(work)

    async def running_battles(self, *, stale_before: datetime | None = None) -> list[BattleRecord]:
        """Every running battle of every chat, oldest first; with `stale_before`, only those
        whose heartbeat is older than it (served by nobody, as far as the store can tell)."""
        before = None if stale_before is None else require_utc("stale_before", stale_before)

        def work(conn: SyncConnection) -> list[BattleRecord]:
            # Built and run in the store's thread, one round trip: a battle's process scans
            # for stale battles every few ticks, and through aiosqlite the statement's
            # construction and each fetch were the event loop's work between two rounds.
            query = (
                select(t.battles)
                .where(t.battles.c.status == _RUNNING)
                .order_by(t.battles.c.started_at, t.battles.c.battle_id)
            )
            if before is not None:
                query = query.where(t.battles.c.heartbeat_at < before)
            return [_record(row) for row in conn.execute(query)]

        return await self._read_in_thread(work)

    async def mark_battle(
        self,
        battle_id: str,
        status: BattleStatus,
        *,
        at: datetime,
        owner: str | None = None,
        stale_before: datetime | None = None,
    ) -> bool:
        """End a running battle as finished or interrupted, keeping its last state.

        The update is conditional, so of several processes marking the same battle exactly one
        gets True: the battle must still be running, owned by `owner` if given, and with a
        heartbeat older than `stale_before` if given (a process claiming a battle nobody
        serves). False when any condition fails; a ValueError for status `running`.
        """
        require_id("battle_id", battle_id)
        ended = require_battle_status(status)
        if ended is BattleStatus.RUNNING:
            raise ValueError("mark_battle ends a battle: use finished or interrupted")
        when = require_utc("at", at)
        conditions = [t.battles.c.battle_id == battle_id, t.battles.c.status == _RUNNING]
        if owner is not None:
            conditions.append(t.battles.c.owner == require_owner(owner))
        if stale_before is not None:
            conditions.append(t.battles.c.heartbeat_at < require_utc("stale_before", stale_before))
        change = update(t.battles).where(*conditions).values(status=ended.value, updated_at=when)
        async with self._write() as conn:
            return (await conn.execute(change)).rowcount == 1

    async def get_battle(self, battle_id: str) -> BattleRecord | None:
        """A battle, running or ended; None for an id the store never saw."""
        require_id("battle_id", battle_id)
        query = select(t.battles).where(t.battles.c.battle_id == battle_id)
        async with self._read() as conn:
            row = (await conn.execute(query)).first()
        return None if row is None else _record(row)


def _record(row: Row[Any]) -> BattleRecord:
    return BattleRecord(
        battle_id=row.battle_id,
        chat=ChatRef(row.platform, row.chat_id),
        state=row.state,
        status=BattleStatus(row.status),
        owner=row.owner,
        heartbeat_at=row.heartbeat_at,
        started_at=row.started_at,
        updated_at=row.updated_at,
    )
