"""Battle results and the per-chat leaderboard."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

import pytest

from bot.store import BattleResult, ChatRef, LeaderboardEntry, SqlStore, UserRef

T0 = datetime(2025, 6, 1, 18, 0, tzinfo=UTC)


def result(
    chat: ChatRef, user: UserRef, battle: str, points: int, won: bool, *, at: datetime = T0
) -> BattleResult:
    return BattleResult(chat, user, battle, points, correct=2, answered=3, won=won, finished_at=at)


async def test_a_result_is_recorded_once_per_player_per_battle(
    store: SqlStore, ann: UserRef, group: ChatRef
) -> None:
    assert await store.record_battle_result(result(group, ann, "b1", 30, True)) is True
    assert await store.record_battle_result(result(group, ann, "b1", 99, True)) is False
    board = await store.leaderboard(group)
    assert [(e.points, e.battles) for e in board] == [(30, 1)]


async def test_the_leaderboard_ranks_by_points_then_wins_and_shows_names(
    store: SqlStore, ann: UserRef, bob: UserRef, group: ChatRef
) -> None:
    cat = UserRef("telegram", "1003")
    await store.upsert_user(ann, "Ann", T0)
    await store.upsert_user(bob, "Bob", T0)
    for entry in (
        result(group, ann, "b1", 20, False),
        result(group, bob, "b1", 30, True),
        result(group, ann, "b2", 25, True),
        result(group, cat, "b2", 45, False),
        result(group, bob, "b2", 15, False),
        result(ChatRef("telegram", "elsewhere"), bob, "b3", 500, True),
    ):
        await store.record_battle_result(entry)
    assert await store.leaderboard(group) == [
        LeaderboardEntry(ann, "Ann", points=45, wins=1, battles=2),
        LeaderboardEntry(bob, "Bob", points=45, wins=1, battles=2),
        LeaderboardEntry(cat, None, points=45, wins=0, battles=1),
    ]
    assert [e.user for e in await store.leaderboard(group, limit=1)] == [ann]


async def test_the_leaderboard_counts_only_battles_since_a_date(
    store: SqlStore, ann: UserRef, bob: UserRef, group: ChatRef
) -> None:
    await store.record_battle_result(
        result(group, ann, "old", 100, True, at=T0 - timedelta(days=8))
    )
    await store.record_battle_result(result(group, bob, "new", 10, True, at=T0))
    await store.record_battle_result(result(group, ann, "new", 5, False, at=T0))
    week = await store.leaderboard(group, since=T0 - timedelta(days=7))
    assert [(e.user, e.points) for e in week] == [(bob, 10), (ann, 5)]
    assert [(e.user, e.points) for e in await store.leaderboard(group)] == [(ann, 105), (bob, 10)]
    assert await store.leaderboard(group, since=T0 + timedelta(seconds=1)) == []


def test_a_battle_result_refuses_impossible_numbers(ann: UserRef, group: ChatRef) -> None:
    with pytest.raises(ValueError, match=re.escape("correct (3) cannot exceed answered (2)")):
        BattleResult(group, ann, "b", 1, correct=3, answered=2, won=False, finished_at=T0)
    with pytest.raises(ValueError, match="points"):
        BattleResult(group, ann, "b", -1, correct=0, answered=0, won=False, finished_at=T0)
