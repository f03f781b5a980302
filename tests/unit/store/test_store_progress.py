"""Quiz results: accuracy per topic and the days a user answered (for the streak)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.store import ChatRef, QuizResult, Review, SqlStore, TopicAccuracy, UserRef

T0 = datetime(2025, 4, 10, 20, 0, tzinfo=UTC)


def answer(
    user: UserRef,
    chat: ChatRef,
    topic: str | None,
    correct: bool,
    *,
    at: datetime = T0,
    deck: str = "k",
) -> QuizResult:
    return QuizResult(user, chat, deck, f"q-{topic}", correct, at, topic_id=topic)


async def test_accuracy_is_counted_per_topic_of_the_deck(
    store: SqlStore, ann: UserRef, bob: UserRef, group: ChatRef
) -> None:
    for result in (
        answer(ann, group, "poland", True),
        answer(ann, group, "poland", False),
        answer(ann, group, "poland", True),
        answer(ann, group, "cuba", False),
        answer(ann, group, None, True),
        answer(ann, group, "cuba", True, deck="other-deck"),
        answer(bob, group, "cuba", True),
    ):
        await store.record_quiz_result(result)
    assert await store.accuracy_by_topic(ann, "k") == [
        TopicAccuracy("cuba", 0, 1),
        TopicAccuracy("poland", 2, 3),
        TopicAccuracy(None, 1, 1),
    ]
    assert await store.accuracy_by_topic(bob, "k") == [("cuba", 1, 1)]
    assert await store.accuracy_by_topic(ann, "unknown-deck") == []


async def test_answer_days_are_distinct_days_with_answers_or_reviews(
    store: SqlStore, ann: UserRef, bob: UserRef, group: ChatRef
) -> None:
    await store.record_quiz_result(answer(ann, group, "a", True, at=T0))
    await store.record_quiz_result(answer(ann, group, "a", False, at=T0 + timedelta(minutes=1)))
    await store.record_quiz_result(answer(ann, group, "a", True, at=T0 + timedelta(days=3)))
    await store.record_review(Review(ann, "c", "k", 3, True, T0 + timedelta(days=1)))
    await store.record_quiz_result(answer(bob, group, "a", True, at=T0 + timedelta(days=7)))

    assert await store.answer_days(ann) == [date(2025, 4, 10), date(2025, 4, 11), date(2025, 4, 13)]
    # 20:00 UTC is already tomorrow in Tokyo.
    tokyo = ZoneInfo("Asia/Tokyo")
    assert await store.answer_days(ann, tokyo) == [
        date(2025, 4, 11),
        date(2025, 4, 12),
        date(2025, 4, 14),
    ]
    assert await store.answer_days(UserRef("discord", "nobody")) == []


def test_a_result_must_come_from_a_chat_of_the_users_platform(ann: UserRef) -> None:
    with pytest.raises(ValueError, match="is on telegram but chat"):
        answer(ann, ChatRef("discord", "1"), "a", True)
