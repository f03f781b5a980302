"""Uploaded decks: kept in the database so every bot process serves the same ones.

Cleanup rule: a stored deck that no chat has chosen (no chat's settings name it: its chats reset
to the default deck or uploaded another) and that was last uploaded before a cutoff is deleted
(`delete_unused_decks`). Uploading a deck saves it (refreshing `uploaded_at`) before the chat
chooses it, so a cutoff of more than a few minutes never takes a deck being installed.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Row, delete, select

from bot.store import _schema as t
from bot.store._connection import Connection
from bot.store._records import StoredDeck, UserRef
from bot.store._time import require_utc

CHOSEN_DECK = "deck"  # the chat setting that names the chat's stored deck (bot.decks.SETTING)


class DeckQueries(Connection):
    """One row per deck id; uploading a deck again replaces it."""

    async def save_deck(self, deck: StoredDeck) -> None:
        if not isinstance(deck, StoredDeck):
            raise ValueError(f"save_deck needs a StoredDeck, got {type(deck).__name__}")
        columns = {
            "title": deck.title,
            "content": deck.content,
            "content_sha256": deck.sha256,
            "uploaded_by_platform": deck.uploaded_by.platform,
            "uploaded_by_user": deck.uploaded_by.user_id,
            "uploaded_at": deck.uploaded_at,
        }
        insert = (
            self._insert(t.decks)
            .values(deck_id=deck.deck_id, **columns)
            .on_conflict_do_update(index_elements=[t.decks.c.deck_id], set_=columns)
        )
        async with self._write() as conn:
            await conn.execute(insert)

    async def get_deck(self, deck_id: str) -> StoredDeck | None:
        query = select(t.decks).where(t.decks.c.deck_id == deck_id)
        async with self._read() as conn:
            row = (await conn.execute(query)).first()
        return None if row is None else _deck(row)

    async def list_decks(self) -> list[StoredDeck]:
        # Newest first; the id breaks ties so the order is the same on both databases.
        query = select(t.decks).order_by(t.decks.c.uploaded_at.desc(), t.decks.c.deck_id)
        async with self._read() as conn:
            rows = (await conn.execute(query)).all()
        return [_deck(row) for row in rows]

    async def delete_unused_decks(self, uploaded_before: datetime) -> list[str]:
        """Delete every stored deck no chat has chosen, last uploaded before `uploaded_before`;
        their ids, sorted. One statement, so a chat choosing a deck meanwhile keeps it."""
        cutoff = require_utc("uploaded_before", uploaded_before)
        chosen = t.chats.c.settings[CHOSEN_DECK].as_string()
        in_use = select(chosen).where(chosen.is_not(None)).scalar_subquery()
        gone = (
            delete(t.decks)
            .where(t.decks.c.uploaded_at < cutoff, t.decks.c.deck_id.not_in(in_use))
            .returning(t.decks.c.deck_id)
        )
        async with self._write() as conn:
            rows = (await conn.execute(gone)).all()
        return sorted(str(deck_id) for (deck_id,) in rows)


def _deck(row: Row[Any]) -> StoredDeck:
    """The record of a row; building it re-checks the hash, so a damaged row cannot pass."""
    return StoredDeck(
        deck_id=row.deck_id,
        title=row.title,
        content=row.content,
        uploaded_by=UserRef(row.uploaded_by_platform, row.uploaded_by_user),
        uploaded_at=row.uploaded_at,
        sha256=row.content_sha256,
    )
