"""A quiz answer is one transaction: card, review and result together, never a lost update."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

import pytest

from bot.store import (
    BattleResult,
    CardRecord,
    CardStep,
    ChatRef,
    QuizResult,
    Review,
    SqlStore,
    UserRef,
)

T0 = datetime(2025, 4, 1, 9, 0, tzinfo=UTC)


def counting_step(
    user: UserRef, card_id: str, correct: bool, at: datetime
) -> tuple[CardStep, list[int]]:
    """A step that counts the answers in the card's state (and lapses as the quiz does)."""
    calls: list[int] = []

    def step(existing: CardRecord | None) -> tuple[CardRecord, Review]:
        seen = 0 if existing is None else int(existing.state["answers"])
        calls.append(seen)
        lapses = 0 if existing is None else existing.lapses + (0 if correct else 1)
        card = CardRecord(user, card_id, "deck", {"answers": seen + 1}, at, lapses, "t", "f")
        return card, Review(user, card_id, "deck", 3 if correct else 1, correct, at, "t", "f")

    return step, calls


async def test_an_answer_writes_card_review_result_and_name_together(
    store: SqlStore, ann: UserRef, group: ChatRef
) -> None:
    step, _ = counting_step(ann, "c1", False, T0)
    result = QuizResult(ann, group, "deck", "q1", False, T0, "t")
    saved = await store.record_answer(ann, "c1", step, result=result, display_name="Ann")
    assert saved.state == {"answers": 1} and saved.lapses == 0  # a first answer is no lapse
    step, _ = counting_step(ann, "c1", False, T0 + timedelta(minutes=1))
    again = await store.record_answer(ann, "c1", step, result=result, display_name="Annie")
    assert again.state == {"answers": 2} and again.lapses == 1
    assert await store.get_card(ann, "c1") == again
    assert [r.correct for r in await store.review_history(ann)] == [False, False]
    assert await store.accuracy_by_topic(ann, "deck") == [("t", 0, 2)]
    user = await store.get_user(ann)
    assert user is not None and user.display_name == "Annie"


async def test_a_failing_answer_writes_nothing_at_all(
    store: SqlStore, ann: UserRef, group: ChatRef
) -> None:
    def broken(existing: CardRecord | None) -> tuple[CardRecord, Review]:
        raise RuntimeError("the scheduler failed")

    result = QuizResult(ann, group, "deck", "q1", True, T0, "t")
    with pytest.raises(RuntimeError):
        await store.record_answer(ann, "c1", broken, result=result, display_name="Ann")
    mixed_up = QuizResult(ann, group, "deck", "q1", True, T0, "t")

    def other_card(existing: CardRecord | None) -> tuple[CardRecord, Review]:
        card = CardRecord(ann, "c2", "deck", {}, T0)
        return card, Review(ann, "c2", "deck", 3, True, T0)

    with pytest.raises(ValueError, match="another user or card"):
        await store.record_answer(ann, "c1", other_card, result=mixed_up)
    assert await store.get_card(ann, "c1") is None
    assert await store.review_history(ann) == []
    assert await store.accuracy_by_topic(ann, "deck") == []
    assert await store.get_user(ann) is None


async def test_concurrent_answers_to_one_card_never_lose_an_update(
    store: SqlStore, ann: UserRef, group: ChatRef
) -> None:
    """Forty answers at once (on PostgreSQL over several connections, racing to create the card
    too): each one steps from the state the previous one left."""
    answers = 40

    async def answer(n: int) -> None:
        step, _ = counting_step(ann, "c1", n % 3 == 0, T0)  # one time: the log is in lock order
        result = QuizResult(ann, group, "deck", f"q{n}", n % 3 == 0, T0, "t")
        await store.record_answer(ann, "c1", step, result=result)

    await asyncio.gather(*(answer(n) for n in range(answers)))
    card = await store.get_card(ann, "c1")
    history = await store.review_history(ann)
    assert card is not None and card.state == {"answers": answers}
    assert len(history) == answers
    assert card.lapses == sum(1 for review in history[1:] if not review.correct)
    assert card.lapses > 0
    assert sum(a.total for a in await store.accuracy_by_topic(ann, "deck")) == answers


async def test_a_battles_results_go_in_one_write_once(
    store: SqlStore, ann: UserRef, bob: UserRef, group: ChatRef
) -> None:
    results = [
        BattleResult(group, ann, "b1", 300, 3, 3, True, T0),
        BattleResult(group, bob, "b1", 100, 1, 3, False, T0),
    ]
    names = {ann: "Ann", bob: "Bob"}
    assert await store.record_battle_results(results, names) == 2
    assert await store.record_battle_results(results, names) == 0  # a retry after a crash
    assert await store.record_battle_results([]) == 0
    board = await store.leaderboard(group)
    assert [(e.display_name, e.points, e.wins, e.battles) for e in board] == [
        ("Ann", 300, 1, 1),
        ("Bob", 100, 0, 1),
    ]
