"""Many coroutines on one store at once: nothing lost, nothing corrupted."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from bot.store import CardRecord, ChatRef, QuizResult, Review, SqlStore, UserRef

T0 = datetime(2025, 2, 1, 8, 0, tzinfo=UTC)


async def _study(store: SqlStore, user: UserRef, chat: ChatRef, n: int) -> int:
    """One coroutine's worth of a user studying: write, then read back what it wrote."""
    at = T0 + timedelta(seconds=n)
    card = CardRecord(user, f"card-{n}", "deck", {"n": n}, at, fact_id=f"fact-{n}")
    await store.save_card(
        card, Review(user, card.card_id, "deck", 3, True, at, fact_id=card.fact_id)
    )
    await store.record_quiz_result(QuizResult(user, chat, "deck", f"q{n}", n % 2 == 0, at, "t"))
    await store.upsert_user(user, f"name {n}", at)
    return await store.count_due(user, T0 + timedelta(days=1))


async def test_fifty_coroutines_writing_and_reading_at_once(
    store: SqlStore, ann: UserRef, group: ChatRef
) -> None:
    counts = await asyncio.gather(*(_study(store, ann, group, n) for n in range(50)))
    assert all(1 <= count <= 50 for count in counts)
    assert await store.count_due(ann, T0 + timedelta(days=1)) == 50
    assert len(await store.review_history(ann)) == 50
    assert await store.accuracy_by_topic(ann, "deck") == [("t", 25, 50)]
    assert len(await store.reviewed_fact_ids_on(ann, T0.date())) == 50
    user = await store.get_user(ann)
    assert user is not None
    assert (user.first_seen, user.last_seen) == (T0, T0 + timedelta(seconds=49))


async def test_an_in_memory_store_serves_concurrent_coroutines(
    ann: UserRef, group: ChatRef
) -> None:
    async with await SqlStore.open("sqlite://") as store:
        await asyncio.gather(*(_study(store, ann, group, n) for n in range(30)))
        assert await store.count_due(ann, T0 + timedelta(days=1)) == 30
        assert len(await store.review_history(ann)) == 30
