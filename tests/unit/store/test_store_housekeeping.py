"""Housekeeping in the store, on SQLite and PostgreSQL: stored decks no chat uses are deleted by
the documented rule, and upload quotas are counted in the database, so they hold across restarts
and across processes (two stores on one database stand for two bot processes)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from bot.housekeeping import clean
from bot.store import ChatRef, SqlStore, StoredDeck, UploadAllowance, UploadEntry, UserRef

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
TEACHER = UserRef("telegram", "501")
PHYSICS_CHAT = ChatRef("telegram", "-100501")
CHEMISTRY_CHAT = ChatRef("discord", "880001")


def deck(deck_id: str, at: datetime) -> StoredDeck:
    content = f"deck:\n  id: {deck_id.split('@', maxsplit=1)[0]}\n  title: {deck_id}\ntopics: []\n"
    return StoredDeck(deck_id, deck_id, content, TEACHER, at)


async def choose(store: SqlStore, chat: ChatRef, deck_id: str | None) -> None:
    await store.update_chat_settings(chat, {"deck": deck_id})


async def test_decks_no_chat_uses_are_deleted_once_old_and_chosen_ones_never(
    store: SqlStore,
) -> None:
    # Physics replaced its first upload; chemistry still uses its own old deck; an upload from
    # yesterday nobody chose yet; another chat went back to the default deck.
    await store.save_deck(deck("optics@aaa", T0))
    await store.save_deck(deck("optics@bbb", T0 + timedelta(days=1)))
    await store.save_deck(deck("acids@ccc", T0))
    await store.save_deck(deck("waves@ddd", T0 + timedelta(days=44)))
    await choose(store, PHYSICS_CHAT, "optics@bbb")
    await choose(store, CHEMISTRY_CHAT, "acids@ccc")
    await choose(store, ChatRef("telegram", "7"), None)
    await store.update_chat_settings(ChatRef("telegram", "8"), {"battle_options": {"speed": 0}})

    now = T0 + timedelta(days=45)
    done = await clean(store, now, unused_days=30)

    assert done.decks == ("optics@aaa",)
    kept = {stored.deck_id for stored in await store.list_decks()}
    assert kept == {"optics@bbb", "acids@ccc", "waves@ddd"}
    assert await store.get_deck("optics@aaa") is None

    await choose(store, CHEMISTRY_CHAT, None)  # chemistry goes back to the default deck
    assert (await clean(store, now, unused_days=30)).decks == ("acids@ccc",)
    assert (await clean(store, now, unused_days=0)).decks == ("waves@ddd",)
    assert [d.deck_id for d in await store.list_decks()] == ["optics@bbb"]


async def test_uploading_a_deck_again_restarts_its_clock(store: SqlStore) -> None:
    await store.save_deck(deck("optics@aaa", T0))
    await store.save_deck(deck("optics@aaa", T0 + timedelta(days=40)))  # re-uploaded, unchosen
    assert (await clean(store, T0 + timedelta(days=45), unused_days=30)).decks == ()


LIMITS = UploadAllowance(uploads_per_user=3, uploads_per_chat=5, bytes_per_user=1000,
                         bytes_per_chat=1500)  # fmt: skip


def entry(user: str, chat: ChatRef, size: int, at: datetime) -> UploadEntry:
    return UploadEntry(UserRef(chat.platform, user), chat, size, at)


async def test_upload_quotas_count_per_user_and_per_chat_in_a_window(store: SqlStore) -> None:
    since = T0 - timedelta(hours=1)
    for minute in range(3):
        at = T0 + timedelta(minutes=minute)
        assert (
            await store.count_upload(entry("ann", PHYSICS_CHAT, 10, at), since=since, limits=LIMITS)
            is None
        )
    late = T0 + timedelta(minutes=5)
    assert (
        await store.count_upload(entry("ann", PHYSICS_CHAT, 10, late), since=since, limits=LIMITS)
        == "uploads"
    )
    # Ann's uploads in another chat count towards her own quota too
    assert (
        await store.count_upload(
            entry("ann", ChatRef("telegram", "9"), 1, late),
            since=since,
            limits=LIMITS,
        )
        == "uploads"
    )
    # Ben in the same chat: the chat has room for two more
    assert (
        await store.count_upload(entry("ben", PHYSICS_CHAT, 900, late), since=since, limits=LIMITS)
        is None
    )
    assert (
        await store.count_upload(entry("cy", PHYSICS_CHAT, 600, late), since=since, limits=LIMITS)
        == "bytes"
    )
    # an hour later the window has moved past Ann's uploads
    later = T0 + timedelta(hours=1, minutes=3)
    assert (
        await store.count_upload(
            entry("ann", PHYSICS_CHAT, 10, later), since=later - timedelta(hours=1), limits=LIMITS
        )
        is None
    )
    assert await store.forget_uploads_before(T0 + timedelta(minutes=3)) == 3
    assert await store.forget_uploads_before(T0 + timedelta(minutes=3)) == 0


async def test_an_upload_quota_holds_across_processes_racing(
    store: SqlStore, migrated_url: str | None
) -> None:
    """Twenty uploads by one user at once through two stores (two processes): exactly the
    quota's three are counted, on both databases."""
    url = migrated_url or f"sqlite:///{store.where}"
    other = await SqlStore.open(url)
    try:
        since = T0 - timedelta(hours=1)
        tries = [
            (store if n % 2 else other).count_upload(
                entry("ann", PHYSICS_CHAT, 1, T0 + timedelta(seconds=n)), since=since, limits=LIMITS
            )
            for n in range(20)
        ]
        outcomes = await asyncio.gather(*tries)
    finally:
        await other.close()
    assert outcomes.count(None) == 3
    assert outcomes.count("uploads") == 17
