"""`studybot db clean`: the housekeeping the bots run every few hours, once, from the command line,
as an admin would run it (a real process on a real SQLite file)."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bot.store import ChatRef, SqlStore, StoredDeck, UserRef
from tests.integration.test_health import env_for
from tests.integration.test_schema_too_new import studybot

TEACHER = UserRef("telegram", "501")


async def fill(url: str) -> None:
    long_ago = datetime.now(UTC) - timedelta(days=90)
    async with await SqlStore.open(url) as store:
        for deck_id in ("rivers@111", "rivers@222", "volcanoes@333"):
            content = f"deck:\n  id: {deck_id[:-4]}\n  title: {deck_id}\ntopics: []\n"
            await store.save_deck(StoredDeck(deck_id, deck_id, content, TEACHER, long_ago))
        await store.update_chat_settings(ChatRef("telegram", "-1001"), {"deck": "rivers@222"})


def test_db_clean_deletes_the_decks_no_chat_uses(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'studybot.sqlite3'}"
    asyncio.run(fill(url))
    env = env_for(tmp_path, DATABASE_URL=url)

    done = studybot(env, "db", "clean")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[:3] == [
        "deleted 2 unused uploaded decks",
        "  rivers@111",
        "  volcanoes@333",
    ]
    again = studybot(env, "db", "clean")
    assert again.stdout.startswith("deleted 0 unused uploaded decks")

    async def left() -> list[str]:
        async with await SqlStore.open(url) as store:
            return [deck.deck_id for deck in await store.list_decks()]

    assert asyncio.run(left()) == ["rivers@222"]


def test_db_clean_keeps_recent_decks_and_refuses_a_bad_number(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'studybot.sqlite3'}"
    asyncio.run(fill(url))
    env = env_for(tmp_path, DATABASE_URL=url)
    kept = studybot(env, "db", "clean", "--unused-days", "100")
    assert kept.returncode == 0 and kept.stdout.startswith("deleted 0 unused uploaded decks")
    bad = studybot(env, "db", "clean", "--unused-days", "soon")
    assert bad.returncode == 2 and "a whole number of days" in bad.stderr
