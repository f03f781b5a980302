"""Polls the bot sent: found again by platform and poll id, replaced, and forgotten when old."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from bot.store import ChatRef, SqlStore, StoredPoll

T0 = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)


def poll(poll_id: str, chat: ChatRef, *, at: datetime = T0, question: str = "q1") -> StoredPoll:
    return StoredPoll(chat, poll_id, True, question, ("daily:a", "daily:b", "daily:c"), at)


async def test_a_remembered_poll_is_found_by_its_platform_and_id(
    store: SqlStore, group: ChatRef
) -> None:
    sent = poll("5001", group)
    await store.remember_poll(sent)
    assert await store.find_poll("telegram", "5001") == sent
    assert await store.find_poll("discord", "5001") is None  # another platform's id space
    assert await store.find_poll("telegram", "5002") is None


async def test_a_private_chat_keeps_its_kind_and_token_order(store: SqlStore) -> None:
    dm = StoredPoll(ChatRef("telegram", "42"), "7", False, "qz", ("x:3", "x:1", "x:2"), T0)
    await store.remember_poll(dm)
    found = await store.find_poll("telegram", "7")
    assert found is not None
    assert found.is_group is False and found.tokens == ("x:3", "x:1", "x:2")
    assert found.chat == ChatRef("telegram", "42")


async def test_remembering_the_same_poll_again_replaces_it(store: SqlStore, group: ChatRef) -> None:
    await store.remember_poll(poll("9", group, question="old"))
    await store.remember_poll(poll("9", group, question="new"))
    found = await store.find_poll("telegram", "9")
    assert found is not None and found.question_id == "new"


async def test_old_polls_are_forgotten_and_recent_ones_kept(
    store: SqlStore, group: ChatRef
) -> None:
    await store.remember_poll(poll("old", group, at=T0 - timedelta(days=4)))
    await store.remember_poll(poll("edge", group, at=T0 - timedelta(days=3)))
    await store.remember_poll(poll("new", group, at=T0))
    assert await store.forget_polls_before(T0 - timedelta(days=3)) == 1
    assert await store.find_poll("telegram", "old") is None
    assert await store.find_poll("telegram", "edge") is not None
    assert await store.find_poll("telegram", "new") is not None
    assert await store.forget_polls_before(T0 - timedelta(days=3)) == 0


async def test_a_naive_cutoff_is_refused(store: SqlStore) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        await store.forget_polls_before(datetime(2026, 1, 1))


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"poll_id": ""}, "poll_id"),
        ({"question_id": " "}, "question_id"),
        ({"tokens": ()}, "at least one option"),
        ({"tokens": "abc"}, "sequence of strings"),
        ({"tokens": ("a", "")}, "token"),
        ({"is_group": "yes"}, "is_group"),
        ({"created_at": datetime(2026, 1, 1)}, "timezone-aware"),
    ],
)
def test_a_bad_poll_record_is_refused_with_a_clear_error(
    change: dict[str, object], message: str
) -> None:
    fields: dict[str, object] = {
        "chat": ChatRef("telegram", "1"),
        "poll_id": "p",
        "is_group": False,
        "question_id": "q",
        "tokens": ("a", "b"),
        "created_at": T0,
    }
    with pytest.raises(ValueError, match=message):
        StoredPoll(**{**fields, **change})  # type: ignore[arg-type]
