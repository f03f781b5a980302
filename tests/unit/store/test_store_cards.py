"""Spaced-repetition cards and the review log."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from fsrs import Card, Rating, Scheduler

from bot.store import CardRecord, Review, SqlStore, UserRef

T0 = datetime(2025, 3, 1, 9, 0, tzinfo=UTC)
SCHEDULER = Scheduler(enable_fuzzing=False)


def reviewed(card_id: int, *ratings: Rating, at: datetime = T0) -> Card:
    """An fsrs card after the given reviews, each done when the previous one made it due."""
    card = Card(card_id=card_id)
    when = at
    for rating in ratings:
        card, _ = SCHEDULER.review_card(card, rating, review_datetime=when)
        when = card.due
    return card


def record(user: UserRef, card: Card, **fields: object) -> CardRecord:
    values: dict[str, object] = {"deck_id": "khrushchev", "topic_id": "u2", "fact_id": None}
    values.update(fields)
    return CardRecord(
        user=user,
        card_id=str(card.card_id),
        state=card.to_dict(),
        due=card.due,
        **values,  # type: ignore[arg-type]
    )


def review(user: UserRef, card_id: str, at: datetime, **fields: object) -> Review:
    values: dict[str, object] = {"deck_id": "khrushchev", "rating": 3, "correct": True}
    values.update(fields)
    return Review(user=user, card_id=card_id, reviewed_at=at, **values)  # type: ignore[arg-type]


async def test_a_saved_card_comes_back_with_the_same_fsrs_state(
    store: SqlStore, ann: UserRef
) -> None:
    card = reviewed(11, Rating.Good, Rating.Good, Rating.Hard)
    await store.save_card(record(ann, card, lapses=2, fact_id="f1"))
    loaded = await store.get_card(ann, "11")
    assert loaded is not None
    assert loaded.state == card.to_dict()
    assert Card.from_dict(loaded.state).due == card.due == loaded.due
    assert loaded.due.tzinfo == UTC
    assert (loaded.lapses, loaded.deck_id, loaded.topic_id, loaded.fact_id) == (
        2,
        "khrushchev",
        "u2",
        "f1",
    )
    assert await store.get_card(ann, "12") is None
    assert await store.get_card(UserRef("discord", ann.user_id), "11") is None


async def test_saving_again_replaces_the_state(store: SqlStore, ann: UserRef) -> None:
    first = reviewed(11, Rating.Good)
    await store.save_card(record(ann, first))
    again, _ = SCHEDULER.review_card(first, Rating.Again, review_datetime=first.due)
    await store.save_card(record(ann, again, lapses=1))
    loaded = await store.get_card(ann, "11")
    assert loaded is not None
    assert (loaded.state, loaded.due, loaded.lapses) == (again.to_dict(), again.due, 1)


async def test_due_cards_are_the_ones_due_by_now_most_overdue_first(
    store: SqlStore, ann: UserRef, bob: UserRef
) -> None:
    dues = {
        "a": T0 + timedelta(hours=3),
        "b": T0 - timedelta(days=2),
        "c": T0,
        "d": T0 + timedelta(microseconds=1),
    }
    for card_id, due in dues.items():
        await store.save_card(CardRecord(ann, card_id, "deck", {"n": card_id}, due))
    await store.save_card(CardRecord(bob, "z", "deck", {}, T0 - timedelta(days=9)))
    await store.save_card(CardRecord(ann, "other", "other-deck", {}, T0 - timedelta(days=1)))

    due_now = await store.due_cards(ann, T0)
    assert [card.card_id for card in due_now] == ["b", "other", "c"]
    assert [c.card_id for c in await store.due_cards(ann, T0, deck_id="deck")] == ["b", "c"]
    assert [c.card_id for c in await store.due_cards(ann, T0, limit=1)] == ["b"]
    assert await store.count_due(ann, T0) == 3
    assert await store.count_due(ann, T0, deck_id="deck") == 2
    assert await store.count_due(ann, T0 + timedelta(days=1)) == 5
    assert await store.count_due(bob, T0 - timedelta(days=10)) == 0
    assert await store.card_ids(ann) == {"a", "b", "c", "d", "other"}
    assert await store.card_ids(ann, deck_id="other-deck") == {"other"}
    assert await store.card_ids(UserRef("discord", ann.user_id)) == set()


async def test_due_cards_rejects_a_bad_limit(store: SqlStore, ann: UserRef) -> None:
    with pytest.raises(ValueError, match="limit"):
        await store.due_cards(ann, T0, limit=0)


async def test_a_due_in_another_zone_is_compared_as_an_instant(
    store: SqlStore, ann: UserRef
) -> None:
    new_york = ZoneInfo("America/New_York")
    await store.save_card(
        CardRecord(ann, "x", "deck", {}, datetime(2025, 3, 1, 4, 0, tzinfo=new_york))
    )
    # 04:00 in New York is 09:00 UTC.
    assert await store.count_due(ann, T0 - timedelta(microseconds=1)) == 0
    assert await store.count_due(ann, T0) == 1
    loaded = await store.get_card(ann, "x")
    assert loaded is not None and loaded.due == T0 and loaded.due.tzinfo == UTC


async def test_save_card_with_a_review_logs_it(store: SqlStore, ann: UserRef) -> None:
    card = reviewed(5, Rating.Good)
    entry = review(ann, "5", T0, rating=3, fact_id="f5", topic_id="u2", duration_ms=4200)
    await store.save_card(record(ann, card), entry)
    assert await store.review_history(ann) == [entry]


async def test_the_review_log_keeps_every_review_in_order(
    store: SqlStore, ann: UserRef, bob: UserRef
) -> None:
    later = review(ann, "1", T0 + timedelta(minutes=5), rating=1, correct=False)
    earlier = review(ann, "2", T0, rating=4, duration_ms=None)
    again = review(ann, "1", T0 + timedelta(minutes=10), rating=2)
    for entry in (later, earlier, again, review(bob, "1", T0)):
        await store.record_review(entry)
    assert await store.review_history(ann) == [earlier, later, again]
    assert await store.review_history(ann, card_id="1") == [later, again]


async def test_facts_reviewed_on_a_day_are_found_by_that_day(
    store: SqlStore, ann: UserRef, bob: UserRef
) -> None:
    await store.record_review(
        review(ann, "c1", datetime(2025, 3, 1, 0, 0, tzinfo=UTC), fact_id="f1")
    )
    await store.record_review(
        review(ann, "c2", datetime(2025, 3, 1, 23, 30, tzinfo=UTC), fact_id="f2")
    )
    await store.record_review(
        review(ann, "c3", datetime(2025, 3, 2, 0, 0, tzinfo=UTC), fact_id="f3")
    )
    await store.record_review(review(ann, "c4", datetime(2025, 3, 1, 12, 0, tzinfo=UTC)))  # no fact
    await store.record_review(
        review(bob, "c5", datetime(2025, 3, 1, 12, 0, tzinfo=UTC), fact_id="f5")
    )

    assert await store.reviewed_fact_ids_on(ann, date(2025, 3, 1)) == {"f1", "f2"}
    # In Berlin (UTC+1) 23:30 UTC on the 1st is already the 2nd.
    berlin = ZoneInfo("Europe/Berlin")
    assert await store.reviewed_fact_ids_on(ann, date(2025, 3, 2), berlin) == {"f2", "f3"}
    assert await store.reviewed_fact_ids_on(ann, date(2025, 2, 28)) == set()


def test_records_refuse_bad_values(ann: UserRef) -> None:
    with pytest.raises(ValueError, match="due must be timezone-aware"):
        CardRecord(ann, "c", "deck", {}, datetime(2025, 1, 1))
    with pytest.raises(ValueError, match="lapses"):
        CardRecord(ann, "c", "deck", {}, T0, lapses=-1)
    with pytest.raises(ValueError, match="card state must hold only JSON values"):
        CardRecord(ann, "c", "deck", {"due": T0}, T0)
    with pytest.raises(ValueError, match="rating must be 1, 2, 3 or 4"):
        review(ann, "c", T0, rating=5)
    with pytest.raises(ValueError, match="reviewed_at must be timezone-aware"):
        review(ann, "c", datetime(2025, 1, 1))


def test_a_fixed_offset_due_is_stored_as_utc(ann: UserRef) -> None:
    plus_two = timezone(timedelta(hours=2))
    card = CardRecord(ann, "c", "deck", {}, datetime(2025, 1, 1, 11, 0, tzinfo=plus_two))
    assert card.due == datetime(2025, 1, 1, 9, 0, tzinfo=UTC)
    assert card.due.tzinfo == UTC
