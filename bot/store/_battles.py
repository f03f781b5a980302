"""Battle results and each chat's leaderboard."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import cached_property
from typing import Any

from sqlalchemy import bindparam, case, func, select, update
from sqlalchemy.sql import Executable

from bot.store import _schema as t
from bot.store._connection import Connection, Insert, chat_is, require_limit
from bot.store._people import user_rows, users_upsert
from bot.store._prepared import Statements
from bot.store._records import (
    BattleResult,
    BattleStatus,
    ChatRef,
    LeaderboardEntry,
    UserRef,
    require_id,
    require_json_object,
    require_owner,
)
from bot.store._time import require_utc

# A battle's results and its players' names, made when they are written (see `finish_battle`).
Results = tuple[Sequence[BattleResult], Mapping[UserRef, str]]


class BattleQueries(Connection):
    """One row per player per battle; a leaderboard is a sum over them."""

    async def record_battle_result(self, result: BattleResult) -> bool:
        insert = self._insert(t.battle_results).values(_result_row(result)).on_conflict_do_nothing()
        async with self._write() as conn:
            return (await conn.execute(insert)).rowcount == 1

    async def record_battle_results(
        self, results: Sequence[BattleResult], names: Mapping[UserRef, str] | None = None
    ) -> int:
        """Every player's result (and name) in one transaction; a row already there is kept.

        The rows go as parameters of one statement compiled once (executemany), not as a
        statement with a thousand literal VALUES groups,
        whose compilation alone held the event loop for half a second at 1,000 players; on a
        SQLite file the transaction runs whole in a worker thread on the driver's connection,
        the statements prepared once (`_write_prepared`).
        """
        if not results:
            return 0
        write = self._results_writer(results, names)
        return await self._write_prepared(write)

    async def finish_battle(
        self,
        battle_id: str,
        state: Mapping[str, Any],
        *,
        owner: str,
        at: datetime,
        results: Callable[[], Results],
    ) -> bool:
        """End `owner`'s running battle as finished with its final `state`, and record every
        player's result and name, in one transaction: both or neither.

        `results` makes the rows, called in the transaction (on a SQLite file in the store's
        thread, so a thousand players' records are not made on the loop). It is not called, and
        nothing is written, when the battle is no longer `owner`'s running battle: then False.
        """
        require_id("battle_id", battle_id)
        when = require_utc("at", at)
        ours = (
            t.battles.c.battle_id == battle_id,
            t.battles.c.owner == require_owner(owner),
            t.battles.c.status == BattleStatus.RUNNING.value,
        )

        finish = (
            update(t.battles)
            .where(*ours)
            .values(
                state=bindparam("f_state"),
                status=BattleStatus.FINISHED.value,
                heartbeat_at=bindparam("f_at"),
                updated_at=bindparam("f_at"),
            )
        )

        def work(run: Statements) -> bool:
            final = require_json_object("battle state", state)  # a big battle's: off the loop
            if run.write(finish, {"f_state": final, "f_at": when}) != 1:
                return False
            made, names = results()
            if made:
                self._results_writer(made, names)(run)
            return True

        return await self._write_prepared(work)

    def _results_writer(
        self, results: Sequence[BattleResult], names: Mapping[UserRef, str] | None
    ) -> Callable[[Statements], int]:
        """The writes of `results` (at least one) and `names`, to run in a write transaction:
        how many results were new. One statement each, run over every row (executemany)."""
        rows = list({(r.chat, r.battle_id, r.user): _result_row(r) for r in results}.values())
        sql = self._battle_statements
        seen_at = max(result.finished_at for result in results)
        name_rows = user_rows(names, seen_at) if names else []

        def work(run: Statements) -> int:
            if name_rows:
                run.write_many(sql.upsert_users, name_rows)
            return run.write_many(sql.insert_results, rows)

        return work

    @cached_property
    def _battle_statements(self) -> _BattleStatements:
        table = t.battle_results
        insert = self._insert(table).on_conflict_do_nothing()
        # SQLite's executemany counts the rows it inserted; asyncpg's does not, so there the
        # inserted rows are returned (batched into multi-row INSERTs by SQLAlchemy).
        counted = insert if self._sqlite else insert.returning(table.c.user_id)
        return _BattleStatements(insert_results=counted, upsert_users=users_upsert(self._insert))

    async def leaderboard(
        self, chat: ChatRef, since: datetime | None = None, limit: int = 10
    ) -> list[LeaderboardEntry]:
        results, users = t.battle_results, t.users
        points = func.sum(results.c.points).label("points")
        wins = func.sum(case((results.c.won, 1), else_=0)).label("wins")
        joined = results.outerjoin(
            users,
            (users.c.platform == results.c.platform) & (users.c.user_id == results.c.user_id),
        )
        query = (
            select(results.c.user_id, users.c.display_name, points, wins, func.count())
            .select_from(joined)
            .where(*chat_is(results, chat))
            .group_by(results.c.user_id, users.c.display_name)
            .order_by(points.desc(), wins.desc(), results.c.user_id)
            .limit(require_limit(limit))
        )
        if since is not None:
            query = query.where(results.c.finished_at >= require_utc("since", since))
        async with self._read() as conn:
            rows = (await conn.execute(query)).all()
        return [
            LeaderboardEntry(
                user=UserRef(chat.platform, user_id),
                display_name=name,
                points=int(total_points),
                wins=int(total_wins),
                battles=int(battles),
            )
            for user_id, name, total_points, total_wins, battles in rows
        ]


@dataclass(frozen=True, slots=True)
class _BattleStatements:
    """The results' statements, built once per store, values left as parameters."""

    insert_results: Executable
    upsert_users: Insert


def _result_row(result: BattleResult) -> dict[str, Any]:
    return {
        "platform": result.chat.platform,
        "chat_id": result.chat.chat_id,
        "battle_id": result.battle_id,
        "user_id": result.user.user_id,
        "points": result.points,
        "correct": result.correct,
        "answered": result.answered,
        "won": result.won,
        "finished_at": result.finished_at,
    }
