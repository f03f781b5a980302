"""Users and chat settings."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta, timezone

import pytest

from bot.store import ChatRef, SqlStore, UserRef

T0 = datetime(2025, 5, 1, 12, 0, tzinfo=UTC)


async def test_a_new_user_is_remembered_with_first_and_last_seen(
    store: SqlStore, ann: UserRef
) -> None:
    assert await store.get_user(ann) is None
    await store.upsert_user(ann, "Ann", T0)
    record = await store.get_user(ann)
    assert record is not None
    assert (record.user, record.display_name) == (ann, "Ann")
    assert record.first_seen == record.last_seen == T0
    assert record.last_seen.tzinfo == UTC


async def test_upsert_renames_and_moves_last_seen_only_forward(
    store: SqlStore, ann: UserRef
) -> None:
    await store.upsert_user(ann, "Ann", T0)
    await store.upsert_user(ann, "Annie", T0 + timedelta(days=2))
    await store.upsert_user(ann, "Annie", T0 + timedelta(days=1))  # a late, older call
    await store.upsert_user(ann, "Annie", T0 - timedelta(days=1))  # seen earlier elsewhere
    record = await store.get_user(ann)
    assert record is not None
    assert record.display_name == "Annie"
    assert record.first_seen == T0 - timedelta(days=1)
    assert record.last_seen == T0 + timedelta(days=2)


async def test_users_of_different_platforms_with_one_id_are_different_people(
    store: SqlStore,
) -> None:
    await store.upsert_user(UserRef("telegram", "7"), "Tg", T0)
    await store.upsert_user(UserRef("discord", "7"), "Dc", T0)
    telegram = await store.get_user(UserRef("telegram", "7"))
    discord = await store.get_user(UserRef("discord", "7"))
    assert telegram is not None and telegram.display_name == "Tg"
    assert discord is not None and discord.display_name == "Dc"


async def test_seen_at_in_another_zone_comes_back_as_the_same_instant_in_utc(
    store: SqlStore, ann: UserRef
) -> None:
    kolkata = timezone(timedelta(hours=5, minutes=30))
    await store.upsert_user(ann, "Ann", datetime(2025, 5, 1, 17, 30, 0, 123456, tzinfo=kolkata))
    record = await store.get_user(ann)
    assert record is not None
    assert record.first_seen == datetime(2025, 5, 1, 12, 0, 0, 123456, tzinfo=UTC)
    assert record.first_seen.utcoffset() == timedelta(0)


async def test_a_naive_time_is_refused_with_a_clear_error(store: SqlStore, ann: UserRef) -> None:
    with pytest.raises(ValueError, match="seen_at must be timezone-aware"):
        await store.upsert_user(ann, "Ann", datetime(2025, 5, 1, 12, 0))


async def test_an_unconfigured_chat_has_empty_settings(store: SqlStore, group: ChatRef) -> None:
    assert await store.get_chat_settings(group) == {}


async def test_settings_merge_and_none_removes_a_key(store: SqlStore, group: ChatRef) -> None:
    first = await store.update_chat_settings(
        group, {"deck_id": "khrushchev", "speed_points": True, "streak_bonus": False}
    )
    assert first == {"deck_id": "khrushchev", "speed_points": True, "streak_bonus": False}
    second = await store.update_chat_settings(group, {"speed_points": None, "rounds": 5})
    assert second == {"deck_id": "khrushchev", "streak_bonus": False, "rounds": 5}
    assert await store.get_chat_settings(group) == second
    assert await store.get_chat_settings(ChatRef("telegram", "other")) == {}


async def test_settings_must_be_json(store: SqlStore, group: ChatRef) -> None:
    with pytest.raises(ValueError, match="JSON"):
        await store.update_chat_settings(group, {"when": datetime(2025, 1, 1, tzinfo=UTC)})
    assert await store.get_chat_settings(group) == {}


async def test_concurrent_setting_changes_are_all_kept(store: SqlStore, group: ChatRef) -> None:
    await asyncio.gather(*(store.update_chat_settings(group, {f"key{i}": i}) for i in range(20)))
    assert await store.get_chat_settings(group) == {f"key{i}": i for i in range(20)}


def test_ids_must_be_non_empty_strings() -> None:
    with pytest.raises(ValueError, match="user_id must be a non-empty string"):
        UserRef("telegram", "")
    with pytest.raises(ValueError, match="chat_id must be a non-empty string"):
        ChatRef("telegram", 5)  # type: ignore[arg-type]
