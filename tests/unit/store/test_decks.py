"""Uploaded decks: kept verbatim, replaced by id, listed newest first, shared between stores."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from alembic import command
from sqlalchemy import inspect
from sqlalchemy.engine import Connection

from bot.store import SqlStore, StoredDeck, UserRef
from bot.store._engine import create_engine
from bot.store._migrate import alembic_config, current_revision
from bot.store._urls import to_async_url

T0 = datetime(2025, 3, 1, 9, 30, tzinfo=UTC)
TEACHER = UserRef("discord", "4242")

# Polish, Russian, Greek, CJK and a 4-byte emoji, plus CRLF and trailing spaces: bytes a
# careless store would mangle (re-encode, strip or normalise).
_NON_ASCII_FACT = "Gomułka przemówił; Хрущёв ответил; Δέτάντ; 赫鲁晓夫 🚀 — «30 000» \r\n"


def _yaml(deck_id: str, topics: int) -> str:
    lines = [f'deck:\n  id: {deck_id}\n  title: "Khrushchev\'s Foreign Policy 1953–64"\ntopics:\n']
    for number in range(topics):
        lines.append(
            f"  - id: topic-{number}\n    title: Temat {number} — Ernő Gerő\n    facts:\n"
            f"      - 'fact {number}: {_NON_ASCII_FACT.strip()}'   \n"
        )
    return "".join(lines) + _NON_ASCII_FACT


def _deck(deck_id: str = "khrushchev", at: datetime = T0, **changes: Any) -> StoredDeck:
    fields: dict[str, Any] = {
        "title": "Khrushchev",
        "content": _yaml(deck_id, 3),
        "uploaded_by": TEACHER,
        "uploaded_at": at,
    }
    return StoredDeck(deck_id, **(fields | changes))


async def test_a_multi_mib_non_ascii_deck_comes_back_byte_for_byte(store: SqlStore) -> None:
    content = _yaml("big", 25_000)
    assert len(content.encode("utf-8")) > 3 * 2**20
    await store.save_deck(StoredDeck("big", "Wielka talia — Хрущёв", content, TEACHER, T0))

    loaded = await store.get_deck("big")
    assert loaded is not None
    assert loaded.content == content
    assert loaded.title == "Wielka talia — Хрущёв"
    assert loaded.uploaded_by == TEACHER
    assert loaded.sha256 == hashlib.sha256(content.encode("utf-8")).hexdigest()


async def test_uploading_again_replaces_the_deck_and_keeps_one_row(store: SqlStore) -> None:
    await store.save_deck(_deck())
    second = _deck(
        title="Khrushchev, revised",
        content=_yaml("khrushchev", 5),
        uploaded_by=UserRef("telegram", "77"),
        at=T0 + timedelta(days=2),
    )
    await store.save_deck(second)

    assert await store.get_deck("khrushchev") == second
    assert await store.list_decks() == [second]


async def test_a_deck_never_uploaded_is_none(store: SqlStore) -> None:
    assert await store.get_deck("nothing-here") is None
    assert await store.list_decks() == []
    await store.save_deck(_deck("cuba"))
    assert await store.get_deck("Cuba") is None  # ids are exact, not case-folded


async def test_decks_are_listed_newest_upload_first(store: SqlStore) -> None:
    oldest = _deck("berlin", T0)
    newest = _deck("cuba", T0 + timedelta(hours=5))
    middle = _deck("hungary", T0 + timedelta(seconds=1))
    same_time = _deck("austria", T0 + timedelta(seconds=1))
    for deck in (middle, oldest, newest, same_time):
        await store.save_deck(deck)

    assert [deck.deck_id for deck in await store.list_decks()] == [
        "cuba",
        "austria",  # uploaded at the same moment as hungary: by id
        "hungary",
        "berlin",
    ]


async def test_upload_times_go_in_any_zone_and_come_out_utc(store: SqlStore) -> None:
    warsaw = datetime(2025, 7, 1, 14, 5, 30, 123456, tzinfo=ZoneInfo("Europe/Warsaw"))
    await store.save_deck(_deck(at=warsaw))

    loaded = await store.get_deck("khrushchev")
    assert loaded is not None
    assert loaded.uploaded_at == datetime(2025, 7, 1, 12, 5, 30, 123456, tzinfo=UTC)
    assert loaded.uploaded_at.tzinfo is UTC
    with pytest.raises(ValueError, match="uploaded_at must be timezone-aware"):
        _deck(at=datetime(2025, 7, 1, 14, 5))


async def test_a_deck_saved_by_one_process_is_seen_by_another(database_url: str) -> None:
    """Two stores have separate pools, as two bot processes would."""
    first, second = await SqlStore.open(database_url), await SqlStore.open(database_url)
    async with first, second:
        await first.save_deck(_deck("poland"))
        assert await second.get_deck("poland") == _deck("poland")


def test_the_hash_is_computed_or_checked() -> None:
    content = _yaml("cuba", 2)
    digest = hashlib.sha256(content.encode("utf-8")).hexdigest()
    assert _deck(content=content).sha256 == digest
    assert _deck(content=content, sha256=digest) == _deck(content=content)
    with pytest.raises(ValueError, match="does not match the deck content"):
        _deck(content=content, sha256=hashlib.sha256(b"another file").hexdigest())


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"content": "  \n"}, "deck content must be non-empty text"),
        ({"content": b"deck: {}"}, "deck content must be non-empty text"),
        ({"content": "deck:\x00 {}"}, "deck content must not contain NUL"),
        ({"content": "deck: \udc80"}, "deck content is not valid Unicode"),
        ({"title": ""}, "title must be non-empty text"),
        ({"uploaded_by": ("discord", "1")}, "uploaded_by must be a UserRef"),
    ],
)
def test_a_bad_deck_is_a_clear_error(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        _deck(**changes)


def test_a_deck_needs_an_id() -> None:
    with pytest.raises(ValueError, match="deck_id must be a non-empty string"):
        _deck(" ")


async def _on(url: str, probe: Any) -> Any:
    """Run `probe(connection)` in a committed transaction."""
    engine = create_engine(to_async_url(url))
    try:
        async with engine.begin() as conn:
            return await conn.run_sync(probe)
    finally:
        await engine.dispose()


async def test_the_decks_migration_keeps_older_data_both_ways(database_url: str) -> None:
    ann = UserRef("telegram", "1")

    def to_0001(conn: Connection) -> set[str]:
        command.upgrade(alembic_config(conn), "0001")
        return set(inspect(conn).get_table_names())

    assert "decks" not in await _on(database_url, to_0001)
    async with await SqlStore.open(database_url) as store:  # upgrades 0001 -> head
        await store.upsert_user(ann, "Ann", T0)
        await store.save_deck(_deck())

    def back_to_0001(conn: Connection) -> tuple[str | None, set[str]]:
        command.downgrade(alembic_config(conn), "0001")
        return current_revision(conn), set(inspect(conn).get_table_names())

    revision, tables = await _on(database_url, back_to_0001)
    assert revision == "0001"
    assert "decks" not in tables
    assert "users" in tables
    async with await SqlStore.open(database_url) as store:  # and up again, decks table empty
        assert await store.get_user(ann) is not None
        assert await store.list_decks() == []
