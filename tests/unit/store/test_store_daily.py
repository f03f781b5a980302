"""Daily pushes: schedules, the claim that exactly one process wins, and the answers."""

from __future__ import annotations

import asyncio
from datetime import UTC, date, datetime, time, timedelta

import pytest

from bot.store import ChatRef, DailyAnswer, PushKey, Schedule, SqlStore, UserRef

DAY = date(2025, 9, 1)
T0 = datetime(2025, 9, 1, 7, 0, tzinfo=UTC)


async def test_a_schedule_is_saved_replaced_listed_and_deleted(
    store: SqlStore, group: ChatRef
) -> None:
    other = ChatRef("discord", "42")
    morning = Schedule(group, time(7, 30), "Europe/London", deck_id="khrushchev")
    await store.save_schedule(morning)
    await store.save_schedule(Schedule(other, time(18, 0, 15), "Asia/Tokyo", topic_id="cuba"))
    assert await store.get_schedule(group) == morning

    evening = Schedule(group, time(19, 45), "America/New_York")
    await store.save_schedule(evening)
    assert await store.get_schedule(group) == evening
    assert await store.schedules() == [
        Schedule(other, time(18, 0, 15), "Asia/Tokyo", topic_id="cuba"),
        evening,
    ]
    assert await store.delete_schedule(group) is True
    assert await store.delete_schedule(group) is False
    assert await store.get_schedule(group) is None
    assert [s.chat for s in await store.schedules()] == [other]


def test_a_schedule_needs_a_real_time_zone(group: ChatRef) -> None:
    with pytest.raises(ValueError, match="unknown time zone 'Mars/Olympus'"):
        Schedule(group, time(8, 0), "Mars/Olympus")
    assert Schedule(group, time(8, 0), "Europe/Warsaw").zone.key == "Europe/Warsaw"


async def test_a_push_is_claimed_once_per_chat_and_local_date(
    store: SqlStore, group: ChatRef
) -> None:
    assert await store.claim_push(group, DAY, claimed_at=T0) is True
    assert await store.claim_push(group, DAY, claimed_at=T0) is False
    assert await store.claim_push(group, DAY + timedelta(days=1)) is True
    assert await store.claim_push(ChatRef("discord", group.chat_id), DAY) is True


async def test_twenty_racing_claims_have_exactly_one_winner(
    store: SqlStore, group: ChatRef
) -> None:
    wins = await asyncio.gather(*(store.claim_push(group, DAY) for _ in range(20)))
    assert wins.count(True) == 1


async def test_claims_raced_by_two_stores_on_one_database_have_one_winner(
    database_url: str, group: ChatRef
) -> None:
    """Two stores have separate pools, as two bot processes would."""
    first, second = await SqlStore.open(database_url), await SqlStore.open(database_url)
    try:
        wins = await asyncio.gather(
            *(store.claim_push(group, DAY) for _ in range(10) for store in (first, second))
        )
    finally:
        await first.close()
        await second.close()
    assert len(wins) == 20
    assert wins.count(True) == 1


async def test_only_a_users_first_answer_to_a_push_question_counts(
    store: SqlStore, ann: UserRef, bob: UserRef, group: ChatRef
) -> None:
    push = PushKey(group, DAY)
    await store.claim_push(group, DAY)
    await store.claim_push(group, DAY + timedelta(days=1))
    late = T0 + timedelta(minutes=9)
    assert await store.record_daily_answer(push, bob, "q1", True, late) is True
    assert await store.record_daily_answer(push, ann, "q1", False, T0) is True
    assert await store.record_daily_answer(push, ann, "q1", True, late) is False
    assert await store.record_daily_answer(push, ann, "q2", True, late) is True
    tomorrow = PushKey(group, DAY + timedelta(days=1))
    await store.record_daily_answer(tomorrow, ann, "q9", True, T0 + timedelta(days=1))

    assert await store.daily_answers(push) == [
        DailyAnswer(ann, "q1", False, T0),
        DailyAnswer(ann, "q2", True, late),  # same moment: by user, then question
        DailyAnswer(bob, "q1", True, late),
    ]
    assert await store.daily_answers(PushKey(group, DAY - timedelta(days=1))) == []


async def test_an_answer_to_a_push_never_sent_is_refused(
    store: SqlStore, ann: UserRef, group: ChatRef
) -> None:
    with pytest.raises(ValueError, match="no daily push was sent to chat -100500 on 2025-09-01"):
        await store.record_daily_answer(PushKey(group, DAY), ann, "q1", True, T0)
    assert await store.daily_answers(PushKey(group, DAY)) == []


def test_a_push_key_needs_a_date_not_a_datetime(group: ChatRef) -> None:
    with pytest.raises(ValueError, match="day must be a date"):
        PushKey(group, T0)
