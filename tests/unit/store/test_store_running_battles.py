"""Running battles: one per chat, owned by one process, and ended exactly once even when several
processes sharing the database race to end a battle nobody serves."""

from __future__ import annotations

import asyncio
import json
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.engine import Connection

from bot.store import BattleResult, BattleStatus, ChatRef, SqlStore, UserRef
from bot.store._engine import create_engine
from bot.store._migrate import alembic_config
from bot.store._urls import to_async_url

T0 = datetime(2025, 6, 1, 18, 0, tzinfo=UTC)
STATE = {"played": 0, "players": [{"id": "1", "name": "Ana", "points": 0}]}


async def test_a_chat_has_one_running_battle_whichever_process_opens_it(
    store: SqlStore, group: ChatRef
) -> None:
    assert await store.open_battle(group, "b1", STATE, owner="host:1:a", at=T0) is True
    assert await store.open_battle(group, "b2", STATE, owner="host:2:b", at=T0) is False
    assert await store.open_battle(group, "b1", STATE, owner="host:1:a", at=T0) is False
    other = ChatRef("telegram", "-100600")
    assert await store.open_battle(other, "b3", STATE, owner="host:2:b", at=T0) is True
    running = await store.running_battles()
    assert [(r.battle_id, r.chat, r.owner) for r in running] == [
        ("b1", group, "host:1:a"),
        ("b3", other, "host:2:b"),
    ]
    assert running[0].state == STATE and running[0].status is BattleStatus.RUNNING
    assert (running[0].started_at, running[0].heartbeat_at) == (T0, T0)
    # once it ends, the chat may battle again; the ended battle is kept with its state
    assert await store.mark_battle("b1", BattleStatus.FINISHED, at=T0, owner="host:1:a")
    assert await store.open_battle(group, "b4", STATE, owner="host:2:b", at=T0) is True
    ended = await store.get_battle("b1")
    assert ended is not None and ended.status is BattleStatus.FINISHED and ended.state == STATE
    assert await store.get_battle("never") is None


async def test_only_the_owner_saves_a_running_battle_and_saving_beats_its_heart(
    store: SqlStore, group: ChatRef
) -> None:
    await store.open_battle(group, "b1", STATE, owner="me", at=T0)
    later = T0 + timedelta(seconds=30)
    after_round = {**STATE, "played": 1}
    assert await store.save_battle("b1", after_round, owner="someone-else", at=later) is False
    assert await store.save_battle("b1", after_round, owner="me", at=later) is True
    saved = await store.get_battle("b1")
    assert saved is not None
    assert (saved.state, saved.heartbeat_at, saved.updated_at) == (after_round, later, later)
    final = {**STATE, "played": 2}
    assert await store.save_battle("b1", final, owner="me", at=later, status=BattleStatus.FINISHED)
    assert await store.save_battle("b1", STATE, owner="me", at=later) is False  # it ended
    ended = await store.get_battle("b1")
    assert ended is not None and (ended.status, ended.state) == (BattleStatus.FINISHED, final)
    assert await store.running_battles() == []


async def test_finishing_a_battle_records_its_results_in_the_same_transaction(
    store: SqlStore, group: ChatRef
) -> None:
    await store.open_battle(group, "b1", STATE, owner="me", at=T0)
    later = T0 + timedelta(minutes=5)
    ana, ben = UserRef(group.platform, "1"), UserRef(group.platform, "2")
    made: list[str] = []

    def results() -> tuple[list[BattleResult], dict[UserRef, str]]:
        made.append("called")
        rows = [
            BattleResult(group, ana, "b1", 2000, 2, 2, True, later),
            BattleResult(group, ben, "b1", 900, 1, 2, False, later),
        ]
        return rows, {ana: "Ana", ben: "Ben"}

    final = {**STATE, "played": 2}
    # another process ended it meanwhile: nothing is written, and the rows are never made
    assert not await store.finish_battle("b1", final, owner="other", at=later, results=results)
    assert made == [] and await store.leaderboard(group) == []
    assert await store.finish_battle("b1", final, owner="me", at=later, results=results)
    ended = await store.get_battle("b1")
    assert ended is not None and ended.status is BattleStatus.FINISHED and ended.state == final
    board = await store.leaderboard(group)
    assert [(e.display_name, e.points, e.wins, e.battles) for e in board] == [
        ("Ana", 2000, 1, 1),
        ("Ben", 900, 0, 1),
    ]
    # finished once: a second finish (a retry) writes nothing more
    assert not await store.finish_battle("b1", final, owner="me", at=later, results=results)
    assert made == ["called"]


async def test_a_failing_finish_leaves_the_battle_running_and_no_results(
    store: SqlStore, group: ChatRef
) -> None:
    await store.open_battle(group, "b1", STATE, owner="me", at=T0)

    def broken() -> tuple[list[BattleResult], dict[UserRef, str]]:
        raise RuntimeError("the results could not be made")

    with pytest.raises(RuntimeError):
        await store.finish_battle("b1", STATE, owner="me", at=T0, results=broken)
    still = await store.get_battle("b1")
    assert still is not None and still.status is BattleStatus.RUNNING
    assert await store.leaderboard(group) == []


async def test_heartbeats_refresh_only_the_owners_running_battles(
    store: SqlStore, group: ChatRef
) -> None:
    other = ChatRef("telegram", "-100600")
    await store.open_battle(group, "mine", STATE, owner="me", at=T0)
    await store.open_battle(other, "theirs", STATE, owner="them", at=T0)
    beat = T0 + timedelta(seconds=5)
    assert await store.heartbeat_battles("me", ["mine", "theirs", "gone"], beat) == {"mine"}
    assert await store.heartbeat_battles("me", [], beat) == set()
    stale = await store.running_battles(stale_before=beat)
    assert [r.battle_id for r in stale] == ["theirs"]
    # another process ends "mine" as stale: the owner's next heartbeat learns it lost it
    assert await store.mark_battle(
        "mine", BattleStatus.INTERRUPTED, at=beat, stale_before=beat + timedelta(seconds=1)
    )
    assert await store.heartbeat_battles("me", ["mine"], beat) == set()


async def test_a_battle_with_a_fresh_heartbeat_cannot_be_claimed(
    store: SqlStore, group: ChatRef
) -> None:
    await store.open_battle(group, "b1", STATE, owner="me", at=T0)
    assert not await store.mark_battle("b1", BattleStatus.INTERRUPTED, at=T0, stale_before=T0)
    assert not await store.mark_battle("b1", BattleStatus.FINISHED, at=T0, owner="them")
    claimed = T0 + timedelta(minutes=3)
    assert await store.mark_battle(
        "b1", BattleStatus.INTERRUPTED, at=claimed, stale_before=claimed - timedelta(minutes=2)
    )
    assert not await store.mark_battle("b1", BattleStatus.FINISHED, at=claimed, owner="me")
    ended = await store.get_battle("b1")
    assert ended is not None
    assert (ended.status, ended.updated_at) == (BattleStatus.INTERRUPTED, claimed)


async def test_two_processes_claiming_the_same_stale_battles_never_both_win(
    database_url: str, group: ChatRef
) -> None:
    first, second = await asyncio.gather(SqlStore.open(database_url), SqlStore.open(database_url))
    try:
        battles = [f"b{n}" for n in range(8)]
        for n, battle_id in enumerate(battles):
            chat = ChatRef("telegram", f"-{n}")
            await first.open_battle(chat, battle_id, STATE, owner="dead", at=T0)
        now = T0 + timedelta(minutes=5)
        stale_before = now - timedelta(minutes=2)

        async def claim(store: SqlStore, battle_id: str) -> bool:
            return await store.mark_battle(
                battle_id, BattleStatus.INTERRUPTED, at=now, stale_before=stale_before
            )

        wins = await asyncio.gather(
            *(claim(store, b) for b in battles for store in (first, second))
        )
        assert [wins[2 * n] + wins[2 * n + 1] for n in range(len(battles))] == [1] * len(battles)
        assert await second.running_battles() == []
    finally:
        await first.close()
        await second.close()


async def test_bad_values_are_refused_clearly(store: SqlStore, group: ChatRef) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        await store.open_battle(group, "b1", STATE, owner="me", at=T0.replace(tzinfo=None))
    with pytest.raises(ValueError, match="only JSON values"):
        await store.open_battle(group, "b1", {"at": T0}, owner="me", at=T0)
    with pytest.raises(ValueError, match="owner must be a non-empty string"):
        await store.open_battle(group, "b1", STATE, owner=" ", at=T0)
    with pytest.raises(ValueError, match="mark_battle ends a battle"):
        await store.mark_battle("b1", BattleStatus.RUNNING, at=T0)
    with pytest.raises(ValueError, match="battle status must be one of"):
        await store.mark_battle("b1", "paused", at=T0)  # type: ignore[arg-type]
    assert await store.running_battles() == []


async def test_a_battle_running_before_0004_becomes_a_stale_running_battle(
    database_url: str,
) -> None:
    """The reserved-chat registry of earlier versions is moved into the table and removed."""
    snapshot = {"battle_id": "old1", "played": 2, "saved_at": "2025-05-01T10:00:00+00:00"}
    finished = {"battle_id": "gone", "played": 1}
    rows: list[tuple[str, str, dict[str, Any]]] = [
        ("studybot", "running-battles", {
            "telegram:-1": {"platform": "telegram", "id": "-1", "battle": "old1"},
            "telegram:-2": {"platform": "telegram", "id": "-2", "battle": "missing"},
        }),
        ("telegram", "-1", {"battle": snapshot, "deck_id": "d"}),
        ("telegram", "-2", {"battle": finished}),
    ]  # fmt: skip

    def settings_at_0003(conn: Connection) -> None:
        command.upgrade(alembic_config(conn), "0003")
        for platform, chat_id, settings in rows:
            conn.execute(
                text("INSERT INTO chats (platform, chat_id, settings) VALUES (:p, :c, :s)"),
                {"p": platform, "c": chat_id, "s": json.dumps(settings)},
            )

    engine = create_engine(to_async_url(database_url))
    try:
        async with engine.begin() as conn:
            await conn.run_sync(settings_at_0003)
    finally:
        await engine.dispose()
    async with await SqlStore.open(database_url) as store:
        (moved,) = await store.running_battles()
        assert (moved.battle_id, moved.chat, moved.state) == (
            "old1",
            ChatRef("telegram", "-1"),
            snapshot,
        )
        assert moved.heartbeat_at == datetime(2025, 5, 1, 10, 0, tzinfo=UTC)
        assert await store.get_chat_settings(ChatRef("telegram", "-1")) == {"deck_id": "d"}
        assert await store.get_chat_settings(ChatRef("studybot", "running-battles")) == {}
